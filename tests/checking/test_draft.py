"""check on drafts (.txt, .md, .docx) read by reader.speech_file: places are source lines or Word paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.checking.runner import check_file
from jianggao.cli.main import cli
from tests.conftest import REPO, TESTS

DRAFT = """在全市安全生产工作会议上的讲话

同志们：
今天召开全市安全生产工作会议，主要任务是部署今年工作。下面，我讲三点意见。
一、系统治理，压实各方安全责任
第一，压实企业主体责任。要督促企业主要负责人履行第一责任人职责。
第二，压实部门监管责任。要把监管责任落实到具体岗位和具体人员。
二、突出重点，深化隐患排查整治
第一，抓好危险化学品整治。要对危险化学品企业开展全覆盖检查。
第二，抓好道路交通整治。要严厉打击超速超载等违法行为。
三、夯实基础，提升应急处置能力
第一，加强应急队伍建设。要配齐配强乡镇街道应急力量。
第二，加强安全宣传教育。要推动安全知识进企业、进社区、进学校。
同志们，安全生产只有起点，没有终点。让我们守牢安全底线！
谢谢大家！
"""


def write(tmp_path: Path, text: str, name: str = "draft.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def rules(path: Path, severity: str | None = None) -> list[tuple[str, int | None]]:
    return [(f.rule, f.place.line) for f in check_file(path).findings if severity is None or f.severity == severity]


def test_clean_draft(tmp_path):
    assert rules(write(tmp_path, DRAFT)) == [("length", None)]


def test_placeholder_at_its_line(tmp_path):
    text = DRAFT.replace("部署今年工作", "部署XX工作")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "placeholder"]
    assert len(found) == 1
    assert found[0].place.line == line_of(text, "XX") == 4
    assert found[0].place.paragraph == 4
    assert "XX" in found[0].place.excerpt


def test_gbk_draft(tmp_path):
    text = DRAFT.replace("部署今年工作", "部署XX工作")
    assert ("placeholder", 4) in rules(write(tmp_path, text, encoding="gb18030"))


def test_numbering_gap_in_a_draft(tmp_path):
    text = DRAFT.replace("三、夯实基础", "四、夯实基础")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "numbering-gap"]
    assert [(f.place.line, "跳过了“三、”" in f.message) for f in found] == [(line_of(text, "四、"), True)]


def test_numbering_repeat_in_a_draft(tmp_path):
    text = DRAFT.replace("第二，抓好道路交通整治", "第一，抓好道路交通整治")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "numbering-gap"]
    assert [f.place.line for f in found] == [line_of(text, "第一，抓好道路")]
    assert "重复" in found[0].message


def test_mixed_styles_in_a_draft(tmp_path):
    text = DRAFT.replace("第二，抓好道路交通整治", "二是抓好道路交通整治")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "mixed-styles"]
    assert [(f.severity, f.place.line) for f in found] == [("warning", line_of(text, "二是"))]
    assert "“第一，”和“一是”" in found[0].message


def test_count_mismatch_in_a_draft(tmp_path):
    text = DRAFT.replace("讲三点意见", "讲四点意见")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "count-mismatch"]
    assert [f.place.line for f in found] == [4]
    assert "实际有 3 个一级要点" in found[0].message


def test_a_closing_recap_that_miscounts_in_a_draft(tmp_path):
    text = DRAFT.replace("同志们，安全生产只有起点", "同志们，以上四点意见，请大家抓好落实。安全生产只有起点")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "count-mismatch"]
    assert [(f.severity, f.place.line) for f in found] == [("error", 14)]
    assert found[0].message == "结尾说“以上四点”，实际有 3 个一级要点"


@pytest.mark.parametrize(("thanks", "flagged"), [("谢谢大家", True), ("谢谢大家！", False), ("谢谢大家。", False), ("今天我就讲这些，谢谢大家", True)])
def test_a_thanks_line_without_final_punctuation_in_a_draft(tmp_path, thanks, flagged):
    text = DRAFT.replace("谢谢大家！", thanks)
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "thanks-punctuation"]
    assert [(f.severity, f.place.line, f.message) for f in found] == ([("warning", 15, f"致谢语“{thanks}”没有结束标点")] if flagged else [])


def test_a_thanks_line_said_twice_in_a_draft(tmp_path):
    text = DRAFT.replace("让我们守牢安全底线！", "让我们守牢安全底线！谢谢大家！")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "thanks-twice"]
    assert [(f.severity, f.place.line) for f in found] == [("warning", 15)]


def test_parallelism_in_a_draft(tmp_path):
    text = DRAFT.replace("三、夯实基础，提升应急处置能力", "三、夯实基础，提升应急处置救援能力，营造良好氛围")
    found = [f for f in check_file(write(tmp_path, text)).findings if f.rule == "parallelism"]
    assert [f.place.line for f in found] == [line_of(text, "三、")]


def test_markdown_draft_lines(tmp_path):
    body = DRAFT.split("\n\n", 1)[1].replace("主要任务是部署", "主要任务是部署“今年工作。")
    paragraphs = [("## " + p if p[1:2] == "、" else p) for p in body.splitlines() if p]
    text = "# 在全市安全生产工作会议上的讲话\n\n" + "\n\n".join(paragraphs) + "\n"
    found = [f for f in check_file(write(tmp_path, text, "draft.md")).findings if f.rule == "unbalanced-pair"]
    assert [f.place.line for f in found] == [line_of(text, "“今年")] == [5]


def test_docx_draft_paragraph_numbers(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    lines = [line for line in DRAFT.replace("部署今年工作", "部署XX工作").splitlines() if line]
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "draft.docx"
    document.save(str(path))
    found = [f for f in check_file(path).findings if f.rule == "placeholder"]
    assert [(f.place.line, f.place.paragraph) for f in found] == [(None, 3)]
    assert "draft.docx 第3段「" in found[0].as_text()


def test_cli_on_a_draft_text_and_json(tmp_path):
    text = DRAFT.replace("部署今年工作", "部署XX工作")
    path = write(tmp_path, text)
    runner = CliRunner()
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:4「" in result.stdout
    result = runner.invoke(cli, ["check", "--format", "json", str(path)])
    finding = next(f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "placeholder")
    assert (finding["line"], finding["paragraph"], finding["severity"]) == (4, 4, "error")


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("empty.txt", b"", "文件是空的"),
        ("binary.txt", bytes(range(256)) * 8, "二进制"),
        ("sheet.docx", b"PK\x03\x04not really a zip", "Word"),
    ],
)
def test_unreadable_draft_is_one_line(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and words in lines[0], result.stderr


EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
FLAWED = (TESTS / "data" / "check" / "clean.yaml").read_text(encoding="utf-8")
FLAWED = (
    FLAWED.replace("主要任务是总结前段工作", "主要任务是总结XX工作")
    .replace("突出重点，深化隐患排查整治", "突出重点领域，深化隐患排查整治")
    .replace("  theme: 守牢安全底线\n", "  transition: 下面，我讲四点意见。\n")
    .replace("不留死角。", "不留死角,做到“全覆盖。")
)


# Points printed as unlabelled lead paragraphs (不编号) leave no mark in plain text: the spec knows them as
# points, a draft cannot, so point-count differs. (mine reads 不编号 points back only for a template that
# prints its points so; check reads a draft as a reader does, without them.) A host's agenda lines carry
# their mark (下面，进行会议第一项议程，) and are read as points.
_UNMARKED = ("ceremony",)
_SOURCES = [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="unlabelled points leave no mark in plain text"))
    if p.stem in _UNMARKED else p
    for p in EXAMPLES
]


@pytest.mark.parametrize("source", [*_SOURCES, "flawed"], ids=lambda p: getattr(p, "stem", p))
def test_a_spec_and_its_built_text_give_the_same_findings(tmp_path, source):
    """The rules see the same speech whether it comes rendered from a spec or read back from text."""
    from jianggao.render.renderer import render_speech
    from jianggao.spec.model import load_spec
    from jianggao.writers.text import render_text

    spec = write(tmp_path, FLAWED, "flawed.yaml") if source == "flawed" else source
    draft = write(tmp_path, render_text(render_speech(load_spec(spec))), "built.txt")
    from_spec = sorted((f.rule, f.severity, f.message) for f in check_file(spec).findings)
    from_draft = sorted((f.rule, f.severity, f.message) for f in check_file(draft).findings)
    assert from_spec == from_draft
    if source == "flawed":
        assert {rule for rule, severity, _ in from_spec if severity != "info"} == {
            "placeholder", "parallelism", "count-mismatch", "punctuation-halfwidth", "unbalanced-pair"
        }


def test_dash_points_in_a_draft_are_counted(tmp_path):
    draft = write(
        tmp_path,
        "在座谈会上的讲话\n同志们：\n今天我们座谈。下面，我讲三点意见。\n——要提高认识。认识到位。\n"
        "一是学习。正文。\n二是研讨。正文。\n——要压实责任。责任明确。\n——要强化保障。保障有力。\n",
        "dash.txt",
    )
    rules = {f.rule for f in check_file(draft).findings}
    assert "count-mismatch" not in rules and "point-count" not in rules
