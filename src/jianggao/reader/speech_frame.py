"""What stands around a speech's body: its head above it and its end below it.

``read_head`` finds where the body starts (after the salutation, or, with none, after the lines that read as a
head: short lines without a final full stop, a question title, a printed head under a web page's menus) and
reads the lines above it into the outline's title, subtitle and bylines, dropping, each with its reason, what a
page prints there (menus, tags, a news agency's dateline, a lead, a repeated title). ``read_end`` cuts what a
page prints after the speech (``page_end``), then takes off the dates and names set under it, the thanks line
and the closing words (同志们！让我们…). Both fill the given ``Outline`` and return the paragraphs that stay.
The patterns they read lines with are ``header``'s.
"""

from __future__ import annotations

import re

from ..records import replace
from ..zh.dates import NUMERIC_DATE
from ..zh.labels import (
    HEADING_RANK,
    first_sentence_end,
    last_sentence_start,
    match_label,
    sentence_starts,
)
from .announcements import ANNOUNCEMENT
from .compilation import compiled_speech
from .header import (
    AFTER_MEETING_WORDS,
    BIO_HEADING,
    BIO_REASON,
    BRACKETED,
    CLOSING_START,
    CN_DATE,
    DATE,
    DRAFT_MARK,
    EDITORS_NOTE,
    FILE_NAME_TAIL,
    GLUED_SALUTATION,
    HEAD_RUN,
    LAST_SAYING,
    NAME_DATE,
    NEWS_DATELINE,
    PAGE_HEAD_LINES,
    REPORTED_LAST,
    ROLE_WORDS,
    RUN_IN_SALUTATION,
    SALUTATION_PATTERN,
    SURNAMED,
    THANKS,
    TITLE_END,
    WRAP_UP,
    byline_like,
    byline_office,
    closing_words,
    comma_salutation,
    dated_title,
    exclaimed_salutation,
    foreign_name,
    glued_byline,
    glued_name,
    greeted_salutation,
    headline_under_page,
    holds_title,
    is_date_line,
    looks_like_title,
    named_apart,
    named_by_role,
    occasion_line,
    office_over_name,
    opening_address,
    printed_head_end,
    printed_once,
    prose_line,
    role_apart,
    salutation_line,
    salutation_under_page,
    similar,
    speaker_in_title,
    speaker_quoted,
    speaker_tag,
    speaker_tag_over_salutation,
    subtitle_goes_on,
    theme_words,
    title_lines,
    unbracketed,
    without_country,
)
from .label_runs import DASH, numbering_labels
from .outline_records import DroppedLine, Outline, SourceParagraph, SourceText
from .outline_rules import (
    CHARGE_ITEM,
    CJK_CHAR,
    LAST_CHARGE,
    SENTENCE_ENDS,
    SHORT_LEAD,
    TERMINAL,
    common_prefix,
)
from .page_end import (
    cut_appended_document,
    cut_article_list,
    cut_back_matter,
    cut_document_record,
    cut_endnotes,
    cut_repeated_copy,
)
from .top_level import spaced_numeral
from .transcript_facts import SECTION_MARK_REASON, facts_line, section_mark
from .transcript_turns import read_turns
from .unnumbered import heading_line_over_text, short_heading, topic_line
from .web_debris import EDITORS_LEAD_REASON, heading_emoji_end

# 指导组领导在2022年度 / 县长张明远在全县: a speaker's title line folded after its 在 (the occasion on the next line)
_SPEAKER_AT = re.compile(r"^[\u4e00-\u9fff]{2,12}在[^，,。！？!?：:；;\s]{1,30}$")

PARALLEL_PHRASE = (4, 12)  # characters of each of a title's two parallel phrases set a line each
HEADING_LINE_POINT = 30  # characters; a point this short is a heading line, with its text in paragraphs after it
PAGE_LABEL = 10  # characters; a line this short that ends in a colon over the speech is a page's label, no title
REPEATED_TITLE = "重复的标题"  # the reason a page's headline over the speech's own title is dropped with (mine reads a speaker in it)
LEAD_BEFORE_TITLE = "标题前的导语"  # the reason a lead line over the title (or a headline over none) is set aside
NAME_UNDER = 3  # characters of a bare name under a title
QUESTION_TITLE = 40  # characters of a title that asks a question, at most

# 海南省,2026,…,https://…,2026-02-02,"…: three fields or more of a spreadsheet's record, then the quoted text
_CSV_FIELDS = re.compile(r'^(?:[^,"\n]{1,200},){3,}"(?=[\u4e00-\u9fff])')

SUMMARY_LINE = 80  # characters; a header line longer than this that opens with a title is a page's summary
_TITLE_OVER_SALUTATION = re.compile(rf"^(.{{6,60}}?(?:讲话|講話|发言|發言|致辞|致辭))[ \u3000]+(?={GLUED_SALUTATION})")

_POINTS_DOWN = ("👇", "⬇️", "⬇", "↓")  # a WeChat lead's pointer to what follows it
# 现将讲话全文刊发如下—— / 以下为讲话全文： / 一起来看——: the editor's line pointing to the speech printed under it
_PRINTED_BELOW = re.compile(r"^(?:(?:现将|以下(?:是|为)|下面是)[^。！？!?]{0,24}?(?:如下|全文|内容|摘要)|一起来看)[：:—\-－]*$")


def _holds_list(text: str) -> bool:
    """A list said inside the paragraph (…我再强调两点：一是…。二是…。): its 1 and its 2 at sentence starts."""
    found = {(m.style, m.index) for i in sentence_starts(text) for m in match_label(text[i:], enumerations_only=True)}
    return any((style, 2) in found for style, index in found if index == 1)


def _name_under(header: list[SourceParagraph], above: list[SourceParagraph], group: list[SourceParagraph]) -> bool:
    """Is ``group`` one line naming a speaker (a name of two or three characters: 组织起来 is a title; or an office or
    a unit and a name set apart), parted
    from the group ``above`` by nothing but blank lines, or by the talk's date line (an anthology's 在…上的结论 /
    （一九四三年十一月二十日） / 周振华)?"""
    p = group[0]
    between = [q for q in header if above[-1].number < q.number < p.number]
    if len(group) > 1 or not all(is_date_line(q.text) for q in between):
        return False
    if not between and (not p.blanks_before or p.number != above[-1].number + 1 + p.blanks_before):
        return False
    # (做一个守时的人 / 五（3）班　林小满: a pupil's class and name set apart are his byline too; so are a role and a
    # name, 主持人　阮书瑶)
    return (len(re.sub(r"\s", "", p.text)) <= NAME_UNDER and byline_like(p.text)) or named_apart(p.text) or role_apart(p.text)


_BOOK_TITLE = re.compile(r"^《([^《》]+)》$")
_LABELLED_TITLE = re.compile(r"^(?:文章)?标题\s*[:：]\s*")
_THEME_LINE = re.compile(r"[^\d:：。！？!?，,；;（）()]{6,40}")  # 守初心　强医德　…: words, no date, time or sentence
# 党课讲稿 / 交流发言 / 表态发言 / 讲话提纲: a line that says only what kind of text the copy is
_KIND_ONLY = re.compile(r"(?:专题|个人|领导)?(?:党课讲稿|讲话稿|讲稿|发言稿|发言提纲|讲话提纲|交流发言|表态发言|典型发言|讲话|发言|致辞)")


def _theme_over_blank(header: list[SourceParagraph], above: list[SourceParagraph], group: list[SourceParagraph]) -> bool:
    """喜马拉雅山的水为什么不能流入亚马逊河？ / (a blank line) / 任总在…上的讲话: a one-line title that asks or is
    set in bold, a blank line over the one line that names the speech (在… / 任总在…): a theme title over its subtitle."""
    if len(above) != 1 or len(group) != 1:
        return False
    top, named = above[0], group[0]
    blank_between = top.number + 1 < named.number and not any(top.number < p.number < named.number for p in header)
    striking = top.text[-1] in "？?！!" or top.wholly_bold()
    return (
        blank_between and striking and not looks_like_title(top.text)
        and looks_like_title(named.text) and (named.text.startswith("在") or bool(_SPEAKER_AT.match(named.text)))
    )


# 大家好！ / 大家新年好啊！ / 同志们好！: a greeting, the first words a speaker says
_GREETING = re.compile(r"^(?:大家|各位|同志们|朋友们|同学们|老师们|家人们|兄弟们)[\u4e00-\u9fff]{0,4}好(?:啊|呀|哇)?[！!]")


def _ink(text: str) -> int:
    """Characters that are not space."""
    return len(text) - sum(c.isspace() for c in text)


