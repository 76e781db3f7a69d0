"""An existing speech → an editable spec for the template that fits it best.

``mine_speech`` takes what ``reader.speech_file`` read and builds the spec as plain
data (dicts and lists in the order a writer reads them): numbering labels
become structure and ``numbering`` styles, the opening is split into the
moves the chosen template writes (purpose, acknowledgement, review…), the
transition sentence is kept only when the template would not write the same
words itself, the closing and thanks line follow the template's defaults.
The opening is read so that the template prints it in the same paragraphs:
where the speech breaks its moves otherwise than the template joins them, the
leading paragraphs stay free ones (``opening.paragraphs``, printed first).
Nothing is lost: text that fits no field stays as a paragraph where it stood.

What a template writes by itself (its styles, thanks line, opening moves and
transition sentence) is learnt from the template (``render.template_profile``),
so a user's own template is mined as exactly as a built-in one; the words
that point to a template's occasion come from its ``mine`` header. The
round-trip tests render the mined specs through the real templates and
compare the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..library_paths import search_path
from ..records import field, record
from ..render.renderer import RenderOptions
from ..render.template_profile import TemplateProfile, template_profiles
from ..render.templates import find_template, list_templates
from ..zh.dates import parse_chinese_date, parse_date
from ..zh.labels import is_agenda_label, match_label
from ..zh.numbering import (
    ENUMERATION_STYLES,
    FIRST_TO_LAST,
    ITEM_STYLES,
    POINT_STYLES,
    TOP_STYLE,
    UNNUMBERED,
    is_heading_style,
    number_label,
)
from ..zh.punctuation import FULL_WIDTH
from .header import (
    BIO_REASON,
    DATE,
    EDITORS_NOTE,
    HOST_ROLES,
    SPEAKER_ROLES,
    SURNAMED,
    VENUE_WORDS,
    WEEKDAY_TIME,
    WRITTEN_AT,
    foreign_name,
    looks_like_title,
    named_apart,
    named_by_role,
    salutation_line,
    speaker_called_up,
    speaker_in_bio,
    speaker_in_lead,
    speaker_in_note,
    speaker_in_title,
    speaker_introduced,
    speaker_parts,
    speaker_quoted,
    speaker_reported,
    unbracketed,
)
from .minutes_export import OTHER_TURN_REASON
from .opening_sentences import ACKNOWLEDGEMENT, clause_segments, find_transition
from .outline import DASH_STYLE, Outline, OutlineNode, parse_outline
from .outline_records import DroppedLine, SourceText
from .outline_rules import NAMED_ORDINAL, SENTENCE_END_MARK
from .speech_file import ReadResult
from .speech_frame import LEAD_BEFORE_TITLE, REPEATED_TITLE
from .transcript_facts import guest_parts, role_field
from .web_debris import (
    ACCOUNT_REASON,
    CUT_PAGE_REASONS,
    EDITORS_LEAD_REASON,
    EDITORS_NOTE_REASON,
    NAV_REASON,
    heading_emoji_end,
)

# --- recognising the opening moves ----------------------------------------

_MOVE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("approach", re.compile(r"^.{0,30}(总体思路|总体要求|指导思想|工作思路)(是|为)")),
    ("acknowledgement", ACKNOWLEDGEMENT),
    ("occasion", re.compile(r"^(昨天|前天|日前|近日|前不久|不久前|上周|本周|最近|今天上午|昨日)[^。]{0,60}(召开|部署|安排|作出|印发|会议|批示|指示)")),
    ("purpose", re.compile(r"^(今天|这次|本次|今天上午|今天下午)[^。]{0,40}(召开|会议|参加|举行|座谈|主要任务)")),
    ("problems", re.compile(r"^(在肯定成绩的同时|在看到成绩的同时|同时[，,]\s*我们也要|但也要看到|我们也要清醒|成绩来之不易[，,]但|当前[，,][^。]{0,20}(问题|不足|短板))")),
    ("review", re.compile(r"^(过去的?一年|一年来|\d{4}年[，,]|去年[，,]|近年来|今年以来|\d{4}年以来)")),
]
THEME_PATTERNS = [
    re.compile(r"围绕[“\"](.+?)[”\"]这一主题"),
    re.compile(r"主要就(.+?)[，,]\s*强调"),
]
_SUMMARY = re.compile(r"概括起来[，,]\s*就是要?做到?[“\"](.+?)[”\"]")
_MEETING = re.compile(r"^在(.+?)上的(讲话|发言|致辞|讲话提纲|总结讲话|动员讲话)")


# half-width marks as their full-width selves (straight quotes aside: their pairing is not known here)
_SAME_WIDTH = str.maketrans({**{k: v for k, v in FULL_WIDTH.items() if len(v) == 1}, "．": "."})


def normalise(text: str) -> str:
    """Text as compared for "the same words": punctuation width and spacing do not count."""
    return "".join(text.translate(_SAME_WIDTH).split())


@record
class MinedSpec:
    template: str
    data: dict[str, Any]  # the spec, keys in writing order
    notes: list[str] = field(default_factory=list)
    scores: dict[str, int] = field(default_factory=dict)
    point_style: str = ""  # the template's own style for the points, used when data names none


# --- choosing the template -------------------------------------------------


def _styles_by_depth(outline: Outline) -> dict[int, Counter]:
    styles: dict[int, Counter] = {}
    for node in outline.nodes():
        styles.setdefault(node.depth, Counter())[node.style] += 1
    return styles


def _move_of(text: str) -> str | None:
    return next((name for name, pattern in _MOVE_PATTERNS if pattern.search(text)), None)


# Opening moves that tell an occasion apart: a template that prints one is likelier for a speech that has it.
_TELLING_MOVES = ("review", "problems", "approach", "occasion")


def choose_template(outline: Outline, profiles: dict[str, TemplateProfile]) -> tuple[str, dict[str, int]]:
    """The template whose features the speech shares most (its ``mine`` header and what it prints)."""
    scores = dict.fromkeys(profiles, 0)
    title = outline.title + outline.subtitle
    for name, profile in profiles.items():
        if any(word in title for word in profile.hints.occasions):
            scores[name] += 5
            for beaten in profile.hints.outranks:  # 党风廉政建设工作会议 is an integrity meeting
                if beaten in scores:
                    scores[beaten] -= 3
    opening = "".join(t.text for t in outline.opening)
    closing = "".join(t.text for t in outline.closing) + (outline.thanks.text if outline.thanks else "")
    for name, profile in profiles.items():
        scores[name] += 2 * sum(1 for cue in profile.hints.opening if cue.search(opening))
        scores[name] += sum(1 for cue in profile.hints.closing if cue.search(closing))
    second = _styles_by_depth(outline).get(2, Counter())
    style = second.most_common(1)[0][0] if second else None
    for name, profile in profiles.items():
        scores[name] += style is not None and style in profile.hints.styles
    telling = [m for t in outline.opening if (m := _move_of(t.text)) in _TELLING_MOVES]
    # What only a render tells (the moves a template prints, its sub-point style) adds at most this much:
    # a template that cannot reach the best score so far is not probed (each probe renders the template).
    reach = len(telling) + (style is not None)
    leader = max(scores.values(), default=0)
    for name, profile in profiles.items():
        if scores[name] + reach < leader:
            continue
        scores[name] += sum(move in profile.moves for move in telling) + (profile.item_style == style)
    best = max(profiles, key=lambda name: (scores[name], profiles[name].hints.priority))
    return best, scores


# --- the spec ----------------------------------------------------------------


def library_profiles(
    template_dirs: Sequence[Path] = (), spec_path: Path | None = None, *, only: str | None = None
) -> dict[str, TemplateProfile]:
    """The profiles of the templates ``build`` would find for a spec at ``spec_path``, by file name (``only``:
    that one, named as the writer gave it, perhaps in Chinese)."""
    spec_path = spec_path or Path.cwd() / "mined.yaml"
    dirs = search_path("templates", template_dirs, spec_path.resolve().parent)
    infos = {(found := find_template(only, dirs)).name: found} if only else list_templates(dirs)
    return template_profiles(infos, dirs, RenderOptions(template_dirs=list(template_dirs)), spec_path)


def mine_speech(
    read: ReadResult,
    template: str | None = None,
    *,
    template_dirs: Sequence[Path] = (),
    spec_path: Path | None = None,
) -> MinedSpec:
    """Build the spec for ``read``; ``template`` forces a template of the library.

    The template library is searched as ``build`` will search it for a spec
    written at ``spec_path`` with ``--templates template_dirs``.
    """
    profiles = library_profiles(template_dirs, spec_path, only=template)
    if template is None:
        template, scores = choose_template(read.outline, profiles)
    else:
        template, scores = next(iter(profiles)), {}  # a Chinese name given with -t is written as the file name
    profile = profiles[template]
    outline = outline_for(read, profile)
    notes = [*read.source_notes, *outline.notes]
    data: dict[str, Any] = {"template": template}

    title = outline.title[heading_emoji_end(outline.title) :]  # (🎙️表态发言｜…: the pictures a headline opens with)
    if not title and (subject := _subject_title([*read.dropped, *outline.dropped])):
        title = subject
        notes.append(f"标题取自“主题：”一行（“{subject}”），请核对")
    if not title and (headline := _headline_title([*read.dropped, *outline.dropped])):
        title = headline
        notes.append(f"原稿没有讲话标题，标题取自公众号文章的标题（“{headline}”），请核对")
    if not title:
        title = "讲话稿"
        notes.append("没有找到标题，已暂填“讲话稿”，请改成实际标题")
    data["title"] = title
    if outline.subtitle:
        data["subtitle"] = outline.subtitle
    data["meeting"] = ""  # (its place in the spec; read from the title once the speaker is taken out of it)
    _bylines(outline, data, notes)
    _quoting_headline([*read.dropped, *outline.dropped], data, notes)
    _speaker_in_title(data, notes)
    _speaker_in_headline(outline, data, notes)
    _speaker_called_up(outline, [d for d in read.dropped if d.reason == OTHER_TURN_REASON], data, notes)
    _speaker_in_info_bar([*outline.bylines, *outline.dropped, *read.dropped], data, notes)
    _speaker_in_lead([*outline.dropped, *read.dropped], data, notes)
    _speaker_in_bio([*read.dropped, *outline.dropped], data, notes)
    _speaker_reported(read, data, notes)
    _speaker_in_kept_lead(outline, data, notes)
    _speaker_introduced(outline, data, notes)
    _speaker_tagged(outline, data, notes)
    m = _MEETING.match(data["title"]) or _MEETING.match(outline.subtitle.lstrip("—-"))
    if m:
        data["meeting"] = m.group(1)
    else:
        del data["meeting"]
    if outline.salutation and outline.salutation != "同志们":
        data["salutation"] = outline.salutation
    elif not outline.salutation:  # (left out, the spec would print the default 同志们： the speech never said)
        data["salutation"] = ""
        notes.append("原稿没有称呼，说明书写了 salutation: \"\"（不印称呼）；需要称呼的话请填上")

    points = [_point(node, notes) for node in outline.points]
    # runs numbered each on their own (一是… then 一要…), which the outline joined; or one count in mixed styles (一、二、第三，)
    if outline.several_runs:
        notes.append(
            "原稿的一级要点分几组各自编号（如回顾的“一是……”和部署的“一要……”），说明书把它们读作一组要点，"
            "重新生成时按一种样式连续编号，请检查"
        )
    # (一要… 二是… 三是…: one count, its first item read in the style of the others, its label as written)
    # (## 一、… under a Markdown level that ranks the headings, ## 前言 among them: the level is the style, no mixing)
    restyled = {
        id(n) for n in outline.nodes()
        if not n.style.startswith("#") and (found := match_label(n.label)) and n.style not in {m.style for m in found}
    }
    mixed = any(id(n) in restyled for n in outline.points) or any(n.style != outline.points[0].style for n in outline.points[1:])
    if mixed and not outline.several_runs:
        notes.append("原稿的一级要点混用了几种序号样式（如“一、”“二、”之后是“第三，”），重新生成时统一为一种样式，请检查")
    restyled_sub = next((n for n in outline.nodes() if n.depth > 1 and id(n) in restyled), None)
    if restyled_sub is not None:  # (（一）… （二）… 3.…: one sub-count, the third in another style)
        notes.append(f"原稿的分论点混用了几种序号样式（如“{restyled_sub.label.strip()}”），重新生成时统一为一种样式，请检查")
    # 一抓…二抓…: read as 一要, which is what a rebuilt speech prints
    relabelled = next(
        (n.label for n in outline.nodes() if n.style == "一要" and not n.label.endswith("要") and id(n) not in restyled), None
    )
    if relabelled:
        notes.append(f"原稿的“{relabelled}……”式序号没有对应的编号样式，重新生成时写作“一要……”，请检查")
    data["opening"] = _opening(outline, profile, len(points), notes)
    numbering = numbering_styles(outline)
    point_style = outline.points[0].style if outline.points else ""
    if point_style == "首先":
        point_style = _run_style(outline.points, notes)
    if outline is not read.outline and point_style.startswith("#"):
        point_style = UNNUMBERED  # (the lead paragraphs read again for a template that numbers its points: kept so)
    if point_style.startswith("#") and outline.points[0].standalone and not is_heading_style(profile.point_style):
        # heading lines with no number (Word's 标题 1 / ## …) under a template whose points are run-in leads (一是…):
        # heading lines still, numbered 一、 (the template's 一是 would run each heading into its text)
        point_style = "一、"
    if point_style == "第一，" and all(_COUNTED_AS_POINTS.match(n.label) for n in outline.points):
        point_style = "第一点，"  # 第一点，… 第二点，…: printed as the speaker counted them
    # (下面，进行会议第一项议程，: an agenda label the template prints itself, not the style 第一，)
    own_label = not outline.points or not is_agenda_label(outline.points[0].label)
    if point_style in POINT_STYLES and point_style != profile.point_style and own_label:
        numbering = {"points": point_style, **numbering}
    if numbering:
        data["numbering"] = numbering
        _drop_default_numbering(numbering, points, profile.nested_style)
    if own_label and not mixed and not outline.several_runs:
        _note_relabelled(outline.points, numbering.get("points") or profile.point_style, notes)
    if points:
        data["points"] = points
    else:
        notes.append("没有编号要点：说明书只有开头和结尾，正文各段放在 opening.paragraphs 中")

    data["closing"] = [t.text for t in outline.closing]
    if outline.thanks:
        if normalise(outline.thanks.text) != normalise(profile.thanks_line):
            data["thanks"] = outline.thanks.text
    elif profile.thanks_line:
        data["thanks"] = False
    return MinedSpec(template, data, notes, scores, profile.point_style)


def outline_for(read: ReadResult, profile: TemplateProfile) -> Outline:
    """The outline the spec is built from for a template: the one read, or, when it holds no points, the speech
    read again for unnumbered lead paragraphs (我想说三声感谢。 / 感谢…。 / 感谢…。 / 感谢…。): under a template
    whose points are numbered, the spec then says 不编号, so the rebuilt speech keeps them as the writer wrote them."""
    if read.outline.points:
        return read.outline
    again = _unnumbered_outline(read)
    if not again.bylines:  # (a byline line the first reading split and set aside is not among the paragraphs read again)
        again.bylines = read.outline.bylines
    return again if again.points or profile.point_style == UNNUMBERED else read.outline


def _unnumbered_outline(read: ReadResult) -> Outline:
    """The speech read again for a template whose points are unnumbered lead paragraphs (不编号):
    as many alike lead sentences as the opening announced are its points."""
    last = read.paragraphs[-1].number if read.paragraphs else 0
    page_cut = any(d.number > last and d.reason in CUT_PAGE_REASONS for d in read.dropped)
    return parse_outline(read.paragraphs, page_cut=page_cut, unnumbered_leads=True)


# 主题：618大促复盘会讲话要点（会后整理版）: an e-mail's subject or a talk's topic among the facts set aside, its copy's
# state after it in brackets
# (主题：Fw: 葛总在…上的讲话要点（整理稿: a forward's mark before it, a bracket a mail program cut off)
_SUBJECT = re.compile(
    r"^主题\s*[:：]\s*(?:(?:转发|Fw|FW|Fwd|回复|Re|RE)\s*[:：]\s*)*(?P<title>[^。！？!?]{4,60}?)(?:[（(][^（）()]{1,10}[）)]?)?$"
)


def _subject_title(dropped: list[DroppedLine]) -> str:
    """With no title read, the subject line set aside over the speech gives it (an e-mail's 主题：…); else ""."""
    return next((m.group("title").strip() for line in dropped if (m := _SUBJECT.match(line.text.strip()))), "")


HEADLINE_REASONS = (LEAD_BEFORE_TITLE, NAV_REASON)  # (董事长年会致辞｜想跟大家说三句话 is read as a column's bar)


def _headline_title(dropped: list[DroppedLine]) -> str:
    """With no title read, a WeChat article's headline set aside over its account line (端午节前，局长这样提醒！ over 原创
    平川市场监管 … 2024-06-07 17:30 湖南, a blank line at most between; set aside as a lead or as a column's bar): the
    title its writers give the copy; else ""."""
    accounts = {line.number for line in dropped if line.reason == ACCOUNT_REASON}
    return next(
        (line.text.strip() for line in dropped if line.reason in HEADLINE_REASONS and accounts & {line.number + 1, line.number + 2}), ""
    )


_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
BYLINE_MAX = 40  # characters; a longer line under the title is no speaker's byline
_SENTENCE_MARKS = re.compile(r"[，。、：；！？,.:;!?]")


def _names_someone(text: str) -> bool:
    """区教育局局长  王海燕, 王海燕: a title and a name, or a name (or one named by role or office: 王海燕（行长）);
    not an editor's note (根据录音整理，…)."""
    # (市委常委、常务副市长　杜文斌: offices listed with 、 between)
    # (易卜拉欣·萨拉戈: a translated name, its parts set apart by a middle dot)
    last = re.split(r"[\s\u3000]+", text)[-1]
    return ((bool(_NAME.fullmatch(last)) or foreign_name(last)) and not _SENTENCE_MARKS.search(text.replace("、", ""))) or named_by_role(text)


def _name_and_date(text: str) -> list[tuple[str, str]]:
    """A byline as (written, bare) lines: 行长 刘某某　2024年7月12日 is a name's line and a date's; 2025年1月17日 星期五
    a date's (its weekday set aside); 2025年5月16日 下午 市政府第一会议室 a date's and a place's (the place set apart
    last after any byline)."""
    inner = unbracketed(text).strip()  # (（市委书记　邓华林　2023年8月28日）: office, name and date in one bracket)
    m = re.match(r"^(.*\S)[ \u3000]+(\S+)$", inner)
    # (罗斌（…副总经理）　2025-04-07　三楼会议室: the place where he spoke, last after his name and date; not the
    # meeting's host, 副市长 许明杰 主持…, nor a date's line, 2023年11月22日 · 县政府三楼会议室)
    if m and _PLACE.search(m.group(2)) and "主持" not in inner and not DATE.match(inner):
        named = _name_and_date(m.group(1))
        if len(named) == 2:
            return [*named, (m.group(2), m.group(2))]
    day = _TIME_AFTER.sub("", m.group(2)) if m else ""  # (2024年7月24日晚: the day, its time of day aside)
    # (（经济运行部分　2024年5月13日）: which part of his remarks the copy holds, then the date)
    if m and (_names_someone(m.group(1)) or _SPEECH_PART.fullmatch(m.group(1))) and (parse_date(day) or parse_chinese_date(day)):
        return [(m.group(1), m.group(1)), (m.group(2), day)]
    d = DATE.match(text.strip())
    if d and d.end() < len(text.strip()) and parse_date(date := d.group().strip(" \u3000（()）")):
        rest = text.strip()[d.end() :]
        rest = rest[w.end() if (w := WEEKDAY_TIME.match(rest)) else 0 :].strip(" \u3000，,）)")
        if not rest or _PLACE.search(rest):  # (nothing but the weekday, the time of day and the place after the date)
            return [(date, date), *([(rest, rest)] if rest else [])]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest) and not re.fullmatch(SURNAMED, rest):
            # (2024年10月15日　青澜: a city's name after the date, no one's, so no speaker either; a name by a common
            # surname there stays a name)
            return [(date, date), (rest, "")]
        if WRITTEN_AT.fullmatch(rest) or _LUNAR_DATE.fullmatch(rest):  # (2025年1月2日于上海: where a letter was
            return [(date, date)]  # written; 2025年2月21日　星期五　农历乙巳年正月廿四: the day by the old calendar too)
        if _ADOPTED.search(rest):  # (（2026年4月24日…代表大会通过）: who adopted the text that day, no speaker)
            return [(date, date), (rest, rest)]
    return [(text, unbracketed(text))]  # (徐文斌（副市长）: his office's brackets kept)


