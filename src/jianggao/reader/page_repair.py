"""Page repairs: a pasted web page or PDF copy put back into the speech's paragraphs.

Before the outline is read, a document viewer's numbered pages of text (1、… 2、…, each cut
mid-sentence) are joined back into one text, lines cut at one page width (a PDF copy) or between two Latin
words are joined back into paragraphs, a title whose year stands on a line of its own gets it back, a page that lost
every line break is cut at its title, salutation and headings, and a paragraph that is nothing but
three or more short 一、 points in order holds one point each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..records import replace
from ..zh.display_width import display_width
from ..zh.labels import HEADING_RANK, LabelMatch, first_sentence_end, match_label, sentence_starts
from ..zh.numerals import chinese_numeral, parse_chinese_number
from .announcements import items_counted
from .header import (
    ADDRESS_ADJECTIVES,
    GLUED_SALUTATION,
    SALUTATION_OPENER,
    SALUTATION_STEMS,
    TITLE_END,
)
from .heading_end import commonest
from .label_runs import DASH
from .line_breaks import join_lines, wrapped_between_words
from .outline_records import SourceParagraph
from .outline_rules import (
    NAMED_ORDINAL,
    SENTENCE_END_MARK,
    SENTENCE_ENDS,
    SHORT_LEAD,
    TERMINAL,
    bold_lead_text,
    common_prefix,
    ends_no_sentence,
)
from .unnumbered import keyword_line, short_heading

# 一、20**年工作回顾 / 一、20XX年…: a template's masked year opens a heading as a year does (一、5 opens none)
_MASKED_YEAR = r"(?!\d{2}[Xx*×＊]{1,2}年)"

# 十五期间 / 十三五时期 / 十四五规划: a five-year plan's name that lost its quotes (a numeral that is no label)
_PLAN_NAME = r"十[一二三四]?五(?:期间|时期|规划|计划|以来|末)"

# A web page that lost every line break (title, salutation, opening and points in one line).
FLAT_LENGTH = 250  # characters; a paragraph this long in a text of at most three is a flattened page
FLAT_LENGTH_ALONE = 100  # a text that is one paragraph only is flattened from this length
_PAGE_COUNTER = re.compile(r"^第\s*\d{1,3}\s*页\s*[/／,，]?\s*共\s*\d{1,3}\s*页\s*(?=\S)")
# (上的讲话 first: a title ends at its first 上的讲话, not at a later 讲话稿 of a second title run on after it)
_FLAT_TITLE = re.compile(rf"^(.{{4,60}}?(?:上的讲话|{'|'.join(sorted(TITLE_END, key=len, reverse=True))}))(?=\s*\S)")
# 党课：坚持…干成事同志们：今天… / 縣委書記在…上的講話同志們：…: a title with no title word (or in traditional
# characters) glued to the salutation; not a salutation's own list (尊敬的各位领导、同志们：) nor a sentence.
# (…青年尊敬的各位领导：: the salutation's 尊敬的 / 敬爱的 / 亲爱的 before another of its words is no end of the title)
_FLAT_GLUED_TITLE = re.compile(
    rf"^(?P<title>(?!{'|'.join(SALUTATION_STEMS)})[^。！？!?；;，,、\s]"
    rf"[^。！？!?；;\s]{{4,58}}[^。！？!?；;，,、\s]){''.join(f'(?<!{a})' for a in ADDRESS_ADJECTIVES)}(?={GLUED_SALUTATION})"
)
_FLAT_SALUTATION = re.compile(rf"^(?P<salutation>(?:{SALUTATION_OPENER})[^。！？：:]{{0,30}}[：:])")
# (after a space, or after the speaker's name of two to four characters the title ran into: 李克强各位代表：)
_FLAT_SALUTATION_AFTER = re.compile(
    rf"(?:(?<=\s)|^[\u4e00-\u9fff]{{2,4}})(?P<salutation>(?:{SALUTATION_OPENER})[^。！？：:\s]{{0,30}}[：:])"
)
_FLAT_HEADING = re.compile(
    # (a Latin word between, loCalHoST, is a document site's watermark: it stays with the sentence before)
    # (一、2020年工作回顾: a year may open the heading; 一、二、 and 一、5 open none)
    # (一、十四五时期… / 一、十五期间…: a five-year plan's name without its quotes opens one)
    rf"(?<=[。！？!?；;：:])\s*(?:[A-Za-z]{{3,}}\s+)?(?=[一二三四五六七八九十]{{1,3}}、(?:{_PLAN_NAME}|(?![一二三四五六七八九十]|{_MASKED_YEAR}\d{{1,3}}\D))"
    r"|[（(][一二三四五六七八九十]{1,3}[）)])"
    # …专项整治工作（一）开展…: a sub-heading run on after its heading (not 第（一）项)
    r"|(?<=[\u4e00-\u9fff])(?<!第)(?=[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff])"
    # …我再强调几点：一要… — a list announced by a count of 点 starts on a line of its own
    # …取得了明显成效。 1、抓发动，…: an Arabic-numbered heading after a sentence and the space of a lost break
    r"|(?<=[。！？!?])\s+(?=\d{1,2}、[\u4e00-\u9fff])"
    r"|(?<=[讲谈提说调][一两二三四五六七八九十几]点[：:])\s*(?=一[是要]|第一[，,、]|首先[，,])"
    r"|(?<=[讲谈提说调][一两二三四五六七八九十几]点意见[：:])\s*(?=一[是要]|第一[，,、]|首先[，,])"
    # …我将告诉大家一些意见。第一，肯定成绩，…: the opinions announced, the first of them starts a line
    r"|(?<=意见[。：:])\s*(?=第一[，,、])"
)


def unflatten(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """Split a flattened page back at its title, salutation and heading labels (一、 （一） after a sentence end)."""
    limit = FLAT_LENGTH_ALONE if len(paras) == 1 else FLAT_LENGTH
    if len(paras) > 3 or not any(len(p.text) >= limit for p in paras):
        # a page of several lines, one of which holds the speech's points run together (…意见：一、…（一）…)
        # (or a first heading whose line break before it was lost: …我讲三点意见。一、统一思想 / … / 二、…)
        second = next((k for k, p in enumerate(paras) if p.text.startswith(("二、", "（二）", "(二)"))), None)
        first = any(p.text.startswith(("一、", "（一）", "(一)")) for p in paras)
        # …表示热烈的欢迎！一、充分认识…的重要意义… / （一）…: an excerpt cut before its 二、, whose 一、 lost the
        # break before it and has its （一） opening a line below
        sub = next((k for k, p in enumerate(paras) if p.text.startswith(("（一）", "(一)"))), None)
        return [
            piece for k, p in enumerate(paras)
            for piece in _split_run_together(
                p,
                lost_first=not first and second is not None and k < second,
                lost_lone=sub is not None and k < sub and not any(q.text.startswith(("一、", "二、")) for q in paras),
            )
        ]
    out: list[SourceParagraph] = []
    for p in paras:
        text = p.text
        if len(text) < limit:
            out.append(p)
            continue
        pieces: list[str] = []
        if not out:  # 第1页共11页在…上的讲话…: a document site's page counter glued before the title
            text = _PAGE_COUNTER.sub("", text, count=1)
        m = _FLAT_TITLE.match(text) or _FLAT_GLUED_TITLE.match(text)
        if m and not out:
            pieces.append(m.group(1))
            text = text[m.end() :]
            again = _FLAT_TITLE.match(text.lstrip()) if text[:1].isspace() else None
            if again and _same_title(m.group(1), again.group(1)):  # a page's title, then the speech's printed one
                pieces.append(again.group(1))
                text = text.lstrip()[again.end() :]
        m = _FLAT_SALUTATION.match(text) or _FLAT_SALUTATION_AFTER.search(text, 0, 80)
        if m:
            if m.start("salutation") > 0:  # (2020年3月10日)某某 同志们：…: the byline before it
                pieces.append(text[: m.start("salutation")].strip())
            pieces.append(m.group("salutation"))
            text = text[m.end() :]
        cuts = [0] + [m.end() for m in _FLAT_HEADING.finditer(text)] + [len(text)]
        pieces += [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
        out += [
            SourceParagraph(p.number, piece)
            for whole in pieces for part in _split_at_ordinals(whole) for opened in _split_at_parallel_openers(part)
            for piece in _split_at_developed_items(opened) if piece
        ]
    return out


# 一、认识到位，做到未雨绸缪  （一）科学研判形势。…: a heading label after two or more spaces inside a line is
# where a page set its lines apart with spaces instead of breaks (one space may part a heading's phrases)
_SPACED_LABEL = re.compile(
    r"(?<=\S)[ \u3000\xa0]{2,}(?=[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十\d])[\u4e00-\u9fff“]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff“])"
)


# 今 天，我们召开全院党风廉政建 设暨… / 在 全 院 … 上 的 讲 话 / （2 024年3月5日）: a scanned page's recognised text
# (OCR), one space between characters of one word; two spaces, or a full-width one, still set an office from a name
_OCR_GAP = re.compile(r"(?<=[\u4e00-\u9fff\d，。、；：！？）”]) (?=[\u4e00-\u9fff\d，。、；：！？（“])")
# (known by a space between two characters, not by one after a full stop: a web copy has those)
_OCR_MARK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_SENTENCE_MARKS = re.compile(r"[，。；！？]")
OCR_LINES = 3  # lines of sentences with such gaps, at least, for a copy to read as recognised text
OCR_SHARE = 0.25  # of its lines of sentences, at least (copies typed or pasted have hardly any)


def close_ocr_gaps(paras: list[SourceParagraph]) -> tuple[list[SourceParagraph], bool]:
    """The paragraphs without the single spaces recognised text puts between Chinese characters, when enough
    lines of sentences have them (a page's menu and information lines, 首页 新闻 / 来源：… 作者：…, hold no
    sentence and count for nothing); and whether any were taken out."""
    sentences = [p for p in paras if _SENTENCE_MARKS.search(p.text)]
    # (two gaps a line at least: one space may part a heading run in from its text, 一、坚持… 正文…)
    gapped = sum(len(_OCR_MARK.findall(p.text)) >= 2 for p in sentences)
    if gapped < OCR_LINES or gapped < OCR_SHARE * len(sentences):
        return paras, False
    return [replace(p, text=_OCR_GAP.sub("", p.text)) if _OCR_GAP.search(p.text) else p for p in paras], True


def split_spaced_labels(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """A line that holds a heading and the next heading's label after a run of spaces is two lines; only a
    line that opens with a heading label is cut (its points were set apart by spaces, not breaks)."""
    out: list[SourceParagraph] = []
    for p in paras:
        if not any(m.style in HEADING_RANK for m in match_label(p.text.strip())) or not _SPACED_LABEL.search(p.text):
            out.append(p)
            continue
        cuts = [0] + [m.end() for m in _SPACED_LABEL.finditer(p.text)] + [len(p.text)]
        out += [
            replace(p, text=piece) if k == 0 else SourceParagraph(p.number, piece)
            for k, piece in enumerate(p.text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False))
            if piece
        ]
    return out


# 稳住工业基本盘 一季度我们的工业增长… / 抓紧项目开工　投资是…: an unnumbered heading set apart from its text by a space
_SPACED_HEAD = re.compile(r"^(?P<head>[\u4e00-\u9fff“”]{4,16})[ \u3000]+(?=[\u4e00-\u9fff“])")
SPACED_HEADS = 3  # paragraphs, at least, so headed for the space to part heading from text
SPACED_HEAD_TEXT = 40  # characters, at least, of the text after such a heading


def split_spaced_heads(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """Paragraphs that open with a short phrase and a space before their text (稳住工业基本盘 一季度…。), three at
    least: the phrases are unnumbered headings, each set on a line of its own over its text (each split ``said``).
    Not a line with no sentence after the space (镇党委书记 何某某: a byline)."""
    found = [
        (k, m) for k, p in enumerate(paras)
        if (m := _SPACED_HEAD.match(p.text)) and not match_label(p.text)
        and not re.search(r"[ \u3000]", p.text[m.end() :])  # (微信 7.0 / 在 HackNews 上: a copy that spaces words apart)
        and len(p.text) - m.end() >= SPACED_HEAD_TEXT and p.text.rstrip()[-1:] in "。！？!?”"
    ]
    if len(found) < SPACED_HEADS:
        return paras
    out = list(paras)
    for k, m in reversed(found):
        p = paras[k]
        out[k : k + 1] = [replace(p, text=m.group("head")), SourceParagraph(p.number, p.text[m.end() :])]
        if said is not None:
            said.insert(0, f"第 {p.number} 段开头的“{m.group('head')}”与正文只隔一个空格，已读作小标题，请核对")
    return out


# 市长视察…时的讲话 / 市长视察…时的讲话一、认真吸取…: a page that prints its title, then the speech's first
# line with the title again run on into the first heading (a speech with no opening)
REPEATED_TITLE_LINES = 4  # lines at the top where a title line and its repetition are looked for
REPEATED_TITLE_MIN = 8  # characters of the repeated title at least


def split_repeated_title(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """A line among the first that opens with a line above it again, then a heading label, is cut after it."""
    top = paras[:REPEATED_TITLE_LINES]
    for k, p in enumerate(top):
        for above in top[:k]:
            title = above.text.strip()
            if len(title) < REPEATED_TITLE_MIN or title[-1] in TERMINAL or not p.text.startswith(title):
                continue
            rest = p.text[len(title) :].strip()
            if any(m.style in HEADING_RANK for m in match_label(rest)):
                return [*paras[:k], replace(p, text=title), SourceParagraph(p.number, rest), *paras[k + 1 :]]
    return paras


def _same_title(a: str, b: str) -> bool:
    """全县…动员大会上讲话 / 在全县…动员大会上的讲话: two titles of one speech (most of the shorter one's
    characters stand in the longer one, in order)."""
    short, long_ = sorted((a, b), key=len)
    k = 0
    for ch in long_:
        if k < len(short) and ch == short[k]:
            k += 1
    return k >= 0.8 * len(short) and len(short) >= 8


LISTED_ITEM_MAX = 40  # characters; the points of a one-line list (一、…；二、…；三、…) are short
_NUMERALS = "一二三四五六七八九十"


def split_listed_points(p: SourceParagraph) -> list[SourceParagraph]:
    """一、祝贺他们身体好；二、祝贺他们学习好；三、祝贺他们工作好。: a paragraph that is nothing but three or
    more short 一、 points in order, each after the last one's ；or 。, holds one point each."""
    text = p.text.strip()
    if not text.startswith(("一、", "一.", "一．")) or len(text) > LISTED_ITEM_MAX * len(_NUMERALS):
        return [p]
    sep = text[1]  # (一.祝贺…；二.祝贺…: a copy that wrote the labels with a full stop writes them all so)
    cuts = [0]
    for numeral in _NUMERALS[1:]:
        at = text.find(numeral + sep, cuts[-1] + 2)
        if at < 0 or text[at - 1] not in "；;。" or at - cuts[-1] > LISTED_ITEM_MAX:
            break
        cuts.append(at)
    if len(cuts) < 3 or len(text) - cuts[-1] > LISTED_ITEM_MAX:
        return [p]
    bounds = [*cuts, len(text)]
    return [SourceParagraph(p.number, text[a:b].rstrip("；;")) for a, b in zip(bounds, bounds[1:], strict=False)]