def read_head(paras: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """Read the head into ``out`` (title, subtitle, bylines, salutation, and the page's lines dropped with
    their reasons); returns the body paragraphs."""
    paras, compiled = compiled_speech(paras)  # (a speech among a compilation's papers: its own lines)
    out.dropped += compiled
    paras = [piece for k, p in enumerate(paras) for piece in (_byline_over_salutation(p) if k < HEAD_RUN else [p])]
    sal = next(
        (i for i, p in enumerate(paras[:15]) if salutation_line(p.text)),
        None,
    )
    if sal is None:  # (a web page's menus and lead above the speech's head)
        sal = salutation_under_page(paras)
    if sal is None:  # 各位劳动英雄，各位模范工作者！ right under the head (no point above it: 同志们！ between points)
        sal = next(
            (i for i, p in enumerate(paras[: HEAD_RUN + 1])
             if (exclaimed_salutation(p.text) or comma_salutation(p.text))
             and not any(numbering_labels(q.text) for q in paras[:i])),
            None,
        )
    if sal is not None:
        first = sal
        # 亲爱的2020级新同学， / 尊敬的各位嘉宾、 / 各位老师：: a salutation over two or more lines (全国同胞们， /
        # 同志们，朋友们：: a line read with the lines under it)
        while (
            first > 0
            and len(paras[first - 1].text) <= 50
            and paras[first - 1].text.endswith(("，", ",", "、"))
            and (
                SALUTATION_PATTERN.match(paras[first - 1].text[:-1] + "：")
                or SALUTATION_PATTERN.match("".join(p.text for p in paras[first - 1 : sal + 1]))
            )
        ):
            first -= 1
        header, body = paras[:first], paras[sal + 1 :]
        part = _first_dated_part(paras, first)
        if part < first:  # (开幕词 / （date） / salutation: the first talk's heading is above its salutation)
            header, body = paras[:part], paras[part:first] + body
        tagged = speaker_tag_over_salutation(header[-1].text) if header else None
        if tagged is not None:  # (何永贵（村党支部书记）： over 各位代表，乡亲们：)
            out.bylines.append(SourceText(header[-1].number, tagged))
            header = header[:-1]
        said = "".join(p.text for p in paras[first : sal + 1])
        # (各位劳动英雄，各位模范工作者！: the exclamation goes as a colon does; 同学们，大家好！ keeps its greeting's)
        exclaimed = exclaimed_salutation(said) and not said.rstrip("！!").endswith("好")  # (…大家好！ is a greeting)
        out.salutation = said.rstrip("：:" + ("！!" if exclaimed else "") + ("，," if comma_salutation(said) else "")).strip()
    else:
        printed = printed_head_end(paras)  # (a printed head under a web page's menus)
        headline = None if printed else headline_under_page(paras)
        if headline is not None:  # a page's menus over a headline, nothing signed under it but a name
            start, text_start = headline
            out.dropped += [DroppedLine(p.number, p.text, "页头") for p in paras[:start]]
            header, body = paras[start:text_start], paras[text_start:]
        else:
            n = 0
            while (
                n < min(len(paras), HEAD_RUN)
                and (_header_like(paras[n]) or _question_title(paras, n))
                and not _bold_section(paras, n)
                and not _GREETING.match(paras[n].text)  # (大家新年好啊！: the speech's first words, no head)
            ):
                n += 1
            n = _first_dated_part(paras, max(n, printed))
            header, body = paras[:n], paras[n:]
        # (6月13日，全县…推进会在柳河镇召开。… over 同志们：今天上午，…: a news page's lead above the glued salutation)
        k = 1 if len(body) > 1 and _NEWS_LEAD.match(body[0].text) and not RUN_IN_SALUTATION.match(body[0].text) else 0
        if body and (glued := RUN_IN_SALUTATION.match(body[k].text)):
            out.salutation = glued.group(1)
            body = [*body[:k], replace(body[k], text=body[k].text[glued.end() :]), *body[k + 1 :]]
    _read_header(header, out)
    body = read_turns(body, out)
    if body and not out.salutation and out.turns_speaker and salutation_line(body[0].text):
        # (主持人：… / 盛晓岚：尊敬的各位嘉宾、各位企业家朋友：: the salutation the speaker's first turn opens with)
        out.salutation = body[0].text.strip().rstrip("：:")
        return body[1:]
    greeted = greeted_salutation(body[0].text) if body and not out.salutation else None
    if greeted is not None:  # (谢谢主持人。各位来宾、各位企业家朋友，大家好！…: said inside the first paragraph)
        out.salutation, rest = greeted
        body = [replace(body[0], text=rest), *body[1:]] if rest else body[1:]
    addressed = opening_address(body[0].text) if body and not out.salutation and len(body) > 1 else None
    if addressed is not None:  # (同志们，今天跟大家一起学习交流。…: the audience named before a comma, then his words)
        out.salutation, rest = addressed
        body = [replace(body[0], text=rest), *body[1:]]
    return body


def set_aside_page_head(paras: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """…分享了 Dify 的全球化故事。… / 以下是张路宇的演讲全文：: an editor's lead of any length, and a page's lines above
    it, over the line that says the speech is printed under it (dropped already, its next paragraph marked
    ``printed_below``): the page's head is set aside but for its headline, which stands over the speech's own head,
    marked as the title (a Markdown title is). The headline is the title the front matter declares, else the first
    Markdown title, else in a plain copy the first line before the lead that can be one (``_page_headline``); with
    none, or when the speech's own head under the line opens with its title (在…上的讲话), that head gives the
    title. The page's other lines (its menus, the article's date and author, the headline printed again) and the
    lead are dropped with their reasons."""
    start = next((i for i, p in enumerate(paras[:PAGE_HEAD_LINES]) if p.printed_below), 0)
    if not start:
        return paras, []
    region = paras[:start]
    declared = next((p for p in region if p.declared_title), None)
    headline = next((p for p in region if p.is_title), None)
    # (the front matter's title cut at its bar, SDC2024 议题回顾, under a Markdown title that goes on past it,
    # SDC2024 议题回顾 | 智能摩托车进化之路: the bar set a column apart, no site's name, and the Markdown title is whole)
    whole = headline is not None and declared is not None and headline.text.startswith(declared.text)
    title = headline if whole else declared or headline
    if title is None:
        title = _page_headline(region)
    if not paras[start].text.startswith(("——", "—", "--")) and looks_like_title(paras[start].text):
        title = None  # (在全县经济工作会议上的讲话 under the line: the speech's own title, the page's headline is the page's)
    dropped = []
    for p in region:
        if p is title:
            continue
        if title is not None and p.text == title.text:
            reason = REPEATED_TITLE
        elif p.text[-1] in TERMINAL or len(p.text) > SUMMARY_LINE:
            reason = EDITORS_LEAD_REASON
        else:
            reason = "页头"
        dropped.append(DroppedLine(p.number, p.text, reason))
    return [*([replace(title, is_title=True)] if title is not None else []), *paras[start:]], dropped


_MENU_BAR = re.compile(r"\S{1,6}(?:[ \u3000]+\S{1,6}){2,}")  # 首页　时政　社会　乡镇: a page's menu, short words set apart
HEADLINE_MIN = 8  # characters of a page's headline, at least (关于我们 / 校园文化建设 are a menu's entries)
PAGE_LEAD_SENTENCE = 40  # characters; a line ending in ！ or ？ this long or longer opens the lead, a shorter one may head the page


def _page_headline(region: list[SourceParagraph]) -> SourceParagraph | None:
    """In a plain copy of a page's head (no Markdown title): its headline, the first line before the editor's lead
    that can be one (a page's menu entries are shorter; a card's slogan comes after it): HEADLINE_MIN characters at
    least and mostly Chinese, no sentence (a WeChat headline may end in ！ or ？), no menu bar, breadcrumb, page
    field, date or byline; a line that names a speech (…上的讲话) is preferred."""
    lines = []
    for p in region:
        t = p.text.strip()
        asks = t[-1] in "！？!?" and len(t) < PAGE_LEAD_SENTENCE
        if (t[-1] in TERMINAL and not asks) or len(t) > SUMMARY_LINE:
            break  # (the lead)
        if (
            len(t) >= HEADLINE_MIN and 2 * len(CJK_CHAR.findall(t)) >= len(t)
            and not (_MENU_BAR.fullmatch(t) or ">" in t or is_date_line(t) or DATE.match(t) or byline_like(t))
        ):
            lines.append(p)
    named = [p for p in lines if looks_like_title(p.text)]
    return (named or lines or [None])[0]


_NEWS_LEAD = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]")
_BYLINE_AND_SALUTATION = re.compile(rf"^(?P<byline>.+?)[ \u3000]*(?P<salutation>{GLUED_SALUTATION})$")


def _byline_over_salutation(p: SourceParagraph) -> list[SourceParagraph]:
    """乡长　石建平　（2023年6月9日）同志们：: a byline and the salutation run into one line: two lines again. So are a
    transcript's speaker tag and the salutation he opens with (黎明辉：各位家委会的家长代表：)."""
    tag = _TAG_BEFORE.match(p.text.strip()) if len(p.text) <= SUMMARY_LINE else None
    rest = p.text.strip()[tag.end() :] if tag is not None else ""
    if tag is not None and speaker_tag(tag.group()) and salutation_line(rest):
        return [replace(p, text=tag.group()), replace(p, text=rest)]
    m = _BYLINE_AND_SALUTATION.match(p.text.strip()) if len(p.text) <= SUMMARY_LINE else None  # (linear: a short line)
    if m is None or not salutation_line(m.group("salutation")):
        return [p]
    byline = m.group("byline")
    dated = _DATE_AT_END.search(byline)
    signed = byline[: dated.start()].strip() if dated else byline
    if not (named_apart(signed) or named_by_role(signed)) or not byline_office(signed):  # (亲爱的同学们，… is one salutation)
        return [p]
    return [replace(p, text=byline), replace(p, text=m.group("salutation"))]


_DATE_AT_END = re.compile(rf"[ \u3000]*[（(]?{NUMERIC_DATE}[）)]?$")
_TAG_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：]")  # 黎明辉：… (speaker_tag says whether it is a name)


def _first_dated_part(paras: list[SourceParagraph], n: int) -> int:
    """Title / （一九五五年三月） / 开幕词 / （一九五五年三月二十一日） … 结论 / （…）: in a piece made of
    several talks, each headed by a short line over its date, the first talk's line ends the header."""
    dated = [k for k in range(1, len(paras) - 1) if not paras[k].is_title and is_date_line(paras[k + 1].text)
             and len(paras[k].text) <= 30 and paras[k].text[-1] not in TERMINAL and not BRACKETED.match(paras[k].text)]
    if len(dated) < 2 or dated[0] >= n or dated[1] < n:
        return n
    if not any(p.is_title or BRACKETED.match(p.text) for p in paras[: dated[0]]):
        return n  # (the title over its date is no talk of the piece)
    return dated[0]


