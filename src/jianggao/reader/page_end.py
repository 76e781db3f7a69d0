"""What a page prints after the speech that is not the speech: the edition's notes (注： / ① …), a list of other
articles (更多报道： / 1.… 2.…), another document or an attachment (附件： / 【…文件】 / a new title), a blog's note on
its author (## 作者介绍) or the questions after the talk (## Q&A), the speech printed a second time (its title again, then its first paragraphs again). Each cut
returns what stays and the lines it dropped, with the reason ``mine`` reports.
"""

from __future__ import annotations

import re

from ..zh.labels import match_label
from .header import ATTACHMENT, BIO_HEADING, SALUTATION_PATTERN, closing_words, looks_like_title
from .label_runs import numbering_labels
from .outline_records import DroppedLine, SourceParagraph
from .outline_rules import TERMINAL

_ENDNOTE = re.compile(r"^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[\[〔［]\d{1,3}[\]〕］]|注\s*\d{1,3}[\s：:.．、])")
_ENDNOTES_LINE = re.compile(r"^(?:注|注释|附注|尾注)\s*[：:]?$")
ENDNOTE_MAX = 300  # characters of one note at most


def cut_endnotes(body: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """注： / ① 列宁：《…》，《列宁全集》第26卷，第269页。 / ② …: notes printed after the speech (a transcription of
    a book's page), each opening with its mark, two at least, to the end; under a 注： line, or each citing a
    work (《…》). They are the edition's, not the speech's: dropped and said."""
    j = len(body)
    while j > 0 and _ENDNOTE.match(body[j - 1].text) and len(body[j - 1].text) <= ENDNOTE_MAX:
        j -= 1
    notes = body[j:]
    if len(notes) < 2:
        return body, []
    headed = j > 0 and _ENDNOTES_LINE.match(body[j - 1].text.strip())
    if not headed and not all("《" in p.text for p in notes):
        return body, []
    start = j - 1 if headed else j
    return body[:start], [DroppedLine(p.number, p.text, "文末注释") for p in body[start:]]


# The record a printed 公文 closes with (版记): its rules (————), the offices it is copied to (抄送： / 主送：), the
# office that printed it and the day (中共…办公室　　2024年3月12日印发), the copies printed (（共印50份）)
_RECORD_RULE = re.compile(r"^[—─━\-_=＿－]{4,}$")
_RECORD_LINE = re.compile(r"^(?:抄送|主送|抄报|报送|分送)\s*[：:]|^\S.{0,30}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$|^[（(]共印\d+份[）)]$")
# (出席：… / 列席：… / 记录：…: a 纪要's attendance over its distribution, part of the record only with it)
_MINUTES_FIELD = re.compile(r"^(?:出席|列席|缺席|请假|记录)\s*[：:]")


def cut_document_record(body: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """The 版记 under a speech a 通知 printed (rules, 抄送：…, …办公室 2024年3月12日印发; a 纪要's 出席： / 记录： over
    its 分送：; an e-mail's 报送： / 主送：) at the page's end: the office's record, not the speech's closing words.
    Dropped and said when it names whom it went to or who printed it (rules or attendance alone stay)."""
    j = len(body)
    while j > 0 and any(pattern.match(body[j - 1].text.strip()) for pattern in (_RECORD_RULE, _RECORD_LINE, _MINUTES_FIELD)):
        j -= 1
    if not any(_RECORD_LINE.match(p.text.strip()) for p in body[j:]):
        return body, []
    return body[:j], [DroppedLine(p.number, p.text, "公文版记") for p in body[j:]]


def cut_article_list(body: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """A page's list of other articles after the speech (更多报道： / 1.… 2.… 3.…): numbered short
    lines with no sentence end, after the closing words. Nothing after a closing is a point."""
    j = len(body)
    while j > 0 and len(body[j - 1].text) <= 40 and body[j - 1].text[-1] not in TERMINAL and numbering_labels(body[j - 1].text):
        j -= 1
    if len(body) - j < 2:
        return body, []
    k = j - 1 if j > 0 and len(body[j - 1].text) <= 12 and body[j - 1].text[-1] in "：:" else j  # 更多报道：
    before = body[k - 1].text if k > 0 else ""
    if not closing_words(before):
        return body, []
    return body[:k], [DroppedLine(p.number, p.text, "文末的文章列表") for p in body[k:]]


def cut_appended_document(body: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """After the closing words, a new title (a short line with no sentence end, with a ——subtitle line
    after it or the form of a speech's title) or an attachment (附件：/ 附：) starts another document on
    the same page: none of it is the speech's. A line of its own naming an attachment (附件：…) needs
    no closing words before it, nor (when a long appendix outweighs the speech: 【参考资料】 over 21 quoted
    rules) to stand in the second half of the page."""
    for j in range(1, len(body)):
        before, text = body[j - 1].text.rstrip(), body[j].text
        attachment = bool(ATTACHMENT.match(text))
        if j < len(body) // 2 and not attachment:
            continue
        if not attachment and (len(text) > 40 or text[-1] in TERMINAL):
            continue  # (most paragraphs: neither a title nor an attachment line)
        closed = closing_words(before)
        if not closed and not (attachment and len(text) <= 40 and before[-1] in TERMINAL):
            continue
        titled = (
            len(text) <= 40
            and text[-1] not in TERMINAL + "，,"
            and not match_label(text)
            and not SALUTATION_PATTERN.match(text)
            and (looks_like_title(text) or (j + 1 < len(body) and body[j + 1].text.startswith(("——", "—", "--"))))
        )
        if attachment and (_speech_resumes(body[j + 1 :]) or _numbering_goes_on(body[:j], body[j + 1 :])):
            continue  # (a 决定 read out in the speech, its 附件 line with it: the speaker goes on after it)
        if attachment or titled:
            reason = "文末附件" if attachment else "同一页上的另一篇文章"
            return body[:j], [DroppedLine(p.number, p.text, reason) for p in body[j:]]
    return body, []


# 同志们，刚才宣读了表彰决定，… / 各位代表，…: the speaker turning to the hall again
_AUDIENCE_TURN = re.compile(r"^(?:同志们|同志们、朋友们|各位[\u4e00-\u9fff]{1,8})[，,！!]")
RESUME_WITHIN = 6  # paragraphs after an attachment line where the speaker may turn to the hall again
RESUMED_HEADINGS = 2  # numbered headings, at least, after that turn: the speech's points are still to come


def _speech_resumes(after: list[SourceParagraph]) -> bool:
    """After an attachment line, the speaker turns to the hall again within a few paragraphs, and numbered
    headings follow: the attachment belonged to a document read out in the speech (a 表彰决定), not to the page."""
    turn = next((k for k, p in enumerate(after[:RESUME_WITHIN]) if _AUDIENCE_TURN.match(p.text)), None)
    if turn is None:
        return False
    headings = sum(any(m.style == "一、" for m in match_label(p.text)) for p in after[turn + 1 :])
    return headings >= RESUMED_HEADINGS


def _heading_numbers(paras: list[SourceParagraph]) -> list[int]:
    """The numbers of the 一、 headings that open ``paras``, in order."""
    return [m.index for p in paras for m in match_label(p.text)[:1] if m.style == "一、" and m.index is not None]


def _numbering_goes_on(before: list[SourceParagraph], after: list[SourceParagraph]) -> bool:
    """二、… / 附：…情况表（书面印发，会上不宣读） / … / 三、存在的主要问题: the next 一、 heading within a few paragraphs
    after an attachment line counts on from the last one before it: a note on a table handed out, not the page's end."""
    said, coming = _heading_numbers(before), _heading_numbers(after[:RESUME_WITHIN])
    return bool(said and coming) and coming[0] == said[-1] + 1


# of the paragraphs after a repeated title (its byline and salutation were the head's, not the body's), how many
# are read and how many of them must have been printed before it
REPEAT_READ, REPEAT_SEEN = 5, 3
REPEATED_SHARE = 0.8  # of all the paragraphs after it, printed before: the copy is a repeat, not a second version


# headings over what a page prints under a talk that is not the talk: a blog's note on who gave it (## 作者介绍 /
# **讲师简介** / 关于作者), the questions the audience asked after it (## Q&A / 现场问答), the page's word on itself
# (a transcript's 互动环节 line, no heading markup, keeps its questions after the closing words: speech_frame)
_BACK_MATTER = (
    (BIO_HEADING, "文末的作者介绍", False),
    # (## 互动环节（节选） / ## 互动答疑)
    # (## 现场 Q&A: the hall's questions, a space before the letters)
    # (## 5 Q&A: the page's numbered last section; ## QA集锦 / ## 网友问题集锦: the questions gathered after a talk)
    (re.compile(
        r"^(?:\d{1,2}[.、．]?\s*)?(?:(?:现场|互动)?\s*(?:Q\s*&\s*A|QA)|(?:现场|互动)?问答(?:环节)?|提问环节|互动环节|(?:现场|互动|在线)?答疑(?:环节)?"
        r"|(?:网友|观众|现场)?(?:问题|问答|Q\s*&\s*A|QA)集锦)(?:[（(][^（）()]{1,6}[）)])?[：:]?$",
        re.I,
    ), "讲后的问答", True),
    # (## 关于我们 / ## 关于 Service Mesh Meetup: the page's word on its publisher or the event series)
    (re.compile(r"^关于\s*(?:我们|本期|本次活动|[^，。！？]{0,24}(?:Meetup|沙龙|社区|系列活动|技术大会))$", re.I), "文末的活动介绍", True),
    # (### 云原生活动推荐：…Meetup 成都站 / ## 近期活动预告: the publisher's next events, advertised after the talk)
    (re.compile(r"^[^，。！？：:]{0,8}(?:活动推荐|活动预告|近期活动)(?:[：:].{0,60})?$"), "文末的活动推荐", True),
    # (思考题： / ## 参考书目: a lecture's questions and reading list, printed after it for the class)
    (re.compile(r"^(?:思考题|讨论题|参考书目|参考文献|推荐阅读|延伸阅读|学习书目)[：:]?$"), "讲后的思考题和书目", False),
    # (## 参考资料 / ### 相关链接: the links a blog lists under a talk, set as a heading)
    (re.compile(r"^(?:参考资料|参考链接|相关链接|相关资料)[：:]?$"), "文末的参考资料", True),
    # (## PPT 下载 / ### 视频回放和 PPT 下载 / ## 回顾视频以及 PPT 下载地址: where the talk's slides and recording are)
    # (## 现场视频 / ## 视频回放: the recording alone)
    (re.compile(
        r"^(?:[^，。！？,.!?]{0,16}(?:PPT|ppt|幻灯片|课件|讲义|视频|回放)[^，。！？,.!?]{0,8}(?:下载|获取|地址|链接)(?:地址|链接)?"
        r"|(?:现场|完整|演讲|直播)?视频(?:回放|回顾)?|(?:直播)?回放(?:视频)?)[：:]?$"
    ), "文末的视频和讲义下载", True),
    # (*个人观点，仅供参考。: the writer's disclaimer a WeChat account prints under an article)
    (re.compile(r"^\*?(?:以上|本文)?(?:为|仅为|纯属|系)?(?:个人观点|一家之言)[，,]\s*仅供参考[。.！!]?$"), "文末的声明", False),
    # (-- over 总裁办公室 / the company's address / its confidentiality notice: an e-mail's signature, by the mark mail
    # programs set over it)
    (re.compile(r"^--[ \u3000]?$"), "邮件签名", False),
    # (**精选留言**: a WeChat article's readers' comments)
    (re.compile(r"^(?:精选留言|留言精选|读者留言|热门评论|全部评论|网友评论)[：:]?$"), "文末的读者留言", False),
)


def cut_back_matter(body: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """A heading line over an author's note, or a Markdown heading over the audience's questions, in the second
    half of the page: it and all after it are not the speech (each line is reported with its reason)."""
    for j in range(len(body) // 2, len(body)):
        p = body[j]
        reason = next(
            (why for pattern, why, marked in _BACK_MATTER if pattern.match(p.text.strip()) and (p.heading_level or not marked)),
            None,
        )
        if reason is not None:
            return body[:j], [DroppedLine(p.number, p.text, reason) for p in body[j:]]
    return body, []


def cut_repeated_copy(body: list[SourceParagraph], title: str) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """在…上的讲话 / 区长 谭某某 / 同志们： / 今天召开… again after the closing: a page (or a paste) that prints the
    speech twice. From the title's second printing on, when the paragraphs after it were all printed before, the
    rest is the first copy again: dropped and said, not read as more points."""
    if not title:
        return body, []
    seen: set[str] = set()
    for j, p in enumerate(body):
        after = [q.text.strip() for q in body[j + 1 : j + 1 + REPEAT_READ]]
        if j and p.text.strip() == title and sum(t in seen for t in after) >= REPEAT_SEEN:
            rest = [q.text.strip() for q in body[j + 1 :]]
            if sum(t in seen for t in rest) < REPEATED_SHARE * len(rest):
                return body, []  # (a second version with words of its own: kept, the writer decides)
            return body[:j], [DroppedLine(q.number, q.text, "重复印出的全文") for q in body[j:]]
        seen.add(p.text.strip())
    return body, []
