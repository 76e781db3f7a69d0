"""templates new NAME --from speech: a template made from an example speech rebuilds that speech."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.reader.mine import mine_speech
from jianggao.reader.speech_file import read_speech
from jianggao.reader.template_maker import transition_expression
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
from jianggao.spec.yaml_writer import spec_yaml
from jianggao.writers.docx.writer import render_docx
from tests.cli_helpers import assert_user_error
from tests.reader.test_mine import EXAMPLES, SEEDS, body_text

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rebuild(source: Path, name: str, folder: Path) -> tuple[str, str]:
    """``source`` mined for the template ``name`` of ``folder``, built again: (rebuilt body, original body)."""
    read = read_speech(source)
    mined = mine_speech(read, name, template_dirs=[folder], spec_path=folder.parent / "mined.yaml")
    spec_path = folder.parent / "mined.yaml"
    spec_path.write_text(spec_yaml(mined.data), encoding="utf-8")
    rebuilt = render_speech(load_spec(spec_path), RenderOptions(template_dirs=[folder]))
    return body_text(rebuilt), body_text(read.speech)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem[:3])
def test_a_template_from_each_seed_rebuilds_its_body_text(tmp_path: Path, monkeypatch, seed: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("templates", "new", "mine-seed", "--from", str(seed))
    assert result.exit_code == 0, result.output
    assert "正文与原稿一致" in result.stdout
    template = (tmp_path / "templates" / "mine-seed.j2").read_text(encoding="utf-8")
    assert "{% extends '_base.j2' %}" in template
    rebuilt, original = rebuild(seed, "mine-seed", tmp_path / "templates")
    assert rebuilt == original
    # the speech's own wording is in the template, not in the spec: its thanks line and sub-point style
    outline = read_speech(seed).outline
    if outline.thanks:
        assert f"{{% block thanks_line %}}{outline.thanks.text}{{% endblock %}}" in template
    sub = {node.style for point in outline.points for node in point.children}
    assert any(f"{{% block item_style %}}{style}{{% endblock %}}" in template for style in sub)
    # jianggao new hands out the starter, which builds with every line of it printed; templates lists it
    assert "XX" in (tmp_path / "templates" / "mine-seed.yaml").read_text(encoding="utf-8")
    assert run("new", "mine-seed", "-o", "my.yaml").exit_code == 0
    built = run("build", "my.yaml", "-o", str(tmp_path / "out"))
    warned = [line for line in built.stderr.splitlines() if line.startswith("警告")]
    assert built.exit_code == 0 and all("有未填写的占位符“XX”" in line for line in warned), built.output  # XX: to fill
    assert "mine-seed" in run("templates").stdout


def test_a_template_from_a_docx_speech_with_run_in_points(tmp_path: Path, monkeypatch) -> None:
    speech = render_speech(load_spec(EXAMPLES / "symposium.yaml"))
    source = tmp_path / "座谈.docx"
    source.write_bytes(render_docx(speech))
    monkeypatch.chdir(tmp_path)
    result = run("templates", "new", "座谈", "--from", str(source))
    assert result.exit_code == 0, result.output
    template = (tmp_path / "templates" / "座谈.j2").read_text(encoding="utf-8")
    assert "{% block point_style %}一是{% endblock %}" in template
    assert "~ spec.points|length|count_cn ~ '点意见。'" in template
    rebuilt, original = rebuild(source, "座谈", tmp_path / "templates")
    assert rebuilt == original


def test_the_count_word_follows_the_points(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("templates", "new", "t4", "--from", str(SEED_FILES[4])).exit_code == 0
    spec = tmp_path / "two.yaml"
    spec.write_text("template: t4\ntitle: 在会上的讲话\nopening: {purpose: 今天开会。}\npoints: [{heading: 甲}, {heading: 乙}]\n", encoding="utf-8")
    assert run("build", str(spec), "-o", "out").exit_code == 0
    assert "讲两点意见。" in (tmp_path / "out" / "two.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("sentence", "count", "expression"),
    [
        ("下面，我讲三点意见。", 3, "'下面，我讲' ~ spec.points|length|count_cn ~ '点意见。'"),
        ("下面，我强调3个方面。", 3, "'下面，我强调' ~ spec.points|length ~ '个方面。'"),
        ("下面，我讲两点意见。", 2, "'下面，我讲' ~ spec.points|length|count_cn ~ '点意见。'"),
        ("下面，我讲三点意见。", 4, "'下面，我讲三点意见。'"),  # a count that is not the points' stays as written
        ("下面，我说几句。", 3, "'下面，我说几句。'"),
    ],
)
def test_transition_expression(sentence: str, count: int, expression: str) -> None:
    assert transition_expression(sentence, count) == expression


def test_existing_files_are_never_overwritten(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mine.yaml").write_text("我的说明书", encoding="utf-8")
    result = run("templates", "new", "mine", "--from", str(SEED_FILES[0]))
    assert_user_error(result, "mine.yaml", "已存在")
    assert (tmp_path / "templates" / "mine.yaml").read_text(encoding="utf-8") == "我的说明书"
    assert not (tmp_path / "templates" / "mine.j2").exists()


@pytest.mark.parametrize("name", ["_base", "a/b", "..", "有 空格"])
def test_a_bad_name_is_refused(tmp_path: Path, monkeypatch, name: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert_user_error(run("templates", "new", name, "--from", str(SEED_FILES[0])), "模板名")
    assert not (tmp_path / "templates").exists()


def test_an_unreadable_speech_is_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert_user_error(run("templates", "new", "x", "--from", "empty.txt"), "empty.txt")
    assert_user_error(run("templates", "new", "x", "--from", "missing.docx"), "missing.docx")
    assert not (tmp_path / "templates").exists()


def test_templates_without_a_subcommand_still_lists(tmp_path: Path) -> None:
    out = run("templates").stdout
    assert len([line for line in out.splitlines() if line.strip()]) >= 11


def test_from_is_required_in_chinese(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("templates", "new", "x")
    assert result.exit_code == 2 and "缺少选项 --from" in result.stderr
    assert "required" not in run("templates", "new", "--help").stdout


def test_a_name_of_a_builtin_template_is_pointed_out(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("templates", "new", "advancement", "--from", str(SEED_FILES[4]))
    assert result.exit_code == 0 and "与内置模板 advancement 同名" in result.stderr