def _bold_section(paras: list[SourceParagraph], n: int) -> bool:
    """Under a Markdown title, a line wholly in bold (**01** / **上半场：…**) opens the text: an article's
    section mark or heading, not a line of the head (a byline in bold, **作者｜…** or **（…主任　刘雪晴）**, is a page's;
    so is a subtitle, **——在…上的交流发言**)."""
    p = paras[n]
    whole = p.wholly_bold()
    head_line = byline_like(unbracketed(p.text)) or p.text.startswith(("——", "--")) or bool(re.search(r"[|｜/]", p.text))
    return whole and any(q.is_title for q in paras[:n]) and not head_line


def _question_title(paras: list[SourceParagraph], n: int) -> bool:
    """喜马拉雅山的水为什么不能流入亚马逊河？ over 任总在…上的讲话 (or a ——subtitle): a title that asks, one short
    question, over the line that names the speech."""
    t = paras[n].text
    below = paras[n + 1].text if n + 1 < len(paras) else ""
    return (
        len(t) <= QUESTION_TITLE and t[-1] in "？?" and not re.search(r"[。！？!?；;]", t[:-1])
        and (looks_like_title(below) or below.startswith(("——", "--")))
    )


# 在2025国际青年创新论坛上的演讲: a line that names the speech by where it was given, as a subtitle does
_OCCASION_TITLE = re.compile(rf"^在[^，,。！？!?；;：:]{{2,40}}(?:上|时)的(?:{'|'.join(TITLE_END)})$")


HEAD_LINE_MAX = 60  # characters of a head line, at most (a front matter's title among them, read as one however it ends)


def _declared_head_title(p: SourceParagraph) -> bool:
    """A title the front matter declares, short enough for a head line: a title however it ends (AI 的「i」，原来是斜杠
    青年的「金箍棒」！), as a Markdown title is."""
    return p.declared_title and len(p.text) <= HEAD_LINE_MAX


def _header_like(p: SourceParagraph) -> bool:
    if p.heading_level or numbering_labels(p.text) or spaced_numeral(p.text):  # (一 一月十八日的讲话: a heading)
        # (## ——在…上的讲稿 / ## 在…上的演讲: a Markdown heading that is the title's subtitle)
        return p.is_title or (bool(p.heading_level) and (p.text.startswith(("——", "--")) or _OCCASION_TITLE.match(p.text) is not None))
    t = p.text
    return p.is_title or _declared_head_title(p) or (len(t) <= HEAD_LINE_MAX and t[-1] not in "。！？!?；;")


def _note_cut_head_lines(
    before: list[SourceParagraph], after: list[SourceParagraph], printed: list[SourceText], out: Outline
) -> None:
    """Say what title_lines left out of a head line (an agency's dateline, a site's tags): the writer's
    words are never dropped without a word."""
    for p in before:
        kept = [q.text for q in after if q.number == p.number]
        bylines = [b.text for b in printed if b.paragraph == p.number]
        if _ink("".join(kept + bylines)) >= _ink(p.text):
            continue
        parts = [f"标题“{'”“'.join(kept)}”"] if kept else []
        parts += [f"署名“{'”“'.join(bylines)}”"] if bylines else []
        read_as = "读作" + "、".join(parts) + "，" if parts else ""
        out.notes.append(f"第 {p.number} 行{read_as}行中其余文字（网站标签、新闻电头等）已去掉；原行：{p.text}")


# (2024东湄工业互联网大会·边缘计算分论坛　演讲速记: the session and the copy's kind after the event)
_EVENT_NAME = re.compile(r"^[^，。！？：:]{2,30}(?:论坛|峰会|大会|年会|研讨会|沙龙|讲堂|读书会|分享会|发布会|博览会)(?:[·・ \u3000][^，。！？]{0,16})?$")


def _read_facts(number: int, fields: list[tuple[str, str]], out: Outline) -> str:
    """A line of facts' fields into bylines (a speaker's or host's field as written, a date) and dropped facts;
    the line's kind: a byline if it gave one."""
    kind = "dropped"
    for label, value in fields:
        if label in ROLE_WORDS:
            out.bylines.append(SourceText(number, f"{label}：{value}"))
            kind = "byline"
        elif is_date_line(value):
            out.bylines.append(SourceText(number, value))
            kind = "byline"
        elif date := DATE.match(value):
            # (时间：2025年2月5日（正月初八）上午8:30 / 直播时间：2024年4月18日 20:00—21:10: the date; the rest said)
            out.bylines.append(SourceText(number, date.group().strip()))
            out.dropped.append(DroppedLine(number, value[date.end() :].strip(), "文字稿或会议信息"))
            kind = "byline"
        else:
            out.dropped.append(DroppedLine(number, f"{label}：{value}" if label else value, "文字稿或会议信息"))
    return kind


BAR_HEADLINE = 50  # characters of a WeChat headline with a column's name before a bar, at most


def _bar_headline(header: list[SourceParagraph], k: int) -> bool:
    """校庆晚会｜党委书记白鹤年致辞：澄江大学，生日快乐！: the first line, a column's name and a bar before words that
    quote someone (a colon) and end with an exclamation, is a WeChat article's headline, not its lead (邻里一家亲｜…开幕啦！,
    quoting no one, is news of the day); so is a first line that quotes a named speaker and ends with no sentence's
    mark, or a short one that ends with an exclamation."""
    t = header[k].text.strip()
    if k == 0 and (t[-1] not in "。！!" or (t[-1] in "！!" and len(t) <= BAR_HEADLINE)) and speaker_quoted(t, None) is not None:
        # (CTO 沈砚秋：大模型落地，别急着“上车”，先把路修好｜…演讲实录: commas, but the words quoted; 行长周砚秋：2025，我们
        # 这样干！: a short one exclaimed)
        return True
    return k == 0 and len(t) <= BAR_HEADLINE and t[-1] in "！!" and bool(re.match(r"^[^｜|。！？!?]{2,16}[｜|][^。！？!?：:]{2,24}[：:]", t))


