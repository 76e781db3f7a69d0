"""Spoken numbering: how people number points when they speak (口头讲话实录).

The counts a speaker says (第一点是什么呢？ / 我讲的第一点 / 头一条 / 第一呢， / 先说…再说… / 一个是…另一个是… /
第一个措施是…) become label candidates (``add_spoken``); a label said at a paragraph's end takes its answer from
the next paragraph (``spoken_breaks``); ``spoken_runs`` reads a spoken run with the lists that start again inside
its items.
``reader.top_level`` weighs these runs with the written ones (``reader.label_runs``).
"""

from __future__ import annotations

import re

from ..records import replace
from ..zh.labels import LabelMatch, first_sentence_end, match_label
from ..zh.numerals import parse_chinese_number
from .announcements import announced_count
from .label_runs import (
    SPOKEN,
    SPOKEN_ONLY,
    LabelCandidate,
    LabelRun,
    ends_with_last,
    place_candidates,
    style_match,
)
from .outline_records import DroppedLine, SourceParagraph
from .outline_rules import SENTENCE_ENDS, short_sentence_line

# -- Spoken numbering: how people number points when they speak (口头讲话实录) --
#
# Forms read, from what speakers say (each has a test of its own and a near-miss in tests/reader/test_spoken_points.py):
#   第一点是什么呢？ / 第一个问题是什么？ (the answer, said next, is the heading)
#   我讲的第一点 / 我要说的第一个方面 / 我想讲的第一个意思 / 我先来讲第一个问题，就是… / 我觉得第二点的话，
#   头一个 / 头一条 (the first)
#   第一呢， / 第二点呢， / 第二个建议的话， (a particle after the ordinal), said twice in a stutter
#   第一个， (already a label: ``zh.labels``)
#   先说… / 再说… / 还有一点… / 最后说… (order words, numbered by their order)
#   一个是… / 另一个是… / 再一个是… / 还有一个是… (the same)
#   为什么要…？ / 怎么办？: short question lines in parallel over their answers (``_question_lines``)
#   the heading said on its own short line after its ordinal (第二个问题。 / then the heading line)
#   好，下面讲第二个问题。: the next point announced at the end of the paragraph before it
#   transcript debris: （掌声） （笑） dropped; 嗯 啊 那么 这个 before a label skipped
#   这是第一点。第二点，…: the next count said after the recap of the last (``_split_after_recap``)
#   现在我来讲一讲…。 / 下面谈谈…。: the speaker names his next topic on a line of its own (``_topic_lines``)
#   第一部分是…，第二部分是…: parts named in a preview, later read out as titles (``_previewed_parts``)
#   第2个问题 (digits), 关于第二个问题， / 我的第一个观点是， / 第一个问题我想讲的是…, 第一块
#   第一个关键词是“…”。 / 第二个故事， / 第三个期望就是… (the things a commencement or annual speech counts)
#   第一个措施是… / 激活人的第二个措施是… / 我遇到的第一个难点是… / 激活人的最后一个措施是… (a short phrase saying
#   whose, before the count or the thing counted; the last one numbered as 最后，); a list begun inside an item that
#   counts another thing (我给我定的第一个目标…) does not take the run's next count (第二个建议…, ``other_thing``)
# A label said at the end of a paragraph (a question, or an announcement) takes the next paragraph as its
# heading: ``spoken_breaks`` moves the paragraph break from after the label to before it.

# the things a speaker counts with 个 (第一个问题 / 第二个建议 / 第一个关键词是“…”。 / 第三个期望就是… / 第一个措施是…)
_COUNTED_THING = (
    r"(?:问题|方面|意思|建议|想法|看法|体会|要求|希望|观点"
    r"|关键词|词|故事|期望|期待|期许|心愿|愿望|嘱托|叮嘱|感悟|启示|收获|原则|目标|任务|理由|原因|变化|特点|判断|标准|关键|重点"
    r"|措施|举措|办法|难点|挑战|困难|经验|教训|感受|事儿|事情|事"  # (第一个事儿，是回款 / 第三个事情，…: a sales chief's word)
    r"|坑|误区|趋势|机会|维度|方向|心得|习惯"  # (第一个坑，… / 第二个误区，…: what a talk outside officialdom counts)
    r"|约定|承诺|忠告|提醒)"  # (第一个约定，是做一个爱阅读的孩子。: a headmaster's to his pupils)
)
# a short phrase saying whose or which, before the count or the thing counted: 激活人的第二个措施 / 第一个激活人的措施 /
# 我遇到的第一个问题 / 我们的第一点
_WHOSE = r"[\u4e00-\u9fff]{1,4}?的"
_COUNTED = rf"个(?:{_WHOSE})?{_COUNTED_THING}"  # 个问题 / 个激活人的措施: a thing counted
# 第一个字是“快”。 / 最后一个字，…: the characters a speaker counts (never after a phrase saying whose: 他名字的第一个字)
_CHARACTER = r"个字"
# 第一重分量，是责任 / 第一份礼物， / 第一堂课， / 第一声感谢， / 第一笔财富，是…: a measure word and the thing counted (a commencement's counts)
_MEASURED = r"(?:重|层|份|堂|道|张|颗|束|声|笔|把(?!手))(?!要)[\u4e00-\u9fff]{1,3}?"
_SPOKEN_NOUN = rf"(?:点|条|{_COUNTED}|{_CHARACTER}|件事(?:情|儿)?|层意思|个部分|部分|块|句话|道(?:坎|关|难关|门槛)|{_MEASURED}|课(?![时程题文])|个)"  # (第一道坎，… / 第一课：…)
# a count that names what it counts (after a phrase saying whose: 我找的第一个 counts no topic)
_COUNTED_UNIT = rf"(?:第[一二三四五六七八九十1-9]{{1,3}}|最后一){_COUNTED}"
_THING_COUNTED = re.compile(rf"个(?:{_WHOSE})?({_COUNTED_THING})")


def other_thing(a: str, b: str) -> bool:
    """Two counts that name different things (我给我定的第一个目标… / 第二个建议…): the second does not go on
    a list the first started inside a run's item (a speaker may vary the noun of the run itself: 第一个期望 /
    第二个期待)."""
    x, y = _THING_COUNTED.search(a), _THING_COUNTED.search(b)
    return x is not None and y is not None and x.group(1) != y.group(1)

