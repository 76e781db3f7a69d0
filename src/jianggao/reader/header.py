"""The head and the end of a speech: title, subtitle, bylines, dates, salutation, closing words.

Patterns and tests ``reader.outline`` reads the lines before the body and the paragraphs
after it with: a line that names a speech (…上的讲话), a speaker's name and office, a date
line, the salutation (同志们：), the closing words (同志们！让我们…。) and the thanks line.
"""

from __future__ import annotations

import re

from ..zh.dates import NUMERAL_DATE, NUMERIC_DATE

_SALUTATION = re.compile(
    r"^(同志们|各位|诸位|女士们|先生们|尊敬的|亲爱的|老师们|同学们|朋友们|代表们|委员们|青年朋友们)[^。！？]{0,40}[：:]$"
    r"|^(?:[\u4e00-\u9fff]{1,10}们[，,、])+[\u4e00-\u9fff]{1,10}们[：:]$"  # 共青团员们，青年朋友们，同志们：
)
# A date line: either form of ``zh.dates``, perhaps in brackets (2024年3月5日 / （一九五五年三月二十一日）).
_DATE = re.compile(rf"^[（(]?{NUMERIC_DATE}[）)]?")  # a prefix: what follows is the caller's
_CN_DATE = re.compile(rf"^[（(]?\s*{NUMERAL_DATE}\s*[）)]?$")


def _is_date_line(text: str) -> bool:
    """A line that is a date and nothing else: 2024年3月5日 / （一九五五年三月二十一日）."""
    t = text.strip()
    m = _DATE.match(t)
    return bool(m and not t[m.end() :].strip()) or bool(_CN_DATE.match(t))


_NEWS_DATELINE = re.compile(r"^[（(]?[\u4e00-\u9fff]{1,8}社[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电\s*[）)]?$")
_BRACKETED = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
_TITLE_END = (
    "讲话", "发言", "致辞", "讲稿", "讲话稿", "发言稿", "报告", "讲话提纲", "党课", "演讲", "贺词", "讲话要点",
    "主持词", "开幕词", "闭幕词", "欢迎词", "答谢词", "演讲稿", "讲话材料", "发言材料",
)
_NAME_DATE = re.compile(r"^[\u4e00-\u9fff]{2,4}\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


_OFFICES = (
    r"(?:书记|市长|县长|区长|镇长|乡长|省长|州长|主任|部长|局长|厅长|处长|主席|院长|校长|检察长|委员|同志"
    r"|董事长|总经理|总裁|会长|行长|社长|厂长|所长)"
)
_OFFICE = re.compile(rf"{_OFFICES}$")
_OFFICE_IN = re.compile(_OFFICES)
_NAME = r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}"  # 王琛 / 王  琛 / 盛 阅 春
_SPACED = r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,2}"  # 盛 阅 春 / 王　琛: a name spaced out
# _NAME and _SPACED overlap (王 琛 is both) but are two rules: _NAME is any name of 2-4 characters, spaces between
# them optional and at most two; _SPACED is a name of 2-3 characters spaced out (a space between every two, as wide
# as the layout made it), which alone on a line or glued to a subtitle is what tells a name from other words.
# 区长　孙立华 / 孙立华　区长 / 绍兴一中党委书记、校长  王 琛 / 王  琛  2020.6.20: an office and a name, or a name alone
_BYLINE = re.compile(
    rf"^(?:[^\s，。：:]{{0,24}}{_OFFICES}[ \u3000]+)?{_NAME}(?:[ \u3000]+[\u4e00-\u9fff、]{{0,20}}{_OFFICES})?"
    r"(?:[ \u3000]+\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)?$"
)

_SPACED_NAME = re.compile(rf"^{_SPACED}$")  # a name set apart on its own line
# a name at the end of a subtitle line, set off by a space or spaced out: ——在…上的讲话 李明 / ——在…上的致辞王  琛
_GLUED_NAMES = (re.compile(rf"[ \u3000]+{_NAME}$"), re.compile(rf"{_SPACED}$"))


def _glued_name(subtitle: str) -> int | None:
    """Where a speaker's name glued to the end of ``subtitle`` starts, if the rest ends like a title."""
    if subtitle.endswith(_TITLE_END):
        return None
    for pattern in _GLUED_NAMES:
        m = pattern.search(subtitle)
        if m and subtitle[: m.start()].endswith(_TITLE_END):
            return m.start()
    return None


def _byline_like(text: str) -> bool:
    """A line under a title that names the speaker (with office or date), not a subtitle. A bare short
    line ending like a title (讲话 / 发言) is the end of a title folded over two lines, not a name."""
    return bool(_OFFICE.search(text) or (_BYLINE.match(text) and not text.endswith(_TITLE_END)))


def _named_apart(text: str) -> bool:
    """区长　孙立华 / 孙立华　区长 / 盛 阅 春: an office and a name set apart, or a name spaced out; a byline
    wherever it stands in the header."""
    if _SPACED_NAME.match(text):
        return True
    return bool(re.search(r"[ \u3000]", text) and _OFFICE_IN.search(text) and _BYLINE.match(text))


_CLOSING_START = re.compile(
    r"^((?:同志们|同学们|老师们|朋友们|青年朋友们|同事们)[，,！!：:]|同志们、朋友们|总之[，,]|以上[一两二三四五六七八九十几]+(?:点|个方面)|综上|总而言之|最后[，,]\s*(我|让我们|希望|祝)|让我们|我相信|我坚信|今天我就讲这些|我就讲这些|就讲这些)"
)
_THANKS = re.compile(r"(谢谢|感谢大家|感谢各位)")
# 附件：/ 附件2 / 附：…同志简介 / 附录: what follows is attached to the speech, not part of it
# (名词解释 / 注释 over the text's notes: the back matter of a report or a collected piece)
_ATTACHMENT = re.compile(r"^(?:附(?:件|录|表)?\s*[\d一二三四五六七八九十]*\s*(?:[:：]|$)|(?:名词解释|注释|注解)\s*[:：]?$)")


def _closing_words(text: str) -> bool:
    """同志们！让我们…。 / 谢谢大家！: a paragraph that can end a speech."""
    return bool(_CLOSING_START.match(text) or _THANKS.search(text)) and text[-1] in "。！!"


_FILE_NAME_TAIL = re.compile(r"\.(?:docx?|wps|pdf|txt)(?:_第\d{1,4}页)?$", re.I)


def _looks_like_title(text: str) -> bool:
    """在…会议上的讲话, …开学典礼致辞, 党课：…: a line that names a speech."""
    return text.rstrip("）)").endswith(_TITLE_END) or bool(re.match(r"^(党课|讲话|致辞)[:：]", text))


def _similar(a: str, b: str) -> bool:
    """Two lines carry the same title (a page title and the article's own)."""
    if not a or not b:
        return False
    common = len(set(a) & set(b))
    return common >= 0.6 * min(len(set(a)), len(set(b)))
