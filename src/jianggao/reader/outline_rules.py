"""Measures the reader's modules share: the marks that end a sentence, the length of a heading-like lead, Chinese
characters, the words lines open alike with."""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

TERMINAL = "。！？!?…”’）)；;：:"
SENTENCE_ENDS = "。！？!?"  # the marks that end a sentence (TERMINAL also holds closers and the marks that may end a line)
SENTENCE_END_MARK = re.compile(f"[{SENTENCE_ENDS}]")  # any of them
SHORT_LEAD = 30  # characters; a lead sentence this short reads as a heading
_INNER_STOP = re.compile(f"[{SENTENCE_ENDS}；;]")

# 最后，要严格督导考核。 after a count said as charges (一要… / 三是… / 一、要… / 第二，要… / 三是要…): the count's last
# item, said with 最后， (最后，要讲的是… / 最后，要强调… bring in words, no item)
LAST_CHARGE = re.compile(r"^最后[，,]\s*(?:还)?要(?!讲|说|谈|提|强调)")
CHARGE_ITEM = re.compile(r"^(?:[一二三四五六七八九十][是要]|(?:[一二三四五六七八九十][、是]|第[一二三四五六七八九十][，,、])要)[^，,。]")


_CLOSER_OPENERS = {"”": "“", "’": "‘", "）": "（", ")": "("}


def ends_no_sentence(text: str) -> bool:
    """The line ends no sentence: its last mark is none of TERMINAL's, or closes a quoted term or a bracket opened
    inside the line after words that end none (…作为“一号改革工程” / 工程教育坚守的“不变”; …说：“干实事。” ends one)."""
    bare = text
    while bare and bare[-1] in _CLOSER_OPENERS and _CLOSER_OPENERS[bare[-1]] in bare:
        bare = bare[:-1]
    return bool(bare) and bare[-1] not in TERMINAL


def short_sentence_line(text: str) -> bool:
    """A line of one short sentence (SHORT_LEAD at most), no stop inside it: 最后，我讲讲工作要求。"""
    return len(text) <= SHORT_LEAD and not _INNER_STOP.search(text.rstrip("。．"))


def common_prefix(texts: list[str]) -> str:
    """The characters every text opens with (the texts open alike by it)."""
    first, last = min(texts), max(texts)
    n = next((k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:n]