def _read_header(header: list[SourceParagraph], out: Outline) -> None:
    # a document site names the file and its pages: 在…上的讲话.doc / 在…上的讲话.doc_第1页
    # (〔美〕理查德·霍尔曼: a translated speaker's country goes, his name stays)
    header = [
        replace(p, text=t, bold_lead=False, bold_phrases=()) if (t := without_country(FILE_NAME_TAIL.sub("", p.text))) else p
        for p in header
    ]
    header = _csv_fields_cut(header, out)
    # 在…上的讲话（2023年3月1日）张明远 新华社北京…电 / 【精品】…（全文）: each line's title, its date and speaker
    before = header
    # 在…上的讲话 同志们：根据…。: a page's summary line that opens with the title and runs on into the speech
    header = [
        replace(p, text=m.group(1), bold_lead=False, bold_phrases=())
        if len(p.text) > SUMMARY_LINE and (m := _TITLE_OVER_SALUTATION.match(p.text)) else p
        for p in header
    ]
    header, printed = title_lines(header)
    out.bylines += printed
    _note_cut_head_lines(before, header, printed, out)  # (before the lines of one byline are joined below)
    # (市委常委、市纪委书记、市监委主任 / 张丽华: a byline broken after its offices, by a line break or a Word //)
    header = [
        replace(p, text=f"{p.text}　{header[k + 1].text}") if k + 1 < len(header) and office_over_name(p.text, header[k + 1].text) else p
        for k, p in enumerate(header)
        if not (k > 0 and office_over_name(header[k - 1].text, p.text))
    ]
    # (讲    话 / 述　职　报　告: a short title a PDF or Word copy set spaced out on its own line is the word)
    header = [replace(p, text="".join(p.text.split())) if _spaced_title(p.text) else p for p in header]
    kinds: list[str] = []
    for k, p in enumerate(header):
        t = p.text
        # (a line of no Chinese is a page's symbol or menu, unless the file declares it its title: The (Near) Future …)
        if not (p.is_title or p.declared_title) and not DATE.match(t) and (numbering_labels(t) or not CJK_CHAR.search(t)):
            out.dropped.append(DroppedLine(p.number, t, "标题前的目录或符号"))
            kinds.append("dropped")
            continue
        if NEWS_DATELINE.match(t):  # 新华社北京10月27日电: the agency's dateline, never a title line
            out.dropped.append(DroppedLine(p.number, t, "新闻电头"))
            kinds.append("dropped")
            continue
        if BIO_HEADING.match(t):  # 嘉宾介绍 over a note on who gave the talk, in the head: no title
            out.dropped.append(DroppedLine(p.number, t, BIO_REASON))
            kinds.append("dropped")
            continue
        if DRAFT_MARK.match(t):  # （提　纲） / 【征求意见稿】: the state of the copy, no byline
            out.dropped.append(DroppedLine(p.number, t, "稿本标记"))
            kinds.append("dropped")
            continue
        # (区市场监管局党组书记、局长　陶国庆：: a byline over his words, as a page of several speakers' sets it)
        named = NAME_DATE.match(t) or named_apart(t) or (t[-1:] in "：:" and byline_office(t) and named_apart(t[:-1]))
        if named:  # 胡建新 2009年5月4日 / 区长　孙立华
            out.bylines.append(SourceText(p.number, t))
            kinds.append("byline")
            continue
        m = DATE.match(t)
        if m and dated_title(t[m.end() :]):  # 2025-03-27-在…班会上，跟大家做了一些分享: a title opening with its date
            kinds.append("title")
        elif m and occasion_line(t[m.end() :]) and not out.subtitle:
            out.subtitle = t  # 2026年1月14日在…代表大会第四次会议上: the date and occasion under a report's title
            kinds.append("subtitle")
        elif m:
            rest = t[m.end() :].strip()
            if rest.isdigit():  # "2021-06-02 121": a page's date and view counter
                out.bylines.append(SourceText(p.number, t[: m.end()].strip()))
                out.dropped.append(DroppedLine(p.number, rest, "浏览计数"))
            else:
                out.bylines.append(SourceText(p.number, t))
            kinds.append("byline")
        elif CN_DATE.match(t) or (BRACKETED.match(t) and not p.is_title) or glued_byline(t):
            out.bylines.append(SourceText(p.number, t))
            kinds.append("byline")
        elif t.startswith(("——", "—", "--")):
            cut = glued_name(t)
            if cut is not None:
                out.subtitle = t[:cut]
                out.bylines.append(SourceText(p.number, t[cut:].strip()))
            else:
                out.subtitle = t
            kinds.append("subtitle")
        elif kinds and kinds[-1] == "subtitle" and subtitle_goes_on(out.subtitle, t):
            out.subtitle += t  # ——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上
            kinds.append("subtitle")
        elif section_mark(t):  # 【主持人开场】: a transcript's part marked by its editor, no title
            out.dropped.append(DroppedLine(p.number, t, SECTION_MARK_REASON))
            kinds.append("dropped")
        elif not p.is_title and (fields := facts_line(t)):
            # 嘉宾：孟夏（…） / 主持：阿哲 / 录制：2024年3月2日 ｜ 时长：58分钟 / 时间：2025年2月5日上午8:30 / 地点：…:
            # a transcript's or a meeting record's facts; who speaks or hosts and the date are bylines
            kinds.append(_read_facts(p.number, fields, out))
        elif not p.is_title and named_by_role(t):  # 讲话人：戴永福（公司董事长）: the speaker, named by his part
            out.bylines.append(SourceText(p.number, t))
            kinds.append("byline")
        elif not p.is_title and len(t) <= PAGE_LABEL and t[-1] in "：:" and not looks_like_title(t[:-1]):
            if speaker_tag(t):  # 周一鸣：: a transcript's tag for the one who speaks, over what he said
                out.bylines.append(SourceText(p.number, t[:-1]))
                kinds.append("byline")
            else:
                out.dropped.append(DroppedLine(p.number, t, "页面栏目名"))  # 内容预览： / 正文：: a page's label
                kinds.append("dropped")
        elif not (p.is_title or _declared_head_title(p)) and not _bar_headline(header, k) and (
            (t[-1] in "。！!" and not (t[-1] != "。" and k + 1 < len(header) and header[k + 1].text.startswith("——")))
            or t.endswith(_POINTS_DOWN)  # (…社区党委书记邓素梅致辞👇: a WeChat lead pointing to the speech)
            or _PRINTED_BELOW.match(t)
            or len(t) > 80
            or prose_line(t)
        ):  # (欢迎你为“求真”而来！ over ——在…上的讲话 is a main title)
            out.dropped.append(DroppedLine(p.number, t, LEAD_BEFORE_TITLE))
            kinds.append("dropped")
        else:
            kinds.append("title")
    # Title lines group when adjacent: a blank or dropped line between them starts a new group.
    groups: list[list[SourceParagraph]] = []
    subtitled: list[list[SourceParagraph]] = []  # groups right above a subtitle line (——在…上的讲话)
    previous = None
    for i, (p, kind) in enumerate(zip(header, kinds, strict=True)):
        if kind == "title":
            if not groups or previous is None or p.number not in (previous, previous + 1):
                groups.append([])
            groups[-1].append(p)
            previous = p.number
            if i + 1 < len(kinds) and kinds[i + 1] == "subtitle":
                subtitled.append(groups[-1])
        else:
            previous = None
    labelled = [g for g in groups if len(g) == 1 and _LABELLED_TITLE.match(g[0].text)]
    if labelled:  # 标题：… in a page's information block names the title outright, over page and column titles
        chosen = labelled[0]
        others = [g for g in groups if g is not chosen]
    elif any(p.is_title for g in groups for p in g):
        groups = [g for g in groups if any(p.is_title for p in g)] + [g for g in groups if not any(p.is_title for p in g)]
        chosen = groups[0]
        others = groups[1:]
        # (# 党课讲稿（第三稿） over ## 守初心　强医德… / **题目：抓党建…**: the kind of text over the speech's own title)
        own = next((g for g in others if g and (g[0].heading_level or _THEME_LINE.fullmatch(g[0].text))), None)
        if len(chosen) == 1 and _KIND_ONLY.fullmatch(chosen[0].text) and own is not None:
            chosen, others = own, [g for g in groups if g is not own]
    else:
        # the title a subtitle stands under is the speech's own (a page header may repeat both on one line
        # above it); else the last group that reads like a title (…上的讲话, …致辞); the rest is the page's
        # (a group that is one name, 李克强, only blank lines under the group before it, is that title's byline)
        named = [g for k, g in enumerate(groups) if not (k and _name_under(header, groups[k - 1], g))] or groups
        # (2024长三角人才发展论坛 under 城市人才竞争进入“下半场”: the event the talk was given at, not its title)
        unevented = [g for g in named if not (len(g) == 1 and _EVENT_NAME.match(g[0].text))] or named
        # (a front matter's title: line, the title its writer declared, over a page's event line in the text)
        declared = [g for g in named if any(p.declared_title for p in g)]
        titled = subtitled or [g for g in named if any(looks_like_title(p.text) for p in g)] or declared or unevented
        chosen = titled[-1] if titled else []
        k = next((j for j, g in enumerate(groups) if g is chosen), 0)
        themed = k > 0 and _theme_over_blank(header, groups[k - 1], chosen)
        others = [g for j, g in enumerate(groups) if g is not chosen and not (themed and j == k - 1)]
        if themed:  # (read as a theme title over its subtitle, below)
            chosen = groups[k - 1] + chosen
    # within the group: a line that is a title on its own wins over page labels around it,
    # except under a theme title (坚定信心　奋力攻坚 / 在全市经济工作会议上的讲话), where it is the subtitle
    complete = [i for i, p in enumerate(chosen) if looks_like_title(p.text)]
    theme = (
        len(complete) == 1
        and complete[0] > 0
        and (chosen[complete[0]].text.startswith("在") or _SPEAKER_AT.match(chosen[complete[0]].text))
        and len("".join(p.text for p in chosen[: complete[0]])) >= 8
        and not chosen[complete[0] - 1].text.startswith("在")
        and theme_words("".join(p.text for p in chosen[: complete[0]]))
    )
    if theme and not out.subtitle:
        out.subtitle = chosen[complete[0]].text
        chosen = chosen[: complete[0]] + chosen[complete[0] + 1 :]
        complete = []
    if len(complete) > 1 or (complete and not chosen[0].text.startswith("在")):
        start = complete[-1]
        before = chosen[start - 1].text if start > 0 else ""
        wrapped = start > 0 and (
            (chosen[start - 1].text.startswith("在") and "上的" not in chosen[start - 1].text)
            # 指导组领导在2022年度 / 民主生活会上的点评讲话: a speaker's title folded after its 在
            or (bool(_SPEAKER_AT.match(before)) and "上的" not in before and not looks_like_title(before))
            or chosen[start].text.startswith(("上的", "会上的"))  # 市委书记在…学习会 / 上的主持讲话
        )
        start -= wrapped
        others.append(chosen[:start])
        chosen = chosen[start:]
    # 首页陶朱公商圈资讯张明远：… over 张明远：…: a breadcrumb or page title that holds the title under it
    held = [p for k, p in enumerate(chosen[:-1]) if holds_title(p.text, chosen[k + 1].text)]
    if held:
        others.append(held)
        chosen = [p for p in chosen if p not in held]
    lines = [p.text for p in chosen]
    title = lines[0] if lines else ""
    rest = lines[1:]
    # a theme title over a subtitle whose first line sets its phrases apart (不忘初心担使命 传承博雅谱新篇 /
    # 奋力开创…新局面): its lines are phrases too, kept apart; other lines are one title wrapped
    # (凝心聚力谋发展 / 实干担当开新局 over a ——subtitle: two parallel phrases of one length, a line each, are kept
    # apart as well; a title wrapped at a page's width does not break into halves of one length so short)
    parallel = len(lines) == 2 and len(lines[0]) == len(lines[1]) and PARALLEL_PHRASE[0] <= len(lines[0]) <= PARALLEL_PHRASE[1]
    parallel = parallel and not re.search(r"[，,。、；;：:！？]", "".join(lines))
    phrases = theme or (chosen in subtitled and (bool(re.search(r"\S[ \u3000]+\S", title)) or parallel))
    # (边缘计算进工厂：… over 2024东湄工业互联网大会·…分论坛　演讲速记: the event under a title that needs no more is no part
    # of it; under 在…, the title goes on)
    while rest and not title.endswith(TITLE_END) and len(title + rest[0]) <= 80 and not byline_like(rest[0]) and not (
        not title.startswith("在") and _EVENT_NAME.match(rest[0])
    ):
        title += rest.pop(0) if not phrases else "　" + rest.pop(0)
    for p, line in zip(chosen[len(chosen) - len(rest) :], rest, strict=True):
        if line.endswith(TITLE_END) and similar(line, title):
            out.dropped.append(DroppedLine(p.number, line, REPEATED_TITLE))
        elif byline_like(line) or len(line) <= 4:
            out.bylines.append(SourceText(p.number, line))
        elif not out.subtitle:
            out.subtitle = line
        else:
            out.bylines.append(SourceText(p.number, line))
    out.title = printed_once(_LABELLED_TITLE.sub("", title))
    if chosen and (dated := _TITLE_DATE.search(out.title)) and dated.start() >= 4:  # (a title of some words before it)
        out.bylines.append(SourceText(chosen[0].number, dated.group().strip()))  # 市场部周例会讲话（6月17日）: the date apart
        out.title = out.title[: dated.start()].rstrip()
    if (book := _BOOK_TITLE.match(out.title)) and looks_like_title(book.group(1)):
        out.title = book.group(1)  # 《在…上的讲话》: a title quoted whole as a work's name
    after = chosen[-1].number if chosen else None
    for group in others:
        if not group:
            continue
        text = "".join(p.text for p in group)
        if after is not None and group[0].number > after and len(group) == 1 and byline_like(text):
            out.bylines.append(SourceText(group[0].number, text))  # the speaker's name under the title
            continue
        if after is not None and group[0].number > after and len(group) == 1 and _meta_line(group[0].number, text, out):
            continue
        named = speaker_in_title(text) if after is not None and group[0].number > after and len(group) == 1 else None
        # (> …党支部书记 裴雅琴 在…党课上的讲稿 under a title: the speaker's subtitle, mine reads him; the headline printed
        # again is still a repetition)
        if named is not None and named[0] and not out.subtitle and text != title:
            out.subtitle = text
            continue
        reason = REPEATED_TITLE if similar(text, title) else "页头"
        for p in group:
            if after is not None and p.number > after and named_by_role(_note_words(p.text)):
                # (> 演讲人：何振宇（…） / > 版本：… / > 时长：…: a note's lines, one naming the speaker by his part)
                out.bylines.append(SourceText(p.number, _note_words(p.text)))
                continue
            if after is not None and p.number > after and len(group) > 1 and _meta_line(p.number, p.text, out):
                continue  # (> 王振华｜2024.3.9｜培训中心 / > 定稿，已发人力部: a note's line of facts among its others)
            if after is not None and p.number == group[0].number > after and len(group) > 1 and foreign_name(p.text):
                # (伊丽莎白·哈洛韦 / 中文译稿　…翻译团队: the speaker's name under the title, his translator's line under it)
                out.bylines.append(SourceText(p.number, p.text))
                continue
            out.dropped.append(DroppedLine(p.number, p.text, reason))
    out.bylines.sort(key=lambda b: b.paragraph)