FILLER = r"(?:(?:好|嗯|啊|呃|哦对|哦|对(?=[，,])|那么|那个(?=[，,])|那|这个|下面|接下来|接着|然后|另外(?!一个)|同时|还有(?=第)|这(?=第)|首先(?=第一))[，,、]?\s*){0,4}"  # (还有第三点， / 首先第一个坑， / 这第三个，)
SPEAKER = r"(?:我们|我|咱们)"
_SPEAK = r"(?:讲|说|谈|分享|汇报|交流|提|强调|报告)"
# 我觉得 / 我想讲的 / 我先来讲 / 下面我讲 / 我今天想跟大家分享的 / 我要说的 / 我遇到的
_LEAD_IN = (
    rf"{FILLER}(?:关于|对于)?(?:{SPEAKER}?(?:觉得|认为)[，,]?\s*)?"
    rf"(?:{SPEAKER}的|{_WHOSE}(?={_COUNTED_UNIT})|{SPEAKER}?(?:今天)?(?:先|再|想|要|来|就|还)*(?:跟大家|给大家|和大家|向大家|同大家)?{_SPEAK}(?:一下|一讲|一谈)?的?)?"
)
_ORDINAL = r"(?:第(?P<n>[一二三四五六七八九十]{1,3}|[1-9](?!\d))|(?P<head>头一))"  # 第2个问题: a transcriber's digits
# 第二个建议的话 / 第一呢 / 第一点 / 头一条: an ordinal with what is counted or a particle (or both)
# (最后一个措施是… / 激活人的最后一个措施是… / 最后一个呢，… / 最后一条，…: the last of them, numbered as 最后， is)
_UNIT = rf"(?P<unit>{_ORDINAL}(?:{_SPOKEN_NOUN}(?:的话|呢|啊)?|(?:的话|呢))|(?P<final>最后一(?:{_COUNTED}|{_CHARACTER}|个(?=呢)|条)(?:呢)?))"
_ASK = r"(?:就)?是(?:什么|啥)(?:呢|啊)?[？?，,]"  # 第一点是什么呢？ / 第四个坑是什么呢，就是…
_SPOKEN_LABEL = re.compile(
    rf"^(?P<lead>{_LEAD_IN}){_UNIT}(?:(?P=unit))?"
    rf"(?:(?P<ask>{_ASK})\s*(?:就是|是(?![的否]))?|[，,]?{SPEAKER}?(?:想|要|先)*{_SPEAK}的(?:就)?是[，,：:]?"
    rf"|(?:[，,：:]|——)\s*(?:就是|是)?|(?:就是|是(?![的否]))[，,：:]?|(?P<stop>[。．]))\s*(?:(?:嗯|啊|呃)[，,]\s*)?"  # (第三个，嗯，改变。)
)
# 第三点刚才校长提了一个命题…: a count said with no mark after it, read only as a spoken run's next item
_BARE_UNIT = re.compile(rf"^{_ORDINAL}(?:点|个问题|个方面)(?=[\u4e00-\u9fff])(?![是的意要])")
# 先讲几句 / 再说两句 / 再说一遍 / 说到这里 / 讲清楚: saying a few words, or again, no topic named
NOT_A_TOPIC = r"(?![一两二三四五六七八九十几这那][句点个条些]|[几一]句|[一两]遍|这么|这些|这里|到这里|完了|清楚|明白|得|具体|详细|仔细|细一点|多一点)"
# order words: 先说 / 再说 / 还有一点 / 最后说; 一个是 / 另一个是 / 再一个是 (not 先说明一下，…: 说明 is a word)
_ORDER_WORD = re.compile(
    rf"^{FILLER}{SPEAKER}?(?:(?P<first>先|首先)|(?P<next>再|然后|接着|还有一点(?:体会|想法|感受|建议)?|还有一个问题|还有一个方面|还有就是)|(?P<last>最后))"
    # (最后，我讲讲…: the order word, a pause, the speaker; 讲讲 / 谈谈 said twice; 首先呢，/ 还有就是，: a spoken pause)
    rf"(?:(?<=点)|(?<=体会)|(?<=想法)|(?<=感受)|(?<=建议)|(?<=问题)|(?<=方面)|(?<=首先)呢(?=[，,])|(?<=还有就是)|(?:[，,]\s*{SPEAKER})?(?:来|再)?(?:说(?![明服])|讲(?![究座])|谈(?!判))(?:一下|一说|一谈|(?<=说)说|(?<=讲)讲|(?<=谈)谈)?)"
    rf"[，,：:]?\s*{NOT_A_TOPIC}(?=[\u4e00-\u9fff“])"
)
_BARE_GE = re.compile(r"^第[一二三四五六七八九十]个[，,]")  # (第三个，…: counted by 个 alone, as 一个是 counts; not 第三个问题，)
_SAYING = re.compile(r"[说讲谈]")  # (先说 / 再讲讲 / 最后谈谈: the order word said with the verb of what he does)
# 再一个 / 还有一个 / 另外一个: the next of them, as a speaker goes on (also after a spoken count: ``_ONE_MORE``)
_GOING_ON = ("再一个", "还有一个", "另外一个")
# (再一个，就是… / 还有一个，…: the comma a speaker pauses at in place of 是; 最后一个，…: the last of them)
_ONE_OF = re.compile(
    # (最后再讲一点，就是…: the last one, said as a speaker adds it)
    # (还有一个事情，顺便讲一下，… / 最后还有一点，就是…: one more thing added after the count)
    # (再一个事情，就是…: the thing named after the word he goes on with; 还有一个事情， adds one, below)
    rf"^{FILLER}(?:(?P<first>一个)|(?P<next>另一个|(?:再一个|另外一个)(?:事情|事儿)(?=[，,])|{'|'.join(_GOING_ON)}|第二个)"
    rf"|(?P<last>最后一个|最后(?:再|还)?(?:讲|说|强调|提)(?:一点(?=[，,：:])|一句(?=[，,：:][^。！？!?]*[。！？!?]?$))|最后还有一点(?=[，,：:])|还有一个(?:事情|事儿)(?=[，,])))"
    # (再一个，第三个，是…: the speaker names its count too, after the word he goes on with)
    r"(?:(?:呢|就)?是[，,：:]?|(?<!^一个)[，,：:]\s*(?:第[一二三四五六七八九十]+个[，,]\s*)?(?:就是|是(?![的否]))?)\s*"
)
# 再一个，… / 还有一个，… after a spoken count (第一个意思，… 第二个意思，…): its next item
_ONE_MORE = re.compile(f"^(?:另外)?(?:{'|'.join(_GOING_ON)})")  # (另外还有一个，…: the same, said twice over)


