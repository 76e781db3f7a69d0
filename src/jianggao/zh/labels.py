"""Recognising numbering labels at the start of a paragraph or sentence.

Speeches number their points in a handful of styles (一、 （一） 1. （1）
第一， 一是 一要 首先/其次 一方面/另一方面 ——), and real texts write them
loosely: half-width brackets and commas, 1．/1、, circled ①. ``match_label``
reads one label and says which canonical style (the tokens of
``zh.numbering``) and which index it may stand for; whether it really is a
label is decided by ``reader.outline`` from the sequence it belongs to.
"""

from __future__ import annotations

import functools
import re

from ..records import record

# Canonical styles (zh.numbering): the heading styles have a fixed GB/T 9704
# level, the enumeration styles are run-in leads one level below their parent.
from .numbering import HEADING_STYLES as HEADING_RANK
from .numerals import parse_chinese_number, parse_digit_string

_CN = "一二三四五六七八九十百千零〇两"
_CN_NUMBER = rf"[{_CN}]{{1,7}}"  # up to 九千九百九十九 (zh.numerals.MAX_NUMERAL)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LETTERS = "ABCDEFGH"  # A. B. C.: a list lettered (a company's slides), at most eight items
_STEMS = "甲乙丙丁戊己庚辛壬癸"  # 甲、乙、丙、: a list counted by the heavenly stems (older documents)
_FULL_STOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # one character each: 1. … 20. (a Word export's list numbers)
_FORMAL_DIGITS = "壹贰叁肆伍陆柒捌玖拾"  # 壹｜信心比黄金更宝贵: a WeChat article's banner numbered in the formal numerals
_SEP = r"[，,、：:]"
# 第一点， 第三个问题， 第一个话题， 第二点希望， 第二个， 第二点想法是： 第一个要抓的，是…
# (第一个“一点”是…: a quoted term the speaker counted, 三个“一点”)
_SPOKEN = r"(?:点|条|类|次|个方面|方面|个问题|个话题|句话|句|个“[^”]{1,6}”|[个件项]要[抓讲说办做干提]的|个)?(?:希望|意见|要求|建议|体会|想法|看法|感想|感受|思考|特点)?"

# 最后，我想对大家说，… / 最后，我还想跟同学们说，…: what he says goes on after 说 (最后，我想对年轻老师们说几句。
# announces a part of its own)
_FAREWELL = r"(?<=最后[，,])我?(?:还|再)?想(?:对|跟|和|给)[^，,。！？：:]{1,12}说[，,：:]"

# Compiled on first use (compiling these CJK classes is a noticeable part of a cold start),
# and only for a text whose first character can open a label at all: every pattern below
# starts with one of _LABEL_OPENERS or a digit (\d, which is str.isdecimal).
_LABEL_OPENERS = frozenset(_CN + "（(" + _CIRCLED + _FULL_STOP_DIGITS + _FORMAL_DIGITS + _LETTERS + _STEMS + "另一首其再最第—―下我进开现接PQ")  # (P: Part 1｜; Q: Q1｜)


@functools.cache
def _agenda() -> re.Pattern[str]:
    # 下面，进行会议第一项议程， / 进行第二项议程： / 下面，大会第三项： / 首先，进行第一项议程： /
    # 现在，进行第二项议程： / 最后，进行第五项议程：: a host script's agenda items
    # (第一项议程：宣读表彰决定 on a line of its own: the same, said with 议程 and nothing before it)
    return re.compile(
        rf"^(?:(?:(?:下面|首先|现在|接下来|接着|最后)[，,]?\s*(?:进行|开始)?|进行|开始)(?:会议|大会|仪式|活动)?第({_CN_NUMBER})项(?:议程|内容)?"
        rf"|(?:会议|大会)?第({_CN_NUMBER})项议程){_SEP}\s*"
    )


def is_agenda_label(label: str) -> bool:
    """下面，进行会议第一项议程，: a host's agenda label (style 第一，), which a host template prints itself."""
    return bool(_agenda().match(label))


