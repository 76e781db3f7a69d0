"""Points and sub-points that carry no number.

A speech that numbers nothing still sets its points apart: standalone short lines over paragraphs of text
(``standalone_run``), short questions in their place, short one-sentence lines, the speaker's own lines naming
the next topic, the same opening clause heading each part (``repeated_opening_clauses``). Under a numbered
point, paragraphs that open alike (``parallel_openings``) and bold clause leads inside a paragraph
(``bold_clauses``) are sub-points. ``unnumbered_run`` makes candidates of such lines, for the parser to walk
as it walks numbered ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import partial

from ..zh.labels import HEADING_RANK, LabelMatch, first_sentence_end, match_label
from ..zh.numerals import parse_chinese_number
from .announcements import LESSONS_COMING, LIST_COMING, announced_count, count_in, count_said
from .header import LEAD_SURNAMED, exclaimed_salutation, salutation_line
from .label_runs import DASH, LabelCandidate, LabelRun, place_candidates
from .outline_records import SourceParagraph
from .outline_rules import (
    CJK_CHAR,
    SHORT_LEAD,
    TERMINAL,
    common_prefix,
    ends_no_sentence,
    short_sentence_line,
)
from .spoken_labels import FILLER, NOT_A_TOPIC, SPEAKER


def unnumbered_run(cands: list[LabelCandidate], kept: list[LabelCandidate], lines: list[int], last: int) -> LabelRun:
    """Unnumbered points at paragraphs ``lines``: a candidate of their own each, put among ``kept``
    (what stays of ``cands``), and every candidate numbered in order again."""
    items = [LabelCandidate(i, 0, [LabelMatch("#1", 0, "", 0)], True) for i in lines]
    place_candidates(cands, kept, items)
    return LabelRun("#1", items, last)


# 全面建成小康社会，我国广大知识分子… / 全面建成小康社会，我国亿万劳动群众… / 全面建成小康社会，广大青年…: the same
# opening clause heading each part of an unnumbered speech, a few paragraphs apart
REPEATED_CLAUSE = (6, 14)  # characters of Chinese in the repeated opening clause: a thesis, not a connective (因此，)
CHARGED_CLAUSE = 4  # characters, at least, of one that charges the hearers after it (学习老高，就要…) or counts
# 第一种品格 / 第二种品格 / 第三种品格: a clause that counts the parts by an ordinal and names what they are
_COUNTED_CLAUSE = re.compile(r"^第([一二三四五六七八九十]{1,2})([种条项件位堂门层]?[\u4e00-\u9fff]{1,4})(?=[，,]|$)")
CLAUSE_FIGURES = 2  # figures the clause may hold besides (纪念北岭抗日根据地创建85周年，就是要…: the years counted)


REPEATED_LEAD = 60  # characters; the lead sentence of each part is at most this long


CHARGED_TAIL = 3  # the same for charges said in a row or parts counted, whose last part's arrangements run on after it
REPEATED_TAIL = 1.5  # the text after the last part's start, at most, in the longest part before it


def repeated_opening_clauses(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
    """Three to nine unlabelled paragraphs that open with the same clause (up to its comma) and a short lead
    sentence, spread over the body with text between them (each heads a part, not a list read out in a row),
    or charging the hearers (学习老高，就要学习他…) or counting the parts from one in order (第一种品格，… 第二种品格，…)
    in a row or not: the speech's points, unnumbered; each one's lead sentence is its heading."""
    labelled = {c.para for c in cands if c.at_start}
    groups: dict[tuple[bool, str], list[int]] = {}  # (counted by an ordinal, the clause or what it counts): paragraphs
    charges: set[int] = set()  # paragraphs whose clause charges the hearers after it (…，就要…)
    ordinals: dict[int, int | None] = {}  # paragraph: the ordinal its clause counts with (第一种品格，…)
    for i, p in enumerate(body):
        comma = next((k for k, ch in enumerate(p.text[: REPEATED_CLAUSE[1] + CLAUSE_FIGURES + 1]) if ch in "，,"), None)
        if comma is None or i in labelled or salutation_line(p.text[: comma] + "："):
            continue
        clause = p.text[:comma]
        chinese = len(CJK_CHAR.findall(clause))
        figures = len(re.findall(r"\d", clause))
        # (学习老高，就要学习他… / 第一种品格，是…: a shorter clause will do when what it charges follows it, or when it
        # counts the parts)
        ordinal = _COUNTED_CLAUSE.match(clause)
        charging = bool(_CHARGE_AFTER.match(p.text, comma + 1))
        shortest = CHARGED_CLAUSE if ordinal or charging else REPEATED_CLAUSE[0]
        thesis = shortest <= chinese <= REPEATED_CLAUSE[1] and figures <= CLAUSE_FIGURES and chinese + figures == len(clause)
        if thesis and first_sentence_end(p.text) <= REPEATED_LEAD:
            groups.setdefault((True, ordinal.group(2)) if ordinal else (False, clause), []).append(i)
            if charging:
                charges.add(i)
            if ordinal:
                ordinals[i] = parse_chinese_number(ordinal.group(1))
    for (by_ordinal, _), lines in groups.items():
        gaps = sum(b - a > 1 for a, b in zip(lines, lines[1:], strict=False))
        # (纪念赵永福同志，就是要学习他…。 ×4 in a row, each a developed paragraph: a charge said again, one per part)
        charged = all(i in charges and len(body[i].text) >= 2 * first_sentence_end(body[i].text) for i in lines)
        # (第一种品格，… 第二种品格，… 第三种品格，…: parts counted from one in order, in a row or not)
        counted = by_ordinal and [ordinals[i] for i in lines] == list(range(1, len(lines) + 1))
        if not (MIN_PARALLEL <= len(lines) <= 9 and (gaps == len(lines) - 1 or charged or counted)):
            continue
        # the parts run to the end: what follows the last is no longer than the longest part before it (in
        # characters, so that a page's short lines after the speech weigh little)
        parts = [sum(len(p.text) for p in body[a:b]) for a, b in zip(lines, lines[1:], strict=False)]
        if sum(len(p.text) for p in body[lines[-1] :]) <= (CHARGED_TAIL if charged or counted else REPEATED_TAIL) * max(parts):
            return unnumbered_run(cands, list(cands), lines, len(lines))
    return None


# 从教学目标上看，这节课定位是准的。 / 从项目建设上看，… / 从质量效益来看，…: the point of view each point is
# taken from, the frame a reviewer's or a report's parallel points open with
VIEWPOINT = re.compile(r"^从([\u4e00-\u9fff“”]{2,10}?)(?:上|方面)?来?看[，,]")
VIEWPOINT_GAP = 3  # paragraphs from one framed paragraph to the next, at most (its text between)


def viewpoint_frames(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
    """Three to nine unlabelled paragraphs in a run, each opening with its own point of view (从…上看，): the
    speech's points, unnumbered; each one's lead sentence, frame included, is its heading."""
    labelled = {c.para for c in cands if c.at_start}
    framed: dict[int, str] = {}  # paragraph: the point of view it opens with
    for i, p in enumerate(body):
        if i in labelled or not (m := VIEWPOINT.match(p.text)):
            continue
        if framed and i - max(framed) > VIEWPOINT_GAP:
            if len(framed) >= MIN_PARALLEL:
                break
            framed = {}
        framed[i] = m.group(1)
    if not MIN_PARALLEL <= len(framed) <= 9 or len(set(framed.values())) != len(framed):
        return None
    return unnumbered_run(cands, list(cands), list(framed), len(framed))


_CHARGE_AFTER = re.compile(r"(?:就是要|就要|必须)")  # 纪念…同志，就是要学习他…: what the repeated clause charges


# Paragraph openings that differ only in an ordinal or a quoted term: 第一阶段为… 第二阶段为… / 第一难，是… /
# 第一件大事，是… / 所谓“工作项目化”，就是… 所谓“项目目标化”，就是… (not days or years told in order, 第一天，…, nor
# pieces read out, 第一篇，是从…摘下来的)
_PARALLEL_OPENING = re.compile(
    r"^(?:第([一二三四五六七八九十]{1,3})个?(?![天年月周夜晚篇])([\u4e00-\u9fff]{1,3}?)(?:[，,]是?|为|是)|([\u4e00-\u9fff]{2,4})“[^”]{1,12}”[，,])"
)


def _counts_before(text: str, word: str) -> int | None:
    """How many of ``word`` the paragraph ``text`` counts (从现在到本世纪中叶可以分两个阶段来安排。 → 2 阶段), if it does."""
    said = re.findall(rf"([两二三四五六七八九十])\s*个?{re.escape(word)}", text)
    return parse_chinese_number(said[-1]) if said and word else None


PARALLEL_STYLE = "#4"  # unnumbered sub-points sit below every numbered heading style
LISTS_UNDER_STYLE = "#3"  # ... but above 1. and （1）, when a numbered list opens right under one of them


MIN_PARALLEL = 3
MIN_COUNTED = 2  # items, at least, of a list whose count is said before it


def parallel_openings(cands: list[LabelCandidate], body: list[SourceParagraph], top: set[int], *, headed: bool = True) -> None:
    """Within each top point (paragraphs ``top`` open them), three or more paragraphs whose openings are the
    same words but for an ordinal counting on from 1 or a quoted term (第一阶段为…，第二阶段为…，第三阶段为… /
    所谓“…”，就是… ×3; two when the paragraph before counts them, 分两个阶段来安排。), or in a row with alike short
    leads the heading names (``_alike_leads``), or topic lines framed alike anywhere in the part (``_framed_lines``),
    are its sub-points, unnumbered; their first sentence, ordinal included, is the heading.
    Only paragraphs with no label of their own count. Under points that are no headings (``headed`` False: 第一，…
    said in a paragraph), only an ordinal run (第二个问题：…？ / 第一难，是… ×3) and the requirements a point's heading
    announces (``_required_leads``)."""
    # (先说工业战线上的情况 / … / 最后说到文教战线上的情况: short lines the speaker opens with an order word stand with the
    # part's other sub-heading lines, not as a count of their own)
    ordered = {c.para for c in cands if c.at_start and all(m.style == "首先" for m in c.matches) and _sub_heading_line(body[c.para].text)}
    labelled = {c.para for c in cands if c.at_start} - ordered
    found: list[LabelCandidate] = []
    starts = sorted(top) + [len(body)]
    parts = list(zip(starts, starts[1:], strict=False))
    # (a report whose parts set their sub-headings as topic lines: read every part alike)
    strict = [_part_topic_lines(body, a, b, labelled) if headed else [] for a, b in parts]
    report = sum(1 for topics in strict if topics) >= REPORT_TOPIC_PARTS
    # (（一）聚力促进更高水平开放 / 推动…红利加速释放。: a part with numbered headings of its own has its topic lines below them)
    numbered = {c.para for c in cands if c.at_start and any(m.style in HEADING_RANK for m in c.matches)}
    for (a, b), topics in zip(parts, strict, strict=True):
        groups: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for i in range(a + 1, b):
            m = _PARALLEL_OPENING.match(body[i].text) if i not in labelled else None
            if m is None or not (headed or m.group(1)):  # (an ordinal run counts under a run-in point too)
                continue
            if m.group(1):
                n = parse_chinese_number(m.group(1))
                if n:
                    groups.setdefault(("第", m.group(2)), []).append((i, n))
            else:
                groups.setdefault(("“", m.group(3)), []).append((i, 0))
        as_report = report and not any(a < i < b for i in numbered)
        if as_report:
            topics = _part_topic_lines(body, a, b, labelled, report=True)
        sub_headings = partial(_sub_heading_lines, topics=topics)
        finders = (
            _alike_leads, _short_alike_leads, _counted_alike_leads, _counted_openers, _named_openers, _announced_leads, _required_leads,
            sub_headings,
            _framed_lines,
        )
        finders = finders if headed else (_required_leads,)
        for find in finders:
            for run in find(body, a, b, labelled):
                if {j for items in groups.values() for j, _ in items} & set(run):
                    continue  # (第一个水分是…。 ×3 under 三个“水分”：: already read as an ordinal run)
                # (a count the part says names its items: two are a list, 做到“两个严禁”; a report's topic lines: two
                # are its sub-headings, as its other parts' are)
                kind = "数" if find is _counted_openers else "报" if as_report and find is sub_headings else "同"
                groups[(kind, str(run[0]))] = [(i, 0) for i in run]
        for (kind, word), items in groups.items():
            # (分两个阶段来安排。 / 第一个阶段，… / 第二个阶段，…: an ordinal run as long as the paragraph before counts it)
            counted = kind == "第" and _counts_before(body[items[0][0] - 1].text, word) == len(items)
            if len(items) < {"数": MIN_COUNTED, "报": MIN_REPORT_TOPICS}.get(kind, MIN_COUNTED if counted else MIN_PARALLEL):
                continue
            if kind == "第" and [n for _, n in items] != list(range(1, len(items) + 1)):
                continue  # an ordinal run counts on from 1 with no gap
            # (人才队伍建设成效明显 / 1.高层次人才引育取得实效。… 2.…: the numbered list under a sub-point is its own)
            style = LISTS_UNDER_STYLE if any(i + 1 in labelled for i, _ in items) else PARALLEL_STYLE
            found.extend(LabelCandidate(i, 0, [LabelMatch(style, 0, "", 0)], True) for i, _ in items)
    if found:
        taken = {c.para for c in found} & ordered
        place_candidates(cands, [c for c in cands if not (c.at_start and c.para in taken)], found)


MIN_BULLETED = 2  # list items with bold leads in a row, at least, to be a point's sub-points
BULLET_LEAD = 16  # characters; a plain list item's lead (before its ： or first 。) this long at most
BULLET_TEXT = 10  # characters, at least, that the item goes on with after its lead


def bulleted_sub_points(cands: list[LabelCandidate], body: list[SourceParagraph], top: set[int], *, led: bool) -> None:
    """Within each top point (paragraphs ``top`` open them, numbered or not), Markdown list items in a row that
    open with a lead are its sub-points, unnumbered; the lead is the heading. ``led``: the points are headings
    (lines of their own), so a bold or short lead is enough (``_bulleted_leads``); under any point, items led by
    a word or two that the paragraph before them counts (``_counted_short_leads``), and items of any shape right
    after a paragraph that counts as many (``_counted_list_items``)."""
    labelled = {c.para for c in cands if c.at_start}
    starts = sorted(top) + [len(body)]
    items = {
        i
        for a, b in zip(starts, starts[1:], strict=False)
        for run in [
            # (**三要守住“三道关”。** over - **守住来料关。**… ×3: under a run-in point, list items each led in bold)
            *_bulleted_leads(body, a, b, labelled, bold_only=not led),
            *(_bold_paragraph_leads(body, a, b, labelled) if led else []),
            *(_bold_topic_paragraphs(body, a, b, labelled) if led else []),
            *(_bullets_alone(body, a, b, labelled) if led else []),
            *_counted_short_leads(body, a, b, labelled),
            *_counted_list_items(body, a, b, labelled),
        ]
        if len(run) >= MIN_BULLETED
        for i in run
    }  # (a list both led and counted is one list)
    found = [LabelCandidate(i, 0, [LabelMatch(PARALLEL_STYLE, 0, "", 0)], True) for i in sorted(items)]
    if found:
        place_candidates(cands, list(cands), found)


def _bulleted_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int], *, bold_only: bool = False) -> list[list[int]]:
    """Under the point at paragraph ``a`` (its part runs to ``b``), Markdown list items in a row that each open
    with a bold lead (- **物流公司党委：**… / - **投身科技创新。**…), or (not ``bold_only``) a short plain one: a list
    the writer set out, its items the point's sub-points."""
    runs: list[list[int]] = []
    for i in range(a + 1, b):
        p = body[i]
        led = p.bold_lead or bool(p.bold_phrases and p.text.startswith(p.bold_phrases[0]) and len(p.text) > len(p.bold_phrases[0]))
        item = p.bulleted and (led or (not bold_only and _plain_lead(p.text))) and i not in labelled
        if item and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif item:
            runs.append([i])
    return runs


