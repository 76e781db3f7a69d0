"""The salutation and thanks line as a writer types them (同志们：, thanks: 是, thanks: 谢谢大家), and a closing
that already thanks: printed as she means them, and said where she wrote them by build and check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import Location
from jianggao.render.typed_values import (
    bare_salutation,
    drop_repeated_thanks,
    repeats_thanks,
    thanks_value,
)
from jianggao.speech import Paragraph, Speech
from tests.cli_helpers import SMALL_SPEC


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def write(tmp_path: Path, text: str, name: str = "讲话.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check_findings(spec: Path) -> list[dict]:
    result = invoke("check", str(spec), "--format", "json")
    return [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]


# --- the salutation ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["同志们：", "同志们，", "同志们:", "同志们", "同志们 ："])
def test_a_salutation_typed_with_its_punctuation_gets_one_colon(tmp_path: Path, typed: str) -> None:
    spec = write(tmp_path, SMALL_SPEC + f"salutation: '{typed}'\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.exit_code == 0, result.output
    assert "同志们：" in result.stdout.splitlines()
    assert "：：" not in result.stdout and "，：" not in result.stdout and ":：" not in result.stdout
    typed_rules = [f for f in check_findings(spec) if f["rule"] in ("typed-punctuation", "unprinted")]
    if typed == "同志们":
        assert result.stderr == "" and typed_rules == []
    else:  # said once, at the salutation's line, by build and by check (not as an unprinted value)
        assert f"警告：{spec}:7:13：称呼“{typed}”" in result.stderr
        assert [(f["rule"], f["line"], f["column"]) for f in typed_rules] == [("typed-punctuation", 7, 13)]
        assert [f["rule"] for f in check_findings(spec) if f["severity"] == "error"] == []


def test_bare_salutation() -> None:
    assert bare_salutation("各位代表、同志们，") == "各位代表、同志们"
    assert bare_salutation("女士们、先生们：") == "女士们、先生们"
    assert bare_salutation("同志们") == "同志们"


# --- the thanks line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("是", "谢谢大家！"), ("否", None), ("不要", None), ("true", "谢谢大家！"), ("false", None)],
)
def test_thanks_yes_or_no_in_chinese_is_a_switch(tmp_path: Path, typed: str, printed: str | None) -> None:
    spec = write(tmp_path, SMALL_SPEC + f"closing: [同志们，让我们携手奋进！]\nthanks: {typed}\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.exit_code == 0, result.output
    last = result.stdout.rstrip("\n").splitlines()[-1]
    assert last == (printed or "同志们，让我们携手奋进！")
    assert result.stderr == ""  # a switch is no text left unprinted
    assert not [f for f in check_findings(spec) if f["rule"] == "unprinted"]


def test_a_typed_thanks_line_gets_its_exclamation_mark(tmp_path: Path) -> None:
    spec = write(tmp_path, SMALL_SPEC + "thanks: 谢谢大家\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.stdout.rstrip("\n").splitlines()[-1] == "谢谢大家！"
    assert f"警告：{spec}:7:9：致谢语“谢谢大家”没有结束标点，已补上“！”" in result.stderr
    assert [(f["rule"], f["line"]) for f in check_findings(spec) if f["rule"] != "point-count" and f["rule"] != "length"] == [
        ("typed-punctuation", 7)
    ]
    spec = write(tmp_path, SMALL_SPEC + "thanks: 谢谢各位。\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.stdout.rstrip("\n").splitlines()[-1] == "谢谢各位。" and result.stderr == ""


def test_thanks_value() -> None:
    assert thanks_value("是") is True and thanks_value("否") is False
    assert thanks_value(True) is True and thanks_value(None) is None
    assert thanks_value("请批评指正") == "请批评指正！"
    assert thanks_value("谢谢大家！") == "谢谢大家！"


# --- a closing that already thanks -------------------------------------------------------------


def test_a_thanks_line_written_twice_is_reported(tmp_path: Path) -> None:
    spec = write(tmp_path, SMALL_SPEC + "closing:\n  - 同志们，让我们携手奋进，再创佳绩！\n  - 谢谢大家！\n")
    built = invoke("build", str(spec), "-o", "-")
    assert built.exit_code == 0, built.output
    assert built.stdout.count("谢谢大家！") == 1  # printed once: the writer's own line
    assert built.stdout.rstrip("\n").splitlines()[-2:] == ["同志们，让我们携手奋进，再创佳绩！", "谢谢大家！"]
    assert f"警告：{spec}:9:5：结尾最后一段（“…谢谢大家！”）与致谢语“谢谢大家！”说的是同一句话" in built.stderr
    found = [f for f in check_findings(spec) if f["rule"] == "thanks-twice"]
    assert [(f["severity"], f["line"], f["column"]) for f in found] == [("warning", 9, 5)]
    assert "谢谢大家" in found[0]["message"]


@pytest.mark.parametrize(
    ("template", "closing", "kept"),
    [
        ("integrity", "同志们，让我们携手奋进！谢谢大家！", "同志们，让我们携手奋进！谢谢大家！"),  # 今天我就讲这些，谢谢大家！
        ("host", "好，会议到此结束，散会。", "好，会议到此结束，散会。"),  # 会议到此结束，散会。
    ],
)
def test_a_closing_that_ends_like_the_templates_thanks_line_is_not_followed_by_it(
    tmp_path: Path, template: str, closing: str, kept: str
) -> None:
    spec = write(tmp_path, SMALL_SPEC.replace("advancement", template) + f"closing: {closing}\n")
    built = invoke("build", str(spec), "-o", "-")
    assert built.stdout.rstrip("\n").splitlines()[-1] == kept
    assert f"警告：{spec}:7:10：结尾最后一段" in built.stderr


def test_a_thanks_line_of_other_words_is_kept(tmp_path: Path) -> None:
    spec = write(tmp_path, SMALL_SPEC + "closing: [同志们，让我们携手奋进，再创佳绩！]\n")
    built = invoke("build", str(spec), "-o", "-")
    assert built.stdout.rstrip("\n").splitlines()[-2:] == ["同志们，让我们携手奋进，再创佳绩！", "谢谢大家！"]
    assert built.stderr == ""
    assert repeats_thanks("……再创佳绩！谢谢大家！", "今天我就讲这些，谢谢大家！")
    assert not repeats_thanks("让我们再创佳绩！", "谢谢大家！")


def test_dropping_the_repeated_thanks_line_keeps_the_rest_of_the_speech() -> None:
    closing, thanks = Paragraph("同志们，让我们共同努力。谢谢大家！", role="closing"), Paragraph("谢谢大家！", role="thanks")
    speech = Speech(
        title="标题", subtitle="副标题", bylines=("（王明）",), salutation="同志们", blocks=(closing, thanks),
        author="王明", date=dt.date(2025, 3, 1), template="advancement",
    )
    warned: list[str] = []
    kept = drop_repeated_thanks(speech, Location(Path("s.yaml"), 9, 3), lambda *told: warned.append(told[-1]))
    assert kept.blocks == (closing,) and warned == ["thanks-twice"]
    assert (kept.title, kept.subtitle, kept.bylines, kept.salutation, kept.author, kept.date, kept.template) == (
        "标题", "副标题", ("（王明）",), "同志们", "王明", dt.date(2025, 3, 1), "advancement",
    )
