"""Breaking a long title (or any centred text) into balanced lines (GB/T 9704 7.3.1).

A title that does not fit on one line is split into as few lines as possible,
of nearly equal width, each keeping its wording whole (词意完整):

* lines break between words, found by a Chinese word segmenter (jieba, loaded
  only when a text actually wraps) with a small dictionary of fixed terms of
  the genre (党风廉政建设, 教师队伍建设 …) that must not be split;
* phrase joints are preferred: the writer's own spaces and ——, after a comma,
  before the 在… of “在…上的讲话”, around 暨, before 和/与/及; the tail
  “…会议上的讲话” stays together;
* never inside a run of digits or Latin letters, never a line that starts with
  closing punctuation or ends with opening punctuation.

``shape`` tilts the balance: trapezoid = upper lines slightly shorter,
inverted-trapezoid = upper lines longer, diamond = middle longest.

Cost: the lines are chosen by dynamic programming over a band (line k can only
end where k lines of at most ``max_width`` reach and the rest still fits), so a
title costs O(n·w) for n characters and w characters a line, in O(n) memory.
Text too long to be a title (more than ``_BALANCED_LINES`` lines) is filled
line by line against the same ideal widths instead, and text longer than
``_SEGMENT_LIMIT`` characters is not segmented (it breaks at punctuation and
character joints only): a 100,000-character string costs a fraction of a
second rather than a segmenter run.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import sys
import warnings
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..errors import JianggaoError
from ..library_paths import cache_folder
from ..text_files import read_user_bytes
from .line_breaks import NO_LINE_END, NO_LINE_START

_JOIN_BEFORE = set("暨和与及")
_JOIN_AFTER = set("，、：；")
# Characters that read badly at the start of a line (they lean on the word before).
_WEAK_START = set("的之上中了着")
_NOTABLE = NO_LINE_END | NO_LINE_START | _JOIN_BEFORE | _JOIN_AFTER | _WEAK_START | set("在暨—\u3000")

_FORBIDDEN = 1000.0  # breaks that split a number or leave punctuation stranded
_INSIDE_WORD = 400.0  # breaks inside a word or fixed term: only when nothing else fits
_WEAK = 12.0
_JOINT = -6.0
_PHRASE = -25.0  # the writer's own boundary (a space, ——): worth uneven lines

_BALANCED_LINES = 12
_EXTRA_LINE = 150.0  # cost of one line more than the fewest
_SEGMENT_LIMIT = 1000

# Fixed terms of speeches and official titles that a line must not split. jieba's own
# dictionary cuts most of them into smaller words (党风|廉政|建设), which is right for
# search but wrong for a title line.
DOMAIN_TERMS = (
    "党风廉政建设",
    "反腐败工作",
    "教师队伍建设",
    "干部队伍建设",
    "人才队伍建设",
    "基层党组织",
    "全面从严治党",
    "高质量发展",
    "营商环境",
    "安全生产",
    "应急管理",
    "乡村振兴",
    "生态环境",
    "生态文明建设",
    "主题教育",
    "工作会议",
    "动员大会",
    "表彰大会",
    "中国式现代化",
    "新时代",
    "习近平新时代中国特色社会主义思想",
    "中国特色社会主义",
    "政法工作",
    "平安建设",
    "作风建设",
    "纪检监察",
    "市场监管",
    "道路交通",
    "隐患排查",
    "专项行动",
    "专项整治",
    "民主生活会",
    "组织生活会",
    "理论学习中心组",
)
# Kinds of meeting: words of their own, but weaker than 会议 (推进|会议, not 推进会|议上).
MEETING_WORDS = ("推进会", "培训会", "专题会", "座谈会", "现场会", "调度会", "部署会", "动员会", "研讨会", "报告会")
# Tails kept whole: a line never breaks inside them.
_TAILS = ("上的讲话", "上的致辞", "上的发言", "上的报告", "上的总结讲话", "上的动员讲话")

_logger = logging.getLogger(__name__)


def char_width(ch: str) -> float:
    """Width in ems: ASCII is half-width, everything else full-width."""
    return 0.5 if ord(ch) < 0x80 else 1.0


def text_width(text: str) -> float:
    return sum(char_width(c) for c in text)


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, bytes], int]:
    """jieba's dictionary (word, frequency, tag a line) grouped by each word's first character,
    and the sum of all its frequencies.

    Grouping the 350,000 lines takes about half a second, the first wrapped title of every
    run (and of a batch, before its workers start): the groups are kept in the user's cache
    folder, for as long as jieba's dictionary file is the same.
    """
    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    source = Path(jieba.__file__).with_name("dict.txt")
    try:
        cache = cache_folder() / "jieba-groups"
        key = _index_key(source)
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        return _grouped(source.read_bytes())
    cached = _read_groups(cache, key)
    if cached is not None:
        return cached
    by_first, total = _grouped(source.read_bytes())
    _write_groups(cache, key, by_first, total)
    return by_first, total


def _grouped(data: bytes) -> tuple[dict[str, bytes], int]:
    groups: dict[bytes, list[bytes]] = {}
    for line in data.split(b"\n"):
        if line:
            groups.setdefault(line[: _utf8_length(line[0])], []).append(line)
    by_first = {first.decode("utf-8"): b"\n".join(lines) for first, lines in groups.items()}
    return by_first, sum(map(int, re.findall(rb" (\d+)", data)))


# The cache file: one header line, then the groups (none empty, none holding an empty line)
# separated by empty lines. The header names the dictionary file it was made from (path,
# size, modification time), the total and the body's length; any mismatch is a miss.
_GROUPS_FORMAT = b"jianggao-jieba-groups 1"
_MAX_GROUPS_BYTES = 64 * 1024 * 1024  # jieba's dictionary is 5 MB


def _index_key(source: Path) -> bytes:
    stat = source.stat()
    return b"%s %d %d %s" % (_GROUPS_FORMAT, stat.st_size, stat.st_mtime_ns, str(source).encode("utf-8").hex().encode())


def _read_groups(cache: Path, key: bytes) -> tuple[dict[str, bytes], int] | None:
    try:
        data = read_user_bytes(cache, limit=_MAX_GROUPS_BYTES)
        header, _, body = data.partition(b"\n")
        cached_key, total, length = header.rsplit(b" ", 2)
        if cached_key != key or int(length) != len(body):
            return None
        by_first = {}
        for group in body.split(b"\n\n"):
            by_first[group[: _utf8_length(group[0])].decode("utf-8")] = group
        return by_first, int(total)
    except (JianggaoError, ValueError, IndexError, UnicodeDecodeError):  # none, or not ours as written
        return None


def _write_groups(cache: Path, key: bytes, by_first: dict[str, bytes], total: int) -> None:
    from ..output_files import write_atomic

    body = b"\n\n".join(by_first.values())
    with contextlib.suppress(OSError, JianggaoError):  # a cache only saves time
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, b"%s %d %d\n%s" % (key, total, len(body), body))


def _import_jieba() -> Any:
    """jieba, imported without ``pkg_resources``.

    jieba uses pkg_resources (where setuptools provides it) only to open its own data files,
    and opens them by path without it; importing pkg_resources scans every installed
    distribution, which is most of jieba's import time (about 0.3 s of 0.4 s).
    """
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        with warnings.catch_warnings():  # jieba's own import warnings would reach stderr
            warnings.simplefilter("ignore")
            import jieba
    finally:
        if block and sys.modules.get("pkg_resources", False) is None:
            del sys.modules["pkg_resources"]
    return jieba


def _utf8_length(lead: int) -> int:
    return 1 if lead < 0xC0 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


@lru_cache(maxsize=4096)
def _words_from(first: str) -> tuple[dict[str, int], int]:
    """The dictionary's words that begin with ``first``, with their frequencies (a later
    line of the same word wins, as when the whole dictionary is read), and the longest
    one's length. Parsed once per character and process: titles share most of their characters."""
    words: dict[str, int] = {}
    for line in _dictionary()[0].get(first, b"").split(b"\n"):
        word, _, rest = line.partition(b" ")
        if word:
            words[word.decode("utf-8")] = int(rest.split(b" ", 1)[0])
    return words, max(map(len, words), default=0)


