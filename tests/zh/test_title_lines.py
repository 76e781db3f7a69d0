"""Title lines: balanced, broken between words (GB/T 9704 7.3.1 词意完整), bounded in cost."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import jieba
import pytest

from jianggao.zh.title_lines import balanced_lines, text_width, word_boundaries
from tests.conftest import TESTS

TITLES = (TESTS / "data" / "titles.txt").read_text(encoding="utf-8").splitlines()


def breaks(lines: list[str], title: str) -> list[int]:
    """Indexes in ``title`` where one line ends and the next begins."""
    out, position = [], 0
    for line in lines[:-1]:
        position = title.index(line, position) + len(line)
        out.append(position)
    return out


def test_twenty_titles_break_as_recorded(golden: Callable[[str, str], None]) -> None:
    assert len(TITLES) == 20
    shown = []
    for title in TITLES:
        shown.append(" ｜ ".join(balanced_lines(title, 20)))
    golden("title_lines.txt", "\n".join(shown) + "\n")


@pytest.mark.parametrize("title", TITLES)
def test_no_line_splits_a_word_by_an_independent_segmenter(title: str) -> None:
    lines = balanced_lines(title, 20)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert max(text_width(line) for line in lines) <= 20
    # jieba's own default dictionary, without the project's terms, as the judge.
    bounds, position = set(), 0
    for word in jieba.lcut(title, HMM=False):
        position += len(word)
        bounds.add(position)
    for index in breaks(lines, title):
        assert index in bounds or title[index - 1] == " ", (title, lines)
    for upper, lower in zip(lines, lines[1:], strict=False):
        assert lower[0] not in "，。、；：？！）”’》—" or lower.startswith("——"), lines
        assert upper[-1] not in "（“‘《", lines


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("在全市生态环境系统党风廉政建设工作会议上的讲话", "党风廉政建设"),
        ("在2025年全市教师队伍建设工作推进会上的讲话", "教师队伍建设"),
        ("在区市场监管局2025年党风廉政建设和反腐败工作会议上的讲话", "党风廉政建设"),
        ("在全县乡村振兴工作推进会暨驻村工作队培训会上的讲话", "培训会上的讲话"),
    ],
)
def test_fixed_terms_and_the_speech_tail_stay_on_one_line(title: str, kept: str) -> None:
    lines = balanced_lines(title, 20)
    assert len(lines) == 2
    assert any(kept in line for line in lines), lines


def test_a_term_longer_than_half_a_line_takes_a_line_rather_than_being_split() -> None:
    title = "在全市深入学习贯彻习近平新时代中国特色社会主义思想主题教育动员部署会议上的讲话"
    assert balanced_lines(title, 20) == [
        "在全市深入学习贯彻",
        "习近平新时代中国特色社会主义思想",
        "主题教育动员部署会议上的讲话",
    ]


def test_joints_around_ji_and_before_the_dash_subtitle() -> None:
    assert balanced_lines("在全县2025年政法工作会议暨平安建设推进会上的讲话", 20) == [
        "在全县2025年政法工作会议",
        "暨平安建设推进会上的讲话",
    ]
    lines = balanced_lines("坚定信心 真抓实干 奋力谱写中国式现代化建设的崭新篇章——在全省经济工作会议上的讲话", 20)
    assert lines[-1] == "——在全省经济工作会议上的讲话"


@pytest.mark.parametrize("shape", ["trapezoid", "inverted-trapezoid", "diamond"])
def test_shapes_keep_words_whole_and_tilt_as_asked(shape: str) -> None:
    title = "在全省深入学习贯彻习近平新时代中国特色社会主义思想主题教育暨全面从严治党工作推进会议上的讲话"
    lines = balanced_lines(title, 20, shape)
    assert "".join(lines) == title
    bounds = word_boundaries(title)
    assert all(index in bounds for index in breaks(lines, title))
    for two_lines in ("在全市营商环境优化提升暨重点项目建设推进会上的讲话", "在全市道路交通安全隐患排查整治暨“平安出行”专项行动专题会上的讲话"):
        upper, lower = balanced_lines(two_lines, 20, shape)
        plain_upper, _ = balanced_lines(two_lines, 20)
        if shape == "inverted-trapezoid":
            assert text_width(upper) >= text_width(plain_upper), upper
        else:
            assert text_width(upper) <= text_width(lower), (upper, lower)


def test_a_short_title_is_one_line_and_the_segmenter_is_not_asked() -> None:
    assert balanced_lines("在全县政法工作会议上的讲话", 20) == ["在全县政法工作会议上的讲话"]


def test_a_100000_character_title_is_fast_and_bounded() -> None:
    title = "在全市党风廉政建设和反腐败工作会议上的讲话" * 4800
    balanced_lines("在全市党风廉政建设和反腐败工作会议上的讲话", 20)  # the segmenter's one-off load is not the point
    started = time.perf_counter()
    lines = balanced_lines(title, 20)
    elapsed = time.perf_counter() - started
    assert "".join(lines) == title
    assert len(lines) == len(title) // 20 and max(text_width(line) for line in lines) <= 20
    assert elapsed < 1.0, elapsed  # was > 100 s (cubic); measured about 0.25 s here
    tracemalloc.start()
    try:
        balanced_lines(title, 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, peak  # was > 1 GiB (quadratic)


def test_a_1200_character_title_is_balanced_with_words_whole() -> None:
    title = ("在全市安全生产工作会议暨安全生产委员会全体会议上的讲话" * 50)[:1200]
    lines = balanced_lines(title, 20)
    assert "".join(lines) == title
    assert max(text_width(line) for line in lines) <= 20


def test_title_lines_never_split_numbers_or_start_with_closing_punctuation() -> None:
    title = "关于2025年度“十四五”规划实施情况和2026年工作安排的报告讲话"
    for shape in ("trapezoid", "inverted-trapezoid", "diamond"):
        lines = balanced_lines(title, 20, shape)
        assert "".join(lines) == title
        for before, after in zip(lines, lines[1:], strict=False):
            assert not (before[-1].isdigit() and after[0].isdigit())
            assert after[0] not in "，。、”）" and before[-1] not in "“（"


def test_the_title_segmenter_equals_jiebas_full_dictionary() -> None:
    # title_lines reads only the dictionary entries a title can match; the words must be
    # exactly those of jieba's own tokenizer with the full dictionary and the same terms.
    import logging

    from jianggao.zh.title_lines import DOMAIN_TERMS, MEETING_WORDS, words

    jieba.setLogLevel(logging.WARNING)
    full = jieba.Tokenizer()
    full.initialize()
    for term in DOMAIN_TERMS:
        full.add_word(term, freq=10**6)
    for term in MEETING_WORDS:
        full.add_word(term, freq=1000)
    texts = list(TITLES)
    for seed in sorted((TESTS / "data" / "seeds").glob("*.txt")):
        texts += [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()][:30]
    assert len(texts) > 100
    for text in texts:
        assert words(text) == list(full.cut(text, HMM=True)), text


def test_the_dictionary_groups_kept_in_the_cache_are_the_ones_made_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jianggao.zh import title_lines

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = title_lines._import_jieba().__file__
    fresh = title_lines._grouped(Path(source).with_name("dict.txt").read_bytes())
    cache = tmp_path / "jianggao" / "jieba-groups"
    title_lines._dictionary.cache_clear()
    try:
        assert title_lines._dictionary() == fresh  # made, and written
        assert cache.is_file()
        title_lines._dictionary.cache_clear()
        assert title_lines._dictionary() == fresh  # read back
        # A damaged, truncated or foreign file is a miss: made afresh and written again.
        good = cache.read_bytes()
        for damaged in (good[: len(good) // 2], b"", b"\xff" * 100, good.replace(b"jianggao-jieba-groups 1", b"jianggao-jieba-groups 0", 1)):
            cache.write_bytes(damaged)
            title_lines._dictionary.cache_clear()
            assert title_lines._dictionary() == fresh
            assert cache.read_bytes() == good
        cache.unlink()
        cache.mkdir()  # a cache that cannot be written only costs time
        title_lines._dictionary.cache_clear()
        assert title_lines._dictionary() == fresh
    finally:
        title_lines._dictionary.cache_clear()


def test_jieba_is_loaded_without_pkg_resources() -> None:
    # pkg_resources (setuptools) scans every installed distribution: most of jieba's import time.
    import subprocess
    import sys

    code = (
        "import sys\nfrom jianggao.zh.title_lines import words\n"
        "assert words('在全市优化营商环境工作推进会上的讲话')[-1] == '讲话'\n"
        "assert 'jieba' in sys.modules and 'pkg_resources' not in sys.modules, sorted(sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
