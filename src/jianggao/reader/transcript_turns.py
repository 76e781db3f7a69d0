"""The turns of a talk's transcript, where tags say who says each paragraph (王志刚：… / 主持人：… / 白露（插话）：…).

The speaker's words are the speech, his tags set aside; the host's turns are reported, not read: his introduction
over the speaker's first words, his interjections (主持人：还有八分钟。 / 小林：弹幕里有朋友问…), and his thanks after
the talk with all that follows it (the questions and answers). A host's script, no one else speaking, stays his speech.
"""

from __future__ import annotations

import re
from collections import Counter

from ..records import replace
from .header import HOST_ROLES, ROLE_WORDS, SURNAMED, named_by_role, speaker_called_up
from .outline_records import DroppedLine, Outline, SourceParagraph, SourceText
from .transcript_facts import SECTION_MARK_REASON, facts_line, guest_parts, role_field, section_mark

AFTER_TALK = "讲后的主持和问答"
HOST_TURNS = 3  # paragraphs at the top of a transcript's body where a host's turns are looked for
_STAGE_NOTE = re.compile(r"^[（(][^（）()]{1,8}[）)]$")  # （掌声） / （笑）: what the transcript says the room did
# 主持人：… / 主持人（周小满）：… / 主持人 Amy：… / 主播小禾：…: a host's turn, by his part
_HOST_TAG = re.compile(rf"^(?:{'|'.join(HOST_ROLES[::-1])}|主播)(?:[（(][^（）()]{{1,12}}[）)]|[ \u3000]*[^\s：:，。]{{1,12}})?[：:]")
# 王志刚：… / Kevin：… / 大刘：… / 白露（插话）：…: who speaks, before his words
_TURN_TAG = re.compile(
    r"^(?P<tag>(?P<name>[^\s：:，。！？；、“”（）()]{1,8}(?:[ \u3000][^\s：:，。！？；、“”（）()]{1,8})?)(?:[（(][^（）()]{1,6}[）)])?)[：:][ \u3000]*(?=\S)"
)
_COUNT_WORD = re.compile(r"[\d一二三四五六七八九十第]|^(?:问|答|提问|回答|Q|A)$")  # (问题一：… / Part 1：…: headings, no one's name)
# 观众提问：… / 读者A：… / 网友：…: someone in the audience
_AUDIENCE = re.compile(r"^(?:现场)?(?:观众|听众|读者|网友|学员|同学|记者)[A-Z甲乙丙丁\d]?(?:提问)?$")
_NOT_A_PARTY = re.compile(r"^(?:编者按|编者|编辑|小编按?|按语|导语|提示|注|说明|摘要|前言|背景)$")
EDITOR_LINES = 1  # paragraphs of an editor's note (编者按：…) above a transcript's turns
# (谢谢林总的坦诚分享。 / 感谢周院长的精彩演讲！ / 好，今天就聊到这儿。谢谢…: the host ends the talk)
_THANKS = re.compile(r"^[^。！？!?]{0,12}(?:谢谢|感谢)|^[^。！？!?]{0,8}(?:今天|本期|这期)[^。！？!?]{0,6}到这(?:里|儿)")


def _turn_tag(text: str) -> tuple[str, str] | None:
    """(tag as written, name) of a paragraph that opens with one (王志刚：好，… → 王志刚)."""
    m = _TURN_TAG.match(text)
    return (m.group("tag"), m.group("name")) if m else None


def _words(text: str, tag: tuple[str, str]) -> str:
    """What a tagged paragraph says after its tag and colon."""
    return text[len(tag[0]) + 1 :]


def _is_host(text: str, hosts: list[str]) -> bool:
    tag = _turn_tag(text)
    return bool(_HOST_TAG.match(text) or (tag and tag[1] in hosts))


def _party(name: str) -> bool:
    """A tag's name that may be someone's (not 问题一 / Part 1 / 编者按; 曹一鸣 is)."""
    return (bool(re.fullmatch(SURNAMED, name)) or not _COUNT_WORD.search(name)) and not _NOT_A_PARTY.match(name)


