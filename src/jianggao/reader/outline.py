"""Reading the outline of a speech from its cleaned paragraphs.

Input: the paragraphs of a speech in reading order (``SourceParagraph``:
text, its number in the source, and heading hints from Markdown or Word).
Output: an ``Outline`` — title, subtitle, bylines, salutation, opening,
the tree of numbered points (``OutlineNode``), closing and thanks line — and
the same speech as a ``structure.Speech`` for the checkers and writers. What stands
above and below the body (head, closing, thanks) is read by ``speech_frame``; this module reads the body.

A numbering label only counts when it belongs to a sequence: 一是 needs a 二是
after it, 三、 needs the 二、 before it (gaps such as 一、二、四、 are kept so
``check`` can report them; repeats likewise). Enumerations (一是, 一要, 第一，,
第一点，/第三个问题，, 首先/其次/最后, 一方面/另一方面) are also found inside a
paragraph, at a sentence start (a 一方面 pair in a later paragraph of a point, as a sub-list, only after
a colon: after a full stop it weighs the sentence before it); heading styles (一、 （一） 1. （1）) and dash
points (——) only at a paragraph start; a numeral set apart by a space on a short
line of its own (一 城市和乡村的关系) is an 一、 heading, and an ordinal with its owner and
noun, then 是 and a colon (党八股的第一条罪状是：), opening a paragraph is a 第一， label.

The top level is chosen globally, by evidence (``top_level.choose_top``): every run of
paragraph-initial labels in order (1, 2, 3 … of one style) is a candidate; a
run that lies inside one item of another run is nested in it (一是 lists that
restart under each 第一，); a run bunched at the start of the body is a list in
the opening, not the points; a list previewed and then developed (（一）（二）
（三）, then （一） again with its text) counts once; a count announced just
before the run (讲三点意见) that matches its length, the share of the body it
spans and its length decide between the rest, heading styles first. A single
label counts only after an announcement (以下几点：) or as a heading style.
A heading list in consecutive lines (two or more) after an enumeration's last
item is a list quoted in that item; a run announced by its own count after a list with none
(以下工作：第一，…第四，… 我讲三点。一要…) is not nested in that list. With no
heading above them, enumeration runs that follow one another through the body,
each brought in by a paragraph of its own, with heading-like leads, are all
points (``_successive``: a 一是 review, then 一要 tasks, then —— points; a list said inside a
paragraph of its own before the last of them, brought in by words that count or name its parts
(把握好以下四条：一要…), is one of them too); an
oral run from 第二点 takes the paragraph that calls itself 第一点 as its first.
Standalone short lines over lists that restart under each are the points and
the lists their sub-points. Under a numbered point, three or more paragraphs
that open alike but for an ordinal counting from 1 or a quoted term (第一阶段为…
/ 所谓“…”，就是…), or in a row with short lead sentences alike but for a short end, in words the
heading shares (…的鲜明特性: 城市具有鲜明的开放性。…), are unnumbered sub-points (``parallel_openings``); a list
brought in mid-paragraph in a later paragraph of a paragraph-initial sub-point
is the speaker's reasoning, not a level below it (``_aside``). Three or more
short bold phrases inside a paragraph that each open a clause alike (Markdown
**…** or Word's bold runs: 希望你们**要…**，…；**要…**，…) are label-less
sub-points (``bold_clauses``). With no numbered run, standalone short lines are
the points, then paragraphs opening with a bold lead sentence, then short
paragraphs set wholly in bold that open alike or are as many as announced (and, for
``mine`` with a template of unnumbered points, as many alike lead sentences as
the opening announced: 分享三点希望。希望你们…。), then lists said inside paragraphs
(…提升：一是…。二是…。) whose items have heading-like leads and go on after them, spanning a fifth of
the body or more (``inline_runs``).

A host's agenda (首先，进行第一项议程：… 现在，进行第二项议程：…) gives way to the
points the host goes on to make; a list whose every lead is a quotation (第一条：
“…。”) is quoted from another's text, neither the points nor sub-points. On a
page cut short (the page says so, the body ends without a closing mark, or in an
ellipsis after a sentence's first words: 。会……) a lone item counts where its
list was cut off: a dash heading line, a 第一， paragraph that is its heading sentence alone, a standalone short line right after an
announced count (我讲四个方面的问题。, its automatic number lost), a first item
said right after the announcement in its paragraph (讲几点意见：第一，…), and a
first sub-item (一是/一要/首先, or a —— point opening its paragraph) under the last heading, after a paragraph of text
or, with its lead whole, inside it, when the page ends soon after.

Where a heading that runs on into its text ends (a flattened page's lost break,
a heading glued to its text) is ``heading_end``'s job; the headings of one run that end
clearly bound those glued to their text (``_run_heading_ends``: 今年工作的总体要求今年是…).

Before that (``page_repair``), a document viewer's numbered pages of text (1、… 2、…, each cut
mid-sentence) are joined back into one text, lines cut at one page width (a PDF
copy; up to two lines two or three page lines wide where the copy lost a break)
are joined back into paragraphs (a heading line as wide as an indented first
line runs on into a short next line that ends no sentence: …增强使 / 命感和责任感), and article
lists, another article (a new title with its —— line) and attachments (附件：)
after the closing words are dropped; a paragraph that is nothing but three or
more short 一、 points in order (一、…；二、…；三、…。) holds one point each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..records import replace
from ..speech import Block, Heading, Paragraph, ParagraphRole, Speech
from ..zh.labels import (
    HEADING_RANK,
    LabelMatch,
    first_sentence_end,
    last_sentence_start,
    match_label,
    sentence_starts,
)
from ..zh.numbering import style_level
from ..zh.numerals import parse_chinese_number
from .announcements import (
    ANNOUNCEMENT,
    LESSONS_COMING,
    LIST_COMING,
    PART_COUNT_WORDS,
    PROBLEMS_COMING,
    THINGS_COMING,
    agenda_named_before,
    announced_count,
    count_said,
    facts_lead_before,
    parts_named_before,
)
from .counted_clauses import counted_clause_items
from .header import is_date_line, run_on_heads
from .heading_end import (
    RUN_CLEAR,
    RUN_SLACK,
    RUN_TEXT_MIN,
    heading_end,
    lead_end,
    run_bound,
    run_heading_end,
    time_heading_end,
    unbounded_run_end,
)
from .label_runs import (
    DASH,
    DASH_STYLE,
    ORDINAL_NOUN,
    SPOKEN_ONLY,
    LabelCandidate,
    LabelRun,
    bar_label,
    ends_with_last,
    label_runs,
    nested_runs,
    numbering_labels,
    opens_at_one,
    place_candidates,
    style_match,
    style_rank,
)
from .outline_records import DroppedLine, Outline, OutlineNode, SourceParagraph, SourceText
from .outline_rules import (
    CJK_CHAR,
    LAST_CHARGE,
    SENTENCE_END_MARK,
    SHORT_LEAD,
    TERMINAL,
    common_prefix,
    ends_no_sentence,
    short_sentence_line,
)
from .page_repair import (
    COLON_LIST_STYLE,
    STANDALONE_HEADING,
    close_ocr_gaps,
    colon_list_items,
    rejoin_broken_headings,
    rejoin_inline_breaks,
    rejoin_page_lines,
    rejoin_viewer_pages,
    rejoin_word_wraps,
    rejoin_wrapped_headings,
    rejoin_year,
    restore_lost_labels,
    restore_ocr_dashes,
    restore_ocr_one,
    run_in_bare_numerals,
    run_in_bare_run_in_labels,
    split_bold_heads,
    split_glued_lists,
    split_listed_points,
    split_lost_breaks,
    split_repeated_title,
    split_spaced_heads,
    split_spaced_labels,
    unflatten,
)
from .speech_frame import read_end, read_head, set_aside_page_head
from .spoken_labels import (
    ADDED_STYLE,
    ANNOUNCED_STYLE,
    add_added_point,
    add_announced_part,
    add_bold_last_point,
    add_spoken,
    other_thing,
    spoken_breaks,
)
from .top_level import (
    OWNED_ORDINAL,
    SPOKEN_LIST_STYLES,
    choose_top,
    drop_previews,
    inline_runs,
    named_ordinal,
    one_count_in_mixed_styles,
    owned_ordinal,
    page_cut_off,
    quoted_item,
    repeated_first_labels,
    spaced_numeral,
    told_first,
)
from .transcript_turns import mark_dialogue_turns
from .unnumbered import (
    MIN_PARALLEL,
    SENTENCE_LINE,
    bold_clauses,
    bold_topic_end,
    bullet_topic_end,
    bulleted_sub_points,
    counted_opener_points,
    heading_line_over_text,
    parallel_openings,
    repeated_opening_clauses,
    short_heading,
    spread_alike,
    standalone_run,
    unnumbered_run,
    viewpoint_frames,
)

# ### 2.1 Make it work / #### 2.2.1 TLA+ 证明: a Markdown heading's decimal section number
_DECIMAL_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}(?:[ \u3000]+|、)(?=\S)")  # (#### 1.1、…)
LONG_LEAD = 50  # characters; a run-in lead sentence longer than this is cut at its first comma
LIST_CLOSED_ITEMS = 3  # run-in items in a row that an unlabelled paragraph after them closes
GUESSED_SHOWN = 5  # glued headings whose guessed end mine's report shows one by one
REPAIRS_SHOWN = 5  # repairs of a copy's paragraphs (a lost line break, a broken heading line, a lost label) shown one by one

# ### 内容结构： / ## 分享大纲 over the list of the parts to come: the talk's agenda, said in its opening, no part of it
_AGENDA_HEADING = re.compile(r"^(?:内容结构|内容提要|内容概要|分享大纲|分享内容|演讲大纲|本文大纲|本文目录|目录|大纲|议程|提纲)[：:]?$")
# ### 趋势1：上云+托管 / ### 趋势2：… / ### 方案一：…: a word counted on across a Markdown level's headings, their label
# (### O1：… / ### Wing2：…: letters and a number name the thing, an objective's code, and stay in the heading)
_COUNTED_WORD = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,4})[ \u3000]?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*[：:][ \u3000]*(?=\S)")
# ### A、Service Mesh 的初衷 / ### B、…: a letter in order as a Markdown level's label (A股 / A.I. are words)
_LETTER_LABEL = re.compile(r"^([A-Z])(?:、|[.．](?=[ \u3000\u4e00-\u9fff]))[ \u3000]*(?=\S)")


def _counted_label(text: str) -> tuple[str, int | None, int] | None:
    """The word, the number and the end of a heading's counted label (趋势2： -> 趋势, 2; B、 -> "", 2), or None."""
    if m := _COUNTED_WORD.match(text):
        n = m["n"]
        return m["word"], int(n) if n.isdigit() else parse_chinese_number(n), m.end()
    if m := _LETTER_LABEL.match(text):
        return "", ord(m.group(1)) - ord("A") + 1, m.end()
    return None


def _counted_word_labels(body: list[SourceParagraph]) -> dict[int, int]:
    """Markdown heading lines of one level that open with the same word counted from one (趋势1： 趋势2： …; 阶段一：
    阶段二：), or with letters from A (A、… B、…): where each one's text starts after that label. A word counted once
    (### 方案1：…) is a heading's words."""
    groups: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for i, p in enumerate(body):
        label = _counted_label(p.text) if p.heading_level else None
        if label is not None and label[1]:
            word, n, end = label
            groups.setdefault((p.heading_level, word), []).append((i, n, end))
    # (the count goes on from one; letters may start again under each part: A、B、 / A、B、C、)
    return {
        i: end
        for (_, word), run in groups.items()
        if len(run) >= 2 and run[0][1] == 1 and all(b == a + 1 or (not word and b == 1) for (_, a, _), (_, b, _) in zip(run, run[1:], strict=False))
        for i, _, end in run
    }


# …我想和同学们分享三点希望。: a paragraph that ends by announcing a count of unnumbered points
# (…最想说的，是三声感谢。 / 我想说三个感谢。: thanks or wishes counted, each a paragraph opening 感谢… / 希望…)
# (这届博览会呈现出三个鲜明特点。: the things the points are, counted)
_ANNOUNCED_END = re.compile(
    rf"([两二三四五六七八九\d])\s*(?:{PART_COUNT_WORDS}|[声个](?=感谢|谢谢|希望|期望|祝福|祝愿)|个(?=“)"
    r"|个(?=[\u4e00-\u9fff]{0,2}(?:特点|特征|亮点|变化|收获|体会|感受|印象)))[^。！？，,]{0,8}"
    # (我想提四个“必须”，与大家共勉。 / 我有三点嘱托，送给大家。)
    r"(?:[，,](?:与|和|同|跟)大家共勉|[，,]供大家参考|[，,](?:送给|赠给|献给)(?:大家|你们|同学们|各位))?[。：:]$"
)
# 跟你们说几句话，算是临别赠言吧。: points announced without their count, in the paragraph's last sentence
# (我想再叮嘱大家几句。: the ones it is said to, between the verb and its count)
# (下面，我再强调几点。 / 和大家聊几点体会。: the verbs a speaker brings in his points with; 提出以下倡议： / 写下几个
# 朴素的心愿。: what he brings in, named)
_ANNOUNCED_SOME = re.compile(
    rf"(?:(?:说|讲|谈|提|送|叮嘱|嘱咐|强调|聊|分享|交流|提醒|交代|重申)(?:上|一下)?(?:大家|你们|同学们|各位)?几(?:{PART_COUNT_WORDS}|句))"
    r"|以下(?:几点|几条)?(?:倡议|建议|希望|要求|意见|体会|心愿)[。：:]$|以下几个方面(?:的工作)?[。：:]$"  # (要重点抓好以下几个方面。)
    r"|几(?:个|点|条)[^。！？，,]{0,4}(?:心愿|愿望|希望|期望|倡议|建议|体会)[。：:]$"
)


