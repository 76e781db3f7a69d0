"""Where a heading that runs on into its text ends, when no full stop closes it.

A heading-style label's heading (一、…) normally ends at its line's end or its first 。！？; pages copied
from the web or a PDF lose that mark. ``heading_end`` takes the text after the label and the end of its
first sentence and says where the heading ends:

- at the noun that closes the commonest first-point heading (…的重要性 / 增强…的责任感), unless the phrase
  goes on (…重要性的认识);
- on a flattened page (a copy that lost its line breaks): after a counted formula in quotes that closes a
  heading whose first sentence runs long past it (…必须做到“四个准确把握”兴水利…); at the space a lost break left, or at the next
  one when the heading filled a line of its page (…的责任感 和紧迫感 2月10日…); for a two-clause heading,
  where its second clause, about as long as the first, meets a word that opens a sentence of text
  (…坚定信心我县是…); where the text takes up the heading's last words again (…的统计工作统计工作是…);
- on a page that kept its line breaks: at a paragraph's indent inside the heading's line (two ideographic spaces:
  一、提高认识　　植树造林是…), not at one ideographic space between a heading's phrases; at the heading's last
  space when a sentence of text follows it (一、工作回顾 过去一年，…。: a heading set in bold inside its paragraph;
  二、工作任务 今年任务重、挑战多。: a whole sentence opening with a word of text);
- before a web site's bracketed tag set apart by a space (…和紧迫感 (弘利教育));
- on any page: where the text opens with the heading's own first words again (2009年工作回顾2009年是…), at a
  quotation brought in by its speaker (…的发展方向习近平总书记强调：“…”), at a word that
  opens a sentence of text inside an overlong second clause (…的理念去年全市…), or where the text opens
  with a word the heading's long last clause already holds (…确保项目落地见效项目签约只是第一步，…);
- with no sibling heading to measure against (a page opening): at a closing form (…，统一思想认识 / 思想上要
  重视再重视), where the text takes up a word of the heading as the subject of 是 after a word headings close
  with (…的重大举措健康是… / …人才支撑教育、科技、人才是…), and where such a word meets a word that opens
  text (…的问题这些年， / …工作从…上看： / …的总体要求今年是…). ``lead_end`` applies these to a 第一，/一是 lead.

Pure functions of strings, linear in the heading's length (a hostile line stays linear).
"""

from __future__ import annotations

import re
from collections import Counter

from .outline_rules import SENTENCE_END_MARK

# A heading whose line break was lost (一、提高站位，深刻认识…的极端重要性营商环境是…。) ends at the
# noun that closes the commonest first-point heading: 认识/把握 …的重要性 / 重大意义.
_CLOSE_NOUN = r"(?:重要性|必要性|紧迫性|艰巨性|重大意义|重要意义|深远意义|意义|责任感|紧迫感|使命感|危机感|荣誉感)"
_HEADING_CLOSE = re.compile(
    rf"(?:的[^，,。；;：:]{{0,6}}?|(?:增强|提高|强化|树立|激发)[^，,。；;：:]{{0,10}}?){_CLOSE_NOUN}"
    rf"(?:[和与及][^，,。；;：:]{{0,4}}?{_CLOSE_NOUN})?"
)


# two ideographic spaces or three spaces inside a line: the indent of a paragraph whose line break was lost
# (one ideographic space may part a heading's two phrases: 坚持创新驱动　推动高质量发展)
_INDENT_BREAK = re.compile(r"(?<=\S)(?:\u3000{2,}|[ \u3000]{3,})(?=[\u4e00-\u9fff“\d])")
LOST_BREAK_MIN = 4  # characters; a flattened heading as short as 统一思想 still ends at its lost break
_LOST_BREAK = re.compile(r"(?<=[\u4e00-\u9fff”）)])[ \u3000]+(?=[\u4e00-\u9fff“\d])")


# Words that open a sentence of text after a heading that lost its line break.
_TEXT_WORDS = (
    r"我们|今年|去年|当前|目前|近年来|近几年|这几年|多年来|长期以来|实践证明|事实证明|实践表明|只有|项目是"
    r"|各级|各部门|各单位|各地|全市|全县|全区|随着|这是|这次|对于|根据|我县|我市|我区|我省|我镇|我乡"
)
_TEXT_START = re.compile(rf"[“\d]|{_TEXT_WORDS}")
# On a page that kept its line breaks only words that headings hardly hold mark a glued text's start
# (今年, 全市, 我们 are common inside headings: 推动今年全市经济社会发展再上新台阶).
_GLUED_TEXT_START = re.compile(
    r"去年|近年来|近几年|这几年|多年来|长期以来|实践证明|事实证明|实践表明|各[\u4e00-\u9fff]{1,3}?(?:要(?![求素点件])|必须)"
    r"|(?<![的和与及抓做把好])[\u4e00-\u9fff]{2}工作(?:是|历来是|始终是|事关)"  # …担当政法工作是…: the text's subject
)
GLUED_CLAUSE = 16  # characters without a comma: longer than a heading's clauses run to


PARALLEL_TEXT_MIN = 6  # characters before the sentence's end: 统一思想，充分认清当前形势。 holds no text in 当前形势


def _parallel_heading_end(after: str, end: int) -> int:
    """提高思想认识，凝聚向心力项目是…: a two-clause heading run on into its text ends where its second
    clause, about as long as the first, meets the start of a sentence (flattened pages only) that goes on
    for PARALLEL_TEXT_MIN characters or more before its end (a heading's closing words are no text). A paragraph
    with no sentence's end is a heading line of its own (一、充分肯定成绩，准确把握“三农”工作面临的新形势), no text."""
    if end <= 12 or not SENTENCE_END_MARK.search(after):
        return end
    comma = next((i for i in range(4, 17) if i < len(after) and after[i] in "，,"), None)
    if comma is None:
        return end
    first = comma
    for size in sorted(range(max(4, first - 3), first + 6), key=lambda n: abs(n - first)):
        cut = comma + 1 + size
        if cut + PARALLEL_TEXT_MIN > end or after[cut - 1] in "，,、；;":
            continue  # (肯定成绩，总结经验，我市…: a third clause follows, the heading goes on)
        if _TEXT_START.match(after, cut):
            return cut
    return end


def _glued_heading_end(after: str, end: int) -> int:
    """坚持项目为王，牢固树立抓招商就是抓发展的理念去年全市…。: a two-clause heading glued to its text with
    no mark between ends inside the first overlong clause after its short first one, where a word that
    opens a sentence of text starts (at least four characters into the clause)."""
    if end < 5 + GLUED_CLAUSE or not _GLUED_TEXT_START.search(after, 0, end):
        return end  # (the common case, found without walking the clauses)
    if not SENTENCE_END_MARK.search(after):
        return end  # (一、全面回顾，客观评价去年以来全市作风建设工作: a heading line of its own, no sentence of text in it)
    first = next((i for i in range(4, 15) if i < end and after[i] in "，,"), None)
    if first is None:
        return end
    start = first + 1
    for m in re.finditer(r"[，,、；;]|$", after[:end]):
        if m.start() < start:
            continue
        if m.start() - start >= GLUED_CLAUSE:
            for cut in range(start + 4, m.start() - 3):
                if _GLUED_TEXT_START.match(after, cut):
                    return cut
            return end
        start = m.end()
        if m.start() == end:
            break
    return end