# …代表大会通过 / …常务委员会第五次会议批准: the body that adopted a resolution or a report, after the day it did
_ADOPTED = re.compile(r"(?:会议|大会|全会|委员会)(?:审议)?(?:通过|批准)$")
_LUNAR_DATE = re.compile(r"(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九]{2}")
# 2024年03月26日07:58 | 来源：人民网－湘中频道 / …作者：记者 施蓓 / 发表于 2024-09-11 ｜ 分类：…: a page's or a blog's
# information bar, its source, its reporter or its column, no speaker
_INFO_BAR_FIELD = re.compile(r"(?:来源|阅读|浏览|点击|发布时间|字号|分类)[：:]|^发表于|作者[：:][ \u3000]*(?:本报)?(?:记者|通讯员)")
_SPEECH_PART = re.compile(r"[\u4e00-\u9fff]{2,12}部分")  # 经济运行部分: the part of a meeting's remarks a copy holds
_TIME_AFTER = re.compile(rf"(?:{WEEKDAY_TIME.pattern})$")  # 晚 / 上午 after a date written with no space


_MONTH = re.compile(r"[（(]?(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?[）)]?")
# 市政府第一会议室 / 县委礼堂: where the meeting is, on the date's line: no speaker
_PLACE = re.compile(rf"(?:{VENUE_WORDS}|宾馆|酒店|中心)$")  # (云川国际会议中心 / 会展中心)


