"""The pass that takes a copy's debris out of its paragraphs, before the outline is read: the lines a web page
adds (``web_debris`` says which), everything after the page says the article ended (阅读全文 / 上一篇 …), and what
a printed page leaves in a copied text — its page numbers and running headers — with the paragraph a page break
cut joined again. Each line dropped is kept with its reason for the report.
"""

from __future__ import annotations

import re

from ..records import replace
from ..zh.labels import match_label
from .header import BIO_HEADING, BIO_REASON, looks_like_title, speaker_in_bio
from .outline_records import DroppedLine, SourceParagraph
from .outline_rules import SENTENCE_END_MARK, SENTENCE_ENDS, ends_no_sentence
from .transcript_facts import facts_line
from .web_debris import (
    ACCOUNT_CARD_COUNT,
    ACCOUNT_REASON,
    BREADCRUMB,
    CRUMB_MARKS,
    EDITORS_NOTE_REASON,
    EPAPER_CONTENTS_REASON,
    NAV_REASON,
    POSTED_REASON,
    SOURCE_NOTE_REASON,
    bracketed_heading,
    bracketed_headings_numbered,
    byline_bullet_end,
    contents_entry,
    debris_reason,
    ends_article,
    glued_caption_span,
    heading_emoji_end,
    info_bar_span,
    label_bullet_end,
    page_tail,
    printed_below,
    section_bar_end,
    watermark_start,
)

# 01 / 02 / 03 on lines of their own, each over a short heading line: a WeChat article's section numbers
_SECTION_NUMBER = re.compile(r"^0[1-9]$|^1[0-9]$")
SECTION_HEADING = 30  # characters; the line under a section number is a heading no longer


def _section_numbers_joined(paragraphs: list[SourceParagraph]) -> list[SourceParagraph]:
    """Each section number of a run counted 01, 02, 03 … on a line of its own joined to the heading line under it
    (01｜2023年工作回顾, as such an article may print it on one line); a lone number, one over text, or one set in
    bold or as a Markdown heading (read as such) stays."""
    plain = [not (p.heading_level or p.bold_lead or p.bold_phrases) for p in paragraphs]  # (**01** / ## 01: marked)
    numbered = [
        i for i, p in enumerate(paragraphs[:-1])
        if _SECTION_NUMBER.match(p.text.strip()) and plain[i] and plain[i + 1]
        and len(paragraphs[i + 1].text) <= SECTION_HEADING and ends_no_sentence(paragraphs[i + 1].text.strip())
        and not match_label(paragraphs[i + 1].text.strip())  # (01 / 一、深刻认识…: the heading's own label counts it)
    ]
    if len(numbered) < 2 or [int(paragraphs[i].text) for i in numbered] != list(range(1, len(numbered) + 1)):
        return paragraphs
    out = list(paragraphs)
    for i in reversed(numbered):
        out[i + 1] = replace(out[i + 1], text=f"{out[i].text.strip()}｜{out[i + 1].text.strip()}")
        del out[i]
    return out