def commonest(counts: Counter[int], below: int, above: int, least: int = 0) -> tuple[int, int]:
    """The length (at least ``least``) that most counted lengths lie near, from ``below`` under it to
    ``above`` over it (the longer on a tie), and how many lie there; (0, 0) when none is counted.
    How a page's line length is told from lines that fall a little short of it."""

    def near(n: int) -> int:
        return sum(counts.get(k, 0) for k in range(n - below, n + above + 1))

    best = max((n for n in counts if n >= least), key=lambda n: (near(n), n), default=0)
    return best, near(best) if best else 0


def _wrapped_heading(label_length: int, after: str, end: int) -> int | None:
    """一、认清形势，…的责任感 和紧迫感 2月10日…: a flattened heading that filled a line of its page (the
    commonest length between the page's lost breaks, less a first line's two-character indent) was
    wrapped; it ends at the next break when the piece up to it is no full line and ends no sentence
    (None: no such heading)."""
    gap = _LOST_BREAK.search(after, LOST_BREAK_MIN, end)
    if gap is None:
        return None
    pieces = Counter(len(piece) for piece in re.split(r"[ \u3000]+", after[gap.end() :])[:-1])
    line, lines = commonest(pieces, below=2, above=2, least=15)
    if not line or lines < 3 or not line - 4 <= label_length + gap.start() <= line + 2:
        return None
    following = _LOST_BREAK.search(after, gap.end(), end)
    if following is None or following.start() - gap.end() > line - 6:
        return None
    if any(mark in after[gap.end() : following.start()] for mark in "。！？!?；;：:"):
        return None
    return following.start()


REPEAT_MIN = 4  # characters of a heading's closing words that the text glued to it takes up again
REPEAT_MAX = 20  # characters; longer closing words are not looked for
REPEAT_HEADING_MAX = 80  # characters; a longer lead is no heading (and a hostile line stays linear)
_NO_REPEAT = re.compile(r"[，,、；;：:。！？!?“”‘’（）()\s]")


