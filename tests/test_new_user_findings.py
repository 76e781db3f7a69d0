"""What a new user (a speech writer following the README) ran into: each test reproduces one
finding and is a strict xfail until the behaviour is mended."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jianggao.cli.main import cli
from tests.cli_helpers import SMALL_SPEC, assert_user_error

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- typing mistakes in a spec: the message names the line the writer got wrong ---------------

# A spec a writer types from the README, with one key written wrong on line 3.
HEAD = "template: advancement\ntitle: 在推进会上的讲话\n"
POINTS = "points:\n  - heading: 甲，乙，丙\n"


@pytest.mark.xfail(strict=True, reason="full-width colon after a key is reported on the next line (or past the end) as 缺少冒号, never named")
@pytest.mark.parametrize(
    "text",
    [
        HEAD + "speaker：李华\n" + POINTS,  # reported at 4:1
        HEAD + POINTS + "speaker：李华\n",  # reported at 6:1, a line the file does not have
    ],
    ids=["middle", "last-line"],
)
def test_a_full_width_colon_after_a_key_is_named_on_its_line(tmp_path: Path, text: str) -> None:
    spec = write(tmp_path, "讲话.yaml", text)
    line_no = text.splitlines().index("speaker：李华") + 1
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:{line_no}:", "全角冒号")


@pytest.mark.xfail(strict=True, reason="a full-width colon inside opening/body makes the parent 'text', and the message never names the colon")
def test_a_full_width_colon_in_a_nested_key_is_named(tmp_path: Path) -> None:
    spec = write(tmp_path, "讲话.yaml", HEAD + "opening:\n  purpose： 今天，我们召开推进会。\n" + POINTS)
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:4:", "全角冒号")


@pytest.mark.xfail(strict=True, reason="'key:value' without a space is reported on the following line, not the line that lacks the space")
@pytest.mark.parametrize(
    ("text", "line_no"),
    [
        ("template: advancement\ntitle:在推进会上的讲话\n" + POINTS, 2),  # reported at 3:1 缺少冒号
        ("template:advancement\ntitle: 在推进会上的讲话\n" + POINTS, 1),  # reported at 2:6 多了一个“冒号+空格”
    ],
    ids=["title", "template"],
)
def test_a_colon_without_a_space_is_named_on_its_line(tmp_path: Path, text: str, line_no: int) -> None:
    spec = write(tmp_path, "讲话.yaml", text)
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:{line_no}:", "空格")


@pytest.mark.xfail(strict=True, reason="indenting with full-width spaces (U+3000) gives '未知字段“　- heading”' or an error past the last line, never says 全角空格")
@pytest.mark.parametrize(
    ("text", "line_no"),
    [
        (HEAD + "points:\n\u3000- heading: 甲，乙，丙\n", 4),
        (HEAD + "points:\n  - heading: 甲，乙，丙\n    items:\n\u3000\u3000  - 要加强。\n", 6),
    ],
    ids=["point", "item"],
)
def test_full_width_space_indentation_is_named(tmp_path: Path, text: str, line_no: int) -> None:
    spec = write(tmp_path, "讲话.yaml", text)
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:{line_no}:", "全角空格")


# --- format: the writer's paragraphs stay paragraphs ----------------------------------------

DRAFT_WITH_RUN_IN_LIST = """关于做好春耕生产工作的讲话

