"""stale-year: a speech reused from last year that still calls last year "this year" somewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.checking.runner import check_file
from jianggao.checking.subject import CheckOptions
from jianggao.cli.main import cli
from tests.speech_files import paragraph_xml, write_docx

# A spec in my own words: a county meeting on river cleanup, dated 2026, nothing stale in it.
SPEC = """template: advancement
title: {title}
date: {date}
salutation: 同志们
opening:
  purpose: {opening}
points:
  - heading: 清河道
    intro: 要把河道清理干净。
  - heading: 护堤岸
    intro: {second}
  - heading: 管长远
    intro: 要把制度立起来。
closing:
  - 同志们，让我们一起把河护好。
"""


def spec(tmp_path: Path, *, title: str = "在2026年全县河道整治推进会上的讲话", date: str = "2026-06-18",
         opening: str = "今天开会，部署今年的河道整治工作。", second: str = "要把堤岸护牢。") -> Path:
    path = tmp_path / "河道.yaml"
    path.write_text(SPEC.format(title=title, date=date, opening=opening, second=second), encoding="utf-8")
    return path


def stale(path: Path) -> list:
    return [f for f in check_file(path).findings if f.rule == "stale-year"]


def test_a_consistent_spec_has_no_finding(tmp_path):
    assert stale(spec(tmp_path)) == []


def test_title_year_against_the_date_is_an_error_at_the_title(tmp_path):
    found = stale(spec(tmp_path, date="2025-06-18"))
    assert len(found) == 1
    f = found[0]
    assert f.severity == "error"
    assert (f.place.line, f.place.column) == (2, 9)  # the 2026 in `title: 在2026年…`
    assert "2026年" in f.message and "第3行" in f.message and "讲话日期" in f.message
    assert "2025年" in f.suggestion


def test_the_date_is_what_disagrees_when_title_and_body_agree(tmp_path):
    path = spec(tmp_path, date="2025-06-18", opening="今年（2026年）是关键一年。")
    found = stale(path)
    assert len(found) == 1
    assert found[0].place.line == 3  # `date:` is the odd one out
    assert found[0].severity == "error"
    assert "2025" in found[0].message


@pytest.mark.parametrize(
    "opening",
    [
        "今年（2025年）是关键一年。",
        "今年是2025年，任务很重。",
        "今年是全面推进河道整治的2025年。",
        "2025年是河道整治的攻坚之年。",
        "大家知道，2025年是攻坚之年。",
        "二〇二五年是攻坚之年。",
        "今年（二〇二五年）是攻坚之年。",
        "本年度（2025年）要完成清淤。",
        "去年（2024年）我们完成了清淤。",
        "明年（2026年）要全面完工。",
    ],
)
def test_body_years_from_last_year_are_warnings_at_their_place(tmp_path, opening):
    found = stale(spec(tmp_path, opening=opening))
    assert len(found) == 1, opening
    f = found[0]
    assert f.severity == "warning"
    assert f.place.line == 6  # opening.purpose
    assert "2026年" in f.message  # what the date says this year is


def test_last_year_named_with_its_year_is_fine(tmp_path):
    assert stale(spec(tmp_path, opening="去年（2025年）我们完成了清淤，今年（2026年）要巩固。")) == []


@pytest.mark.parametrize(
    "opening",
    [
        "1949年以来，这条河几经治理。",
        "2012年以来，河道面貌大变。",
        "党的十八大以来，我们持续治河。",
        "过去五年（2021—2025年），我们治理了十条河。",
        "到2035年，全县河湖全部达标。",
        "“十四五”时期，我们打下了基础。",
        "去年我们完成了清淤，今年要巩固。",
        "今年是新中国成立77周年。",
        "清淤量比2025年增长一成。",
        "刚刚过去的2025年是不平凡的一年。",
        "今年是实施2021—2025年规划之后的第一年。",
        "二〇〇八年的洪水我们记忆犹新。",
        "今年是2012年以来水质最好的一年。",
        "今年是比2025年更难的一年。",
        "今年是2026—2030年规划的头一年。",
    ],
)
def test_years_of_other_times_are_not_claims(tmp_path, opening):
    assert stale(spec(tmp_path, opening=opening)) == [], opening


def test_a_year_opening_a_clause_may_be_the_year_just_ended_early_in_the_year(tmp_path):
    review = "2025年是极不平凡的一年。"
    assert stale(spec(tmp_path, date="2026-01-20", opening=review)) == []
    assert stale(spec(tmp_path, date="2026-03-31", opening=review)) == []
    assert len(stale(spec(tmp_path, date="2026-04-01", opening=review))) == 1
    # two years back is stale even in January
    assert len(stale(spec(tmp_path, date="2026-01-20", opening="2024年是极不平凡的一年。"))) == 1
    # but 今年 with last year's number is stale in any month
    assert len(stale(spec(tmp_path, date="2026-01-20", opening="今年（2025年）是关键一年。"))) == 1


def test_a_new_years_speech_in_december_may_name_the_coming_year(tmp_path):
    ahead = "2027年是全面完工之年。"
    assert stale(spec(tmp_path, date="2026-12-30", title="在2027年新年茶话会上的讲话", opening=ahead)) == []
    assert len(stale(spec(tmp_path, date="2026-11-30", title="在2027年新年茶话会上的讲话", opening=ahead))) == 2


def test_a_review_title_may_name_the_year_just_ended(tmp_path):
    assert stale(spec(tmp_path, title="在2025年度河道整治工作总结会上的讲话")) == []
    assert stale(spec(tmp_path, title="在2025年河道整治表彰大会上的讲话")) == []
    # but not the year before that
    assert len(stale(spec(tmp_path, title="在2024年度河道整治工作总结会上的讲话"))) == 1


def test_title_in_chinese_numerals(tmp_path):
    found = stale(spec(tmp_path, title="在二〇二五年全县河道整治推进会上的讲话"))
    assert len(found) == 1 and "二〇二五年" in found[0].message


def test_several_stale_places_each_reported(tmp_path):
    found = stale(spec(tmp_path, opening="今年（2025年）是关键一年。", second="2025年是攻坚之年，要把堤岸护牢。"))
    assert [f.place.line for f in found] == [6, 11]


def test_the_majority_decides_without_a_date(tmp_path):
    text = SPEC.format(title="在2026年全县河道整治推进会上的讲话", date="2026-06-18", opening="今年（2025年）是关键一年。",
                       second="要把堤岸护牢。").replace("date: 2026-06-18\n", "")
    path = tmp_path / "无日期.yaml"
    path.write_text(text, encoding="utf-8")
    found = stale(path)
    # title 2026 against body 2025: a tie, the title wins
    assert len(found) == 1 and found[0].place.line == 5


DRAFT = """在2026年全县河道整治推进会上的讲话
（2026年6月18日）