# 同时， / 此外， / 另外，还要…: words that bring in more, besides what was said before
_BESIDES = re.compile(r"^(?:同时|此外|另外|除此之外|除此以外)[，,]")
# 以上每一个阶段，… / 上述几项措施… / 以上三点，…: a paragraph that opens by taking up the whole list above it
_SUMS_UP_LIST = re.compile(r"^(?:以上|上述|上面所?(?:讲|说)的)(?:这|那)?(?:每一?|各|[两二三四五六七八九十几]+)(?:个|点|条|项|类|种|方面)")


def _ends_sentence(text: str) -> bool:
    """The line ends a sentence or a clause (a closing quote or bracket after the mark counts as the mark:
    一家工厂的“笨功夫” ends none)."""
    return text.strip().rstrip("”’）)")[-1:] in "。！？!?…；;：:"


def _bold_line(p: SourceParagraph) -> bool:
    """A short paragraph set wholly in bold, no label, no line of dialogue (**“是！”**)."""
    return (
        p.wholly_bold() and not p.turn
        and (len(p.text) >= BOLD_LINE_MIN or (len(p.text) >= BOLD_PHRASE_MIN and not _ends_sentence(p.text)))
        and len(p.text) <= SHORT_LEAD + 10
        and not match_label(p.text) and not p.text.startswith(("“", "‘"))
    )


def _bold_lines_over_text(body: list[SourceParagraph]) -> list[int]:
    """The paragraphs that are bold lines (``_bold_line``) with a paragraph under them that holds no bold."""
    return [i for i, p in enumerate(body[:-1]) if _bold_line(p) and not body[i + 1].bold_phrases]


def _lines_between_headings(lines: list[int], runs: list[LabelRun], style: str) -> list[int]:
    """The standalone lines that can part a speech whose numbered headings are in ``style``: not one that stands
    inside a list of those headings, over text (一、… / 二、… / “互相尊重…” / 五项原则 / 早已载入宪法… / 三、…: a
    linked name the copy set on its own line, no part line), when they are fewer than the rest and two lines are left."""
    items = {c.para for r in runs for c in r.items}
    gaps: list[tuple[int, int]] = []  # (二、 then 三、: two items numbered one after the other; not before a said 最后，…)
    for r in (r for r in runs if r.style == style):
        numbers = [m.index if (m := style_match(c, style)) else None for c in r.items]
        gaps += [
            (a.para, b.para) for a, b, m, n in zip(r.items, r.items[1:], numbers, numbers[1:], strict=False) if m is not None and n == m + 1
        ]
    inside = {i for i in lines if i + 1 not in items and any(a < i < b for a, b in gaps)}
    # (a few such lines only: when most stand inside the list, the lines are its text, no parts around it)
    few = inside and 2 * len(inside) < len(lines) and len(lines) - len(inside) >= 2
    return [i for i in lines if i not in inside] if few else lines


def _bold_heading_lines(body: list[SourceParagraph], reach: int) -> list[int]:
    """**算力不再是门槛，数据才是。** / text… / **人比模型更重要。** / text…: short paragraphs set wholly in bold, each over
    text, three at least, alike in length and spread over the body: a copy's part headings, sentences or not, when the
    lists under them say so (``_Parser._unnumbered_sections``)."""
    lines = _bold_lines_over_text(body)
    return lines if len(lines) >= MIN_PARALLEL and spread_alike(lines, body, reach) else []


def _bold_lead_paragraphs(body: list[SourceParagraph]) -> list[int]:
    """The paragraphs that open with a bold lead sentence (**突出抓好项目建设。**…), no label before it."""
    return [i for i, p in enumerate(body) if p.bold_lead and not match_label(p.text)]


def _headings_among_bold_lines(body: list[SourceParagraph], lines: list[int]) -> list[int]:
    """**甲方乙方** / **人力、资本、土地** / … among bold sentences said for emphasis (**显然是资本更强势一些。**): three lines
    or more that end no sentence, spread over the body alike, are the headings; else all the bold lines."""
    phrases = [i for i in lines if not _ends_sentence(body[i].text)]
    return phrases if MIN_PARALLEL <= len(phrases) < len(lines) and spread_alike(phrases, body, 0) else lines


def _bold_section_lines(body: list[SourceParagraph]) -> tuple[list[int], list[int]] | None:
    """Bold lines (``_bold_line``) and the bold-lead paragraphs under them, when the lines are two or more, come
    before every lead, and two of them at least hold leads (or, of three lines or more, one holds three leads or
    more); else None."""
    lines = _headings_among_bold_lines(body, [i for i, p in enumerate(body[:-1]) if _bold_line(p)])
    leads = _bold_lead_paragraphs(body)
    if len(lines) < 2 or not leads or leads[0] < lines[0]:
        return None
    bounds = [*lines, len(body)]
    holding = [sum(a < j < b for j in leads) for a, b in zip(bounds, bounds[1:], strict=False)]
    # (three bold lines, the middle one over four bold-lead paragraphs: a part's principles under its heading)
    if sum(n > 0 for n in holding) < 2 and not (len(lines) >= MIN_PARALLEL and max(holding) >= MIN_PARALLEL):
        return None
    return lines, leads


def _lead_sentence(text: str) -> str:
    return text[: first_sentence_end(text)]


SHAPED_LEAD = 10  # characters; leads this short and as long as each other may be alike by their shape
ANNOUNCED_LEAD = 30  # characters of an announced, unnumbered point's lead sentence, at most
ALIKE_LONG_LEAD = 45  # ... of a later one that opens with the same words as the first (愿你在第一次考砸、…的时候，…。)


def _announced_lead(lead: str, *, alike: str = "") -> bool:
    """A lead sentence an announced, unnumbered point opens with: short, ending with a full stop; a little longer when
    it opens with two characters or more of the first point's lead ``alike``."""
    longest = ALIKE_LONG_LEAD if len(common_prefix([lead, alike])) >= 2 else ANNOUNCED_LEAD
    return 4 <= len(lead) <= longest and lead[-1] in "。！!"


SHORT_MODAL_LEAD = 16  # characters; leads this short may share no more than their opening 要 (要志存高远。)


def _alike_leads(leads: list[str]) -> bool:
    """Are the leads alike: opening with two characters shared (希望你们…), or a bare 要 opening short ones (要志存高远。
    要勤学善思。 要强健体魄。, the modal a writer's parallel points open with), or ending with two characters
    shared (思想认识要到位。 排查化解要到位。, the word an announcement of 四个“到位” names)?"""
    prefix = common_prefix(leads)
    if len(prefix) >= 2 or (prefix == "要" and all(len(lead) <= SHORT_MODAL_LEAD or _clause_pair(lead) for lead in leads)):
        return True
    bare = [lead.rstrip("。！!") for lead in leads]
    # (学习要深一层。 思考要进一步。 落实要快一拍。: short leads of one shape, as long, a word at the same place)
    shaped = len({len(b) for b in bare}) == 1 and 4 <= len(bare[0]) <= SHAPED_LEAD and any(
        len({b[k] for b in bare}) == 1 for k in range(1, len(bare[0]) - 1)
    )
    return shaped or len(common_prefix([b[::-1] for b in bare])) >= 2


def _clause_pair(lead: str) -> bool:
    """要持续深化理论武装，把学习成果转化为推动发展的实际成效。: a heading sentence of two clauses, a four-character
    phrase or more before its one comma (the shape of a charge's heading)."""
    head, comma, rest = lead.partition("，")
    return bool(comma) and len(head) >= 5 and len(rest) >= 5 and not any(mark in rest for mark in "，,；;、")


ITEM_PARAGRAPHS = 3  # paragraphs an announced, unnumbered point may run to (its lead's and the ones after it)


def _announced_items(body: list[SourceParagraph], i: int, count: int) -> list[int] | None:
    """The paragraphs that open the ``count`` points announced at ``i`` (我提三点希望。): the next one (or the one
    after it: a paragraph more of the opening between, 我想说三个感谢。 / 这些年的成绩是大家的… / 感谢组织的培养。…),
    then each that opens alike (希望同学们…。) within ITEM_PARAGRAPHS of the one before, a point's further
    paragraphs between them; None unless exactly ``count`` are found, each lead a short sentence of its own."""
    for first in (i + 1, i + 2):
        if first < len(body) and _announced_lead(_lead_sentence(body[first].text)):
            items = _alike_series(body, first, set(), ITEM_PARAGRAPHS, count)
            if len(items) == count:
                return items
    return None


def _alike_leads_after(body: list[SourceParagraph], i: int, labelled: set[int], *, apart: bool) -> int:
    """How many paragraphs after ``i`` open with announced-point leads alike (``_alike_leads``): the first right
    after it, then each in a row, or, ``apart``, each within ITEM_PARAGRAPHS of the one before (a point's further
    paragraphs between, 希望你们…。 / 这几年，… / 希望你们…。), as ``_announced_items`` finds a counted series."""
    first = i + 1
    if first >= len(body) or first in labelled or not _announced_lead(_lead_sentence(body[first].text)):
        return 0
    return len(_alike_series(body, first, labelled, ITEM_PARAGRAPHS if apart else 1))


def _alike_series(body: list[SourceParagraph], first: int, labelled: set[int], gap: int, most: int | None = None) -> list[int]:
    """Paragraph ``first`` (an announced point's lead) and each after it, up to ``most``, whose lead is an announced
    point's too and alike with the ones before (``_alike_leads``), within ``gap`` paragraphs of the one before and
    before any ``labelled`` one."""
    items = [first]
    j = first + 1
    while (most is None or len(items) < most) and j < len(body) and j - items[-1] <= gap and j not in labelled:
        leads = [_lead_sentence(body[k].text) for k in (*items, j)]
        # (- 先把基础打牢。 / - 学会提问。: a Markdown list's items are alike by their bullets)
        if _announced_lead(leads[-1], alike=leads[0]) and (_alike_leads(leads) or all(body[k].bulleted for k in (*items, j))):
            items.append(j)
        j += 1
    return items


def _own_sentence(text: str, pos: int, m: LabelMatch) -> bool:
    """The label at ``pos`` is set off (一方面，) and the lead after it is a sentence of its own, no clause of one."""
    if m.label[-1:] not in "，,：:":
        return False
    after = text[pos + m.end :]
    end = first_sentence_end(after)
    return end < len(after) and not any(mark in after[:end] for mark in "；;")


def _reasoning_pair(c: LabelCandidate, m: LabelMatch, p: SourceParagraph, stack: list[list]) -> bool:
    """…任务仍然艰巨。一方面，…。另一方面，…。: a 一方面 pair said in a later paragraph of a point, inside it after
    a sentence of its own (not brought in by a colon: 原因有两个：一方面…), weighs two sides of that sentence;
    it lists no sub-points (in the point's own paragraph, under its heading, it does)."""
    return (
        m.style == "一方面"
        and not c.at_start
        and stack[-1][2].paragraph != p.number
        and p.text[: c.pos].rstrip()[-1:] not in "：:"
    )


# 这里，我再强调两点： / 最后，再提几点要求：: a list added on to the points, not a part of the speech's body
# 最后，我提几点要求： / 最后，我再强调两点。: no last item, an introduction to a list (a count said, or a colon)
_LAST_BRINGS_IN = re.compile(
    rf"^最后[，,](?:[^。！？!?]{{0,30}}[：:]|[^。！？!?]{{0,24}}(?:几|[两二三四五六七八九]){PART_COUNT_WORDS}[^。！？!?，,]{{0,6}}[。：:])$"
)


def _closes_first_run(before: list[SourceParagraph]) -> bool:
    """最后，我对大家提三点希望。 is the last of the points when the paragraphs before it that open with a label
    are 首先，… 其次，… (第三，…) and no other: the speaker's 首先…最后 is the top level, the list its sub-points."""
    labelled = [matches for p in before if (matches := match_label(p.text))]
    leads = [matches for matches in labelled if not any(m.style in _RUN_IN_LEADS for m in matches)]
    # (首先，非常感谢大家… in the opening: the count is the one from its last 首先)
    firsts = [k for k, matches in enumerate(leads) if any(m.style == "首先" and m.index == 1 for m in matches)]
    leads = leads[firsts[-1] :] if firsts else leads
    return (
        len(leads) >= 2
        and all(any(m.style == "首先" and m.index == n for m in matches) for n, matches in enumerate(leads, 1))
    )


_RUN_IN_LEADS = ("一是", "一要", "一方面", "——")  # inside a point; they do not make a top level of their own


BOLD_LINE_MIN = 6  # characters; a bold paragraph shorter than this is a cry or a line of dialogue, not a point
BOLD_PHRASE_MIN = 4  # characters; a bold phrase this short that ends no sentence is a heading still (**几点要求**)


_BARE_NUMERAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})$")


def _same_form(a: str, b: str) -> bool:
    """Two labels of one style that may be one list: 第五点 … 第六点 are, 第五点 … 第一条 are not (a list of 条
    inside a 点), and a label with no noun (第二，) may go with either (a speaker drops 点); a numeral set
    apart by a space (三 关于…) and one with its mark (三、) are not (a piece's parts, and a list inside one)."""
    if bool(_BARE_NUMERAL.match(a)) != bool(_BARE_NUMERAL.match(b)):  # (三 against 三、: a spaced numeral's label)
        return False
    x, y = ORDINAL_NOUN.match(a), ORDINAL_NOUN.match(b)
    return x is None or y is None or x.group(1) == y.group(1)


# 一是创建文明城市是提升综合竞争力的客观需要。: an item whose lead says its subject 是 a need, a requirement, a
# means… gives a reason (why the point matters), no sub-point of it
_REASON_LEAD = re.compile(
    r"^[^。！？!?，,；;：:]{2,30}?是[^。！？!?；;]{2,40}?(?:需要|要求|保证|保障|举措|选择|途径|关键|基础|前提|体现|抓手|必由之路)[。！？!?]?$"
)