同志们：
下面，我讲两点意见。
一、抓好粮食生产
（一）稳住面积。一是要落实播种面积，确保只增不减；二是要加强农田建设；三是要强化科技支撑。
（二）提高单产。要推广良种良法。
二、抓好产业发展
要做强特色产业，带动农民增收。
"""


@pytest.mark.xfail(strict=True, reason="format splits one paragraph '（一）…。一是…；二是…；三是…。' into four paragraphs and reports no change")
def test_format_keeps_a_paragraph_with_a_run_in_list_as_one_paragraph(tmp_path: Path) -> None:
    draft = write(tmp_path, "春耕.txt", DRAFT_WITH_RUN_IN_LIST)
    result = invoke("format", str(draft))
    assert result.exit_code == 0, result.output
    root = etree.fromstring(zipfile.ZipFile(tmp_path / "春耕_排版.docx").read("word/document.xml"))
    paragraphs = ["".join(p.itertext()) for p in root.iter(f"{{{W}}}p")]
    holding = [p for p in paragraphs if "一是要落实播种面积" in p]
    assert len(holding) == 1 and "三是要强化科技支撑" in holding[0], paragraphs


# --- check: what an old hand would catch ----------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a closing that already ends with 谢谢大家！ gets the template's 谢谢大家！ again; neither build nor check says a word")
def test_a_thanks_line_written_twice_is_reported(tmp_path: Path) -> None:
    spec = write(tmp_path, "讲话.yaml", SMALL_SPEC + "closing:\n  - 同志们，让我们携手奋进，再创佳绩！\n  - 谢谢大家！\n")
    built = invoke("build", str(spec), "-o", "-")
    assert built.exit_code == 0, built.output
    assert built.stdout.count("谢谢大家！") == 2  # the finding: the speech thanks the audience twice
    result = invoke("check", str(spec), "--format", "json")
    findings = [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]
    assert any("谢谢大家" in f.get("excerpt", "") + f.get("message", "") for f in findings), findings


# --- spec values a writer types the way she would on paper ----------------------------------


@pytest.mark.xfail(strict=True, reason="salutation typed with its colon (同志们：) prints 同志们：： (同志们， prints 同志们，：)")
@pytest.mark.parametrize("typed", ["同志们：", "同志们，"])
def test_a_salutation_typed_with_its_punctuation_gets_one_colon(tmp_path: Path, typed: str) -> None:
    spec = write(tmp_path, "讲话.yaml", SMALL_SPEC + f"salutation: {typed}\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.exit_code == 0, result.output
    assert "同志们：" in result.stdout.splitlines()
    assert "：：" not in result.stdout and "，：" not in result.stdout


@pytest.mark.xfail(strict=True, reason="speaker_title without speaker: the warning blames the template (换一个模板) instead of naming the missing speaker")
def test_a_speaker_title_without_a_speaker_names_the_missing_speaker(tmp_path: Path) -> None:
    spec = write(tmp_path, "讲话.yaml", SMALL_SPEC + "speaker_title: 县长\n")
    result = invoke("build", str(spec), "-o", "-")
    assert result.exit_code == 0, result.output
    warning = result.stderr.replace("speaker_title", "")
    assert "speaker" in warning, result.stderr


# --- studio ---------------------------------------------------------------------------------




@pytest.mark.xfail(strict=True, reason="'jianggao build 讲话.docx' (a Word file given to build) says 文件里有空字符…UTF-16, not that build takes a .yaml spec (mine/format take Word files)")
def test_building_a_word_file_points_to_mine_or_format(tmp_path: Path) -> None:
    spec = write(tmp_path, "讲话.yaml", SMALL_SPEC)
    assert invoke("build", str(spec), "-f", "docx", "-o", str(tmp_path)).exit_code == 0
    line = assert_user_error(invoke("build", str(tmp_path / "讲话.docx"), "-o", str(tmp_path / "out")), "讲话.docx")
    assert "空字符" not in line and ("mine" in line or "format" in line), line


# --- the command line in a pipe -------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="'jianggao fragments list | head' whose reader has gone prints 错误：文件操作失败：Broken pipe。请检查路径和权限 (English, and a wrong cause)")
@pytest.mark.parametrize("args", [["fragments", "list"], ["templates"]])
def test_a_closed_pipe_is_not_reported_as_a_file_error(args: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (head, more) has already quit
    try:
        result = subprocess.run(
            [sys.executable, "-m", "jianggao", *args], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60
        )
    finally:
        os.close(write_end)
    assert "Broken pipe" not in result.stderr and "路径和权限" not in result.stderr, result.stderr


@pytest.mark.xfail(strict=True, reason="system errors reach the writer in English: 无法创建输出文件夹 …（Not a directory）, 无法启动编辑器 …（No such file or directory）")
def test_system_errors_are_explained_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, "讲话.yaml", SMALL_SPEC)
    line = assert_user_error(invoke("build", str(spec), "-o", str(spec / "out")))
    assert "Not a directory" not in line, line
    monkeypatch.setenv("EDITOR", str(tmp_path / "没有这个编辑器"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.chdir(tmp_path)
    line = assert_user_error(invoke("fragments", "edit", "closing.new-journey"))
    assert "No such file" not in line, line


@pytest.mark.xfail(strict=True, reason="count-mismatch misses the closing's recap (以上四点意见 / 我就讲这四点) although the README says closings are checked")
@pytest.mark.parametrize("recap", ["同志们，以上四点意见，请大家认真抓好落实。", "今天我就讲这四点，请大家抓好落实。"])
def test_a_closing_recap_that_miscounts_the_points_is_an_error(tmp_path: Path, recap: str) -> None:
    points = "".join(f"  - heading: {h}\n" for h in ("强化责任，压实任务，确保实效", "突出重点，狠抓项目，增强后劲", "优化作风，提升效能，凝聚合力"))
    spec = write(tmp_path, "讲话.yaml", HEAD + "points:\n" + points + f"closing:\n  - {recap}\n")
    result = invoke("check", str(spec), "--format", "json")
    findings = [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]
    assert any(f["rule"] == "count-mismatch" and f["line"] == 8 for f in findings), findings