def _bylines(outline: Outline, data: dict[str, Any], notes: list[str]) -> None:
    """The date and the speaker from the lines under the title (or signed at the end). The spec has one of
    each: a line that names someone is the speaker before one that does not, and every line left over is
    named in a note."""
    # (（主持人：…有请…钱立群校长讲话！）: the host's line, read by _speaker_called_up when no line names the speaker)
    lines = [
        piece for b in outline.bylines if not EDITORS_NOTE.match(b.text) and speaker_called_up(b.text) is None
        for piece in _name_and_date(b.text)
    ]
    for b in outline.bylines:
        if EDITORS_NOTE.match(b.text):  # （根据录音整理）: no speaker, no date; the spec has no field for it
            notes.append(f"原稿的编者说明“{b.text}”没有写进说明书，需要的话请写进开头或结尾")
            # (（镇党委书记　韩志刚　根据录音整理）: the office and name the note gives first are the speaker's)
            signed = speaker_in_note(b.text)
            if signed:
                lines.append((signed, signed))
    dates = [(line, parse_date(line[1]) or parse_chinese_date(line[1])) for line in lines]
    date_line = next((line for line, date in dates if date), None)
    others = [line for line in lines if line is not date_line and line[1]]
    second_dates = [line for line, date in dates if date and line is not date_line]  # (the day it was printed, at the end)
    # (a line of sentences under the title, a news lead that opens with its date, names no speaker: said in a note)
    # ((2024年6月): a month, no one's name)
    named = [
        b for b in others
        if b not in second_dates and len(b[1]) <= BYLINE_MAX and not SENTENCE_END_MARK.search(b[1]) and not _PLACE.search(b[1]) and not _MONTH.fullmatch(b[1].strip())
        and not _SPEECH_PART.fullmatch(b[1]) and not _ADOPTED.search(b[1]) and not _INFO_BAR_FIELD.search(b[1])
        and not salutation_line(re.split("[：:]", b[1], maxsplit=1)[-1].strip())  # (主持人：各位家长代表：: the host's address, no name)
    ]
    # (an office and a name, 县委副书记、县长　林某某, before a bare word that may be a page's: 视频新闻)
    # (（按老师要求控制在五分钟内，实际讲的时候删了一点） / 2024年5月20日，丝路国际酒店宴会厅: clauses that give no
    # name where a byline puts it, a note on the copy or the day's facts, no one)
    named = [b for b in named if not re.search("[，,]", b[1]) or _NAME.fullmatch(re.sub(r"\s", "", _byline_parts(b)[1]))]
    # (主持人：副县长　廖光明 over the tag 张学军： of the one he calls up, or over a transcript's tag for the speaker's
    # words, 赵某某：: the host speaks only where no one else is named)
    hosted = [b for b in named if not ((field := role_field(b[0])) and field[0] in HOST_ROLES)]
    named = hosted if any(_names_someone(b[1]) for b in hosted) or re.fullmatch(SURNAMED, outline.turns_speaker) else named
    speaker = next((b for b in named if named_apart(b[1])), None) or next((b for b in named if _names_someone(b[1])), named[0]) if named else None
    # (嘉宾：孟夏（…） over 主持：阿哲, 演讲人：钱国强，… over （2024年7月25日　云川）: the one named by a speaker's role,
    # not the host or another name, in a talk's transcript; the line that names him with his office first kept)
    by_role = next((b for b in named if (field := role_field(b[0])) and field[0] in SPEAKER_ROLES), None)
    if speaker and by_role:
        (role_office, role_name), (office, name) = _byline_parts(by_role), _byline_parts(speaker)
        if role_name != name or (role_office and not office):
            speaker = by_role  # (and 演讲嘉宾：赵明远　…院长 over his tag 赵明远：, the same name with no office)
    for line, date in dates:  # in the order written, as the spec lists them
        if line is date_line:
            data["date"] = date
        elif line is speaker:
            _take_speaker(data, *_byline_parts(line))
    for written, _ in (b for b in lines if b is not speaker and b is not date_line and (b in others or not b[1])):
        notes.append(f"原稿的署名行“{written}”没有写进说明书（说明书只有一个讲话人和一个日期），需要的话请写进开头或结尾")