def _repeated_heading_end(after: str, end: int) -> int:
    """一、关于今年的统计工作统计工作是… / 客观总结20*年的经济工作认真总结20*年的经济工作，…: a heading
    glued to its text ends where the text soon takes up the heading's last words (four characters or
    more, no mark among them) again: the words between, if any, are at most half as many as those
    beyond the first four and hold no mark, and the heading's words end there (the character after each
    differs)."""
    for k in range(LOST_BREAK_MIN + REPEAT_MIN, min(end - REPEAT_MIN, REPEAT_HEADING_MAX) + 1):
        for n in range(REPEAT_MIN, min(k, REPEAT_MAX) + 1):
            words = after[k - n : k]
            if _NO_REPEAT.search(words):
                break
            j = after.find(words, k, min(end, k + n + (n - REPEAT_MIN) // 2))
            if j >= 0 and not _NO_REPEAT.search(after, k, j) and after[k] != after[j + n : j + n + 1]:
                return k
    return end


TAKEN_UP_TEXT = 8  # characters of the glued text's clause after the word it takes up, at least
TAKEN_UP_MAX = 8  # characters of the word taken up, at most


def _taken_up_end(after: str, end: int) -> int:
    """…确保项目落地见效项目签约只是第一步，… / …扛起防汛防旱政治责任防汛防旱事关…: a heading glued to its text
    with no mark ends where the text opens with a word that the heading already holds (two to eight characters,
    the longest: 推动高质量发展高质量发展是… ends before the second 高质量发展; a word of four or more may
    come from the heading's first clause when the text makes it its subject, 坚持依法治国，推进法治建设依法治国是…,
    not when the heading's own clause takes it up, 推进国家安全体系…，坚决维护国家安全和…): in the first clause after the
    heading's first that runs longer than a heading's clause does (GLUED_CLAUSE), the text's part of it
    going on after the word."""
    cut = _taken_up_cut(after, end)
    if cut < end and not after[end:].strip() and not re.search(r"[，,；;：:]", after[cut:end].rstrip("。！？!?；;")):
        return end  # (…，用数字技术使能数字世界进入人们的生活和工作。 alone in its paragraph: no text clause follows)
    return cut


def _taken_up_cut(after: str, end: int) -> int:
    if end < 20 or _whole_heading_line(after):
        return end
    bounds = [m.start() for m in re.finditer(r"[，,、；;：:]", after[: min(end, REPEAT_HEADING_MAX)])] + [end]
    if bounds[0] < 4:
        return end
    for start, stop in zip(bounds, bounds[1:], strict=False):
        start += 1
        if stop - start < GLUED_CLAUSE:
            continue
        for k in range(start + 4, min(stop - TAKEN_UP_TEXT + 1, REPEAT_HEADING_MAX)):  # (a hostile line stays linear)
            if after.count("“", 0, k) > after.count("”", 0, k):
                continue  # (…从“效率优先”转向“效率与安全并重”: no text opens inside a quotation the heading opened)
            for n in range(TAKEN_UP_MAX, 1, -1):  # (the longest word: 高质量发展 taken up whole, not its 高质)
                word = after[k : k + n]
                if not _CJK_WORD.fullmatch(word):
                    continue
                j = after.find(word, start, k)
                if j < 0 and n >= 4:  # (a long word from the first clause, as the text's subject: …依法治国是…)
                    j = after.find(word, 0, start) if after[k + n : k + n + 1] in ("是", "：", ":") else -1
                if j >= 0 and k - (j + n) < 2:
                    continue  # (…增强做强做优做大的信心: a word said again right after itself is the heading's own pattern)
                if j >= 0 and after[j + n] != after[k + n] and after[k - 1] not in _JOINING and after[k + n] != "的":
                    if _heading_close_to_end(after, k, stop, end):
                        return end
                    if j > 0 and after[j - 1] == after[k - 1]:
                        # (…合作医疗试点工作建立新型农牧区合作医疗制度是…: the word goes on to the left as well; when the
                        # text opens with a verb and the longer word, the cut is before the verb)
                        cut = _verb_before(after, k, j)
                        return _time_before(after, k) if cut is None else cut
                    if _UNIT_BEFORE.match(after, k - 1) and _DISTRICT_OFFICE.match(after, k + n):
                        return k - 1
                    # (…夯实振兴基础产业振兴是…: 产业, a word of the heading's first clause, and 振兴 make the subject)
                    compound = after[k + n : k + n + 1] == "是" and _CJK_WORD.fullmatch(after[k - 2 : k]) and after.find(after[k - 2 : k], 0, k - 4) >= 0
                    return k - 2 if compound else _time_before(after, k)
        return end
    return end


# 今年全县 / 明年 / 当前我市: the time (and the place) the text's subject is said with (…高质量发展今年全县卫生健康
# 工作总的要求是：…); 各级 / 全体 / 广大: the word that says which of them (…妇联干部队伍各级妇联干部要…)
_TIME_PLACE = re.compile(r"(?:(?:今年|明年|去年|当前|目前)(?:[全我][省市县区镇乡])?|各级|全体|广大)$")


def _time_before(after: str, k: int) -> int:
    """Where the text taken up at ``k`` starts: before a time (and place), or the 各级 that picks its subject out, said
    just ahead of it, when a heading of LOST_BREAK_MIN characters or more stays before it."""
    m = _TIME_PLACE.search(after, 0, k)
    return m.start() if m is not None and m.start() >= LOST_BREAK_MIN else k


_CLOSE_NOUN_END = re.compile(rf"{_CLOSE_NOUN}(?:的(?:认识|理解|把握))?$")  # (…重要意义的认识 / …的紧迫感)


def _heading_close_to_end(after: str, k: int, stop: int, end: int) -> bool:
    """…进一步深化对改革深化提升行动重要意义的认识。: the words from ``k`` run to the sentence's end with no mark and
    close as a first point's heading does (…的重要性 / …重要意义的认识): the heading's own last clause, no text taking up
    its word."""
    return (
        stop == end and after[end - 1] in "。！!" and _CLOSE_NOUN_END.search(after, k, end - 1) is not None
        and not re.search(r"[，,、]", after[k:end])
    )


def _whole_heading_line(after: str) -> bool:
    """…着力建设堪当现代化建设重任的高素质干部队伍: a paragraph that says no sentence and closes with a word headings
    close with is a heading line whole; a word said twice in it is the heading's own, no text taking it up."""
    return not re.search(r"[。！？!?；;]", after) and _HEADING_LAST.search(after) is not None


def _restated_subject_end(after: str, end: int) -> int:
    """坚持党的领导，确保人大工作正确政治方向坚持党的领导，是人民代表大会制度的根本原则…: a heading glued to its text
    ends where the text says the heading's first clause (four to eight characters) again as its subject (…，是 /
    …是), past the heading's second clause."""
    first = re.match(r"[\u4e00-\u9fff]{4,8}(?=[，,])", after)
    if first is None:
        return end
    words = first.group()
    k = after.find(words, len(words) + 1 + GLUED_CLAUSE // 2, min(end, REPEAT_HEADING_MAX))
    if k < 0 or not re.match(r"[，,]?是", after[k + len(words) :]) or re.search(r"[，,。；;：:]", after[len(words) + 1 : k]):
        return end
    return k


# …强大合力区创建办要…: the text's subject is an office of the district (县/区…) named by the word taken up
_UNIT_BEFORE = re.compile(r"[省市县区镇乡]")
_DISTRICT_OFFICE = re.compile(r"(?:办|局|委|部|组|中心|指挥部)")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# verbs that open a text's sentence whose object is a word the heading holds (建立…制度是… / 推行…改革是…)
_OBJECT_VERB = re.compile(r"建立|推行|实行|实施|推进|开展|加强|落实|做好|抓好|搞好|推动|深化|完善|健全|优化|提升|改善|打造|营造")


def _verb_before(after: str, k: int, j: int) -> int | None:
    """Where a taken-up word (at ``k``, the heading's at ``j``) starts, walked left while the two agree: the cut
    before a verb of two characters that opens the text there, after a word headings close with; None if none."""
    while j > 0 and k > j + 1 and after[j - 1] == after[k - 1] and _CJK_WORD.match(after[k - 1]):
        j, k = j - 1, k - 1
    if k >= 2 and _OBJECT_VERB.fullmatch(after[k - 2 : k]) and _HEADING_LAST.search(after, max(0, k - 12), k - 2):
        return k - 2
    return None

# Words a heading of the genre commonly closes with (the last words of the studied gold headings): where the
# text takes up a heading's word as its subject, the heading ends only after one of these (…服务质量居家养老服务是…:
# 养老 closes no heading, the subject is 居家养老服务).
_HEADING_LAST = re.compile(
    r"(?:发展|问题|体系|要求|建设|工作|任务|提升|活力|机制|意义|作用|精神|责任|能力|关系|领导|行动|力量|高地|台阶"
    r"|水平|成效|突破|格局|战略|形势|保障|目标|优势|队伍|增长|工程|信心|基础|根基|环境|制度|重点|动能|方向|条件"
    r"|空间|动力|安全|作风|担当|道路|管理|振兴|阶段|力度|成绩|理念|决心|意识|认识|共识|[認认]\S{0,7}[識识]|本领"
    r"|平台|地位|作为|局面|定位|落实|质量|导向|实效|措施|举措|使命|成就|支撑|效能|步伐|经验|表率|福祉|民生|转型"
    r"|治理|服务|底线|防线|氛围|合力|重视|扎实|坚实|到位|落地|见效|现代化|[感性]|大事|关键|根本|前列|新篇章"
    r"|实践|干部|取向|生产|部署|思路|路径|合作|效率|改革|开放|稳定|创新|斗争|团结|奋斗|成果|差距|短板|挑战|机遇|情况)[”’]?$"
)
# Words that open a sentence of text, not a heading's phrase, right after a word a heading closes with
# (…遇到的问题这些年，… / …的目标要求党中央下发的… / …总揽工会工作从政策形势上看：… / …抓住重点我县…; not 我们:
# 做好这项工作我们责无旁贷 is a lead sentence whole)
_BODY_OPENER = re.compile(
    r"我[县市区省镇乡](?![的和与])|近年来|近几年|这些年|这几年|多年来|长期以来|一直以来|今年以来"
    r"|随着|众所周知|实践证明|事实证明|实践表明|当今世界|当今时代|党中央(?![的和与])|(?:习近平)?总书记(?![的和与])"
    r"|(?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}?(?:历来|从来|向来)(?:都|就)?(?=是|与|把|被|为|不)"
    r"|全党(?:必须|要|同志)|新中国成立|今年(?=[，,是将要])|去年(?=[，,是])|自(?:\d{4}|[上今去])年|从[^，,。！？；：:]{1,14}?(?:来看|看|可以看出|看出)[：:，,]"
    r"|新的一年(?:里)?[，,]"  # (…政府自身建设新的一年，我们将…: the year the text speaks of)
)
# …的建设做好今年各项工作，关键在党 / …重点工作围绕上述目标，…: a task said with what it hangs on, the words above taken up;
# long openers, so the text's sentence is counted from where they start
_LONG_BODY_OPENER = re.compile(r"做好[^，,。！？；：:]{2,14}工作[，,](?:关键|必须|首先|重点|根本)|(?:围绕|按照|根据|为实现|为完成|落实)上述")
BODY_OPENER_HEADING = 6  # characters of heading before the opener, at least
BODY_OPENER_TEXT = 10  # characters of the text's sentence from the opener, at least


# 愿你们保有对语言的敬畏同学们，语言是… / …的使者在座的很多同学，…: the audience named again, glued to a heading
_GLUED_ADDRESS = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:同学们|同志们|朋友们|老师们)[，,]|在座的(?:各位|同志|同学|很多|不少))")


def _address_end(after: str, end: int) -> int:
    """A heading glued to its text ends where the text turns to the audience (…的敬畏同学们，…), a heading's length in."""
    m = _GLUED_ADDRESS.search(after, LOST_BREAK_MIN, end)
    return m.start() if m else end


def _opener_end(after: str, end: int) -> int:
    """A heading glued to its text with no mark ends where a word it commonly closes with (``_HEADING_LAST``)
    meets a word that opens a sentence of text (``_BODY_OPENER``), the text's sentence running on for
    BODY_OPENER_TEXT characters or more (…的重点我县: a heading's own 我县 follows a verb, 推动我县…)."""
    stop = min(end - BODY_OPENER_TEXT, REPEAT_HEADING_MAX) + 1
    if re.search(r"[。！？!?；;：:]", after[:BODY_OPENER_HEADING]):
        return end
    for p in range(BODY_OPENER_HEADING, stop):  # (every start: a topic before 历来 may start at any word)
        if after[p - 1] in "。！？!?；;：:":
            return end
        closed = _HEADING_LAST.search(after, max(0, p - 10), p) is not None
        m = (_BODY_OPENER.match(after, p, stop) or _LONG_BODY_OPENER.match(after, p, end)) if closed else None
        if m is None:
            continue
        # (…的形势任务共青团工作从来都…: a topic before 历来 starts after the last closing word before it)
        later = (q for q in range(m.end() - 3, p, -1) if _HEADING_LAST.search(after, max(0, q - 10), q)
                 and (n := _BODY_OPENER.match(after, q, stop)) and n.end() == m.end())
        return next(later, p)
    return end


_LIST_SUBJECT = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、){1,4}[\u4e00-\u9fff]{1,6}是")
_JOINING_ENDS = ("作为", "有为", "而为", "之为")  # (…积极作为党校是…: 为 closing a word, no preposition)
SUBJECT_HEADING_MIN = 6  # characters of heading before the text takes up one of its words as its subject
SUBJECT_TEXT_MIN = 4  # characters of the text's sentence after its 是, at least