def _going_on(c: LabelCandidate) -> bool:
    """The paragraph opens with a word a speaker goes on with (再一个，/ 还有一个，/ 另外一个，)."""
    return any(x.style == "一是" and x.index is None and _ONE_MORE.match(x.label) for x in c.matches)


def _said_later(starts: list[LabelCandidate], style: str, index: int) -> bool:
    """A paragraph among ``starts`` opens with the count ``index`` in ``style`` or another spoken style a speaker
    switches to (第二个问题，… / 三是…)."""
    styles = (style, "第一，", "一是", "首先") if style in ("第一，", "一是", "首先") else (style,)
    return any(x.style in styles and x.index == index for c in starts for x in c.matches)


def _ordinal_number(m: re.Match[str]) -> int | None:
    """The number an ``_ORDINAL`` says: 头一 is 1, 第2 and 第二 are 2."""
    token = m.group("n")
    return 1 if m.group("head") else int(token) if token.isdigit() else parse_chinese_number(token)


def _spoken_ordinal(text: str) -> list[LabelMatch]:
    """A spoken count opening ``text`` (我想讲的第二点是什么呢？ / 我觉得第二点的话， / 头一条， / 先说…) as a
    label of style 第一， (首先 or 一是 for order words), or []. Order words have no index (None)."""
    m = _SPOKEN_LABEL.match(text)
    if m and m.group("final"):
        return [LabelMatch("首先", None, text[: m.end()].rstrip(), m.end())]
    if m:
        n = _ordinal_number(m)
        if n:
            return [LabelMatch("第一，", n, text[: m.end()].rstrip(), m.end())]
        return []
    m = _ORDER_WORD.match(text)
    if m:
        return [LabelMatch("首先", 1 if m.group("first") else None, text[: m.end()].rstrip(), m.end())]
    m = _ONE_OF.match(text)
    if m and m.group("last"):
        return [LabelMatch("首先", None, text[: m.end()].rstrip(), m.end())]  # (最后一个，: as 最后， is)
    if m:
        return [LabelMatch("一是", 1 if m.group("first") else None, text[: m.end()].rstrip(), m.end())]
    return []


def _bare_ordinal(text: str) -> list[LabelMatch]:
    """第三点刚才…: a count with no mark after it (a transcript drops the comma)."""
    m = _BARE_UNIT.match(text)
    n = _ordinal_number(m) if m else None
    return [LabelMatch("第一，", n, text[: m.end()], m.end())] if m and n else []


# （掌声） （笑） （热烈鼓掌） [掌声]: the transcriber's notes of the hall, not the speaker's words
_HALL_NOTE = re.compile(
    r"[（(\[【]\s*(?:全场|众人?|热烈|长时间|会场)?(?:掌声|鼓掌|笑声?|大笑|哄笑|笑)(?:雷动|不断|经久不息)?\s*[）)\]】]"
    # （全场：有！有！有！） / （众人齐声：好！）: the hall's answer to the speaker's call
    r"|^[（(]\s*(?:全场|众人?|台下|大家|全体)(?:齐声)?(?:高呼|回答|答)?[：:][^（）()]{1,20}[）)]$"
)
HALL_NOTE_REASON = "现场记录"
_CLAUSE_START = re.compile(r"[，,。！？!?；;]\s*")


def _final_label(text: str) -> int | None:
    """Where a spoken label that ends ``text`` starts (…我觉得第一点是什么呢？ / …好，下面讲第二个问题。 /
    第二个问题。), at a clause start, with nothing said after it; None if none does."""
    starts = [0] + [m.end() for m in _CLAUSE_START.finditer(text) if m.end() < len(text)]
    for k in starts[-3:]:
        tail = text[k:]
        m = _SPOKEN_LABEL.match(tail)
        if m and m.end() >= len(tail.rstrip()) and (m.group("ask") or m.group("stop") or k == 0):
            return k
    return None


def spoken_breaks(paras: list[SourceParagraph], dropped: list[DroppedLine] | None = None) -> list[SourceParagraph]:
    """Hall notes dropped (each added to ``dropped``, for the report); a spoken label said at the end of a paragraph
    (a question: 第一点是什么呢？, an announcement: 下面讲第二个问题。, or the label alone: 第二个问题。) opens a
    paragraph with the answer said after it: the break moves from after the label to before it."""
    out: list[SourceParagraph] = []
    for p in paras:
        if "笑" in p.text or "掌" in p.text or p.text.startswith(("（", "(")):
            notes = [m.group() for m in _HALL_NOTE.finditer(p.text)]
            if dropped is not None:
                dropped += [DroppedLine(p.number, note, HALL_NOTE_REASON) for note in notes]
            text = _HALL_NOTE.sub("", p.text).strip()
            if not text:
                continue
            if notes:
                p = replace(p, text=text)
        out.append(p)
    out = [piece for p in out for piece in _split_after_recap(p)]
    out = _first_topic_apart(out)
    out = _first_one_apart(out)
    out = _gap_filled(out)
    k = 0
    while k < len(out) - 1:
        p, q = out[k], out[k + 1]
        at = _final_label(p.text) if "第" in p.text or "头一" in p.text else None
        if at is None or p.heading_level or q.heading_level or match_label(q.text) or _spoken_ordinal(q.text):
            k += 1
            continue
        joined = SourceParagraph(p.number, p.text[at:] + q.text, 0, False)
        head = [SourceParagraph(p.number, p.text[:at].rstrip(), p.heading_level, p.is_title, p.bold_lead, p.bold_phrases)]
        out[k : k + 2] = (head if at else []) + [joined]
        k += 1 + bool(at)
    return out