# …要算好“三本账”，一是… / …抓好两件事：一是…: the words just before a lone 一是 count its parts, so it opens a
# list whose rest the page cut off, under a sub-point as well
_COUNTED_PARTS = re.compile(r"[两二三四五六七八九十几]\s*(?:个方面|件事|本账|句话|项任务|个问题|条措施|点要求)”?[，,：:]\s*$")
COUNTED_PARTS_BEFORE = 12  # characters before the 一是 looked through for the count


CUT_ITEM_REST = 1500  # characters from a lone first sub-item to the end of a cut page: its 二是 was cut off
CUT_INLINE_REST = 400  # the same for a lone 一是 inside a paragraph, a likelier turn of phrase


DASH_LEAD_LINE = 50  # characters; a dash paragraph this short may be a lead on a line of its own


PART_SHARE = 0.25  # of the text from the first of two part lines on, the share the first part holds at least


def _first_part_weighs(body: list[SourceParagraph], lines: list[int]) -> bool:
    """Two part lines, the points numbered under the second only (我们党的第十一次路线斗争 / … / 形势和任务 /
    首先，…第八，…): the first part is a part when it holds a good share of the text, not a stray line's few."""
    sizes = [len(p.text) for p in body]
    return len(lines) == 2 and sum(sizes[lines[0] : lines[1]]) >= PART_SHARE * sum(sizes[lines[0] :])


def _fills_gap(cands: list[LabelCandidate], c: LabelCandidate, m: LabelMatch, top: str) -> bool:
    """The ``top`` heading run has no label numbered as ``m`` and numbers past it at its next label after ``c``
    (一、 … 第二， … 三是 … 四、)."""
    tops = [(d, x.index) for d in cands if d.at_start for x in d.matches if x.style == top]
    after = next((index for d, index in tops if d.serial > c.serial), None)
    return after is not None and after > (m.index or 0) and all(index != m.index for _, index in tops)


def _counted_under_point(cands: list[LabelCandidate], c: LabelCandidate, m: LabelMatch, top: str) -> bool:
    """A paragraph under the current point (after the last ``top`` label) opens with the number before
    ``m``'s, said as 第二， or 其次 (第二，… before 第三，…)."""
    for d in reversed(cands[: c.serial]):
        if d.at_start and any(x.style == top for x in d.matches):
            return False
        if d.at_start and any(x.style in ("第一，", "首先") and x.index == m.index - 1 for x in d.matches):
            return True
    return False


def _brought_in_under(body: list[SourceParagraph], run: LabelRun, line: int) -> bool:
    """The paragraph right before ``run`` is text under the standalone ``line`` (not the line) and says a list comes
    (重点在四个方面下功夫： / 讲三点意见： / 自觉做到“三个学习”：)."""
    before = run.first - 1
    said = body[before].text.rstrip()
    return before > line and bool(LIST_COMING.search(said) or THINGS_COMING.search(said) or announced_count(body, run.first))


def _heading_lines(run: LabelRun, body: list[SourceParagraph]) -> bool:
    """Each point of ``run`` is a heading on a line of its own (**第一点：目标没有商量的余地**), whatever its label's
    style: the lists set out under such lines are theirs, as under 一、 headings."""
    return all(
        (m := style_match(c, run.style)) is not None and short_heading(body[c.para].text[m.end :].strip())
        for c in run.items
    )


# the heading a page sets over its introduction of the talk
_PREFACE = re.compile(r"^(?:前言|引言|导语|导读|写在前面)[：:]?$")  # (a line 编者按 is dropped as the page's before)
# 本次分享主要分为三部分： / 今天的分享分成三个部分：: a heading line that brings in the parts it counts
_PARTS_COUNTED = re.compile(r"分[为成]?([一两二三四五六七八九十\d]+)个?部分[：:]$")


def _mixed_heading_levels(body: list[SourceParagraph]) -> set[int]:
    """The Markdown heading levels whose headings are some numbered in a heading's style (### 1、…), some not (### 前言):
    the level, not the number's style, places them all (none where a heading holds a spoken count)."""
    labelled: dict[int, set[bool]] = {}
    for p in body:
        if p.heading_level:
            labels = match_label(p.text)
            if any(m.index and m.style not in HEADING_RANK for m in labels):
                return set()  # (### 第一点，… among unnumbered lines: a speaker's count, read as before)
            labelled.setdefault(p.heading_level, set()).add(any(m.index for m in labels))
    return {level for level, kinds in labelled.items() if kinds == {True, False}}


def _nested_heading_levels(body: list[SourceParagraph]) -> list[SourceParagraph]:
    """Markdown heading levels as the headings nest, not as their marks are written: ``### 初模型`` before the first
    ``##`` of the body has no heading over it, so it stands beside the ``##`` headings, and the ``####`` under a ``##``
    are one level below them (a page that wrote ### / ## / #### / ####). A heading's level is one more than that of
    the nearest heading before it written with fewer marks; none before it, the body's shallowest level. Only where
    the shallowest headings have headings under them, as the deeper one before them would be their peer: a lone
    ``## 圆桌对话`` after ### 一、… ### 三、 is the page's next section, no point beside them."""
    marks = [p.heading_level for p in body if p.heading_level]
    if not marks:
        return body
    shallowest = min(marks)
    first = marks.index(shallowest)
    if first == 0 or all(mark == shallowest for mark in marks[first:]):
        return body
    out: list[SourceParagraph] = []
    above: list[tuple[int, int]] = []  # (marks written, level given) of the headings still open
    for p in body:
        if not p.heading_level:
            out.append(p)
            continue
        while above and above[-1][0] >= p.heading_level:
            above.pop()
        level = above[-1][1] + 1 if above else shallowest
        above.append((p.heading_level, level))
        out.append(p if level == p.heading_level else replace(p, heading_level=level))
    return out


BOLD_SUB_HEADING_MAX = 20  # characters of a bold line that heads a part of a Markdown section (**运行时能力抽象**)
_SENTENCE_MARKS = re.compile(r"[。，,！!？?；;：:]")


def _bold_sub_headings(body: list[SourceParagraph]) -> list[SourceParagraph]:
    """``## 蚂蚁云原生应用运行时架构`` / … / ``**运行时能力抽象**`` / text … / ``**运行时组件管控**`` / text: short lines set
    wholly in bold, no mark of a sentence in them and no label, under a Markdown heading of the body's shallowest
    level whose section has no headings of its own, are that section's sub-headings, one level below it, as ``###``
    would be: two such lines in the body at least. A bold line with no text under it (a page's last line) heads
    nothing."""
    levels = [p.heading_level for p in body]
    if not any(levels):
        return body
    shallowest = min(level for level in levels if level)

    def phrase(i: int) -> bool:
        p = body[i]
        text = p.text.strip()
        return (
            not p.heading_level and p.wholly_bold() and 2 <= len(text) <= BOLD_SUB_HEADING_MAX
            and not _SENTENCE_MARKS.search(text) and not match_label(text)
            and i + 1 < len(body) and not body[i + 1].heading_level
        )

    found: dict[int, int] = {}  # paragraph: the level it is given
    above = 0  # the level of the heading whose section this is (0: before the first heading)
    for i, level in enumerate(levels):
        if level:
            above = level
            end = next((j for j in range(i + 1, len(body)) if levels[j] and levels[j] <= level), len(body))
            deeper = any(levels[j] > level for j in range(i + 1, end))
        elif above == shallowest and not deeper and phrase(i):
            found[i] = above + 1
    given = Counter(found.values())
    found = {i: level for i, level in found.items() if given[level] >= 2}
    return [replace(p, heading_level=found[i]) if i in found else p for i, p in enumerate(body)]


def _heading_line_item(node: OutlineNode) -> bool:
    """An item of a counted list (第一，…) that stands as a heading line of its own: no text after its lead, and the
    lead ends no sentence (第一，全国动员，大办农业)."""
    return bool(node.heading) and not node.text and ends_no_sentence(node.heading)


def _same_shape_end(after: str, others: list[str]) -> int | None:
    """卡点上严防死守 / 坟头上包保到人 / 处置上快速反应 end clearly, all of one length with a word in the same place (上):
    a lead of that shape glued to its text (思想上高度重视清明前后是…) ends at that length."""
    bare = [h.rstrip("。！!") for h in others]
    if len(bare) < 2 or len({len(h) for h in bare}) != 1:
        return None
    size = len(bare[0])
    shared = [i for i in range(1, size) if len({h[i] for h in bare}) == 1]
    if not SAME_SHAPE_MIN <= size <= SAME_SHAPE_MAX or any(not CJK_CHAR.fullmatch(ch) for h in bare for ch in h):
        return None  # (short phrases of characters alone: 坚持…、…，… clauses of one length are chance)
    if not shared or len(after) < size + RUN_TEXT_MIN or any(after[i] != bare[0][i] for i in shared):
        return None
    return size


def _shared_tail_end(after: str, end: int, others: list[str]) -> int | None:
    """坚守政治家办报的根本原则 / 坚守守正创新的发展方向 end clearly, of lengths that differ, alike in their first words
    (坚守) and in a word counted from their ends (的, five from the end): a lead that takes that shape at one length
    only, within a character of theirs, glued to its text (坚守人民至上的价值追求江南日报的历史，…) ends there."""
    bare = [h.rstrip("。！!") for h in others]
    if len(bare) < 2 or any(not CJK_CHAR.fullmatch(ch) for h in bare for ch in h):
        return None
    short, long = min(map(len, bare)), max(map(len, bare))
    if short < SAME_SHAPE_MIN or long > SAME_SHAPE_MAX + RUN_SLACK:
        return None
    left = [i for i in range(short) if len({h[i] for h in bare}) == 1]
    right = [k for k in range(1, short) if len({h[-k] for h in bare}) == 1]
    if not left or not right:
        return None
    fits = [
        p for p in range(short - 1, long + 2)
        if p + RUN_TEXT_MIN <= end and all(CJK_CHAR.fullmatch(c) for c in after[: p + 1])
        and all(after[i] == bare[0][i] for i in left if i < p) and all(after[p - k] == bare[0][-k] for k in right)
    ]
    return fits[0] if len(fits) == 1 else None


SAME_SHAPE_MIN, SAME_SHAPE_MAX = 4, 12  # characters of such a heading
UNBOUNDED_LEADS = 2  # leads of a run with no clear heading cut by a word that opens text, at least
SECTION_PARAGRAPHS = 2  # paragraphs of text, at least, under each of a lecture's unnumbered part lines


def _count_family(style: str) -> tuple[str, ...]:
    """The styles one count may be said in, item by item: 第一， and 首先 (首先，… 其次，… 第三，…); else the style alone."""
    return ("第一，", "首先") if style in ("第一，", "首先") else (style,)


def _holds_as_much(run: LabelRun, other: LabelRun) -> bool:
    """``run``'s points are at ``other``'s paragraphs, perhaps more."""
    paras, others = {c.para for c in run.items}, {c.para for c in other.items}
    return others <= paras


def _numbered_on_under(run: LabelRun, lines: list[int]) -> bool:
    """民族矛盾和国内矛盾的目前发展阶段 / （一）…（六） / 为民主和自由而斗争 / （七）…: every line stands right over an item
    of ``run``, the first over its first item: a part title over each stretch of one list numbered on through the
    parts (a book's chapter lines, its paragraphs numbered through the chapters)."""
    items = {c.para for c in run.items}
    return lines[0] + 1 == run.first and all(i + 1 in items for i in lines)


def _alike_by_runs(texts: list[str]) -> bool:
    """Lines that open alike (two characters at least), or fall into runs in order that each do, of two lines
    at least (我们坚持… ×5, then 中国愿同各国… ×4: a review, then the outlook)."""
    runs: list[list[str]] = []
    for t in texts:
        if runs and len(common_prefix([*runs[-1], t])) >= 2:
            runs[-1].append(t)
        else:
            runs.append([t])
    return all(len(run) >= 2 for run in runs)




def _sentence_alone(after: str, end: int) -> bool:
    """第一件事，说说这一年我们到底做对了什么。: a lead that is a short sentence alone in its paragraph is glued to no text."""
    return end >= len(after.rstrip()) and len(after.strip()) <= SENTENCE_LINE


LOST_BREAK_PASSES = 3  # passes of split_lost_breaks, at most: each split can show the next lost break


