"""Measures the reader's modules share: the marks that end a sentence, the length of a heading-like lead, Chinese characters."""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

TERMINAL = "。！？!?…”’）)；;：:"
SHORT_LEAD = 30  # characters; a lead sentence this short reads as a heading