def _take_speaker(data: dict[str, Any], office: str, name: str) -> None:
    """The speaker is ``name``; his office, when one is given, is the speaker's title."""
    data["speaker"] = name
    if office:
        data["speaker_title"] = office


def _byline_parts(line: tuple[str, str]) -> tuple[str, str]:
    """The office and name a byline gives (a speaker's field read as a transcript's: 主播：老韩（韩东升，…））."""
    field = role_field(line[0])
    return guest_parts(field[1]) if field else speaker_parts(line[0].strip())


def _speaker_called_up(outline: Outline, turns: list[DroppedLine], data: dict[str, Any], notes: list[str]) -> None:
    """A host's line under the title, or one the reader dropped before the speech (a minutes app's ``turns`` of
    others among them), that calls the speaker up (主持人：…下面请我们学校的吴海涛校长给大家讲几句…): with no speaker
    read, he is the speaker; said in a note either way."""
    for line in [*outline.bylines, *outline.dropped, *turns]:
        if (called := speaker_called_up(line.text)) is None:
            continue
        if "speaker" not in data:
            _take_speaker(data, *speaker_parts(called))
            notes.append(f"讲话人取自主持人的介绍“{line.text}”，请核对")
        elif line in outline.bylines:
            notes.append(f"原稿中主持人的介绍“{line.text}”没有写进说明书，需要的话请写进开头")


