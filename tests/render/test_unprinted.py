"""Nothing a spec says is dropped: built-in templates print every opening move; a user template that
leaves a written value out gets a warning at its line:column from build and check (an error with --strict)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.library_paths import builtin_dir
from jianggao.render.renderer import render_speech_traced
from jianggao.render.templates import list_templates
from jianggao.render.unprinted import unprinted_fields
from jianggao.spec.model import load_spec
from tests.checking.test_spec import position_of

BUILTINS = sorted(list_templates([builtin_dir("templates")]))

FULL = """template: {template}
title: 在会议上的讲话
speaker: 王明
speaker_title: 县长
opening:
  paragraphs: [自由段落甲。]
  occasion: 日前，上级召开会议作出部署。
  purpose: 今天，我们召开会议，主要任务是部署工作。
  acknowledgement: 刚才，李华同志作了报告，我完全同意。
  review: [过去一年，成绩显著。, 各项指标稳中有进。]
  problems: [在肯定成绩的同时，也要看到不足。]
  approach: 今年工作的总体思路是稳中求进。
  theme: 守牢安全底线
  summary: [清醒, 担当, 坚守]
{transition}points:
  - {{heading: 提高站位, intro: [引言甲。]}}
  - {{heading: 压实责任, items: [{{heading: 细项, text: 正文。}}]}}
  - {{heading: 加强保障}}
closing: [结尾段。]
thanks: 谢谢各位！
"""


@pytest.mark.parametrize("transition", ["", "  transition: 下面，我讲几点看法。\n"])
@pytest.mark.parametrize("template", BUILTINS)
def test_builtin_templates_print_every_opening_move(write_spec, template: str, transition: str) -> None:
    loaded = load_spec(write_spec(FULL.format(template=template, transition=transition)))
    speech, fragments = render_speech_traced(loaded)
    assert unprinted_fields(loaded, speech, fragments) == []


@pytest.mark.parametrize("template", BUILTINS)
def test_builtin_templates_print_the_opening_of_a_speech_without_points(write_spec, template: str) -> None:
    text = FULL.format(template=template, transition="  transition: 下面，我谈几点体会。\n")
    text = text[: text.index("points:")] + "closing: [结尾段。]\n"
    loaded = load_spec(write_spec(text))
    speech, fragments = render_speech_traced(loaded)
    assert unprinted_fields(loaded, speech, fragments) == []


LOSSY = """{% extends '_base.j2' %}
{% block opening %}
{{ m.paras(spec.opening.paragraphs, 'opening') }}
{% endblock %}
"""


@pytest.fixture
def lossy(tmp_path, write_spec):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "lossy.j2").write_text("{#- 丢内容的模板 -#}\n" + LOSSY, encoding="utf-8")
    text = FULL.format(template="lossy", transition="")
    return write_spec(text), text


def test_build_warns_at_each_unprinted_value(lossy, tmp_path) -> None:
    path, text = lossy
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("警告：")]
    keys = ["opening.occasion", "opening.purpose", "opening.acknowledgement", "opening.review.0", "opening.review.1",
            "opening.problems.0", "opening.approach"]
    assert [w.split("说明书写了 ")[1].split("，")[0] for w in warnings] == keys
    line, column = position_of(text, "日前，上级")
    assert warnings[0].startswith(f"警告：{path}:{line}:{column}：") and "lossy" in warnings[0]
    assert (tmp_path / "out" / "speech.txt").is_file()


def test_check_reports_unprinted_values_and_strict_fails(lossy) -> None:
    path, text = lossy
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json"])


    found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["rule"] == "unprinted"]
    assert len(found) == 7 and {f["severity"] for f in found} == {"warning"}
    assert (found[-1]["line"], found[-1]["column"]) == position_of(text, "今年工作的总体思路")
    strict = CliRunner().invoke(cli, ["check", str(path), "--strict"])
    assert strict.exit_code == 1 and "[unprinted]" in strict.stdout


def test_fragment_text_counts_as_printed(write_spec) -> None:
    spec = "template: advancement\ntitle: T\nopening:\n  - fragment: opening.advancement\npoints: [{heading: 甲}]\n"
    loaded = load_spec(write_spec(spec))
    speech, fragments = render_speech_traced(loaded)
    assert fragments and unprinted_fields(loaded, speech, fragments) == []


def test_a_speaker_title_without_a_speaker_names_the_missing_speaker(tmp_path) -> None:
    """The byline prints the title beside the speaker: without one, the warning names the missing key, not the template."""
    from tests.cli_helpers import SMALL_SPEC

    spec = tmp_path / "讲话.yaml"
    spec.write_text(SMALL_SPEC + "speaker_title: 县长\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"警告：{spec}:7:16：说明书写了 speaker_title，却没有写 speaker：职务只随讲话人一起打印在署名行。"
        "请补上 speaker，或删去 speaker_title\n"
    )
    checked = json.loads(CliRunner().invoke(cli, ["check", str(spec), "--format", "json"]).stdout)
    found = [f for f in checked["files"][0]["findings"] if f["rule"] == "unprinted"]
    assert [(f["line"], f["suggestion"]) for f in found] == [(7, "请补上 speaker，或删去 speaker_title")]
    spec.write_text(SMALL_SPEC + "speaker_title: 县长\nspeaker: 王明\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", "-"])
    assert "（县长　王明）" in result.stdout and result.stderr == ""
