"""A list said as the clauses of one sentence, brought in by words that count it: 三件大事：一是…，二是…，三是…。 /
有两条宗旨是必须注意的：第一是…，第二是…。

The reader takes a label inside a paragraph only where a sentence starts (after 。！？； or a colon), since items
parted by commas are mostly a sentence's turns (从有利因素看，一是…，二是…). Words that count the list just before
it, and as many items as they count, each a short clause, make it a list of parts (corpus/ANNOTATION.md: a list
inside a paragraph is a level when words that count its parts bring it in). Lists said with a word repeated for
each item (两个联盟：一个是…，一个是… / 两种：一种是…，一种是…) are left as text: the corpus's annotators counted few.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..zh.labels import LabelMatch, match_label
from ..zh.numerals import parse_chinese_number

# 三件大事： / 两条宗旨是必须注意的： / 以下五种， / 两个关键点： / 分三步走。: the count, and the mark after it, right
# before the first item
_COUNT = re.compile(
    r"([两二三四五六七八九十])\s*(个方面|方面|个|种|条|件|项|把|类|大|层|句话|招|步)[“”\"\u4e00-\u9fff]{0,9}?[：:，,。]"
)
# 分三步走。第一步，…第二步，…: steps counted, each said with the word the count counts with (not a label elsewhere:
# 第一步 mostly tells steps in passing; 第一种… / 第一件… after 三种 / 三件事 were tried here and read a preview or a
# sentence's turns as often as a list)
_MEASURED = ("步",)
CLAUSE_ITEM = 60  # characters from one item's label to the next one's, at most
LABEL_SPAN = 16  # characters a label is read from (第十二点是 and what it must be followed by): no longer text is copied
REASON_REACH = 200  # characters back to the start of the sentence that brings the list in, at most
# a label run on after a clause: the mark before it (bold marks and closing quotes set aside)
_CLAUSE_MARKS = "，,；;。：:"
# 原因在两个地方：第一是…；第二是…: reasons counted are the sentence's facts, not parts (as after 原因在于：)
_REASONS = re.compile(r"原因|理由|缘故")


def counted_clause_items(text: str) -> list[tuple[int, LabelMatch]]:
    """Where each item of a counted list of clauses in ``text`` starts, and the label it reads as; none if the text
    holds no such list. Every item after the count is found in order, each within CLAUSE_ITEM characters of the one
    before, and no item more than the count says."""
    found: list[tuple[int, LabelMatch]] = []
    for count, measure, at in _count_ends(text):
        reach = max(0, at - REASON_REACH)
        sentence = text[max(reach - 1, *(text.rfind(mark, reach, at - 1) for mark in "。！？!?")) + 1 : at]
        if not _REASONS.search(sentence):
            found.extend(_numbered_items(text, at, count, measure))
    return found


def _count_ends(text: str) -> list[tuple[int, str, int]]:
    """Each count said right before a label may start: the count, the word it counts with, and where the first item
    would start."""
    ends = []
    for m in _COUNT.finditer(text):
        count = parse_chinese_number(m.group(1))
        if count and count >= 2:
            ends.append((count, m.group(2), m.end() + (2 if text.startswith("**", m.end()) else 0)))
    return ends


def _mark_before(text: str, pos: int) -> str:
    """The mark before ``pos``, bold marks, closing quotes and spaces set aside ("" at the start)."""
    j = pos - 1
    while j >= 0 and text[j] in "*”’」』 \u3000":
        j -= 1
    return text[j] if j >= 0 else ""


def _numbered_items(text: str, first: int, count: int, measure: str) -> list[tuple[int, LabelMatch]]:
    """一是…，二是…，三是… (or 第一是… / 第一，… / 第一步，… with ``measure`` 步) from ``first``: ``count`` items counted
    on from 1, in one style."""
    span = text[first : first + LABEL_SPAN]
    head = next((m for m in match_label(span, enumerations_only=True) if m.index == 1 and m.style in ("一是", "第一，", "一要")), None)
    label_of: Callable[..., LabelMatch | None]
    if head is not None:
        label_of = partial(_label_of, style=head.style)
    elif measure in _MEASURED and (head := _measured_label(span, 1, measure)) is not None:
        label_of = partial(_measured_label, measure=measure)
    else:
        return []
    items = [(first, head)]
    for k in range(2, count + 2):
        nxt = _next_label(text, items[-1][0] + items[-1][1].end, lambda t, k=k: label_of(t, index=k))
        if k <= count and nxt is None:
            return []
        if k > count and nxt is not None:
            return []  # more items than the count says: not the list it counts
        if nxt is not None:
            items.append(nxt)
    return items


def _measured_label(text: str, index: int, measure: str) -> LabelMatch | None:
    """第二步， / 第二步是 opening ``text``: the ordinal ``index`` said with ``measure``, and the mark after it."""
    m = re.match(rf"第([一二三四五六七八九十]){measure}(?:是|[，,：:])", text)
    if m is None or parse_chinese_number(m.group(1)) != index:
        return None
    return LabelMatch("第一，", index, m.group(), m.end())


def _label_of(text: str, style: str, index: int) -> LabelMatch | None:
    return next((m for m in match_label(text, enumerations_only=True) if m.style == style and m.index == index), None)


def _next_label(text: str, after: int, label_at: Callable[[str], LabelMatch | None]) -> tuple[int, LabelMatch] | None:
    """The first label ``label_at`` reads within CLAUSE_ITEM characters after ``after``, run on after a clause."""
    for pos in range(after + 1, min(len(text), after + CLAUSE_ITEM)):
        if _mark_before(text, pos) in _CLAUSE_MARKS and text[pos - 1] not in "“‘" and (m := label_at(text[pos : pos + LABEL_SPAN])):
            return pos, m
    return None
