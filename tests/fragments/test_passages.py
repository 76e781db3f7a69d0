"""Body passages worth keeping (quotations, quotable lines, 排比, stock phrasing) and harvest's proposals of them.

The sample paragraphs are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from jianggao.errors import Location
from jianggao.fragments.harvest import harvest
from jianggao.fragments.library import id_problem, load_library
from jianggao.fragments.lint import entry_problems
from jianggao.fragments.passages import (
    parallel_runs,
    passages,
    quotable_lines,
    quotations,
    stock_phrases,
)
from tests.conftest import TESTS

SEEDS = TESTS / "data" / "seeds"
HERE = Location("spec.yaml", 1)

QUOTING = "党的二十大报告强调，“全面建设社会主义现代化国家，最艰巨最繁重的任务仍然在农村”。我们要牢记这一要求。"
QUOTABLE = "抓落实，不是喊在嘴上，而是干在实处。这是一条朴素的道理，我们要始终牢记在心。"
PARALLEL_SENTENCES = "要看清形势，把握大局。要找准定位，主动作为。要压实责任，狠抓落实。这样才能打开局面。"
PARALLEL_CLAUSES = "我们要以更实的作风抓项目，以更大的力度优环境，以更强的担当促发展，这是全县上下的共同责任。"
STOCK = "各级干部要做到守土有责、守土负责、守土尽责，确保一方平安。"


def test_quotation_keeps_who_said_it() -> None:
    [found] = quotations(QUOTING)
    assert found.text == "“全面建设社会主义现代化国家，最艰巨最繁重的任务仍然在农村”"
    assert found.source == "党的二十大报告"


def test_quotation_without_a_speaker_leaves_the_source_to_check() -> None:
    [found] = quotations("我们常讲，“今年务必把这项工作抓出成效来”，大家要抓紧。")
    assert found.source == ""


def test_quotable_line_on_a_correlative_pair() -> None:
    assert [p.text for p in quotable_lines(QUOTABLE)] == ["抓落实，不是喊在嘴上，而是干在实处。"]
    assert quotable_lines("这是一条朴素的道理，我们要始终牢记在心。") == []


def test_parallel_sentences_and_clauses() -> None:
    assert [p.text for p in parallel_runs(PARALLEL_SENTENCES)] == ["要看清形势，把握大局。要找准定位，主动作为。要压实责任，狠抓落实。"]
    assert [p.text for p in parallel_runs(PARALLEL_CLAUSES)] == ["以更实的作风抓项目，以更大的力度优环境，以更强的担当促发展，"]
    assert parallel_runs("要看清形势。要找准定位。这样才能打开局面。") == []  # two are not a run


def test_stock_phrasing_is_a_list_of_equal_terms() -> None:
    assert [p.text for p in stock_phrases(STOCK)] == [STOCK]
    assert stock_phrases("要抓好春耕、防汛和安全生产工作。") == []


def test_each_text_is_proposed_once_and_lines_of_a_run_are_not_repeated() -> None:
    text = "没有规矩，就没有方圆；没有纪律，就没有战斗力；没有作风，就没有形象。"
    found = passages([text, text])
    assert [(p.kind, p.text) for p in found] == [("parallel", text)]


def test_harvest_proposes_body_passages_for_review(tmp_path: Path) -> None:
    _, found, _ = harvest(SEEDS / "003_14d1714a0259fe64.txt", tmp_path / "c.yaml")
    library = load_library([tmp_path])
    by_kind = {c.id.split(".")[0] for c in found}
    assert {"排比", "formula"} <= by_kind
    parallel = library.entry("排比.003_14d1714a0259fe64-1").fragment()
    assert "待审" in parallel.tags and "排比" in parallel.tags
    texts = [library.render(c.id, {}, {}, HERE) for c in found if c.id.startswith("排比.")]
    assert "没有公正，就没有稳定；没有稳定，就没有和谐；没有和谐，就没有发展。" in texts
    for fragment_id in library.ids():
        entry = library.entry(fragment_id)
        assert [p for p in entry_problems(entry) if not p.warning] == []


def test_a_harvested_quotation_carries_a_source_to_check(tmp_path: Path) -> None:
    _, found, _ = harvest(SEEDS / "000_e19e277868c907df.txt", tmp_path / "c.yaml")
    [quote] = [c for c in found if c.id.startswith("quote.")]
    frag = load_library([tmp_path]).entry(quote.id).fragment()
    assert frag.source.startswith("待核实") and "转引自《在全市政法系统党风廉政建设工作会议上的讲话》" in frag.source
    assert "引文" in frag.tags and "待审" in frag.tags


def test_chinese_kinds_are_valid_ids() -> None:
    assert id_problem("表彰.先进集体") == ""
    assert id_problem("金句.说到做到-1") == ""
    assert id_problem("Closing.x") != "" and id_problem("表彰") != "" and id_problem("表彰..x") != ""
