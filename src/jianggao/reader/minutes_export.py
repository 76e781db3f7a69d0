"""A meeting-minutes app's export (飞书妙记, 讯飞听见, 腾讯会议 and the like): the app's own summary of the meeting
(智能纪要 / 会议摘要 / 章节速览 / 待办事项 / 关键词 / 全文概要) set aside, and each turn's label line, a speaker and the
time he began (方丽 00:00 / 发言人2 00:09:52 / **陈颖（区政府办）** 00:00:08), made a tag on the words under it (方丽：…),
so the transcript's turns are read as any other transcript's (``transcript_turns``).
"""

from __future__ import annotations

import re

from ..records import replace
from ..zh.dates import NUMERIC_DATE
from .outline_records import DroppedLine, SourceParagraph
from .transcript_facts import facts_line

SUMMARY_REASON = "会议纪要软件的摘要"
TURN_LINE_REASON = "说话人和时间"
FACTS_REASON = "文字稿或会议信息"
OTHER_TURN_REASON = "会上其他人的发言"
# 方丽 00:00 / 陈志豪 Kevin 00:03 / 发言人2 00:09:52 / **说话人 1** 00:00 / 陈明(教导处) 00:00:05: who speaks, then when
_TURN_LINE = re.compile(
    r"^\*{0,2}(?P<name>(?:发言人|说话人)[ \u3000]?\d{1,2}|[\u4e00-\u9fff]{2,4}(?:[ \u3000][A-Za-z]{2,12})?)"
    r"(?:[（(][^（）()]{1,12}[）)])?\*{0,2}[ \u3000]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)$"
)
# the parts an app writes over the words: its summary, chapters, to-dos and keywords; its heading over the words
_SUMMARY_HEAD = re.compile(
    r"^(?:#{1,4}[ \u3000]*)?(?:(?:智能纪要|会议摘要|章节速览|待办事项|关键词|全文概要|AI[ \u3000]?纪要|发言人统计|会议要点)"
    r"(?:由AI生成.*)?[：:]?$|(?:关键词|全文概要)[：:].+)"  # (关键词：护理　表彰　…: the words on the heading's line)
)
_WORDS_HEAD = re.compile(r"^(?:#{1,4}[ \u3000]*)?(?:文字记录|会议转写|转写文本|转写内容|原文记录)[：:]?$")
# 2024年5月28日 下午 3:00|1小时 26分钟 5秒 / 会议号：735 218 904 / 发起人：… / 参会人：… / 转写：…　校对：…: the meeting's
# facts the app prints under its title
_FACTS_LINE = re.compile(
    r"(?:时长|\d{1,3}[ \u3000]?分钟|\d[ \u3000]?小时|^(?:#{1,4}[ \u3000]*)?[-*•][ \u3000]*)"
    r"|^(?:会议号|会议时间|发起人|参会人|参会|参会人数|主持人|转写|校对|录音|转写字数)[ \u3000]*[：:]"
)
_DATE_FIRST = re.compile(rf"^{NUMERIC_DATE}")
MIN_TURNS = 2  # turn lines that make a copy an app's export


def unpack_minutes(paras: list[SourceParagraph]) -> tuple[list[SourceParagraph], list[DroppedLine]]:
    """``paras`` with an app's summary parts and the meeting's facts set aside, and of the turns only the words of the
    one who says most (the speech; a line ``名字：`` over them when the app names him, as a transcript's tag on a line of
    its own), the others' turns reported (a host's call-up among them names the speaker); a copy with fewer than
    ``MIN_TURNS`` turn lines comes back as it is."""
    turns = [i for i, p in enumerate(paras) if _TURN_LINE.match(p.text.strip())]
    if len(turns) < MIN_TURNS:
        return paras, []
    first = turns[0]
    summary = next((i for i in range(first) if _SUMMARY_HEAD.match(paras[i].text.strip())), first)
    dropped = [DroppedLine(p.number, p.text, SUMMARY_REASON) for p in paras[summary:first]]
    kept = []
    for k, p in enumerate(paras[:summary]):  # (the title first; the meeting's facts under it)
        text = p.text.strip()
        if not k or not _FACTS_LINE.search(text) or facts_line(text):  # (会议时间：… is read with the facts)
            kept.append(p)
        elif date := _DATE_FIRST.match(text):  # (2024-03-15 09:02　时长 01:08:46: the date kept, the rest reported)
            kept.append(replace(p, text=date.group()))
            dropped.append(DroppedLine(p.number, text[date.end() :].strip(), FACTS_REASON))
        else:
            dropped.append(DroppedLine(p.number, p.text, FACTS_REASON))
    # each turn: its label line, its speaker, its paragraphs
    spoken: list[tuple[SourceParagraph, str, list[SourceParagraph]]] = []
    for k, i in enumerate(turns):
        name = _TURN_LINE.match(paras[i].text.strip()).group("name")  # type: ignore[union-attr]
        words = [p for p in paras[i + 1 : turns[k + 1] if k + 1 < len(turns) else len(paras)] if not _WORDS_HEAD.match(p.text.strip())]
        spoken.append((paras[i], re.sub(r"[ \u3000]", "", name) if name[0] in "发说" else name, words))
    said: dict[str, int] = {}
    for _, name, words in spoken:
        said[name] = said.get(name, 0) + sum(len(p.text) for p in words)
    speaker = max(said, key=lambda name: said[name])
    tagged = False
    for line, name, words in spoken:
        if name != speaker:
            dropped += [DroppedLine(p.number, p.text, OTHER_TURN_REASON) for p in (line, *words)]
            continue
        dropped.append(DroppedLine(line.number, line.text, TURN_LINE_REASON))
        if not tagged and not name.startswith(("发言人", "说话人")):
            # (his name, as a transcript tags him over his words; 陈志豪 Kevin: the Chinese name)
            kept.append(replace(line, text=f"{name.split()[0]}："))
        tagged = True
        kept += words
    return kept, sorted(dropped, key=lambda d: d.number)
