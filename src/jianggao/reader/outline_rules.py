"""Measures the reader's modules share: the marks that end a sentence, the length of a heading-like lead, Chinese
characters, the words lines open alike with."""

from __future__ import annotations

import re

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")

TERMINAL = "。！？!?…”’）)；;：:"
SENTENCE_ENDS = "。！？!?"  # the marks that end a sentence (TERMINAL also holds closers and the marks that may end a line)
SENTENCE_END_MARK = re.compile(f"[{SENTENCE_ENDS}]")  # any of them
# 预见一： / 定力原则二：: a talk's numbered things, named by a word and a numeral; set alone on a line over the thing's
# heading line, page_repair runs it in to that line, and only so does the reader take it as a label
NAMED_ORDINAL = re.compile(r"^(?P<word>[\u4e00-\u9fff]{2,4}?)(?P<n>[一二三四五六七八九十]{1,2})[：:]\s*")
SHORT_LEAD = 30  # characters; a lead sentence this short reads as a heading
_INNER_STOP = re.compile(f"[{SENTENCE_ENDS}；;]")

# 最后，要严格督导考核。 after a count said as charges (一要… / 三是… / 一、要… / 第二，要… / 三是要…): the count's last
# item, said with 最后， (最后，要讲的是… / 最后，要强调… bring in words, no item)
LAST_CHARGE = re.compile(r"^最后[，,]\s*(?:还)?要(?!讲|说|谈|提|强调)")
CHARGE_ITEM = re.compile(r"^(?:[一二三四五六七八九十][是要]|(?:[一二三四五六七八九十][、是]|第[一二三四五六七八九十][，,、])要)[^，,。]")


BOLD_LEAD_SENTENCE = 80  # characters of a bold lead sentence, at most
BOLD_LEAD_PHRASE = 20  # characters of a bold lead phrase before its comma, at most
# 同志们， / 各位来宾，: the audience addressed; 第一项议程， / 第五站至第八站，: an agenda's or a tour's count
_NOT_A_LEAD = re.compile(r"们|各位|朋友|同志|来宾|领导|^第[一二三四五六七八九十\d]")


def bold_lead_text(lead: str, rest: str) -> bool:
    """What a paragraph opens with in bold, ``rest`` after it, is a lead: a sentence (**突出抓好项目建设。** /
    **惟“守正”方能“创新”。”**), or a short phrase before its comma whose sentence runs on long after it (**目标再聚焦，**
    紧紧围绕…三大主导产业，绘制…; not **（一）突出产业项目，**着力优化投资结构。, a heading's first clause in bold, nor the
    audience addressed, **同志们，**, nor a count, **第一项议程，**; a phrase before a colon, **记者：**, tags a speaker)."""
    lead = lead.strip(" \t\u3000")
    bare = lead.rstrip("”’」")
    if 2 <= len(lead) <= BOLD_LEAD_SENTENCE and bare[-1:] in tuple(SENTENCE_ENDS):
        return True
    sentence = re.split(f"[{SENTENCE_ENDS}]", rest.strip(), maxsplit=1)[0]
    runs_on = len(sentence) > BOLD_LEAD_PHRASE or bool(re.search(r"[，,；;]", sentence))
    return 2 <= len(lead) <= BOLD_LEAD_PHRASE and lead[-1] in "，," and not _NOT_A_LEAD.search(lead) and runs_on


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