# 述　职　报　告 / 讲    话: a title of a few characters set one by one with spaces between them
_LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,9}")


def _spaced_title(text: str) -> bool:
    """The line is a short title spaced out character by character (讲    话, 述　职　报　告), or its last word alone."""
    squeezed = "".join(text.split())
    return squeezed in TITLE_END or (bool(_LETTER_SPACED.fullmatch(text.strip())) and squeezed.endswith(TITLE_END))


# 七一专题党课讲稿 · 县教育局党组书记 郑某某 · 2026年6月28日: a note app's line of the piece's facts, set apart by dots
_META_APART = re.compile(r"[ \u3000]+[·•][ \u3000]+|[ \u3000]*[｜|][ \u3000]*")  # (艾尔肯·吐尼亚孜: a name's dot, no spaces)


def _note_words(text: str) -> str:
    """> 演讲人：… / 📝 讲话人：…｜场合：…: a note's line under the title without the quote mark or the emoji a note app
    set before it."""
    line = text.lstrip("> ").strip()
    return line[heading_emoji_end(line) :]


_MEMO_CLAUSE = re.compile(r"[，,；;][ \u3000]*")


def _meta_line(number: int, text: str, out: Outline) -> bool:
    """A line under the title that sets the speech's facts apart by dots or bars, one of them a byline (or by commas,
    one of them a role and a name): the byline and the date are read as bylines, the rest (七一专题党课讲稿)
    dropped as the page's; False when none is a byline."""
    line = _note_words(text)
    pieces = [piece for piece in _META_APART.split(line) if piece]
    if len(pieces) < 2 or not any(byline_like(piece) for piece in pieces):
        # (备忘：周四调研时用，汇报人：管委会主任 孙某某: a memo's clause that names the speaker by the part he has)
        pieces = [piece for piece in _MEMO_CLAUSE.split(line) if piece]
        if len(pieces) < 2 or not any(named_by_role(piece) for piece in pieces):
            return False
    for piece in pieces:
        if DRAFT_MARK.match(piece):  # (徐文斌（副市长）｜2024年5月20日｜定稿: the state of the copy, no name)
            out.dropped.append(DroppedLine(number, piece, "稿本标记"))
        elif byline_like(piece) or is_date_line(piece):
            out.bylines.append(SourceText(number, piece))
        else:
            out.dropped.append(DroppedLine(number, piece, "页头"))
    return True


# （6月17日） / （2024年6月17日） at a title's end: the day it was given, a byline's
_TITLE_DATE = re.compile(r"[ \u3000]*[（(](?:\d{4}年)?\d{1,2}月\d{1,2}日[）)]$")