def _tokenizer(text: str) -> Any:
    """A jieba tokenizer that segments ``text`` exactly as jieba's full one would, holding only
    the dictionary words found inside ``text`` (and their prefixes).

    jieba's own start-up loads all 350,000 words (two seconds and more); segmenting a title
    reads only the entries its substrings can match: jieba's DAG only ever looks up
    substrings of the sentence and their prefixes, and the route's probabilities use the
    dictionary's total, kept whole here. tests/zh/test_title_lines.py checks the equality.
    """
    jieba = _import_jieba()
    total = _dictionary()[1]
    freq: dict[str, int] = {}
    for i, first in enumerate(text):
        known, longest = _words_from(first)
        for j in range(i + 1, min(len(text), i + longest) + 1):
            word = text[i:j]
            if word in known:
                freq[word] = known[word]
    for word in list(freq):
        for k in range(1, len(word)):
            freq.setdefault(word[:k], 0)
    terms, term_prefixes, terms_total = _added_terms()
    for prefix in term_prefixes:
        freq.setdefault(prefix, 0)
    freq.update(terms)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total + terms_total, True
    return tokenizer


@lru_cache(maxsize=1)
def _added_terms() -> tuple[dict[str, int], tuple[str, ...], int]:
    """What jieba's ``add_word`` of each DOMAIN_TERMS term (frequency 10**6), then each
    MEETING_WORDS one (1000), does to a tokenizer, worked out once rather than per title:
    each term's frequency (the last given wins), the terms' other prefixes (added with
    frequency 0 where absent) and what the additions add to the total."""
    added = [(term, 10**6) for term in DOMAIN_TERMS] + [(term, 1000) for term in MEETING_WORDS]
    terms = dict(added)
    prefixes = dict.fromkeys(term[:k] for term, _ in added for k in range(1, len(term)) if term[:k] not in terms)
    return terms, tuple(prefixes), sum(f for _, f in added)