def _subject_end(after: str, end: int) -> int:
    """…发展的重大举措健康是…的共同追求 / 端正思想认识思想是行动的指南。: a heading glued to its text with no
    mark ends where the text opens with a word the heading holds (two to eight characters, the longest) as the
    subject of 是, glued to a word of the heading (not after a mark: 抓教育，教育是根本 is one heading; not after
    a joining word: …和质量是…), the heading's own 是 aside (推进医改是…: the word said again without 是)."""
    stop = min(end - SUBJECT_TEXT_MIN, REPEAT_HEADING_MAX)
    for k in range(SUBJECT_HEADING_MIN, stop):
        if (after[k - 1] in _JOINING and after[k - 2 : k] not in _JOINING_ENDS) or not (
            _CJK_WORD.match(after, k - 1) or after[k - 1] in "”）)"
        ):
            continue
        if after[k - 1] in "。！？!?；;：:":
            return end
        listed = _LIST_SUBJECT.match(after, k)  # (…人才支撑教育、科技、人才是…: a list of subjects, one taken up)
        if listed and listed.end() < stop and _HEADING_LAST.search(after, max(0, k - 10), k) and any(
            after.find(item, 0, k) >= 0 for item in re.split("、", listed.group()[:-1]) if len(item) >= 2
        ):
            return k
        for n in range(TAKEN_UP_MAX, 1, -1):
            word = after[k : k + n]
            if after[k + n : k + n + 1] != "是" or k + n >= stop or not _CJK_WORD.fullmatch(word):
                continue
            j = after.find(word, 0, k - n + 1)
            if j >= 0 and after[j + n] != "是" and _HEADING_LAST.search(after, max(0, k - 10), k):
                return k
    return end
# a word after these, or before 的, goes on the phrase (主要矛盾和矛盾的… / 批评与自我批评的…)
_JOINING = "和与及或并且而的之将把对从向在以被让使为等"


# A quotation brought in by its speaker and a colon opens text, never a heading: glued to the words
# before it, it is where a heading that lost its break ends (…的发展方向习近平总书记强调：“…”).
_GLUED_QUOTE = re.compile(r"(?<=[\u4e00-\u9fff])(?:习近平)?总书记(?:强调|指出|要求|说)[：:]")


# 以更强的… / 以高度的…: the close noun after 以 is the means of a verb that follows it (no mark between)
_MEANS = re.compile(r"以[^，,。；;：:！？!?]{0,10}$")


# words that make a closing noun the subject of its clause (意义很大 / 重要性在于 / 紧迫感不强): no heading ends there
_PREDICATE = re.compile(r"很|十分|非常|极为|极其|特别|更加|在于|就是|也是|都是|不强|不够|不足")


# 认清形势，统一思想认识: a second clause that closes on the understanding to be reached (统一/提高/深化 … 认识)
_CLAUSE_CLOSE = re.compile(r"(?<=[，,])[\u4e00-\u9fff]{0,4}(?:统一|提高|深化|端正|增强|提升)(?:思想|政治)?认识")
# …重视再重视 / …扎实再扎实: a demand said twice closes a heading that put its topic first (思想上要…, 工作上要…)
_DOUBLED_CLOSE = re.compile(r"[上中里]要?([\u4e00-\u9fff]{2})再\1")
CLOSE_TEXT_MIN = 12  # characters of the text's sentence after such a close, a mark among them


def closing_form_end(after: str, end: int) -> int:
    """Where a closing form ends a heading glued to a sentence of text: a second clause reaching 认识, or a
    demand said twice after its topic; the text's sentence runs on CLOSE_TEXT_MIN characters or more with a comma
    or colon in it (…统一思想认识的关键在于… goes on: 的 after it)."""
    for pattern in (_CLAUSE_CLOSE, _DOUBLED_CLOSE):
        m = pattern.search(after, 0, min(end, REPEAT_HEADING_MAX))
        if m is None or end - m.end() < CLOSE_TEXT_MIN or not _CJK_OR_DIGIT.match(after, m.end()):
            continue
        if after[m.end()] in "的与和及并上中" or re.search(r"[。！？!?；;]", after[: m.end()]):
            continue
        if re.search(r"[，,：:]", after[m.end() : end]):
            return m.end()
    return end


def lead_end(after: str, end: int) -> int:
    """Where the lead after a sequence label (第一，/ 一是) ends, given the end of its first sentence: at a closing
    form, a word of it taken up as the text's subject, or a word that opens text after a word headings close with."""
    end = closing_form_end(after, end)
    end = _subject_end(after, end)
    return _opener_end(after, end)


