"""The lines of facts under a talk transcript's title: who speaks and who hosts (嘉宾：… / 主持：…), and when, where
and by whom it was recorded (直播时间：… ｜ 整理：…), several fields to a line at times.

A meeting record's 时间：… / 地点：… are the same kind of line. ``facts_line`` splits such a line into its fields;
``guest_parts`` reads the speaker's office and name from a speaker's field (老韩（韩东升，禾木家居创始人）: the name in
the bracket is the real one, the one before it a nickname)."""

from __future__ import annotations

import re

from ..zh.dates import NUMERIC_DATE
from .header import HOST_ROLES, SPEAKER_ROLES, SURNAMED, byline_office, speaker_parts
from .outline_rules import SENTENCE_END_MARK

# the rest of a transcript's or a meeting record's facts: a date among them is the speech's date
FACT_LABELS = (
    "时间", "日期", "地点", "场合", "会场", "会议时间", "会议日期", "会议地点", "直播时间", "录制时间", "录制", "录音时长",
    "时长", "直播平台", "平台", "直播间", "栏目", "整理", "整理人", "文字整理", "整理说明", "速记", "说明", "主办", "承办",
    "协办", "出品", "策划", "活动", "访谈时间", "实录整理", "文字", "摄影", "编辑", "责编", "审核", "监制", "温馨提示", "免责声明", "记录整理", "记录人", "记录", "记录员", "会议时长", "记录来源",
    "转写时间", "录音时间", "音频时长", "说话人数", "发言人数",  # (a transcription app's facts over its text)
    "形式", "活动形式", "会议形式", "主题", "分享主题", "演讲主题", "讲座主题",  # (a webinar's or a talk's facts: 形式：系列网络研讨会第四期)
    "场次",  # (场次：青岚DevOps Meetup 第9期 · 闪电演讲环节: the session of a meetup the talk was given in)
    "速记整理",  # (速记整理：技术日会务组（未经分享人审阅，仅供内部参考）)
)
# (主 持 人： / 时　间：: a label spaced out to line up with the others)
_FACT_LABELS = "|".join(sorted(FACT_LABELS, key=len, reverse=True))
_LABELS = "|".join("[ \u3000]?".join(label) for label in sorted((*SPEAKER_ROLES, *HOST_ROLES, *FACT_LABELS), key=len, reverse=True))
# a field opens the line, or follows a bar or a wide space: 录制：2024年3月2日 ｜ 时长：58分钟; after a bar, a field may
# have no label (直播时间：2024年12月6日 21:00 ｜ 文字稿由听众整理)
# (each run of spaces tried from its start only: a line of many spaces is read in linear time)
_FIELD = re.compile(
    rf"(?:^|(?P<bar>(?<![ \u3000])[ \u3000]*[|｜][ \u3000]*)|(?<![ \u3000])(?:[ \u3000]{{2,}}|\u3000))"
    # (【活动】2024 南湖移动开发者大会 / 【整理】现场速记整理: a fact's label in brackets, no colon; 【讲话】 is a column's tag)
    rf"(?:(?P<label>{_LABELS})[ \u3000]*[：:][ \u3000]*|【(?P<bracketed>{_FACT_LABELS})】[ \u3000]*|(?(bar)|(?!)))"
)
_DATE_AFTER = re.compile(rf"[ \u3000]{{2,}}(?P<date>{NUMERIC_DATE}|\d{{4}}年\d{{1,2}}月)$")
FACTS_LINE_MAX = 200  # characters; a longer line is no line of facts
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
ROLE_VALUE_MAX = 40  # characters of a speaker's or host's field: a longer one is the host's words (主持人：接下来，有请…)


def facts_line(text: str) -> list[tuple[str, str]] | None:
    """The (label, value) fields of a line that is nothing but such fields, the first labelled (label "" for one
    after a bar that has none); None for any other line."""
    if len(text) > FACTS_LINE_MAX or not _FIELD.match(text):
        return None
    starts = list(_FIELD.finditer(text))
    if not starts or starts[0].start() != 0 or not (starts[0].group("label") or starts[0].group("bracketed")):
        return None
    fields = []
    for k, m in enumerate(starts):
        value = text[m.end() : starts[k + 1].start() if k + 1 < len(starts) else len(text)].strip()
        if not value:
            return None
        label = re.sub(r"[ \u3000]", "", m.group("label") or m.group("bracketed") or "")
        named = label in SPEAKER_ROLES or label in HOST_ROLES
        # (【整理说明】以下是…同志…讲话。: a bracketed label over an editor's sentences is his note, no field)
        if (named or m.group("bracketed")) and (len(value) > ROLE_VALUE_MAX or SENTENCE_END_MARK.search(_BRACKETS.sub("", value))):
            return None
        # (汇报人：县委常委、副县长　蒋文涛　　2024年11月 / 记录：刘小雨    2024.3.4: the date after the name, a field of
        # its own)
        if (dated := _DATE_AFTER.search(value)) and dated.start() > 0:
            fields += [(label, value[: dated.start()]), ("", dated.group("date"))]
        else:
            fields.append((label, value))
    return fields