def words(text: str) -> list[str]:
    """``text`` cut into words by the segmenter (with the domain terms kept whole)."""
    return list(_tokenizer(text).cut(text, HMM=True))


def word_boundaries(text: str) -> set[int]:
    """Indexes ``i`` such that ``text[:i]`` ends a word."""
    bounds, position = set(), 0
    for word in words(text):
        position += len(word)
        bounds.add(position)
    return bounds


def break_penalties(text: str, segment: bool = True) -> list[float]:
    """``penalty[i]``: the cost of breaking ``text`` before index ``i`` (index 0 unused)."""
    n = len(text)
    bounds = word_boundaries(text) if segment and n <= _SEGMENT_LIMIT else None
    inside_tail = set()
    for tail in _TAILS:
        start = text.find(tail)
        while start >= 0:
            # The tail and the word it follows (会议上的讲话, 培训会上的讲话) stay together.
            first = start
            if bounds is not None:
                first = max((b for b in bounds if b <= start - 2), default=0)
            inside_tail.update(range(first + 1, start + len(tail)))
            start = text.find(tail, start + 1)
    penalties = [0.0] * (n + 1)
    for i in range(1, n):
        if bounds is None and text[i - 1] not in _NOTABLE and text[i] not in _NOTABLE and not text[i - 1 : i + 1].isascii():
            continue  # two ordinary characters and no segmentation: nothing to weigh
        penalties[i] = _joint_penalty(text, i, bounds)
        if i in inside_tail:
            penalties[i] += _INSIDE_WORD
    return penalties


def _joint_penalty(text: str, i: int, bounds: set[int] | None) -> float:
    before, after = text[i - 1], text[i]
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return _FORBIDDEN  # inside 2025 or COVID
    if before == "—" and after == "—":
        return _FORBIDDEN
    if before.isspace() or (text[i : i + 2] == "——" and before not in NO_LINE_END):
        return _PHRASE
    if after in NO_LINE_START or before in NO_LINE_END:
        return _FORBIDDEN
    if after.isspace():
        return 0.0
    cost = 0.0
    if bounds is not None and i not in bounds:
        cost += _INSIDE_WORD
    if before in _JOIN_AFTER or after in _JOIN_BEFORE:
        cost += _JOINT
    elif before == "暨":
        cost += _JOINT / 2
    elif after == "在" and (bounds is None or i + 1 in bounds):
        cost += _JOINT  # before the 在… of 在…上的讲话
    if after in _WEAK_START and (bounds is None or i + 1 in bounds):
        cost += _WEAK
    return cost


def _targets(lines: int, total: float, shape: str) -> list[float]:
    mean = total / lines
    tilt = [(i - (lines - 1) / 2) for i in range(lines)]
    if shape == "inverted-trapezoid":
        tilt = [-t for t in tilt]
    elif shape == "diamond":
        tilt = [-abs(t) for t in tilt]
    return [mean + 0.5 * t for t in tilt]