def _run_on_heading_end(after: str, end: int) -> int:
    """Where a heading-style label's heading ends when no full stop closes it before the text runs on."""
    end = closing_form_end(after, end)
    m = _HEADING_CLOSE.search(after, 0, end)
    # (…重要性的认识 / …重大意义与我县取得的成效 go on)
    if m is None or end - m.end() < 8 or after[m.end()] in "。！？!?，,；;：:”’）)的与和及并":
        return end
    if _MEANS.search(after, max(0, m.start() - 12), m.start()):
        return end  # (以更强的责任感使命感推进乡村振兴: the noun is the means, the verb after it goes on the heading)
    if _PREDICATE.match(after, m.end()):  # (它的意义很大: the noun is the subject of the clause, which goes on)
        return end
    if end == len(after) and end - m.end() <= LINE_TAIL_MAX and not _NO_REPEAT.search(after, m.end()):
        return end  # (…的使命感落实好河长制湖长制 alone in its paragraph, no mark after the noun: a heading line whole)
    return m.end()


LINE_TAIL_MAX = 12  # characters after the close noun of a heading line that stands alone (no sentence end, no mark)


SPACED_TEXT = 12  # characters; the sentence after a heading's last space runs at least this long
SPACED_SENTENCE = 8  # characters of a whole sentence after the space that opens with a word of text
SPACED_LONG_SENTENCE = 24  # characters of a whole sentence after the space, opening with any word


def _spaced_text_end(after: str, end: int) -> int:
    """一、2020年工作回顾 过去一年，在新中国历史上极不平凡。: a heading run into its paragraph with one space
    between (a page that set the heading apart in bold, not on a line of its own) ends at its last space when
    what follows up to the sentence's end is a sentence of text: long, with a comma, and no space in it (a
    heading's phrases, 坚持创新驱动 推动高质量发展, are short and hold no comma)."""
    gaps = list(_LOST_BREAK.finditer(after, LOST_BREAK_MIN, end))
    if not gaps:
        return end
    gap = gaps[-1]
    text = after[gap.end() : end]
    if re.search(r"\s", text):
        return end
    if len(text) >= SPACED_TEXT and re.search(r"[，,]", text):
        return gap.start()
    # a whole sentence after the space is the heading's text when it opens as text does (二、2022年政府工作任务 今年经济
    # 社会发展任务重、挑战多。), or runs long (二、“十五五”时期发展的主要考虑 省委十五届九次全会对我省未来五年…作出了
    # 系统设计和战略谋划。: a heading's second phrase is short), or follows a heading that parts its phrases with commas,
    # which does not part them with a space too (…善于抓住主要矛盾，…有妥协的工作方法 一个干部最重要的是…。)
    if text[-1:] in tuple("。！？!?") and (
        len(text) >= SPACED_LONG_SENTENCE
        or (len(text) >= SPACED_SENTENCE and (_TEXT_START.match(text) or re.search(r"[，,；;]", after[: gap.start()])))
    ):
        return gap.start()
    # (…，把各方力量拧成一股绳 主要抓好三个联动：一是…: so does the text's sentence that brings in a list)
    if text[-1:] in ("：", ":") and re.search(r"[，,；;]", after[: gap.start()]) and not re.search(r"[，,]", text):
        return gap.start()
    return end


OPENING_REPEAT = 4  # characters of a heading's first words that the text glued to it opens with again
OPENING_HEADING_MIN = 6  # characters of heading before the text takes up its first words
OPENING_TEXT_MIN = 8  # characters of the text's sentence after the cut, at least


def _opening_repeat_end(after: str, end: int) -> int:
    """二、2009年教育工作的简要回顾2009年应该说是…。 / “十五五”时期主要目标任务“十五五”时期在…: a heading
    glued to its text ends where the text opens with the heading's own first words again (four characters
    or more, right after a word of the heading: not after a mark, 发展经济，发展经济是… is one heading; nor after a
    comma anywhere before it: …实行外包管理，选择优质行政服务供应商 is one sentence that names its subject twice)."""
    words = after[:OPENING_REPEAT]
    if len(words) < OPENING_REPEAT or _NO_REPEAT.search(words.strip("“”")) or not _CJK_OR_DIGIT.match(words.lstrip("“")):
        return end
    j = after.find(words, OPENING_HEADING_MIN, min(end, REPEAT_HEADING_MAX) - OPENING_TEXT_MIN + OPENING_REPEAT)
    if j < 0 or not re.match(r"[\u4e00-\u9fff\d”）)]", after[j - 1]) or re.search(r"[。！？!?；;：:，,\s]", after[:j]):
        return end
    return j


_CJK_OR_DIGIT = re.compile(r"[\u4e00-\u9fff\d]")


# …齐抓共管新格局当前，从国际到国内… / …谋划人大工作月初，我到… / …的简要回顾春防期间，…: a time word and its comma
# glued to a heading's last word open the text's first sentence (a heading's 当前 is an object, 立足当前，…; 明年年底，
# is a date); so does a place's placeholder and 是 (…的森林防火工作*是一个…地区: the text's subject), and a year
# with 是 or with 以来 and a comma (…的信心和决心20XX年是…).
_GLUED_TIME = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:当前|目前|(?<![年今明去本当前后次同上下每〇零一二三四五六七八九十])(?:月初|月底|年初|年底|年末)"
    r"|近期|近日|日前|前不久|最近|近年来|近几年|今年以来|去年以来|这段时间|这几天|这一阶段"
    r"|(?:今年|去年|本年度?)?(?:上半年|下半年|[一二三四]季度|前[两三]季度|一至[二三四五六七八九十]{1,2}月)"
    r"|[\u4e00-\u9fff]{2}期间)[，,](?=[\u4e00-\u9fff“])|(?:[*＊]|[XxＸｘ×]{1,3})(?:县|市|区|镇|乡)?是"
    # …的信心和决心2019年是… / …做出了积极贡献2016年以来，…: a year (a masked one too: 20XX年) and 是, or 以来 and a comma
    r"|(?:19|20)[\dXxＸｘ*＊×]{2}年(?:是|以来[，,])(?=[\u4e00-\u9fff“]))"
)
# …表达两个感谢首先，感谢… / …总体形势分析据气象部门预测，…: a sequence word and its comma, or a source the text
# reports from (据统计 / 据…预测), glued to a heading's last word open the text's first sentence; a heading
# says 首先 without a comma (首先要…) and 依据 / 根据 / 数据 are no such source.
_GLUED_OPENER = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:首先|其次)[，,](?=[\u4e00-\u9fff“])"
    r"|(?<![依根数证占凭])据[\u4e00-\u9fff]{0,8}?(?:预测|统计|了解|测算|调查|监测)(?:显示|表明)?[，,]?(?=[\u4e00-\u9fff“\d]))"
)
_TIME_OBJECT = re.compile(r"(?:立足|着眼|把握|认识|研判|分析|抓住|聚焦|面对|应对|做好|统筹|兼顾|正视|审视|关注|看清|认清|结合)$")
GLUED_TIME_HEADING = 8  # characters of the heading before a glued time word at least
GLUED_TIME_TEXT = 8  # characters of the glued text's sentence after the time word's comma at least