def _split_at_ordinals(text: str) -> list[str]:
    """A flattened page's 第一，…第二，… / 首先，…其次，… paragraphs lost their breaks: split before an ordinal
    at a sentence start when the ordinal after it is there too (第一， before 第二，)."""
    found = [
        (i, m) for i in [0, *sentence_starts(text)] for m in match_label(text[i:], enumerations_only=True)
        if m.style in ("第一，", "首先")
    ]  # (0: a piece that starts with its 第一， after a cut before it, …意见。| 第一，…)
    indexes = {(m.style, m.index) for _, m in found}
    cuts = [i for i, m in found if m.index is not None and ((m.style, m.index + 1) in indexes or (m.style, m.index - 1) in indexes)]
    if not cuts:
        return [text]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


# A flattened page's paragraphs that open alike after a sentence's end: ——… / 1． 2． 3．
_SENTENCE_END = SENTENCE_ENDS
_CLOSING = "”’」』）)"
PARALLEL_DASHES = 3  # ——… sentence openers on one flattened page, at least, for each to open a paragraph
PARALLEL_NUMBERS = 2  # 1． 2． … in order, at least
PARALLEL_ITEM_MIN = 30  # characters from one opener to the next, at least (an inline list's items are short)


def _after_sentence(text: str, i: int, colon: bool = False) -> bool:
    j = i - 1
    while j >= 0 and text[j] in _CLOSING + " \u3000":
        j -= 1
    return j >= 0 and (text[j] in _SENTENCE_END or (colon and text[j] in "：:"))


def _split_at_parallel_openers(text: str) -> list[str]:
    """A flattened page's paragraphs that opened alike lost the breaks before them: split before a ——
    that opens a sentence when PARALLEL_DASHES or more do (a dash opens no sentence of running text, but
    a set of parallel headings: ——…是…的光辉榜样。), and before Arabic-numbered labels (1． 2、) that
    open sentences in order from 1 (the first may follow a colon: …几点建议：1．…), each one at least
    PARALLEL_ITEM_MIN characters after the last (…：1、…；2、… is an inline list)."""
    dashes = [m.start() for m in re.finditer("——", text) if m.start() > 0 and _after_sentence(text, m.start())]
    cuts = dashes if len(dashes) >= PARALLEL_DASHES else []
    numbered = []
    for m in re.finditer(r"(?<![\d.．])(\d{1,2})[、.．](?!\d)", text):
        want = len(numbered) + 1
        if int(m.group(1)) != want or not _after_sentence(text, m.start(), colon=want == 1):
            continue
        if numbered and m.start() - numbered[-1] < PARALLEL_ITEM_MIN:
            break
        if not any(lm.style == "1." and lm.index == want for lm in match_label(text[m.start() :])):
            continue
        numbered.append(m.start())
    if len(numbered) >= PARALLEL_NUMBERS:
        cuts += numbered
    if not cuts:
        return [text]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


DEVELOPED_ITEM = 80  # characters from an enumeration item's label to the next one's, at least
DEVELOPED_ITEMS = 3  # items of such a list, at least


def _split_at_developed_items(text: str) -> list[str]:
    """一抓…。…。二抓…。…。三抓…: a flattened page's paragraphs that each opened with an enumeration (一是 / 一要
    / 一抓) lost their breaks: a list of DEVELOPED_ITEMS or more numbered in order from 1, each opening a
    sentence (the first may follow a colon), each item before the last running DEVELOPED_ITEM characters or
    more over two sentences or more, is cut before each item, and before the sentence that brings it in
    with a colon (…强化以下“四种意识”：一要…: that sentence was a paragraph of its own, or the end of one),
    or that brings in a second such list right after another's last item (a review, then the tasks).
    A list said inside a paragraph (一是…；二是… or one short sentence an item) stays whole."""
    found = [
        (i, m) for i in [0, *sentence_starts(text)] for m in match_label(text[i:], enumerations_only=True)
        if m.style in ("一是", "一要") and m.index is not None and (i == 0 or _after_sentence(text, i, colon=m.index == 1))
    ]
    cuts: list[int] = []
    runs: list[list[int]] = []  # the lists cut
    for style in ("一是", "一要"):
        run: list[int] = []
        items = [(i, m.index) for i, m in found if m.style == style]
        for k, (i, index) in enumerate(items):
            if index == len(run) + 1:
                run.append(i)
            elif index == 1:
                run = [i]
            else:
                continue
            last = k + 1 == len(items) or items[k + 1][1] != index + 1
            if last and len(run) >= DEVELOPED_ITEMS and all(
                b - a >= DEVELOPED_ITEM and len(SENTENCE_END_MARK.findall(text, a, b)) >= 2 for a, b in zip(run, run[1:], strict=False)
            ):
                cuts += [i for i in run if i > 0]
                runs.append(run)
    for run in runs:
        if run[0] == 0:
            continue
        if not _after_sentence(text, run[0]):  # brought in with a colon
            cuts.append(max(text.rfind(end, 0, run[0]) for end in _SENTENCE_END) + 1)
        elif any(other[-1] < run[0] for other in runs):
            # a second list right after another's last item: the sentence before it brings it in
            end = len(text[: run[0]].rstrip(_CLOSING + " \u3000")) - 1
            start = max(text.rfind(mark, 0, end) for mark in _SENTENCE_END) + 1
            if start > max(other[-1] for other in runs if other[-1] < run[0]):
                cuts.append(start)
    cuts = [c for c in cuts if c > 0]
    if not cuts:
        return [text]
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


_INLINE_TOP = re.compile(rf"[。！？!?：:]\s*一、(?![一二三四五六七八九十]|{_MASKED_YEAR}\d{{1,3}}\D)")
# …我讲几点意见。（一）要…: a long line whose points open with （一） after a sentence's end and that holds no 一、
# label at all (its top level is （一）)
_INLINE_SUB_TOP = re.compile(r"[。！？!?]\s*[（(]一[）)](?=[\u4e00-\u9fff“])")
_ANY_TOP = re.compile(r"(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])")
_INLINE_FIRST = re.compile(rf"[。！？!?：:]\s*(?P<label>一、(?![一二三四五六七八九十]|{_MASKED_YEAR}\d{{1,3}}\D)|[（(]一[）)])")


_OPENING_TOP = re.compile(r"[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])")
# 二、关于下一阶段的重点工作（一）坚持…: the heading, its first （一） glued on with no mark between
_GLUED_FIRST_SUB = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。！？!?（(]{2,30}(?<!第)[（(]一[）)](?=[\u4e00-\u9fff“])")
_INLINE_SECOND_SUB = re.compile(r"[。！？!?]\s*[（(]二[）)](?=[\u4e00-\u9fff“])")


def _own_subs_run_in(text: str) -> bool:
    """二、突出重点，…。（一）坚持…。（二）持续…: a long line opened by its heading's label holds its own （一） and
    （二） after sentences (a page that lost the breaks inside a part)."""
    first = _INLINE_SUB_TOP.search(text) or _GLUED_FIRST_SUB.match(text)
    return bool(_OPENING_TOP.match(text)) and first is not None and _INLINE_SECOND_SUB.search(text, first.end()) is not None


