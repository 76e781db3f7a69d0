"""The choice of the top level.

The body's numbering labels are candidates, and candidates of one style numbered 1, 2, 3 … in order make
runs (``reader.label_runs``); the counts people say are candidates and runs too (``reader.spoken_labels``).
``choose_top`` weighs the runs by evidence (nesting, announcements, coverage, a page cut short) and picks the
one that gives the speech its points; ``_successive`` and ``inline_runs`` read several runs, or lists said
inside paragraphs, as the points. Points and sub-points that carry no number are ``reader.unnumbered``'s; what
the paragraph before a list says of it (讲三点意见) is ``reader.announcements``'.
``reader.outline`` walks the body with the run chosen here.
"""

from __future__ import annotations

import re

from ..records import replace
from ..zh.labels import (
    HEADING_RANK,
    LabelMatch,
    first_sentence_end,
    is_agenda_label,
    last_sentence_start,
    match_label,
)
from ..zh.numerals import parse_chinese_number
from .announcements import ANNOUNCEMENT, LIST_COMING, announced_count, count_in
from .label_runs import (
    DASH_STYLE,
    ORDINAL_NOUN,
    LabelCandidate,
    LabelRun,
    label_runs,
    numbering_labels,
    place_candidates,
    style_match,
    style_rank,
)
from .outline_records import SourceParagraph
from .outline_rules import (
    NAMED_ORDINAL,
    SENTENCE_ENDS,
    SHORT_LEAD,
    TERMINAL,
    common_prefix,
    ends_no_sentence,
)
from .spoken_labels import spoken_runs
from .unnumbered import TEXT_UNDER_HEADING, counted_word_lines, short_heading
from .web_debris import ends_with_credit


def _run_rank(run: LabelRun, body: list[SourceParagraph]) -> float:
    """A run's rank as a heading level: its style's, or (## 1. 把产品做稳 over ### 1.1 …) the Markdown level its
    items all carry, when that is higher: above the unnumbered headings of that level (``style_rank``: level - 0.5)."""
    levels = {body[c.para].heading_level for c in run.items}
    rank = style_rank(run.style)
    return min(rank, levels.pop() - 0.75) if len(levels) == 1 and 0 not in levels else rank