# 作者：县委书记　宋某某　　来源：…　　时间：…: the author a page's information bar names, an office and a name set apart
_BAR_AUTHOR = re.compile(
    r"作者\s*[:：]\s*(\S+[ \u3000]\S+?)(?=[ \u3000]{2,}|[ \u3000]+(?:来源|时间|发布|点击|浏览|阅读|编辑)|$)"
)

# 作者：谭一鸣｜灵犀网络 高级工程师: a blog's author line, his name by a common surname, then where he works
_BLOG_AUTHOR = re.compile(rf"^作者\s*[:：]\s*(?P<name>{SURNAMED})\s*[|｜]\s*(?P<office>[^|｜。，,！？!?]{{2,30}})$")


def _speaker_in_info_bar(lines: Sequence[SourceText | DroppedLine], data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and the page's information bar over the speech (among ``lines``: bylines and dropped lines)
    names its author by office and name (作者：县委书记　宋某某 / 作者：谭一鸣｜灵犀网络 高级工程师): he is the speaker;
    said in a note."""
    if "speaker" in data:
        return
    for line in lines:
        if blog := _BLOG_AUTHOR.match(line.text.strip()):
            _take_speaker(data, blog.group("office").strip(), blog.group("name"))
        elif (m := _BAR_AUTHOR.search(line.text)) is not None and named_apart(m.group(1)):
            _take_speaker(data, *speaker_parts(m.group(1)))
        else:
            continue
        notes.append(f"讲话人取自网页信息栏“{line.text}”中的作者，请核对")
        return


# the dropped lines that tell the occasion: an editor's note, a news lead, the line over the speech printed
LEAD_REASONS = (EDITORS_LEAD_REASON, LEAD_BEFORE_TITLE, EDITORS_NOTE_REASON)


def _speaker_in_lead(lines: Sequence[DroppedLine], data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and an editor's note or a news lead dropped before the speech names who spoke, by office and
    name (…董事长许振华为获奖团队和个人颁奖并致辞): he is the speaker; said in a note."""
    if "speaker" in data:
        return
    for line in lines:
        if line.reason in LEAD_REASONS and (found := speaker_in_lead(line.text)) is not None:
            _take_speaker(data, *found)
            notes.append(f"讲话人取自编者按或导语“{line.text[:40]}”，请核对")
            return


_DATED_NEWS = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")  # 8月18日，集团党委举办…: a news lead opens with its day
# …现将发言摘编如下。 / …以下为讲话摘编。: the lead says the speech follows; needed where it tells of a report too (a
# news report goes on: 县教育局局长卢静怡…作工作报告。副县长覃志刚出席会议并讲话。 / 卢静怡在报告中回顾了…)
_SPEECH_FOLLOWS = re.compile(r"(?:如下|以下(?:是|为)[^。！？]{0,8}(?:讲话|发言|致辞|报告)[^。！？]{0,6})[。：:]$")


def _speaker_in_kept_lead(outline: Outline, data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and the speech's first paragraph is a news lead kept with it, opening with its day (8月18日，…
    集团党委副书记、总经理何嘉伟结合学习体会和企业实际作交流发言。现将发言摘编如下。): who it says spoke is the speaker;
    said in a note."""
    if "speaker" in data or not outline.opening:
        return
    first = outline.opening[0].text
    follows = _SPEECH_FOLLOWS.search(first) or "报告" not in first
    if _DATED_NEWS.match(first) and follows and (found := speaker_in_lead(first)) is not None:
        _take_speaker(data, *found)
        notes.append(f"讲话人取自开头的导语“{first[:40]}”，请核对")


def _speaker_in_bio(lines: Sequence[DroppedLine], data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and a note on who gave the talk set aside from its head names him first (嘉宾介绍 / 周予安，澜途
    智能算法负责人，…): he is the speaker; said in a note."""
    if "speaker" in data:
        return
    for line in lines:
        if line.reason == BIO_REASON and (found := speaker_in_bio(line.text, labelled=False)) is not None:
            _take_speaker(data, *found)
            notes.append(f"讲话人取自嘉宾介绍“{line.text[:40]}”，请核对")
            return


def _speaker_reported(read: ReadResult, data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and the copy is a news report of the speech that tells what he said by his name, paragraph
    after paragraph (孟繁睿指出，… / 孟繁睿强调，…): he is the speaker; said in a note."""
    if "speaker" in data:
        return
    texts = [*(line.text for line in read.dropped if line.reason in LEAD_REASONS), *(p.text for p in read.paragraphs)]
    if (found := speaker_reported(texts)) is not None:
        _take_speaker(data, *found)
        notes.append(f"讲话人取自报道中的转述（“{found[1]}指出”“{found[1]}强调”等），请核对")


def _speaker_tagged(outline: Outline, data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and a transcript tags his words with his name (戴文澜：谢谢钱老师…): he is the speaker; said
    in a note."""
    if "speaker" not in data and re.fullmatch(SURNAMED, outline.turns_speaker):
        data["speaker"] = outline.turns_speaker
        notes.append(f"讲话人取自文字稿的说话人标记“{outline.turns_speaker}：”，请核对")


SELF_INTRODUCED_WITHIN = 3  # paragraphs of the opening where a speaker names himself (大家好，我是…)


def _speaker_introduced(outline: Outline, data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and he names himself in the opening's first paragraphs (大家好，我是李可欣。…): he is the
    speaker; said in a note."""
    if "speaker" in data:
        return
    for text in outline.opening[:SELF_INTRODUCED_WITHIN]:
        if (name := speaker_introduced(text.text)) is not None:
            data["speaker"] = name
            shown = text.text[:20] + ("…" if len(text.text) > 20 else "")
            notes.append(f"讲话人取自开头的自我介绍“{shown}”，请核对")
            return


# 原标题：《在全市优秀年轻干部座谈会上的讲话》: the title the speech had before a page gave it a headline
_ORIGINAL_TITLE = re.compile(r"^[*\s]*原标题\s*[:：]\s*《?(?P<title>[^《》*]+?)》?[*\s]*$")


def _quoting_headline(dropped: list[DroppedLine], data: dict[str, Any], notes: list[str]) -> None:
    """A page's headline that quotes the speaker (市委书记刘志宏：以“拼抢实”作风推动…) for a title: he is the speaker
    (when no byline names another), and the title is the speech's own (原标题：在…上的讲话, among the ``dropped``
    lines of the page) or else the words quoted; said in a note."""
    found = speaker_quoted(data["title"], data.get("speaker"))
    if found is None or data.get("speaker", found[1]) != found[1]:
        return
    office, name, quoted = found
    original = next(
        (m.group("title") for line in dropped if (m := _ORIGINAL_TITLE.match(line.text)) and looks_like_title(m.group("title"))),
        None,
    )
    headline, data["title"] = data["title"], original or quoted
    data["speaker"] = name
    if office and "speaker_title" not in data:
        data["speaker_title"] = office
    kept = f"原标题“{original}”作为标题" if original else f"标题写作“{quoted}”"
    notes.append(f"原稿的大标题“{headline}”引用讲话人的话：讲话人写作 {name}，{kept}")


def _speaker_in_title(data: dict[str, Any], notes: list[str]) -> None:
    """No byline, or one naming the same person, and a title (or subtitle) that names the speaker (党委书记张建华在…上的
    讲话): the speaker and office move to speaker / speaker_title, where the template prints them, the title keeps
    在…上的讲话; said in a note."""
    for key, called in (("title", "标题"), ("subtitle", "副标题")):
        dash = re.match(r"^[—-]*", data.get(key, "")).group()  # (——郑海鸣在…上的主题演讲)
        if key not in data or (found := speaker_in_title(data[key][len(dash) :])) is None:
            continue
        office, name, rest = found
        rest = dash + rest
        if data.get("speaker", name) != name:
            continue  # (the byline names another: the title is left whole)
        office = data.get("speaker_title", office)
        written = f"speaker（{name}）和 speaker_title（{office}）" if office else f"speaker（{name}）"
        kept = "" if rest == data[key] else f"，{called}写作“{rest}”"
        notes.append(f"原稿{called}“{data[key]}”中的讲话人已写进 {written}{kept}")
        data[key] = rest
        _take_speaker(data, office, name)


def _speaker_in_headline(outline: Outline, data: dict[str, Any], notes: list[str]) -> None:
    """No speaker read, and the page's headline over the speech, dropped as the title printed again, names him
    (致辞｜杨立群副校长在…上的致辞 over 在…上的致辞): he is the speaker; said in a note."""
    for line in outline.dropped:
        if "speaker" in data or line.reason != REPEATED_TITLE:
            continue
        found = speaker_in_title(line.text.split("｜")[-1].split("|")[-1].strip())
        if found is not None and found[2] == data.get("title"):
            _take_speaker(data, found[0], found[1])
            notes.append(f"讲话人取自网页的大标题“{line.text}”，请核对")


# --- opening ---------------------------------------------------------------


def _opening(outline: Outline, profile: TemplateProfile, count: int, notes: list[str]) -> dict[str, Any]:
    texts = [t.text for t in outline.opening]
    opening: dict[str, Any] = {}
    if not count:
        if texts:
            opening["paragraphs"] = texts
        return opening
    if not texts:
        notes.append("原稿没有开头段落，生成时模板会补上默认开头和过渡句")
        return opening
    wanted = [normalise(t) for t in texts]
    # lines the template prints itself before any move (现在开会。) are no text of the spec's
    fixed = [normalise(t) for t in profile.opening_paragraphs({"transition": "\u2063"}, count) if t and "\u2063" not in t]
    while fixed and len(texts) > 1 and normalise(texts[0]) == fixed[0]:
        texts, fixed = texts[1:], fixed[1:]
    last = texts[-1]
    start = find_transition(last)
    # (transition, the text before it in its paragraph): where the template prints the transition as a
    # paragraph of its own, that text belongs to it; the paragraph before 一、 may hold no transition at all.
    splits = [(last, "")] if start is None else [(last[start:], last[:start]), (last, "")]
    # Read every paragraph as moves; where the template would group them into other paragraphs than the
    # speech has, keep the leading paragraphs as free ones (printed first, each on its own) until it agrees.
    for free in range(len(texts)):
        for transition, lead_in in splits:
            opening = _moves(profile, count, texts[:free], [*texts[free:-1], lead_in], transition)
            if _layout(profile, opening, count) == wanted:
                return opening
    free_paragraphs = {"paragraphs": texts[:-1]} if len(texts) > 1 else {}
    if start and profile.run_on:  # the text before the transition, unread, runs on into it
        opening = _with_transition(profile, count, {**free_paragraphs, profile.run_on[0]: last[:start]}, last[start:])
        if _layout(profile, opening, count) == wanted:
            return opening
    if free_paragraphs:
        return {**free_paragraphs, "transition": last}  # printed alone: no move runs on into it
    if start:
        notes.append("开头的段落划分与模板不一致，重新生成时开头会分成两段")
    opening = _moves(profile, count, [], [last[:start] if start else ""], splits[0][0])
    if not opening.keys() - {"theme", "summary"}:
        # Only a transition: write it out even where the template would generate the same words,
        # since a spec with no opening at all gets the template's stock opening (_base.j2).
        opening["transition"] = splits[0][0]
    return opening


def _moves(profile: TemplateProfile, count: int, free: list[str], texts: list[str], transition: str) -> dict[str, Any]:
    """The opening with ``free`` as its paragraphs and ``texts`` read as the template's moves."""
    segments: list[str] = []
    for text in texts:
        segments.extend(clause_segments(text) if text else [])
    paragraphs: list[str] = list(free)
    moves: dict[str, Any] = {}
    current: str | None = None  # the move that later plain text joins
    for segment in segments:
        move = next((name for name, p in _MOVE_PATTERNS if p.search(segment)), None)
        order = profile.moves
        if move in order and move not in moves and (current is None or order.index(move) > order.index(current)):
            current = move
            moves[move] = [segment] if move in ("review", "problems") else segment
        elif current is None:
            paragraphs.append(segment)
        elif current in ("review", "problems"):
            moves[current].append(segment)
        else:
            moves[current] += segment
    opening: dict[str, Any] = {}
    if paragraphs:
        opening["paragraphs"] = paragraphs
    for move in profile.moves:
        if move in moves:
            opening[move] = moves[move]
    return _with_transition(profile, count, opening, transition)


def _with_transition(profile: TemplateProfile, count: int, opening: dict[str, Any], transition: str) -> dict[str, Any]:
    """``opening`` with the theme or summary the transition names, and the transition unless the template writes it."""
    theme = next((m.group(1) for p in THEME_PATTERNS if (m := p.search(transition))), "")
    summary_match = _SUMMARY.search(transition)
    summary = [s for s in re.split(r"[、，,]", summary_match.group(1)) if s] if summary_match else []
    if theme and profile.uses_theme:
        opening["theme"] = theme
    if summary and profile.uses_summary:
        opening["summary"] = summary
    generated = profile.transition(count, opening.get("theme", ""), opening.get("summary", []))
    if normalise(generated) != normalise(transition):
        opening["transition"] = transition
    return opening


def _layout(profile: TemplateProfile, opening: dict[str, Any], count: int) -> list[str]:
    """The opening's paragraphs as the template prints them (normalised)."""
    if not opening.keys() - {"theme", "summary"}:
        return []  # the template would print its stock opening first (_base.j2)
    return [normalise(text) for text in profile.opening_paragraphs(opening, count) if text]


# --- points and items ---------------------------------------------------------


def _item_style(style: str, notes: list[str]) -> str:
    if style in ITEM_STYLES:
        return style
    if style == "一、" or style.startswith("#") or style == DASH_STYLE:
        note = "原稿下级标题没有可用的编号样式，已改用“（一）”"
        if note not in notes:
            notes.append(note)
        return "（一）"
    return "（一）"


def _runs(children: list[OutlineNode]) -> list[list[OutlineNode]]:
    """Children split where numbering starts again or changes style."""
    runs: list[list[OutlineNode]] = []
    for child in children:
        if not runs or child.restart or child.style != runs[-1][-1].style:
            runs.append([])
        runs[-1].append(child)
    return runs


def _unnumbered_lead(node: OutlineNode) -> bool:
    """An unnumbered lead sentence with its text after it (第一阶段为…。 / 所谓“…”，就是…。), no heading line:
    printed as it was, with no label."""
    return node.style.startswith("#") and not node.label and (not node.standalone or node.heading.endswith(("。", "！", "？")))


SHOWN_LABELS = 3  # labels named in the note on labels a rebuilt speech words otherwise
_COUNTED_AS_POINTS = re.compile(r"^第[一二三四五六七八九十]{1,3}点[，,、：:]?$")


def _note_relabelled(nodes: list[OutlineNode], style: str, notes: list[str]) -> None:
    """第一点，/ 第二个问题，/ 再次，/ 第一，是…: labels the rebuilt speech prints in ``style``'s words (第一，/ 第三，)
    are said in a note, the writer's wording named (no other note said it)."""
    # (Part 1｜… read as 一、: a heading style's label in other words, said as a count's are)
    worded = style == TOP_STYLE and any(n.label[:1].isascii() and n.label[:1].isalpha() for n in nodes)
    if (style not in ENUMERATION_STYLES and not worded) or style == UNNUMBERED or any("重新生成时写作" in note for note in notes):
        return
    printed = [number_label(style, k, len(nodes)) for k in range(1, len(nodes) + 1)]
    changed = [(n.label.strip(), p) for n, p in zip(nodes, printed, strict=True) if n.label and _bare_label(n.label) != _bare_label(p)]
    if changed:
        shown = changed[:SHOWN_LABELS]
        written = "".join(f"“{a}”" for a, _ in shown)
        rebuilt = "".join(f"“{b}”" for _, b in shown)
        more = f"等 {len(changed)} 处" if len(changed) > SHOWN_LABELS else ""
        notes.append(f"原稿一级要点的序号{written}{more}重新生成时写作{rebuilt}（说明书的编号样式），需要原来的说法请在生成的稿子里改回")


def _bare_label(label: str) -> str:
    return label.strip().rstrip("，,、：:｜| ")


def _run_style(run: list[OutlineNode], notes: list[str]) -> str:
    """The style of a run of siblings: 首先…最后 when a 首先 run of three or more ends with 最后."""
    if run[0].style == "首先" and len(run) >= 3 and run[-1].label.startswith("最后"):
        return FIRST_TO_LAST
    if all(_unnumbered_lead(n) for n in run):
        return UNNUMBERED
    return _item_style(run[0].style, notes)


def _items(children: list[OutlineNode], notes: list[str]) -> tuple[list[Any], str | None]:
    """The items of a list and its numbering style; later runs become unheaded items holding their list."""
    runs = _runs(children)
    if not runs:
        return [], None
    items: list[Any] = [_item(n, notes) for n in runs[0]]
    for run in runs[1:]:
        items.append({"numbering": _run_style(run, notes), "items": [_item(n, notes) for n in run]})
    return items, _run_style(runs[0], notes)


def _lead_heading(node: OutlineNode, renders_as_heading: bool) -> str:
    """A run-in lead without the full stop the template adds back; a heading line as written. A label of words
    (预见一：) stays with its heading, as a heading that opens so on its line does (关键词一：立志): the template's
    number does not say it."""
    heading = (node.label if NAMED_ORDINAL.match(node.label) else "") + node.heading.strip()
    if renders_as_heading:
        return heading
    if heading.endswith(","):
        return heading[:-1] + "，"
    if heading.endswith(".") and re.search(r'[\u4e00-\u9fff"”]$', heading[:-1]):
        return heading[:-1]  # (当好"服务员".: a mixed-width copy's full stop, the template adds 。)
    return heading[:-1] if heading.endswith("。") and not heading.endswith("。。") else heading


def _inline_text(node: OutlineNode, paragraphs: list[str]) -> str:
    """An enumeration found inside a paragraph, written back as it stood; later paragraphs collected."""
    text = node.label + node.heading + node.text + "".join(_inline_text(c, paragraphs) for c in node.children)
    paragraphs.extend(t.text for t in node.paragraphs)
    return text


def _inline_children(node: OutlineNode) -> bool:
    """All of ``node``'s children were found inside its own paragraphs (…：一是…；二是…)."""
    own = [node.paragraph, *(t.paragraph for t in node.paragraphs)]
    return bool(node.children) and all(c.inline and c.paragraph in own for c in node.children)


def _one_paragraph_list(node: OutlineNode) -> bool:
    """``node``'s children are one list said in one paragraph of its own (一是…；二是…。), nothing under them (the
    paragraphs after it, which the reader gave the last item, are the point's own)."""
    first = node.children[0] if len(node.children) >= 2 else None
    return (
        first is not None
        and not first.inline
        and all(c.paragraph == first.paragraph and not c.children for c in node.children)
        and not any(c.paragraphs for c in node.children[:-1])
        and all(c.inline for c in node.children[1:])
    )


INLINE_CLAUSE = 60  # characters; list items no longer than this are clauses of one paragraph, not sub-points
INLINE_LIST_NOTE = (
    "要点段落中由短句组成的“一是……二是……”留在原段落里，没有拆成分论点（重新生成时段落不拆开）；"
    "需要分条编号时，请把它们改写成该要点的 items"
)


def _clauses(children: list[OutlineNode]) -> bool:
    """A list said in one paragraph whose items are clauses, not sub-points: each short with what it says
    (一是加强领导。二是落实责任。), or each one clause of a sentence with no text of its own (有几个共同特点：一是…；二是…；
    三是…。 the last one's text is the paragraph going on after the list)."""
    short = all(len(c.heading) + len(c.text) <= INLINE_CLAUSE for c in children)
    # (each but the last one clause, no sentence ended inside it: 一是前瞻性研究投入不够，…；二是…；三是…。)
    clauses = all(not SENTENCE_END_MARK.search((c.heading + c.text).rstrip("。！？!?")) for c in children[:-1])
    return short or len(children) >= 2 and clauses and not SENTENCE_END_MARK.search(children[-1].heading.rstrip("。！？!?"))


def _clause_lists(node: OutlineNode) -> bool:
    """Every child of ``node`` is an item of a list said inside a paragraph, nothing under it, and each paragraph's list
    is one of clauses (道路交通方面，要重点做好三件事：一是…；… / 企业方面，抓好四个环节：一是…，二是…，…)."""
    if not node.children or any(not c.inline or c.children for c in node.children):
        return False
    lists: dict[int, list[OutlineNode]] = {}
    for child in node.children:
        lists.setdefault(child.paragraph, []).append(child)
    return all(_clauses(items) for items in lists.values())


def _folded(node: OutlineNode) -> tuple[OutlineNode, list[str]]:
    """``node`` with its inline children written back into the paragraphs that hold them, in the text's order: its
    text (with what its own paragraph holds) and its later paragraphs."""
    pieces = [(node.paragraph, node.text), *((t.paragraph, t.text) for t in node.paragraphs)]

    def add(parent: OutlineNode) -> None:
        for child in parent.children:
            pieces.append((child.paragraph, child.label + child.heading + child.text))
            pieces.extend((t.paragraph, t.text) for t in child.paragraphs)
            add(child)

    add(node)
    texts: dict[int, str] = {}
    for number, text in sorted(pieces, key=lambda piece: piece[0]):  # (stable: a paragraph's pieces keep their order)
        texts[number] = texts.get(number, "") + text
    first, *later = texts.values()
    return OutlineNode(**{**node.__dict__, "text": first, "children": [], "paragraphs": []}), later


def _item(node: OutlineNode, notes: list[str]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    style = UNNUMBERED if _unnumbered_lead(node) else _item_style(node.style, notes)
    paragraphs = [t.text for t in node.paragraphs]
    if _inline_children(node) or (_one_paragraph_list(node) and _clauses(node.children)) or _clause_lists(node):
        # 一是…二是… inside a sub-point's paragraphs (or short ones all in one) stays in their text: the paragraph is
        # not split (a template prints every item as a paragraph of its own); check still sees them.
        node, paragraphs = _folded(node)
    # mirrors the template: a heading-style item with no text of its own is a heading line
    as_heading = not node.text and bool(node.children or paragraphs) and is_heading_style(style)
    item["heading"] = _lead_heading(node, as_heading)
    if node.text:
        item["text"] = node.text
    if paragraphs:
        item["paragraphs"] = paragraphs
    return _with_items(item, node, notes)


# A part headed by its numeral alone (## 一, as selected works print a long report's parts)
_BARE_NUMERAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]?$")
BARE_NUMERAL_NOTE = "原稿的一级要点只有序号、没有小标题（如“一”），说明书中这些要点的 heading 留空（生成时只印序号），需要时请补上小标题"


def _point(node: OutlineNode, notes: list[str]) -> dict[str, Any]:
    # a run-in point (一是…。, or an unnumbered lead sentence) loses the full stop the template adds back;
    # a heading stays as written
    unnumbered_lead = node.style.startswith("#") and not node.standalone
    as_heading = is_heading_style(node.style) or (node.style not in POINT_STYLES and not unnumbered_lead)
    point: dict[str, Any] = {"heading": _lead_heading(node, as_heading)}
    if _BARE_NUMERAL.match(point["heading"]):
        # ## 一 / 　　一 over a part: the numeral is the template's to print; a heading "一" would print 一、一
        point["heading"] = ""
        if BARE_NUMERAL_NOTE not in notes:
            notes.append(BARE_NUMERAL_NOTE)
    paragraphs = [t.text for t in node.paragraphs]
    node, paragraphs = _inline_run_before_items(node, paragraphs, notes)
    unlabelled = _inline_children(node) and not any(c.label for c in node.children)
    if unlabelled or ((_inline_children(node) or _one_paragraph_list(node)) and _clauses(node.children)) or _clause_lists(node):
        # clauses led by bold phrases (希望你们**要…**，…；**要…**，…), and a list of short clauses inside the point's
        # own paragraphs or all in one (一是…；二是…；三是…。), stay as written: a template prints every item as a
        # paragraph of its own, and the writer's paragraph would be split. check still sees them. (Items that
        # each run on for sentences, 一要…。要…。要…。二要…, are the point's sub-points.)
        if not unlabelled and INLINE_LIST_NOTE not in notes:
            notes.append(INLINE_LIST_NOTE)
        node, paragraphs = _folded(node)
    intro = ([node.text] if node.text else []) + paragraphs
    if intro:
        point["intro"] = intro
    return _with_items(point, node, notes)


def _inline_run_before_items(node: OutlineNode, paragraphs: list[str], notes: list[str]) -> tuple[OutlineNode, list[str]]:
    """一年来，我们主要抓了几件事：一是…；二是…。 in the point's own text, then （一）… （二）… opening paragraphs: the
    list said in the text stays in it, the paragraph-start run (of another style) is the point's sub-points (the list
    would have taken their place as its first items)."""
    own = {node.paragraph, *(t.paragraph for t in node.paragraphs)}
    k = next((k for k, c in enumerate(node.children) if not (c.inline and c.paragraph in own)), len(node.children))
    # (一要…二要…三要… said in the text, then 四要… opening a paragraph: one list counting on, not two)
    if k == 0 or k == len(node.children) or node.children[k].inline or node.children[k].style == node.children[k - 1].style:
        return node, paragraphs
    folded, texts = _folded(OutlineNode(**{**node.__dict__, "children": node.children[:k]}))
    if INLINE_LIST_NOTE not in notes:
        notes.append(INLINE_LIST_NOTE)
    return OutlineNode(**{**folded.__dict__, "children": node.children[k:]}), texts


def _with_items(entry: dict[str, Any], node: OutlineNode, notes: list[str]) -> dict[str, Any]:
    """``entry`` (a point or an item) with ``node``'s children as its numbered items, if it has any."""
    items, style = _items(node.children, notes)
    if items:
        entry["numbering"] = style
        entry["items"] = items
    return entry


def numbering_styles(outline: Outline) -> dict[str, str]:
    """The most used style at the second and third levels, written once at the top."""
    by_depth = _styles_by_depth(outline)
    numbering: dict[str, str] = {}
    for depth, key in ((2, "items"), (3, "nested")):
        counts = Counter({s: c for s, c in by_depth.get(depth, Counter()).items() if s in ITEM_STYLES})
        if counts:
            numbering[key] = counts.most_common(1)[0][0]
    return numbering


def _drop_default_numbering(numbering: dict[str, str], points: list[dict[str, Any]], template_nested: str) -> None:
    """Per-point and per-item ``numbering`` only where it differs from the global one."""
    items_style = numbering.get("items")
    nested_style = numbering.get("nested") or template_nested

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, dict) and "items" in item:
                if item.get("heading") and item.get("numbering") == nested_style:
                    del item["numbering"]
                walk(item["items"])

    for point in points:
        if items_style and point.get("numbering") == items_style:
            del point["numbering"]
        walk(point.get("items", []))