def _split_run_together(p: SourceParagraph, lost_first: bool = False, lost_lone: bool = False) -> list[SourceParagraph]:
    """A long line with a top heading run in after a sentence (…讲三点意见：一、…): split at its heading labels.
    ``lost_first``: the text's 二、 opens a later paragraph and no 一、 opens one; a line of any length with
    一、 after a sentence is split there too (the break before the first heading was lost), as is a line
    that ends with a short 一、 or （一） heading after a sentence. ``lost_lone``: no 二、 and no 一、 open a
    paragraph, a （一） opens a later one: a line with 一、 after a sentence's end (not a colon) and no 二、 after
    it is split there (an excerpt cut before its second point). A long line is split at its heading labels when
    一、 follows a sentence in it, or （一） does and no 一、 stands in it."""
    glued_own = bool(_GLUED_FIRST_SUB.match(p.text)) and _own_subs_run_in(p.text)  # (of any length)
    if len(p.text) < FLAT_LENGTH and not glued_own:
        inline = _INLINE_FIRST.search(p.text)
        if inline is None:
            return [p]
        cut = inline.start("label")
        tail = p.text[cut:].rstrip()
        # …我讲三点意见。一、统一思想，提高认识 ending its line: a heading whose break before it was lost
        heading_tail = len(tail) <= SHORT_LEAD + 10 and tail[-1] not in TERMINAL
        lone = lost_lone and inline.group("label").startswith("一") and p.text[inline.start()] in "。！？!?" and "二、" not in tail
        if not (lost_first or heading_tail or lone):
            return [p]
        return [SourceParagraph(p.number, p.text[:cut].strip()), SourceParagraph(p.number, tail)]
    sub_top = _INLINE_SUB_TOP.search(p.text) or _GLUED_FIRST_SUB.match(p.text)
    if not _INLINE_TOP.search(p.text) and (not sub_top or (_ANY_TOP.search(p.text) and not _own_subs_run_in(p.text))):
        return [p]
    cuts = [0] + [m.end() for m in _FLAT_HEADING.finditer(p.text)] + [len(p.text)]
    pieces = [p.text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    return [SourceParagraph(p.number, piece) for piece in pieces if piece]


# A PDF or print copy keeps the line breaks of its page: every line of a paragraph but its last is as
# wide as the page (give or take a hanging punctuation mark), and a wrapped heading goes on on the next line.
# Widths are display widths (a Chinese character 2, a digit 1), so lines holding figures measure alike.
_FULL_LINE_SLACK = 4  # display columns a full line may fall short of the page width (避头尾 moves a mark)
_PAGE_LINE_MAX = 120  # characters; a longer line is no line of a page


WIDER_LINES = 2  # lines of two or three page lines (breaks lost) that still let a copy count as one cut at its width


def _line_width(p: SourceParagraph) -> int | None:
    """The display width of a line that may be a page line (None: a heading, a title or too long)."""
    if p.heading_level or p.is_title or len(p.text) > _PAGE_LINE_MAX:
        return None
    return display_width(p.text) + p.indent  # (an indented first line is as wide as the page's lines)


def _page_widths(paras: Sequence[SourceParagraph]) -> tuple[int | None, int | None]:
    """The width of a fixed-width page, if these lines were cut at one: most lines of some width are
    about equally wide, hardly any is wider, and most of those cut mid-sentence. Widths are display columns, an
    indent included; or, for a copy cut at a number of characters (half-width digits make its full lines
    narrower), two columns a character. Second, that character-count width on its own (None when the lines were
    cut so by none), which an indented first line narrowed by its digits is measured against."""
    lines = [p for p in paras if len(p.text) >= 16 and not p.heading_level and not p.is_title]
    short = [p for p in lines if len(p.text) <= _PAGE_LINE_MAX]
    if len(short) < 8 or len(lines) - len(short) > 0.05 * len(lines):
        return None, None  # (checked first: the test below reads every line)
    unlabelled = [p for p in short if not match_label(p.text)]  # a heading line is no measure
    longer = len(lines) - len(short)
    by_columns = _width_measured([(p, display_width(p.text) + p.indent) for p in unlabelled], len(lines), longer)
    by_chars = _width_measured([(p, 2 * len(p.text) + p.indent) for p in unlabelled], len(lines), longer)
    return by_columns or by_chars, by_chars


def _width_measured(measured: list[tuple[SourceParagraph, int]], lines: int, longer: int) -> int | None:
    """``_page_widths`` for lines measured so: ``lines`` the count of all lines long enough to measure, ``longer``
    of those too long for a page's."""
    width, full = commonest(Counter(w for _, w in measured), below=_FULL_LINE_SLACK, above=0)
    wider = sum(w > width + 2 for _, w in measured) + longer
    # (up to two lines where a copy lost a page line's break or two are allowed: at most three lines wide;
    # a paragraph of a plain text file runs longer)
    lost = sum(width + 2 < w <= 3 * width for _, w in measured)
    if full < 5 or full < 0.4 * len(measured) or wider - min(lost, WIDER_LINES) > 0.05 * lines:
        return None
    # a page cuts lines mid-sentence; short paragraphs of about one length each end a sentence
    ended = sum(p.text[-1] in TERMINAL for p, w in measured if width - _FULL_LINE_SLACK <= w <= width)
    return width if ended <= full / 2 else None


def _indents_part(paras: Sequence[SourceParagraph]) -> bool:
    """Does an indent open a paragraph of a page copy? Yes when some lines open with one and most do not (the
    lines a paragraph runs on over)."""
    indented = sum(p.indent > 0 for p in paras)
    return 0 < indented <= len(paras) / 2


def _blank_lines_part(paras: Sequence[SourceParagraph]) -> bool:
    """Does a blank line end a paragraph of a page copy? Yes, unless the copy puts one after every line
    (double spacing): at least a third of its lines follow the line before directly."""
    return len(paras) > 1 and sum(not p.blanks_before for p in paras[1:]) >= (len(paras) - 1) / 3


def _heading_after_sentence(last: str, p: SourceParagraph, w: int | None, width: int) -> bool:
    """…展现在陇原大地上。 / 2026年重点工作: a short line that ends no sentence after a full line that ends one
    is a heading, not the paragraph's last line (that ends a sentence)."""
    return (
        last[-1] in "。！？!?"
        and w is not None
        and w < width - _FULL_LINE_SLACK
        and p.text[-1] not in TERMINAL + "，,、"
    )


# 在…上的讲话 / …的发言 / 致辞: a line that ends as a speech's title does, with no comma or sentence end in it
# (——在…报告会上的报告: a subtitle; so is ——2025年1月16日在…人民代表大会第四次会议上, a report's, over its byline)
_HEAD_TITLE = re.compile(r"^[^，,。！？!?；;：:]{4,}(?:讲话|发言|致辞|讲话稿|发言稿|上的报告)$|^——[^，,。！？!?；;：:]{2,}在[^，,。！？!?；;：:]{4,}上$")


# 各位代表，同志们， / 同志们！ / 各位企业家朋友，: the audience named again (同志们的干劲… is a sentence's subject)
_AUDIENCE_AGAIN = re.compile(rf"^(?:{SALUTATION_OPENER})(?:(?!的)[\u4e00-\u9fff]){{0,6}}(?:、[\u4e00-\u9fff]{{1,6}}们)*[，,！!]")  # (老师们、同学们、校友们！)


_NO_LINE_OPENS = "、，,。；;：:！？）」』”"  # marks a printed line never opens with


def rejoin_page_lines(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """Lines cut at the page width back into paragraphs: a full line runs on into the next one unless the
    next one opens with a heading label after a sentence's end, or ends a sentence or a clause (：；) before an
    enumeration (二是…) starts a line, or a blank line stands between (when blank lines part paragraphs), or it is
    indented (when indents open paragraphs), or it is a short line that ends no sentence after a line that ends
    one (an unnumbered heading), or it names the audience again after a line that ends a sentence (各位代表，
    同志们，…: the closing)."""
    width, by_chars = _page_widths(paras)
    if width is None:
        return paras
    blank_lines_part = _blank_lines_part(paras)
    indents_part = _indents_part(paras)
    out: list[SourceParagraph] = []
    running = False
    for i, p in enumerate(paras):
        # (…六月底前应开尽 / — 1 — / 开。各县区…: the blank lines round a page's number, dropped between the two lines,
        # are the page's and end no paragraph when the line before it ended no sentence)
        # (only where indents open paragraphs: where blank lines do, a blank line is a paragraph's end, page or not)
        page_between = (
            indents_part and i > 0 and p.number - paras[i - 1].number - 1 > p.blanks_before and bool(out) and out[-1].text[-1] not in TERMINAL
        )
        if running and ((blank_lines_part and p.blanks_before and not page_between) or (indents_part and p.indent)):
            running = False
        # (…发展思想 / — 3 — / 、增进群众福祉的民心工程。: a mark no line opens with goes on the line before it, a
        # page's number and blank lines between them or not)
        running = running or (bool(out) and p.text[:1] in _NO_LINE_OPENS)
        if running and _heading_after_sentence(out[-1].text, p, _line_width(p), width):
            running = False
        if running and out[-1].text[-1] in "。！!" and _AUDIENCE_AGAIN.match(p.text):
            running = False  # …办好职工实事。 / 各位代表，同志们，新的一年…: the audience named again opens the closing
        labels = match_label(p.text) if running else []
        # (知行合 / 一、以知促行…: a label after a full line that ends no sentence is where the page cut a line)
        heading = any(m.style in HEADING_RANK for m in labels) and out[-1].text[-1] in TERMINAL
        # (三、…往深里走、往宽里走 / 1.往深里走，…: a numbered line under a heading line that ended no sentence opens a part)
        heading = heading or (bool(labels) and _heading_line_above(out[-1].text))
        ended = out[-1].text[-1] in "。！？!?；;：:" if running else False
        if running and not heading and not (labels and ended and not _in_inline_list(out[-1].text, labels)):
            last = out[-1]
            out[-1] = SourceParagraph(last.number, last.text + p.text, last.heading_level, last.is_title, blanks_before=last.blanks_before)
        else:
            out.append(p)
        w = _line_width(p)
        running = w is not None and (
            width - _FULL_LINE_SLACK <= w <= width + 2
            # (a copy cut at a number of characters, not of columns: a full line with half-width digits in it, cut
            # mid-sentence: …占年度计划的61.3%，比序时进度慢了)
            # (not a running head set apart by spaces: 南川市安全生产委员会办公室　　　　2026年3月)
            or (
                w < width and (
                    width - _FULL_LINE_SLACK <= 2 * len(p.text) <= width + 2
                    # (an indented first line cut at as many characters as the others, its indent counted among them)
                    or (p.indent and by_chars is not None and by_chars - _FULL_LINE_SLACK <= 2 * len(p.text) + p.indent <= by_chars + 2)
                )
                and p.text[-1] not in TERMINAL and not re.search(r"[ \u3000]{2}", p.text)
            )
        )
        if running and _HEAD_TITLE.search(p.text) and not any(re.search(r"[。！？!?]", q.text) for q in out):
            running = False  # 在…上的讲话 as wide as the page, above the speech's first sentence: a title line
        if not running and w is not None and i + 1 < len(paras) and not _HEAD_TITLE.search(p.text):
            running = _wrapped_heading_line(p, w, paras[i + 1], width)  # (not ——在…上的报告 over its byline: a subtitle)
    return out


def _heading_line_above(text: str) -> bool:
    """The paragraph so far is a heading's line (一、… / （一）…) with no sentence mark in it: a label under it opens a part."""
    return any(m.style in HEADING_RANK for m in match_label(text)) and not re.search(r"[。！？!?；;：:]", text)


def _in_inline_list(text: str, labels: list[LabelMatch]) -> bool:
    """…七是…。八是…。 / 九是…: does the enumeration opening a line go on a list whose item before it runs
    inside the paragraph above (after a sentence there), so the page cut the paragraph, not the list?"""
    wanted = {(m.style, m.index - 1) for m in labels if m.index is not None and m.index > 1 and m.style != "一方面"}
    return bool(wanted) and any(
        (k.style, k.index) in wanted for i in sentence_starts(text) for k in match_label(text[i:], enumerations_only=True)
    )


_INDENT = 4  # display columns of a paragraph's first-line indent (two characters), lost in the copy


def _wrapped_heading_line(p: SourceParagraph, w: int, nxt: SourceParagraph, width: int) -> bool:
    """一、进一步提高…的认识，增强使 / 命感和责任感: a heading line as wide as an indented first line, ending
    no sentence, runs on into a next line that is no full line, carries no label and ends no sentence; a lead after
    an enumeration's label (三要…) as wide runs on into a next line with no label."""
    if not width - _INDENT - _FULL_LINE_SLACK <= w <= width or p.text[-1] in TERMINAL:
        return False
    labels = match_label(p.text)
    if labels and not any(m.style in HEADING_RANK for m in labels):
        # (三要坚持开放合作，…研究共同 / 体。职业教育…: a lead after an enumeration's label ends no line without its
        # sentence's end; its first line, as wide as an indented one, runs on into the next, which carries no label)
        return not match_label(nxt.text)
    if not labels:
        return False
    after = _line_width(nxt)
    return (
        after is not None
        and after < width - _INDENT - _FULL_LINE_SLACK
        and nxt.text[-1] not in TERMINAL
        and not match_label(nxt.text)
    )


VIEWER_PAGE = 200  # characters; a document viewer's numbered page of text is at least this long
_VIEWER_NUMBER = re.compile(r"^(\d{1,3})、")


def rejoin_viewer_pages(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """1、…接下 / 2、来，我将… : a document site's viewer numbers its pages of text, each cut mid-sentence;
    two or more such pages in a row are one text again, without the numbers (``_page_chunks`` knows them
    when they stay). A lone 1、 paragraph is a point, however long."""

    def page(k: int, number: int) -> re.Match[str] | None:
        m = _VIEWER_NUMBER.match(paras[k].text) if k < len(paras) else None
        return m if m and int(m.group(1)) == number else None

    def cut(k: int) -> bool:
        return len(paras[k].text) >= VIEWER_PAGE and paras[k].text.rstrip()[-1] not in TERMINAL

    out: list[SourceParagraph] = []
    k = 0
    while k < len(paras):
        first = page(k, 1)
        if first is None or not cut(k) or page(k + 1, 2) is None:
            out.append(paras[k])
            k += 1
            continue
        p = paras[k]
        text = p.text[first.end() :]
        n = 1
        while cut(k) and (m := page(k + 1, n + 1)) is not None:
            k += 1
            n += 1
            text += paras[k].text[m.end() :]
        out.append(SourceParagraph(p.number, text, p.heading_level, p.is_title))
        k += 1
    return out


# A page whose inline elements (a link, a footnote mark) were each put on a line of their own by the tool
# that copied it: 学习《 / 共产党宣言 / 》等著作 or …的经验[ / 1 / ]。 No paragraph opens with a closing bracket
# or quote, or with a mark that goes after a word, and none ends on an opening bracket or quote. (A numbered
# heading line with its sentence going on below, 一、认清形势,把握大局 / ,是我们…, keeps its line: a heading
# set in bold apart from the rest of its sentence ends where its line does.)
# (broader than _CLOSING above, which closes a sentence: book-title and square brackets close a link or a mark)
_INLINE_CLOSERS = "》〉”’）)」』】]"
_AFTER_WORD_MARKS = "，,。、；;：:！!？?"
_INLINE_OPENERS = "《〈“‘（(「『【["


def rejoin_inline_breaks(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """A paragraph that opens with a closing bracket or quote, with a mark that goes after a word or with 的, or
    follows one that ends on an opening bracket or quote, is the rest of the paragraph before it (an inline element the
    copy put on a line of its own)."""
    out: list[SourceParagraph] = []
    for p in paras:
        text = p.text.strip()
        last = out[-1].text.rstrip() if out else ""
        goes_on = bool(text) and (
            text[0] in _INLINE_CLOSERS
            or all(ch in _INLINE_OPENERS for ch in text)  # (《 alone: the mark before a link)
            or (text[0] in _AFTER_WORD_MARKS and not match_label(last))
            or last.endswith(tuple(_INLINE_OPENERS))
            # …坚持古为今用、洋为中用 / 的方针，…: a linked phrase put on its own line; 的 opens no sentence (的确 does)
            or (text[0] == "的" and not text.startswith("的确") and not last.endswith(tuple(TERMINAL)))
        )
        if last and goes_on:
            out[-1] = replace(out[-1], text=last + text)
            if (text[0] == "的" or (text[0] in "、，," and _a_name(last))) and len(out) > 1 and _cut_before_link(out[-2].text.rstrip(), last):
                out[-2:] = [replace(out[-2], text=out[-2].text.rstrip() + out[-1].text)]
        else:
            out.append(p)
    return out


def rejoin_word_wraps(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """In a text where a blank line parts most paragraphs, a line right under one cut between two Latin words
    (``wrapped_between_words``: CUDA / GPU加速…) goes on that line's paragraph, the space put back."""
    if sum(p.blanks_before > 0 for p in paras[1:]) < len(paras) / 2:
        return paras  # (lines that follow each other are paragraphs of their own, or no blank line parts any)
    out: list[SourceParagraph] = []
    line_before = -1  # the number of the line the paragraph so far ends on
    for p in paras:
        if (
            out and p.number == line_before + 1 and not p.blanks_before  # (not where a line dropped before stood between)
            and not p.heading_level and not out[-1].heading_level
            and wrapped_between_words(out[-1].text.rstrip(), p.text.strip())
        ):
            out[-1] = replace(out[-1], text=join_lines(out[-1].text.rstrip(), p.text.strip()))
        else:
            out.append(p)
        line_before = p.number
    return out


def _a_name(link: str) -> bool:
    """今年是我国与 / 印度 / 、缅甸共同倡议…: a linked name put on its own line is short and holds no mark."""
    return len(link) <= SHORT_LEAD and not re.search(f"[{re.escape(_AFTER_WORD_MARKS)}]", link)


def _cut_before_link(before: str, link: str) -> bool:
    """…就是要认真贯彻执行 / 鼓足干劲，力争上游，多快好省地建设社会主义 / 的总路线…: the line before a linked
    phrase put on its own line ends mid-sentence too (no mark, no label), so the three are one paragraph."""
    return bool(before) and not before.endswith(tuple(TERMINAL)) and not match_label(before) and len(link) <= SHORT_LEAD * 2


def _opening_labels(paras: list[SourceParagraph]) -> dict[str, list[tuple[int, int, str]]]:
    """Per numbering style, the paragraphs that open with one of its numbered labels, in order:
    (paragraph, number, label as written)."""
    starts: dict[str, list[tuple[int, int, str]]] = {}
    for k, p in enumerate(paras):
        for m in match_label(p.text):
            if m.index:
                starts.setdefault(m.style, []).append((k, m.index, m.label))
    return starts


_SENTENCE_END_AT = re.compile(f"[{re.escape(_SENTENCE_END)}][{re.escape(_CLOSING)}]*[ \u3000]*")  # (as _after_sentence reads one)


def _glued_heading_chain(paras: list[SourceParagraph], j: int, i: int, style: str, n: int) -> bool:
    """After a lone first heading, its second glued on at ``i`` in paragraph ``j`` and its third glued on once
    later, at the end of a paragraph (a heading line), with no first inline before them and no fourth after."""
    if _inline_item(paras[j].text[:i], style, 1):
        return False
    third = [(k, at) for k in range(j, len(paras)) for at in _inline_item(paras[k].text, style, n + 2) if (k, at) > (j, i)]
    if len(third) != 1 or any(_inline_item(p.text, style, n + 3) for p in paras[j:]):
        return False
    k, at = third[0]
    return k + 1 < len(paras) and bool(_heading_tail(paras[k].text[at:].strip(), style))


# 提高站位，/ 突出重点，/ 强化保障，: a heading's first phrase, up to its first comma
_FIRST_PHRASE = re.compile(r"^([\u4e00-\u9fff]{2,6})[，,]")
_NUMERAL_LABEL = re.compile(r"^[一二三四五六七八九十]{1,3}、")


def _parallel_glued_third(paras: list[SourceParagraph], k: int, j: int, i: int, style: str, n: int) -> tuple[int, int] | None:
    """After a lone first at paragraph ``k``, its second glued on at ``i`` in paragraph ``j``: where its third is glued
    on, once, in a later paragraph, when the three open alike (a first phrase of one length and a comma: 提高站位，/
    突出重点，/ 强化保障，), none is a heading line of its own, and no first before the second nor fourth after it."""
    if _inline_item(paras[j].text[:i], style, 1) or any(_inline_item(p.text, style, n + 3) for p in paras[k:]):
        return None
    third = [(q, at) for q in range(j + 1, len(paras)) for at in _inline_item(paras[q].text, style, n + 2)]
    if len(third) != 1 or _inline_item(paras[j].text, style, n + 2):
        return None
    q, at = third[0]
    texts = [_NUMERAL_LABEL.sub("", t) for t in (paras[k].text, paras[j].text[i:], paras[q].text[at:])]
    phrases = [_FIRST_PHRASE.match(t) for t in texts]
    if not all(phrases) or len({len(m.group(1)) for m in phrases if m}) != 1 or any(_heading_line(t) for t in texts):
        return None
    return q, at


def _inline_item(text: str, style: str, index: int) -> list[int]:
    """Where ``text`` holds the label of ``style`` numbered ``index`` right after a sentence's end."""
    return [
        m.end() for m in _SENTENCE_END_AT.finditer(text)
        if m.end() < len(text) and any(x.style == style and x.index == index for x in match_label(text[m.end() : m.end() + 12]))
    ]


# 二、2024年我们要干什么 2024年，公司…: a heading line whose break was lost, a space before its text
_SPACED_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、[^\s。！？!?，,；;：:]{2,24}[ \u3000]+[\u4e00-\u9fff\d“]")


LOST_BREAKS_IN_A_GAP = 3  # numbers, at most, a run misses between two of its paragraph starts, all run on inside


# …呈现出良好态势。1.组织体系更加健全。…。2.集体经济持续壮大。…: an Arabic list's items run on inside a paragraph
_GLUED_ARABIC = re.compile(r"(?<=[。！？!?；;：:])[ \u3000]*(?P<n>[1-9])[.．、](?=[\u4e00-\u9fff“])")
# …做好以下几方面工作。（一）坚定不移调结构。…（二）千方百计降成本。…: the same with bracketed numerals
_GLUED_BRACKETED = re.compile(r"(?<=[。！？!?；;：:])[ \u3000]*(?P<n>[（(][一二三四五六七八九十]{1,2}[）)])(?=[\u4e00-\u9fff“])")
# …要重点抓好三件事。（1）调优品种结构。…（2）拓宽销售渠道。…: the same with bracketed digits
_GLUED_BRACKETED_DIGITS = re.compile(r"(?<=[。！？!?；;：:])[ \u3000]*(?P<n>[（(][1-9][）)])(?=[\u4e00-\u9fff“])")
# 一、思想上要高度重视。…。二、措施上要精准到位。…。三、…: the same with the points' own numerals, each after a
# sentence's end (…：一、…；二、… after a colon or a semicolon is a list said inline)
_GLUED_NUMERAL = re.compile(r"(?<=[。！？!?])[ \u3000]*(?P<n>[一二三四五六七八九十]{1,2})、(?=[\u4e00-\u9fff“])")
# a paragraph that opens with such a label: the copy keeps these items on lines of their own
_OPENS_GLUED_STYLE = {
    _GLUED_NUMERAL: re.compile(r"[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff“]"),
    _GLUED_ARABIC: re.compile(r"[1-9][.．、][\u4e00-\u9fff“]"),
    _GLUED_BRACKETED: re.compile(r"[（(][一二三四五六七八九十]{1,2}[）)]"),
    _GLUED_BRACKETED_DIGITS: re.compile(r"[（(][1-9][）)]"),
}
_GLUED_FIRST_ITEM = re.compile(r"1[.．、]|[（(][一1][）)]|一、")  # a paragraph that opens with a glued list's first item
_SUB_GLUED_STYLES = (_GLUED_ARABIC, _GLUED_BRACKETED, _GLUED_BRACKETED_DIGITS)  # a point's sub-points' glued styles
GLUED_ITEMS = 3  # items, at least, of a list run on inside one paragraph for its breaks to be restored
GLUED_LIST_LINE = 1000  # characters; a longer line is a page that lost every break, ``unflatten``'s to split
COUNTED_GLUED_LINE = 3000  # characters; a glued list its sentence counts is split in a paragraph up to this long


def split_glued_lists(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """A paragraph that holds a list's items 1. 2. 3. … (or （一） （二） （三） …) in order, each after a sentence's
    end and each led by a short sentence (1.组织体系更加健全。…), GLUED_ITEMS at least: the items' line breaks were
    lost (1. and （一） are a line's labels, never a sentence's words, as 一是 is); the paragraph is split before
    each (each split ``said``). The list's first item may open the paragraph (（一）做精景区。…（二）做活业态。…).
    Not where another paragraph opens with a label of the list's kind: the copy has such items on lines."""
    styles = [
        style
        for style, opens in _OPENS_GLUED_STYLE.items()
        if all(_glued_list_items(p.text, style) for p in paras if opens.match(p.text))
    ]
    out: list[SourceParagraph] = []
    for p in paras:
        starts = next((found for style in styles if (found := _glued_list_items(p.text, style))), [])
        # (not 一、… 二、…: a page's points run on from its title or opening are ``unflatten``'s)
        starts = starts or next((found for style in _SUB_GLUED_STYLES if (found := _counted_glued_items(p.text, style))), [])
        if not starts:
            out.append(p)
            continue
        cuts = [0, *starts, len(p.text)]
        pieces = [p.text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
        out.append(replace(p, text=pieces[0]))
        for piece in pieces[1:]:
            out.append(SourceParagraph(p.number, piece))
            if said is not None:
                said.append(_lost_break_said(p.number, piece))
    return out


def split_bold_heads(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """首先讲“三个不能”。 **第一，减碳不能“单打一”。** 减碳不宜…: a labelled sentence set in bold right after a sentence's
    end opens a paragraph the page ran on to the one before (its break lost), where the same list's next item
    (**第二，…** / 二、…) opens a paragraph of its own: the paragraph is split before it (the split ``said``)."""
    if not any(p.bold_phrases for p in paras):
        return paras  # (a copy with no bold: nothing to split, and no paragraph's labels read for it)
    opened = {(m.style, m.index) for p in paras for m in match_label(p.text) if m.index}
    out: list[SourceParagraph] = []
    for p in paras:
        cut = next(
            (
                k for phrase in p.bold_phrases
                if (k := p.text.find(phrase, 1)) > 0 and p.text[:k].rstrip(" \u3000")[-1:] in "。！？"
                and any(m.index and (m.style, m.index + 1) in opened for m in match_label(phrase))
            ),
            None,
        )
        if cut is None:
            out.append(p)
            continue
        head, rest = p.text[:cut].rstrip(" \u3000"), p.text[cut:]
        lead = next(phrase for phrase in p.bold_phrases if rest.startswith(phrase))
        out.append(replace(p, text=head, bold_phrases=tuple(ph for ph in p.bold_phrases if ph in head)))
        out.append(
            SourceParagraph(
                p.number, rest, bold_lead=bold_lead_text(lead, rest[len(lead) :]),
                bold_phrases=tuple(ph for ph in p.bold_phrases if ph in rest),
            )
        )
        if said is not None:
            said.append(_lost_break_said(p.number, rest))
    return out


def _item_numbers(spots: list[re.Match[str]]) -> list[int | None]:
    """The numbers of a list's items found run on in a paragraph (1. / （一） / （1）)."""
    return [int(n) if (n := m.group("n").strip("（()）")).isdigit() else parse_chinese_number(n) for m in spots]


def _mark_before(text: str, item: re.Match[str]) -> str:
    """The mark a run-on list's item follows (。 / ： / ；), spaces between aside; "" at the text's start."""
    return text[: item.start()].rstrip(" \u3000")[-1:]


def _inside_brackets(text: str, spots: list[re.Match[str]]) -> bool:
    """Some item stands inside brackets opened before it: the list is inside another's words (（徐直军：…1、…2、…）)."""
    return any(text.count("（", 0, m.start()) > text.count("）", 0, m.start()) for m in spots)


def _glued_list_items(text: str, style: re.Pattern[str]) -> list[int]:
    """Where the items of a list in ``style`` run on inside ``text`` start (1.组织体系更加健全。… 2.… 3.…), or none."""
    if len(text) > GLUED_LIST_LINE:
        return []
    spots = list(style.finditer(text))
    numbers = _item_numbers(spots)
    opening = _OPENS_GLUED_STYLE[style].match(text)
    first = _GLUED_FIRST_ITEM.match(text) if opening else None
    if (opening or style is _GLUED_NUMERAL) and not first:
        return []  # (a page's points run on from its title or opening are ``unflatten``'s: only 一、… opening the paragraph)
    if len(spots) + bool(first) < GLUED_ITEMS or numbers != list(range(1 + bool(first), 1 + bool(first) + len(spots))):
        return []
    if not all(0 < first_sentence_end(text[m.end() :]) <= SHORT_LEAD + 1 for m in [*spots, *([first] if first else [])]):
        return []
    # (…：1.人才…；2.技术洞察；3.商业洞察。）: items parted by semicolons are a sentence's, no lost lines; 规划应当有这么
    # 几种：（一）…。（二）…: a bracketed list its sentence brings in with a colon is written inline)
    if not all(_mark_before(text, m) in "。！？!?" for m in spots[style is _GLUED_ARABIC :]):
        return []
    if _inside_brackets(text, spots):
        return []
    return [m.start("n") for m in spots]


def _counted_glued_items(text: str, style: re.Pattern[str]) -> list[int]:
    """…重点抓好五项工作。1.深化…。…5.加强…: where the items of a glued list start when the sentence before it counts
    them, as many as it says. That count shows the breaks were lost even in a copy that keeps its other lists on
    lines, and in a paragraph longer than GLUED_LIST_LINE (a page that lost only this list's breaks)."""
    if len(text) > COUNTED_GLUED_LINE:
        return []
    spots = list(style.finditer(text))
    if len(spots) < 2 or _item_numbers(spots) != list(range(1, len(spots) + 1)):
        return []
    if items_counted(text[: spots[0].start()]) != len(spots):
        return []
    if not all(_mark_before(text, m) in "。！？!?" for m in spots):
        return []
    if not all(0 < first_sentence_end(text[m.end() :]) <= SHORT_LEAD + 1 for m in spots) or _inside_brackets(text, spots):
        return []
    return [m.start("n") for m in spots]


def colon_list_items(text: str) -> list[tuple[int, LabelMatch]]:
    """规划应当有这么几种：（一）乡村合作社的规划。…（二）全乡的规划。…（三）…: a bracketed (or 1. 2.) list its
    sentence brings in with a colon, written inline on purpose (``_glued_list_items`` leaves it be), its items each
    after a sentence's end: where each item's label stands and what it reads as, or none. Annotators count such
    items as the point's sub-points, as they do 一是…二是… inside a paragraph."""
    for style in _OPENS_GLUED_STYLE:
        spots = list(style.finditer(text))
        if len(spots) < INLINE_LIST_ITEMS or _mark_before(text, spots[0]) not in "：:":
            continue
        numbers = _item_numbers(spots)
        if numbers != list(range(1, len(spots) + 1)):
            continue
        if not all(_mark_before(text, m) in "。！？!?；;" for m in spots[1:]):
            continue
        if not all(0 < n <= INLINE_ITEM for n in _item_lengths(text, spots)):
            continue
        if _inside_brackets(text, spots):
            continue
        found = []
        for m in spots:
            label = match_label(text[m.start("n") :])
            if not label:
                break
            found.append((m.start("n"), LabelMatch(COLON_LIST_STYLE, label[0].index, label[0].label, label[0].end)))
        else:
            return found
    return []


def _item_lengths(text: str, spots: list[re.Match[str]]) -> list[int]:
    """The characters of each item of an inline list, its closing mark counted: its first sentence, or, items parted by
    semicolons (（一）缩小敌军的占领地；（二）…；（十八）…。), each up to the next label, the clauses of one sentence."""
    if all(_mark_before(text, m) in "；;" for m in spots[1:]):
        ends = [m.start() for m in spots[1:]] + [spots[-1].end() + first_sentence_end(text[spots[-1].end() :])]
        return [end - m.end() for m, end in zip(spots, ends, strict=True)]
    return [first_sentence_end(text[m.end() :]) for m in spots]


# characters of an inline list's item, at most: a list said on purpose inside a paragraph gives its items a sentence
# each, longer than a lead sentence standing alone (（4）每战集中绝对优势兵力（…），四面包围敌人，力求全歼，不使漏网。)
INLINE_ITEM = 60

INLINE_LIST_ITEMS = 2  # items, at least, of a list brought in by a colon inside a paragraph
# the style of such items: an enumeration's (as 一是), not a heading's, since they stand inside a paragraph
COLON_LIST_STYLE = "：（一）"


def _lost_break_said(number: int, piece: str) -> str:
    """The report's line for a paragraph split where its line break was lost, before ``piece``."""
    return f"第 {number} 段在“{_opening_words(piece)}”之前像是丢了换行，已从这里另起一段（文字未改），请核对"


def _run_in_before(paras: list[SourceParagraph], style: str, labelled: list[tuple[int, int]]) -> bool:
    """The count of ``style`` is written run in, two or more items to a paragraph, its breaks kept (…重在治本。第一，…。
    第二，…。第三，… / 第四，…。第五，… / 第六，…。第七，…): the paragraph before its first paragraph-start label holds its
    1 and 2 after sentences, and a paragraph a label of it opens holds the next number too, the one after that opening
    a paragraph again."""
    said = (style, "第一，") if style == "首先" else (style,)  # (第三，… reads as 首先's too, its 第一，第二， as 第一，)
    k, n = labelled[0]
    return (
        n > 2 and style not in HEADING_RANK
        and any(_inline_item(paras[j].text, x, 1) and _inline_item(paras[j].text, x, 2) for j in range(max(0, k - 2), k) for x in said)
        and any(_inline_item(paras[j].text, x, m + 1) and (m + 2) in {n2 for _, n2 in labelled} for j, m in labelled for x in said)
    )


def split_lost_breaks(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """一、… / …。二、… / 三、…: the line break before an item of a run of paragraph-start labels lost, so the
    item runs on inside the paragraph before it, after a sentence's end, with the very number the run misses
    (一、 and 三、 open paragraphs, 二、 stands inside one between them; or, for the last of a heading run,
    一、 二、 open paragraphs and 三、 stands inside the last one's text). That paragraph is split there (one
    number). Only where the missing number is found once; each split is ``said`` (for the writer to check). Or a
    number written twice: 3.…。3.… inside the paragraph that 3. opens, 4. opening the next."""
    cuts: dict[int, int] = {}
    for style, labelled in _opening_labels(paras).items():
        items = [(k, n) for k, n, _ in labelled]
        if _run_in_before(paras, style, items):
            continue  # (…重在治本。第一，…。第二，…。第三，… / 第四，…。第五，… / 第六，…: written run in, no break lost)
        for (k1, n1), (k2, n2) in zip(items, items[1:], strict=False):
            # (（一） and （四） open paragraphs, （二） and （三） both inside the first's: the first missing number is
            # split off here when each of the others stands after it; the next pass finds the next)
            if n1 + 2 <= n2 <= n1 + LOST_BREAKS_IN_A_GAP + 1:
                found = [(k, i) for k in range(k1, k2) for i in _inline_item(paras[k].text, style, n1 + 1)]
                rest = [[(k, i) for k in range(k1, k2) for i in _inline_item(paras[k].text, style, m)] for m in range(n1 + 2, n2)]
                if len(found) == 1 and all(any(spot > found[0] for spot in spots) for spots in rest):
                    cuts[found[0][0]] = found[0][1]
            elif n2 == 1 and n1 >= 2 and style in HEADING_RANK:  # (一是…三是 said in one paragraph is writing, no loss)
                # (（一） （二） …。（三）形势依然严峻。… then the next part's （一）: the first part's last item run on
                # inside the text of the one before it)
                found = [(k, i) for k in range(k1, k2) for i in _inline_item(paras[k].text, style, n1 + 1)]
                if len(found) == 1:
                    k, i = found[0]
                    if _heading_tail(paras[k].text[i:].strip(), style, _run_in(paras[k1].text)) and not _inline_item(paras[k].text[:i], style, 1):
                        cuts.setdefault(k, i)
            elif n2 == 2 and n1 >= 2 and (j := _last_heading_before(paras, k2)) is not None and j > k1:
                # (（一）…（三） under 二、, then 三、夯实基层基础（一）加强…。 / （二）…: the next part's first item glued
                # to its heading line, as below for a run's first)
                if (at := _glued_to_heading(paras[j].text, style)) is not None:
                    cuts.setdefault(j, at)
            elif n2 == n1 + 1 and k2 == k1 + 1:
                # (3.抓好…。…。3.抓好城区防涝。… / 4.…: a number written twice, the second run on after the first's
                # text; both items head their text with a sentence)
                text = paras[k1].text
                twice = _inline_item(text, style, n1)
                if len(twice) == 1 and _run_in(text) and _run_in(text[twice[0] :], RUN_IN_TEXT):
                    cuts.setdefault(k1, twice[0])
        (k, n) = items[0]
        # (三、 opens the first paragraph of its run, 二、 glued to the end of one before it as a heading line)
        glued = [(j, i) for j in range(k) for i in _inline_item(paras[j].text, style, n - 1)] if n >= 2 else []
        if len(glued) == 1 and _heading_tail(paras[glued[0][0]].text[glued[0][1] :].strip(), style, _run_in(paras[k].text)):
            cuts.setdefault(*glued[0])
        # (二、学校的冲刺安排（一）复习节奏 / … / （二）… / （三）…: the run's first item glued to its part's heading line,
        # no mark between, in the last heading-labelled paragraph before its second)
        elif n == 2 and (j := _last_heading_before(paras, k)) is not None and (at := _glued_to_heading(paras[j].text, style)) is not None:
            cuts.setdefault(j, at)
        # (二、 alone opens a paragraph, 一、 run on into the opening before it: the run's first is found there)
        before = len(items) == 1 and len(glued) == 1
        (k, n) = items[-1]
        # (一、 alone opens a paragraph, 二、 glued to the end of a later one: a heading line that ends it, its text
        # on the lines after)
        lone_first = len(items) == 1 and n == 1
        if (len(items) >= 2 and items[-2][1] == n - 1) or before or lone_first:
            found = [(j, i) for j in range(k, len(paras)) for i in _inline_item(paras[j].text, style, n + 1)]
            if len(found) == 1:
                j, i = found[0]
                text = paras[j].text
                ends_with_heading = (_heading_tail(text[i:].strip(), style) or bool(_SPACED_HEADING.match(text[i:]))) and j + 1 < len(paras)
                # (一、 alone opens a paragraph, then …。二、…。…。三、几点要求 at the end of one later paragraph: the
                # heading run's next two glued on after sentences, the last a heading line that ends it)
                chain = lone_first and style == "一、" and _glued_heading_chain(paras, j, i, style, n)
                # (一、提高站位，…意义妇女是… alone opens a paragraph, then …。二、突出重点，…发展一是… and, in a later
                # paragraph, …。三、强化保障，…实效各乡镇…: all three glued to their text alike, each after a sentence)
                if lone_first and style == "一、" and not chain and (third := _parallel_glued_third(paras, k, j, i, style, n)):
                    cuts.setdefault(*third)
                    chain = True
                # (no list of its own around it: 一是…二是…三是 inside one paragraph, or a 四 after it)
                if chain or (
                    (not lone_first or ends_with_heading)
                    and not _inline_item(text[:i], style, 1) and not _inline_item(text[i:], style, n + 2)
                ):
                    cuts.setdefault(j, i)
    # (首先，… / 其次，… / 再次，…。最后，要强化保障措施，为…营造良好环境 / text: the count's 最后 heading glued to the end of
    # the paragraph before its text, a heading line after a sentence's end)
    if (glued_last := _glued_last_heading(paras, _opening_labels(paras).get("首先", []))) is not None:
        cuts.setdefault(*glued_last)
    for k, i in _glued_dash_items(paras):
        cuts.setdefault(k, i)
    for k, i in _glued_switched_headings(paras, _opening_labels(paras).get("一、", [])):
        cuts.setdefault(k, i)
    # (the last paragraph, or the one before a short last line: 谢谢大家！ / a date)
    last = len(paras) - 2 if len(paras) >= 2 and len(paras[-1].text) <= SHORT_LAST_LINE else len(paras) - 1
    out: list[SourceParagraph] = []
    for k, p in enumerate(paras):
        pieces = [p]
        if k in cuts:
            pieces = [replace(p, text=p.text[: cuts[k]].rstrip()), replace(p, text=p.text[cuts[k] :])]
        if k == last:
            # (the last point's heading line right over it, or a paragraph or two above: its text runs to the end)
            under_heading = any(
                bool(match_label(paras[j].text)) and len(paras[j].text) <= STANDALONE_HEADING for j in range(max(0, k - GLUED_CLOSING_REACH), k)
            )
            if (closing := _glued_closing(pieces[-1].text, under_heading)) is not None:
                tail = pieces.pop()
                pieces += [replace(tail, text=tail.text[:closing].rstrip()), replace(tail, text=tail.text[closing:].lstrip())]
        for piece in pieces[1:]:
            if said is not None:
                said.append(_lost_break_said(p.number, piece.text))
        out += pieces
    return out


def _glued_last_heading(paras: list[SourceParagraph], labelled: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where a 首先 count (two items or more opening paragraphs) has its 最后， heading run on at the end of a paragraph
    after its last item, after a sentence's end, a heading line (no sentence end) with text after it: (paragraph, cut)."""
    numbered = [(k, n) for k, n, _ in labelled if n]
    if len(numbered) < 2 or any(label.startswith("最后") for _, _, label in labelled):
        return None
    return _glued_heading_line(paras, numbered[-1][0], lambda rest: rest.startswith("最后"))


def _glued_heading_line(
    paras: list[SourceParagraph], after: int, opens: Callable[[str], bool], text_unlabelled: bool = False
) -> tuple[int, int] | None:
    """The one place, in paragraph ``after`` or later, where a heading line (no sentence end) that ``opens`` says
    stands glued to a paragraph's end after a sentence's end, a paragraph after it (unlabelled, when
    ``text_unlabelled``): (paragraph, cut), or None when no place or more than one is found."""
    found = [
        (j, m.end()) for j in range(after, len(paras) - 1) for m in _SENTENCE_END_AT.finditer(paras[j].text)
        if opens(paras[j].text[m.end() :]) and _heading_line(paras[j].text[m.end() :])
        and not (text_unlabelled and match_label(paras[j + 1].text))
    ]
    return found[0] if len(found) == 1 else None


def _glued_switched_headings(paras: list[SourceParagraph], labelled: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """一、… 二、… open paragraphs, then …。第三，聚焦主责主业，切实维护… and …。最后，加强自身建设… each glued to the end of
    a paragraph after a sentence's end, a heading line with text after it: the count went on in the spoken style,
    its line breaks lost. Each found once: (paragraph, cut) for 第三 and for the 最后 after it; [] when none."""
    numbered = [(k, n) for k, n, _ in labelled if n]
    if len(numbered) < 2 or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return []
    k, n = numbered[-1]
    third = _glued_heading_line(
        paras, k, lambda rest: any(m.style in ("第一，", "首先") and m.index == n + 1 for m in match_label(rest)), True
    )
    if third is None:
        return []
    last = _glued_heading_line(
        paras, third[0] + 1, lambda rest: any(m.index is None and m.label.startswith("最后") for m in match_label(rest)), True
    )
    return [third] if last is None else [third, last]


GLUED_ITEM_TEXT = 3  # paragraphs of the glued first item's text before its second, at most


def _last_heading_before(paras: list[SourceParagraph], k: int) -> int | None:
    """The paragraph, among the few before ``k``, that opens with a heading's label (一、 / （一）)."""
    return next(
        (j for j in range(k - 1, max(-1, k - 1 - GLUED_ITEM_TEXT), -1) if any(m.style in HEADING_RANK for m in match_label(paras[j].text))),
        None,
    )


def _glued_to_heading(text: str, style: str) -> int | None:
    """Where the first item of ``style`` (（一） / 第一，) stands glued to the words of a heading-labelled paragraph
    (二、学校的冲刺安排（一）复习节奏 / 三、请家长们做好的几件事第一，管好…), no sentence mark (a comma at most) before
    it; None if nowhere."""
    opening = match_label(text)
    if not any(m.style in HEADING_RANK and m.style != style for m in opening):
        return None
    start = max(m.end for m in opening)
    spots = [
        i for i in range(start + GLUED_HEADING_MIN, min(len(text), start + STANDALONE_HEADING))
        if _CJK_BEFORE.match(text[i - 1]) and any(x.style == style and x.index == 1 for x in match_label(text[i : i + 12]))
    ]
    # (二、突出重点，确保夏粮颗粒归仓（一）抓好机收减损。: a heading's comma stays before the item)
    if len(spots) != 1 or re.search(r"[。！？!?；;：:]", text[start : spots[0]]):
        return None
    return spots[0]


GLUED_HEADING_MIN = 4  # characters of a heading before an item glued to it, at least
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff”）)]")


# …对排名靠后的进行约谈。同志们，招商引资是一场…。希望大家…！: the closing words run on into the last point's paragraph
# (…关键在人。各位同事，离年底…: 各位 and whom it names)
_GLUED_CLOSING = re.compile(rf"(?<=[{SENTENCE_ENDS}])[ \u3000]*(?:各位[\u4e00-\u9fff]{{1,6}}?|{SALUTATION_OPENER})[，,！!]")


_GLUED_SUMMING_UP = re.compile(rf"(?<=[{SENTENCE_ENDS}])[ \u3000]*以上(?:讲的|所讲的?|说的)?[一两二三四五六七八九十几]+(?:点|个方面|条)(?:意见|要求)?[，,]")


def _glued_closing(text: str, under_heading: bool = False) -> int | None:
    """Where the closing words start in the last paragraph, a numbered point's (三、… run in, or the text under a
    heading line: ``under_heading``), when a line break before the audience named again (同志们，…) was lost and
    the words after turn to them (希望… / 让我们… / …！ / 各乡镇、各部门要…), or before the points summed up (以上几点，…);
    else None."""
    if not (under_heading or match_label(text)):
        return None
    found = list(_GLUED_CLOSING.finditer(text))
    said = list(_GLUED_SUMMING_UP.finditer(text))  # (…发现问题马上处理。以上几点，请大家会后抓好落实。…)
    if len(said) == 1 and len(text) - said[0].start() <= GLUED_CLOSING_MAX:
        return said[0].start()
    if not found:
        return None
    # (…老师们，…。家长朋友们，…。同学们，老师们，新的学期…让我们…！: the audience named in turn, the closing words the
    # last address's, a short reach from the end)
    last = found[-1]
    rest = text[last.end() :]
    # (…希望… / 让我们… / …！, or a charge to every unit: 各乡镇、各部门要… / 各地各部门要…, or to all: 我们要以…)
    turns = re.search(r"希望|让我们|祝|[！!]$|各[\u4e00-\u9fff、]{1,12}要|我们(?:一定|都)?要", rest)
    return last.start() if turns and len(rest) <= GLUED_CLOSING_MAX else None


GLUED_CLOSING_MAX = 150  # characters of closing words run on into a point's paragraph, at most
GLUED_CLOSING_REACH = 3  # paragraphs, at most, from the last point's heading line down to the paragraph the closing runs on in
SHORT_LAST_LINE = 20  # characters of a line after the closing words (谢谢大家！, a date, a name), at most


def _opening_words(text: str, shown: int = 12) -> str:
    """The first words of a line for a note to the writer, … where more follows."""
    return text[:shown] + ("…" if len(text) > shown else "")


STANDALONE_HEADING = 40  # characters of a heading line of its own, at most
_LABEL_NUMBER = re.compile(r"\d+|[一二三四五六七八九十]+")


def _next_label(label: str, index: int) -> str:
    """``label`` (一、 / （三） / 2. / 第一，) numbered ``index`` + 1, written the same way."""
    m = _LABEL_NUMBER.search(label)
    if m is None:
        return label
    number = str(index + 1) if m.group().isdigit() else chinese_numeral(index + 1)
    return label[: m.start()] + number + label[m.end() :]


def _heading_line(text: str) -> bool:
    return 4 <= len(text) <= STANDALONE_HEADING and text[-1] not in TERMINAL


SPOKEN_HEADING = 24  # characters of a heading said as one short sentence (第二个，关于安全生产。), at most


def _heading_tail(text: str, style: str, run_in: bool = False) -> bool:
    """What a lost break left at a paragraph's end reads as a heading: a heading line, or, numbered as a speaker
    counts (第二个，), one short sentence (二、各单位要在月底前报送。 is a sentence of the list it ends); or, when the
    items after it head their text with a sentence (``run_in``: （二）保护利用好红色资源，讲好长征故事。要…), one sentence
    of a run-in heading's length, or such a heading with its text (…长征路。（一）坚定理想信念，…。全县…)."""
    if _heading_line(text):
        return True
    one_sentence = text[-1] == "。" and "。" not in text[:-1]
    if run_in and ((one_sentence and len(text) <= RUN_IN_HEADING) or _run_in(text, RUN_IN_TEXT)):
        return True  # (…长征路。（一）坚定理想信念，…。全县…: the item with its text, run on after the intro)
    return style not in HEADING_RANK and len(text) <= SPOKEN_HEADING and one_sentence


RUN_IN_HEADING = 40  # characters of a run-in heading sentence, at most


RUN_IN_TEXT = 10  # characters, at least, of an item's own text after its run-in heading


def _glued_dash_items(paras: list[SourceParagraph]) -> list[tuple[int, int]]:
    """——意识形态工作是…，必须扛在肩上。…。——阵地管理必须严之又严，不留死角。… / ——网络舆情…: with two paragraphs or
    more opening with a dash and its lead sentence, a dash after a sentence's end inside one of them, its own lead
    sentence and text after it, is the next item whose break was lost (a dash opens no sentence of running text;
    …。——习近平 at a paragraph's end, no text after it, is a quotation's source)."""
    items = [k for k, p in enumerate(paras) if p.text.startswith("——") and _run_in(p.text[2:], RUN_IN_TEXT)]
    if len(items) < 2:
        return []
    found = []
    for k in items:
        text = paras[k].text
        spots = [m.start() for m in re.finditer("——", text) if m.start() > 0 and _after_sentence(text, m.start())]
        if len(spots) == 1 and _run_in(text[spots[0] + 2 :], RUN_IN_TEXT):
            found.append((k, spots[0]))
    return found


def _run_in(text: str, rest: int = RUN_IN_HEADING) -> bool:
    """The item heads its text with a sentence of its own, ``rest`` characters of text at least after it
    (（二）保护利用好红色资源，讲好长征故事。要加大…)."""
    end = text.find("。")
    return 0 < end < RUN_IN_HEADING and len(text) - end > rest


# 一一希望大家… / 一 一希望大家…: a dash (——) that text recognition read as two 一
_OCR_DASH = re.compile(r"^一[ \u3000]?一(?=[\u4e00-\u9fff“])")
OCR_DASH_ITEMS = 3  # paragraphs, at least, opening with a dash or such a misread one, two of them misread


def restore_ocr_dashes(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """一一希望大家做有理想信念的老师。… / ——希望大家做有仁爱之心的老师。… / 一 一希望…: where three paragraphs or more
    open with a dash, two or more of them with 一一 (text recognition's reading of ——), those get their dash back,
    ``said`` (for the writer to check)."""
    misread = [(k, m.group()) for k, p in enumerate(paras) if (m := _OCR_DASH.match(p.text))]
    dashes = sum(p.text.startswith("——") for p in paras)
    if len(misread) < 2 or len(misread) + dashes < OCR_DASH_ITEMS:
        return paras
    out = list(paras)
    for k, read_as in misread:
        out[k] = replace(paras[k], text="——" + paras[k].text[len(read_as) :])
        if said is not None:
            said.append(f"第 {paras[k].number} 段开头的“{read_as}”像是识别错的破折号，已读作“——”，请核对")
    return out


# —、提高政治站位… / -、…: text recognition's reading of 一、 (a dash for the stroke), over a 二、 later
_OCR_ONE = re.compile(r"^[—–\-－―][ \u3000]?、(?=[ \u3000]?[\u4e00-\u9fff“])")
_SECOND_HEADING = re.compile(r"^二[ \u3000]?[、.．](?=[ \u3000]?[\u4e00-\u9fff“])")


def restore_ocr_one(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """—、提高政治站位… / … / 二、突出重点…: the one paragraph that opens with a dash and 、, before a paragraph
    that opens with 二、 (or 二. as text recognition reads it), is the first heading: its 一 back, ``said``."""
    misread = [k for k, p in enumerate(paras) if _OCR_ONE.match(p.text)]
    if len(misread) != 1 or not any(_SECOND_HEADING.match(p.text) for p in paras[misread[0] + 1 :]):
        return paras
    k = misread[0]
    out = list(paras)
    out[k] = replace(paras[k], text="一" + paras[k].text[1:].lstrip(" \u3000"))
    if said is not None:
        said.append(f"第 {paras[k].number} 段开头的“{paras[k].text[:2]}”像是识别错的“一、”，已照此读，请核对")
    return out


def restore_lost_labels(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """一、统一思想 / … / 突出重点 / … / 三、强化保障: a copy that dropped one heading's automatic number leaves its
    line bare between the run's neighbours. When the run of heading lines misses exactly one number and exactly
    one heading-like line (short, no sentence end, no label) stands between the two around the gap, that line
    gets the missing label back, ``said`` (for the writer to check); so does the first of a row of one-paragraph
    items that lost its 第一， (``_lost_first_in_a_row``), or one inside such a row (``_lost_middle_in_a_row``)."""
    restored: dict[int, str] = {}
    for labelled in _opening_labels(paras).values():
        items = [(k, n, label) for k, n, label in labelled if _heading_line(paras[k].text)]
        for (k1, n1, label), (k2, n2, _) in zip(items, items[1:], strict=False):
            if n2 != n1 + 2:
                continue
            lines = [j for j in range(k1 + 1, k2) if _heading_line(paras[j].text) and not match_label(paras[j].text)]
            if len(lines) == 1:
                restored[lines[0]] = _next_label(label, n1)
        restored.update(_lost_first_in_a_row(paras, labelled))
        restored.update(_lost_middle_in_a_row(paras, labelled))
    restored.update(_lost_dash_in_a_row(paras))
    if not restored:
        return paras
    if said is not None:
        said += [f"第 {paras[k].number} 段“{paras[k].text.strip()}”像是丢了标号，已按前后各条补作“{label}”，请核对" for k, label in sorted(restored.items())]
    return [replace(p, text=restored[k] + p.text.strip()) if k in restored else p for k, p in enumerate(paras)]


# 第一 / 头一 / 首先 / 一是 …: a first said inside a paragraph (首先讲三个不能。第一，… / …丑话说在前头。头一条，…)
_FIRST_SAID = re.compile(r"第一|头一|首先|其一|一是|一要|一方面|[（(]一[）)]|一、")
IN_A_ROW = 3  # numbered paragraphs one after another (第二 on), at least, for the bare one over them to be the first
BARE_ITEM = 20  # characters, at least, of that paragraph (an item said, not a line between)


def _lost_first_in_a_row(paras: list[SourceParagraph], labelled: list[tuple[int, int, str]]) -> dict[int, str]:
    """激发进口潜力。… / 第二，… / 第三，… / 第四，…, each item one paragraph, one after another: the bare paragraph
    right over the row's 第二 is its first, which lost its label; that paragraph and the label it gets back. Not when
    the row's 1 stands above it (（一）…。 / 扩大基层民主，… / （二）…: its second paragraph), nor when the paragraph
    says a first itself (08年我最大的期望，第一点是销售额，…)."""
    at = {k: n for k, n, _ in labelled}
    found: dict[int, str] = {}
    previous = None  # the labelled paragraph before
    for k, n, label in sorted(labelled):
        row = [at.get(k + step) for step in range(IN_A_ROW)] == list(range(2, 2 + IN_A_ROW))
        first_above = previous is not None and at[previous] == 1
        previous = k
        if n != 2 or not row or first_above or k == 0 or k - 1 in at:
            continue
        if _bare_item(paras[k - 1].text.strip()):
            found[k - 1] = _next_label(label, 0)
    return found


def _bare_item(text: str) -> bool:
    """A paragraph that can be a row's item that lost its label: an item said (BARE_ITEM characters at least), no label,
    no list it brings in (：), no heading line, no first said in it."""
    return len(text) >= BARE_ITEM and not match_label(text) and text[-1] not in "：:" and not _heading_line(text) and not _FIRST_SAID.search(text)


def _lost_middle_in_a_row(paras: list[SourceParagraph], labelled: list[tuple[int, int, str]]) -> dict[int, str]:
    """一是希望你们独立自信。… / 希望你们自强不息。… / 三是希望你们爱国报国。…, each item one paragraph, one after
    another from the row's 1: the bare paragraph where the row misses its number lost its label; that paragraph and
    the label it gets back. Only one missing number, the row's paragraphs otherwise each numbered on from the one
    before, and not a paragraph that could be a heading line, brings in a list (：) or opens with the number itself (第二部是…,
    a label the reader does not know)."""
    at = {k: n for k, n, _ in labelled}
    found: dict[int, str] = {}
    for k, n, label in labelled:
        bare = k + 1
        if at.get(k + 2) != n + 2 or bare in at:
            continue
        # (the row from its 1 down to ``k``, one paragraph an item: no other paragraph between them)
        if any(at.get(k - step) != n - step for step in range(1, n)):
            continue
        text = paras[bare].text.strip()
        missing = _next_label(label, n)
        # (第二部是…: the number said in a word a label is not; …纪念馆。第二，继续…: the label there, its line break lost)
        said = re.match(rf"第?{chinese_numeral(n + 1)}", text) or missing in text
        if _bare_item(text) and not said:
            found[bare] = missing
    return found


DASH_ROW_REACH = 6  # paragraphs, at most, from one dash item of a row to the next


def _lost_dash_in_a_row(paras: list[SourceParagraph]) -> dict[int, str]:
    """——我们辽阔的疆域… / 我们悠久的历史… / ——我们灿烂的文化… / ——我们伟大的精神…: three dash items or more spaced
    alike (one paragraph each, or two), and in the one place the row skips, a bare paragraph that opens as every item does
    (我们…): it lost its dash; that paragraph and the dash it gets back. A dash has no number, so the items' shared
    opening is what says the paragraph is one of them."""
    dashed = [k for k, p in enumerate(paras) if DASH.match(p.text.strip())]
    rows: list[list[int]] = []
    for k in dashed:
        if rows and k - rows[-1][-1] <= DASH_ROW_REACH:
            rows[-1].append(k)
        else:
            rows.append([k])
    found: dict[int, str] = {}
    for row in rows:
        gaps = [b - a for a, b in zip(row, row[1:], strict=False)]
        if len(gaps) < 2:  # (three items at least: two spacings to see the row's step by)
            continue
        step = min(gaps)
        skipped = [a for a, gap in zip(row, gaps, strict=False) if gap == 2 * step]
        if len(skipped) != 1 or any(gap not in (step, 2 * step) for gap in gaps):
            continue
        bare = skipped[0] + step
        text = paras[bare].text.strip()
        items = [DASH.sub("", paras[k].text.strip()) for k in row]
        if len(text) >= BARE_ITEM and not match_label(text) and len(common_prefix([*items, text])) >= ALIKE_ITEM_OPENING:
            found[bare] = "——"
    return found


ALIKE_ITEM_OPENING = 2  # characters, at least, that every item of a dash row and the paragraph that lost its dash open with


def rejoin_wrapped_headings(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """三、 / 结语 (or 第七、 / 中国反对…) and 一、统一思想， / 提高认识: a numbered heading whose line a copy broke after its label, or after
    a comma of a short heading, goes on on the next line (short, no label of its own): the two lines are one
    heading again (a heading line never ends on a comma), ``said`` (for the writer to check)."""
    out: list[SourceParagraph] = []
    for p in paras:
        last = out[-1] if out else None
        text = p.text.strip()
        if last is not None and text and not match_label(text) and not last.heading_level and not p.heading_level:
            labels = match_label(last.text)
            rest = last.text[labels[0].end :].strip() if labels else None
            # (第七、 alone on its line over its paragraph, as an older report prints its counted principles: the same)
            bare = rest == "" and (labels[0].style in HEADING_RANK or labels[0].style == "第一，")
            wrapped = bool(rest) and rest[-1] in "，,、" and len(rest) <= SHORT_LEAD and len(text) <= SHORT_LEAD
            if bare or wrapped:
                out[-1] = replace(last, text=last.text.rstrip() + text)
                if said is not None:
                    said.append(f"第 {last.number} 段的小标题断在两行，已与下一行“{_opening_words(text)}”合为一行，请核对")
                continue
        out.append(p)
    return out


BROKEN_REST = 20  # characters of the rest of a heading line broken mid-word, at most
BLANK_PARTED = 2 / 3  # of a copy's paragraphs, at least, with a blank line before them: blank lines part its paragraphs
_DECIMAL_LABEL = re.compile(r"\d{1,2}[.．]\d{1,2}(?![\d%])")  # 2.1 直接原因: a numbered part's numbered sub-point
BROKEN_SLACK = 4  # characters the rejoined heading may run past the longest of its run's other headings
_JOINING_FIRST = "和与及并暨"  # words that join a heading's last phrase to the one before: no line of its own opens so


def _goes_on(rest: str) -> bool:
    """和责任感 / 心、牢记使命: a line that opens with a joining word, or with one character before a mark (the end of a
    word the line above broke), goes on the heading above it."""
    return rest[0] in _JOINING_FIRST or bool(re.match(r"[\u4e00-\u9fff][、，,]", rest))


def rejoin_broken_headings(paras: list[SourceParagraph], said: list[str] | None = None) -> list[SourceParagraph]:
    """二、华为大学的机 / 制和运营模式 / …: a heading line a copy broke mid-word, with no comma to show it. Of a run of
    three or more numbered heading lines, one stands over a short line that ends no sentence and has no label,
    with text under that, while every other one stands over text or its own labelled sub-points: the short line
    is the rest of its heading, when the two together are no longer than the run's other headings; and, however many
    of the run were broken, a short line that goes on a heading line (``_goes_on``: 和责任感 / 心、牢记使命). ``said``."""
    joined: set[int] = set()
    parted = len(paras) > 1 and sum(bool(p.blanks_before) for p in paras[1:]) >= BLANK_PARTED * (len(paras) - 1)

    def rest_under(k: int) -> bool:
        """The line under heading line ``k`` can be its rest: short, no label, ending no sentence (its text under it)."""
        if k + 2 >= len(paras) or paras[k + 1].heading_level:
            return False
        rest = paras[k + 1].text.strip()
        return (
            0 < len(rest) <= BROKEN_REST and rest[-1] not in TERMINAL + "，,、" and not match_label(rest)
            and not _DECIMAL_LABEL.match(rest)  # (2. 根因分析 / 2.1 直接原因: its first sub-point, no rest of it)
        )

    def over_rest(k: int) -> bool:
        return rest_under(k) and len(paras[k + 2].text.strip()) > STANDALONE_HEADING

    def rest_of_line(k: int) -> bool:
        return (
            rest_under(k) and not paras[k + 1].blanks_before and bool(paras[k + 2].blanks_before)
            and paras[k].text.rstrip()[-1:] not in TERMINAL + "，,、；;：:"
        )

    for style, labelled in _opening_labels(paras).items():
        if style not in HEADING_RANK:
            continue
        items = [k for k, _, _ in labelled if _heading_line(paras[k].text) and not paras[k].heading_level]
        broken = [k for k in items if over_rest(k)]
        # (…增强做好城市更新工作的紧迫感 / 和责任感: a rest that opens with a joining word goes on the heading, however
        # many of the run were broken)
        joined.update(k for k in broken if _goes_on(paras[k + 1].text.strip()) and len(items) >= 2)
        # (三、强化组织保障，确保春耕生产和高标准农田 / 建设各项任务落地见效 / (blank) / …: in a copy whose paragraphs blank
        # lines part, a rest right under its heading line with a blank line under it is of that line's paragraph)
        joined.update(k for k in items if parted and rest_of_line(k))
        if len(items) < 3 or len(broken) != 1:
            continue
        k = broken[0]
        longest = max(len(paras[j].text.strip()) for j in items if j != k)
        if len(paras[k].text.strip()) + len(paras[k + 1].text.strip()) <= longest + BROKEN_SLACK:
            joined.add(k)
    if not joined:
        return paras
    out: list[SourceParagraph] = []
    for k, p in enumerate(paras):
        if k - 1 in joined:
            continue
        if k in joined:
            rest = paras[k + 1].text.strip()
            p = replace(p, text=p.text.rstrip() + rest)
            if said is not None:
                said.append(f"第 {p.number} 段的小标题像是断在两行，已与下一行“{_opening_words(rest)}”合为一行，请核对")
        out.append(p)
    return out


# 一 … 十 … 十一 … 二十三, alone on its line; or 01 / 02 (a WeChat article's part marks, **01**); or a slide's part mark,
# which heads a part only over a heading line (-01- / PART 1 / 1)
_BARE_NUMERAL_LINE = re.compile(r"[一二三四五六七八九十]{1,3}|0[1-9]")
_PART_MARK_LINE = re.compile(r"-(0?[1-9])-|(?:PART|Part)[ .．]?(0?[1-9])|([1-9])")
_ZERO_PADDED_MARK = re.compile(r"0[1-9]|-0[1-9]-")
BARE_NUMERAL_TEXT = 8  # characters of the paragraph under a numeral alone on its line, at least
DIGIT_NUMERAL_TEXT = 40  # ... under an 01 (a heading line of its own under it is no text)
BARE_NUMERAL_SKIP = 1  # short lines between a numeral and its paragraph that are looked past


def _numeral_count(numeral: str) -> int:
    """三 / 03 / -03- / PART 3: the number a numeral alone on its line counts."""
    if (m := _PART_MARK_LINE.fullmatch(numeral)) is not None:
        return int(next(g for g in m.groups() if g))
    return int(numeral) if numeral.isdigit() else parse_chinese_number(numeral) or 0


def run_in_bare_numerals(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """## 一 (or 　　一 in plain text) / 我们对问题要作全面的分析，…。 / … / ## 二 / …: a part headed by its numeral
    alone on a line (as selected works print a talk's parts) runs in to the paragraph under it
    (一、我们对问题…), so its lead sentence heads it (corpus/ANNOTATION.md: a label alone on its line). Only
    numerals that count 一, 二, … (or 01, 02, … right over a paragraph of text) in order (one may be lost), two at
    least. A short line between a numeral and its paragraph (同志们！ /
    （本文有删节）) is looked past and stays where it is; a numeral over its own sub-points (## 一 / （一）…) keeps
    its numeral, a part with no heading. A numeral or part mark (-01- / PART 1 / 1) over a heading line and another
    short line (查 / 隐患藏在哪里 / …; 客户为什么不愿意见我们？ / ——三个扎心的数字) heads its part with that line, the first
    under it (一、查), as a bare numeral does over any heading line (一 / 当好“规划员” / 村子往哪里走，…)."""
    numerals = [i for i, p in enumerate(paras[:-1]) if _BARE_NUMERAL_LINE.fullmatch(p.text.strip())]
    slide_marks = not _counted_on(paras, numerals)
    if slide_marks:
        numerals = [i for i, p in enumerate(paras[:-1]) if _PART_MARK_LINE.fullmatch(p.text.strip())]
        if not _counted_on(paras, numerals):
            return paras
    # each numeral's heading line, where it stands over one (no label of its own)
    heading_line = {i: line for i in numerals if (line := _heading_line_under(paras, i, numerals)) is not None}
    heads = {i for i in heading_line if _heads_a_part(paras, i, heading_line[i], numerals)}
    if heads and any(paras[i].text.strip().isascii() for i in numerals):
        # (marks in digits head their parts all alike: 01 over a line and its text, 02 over a line and a short one, each
        # over its heading line; or none)
        heads = set(numerals) if len(heading_line) == len(numerals) else set()
    if slide_marks and not heads:
        return paras  # (-01- / PART 1 / 1 head lines only: they run in to no text)
    if heads == set(numerals) and _own_headings_under(paras, heading_line):
        # (***03*** / **核心功能是什么？** / 一、… 二、… 三、…: the parts' own 一、 would count on from the marks' 一、; the
        # heading lines head their parts as Markdown headings do, over the 一、 under them, and the marks go)
        lines = set(heading_line.values())
        return [
            replace(p, heading_level=p.heading_level or 1) if k in lines else p
            for k, p in enumerate(paras) if k not in heading_line
        ]
    text_of: dict[int, int] = {}  # numeral's paragraph -> the paragraph of text it runs in to
    for i in numerals:
        if i in heads:
            text_of[i] = heading_line[i]
            continue
        # (**01** over a heading line of its own is a section mark, the line its heading: only right over a paragraph
        # of text does an 01 run in)
        digits = paras[i].text.strip().isdigit()
        skip, least = (0, DIGIT_NUMERAL_TEXT) if digits else (BARE_NUMERAL_SKIP, BARE_NUMERAL_TEXT)
        for j in range(i + 1, min(i + 2 + skip, len(paras))):
            q = paras[j]
            if q.heading_level or j in numerals or any(m.style in HEADING_RANK for m in match_label(q.text)):
                break  # (its own sub-points right under it, （一）…, or the next part: no heading)
            if len(q.text) >= least:
                text_of[i] = j
                break
    # (a part mark over its heading line heads it as 一、 does; an 01 over text runs in as 01、, the list it numbers)
    labels = {
        i: chinese_numeral(_numeral_count(mark)) + "、" if i in heads else mark + "、"
        for i in numerals if (mark := paras[i].text.strip())
    }
    return _labels_run_in(paras, text_of, labels.__getitem__)


def _own_headings_under(paras: list[SourceParagraph], heading_line: dict[int, int]) -> bool:
    """Under the part marks (``heading_line``: each mark's paragraph -> its heading line), past the first heading line,
    a paragraph opens with a label in the top headings' style (一、): the text numbers its own headings, below the
    marks."""
    first = min(heading_line.values())
    marked = set(heading_line) | set(heading_line.values())
    return any(
        any(m.style == "一、" for m in match_label(p.text)) for k, p in enumerate(paras[first + 1 :], start=first + 1) if k not in marked
    )


def _counted_on(paras: list[SourceParagraph], numerals: list[int]) -> bool:
    """The numerals alone on their lines count on from 一, one number lost at most (a line break lost before it ran it
    into the paragraph above; with a number lost, two steps of one at least: 一 then 三 alone counts no parts)."""
    counts = [_numeral_count(paras[i].text.strip()) for i in numerals]
    steps = [b - a for a, b in zip([0, *counts], counts, strict=False)]
    return len(numerals) >= 2 and all(step in (1, 2) for step in steps) and steps.count(2) <= (steps.count(1) >= 2)


def _part_heading_line(text: str) -> bool:
    """A short heading line, a short question (客户为什么不愿意见我们？) or a keyword (查); a heading line may bring in what
    follows with a colon (04 / 互联网“七字诀”外的真经： / “群众路线” / …)."""
    bare = text.strip()
    bare = bare[:-1] if bare[-1:] in "：:" and len(bare) > 1 else bare
    return (
        short_heading(bare) or (len(bare) <= SHORT_LEAD and bare[-1:] in "？?" and not re.search(r"[。！？!?；;]", bare[:-1]))
        or keyword_line(bare)  # (查 / 管 / 练)
    )


def _heading_line_under(paras: list[SourceParagraph], i: int, numerals: list[int]) -> int | None:
    """The heading line the numeral at ``i`` stands over (no label of its own): right under it, or under a short line
    that only brings it in (04 / One More Thing： / 勇敢迈出去，…: a kicker no heading line is, ending in a colon)."""
    for j in (i + 1, i + 2):
        if j >= len(paras) or j in numerals or match_label(paras[j].text):
            return None
        if _part_heading_line(paras[j].text) or (paras[j].wholly_bold() and short_heading(paras[j].text.strip(), chinese=1)):
            return j  # (a line set in bold under the mark heads however few Chinese words it has: 从 Copilot 到 Autopilot)
        kicker = paras[j].text.strip()
        if not (kicker[-1:] in "：:" and len(kicker) <= SHORT_LEAD and ends_no_sentence(kicker[:-1])):
            return None
    return None


def _heads_a_part(paras: list[SourceParagraph], i: int, line: int, numerals: list[int]) -> bool:
    """The numeral at ``i``, over the heading line at ``line``, heads its part: a bare numeral (一) or a mark with its
    leading zero (01 / -01-: no page or slide number) over any, another part mark (PART 1 / 1) over one with another
    short line under it (its subtitle, or a keyword's line), no text yet."""
    mark = paras[i].text.strip()
    if (not mark.isdigit() and _BARE_NUMERAL_LINE.fullmatch(mark)) or _ZERO_PADDED_MARK.fullmatch(mark):
        return True
    return line + 1 < len(paras) and line + 1 not in numerals and len(paras[line + 1].text.strip()) <= SHORT_LEAD


def _labels_run_in(paras: list[SourceParagraph], text_of: dict[int, int], label_of: Callable[[int], str]) -> list[SourceParagraph]:
    """Each label alone on its line (``text_of``: its paragraph -> the paragraph of text it runs in to) run in to its
    text, written as ``label_of`` gives it for the label's paragraph; the lines between stay where they are."""
    if not text_of:
        return paras
    label_at = {j: i for i, j in text_of.items()}
    out: list[SourceParagraph] = []
    for k, p in enumerate(paras):
        if k in text_of:
            continue
        if k in label_at:
            p = replace(p, text=label_of(label_at[k]) + p.text.strip())
        out.append(p)
    return out


_BARE_RUN_IN_LINE = re.compile(r"(?P<n>[一二三四五六七八九十]{1,2})(?P<word>[是要])[：:]?")


def run_in_bare_run_in_labels(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """一要 / 积极推进…研究，力争…。 / 二要 / 为传统产业升级提供技术支持。…: run-in labels a copy set on lines of their
    own (it kept their bold apart from the words after), each right over its paragraph of text, run in to it again
    (一要积极推进…), so its lead sentence heads the item; so too a word and a numeral (预见一： / 资产紧俏，并购流行。 /
    …): 预见一：资产紧俏，…. Only labels that count on from 一 with one word, two at least."""
    text_of: dict[int, int] = {}
    for line in (_BARE_RUN_IN_LINE, NAMED_ORDINAL):  # (预见一： keeps its colon)
        bare = [(i, m) for i, p in enumerate(paras[:-1]) if (m := line.fullmatch(p.text.strip()))]
        bare_at = {i for i, _ in bare}
        for k, (i, m) in enumerate(bare):
            if parse_chinese_number(m.group("n")) != 1:
                continue
            run = [i]
            for j, n in bare[k + 1 :]:
                if n.group("word") == m.group("word") and parse_chinese_number(n.group("n")) == len(run) + 1:
                    run.append(j)
            under = [j + 1 for j in run]
            text_under = all(
                len(paras[t].text.strip()) >= BARE_NUMERAL_TEXT and not match_label(paras[t].text) and t not in bare_at for t in under
            )
            if len(run) >= 2 and not any(j in text_of for j in run) and text_under:
                text_of.update(zip(run, under, strict=True))
    named = {i for i in text_of if NAMED_ORDINAL.fullmatch(paras[i].text.strip())}
    # (一要 loses its colon, as a run-in label has none; 预见一： keeps its own, and only so is it read as a label:
    # 关键词一：感谢 on one line is a heading whole)
    out = _labels_run_in(paras, text_of, lambda i: paras[i].text.strip() if i in named else paras[i].text.strip().rstrip("：:"))
    marked = {paras[text_of[i]].number for i in named}
    return [replace(p, label_line=True) if p.number in marked else p for p in out]


def rejoin_year(paras: list[SourceParagraph]) -> list[SourceParagraph]:
    """2021 / 年在…会议上的讲话: a title whose year the page put on a line of its own."""
    if len(paras) > 1 and re.fullmatch(r"\d{4}", paras[0].text.strip()) and paras[1].text.startswith("年"):
        joined = SourceParagraph(paras[1].number, paras[0].text.strip() + paras[1].text, paras[1].heading_level, paras[1].is_title)
        return [joined, *paras[2:]]
    return paras
