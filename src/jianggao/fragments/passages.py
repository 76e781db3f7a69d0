"""Body passages of a speech worth keeping in a fragment library, for ``fragments harvest``.

Three kinds a writer collects from speeches they read:

* quotations (引文): words a speaker quotes and names the source of
  (习近平总书记强调，“……”), kept with who said them;
* quotable lines (金句): a sentence built on a correlative pair
  (既要……也要…… / 不是……而是…… / 只有……才能……), short enough to reuse;
* parallel runs (排比): three or more clauses or sentences in a row that open
  with the same words (要……，要……，要……);
* stock phrasing (政务用语): a list of three or more equal-length terms
  (守土有责、守土负责、守土尽责 / 政治强、本领高、作风硬), with its sentence.

Each is only a proposal: harvest tags every one 待审 for the writer to review.
"""

from __future__ import annotations

import re

from ..records import record

_SENTENCE = re.compile(r"[^。！？；]*[。！？；]")
_QUOTATION = re.compile(
    r"([\u4e00-\u9fff·]{2,16}?)(?:曾经|曾)?(?:深刻)?(?:指出|强调|说过|说|讲过|讲|要求|告诫)[：:，,]\s*“([^“”]{8,160})”"
)
_PAIRS = [
    ("既要", "也要"), ("既要", "又要"), ("不是", "而是"), ("越是", "越要"), ("宁可", "也不"), ("只有", "才能"),
    ("没有", "就没有"), ("与其", "不如"), ("不在", "而在"), ("一分", "九分"), ("不怕", "就怕"),
]
_QUOTABLE = [re.compile(f"{a}[^。！？；]{{2,20}}?[，,]?[^。！？；]{{0,6}}{b}") for a, b in _PAIRS]
_CLAUSE = re.compile(r"[^，；。！？,;]+[，；。！？,;]?")
_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}")
MAX_EACH = 12  # proposals of one kind from one speech: enough to review


@record(frozen=True)
class Passage:
    kind: str  # quotation | quotable | parallel | stock
    text: str
    source: str = ""  # who a quotation names


def _sentences(paragraph: str) -> list[str]:
    found = _SENTENCE.findall(paragraph)
    tail = paragraph[sum(len(s) for s in found) :]
    return [s.strip() for s in [*found, tail] if s.strip()]


# Who a quotation may name: a person, a leader, a body, a classic (else the source is left to check).
_SPEAKER = re.compile(r"(书记|总书记|主席|总理|同志|领导|中央|古人|先贤|孔子|孟子|老子|荀子|毛泽东|邓小平|鲁迅|所说|讲话|报告|指示|批示|文件|条例|[》”])$")


def quotations(paragraph: str) -> list[Passage]:
    found = []
    for m in _QUOTATION.finditer(paragraph):
        who = m.group(1).lstrip("，,。要")
        found.append(Passage("quotation", f"“{m.group(2)}”", who if _SPEAKER.search(who) else ""))
    return found


def quotable_lines(paragraph: str) -> list[Passage]:
    """Short sentences built on a correlative pair, quotations aside."""
    found = []
    for sentence in _sentences(paragraph):
        if not 10 <= len(sentence) <= 48 or "“" in sentence:
            continue
        if any(p.search(sentence) for p in _QUOTABLE):
            found.append(Passage("quotable", sentence))
    return found


def _alike(a: str, b: str) -> bool:
    """Two parts open a 排比 together: the same two opening characters, or the same one with
    the same shape (clause count, length within two characters)."""
    a, b = a.strip(), b.strip()
    if len(a) < 4 or len(b) < 4:
        return False
    if a[:2] == b[:2]:
        return True
    return a[0] == b[0] and abs(len(a) - len(b)) <= 2 and a.count("，") == b.count("，")


def _runs(parts: list[str], min_run: int = 3) -> list[list[str]]:
    """Runs of ``min_run`` or more parts in a row, each alike the first."""
    runs: list[list[str]] = []
    current: list[str] = []
    for part in parts:
        if current and _alike(current[0], part):
            current.append(part)
            continue
        if len(current) >= min_run:
            runs.append(current)
        current = [part] if len(part.strip()) >= 4 else []
    if len(current) >= min_run:
        runs.append(current)
    return runs


def parallel_runs(paragraph: str) -> list[Passage]:
    """排比: three or more sentences, or clauses of one sentence, that open alike."""
    found = [Passage("parallel", "".join(run).strip()) for run in _runs(_sentences(paragraph))]
    for sentence in _sentences(paragraph):
        if any(sentence in p.text for p in found):
            continue
        clauses = _CLAUSE.findall(sentence)
        for j in range(len(clauses) - 2):  # 我们要以……，以……，以……: the run starts inside the first clause
            at = clauses[j].find(clauses[j + 1].strip()[:2])
            if 0 < at <= 6 and _alike(clauses[j + 1], clauses[j + 2]):  # a short lead-in: 我们要
                clauses[j] = clauses[j][at:]
        for run in _runs(clauses):
            found.append(Passage("parallel", "".join(run).strip()))
    return found


def stock_phrases(paragraph: str) -> list[Passage]:
    """Sentences holding a list of three or more terms of one length (守土有责、守土负责、守土尽责)."""
    found = []
    for sentence in _sentences(paragraph):
        for m in _LIST.finditer(sentence):
            terms = m.group().split("、")
            if len({len(t) for t in terms}) == 1 and len(sentence) <= 120:
                found.append(Passage("stock", sentence))
                break
    return found


def passages(paragraphs: list[str]) -> list[Passage]:
    """Every proposal from the body ``paragraphs``, each text once, at most ``MAX_EACH`` of a kind."""
    found: list[Passage] = []
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for finder in (quotations, parallel_runs, quotable_lines, stock_phrases):
        for paragraph in paragraphs:
            for passage in finder(paragraph):
                inside = any(passage.text in earlier for earlier in seen)  # a line of a run found already
                if inside or counts.get(passage.kind, 0) >= MAX_EACH:
                    continue
                seen.add(passage.text)
                counts[passage.kind] = counts.get(passage.kind, 0) + 1
                found.append(passage)
    return found