def drop_debris(paragraphs: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """Remove web-page lines; after 阅读全文/上一篇/相关内容 in the body, drop everything."""
    paragraphs = _section_numbers_joined(paragraphs)
    kept: list[SourceParagraph] = []
    dropped: list[DroppedLine] = []
    ended = False
    skip_to = 0  # (the lines of a list of related articles set in the middle of the text, dropped already)
    numbered_brackets = bracketed_headings_numbered([p.text for p in paragraphs])
    furniture = _page_furniture(paragraphs)
    below = False  # a line saying the speech is printed under it was just dropped
    channel = ""  # the last place a breadcrumb line just dropped names (its channel)
    for i, p in enumerate(paragraphs):
        if i < skip_to:
            continue
        if i in furniture:  # (3 / 生态环境保护工作文件汇编 between two paragraphs, and again on each page)
            dropped.append(DroppedLine(p.number, p.text, furniture[i]))
            continue
        if ended:
            dropped.append(DroppedLine(p.number, p.text, "网页正文之后的内容"))
            continue
        if len(kept) >= 3 and (ends_article(p.text) or (2 * i >= len(paragraphs) and page_tail(p.text))) and _said_something(kept):
            reason = debris_reason(p.text) or "网页正文之后的内容"
            resume = _resumes_after(paragraphs, i, kept) if reason == RELATED_REASON else None
            if resume is not None:  # (相关阅读： and its list between 一、… and 二、…: the page's, in the middle)
                dropped += [DroppedLine(q.number, q.text, reason) for q in paragraphs[i:resume]]
                skip_to = resume
                continue
            ended = True
            dropped.append(DroppedLine(p.number, p.text, reason))
            continue
        bar = info_bar_span(p.text)
        if bar is not None:  # a flattened page: its information bar is cut out, the text before and after kept
            dropped.append(DroppedLine(p.number, p.text[bar[0] : bar[1]], "网页信息栏"))
            kept += [replace(p, text=part.strip()) for part in (p.text[: bar[0]], p.text[bar[1] :]) if part.strip()]
            continue
        caption = glued_caption_span(p.text)
        if caption is not None:  # …新华社记者 黄敬文 摄尊敬的…：: the caption goes, the text either side stays
            dropped.append(DroppedLine(p.number, p.text[caption[0] : caption[1]], "图片说明"))
            kept += [replace(p, text=part.strip()) for part in (p.text[: caption[0]], p.text[caption[1] :]) if part.strip()]
            continue
        if code := _TIME_CODE.match(p.text):
            # [00:02:30] 首先第一个坑，…: a transcript's time code before the words (or on a line of its own), listed;
            # the words kept
            dropped.append(DroppedLine(p.number, code.group().strip(), "时间码"))
            if not p.text[code.end() :].strip():
                continue
            p = replace(p, text=p.text[code.end() :])
        reason = (
            (BIO_REASON if i < len(paragraphs) // 3 and _bio(dropped, p.text, paragraphs[i + 1 : i + 2]) else None)
            or debris_reason(p.text) or (DRAFT_REMARK_REASON if _DRAFT_REMARK.match(p.text.strip()) else None)
        )
        if reason == NAV_REASON and (p.is_title or p.heading_level == 1) and not kept:
            reason = None  # (# 微党课｜一张老党费收据: a Markdown file's first heading, its title, no page's menu)
        if reason is None and _source_card(dropped, p.text):
            reason = SOURCE_NOTE_REASON
        if reason is None and (
            _account_named_again(dropped, p.text) or _account_card_line(dropped, paragraphs[i + 1 : i + 2]) or _account_slogan(dropped, kept, p.text)
            or _under_original_mark(dropped, kept, p.text)
        ):
            reason = ACCOUNT_REASON
        if reason is None and dropped and dropped[-1].reason == EPAPER_CONTENTS_REASON and contents_entry(p.text):
            reason = EPAPER_CONTENTS_REASON  # (本版标题导航 / · 在…的致辞 / · 获奖作品名单: the page's list, each entry)
        stamp = None if reason else watermark_start(p.text)  # (百度文库 alone: a site's name, by debris_reason)
        if stamp == 0:
            dropped.append(DroppedLine(p.number, p.text, "网站水印"))
            continue
        if stamp is not None:  # …的短板 稿子汇,范文学习文库: the site's name goes, the line stays
            dropped.append(DroppedLine(p.number, p.text[stamp:].strip(), "网站水印"))
            p = replace(p, text=p.text[:stamp].rstrip())
            reason = debris_reason(p.text)  # (what is left of the line may be debris itself)
        if reason is None and _BARE_PAGE_NUMBER.match(p.text) and not p.wholly_bold() and kept and i + 1 < len(paragraphs):
            # 不能解决的矛盾 / 2 / ，全世界…: a bare number inside a sentence a page cut is its page number (***02***, set
            # in bold, is a part's mark: no page prints its number so)
            reason = "页码" if _cut_by_page(kept[-1], DroppedLine(p.number, p.text, "页码"), paragraphs[i + 1]) else None
        if reason is None and kept and dropped and _running_header(kept[-1], dropped[-1], p, paragraphs[i + 1 : i + 2]):
            reason = PAGE_HEADER_REASON
        if reason is None and p.text.strip() == channel:
            reason = NAV_REASON  # (当前位置：首页 > 莘莘学子 > 读书推荐 / 读书推荐: the channel named again over the article)
        channel = ""
        if reason == NAV_REASON and BREADCRUMB.match(p.text):
            channel = re.split(rf"[{CRUMB_MARKS}/]", p.text)[-1].strip()
            if kept and not _said_something(kept):
                # (a school site's menu and sidebar, then 当前位置：首页 > … over the article: all above it is the page's)
                dropped += [DroppedLine(q.number, q.text, "页头") for q in kept]
                kept = []
        if reason:
            dropped.append(DroppedLine(p.number, p.text, reason))
            below = below or (reason == EDITORS_NOTE_REASON and printed_below(p.text, any(q.text.rstrip()[-1:] in "。！？" for q in kept)))
            continue
        if below:  # (以下为讲话全文： above it: the speech's first paragraph)
            p, below = replace(p, printed_below=True), False
        if bullet := label_bullet_end(p.text):  # ● 一、…: the label opens the paragraph (the bullet is listed)
            dropped.append(DroppedLine(p.number, p.text[:bullet].strip(), "序号前的项目符号"))
            kept.append(replace(p, text=p.text[bullet:]))
        elif (p.heading_level and (mark := heading_emoji_end(p.text))) or (mark := section_bar_end(p.text)):
            # ## 🚀 关于增长: a note app's emoji; ▍关键词一：开放: an account's bar before a heading line
            dropped.append(DroppedLine(p.number, p.text[:mark].strip(), "标题前的符号"))
            kept.append(replace(p, text=p.text[mark:]))
        elif bullet := byline_bullet_end(p.text):  # ■ 邱文澜: a newspaper's mark before its byline
            dropped.append(DroppedLine(p.number, p.text[:bullet].strip(), "署名前的符号"))
            kept.append(replace(p, text=p.text[bullet:].strip()))
        elif numbered_brackets and (inner := bracketed_heading(p.text)) is not None:  # 【一、…】: the editor's heading
            dropped.append(DroppedLine(p.number, "【】", "小标题的方括号"))
            kept.append(replace(p, text=inner))
        elif kept and dropped and dropped[-1].reason in ("页码", PAGE_HEADER_REASON) and _cut_by_page(kept[-1], dropped[-1], p):
            kept[-1] = replace(kept[-1], text=kept[-1].text + p.text)
        else:
            kept.append(p)
    return _same_as_running_header(kept, dropped)


def _bio(dropped: list[DroppedLine], text: str, after: list[SourceParagraph]) -> bool:
    """嘉宾介绍 / 周予安，澜途智能算法负责人，… / 【讲师介绍】魏知远，…: in the head of a posted talk, a note on who gave it,
    its heading and the note under it (the speaker named first, then his office), or a note labelled so. A heading
    over other text (## 作者介绍 over the talk's own words) stays."""
    if BIO_HEADING.match(text.strip()):
        return bool(after) and speaker_in_bio(after[0].text, labelled=False) is not None
    under = bool(dropped) and dropped[-1].reason == BIO_REASON and bool(BIO_HEADING.match(dropped[-1].text.strip()))
    # (演讲嘉宾：曹一鸣，…CTO: a field short enough for a transcript's facts is read with them, as a byline)
    return speaker_in_bio(text, labelled=not under) is not None and not facts_line(text)


# 【批注：原第三部分…已并入…】 / 【宣传部意见：…】 / 【结尾待补：…】 / TODO：…: a reviewer's or drafter's remark on a line of
# its own in a draft, not the speech's words
def _account_named_again(dropped: list[DroppedLine], text: str) -> bool:
    """江澜大学 2024-12-31 18:00 江苏 / 江澜大学 / 江澜大学官方微信: right under a WeChat page's line of account, day and place,
    the account's name alone on a line (the card the page prints of it)."""
    if not dropped or dropped[-1].reason not in (ACCOUNT_REASON, POSTED_REASON):
        return False
    name = text.strip()
    # (鼎盛物业 2024-02-03 21:15 四川 / 鼎盛物业服务有限公司: the account's full name on its card)
    words = dropped[-1].text.split()
    return 2 <= len(name) <= 20 and (name in words or any(_FULL_NAME.fullmatch(name[len(w) :]) for w in words[:3] if len(w) >= 2 and name.startswith(w)))


_FULL_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}(?:有限公司|有限责任公司|股份有限公司|集团)")  # (…物业 / …物业服务有限公司)


# 青澜县人民医院 / 以病人为中心　以质量为核心: the slogan the account's card prints under its name, a short line of no sentence
_CARD_SLOGAN = re.compile(r"^[^\s。！？!?，,：:；;]{2,12}(?:[ \u3000]+[^\s。！？!?，,：:；;]{2,12}){0,2}$")


def _account_slogan(dropped: list[DroppedLine], kept: list[SourceParagraph], text: str) -> bool:
    """Right under the account's name alone on a line (dropped by ``_account_named_again``, no line kept since), its
    slogan (以病人为中心　以质量为核心)."""
    if len(dropped) < 2 or dropped[-1].reason != ACCOUNT_REASON or dropped[-2].reason not in (ACCOUNT_REASON, POSTED_REASON):
        return False
    if kept and kept[-1].number > dropped[-1].number:
        return False
    named = dropped[-1].text.strip()  # (the name alone: one word, no account line of fields)
    return len(named.split()) == 1 and bool(_CARD_SLOGAN.match(text.strip()))


_CARD_WORD = re.compile(r"^[^\s。！？!?，,：:；;、]{2,16}$")


def _under_original_mark(dropped: list[DroppedLine], kept: list[SourceParagraph], text: str) -> bool:
    """原创 / 宛辰 / 极客公园: under WeChat's 原创 alone on a line, the author's name and the account's, a word on a line
    each (two at most, no line kept since): the article's card, no byline of the speech."""
    marks = [k for k, d in enumerate(dropped[-2:]) if d.reason == ACCOUNT_REASON and d.text.strip() == "原创"]
    if not marks or (kept and kept[-1].number > dropped[-1].number):
        return False
    since = dropped[-2:][marks[-1] + 1 :]
    return all(d.reason == ACCOUNT_REASON for d in since) and bool(_CARD_WORD.match(text.strip()))


def _account_card_line(dropped: list[DroppedLine], after: list[SourceParagraph]) -> bool:
    """架构前沿 / 专注分享一线技术团队的架构实践 / 127篇原创内容: the account's one-line description on the card WeChat
    prints of it, between its name (dropped) and its count of articles."""
    return bool(dropped) and dropped[-1].reason == ACCOUNT_REASON and bool(after) and bool(ACCOUNT_CARD_COUNT.match(after[0].text.strip()))


_SOURCE_ACCOUNT = re.compile(r"^以下文章来源于[ \u3000]*(?P<name>[^，,。！？\s]{1,30})")
SOURCE_BIO = 30  # characters of the source account's one-line description, at most


def _source_card(dropped: list[DroppedLine], text: str) -> bool:
    """以下文章来源于金融开发者大会，作者… / 金融开发者大会 / 汇聚金融科技开发者的交流平台: under WeChat's note on the
    account an article comes from, the card it prints of that account, its name and then its one-line description."""
    notes = [d for d in dropped[-2:] if d.reason == SOURCE_NOTE_REASON]
    if not notes or dropped[-1].reason != SOURCE_NOTE_REASON:
        return False
    m = _SOURCE_ACCOUNT.match(notes[0].text)
    if m is None:
        return False
    if len(notes) == 1:
        return text.strip() == m.group("name")
    return notes[1].text.strip() == m.group("name") and len(text) <= SOURCE_BIO and text.rstrip()[-1:] not in "。！？!?"


_DRAFT_REMARK = re.compile(
    r"^[【\[]\s*(?:批注|备注|修改意见|[\u4e00-\u9fff]{1,8}意见|[\u4e00-\u9fff]{0,4}待(?:补|核|定|改)|TODO)[^】\]]*[】\]]$|^TODO\s*[:：]"
)
DRAFT_REMARK_REASON = "稿中批注"
RELATED_REASON = "推荐栏目"
RELATED_ITEMS = 8  # lines, at most, of a list of related articles set in the middle of the text


def _said_something(kept: list[SourceParagraph]) -> bool:
    """Some line kept so far is a sentence or a paragraph of text: no page ends what has not begun (a school site's
    menu of short lines, then 推荐阅读 and its list, then the article)."""
    return any(len(q.text) >= PAGE_CUT_PARAGRAPH or SENTENCE_END_MARK.search(q.text) for q in kept)


def _resumes_after(paragraphs: list[SourceParagraph], i: int, kept: list[SourceParagraph]) -> int | None:
    """相关阅读： / · …通报 / · …政策 / 二、统筹推进…: a list of related articles a page set between two parts of the
    speech; where the speech goes on (the next number of a numbered line the text has had), or None when the
    list ends the text."""
    seen = {(m.style, m.index) for q in kept for m in match_label(q.text)[:1]}
    for j in range(i + 1, min(len(paragraphs), i + 2 + RELATED_ITEMS)):
        text = paragraphs[j].text
        label = match_label(text)[:1]
        if label and label[0].index and (label[0].style, label[0].index - 1) in seen and (label[0].style, label[0].index) not in seen:
            return j if j > i + 1 else None
        if len(text) > 40 or text[-1:] in SENTENCE_ENDS:
            return None  # (a sentence: no list line, and no next part)
    return None


def _same_as_running_header(kept: list[SourceParagraph], dropped: list[DroppedLine]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """西岭市科技创新大会材料 over the title, then again after — 1 — (dropped as the running header): each line the
    same as a running header is that header, on the first page too (where no page number stands before it); not
    a line that names a speech (在…上的讲话 over the text and atop each page: the title, printed as the header too)."""
    headers = {d.text.strip() for d in dropped if d.reason == PAGE_HEADER_REASON and not looks_like_title(d.text.strip())}
    if not headers:
        return kept, dropped
    dropped = sorted([*dropped, *(DroppedLine(p.number, p.text, PAGE_HEADER_REASON) for p in kept if p.text.strip() in headers)], key=lambda d: d.number)
    return [p for p in kept if p.text.strip() not in headers], dropped


_BARE_PAGE_NUMBER = re.compile(r"\d{1,3}$")
# [00:02:30] / 【01:12:05】; a transcription app's numbered voice and its time, 发言人1 00:00:35 / [00:00:03] 说话人1：
_TIME_CODE = re.compile(
    r"^(?:[\[【]\d{1,2}:\d{2}(?::\d{2})?[\]】][ \t\u3000]*(?:(?:发言人|说话人)[ \t\u3000]*\d{1,2}[：:][ \t\u3000]*$)?"
    r"|(?:发言人|说话人)[ \t\u3000]*\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*$)"
)
# 东川市人民政府办公室文件: a page's running header, a short line with no punctuation (said as 页眉 when dropped)
_PAGE_HEADER = re.compile(r"^[^\s。！？!?，,；;：:、“”]{4,30}$")
PAGE_HEADER_REASON = "页眉"
PAGE_CUT_PARAGRAPH = 60  # characters; a paragraph this long (on either side of a page number) is no line of a page


RUNNING_PAGES = 2  # pages, at least, that open with a bare number and the same header line for both to be the page's


def _page_furniture(paragraphs: list[SourceParagraph]) -> dict[int, str]:
    """3 / 生态环境保护工作文件汇编 / …, again as 4 / 生态环境保护工作文件汇编 on the next page: a bare page number and a
    short header line of no punctuation after it, the same header at RUNNING_PAGES pages or more with their numbers
    rising, though each page break falls between paragraphs (``_running_header`` finds one a page cut mid-sentence).
    The paragraphs to drop, each with its reason."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for i, (number, line) in enumerate(zip(paragraphs, paragraphs[1:], strict=False)):
        page, text = number.text.strip(), line.text.strip()
        if _BARE_PAGE_NUMBER.fullmatch(page) and _PAGE_HEADER.match(text) and not match_label(text):
            pairs.setdefault(text, []).append((i, int(page)))
    found: dict[int, str] = {}
    for run in pairs.values():
        numbers = [n for _, n in run]
        if len(run) >= RUNNING_PAGES and numbers == sorted(set(numbers)):
            for i, _ in run:
                found[i], found[i + 1] = "页码", PAGE_HEADER_REASON
    return found


def _running_header(before: SourceParagraph, page: DroppedLine, line: SourceParagraph, after: list[SourceParagraph]) -> bool:
    """— 1 — / 东川市人民政府办公室文件 / 得开心…: the next page's running header, a short line with no punctuation
    right after the page number, between the halves of a sentence the page cut."""
    return (
        page.reason == "页码"
        and bool(after)
        and bool(_PAGE_HEADER.match(line.text))
        and not match_label(line.text)
        # (a title over the page number, the header under it: nothing is cut; a heading line the page cut is)
        and (_running_text(before.text) or _heading_cut_by_page(before.text, after[0].text))
        and _cut_by_page(before, page, after[0])
    )


def _running_text(text: str) -> bool:
    """A line of text, not a heading: long enough, a sentence mark inside it, no label before a sentence ends."""
    line = text.strip()
    return (
        len(line) >= PAGE_LINE
        and bool(_SENTENCE_MARK.search(line))
        and not (match_label(line) and not SENTENCE_END_MARK.search(line))
    )


def _cut_by_page(before: SourceParagraph, page: DroppedLine, after: SourceParagraph) -> bool:
    """…天眼“望远镜 / － 1 － / FAST馈源舱…: a paragraph that a page number cut mid-sentence (a Word or PDF copy
    that kept its paragraphs whole) goes on after it. So does the last line of a page wrapped at its width
    (…主要负责同 / — 1 — / 志要亲自抓…, a PDF's 28 characters a line) when it is running text: a sentence mark
    inside it, no heading's label before a sentence ends (一、…，… at a page's foot is a heading)."""
    if page.number <= before.number or before.text[-1] in _PAGE_CUT_ENDS or match_label(after.text):
        return False
    if before.text.rstrip(_CLOSING_QUOTES)[-1:] in _PAGE_CUT_ENDS:  # …越美。" : a sentence ended inside quotes
        return False
    if _heading_cut_by_page(before.text, after.text):
        return True
    return max(len(before.text), len(after.text)) >= PAGE_CUT_PARAGRAPH or _running_text(before.text)


HEADING_TAIL = 20  # characters of a heading sentence's end carried over to the next page, at most


def _heading_cut_by_page(before: str, after: str) -> bool:
    """一、要深入学习领会大会精神，切实把思想和行动统一到大会确定的目标 / — 1 — / 任务上来。: a numbered heading sentence at a
    page's foot whose last words, a short line that ends the sentence, open the next page."""
    tail = after.strip()
    if not match_label(before.strip()) or SENTENCE_END_MARK.search(before) or len(tail) > HEADING_TAIL:
        return False
    if tail[-1:] in "。！？" and not SENTENCE_END_MARK.search(tail[:-1]):
        return True
    # 三、健全完善责任体系，…推动安全生产和消防工 / — 2 — / 作再上新台阶: a heading line as wide as a page's line, its
    # last words on the next page, a line of no mark
    return len(before.strip()) >= WRAPPED_HEADING_LINE and bool(_SENTENCE_MARK.search(before)) and not _ANY_MARK.search(tail)


WRAPPED_HEADING_LINE = 28  # characters of a heading line at a page's foot that filled it (GB/T 9704 sets 28 a line)
_ANY_MARK = re.compile(r"[，,、；;。！？!?：:“”（）()\s]")


_PAGE_CUT_ENDS = "。！？!?…”’）)；;：:"
_CLOSING_QUOTES = "\"'”’」』）)*"
PAGE_LINE = 20  # characters; a wrapped page's last line is at least this long (GB/T 9704 sets 28 a line)
_SENTENCE_MARK = re.compile(r"[，,、；;。！？]")