def _glued_time_end(after: str, end: int, sentence_end: int) -> int:
    """Where a heading glued to a text that opens with a time word (or a placeholder subject, a sequence word,
    a reported source) ends, before ``end`` (the glued text's first sentence ends at ``sentence_end``)."""
    m = _GLUED_TIME.search(after, GLUED_TIME_HEADING, min(end, REPEAT_HEADING_MAX))
    if m is not None and _TIME_OBJECT.search(after, 0, m.start()):
        m = None  # (分析当前，…: the time word is the heading's object)
    if m is None:  # (the source's comma may be the first sentence mark: search to the sentence's end)
        m = _GLUED_OPENER.search(after, GLUED_TIME_HEADING, min(sentence_end, REPEAT_HEADING_MAX))
        if m is not None and m.start() >= end:
            m = None
    if m is None or sentence_end - m.end() < GLUED_TIME_TEXT:
        return end
    return m.start()


# …必须做到“四个准确把握” / …增强"四个意识": a counted formula in quotes (a numeral, then 个/大/项/条/种, then its
# words) that closes a heading; on a flattened page the text glued after it starts a sentence of its own
_COUNTED_QUOTE = re.compile(r"(?:“[一二两三四五六七八九十]+(?:个|大|项|条|种)[^“”\"]{1,10}”|\"[一二两三四五六七八九十]+(?:个|大|项|条|种)[^“”\"]{1,10}\")")
# what a counted formula goes on into inside its heading (…“四个意识”的要求 / “两个确保”要求 / “三个一批”工程)
_FORMULA_GOES_ON = re.compile(rf"[{_JOINING}]|要求|精神|目标|任务|部署|理念|战略|作用|原则|标准|工程|行动|活动|建设|机制|体系|意识|重要")
COUNTED_HEADING_MIN = 8  # characters of a heading before its counted formula ends, at least
COUNTED_TEXT_MIN = 15  # characters of the glued text from the cut to its sentence's end, at least


def _counted_quote_end(after: str, end: int) -> int:
    """深刻领会文件精神,必须做到"四个准确把握"兴水利、除水害历来是…: on a flattened page a heading closed by a
    counted formula in quotes ends there when its first sentence runs long past it (RUN_CLEAR) and the words
    glued after it do not carry the formula on (的/要求/工程…)."""
    if end <= RUN_CLEAR:
        return end
    for m in _COUNTED_QUOTE.finditer(after, COUNTED_HEADING_MIN - 4, end):
        cut = m.end()
        if cut < COUNTED_HEADING_MIN or end - cut < COUNTED_TEXT_MIN or cut > RUN_CLEAR + 10:
            continue
        if after.count('"', 0, m.start()) % 2:  # (a half-width quote that closes, not one that opens)
            continue
        if not _CJK_OR_DIGIT.match(after, cut) or _FORMULA_GOES_ON.match(after, cut):
            continue
        return cut
    return end


def heading_end(after: str, sentence_end: int, label_length: int, flattened: bool) -> int:
    """Where the heading in ``after`` (the text after its label, ``label_length`` characters long) ends, given
    the end of its first sentence; ``flattened``: the page lost its line breaks."""
    end = _run_on_heading_end(after, sentence_end)
    wrapped = _wrapped_heading(label_length, after, sentence_end) if flattened else None
    counted = _counted_quote_end(after, end) if flattened and wrapped is None else end
    if wrapped is not None:
        end = wrapped
    elif counted < end:  # …必须做到“四个准确把握”兴水利、除水害历来是…
        end = counted
    elif flattened:  # …统一到中央决策部署上来 脱贫攻坚是…: a space where the line broke
        gap = _LOST_BREAK.search(after, LOST_BREAK_MIN, end)
        end = gap.start() if gap else _parallel_heading_end(after, end)
    else:  # 一、统一思想，提高认识　　当前…: a paragraph's indent where its line broke, on any page
        indent = _INDENT_BREAK.search(after, LOST_BREAK_MIN, end)
        end = indent.start() if indent else _spaced_text_end(after, end)
    repeated = _repeated_heading_end(after, sentence_end) if flattened else sentence_end
    if repeated < sentence_end and not re.search(r"\s", after[:repeated]):
        end = repeated  # 关于今年的统计工作统计工作是…: the text takes up the heading's words
    end = _opening_repeat_end(after, end)
    quote = _GLUED_QUOTE.search(after, LOST_BREAK_MIN, end)
    end = quote.start() if quote else _glued_heading_end(after, end)
    end = _taken_up_end(after, end)
    end = _restated_subject_end(after, end)
    end = _subject_end(after, end)
    end = _glued_time_end(after, end, sentence_end)
    end = _opener_end(after, end)
    end = _address_end(after, end)
    tag = _SITE_TAG.search(after, max(0, end - 16), end)  # (a tag is short: a hostile line stays linear)
    return tag.start() if tag else end


# …的重要性和紧迫感 (弘利教育): a bracketed name set apart by a space at a heading's end is the tag a web
# site put on the line, not the heading's (a heading's own bracket, …办法（试行）, follows it directly)
_SITE_TAG = re.compile(r"[ \u3000]+[（(][\u4e00-\u9fff]{2,8}[）)][ \u3000]*$")


