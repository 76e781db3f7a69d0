"""Markdown footnotes ([^1] … [^1]: …) and pipe tables (| a | b | over |---|---|) are read as a Word document's
footnotes and tables are: no markup in the spec, and the report says what was left out or reshaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.speech_file import read_speech

HEAD = "# 在全区营商环境优化推进会上的讲话\n\n同志们：\n\n今天召开会议，推进营商环境优化工作。下面，我讲两点意见。\n\n"
POINT_ONE = "## 一、认清形势\n\n"
POINT_TWO = "## 二、狠抓落实\n\n各部门要对照清单，逐项抓好落实。\n"

NOTE_ONE, NOTE_TWO = "依据区委常委会议纪要。", "评价数据由市发展改革委提供。"
FOOTNOTED = (
    HEAD + POINT_ONE + "营商环境就是生产力[^1]，去年我区评价排名上升了五位[^来源]。\n\n" + POINT_TWO
    + f"\n[^1]: {NOTE_ONE}\n[^来源]: {NOTE_TWO}\n"
)
TABLE = "| 指标 | 去年 | 今年 |\n|---|:---:|---:|\n| 开办企业时间 | 5天 | 1天 |\n| 审批事项 | **120项** | 80项 |\n"
TABLED = HEAD + POINT_ONE + "营商环境就是生产力。\n\n" + TABLE + "\n" + POINT_TWO


def mine(tmp_path: Path, name: str, text: str) -> tuple[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def texts(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [p.text for p in read_speech(path).paragraphs]


# --- footnotes ---------------------------------------------------------------------------------------


def test_footnote_marks_and_texts_stay_out_of_the_spec_and_the_report_says_where(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "讲话.md", FOOTNOTED)
    assert "[^" not in spec and NOTE_ONE not in spec and NOTE_TWO not in spec
    assert "营商环境就是生产力，去年我区评价排名上升了五位。" in spec
    assert "提示：原稿第 9 行有脚注（共 2 处），注释的文字（第 15、16 行）没有读入，需要时请手工补进正文" in report


def test_a_footnote_text_that_runs_on_over_lines_is_left_out_whole(tmp_path: Path) -> None:
    # the lines under [^1]: (one right under it, one indented after a blank line) are the note's, not the speech's
    text = HEAD + POINT_ONE + "营商环境就是生产力[^1]。\n\n" + POINT_TWO + "\n[^1]: 依据区委常委会议纪要，\n会后印发。\n\n    另见区政府工作报告。\n"
    read = texts(tmp_path, "讲话.md", text)
    assert read[-1] == "各部门要对照清单，逐项抓好落实。"
    assert not any("纪要" in t or "会后印发" in t or "工作报告" in t for t in read)


def test_a_txt_with_only_footnote_markup_is_read_as_markdown(tmp_path: Path) -> None:
    plain = FOOTNOTED.replace("# ", "").replace("#", "")
    spec, report = mine(tmp_path, "讲话.txt", plain)
    assert "[^" not in spec and NOTE_ONE not in spec
    assert "有脚注（共 2 处）" in report


def test_brackets_that_are_no_footnote_are_kept_and_not_reported(tmp_path: Path) -> None:
    text = HEAD + POINT_ONE + "按照[附件一]和[^ 说明]的要求抓好落实。\n\n" + POINT_TWO
    spec, report = mine(tmp_path, "讲话.md", text)
    assert "按照[附件一]和[^ 说明]的要求抓好落实。" in spec
    assert "脚注" not in report


# --- pipe tables ---------------------------------------------------------------------------------------


def test_a_pipe_table_is_read_cell_by_cell_and_reported(tmp_path: Path) -> None:
    read = texts(tmp_path, "讲话.md", TABLED)
    start = read.index("营商环境就是生产力。") + 1
    assert read[start : start + 9] == ["指标", "去年", "今年", "开办企业时间", "5天", "1天", "审批事项", "120项", "80项"]
    spec, report = mine(tmp_path, "讲话.md", TABLED)
    assert "|" not in spec and "---" not in spec and "**" not in spec
    assert "提示：原稿第 11 行起有表格（共 1 个），已按单元格逐段读入（每格一段），表格本身没有保留" in report


def test_a_table_without_outer_pipes_and_with_aligned_columns(tmp_path: Path) -> None:
    table = "事项 | 时限\n:-- | --:\n网上办理 | 当日\n窗口办理 | *三日*\n"
    read = texts(tmp_path, "讲话.md", HEAD + POINT_ONE + table + "\n" + POINT_TWO)
    assert read[read.index("事项") : read.index("事项") + 7] == ["事项", "时限", "网上办理", "当日", "窗口办理", "三日", "二、狠抓落实"]


def test_a_txt_with_only_a_pipe_table_is_read_as_markdown(tmp_path: Path) -> None:
    plain = TABLED.replace("## ", "").replace("# ", "")
    spec, report = mine(tmp_path, "讲话.txt", plain)
    assert "|" not in spec
    assert "起有表格（共 1 个）" in report


@pytest.mark.parametrize(
    "text",
    [
        "营商环境 | 就是生产力，要久久为功。\n下一行没有分隔线。\n",  # a | in prose, no delimiter row under it
        "```\n| 指标 | 去年 |\n|---|---|\n```\n",  # a table shown as code
        "| 指标 | 去年 |\n|---|\n",  # the delimiter row has fewer cells: no table
    ],
    ids=["bar-in-prose", "fenced", "cells-differ"],
)
def test_what_is_no_pipe_table_is_not_read_as_one(tmp_path: Path, text: str) -> None:
    _, report = mine(tmp_path, "讲话.md", HEAD + POINT_ONE + "营商环境就是生产力。\n\n" + text + "\n" + POINT_TWO)
    assert "表格" not in report


def test_reference_links_read_as_their_words_and_their_definitions_as_nothing(tmp_path: Path) -> None:
    """[Kitex][kitex] / [Kitex][] / [文档][1]: a reference link reads as its words, as an inline link does, when the text
    defines where it points; the lines that do ([kitex]: https://…) are no paragraph of the speech; brackets nothing
    defines ([3][4], a paper's references) stay as written (stop 62)."""
    text = (
        HEAD + "## 一、用好[开源框架][kitex]\n\n我们用[Kitex][]重构了服务，性能提升了一倍[3][4]，详见[文档][1]。\n\n" + POINT_TWO
        + "\n[kitex]: https://github.com/cloudwego/kitex\n[1]: https://example.com/docs \"文档\"\n"
    )
    path = tmp_path / "links.md"
    path.write_text(text, encoding="utf-8")
    read = read_speech(path)
    texts = [p.text for p in read.paragraphs]
    assert "一、用好开源框架" in texts
    assert "我们用Kitex重构了服务，性能提升了一倍[3][4]，详见文档。" in texts  # ([3][4]: nothing defines them)
    assert not any("https://" in t for t in texts)