_ROLE_FIELD = re.compile(rf"^(?P<role>{'|'.join(sorted((*SPEAKER_ROLES, *HOST_ROLES), key=len, reverse=True))})[ \u3000]*[：:][ \u3000]*(?P<value>\S.*)$")


def role_field(byline: str) -> tuple[str, str] | None:
    """(role, value) of a byline that names someone by his part (嘉宾：孟夏（…） / 主持：阿哲)."""
    m = _ROLE_FIELD.match(byline.strip())
    return (m.group("role"), m.group("value")) if m else None


# 老韩（韩东升，禾木家居创始人） / Kevin 顾（顾凯文），FlowDesk 联合创始人兼 CEO / 孟夏（独立开发者，…工程师）
_GUEST = re.compile(r"^(?P<outer>[^（(，,]+?)[ \u3000]*[（(](?P<inside>[^（）()]*)[）)][ \u3000]*(?:[，,][ \u3000]*(?P<after>.+))?$")
# (沈知微｜星河数据 数据库内核负责人: a bar between them)
_NAME_FIRST = re.compile(rf"^(?P<name>{SURNAMED})(?:[ \u3000]*[，,｜|][ \u3000]*|[ \u3000]{{2,}}|\u3000)(?P<office>\S.*)$")
_PIECES = re.compile(r"[，,、；;][ \u3000]*")


def guest_parts(value: str) -> tuple[str, str]:
    """The office and name of the one a speaker's field names: a name first in the bracket after a nickname is his
    own (老韩（韩东升，…创始人）); else the name before the bracket, the bracket his office."""
    if m := _NAME_FIRST.match(value):  # 沈既白，轻舟数据库项目维护者（Maintainer） / 何静怡  某商业银行…规划师
        return m.group("office"), m.group("name")
    m = _GUEST.match(value)
    if m is None:
        return speaker_parts(value)
    pieces = [piece for piece in _PIECES.split(m.group("inside")) if piece]
    after = [m.group("after")] if m.group("after") else []
    if pieces and re.fullmatch(SURNAMED, pieces[0]) and not byline_office(pieces[0]):  # (王建国（董事长）: 董 opens an office)
        return "，".join(pieces[1:] + after), pieces[0]
    outer = m.group("outer").strip()  # (石门中学校友会会长　葛永年（1988届）: office and name outside, a note on him inside)
    office, name = speaker_parts(outer) if byline_office(outer) else ("", outer)
    return "，".join(([office] if office else []) + ([m.group("inside")] if m.group("inside") else []) + after), name


SECTION_MARK_REASON = "文字稿的分段标记"
# 【主持人开场】 / ## 主讲部分 / 【主讲分享】 / 【现场问答】 / 【互动问答摘录】 / 【现场提问】: an editor's marks of a
# transcript's parts, on lines of their own (the questions' part ends the talk)
_SECTION_MARK = re.compile(
    r"^【?(?:(?P<host>主持人?的?(?:开场|介绍|导语|致辞|串词|开场白)|主讲(?:部分|分享|内容|环节)|嘉宾(?:分享|发言|演讲|主讲))"
    r"|(?P<questions>(?:现场|互动|观众)?问答(?:环节|部分)?(?:摘录)?|互动(?:环节|问答)(?:摘录)?|(?:圆桌)?对话环节|(?:现场|观众)?提问(?:环节)?))"
    r"(?:[（(][^（）()]{1,6}[）)])?】?$"
)


def section_mark(text: str) -> str | None:
    """"questions" for a mark over the questions and answers after a talk, "part" for another part's mark, else None."""
    m = _SECTION_MARK.match(text.strip())
    if m is None or (text.strip().startswith("【") != text.strip().endswith("】")):
        return None
    return "questions" if m.group("questions") else "part"