RUN_CLEAR = 40  # characters; a longer heading found ends no clearer than a lead sentence
RUN_SLACK = 4  # characters a glued heading may run past the longest standalone heading of its run
RUN_TEXT_MIN = 8  # characters of the text's sentence after the cut, at least
# Words that open a sentence of text (a time, the speaker's side), looked for only in a run's glued lead:
# 过去一年， / 今年是 / 一年来， / 党的十八大以来， / 2010年， / 我们… / 我国…
_RUN_TEXT_START = re.compile(
    r"今年(?=[，,是将要\d《“])|去年(?=[，,是\d])|过去的?[一二三四五六七八九十几两]+年(?=[，,是来里中])|这一年(?=[，,是])"
    r"|[一二三四五六七八九十百几两多]+年(?:来|以来|前)(?=[，,])|本年度(?=[，,])|本学期(?=[，,])"
    r"|(?:党的)?[一二三四五六七八九十]{2,3}大以来(?=[，,的])|\d{4}年(?=[，,是])|\d{4}年\d{1,2}月"
    r"|从现在起(?=[，,])|当前(?=[，,])|当今世界|当今时代|如今(?=[，,])|我们(?!的)|我国|我是|我曾|我[省市县区镇乡校厂]"
    r"|我(?:知道|觉得|认为)|一是(?=[\u4e00-\u9fff])"  # (…意味着什么我知道， / …下步打算一是对…)
    r"|[\u4e00-\u9fff]{2}上下(?=要|都|必须|务必|一定)"  # (…转变工作作风集团上下要…)
    r"|[省市县区]?第[一二三四五六七八九十]+次[\u4e00-\u9fff]{2,5}以来(?=[，,])"  # (…工作回顾县第十三次党代会以来，)
    r"|我(?:始终|一直|时刻|深知|坚持|认真|积极|主动|带头|自觉)"  # (…自觉做到廉洁从政我始终把…: a report's 我 and its habit)
    r"|(?!起来|下来|出来|上来|过来|回来|进来)[\u4e00-\u9fff]{2}(?:以后|之后)(?=[，,])"  # (…拥有从容的人生毕业以后，生活会…: a time the text opens with)
    r"|主要(?:抓好|抓了|做了|做好)(?=[了这以下一二三四五六七八九十几两])"  # (…拧成一股绳主要抓好三个联动：)
)
# …高质量发展今年公司… / …落地见效各级党组织书记是…: words that open the text only right after a word a heading
# closes with (推动今年… / 压实各级… keep them in the heading)
# (…浓厚氛围抓招商、抓项目，关键在人: a list of the text's charges, each said with its verb)
# (…的工作格局各乡镇、各部门要…: the units charged, listed each with its 各)
_CLOSED_TEXT_START = re.compile(
    r"今年(?=[\u4e00-\u9fff])|各级(?=[\u4e00-\u9fff]{2})|([抓促强])[\u4e00-\u9fff]{1,4}、\1|各[\u4e00-\u9fff]{1,4}、各"
    r"|各(?:乡镇|县区|县市区|部门|单位|成员单位|村|地)(?=[\u4e00-\u9fff]{2})"  # (…确保活动取得实效各乡镇妇联主席要…)
)
# …，全面排查整治风险隐患要紧盯水库…: the text's charge glued to the last word of a two-clause heading (only after
# its comma: 打败对手要靠… / 蓝军的价值要体现在… are headings saying 要 themselves; 需要 / 重要 / 只要 … are words)
_RUN_CHARGE = re.compile(r"(?<![需重主只必想不就还也都应将须总纪摘们家])要(?![求素点件害闻务领诀义])(?=[\u4e00-\u9fff]{2})")


def run_heading_end(after: str, end: int, clear: list[str]) -> int | None:
    """Where a lead glued to its text ends, given the headings of its run that end clearly: at the first
    word that opens a sentence of text (``_RUN_TEXT_START``), that says the heading's first words again
    (three characters or more: 决议稿的基本框架决议稿除…) or a word of the heading as the subject of 是
    (…文化繁荣兴盛文化是…) or after 这次 (…的领导这次主题教育，…), or the text's 要 after a two-clause heading
    (…，全面排查整治风险隐患要紧盯…), glued to a word (no mark before it), at most
    RUN_SLACK characters past the longest clear heading (past their shared length, if they share one) and with no more commas than one holds; or, when
    RUN_ALIKE or more clear headings, two in three at least, are of one length (队伍建设卓有成效), at that
    length if no mark falls within it or at it. None when there is none."""
    return _cue_end(after, end, clear, run_bound(clear), max(len(re.findall(r"[，,]", h)) for h in clear))


UNBOUNDED_RUN = 12  # characters a glued lead's heading may run to where no heading of its run ends clearly
UNBOUNDED_COMMAS = 1  # commas such a heading may hold


def unbounded_run_end(after: str, end: int) -> int | None:
    """``run_heading_end`` for a lead none of whose run's headings ends clearly (every one glued to its text),
    by the surer words alone: a word that opens a sentence of text (not a verb's object: …历程告诉我们) or a word
    of the heading as the subject of 是, within UNBOUNDED_RUN characters (plus RUN_SLACK) and one comma. The
    caller takes such cuts only where two or more leads of the run are cut so (``_run_heading_ends``)."""
    return _cue_end(after, end, [], UNBOUNDED_RUN, UNBOUNDED_COMMAS, sure=True)


# verbs and prepositions that take what follows as their object (…的奋斗历程告诉我们，… / 从1949年到1966年，…:
# one sentence, no text's start)
_OBJECT_OF = re.compile(r"(?:告诉|让|使|令|带领|要求|希望|号召|鼓舞|激励|提醒|启示|教育|给|为|向|同|和|与|跟|对|到|至|从|自|在|于)$")


def _cue_end(after: str, end: int, clear: list[str], bound: int, commas: int, sure: bool = False) -> int | None:
    """The cut ``run_heading_end`` and ``unbounded_run_end`` look for, within ``bound`` (plus RUN_SLACK) characters
    and ``commas`` commas; ``sure``: by the surer words alone."""
    opening = after[:RUN_OPENING]
    for p in range(LOST_BREAK_MIN, min(end - RUN_TEXT_MIN, bound + RUN_SLACK) + 1):
        start = _RUN_TEXT_START.match(after, p)
        # (…必须把优化营商环境作为…: the heading's first words again as a verb's object open no text)
        again = _CJK_WORD.fullmatch(opening) and after.startswith(opening, p) and not _OBJECT_VERB.fullmatch(after[max(0, p - 2) : p])
        if sure:
            # (…物流带经贸通道建起来以后，…: a clause's time word ends the clause, which opens further back)
            # (…，科学研判当前，…: a time a verb takes as its object)
            sure_start = (
                start and not _OBJECT_OF.search(after, 0, p) and not _TIME_OBJECT.search(after, 0, p)
                and not start.group().endswith(("以后", "之后"))
            )
            # (燃气安全方面，要巩固城镇燃气安全…: a topic's words again after its comma are the sentence's own)
            sure_again = again and not re.search(r"[，,]", after[:p])
            if not (sure_start or sure_again or _subject_taken_up(after, p, clear)):
                continue
        else:
            charge = bool(_RUN_CHARGE.match(after, p)) and (_second_clause(after, p) or _short_closed(after, p, end))
            closed = bool(_CLOSED_TEXT_START.match(after, p)) and bool(_HEADING_LAST.search(after, max(0, p - 10), p))
            # (…，凝聚奋进力量“自力更生、…”的幸福渠精神，是…: after a two-clause heading, a quoted phrase opening the
            # text's subject)
            quoted = bool(_QUOTED_SUBJECT.match(after, p)) and _second_clause(after, p)
            if not (start or charge or closed or quoted or again or _subject_taken_up(after, p, clear) or _this_taken_up(after, p)):
                continue
        # (…，清醒认识当前…严峻形势过去一年，在…: a time set apart by its comma opens the text, not the known clause)
        if _knows_clause(after, p) and not (start and after[start.end() : start.end() + 1] in "，,"):
            continue
        if not (_CJK_OR_DIGIT.match(after[p - 1]) or after[p - 1] in "”）)"):
            continue
        if after[p - 1] in _JOINING or len(re.findall(r"[，,]", after[:p])) > commas:
            return None
        return p
    alike = _alike_length(clear, pair=True) if clear else 0
    # (two of one length alike in a place, 过去一年的工作回顾 / 养老服务的重点任务, give it to the lead too: not
    # 加强对助餐服务的领导…, whose 的 is elsewhere;
    # and the lead's first clause runs on past it, 关爱自己护理工作强度大、…, not 首先要肯定，…)
    unlike = len(clear) == 2 and (
        not _CJK_WORD.fullmatch(after[:alike])  # (characters alone, as theirs: not 2025年工作的…)
        or any(clear[0][i] == clear[1][i] != after[i] for i in range(min(alike, len(after))))
        or bool(re.search(r"[，,、；;：:。！？!?]", after[alike : alike + PAIR_TEXT_RUN]))
    )
    if alike and alike <= end - RUN_TEXT_MIN and not unlike and not re.search(r"[^\u4e00-\u9fff\d]", after[: alike + 1]):
        return alike
    return None