def _parties(body: list[SourceParagraph]) -> dict[str, int]:
    """Who speaks in the body's turns, with how much each says (a turn runs on to the next tag): a name tagged twice
    at least, or a full name (出海：… once is a heading, no one's turn)."""
    said: dict[str, int] = {}
    tagged: dict[str, int] = {}
    name = None
    for p in body:
        if (tag := _turn_tag(p.text)) and _party(tag[1]):
            name = tag[1]
            tagged[name] = tagged.get(name, 0) + 1
        if name is not None:
            said[name] = said.get(name, 0) + len(p.text)
    return {n: said[n] for n in said if tagged[n] >= 2 or re.fullmatch(SURNAMED, n) or _AUDIENCE.match(n)}


TURN_GAP = 6  # paragraphs at most from one turn of a quoted dialogue to the next that all belong to it


def mark_dialogue_turns(body: list[SourceParagraph]) -> list[SourceParagraph]:
    """The body with the turns of a dialogue it quotes marked (a demo on stage: **Robin：今天有什么新闻？** / 小度：小度播…
    / **Robin：听说你最近长本事了？** / 小度：…如下 / o 您与张总晚餐… ×4 / **Robin：挺好的…**): two paragraphs close
    together that open with the tags of two parties who each take two turns at least, and all between them. Short
    turns over longer ones look like heading lines; a tag over its own text (案例：… / text / 启示：… / text) is no turn:
    the parties answer each other right away twice at least."""
    tags = [tag[1] if (tag := _turn_tag(p.text)) and _party(tag[1]) else None for p in body]
    counts = Counter(name for name in tags if name)
    tagged = [i for i, name in enumerate(tags) if name and counts[name] >= 2]
    pairs = [(a, b) for a, b in zip(tagged, tagged[1:], strict=False) if tags[a] != tags[b]]
    # (parties that answer each other at once, twice at least: a tag over its own text takes no turn with the next)
    talking = Counter(frozenset((tags[a], tags[b])) for a, b in pairs if b == a + 1)
    said = {
        k for a, b in pairs if b - a <= TURN_GAP and talking[frozenset((tags[a], tags[b]))] >= 2 for k in range(a, b + 1)
    }
    return [replace(p, turn=True) if i in said else p for i, p in enumerate(body)] if said else body