同志们：
今天开会，部署今年的河道整治工作。{opening}下面，我讲三点意见。
一、清河道
要把河道清理干净。
二、护堤岸
要把堤岸护牢。
三、管长远
要把制度立起来。
同志们，让我们一起把河护好。
"""


def draft(tmp_path: Path, opening: str = "", *, head: str = "（2026年6月18日）") -> Path:
    path = tmp_path / "河道.txt"
    path.write_text(DRAFT.format(opening=opening).replace("（2026年6月18日）", head), encoding="utf-8")
    return path


def test_draft_consistent(tmp_path):
    assert stale(draft(tmp_path)) == []


def test_draft_stale_body_line(tmp_path):
    found = stale(draft(tmp_path, "2025年是攻坚之年。"))
    assert len(found) == 1
    assert found[0].place.line == 5 and found[0].severity == "warning"


def test_draft_date_line_against_title(tmp_path):
    found = stale(draft(tmp_path, head="（二〇二五年六月十八日）"))
    assert len(found) == 1
    assert found[0].severity == "error"


def test_docx_draft(tmp_path):
    paragraphs = [
        paragraph_xml("在2026年全县河道整治推进会上的讲话"),
        paragraph_xml("（2026年6月18日）"),
        paragraph_xml("同志们："),
        paragraph_xml("今年（2025年）是关键一年，下面我讲三点意见。"),
        paragraph_xml("一、清河道"),
        paragraph_xml("要把河道清理干净。"),
        paragraph_xml("二、护堤岸"),
        paragraph_xml("要把堤岸护牢。"),
        paragraph_xml("三、管长远"),
        paragraph_xml("要把制度立起来。"),
    ]
    path = write_docx(tmp_path / "河道.docx", paragraphs)
    found = stale(path)
    assert len(found) == 1
    assert found[0].place.paragraph == 4 and found[0].place.line is None


def test_ignore_turns_the_rule_off(tmp_path):
    path = spec(tmp_path, date="2025-06-18")
    assert stale(path)
    kept = check_file(path, CheckOptions(ignore=frozenset({"stale-year"}))).findings
    assert all(f.rule != "stale-year" for f in kept)


def run(*args: str):
    return CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)


def test_cli_exit_codes(tmp_path):
    wrong_date = spec(tmp_path, date="2025-06-18")
    result = run(str(wrong_date))
    assert result.exit_code == 1
    assert "[stale-year]" in result.stdout and "河道.yaml:2:9" in result.stdout
    assert run(str(wrong_date), "--ignore", "stale-year").exit_code == 0
    assert run(str(wrong_date), "--ignore", "length, stale-year").exit_code == 0

    body_only = draft(tmp_path, "今年（2025年）是关键一年。")
    result = run(str(body_only), "--format", "json")
    assert result.exit_code == 0  # a warning
    rules = [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
    assert rules.count("stale-year") == 1
    assert run(str(body_only), "--strict").exit_code == 1
    assert run(str(body_only), "--strict", "--ignore", "stale-year", "--ignore", "length").exit_code == 0


def test_cli_unknown_rule_name(tmp_path):
    result = run(str(draft(tmp_path)), "--ignore", "stale-years")
    assert result.exit_code == 2
    assert "stale-years" in result.output and "stale-year？" in result.output


def test_the_suggestion_names_the_year_to_write(tmp_path):
    (last,) = stale(spec(tmp_path, opening="去年（2024年）我们完成了清淤。"))
    assert "“去年（2024年）”" in last.message and "今年是2025年" in last.message
    assert "2024年改为2025年" in last.suggestion
    (now,) = stale(spec(tmp_path, opening="今年（二〇二五年）是关键一年。"))
    assert "2025年改为2026年" in now.suggestion


EDITION = """在第十一届全县读书节开幕式上的讲话
（2026年4月23日）

