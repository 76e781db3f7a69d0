"""Measures the outline reader's modules share: the marks that end a sentence, the length of a heading-like lead."""

from __future__ import annotations

_TERMINAL = "。！？!?…”’）)；;：:"
SHORT_LEAD = 30  # characters; a lead sentence this short reads as a heading
