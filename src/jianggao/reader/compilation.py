"""A speech inside a compilation of meeting papers (材料汇编): a cover and a contents list (目录) over the papers,
the speech one of them, the others before and after it (会议议程 / 情况通报 / 表态发言).

The contents list names the papers in order; the speech is the one whose title names a speech (在…上的讲话), and
the page holds it from its title line (a salutation under it) to the title line of the next paper listed. What
stands around it is the compilation's, reported, not read.
"""

from __future__ import annotations

import re

from .header import looks_like_title, salutation_line
from .outline_records import DroppedLine, SourceParagraph

COMPILED = "材料汇编中的其他内容"
CONTENTS_AT = 10  # lines at the top of a copy where a contents list's heading (目录) is looked for
CONTENTS_ENTRIES = 12  # lines under it, at most, read as its entries
SALUTATION_UNDER_TITLE = 4  # lines under the speech's title where its salutation stands

_CONTENTS = re.compile(r"^目\s*录$")
# 2．在全市优化营商环境工作会议上的讲话（陈海波） / 3．2023年度…通报……………… 5: an entry, its number, dot leaders, page
_ENTRY = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*)+(?P<title>.+?)\s*(?:[…·.．]{3,}\s*\d*)?\s*$")
_NAMED_AFTER = re.compile(r"[（(][^（）()]{2,12}[）)]$")  # （陈海波）: whose paper, after its title in the list


def compiled_speech(paras: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """The speech's lines out of a compilation, and the compilation's other lines (reported); ``paras`` as they
    are, nothing dropped, when the copy is no compilation or the speech's title is not found under its list."""
    top = next((i for i, p in enumerate(paras[:CONTENTS_AT]) if _CONTENTS.match(p.text.strip())), None)
    if top is None:
        return paras, []
    titles = []
    for p in paras[top + 1 : top + 1 + CONTENTS_ENTRIES]:
        m = _ENTRY.match(p.text)
        if m is None:
            break
        titles.append(_NAMED_AFTER.sub("", m.group("title").rstrip("…·.． 0123456789")).strip())
    speech = next((k for k, t in enumerate(titles) if looks_like_title(t)), None)
    if speech is None:
        return paras, []
    start = next(
        (i for i in range(top + len(titles) + 1, len(paras))
         if paras[i].text.strip() == titles[speech]
         and any(salutation_line(q.text) for q in paras[i + 1 : i + 1 + SALUTATION_UNDER_TITLE])),
        None,
    )
    if start is None:
        return paras, []
    later = set(titles[speech + 1 :])
    end = next((i for i in range(start + 1, len(paras)) if paras[i].text.strip() in later), len(paras))
    dropped = [DroppedLine(p.number, p.text, COMPILED) for p in (*paras[:start], *paras[end:])]
    return paras[start:end], dropped
