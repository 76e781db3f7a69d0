"""Numbering labels as candidates, and the runs they make.

Every numbering label the body holds is a candidate (``LabelCandidate``: where it stands, the labels it may be
read as, whether it opens its paragraph, whether it was spoken); candidates of one style numbered 1, 2, 3 … in
order make a run (``LabelRun``, ``label_runs``). ``reader.top_level`` chooses among the runs, ``reader.outline``
walks the body with the one chosen, ``reader.spoken_labels`` adds the counts people say.
"""

from __future__ import annotations

import re

from ..records import record
from ..zh.labels import HEADING_RANK, LabelMatch, match_label

# —— 必须坚持党的领导。: a dash point, at a paragraph start only (a leading —— in the header is a subtitle)
# (——— typed with three dashes too; —— 8月底前…: a date or a figure may open the item)
# (―― two horizontal bars: the dash as older web pages and some fonts write it)
DASH = re.compile(r"^(?:———?|――|－－|--)\s*(?=[\u4e00-\u9fff“]|\d{1,4}[\u4e00-\u9fff%％])")
DASH_STYLE = "——"


def numbering_labels(text: str) -> list[LabelMatch]:
    """The numbering labels ``text`` opens with, a dash aside (a leading —— in the header is a subtitle)."""
    return [m for m in match_label(text) if m.style != DASH_STYLE]


@record
class LabelCandidate:
    """A possible label: in paragraph ``para`` of the body at offset ``pos``."""

    para: int
    pos: int
    matches: list[LabelMatch]
    at_start: bool
    serial: int = 0
    spoken: int = 0  # a spoken count (SPOKEN), an order word or a count with no mark (SPOKEN_ONLY); 0: written


def style_rank(style: str) -> float:
    """Heading styles outrank each other by level; unnumbered source headings sit just above."""
    if style.startswith("#"):
        return int(style[1:]) - 0.5
    return HEADING_RANK.get(style, 9)

@record
class LabelRun:
    """Paragraph-initial labels of one style numbered on in order (1, 2, 3 …): a candidate level."""

    style: str
    items: list[LabelCandidate]
    last: int | None  # the last index read (None: 最后 / ——, "the next one")
    runs: int = 1  # how many runs, each numbered on its own, ``_successive`` joined into this one

    @property
    def first(self) -> int:
        return self.items[0].para

    @property
    def end(self) -> int:
        return self.items[-1].para


def ends_with_last(count: int | None) -> bool:
    """最后， (最后一个措施是…) is the last item of a 第一，/首先 list that has reached its second item (第一，第二，…
    最后，); after the first alone it is no item of it (首先…最后，我祝… is the closing). The one home of this rule:
    the written runs, the spoken runs and the lists inside an item ask it."""
    return (count or 0) >= 2


def style_match(c: LabelCandidate, style: str) -> LabelMatch | None:
    return next((m for m in c.matches if m.style == style), None)


def place_candidates(cands: list[LabelCandidate], kept: list[LabelCandidate], added: list[LabelCandidate]) -> None:
    """``cands`` becomes ``kept`` and ``added`` in the order they stand in the body, every candidate numbered in order
    again (the one home of what each reader that adds candidates of its own does)."""
    cands[:] = sorted([*kept, *added], key=lambda c: (c.para, c.pos))
    for n, c in enumerate(cands):
        c.serial = n


