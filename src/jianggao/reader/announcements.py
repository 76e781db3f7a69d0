"""What a speaker says before a list of points: 下面，我讲三点意见。

The words a count of parts is said with (三点 / 两个方面 / 几个问题 / 三句话 / 四条), a paragraph that announces the
points, and the count it announces. The top-level choice weighs a run by it, and unnumbered points are taken
as many as it says.
"""

from __future__ import annotations

import re

from ..zh.numerals import parse_chinese_number
from .outline_records import SourceParagraph

# 下面，我讲三点意见。 / 讲几点意见。 / 提两点希望。: the paragraph before the points announces them
ANNOUNCEMENT = re.compile(
    r"(讲|谈|提|强调|说|交流|汇报)[一两二三四五六七八九十几\d]+\s*(点|个方面|个问题|句话)[^。！？]{0,8}[。：:]$"
)
# the words a count of parts is said with: 三点 / 两个方面 / 几个问题 / 三句话 / 四条 / 三层意思
PART_COUNT_WORDS = r"(?:点|个方面|个问题|句话|条|层意思|个意思)"
# a count of parts said (讲三点意见： / 两个方面): its numeral; not a clock time (下午四点发了预警 / 十二点前 / 三点半)
# nor a little of something (留一点时间)
_ANNOUNCED_COUNT = re.compile(
    r"(?<![一两二三四五六七八九十几\d])(?<!上午)(?<!下午)(?<!晚上)(?<!早上)(?<!中午)(?<!凌晨)(?<!傍晚)(?<!夜里)"
    rf"([一两二三四五六七八九十几\d]+)\s*(?!点(?:钟|半|多|整|前|后|以前|左右|[零〇\d一二三四五六七八九十]+分|时间|儿|都|也|不|点|小))"
    rf"{PART_COUNT_WORDS}"
)


def announced_count(body: list[SourceParagraph], para: int) -> int | None:
    """The count announced in the paragraph before ``para`` (下面，我讲三点意见。), if any."""
    return count_in(body[para - 1].text) if para else None


def count_in(text: str) -> int | None:
    """The last count ``text`` says of parts (我们向两个孩子说三句话。 → 3), if any."""
    found = _ANNOUNCED_COUNT.findall(text)
    return count_said(found[-1]) if found else None


def count_said(token: str) -> int | None:
    """三 / 两 / 3 in an announcement: the count it says."""
    return int(token) if token.isdigit() else parse_chinese_number(token)


# …我们的主要体会是： / 主要经验有： / 我们深刻体会到：: the lessons a report draws from the part's years, a list of the part's
LESSONS_COMING = re.compile(
    r"(?:主要|深刻)?(?:体会|经验|启示|认识)(?:是|有|到)?[：:]$"
    # (我们积累了许多宝贵经验，主要包括以下几个方面。)
    r"|(?:体会|经验|启示)[^。！？：:]{0,12}?(?:以下|如下|下面)(?:几|[两二三四五六七八九十])(?:个方面|点|条)[。：:]$"
    # (“九五”时期的实践，丰富了我们…调控的经验。 / 第一，…: a paragraph that ends on the lessons the list then lays out)
    r"|(?:体会|经验|启示)。$"
)
# 我们在前进中还存在一些问题和困难。… / 同时也要看到，工作中还存在不少问题和不足。…: a paragraph that turns from a
# report's achievements to its problems (a list of them, or of their causes, may follow)
PROBLEMS_COMING = re.compile(r"^[^。！？!?]{0,24}?(?:还|也|仍然|依然)?存在(?:着)?(?:一些|不少|许多|很多)?[^。！？!?，,]{0,4}(?:问题|困难|不足|差距)")


# the paragraph before a list says it comes: 讲三点意见： / 提以下几点希望： / 有以下这么几点考虑：
LIST_COMING = re.compile(
    # (我强调三条： too; not 这句话有两层意思：, what another's words mean)
    r"(几点|以下|如下|下面|[一两二三四五六七八九十]+\s*(?:点|个方面|个问题|句话|条))[^。！？]{0,12}[：:]$"
    r"|(?:以下|如下)[^。！？，,]{0,6}[。]$"  # 要注意处理好以下关系。 (a full stop in place of the colon)
    r"|[两二三四五六七八九十]\s*(?:个|种|条|项|大|件)[\u4e00-\u9fff]{1,4}。$"  # 起了三个作用。 / 抓好三件事。: the things counted
    r"|(?:讲|谈|提|说|告诉大家|强调)[^。！？，,]{0,8}意见[。：:]$"  # 我将告诉大家一些意见。
    r"|(?:讲|谈|提|说|强调)[^。！？，,]{0,6}[两二三四五六七八九十]\s*(?:点|个方面|个问题|句话)[^。！？，,]{0,6}。$"  # 说三句话。
    # 给大家提一些要求。 / 提几点希望： (not 提出了更高的要求。: a demand made of us, no list)
    r"|(?:讲|谈|提|说|强调)(?:一些|几点|几条|以下)(?:具体)?(?:要求|希望)[。：:]$"
)
# 自觉做到“三个学习”： / 抓好三件事：: text under a part's line that counts the things its list names (weighed only for
# a list under an unnumbered part's line: in a paragraph of its own, 有三个特点：一是… brings in no points)
THINGS_COMING = re.compile(r"[两二三四五六七八九十]\s*(?:个|种|条|项|大|件)“?[\u4e00-\u9fff]{1,6}”?[：:]$")