def read_turns(body: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """The body without the host's turns and the speaker's tags (each reported); the speaker's tag, if any, in
    ``out.turns_speaker``."""
    facts = 0  # (说明：本文根据音频整理，有删减。: a line of facts ended by a full stop, under the head)
    while facts < len(body) - 1 and (found := facts_line(body[facts].text)) and all(label not in ROLE_WORDS for label, _ in found):
        out.dropped.append(DroppedLine(body[facts].number, body[facts].text, "文字稿或会议信息"))
        facts += 1
    # (整理说明：本稿根据现场录音整理…。 / 讲话人：厅党组书记、厅长 欧阳峻: the byline under those facts is the head's still)
    while 0 < facts < len(body) - 1 and named_by_role(body[facts].text):
        out.bylines.append(SourceText(body[facts].number, body[facts].text))
        facts += 1
    fields = [f for b in out.bylines if (f := role_field(b.text))]
    # (主持人：小林（财富公开课栏目编辑）: the host's tag is 小林)
    hosts = [name for role, value in fields if role in HOST_ROLES for name in (value, guest_parts(value)[1])]
    guests = [name for role, value in fields if role not in HOST_ROLES for name in (value, guest_parts(value)[1])]
    body = _talk_ended(_without_section_marks(body[facts:], out), hosts, out)
    if not hosts and not guests:  # (钱思远：… 戴文澜：… with no head naming them: the one who says most is the speaker)
        said = _parties(body)
        if len(said) >= 2:
            guests = [max(said, key=lambda name: said[name])]
            hosts = [name for name in said if name != guests[0]]
    # (编者按：… above the turns: the editor's words stay where they are)
    lead = next(
        (i for i in range(min(len(body), EDITOR_LINES + 1))
         if _is_host(body[i].text, hosts) or ((tag := _turn_tag(body[i].text)) and _party(tag[1]))),
        0,
    )
    top = body[lead:]
    k = 0
    while k < min(len(top) - 1, HOST_TURNS) and (_is_host(top[k].text, hosts) or (k and _STAGE_NOTE.match(top[k].text))):
        k += 1
    first = _turn_tag(top[k].text) if k < len(top) else None
    named = bool(first) and any(first[1] in guest for guest in guests) and not _is_host(top[k].text, hosts)
    # (…他就是远航液压集团董事局主席沈卫东先生。有请！ over 沈卫东：…: the host names the one whose turn follows)
    introduced = bool(first) and _party(first[1]) and any(first[1] in p.text for p in top[:k])
    if k and not (named or introduced or guests or any(speaker_called_up(p.text) for p in top[:k])):
        return body  # (a host's script)
    out.dropped += [DroppedLine(p.number, p.text, "现场记录" if _STAGE_NOTE.match(p.text) else "主持人的话") for p in top[:k]]
    speaker = first[1] if first and (named or k) else None  # (introduced: named by a host's turn, so k > 0)
    if speaker is None:
        return body[:lead] + top[k:]
    out.turns_speaker = speaker
    return body[:lead] + _later_turns(top[k:], speaker, [*hosts, *_parties(top[k:])], out)


def _talk_ended(body: list[SourceParagraph], hosts: list[str], out: Outline) -> list[SourceParagraph]:
    """The body up to the host's thanks after the talk (主持人：感谢周教授的精彩宣讲！…, in its second half): that turn and
    all after it (the questions, the host's last words) reported."""
    for j in range(len(body) // 2, len(body)):
        tag = _turn_tag(body[j].text)
        if tag and _is_host(body[j].text, hosts) and _THANKS.match(_words(body[j].text, tag)):
            out.dropped += [DroppedLine(q.number, q.text, AFTER_TALK) for q in body[j:]]
            return body[:j]
    return body


def _without_section_marks(body: list[SourceParagraph], out: Outline) -> list[SourceParagraph]:
    """The body without its editor's marks of a transcript's parts (【主讲分享】 / ## 主讲部分), each reported; from a
    mark of the questions after the talk (【现场问答】) in the body's second half on, everything is reported."""
    kept: list[SourceParagraph] = []
    for j, p in enumerate(body):
        mark = section_mark(p.text)
        # (互动环节 on a plain line of its own keeps its questions after the closing words: speech_frame)
        if mark == "questions" and j >= len(body) // 2 and (p.heading_level or p.text.strip().startswith("【")):
            out.dropped += [DroppedLine(q.number, q.text, "讲后的问答") for q in body[j:]]
            break
        if mark == "part":
            out.dropped.append(DroppedLine(p.number, p.text, SECTION_MARK_REASON))
        else:
            kept.append(p)
    return kept


def _later_turns(body: list[SourceParagraph], speaker: str, others: list[str], out: Outline) -> list[SourceParagraph]:
    """After the speaker's first words (his tag ``speaker``): the turns of ``others`` (the hosts, and all who speak in
    turns) reported (from the host's thanks after the talk on, everything), the speaker's tags set aside."""
    kept: list[SourceParagraph] = []
    stripped: list[int] = []
    for j, p in enumerate(body):
        tag = _turn_tag(p.text)
        other = tag is not None and tag[1] != speaker and _is_host(p.text, others)
        if other and not p.heading_level and j >= len(body) // 2 and _THANKS.match(_words(p.text, tag)):
            out.dropped += [DroppedLine(q.number, q.text, AFTER_TALK) for q in body[j:]]
            break
        if other and not p.heading_level:
            out.dropped.append(DroppedLine(p.number, p.text, "主持人或听众的话"))
        elif tag is not None and tag[1] == speaker:
            stripped.append(p.number)
            kept.append(replace(p, text=_words(p.text, tag).lstrip(" \u3000")))
        else:
            kept.append(p)
    if stripped:
        where = "、".join(str(n) for n in stripped)
        out.notes.append(f"第 {where} 段开头的说话人标记“{speaker}：”已去掉")
    return kept