def label_runs(cands: list[LabelCandidate]) -> list[LabelRun]:
    """Every run of paragraph-initial labels, per style: a run starts at 1 and numbers on."""
    starts = [c for c in cands if c.at_start and c.spoken != SPOKEN_ONLY]
    styles = list(dict.fromkeys(m.style for c in starts for m in c.matches))
    runs: list[LabelRun] = []
    for style in styles:
        heading = style in HEADING_RANK
        current: LabelRun | None = None
        for c in starts:
            m = style_match(c, style)
            if m is None and style in ("第一，", "首先") and current is not None and ends_with_last(current.last):
                if not (style == "第一，" and _inner_order_list(starts, current, c)):
                    m = next((x for x in c.matches if x.index is None and x.style != DASH_STYLE), None)  # 第一，第二，…最后，
            elif (
                m is None and style in ("一要", "一是") and current is not None and ends_with_last(current.last)
                and not _outer_count(starts, current, c) and not _inner_order_list(starts, current, c)
            ):
                # (一要…四要… 最后，要严格督导考核。: the count's last item, said with 最后，; not when 首先，… 其次，… under
                # its last item come before: 最后 ends that list)
                m = next((x for x in c.matches if x.index is None and x.style == "首先" and x.label.startswith("最后")), None)
            if m is None:
                continue
            index = m.index
            if style.startswith("#"):
                follows = current is not None
            elif current is None:
                follows = False
            elif index is None:
                # ——; 最后， after 其次 (not after another 最后，: …最后，要共享。 / 最后，提前给大家拜个早年 is the closing's)
                # (——五年来，… in the opening, then 一、… 三、 and ——要…一批。 under 三、: a heading between parts them)
                follows = (style == DASH_STYLE and not _heading_between(starts, current.items[-1], c)) or (
                    ends_with_last(current.last) and not _said_last(current, style)
                )
            elif current.last is None:
                follows = False
            elif heading:
                follows = index >= current.last and index != 1  # gaps and repeats are kept for check
                if follows and (back := _run_of_its_form(runs, current, style, m)) is not None:
                    current = back  # (01｜… 02｜… with 1）… 2）… under 02｜, then 03｜: the bar's run numbers on)
            elif style == "首先" and m.label[:1] not in "首其再" and index >= 3:
                # 首先，其次，第三，: a 第三 numbers on a 首先 run only after its 其次 (首先，…下面，进行第三项议程：
                # is the host's own word and an agenda's number, not one sequence), and not when the run's own order
                # word for it comes later (其次，… 第三个故事，… 再次，…: the story is the second point's)
                # (…其次，… 最后，我想对家长们提几点希望。 第一，… 第二，… 第三，…: after its 最后 the count is over)
                follows = current.last == index - 1 and not _order_word_later(starts, c, index) and not _said_last(current, style)
            else:
                follows = current.last < index <= current.last + 2  # one number may be lost (第一，第二，第四，)
            # (第一点，… 第二，… 第三个问题，… 第一件事，… 第四件事，… 第四，…: a list inside the third point ran in
            # the same style; the count it left goes on when its next number comes and the list cannot take it; a
            # heading's repeat of the list's last number (一、二、 with 一、…三、 inside 二、, then 三、) is the count's too)
            repeat = heading and follows and current is not None and index == current.last
            left = None if follows and not repeat else next(
                (
                    r for r in reversed(runs)
                    if r.style == style and r is not current and r.items[-1].serial < (current.items[0].serial if current else 0)
                    and (r.last == index - 1 and not _said_last(r, style) if index is not None else _last_said_after_inner(r, current, style))
                ),
                None,
            )
            if left is not None:
                current = left
                follows = True
            if follows and current is not None:
                current.items.append(c)
                current.last = index if index is not None else current.last
            elif (
                index == 1
                or style.startswith("#")
                or (index is None and style == DASH_STYLE)
                or (index == 2 and not heading and style != DASH_STYLE and current is None)  # (its first told elsewhere)
                or (index is not None and index >= 3 and style == "一是" and current is None)  # (a page's hidden middle)
            ):
                current = LabelRun(style, [c], index if index is not None else 1)
                runs.append(current)
    return runs + _noun_runs(starts, runs)


def bar_label(m: LabelMatch | None) -> bool:
    """03｜ / 02 |: the number's bar after it, a WeChat section's form (1）… under it is another list's)."""
    return m is not None and m.label.rstrip().endswith(("｜", "|"))


def _run_of_its_form(runs: list[LabelRun], current: LabelRun, style: str, m: LabelMatch) -> LabelRun | None:
    """The earlier run of ``style`` whose labels take ``m``'s form (a bar after the number, 03｜, or none), when the
    current run's do not and the number goes on from it; else None."""
    if bar_label(style_match(current.items[0], style)) == bar_label(m):
        return None
    return next(
        (r for r in reversed(runs) if r.style == style and r is not current and r.last is not None and r.last < m.index
         and bar_label(style_match(r.items[0], style)) == bar_label(m)),
        None,
    )


def _last_said_after_inner(run: LabelRun, inner: LabelRun | None, style: str) -> bool:
    """首先，… / 其次，… 先说…。 再说…。 最后说…。 / 最后，…: a 最后， the list begun inside the run's last item (from 1 again,
    in the same style) cannot take, as it has not reached its second, ends the run it is nested in."""
    return (
        style in ("第一，", "首先") and inner is not None and (inner.last or 0) < 2
        and ends_with_last(run.last) and not _said_last(run, style)
    )


def _order_word_later(starts: list[LabelCandidate], c: LabelCandidate, index: int) -> bool:
    """An order word (再次，/ 再者，) numbered ``index`` opens a paragraph after ``c``."""
    return any(
        d.serial > c.serial and any(x.style == "首先" and x.index == index and x.label[:1] in "首其再" for x in d.matches)
        for d in starts
    )


def _heading_between(starts: list[LabelCandidate], before: LabelCandidate, after: LabelCandidate) -> bool:
    """A paragraph between the two opens with a label of the top heading style (一、; not the （一） or 1. of a list under
    a dash point)."""
    return any(before.serial < d.serial < after.serial and any(x.style == "一、" for x in d.matches) for d in starts)


def _said_last(run: LabelRun, style: str) -> bool:
    """The run's last item is its 最后， already (no number: the last one said)."""
    last = run.items[-1]
    return any(x.index is None and x.label.startswith("最后") for x in last.matches) and (
        (m := style_match(last, style)) is None or m.index is None
    )