# …重点抓好五项工作。1.深化…。2.开展…: a sentence that counts the items glued on after it
_COUNTS_ITEMS = re.compile(r"([两二三四五六七八九十]|\d)\s*(?:点|个方面|个问题|条|项|件|个|种)[\u4e00-\u9fff]{0,6}。$")


def items_counted(text: str) -> int | None:
    """How many items the sentence ``text`` ends with counts (…重点抓好五项工作。 → 5), if it ends with a count."""
    counted = _COUNTS_ITEMS.search(text.rstrip(" \u3000"))
    return count_said(counted.group(1)) if counted else None


# 重点做好三件事： / 可以概括为四个方面： / 存在以下问题： / 抓好五项工作。: words that count or name the parts of a list
# said inside a paragraph, at the end of the sentence that brings it in (取得了较好成绩。 / 主要表现在： name none)
_PARTS_NAMED = re.compile(
    r"(?:[一两二三四五六七八九十几\d]+\s*(?:个方面|方面|点|件事|件|项|条|个问题|个|种|类|级|大|句话|层|块|本账|招|步)"
    r"|以下|如下|下列|下面|这么几|这样几|这几|包括)"
    r"(?:[^。！？!?；;，,]{0,10}[：:。]|[\u4e00-\u9fff]{0,4}[，,])?\s*$"  # (not 有几个下穿通道积水严重，今年，: tunnels counted)
)


# 取得了一些成效。 / 主要表现在： / 还存在不少问题： / 发挥了重要作用。: a sentence that leads into facts (results, signs,
# problems, causes, effects), which a list after it gives as its evidence, not as parts
_FACTS_COMING = re.compile(
    r"(?:表现在|表现为|体现在|体现为|主要是|成效|成绩|成果|进展|变化|态势|问题|不足|短板|差距|原因|在于|作用|好处|特点)"
    r"[^。！？!?；;，,]{0,6}[：:。]\s*$"
)


def facts_lead_before(text: str, pos: int) -> bool:
    """The sentence before ``pos`` in ``text`` leads into facts (取得了一些成效。 / 主要表现在：) and counts no parts."""
    before = text[:pos].rstrip(" \u3000")
    return bool(_FACTS_COMING.search(before)) and not parts_named_before(text, pos)


# …清醒地看到政法队伍中存在的问题： / 还存在以下几方面的不足：: the problems named as the list's parts
_PROBLEMS_NAMED = re.compile(r"存在[^。！？!?；;]{0,16}(?:问题|不足)[^。！？!?；;，,]{0,4}[：:]\s*$")


# 这次代表会议有三个议事日程：第一，…；第二，…: a meeting's agenda read out, its business, not the speech's parts
# (corpus/ANNOTATION.md: an agenda is no level)
_AGENDA_NAMED = re.compile(r"议程|议事日程")


def _sentence_before(text: str, pos: int) -> str:
    """The sentence of ``text`` that ``pos`` ends (from the sentence end before it), spaces at its end set aside."""
    before = text[:pos].rstrip(" \u3000")
    start = max((before.rfind(mark, 0, len(before) - 1) for mark in "。！？!?"), default=-1) + 1
    return before[start:]


def agenda_named_before(text: str, pos: int) -> bool:
    """The sentence before ``pos`` in ``text`` names the meeting's agenda (这次会议有三个议事日程：): the list after it
    is the meeting's business."""
    return bool(_AGENDA_NAMED.search(_sentence_before(text, pos)))


def parts_named_before(text: str, pos: int) -> bool:
    """The sentence before ``pos`` in ``text`` (the one a list said inside a paragraph starts after, or the words the
    list's first label follows) counts or names its parts (corpus/ANNOTATION.md: only such a list is a level)."""
    sentence = _sentence_before(text, pos)
    return bool(_PARTS_NAMED.search(sentence) or _PROBLEMS_NAMED.search(sentence))