class _Parser:
    def __init__(self, paragraphs: Sequence[SourceParagraph], page_cut: bool = False, unnumbered_leads: bool = False) -> None:
        self.page_cut = page_cut
        self.unnumbered_leads = unnumbered_leads
        given, page_head = set_aside_page_head([p for p in paragraphs if p.text.strip()])
        given, ocr = close_ocr_gaps(given)
        given = rejoin_word_wraps(rejoin_inline_breaks(rejoin_page_lines(rejoin_viewer_pages(given))))
        # (repairs that change a copy's paragraphs, not its words: said in the report for the writer to check)
        self.repairs: list[str] = ["原稿像是扫描识别出的文字，汉字之间多出的单个空格已去掉，请核对"] if ocr else []
        given = split_spaced_heads(split_repeated_title(split_spaced_labels(given)), self.repairs)
        given = self._lost_breaks(given)
        given = split_bold_heads(split_glued_lists(given, self.repairs), self.repairs)
        given = rejoin_broken_headings(rejoin_wrapped_headings(given, self.repairs), self.repairs)
        given = restore_lost_labels(restore_ocr_one(restore_ocr_dashes(given, self.repairs), self.repairs), self.repairs)
        numbered = run_in_bare_numerals(given)
        self.numerals_run_in = len(numbered) < len(given)  # (said in a note when points are read)
        paras = rejoin_year(unflatten(run_in_bare_run_in_labels(numbered)))
        opened = any(p.text.startswith("一、") for p in paras) and not any(p.text.startswith("一、") for p in numbered)
        if opened:  # (一、 split off the opening's end: the 二、 glued to its text is found now)
            paras = self._lost_breaks(paras)
        paras = run_on_heads(paras)  # 在…上的讲话（2023年3月1日）张明远 新华社…电 同志们：今天…
        self.flattened = len(paras) > len(given)  # a page that had lost its line breaks
        hall_notes: list[DroppedLine] = []
        self.paras = spoken_breaks([piece for p in paras for piece in split_listed_points(p)], hall_notes)
        self.out = Outline(notes=self.repairs[:REPAIRS_SHOWN], dropped=[*page_head, *hall_notes])
        if len(self.repairs) > REPAIRS_SHOWN:
            self.out.notes.append(f"另有 {len(self.repairs) - REPAIRS_SHOWN} 处同样的分段修补，请逐一核对")
        self.blocks: list[Block] = []
        self.block_sources: list[int] = []
        self.block_runs_on: list[bool] = []
        self.cut_off = False  # the body ends without a closing mark: a page cut short
        self.previous = -1  # source number of the paragraph before the one being walked
        self.previous_text = ""
        self.top_run: set[int] = set()  # serials of the labels chosen as the points
        self.nested_top_style: dict[int, int] = {}  # labels of the points' style in lists nested in a point: their depth
        self.top_heading_level = 0  # the Markdown heading level every point's label stands on (0: none, or mixed)
        self.top_bar = False  # every point's number has a bar after it (01｜)
        self.walked: list[SourceParagraph] = []  # the body paragraphs being walked
        self.walked_row: dict[int, int] = {}  # a walked paragraph's source number -> its place in ``walked``
        # heading-style points at a paragraph start: (node, its block, text after the label, heading end, uncut)
        self.heading_leads: list[tuple[OutlineNode, int, str, int, bool]] = []
        # points whose heading the copy glued to its text, ended where the reader judged (said in a note)
        self.guessed_ends: dict[int, OutlineNode] = {}

    # -- blocks of the Speech, in reading order --

    def emit(self, block: Block, paragraph: int, runs_on: bool = False) -> None:
        self.blocks.append(block)
        self.block_sources.append(paragraph)
        self.block_runs_on.append(runs_on)

    def run(self) -> Outline:
        body = read_head(self.paras, self.out)
        body = read_end(body, self.out)
        self.body(body)
        if self.numerals_run_in and self.out.points:
            self.out.notes.append("原稿的一级要点只有单独成行的序号（如“一”“01”），已把序号下的小标题行或第一段的首句读作小标题，请核对")
        self.finish()
        return self.out

    # -- the body --

    def body(self, body: list[SourceParagraph]) -> None:
        body = mark_dialogue_turns(_bold_sub_headings(_nested_heading_levels(body)))
        cands = self.candidates(body)
        run = choose_top(cands, body, self.page_cut)
        parts = self._dated_parts(cands, body)
        if parts is not None:
            run = parts
            self.out.notes.append("原稿由几次讲话合成，已把各次讲话的标题（其下一行是日期）读作一级要点")
        elif run is not None and not run.style.startswith("#"):
            headings = run if run.style in HEADING_RANK or len(run.items) >= 3 else None
            sections = self._unnumbered_sections(cands, body, headings, counted=frozenset(c.para for c in run.items))
            if sections is not None:
                run = sections
                self.out.notes.append("原稿要点没有编号，已把独立成行的短标题读作一级要点、其下的分述读作分论点（重新生成时按模板加上编号）")
            elif (parts := self._bold_lead_parts(cands, body, run)) is not None:
                run = parts
                self.out.notes.append("原稿要点没有编号，已把段首加粗的句子读作一级要点、其中一段下的分述读作分论点（重新生成时按模板加上编号）")
        if run is None:
            run = self.unnumbered_run(cands, body)
        if run is not None and style_match(run.items[0], run.style) is not None and style_match(run.items[0], run.style).index == 2:
            run = told_first(run, cands, body)
        if run is not None and run.style.startswith("#"):
            run = self._after_preface(run, cands, body)
        top = run.style if run else ""
        self.out.top_style = top
        self.out.several_runs = run is not None and run.runs > 1
        if run is not None:
            points = {c.para for c in run.items}
            lines = _heading_lines(run, body)
            parallel_openings(cands, body, points, headed=top in HEADING_RANK or lines)
            led = top in HEADING_RANK or top.startswith("#") or lines
            bulleted_sub_points(cands, body, points, led=led)
            add_added_point(cands, body, run.end)
            add_bold_last_point(cands, body, run)
            if top in HEADING_RANK or top.startswith("#"):  # (after run-in points, 最后，提几点要求： goes on the last)
                add_announced_part(cands, body, run.end)
        self.top_run = {c.serial for c in run.items} if run else set()
        self.nested_top_style = nested_runs(cands, run) if run else {}
        # (## 1. … / ## 2. … over 1. 2. 3. list items: the points are the Markdown headings, the items a list under one)
        levels = {body[c.para].heading_level for c in run.items} if run else set()
        self.top_heading_level = levels.pop() if len(levels) == 1 and run is not None and len(run.items) >= 2 else 0
        # (01｜… 02｜… with 1）… 2）… under 02｜: the points are the numbers with a bar, the others a list under one)
        self.top_bar = run is not None and len(run.items) >= 2 and all(bar_label(style_match(c, run.style)) for c in run.items)
        first = run.items[0] if run else None
        opening_end = first.para if first else len(body)
        for p in body[:opening_end]:
            role: ParagraphRole = "opening" if first else "body"
            self.out.opening.append(SourceText(p.number, p.text))
            self.emit(Paragraph(text=p.text, role=role), p.number)
        if first is None:
            if body:
                self.out.notes.append("未找到编号要点（一、二、三、），正文已作为段落保留")
            return
        if top not in HEADING_RANK and not top.startswith("#"):
            self.out.notes.append(f"原稿没有“一、”式标题，已把“{top}”分述的各段作为一级要点")
        owned = next((m.label for c in run.items for m in c.matches if OWNED_ORDINAL.match(m.label + " ")), None)
        if owned:  # 机关作风的第一条毛病是：: the owner and noun are not kept by the numbering style
            self.out.notes.append(f"原稿的“{owned}”式序号重新生成时写作“第一，”，序号前后的说法请在要点标题中补回")
        self.walk(body, cands, top, opening_end)
        self._run_heading_ends()
        self._note_guessed_ends()

    def _lost_breaks(self, paras: list[SourceParagraph]) -> list[SourceParagraph]:
        """``split_lost_breaks`` again while it finds more (二、 split off a paragraph's end: the 三、 glued on after it
        is found once 二 opens a line), each split said in ``repairs``."""
        for _ in range(LOST_BREAK_PASSES):
            said = len(self.repairs)
            paras = split_lost_breaks(paras, self.repairs)
            if len(self.repairs) == said:
                break
        return paras

    def unnumbered_run(self, cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No run of numbered points: the other ways a speech sets its points apart, tried in this order; the
        first that finds them is said in a note."""
        ways: list[tuple[Callable[[list[LabelCandidate], list[SourceParagraph]], LabelRun | None], str]] = [
            (self._unnumbered_headings, "原稿要点没有编号，已把独立成行的短标题读作一级要点（重新生成时按模板加上编号）"),
            (self._announced_line, "原稿要点没有编号，已把开头所说几点之后独立成行的短标题读作第一个一级要点（页面在其中截断）"),
            (self._bold_sections, "原稿要点没有编号，已把整段加粗的短句读作一级要点、其下段首加粗的句子读作分论点（重新生成时按模板加上编号）"),
            (self._bold_leads, "原稿要点没有编号，已把段首加粗的句子读作一级要点（重新生成时按模板加上编号）"),
            (self._bold_lines, "原稿要点没有编号，已把整段加粗的短句读作一级要点（重新生成时按模板加上编号）"),
            *(
                [
                    (self._unnumbered_announced, "原稿要点没有编号，已把开头所说几点之后、段首句句式相同的几段读作一级要点"),
                    (counted_opener_points, "原稿要点没有编号，已把“几个……”之后以该词开头的几段读作一级要点（各段首句为标题）"),
                ]
                if self.unnumbered_leads
                else []
            ),
            (inline_runs, "原稿的编号只出现在段落之中（……：一是……二是……），已把这些分述读作一级要点"),
            (viewpoint_frames, "原稿要点没有编号，已把以“从……上看”开头的几段读作一级要点（各段首句为标题）"),
            (repeated_opening_clauses, "原稿要点没有编号，已把以同一分句开头、分散在正文各处的几段读作一级要点（各段首句为标题）"),
        ]
        for k, (find, note) in enumerate(ways):
            if (run := find(cands, body)) is None:
                continue
            # a later way that finds these points and more explains more of the speech (four short lines
            # that end 。 among nine set wholly in bold: the bold lines are the points), or as much (bold lines over
            # bold leads: the leads its sub-points); the later ways are tried on a copy of the candidates, kept only
            # when one of them is taken (a way that found other paragraphs puts none of them among the candidates)
            trial = list(cands)
            for later, said in ways[k + 1 :]:
                if (wider := later(trial, body)) is not None and _holds_as_much(wider, run):
                    cands[:], run, note = trial, wider, said
                    break
            place_candidates(cands, list(cands), [])  # (numbered in order again: the tries numbered their copy)
            self.out.notes.append(note)
            return run
        return None

    def _run_heading_ends(self) -> None:
        """Among the headings of one run (one style, one parent), a lead that runs its whole first sentence,
        or runs long past the others that end clearly (a line of their own with no full stop, or cut where
        their text begins; no longer than RUN_CLEAR), may be a heading glued to its text: it ends where a
        word that opens a sentence of text is glued on, within the length of the run's other clear headings
        (``run_heading_end``). Twice: the headings cut the first time bound the rest (a page where every
        heading was glued)."""
        leads = {id(entry[0]): entry for entry in self.heading_leads}
        # (parts headed by their numeral alone are headed by their whole lead sentence: corpus/ANNOTATION.md)
        top = [] if self.numerals_run_in else [self.out.points]
        groups = [*top, *(n.children for p in self.out.points for n in p.walk() if n.children)]
        ended: set[int] = set()
        for _ in range(2):
            for group in groups:
                for style in sorted({n.style for n in group}):
                    run = [leads[id(n)] for n in group if n.style == style and id(n) in leads]
                    clear = {
                        id(n): n.heading for n, _, _, _, uncut in run
                        if len(n.heading) <= RUN_CLEAR
                        and (not uncut or id(n) in ended or (n.standalone and ends_no_sentence(n.heading)))
                    }
                    self._topic_like_the_others(run, ended)
                    if not clear:
                        self._cut_unbounded(run, ended)
                        continue
                    for node, block, after, end, uncut in run:
                        others = [h for k, h in clear.items() if k != id(node)]  # (a lead is not bounded by itself)
                        if id(node) in ended or not others:
                            continue
                        if node.standalone and ends_no_sentence(node.heading) and len(node.heading) <= STANDALONE_HEADING:
                            continue  # (a line of its own that ends no sentence is glued to nothing: 三、站在…发展新篇章)
                        if _sentence_alone(after, end):
                            continue
                        if len(node.heading) <= run_bound(others) + RUN_SLACK and (id(node) in clear or not uncut):
                            continue
                        cut = run_heading_end(after, end, others)
                        if cut is None:
                            cut = _same_shape_end(after, others)
                        if cut is None:
                            cut = _shared_tail_end(after, end, others)
                        if cut is None and uncut:
                            # (the others too short to bound it: a time word opening the text ends a heading that is
                            # a phrase, 2023年工作回顾过去一年，…; not a sentence's clause, 首先要肯定，…成立四年以来)
                            cut = time_heading_end(after, end)
                            cut = None if cut is None or re.search("[，,；;]", after[:cut]) else cut
                        if cut is None:
                            continue
                        ended.add(id(node))
                        self._cut_lead(node, block, after, cut)

    def _cut_unbounded(self, run: list[tuple[OutlineNode, int, str, int, bool]], ended: set[int]) -> None:
        """No heading of the run ends clearly: a time word opening the text ends a lead (``time_heading_end``); a
        word that opens text within a heading's usual length (``unbounded_run_end``) ends leads only where it
        ends two or more of the run, so that one chance word inside a heading sentence cuts nothing. The cut
        leads then bound the rest (``_run_heading_ends``' second pass)."""
        cuts = {}
        run = [entry for entry in run if not _sentence_alone(entry[2], entry[3])]
        for node, block, after, end, uncut in run:
            if uncut and (cut := time_heading_end(after, end)) is not None:
                cuts[id(node)] = (node, block, after, cut)
        cued = {}
        for node, block, after, end, uncut in run:
            if uncut and id(node) not in cuts and (cut := unbounded_run_end(after, end)) is not None:
                cued[id(node)] = (node, block, after, cut)
        if len(cued) + len(cuts) >= UNBOUNDED_LEADS and cued:
            cuts.update(cued)
        for key, (node, block, after, cut) in cuts.items():
            ended.add(key)
            self._cut_lead(node, block, after, cut)

    def _topic_like_the_others(self, run: list[tuple[OutlineNode, int, str, int, bool]], ended: set[int]) -> None:
        """一、查摆的问题：… / 二、问题产生的原因：主要是…。 / 三、整改措施：…: every other heading of the run is a topic
        before its colon (two at least), so the one whose lead runs past its colon ends at the colon too."""
        topics = [n for n, *_ in run if n.heading[-1:] in "：:"]
        if len(topics) < 2 or len(topics) != len(run) - 1:
            return
        node, block, after, _, _ = next(entry for entry in run if entry[0] not in topics)
        colon = re.search("[：:]", node.heading)
        if colon is not None and id(node) not in ended and after.startswith(node.heading):
            ended.add(id(node))
            self._cut_lead(node, block, after, colon.end())

    def _cut_lead(self, node: OutlineNode, block: int, after: str, cut: int) -> None:
        """The heading-style point ``node`` ends at ``cut`` in ``after`` (its text after the label)."""
        node.heading, node.text, node.standalone = after[:cut].strip(), after[cut:].strip(), False
        self._guessed(node, after, cut)
        self.blocks[block] = Paragraph(text=node.text, lead=node.heading, lead_level=node.level, label=node.label)

    def _guessed(self, node: OutlineNode, after: str, cut: int) -> None:
        """``node``'s heading ends at ``cut`` inside its first sentence with no mark there (no space a lost
        line break left): where it ends is the reader's judgement, for the writer to check."""
        if 0 < cut < len(after) and not after[cut - 1].isspace() and not after[cut].isspace():
            self.guessed_ends[id(node)] = node

    def _note_guessed_ends(self) -> None:
        shown = [n for n in self.guessed_ends.values() if n.heading and n.text]
        for node in shown[:GUESSED_SHOWN]:
            end = node.heading if len(node.heading) <= 12 else "…" + node.heading[-12:]
            self.out.notes.append(
                f"第 {node.paragraph} 段的小标题在原稿中与正文连在一起，已读作止于“{end}｜{node.text[:8]}…”"
                "（竖线处），请核对小标题是否完整"
            )
        if len(shown) > GUESSED_SHOWN:
            self.out.notes.append(f"另有 {len(shown) - GUESSED_SHOWN} 个与正文连在一起的小标题，止点同样是推断的，请逐一核对")

    @staticmethod
    def _dated_parts(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """开幕词 / （一九五五年三月二十一日） … 结论 / （一九五五年三月三十一日）: a piece made of several talks,
        each headed by a short line with its date on the line under it; the talks are the points."""
        lines = [
            i for i in range(len(body) - 2)
            if len(body[i].text) <= 30 and body[i].text[-1] not in TERMINAL and not numbering_labels(body[i].text)
            and CJK_CHAR.search(body[i].text) and is_date_line(body[i + 1].text)
        ]
        if len(lines) < 2:
            return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines], lines, len(lines))

    @staticmethod
    def _unnumbered_headings(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No numbered run: standalone short lines (坚持问题导向 / 正文 / 坚持系统观念 …) are the points."""
        lines = standalone_run(body)
        if not lines:
            return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines], lines, 1)

    def _announced_line(self, cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """…我讲四个方面的问题。 / 提高认识，进一步增强… / text…, on a page cut off before a second heading: the
        standalone short line right after the announcement is the first point (its number lost with the
        page's automatic numbering); the only such line in the body."""
        cut_off = page_cut_off(body, self.page_cut)
        if not cut_off:
            return None
        lines = [i for i in range(1, len(body) - 1) if heading_line_over_text(body, i)]
        # (讲三点意见。 / 讲几点意见。: a count of points, not 讲一点体会)
        if len(lines) != 1 or announced_count(body, lines[0]) == 1 or not ANNOUNCEMENT.search(body[lines[0] - 1].text):
            return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines], lines, 1)

    @staticmethod
    def _unnumbered_sections(
        cands: list[LabelCandidate], body: list[SourceParagraph], headings: LabelRun | None = None, counted: frozenset[int] = frozenset(),
    ) -> LabelRun | None:
        """关于产业发展 / …一是…二是… / 关于人居环境 / …一是…二是…: standalone short lines each over a list
        that starts again under it: the lines are the points, the lists their sub-points. A run of
        headings (（一）…（八）) that lies wholly under one of the lines is one part's sub-points too
        (a work report's part titles 一、二、三、 lost on a web page: 工作回顾 / 目标任务 / 重点工作); then two
        lines are enough (回顾 / 目标和重点工作, the numbered headings under the second); or three that open alike. So is a
        run of headings numbered on through the lines, each line right over one of its items (``_numbered_on_under``)."""
        # (the lines' parts run to the last list of the headings' style, started again under each line: 关于产品 /
        # 1.…3. / 关于客户 / 1.…2. / 关于组织 / 1.…3.)
        runs = label_runs(cands)
        reach = max((r.end for r in runs if r.style == headings.style), default=headings.end) if headings is not None else 0
        lines = standalone_run(body, reach, pair=headings is not None) or _bold_heading_lines(body, reach)
        # (parts whose numbered headings start again under them: two lists of the headings' style at least from 1)
        restarts = sum(1 for r in runs if r.style == headings.style and opens_at_one(r)) if headings is not None else 0
        if not lines and restarts >= 2 and headings.style in HEADING_RANK:
            # (过去五年国内工作的基本总结 / 一、…五、 / 今后五年…的目标、方针和任务 / 一、…十、 / 关于外交工作: a report's part
            # lines, whatever their lengths, when its numbered headings start again under them: the lists say so below)
            lines = [i for i in range(len(body) - 1) if heading_line_over_text(body, i)]
        if restarts >= 2:
            lines = _lines_between_headings(lines, runs, headings.style)
        if not lines or (headings is not None and headings.first < lines[0]) or set(lines) <= counted:
            return None  # (下面，我再讲讲… lines the top run's order words count, ``counted``: its labels, not bare lines)
        bounds = [*lines, len(body)]
        holding = set()
        brought_in: list[bool] = []  # per list under a line: the text under that line says it comes (重点在四个方面下功夫：)
        # (关于停车难 / 第二件事是停车。… / 关于垃圾分类 / 第三件事是垃圾分类。…: the speaker counting the lines again as
        # he opens each part, each by its place among them; no list of theirs)
        recounted = {
            c.para for r in runs if len(r.items) >= 2 and not r.style.startswith("#")
            and all(c.para - 1 in lines and (style_match(c, r.style) or c.matches[0]).index == lines.index(c.para - 1) + 1 for c in r.items)
            for c in r.items
        }
        for r in runs:
            if r.style in HEADING_RANK and (headings is None or r.style != headings.style):
                continue
            if any(c.para in recounted for c in r.items):
                # (首先，…其次，… under 协同, then 第三个词是耐心。 under the next line: the recount, not the list's third)
                r = replace(r, items=[c for c in r.items if c.para not in recounted])
            if len(r.items) < 2 or r.style.startswith("#") or r.end < lines[0]:
                continue
            if r.style == DASH_STYLE and r.first > lines[0]:
                # (关于主要成效 / ——…——… / 关于几点体会 / ——…——…: dashes count nothing, so one run goes on across the
                # lines; it is their lists, each line over two items at least)
                held = Counter(next((k for k in range(len(lines)) if bounds[k] < c.para < bounds[k + 1]), None) for c in r.items)
                if None not in held and min(held.values()) >= 2:  # (None: a dash line that is itself one of the lines)
                    holding |= set(held)
                    brought_in.append(len(held) == 1 and _brought_in_under(body, r, bounds[next(iter(held))]))
                    continue
            # (一要…三要… under one line, then 最后一点，… past the next line: a part's own last words, not the list's)
            last = style_match(r.items[-1], r.style)  # (None when the item was read as the list's 最后 in another style)
            said_last = len(r.items) >= 3 and (last is None or last.index is None)
            end = r.items[-2].para if said_last else r.end
            k = next((k for k in range(len(lines)) if bounds[k] < r.first and end < bounds[k + 1]), None)
            if k is None and headings is not None and r.style == headings.style and _numbered_on_under(r, lines):
                holding |= set(range(len(lines)))  # (its items numbered on through the lines: each line's part holds some)
                continue
            if k is None:
                return None  # a list runs across the lines: they are no sections of it
            holding.add(k)
            brought_in.append(_brought_in_under(body, r, bounds[k]))
        # (关于社会救助工作 / 关于养老服务工作 / …: three lines or more that open alike are parts, though a list stands
        # under one of them only)
        alike = len(lines) >= MIN_PARALLEL and len(common_prefix([body[i].text for i in lines])) >= 2
        # (**统一思想，…** / **突出重点，…** with 一要…四要 under it / **压实责任，…**: three lines or more each set wholly in
        # bold are a copy's part headings, though a list stands under one of them only)
        bold = len(lines) >= MIN_PARALLEL and all(_bold_line(body[i]) for i in lines) and bool(holding)
        # (群众工作面临的新情况 / 群众工作的基本方法 with 一是…三是 under it / 需要注意的几个问题: three lines or more each
        # over two paragraphs at least are a lecture's parts, the list under one of them its sub-points)
        parts = len(lines) >= MIN_PARALLEL and bool(holding) and all(b - a >= SECTION_PARAGRAPHS + 1 for a, b in zip(bounds, bounds[1:], strict=False))
        # (过去一年，我们… / 新的一年，我们要… with ——…×4 under it, brought in by its text: 重点在四个方面下功夫： /
        # 我们要守住底线、凝聚合力: three lines or more, each list under one of them said to come by that part's own text)
        introduced = len(lines) >= MIN_PARALLEL and bool(brought_in) and all(brought_in)
        if len(holding) < 2 and not (headings is not None and holding == {1} and _first_part_weighs(body, lines)) and not (alike or bold or parts or introduced):
            return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines and not (c.at_start and c.para in recounted)], lines, len(lines))

    @classmethod
    def _bold_lead_parts(cls, cands: list[LabelCandidate], body: list[SourceParagraph], run: LabelRun) -> LabelRun | None:
        """**韧性，是…。**… / **数字化，是…。**… / 一是…二是…三是… / **协同，是…。**…: three paragraphs or more that open
        with a bold lead sentence, a numbered list (no heading run) wholly inside one of their parts: the leads are
        the points (``_bold_leads``), the list that part's sub-points. A list of headings (1. / （一）, not 一、) counts
        only between two leads (**要压实责任，…。** / **1.党委要担起主体责任。**… ×4 / **要以案为鉴，…。**), not after the
        last."""
        lines = _bold_lead_paragraphs(body)
        if HEADING_RANK.get(run.style) == 1 or len(lines) < MIN_PARALLEL:
            return None
        bounds = lines if run.style in HEADING_RANK else [*lines, len(body)]
        if not any(a < run.first and run.end < b for a, b in zip(bounds, bounds[1:], strict=False)):
            return None
        return cls._bold_leads(cands, body)

    @staticmethod
    def _bold_leads(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No numbered run: paragraphs that open with a bold lead sentence (**惟…方能…。**…) and run on after it
        are the points (a bold line of dialogue, **“是！”**, has no text after it: no lead)."""
        lines = _bold_lead_paragraphs(body)
        if len(lines) < 2 or _bold_section_lines(body) is not None:  # (leads under bold lines: their sub-points)
            return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines or c.pos > 0], lines, len(lines))

    @staticmethod
    def _bold_sections(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No numbered run: short paragraphs set wholly in bold (**全力冲刺下半年目标任务**), each over paragraphs that
        open with a bold lead (**突出抓好项目建设。**…), two of them at least holding such leads: the lines are the
        points, the leads under them their sub-points (a plenum's parts, each with its tasks)."""
        found = _bold_section_lines(body)
        if found is None:
            return None
        lines, leads = found
        subs = [LabelCandidate(j, 0, [LabelMatch("#2", 0, "", 0)], True) for j in leads]
        run = unnumbered_run(cands, [c for c in cands if c.para not in lines and (c.para not in leads or c.pos > 0)], lines, len(lines))
        place_candidates(cands, list(cands), subs)
        return run

    @staticmethod
    def _bold_lines(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No numbered run: short paragraphs set wholly in bold (**当以…之担当引领青春航向。**), each over text,
        opening alike or as many as the paragraph before the first announces (有三点期待…：), or three at least that
        end no sentence, alike in length and spread over the body (**2024年工作回顾** / **2025年工作安排** / **几点要求**),
        are the points (a bold line of dialogue, **“是！”**, is neither); so are such phrases among bold sentences said
        for emphasis."""
        lines = _bold_lines_over_text(body)
        if len(lines) < 2:
            return None

        def points(lines: list[int]) -> bool:
            phrases = len(lines) >= MIN_PARALLEL and not any(_ends_sentence(body[i].text) for i in lines)
            return (
                _alike_by_runs([body[i].text for i in lines]) or announced_count(body, lines[0]) == len(lines)
                or (phrases and spread_alike(lines, body, 0))
            )

        if not points(lines):
            lines = _headings_among_bold_lines(body, lines)
            if len(lines) < MIN_PARALLEL or not points(lines):
                return None
        return unnumbered_run(cands, [c for c in cands if c.para not in lines], lines, len(lines))

    @staticmethod
    def _unnumbered_announced(cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun | None:
        """No numbered run: 分享三点希望。 then three paragraphs whose short lead sentences open alike
        (希望你们…。 希望你们…。 希望你们…。) are the points, unnumbered (不编号). 跟你们说几句话。 counts none:
        then as many such paragraphs as follow it in a row, three at least."""
        labelled = {c.para for c in cands if c.at_start}
        for i, p in enumerate(body[:-2]):
            m = _ANNOUNCED_END.search(p.text)
            if m is not None:
                count = count_said(m.group(1))
            elif some := _ANNOUNCED_SOME.search(p.text[last_sentence_start(p.text) :]):
                # (提几点希望。: points, each may go on in paragraphs of its own; 说几句心里话。 / 讲几句话。: a few words, which count
                # only the alike leads said in a row)
                count = _alike_leads_after(body, i, labelled, apart="几句" not in some.group(0))
                if count < MIN_PARALLEL:
                    continue
            else:
                continue
            if count is None or not 2 <= count <= 9 or i + count >= len(body):
                continue
            lines = _announced_items(body, i, count)
            if lines is None or any(k in lines for k in labelled):
                continue
            prefix = common_prefix([_lead_sentence(body[j].text) for j in lines])
            after = range(lines[-1] + 1, min(lines[-1] + ITEM_PARAGRAPHS + 1, len(body)))
            if prefix and any(body[k].text.startswith(prefix) for k in after):
                continue  # the series goes on past the count: not the announced points
            return unnumbered_run(cands, list(cands), lines, count)
        return None

    def candidates(self, body: list[SourceParagraph]) -> list[LabelCandidate]:
        cands: list[LabelCandidate] = []
        mixed = _mixed_heading_levels(body)
        counted_words = _counted_word_labels(body)
        for i, p in enumerate(body):
            text = p.text
            if p.heading_level and _AGENDA_HEADING.match(text):
                continue
            matches = match_label(text)
            if _LAST_BRINGS_IN.match(text) and not _closes_first_run(body[:i]):
                # 最后，我提几点要求：: no last item, an introduction to a list
                matches = [m for m in matches if m.index is not None]
            if not matches:
                matches = spaced_numeral(text, heading=bool(p.heading_level)) or owned_ordinal(text) or (named_ordinal(text) if p.label_line else [])
            if p.heading_level in mixed and matches:
                # ### 前言 / ### 1、… / ### 2、… / ### 总结: the Markdown level ranks the headings, the number is a label
                matches = [LabelMatch(f"#{p.heading_level}", 0, matches[0].label, matches[0].end)]
            if p.heading_level and not matches:
                # ### 2.1 Make it work: a decimal section number is the heading's label, its text after it
                decimal = _DECIMAL_SECTION.match(text)
                end = decimal.end() if decimal else counted_words.get(i, 0)
                label = text[:end].rstrip()
                matches = [LabelMatch(f"#{p.heading_level}", 0, label, end)]
            if not matches:
                dash = DASH.match(text)
                if dash:
                    matches = [LabelMatch(DASH_STYLE, None, text[: dash.end()].rstrip(), dash.end())]
            if matches:
                cands.append(LabelCandidate(i, 0, matches, True))
            found = [(pos, match_label(text[pos:], enumerations_only=True)) for pos in sentence_starts(text)]
            # (要把握两个方面：一方面，…；另一方面，…: a pair the words before it count as parts is a list)
            counted_pair = any(
                _COUNTED_PARTS.search(text[max(0, pos - COUNTED_PARTS_BEFORE) : pos])
                for pos, matches_at in found
                if any(m.style == "一方面" and m.index == 1 for m in matches_at)
            )
            for pos, matches_at in found:
                # 一方面要…；另一方面也要… inside a paragraph is a turn of one sentence, not a list of sub-points
                # (一方面，要正确认识表扬。… with a lead sentence of its own is one)
                inline = [
                    m for m in matches_at
                    if m.style != "一方面" or counted_pair or _own_sentence(text, pos, m)
                ]
                if inline:
                    cands.append(LabelCandidate(i, pos, inline, False))
            cands.extend(LabelCandidate(i, pos, [m], False) for pos, m in colon_list_items(text))
            # (三件大事：一是…，二是…，三是…: a counted list of clauses, its labels after commas too)
            taken = {pos for pos, matches_at in found if matches_at}
            cands.extend(LabelCandidate(i, pos, [m], False) for pos, m in counted_clause_items(text) if pos not in taken)
            if len(p.bold_phrases) >= MIN_PARALLEL:
                cands.extend(bold_clauses(i, p))
        add_spoken(cands, body)
        cands.sort(key=lambda c: (c.para, c.pos))
        drop_previews(cands, body)
        one_count_in_mixed_styles(cands)
        repeated_first_labels(cands)  # (the relabelling is said with the others: 序号“一要”“一要”重新生成时写作…)
        for n, c in enumerate(cands):
            c.serial = n
        return cands

    @staticmethod
    def successor(
        cands: list[LabelCandidate], serial: int, style: str, top: str, at_start: bool = False, from_start: bool = False,
        label: str = "",
    ) -> bool:
        """Is there a 2 of ``style`` after candidate ``serial``, before the next top-level point?
        ``at_start``: only a 2 at a paragraph start counts; ``from_start``: a 1 found inside a paragraph
        (a list nested in an item) does not end the search; ``label``: the 1's (a 2 that counts another thing does
        not go on its list: 第一个目标 … 第二个建议, ``other_thing``)."""
        for c in cands[serial + 1 :]:
            if top and c.at_start and any(m.style == top for m in c.matches) and style != top:
                return False
            for m in c.matches:
                # (一个是… / 再一个是… / 还有一个是…: a speaker's going-on words are his count's next)
                said_next = m.index is None and c.spoken == SPOKEN_ONLY and c.at_start and label.startswith("一个")
                if m.style == style and (m.index == 2 or said_next) and (c.at_start or not at_start) and not other_thing(label, m.label):
                    return True
                if m.style == style and m.index == 1 and (c.at_start or not from_start):
                    return False  # (a list inside a paragraph that starts again is nested, not the end)
        return False

    def walk(self, body: list[SourceParagraph], cands: list[LabelCandidate], top: str, start: int) -> None:
        by_para: dict[int, list[LabelCandidate]] = {}
        for c in cands:
            by_para.setdefault(c.para, []).append(c)
        # frames: [style, last index, node]; frame 0 is the top level
        stack: list[list] = []
        self.walked = body
        self.walked_row = {q.number: k for k, q in enumerate(body)}
        self.cut_off = page_cut_off(body, self.page_cut)
        for i in range(start, len(body)):
            self.previous = body[i - 1].number if i else -1
            self.previous_text = body[i - 1].text.rstrip() if i else ""
            p = body[i]
            text = p.text
            accepted: list[tuple[int, LabelMatch, OutlineNode]] = []
            if len(stack) > 1 and stack[-1][0] == DASH_STYLE and not DASH.match(text):
                stack.pop()  # a dash sub-point is its one paragraph: what follows belongs to the point above
            while len(stack) > 2 and stack[-1][2].inline and any(f[0] == stack[-1][0] for f in stack[1:-1]):
                stack.pop()  # a list inside an item's paragraph that repeats the item's own style ends with it
            opener = next((c for c in by_para.get(i, []) if c.at_start), None)
            while len(stack) > 1 and stack[-1][2].inline and opener is not None and not any(
                m.style == stack[-1][0] for m in opener.matches
            ):
                stack.pop()  # a list inside a paragraph ends with it: a label opening a later paragraph is no item of it
            first = next(iter(by_para.get(i, [])), None)
            while (
                len(stack) > 1 and stack[-1][2].inline and stack[-1][2].paragraph != p.number
                and first is not None and any(m.style == COLON_LIST_STYLE for m in first.matches)
            ):
                stack.pop()  # a list said inside an earlier paragraph ended there: one a colon brings in here is its sibling
            if opener is None and len(stack) > 1 and _SUMS_UP_LIST.match(text) and self._list_of_paragraphs(stack):
                stack.pop()  # (以上每一个阶段，…: a paragraph that sums up the list above closes it; what follows is the point's)
            before = list(stack)  # text ahead of this paragraph's first label belongs to the node before it
            for c in by_para.get(i, []):
                hit = self.accept(c, cands, stack, top, p)
                if hit is not None:
                    hit[1].inline = not c.at_start
                    accepted.append((c.pos, hit[0], hit[1]))
            cuts = [pos for pos, _, _ in accepted] + [len(text)]
            pre = ""
            if not accepted or accepted[0][0] > 0:
                pre = text[: cuts[0]].strip()
                if pre and not before:  # 下面讲三点。第一，…: the opening's last words, the first point after them
                    self.out.opening.append(SourceText(p.number, pre))
                    self.emit(Paragraph(text=pre, role="opening"), p.number)
                elif pre:
                    self.attach(before, SourceText(p.number, pre))
            for k, (pos, m, node) in enumerate(accepted):
                segment = text[pos : cuts[k + 1]]
                heading_style = m.style in HEADING_RANK or m.style.startswith("#")
                after = segment[m.end :].strip()
                # (## 4. 要不要迁？我的建议: a Markdown heading is its whole line, a question in it included)
                # (**跑吧！无论如何都要保持着奔跑**: a heading line set wholly in bold is its whole line too)
                whole_line = pos == 0 and (p.heading_level or (not m.label and _bold_line(p)))
                end = len(after) if whole_line else first_sentence_end(after)
                # **“新故相推，日生不滞。”** …: the bold lead, its quote whole; - **物流公司党委：**…: a list item's
                # (**一、要提高…“下半篇文章”。**审计查出…: the bold lead holds the label too, the heading is the rest of it)
                bold = p.bold_phrases[0].strip() if p.bold_phrases else ""
                bold = bold[len(m.label) :].strip() if bold.startswith(m.label) and len(bold) > len(m.label) else bold
                if heading_style and pos == 0 and (p.bold_lead or p.bulleted) and bold and after.startswith(bold):
                    end = len(bold)
                    if p.bulleted and after[end : end + 1] in ("。", "：", ":"):  # (- **核心系统减负**。从…: its mark)
                        end += 1
                elif heading_style and pos == 0 and p.bulleted and (topic := bullet_topic_end(after)) is not None:
                    end = topic  # (- 经济发展稳中有进：…: a plain list item's topic, up to its colon)
                elif heading_style and pos == 0 and not m.label and (topic := bold_topic_end(p)) is not None:
                    end = topic  # (**升级成本高**：…: a bold topic and its colon)
                elif heading_style and pos == 0 and not (self.numerals_run_in and node.depth == 1):
                    # (a part headed by its numeral alone is headed by its whole lead sentence: corpus/ANNOTATION.md)
                    sentence_end = end
                    end = heading_end(after, end, m.end, self.flattened)
                    self.heading_leads.append((node, len(self.blocks), after, end, end == sentence_end))
                    if end < sentence_end:
                        self._guessed(node, after, end)
                elif pos == 0:  # 第一，思想上要重视再重视秸秆禁烧年年抓，…: a lead's closing form glued to its text
                    sentence_end = end
                    end = lead_end(after, end)
                    # (——在抓项目上再加力今年，… / 第一，要营造…的浓厚氛围各级党委、政府要…: leads glued to their text as
                    # headings are; a sub-point's 第一，/一是 lead runs on as a sentence of its item)
                    if m.style == DASH_STYLE or (m.style in ("第一，", "一是") and node.depth == 1):
                        self.heading_leads.append((node, len(self.blocks), after, end, end == sentence_end))
                    if end < sentence_end:
                        self._guessed(node, after, end)
                if end > LONG_LEAD and node.depth > 1:  # a long sub-point lead is its first clause (一方面，要压实责任，…)
                    comma = next((j for j in range(4, LONG_LEAD) if after[j] in "，,"), None)
                    end = comma + 1 if comma is not None and not heading_style else end
                lead, rest = after[:end].strip(), after[end:].strip()
                node.heading, node.text = lead, rest
                node.standalone = heading_style and not rest and pos == 0 and len(accepted) == 1 and len(lead) <= 80
                runs_on = pos > 0 and (k > 0 or bool(pre))  # a block of this paragraph stands before it
                if node.standalone:
                    self.emit(Heading(level=node.level, label=node.label, text=lead), p.number)
                else:
                    block = Paragraph(text=rest, lead=lead, lead_level=node.level, label=node.label)
                    self.emit(block, p.number, runs_on)

    @staticmethod
    def _open_list_items(stack: list[list]) -> list[OutlineNode]:
        """The items so far of the innermost list open in ``stack`` (its parent's children in its style)."""
        return [n for n in stack[-2][2].children if n.style == stack[-1][2].style]

    def _list_of_paragraphs(self, stack: list[list]) -> bool:
        """The innermost list open in ``stack`` has two items at least, each opening a paragraph of its own."""
        items = self._open_list_items(stack)
        return len(items) >= 2 and not any(n.inline for n in items)

    def _last_point_said_last(self, c: LabelCandidate, m: LabelMatch, stack: list[list], p: SourceParagraph) -> bool:
        """最后，要严明工作纪律… after points each said as a charge (一、要… 二、要… / 一、要… 第二，要… 三是要…), in
        whatever style the count ended, or a 最后， heading line after a count that switched to 第三，: its last point,
        said with 最后， (the 一要 count's own 最后 is label_runs')."""
        if not (c.at_start and stack and m.style == "首先" and m.index is None and len(self.out.points) >= 2):
            return False
        if LAST_CHARGE.match(p.text) and all(n.heading.startswith("要") for n in self.out.points):
            return True
        # (一、… 二、… 第三，… then 最后，加强自身建设，… on a heading line: the count switched to the spoken style and ends)
        return self.out.points[-1].style in ("第一，", "首先") and self.out.points[0].style != self.out.points[-1].style and (
            len(p.text) <= STANDALONE_HEADING and ends_no_sentence(p.text)
        )

    def _added_after_run_in(self, c: LabelCandidate, p: SourceParagraph) -> bool:
        """三、二季度几件具体的事 / **第一件，存款要稳住。**… (its list run in) … then **最后，我再强调一下合规的问题。**
        on a line of its own, as the last point's heading is: one more point of the count (the candidate's added
        reading), not the next item of the list under the last point (uq09; 第二点，要压实责任，… / 首先是企业的主体责任。…
        / 还有就是，我要专门讲一下应急准备的问题。: uy09)."""
        last = self.out.points[-1] if self.out.points else None
        return (
            any(m.style == ADDED_STYLE for m in c.matches)
            and last is not None
            and not last.text
            and bool(last.children)
            and all(ch.text for ch in last.children)
            and short_sentence_line(p.text)
        )

    def _dash_lead_before(self, c: LabelCandidate, cands: list[LabelCandidate]) -> bool:
        """Is there a dash lead on a line of its own two paragraphs before ``c`` (the last of such a list)?"""
        return any(
            d.para == c.para - 2 and d.at_start and style_match(d, DASH_STYLE) and len(self.walked[d.para].text) <= DASH_LEAD_LINE
            for d in cands[max(0, c.serial - 3) : c.serial]
        )

    def accept(self, c: LabelCandidate, cands: list[LabelCandidate], stack: list[list], top: str, p: SourceParagraph):
        """The label ``c`` stands for in the current numbering, and the node it opens; None if plain text."""
        added_line = self._added_after_run_in(c, p)
        for m in c.matches:
            if added_line and m.style != ADDED_STYLE:
                continue  # (its other readings: an item of the list under the last point)
            if m.style in (ADDED_STYLE, ANNOUNCED_STYLE):
                # (另外还有一个事，…: one more point after a count of two at least; 最后，讲几点要求。 over 第一，… 第二，…: a
                # part of demands after the count's last, its list under it) — the count's next point, in its style
                last = self.out.points[-1] if len(self.out.points) >= 2 else None
                # (not after unnumbered heading lines; one more point, not after a last item over a list of paragraphs
                # of its own)
                if not stack or last is None or last.style.startswith("#") or (
                    m.style == ADDED_STYLE and any(not ch.inline for ch in last.children) and not added_line
                ):
                    continue
                return self._open_point(LabelMatch(last.style, stack[0][1] + 1, "", 0), stack[0][1] + 1, stack, p)
            heading_style = m.style in HEADING_RANK or m.style.startswith("#")
            if heading_style and not c.at_start:
                continue
            top_item = c.serial in self.top_run if top not in HEADING_RANK and not top.startswith("#") else m.style == top
            top_item = top_item and not (self.top_heading_level and p.heading_level != self.top_heading_level and m.style == top)
            top_item = top_item and not (self.top_bar and m.style == top and not bar_label(m))
            depth = self.nested_top_style.get(c.serial) if m.style == top and c.at_start else None
            if depth is not None and stack and len(stack) >= depth - 1:
                # (一、… 五、 inside 二、, the report's 三、 after them: a list of the points' style, one level down)
                del stack[depth - 1 :]
                return self._open_list(stack, m, m.index or 1, p)
            if m.style == DASH_STYLE and not top_item and not (c.at_start and stack):
                continue
            if top_item or self._switched_style(c, m, stack, top, cands) or self._count_goes_on(c, m, stack, top, cands):
                return self._open_point(m, m.index or (stack[0][1] + 1 if stack else 1), stack, p)
            if self._last_point_said_last(c, m, stack, p):  # (一、要… 第二，要… 三是要… 最后，要严格督查问责。)
                return self._open_point(LabelMatch(self.out.points[-1].style, None, m.label, m.end), stack[0][1] + 1, stack, p)
            if not stack:
                return None
            pos = self._own_list(stack, m, p)
            if pos is None and c.at_start and m.style == "首先" and m.index is None and "最后" in m.label:
                # 第一，… 第二，… 最后，… (最后一个措施是…): the last item of a 第一， list at least two long, as at the top
                pos = next((k for k in range(len(stack) - 1, 0, -1) if stack[k][0] == "第一，" and ends_with_last(stack[k][1])), None)
                m = LabelMatch("第一，", None, m.label, m.end) if pos is not None else m
            if pos is not None:
                if stack[pos][2].style != m.style:  # (a list that switched style: its items keep the style it opened in)
                    m = LabelMatch(stack[pos][2].style, m.index, m.label, m.end)
                last = stack[pos][1]
                index = m.index or last + 1
                # heading styles keep gaps and repeats (check reports them); enumerations must count on
                follows = index >= last and index != 1 if heading_style else index == last + 1
                restart = not follows and index == 1 and self.successor(cands, c.serial, m.style, top)
                if not follows and not restart:
                    continue
                if follows and self._next_at_start(c, m, cands, stack[pos], top, p) == index:
                    continue  # (…第二，要有极端认真的精神。 inside a paragraph, 第二，在专利申请上… opening a later one)
                if restart and self._uncounted_list(c, m, cands, stack[pos - 1][2], p):
                    continue  # (…三是… / 同时，…今年，一是…；二是…: a second list, said as the first one's text)
                if (
                    restart and not c.at_start and pos == len(stack) - 1 and stack[pos][2].paragraph == p.number
                    and p.text[: c.pos].rstrip()[-1:] in "：:"
                ) or (restart and self._next_at_start(c, m, cands, stack[pos], top, p) == last + 1):
                    # (…从不利因素看，一是… after the last item: a list beside it, not inside it)
                    # 一是高考成绩领先。…四项指标：一是…；二是…: a list inside the item's own paragraph, one level down;
                    # 二是… / 地下空间的内涝有几个特点。一是…二是… / 三是…: one inside a later paragraph of the item
                    del stack[pos + 1 :]
                    return self._open_list(stack, m, 1, p)
                del stack[pos + 1 :]
                parent = stack[pos - 1][2]
                node = self.node(m, index, pos + 1, parent.level, p, restart=restart)
                parent.children.append(node)
                stack[pos] = [m.style, index, node]
                return m, node
            k = self._switched_sub_count(c, m, stack, top, cands)
            if k is not None:  # （一）… （二）… 3.…: the sub-count goes on in another style, an item of that list
                said = m.style  # (the frame takes the new style: 1. 2. （3） （4）, the （4） goes on from the （3）)
                m = LabelMatch(stack[k][0], m.index, m.label, m.end)
                del stack[k + 1 :]
                node = self.node(m, m.index, k + 1, stack[k - 1][2].level, p)
                stack[k - 1][2].children.append(node)
                stack[k] = [said, m.index, node]
                return m, node
            if heading_style:
                if m.index not in (1, None) and not m.style.startswith("#") and not self._numbered_on(m, stack):
                    continue
            elif m.style == DASH_STYLE:
                # (dash leads on lines of their own, each over its text: the next dash comes a paragraph later)
                lead = c.at_start and len(p.text) <= DASH_LEAD_LINE
                reach = 2  # (—— over its text, or ——… run in with a paragraph going on after it)
                runs_on = any(c.para < d.para <= c.para + reach and d.at_start and style_match(d, DASH_STYLE) for d in cands[c.serial + 1 : c.serial + 4])
                cut = c.at_start and self._cut_list(c, cands, stack)  # (a page cut off in its first dash point)
                # (the last of dash points run in, a paragraph after each: the point above holds the ones before it)
                goes_on = c.at_start and any(ch.style == DASH_STYLE for ch in stack[-1][2].children)
                if not runs_on and not (lead and self._dash_lead_before(c, cands)) and not cut and not goes_on:
                    continue  # dash points below the top level are a list only when they run on (—— … ——)
            elif m.index != 1 or not (self.successor(cands, c.serial, m.style, top, from_start=c.at_start, label=m.label) or self._cut_list(c, cands, stack)):
                continue  # an enumeration word counts only when its list goes on (一是 … 二是)
            elif self._aside(c, stack, p) or quoted_item(m, p.text[c.pos + m.end :]) or _reasoning_pair(c, m, p, stack):
                continue  # (第一条：“留心各样的事情…。” a rule quoted from another's text, not a sub-point)
            elif stack and self._uncounted_list(c, m, cands, stack[-1][2], p):
                continue
            if heading_style:
                while len(stack) > 1 and style_rank(stack[-1][0]) >= style_rank(m.style):
                    if stack[-1][0] == m.style and not _same_form(stack[-1][2].label, m.label):
                        break  # (三 关于… over 一、…二、…: a list of another form inside the part)
                    if stack[-1][0] not in HEADING_RANK and _heading_line_item(stack[-1][2]):
                        break  # (第一，全国动员，大办农业 on a line of its own over （一）…（九）: the headings are its)
                    stack.pop()
            if c.at_start and len(stack) >= 2 and self._after_closed_list(stack, p):
                stack.pop()  # a second list of the point above, not one inside the first list's last item
            if c.at_start and len(stack) >= 2 and self._besides_list(p):
                # (同时，要着力抓好以下三项基础性工作。 after （五）'s 1.…3.: the top point's, beside its first list; but not
                # out of a Markdown heading's section: ### 微服务框架与服务网格 / … / 此外，…考虑以下因素： / - … is the
                # section's, as its writer's heading marks say)
                marked = [k for k in range(1, len(stack)) if self._heading_level_of(stack[k][2])]
                del stack[max(marked, default=0) + 1 :]
            # (a heading's （七） numbered on from the part before; a list's first item is 1)
            return self._open_list(stack, m, m.index or 1, p)
        return None

    def _open_list(self, stack: list[list], m: LabelMatch, first: int, p: SourceParagraph) -> tuple[LabelMatch, OutlineNode]:
        """A list opens at ``p`` one level below the innermost open item, its first node numbered ``first``."""
        parent = stack[-1][2]
        node = self.node(m, first, len(stack) + 1, parent.level, p)
        parent.children.append(node)
        stack.append([m.style, first, node])
        return m, node

    def _next_at_start(
        self, c: LabelCandidate, m: LabelMatch, cands: list[LabelCandidate], frame: list, top: str, p: SourceParagraph
    ) -> int | None:
        """第一，对法务部的总定位… / …一定要有敏锐嗅觉、认真精神。第一，…。第二，要有极端认真的精神。 / 第二，在专利申请上…:
        for a label said inside a later paragraph of an item that opened its own paragraph, the number the next
        paragraph to open in its style says, before the next point (None: no such paragraph, or the label opens its
        paragraph). If that number counts on the item's list, the label inside is no item of it."""
        item = frame[2]
        if c.at_start or item.inline or item.paragraph == p.number:
            return None
        for d in cands[c.serial + 1 :]:
            if not d.at_start:
                continue
            if d.serial in self.top_run or any(x.style == top for x in d.matches):
                return None
            said = next((x for x in d.matches if x.style == m.style), None)
            if said is not None:
                return said.index
        return None

    def _numbered_on(self, m: LabelMatch, stack: list[list]) -> bool:
        """（七） opening the first sub-point of a part whose part before ended at （六）: the sub-points are numbered
        on through the whole text, not afresh in each part (as the selected works number them)."""
        if len(stack) != 1 or stack[0][2].children or len(self.out.points) < 2:
            return False
        before = self.out.points[-2].children
        return bool(before) and before[-1].style == m.style and before[-1].index == (m.index or 0) - 1

    def _open_point(self, m: LabelMatch, index: int, stack: list[list], p: SourceParagraph) -> tuple[LabelMatch, OutlineNode]:
        """A top-level point numbered ``index`` opens at ``p``: every list open before it is closed."""
        del stack[:]
        node = self.node(m, index, 1, 0, p)
        self.out.points.append(node)
        stack.append([m.style, index, node])
        return m, node

    @staticmethod
    def _after_preface(run: LabelRun, cands: list[LabelCandidate], body: list[SourceParagraph]) -> LabelRun:
        """## 导语 / ### 前言 among the first two Markdown headings of the points: the page's introduction of the
        talk (and a notice the page printed above it) is read with the opening; the talk's parts follow it. So is a
        first heading that counts the headings after it (## 本次分享主要分为三部分： / ## 1、… ## 2、… ## 3、…)."""
        k = next((k for k, c in enumerate(run.items[:2]) if _PREFACE.match(body[c.para].text.strip())), None)
        parts = _PARTS_COUNTED.search(body[run.items[0].para].text.strip())
        if k is None and parts is not None and count_said(parts.group(1)) == len(run.items) - 1:
            k = 0
        if k is None or len(run.items) - k - 1 < 2:
            return run
        dropped = {id(c) for c in run.items[: k + 1]}
        cands[:] = [c for c in cands if id(c) not in dropped]
        return LabelRun(run.style, run.items[k + 1 :], run.last)

    def _own_list(self, stack: list[list], m: LabelMatch, p: SourceParagraph) -> int | None:
        """The place in ``stack`` of the list ``m`` numbers on: the innermost of its style and form; for a Markdown
        heading (### 2、…), the innermost whose item is a heading of the same level, past the list items of that
        form under it (### 1、… / 1. 2. 3. 4. / ### 2、…)."""
        same = [k for k in range(len(stack) - 1, 0, -1) if stack[k][0] == m.style and _same_form(stack[k][2].label, m.label)]
        if p.heading_level:
            marked = [k for k in same if self._heading_level_of(stack[k][2]) == p.heading_level]
            same = marked or same
        return same[0] if same else None

    def _heading_level_of(self, node: OutlineNode) -> int:
        """The Markdown heading level of the paragraph ``node`` opens (0: no heading)."""
        row = self.walked_row.get(node.paragraph)
        return self.walked[row].heading_level if row is not None else 0

    def _after_closed_list(self, stack: list[list], p: SourceParagraph) -> bool:
        """（一）…。 （二）…。 … （六）…。 / 2025年是…。 / ——…: a list of run-in items, LIST_CLOSED_ITEMS at least (首先…。其次…。
        is a pair of turns, what follows may be the second's), none holding a list, is closed when more unlabelled
        paragraphs follow its last item than any item before it ran to (one each: the paragraph after the last); a
        list that starts after them belongs to the point above, beside the first (a report's year, then its five
        years). So is a list of one sentence each in a row (一、…； 二、…； 三、…。), when the paragraph right before the
        new list brings it in (…有必要在以下一些重要的问题上…统一起来。). A list of such items or of heading lines is
        closed, too, by a paragraph of its own, after the last item's text, that brings in the part's lessons
        (我们的主要体会是：) or turns to its problems (我们在前进中还存在一些问题和困难。…)."""
        items = self._open_list_items(stack)
        # (a list run in inside an item's text, 写作上要注意三个方面：1.…；2.…, spans no paragraphs of its own)
        if len(items) < LIST_CLOSED_ITEMS or any(n.inline or not all(ch.inline for ch in n.children) for n in items):
            return False
        at = self.walked_row
        rows = [at[n.paragraph] for n in items if n.paragraph in at]
        if len(rows) < len(items) or p.number not in at:
            return False
        # the paragraphs after the last item are more than any item before it ran to: not all the last item's
        widest = max(b - a for a, b in zip(rows, rows[1:], strict=False))
        # (一、…； / 二、…； / 三、…。 one sentence each in a row, no heading lines over texts: a list of sentences,
        # closed when a paragraph of its own brings in the next list, …在以下一些重要的问题上…统一起来。 / 第一、…)
        before = self.walked[at[p.number] - 1].text.rstrip()
        sentences = (
            widest == 1 and all(self.walked[k].text.rstrip()[-1:] in "；;。" for k in rows)
            and (bool(LIST_COMING.search(before)) or parts_named_before(before, len(before)))
        )
        if (sentences or not any(n.standalone or not n.text for n in items)) and at[p.number] - rows[-1] > widest:
            return True
        # (（一）… / … / （六）… / its text / 过去一年，…我们的主要体会是： / ——必须坚持…: the lessons of the whole part,
        # brought in by a paragraph of their own after the last item's text, as achievements' experiences are; a run-in
        # item's text is its own paragraph's, a heading line's the paragraph under it; a caption may stand between)
        first = rows[-1] + (1 if items[-1].text and not items[-1].standalone else 2)
        return any(
            LESSONS_COMING.search(self.walked[k].text) or PROBLEMS_COMING.match(self.walked[k].text) for k in range(first, at[p.number])
        )

    def _besides_list(self, p: SourceParagraph) -> bool:
        """The paragraph right before ``p``, a paragraph of its own, brings a list in as more besides what came before
        (同时，要着力抓好以下三项基础性工作。 / 此外，还要做好以下几项工作：), naming its parts."""
        row = self.walked_row.get(p.number)
        if not row:
            return False
        before = self.walked[row - 1].text.rstrip()
        return bool(_BESIDES.match(before)) and not match_label(before) and parts_named_before(before, len(before))

    def _uncounted_list(self, c: LabelCandidate, m: LabelMatch, cands: list[LabelCandidate], parent: OutlineNode, p: SourceParagraph) -> bool:
        """一、… / 过去一年，…取得了较好成绩。一是…；二是…: the list ``m`` opens under ``parent``, said inside one later
        paragraph of it that no count brings in (corpus/ANNOTATION.md), is that paragraph's text, no level. One run on
        in the parent's own paragraph, after its heading (or in the first paragraph under a heading line), is its parts
        (第二，要稳住经济基本盘。…一是稳工业。…) unless a sentence that leads into facts brings it in (…取得了一些成效。
        一是… / 主要表现在：一是…). (A list whose items go on in paragraphs of their own is a level; bold clauses have
        no label.)"""
        if c.at_start or not m.label:
            return False
        rows = self.walked_row
        # (the parent a heading line, or a lead alone in its paragraph: 第三，要把…作为一场硬仗来打。)
        first_under = (parent.standalone or not parent.text) and rows.get(p.number, -1) == rows.get(parent.paragraph, -2) + 1
        if agenda_named_before(p.text, c.pos):
            uncounted = True
        elif parent.paragraph == p.number or first_under:
            # (一、查摆的问题：一是…: the heading itself names the list, no sentence before it leads into facts)
            uncounted = facts_lead_before(p.text, c.pos) and (first_under or bool(SENTENCE_END_MARK.search(p.text[: c.pos])))
        else:
            uncounted = not parts_named_before(p.text, c.pos)
        if not uncounted:
            return False
        second = next((d for d in cands[c.serial + 1 :] if any(x.style == m.style and x.index == 2 for x in d.matches)), None)
        return second is not None and second.para == c.para

    @staticmethod
    def _aside(c: LabelCandidate, stack: list[list], p: SourceParagraph) -> bool:
        """…其实这里有两个因素：一是…；二是…。 inside a later paragraph of a run-in sub-point (我的第一想法是：…):
        the speaker's reasoning, not a sub-point of it."""
        parent = stack[-1][2]
        return (
            not c.at_start
            and parent.depth >= 2
            and parent.style not in HEADING_RANK
            and not parent.inline
            and parent.paragraph != p.number
        )

    @staticmethod
    def _switched_style(c: LabelCandidate, m: LabelMatch, stack: list[list], top: str, cands: list[LabelCandidate]) -> bool:
        """一、 二、 then 第三，: the speaker switched marker style and the top numbering goes on (not when a
        paragraph under the point opened with 第二，: the 第三 counts on that list, its first item unlabelled). Or
        一、 第二， 三是 四、: a number the heading run misses, said in another style where the run has its gap; or
        the other way, 第一点，… 二、… 第三，…: a spoken run's missing number written as a heading."""
        if not (c.at_start and stack and m.index is not None and m.index == stack[0][1] + 1):
            return False
        if top not in HEADING_RANK:  # (第一点，… 二、… 第三，…: the number the spoken run misses, said as a heading)
            return m.style in HEADING_RANK and _fills_gap(cands, c, m, top)
        if (
            m.style in ("第一，", "首先")
            and m.index >= 3
            and not any(frame[0] in ("第一，", "首先") for frame in stack[1:])
            # (一、 二、 第三， 第四，: the point 第三 opened is one of this style already, so 第四 goes on from it)
            and (stack[0][0] == m.style or not _counted_under_point(cands, c, m, top))
        ):
            return True
        return m.style in SPOKEN_LIST_STYLES and not any(frame[0] == m.style for frame in stack[1:]) and _fills_gap(cands, c, m, top)

    def _count_goes_on(self, c: LabelCandidate, m: LabelMatch, stack: list[list], top: str, cands: list[LabelCandidate]) -> bool:
        """一、… 第二，… 3.… (or 第一点，… 第二点，… 三、…): with no label of the top numbering after it, a paragraph
        opens with the number after the current point's in a style whose last item in the point is not the number
        before it (no 第二， or 其次 just before a 第三，, no 二是 said inside a paragraph before a 三是): the speaker
        switched style for good, and the count goes on (after 一是…五是 under the point, 三是 is the third point)."""
        if top.startswith("#") or not (c.at_start and stack and m.index is not None and m.index == stack[0][1] + 1):
            return False  # (points under unnumbered headings are counted by the reader, not the speaker)
        if [n.index for n in self.out.points] != list(range(1, len(self.out.points) + 1)):
            return False  # (一是… 第二，… 三是… 第四，…: a count that left a number to another style goes back and forth)
        if any(
            (d.at_start and any(x.style == top for x in d.matches)) if top in HEADING_RANK else d.serial in self.top_run
            for d in cands[c.serial + 1 :]
        ):
            return False  # (the top numbering goes on: a number it leaves out is _switched_style's)
        family = _count_family(m.style)
        before = self._said_in_point(c, cands, stack, family)
        if before and before[-1] == m.index - 1 and not (before == [m.index - 1] and self._opened_in_family(cands, stack, family)):
            return False
        if before and before[-1] == m.index:
            return False  # (（一）（二）（三）（三）（五）: a sub-list's number written twice, no point of the count)
        # 二、… 1.… 2.… （3）… then 第三，… 第四，…: the sub-count went on in another style; the top's own number,
        # and the one after it, open later paragraphs in a third style
        return not (any(frame[1] == m.index - 1 for frame in stack[1:]) and self._counted_on_later(c, cands, m.index, m.style))

    def _opened_in_family(self, cands: list[LabelCandidate], stack: list[list], family: tuple[str, ...]) -> bool:
        """一、… / 2. 关于今年… / 3. …: the current point was opened by its own number in the styles ``family``, which
        goes on from no list of paragraphs in the point before it (二、… 1.… 2.… / （3）…: the （3） goes on from that list
        as well, and a （4） after it is that list's)."""
        opened = stack[0][2]
        if len(self.out.points) < 2 or not any(x.style in family for x in match_label(opened.label)):
            return False
        since = self.out.points[-2].paragraph  # (the point before, its own label aside)
        last: dict[str, int] = {}  # the last number said in each style between them
        for d in cands:
            if d.at_start and since < self.walked[d.para].number < opened.paragraph:
                last.update((x.style, x.index) for x in d.matches if x.index is not None and x.style != self.out.points[0].style)
        # (三、… 1.… 2.… 3.… 4.… then 四是…: that list ended at its 4, so 四是 goes on no list of it)
        return opened.index - 1 not in last.values()

    def _said_in_point(self, c: LabelCandidate, cands: list[LabelCandidate], stack: list[list], family: tuple[str, ...]) -> list[int]:
        """The numbers said in the styles ``family`` before ``c`` since the current point opened, in order."""
        since = stack[0][2].paragraph
        return [x.index for d in cands[: c.serial] if self.walked[d.para].number >= since for x in d.matches if x.style in family]

    @staticmethod
    def _counted_on_later(c: LabelCandidate, cands: list[LabelCandidate], index: int, style: str) -> bool:
        """Does a later paragraph open with ``index`` in a style other than ``style``, the first of that style said
        later (第三，… after （一）（二）3.…, or 第三，… 第四，…; not a list of its own, 第一，… 第二，… 第三，…)?"""
        seen: set[str] = set()
        for d in cands[c.serial + 1 :]:
            for x in d.matches if d.at_start else ():
                if x.style != style and x.style not in seen and x.index == index:
                    return True
                seen.add(x.style)
        return False

    def _switched_sub_count(self, c: LabelCandidate, m: LabelMatch, stack: list[list], top: str, cands: list[LabelCandidate]) -> int | None:
        """（一）… （二）… then 3.… at a paragraph's start: a number that neither starts a list nor goes on from one of
        its own style in the point, one past a sub-list of two items at least whose style says it no more before
        the next point: the sub-count goes on in another style. The place in ``stack`` of that sub-list, or None."""
        if not c.at_start or m.index is None or m.index < 3 or m.style in (top, DASH_STYLE):
            return None
        family = _count_family(m.style)
        if any(frame[0] in family for frame in stack[1:]):
            return None  # (首先，… 其次，… （1）（2） 第三，…: the 第三 goes on from the 其次 list above the （1） list)
        k = next((k for k in range(len(stack) - 1, 0, -1) if stack[k][1] == m.index - 1), None)
        if k is None:
            return None
        if m.index - 1 in self._said_in_point(c, cands, stack, family):
            return None  # (1. 2. under （一）, then 3. under （二）: that count goes on, or nothing does)
        for d in cands[c.serial + 1 :]:
            if d.serial in self.top_run or (d.at_start and any(x.style == top for x in d.matches)):
                break
            if any(x.style == stack[k][0] and x.index == m.index for x in d.matches):
                return None  # (its own （三） comes later)
        return k

    def _cut_list(self, c: LabelCandidate, cands: list[LabelCandidate], stack: list[list]) -> bool:
        """A page cut off in the first item under a heading (三、… / 一是… / ——…): its 二是 is lost. The item opens
        a paragraph under the heading (right after it, after its colon, or after a paragraph of text under
        it), nothing after it opens with a label, and the page ends soon after it (a lone 一是 with a long
        text after it and no 二是 is a turn of phrase, not a list)."""
        parent = stack[-1][2]
        if not (self.cut_off and not any(d.at_start for d in cands[c.serial + 1 :]) and parent.style in HEADING_RANK):
            return False
        rest = sum(len(p.text) for p in self.walked[c.para :]) - c.pos
        if not c.at_start:
            # …提高统计公信力。一是要进一步优化统计工作环境。各乡镇… and the page ends: a numbered item said
            # inside the heading's text, near the end of the page
            # (its lead sentence whole: 一是县域经济实现持续快速 cut off in it is no heading yet)
            text = self.walked[c.para].text
            after = text[c.pos + c.matches[0].end :]
            return (
                (len(stack) == 1 or bool(_COUNTED_PARTS.search(text, max(0, c.pos - COUNTED_PARTS_BEFORE), c.pos)))
                and c.matches[0].style in ("一是", "一要")
                and rest <= CUT_INLINE_REST
                and first_sentence_end(after) < len(after)
                and not _REASON_LEAD.match(after[: first_sentence_end(after)].strip())
            )
        if (parent.paragraph == self.previous and not parent.text) or self.previous_text.endswith(("：", ":")):
            return True
        return len(stack) == 1 and rest <= CUT_ITEM_REST

    @staticmethod
    def node(m: LabelMatch, index: int, depth: int, parent_level: int, p: SourceParagraph, restart: bool = False) -> OutlineNode:
        if m.style.startswith("#"):
            level = min(int(m.style[1:]), 4)
        else:
            level = style_level(m.style, parent_level)
        return OutlineNode(
            style=m.style, index=index, label=m.label, heading="", text="", standalone=False,
            level=level, depth=depth, paragraph=p.number, restart=restart,
        )

    def attach(self, stack: list[list], text: SourceText) -> None:
        """Unnumbered text belongs to the most recent point or sub-point."""
        stack[-1][2].paragraphs.append(text)
        self.emit(Paragraph(text=text.text), text.paragraph)

    def finish(self) -> None:
        out = self.out
        last_body = self.blocks[-1] if self.blocks else None
        if isinstance(last_body, Paragraph):
            ending = last_body.full_text.rstrip()
            if ending and ending[-1] not in TERMINAL:
                out.notes.append(f"正文最后一段没有结束标点（“…{ending[-12:]}”），原稿可能不完整")
        for t in out.closing:
            self.emit(Paragraph(text=t.text, role="closing"), t.paragraph)
        if out.thanks:
            self.emit(Paragraph(text=out.thanks.text, role="thanks"), out.thanks.paragraph)
        out.speech = Speech(
            title=out.title,
            subtitle=out.subtitle,
            bylines=tuple(b.text for b in out.bylines),
            salutation=out.salutation + "：" if out.salutation else "",
            blocks=tuple(self.blocks),
        )
        out.block_paragraphs = tuple(self.block_sources)
        out.block_runs_on = tuple(self.block_runs_on)


def parse_outline(paragraphs: Sequence[SourceParagraph], *, page_cut: bool = False, unnumbered_leads: bool = False) -> Outline:
    """The outline of a speech from its cleaned paragraphs (debris already removed).

    ``page_cut``: the page said its text goes on elsewhere (a login or read-more prompt after it).
    ``unnumbered_leads``: when nothing is numbered, read as many alike lead sentences as the opening
    announced (分享三点希望。希望你们…。) as the points. Off by default: a reader of a speech does not
    count unnumbered lead sentences as headings; ``mine`` turns it on for a template whose points are
    printed so (不编号), to give that template's spec back.
    """
    return _Parser(paragraphs, page_cut, unnumbered_leads).run()