def _inner_order_list(starts: list[LabelCandidate], run: LabelRun, last: LabelCandidate) -> bool:
    """第三个问题，怎么办？ / 首先，… / 其次，… / 再次，… / 最后，…: a list said in order words (其次 / 再次 after its
    首先) inside the run's last item, before ``last`` (the 最后 paragraph): 最后 ends that list, not the run."""
    return any(
        run.items[-1].serial < d.serial < last.serial and any(x.style == "首先" and x.label.startswith(("其次", "再次")) for x in d.matches)
        for d in starts
    )


def _outer_count(starts: list[LabelCandidate], run: LabelRun, last: LabelCandidate) -> bool:
    """首先，… / 其次，… 一是… 四是… / 再次，… / 最后，…: a count of 首先 or 第一， that opened before ``run`` and reached
    its second item before ``last`` (the 最后 paragraph) is the list 最后 ends, not the 一是 list inside it."""
    for style in ("首先", "第一，"):
        opened = next((d for d in starts if d.serial < run.items[0].serial and (x := style_match(d, style)) and x.index == 1), None)
        if opened is not None and any(
            opened.serial < d.serial < last.serial and (x := style_match(d, style)) is not None and (x.index or 0) >= 2 for d in starts
        ):
            return True
    return False


# 第一个问题 / 第二点 / 第三个方面: an ordinal that names what it counts
ORDINAL_NOUN = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(点|条|项|个方面|个问题|个话题|句话|部分)")


def _noun_runs(starts: list[LabelCandidate], runs: list[LabelRun]) -> list[LabelRun]:
    """第一个问题：… / 第一，… 第四，… / 第二个问题：… / 第一，…: ordinals that name what they count (个问题, 点,
    方面…) number on among themselves past the bare ordinals of the lists inside them, which start again at 1
    and so break the run of one style: they make a run of their own (one the runs above do not already hold)."""
    by_noun: dict[str, list[LabelRun]] = {}
    for c in starts:
        m = style_match(c, "第一，")
        if m is None or not m.index:
            continue
        noun = ORDINAL_NOUN.match(m.label)
        if noun is None:
            continue
        found = by_noun.setdefault(noun.group(1), [])
        if m.index == 1:
            found.append(LabelRun("第一，", [c], 1))
        elif found and found[-1].last == m.index - 1:
            found[-1].items.append(c)
            found[-1].last = m.index
    held = {tuple(id(c) for c in r.items) for r in runs}
    return [r for found in by_noun.values() for r in found if len(r.items) >= 2 and tuple(id(c) for c in r.items) not in held]


SPOKEN, SPOKEN_ONLY = 1, 2  # ``LabelCandidate.spoken``: a spoken count; one read only in a spoken run (``spoken_labels.spoken_runs``)


def nested_runs(cands: list[LabelCandidate], top: LabelRun) -> dict[int, int]:
    """一、… 二、（一、… 五、 under it）三、…: runs of the top run's heading style that start again at 1 inside one item of
    it (or of a run already nested so) and number on there, while the outer count goes on after them: their
    labels (by serial) and the depth each list stands at (2 under a point, 3 under a sub-point). A report that
    numbers its parts and a part's sections alike (一、… 五、 within 二、) is read by how the counts nest, not by
    the label alone."""
    if top.style not in HEADING_RANK:
        return {}
    inner = sorted(
        (r for r in label_runs(cands) if r.style == top.style and len(r.items) >= 2 and r.items[0] not in top.items and opens_at_one(r)),
        key=lambda r: r.first,
    )
    placed: list[tuple[LabelRun, int]] = [(top, 1)]  # each run and the depth its items stand at
    depth_of: dict[int, int] = {}
    for run in inner:
        for outer, depth in reversed(placed):
            # (between two items of the outer count, which goes on after it; after its last item only a list of one
            # paragraph each, one after another, under a count whose items have text under them: else the list may as
            # well be a second speech's own parts, 一、…二、 then 一、…三、 on one page)
            between = any(a.para < run.first and run.end < b.para for a, b in zip(outer.items, outer.items[1:], strict=False))
            if between or (run.first > outer.end and _tight(run) and not _tight(outer)):
                placed.append((run, depth + 1))
                depth_of.update({c.serial: depth + 1 for c in run.items})
                break
    return depth_of


def opens_at_one(run: LabelRun) -> bool:
    """The run's first label numbers 1 (a list begun afresh, not one whose first was told elsewhere)."""
    return (m := style_match(run.items[0], run.style)) is not None and m.index == 1


def _tight(run: LabelRun) -> bool:
    """The run's items stand in paragraphs one right after another (a list of one paragraph each)."""
    return all(b.para == a.para + 1 for a, b in zip(run.items, run.items[1:], strict=False))