def _order_topic(text: str, which: str) -> bool:
    """我先讲讲当前面临的形势。 (``which``: first) / 下面，我再讲讲… (next) / 最后，我讲讲… (last): a short sentence of its own
    in which the speaker names the topic he takes in that order."""
    m = _ORDER_WORD.match(text)
    return m is not None and bool(m.group(which)) and short_sentence_line(text)


def _first_topic_apart(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """…坚决守护好这份“救命钱”。我先讲讲当前面临的形势。 / (text) / 下面，我再讲讲今年的重点任务。 / … / 最后，我讲讲…:
    the first topic named at the end of the opening's paragraph, the next ones on lines of their own: the first is set
    apart, a line as the others are (none of them said so: nothing changes)."""
    later = [k for k, p in enumerate(paras) if _order_topic(p.text, "next") or _order_topic(p.text, "last")]
    if not later or any(_order_topic(p.text, "first") for p in paras):
        return paras
    for k in range(later[0] - 1, 0, -1):
        p = paras[k - 1]
        ends = [m.end() for m in re.finditer(f"[{SENTENCE_ENDS}]", p.text.rstrip("。．"))]
        if not ends or p.heading_level or not _order_topic(p.text[ends[-1] :].strip(), "first"):
            continue
        head = SourceParagraph(p.number, p.text[: ends[-1]].rstrip(), p.heading_level, p.is_title, p.bold_lead, p.bold_phrases)
        return [*paras[: k - 1], head, SourceParagraph(p.number, p.text[ends[-1] :].strip()), *paras[k:]]
    return paras


def _parted(p: SourceParagraph, end: int, start: int) -> list[SourceParagraph]:
    """``p`` parted in two: its text up to ``end`` (its marks kept) and from ``start`` (a paragraph of text)."""
    head = SourceParagraph(p.number, p.text[:end].rstrip(), p.heading_level, p.is_title, p.bold_lead, p.bold_phrases)
    return [head, SourceParagraph(p.number, p.text[start:])]


_SENTENCE_START = re.compile(rf"(?<=[{SENTENCE_ENDS}])\s*(?=第|最后一)")


def _count_at(text: str) -> int | None:
    """The number a spoken count opening ``text`` says (第三个事情，… → 3), or None."""
    found = [m.index for m in _spoken_ordinal(text) if m.style == "第一，" and m.index]
    return found[0] if found else None


def _gap_filled(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """第二个事情，… / …那就先讲。第三个事情，交通要打通。… / 第四个事情，…: the one count of a spoken run that a
    paragraph holds after a sentence's end, between the paragraphs that open with the counts before and after it (an
    aside before it, or a hall note dropped), opens a paragraph of its own."""
    counts = [_count_at(p.text) for p in paras]
    for k, p in enumerate(paras):
        if counts[k] is not None or p.heading_level:
            continue
        before = next((c for c in reversed(counts[:k]) if c is not None), None)
        after = next((c for c in counts[k + 1 :] if c is not None), None)
        if before is None or after != before + 2:
            continue
        for m in _SENTENCE_START.finditer(p.text):
            if _count_at(p.text[m.end() :]) == before + 1:
                return _gap_filled([*paras[:k], *_parted(p, m.start(), m.end()), *paras[k + 1 :]])
    return paras


_FIRST_ONE = re.compile(rf"(?<=[{SENTENCE_ENDS}])\s*(?=一个是)")
# 我说几个事。 / 讲两个事情。 / 强调三点。: the sentence that says a speaker's items are coming
_SAYS_ITEMS = re.compile(r"(?:说|讲|谈|提|强调|交代)(?:一下)?[几两二三四五六七八九十]+(?:个|件|点|条)(?:事情?|事儿|问题|方面|意见|要求)?[。！!：:]$")


def _first_one_apart(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """我说几个事。一个是煤要备足。… / 再一个是管网要查好。… / 还有就是…: the first of a speaker's "one is…, another
    is…" said right after the sentence that says items are coming (``_SAYS_ITEMS``), in the paragraph before the next
    one opens (再一个是 / 另一个是 / 还有一个是 / 还有就是): it opens a paragraph of its own, as the others do. Once in a
    speech (its first such paragraph)."""
    for k in range(len(paras) - 1):
        p, q = paras[k], paras[k + 1]
        follows = _spoken_ordinal(q.text)
        if p.heading_level or not any(m.index is None and m.style in ("一是", "首先") and not m.label.startswith("最后") for m in follows):
            continue
        if _spoken_ordinal(p.text):
            return paras  # (the paragraph is an item itself: the list started before it)
        m = _FIRST_ONE.search(p.text)
        said = re.findall(rf"[^{SENTENCE_ENDS}]*[{SENTENCE_ENDS}]", p.text[: m.start()]) if m else []
        if not said or not _SAYS_ITEMS.search(said[-1].strip()):
            continue
        return [*paras[:k], *_parted(p, m.start(), m.end()), *paras[k + 1 :]]
    return paras


LABEL_REACH = 80  # characters; a label, spoken lead-in and all, opens within this many

# 这是第一点。 / 第一个问题就讲到这里。 / 以上是第二个方面。: the speaker closes a point by its count
_RECAP = re.compile(
    r"(?:(?:这|以上|上面)(?:就)?是[^。！？!?]{0,10}第(?P<a>[一二三四五六七八九十]|[1-9])"
    r"|第(?P<b>[一二三四五六七八九十]|[1-9])[^。！？!?，,]{0,6}(?:就|先)?(?:讲|说|谈)(?:到这里|到这儿|完了|这些|这么多))"
    r"[^。！？!?]{0,8}[。！!]\s*"
)


def _split_after_recap(p: SourceParagraph) -> list[SourceParagraph]:
    """…这是第一点。第二点，…: the next point said in the paragraph that closes the one before, after the
    recap of its count, opens a paragraph of its own."""
    if "第" not in p.text or p.heading_level:
        return [p]
    for m in _RECAP.finditer(p.text):
        token = m.group("a") or m.group("b")
        n = int(token) if token.isdigit() else parse_chinese_number(token)
        opening = p.text[m.end() : m.end() + LABEL_REACH]
        found = match_label(opening) or _spoken_ordinal(opening)
        if opening and n and any(x.style == "第一，" and x.index == n + 1 for x in found):
            head, tail = _parted(p, m.end(), m.end())
            return [head, *_split_after_recap(tail)]
    return [p]


def _more_under_lines(items: list[LabelCandidate], c: LabelCandidate, body: list[SourceParagraph]) -> bool:
    """第一个希望：保持好奇心 / … / 第三个希望：常回家看看 / … / 还有一点，走上社会以后，…。: one more thing said in the
    text under the last of a count set out on heading lines of their own (not its 最后，…): that part's text, no item
    of the count (``add_added_point`` weighs it)."""
    return (
        all(_heading_on_its_line(body[d.para].text) for d in items)
        and not _heading_on_its_line(body[c.para].text)
        and not any(x.label.startswith("最后") for x in c.matches)
    )


# 另外，我再说一下秸秆禁烧。 / 另外，再强调一下…: a word more under the count's last point, as ten writers of ten read it
# (gz12, ih12, qb13, sb14, uh14, uk22, vl07, vq05, vq16, vq23)
_WORD_MORE = re.compile(r"^另外[，,]?\s*我?再(?:说|讲|强调|提)一下")


def _opens_last_lines_text(items: list[LabelCandidate], c: LabelCandidate, body: list[SourceParagraph]) -> bool:
    """第一个字：稳 / … / 第四个字：暖 / 最后一个字，我想说的是暖。…: the 最后 said in the paragraph right under the last
    of a count set out on heading lines of their own opens that line's text; it is no item after it."""
    return c.para == items[-1].para + 1 and all(_heading_on_its_line(body[d.para].text) for d in items)


def spoken_runs(cands: list[LabelCandidate], body: list[SourceParagraph]) -> list[LabelRun]:
    """Runs of spoken counts read with their nesting: after item n of the run, a count that starts again
    at 1 opens a list inside item n, and its 2, 3 … belong to that list; the next count of the run is
    n + 1 (or n + 2, one lost) said outside it (我先来讲第一个问题… 第一点，… 我觉得第二点的话，… 我想讲的第二点
    是什么呢？); 最后， after the second ends it. Order words (先说 / 再说 / 最后说; 一个是 / 另一个是) number
    on in their order. Only runs with a spoken label in them: written numbering is ``label_runs``' work, and a
    count read only in a spoken run (第三点刚才… / a part named in a preview) does not start one."""
    starts = [c for c in cands if c.at_start]
    runs: list[LabelRun] = []
    for style in ("第一，", "首先", "一是"):
        for k, c0 in enumerate(starts):
            m0 = style_match(c0, style)
            if m0 is None or m0.index != 1 or c0.spoken == SPOKEN_ONLY:
                continue
            items, last, inner = [c0], 1, 0
            said_again = False  # 一个是 said a second time as the run's second (``"one is…, one is…"``)
            inner_label = ""  # the label of the inner list's last item
            aside = False  # a 再一个，/ 还有一个， passed over inside an item: this speaker's aside, never the next count
            ones = False  # an item of the 首先 count holds a list of its own said 一个是…: its 再一个是… go on with that list
            counted_before = style == "一是" and any(style_match(d, "第一，") for d in starts[:k])
            # (…when the count goes on with an order word of its own later: 先说… 再说… / 首先… 其次…; 我先说说…的几个特点
            # 吧。 一个是… 再一个是… with no 再说 after it counts on with 再一个是)
            said_on = style == "首先" and any((x := style_match(d, "首先")) is not None and x.index != 1 for d in starts[k + 1 :])
            for j, c in enumerate(starts[k + 1 :], k + 1):
                going_on = _going_on(c)
                m = style_match(c, style)
                if said_on and m is None and (one := style_match(c, "一是")) is not None and one.index == 1:
                    ones = True  # (先说成绩。… 一个是安全零事故。… 再一个是…: the achievements' list, inside 先说)
                if (
                    m is None and style in ("第一，", "一是") and ends_with_last(last) and not inner
                    and any(x.style == "首先" and x.index is None and (not _WORD_MORE.match(x.label) if style == "第一，" else x.label.startswith("最后一")) for x in c.matches)
                ):  # 最后是…: the last one (一个是… 再一个，… 还有一个，… 最后一个呢，… too, said with 一个; not 另外，我再说一下…)
                    if not _more_under_lines(items, c, body) and not _opens_last_lines_text(items, c, body):
                        items.append(c)
                    break
                if m is None and style == "首先" and going_on and not ones and (c0.spoken or (last >= 2 and _right_after(starts, items[-1], j))):
                    # (首先呢，… 另外一个，就是… 还有一个，… 最后讲一句，…: order words and going-on words, one count; 首先，…
                    # 其次，… 再一个，… written: the third said as a speaker goes on, right after the second; not after
                    # the count's 第三，/最后， a written run reads)
                    items.append(c)
                    last += 1
                    continue
                if m is None and style == "第一，" and going_on and not inner:
                    # 第一个意思，… 第二个意思，… 再一个，… (or 第一，… 第二，… 再一个，…): the next one, said the way a speaker
                    # goes on; not when the speaker said it inside an item before (第一个事儿，… 还有一个，… 第二个事儿)
                    # (第一个问题，… 再一个，… 还有一个，… 最后，…: after the first alone, when no 第二 of the count comes later and
                    # another goes on after this one, the speaker counts on this way from the start; one 再一个， alone
                    # after the first goes on in its text)
                    # (第一点，… 第二，… 再一个，… 还有一个，… 三是…: the number after the count's comes later, said in a
                    # style of the count's: the going-on words are inside the second)
                    counts_on = (ends_with_last(last) and not _said_later(starts[j + 1 :], style, last + 1)) or (
                        last == 1 and not _said_later(starts[j + 1 :], style, 2) and any(_going_on(d) for d in starts[j + 1 :])
                    )
                    if counts_on and not aside:
                        items.append(c)
                        last += 1
                    aside = aside or not counts_on
                    continue
                if m is None and style == "一是" and not counted_before and c0.spoken and not inner and ends_with_last(last):
                    # (一个是，… 再一个是，… 第三个，… 最后一个，…: the speaker counts his third by its number; not when a
                    # count of his (第二个问题，…) stands before the list, which may hold it)
                    x = style_match(c, "第一，")
                    if x is not None and x.index == last + 1 and _BARE_GE.match(x.label):
                        items.append(c)
                        last += 1
                        continue
                if m is None:
                    continue
                index = m.index
                if index is None:  # an order word: the next one
                    # (先说成绩。… 还有就是老师们的负担。… 最后说说下学期。: a count said with 说 goes on with 说; a word
                    # without it goes on with the list inside the item before)
                    said = not (_SAYING.search(m0.label) and not _SAYING.search(m.label))
                    if c.spoken and c0.spoken and style != "第一，" and said:  # (先说 … 再说; 首先 … 其次 … 再说， is "besides")
                        items.append(c)
                        last, ones = last + 1, False
                    continue
                # (第三，… 头一个方面，… 第二个方面，… 第三个方面，… 第四点，…: the inner list names what it counts, the
                # number after it names nothing and goes on from the run's own: the run's next, not the list's)
                outer_next = index == last + 1 and _THING_COUNTED.search(inner_label) is not None and _THING_COUNTED.search(m.label) is None
                if inner and index == inner + 1 and not other_thing(inner_label, m.label) and not outer_next:
                    inner, inner_label = index, m.label
                elif last < index <= last + 2:
                    items.append(c)
                    last, inner = index, 0
                elif index == 1 and style == "一是" and c0.spoken and last == 1 and not inner and c.para == c0.para + 1:
                    items.append(c)  # (一个是“聚焦”。… 一个是“数字化”。… 还有一个是…, paragraph after paragraph: "one is…, one is…", a list only
                    last, said_again = 2, True  # when a word that goes on ends it)
                elif index == 1 and style == "一是" and c0.spoken and last >= 2:
                    break  # (一个是… 再一个是…, then 一个是… again: the speaker's next list, under another part)
                elif index == 1:
                    inner, inner_label = 1, m.label
            if said_again and not any(x.label.startswith(("还有", "再", "另", "最后")) for c in items[2:] for x in c.matches):
                continue
            if len(items) >= 2 and any(c.spoken for c in items) and not any(r.items == items for r in runs):
                runs.append(LabelRun(style, items, last))
    return runs


# 我的内容分了三个部分，第一部分是宏观形势…，第二部分是…，第三部分是…: the parts named before they are said
_PREVIEW_PART = re.compile(r"第([一二三四五六七八九十])个?(?:部分|方面|问题)(?:是|讲|谈|为)?[，,：:]?([^，,。；;：:！？]{2,20})")
PREVIEW_LEAD = 16  # characters; a part's name said as the first sentence of its paragraph is short


def _right_after(starts: list[LabelCandidate], item: LabelCandidate, j: int) -> bool:
    """No count's label (首先 / 第一， styles) opens a paragraph between ``item`` and ``starts[j]``."""
    between = starts[starts.index(item) + 1 : j]
    return not any(style_match(d, "首先") or style_match(d, "第一，") for d in between)


def _alike(a: str, b: str) -> bool:
    """Two names of one thing: nearly every character of the shorter (four or more) is in the longer."""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and sum(ch in longer for ch in shorter) >= 0.8 * len(shorter)


def _previewed_parts(cands: list[LabelCandidate], body: list[SourceParagraph], labelled: set[int]) -> None:
    """The opening names the parts (第一部分是…，第二部分是…，第三部分是…); a later paragraph with no label
    whose short first sentence is one of the names (基本态势展望。…) opens that part: a count read only
    in a spoken run (the speaker read the part's title, its number unsaid)."""
    for i, p in enumerate(body[: len(body) // 3 + 1]):
        parts = _PREVIEW_PART.findall(p.text)
        if len(parts) < 2 or [parse_chinese_number(n) for n, _ in parts] != list(range(1, len(parts) + 1)):
            continue
        at = 1
        for j in range(i + 1, len(body)):
            if j in labelled or body[j].heading_level:
                continue
            lead = body[j].text[: first_sentence_end(body[j].text)].rstrip("。．")
            n = next((n for n, (_, name) in enumerate(parts, start=1) if n > at and len(lead) <= PREVIEW_LEAD and _alike(lead, name)), None)
            if n is not None:
                cands.append(LabelCandidate(j, 0, [LabelMatch("第一，", n, "", 0)], True, spoken=SPOKEN_ONLY))
                at = n
        return


def add_spoken(cands: list[LabelCandidate], body: list[SourceParagraph]) -> None:
    """Spoken counts opening paragraphs that hold no written label (``_spoken_ordinal``, ``_bare_ordinal``)."""
    labelled = {c.para: c for c in cands if c.at_start and c.pos == 0}
    for i, p in enumerate(body):
        if p.heading_level:
            continue
        found = _spoken_ordinal(p.text)
        if i in labelled:
            # 第一个问题是什么呢？是人才。: the written label (第一个问题是) stops short of the question it asks
            c = labelled[i]
            if not c.spoken and any("呢" in m.label for m in c.matches):
                c.spoken = SPOKEN  # (首先呢，… / 第一呢，…: a label said with a spoken particle is a speaker's count)
            if found and any(q in found[0].label for q in "？?") and any(m.style == "第一，" and m.index == found[0].index for m in c.matches):
                c.matches = [found[0] if m.style == "第一，" else m for m in c.matches]
                c.spoken = SPOKEN
            elif (
                found and found[0].style == "首先" and found[0].index is None and not c.spoken
                and [(m.style, m.index) for m in c.matches] == [("首先", None)] and len(found[0].label) > len(c.matches[0].label)
            ):  # 最后，我讲讲工作要求。: the written 最后， is a speaker's order word naming his last topic
                c.matches, c.spoken = found, SPOKEN_ONLY
            continue
        if found and found[0].index is None and _ASIDE.match(p.text):
            continue  # 还有一点我要特别提醒：…: an aside, no point
        if found and found[0].end >= len(p.text.rstrip()):
            continue  # 下面我们来讲第二块。 over 第二块，现状。: an announcement of the count said next, no point
        if found and found[0].style == "一是" and found[0].index == 1 and _counted_on(body, i):
            found = [LabelMatch("第一，", 1, found[0].label, found[0].end)]  # 一个是… 第二个是…: one list
        if found:
            cands.append(LabelCandidate(i, 0, found, True, spoken=SPOKEN if found[0].index is not None else SPOKEN_ONLY))
            if found[0].index == 2 and (first := _first_said_before(body, i, found[0], cands)) is not None:
                cands.append(first)
        elif found := _bare_ordinal(p.text):
            cands.append(LabelCandidate(i, 0, found, True, spoken=SPOKEN_ONLY))
        elif _BARE_FIRST.match(p.text) and _second_follows(body, i):
            cands.append(LabelCandidate(i, 0, [LabelMatch("首先", 1, "首先", 2)], True, spoken=SPOKEN))
    _previewed_parts(cands, body, {c.para for c in cands if c.at_start})



# 首先数据库是科技重器。 / … / 第二是…: a transcript's 首先 with no comma after it
_BARE_FIRST = re.compile(r"首先(?=[\u4e00-\u9fff])(?!是|要|的|就|得|需要|必须|应该|我|咱|大家|请|感谢|欢迎|向|对|代表|祝)")
SECOND_WITHIN = 4  # paragraphs after a bare 首先 within which its second item opens


def _second_follows(body: list[SourceParagraph], i: int) -> bool:
    """A paragraph soon after ``i`` opens the second item of a count said in ordinals (第二是… / 第二，…), none labelled
    between (首先我要感谢… / 其次，非常感谢…: a pair of thanks, not a count's items)."""
    for p in body[i + 1 : i + 1 + SECOND_WITHIN]:
        found = match_label(p.text)
        if found:
            return any(m.style == "第一，" and m.index == 2 and m.label.startswith("第") for m in found)
    return False


FIRST_SAID_BEFORE = 8  # paragraphs back, at most, where a count's first item said inside a paragraph is looked for


def _first_said_before(body: list[SourceParagraph], i: int, second: LabelMatch, cands: list[LabelCandidate]) -> LabelCandidate | None:
    """…这里面的第一个挑战就是 Service Mesh 场景下…。 / … / 第二个挑战就是…: a spoken count whose second item opens paragraph
    ``i`` and whose first the speaker said inside a paragraph a little before, in the same words but for the number
    (no labelled paragraph between): that first item, as a candidate inside its paragraph."""
    if not second.label.startswith("第二"):
        return None
    words = "第一" + second.label[2:]
    opened = {c.para for c in cands if c.at_start}  # (先说第一个事，…: a first that opens its paragraph is no inline one)
    for k in range(i - 1, max(-1, i - 1 - FIRST_SAID_BEFORE), -1):
        if k in opened or body[k].heading_level:
            return None
        pos = body[k].text.find(words)
        if pos > 0:
            return LabelCandidate(k, pos, [LabelMatch("第一，", 1, words, len(words))], False, spoken=SPOKEN)
    return None


def _counted_on(body: list[SourceParagraph], i: int) -> bool:
    """The next paragraph after ``i`` that opens with a count says 第二个 (一个是… 第二个是…), not 另一个."""
    for p in body[i + 1 :]:
        found = match_label(p.text) or _spoken_ordinal(p.text)
        if found:
            return any(m.style == "第一，" and m.index == 2 for m in found)
    return False


ADDED_STYLE = "又及"  # a point the speaker adds after his count's last (``add_added_point``)
ANNOUNCED_STYLE = "又讲"  # a part the speaker announces after his count's last, its own list under it (``add_announced_part``)
# 最后，讲几点要求。 / 同时，我再提几点要求： / 最后，我讲两点要求：: a paragraph of its own that announces a part of
# demands after the count's last point (jp03, jp14, jl25)
_ANNOUNCED_PART = re.compile(
    r"^(?:(?:最后|同时|另外|此外)[，,]?\s*)?我?(?:再|还)?(?:讲|提|强调|说)(?:一下)?[几两二三四五]点(?:要求|意见|希望)[。：:]?$"
)


def add_announced_part(cands: list[LabelCandidate], body: list[SourceParagraph], after: int) -> None:
    """The one paragraph after paragraph ``after`` (the count's last item) that announces a part of demands (最后，讲几
    点要求。) right over a list that starts at its first (第一，… / 1.… / 一是…): a point of the count, the paragraph
    its heading, the list under it. Offered as the candidate's last reading."""
    found = [i for i in range(after + 1, len(body) - 1) if _ANNOUNCED_PART.match(body[i].text.strip())]
    if len(found) != 1 or not any(m.index == 1 for m in match_label(body[found[0] + 1].text)):
        return
    _offer_last_reading(cands, found[0], ANNOUNCED_STYLE)


def _offer_last_reading(cands: list[LabelCandidate], para: int, style: str) -> None:
    """Offer paragraph ``para``'s opening as a label of ``style``, the last reading of its candidate (one is placed
    when it has none)."""
    reading = LabelMatch(style, None, "", 0)
    own = next((c for c in cands if c.para == para and c.at_start), None)
    if own is not None:
        own.matches = [*own.matches, reading]
    else:
        place_candidates(cands, list(cands), [LabelCandidate(para, 0, [reading], True)])


def add_bold_last_point(cands: list[LabelCandidate], body: list[SourceParagraph], run: LabelRun) -> None:
    """我讲三点意见。 / **第一，…。** / **第二，…。** / **做实家庭医生签约服务。**…: the count's last point said in a bold
    lead as its others are, its label left off. Offered (as one more point, ``ADDED_STYLE``) when the count announced
    before the run is one more than the run, every point of the run opens with a bold lead, and one paragraph after
    the run's last does, no label in it or after it."""
    if len(run.items) < 2 or announced_count(body, run.items[0].para) != len(run.items) + 1:
        return
    if not all(body[c.para].bold_lead for c in run.items):
        return
    found = [i for i in range(run.end + 1, len(body)) if body[i].bold_lead]
    if len(found) != 1 or any(c.para >= found[0] for c in cands if c.at_start):
        return
    _offer_last_reading(cands, found[0], ADDED_STYLE)


# 另外还有一个事，… / 当然，还有一条，… / 还有最后一点，…: a speaker adding one more point after his count's last (not
# 我还要强调一点，…: what he stresses goes on with the last point, as most writers read it)
# (哦对，还有一个事，…: a transcript's filler before it)
# (另外，还有一点我要补充一下，… / 还有个事儿，… / 另外再讲一点，… / 另外我再补充一点，…: hp03, hp08, hn25, hi05)
_ADDED_POINT = re.compile(
    r"^(?:(?:嗯|哦对|哦|对)[，,])?(?:(?:当然|另外|此外)[，,]?)?"
    r"(?:还有(?:最后)?(?:一点|一条|一?个事(?:情|儿)?|一件事(?:情|儿)?)(?:[，,]|我?要?补充一下[，,])|再(?:讲|说)一点[，,]|我?再补充一点[，,]|我?再多(?:说|讲)一(?:条|点)[，,]|我?再加一条[，,]"
    # (最后，我再强调一下责任落实问题。 / 最后再强调一下值班的事。: the last topic he names after his count, as five
    # writers of six read it: hz12, ht04, ht21, hu12, ho17; not hq14's)
    # (还有就是，我要专门讲一下应急准备的问题。: the same, said as one more topic of its own (uy09); 另外，我再强调一下
    # 行业作风问题。 is a word more under the last point, as six writers of seven read it: qb13, sb14, sf19, ue18, ug15,
    # uh14, not uy22; 最后我再强调一下，安全生产。: the topic after a pause, uy03)
    r"|(?P<last_topic>(?:最后[，,]?\s*我?(?:再|还)|还有就是[，,]?\s*我还?要(?:专门|重点))(?:强调|讲|说|谈)(?:一下|一讲|一谈|讲|说|谈))"
    r"[，,]?(?=(?P<topic>[^。！？!?，,：:]{2,20})[。：:]))"
)
_COUNT_NOUN = re.compile(r"^\W{0,2}第[一二三四五六七八九十]+(条|点|件事)")  # 第三条，… / 第三件事，是…: what the count counts
# 还有个事，我顺便说一下。…: one more thing whose first sentence names no topic, said in passing (gc06): no point
# (还有一个事，我顺带说一句。… / …我顺便讲一下，不算一点啊。: said in passing, or said to be no point, as if07's and
# if18's writers read them)
_NO_TOPIC = re.compile(r"^[^。！？!?]{0,16}(?:(?:说|讲|提)(?:一下|一句)[。！？!?]|(?:说|讲|提)一下[，,]\s*不算)")
# 四、最后说说自身: a count its speaker ended with a numbered 最后 has no point added after it (还有一条，… is that
# point's text); after 首先… 其次… 最后，… (the order words' own last) 还有一点，就是… is one more (hz10)
_ENDED_LAST = re.compile(r"^\W{0,2}(?:[一二三四五六七八九十]+[、，,.．]|第[一二三四五六七八九十]+[、，,点]?)\s*最后")


# 还有一点我要特别提醒：… / 还有一点要提醒的，就是…: one more thing a speaker reminds his hearers of after his count,
# an aside, no point of it (gs07, hk17 of the everyday suite; 还有一个事，我顺便说一下，… is one more point, as four
# writers of five read it: e10, gi20, go02, z17, not hk02)
_ASIDE = re.compile(r"^[^。！？：:]{0,8}还有一(?:点|个|件)[^。！？]{0,8}?提醒")


def _heading_on_its_line(text: str) -> bool:
    """3. 关于干部作风建设: a heading on a line of its own (one sentence that ends no sentence), its text under it."""
    return len(text) <= HEADING_LINE and text[-1:] not in "。！？!?；;：:" and first_sentence_end(text) >= len(text)


HEADING_LINE = 40  # characters, at most, of a heading line


def _last_part_holds(body: list[SourceParagraph], after: int, topic: str) -> bool:
    """最后，我再强调一下作风和纪律问题。 under 四、关于作风和纪律 (the topic the last part's heading names), or under a
    Markdown heading (## 总结与展望 … 最后再说一下 2020 年。): the last part's own last words, no point added."""
    heading = body[after].text
    return bool(body[after].heading_level) or any(topic[k : k + 3] in heading for k in range(len(topic) - 2))


def add_added_point(cands: list[LabelCandidate], body: list[SourceParagraph], after: int) -> None:
    """One paragraph after paragraph ``after`` (the count's last item) that adds a point in the speaker's words
    (另外还有一个事，就是安全。…), with no paragraph after it opening with a label: a point of the count, its
    lead sentence, words and all, the heading. Offered as the candidate's last reading (the walk takes it only
    after a count of two points at least, when no other reading of the paragraph is taken)."""
    if _ENDED_LAST.match(body[after].text):
        return
    found = [
        i for i in range(after + 1, len(body))
        if _ADDED_POINT.match(body[i].text) and not _ASIDE.match(body[i].text) and not _NO_TOPIC.match(body[i].text)
    ]
    # (第三条，… / …还有一点，整改的成效… / 还有一条，我顺便说一下，就是…: the one that counts by the count's own noun)
    if len(found) > 1 and (noun := _COUNT_NOUN.match(body[after].text)):
        found = [i for i in found if re.match(rf"^[^。！？，,]{{0,4}}还有(?:最后)?一{noun.group(1)}", body[i].text)]
    if len(found) != 1 or any(c.at_start and c.para > found[0] for c in cands):
        return
    said = _ADDED_POINT.match(body[found[0]].text)
    if said.group("last_topic") and _last_part_holds(body, after, said.group("topic")):
        return
    last = max((c.para for c in cands if c.at_start and c.para < found[0]), default=after)  # (the count's last item)
    if not said.group("last_topic") and _heading_on_its_line(body[last].text) and not short_sentence_line(body[found[0]].text):
        # (3. 关于干部作风建设 / … / 还有一点，要关心一线职工。…: one more thing under the heading's topic, ia10; 还有一点，我要
        # 特别强调一下：农民工工资。 a line of its own, as the count's heading lines are: one more point, uq14)
        return
    _offer_last_reading(cands, found[0], ADDED_STYLE)