@functools.cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    return [
        # 一、2009年工作回顾 and 一、千方百计稳就业 are headings; 一.5 and 一、二、三 are not
        # (一｜为什么现在值得学: a WeChat article's section, a bar after the numeral, as 01｜)
        (re.compile(rf"^({_CN_NUMBER})\s*(?:、(?![{_CN}]、)|[．.](?![{_CN}]|\d{{1,3}}(?!\d))|[，,](?![{_CN}][，,])|[｜|](?=\s*[\u4e00-\u9fff“]))\s*"), "一、"),
        # (壹｜… / 贰、…: the formal numerals, set before a bar or 、, as 一、)
        (re.compile(rf"^([{_FORMAL_DIGITS}])\s*[｜|、]\s*(?=[\u4e00-\u9fff“])"), "一、"),
        (re.compile(rf"^[（(]\s*({_CN_NUMBER})\s*[）)]\s*"), "（一）"),
        # 1，作为一个工具，…: a transcript's Arabic count with a full-width comma, words after it
        # (01｜先别急着没收手机 / 02｜AI赋能: a WeChat article's numbered section, a bar after the number)
        # (2、2024年重点工作: a year after 、 opens a heading, as after 一、; 2、40多年 and 1.5 open none)
        (re.compile(r"^(\d{1,2})\s*(?:[.．、](?!\d)|、(?=(?:19|20)\d{2}年)|，(?=[\u4e00-\u9fff“])|[｜|](?=\s*[\u4e00-\u9fff“\dA-Za-z]))\s*"), "1."),
        # (Q1｜学生会到底是做什么的？: a WeChat article's section put as the question it answers, numbered as 01｜)
        (re.compile(r"^Q(\d{1,2})\s*[｜|]\s*(?=[\u4e00-\u9fff“])"), "1."),
        # (1️⃣渠道在变。: a WeChat article's keycap digit, as 1.)
        (re.compile("^(\\d)\ufe0f?\u20e3\\s*"), "1."),
        (re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*"), "（1）"),
        (re.compile(rf"^([{_CIRCLED}])\s*"), "（1）"),
        # 1）规范行政许可: an Arabic number closed by a half bracket, as 1.; A. 守住了老客户 / 甲、抓好粮食生产: a list
        # lettered or counted by the heavenly stems, as （1）
        (re.compile(r"^(\d{1,2})[）)]\s*(?=[\u4e00-\u9fff“])"), "1."),
        (re.compile(rf"^([{_LETTERS}])\s*[.．、]\s*(?=[\u4e00-\u9fff“])"), "（1）"),
        (re.compile(rf"^([{_STEMS}])、(?![{_STEMS}])(?=[\u4e00-\u9fff“])"), "（1）"),
        (re.compile(rf"^([{_FULL_STOP_DIGITS}])\s*"), "1."),
        (re.compile(rf"^(另一方面|一方面)(?:是(?![的否非])|{_SEP})?\s*"), "一方面"),  # (一方面是…: 是 joins the label to its heading, as after 首先)
        (_agenda(), "第一，"),  # (before 首先: 首先，进行第一项议程： is an agenda item, not 首先)
        # 首先， / 其次是环境的影响。 (是 joins the label to its heading)
        # (最后一点， is 最后，; 最后，第六，: the ordinal after it is the label, read below)
        # (最后呢，…: a speaker's 呢 after the order word)
        # (最后，我想对大家说，母校永远是你们的家。: the speaker turning to his farewell, no last point)
        (re.compile(rf"^(首先|其次|再次|再者|再有|最后)(?:(?<=最后)一点)?(?:呢?{_SEP}|是(?![的否])|(?=来说|讲(?!话)|说到|谈谈|就是))(?!\s*第{_CN_NUMBER}{_SPOKEN}{_SEP})(?!{_FAREWELL})\s*"), "首先"),
        # 第一， and its spoken forms 第一点， 第一点希望， 第一个方面， 第三个问题，
        # (最后一点，第八点： / 最后，第六， names the last of them twice; 我的第一想法是： says whose)
        (re.compile(rf"^(?:最后(?:一点)?[，,]\s*)?(?:我的|我们的)?(?:第|其)({_CN_NUMBER}){_SPOKEN}(?:是{_SEP}?|{_SEP}(?:\s*是(?![的否非])(?!\s*第))?)\s*"), "第一，"),  # 其一，其二， 第一个是…
        # Part 1｜数据这道坎 / PART.2　奋进2026 / Part 3: Together: a talk's or a report's part, numbered in English
        # as 一、 numbers it (above the 01｜ or 1.1 sections under it)
        (re.compile(r"^(?:Part|PART)\s*[.．]?\s*(\d{1,2})\s*(?:[｜|:：.．、]\s*|[ \u3000]+)(?=\S)"), "一、"),
        # 第一部分“夺取新民主主义革命伟大胜利”。 / 第一部分是宏观经济… / 第二部分　…: a part of a report or a talk
        (re.compile(rf"^第({_CN_NUMBER})部分(?:是{_SEP}?|{_SEP}|[ \u3000]+|(?=[“「]))\s*"), "第一，"),
        # 一点，关于教学质量。… 两点，关于“双减”的落实。…: a speaker's count of points without its 第
        (re.compile(r"^([一两二三四五六七八九十])点[，,]\s*(?=[\u4e00-\u9fff“])"), "第一，"),
        # 第二个问题　对照“四有”，我们还有哪些差距: a heading line whose counted unit is set apart by a space, as 第一部分　…
        (re.compile(rf"^(?:我的|我们的)?第({_CN_NUMBER})(?:个问题|个方面|点|条)[ \u3000]+(?=\S)"), "第一，"),
        # 第一句话。环保是第一民生…: a spoken count of 句话/点/个方面/个问题 may end at a full stop (我讲四句话：)
        (re.compile(rf"^(?:我的|我们的)?第({_CN_NUMBER})(?:句话|点|个方面|个问题)[。．]\s*"), "第一，"),
        # 1是…2是… written with digits; 二是，变革…: a comma after the label is the label's
        (re.compile(rf"^({_CN_NUMBER}|[1-9])是(?![的否])(?:[，,：:]\s*)?"), "一是"),
        # 一呢，物流… / 二呢，品牌。: a speaker's pause after the bare numeral, as 一是
        (re.compile(rf"^({_CN_NUMBER})呢[，,]\s*(?:(?:就)?是(?![的否])[，,]?\s*)?"), "一是"),
        # (一 要坚持…: text recognition's stray space between the numeral and 要)
        (re.compile(rf"^({_CN_NUMBER})[ \u3000]?要(?![求是])(?:[，,：:]\s*)?"), "一要"),
        # 一抓组织领导，… 二抓…: a numeral and 抓 work like 一要 (the run decides, as for every enumeration)
        (re.compile(rf"^({_CN_NUMBER})抓(?=[\u4e00-\u9fff“])"), "一要"),
        # 一防溺水。… 二防…: the numeral alone is the label, 防 stays with what is guarded against (一要防溺水)
        (re.compile(rf"^({_CN_NUMBER})(?=防[\u4e00-\u9fff“])"), "一要"),
        # dash paragraphs: each is "the next one" (——— typed with three too; ―― with two horizontal bars)
        (re.compile(r"^(———?|――)(?=[^—―\s])"), "——"),
    ]


@functools.cache
def _enum_starts() -> re.Pattern[str]:
    # (…我简单讲两句话。第一句话是感谢。…第二句话是承诺。: a count of sentences joined to its word by 是, inside a paragraph;
    # not 第二点是…, which a paragraph says in passing more often than it lists: robustness of flattened copies fell;
    # …下列几项原则。第一是自卫原则。…第二是…: the bare ordinal and 是, as 一是)
    return re.compile(rf"(另一方面|一方面|首先|其次|再次|再者|再有|最后|[第其]{_CN_NUMBER}{_SPOKEN}{_SEP}|第{_CN_NUMBER}(?:句话|点|个方面|个问题)[。．]|第{_CN_NUMBER}句话是(?![的否])|第{_CN_NUMBER}是(?![的否])|第{_CN_NUMBER}部分|{_CN_NUMBER}[是要抓防]|[1-9]是)")


@record(frozen=True)
class LabelMatch:
    """One reading of a label: ``index`` None means "the next one" (最后，)."""

    style: str
    index: int | None
    label: str  # as written, separator included: "（一）", "1．", "一是", "第三，"
    end: int  # where the text after the label starts


def match_label(text: str, *, enumerations_only: bool = False) -> list[LabelMatch]:
    """Every style the label opening ``text`` may be (第三， is 第一， or 首先), or []."""
    found: list[LabelMatch] = []
    if not text or (text[0] not in _LABEL_OPENERS and not text[0].isdecimal()):
        return found
    for pattern, style in _patterns():
        if enumerations_only and style in HEADING_RANK:
            continue
        m = pattern.match(text)
        if not m:
            continue
        token = m.group(1) if m.group(1) is not None else m.groups()[-1]  # (an agenda item said either way)
        label = text[: m.end()].rstrip()
        end = m.end()
        if style == "一方面":
            found.append(LabelMatch(style, 1 if token == "一方面" else 2, label, end))
        elif style == "——":
            found.append(LabelMatch(style, None, label, end))
        elif style == "首先":
            index = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "再有": 3}.get(token)
            found.append(LabelMatch(style, index, label, end))
        elif style == "（1）" and (series := next((s for s in (_CIRCLED, _LETTERS, _STEMS) if token in s), None)):
            found.append(LabelMatch(style, series.index(token) + 1, label, end))  # (① / C. / 戊、: its place in the series)
        elif style == "一、" and token in _FORMAL_DIGITS:
            found.append(LabelMatch(style, _FORMAL_DIGITS.index(token) + 1, label, end))
        elif style == "1." and token in _FULL_STOP_DIGITS:
            found.append(LabelMatch(style, _FULL_STOP_DIGITS.index(token) + 1, label, end))
        elif style in ("1.", "（1）"):
            found.append(LabelMatch(style, int(token), label, end))
        else:
            n = int(token) if token.isdigit() else parse_chinese_number(token)
            if n is None and style == "（一）" and len(token) == 2 and token[0] not in "零〇":
                n = parse_digit_string(token)  # （一〇） （一一）: a bracketed count past ten written digit by digit
            if n is None or n == 0:
                continue
            found.append(LabelMatch(style, n, label, end))
            if style == "第一，" and n >= 3:
                found.append(LabelMatch("首先", n, label, end))  # 首先，其次，第三，
        break
    return found


