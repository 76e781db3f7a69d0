"""``jianggao check`` through click's runner: text and JSON output, exit codes, bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.cli_helpers import assert_user_error
from tests.conftest import TESTS
from tests.speech_files import BAD_WORD_FILES, SECRET

DATA = TESTS / "data" / "check"
CLEAN = (DATA / "clean.yaml").read_text(encoding="utf-8")
WARNING_ONLY = CLEAN.replace("突出重点，深化隐患排查整治", "突出重点领域，深化隐患排查整治")
WITH_ERROR = CLEAN.replace("主要任务是总结前段工作", "主要任务是总结XX工作")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, ["check", *args], catch_exceptions=False)


def test_clean_spec_exits_zero(runner, write_spec):
    result = run(runner, str(write_spec(CLEAN)))
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "共检查 1 个文件：错误 0 处，警告 0 处，提示 1 处"
    assert "[length]" in lines[0]


def test_text_output_one_line_per_finding(runner, write_spec):
    path = write_spec(WITH_ERROR)
    result = run(runner, str(path))
    assert result.exit_code == 1
    line = next(x for x in result.stdout.splitlines() if "[placeholder]" in x)
    pattern = rf"^{re.escape(str(path))}:(\d+):(\d+)「.*XX.*」：错误 \[placeholder\] 有未填写的占位符“XX”。建议：.+$"
    m = re.match(pattern, line)
    assert m, line
    assert int(m.group(1)) == WITH_ERROR[: WITH_ERROR.index("XX")].count("\n") + 1


def test_warnings_exit_zero_unless_strict(runner, write_spec):
    path = str(write_spec(WARNING_ONLY))
    relaxed = run(runner, path)
    assert relaxed.exit_code == 0
    assert "警告 [parallelism]" in relaxed.stdout
    assert run(runner, path, "--strict").exit_code == 1
    assert run(runner, str(write_spec(CLEAN, name="clean.yaml")), "--strict").exit_code == 0


def test_json_output(runner, write_spec):
    path = write_spec(WITH_ERROR)
    result = run(runner, str(path), "--format", "json", "--max-chars", "100", "--rate", "300")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["counts"]["error"] == 2
    (entry,) = document["files"]
    assert entry["path"] == str(path)
    rules = {f["rule"]: f for f in entry["findings"] if f["severity"] == "error"}
    assert set(rules) == {"placeholder", "length"}
    placeholder = rules["placeholder"]
    assert set(placeholder) == {"path", "line", "column", "paragraph", "excerpt", "rule", "severity", "message", "suggestion"}
    assert isinstance(placeholder["line"], int) and placeholder["paragraph"] is None
    summary = next(f for f in entry["findings"] if f["severity"] == "info" and f["rule"] == "length")
    assert "每分钟 300 字" in summary["message"]


def test_several_files(runner, write_spec):
    a = write_spec(CLEAN, name="a.yaml")
    b = write_spec(WITH_ERROR, name="b.yaml")
    result = run(runner, str(a), str(b))
    assert result.exit_code == 1
    assert result.stdout.strip().splitlines()[-1].startswith("共检查 2 个文件：错误 1 处")
    assert str(b) in result.stdout


def test_missing_file(runner, tmp_path):
    assert_user_error(run(runner, str(tmp_path / "none.yaml")), "找不到文件")


def test_unsupported_type(runner, tmp_path):
    path = tmp_path / "speech.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert_user_error(run(runner, str(path)), "speech.pdf", "不支持")


@pytest.mark.parametrize("case", list(BAD_WORD_FILES))
def test_broken_or_hostile_word_draft(runner, tmp_path, case):
    make, words = BAD_WORD_FILES[case]
    draft = make(tmp_path)
    result = run(runner, str(draft))
    assert_user_error(result, f"{draft}：Word 文档", words)
    assert SECRET not in result.output


def test_bad_spec_stops_before_any_output(runner, write_spec):
    good = write_spec(CLEAN, name="good.yaml")
    bad = write_spec("template: advancement\ntitle: 讲话\npoints: 3\n", name="bad.yaml")
    assert_user_error(run(runner, str(good), str(bad)), "bad.yaml:3")


def test_options_are_validated(runner, write_spec):
    path = str(write_spec(CLEAN))
    assert run(runner, path, "--rate", "0").exit_code == 2
    assert run(runner, path, "--format", "xml").exit_code == 2


def test_help_is_chinese(runner):
    result = runner.invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    assert "检查说明书" in result.output and "--strict" in result.output


def test_a_spec_on_a_user_template_and_library_is_checked_with_them(runner, tmp_path):
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "award.j2").write_text("{% extends '_base.j2' %}\n", encoding="utf-8")
    library = tmp_path / "lib"
    library.mkdir()
    (library / "closing.yaml").write_text("- id: closing.unit\n  title: 本单位结尾\n  text: 同志们，让我们为XX而奋斗！\n", encoding="utf-8")
    spec = tmp_path / "s.yaml"
    spec.write_text("template: award\ntitle: 在表彰会上的讲话\nclosing:\n  - fragment: closing.unit\n", encoding="utf-8")
    assert run(runner, str(spec)).exit_code == 1  # award is unknown without --templates
    result = run(runner, str(spec), "--templates", str(templates), "--fragments", str(library))
    assert "s.yaml:4:5" in result.stdout and "placeholder" in result.stdout


@pytest.mark.parametrize(("name", "said"), [("output", "output 是文件夹，不是文件"), ("draft.txt", "是文件夹，不是文件"), ("今年", "找不到文件")])
def test_check_of_a_folder_or_a_missing_file_says_so(runner: CliRunner, tmp_path: Path, name: str, said: str) -> None:
    # a folder without a suffix was “不支持检查“无扩展名”文件”
    if name != "今年":
        (tmp_path / name).mkdir()
    assert_user_error(runner.invoke(cli, ["check", str(tmp_path / name)]), said)


def test_check_fix_into_head_still_writes_the_fixed_copy(tmp_path: Path) -> None:
    # the change list went out first: a pipe closed by head ended the run before the file was written
    draft = tmp_path / "稿.txt"
    lines = [f"第{n}条,要抓好落实,确保见效。" for n in range(1, 1001)]  # a list longer than a pipe holds
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fixed = tmp_path / "稿_改标点.txt"
    command = " ".join(f"'{a}'" for a in [sys.executable, "-c", "from jianggao.cli import main; main()", "check", "--fix", str(draft)])
    subprocess.run(["bash", "-c", command + " | head -1"], check=False, capture_output=True, timeout=60)
    assert fixed.read_text(encoding="utf-8").startswith("第1条，要抓好落实，确保见效。\n")