MIN_BULLETS_ALONE = 3  # list items, at least, that make up a heading's whole part
BULLET_PHRASE = 16  # characters of such an item, at most
_CLAUSE_MARK = re.compile(r"[，,；;。！？!?](?=.)")


def _bullets_alone(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """## 技术社区需要什么样的文化？ / - 用实力赢得信任和尊重 / - 自律：对结果负责 / … ×6: the heading at paragraph ``a``
    has nothing under it but Markdown list items, MIN_BULLETS_ALONE at least, each a short phrase: its sub-points, the
    part's whole content. Not items of sentences (a speaker's notes under a heading: - 县委组织部将成立督导组，对…),
    nor a list after a paragraph of text (我关注：/ - 开源文化现象，: a sentence's names, set out)."""
    items = list(range(a + 1, b))
    phrases = all(
        body[i].bulleted and i not in labelled and len(body[i].text.strip()) <= BULLET_PHRASE and not _CLAUSE_MARK.search(body[i].text.strip())
        for i in items
    )
    return [items] if len(items) >= MIN_BULLETS_ALONE and phrases else []


def _bold_paragraph_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the heading at paragraph ``a``, paragraphs (no list items) that open with a short lead sentence set in
    bold (**要端正态度，不找借口。** 巡察发现的问题，…), plain paragraphs between them or not: the heading's sub-points."""
    found = [
        i for i in range(a + 1, b)
        if body[i].bold_lead and not body[i].bulleted and not body[i].heading_level and i not in labelled
        and len(body[i].text) > first_sentence_end(body[i].text)
    ]
    # (a bold lead of a whole thesis, 我们党是靠革命理想和铁的纪律组织起来的马克思主义政党。, is emphasis, not a list's)
    return [found] if found and all(first_sentence_end(body[i].text) <= BOLD_SUB_LEAD + 1 for i in found) else []


BOLD_SUB_LEAD = 20  # characters of a bold lead sentence that heads a sub-point, at most
BOLD_TOPIC = 12  # characters of a bold topic before its colon (**升级成本高**：…), at most
MIN_BOLD_TOPICS = 3  # paragraphs in a row, at least, that open with bold topics, for a heading's sub-points


def bold_topic_end(p: SourceParagraph) -> int | None:
    """**升级成本高**：SDK 是需要…: where a paragraph's short topic in bold ends, its colon included, when text follows."""
    first = p.bold_phrases[0].strip() if p.bold_phrases else ""
    n = len(first)
    if 2 <= n <= BOLD_TOPIC and p.text.startswith(first) and p.text[n : n + 1] in ("：", ":") and len(p.text) - n > BULLET_TEXT:
        return n + 1
    return None


def _bold_topic_paragraphs(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the heading at paragraph ``a``, MIN_BOLD_TOPICS or more paragraphs in a row that open with a topic of
    their own in bold and its colon (**升级成本高**：… / **版本碎片化**：… / **跨语言无法治理**：…): the heading's
    sub-points. Not a transcript's turns (**主持人**：… / **郭平**：… / **徐直军**：…): a speaker tag is a name or a part
    in the talk, and speakers come again in the page."""
    runs: list[list[int]] = []
    for i in range(a + 1, b):
        p = body[i]
        topic = i not in labelled and not p.bulleted and not p.heading_level and bold_topic_end(p) is not None
        if topic and runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        elif topic:
            runs.append([i])
    runs = [run for run in runs if len(run) >= MIN_BOLD_TOPICS]
    if not runs:
        return []  # (most parts: the page's openers are not counted for them)
    openers = Counter(p.bold_phrases[0].strip() for p in body if bold_topic_end(p) is not None)
    return [
        run for run in runs
        if all(openers[t] == 1 and not _TURN_TAG.fullmatch(t) for t in (body[i].bold_phrases[0].strip() for i in run))
    ]


# **郭平**：… / **主持人**：… / **Felix**：…: a person's name or a part in a conversation tags a turn, not a topic
_TURN_TAG = re.compile(rf"{LEAD_SURNAMED}|主持人?|记者|提问|问|答|观众|嘉宾|[A-Za-z][A-Za-z .·-]*")


# - 用人关。… / - 花钱关。…: a list item's lead of a few characters, a sentence of its own
_SHORT_LEAD = re.compile(rf"^[\u4e00-\u9fff“”]{{2,4}}[。！!](?=.{{{BULLET_TEXT},}})")
# 中层干部要把好三道关。 / 抓好三件事： / 可以归纳为以下六点： / 它们拥有四个特性：: the things counted, the list after it
# naming each
_COUNTED_THINGS = re.compile(r"([两二三四五六七八九十])\s*(?:个|道|条|项|种|件|大|点|类)[“\u4e00-\u9fff”]{0,5}[。：:]$")


def _counted_short_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a``, Markdown list items in a row each led by a word or two set as a sentence
    (- 用人关。…), as many as the paragraph before them counts (要把好三道关。): too short to lead on their own (a
    fact's bare noun is as short), the count says they are the things it names."""
    found: list[list[int]] = []
    i = a + 1
    while i < b:
        j = i
        while j < b and j not in labelled and body[j].bulleted and _SHORT_LEAD.match(body[j].text):
            j += 1
        m = _COUNTED_THINGS.search(body[i - 1].text.rstrip()) if j > i else None
        if m is not None and parse_chinese_number(m.group(1)) == j - i:
            found.append(list(range(i, j)))
        i = j + 1
    return found


def _counted_list_items(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a``, Markdown list items in a row right after a paragraph that counts them, as
    many as it counts (以下六点： / - 应用层与基础设施层分离 / … ×6): the things it names, whatever their shape."""
    found: list[list[int]] = []
    i = a + 1
    while i < b:
        j = i
        while j < b and j not in labelled and body[j].bulleted:
            j += 1
        m = _COUNTED_THINGS.search(body[i - 1].text.rstrip()) if j > i and not body[i - 1].bulleted else None
        if m is not None and parse_chinese_number(m.group(1)) == j - i:
            found.append(list(range(i, j)))
        i = j + 1
    return found


# - 经济发展稳中有进：全年… / - 要守信践诺。对企业…: a list item's short lead, a topic before its colon or a sentence;
# - 互联互通：… / - 平滑迁移：…: a topic of four characters before its colon (- 项目：新拿到… / - 毕业：…: a fact's bare
# noun, too short to lead a sub-point)
_PLAIN_LEAD = re.compile(
    rf"^(?:[^，,。！？!?；;：:]{{5,{BULLET_LEAD}}}|[\u4e00-\u9fff]{{4}}(?=[：:]))(?P<mark>[：:]|[。！!])(?=.{{{BULLET_TEXT},}})"
)


def _plain_lead(text: str) -> bool:
    """A Markdown list item that opens with a short lead and goes on after it (no bold to mark the lead)."""
    return bool(_PLAIN_LEAD.match(text))


def bullet_topic_end(text: str) -> int | None:
    """Where a list item's topic before its colon ends, colon included (经济发展稳中有进：…), if it opens so."""
    m = _PLAIN_LEAD.match(text)
    return m.end() if m is not None and m.group("mark") in "：:" else None


# 必须做到“八个聚焦”： / 抓好三个“坚持”：: a count of paragraphs that each open with the quoted word
# (做到“三个引路人”。 / 做学术道路上的引路人。…: or whose lead sentences end with it)
_COUNTED_OPENER = re.compile(r"“?([两二三四五六七八九十]{1,3})个“?([\u4e00-\u9fff]{1,4})”[^。！？：:]{0,6}[：:。]$")
# 二、严格质量考核，做到“两个严禁” / 突出重点，坚持做到“三个必须”。: the point's heading ends by counting them
_COUNTED_IN_HEADING = re.compile(r"“?([两二三四五六七八九十]{1,3})个“?([\u4e00-\u9fff]{1,4})”[^。！？：:，,]{0,6}[：:。！]?$")
COUNTED_LEAD = 20  # characters of a lead sentence that ends with the counted word, at most


def _holds_word(text: str, word: str) -> bool:
    """The paragraph opens with the counted ``word`` (聚焦对外开放，…), or its short lead sentence ends with it
    (要做政治上的明白人。… under 做到“四个人”) or holds it (管行业必须管安全。… under 做到“三个必须”)."""
    lead = text[: first_sentence_end(text)]
    held = lead[:-1].endswith(word) or (len(word) > 1 and word in lead[:-1])  # (一个字 is held by too many leads)
    return text.startswith(word) or (lead[-1:] in "。！!" and len(lead) <= COUNTED_LEAD and held)


def _counted_openers(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a`` (its part runs to ``b``), a paragraph that ends by counting its parts by
    a quoted word (必须做到“八个聚焦”：), or the point's heading ending so (做到“两个严禁”), then as many unlabelled
    paragraphs, and no more, that open with that word (聚焦对外开放，…。) or lead with a short sentence holding it:
    its unnumbered sub-points."""
    found: list[list[int]] = []
    for i in range(a, b):
        if i == a:
            m = _COUNTED_IN_HEADING.search(body[a].text[: first_sentence_end(body[a].text)].rstrip())
        else:
            m = _COUNTED_OPENER.search(body[i].text.rstrip())
        opening = _opening_with_counted_word(body, m, i + 1, b, labelled)
        if opening and len(opening) >= (MIN_COUNTED if i == a else MIN_PARALLEL):
            found.append(opening)
    return found


def _opening_with_counted_word(body: list[SourceParagraph], m: re.Match[str] | None, a: int, b: int, labelled: set[int]) -> list[int]:
    """The unlabelled paragraphs from ``a`` to ``b`` that hold the word a count ``m`` names (``_holds_word``), when
    there are exactly as many as it counts; else none."""
    count = parse_chinese_number(m.group(1)) if m else None
    if m is None or count is None:
        return []
    opening = [j for j in range(a, b) if j not in labelled and _holds_word(body[j].text, m.group(2))]
    return opening if len(opening) == count else []


COUNTED_POINTS_START = 2  # paragraphs from the count to the first point it counts, at most


def counted_opener_points(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
    """No numbered run: a paragraph that ends by counting the speech's parts by a quoted word (周曼宁提出“五个聚焦”。 /
    要在“三个更加”上下功夫。), the first of them right after it, then as many unlabelled paragraphs in the rest of the
    body, and no more, that open with that word (聚焦立德树人，…。) or lead with a short sentence holding it: the
    speech's points, unnumbered (the count names them, as a heading names its parts)."""
    labelled = {c.para for c in cands if c.at_start}
    for i, p in enumerate(body):
        if i in labelled or not (m := _COUNTED_OPENER.search(p.text.rstrip())):
            continue
        lines = _opening_with_counted_word(body, m, i + 1, len(body), labelled)
        if len(lines) >= MIN_PARALLEL and lines[0] - i <= COUNTED_POINTS_START:
            return unnumbered_run(cands, list(cands), lines, len(lines))
    return None


# …理论的主要内容是： / 基本经验主要有：: words that say the parts of something follow
_NAMED_PARTS = re.compile(
    r"(?:主要内容|基本内容|主要经验|基本经验|主要任务|基本要求|主要措施)[^。！？：:]{0,6}[：:]$"
    r"|(?:主要)?做了以下(?:几个?方面的?)?工作[。：:]$"  # (五年来主要做了以下工作。 / 我们…。 ×8: a report's review)
)


def _named_openers(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a`` (its part runs to ``b``), a paragraph that ends by naming the parts that
    follow (…理论的主要内容是：), then three or more unlabelled paragraphs in a row that open with the same words
    (在社会主义的发展道路问题上，… / 在社会主义的发展阶段问题上，…): its unnumbered sub-points."""
    found: list[list[int]] = []
    for i in range(a + 1, b - MIN_PARALLEL):
        if not _NAMED_PARTS.search(body[i].text.rstrip()):
            continue
        run, prefix = [i + 1], body[i + 1].text
        for j in range(i + 2, b):
            prefix = common_prefix([prefix, body[j].text])
            if j in labelled or len(prefix) < NAMED_PREFIX:
                break
            run.append(j)
        if len(run) >= MIN_PARALLEL and i + 1 not in labelled:
            found.append(run)
    return found


# …并把握住以下一些要点。 / 要注意以下几个问题：: words that say the part's parts follow, not counting them
_FOLLOWING_PARTS = re.compile(r"以下(?:几|一些|这些)?个?(?:要点|方面|问题|原则|经验)[。：:]$")
PART_LEAD = 30  # characters of the lead sentence that opens each of those parts, at most


def _announced_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a`` (its part runs to ``b``), a paragraph that ends by saying the part's parts
    follow (…并把握住以下一些要点。), then every paragraph to the part's end unlabelled, each opening with a short
    lead sentence over its text, three at least: its unnumbered sub-points (紧紧抓住经济建设这个中心不放。… /
    改革开放是…必由之路。… ×6, the 1992 report)."""
    for i in range(a, b - MIN_PARALLEL):
        if not _FOLLOWING_PARTS.search(body[i].text.rstrip()):
            continue
        run = list(range(i + 1, b))
        ends = [first_sentence_end(body[j].text) for j in run]
        if all(j not in labelled and end <= PART_LEAD and len(body[j].text) - end >= ALIKE_TEXT for j, end in zip(run, ends, strict=True)):
            return [run]
    return []


ALIKE_PREFIX = 4  # characters the alike lead sentences of unnumbered sub-points open with, at least
NAMED_PREFIX = 2  # characters the paragraphs after words that name the parts open with, at least (我们…)


ALIKE_TAIL = 8  # characters each adds to them, at most (中华文明具有突出的|连续性)
# of as many alike leads as a count says (学习他胸怀祖国…。 学习他勇攀高峰…。 after 主要有四个方面。): the characters they
# open with, at least, and those each adds to the shared words, at most (胸怀祖国、服务人民的爱国情怀)
COUNTED_ALIKE_PREFIX = 3
COUNTED_ALIKE_TAIL = 16


ALIKE_TEXT = 15  # characters said after each lead sentence, at least


def _alike_lead(text: str) -> str:
    """The short lead sentence (no comma, its end mark left off) a paragraph opens with, text said after it; else ""."""
    end = first_sentence_end(text)
    lead = text[:end].rstrip("。！？!?")
    return lead if lead and len(lead) <= SHORT_LEAD and len(text) - end >= ALIKE_TEXT and not re.search(r"[，,]", lead) else ""


SUB_HEADING_LINE = 24  # characters of a sub-heading line that lost its number, at most


def _sub_heading_lines(body: list[SourceParagraph], a: int, b: int, labelled: set[int], *, topics: list[int]) -> list[list[int]]:
    """Under the heading at paragraph ``a`` (its part runs to ``b``), three or more short lines of their own that end
    no sentence, each over a paragraph of text (经济运行稳中向好 / 工…。 / 创新能力持续增强 / …; ◆ 能动履职 服务发展大局),
    or a few over a short sentence that leads into it when three or more others stand right over text:
    sub-headings whose numbers a copy lost, and every such line of the part is one. Lines of clauses (a comma in them)
    are such sub-headings too when three or more open alike (五年来，国民经济保持良好发展势头，… / 五年来，改革开放取得
    突破性进展，… / 五年来，外交工作开创新局面): a report's bold sub-headings set on lines of their own. Three or more
    topic lines (``_topic_sentence_line``: 经济运行保持平稳 / 重大项目扎实推进。), each over a longer paragraph of text,
    the first at the head of the part, and most of the part's short paragraphs (a talk's short sentences said in
    passing are not over text, nor at its head), are the part's sub-headings, as writers read them (the stop-49
    rounds): one list that takes in the lines above when it holds them all. A line over a numbered list of its own
    (``_over_own_list``) stands as one over text does; the list is then the line's (the stop-50 work). ``topics``: the
    part's topic lines (``_part_topic_lines``), found by the caller, which reads a report's parts alike."""
    found = []
    for plain in (True, False):
        lines = [i for i in range(a + 1, b) if i not in labelled and _sub_heading_line(body[i].text, clauses=not plain)]
        if not plain:
            lines = _alike_run(body, lines)
        over_text = [
            (i + 1 < b and i + 1 not in labelled and i + 1 not in lines and len(body[i + 1].text) >= TEXT_UNDER_HEADING)
            or _over_own_list(body, i, labelled)
            for i in lines
        ]
        # (中国问题的关键 / 谈到国内形势，我们还应对…加以具体的分析。 / …: a few lines over a short sentence that leads into
        # their text, when enough others stand over text)
        led_in = [i + 2 < b and i + 1 not in labelled and _short_text_before_more(body, i + 1) for i in lines]
        if sum(over_text) >= MIN_PARALLEL and all(x or y for x, y in zip(over_text, led_in, strict=True)):
            found.append(lines)
    # (经济运行保持平稳 / 重大项目扎实推进。 / …: topic lines with and without a full stop, one list)
    return [topics] if topics and all(set(run) <= set(topics) for run in found) else found


def _part_topic_lines(body: list[SourceParagraph], a: int, b: int, labelled: set[int], *, report: bool = False) -> list[int]:
    """The topic lines over text that are the sub-headings of the part from ``a`` to ``b`` (see ``_sub_heading_lines``);
    else []. ``report``: other parts of the speech have theirs (``REPORT_TOPIC_PARTS``), so two lines are enough, met
    anywhere in the part: a report sets every part's sub-headings alike, and a part of two tasks, or one that opens
    with a paragraph or two on why, has them too (全面展开，突出重点。 / … / 标本兼治，重在治本。)."""
    most = REPORT_TOPIC_LINE if report else TOPIC_LINE
    lines = [
        i for i in range(a + 1, b - 1)
        if i not in labelled and _topic_sentence_line(body[i].text, most)
        and (
            (i + 1 not in labelled and len(body[i + 1].text) >= max(TEXT_UNDER_HEADING, TOPIC_TEXT_RATIO * len(body[i].text))
             and not _topic_sentence_line(body[i + 1].text))
            or _over_own_list(body, i, labelled)
        )
    ]
    short = [i for i in range(a + 1, b) if i not in labelled and len(body[i].text.strip()) <= TOPIC_LINE + 1]
    if report:
        # (一要…。 / 坚决制止各种…的错误做法。 / 二要…: a short sentence going on with a list's item is the item's text)
        short = [i for i in short if i - 1 not in labelled and not (i - 1 in lines and _brings_in_list(body[i].text))]
        enough = len(lines) >= MIN_REPORT_TOPICS
    else:
        enough = len(lines) >= MIN_PARALLEL and lines[0] - a <= TOPIC_LINE_START
    return lines if enough and len(lines) >= TOPIC_LINE_SHARE * len(short) else []


def _over_own_list(body: list[SourceParagraph], i: int, labelled: set[int]) -> bool:
    """The paragraph after line ``i`` opens a numbered list at its first item (加快产业结构优化升级。 / 一要… 二要…; 聚焦质量
    安全 / 一是… 二是…): the line's own list, under it as text is under the others; not a line that brings the list in
    (…积累了宝贵的经验。 / 要注意处理好以下关系。)."""
    line = body[i].text.strip()
    if LIST_COMING.search(line) or LESSONS_COMING.search(line):
        return False
    # (全面展开，突出重点。 / 紧紧围绕当前的突出问题，着力抓好以下几个方面： / 一是…: a sentence of its own that brings the
    # line's list in stands between them)
    first = i + 2 if i + 2 < len(body) and i + 1 not in labelled and _brings_in_list(body[i + 1].text) else i + 1
    return first in labelled and any(m.index == 1 for m in match_label(body[first].text))


LEAD_IN = 40  # characters of a sentence of its own that brings a list in, at most


def _brings_in_list(text: str) -> bool:
    """A short paragraph that only brings a list in (着力抓好以下几个方面：)."""
    bare = text.strip()
    return len(bare) <= LEAD_IN and bool(LIST_COMING.search(bare))


TOPIC_LINE = 30  # characters of a topic sentence on a line of its own, at most
TOPIC_LINE_START = 3  # paragraphs; the first topic line opens the part this soon after its heading
TOPIC_LINE_SHARE = 0.75  # of the part's short paragraphs, at least, are topic lines over text (a talk's are not)
TOPIC_TEXT_RATIO = 1.5  # times the topic line's length, at least, of the paragraph of text under it
REPORT_TOPIC_PARTS = 2  # parts, at least, whose topic lines are sub-headings by the strict reading, for a report's
MIN_REPORT_TOPICS = 2  # topic lines, at least, of one of its other parts
REPORT_TOPIC_LINE = 40  # characters of such a line, at most

# 三、… / 第二，… / 3个… / 一是…: a count opening a line, which the reader read as no label (五年来，… opens with a numeral
# word, no count: only a numeral set off by a mark or space, or followed by 个 / 是 / 要, is one)
_COUNT_OPENING = re.compile(r"第?[一二三四五六七八九十\d]+(?:[、.．，,)）\s]|个|是|要)")


# 现在，我们来看一看… / 同志们，现在让我们把问题转到另一点。 / 注　释: the speaker turning to the next topic, or a
# page's notes, not a report's topic line
_NO_TOPIC_LINE = re.compile(rf"^(?:同志们|朋友们)[，,]|{SPEAKER}(?:来|再|先)?(?:看一看|看看|来看|说|讲|谈)|让{SPEAKER}|^注\s*释$")


def _topic_sentence_line(text: str, most: int = TOPIC_LINE) -> bool:
    """A short line of its own that is a heading line or one sentence ended by 。 (重大项目扎实推进。 / 经济运行保持平稳)."""
    bare = text.strip()
    words = bare[:-1] if bare.endswith("。") else bare
    return (
        4 <= len(words) <= most and ends_no_sentence(words) and not re.search(r"[。！？!?；;：:“”\"]", words)
        and len(re.findall(r"[，,]", words)) <= 2 and not match_label(bare) and not salutation_line(bare)
        and not _COUNT_OPENING.match(bare) and not _NO_TOPIC_LINE.search(words)
    )


CLAUSE_LINE = 40  # characters of a sub-heading line of clauses that lost its number, at most
CLAUSE_LINE_PREFIX = 2  # characters such lines open alike with, at least


def _alike_run(body: list[SourceParagraph], lines: list[int]) -> list[int]:
    """The lines among ``lines`` that open alike with the most of them (CLAUSE_LINE_PREFIX characters at least)."""
    groups: dict[str, list[int]] = {}
    for i in lines:
        groups.setdefault(body[i].text.strip()[:CLAUSE_LINE_PREFIX], []).append(i)
    return max(groups.values(), key=len, default=[])


def _sub_heading_line(text: str, *, clauses: bool = False) -> bool:
    """A short line that ends no sentence; ``clauses``: a longer line of clauses, a comma in it (五年来，…，…)."""
    bare = text.strip().lstrip("◆◇■□●○▶►▸★☆▪•▍ \u3000")
    # (第三　人民的自由 / 1）…: a count the reader read as no label is no line that lost its number)
    shaped = (
        4 <= len(bare) <= SUB_HEADING_LINE and not re.search(r"[，,；;：:]", bare)
        if not clauses
        else len(bare) <= CLAUSE_LINE and bool(re.search(r"[，,]", bare)) and not re.search(r"[；;：:。！？!?“”\"]", bare)
    )
    # (a clause line's count is one set off as a label; a short line may open with no numeral at all)
    count = _COUNT_OPENING.match(bare) if clauses else re.match(r"第?[一二三四五六七八九十\d]", bare)
    return shaped and ends_no_sentence(bare) and not count


def _alike_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a`` (its part runs to ``b``), three or more paragraphs in a row whose
    short lead sentences (no comma) are the same words but for a short end (城市具有鲜明的开放性。… 城市具有鲜明的
    包容性。…), words the point's heading shares (the parts its heading names), each with text after its lead:
    its unnumbered sub-points."""
    heading = body[a].text[: first_sentence_end(body[a].text)]
    words = {heading[k : k + 2] for k in range(len(heading) - 1)}
    found: list[list[int]] = []
    for run in _lead_runs(body, a, b, labelled, ALIKE_PREFIX):
        leads = [lead for _, lead in run]
        prefix = common_prefix(leads)
        if (
            len(run) >= MIN_PARALLEL
            and all(len(x) - len(prefix) <= ALIKE_TAIL for x in leads)
            and any(prefix[k : k + 2] in words for k in range(len(prefix) - 1))
        ):
            found.append([i for i, _ in run])
    return found


SHORT_ALIKE_LEADS = 4  # paragraphs in a row, at least, that open with short leads alike (要聚焦重点领域。…)
SHORT_ALIKE_PREFIX = 3  # characters those leads open with, at least
SHORT_ALIKE_LEAD = 14  # characters of each such lead, at most
VERB_LEAD = 6  # characters of a lead of a verb and its object (抓订单。), which need share only the verb


def _short_alike_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a``, SHORT_ALIKE_LEADS or more paragraphs in a row that each open with a
    sentence of a few words ended by 。, all opening with the same words (要聚焦重点领域。… 要聚焦重点品种。… 要聚焦
    新兴业态。… 要聚焦农村市场。…), or with the same verb when each is a verb and its object (抓订单。… 抓生产。…
    抓采购。… 抓回款。…): its unnumbered sub-points, though the heading does not name them."""
    return [
        [i for i, _ in run]
        for shared, longest in ((SHORT_ALIKE_PREFIX, SHORT_ALIKE_LEAD), (1, VERB_LEAD))
        for run in _lead_runs(body, a, b, labelled, shared)
        if len(run) >= SHORT_ALIKE_LEADS and all(len(lead) <= longest and body[i].text[len(lead)] == "。" for i, lead in run)
    ]


def _lead_runs(body: list[SourceParagraph], a: int, b: int, labelled: set[int], shared: int) -> list[list[tuple[int, str]]]:
    """The runs of paragraphs in a row under the point at ``a`` whose short lead sentences (``_alike_lead``) open
    with the same ``shared`` characters at least, each paragraph with its lead."""
    runs: list[list[tuple[int, str]]] = []
    run: list[tuple[int, str]] = []
    for i in range(a + 1, b):
        lead = _alike_lead(body[i].text) if i not in labelled else ""
        if run and (not lead or len(common_prefix([run[0][1], lead])) < shared):
            runs.append(run)
            run = []
        if lead:
            run.append((i, lead))
    return [*runs, run] if run else runs


FRAMED_LINES = 3  # lines of their own, at least, framed alike (这是…的五年。) to be a part's sub-headings
FRAME = 2  # characters each framing end (the opening and the close words) holds, at least


def _framed_lines(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a``, FRAMED_LINES or more topic lines anywhere in its part that open and close
    with the same words (这是经济实力持续提升的五年。 / 这是粤港澳大湾区建设纵深推进的五年。 / …), each over a longer
    paragraph of text: its unnumbered sub-points, though other sub-points come before them."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i in range(a + 1, b - 1):
        line = body[i].text.strip()
        words = line.rstrip("。")
        over_text = i + 1 not in labelled and len(body[i + 1].text) >= TOPIC_TEXT_RATIO * len(line)
        if i not in labelled and over_text and _topic_sentence_line(line) and len(words) > 2 * FRAME:
            groups.setdefault((words[:FRAME], words[-FRAME:]), []).append(i)
    return [run for run in groups.values() if len(run) >= FRAMED_LINES]


def _counted_alike_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under the point at paragraph ``a``, whose heading or first paragraph counts what follows (重点要解决好四个方面
    的突出问题。), as many paragraphs as it counts that open with short lead sentences of the same words but for a
    short end (着力解决“不作为”问题。… 着力解决“慢作为”问题。…), with text after each and perhaps other paragraphs
    between them: its unnumbered sub-points."""
    said = [count_in(body[a].text)] + ([count_in(body[a + 1].text)] if a + 1 < b and a + 1 not in labelled else [])
    count = next((n for n in said if n), None)
    if not count or count < MIN_PARALLEL:
        return []
    groups: dict[str, list[tuple[int, str]]] = {}
    for i in range(a + 1, b):
        if i not in labelled and (lead := _alike_lead(body[i].text)):
            groups.setdefault(lead[:COUNTED_ALIKE_PREFIX], []).append((i, lead))
    return [
        [i for i, _ in run]
        for run in groups.values()
        if len(run) == count and all(len(lead) - len(common_prefix([x for _, x in run])) <= COUNTED_ALIKE_TAIL for _, lead in run)
    ]


# 第三，关于这次培训的几点要求。 / 三、提三点希望: a point whose heading says it sets out requirements, counted
_REQUIREMENTS = re.compile(r"(几|[两二三四五六七八九十])(?:点|条|项)(?:要求|希望)")
REQUIRED_LEAD = 12  # characters; a requirement's lead sentence (要端正学习态度。) is no longer


def _required_leads(body: list[SourceParagraph], a: int, b: int, labelled: set[int]) -> list[list[int]]:
    """Under a point whose heading announces requirements (关于这次培训的几点要求), paragraphs in a row right after it
    that each open with a short lead sentence, all opening with the same word (要端正学习态度。… / 要注重学以致用。… /
    要严守纪律规定。…), as many as the heading counts (three at least for 几点): its unnumbered sub-points."""
    heading = body[a].text[: first_sentence_end(body[a].text)]
    m = _REQUIREMENTS.search(heading)
    if m is None:
        return []
    run: list[int] = []
    for i in range(a + 1, b):
        text = body[i].text
        end = first_sentence_end(text)
        if i in labelled or end > REQUIRED_LEAD or len(text) - end < ALIKE_TEXT or re.search(r"[，,]", text[:end]):
            break
        run.append(i)
    count = None if m.group(1) == "几" else parse_chinese_number(m.group(1))
    opener = common_prefix([body[i].text for i in run]) if run else ""
    if not opener or len(run) < (count or MIN_PARALLEL) or (count and len(run) != count):
        return []
    return [run]


BOLD_CLAUSE = 20  # characters; a bold phrase longer than this is emphasis, not a clause's lead


def bold_clauses(i: int, p: SourceParagraph) -> list[LabelCandidate]:
    """希望你们**要广泛地学习**，…；**要不懈地钻研**，…；**要大胆地开拓**，…: three or more short bold phrases
    inside a paragraph, each opening a clause (after ；or 。, the first after a lead-in), each followed by a
    comma or semicolon and opening alike, are an unnumbered list of sub-points (label-less 一是 items)."""
    spots: list[int] = []
    phrases = [ph for k, ph in enumerate(p.bold_phrases) if k or not p.text.startswith(ph)]  # not the lead
    if len(phrases) < MIN_PARALLEL:
        return []
    at = 1
    for phrase in phrases:
        k = p.text.find(phrase, at)
        if k < 0 or len(phrase) > BOLD_CLAUSE:
            return []
        spots.append(k)
        at = k + len(phrase)
    text = p.text
    ends = [text[k + len(ph) : k + len(ph) + 1] for k, ph in zip(spots, phrases, strict=True)]
    opened = all(text[k - 1] in "；;。" for k in spots[1:])
    if not opened or any(e not in ("，", ",", "；", ";", "") for e in ends) or not common_prefix(phrases):
        return []
    return [LabelCandidate(i, k, [LabelMatch("一是", n, "", 0)], False) for n, k in enumerate(spots, start=1)]


TEXT_UNDER_HEADING = 40  # characters; the paragraph of text under a heading line of its own, at least


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def short_heading(text: str, chinese: int = 4) -> bool:
    """A line that can be an unnumbered heading: short, no sentence end, not a label or a salutation (a Latin word
    counts as one character, as a Chinese word would: Part 1  AI for Science 正在改变研究范式), ``chinese`` Chinese
    characters at least (fewer where a mark says it heads: 从 Copilot 到 Autopilot set in bold under ***01***)."""
    return (
        4 <= len(_LATIN_WORD.sub("x", text)) <= 30
        and ends_no_sentence(text) and text[-1] not in "，,、"
        # (…怎么样啊？" closes a sentence with a typewriter quote; 让乡村既有"颜值"更有"产值" closes a quoted word)
        and not (text[-1] in "\"'" and (text.count(text[-1]) % 2 or text[-2:-1] in "。！？!?…"))
        and not (text[0] in "（(" and text[-1] in "）)")  # (（通报）: a stage direction in brackets)
        and "。" not in text
        and len(CJK_CHAR.findall(text)) >= chinese
        and not match_label(text)
        and not salutation_line(text)
        and not DASH.match(text)
    )


def _address(text: str) -> bool:
    """同志们！ / 同志们： on a line of its own: the speaker turning to the hall, not text."""
    return salutation_line(text) or exclaimed_salutation(text)


def heading_line_over_text(body: list[SourceParagraph], i: int) -> bool:
    """Paragraph ``i`` can be an unnumbered heading line over a paragraph of text (``i`` is not the last), an
    address between them allowed (形势和任务 / 同志们！ / …)."""
    j = i + 2 if i + 2 < len(body) and _address(body[i + 1].text.strip()) else i + 1
    return (
        not body[i].turn and (short_heading(body[i].text) or _bold_word_line(body[i]))
        and not short_heading(body[j].text)
        and (len(body[j].text) >= TEXT_UNDER_HEADING or _short_text_before_more(body, j) or _numbered_line_over_text(body, j))
    )


def _bold_word_line(p: SourceParagraph) -> bool:
    """**守底线**: a line of three characters, wholly bold, is a heading line too (plain, so short a line is a word)."""
    text = p.text.strip()
    return len(text) == 3 and len(CJK_CHAR.findall(text)) == 3 and p.wholly_bold() and not match_label(text)


def _numbered_line_over_text(body: list[SourceParagraph], j: int) -> bool:
    """关于几项重点工作 / 1.市场开拓 / 市场是企业的生命线。…: a numbered heading line of its own under the line, a
    paragraph of text under it (the line heads a list of parts)."""
    line = body[j].text
    return (
        bool(match_label(line)) and len(line) <= SHORT_HEADING_LINE and line[-1] not in TERMINAL
        and j + 1 < len(body) and len(body[j + 1].text) >= TEXT_UNDER_HEADING
    )


SHORT_HEADING_LINE = 30  # characters of a numbered heading line of its own, at most


SHORT_TEXT_UNDER_HEADING = 10  # characters; a shorter sentence under a heading line, when text goes on after it


def _short_text_before_more(body: list[SourceParagraph], j: int) -> bool:
    """关于几项重点工作 / 今年的重点工作，报告里都写了，就强调三件。 / …: a sentence of text under the line, shorter
    than a paragraph, and a paragraph of text after it (or two short ones a list marker opens: ✔经济总量跃上新台阶。… /
    ✔乡村振兴…)."""
    after = [p.text for p in body[j + 1 : j + 3]]
    return (
        len(body[j].text) >= SHORT_TEXT_UNDER_HEADING
        and body[j].text.rstrip()[-1:] in TERMINAL
        and bool(after)
        and not short_heading(after[0])
        and (len(after[0]) >= TEXT_UNDER_HEADING or (len(after) == 2 and sum(map(len, after)) >= TEXT_UNDER_HEADING and _marked_alike(after)))
    )


def _marked_alike(texts: list[str]) -> bool:
    """The paragraphs open with one mark that is no word (✔ / 🔸 / ▶): items of a list."""
    first = {t[:1] for t in texts}
    return len(first) == 1 and unicodedata.category(next(iter(first)) or " ") == "So"  # (a symbol: not “ nor — nor 1)


def standalone_run(body: list[SourceParagraph], reach: int = 0, pair: bool = False) -> list[int]:
    """Unnumbered heading lines, each over a paragraph of text, alike in length, spread over the body
    (three or more, or two when the paragraph before the first announces two: 讲两点意见, or when ``pair``:
    the caller has other evidence for two); ``reach``:
    a paragraph the last line's part is known to run to (the last item of a list under it). With no such
    lines, short questions in their place (为什么要…？ / 怎么办？, ``_question_lines``), or the speaker's
    own lines naming his next topic (现在我来讲一讲…。, ``_topic_lines``), or short one-sentence lines that
    open alike (当以…。, ``_sentence_lines``), or two-clause ones (``_clause_pair_lines``), or a group of each, one
    group after the other."""
    lines = [i for i in range(len(body) - 1) if heading_line_over_text(body, i)]
    lines = _with_alike_lines(body, lines)
    if len(lines) < 2 or (len(lines) == 2 and not pair and announced_count(body, lines[0]) != 2):
        lines = []
    for found in (lines, _question_lines(body)):
        if found and spread_alike(found, body, reach):
            return _keyword_heads(body, found)
    said = counted_word_lines(body)  # (as many as announced, or named in turn: the words mark them)
    if said:
        return said
    sentences, pairs = _sentence_lines(body), _clause_pair_lines(body)
    # (我们坚持对话合作，做…。 ×5, then 中国愿同各国共筑…。 ×4: a review's lines, then the outlook's, one after the other)
    both = sorted(sentences + pairs)
    if sentences and pairs and (max(sentences) < min(pairs) or max(pairs) < min(sentences)) and spread_alike(both, body, reach):
        return both
    said = sentences  # (as many as announced: the count marks them, no spread asked)
    if said and (announced_count(body, said[0]) == len(said) or spread_alike(said, body, reach)):
        return said
    said = pairs
    if said and spread_alike(said, body, reach):
        return said
    said = _announced_alike_lines(body)
    if said:
        return said
    return _topic_lines(body)  # (the speaker's own words mark them: no likeness or spread asked)


ALIKE_OPENING = 2  # characters, at least, that announced heading lines open alike with
SHORT_TEXT_UNDER_LINE = 15  # characters, at least, of the text under each


def _announced_alike_lines(body: list[SourceParagraph]) -> list[int]:
    """新学期，校长想送给大家三句话。 / 做一个爱读书的孩子 / 书是最好的朋友。… / 做一个讲礼貌的孩子 / …: as many short
    heading lines as the paragraph before the first announces, opening alike, each over a shorter text than
    TEXT_UNDER_HEADING asks (a short talk's: a sentence or two), but longer than the line and no heading line."""
    lines = [
        i for i in range(1, len(body) - 1)
        if not body[i].turn and short_heading(body[i].text) and not short_heading(body[i + 1].text)
        and len(body[i + 1].text) >= max(SHORT_TEXT_UNDER_LINE, len(body[i].text) + 1)
    ]
    for k, first in enumerate(lines):
        count = announced_count(body, first)
        if not count or count < 2 or len(lines) - k < count:
            continue
        run, more = lines[k : k + count], lines[k : k + count + 1]
        # (as many alike as announced, no more: 两句话 over three alike lines counts something else)
        if _opens_alike(body, run) and (len(more) == count or not _opens_alike(body, more)):
            return run
    return []


def _opens_alike(body: list[SourceParagraph], lines: list[int]) -> bool:
    return len(common_prefix([body[i].text for i in lines])) >= ALIKE_OPENING


def _keyword_heads(body: list[SourceParagraph], lines: list[int]) -> list[int]:
    """审 / 御史台的「审」 / … ×4: a keyword on a line of its own right over each heading line heads its part, the line
    under it its subtitle, as a part mark's first line does (查 / 隐患藏在哪里); else the lines themselves."""
    keys = [i - 1 for i in lines if i >= 1 and keyword_line(body[i - 1].text)]
    return keys if len(keys) == len(lines) >= MIN_PARALLEL else lines


def keyword_line(text: str) -> bool:
    """A word of one to three characters on a line of its own (审 / 复核 / 查), no label, no address."""
    bare = text.strip()
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}", bare)) and not match_label(bare) and not _address(bare)


def _with_alike_lines(body: list[SourceParagraph], lines: list[int]) -> list[int]:
    """Two heading lines over text that open alike (做一个心中有光的人 / 做一个脚下有路的人), and another short line like
    them over text too short to count on its own (做一个身边有人的人 / 身边有人，就是要…。 / a short paragraph): all
    of them the speech's part lines."""
    if len(lines) != 2:
        return lines
    a, b = (body[i].text for i in lines)
    prefix = common_prefix([a, b])
    if len(prefix) < 2 or abs(len(a) - len(b)) > 2:
        return lines
    more = [
        i for i in range(len(body) - 1)
        if i not in lines and body[i].text.startswith(prefix) and abs(len(body[i].text) - len(a)) <= 2
        and short_heading(body[i].text) and not short_heading(body[i + 1].text)
        and i + 2 < len(body) and not short_heading(body[i + 2].text)  # (text goes on under it, no next line at once)
    ]
    return sorted([*lines, *more]) if len(more) == 1 else lines


MANY_LINES = 5  # standalone heading lines; so many over paragraphs of text, spread, need be less alike


MANY_LINES_RATIO = 6  # longest to shortest, at most, of so many lines (和平问题 … 大会的团结和全党的团结)
FOUR_LINES_RATIO = 3  # ... of four (从十到百：建立规则和信任 … 下一个五年)
FEW_LINES_RATIO = 2.5  # ... of two or three


def spread_alike(lines: list[int], body: list[SourceParagraph], reach: int) -> bool:
    """Heading lines alike in length that spread over half the body from the first on."""
    sizes = [len(body[i].text) for i in lines]
    ratio = MANY_LINES_RATIO if len(lines) >= MANY_LINES else FOUR_LINES_RATIO if len(lines) == 4 else FEW_LINES_RATIO
    if max(sizes) > ratio * min(sizes):
        return False
    return (max(lines[-1], reach) - lines[0] + 1) / max(len(body) - lines[0], 1) >= 0.5


# 为什么要搞这次活动？ / 怎么办？: a question a speaker asks to answer it, said on a line of its own
_QUESTION_WORD = re.compile(r"为什么|为何|怎么|怎样|如何|什么|哪些|哪几|哪里|哪儿|是否|能否|要不要|行不行|谁|吗[？?]$")


def _question_heading(text: str) -> bool:
    """A short question on a line of its own (one sentence, a question word in it, no label)."""
    return (
        4 <= len(text) <= SHORT_LEAD
        and text[-1] in "？?"
        and not any(mark in text[:-1] for mark in "。！？!?；;")
        and bool(_QUESTION_WORD.search(text))
        and not match_label(text)
    )


def _answered(body: list[SourceParagraph], i: int) -> bool:
    """The question at ``i`` has an answer under it: TEXT_UNDER_HEADING characters in the next paragraph, or in the
    next two (最后一个问题，来自一位同学的留言：“…” / 我想说，…)."""
    under = [p.text for p in body[i + 1 : i + 3]]
    return len(under[0]) >= TEXT_UNDER_HEADING or (
        len(under) == 2 and not _question_heading(under[1]) and len(under[0]) + len(under[1]) >= TEXT_UNDER_HEADING
    )


def _question_lines(body: list[SourceParagraph]) -> list[int]:
    """Short question lines, each over a paragraph of its answer, as many as the paragraph before the first
    announces (我讲两个问题。为什么要改？ … 怎么改？ …), or three or more that open alike (为什么要…？ ×3):
    points asked in parallel. A question asked in passing (…是什么？ and its answer) has neither."""
    lines = [
        i for i, p in enumerate(body[:-1])
        if not p.turn and _question_heading(p.text) and not _question_heading(body[i + 1].text) and _answered(body, i)
    ]
    if len(lines) < 2:
        return []
    # (the count said in the paragraph before the first question, or the one before that: 我想回答三个问题。 /
    # 去年以来，… / 为什么要…？)
    announced = any(announced_count(body, k) == len(lines) for k in range(max(lines[0] - 1, 1), lines[0] + 1))
    alike = len(lines) >= MIN_PARALLEL and len(common_prefix([body[i].text for i in lines])) >= 2
    return lines if announced or alike else []


SENTENCE_LINE = 24  # characters; a heading that ends with a full stop on a line of its own is this short at most


def _sentence_line(text: str) -> bool:
    """当以…之担当引领青春航向。: one short sentence on a line of its own, no label, no comma in it."""
    return (
        6 <= len(text) <= SENTENCE_LINE
        and text[-1] in "。！!"
        and not any(mark in text[:-1] for mark in "。！？!?；;：:，,")
        and len(CJK_CHAR.findall(text)) >= 6
        and not match_label(text)
        and not salutation_line(text)
    )


def _sentence_lines(body: list[SourceParagraph]) -> list[int]:
    """Short one-sentence lines, each over a paragraph of text, opening alike (当以…。 ×3) and as many as the
    paragraph before the first announces (有三点期待与你们共勉：), or four or more opening alike: unnumbered
    headings that end with a full stop (their bold or heading markup lost). A sentence said on a line of its
    own in passing (谢谢大家！ / 这就是我们的答案。) has neither."""
    lines = [
        i for i, p in enumerate(body[:-1])
        if not p.turn and _sentence_line(p.text) and not _sentence_line(body[i + 1].text)
        and (len(body[i + 1].text) >= TEXT_UNDER_HEADING or _short_text_before_more(body, i + 1))
    ]
    texts = [body[i].text for i in lines]
    if len(lines) < 2 or len(set(texts)) < len(texts) or len(common_prefix(texts)) < 2:
        return []  # (青年朋友们、同志们！ said again and again: a call, no heading)
    count = announced_count(body, lines[0])
    # (做一个有根的人。 / 做一个有光的人。 / 做一个有回声的人。: three that open alike by a phrase, not a word, need no count,
    # when none is said; a count said for more is not met)
    phrase = len(lines) == MIN_PARALLEL and not count and len(common_prefix(texts)) >= ALIKE_PREFIX
    return lines if count == len(lines) or len(lines) >= MIN_PARALLEL + 1 or phrase else []


WORD_LINE = (1, 3)  # characters of a word said as a heading on a line of its own (读书 / 做事 / 做人 / 真 / 韧 / 暖)
_WORDS_COUNTED = re.compile(r"([两二三四五六七八九十])个(?:关键)?[词字]")  # 聊三个词 / 送大家三个关键词 / 用三个字


_WORD_BRACKETS = ("「」", "【】", "“”", "『』", "〔〕")  # 「稳」 / 【坚守】 / “快”: a word set off as a banner


def _bracketed_word(text: str) -> str:
    """The word a line sets off in brackets (「稳」 → 稳), or the line as it is."""
    pair = next((b for b in _WORD_BRACKETS if len(text) > 2 and text[0] == b[0] and text[-1] == b[1]), None)
    return text[1:-1] if pair else text


def counted_word_lines(body: list[SourceParagraph]) -> list[int]:
    """Lines of one word (读书 / 做事 / 做人; 真 / 韧 / 暖; 「稳」 / 【坚守】 set off in brackets), each over text, as many
    as the paragraph before the first announces (我想和大家聊三个词。): a commencement's words, too short for a heading
    line otherwise."""
    lines = [
        i for i, p in enumerate(body[:-1])
        if not p.turn and WORD_LINE[0] <= len(word := _bracketed_word(p.text)) <= WORD_LINE[1] and len(CJK_CHAR.findall(word)) == len(word)
        and not match_label(p.text) and (len(body[i + 1].text) >= TEXT_UNDER_HEADING or _short_text_before_more(body, i + 1) or _word_said_again(body, i))
    ]
    if len(lines) < 2 or len({body[i].text for i in lines}) < len(lines):
        return []
    before = body[lines[0] - 1].text if lines[0] else ""
    said = _WORDS_COUNTED.findall(before)
    return lines if said and count_said(said[-1]) == len(lines) or _named_in_turn(before, [body[i].text for i in lines]) else []


def _word_said_again(body: list[SourceParagraph], i: int) -> bool:
    """一块地 / 先说地。 / text…: the line's word (its last character at least) said again in a short sentence of its
    own, a paragraph of text after it."""
    said = body[i + 1].text
    return (
        said[-1:] in TERMINAL and body[i].text[-1] in said and i + 2 < len(body)
        and len(body[i + 2].text) >= TEXT_UNDER_HEADING
    )


def _named_in_turn(text: str, words: list[str]) -> bool:
    """…归成了四样东西：一块地、一口井、一条路、一盏灯。: ``text`` names the words one after another, set apart by 、 or ，."""
    named = re.search("[、，,]".join(map(re.escape, words)) + r"[。；;！!]?", text)
    return named is not None and text[named.start() - 1 : named.start()] in ("：", ":", "“", "")


CLAUSE_PAIR_LINE = 40  # characters; a two-clause heading sentence on a line of its own is this long at most
CLAUSE_PAIR_MIN = 12  # characters, at least, of such a line
CLAUSE_MIN = 5  # characters, at least, of each of its clauses


def _clause_pair_line(text: str) -> bool:
    """要坚持党的领导，确保政协工作始终沿着正确方向前进。: one sentence of two clauses on a line of its own, no label."""
    return (
        CLAUSE_PAIR_MIN <= len(text) <= CLAUSE_PAIR_LINE
        and text[-1] in "。！!"
        and len(re.findall("[，,]", text)) == 1
        and min(len(clause) for clause in re.split("[，,]", text[:-1])) >= CLAUSE_MIN  # (因此，…: a connective, no clause)
        and not any(mark in text[:-1] for mark in "。！？!?；;：:")
        and not match_label(text)
        and not salutation_line(text)
    )


def _clause_pair_lines(body: list[SourceParagraph]) -> list[int]:
    """Two-clause sentence lines (``_clause_pair_line``), each over a longer paragraph of text, three or more that
    open with the same word (要坚持…，… / 要聚焦…，… / 要加强…，…): whole-sentence headings whose bold was lost."""
    lines = [
        i for i, p in enumerate(body[:-1])
        if not p.turn and _clause_pair_line(p.text) and len(body[i + 1].text) >= max(TEXT_UNDER_HEADING, 2 * len(p.text))
    ]
    texts = [body[i].text for i in lines]
    if len(lines) < MIN_PARALLEL or len(set(texts)) < len(texts) or not common_prefix(texts):
        return []
    return lines


# 现在我来讲一讲主观主义。 / 下面谈谈作风问题。 / 接下来说说招生。: the speaker names the next topic on a line of its own
# (下面，我再讲讲… / 最后，我讲讲…: the speaker goes on to his next topic, or his last)
_TOPIC_LINE = re.compile(
    rf"^{FILLER}(?:现在|今天|这里|那么|下面|接下来|然后|最后)?[，,]?\s*{SPEAKER}?(?:先|再|来|想|就)*"
    r"(?:讲一讲|谈一谈|说一说|讲讲|谈谈|说说|讲|谈|说)(?:一下)?[，,：:]?\s*"
    rf"{NOT_A_TOPIC}(?=[\u4e00-\u9fff“])"
)


def topic_line(text: str) -> bool:
    """现在我来讲一讲主观主义。 / 最后，我讲讲工作要求。: a short line of its own in which the speaker names the
    topic he goes on to (not closing words, though it opens with 最后，我)."""
    return (
        short_sentence_line(text) and bool(_TOPIC_LINE.match(text))
        and not match_label(re.sub(r"^最后[，,]\s*", "", text))  # (最后， opens his last topic, no label of a list)
    )


def _topic_lines(body: list[SourceParagraph]) -> list[int]:
    """Two or more topic lines (``topic_line``: 现在我来讲一讲主观主义。 … 现在我来讲一讲宗派主义的问题。), each
    over a paragraph of text: the points, unnumbered."""
    lines = [
        i for i, p in enumerate(body[:-1]) if not p.turn and topic_line(p.text) and len(body[i + 1].text) >= TEXT_UNDER_HEADING
    ]
    return lines if len(lines) >= 2 else []