def balanced_lines(title: str, max_width: float, shape: str = "trapezoid") -> list[str]:
    """``title`` as lines no wider than ``max_width`` ems (when breakable), balanced, broken
    between words."""
    title = title.strip()
    prefix = [0.0, *accumulate(char_width(ch) for ch in title)]
    total = prefix[-1]
    if total <= max_width or len(title) < 2:
        return [title]
    fewest = math.ceil(total / max_width)
    short = fewest <= _BALANCED_LINES and len(title) <= _SEGMENT_LIMIT
    penalties = break_penalties(title, segment=short)
    ends = None
    count = fewest
    while ends is None and count <= len(title):
        targets = _targets(count, total, shape)
        if short and count <= _BALANCED_LINES:
            found = _banded_split(prefix, penalties, count, max_width, targets, shape)
            if found is not None:
                cost, ends = found
                # One more line rather than a word split across two (GB/T 9704: 词意完整).
                for more in (count + 1, count + 2):
                    if cost < _EXTRA_LINE or more > min(_BALANCED_LINES, len(title)):
                        break
                    other = _banded_split(prefix, penalties, more, max_width, _targets(more, total, shape), shape)
                    if other is not None and other[0] + _EXTRA_LINE * (more - count) < cost:
                        cost, ends = other[0] + _EXTRA_LINE * (more - count), other[1]
        else:
            ends = _filled_split(prefix, penalties, count, max_width, targets)
        count += 1
    if ends is None:
        return [title]
    lines, start = [], 0
    for end in ends:
        lines.append(title[start:end].strip())
        start = end
    return [line for line in lines if line] or [title]


def _shape_cost(upper: float, lower: float, shape: str, k: int, count: int) -> float:
    """How far two neighbouring lines go against the shape (squared ems)."""
    if shape == "inverted-trapezoid":
        wrong = lower - upper
    elif shape == "diamond":
        wrong = upper - lower if k > count / 2 else lower - upper
    else:
        wrong = upper - lower
    return max(0.0, wrong) ** 2


def _band(prefix: list[float], k: int, count: int, max_width: float) -> tuple[int, int]:
    """Indexes j (as a range lo..hi inclusive) where line ``k`` (1-based) may end."""
    n = len(prefix) - 1
    total = prefix[n]
    lo = bisect_left(prefix, total - (count - k) * max_width - 1e-9)
    hi = bisect_right(prefix, k * max_width + 1e-9) - 1
    return max(lo, k), min(hi, n - (count - k))


def _banded_split(
    prefix: list[float], penalties: list[float], count: int, max_width: float, targets: list[float], shape: str
) -> tuple[float, list[int]] | None:
    """The cheapest ``count`` lines and their cost, by dynamic programming over each line's
    feasible band (the shape term looks at the previous line of each best path)."""
    n = len(prefix) - 1
    inf = float("inf")
    best: dict[int, float] = {0: 0.0}
    widths: dict[int, float] = {0: 0.0}  # width of the last line on the best path to each end
    backs: list[dict[int, int]] = []
    for k in range(1, count + 1):
        lo, hi = (n, n) if k == count else _band(prefix, k, count, max_width)
        row: dict[int, float] = {}
        row_widths: dict[int, float] = {}
        back: dict[int, int] = {}
        target = targets[k - 1]
        for j in range(lo, hi + 1):
            cheapest, arg = inf, -1
            for i, cost in best.items():
                width = prefix[j] - prefix[i]
                if i >= j or width > max_width:
                    continue
                total = cost + (width - target) ** 2
                if k > 1:
                    total += _shape_cost(widths[i], width, shape, k, count)
                if total < cheapest:
                    cheapest, arg = total, i
            if arg >= 0:
                row[j] = cheapest + (penalties[j] if j < n else 0.0)
                row_widths[j] = prefix[j] - prefix[arg]
                back[j] = arg
        if not row:
            return None
        best, widths = row, row_widths
        backs.append(back)
    if n not in best:
        return None
    ends, j = [], n
    for back in reversed(backs):
        ends.append(j)
        j = back[j]
    return best[n], ends[::-1]


def _filled_split(
    prefix: list[float], penalties: list[float], count: int, max_width: float, targets: list[float]
) -> list[int] | None:
    """Line by line: each line ends at the cheapest joint near its ideal end (for text far
    longer than a title; linear in its length)."""
    n = len(prefix) - 1
    ends, start, ideal = [], 0, 0.0
    for k in range(1, count + 1):
        ideal += targets[k - 1]
        if k == count:
            if prefix[n] - prefix[start] > max_width:
                return None
            ends.append(n)
            return ends
        lo, hi = _band(prefix, k, count, max_width)
        lo = max(lo, start + 1)
        hi = min(hi, bisect_right(prefix, prefix[start] + max_width + 1e-9) - 1)
        if lo > hi:
            return None
        end = min(range(lo, hi + 1), key=lambda j: penalties[j] + (prefix[j] - ideal) ** 2)
        ends.append(end)
        start = end
    return ends