def sentence_starts(text: str) -> list[int]:
    """Offsets after a sentence end (。！？；) or a colon where an enumeration label may begin (一是 and 一要
    also after a comma)."""
    starts = []
    for m in _enum_starts().finditer(text):
        i = m.start()
        if i == 0:
            continue
        j = i - 1
        while j >= 0 and text[j] in "”’」』）) \u3000":
            j -= 1
        # 主要有五个方面：一是… / 从有利因素看，一是…。二是… / …提高认识，一要…。二要…
        if j >= 0 and (text[j] in "。！？；!?;：:" or (text[j] in "，," and text.startswith(("一是", "一要"), i))):
            starts.append(i)
    return starts


_TERMINATORS = "。！？!?"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLOSERS = "”’」』）)"


def last_sentence_start(text: str) -> int:
    """Where the last sentence of ``text`` starts (the mark that ends the text does not count)."""
    body = text.rstrip()
    return max((i + 1 for i, ch in enumerate(body[:-1]) if ch in _TERMINATORS), default=0)


def _half_width_stop(text: str, i: int, stop: int) -> bool:
    """当好"服务员".大家…: a half-width full stop between Chinese (a closing quote before it) ends a sentence, as
    a mixed-width copy writes 。 (1.5 and 2.抓好… are no such stop)."""
    return i > 0 and i + 1 < stop and _HAN.match(text[i + 1]) is not None and (_HAN.match(text[i - 1]) is not None or text[i - 1] in '"”')


def first_sentence_end(text: str, start: int = 0, stop: int | None = None) -> int:
    """End (exclusive) of the sentence beginning at ``start``, closing quotes included; ``stop`` if none."""
    stop = len(text) if stop is None else stop
    depth = 0
    quoted_end = stop  # a full stop inside quotes, used when quotes never close
    for i in range(start, stop):
        ch = text[i]
        if ch in "“‘「『":
            depth += 1
        elif ch in "”’」』" and depth:
            depth -= 1
        elif ch in _TERMINATORS or (ch == "." and _half_width_stop(text, i, stop)):
            j = i + 1
            while j < stop and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            if depth == 0:
                return j
            quoted_end = min(quoted_end, j)
    # (…的报告说：“…。…。” to the paragraph's end: the quotation closed, so the sentence is the whole of it)
    return stop if depth == 0 and quoted_end < stop and text[start:stop].rstrip()[-1:] in "”’」』" else quoted_end