_QUOTED_SUBJECT = re.compile(r"“[^”]{2,30}”的[\u4e00-\u9fff]")  # (“自力更生、艰苦创业”的幸福渠精神)


SHORT_CLOSED_HEADING = 8  # characters of a one-clause heading the text's 要 may follow, at most
CHARGE_TEXT_MIN = 12  # characters of the text's sentence from its 要, at least


def _short_closed(after: str, p: int, end: int) -> bool:
    """强化要素保障要坚持…: a short one-clause heading that opens with a verb and ends with a word headings close with, the
    text's long sentence glued after it opening with its 要 (各级干部要切实… is one sentence: its subject, no verb)."""
    return (
        p <= SHORT_CLOSED_HEADING and bool(_HEADING_VERB.match(after)) and bool(_HEADING_LAST.search(after, max(0, p - 10), p))
        and end - p >= CHARGE_TEXT_MIN
    )


# the verbs a heading of the genre opens with (强化要素保障 / 加强组织领导 / 压实工作责任)
_HEADING_VERB = re.compile(r"强化|加强|推进|推动|提升|提高|深化|完善|健全|优化|坚持|聚焦|突出|狠抓|抓好|做好|抓实|压实|夯实|加快|统筹|严格|规范|构建|打造|营造")


def _second_clause(after: str, p: int) -> bool:
    """``after[:p]`` is a heading of two clauses, the second not saying the first's words again (发展养老产业，发展养老
    产业要… is one sentence taking up its subject)."""
    comma = re.search(r"[，,]", after[LOST_BREAK_MIN:p])
    return comma is not None and not after.startswith(after[LOST_BREAK_MIN + comma.end() :][:RUN_OPENING])


def _alike_length(clear: list[str], pair: bool = False) -> int:
    """The one length RUN_ALIKE or more of a run's clear headings, two in three at least, share, or with ``pair``
    both of two made of characters alone (坚守仁心 / 精进技术: not 2024年工作回顾, nor two clauses with a comma)
    (0: none)."""
    alike, count = Counter(len(h) for h in clear).most_common(1)[0]
    two = pair and count == len(clear) == 2 and all(_CJK_WORD.fullmatch(h) for h in clear)
    return alike if (count >= RUN_ALIKE or two) and 3 * count >= 2 * len(clear) else 0


def run_bound(clear: list[str]) -> int:
    """How long a heading of the run may be: the length its clear headings share, else the longest."""
    return _alike_length(clear) or max(len(h) for h in clear)


# A time word opening a sentence of text (今年是… / 过去一年， / 十八大以来，): glued to a heading's last word it
# ends the heading even where no heading of the run ends clearly.
_TIME_TEXT_START = re.compile(
    r"今年(?=[，,是])|去年(?=[，,是])|过去的?[一二三四五六七八九十几两]+年(?=[，,是])"
    r"|[一二三四五六七八九十百几两多]+年(?:来|以来)(?=[，,])|(?:党的)?[一二三四五六七八九十]{2,3}大以来(?=[，,])"
)


def time_heading_end(after: str, end: int) -> int | None:
    """Where a lead glued to its text ends at a time word opening the text (``_TIME_TEXT_START``) right after
    a word of the heading, within RUN_CLEAR characters, the text's sentence at least TIME_TEXT_MIN long; not
    after a verb that takes the time as its object (认真总结过去一年，…); None when there is none."""
    for m in _TIME_TEXT_START.finditer(after, LOST_BREAK_MIN, min(end, RUN_CLEAR + 12)):
        p = m.start()
        if p > RUN_CLEAR or end - p < TIME_TEXT_MIN or not (_CJK_OR_DIGIT.match(after[p - 1]) or after[p - 1] in "”）)"):
            continue
        if after[p - 1] in _JOINING or _TIME_VERB.search(after, 0, p) or re.search(r"[。！？!?；;：:]", after[:p]):
            return None
        return p
    return None


TIME_TEXT_MIN = 15  # characters of the text's sentence after a time word that ends a glued heading
# (a noun after 工作 or 的: 2021年工作回顾过去一年是… ends the heading 2021年工作回顾)
_TIME_VERB = re.compile(r"(?<!工作)(?<!的)(?:总结|回顾|谋划|部署|做好|抓好|安排|展望|盘点|对比|比较)$")


def _this_taken_up(after: str, p: int) -> bool:
    """这次主题教育，… glued to 加强对主题教育的领导: the text opens with 这次/这项/本次 and a word the heading holds
    (two to six characters)."""
    if after[p : p + 2] not in ("这次", "这项", "本次"):
        return False
    return any(_CJK_WORD.fullmatch(after[p + 2 : p + 2 + n]) and after.find(after[p + 2 : p + 2 + n], 0, p) >= 0 for n in range(6, 1, -1))


def _subject_taken_up(after: str, p: int, run: list[str]) -> bool:
    """文化是一个国家… glued to 推动社会主义文化繁荣兴盛: the text opens with a word the heading holds (two to six
    characters, or a quoted term; four or more may come from another heading of the run ``run``: 思想大解放是…)
    as the subject of 是, or as a topic before a colon (…和主要任务总体要求：…)."""
    return not _knows_clause(after, p) and any(
        after[p + n : p + n + 1] in ("是", "：", ":") and _SUBJECT_WORD.fullmatch(word := after[p : p + n])
        and (after.find(word, 0, p) >= 0 or (n >= 4 and any(word in h for h in run)))
        for n in range(2, 9)
    )


_CLAUSE_VERB = re.compile(r"(?:认识到?|意识到|看到|懂得|明白|理解|深知|牢记|铭记|坚信|相信|知道|体会到)")


def _knows_clause(after: str, p: int) -> bool:
    """…，深刻认识红色基因是我们党…的精神密码: the clause up to ``p`` says what is known, its object a clause of
    its own that runs on (its subject and its 我们 open no text)."""
    clause = re.split(r"[，,；;：:]", after[:p])[-1]
    return _CLAUSE_VERB.search(clause) is not None
_SUBJECT_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}|“[\u4e00-\u9fff]{2,6}”")  # (a quoted term too: “一国两制”是…)


PAIR_TEXT_RUN = 4  # characters of the glued text's clause past a length two clear headings give, at least
RUN_OPENING = 3  # characters of a heading's first words that its glued text says again
RUN_ALIKE = 3  # clear headings of one length, at least, for that length to bound the others