同志们：
{opening}下面，我讲三点意见。
一、多读书
要多读书。
二、读好书
要读好书。
三、善读书
要善读书。
"""


def edition(tmp_path: Path, opening: str) -> list:
    path = tmp_path / "读书节.txt"
    path.write_text(EDITION.format(opening=opening), encoding="utf-8")
    return stale(path)


@pytest.mark.parametrize("opening", ["今年是第十届读书节。", "本届（第10届）读书节主题鲜明。", "上届（第十一届）办得很好。"])
def test_an_edition_in_the_body_against_the_title(tmp_path, opening):
    (found,) = edition(tmp_path, opening)
    assert found.severity == "warning" and found.place.line == 5
    assert "第十一届" in found.message


@pytest.mark.parametrize(
    "opening",
    ["今年是第十一届读书节。", "上届（第十届）办得很好。", "本届读书节主题鲜明。第九届读书节以来，我们做了很多。", "去年我们办了读书节。"],
)
def test_editions_that_agree_or_are_history(tmp_path, opening):
    assert edition(tmp_path, opening) == []


def test_the_edition_suggestion_keeps_the_numeral_style(tmp_path):
    (found,) = edition(tmp_path, "今年是第十届读书节。")
    assert "改为第十一届" in found.suggestion
    (found,) = edition(tmp_path, "本届（第10届）读书节主题鲜明。")
    assert "改为第11届" in found.suggestion