def _page_chunks(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """1、…2、… that cut a sentence in two (…任齐国丞相 / 2、40多年，…): a document viewer's pages, not points.
    A viewer numbers its pages 1、 2、 and cuts at every page: most items after the first carry on a sentence
    broken off (two at least when there are three items or more), so a speech's paragraph that lost its full
    stop, or a caption left in, does not make a run of points pages. Only Arabic numbers; a heading the source
    marks as one (Markdown ##, Word's heading styles) is no page number."""
    if run.style != "1.":
        return False
    cutting = sum(
        len(body[c.para - 1].text) >= 40
        and body[c.para - 1].text.rstrip()[-1] not in TERMINAL + "…"
        and not ends_with_credit(body[c.para - 1].text)
        for c in run.items[1:]
    )
    after_first = len(run.items) - 1
    return cutting >= min(2, after_first) and 2 * cutting > after_first


def _weak_single(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """A lone 1、 or （1） whose first sentence runs on: a page or list number, not the first point of a cut page."""
    if len(run.items) > 1 or run.style not in ("1.", "（1）"):
        return False
    c = run.items[0]
    text = body[c.para].text[c.matches[0].end :]
    return first_sentence_end(text) > 60


def _announcing_heading(run: LabelRun, runs: list[LabelRun], body: list[SourceParagraph]) -> bool:
    """## 提三点要求 over - 一、… - 二、… - 三、…: a lone Markdown heading that says the count of the numbered headings
    right under it announces them (they are the points), as a paragraph would."""
    if not run.style.startswith("#") or len(run.items) != 1:
        return False
    said = count_in(body[run.first].text)
    return said is not None and any(
        r.style in HEADING_RANK and r.first == run.first + 1 and len(r.items) == said for r in runs
    )


# 授予以下10名同志“…功勋员工”称号 / 给予…通报表彰 / 记个人二等功: an award decision's item
_AWARD_ITEM = re.compile(r"^(?:授予|追授|给予|记)[^。！？]{0,60}(?:称号|表彰|嘉奖|奖励|功)")


def _award_decision(run: LabelRun, runs: list[LabelRun], body: list[SourceParagraph]) -> bool:
    """一、授予以下10名同志“…”称号 / 二、授予以下单位… / 三、授予…: the award decision read out in the opening, a run of
    the same style after it holding the speech's points."""
    return all((m := style_match(c, run.style)) is not None and _AWARD_ITEM.match(body[c.para].text[m.end :]) for c in run.items) and any(
        r is not run and r.style == run.style and r.first > run.end for r in runs
    )


def _coverage(run: LabelRun, size: int) -> float:
    """Share of the body from the run's first item on that lies before its last item starts."""
    return (run.end - run.first + 1) / max(size - run.first, 1)


def _consecutive(run: LabelRun) -> bool:
    """The run's items stand in consecutive paragraphs, nothing between them."""
    return all(b.para - a.para == 1 for a, b in zip(run.items, run.items[1:], strict=False))


def _bunched(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """A list in the opening: items in consecutive paragraphs, a small share of what follows (not items that
    each hold their text at length, but for the last, which may go on in sub-points: a flattened page's
    points, cut apart at their labels and nothing else)."""
    if len(run.items) >= 2 and all(len(body[c.para].text) > BUNCHED_ITEM_MAX for c in run.items[:-1]):  # (the last may open its sub-points)
        return False
    # (1.杨家坪镇杨家坪村党总支书记　杨德才 … 10.…: a roll of names read out, short lines that say no sentence, however
    # much of the body it fills)
    roll = all(len(body[c.para].text) <= ROLL_ITEM and ends_no_sentence(body[c.para].text) for c in run.items)
    # (一、…。 二、…要做到“四个到位”： then 一是…四是…: the last heading holds the list it counts)
    return (
        _consecutive(run) and (_coverage(run, len(body)) < 0.4 or roll)
        and not (run.style in HEADING_RANK and _opens_counted_list(run, body))
    )


def _opens_counted_list(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """The run's last item says a count (要做到“四个到位”：) and as many labelled paragraphs follow it, none of the
    run's own style: the list it announces, under it."""
    last = run.items[-1].para
    counts = {parse_chinese_number(n) for n in _COUNT_SAID.findall(body[last].text)}
    return any(
        said and said >= 2 and last + said < len(body)
        and all((labels := match_label(body[last + 1 + k].text)) and all(m.style != run.style for m in labels) for k in range(said))
        for said in counts
    )


_COUNT_SAID = re.compile(r"([两二三四五六七八九十])(?:个|项|条|点|大|件|方面)")  # 四项重点工作 / “四个到位”


BUNCHED_ITEM_MAX = 300  # characters; the items of a list in the opening are shorter, one at least
ROLL_ITEM = 30  # characters of a roll's line (a unit and a name), at most


def _labels(run: LabelRun) -> list[str]:
    return [m.label for c in run.items if (m := style_match(c, run.style)) is not None]


def _named_over_bare(outer: LabelRun, run: LabelRun) -> bool:
    """``outer``'s ordinals name what they count (第一个问题：) and ``run``'s are bare (第一，), or count a narrower
    unit within its span (第一件事，… 第二件事，… 第一条，… 第三件事，…: ``_wider_unit``): of one style, two forms, the
    bare or narrower ones a list inside the named (``_noun_runs``)."""
    named = all(ORDINAL_NOUN.match(x) for x in _labels(outer)) and not any(ORDINAL_NOUN.match(x) for x in _labels(run))
    # (a narrower count far past the wider one's last item, further than any of its items runs, is the speaker's next
    # list, not one inside that item)
    return named or (_wider_unit(outer, run) and (_in_gap(run, outer) or run.first - outer.end <= _longest_item(outer)))


def _longest_item(run: LabelRun) -> int:
    """Paragraphs from one item of ``run`` to the next, at most (0 for a run of one)."""
    paras = [c.para for c in run.items]
    return max((b - a for a, b in zip(paras, paras[1:], strict=False)), default=0)


def _inside(run: LabelRun, outer: LabelRun, body: list[SourceParagraph], runs: list[LabelRun]) -> bool:
    """``run`` is a list inside one item of ``outer``: between two of its items, ``outer`` of another style; or,
    when ``outer``'s ordinals name what they count and ``run``'s are bare, anywhere within one (``_nested``)."""
    if _named_over_bare(outer, run):
        return _nested(run, outer, body, runs)
    return outer.style != run.style and _in_gap(run, outer)


def _in_gap(run: LabelRun, outer: LabelRun) -> bool:
    """``run`` lies between two items of ``outer``."""
    paras = [c.para for c in outer.items]
    return any(a < run.first and run.end < b for a, b in zip(paras, paras[1:], strict=False))


def _nested(run: LabelRun, outer: LabelRun, body: list[SourceParagraph], runs: list[LabelRun]) -> bool:
    """``run`` lies within one item of ``outer`` (an inner list restarting under it)."""
    if outer is run or (outer.style == run.style and not _named_over_bare(outer, run)) or len(outer.items) < 2 or outer.first >= run.first:
        return False
    if {c.serial for c in outer.items} & {c.serial for c in run.items}:
        return False  # 第三， read both as 第一， and as 首先: the same labels, not a nesting
    if _in_gap(run, outer):
        return True
    if run.first < outer.end or _bunched(outer, body):
        return False
    if (
        announced_count(body, run.first) == len(run.items)
        and run.first - 1 > outer.end  # announced in a paragraph of its own, not in the other's last item
        and _consecutive(outer)
        and not _announces_points(body, outer)
    ):
        # 今年工作，我讲两点。 before it, and before that a list in consecutive paragraphs that nobody announced
        # as points (以下工作：第一，…第四，…): this run is the points, not a list inside the other's last item
        return False
    # after the outer list's last item: inside it, unless a heading list would hang under an
    # enumeration with nothing to show the nesting (no list of the same style under an earlier item).
    # A heading list in short consecutive lines with no text between its items is a list quoted in that
    # last item (方案提出了五项任务：一、… 二、… 三、…): points of a speech have something said under them.
    headed_inside_list = run.style in HEADING_RANK and outer.style not in HEADING_RANK and not _heading_lines(outer, body)
    return (
        not headed_inside_list
        or any(r.style == run.style and _in_gap(r, outer) for r in runs)
        or _quoted_list(run, body)
    )


PART_HEADING = 30  # characters; a part's heading line (第一部分　过去三年我们做了什么) is no longer


def _heading_lines(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """Every item of ``run`` is a short line of its own that ends no sentence (## 第一部分　过去三年我们做了什么): the
    speech's part headings, which hold heading lists (（一）… （二）…) as a heading style's points do."""
    return all(
        c.at_start and len(body[c.para].text) <= PART_HEADING and ends_no_sentence(body[c.para].text)
        for c in run.items
    )


QUOTED_ITEM = 30  # characters; an item of a list quoted in a point is a short line of its own


def _quoted_list(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """Two or more short lines in consecutive paragraphs with nothing said under any (一、开展…监测 /
    二、梳理…进展): a list quoted in a point, not points of the speech (a run-in point holds its text in its
    paragraph). A lone short 一、 line is no list: on a page cut off in it, the first point."""
    return len(run.items) >= 2 and _consecutive(run) and all(len(body[c.para].text) <= QUOTED_ITEM for c in run.items)


# …这是我要讲的第一点。: a paragraph that names itself the first point (a speaker who numbers on from 第二点)
_TOLD_FIRST = re.compile(r"(?:这|此)是[^。！？]{0,8}第一点[。！!]?$")


def _inline_first(run: LabelRun, cands: list[LabelCandidate]) -> LabelCandidate | None:
    """下面讲三点。第一，…: the first item said inside the paragraph before a run that starts at 2."""
    return next(
        (c for c in cands if c.para == run.first - 1 and not c.at_start and (m := style_match(c, run.style)) and m.index == 1),
        None,
    )


# the enumeration styles a speaker may switch between inside one count (一要… 二是… 三是… / 首先，… 第二，… 第三，…)
SPOKEN_LIST_STYLES = ("一是", "一要", "第一，", "首先")
MIXED_LIST_ITEMS = 3  # a count said in mixed styles holds this many items at least (two may be two lists)


REPEATED_FIRST = 3  # paragraphs, at least, that open with the same first label for it to count them


def repeated_first_labels(cands: list[LabelCandidate]) -> None:
    """一要抓好问题整改。… / 一要注重日常经常。… / 一要发挥支部战斗堡垒作用。…: a speaker who opens each point with
    the same 一要 (or 一是) counts them all the same way. Three paragraphs or more opening so, and no other label of
    that style anywhere (no 二要, none inside a paragraph), are numbered on 1, 2, 3 … (their labels as written)."""
    for style in ("一要", "一是"):
        found = [(c, m) for c in cands if (m := style_match(c, style)) is not None]
        # (一个是…一个是…: "one is…, another is…", said, not a count repeated)
        if len(found) < REPEATED_FIRST or not all(c.at_start and m.index == 1 and m.label == style for c, m in found):
            continue
        for n, (c, m) in enumerate(found, 1):
            c.matches = [replace(m, index=n) if x is m else x for x in c.matches]
        return


def one_count_in_mixed_styles(cands: list[LabelCandidate]) -> None:
    """一要…。 / 二是要…。 / 三是要…。 (or 首先，… / 第二，… / 第三，…, 一是… / 二是… / 第三，…): paragraphs in a
    row that count 1, 2, 3 … with enumeration labels of more than one style, no one style counting them all,
    the style switched once, are one list: each item is given the style of the second item as well (its label
    as written), so the runs of one style read them as one. Not when an item of the other style goes on in its
    own style right after (第一，…主要推进以下改革。一是… / 二是… / 第二，…: the 二是 counts on the 一是 said
    inside the 第一 paragraph), or holds inside its paragraph the item of the list's style it would stand for."""
    starts = [c for c in cands if c.at_start]
    chain: list[tuple[LabelCandidate, LabelMatch]] = []
    nested: LabelMatch | None = None  # the last item of a list of another kind under the chain's last item
    for c in [*starts, None]:
        m = None if c is None else next(
            (x for x in c.matches if x.style in SPOKEN_LIST_STYLES and x.index == len(chain) + 1), None
        )
        if c is not None and m is not None:
            chain.append((c, m))
            nested = None
            continue
        # (第一个，就是道路的事。 / 其次是产业的事。 / 最后一点，人居环境。: a count of two said in two styles ends with 最后;
        # a longer one is joined as it stands, its 最后 read after it)
        last = None if c is None or len(chain) != 2 or len({x.style for _, x in chain}) < 2 else next(
            (x for x in c.matches if x.style == "首先" and x.index is None and x.label.startswith("最后")), None
        )
        if last is not None:
            chain.append((c, last))
            _join_mixed(chain, None, cands)
            chain, nested = [], None
            continue
        if c is not None and chain and not any(x.index for x in c.matches):
            continue  # (第一，… 另外，… 二是… : a word that goes on without a number is said inside the item before)
        # (一要…。 二要…。 （一）…（二）…（三）… 第三个方面，…: a heading list counting from 1 under the second item is
        # its own; the count goes on after it)
        inner = None if c is None or not chain or any(x.style in SPOKEN_LIST_STYLES for x in c.matches) else next(
            (x for x in c.matches if x.style in HEADING_RANK and x.index == (1 if nested is None or x.style != nested.style else nested.index + 1)), None
        )
        if inner is not None:
            nested = inner
            continue
        nested = None
        _join_mixed(chain, c, cands)
        first = None if c is None else next((x for x in c.matches if x.style in SPOKEN_LIST_STYLES and x.index == 1), None)
        chain = [(c, first)] if c is not None and first is not None else []


def _join_mixed(chain: list[tuple[LabelCandidate, LabelMatch]], after: LabelCandidate | None, cands: list[LabelCandidate]) -> None:
    """Give the items of ``chain`` (paragraph starts counting 1, 2, 3 …) one style, as the docstring above says."""
    if len(chain) < MIXED_LIST_ITEMS:
        return
    if any(all((x := style_match(c, style)) and x.index == n for n, (c, _) in enumerate(chain, 1)) for style in SPOKEN_LIST_STYLES):
        return  # (one style counts them all: 首先，其次，第三，)
    styles = [m.style for _, m in chain]
    switches = sum(a != b for a, b in zip(styles, styles[1:], strict=False))
    # (第一，… 二是要… 第三个，…: one item in the middle said in another style, the count's style the others')
    odd_one = switches == 2 and len(chain) >= MIXED_LIST_ITEMS and styles[0] == styles[-1] and len(set(styles)) == 2 and styles.count(styles[0]) == len(chain) - 1
    if switches != 1 and not odd_one:
        return  # (一是，第二，三是，第四，: no single switch, no one count)
    style = styles[0] if odd_one else styles[1]
    others = [(c, m) for c, m in chain if m.style != style]
    last_other = others[-1][1]
    if after is not None and any(x.style == last_other.style and x.index == (last_other.index or 0) + 1 for x in after.matches):
        return
    if any(
        d.para == c.para and not d.at_start and any(x.style == style and x.index == m.index for x in d.matches)
        for c, m in others for d in cands
    ):
        return
    for c, m in others:
        c.matches.insert(0, LabelMatch(style, m.index, m.label, m.end))


def told_first(run: LabelRun, cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun:
    """第二点：…第八点： with no 第一点: the paragraph before them that calls itself the first point is it."""
    inline = _inline_first(run, cands)
    if inline is not None:
        return LabelRun(run.style, [inline, *run.items], run.last)
    j = next((k for k in range(run.first - 1, -1, -1) if _TOLD_FIRST.search(body[k].text.rstrip())), None)
    if j is None:
        return run
    first = LabelCandidate(j, 0, [LabelMatch(run.style, 1, "", 0)], True)
    place_candidates(cands, [c for c in cands if not (c.para == j and c.pos == 0)], [first])
    return LabelRun(run.style, [first, *run.items], run.last)


def _announces_points(body: list[SourceParagraph], run: LabelRun) -> bool:
    """The paragraph before ``run`` announces the speaker's points (我讲几点意见。 / 讲三点：), or its count."""
    if announced_count(body, run.first) == len(run.items):
        return True
    before = body[run.first - 1].text.rstrip() if run.first > 0 else ""
    return bool(ANNOUNCEMENT.search(before))


def _list_announced(body: list[SourceParagraph], para: int, cut_off: bool) -> bool:
    """The paragraph before says a list follows (以下几点： / 讲三点意见。 on a page cut off after it)."""
    before = body[para - 1].text.rstrip() if para > 0 else ""
    return cut_off and (before[-1:] in "：:" or bool(ANNOUNCEMENT.search(before) or LIST_COMING.search(before)))


# …的“试金石”。会……: a preview cut in a word, marked with an ellipsis
_CUT_ELLIPSIS = re.compile(r"[。！？!?；;][^。！？!?；;…]{1,12}…+$")

# …和有關(guān): a page that spells out a character's sound ends in its bracket, which ends no sentence
_PINYIN_TAIL = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}[）)]$")


def page_cut_off(body: list[SourceParagraph], page_cut: bool) -> bool:
    """The body ends without a closing mark, or in an ellipsis just after a sentence's first words: a page
    cut short (``page_cut``: the page said so)."""
    if page_cut:
        return True
    last = _PINYIN_TAIL.sub("", body[-1].text.rstrip()) if body else ""
    if last.endswith(("”", "’")) and last.rstrip("”’")[-1:] not in "。！？!?…":
        return True  # …做到“上知精神、胸有全局”: a quotation that ends no sentence, cut before the sentence's end
    return bool(last) and (last[-1] not in TERMINAL or bool(_CUT_ELLIPSIS.search(last)))


def _dash_heading_line(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """——回顾三年奋斗历程，最珍贵的是… on a line of its own, short, ending no sentence, over text: a dash
    heading, which stands alone like an 一、 heading on a page cut off after it."""
    c = run.items[0]
    if run.style != DASH_STYLE or len(run.items) != 1 or c.para + 1 >= len(body):
        return False
    text = body[c.para].text[c.matches[0].end :].strip()
    return short_heading(text) and len(body[c.para + 1].text) >= TEXT_UNDER_HEADING


ANNOUNCED_LINE = 40  # characters; a lone first point's heading line, at most


def _ordinal_heading_line(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """第一，提高认识、全民动员，把群众发动起来。 as a paragraph of its own (its lead sentence and nothing more,
    a heading's length) over a paragraph of text: on a page cut off after it, the first point, as a dash
    heading line is (a 第一， that runs on into its text in its paragraph may be a sentence told in turn)."""
    c = run.items[0]
    if run.style != "第一，" or len(run.items) != 1 or not c.at_start or c.para + 1 >= len(body):
        return False
    m = style_match(c, run.style)
    if m is None or m.index != 1:
        return False
    text = body[c.para].text[m.end :].strip()
    return (
        4 <= len(text) <= ANNOUNCED_LINE
        and first_sentence_end(text) >= len(text) - 1
        and text[-1] not in "，,、：:"
        and len(body[c.para + 1].text) >= TEXT_UNDER_HEADING
    )


def _announced_heading_line(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """下面，我强调四点要求： / 第一，要…的主体作用 / a paragraph of text: the first item, a line of its own that ends
    no sentence, right after a paragraph announcing the list with a colon, is the first point even where the
    excerpt shows no sign of being cut (it ends with a paragraph: the rest of the page was not copied)."""
    c = run.items[0]
    if len(run.items) != 1 or not c.at_start or c.para + 1 >= len(body) or c.para == 0:
        return False
    if (style_match(c, run.style) or c.matches[0]).index != 1 or body[c.para - 1].text.rstrip()[-1:] not in "：:":
        return False
    text = body[c.para].text[c.matches[0].end :].strip()
    return (
        _list_announced(body, c.para, True)
        and 4 <= len(text) <= ANNOUNCED_LINE
        and not re.search(r"[。！？!?；;：:…]", text)
        and text[-1] not in "，,、"
        and len(body[c.para + 1].text) >= TEXT_UNDER_HEADING
    )


# …以下是我的演讲全文： / 以下为演讲实录：: a page's introduction ends, the speech follows
_FULL_TEXT_FOLLOWS = re.compile(r"以下(?:是|为)[^。！？!?]{0,12}(?:全文|实录|原文)[：:]\s*$")


def _introduced_text(body: list[SourceParagraph]) -> int:
    """The paragraph (in the first half of the body) that ends a page's introduction by saying the speech's
    text follows (以下为演讲实录：), or -1: labels up to it are the editor's summary."""
    return max((i for i, p in enumerate(body[: len(body) // 2 + 1]) if _FULL_TEXT_FOLLOWS.search(p.text)), default=-1)


def _agenda_run(run: LabelRun) -> bool:
    """Every item of ``run`` is a host's agenda label (下面，进行第二项议程：)."""
    return all(is_agenda_label((style_match(c, run.style) or c.matches[0]).label) for c in run.items)


def _visible_part(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """三是要…。四是… with no 一是 or 二是 anywhere before: the part of a list a page lets be seen (the site hid
    the speech's middle, or the excerpt opens inside the list), read as the points; a 三是 whose first two are
    said anywhere before it belongs to them."""
    first = style_match(run.items[0], run.style).index or 1
    told = tuple(f"{n}是" for n in "一二三四五六七八九"[: first - 1])
    return not any(w in p.text for p in body[: run.items[0].para + 1] for w in told)


def _candidate_runs(cands: list[LabelCandidate], body: list[SourceParagraph]) -> list[LabelRun]:
    """Every run that can be the points at all: not a document viewer's page numbers, not a list from 2
    with nothing to begin it, not a host's agenda before the points, not an editor's summary."""
    # a run that starts at 2 needs its first said inside the paragraph before, or (第二点：… in a transcript)
    # three items to stand without it
    runs = [
        r for r in label_runs(cands) + spoken_runs(cands, body)
        if not _page_chunks(r, body)
        and ((style_match(r.items[0], r.style).index or 1) < 3 or _visible_part(r, body))
        and (
            style_match(r.items[0], r.style).index != 2
            or _inline_first(r, cands) is not None
            or (r.style == "第一，" and len(r.items) >= 3)
        )
    ]
    # a host's agenda (首先，进行第一项议程：… 现在，进行第二项议程：…) gives way to the points the host goes on to make,
    # after it or between its items (…进行第五项，请董事长讲话。… 第一，… 第二，… 第三，… 下面，进行第六项，…)
    runs = [
        r for r in runs
        if not (
            _agenda_run(r)
            and (
                any(c.para > r.end and any(m.index == 1 for m in c.matches) for c in cands)
                or any(len(s.items) >= 2 and s.first > r.first and not _agenda_run(s) for s in runs)
            )
        )
    ]
    # two runs that differ only in their first item (先说下湾村。 … 抓住了三个字：拆、清、管。 先说“拆”。再说“清”。
    # 最后说“管”。): the list starts at the later first when the paragraph before it names the words its items quote
    runs = [
        r for r in runs
        if not any(s.first > r.first and s.items[1:] == r.items[1:] and _words_named(s, body) for s in runs)
    ]
    # 真 / 第一个字，是“真”。… / 韧 / 第二个字，是“韧”。…: the count said under lines of one word each, as many as
    # announced, is those lines' text; the lines are the points (``counted_word_lines``)
    word_lines = set(counted_word_lines(body))
    runs = [r for r in runs if not all(c.para - 1 in word_lines for c in r.items)]
    # an editor's summary before 以下是演讲全文： is the page's, not the speech's
    intro = _introduced_text(body)
    return [r for r in runs if r.first > intro]


_QUOTED_WORD = re.compile(r"“([^“”]{1,4})”")


def _words_named(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """Each item of ``run`` quotes a word near its start (先说“拆”。), and the paragraph before the run names them all
    in order (抓住了三个字：拆、清、管。)."""
    before = body[run.first - 1].text if run.first else ""
    at = 0
    for c in run.items:
        m = _QUOTED_WORD.search(body[c.para].text[:16])
        at = before.find(m.group(1), at) if m else -1
        if at < 0:
            return False
    return len(run.items) > 1


def _told_before(run: LabelRun, cands: list[LabelCandidate]) -> bool:
    """A run from 2 whose first is said inside the paragraph before (…讲两点。第一，… / 第二，…): it counts that one too."""
    m = style_match(run.items[0], run.style)
    return m is not None and m.index == 2 and _inline_first(run, cands) is not None


def run_score(run: LabelRun, body: list[SourceParagraph], told: bool) -> float:
    """The hand-weighted evidence a list of points is chosen by: its length (with a first ``told`` before it),
    a count announced for it and met, and how much of the body it spans (bench/chooser_study.py scores the
    same way)."""
    return len(run.items) + told + 3 * _count_kept(run, body, told) + 2 * _coverage(run, len(body))


def _count_kept(run: LabelRun, body: list[SourceParagraph], told: bool) -> bool:
    """The paragraph before the run (before its first ``told`` inside it) announces as many items as it has."""
    return announced_count(body, run.first - told) == len(run.items) + told


def choose_top(cands: list[LabelCandidate], body: list[SourceParagraph], page_cut: bool) -> LabelRun | None:
    """The run that best explains the body as its points, by evidence (see the module docstring)."""
    runs = _candidate_runs(cands, body)
    multi = [r for r in runs if len(r.items) >= 2]
    free = [r for r in runs if not any(_nested(r, s, body, runs) for s in multi)]
    # a list in the opening gives way to a later run that spreads over the body
    spread = [r for r in free if len(r.items) >= 2 and not _bunched(r, body) and not _quoted_leads(r, body)]
    if spread:
        free = [r for r in free if not (_bunched(r, body) and len(r.items) >= 2 and any(s.first > r.first for s in spread))]
    headed = [
        r for r in free
        if (r.style in HEADING_RANK or r.style.startswith("#")) and not _weak_single(r, body) and not _announcing_heading(r, runs, body)
        and not _award_decision(r, runs, body)
    ]
    if headed:
        # the highest-ranked heading style; its points start at its first free run (a page may hold two speeches)
        style = min(headed, key=lambda r: (_run_rank(r, body), -len(r.items))).style
        best = min((r for r in headed if r.style == style), key=lambda r: r.first)
        return _count_before_lone_heading(best, runs, cands) or best

    told = {id(r) for r in free if _told_before(r, cands)}

    def length(r: LabelRun) -> int:
        return len(r.items) + (id(r) in told)

    def score(r: LabelRun) -> float:
        return run_score(r, body, id(r) in told)

    lists = [r for r in free if length(r) >= 2]
    if any(not _quoted_leads(r, body) for r in lists):  # (a quoted list gives way to the speaker's own)
        lists = [r for r in lists if not _quoted_leads(r, body)]
    # (一要…。 ——有困难，找志愿者；… 二要…。 ——…: a dash line under each numbered item is that item's, not a list)
    lists = [r for r in lists if not (r.style == DASH_STYLE and any(_one_under_each(r, s) for s in lists if s.style != DASH_STYLE))]
    if lists:
        best = max(lists, key=lambda r: (score(r), -r.first))
        best = next((r for r in lists if _counted_across(r, best, body, told)), best)
        return _successive(best, [r for r in runs if len(r.items) >= 2], body, score, cands)
    cut_off = page_cut_off(body, page_cut)
    singles = [
        r for r in free
        if (
            _list_announced(body, r.first, cut_off)
            or (cut_off and (_dash_heading_line(r, body) or _ordinal_heading_line(r, body)))
            or _announced_heading_line(r, body)
            or (cut_off and (style_match(r.items[0], r.style).index or 1) >= 3)  # (三是… of a page's visible part)
        )
        and not any(d.at_start and style_match(d, r.style) for d in cands[r.items[0].serial + 1 :])
    ]
    return singles[0] if singles else _announced_inline_first(cands, body, cut_off)


def _one_under_each(run: LabelRun, outer: LabelRun) -> bool:
    """``run`` has one item under each of ``outer``'s, in order (each between that item and the next)."""
    if len(run.items) != len(outer.items):
        return False
    bounds = [c.para for c in outer.items] + [10**9]
    return all(bounds[k] < c.para < bounds[k + 1] for k, c in enumerate(run.items))


def _crosses(run: LabelRun, other: LabelRun) -> bool:
    """``run`` has an item between two of ``other``'s and one outside ``other``'s span: neither can hold the other."""
    inner = any(other.first < c.para < other.end and all(c.para != d.para for d in other.items) for c in run.items)
    return inner and (run.first < other.first or run.end > other.end)


def _counted_across(run: LabelRun, best: LabelRun, body: list[SourceParagraph], told: set[int]) -> bool:
    """先讲第一个方面，… 第二个方面，… (第一点，…第四点，…) 好，第三个方面，… (再一个，…还有一个，…): two lists that
    cross each other cannot both be points; the one whose count the speaker announced before it, and kept, is (the
    other, longer, ran on across a point's label)."""
    return (
        run is not best and _crosses(run, best)
        and _count_kept(run, body, id(run) in told) and not _count_kept(best, body, id(best) in told)
    )


def _count_before_lone_heading(best: LabelRun, runs: list[LabelRun], cands: list[LabelCandidate]) -> LabelRun | None:
    """第一，… 第二，… 三是… / 四、关于… (1.… 2.… under it): the heading run chosen lies wholly under one lone heading
    numbered after a count of paragraphs that ends right before it (no other label of the heading's style in the
    speech); the count is the points, the lone heading its next in another style, the run a list under that."""
    for c in cands:
        m = next((x for x in c.matches if x.style in HEADING_RANK and x.style != best.style), None)
        if not c.at_start or m is None or (m.index or 0) < 3 or c.para >= best.first:
            continue
        if any(d is not c and d.at_start and any(x.style == m.style for x in d.matches) for d in cands):
            continue
        count = next((r for r in runs if r.style not in HEADING_RANK and len(r.items) >= 2 and r.end < c.para and r.last == m.index - 1), None)
        if count is not None:
            return count
    return None


def _announced_inline_first(cands: list[LabelCandidate], body: list[SourceParagraph], cut_off: bool) -> LabelRun | None:
    """下面，我讲几点意见：第一，要统一思想…。 and the page cut off before 第二: the first item said right
    after the announcement, in its paragraph, is the first point."""
    if not cut_off:
        return None
    for c in cands:
        m = next((x for x in c.matches if x.index == 1 and x.style in ("第一，", "一是", "一要", "首先")), None)
        if c.at_start or m is None:
            continue
        before = body[c.para].text[: c.pos].rstrip()
        if not (ANNOUNCEMENT.search(before) or LIST_COMING.search(before)):
            continue
        if any(style_match(d, m.style) for d in cands[c.serial + 1 :]):
            return None  # (a list that goes on is no cut one)
        return LabelRun(m.style, [c], 1)
    return None


# 最后，我再强调两点： / 以上三点… / …我再补充一点：: a paragraph bringing in what is added on to the points. The
# words that add on count in the paragraph's last sentence only, the one that brings the list in (…这个话，今天
# 我再强调一遍。…这里，我提几点希望。 brings in points).
_ADDED_ON_START = re.compile(r"^最后[，,]|^以上[一两二三四五六七八九十几]")
_ADDED_ON = re.compile(r"再(?:强调|提|讲|说|谈|补充)|再次强调|补充")


def _adds_on(text: str) -> bool:
    """The paragraph brings in a list added on to the points (see ``_ADDED_ON``)."""
    return bool(_ADDED_ON_START.search(text) or _ADDED_ON.search(text[last_sentence_start(text) :]))


SUCCESSIVE_ITEM = 40  # characters; the items of a part's run are paragraphs of substance, not an agenda's lines
DASH_LEAD = 40  # characters; a dash point's lead is a thesis by its mark, often two clauses a little past SHORT_LEAD


# 这次会议有两个显著特点。 / 本次大会开得很成功，主要有三个收获：: a closing speech sums up the meeting before its points
_MEETING_SUMMED_UP = re.compile(r"(?:这次|本次|此次|今天的?|这两天的?)(?:会议|大会|会|培训班?|座谈会?)[^。！？]{0,16}(?:特点|收获|成效|成果|亮点|好处)")


def _brought_in(c: LabelCandidate, body: list[SourceParagraph]) -> bool:
    """Words right before the list item ``c`` inside its paragraph say a list comes (…把握好以下四条：一要…), or, for
    an item that opens its paragraph, the paragraph before it ends saying so (谈三点体会。 / 一是…。二是…)."""
    return bool(LIST_COMING.search(_words_before(c, body).rstrip()))


def _words_before(c: LabelCandidate, body: list[SourceParagraph]) -> str:
    """What is said right before ``c``: its paragraph's words before it, or the paragraph before when it opens one."""
    return body[c.para].text[: c.pos] if c.pos or not c.para else body[c.para - 1].text


def _announced_inline(cands: list[LabelCandidate], body: list[SourceParagraph]) -> list[LabelRun]:
    """Lists said inside an unlabelled paragraph and brought in by words that count or name their parts
    (…需要把握好以下四条：一要…。二要…。 / 必须具备以下要素：一是…。二是…。): one run each, numbered 1, 2, 3 …
    in one paragraph, with lead sentences that read as headings."""
    by_para: dict[int, list[LabelCandidate]] = {}
    for c in cands:
        if not c.at_start:
            by_para.setdefault(c.para, []).append(c)
    found: list[LabelRun] = []
    for para, inline in by_para.items():
        if any(c.at_start and c.para == para for c in cands):
            continue  # (a list inside a labelled paragraph belongs to that item)
        for style in INLINE_TOP_STYLES:
            run: list[LabelCandidate] = []
            for c in inline:
                m = style_match(c, style)
                if m is not None and m.index == len(run) + 1:
                    run.append(c)
            if len(run) < 2 or not _brought_in(run[0], body):
                continue
            if _parallel_leads(LabelRun(style, run, None), body):
                found.append(LabelRun(style, run, len(run)))
            break
    return found


def _successive(best: LabelRun, multi: list[LabelRun], body: list[SourceParagraph], score, cands: list[LabelCandidate]) -> LabelRun:
    """With no heading above them, runs that follow one another through the body (一是… a review,
    then 一要… tasks, each brought in by a paragraph of its own) are all the speech's points: ``best``
    with every run of paragraph-initial enumerations that lies inside no item of another run, shares
    no paragraph with those taken, is brought in by an unlabelled paragraph that adds nothing on
    (我再强调两点：), and whose items are paragraphs of substance with heading-like leads (a dash
    thesis may run to DASH_LEAD); and every list announced by its parts inside an unlabelled paragraph
    (``_announced_inline``) that lies outside the runs and before the last one taken starts."""
    taken = [best]
    others = sorted((r for r in multi if r is not best), key=lambda r: (-score(r), r.first))
    # (先说成绩。… 再说问题。… 下面，我讲三点意见。 一是… 二是… 三是…: order words before a run whose count is said
    # right before it are the opening's review, not points; a numbered review before it is the speech's first points)
    counted = announced_count(body, best.first) == len(best.items)
    for r in others:
        if r.style in HEADING_RANK or r.style.startswith("#") or r.style == "一方面":
            continue
        if counted and r.end < best.first and r.style == "首先":
            continue
        if any(_inside(r, s, body, multi) for s in multi if s is not r):
            continue  # a list inside one item of another
        if r.first > best.end and any(s is not r and s.style == r.style and _inside(s, best, body, multi) for s in multi):
            continue  # (第一，…一是…五是 … 第四，…一是…五是: a list of the style the items before hold, under the last)
        if r.first > best.end and _wider_unit(best, r):
            continue  # (第一个问题，… 第三个问题，… 这个问题我想讲几点。第一点，…: points under the last problem)
        if r.first > best.end and best.last is not None and (m := style_match(best.items[-1], best.style)) is not None and m.index is None and m.label.startswith("最后"):
            continue  # (首先，… 其次，… 最后，关于四季度的重点工作。 第一，… 第四，…: the list under the count's last item)
        if any(not (r.end < t.first or r.first > t.end) for t in taken):
            continue
        intro = r.first - 1
        # (an intro that opens with a spoken count of its own, 一个是“聚焦”。…, brings in no run: it is that list's)
        if intro < 0 or numbering_labels(body[intro].text) or _adds_on(body[intro].text) or any(c.para == intro and c.at_start and c.spoken for c in cands):
            continue
        if any(t.end == intro for t in taken) or _item_text(r, body) < SUCCESSIVE_ITEM * len(r.items):
            continue
        if not _parallel_leads(r, body, DASH_LEAD if r.style == DASH_STYLE else SHORT_LEAD):
            continue  # 第一，7月26日，…获得金牌。 第二，8月10日，…: news told one by one, not points
        if _quoted_leads(r, body):
            continue  # 第一条：“留心各样的事情…” 第二条：“…”: rules quoted from another's text, not points
        first = _inline_first(r, cands)
        taken.append(LabelRun(r.style, [first, *r.items], r.last) if first is not None else r)
    # a list said inside a paragraph of its own, announced by its parts, between or before the runs taken
    # (成就：—— … —— …, then 把握好以下四条：一要…二要…, then 我提四点希望。第一，…): a part of the body too
    for r in _announced_inline(cands, body):
        if r.first >= max(t.first for t in taken) or r.first == 0:
            continue  # (after the last run's start: inside its items; in the body's first paragraph: the opening)
        if any(t.first <= r.first <= t.end or _in_gap(r, t) for t in multi):
            continue
        if _MEETING_SUMMED_UP.search(_words_before(r.items[0], body)):
            continue  # (这次会议有两个显著特点。一是…二是…: the meeting summed up before the speaker's own points)
        taken.append(r)
    if len(taken) == 1:
        return best
    items = sorted((c for t in taken for c in t.items), key=lambda c: c.serial)
    return LabelRun(best.style, items, best.last, runs=len(taken))


# 第一个问题， / 第二个方面， / 第三部分，: a count of parts wider than the 第一点， / 第二条， counted under them
_WIDE_UNIT = re.compile(r"个?(?:问题|方面|部分)|件事")
_NARROW_UNIT = re.compile(r"[点条]")
_BARE_ORDINAL = re.compile(r"第[一二三四五六七八九十]+[，,、：:]")  # (第一，: a count that names no unit)


def _wider_unit(run: LabelRun, after: LabelRun) -> bool:
    """``run`` counts its parts by a wider unit (个问题 / 个方面 / 件事) than ``after`` counts its own (点 / 条, or none:
    第四件事，明年我们往哪走。 / 第一，… 第二，…)."""
    first, later = (next((m.label for m in r.items[0].matches if m.style == r.style), "") for r in (run, after))
    return bool(_WIDE_UNIT.search(first)) and bool(_NARROW_UNIT.search(later) or _BARE_ORDINAL.fullmatch(later))


def _item_text(run: LabelRun, body: list[SourceParagraph]) -> int:
    """Characters said under the run's items: each item's paragraph with the unlabelled paragraphs after it up
    to the next item (第一，…要树立远大理想。 on a line of its own over its text); the last item's with the one
    paragraph after it only when the items before it have paragraphs under them (an agenda's lines, or a
    review in consecutive paragraphs, follow one another with nothing between)."""
    total = 0
    spaced = any(b.para - a.para > 1 for a, b in zip(run.items, run.items[1:], strict=False))
    for k, c in enumerate(run.items):
        end = run.items[k + 1].para if k + 1 < len(run.items) else min(c.para + 1 + spaced, len(body))
        total += len(body[c.para].text) + sum(
            len(body[i].text) for i in range(c.para + 1, end) if not match_label(body[i].text)
        )
    return total


def _parallel_leads(run: LabelRun, body: list[SourceParagraph], short: int = SHORT_LEAD) -> bool:
    """The run's lead sentences read as headings: all ``short``, or all opening alike (40年来，我们始终坚持…)."""
    leads = []
    for c in run.items:
        m = style_match(c, run.style) or c.matches[0]
        after = body[c.para].text[c.pos + m.end :]
        leads.append(after[: first_sentence_end(after)])
    return all(len(lead) <= short for lead in leads) or len(common_prefix(leads)) >= 2 or _clause_parallel(leads)


PARALLEL_CLAUSE = 16  # characters; each clause of a heading built of parallel clauses is at most this long


def _clause_parallel(leads: list[str]) -> bool:
    """Lead sentences built alike of two to four short clauses, as many in each, with no figures in them
    (充分认识…，提供…，着力支撑…。 / 矢志不移…，坚定…，着力增强…。): headings however long, not news told
    one by one (7月26日，…获得金牌。)."""
    shapes = [re.split(r"[，,；;]", lead.rstrip("。！？!?")) for lead in leads]
    return (
        len(leads) >= 2
        and len({len(clauses) for clauses in shapes}) == 1
        and 2 <= len(shapes[0]) <= 4
        and all(3 <= len(clause) <= PARALLEL_CLAUSE for clauses in shapes for clause in clauses)
        and not any(re.search(r"[0-9０-９]", lead) for lead in leads)
    )


def quoted_item(m: LabelMatch, after: str) -> bool:
    """The label brings in a quotation with a colon and the lead sentence after it is that quotation
    (第一条：“写不出的时候不硬写。”): an item quoted from another's text (第一部分“…”。 names a part)."""
    after = after.lstrip()
    if m.label.rstrip()[-1:] not in "：:" or not after.startswith(("“", "「")):
        return False
    close = after.find("”" if after[0] == "“" else "」")
    return close < 0 or close + 1 >= first_sentence_end(after)


def _quoted_leads(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """Every item's lead sentence is a quotation: a list quoted from another's text."""
    for c in run.items:
        m = style_match(c, run.style) or c.matches[0]
        if not quoted_item(m, body[c.para].text[c.pos + m.end :]):
            return False
    return True


# 召开这次会议的主要目的是： / 主要有三个方面的目的：, right before a list inside the paragraph
_AIMS = re.compile(r"目的(?:是|有)?[：:]\s*$")
INLINE_TOP_STYLES = ("一是", "一要", "第一，")  # numbered enumerations; 首先/一方面 inside a paragraph are turns of phrase
INLINE_SHARE = 0.2  # share of the body's characters the lists must span, first item to the end of the last paragraph
CLAUSE_LIST_SHARE = 0.4  # share of the body's characters a list said as one sentence's clauses spans to be its points


# what a speaker counts as his own parts: what he says, asks or pledges (讲三点意见 / 提三点要求 / 做到三点), not
# facts he reports (面临三个方面的困难 / 存在以下问题)
_OWN_PARTS = re.compile(r"讲|提(?![高升前供])|谈|说|介绍|概括|强调|表.{0,2}态|做到|抓好|做好|希望|要求|意见|建议|共识")


# 我有一些体会想与你们分享。 / 谈几点感受：: the speaker's own few things, not counted, that he shares
_SHARED_FEW = re.compile(r"(?:一些|几点|几个|几条)(?:[^。！？!?，,]{0,4})(?:体会|心得|感受|感悟|想法)[^。！？!?，,]{0,12}$|(?:谈|讲|说|分享)(?:一些|几点)(?:体会|心得|感受|感悟|想法)")


def _speakers_count(run: list[LabelCandidate], body: list[SourceParagraph]) -> bool:
    """The sentence right before ``run`` counts as many items as it has, and names them as the speaker's own parts;
    or names, uncounted, the few things of his own he shares (我有一些体会想与你们分享。)."""
    words = _words_before(run[0], body)
    sentence = re.split(r"[。！？!?]", words.rstrip("。！？!? "))[-1]
    counted = count_in(sentence)
    return (counted == len(run) and bool(_OWN_PARTS.search(sentence))) or (counted is None and bool(_SHARED_FEW.search(sentence)))


def _span_share(run: list[LabelCandidate], body: list[SourceParagraph], total: int) -> float:
    """The share of the body's ``total`` characters from ``run``'s first item to the end of its last item's first
    sentence (a list of clauses ends there; what its paragraph says after it is not the list's)."""
    last = body[run[-1].para].text
    end = run[-1].pos + first_sentence_end(last[run[-1].pos :])
    return (sum(len(p.text) for p in body[run[0].para : run[-1].para]) + end - run[0].pos) / (total or 1)


INLINE_ITEM_TEXT = 15  # characters said after an item's lead sentence: a point has something said under it
INLINE_ITEM_SENTENCE = 60  # characters; an item that is one sentence this long says something too
INLINE_TOLD_ITEM = 30  # characters; so does one of a list whose count was said before it


def _developed(
    run: list[LabelCandidate], style: str, body: list[SourceParagraph], brought_in: bool = False, told: bool = False
) -> bool:
    """Every item of a list inside one paragraph goes on after its lead sentence (一是…。即…。二是…), or, in a
    list ``brought_in`` by words that say it comes (…处理好以下关系。), is one sentence of substance
    (一是要坚持…相统一，…。 running past INLINE_ITEM_SENTENCE); not a list of bare phrases
    (三点考虑：一是再鼓干劲。二是分解任务。三是加压奋进。). A list ``told`` (as many items as the words before
    it count: 说三句话。第一句，…) needs only a sentence of INLINE_TOLD_ITEM under each item."""
    text = body[run[0].para].text
    ends = [c.pos for c in run[1:]] + [len(text)]
    sentence = INLINE_TOLD_ITEM if told else INLINE_ITEM_SENTENCE
    for c, end in zip(run, ends, strict=True):
        m = style_match(c, style) or c.matches[0]
        after = text[c.pos + m.end : end]
        if len(after) - first_sentence_end(after) < INLINE_ITEM_TEXT and not (brought_in and len(after) >= sentence):
            return False
    return True


def inline_runs(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
    """No run at paragraph starts: lists said inside paragraphs (…提升：一是…。二是…。三是…。), each numbered
    1, 2, 3 … in one paragraph, with lead sentences that read as headings (short, or opening alike), are the
    speech's points (its only numbered structure) when they span a fifth of the body or more; a list told in
    passing (我们做了三件事：第一，决定了…，这就是…。) has neither. Every such list counts, in reading order."""
    items: list[LabelCandidate] = []
    total = sum(len(p.text) for p in body)  # the body's characters, once for every list's share
    style = ""
    introduced: set[int] = set()  # serials of the first items of lists brought in by words that say so
    by_para: dict[int, list[LabelCandidate]] = {}
    for c in cands:
        if not c.at_start:
            by_para.setdefault(c.para, []).append(c)
    for c in cands:  # (谈三点体会。 / 一是…。…。二是…。…。三是…。: a list that opens its paragraph, the rest said in it)
        if c.at_start and c.para in by_para:
            by_para[c.para].insert(0, c)
    for found in by_para.values():
        for s in INLINE_TOP_STYLES:
            runs: list[list[LabelCandidate]] = [[]]
            for c in found:
                m = style_match(c, s)
                if m is None or m.index is None:
                    continue
                run = runs[-1]
                if m.index == len(run) + 1:
                    run.append(c)
                elif m.index == 1 and len(run) < 2:
                    runs[-1] = [c]
                elif m.index == 1:
                    runs.append([c])  # a second list in the paragraph (目的：一是…；三是…。特点：一是…)
                else:
                    break  # a list that skips inside its paragraph: no plain run
            runs = [r for r in runs if len(r) >= 2]
            for run in runs:
                if _AIMS.search(body[run[0].para].text, 0, run[0].pos):
                    continue  # the meeting's aims, said in the opening, are not the speaker's points
                # (a list the speaker counts as his own, or that is most of a short speech, is its points whether or
                # not its items go on past their clause: 强调两点：一是盯紧重点路段，…；二是做好信息发布，…。, as seventeen
                # writers read it and eight did not; corpus/ANNOTATION.md counts a list so brought in as a level)
                clauses = _clause_list(run, body)  # (whose lead sentences are the whole list: no measure of headings)
                if clauses and not (_span_share(run, body, total) >= CLAUSE_LIST_SHARE or _speakers_count(run, body)):
                    continue  # (…主要表现在：一是…；二是…；三是…。: one sentence's clauses among the speech's other parts)
                brought_in = _brought_in(run[0], body)
                # (…说三句话。第一句，…第二句话，…第三句话，…: as many items as the words before them count need no
                # lead sentences that read as headings)
                told = brought_in and count_in(_words_before(run[0], body)) == len(run)
                parallel = _parallel_leads(LabelRun(s, run, None), body)
                # (提三点希望：一是敢闯敢试，…。二是抱团发展，…。三是…。: short sentences the speaker counts as his own
                # parts, as his clauses are, whether or not they open alike: 我提三点要求：一是各年级组…。二是总务处…。)
                own = told and _speakers_count(run, body)
                if clauses or own or ((parallel or told) and _developed(run, s, body, brought_in, told)):
                    items.extend(run)
                    style = style or s
                    # (a told list of unlike leads must span its share of the body; a list of clauses the speaker
                    # counts as his own need not: 我们将着力做好三个方面工作：一是…；二是…；三是…。)
                    if (brought_in and parallel) or clauses:
                        introduced.add(run[0].serial)
            if runs:
                break
    if not items:
        return _points_after_stories(cands, body, total)
    items.sort(key=lambda c: c.serial)
    first, last = items[0], items[-1]
    span = sum(len(p.text) for p in body[first.para : last.para + 1]) - first.pos
    # (…处理好以下关系。一是…: a list brought in by words that say so needs no share of the body)
    if span < INLINE_SHARE * total and first.serial not in introduced:
        return None
    return LabelRun(style, items, None)


def _points_after_stories(cands: list[LabelCandidate], body: list[SourceParagraph], total: int) -> LabelRun | None:
    """…他当年写下的报告成了重要文献。第一，要有做“少数派”的勇气。人云亦云是最容易的…: a speech that tells a story
    and then says its point, each point a 第一， / 第二， … after a sentence inside its own paragraph, counting on from
    第一 over paragraphs in order, with lead sentences that read as headings (parallel, or as many as the opening
    counts), spanning INLINE_SHARE of the body or more. No label of the style opens a paragraph, and no paragraph
    holds two of them (a list said in one is ``inline_runs``' to read)."""
    style = "第一，"
    if any(c.at_start and style_match(c, style) for c in cands):
        return None
    found = [(c, m) for c in cands if not c.at_start and (m := style_match(c, style)) is not None and m.index]
    paras = [c.para for c, _ in found]
    if len(found) < 2 or len(set(paras)) != len(paras) or [m.index for _, m in found] != list(range(1, len(found) + 1)):
        return None
    run = [c for c, _ in found]
    if any(body[c.para].text[: c.pos].rstrip()[-1:] not in SENTENCE_ENDS for c in run):
        return None
    told = count_in(body[run[0].para - 1].text + body[run[0].para].text[: run[0].pos]) == len(run) if run[0].para else False
    if not (told or _parallel_leads(LabelRun(style, run, None), body)) or _span_share(run, body, total) < INLINE_SHARE:
        return None
    return LabelRun(style, run, None)


def _clause_list(run: list[LabelCandidate], body: list[SourceParagraph]) -> bool:
    """一是要…；二是要…；三是要…。: items in one paragraph that are clauses of one sentence, each but the last ending
    at a semicolon with no sentence end inside (points said inline are sentences: 第一，…。…。第二，…)."""
    text = body[run[0].para].text
    if any(c.para != run[0].para for c in run):
        return False
    items = [text[a.pos : b.pos].rstrip() for a, b in zip(run, run[1:], strict=False)]
    return all(item.endswith(("；", ";")) and not re.search("[。！？!?]", item) for item in items)


# 一 重工业和轻工业、农业的关系: a numeral set apart by a space on a short line of its own is an 一、 heading
_SPACED_NUMERAL = re.compile(
    r"^([一二三四五六七八九十]{1,3}|\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff“])"
    r"(?![年月日号时点分秒个位名家项次批届期万亿元岁天周])"  # 5 月 8 日… / 3 家企业…: a figure, no number
)

# 党八股的第一条罪状是： / 第七条罪状是：: an ordinal with its owner and noun, then 是 and a colon, opening a paragraph
OWNED_ORDINAL = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}的)?第([一二三四五六七八九十]{1,3})(?:条|点|个|项)[\u4e00-\u9fff]{1,4}是[：:]\s*")


def named_ordinal(text: str) -> list[LabelMatch]:
    """预见一：资产紧俏，并购流行。 (the label run in from its own line, outline_rules.NAMED_ORDINAL) as a heading's label."""
    m = NAMED_ORDINAL.match(text)
    # (a heading line after it, no text: 场景一：学生身心健康数据及应用。医务室…, a case told, is no such thing)
    heading_line = m is not None and first_sentence_end(text[m.end() :]) >= len(text[m.end() :].rstrip())
    n = parse_chinese_number(m.group("n")) if m and heading_line and not m.group("word").endswith("第") else None
    # (a heading's style, not 第一，'s: the things' own text counts 第一，第二， in turn)
    return [LabelMatch("（一）", n, m.group(0).rstrip(), m.end())] if m and n else []


def owned_ordinal(text: str) -> list[LabelMatch]:
    m = OWNED_ORDINAL.match(text)
    n = parse_chinese_number(m.group(1)) if m else None
    return [LabelMatch("第一，", n, m.group(0).rstrip(), m.end())] if m and n else []


# ## 03 期待 / ## 02 CloudWeGo 简介: a number with its leading zero on a heading line is a label whatever word follows
# (03 期 would be a figure)
_PADDED_NUMERAL = re.compile(r"^(0[1-9])[ \u3000]+(?=[\u4e00-\u9fff“A-Za-z])")


def spaced_numeral(text: str, heading: bool = False) -> list[LabelMatch]:
    """一 形势和任务 / 1 找人是管理的第一个切入点 / 01 业务背景: a number set apart by a space before a short heading (any
    words at all on a ``heading`` line of its own, a Markdown ## 01 概述)."""
    m = _SPACED_NUMERAL.match(text) or (_PADDED_NUMERAL.match(text) if heading else None)
    rest = text[m.end() :].rstrip().removesuffix("？").removesuffix("?") if m else ""  # (…能否变成好事？)
    if m is None or not (short_heading(rest) or (heading and rest and ends_no_sentence(rest) and len(rest) <= SHORT_LEAD)):
        return []
    token = m.group(1)
    if token.isdigit():  # 1 找人是管理的第一个切入点: an Arabic number set apart so is a 1. heading
        return [LabelMatch("1.", int(token), m.group(0).rstrip(), m.end())] if int(token) else []
    n = parse_chinese_number(token)
    return [LabelMatch("一、", n, m.group(0).rstrip(), m.end())] if n else []


PREVIEW_ITEM = 40  # characters; an item of a list said before it is developed (a line, or a part of a paragraph) is this short at most


def drop_previews(cands: list[LabelCandidate], body: list[SourceParagraph]) -> None:
    """（一）…（二）…（三）… listed line by line, then developed from （一） again: the list is opening text."""
    starts = [c for c in cands if c.at_start and c.matches[0].index == 1 and c.matches[0].style in HEADING_RANK]
    drop: set[int] = set()
    for first in starts:
        style = first.matches[0].style
        preview = [first]
        while True:
            nxt = next((c for c in cands if c.at_start and c.para == preview[-1].para + 1), None)
            m = style_match(nxt, style) if nxt else None
            if nxt is None or m is None or m.index != len(preview) + 1 or len(body[nxt.para].text) > PREVIEW_ITEM:
                break
            preview.append(nxt)
        if len(preview) < 2 or len(body[first.para].text) > PREVIEW_ITEM:
            continue
        head = body[first.para].text[first.matches[0].end :][:4]
        again = any(
            c.at_start and c.para > preview[-1].para and (m := style_match(c, style)) and m.index == 1
            and body[c.para].text[m.end :].startswith(head)
            for c in cands
        )
        if again:
            drop.update(id(c) for c in preview)
    drop.update(id(c) for c in _said_before_developed(cands, body))
    drop.update(id(c) for c in _restated_under_line(cands, body))
    if drop:
        cands[:] = [c for c in cands if id(c) not in drop]


_ORDINAL_PART = re.compile(r"第[一二三四五六七八九十]{1,3}(?:个问题|个方面|部分|点|讲)")


def _restated_under_line(cands: list[LabelCandidate], body: list[SourceParagraph]) -> list[LabelCandidate]:
    """第一个问题：什么是法治思维 / 先讲第一个问题。法治思维这个词… / … / 最后讲第三个问题，怎么办。…: the paragraph right
    under a heading line whose first sentence says the line's 第N个问题 again opens its text; its label is no item."""
    found = []
    labelled = {d.para for d in cands if d.at_start}
    for c in cands:
        if not c.at_start or c.para - 1 not in labelled:
            continue
        line = body[c.para - 1].text
        said = _ORDINAL_PART.match(line)
        if said is None or len(line) > PREVIEW_ITEM or not ends_no_sentence(line):
            continue
        if not line[said.end() :].strip("：:，,、 \u3000"):  # (## 第四个方面 / 第四个方面是作风。…: the line a bare label, its words below)
            continue
        text = body[c.para].text
        end = first_sentence_end(text)
        if said.group() in text[: end if end > 0 else len(text)]:
            found.append(c)
    return found


def _said_before_developed(cands: list[LabelCandidate], body: list[SourceParagraph]) -> list[LabelCandidate]:
    """…有四点要普及：第一点，…；第二点，…；第三点，…。 then 第一，… / 第二，… / 第三，… opening the paragraphs that
    follow it: the short items said inside one paragraph name the list the next paragraphs develop; the
    developed list is the one read."""
    said: list[LabelCandidate] = []
    by_para: dict[int, list[LabelCandidate]] = {}
    for c in cands:
        by_para.setdefault(c.para, []).append(c)
    for para, group in by_para.items():
        inline = [c for c in group if not c.at_start]
        if len(inline) < 2:
            continue
        style = inline[0].matches[0].style
        items = [style_match(c, style) for c in inline]
        if any(m is None for m in items) or [m.index for m in items] != list(range(1, len(items) + 1)):
            continue
        text = body[para].text
        ends = [c.pos for c in inline[1:]] + [len(text)]
        if any(end - c.pos > PREVIEW_ITEM for c, end in zip(inline, ends, strict=True)):
            continue
        developed = [(c.para, m.index) for c in cands if c.at_start and c.para > para and (m := style_match(c, style))]
        numbers = [n for _, n in developed[: len(items)]]
        if developed and developed[0][0] == para + 1 and numbers == list(range(1, len(items) + 1)):
            said.extend(inline)
    return said