def read_end(body: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """Read the end into ``out`` (what the page prints after the speech, dropped; dates and names under it, the
    thanks line, the closing words); returns the body paragraphs before them."""
    body, dropped = cut_repeated_copy(body, out.title)
    out.dropped += dropped
    # (附件： over a numbered list is an attachment)
    for cut in (cut_document_record, cut_endnotes, cut_appended_document, cut_article_list, cut_back_matter):
        body, dropped = cut(body)
        out.dropped += dropped
    body = _trailing_bylines(body, out)
    if body and len(body[-1].text) <= 40 and THANKS.search(body[-1].text):
        out.thanks = SourceText(body[-1].number, body[-1].text)
        body = body[:-1]
    if (headed := _closing_heading_after_numbered_parts(body)) is not None:
        out.dropped.append(DroppedLine(body[headed].number, body[headed].text, "结尾的小标题"))
        out.closing = [SourceText(p.number, p.text) for p in body[headed + 1 :]]
        return body[:headed]
    start = len(body) - 1 if _closes_one_paragraph_points(body) else None
    end = _questions_after(body)  # (a transcript's questions and answers after the closing words stay after them)
    last = None  # the latest paragraph that can open the closing
    opens: list[int] = []  # every paragraph that can open it, latest first
    listed_after = False  # a paragraph after this one that is no closing announces a list and holds it
    # (为伟大祖国的繁荣昌盛， / 为…， / 干杯！: a toast's short lines do not count against how far back to look)
    short = next((n for n in range(end) if len(body[end - 1 - n].text) > TOAST_LINE), end)
    for j in range(end - 1, max(end - CLOSING_LOOKBACK - 1 - short, -1), -1):
        text = body[j].text
        closing = _can_open_closing(body, j, end, out.thanks is not None)
        if body[j].heading_level or DASH.match(text) or (match_label(text) and not closing) or (closing and _under_part_line(body, j)):
            break
        if closing and _AFTER_MEETING.match(text) and opens:
            # (会后，各部门要… / 同志们，…让我们…: what is to be done after the meeting, closing words after it: the
            # arrangements go on with the last point, the closing opens at the words that turn to the hall)
            continue
        if closing and listed_after and opens:
            # (以上八个方面的任务，… / 在这里，我还想…讲三句话。第一句话，… / 同志们，…: a list announced and said after
            # it, so no closing yet; the closing opens at the words after that list)
            continue
        listed_after = listed_after or (not closing and _holds_list(text) and bool(ANNOUNCEMENT.search(text[: first_sentence_end(text)])))
        if closing:
            opens.append(j)
            start = j
            # (现在，我宣布：…开幕！ opens the closing of an opening address, but is no address to the hall: the latest
            # paragraph that can open the closing is one before it, when there is one)
            last = j if last is None and not _DECLARED.match(text) else last
    if start is not None and last is not None and end - start > len(body) // 2:
        # (同学们，… / 七年级的同学们，… / 老师们，… / 老师们、同学们，新的学期…: a speech with no points that turns to
        # each group in turn, whose closing would be half of it: the closing is only the last paragraph that can open it)
        start = last
    if start is not None and start > 0 and _ranked_heading_line(body[start - 1]) and any(j > start for j in opens):
        # (三、几点要求 / 各位代表，大会结束后，…要求… / 各位代表，公司的发展…让我们…: a part's heading line right over the
        # paragraph read as the closing's first: that paragraph is the part's text, the closing opens at the next)
        start = min(j for j in opens if j > start)
    if start is not None or out.thanks is not None:  # (以上发言，…谢谢！ short enough to be the thanks line)
        start = _frame_before_closing(body, len(body) if start is None else start)
        start = None if start == len(body) else start
    if start is not None and start > 0:
        out.closing = [SourceText(p.number, p.text) for p in body[start:]]
        body = body[:start]
        if len(body) > 1 and _CLOSING_HEADING.match(body[-1].text.strip()):
            # (## 写在最后 / ## 结束语 over the closing words: the closing's own heading, no sub-point of the last point)
            out.dropped.append(DroppedLine(body[-1].number, body[-1].text, "结尾的小标题"))
            body = body[:-1]
    return body


# 希望大家… / 公司的未来属于青年。希望大家…: the hope the speaker sends his audience off with
# (衷心希望驻县部队一如既往地…: those he hopes of named, then what they are to go on doing)
_HOPE = re.compile(r"^(?:衷心|真诚|诚挚地?)?希望(?:大家|各位|同志们|你们|同学们|青年朋友们|年轻干部们|全体|[^。！？!?，,我]{2,10}?(?:一如既往|继续))")
# 祝各位首长、全体官兵节日快乐、身体健康、工作顺利！: a line of wishes after the last paragraph
_WISH_LINE = re.compile(r"^(?:衷心)?祝[^。！？!?]{2,40}[！!。]$")  # (最后，祝… is closing words of its own)


def _last_hope(body: list[SourceParagraph], j: int, end: int) -> bool:
    """The speech's last paragraph (``end`` its end; a line of wishes after it aside) opens with the hope he sends
    them off with, a short slogan before it at most, and no paragraph before it opens so (三点希望 said a paragraph
    each: its last is a point)."""
    text = body[j].text
    last = j == end - 1 or (j == end - 2 and bool(_WISH_LINE.match(body[end - 1].text)))
    # (a point's bold lead, 愿你们…。希望你们…; 希望同学们：一要…二要…, the points said in one paragraph: no closing)
    if not last or _led(body[j]) or _holds_list(text) or any(_opens_with_hope(p.text) for p in body[:j]):
        return False
    above = body[j - 1] if j > 0 else None
    if above is not None and (_led(above) or _heading_line(above, marked=False) or above.text in above.bold_phrases):
        return False  # (**愿你们以坚韧之力…。** / 人生道路不会一帆风顺。希望你们…: the text right under a point's heading)
    return _opens_with_hope(text)


def _opens_with_hope(text: str) -> bool:
    """希望大家… / 公司的未来属于青年。希望大家…: the paragraph opens with a hope, a short slogan before it at most."""
    first = first_sentence_end(text)
    return bool(_HOPE.match(text) or (first <= SLOGAN and "我" not in text[:first] and _HOPE.match(text[first:].lstrip())))


def _can_open_closing(body: list[SourceParagraph], j: int, end: int, thanked: bool) -> bool:
    """Can ``body[j]`` open the closing (``end``: where the speech's own words end)? Each way a closing opens is a
    rule of its own below."""
    return (
        _closing_words_open(body, j, thanked) or _last_hope(body, j, end) or _carries_out(body, j)
        or _last_call(body, j, end) or _spoken_end_of_unpointed(body, j, end)
    )


def _closing_words_open(body: list[SourceParagraph], j: int, thanked: bool) -> bool:
    """同志们，… / 让我们… / 最后，祝…: closing words open the paragraph, and it is no item of a list nor a topic."""
    text = body[j].text
    return (
        (_closing_start(text) or _last_word(body, j)) and not _last_of_a_list(body, j, thanked) and not _holds_list(text)
        # (最后，我讲讲工作要求。 / 最后，我再强调一下作风问题。…: his last topic, not his closing words)
        and not topic_line(text) and not _LAST_TOPIC.match(text)
        and not _counted(text)  # (四、要感恩。同学们，…: the count's next point, its text turning to them)
    )


def _carries_out(body: list[SourceParagraph], j: int) -> bool:
    """最后，关于这次会议精神的贯彻落实，…: how the meeting is carried out, after points that are not headed parts."""
    return bool(_CARRY_OUT.match(body[j].text)) and not _headed_parts(body)


def _last_call(body: list[SourceParagraph], j: int, end: int) -> bool:
    """新的一年，…为全县人民的健康福祉作出更大贡献。: the last paragraph looks ahead and ends with the call."""
    return j == end - 1 and bool(_FRAME_TURN.match(body[j].text)) and bool(_CALL_END.search(body[j].text))


def _spoken_end_of_unpointed(body: list[SourceParagraph], j: int, end: int) -> bool:
    """…进行跟踪督导。就讲这些。: a speech with no points whose last paragraph ends with a spoken end."""
    text = body[j].text
    return j == end - 1 and j > 0 and not any(_led(p) for p in body) and closing_words(text[last_sentence_start(text) :])


def _closing_heading_after_numbered_parts(body: list[SourceParagraph]) -> int | None:
    """### 一、… ### 三、… then ### 结束语 / 三十年的发展成就来之不易。… / 同志们、朋友们！…: the closing's own heading in
    the body's second half, after parts with numbered headings, all under it the closing (the heading right over
    closing words found otherwise is dropped by read_end); a talk's ## 结语 among unnumbered ## headings is one of
    its parts, as annotators read it. Its paragraph, or None."""
    headed = next((j for j in range(len(body) - 2, len(body) // 2, -1) if _CLOSING_HEADING.match(body[j].text.strip())), None)
    if headed is None or sum(any(m.style in HEADING_RANK for m in match_label(p.text)) for p in body[:headed]) < 2:
        return None
    return headed


def _ranked_heading_line(p: SourceParagraph) -> bool:
    """三、几点要求: a heading line (``_heading_line``) numbered in a heading style."""
    return _heading_line(p) and any(m.style in HEADING_RANK for m in match_label(p.text))


def _headed_parts(body: list[SourceParagraph]) -> bool:
    """Some paragraph opens with a heading-style label (一、 / （一）): the speech's parts are headed."""
    return any(m.style in HEADING_RANK for p in body for m in match_label(p.text)[:1])


# 最后，关于这次会议精神的贯彻落实，我再提几点要求。一是…: after points of paragraphs (第一，… 第五，…), how the
# meeting is to be carried out, the closing's first words (ih03), its list of demands and all (under heading-style
# parts it goes on in the last part's text, as hm05's writer reads it: ``_headed_parts``)
_CARRY_OUT = re.compile(r"^最后[，,]\s*(?:关于|就)?(?:这次|本次|此次|今天的?)?(?:会议|大会)精神的?(?:传达)?(?:学习)?(?:贯彻)?落实")


# 最后，我再强调一下作风问题。 / 最后呢，我再讲一下安全和质量。 / 最后，我再讲一点，关于家校沟通的问题。: the last topic he
# names, his text after it
# (最后，我还要说一下学校的后勤保障工作。 / 最后，我还想对各级党组织提一点要求。: his last topic, said so)
_LAST_TOPIC = re.compile(
    r"^最后呢?[，,]\s*(?:我?(?:再|还)?(?:强调一下|(?:讲|说|强调)一点[，,]\s*关于)|我?(?:再|还)要?(?:讲|说|谈)一下"
    r"|我?(?:再|还)想?对[^。！？!?，,]{2,12}?提(?=[一两几]点))[^。！？!?，,]{2,20}。"
)


_DECLARED = re.compile(r"^现在[，,]?\s*我宣布")
# 会后，… / 今天的询问结束了，但…。会后，…: what is to be done after the meeting, a sentence before it at most
_AFTER_MEETING = re.compile(rf"^(?:[^。！？!?]{{1,20}}[。！!])?\s*(?:{AFTER_MEETING_WORDS})")


def _counted(text: str) -> bool:
    """The paragraph opens with a count's number (四、 / （四） / 4. / 第四，), not an order word (最后，)."""
    return any(m.index is not None and m.style != "首先" for m in match_label(text))


# (## 结尾（约1分钟）: a talk's notes give the part its time)
_CLOSING_HEADING = re.compile(r"^(?:写在最后|结束语|结语|结尾|尾声|最后的话)(?:[（(][^（）()]{1,12}[）)])?[：:]?$")


def _under_part_line(body: list[SourceParagraph], j: int) -> bool:
    """带着好奇心出发 / … / 学会与平凡相处 / 同学们，你们中的大多数人…: a paragraph right under the last of the speech's
    unnumbered part lines (two more stand over text before it) is that part's text, though it turns to the audience."""
    return (
        j > 0
        and short_heading(body[j - 1].text)
        and not _CLOSING_HEADING.match(body[j - 1].text.strip())
        and sum(heading_line_over_text(body, i) for i in range(j - 1)) >= 2
    )


SLOGAN = 20  # characters of a slogan that may open the closing words before they turn to the audience


def _closing_start(text: str) -> bool:
    """同志们，… / 让我们…, or a short slogan first (七秩芳华，再启新程。让我们携起手来…): closing words' first sentence."""
    first = first_sentence_end(text)
    # (读完这封邮件，我激动得一晚上没睡好。同学们，…: a sentence of the speaker's story is no slogan; 以上，是我讲的几点
    # 意见。同志们，… sums up)
    # (这里还要说一下会议精神的传达落实。会后，…: a topic he goes on to, no slogan)
    slogan = first <= SLOGAN and ("我" not in text[:first] or text.startswith("以上")) and not _SAYS_MORE.search(text[:first])
    return bool(CLOSING_START.match(text) or (slogan and CLOSING_START.match(text[first:].lstrip())))


_SAYS_MORE = re.compile(r"(?:还|再)要?(?:说|讲|谈|强调)一下")
CLOSING_LOOKBACK = 4  # paragraphs at the end where the closing words' first is looked for
TOAST_LINE = 25  # characters; a line of a toast (为…， / 干杯！) is no longer


# 希望大家… / 让我们… / 祝大家…: a sentence that turns to the audience, as closing words do
_CLOSING_TURN = re.compile(
    r"希望(?:大家|各位|同志们|你们|同学们|全体|广大)|让我们|祝(?:大家|各位|愿)|预祝|今后[，,]我(?:将|会|要)"
    # (学习贯彻…是当前和今后一个时期的首要政治任务。各支部要…: the whole task set again, its arrangements after it)
    r"|[^。！？!?，,]{2,30}是当前和今后一个(?:时期|阶段)"
)
ONE_PARAGRAPH_POINTS = 3  # points, each one paragraph, before a last paragraph that is the closing
# 下一步，… / 今后，我们…: a look ahead that opens the closing after one-paragraph points (a report's or exchange's)
_OUTLOOK = re.compile(r"^(?:下一步|今后)[，,]")
# 新的一年，…奋力推进…，为全县人民的健康福祉作出更大贡献。: the call a last paragraph that looks ahead ends a speech with
_CALL_END = re.compile(r"(?:作出|做出)(?:新的)?(?:更大|应有|积极)?的?贡献[。！!]$|(?:而)?(?:努力|不懈|团结)奋斗[。！!]$|新篇章[。！!]$|新局面[。！!]$")
# …, or a look back over them all (当然，我们的工作也还存在一些不足 / 这些成绩的取得，… / 虽然我们做了一些探索，…)
_FRAME_TURN = re.compile(
    rf"{_OUTLOOK.pattern}|^(?:新的一年|展望未来|当然(?![，,]\s*还有一)|总的来看|总的来说|总体来看)[，,]|^虽然我们|^(?:这些|以上)(?:成绩|成效|做法)"
    # (各级党组织要坚持党建带团建…: after points to the youth, the party's charge to those who lead them, as a 团代会's
    # or 妇代会's speech closes)
    r"|^各级(?:党组织|党委|党委和政府|党委政府)(?:要|都要)"
    # (我们有信心、有决心…: a 表态发言's pledge after its points)
    r"|^我们有(?:信心|决心)"
    # (回顾一年工作，也还存在一些不足：… / 工作中也还存在一些问题…: a report's look back at its shortcomings, before
    # the pledge and 以上报告…)
    r"|^回顾[^。！？，,]{1,10}[，,]|^[^。！？!?]{0,16}?(?:也|还|仍)(?:还|然)?存在(?:着)?(?:一些|不少|许多)?(?:不足|差距|短板)"
)


# 互动环节 / 提问：… / 回答：…: the questions from the floor a transcript prints after the speech
# (Q&A over Q：… / A：…: a tech talk's page, the letters for the words)
_QA_WORDS = "互动环节|现场互动|问答环节|提问环节|现场提问|答问环节|互动问答|现场问答|Q ?& ?A"
_QA_LINE = re.compile(rf"^(?:{_QA_WORDS})$|^(?:提问|问|答|回答|Q\d{{0,2}}|A\d{{0,2}})[:：]")


# 问答环节 over Q：… / 吕一鸣：…: the plain line over the questions, each asked by a marked asker, answered by a name
# (【现场提问】 in a page's brackets is an editor's mark, which ends the talk: transcript_turns)
_QA_HEAD = re.compile(rf"^(?:{_QA_WORDS})$")
_QA_ASK = re.compile(r"^(?:Q\d{0,2}|问|提问|观众提问|现场提问|观众|听众|现场观众)[:：]", re.I)


def _questions_after(body: list[SourceParagraph]) -> int:
    """Where the questions and answers a transcript prints after the speech begin (two lines of them at
    least, to the end; or a 问答环节 line in the second half with a marked question under it), or the body's end."""
    j = len(body)
    while j > 0 and _QA_LINE.match(body[j - 1].text.strip()):
        j -= 1
    if len(body) - j >= 2 and j > 0:
        return j
    head = next((k for k in range(len(body) - 3, len(body) // 2, -1) if _QA_HEAD.match(body[k].text.strip())), None)
    if head is not None and any(_QA_ASK.match(p.text.strip()) for p in body[head + 1 :]):
        return head
    return len(body)


def _closes_one_paragraph_points(body: list[SourceParagraph]) -> bool:
    """…三要压实责任抓落实。… / 家政服务一头连着千家万户…。希望大家共同努力…。: after points that are each one
    paragraph (a bold lead, or a label of one count, run in: 一要…。 二要…。 三要…。), or all said in one paragraph
    (…一是…。二是…。三是…。), a last paragraph without a lead that turns to the audience is the closing words, not
    a second paragraph of the last point (every other point has one); so is a look ahead (下一步，我们将…)."""
    if len(body) < 2:
        return False
    last = body[-1]
    if last.bold_lead or last.heading_level or match_label(last.text) or DASH.match(last.text):
        return False
    turns = (
        _OUTLOOK.match(last.text) or any(_CLOSING_TURN.match(last.text, i) for i in (0, *_sentence_heads(last.text)))
        or closing_words(last.text[last_sentence_start(last.text) :])  # (…报送市委巡察办。就讲这些。)
        or _WISHES.search(last.text)  # (春节即将来临，…拜个早年，祝大家新春愉快…)
    )
    if not turns:
        return False
    return _after_one_paragraph_points(body, len(body) - 1)


FRAME_PARAGRAPHS = 2  # paragraphs, at most, between one-paragraph points and the closing words that open the closing


def _frame_before_closing(body: list[SourceParagraph], start: int) -> int:
    """虽然我们做了一些探索…下一步，… / 这些成绩的取得…。新的一年，…: after points of one paragraph each, the
    paragraphs with no lead or label between the last point and the closing words (``body[start]``), the first
    turning back to the whole speech (``_FRAME_TURN``), are the closing's first paragraphs (FRAME_PARAGRAPHS at
    most); a paragraph that goes on with the last point's matter (宣传部门要…) stays its text."""
    for m in range(max(start - FRAME_PARAGRAPHS, 1), start):
        if any(_led(p) or _heading_line(p, marked=False) for p in body[m:start]):
            continue
        turns = bool(_FRAME_TURN.match(body[m].text)) and _after_one_paragraph_points(body, m, said_in_one=False)
        if turns or _takes_stock_after_parts(body, m):
            return m
    return start


# 在肯定成绩的同时，我们也清醒地看到，… / 当然，我们的工作…还有差距 / 总的来看，…虽然…但距离…: a look back at the
# shortcomings of all the work the points told
_TAKES_STOCK = re.compile(
    r"^(?:在(?:肯定|看到|总结)(?:成绩|成效)的同时|当然|回顾[^。！？，,]{1,10}|总的来看|总体来看|总的来说)[，,]"
    # (the speaker's side's shortcomings: 当然，会议也有一些不足 in a meeting's summing up goes on with its last point)
    r"[^。！？!?]{0,20}?我[^。！？!?]{0,30}?(?:清醒地?(?:看到|认识到)|差距|不足|短板|虽然[^。！？!?]{2,30}但)"
)
# 三、存在的问题和下一步打算: a part that tells the shortcomings itself, its text no look back at the others
_SHORTCOMINGS_PART = re.compile(r"存在的(?:问题|不足|差距)|不足之处|下一步|打算")


def _takes_stock_after_parts(body: list[SourceParagraph], m: int) -> bool:
    """…（三）强化阵地保障。… / 在肯定成绩的同时，我们也清醒地看到…: after parts with labelled or headed leads (a
    交流发言's or 述职's 做法), a look back at the shortcomings of them all (``_TAKES_STOCK``) opens the closing, unless
    a part of its own tells the shortcomings."""
    leads = [p.text[: first_sentence_end(p.text)] for p in body[:m] if _led(p)]
    return len(leads) >= 2 and bool(_TAKES_STOCK.match(body[m].text)) and not any(_SHORTCOMINGS_PART.search(t) for t in leads)


def _led(p: SourceParagraph) -> bool:
    return bool(p.heading_level or p.bold_lead or DASH.match(p.text) or match_label(p.text))


def _after_one_paragraph_points(body: list[SourceParagraph], k: int, said_in_one: bool = True) -> bool:
    """The paragraphs before ``body[k]`` are points of one paragraph each (bold leads, or run-in labels of one
    style counting on, or heading lines each over one paragraph), or (``said_in_one``) one paragraph that says
    them all."""
    if said_in_one and _holds_list(body[k - 1].text):
        return True
    if k >= 2 * ONE_PARAGRAPH_POINTS and all(
        _heading_line(body[k - 2 * n]) and not _heading_line(body[k - 2 * n + 1]) and len(body[k - 2 * n + 1].text) > HEADING_LINE_POINT
        for n in range(1, ONE_PARAGRAPH_POINTS + 1)
    ):
        return True
    if k < ONE_PARAGRAPH_POINTS:
        return False
    points = body[k - ONE_PARAGRAPH_POINTS : k]
    if all(p.bold_lead for p in points) or all(DASH.match(p.text) and not _heading_line(p) for p in points):
        return True
    leads = [p.text[: first_sentence_end(p.text)] for p in points]
    if len(common_prefix(leads)) >= 2 and all(len(lead) <= SHORT_LEAD < len(p.text) for lead, p in zip(leads, points, strict=True)):
        return True  # 感谢组织的培养。… / 感谢团队的托举。… / 感谢家人的理解。…: short leads opening alike, no label
    found = [{m.style: m.index for m in match_label(p.text)} for p in points]
    styles = set.intersection(*(set(f) for f in found))

    def counted(style: str, n: int, index: int | None) -> bool:  # (首先… 其次… 最后…: 最后 is the count's next)
        first = found[0][style]
        return first is not None and (index == first + n or (index is None and style == "首先" and n == len(found) - 1))

    return any(all(counted(style, n, f[style]) for n, f in enumerate(found)) for style in styles) and not any(
        p.heading_level or len(p.text) <= HEADING_LINE_POINT for p in points
    )


def _heading_line(p: SourceParagraph, marked: bool = True) -> bool:
    """——质量是干出来的 / 一、提高认识 / 标题 2: a heading on a line of its own, its text in the paragraphs after it
    (``marked``: with a label, a dash or a heading style; else any short line with no end mark)."""
    if marked and not (p.heading_level or DASH.match(p.text) or match_label(p.text)):
        return False
    return len(p.text) <= HEADING_LINE_POINT and p.text[-1] not in TERMINAL


def _sentence_heads(text: str) -> list[int]:
    return [m.end() for m in re.finditer(f"[{SENTENCE_ENDS}]\\s*", text) if m.end() < len(text)]


def _csv_fields_cut(header: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """海南省,2026,2026年海南省政府工作报告,https://…,2026-02-02,"政府工作报告: a spreadsheet export's record, its
    fields before the quoted text the speech opens with: the fields are dropped and said, the text kept."""
    kept = []
    for p in header:
        m = _CSV_FIELDS.match(p.text)
        if m is None:
            kept.append(p)
            continue
        out.dropped.append(DroppedLine(p.number, m.group().rstrip('"'), "表格导出的字段"))
        kept.append(replace(p, text=p.text[m.end() :]))
    return kept


_YEAR_MONTH = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")  # 2025年8月, signed


_SIGNED_NAME = re.compile(SURNAMED)
_SENTENCE_DONE = re.compile(r"[。！!][^\u4e00-\u9fff\w]*$")  # (…稳稳地往前走。💪: an emoji after the last full stop)


def _trailing_bylines(body: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """The speech's date (and the speaker's name) set on lines of their own after the last words
    (…更加美好！ / 2024年3月5日), and an editor's note on the copy (（根据录音整理，有删节）): bylines, as they are
    above the text, not closing words."""
    whole = len(body)
    dates = 0  # date lines taken off the end so far
    while len(body) > 1:
        t = body[-1].text.strip()
        dated = is_date_line(t) or bool(NAME_DATE.match(t)) or bool(EDITORS_NOTE.match(t)) or bool(_YEAR_MONTH.fullmatch(t))
        named = named_apart(t) or named_by_role(t)
        # (…谢谢大家！ / 党委副书记、院长  冯立新: the speech signed at its end, its last line; or over its date,
        # …的梦想。 / 你的校长　魏澄 / 2025年8月)
        last_line = len(body) == whole or (len(body) == whole - 1 and dates == 1)
        # (…一起，稳稳地往前走。 / 周予安 / 2025年1月2日于上海: a letter signed with the name alone, over its date)
        bare = dates == 1 and bool(_SIGNED_NAME.fullmatch(t))
        # (（南屏中学校长　蔡永和）: the office and name signed in brackets)
        u = unbracketed(t)
        signed = last_line and (named_by_role(t) or named_by_role(u) or (named_apart(u) and byline_office(u)) or bare) and bool(_SENTENCE_DONE.search(body[-2].text))
        if not dated and not signed and last_line and (parts := _bracketed_signature(t)) and _SENTENCE_DONE.search(body[-2].text):
            out.bylines.extend(SourceText(body[-1].number, part) for part in parts)
            body = body[:-1]
            continue
        if not dated and not signed and not (out.bylines and body[-1].number + 1 == out.bylines[-1].paragraph and named):
            break
        dates += dated
        out.bylines.append(SourceText(body[-1].number, t))
        body = body[:-1]
    out.bylines.sort(key=lambda b: b.paragraph)
    return body


# （黄泥塘村党支部书记　蒋守田　2024年3月） / （县委常委、常务副县长 郭志刚，2024年2月5日）: the speech signed at its end in
# brackets, the office and name, then the date
_BRACKETED_SIGNATURE = re.compile(r"^[（(](?P<who>[^（）()]{4,40}?)[，,、\s\u3000]+(?P<date>[^（）()，,\s\u3000]{6,20})[）)]$")


def _bracketed_signature(text: str) -> tuple[str, str] | None:
    """The office-and-name and the date of a bracketed signature (``_BRACKETED_SIGNATURE``), or None."""
    m = _BRACKETED_SIGNATURE.match(text)
    if m is None:
        return None
    who, date = m.group("who").strip(), m.group("date")
    if not (is_date_line(date) or _YEAR_MONTH.fullmatch(date)) or not (named_apart(who) and byline_office(who)):
        return None
    return who, date


PARALLEL_OPENING = 3  # characters the last item's words open with as the item before it did (我们将以…), at least


def _later_items(body: list[SourceParagraph], j: int) -> list[str]:
    """The paragraphs before ``body[j]`` that go on with a 首先 list (其次，… / 再次，… / 第二，…)."""
    return [p.text for p in body[:j] if p.text.startswith(("其次", "再次", "第二")) or _LATER_ORDINAL.match(p.text)]


_LATER_ORDINAL = re.compile(r"第[三四五六七八九十][个点条项]?[，,、]")  # (第三个，… / 第四点，…: a count past its second)


def _last_word(body: list[SourceParagraph], j: int) -> bool:
    """最后，提前给大家拜个早年，祝…: 最后， that ends no 首先/其次 list of paragraphs (none before it) opens the last
    words, whatever follows it."""
    text = body[j].text
    return (
        bool(re.match(r"^最后呢?[，,]", text))
        and "议程" not in text[: first_sentence_end(text)]  # (最后，进行第五项议程：…: a host's last item of the agenda)
        # (第一点，… 第二点，… 最后，再次感谢…: thanks or wishes after a count are its last words, unless parallel to
        # the item before: _last_of_a_list)
        and (not _later_items(body, j) or bool(_LAST_WORDS.match(text)))
        # (一要…四要… 最后，要严格督导考核。: a charge after a count is its last item, not the closing)
        and not (LAST_CHARGE.match(text) and any(CHARGE_ITEM.match(p.text) for p in body[:j]))
    )


# 最后，我祝… / 最后，让我们… / 最后，再次感谢…: the words after 最后， turn to the audience (最后，我想说的是，文学要…
# names the list's last topic unless what it says turns to them: 最后，我想说的是，谢谢大家)
_LAST_WORDS = re.compile(
    rf"^(?:最后呢?[，,]\s*(我(?!以为|认为|觉得|主张|[想要](?:说|讲|谈|强调)的是[，,：:]\s*(?!让我们|希望|祝|感谢|谢谢))|让我们|(?:衷心|诚挚地?|提前)?(?:祝|预祝)|谢谢|再次|再一次|提前(?:给|向)(?:大家|各位)拜|(?:给|向)(?:大家|各位)(?:拜|致以))|{LAST_SAYING}|(?:{WRAP_UP})|{REPORTED_LAST})"  # (最后总结几句。…: his sum, no item)
)


def _last_of_a_list(body: list[SourceParagraph], j: int, thanked: bool) -> bool:
    """最后，希望… / 最后，我以为… ends a 首先/其次 list of paragraphs: a point, not the closing (最后，我祝… is); so
    does 最后，我们将以… when it opens as the item before it did (其次，我们将以…), or when closing words follow it.
    After charges (再次，要…), a hope that is the speech's last words (``thanked``: a thanks line after them) closes."""
    text = body[j].text
    if not text.startswith("最后"):
        return False
    before = _later_items(body, j)
    if not before or any(p.text.startswith("最后") for p in body[:j]):  # (the list's 最后， said before it ended it)
        return False
    words = re.sub(r"^最后呢?[，,]\s*", "", text)
    previous = re.sub(r"^(?:其次|再次|第二)[，,、]?\s*", "", before[-1])  # (the item before, its words after its label)
    # (…, the last words he says: no closing words after it, nor a thanks line: 今天就讲这些。谢谢大家！)
    hope_ends = words.startswith("希望") and j == len(body) - 1 and not thanked
    if (_HOPE_AND_WISH.match(words) or hope_ends) and _CHARGE_LEAD.match(previous):
        return False  # (再次，要… / 最后，希望全县广大教师…。祝老师们节日快乐！: a hope after charges, wished off or exclaimed: the closing)
    if not _LAST_WORDS.match(text) or _HOPES_COUNTED.match(words):
        return True  # (最后，我对服务中心提几点希望。…: the list's last item brings in its hopes)
    if _PLEDGE.match(words) and any(_closing_start(p.text) or _WISHES.search(p.text) for p in body[j + 1 :]):
        return True  # (最后，我们一定把老干部工作做得更好。… / 春节即将来临，…致以…: a pledge, the closing after it)
    return len(common_prefix([words, previous])) >= PARALLEL_OPENING


# 我对服务中心提几点希望。 / 我再讲两点要求：: hopes or demands counted, an item of their own after 首先… 其次…
_HOPES_COUNTED = re.compile(r"^我?(?:再|还)?(?:对[^。！？!?，,]{1,12})?(?:提|讲|说|谈)(?:几|[两二三四五六七八九])点(?:希望|要求|意见|建议)")


# 希望全县广大教师…。祝老师们节日快乐、身体健康！: a hope said to the hall and the wishes that send it off
# (希望受表彰的同志珍惜荣誉…，希望全县广大团员青年…书写无悔的青春篇章！: one exclaimed sentence of hopes, the same)
_HOPE_AND_WISH = re.compile(r"^希望(?:[^。！？!?]*[。！!][^。！？!?]*?(?:祝|预祝)[^。！？!?]*[！!。]?|[^。！？!?]*[！!])$")
_CHARGE_LEAD = re.compile(r"^(?:要|必须)")  # (其次，要不断提升…: a charge)
# (我们一定… / 我们将…: what the speaker's side will do; 我想表个态。: the topic he turns to, not 我想说，… nor
# 我想对大家说，…, his farewell)
_PLEDGE = re.compile(r"^我们?(?:一定|必须|要|将|会|想(?!(?:(?:对|跟|和|给)[^，,。！？：:]{1,12})?说[，,：:]))")
# (…拜个早年，祝大家新春愉快 / 向…致以节日的问候: the wishes a closing sends)
_WISHES = re.compile(r"祝(?:大家|各位|你们|同志们|同学们|全体)|拜个?早?年|致以[^。！？]{0,12}(?:问候|祝福|敬意)")

