"""A report whose parts are headed by their numeral alone (## 一 / ## 二, as selected works print them): each
part is headed by the lead sentence of its first paragraph, as a label alone on its line is
(corpus/ANNOTATION.md), so the draft prints 一、<that sentence> once and not 一、一; the report says so. A part
with no paragraph under its numeral (its sub-points follow at once) keeps an empty heading, said too."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.speech_file import read_speech

from .mining import mine as mine_text

PART = "这一部分讲的是经济问题。我们的计划要又平衡又不平衡，要保护干部和群众的积极性，不要挫伤。"


def mine(tmp_path: Path, text: str) -> tuple[dict, str]:
    return mine_text(tmp_path, text, "report.md")


def speech(*headings: str) -> str:
    parts = "".join(f"## {h}\n\n{PART}\n\n{PART}\n\n" for h in headings)
    return f"# 在全会上的讲话\n\n同志们：\n\n我讲三个问题。\n\n{parts}谢谢大家！\n"


def test_parts_headed_by_their_numeral_alone_are_headed_by_their_first_sentence(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech("一", "二", "三"))
    assert [p["heading"] for p in spec["points"]] == ["这一部分讲的是经济问题。"] * 3
    assert spec["points"][0]["intro"] == ["我们的计划要又平衡又不平衡，要保护干部和群众的积极性，不要挫伤。", PART]
    assert "首句读作小标题" in report


def test_the_draft_prints_the_numeral_once_and_the_sentence_once(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("一", "二", "三"))
    spec_path = tmp_path / "report.yaml"
    spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec_path), "-f", "txt", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out" / "report.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines()]
    assert "一、这一部分讲的是经济问题。" in lines
    assert not any(line.startswith("一、一") for line in lines)
    assert text.count("这一部分讲的是经济问题。") == 3 * 2  # (each part's heading and its second paragraph)


def test_a_numeral_with_its_sub_points_right_under_it_keeps_an_empty_heading(tmp_path: Path) -> None:
    parts = "".join(f"## {h}\n\n（一）抓好生产\n\n{PART}\n\n（二）搞好生活\n\n{PART}\n\n" for h in ("一", "二"))
    spec, report = mine(tmp_path, f"# 在全会上的讲话\n\n同志们：\n\n我讲两个问题。\n\n{parts}谢谢大家！\n")
    assert [p["heading"] for p in spec["points"]] == ["", ""]
    assert [i["heading"] for i in spec["points"][0]["items"]] == ["抓好生产", "搞好生活"]
    assert "只有序号、没有小标题" in report


def test_a_heading_that_starts_with_a_numeral_word_is_kept(tmp_path: Path) -> None:
    """Near miss: 一流营商环境 / 二次创业 are headings that open with a numeral, not a numeral alone."""
    spec, report = mine(tmp_path, speech("一、一流营商环境", "二、二次创业", "三、三产融合"))
    assert [p["heading"] for p in spec["points"]] == ["一流营商环境", "二次创业", "三产融合"]
    assert "只有序号" not in report


def _plain(tmp_path: Path, numerals: tuple[str, ...]) -> list[str]:
    parts = "".join(f"　　{n}\n\n　　{PART}\n\n　　{PART}\n\n" for n in numerals)
    path = tmp_path / "report.txt"
    path.write_text(f"在全会上的讲话\n\n（一九五六年十一月十五日）\n\n　　我讲几个问题。\n\n{parts}", encoding="utf-8")
    return [n.heading for n in read_speech(path).outline.points]


def test_plain_text_parts_headed_by_a_numeral_alone_are_headed_by_their_first_sentence(tmp_path: Path) -> None:
    assert _plain(tmp_path, ("一", "二", "三")) == ["这一部分讲的是经济问题。"] * 3


def test_numerals_out_of_order_or_alone_head_nothing(tmp_path: Path) -> None:
    """Near misses: 一 then 三 counts no parts; a single 一 on a line is no part's heading either."""
    assert _plain(tmp_path, ("一", "三")) == []
    assert _plain(tmp_path, ("一",)) == []


def test_parts_counted_past_ten_are_read_too(tmp_path: Path) -> None:
    """一 … 十 … 十一 十二 alone on their lines: every part, not the first ten only."""
    numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    spec, _ = mine(tmp_path, speech(*numerals))
    assert len(spec["points"]) == 12


def test_a_lead_that_is_a_long_quotation_to_the_paragraphs_end_is_kept_whole(tmp_path: Path) -> None:
    """A part whose paragraph is one sentence reporting a quotation (…的报告说：“…。…。”) with nothing after the
    closing quote: the sentence, and so the heading, is the whole paragraph; every part keeps its whole lead
    sentence, however long (corpus/ANNOTATION.md)."""
    quoted = "省委的报告说：“各地已经动起来了。现有的合作社正在筹划扩大。这是一个新的特点。”"
    text = (
        "# 在全会上的讲话\n\n同志们：\n\n我讲三个问题。\n\n"
        f"## 一\n\n{PART}\n\n## 二\n\n{PART}\n\n## 三\n\n{quoted}\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [p["heading"] for p in spec["points"]][2] == quoted


def test_one_glitch_costs_at_most_its_part(tmp_path: Path) -> None:
    """A short line between a numeral and its paragraph (同志们！ / （本文有删节）) is looked past and stays in the
    text; a numeral lost into the paragraph above (a lost line break) costs that part only, not the run."""
    parts = [f"## {n}\n\n{PART}\n\n{PART}\n\n" for n in ("一", "二", "三", "四")]
    noted = parts[:2] + ["## 三\n\n（本文有删节）\n\n" + f"{PART}\n\n{PART}\n\n"] + parts[3:]
    spec, _ = mine(tmp_path, f"# 在全会上的讲话\n\n同志们：\n\n我讲四个问题。\n\n{''.join(noted)}谢谢大家！\n")
    assert [p["heading"] for p in spec["points"]] == ["这一部分讲的是经济问题。"] * 4
    assert "（本文有删节）" in yaml.safe_dump(spec, allow_unicode=True)
    lost = ["　　一", f"　　{PART}", "　　二", f"　　{PART}", f"　　{PART}三", f"　　{PART}", "　　四", f"　　{PART}"]
    path = tmp_path / "lost.txt"
    path.write_text("在全会上的讲话\n\n同志们：\n\n" + "\n\n".join(lost) + "\n", encoding="utf-8")
    assert [n.heading for n in read_speech(path).outline.points] == ["这一部分讲的是经济问题。"] * 3


def test_a_numeral_over_a_spoken_label_runs_in_and_one_over_sub_points_does_not(tmp_path: Path) -> None:
    """### 一 / 第一个问题：我们的文艺是为什么人的？: the labelled paragraph is the part's text, its lead sentence the
    heading (a numeral over （一）… keeps no heading: see the test above)."""
    parts = "".join(f"## {n}\n\n{lead}{PART}\n\n" for n, lead in (("一", "第一个问题：为什么人？"), ("二", "接着的问题是如何服务。")))
    spec, _ = mine(tmp_path, f"# 在座谈会上的讲话\n\n同志们：\n\n{parts}谢谢大家！\n")
    assert [p["heading"] for p in spec["points"]] == ["第一个问题：为什么人？", "接着的问题是如何服务。"]
