"""Hostile and careless inputs through the command line: one located Chinese line, exit 1, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.cli_helpers import SMALL_SPEC, assert_user_error


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def spec_file(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_nothing_written(out: Path) -> None:
    assert not out.exists() or not any(out.iterdir()), sorted(out.iterdir())


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_a_spec_duration_that_is_no_number(tmp_path: Path, value: str) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC + f"duration: {value}\n")
    line = assert_user_error(invoke("check", str(spec)), f"{spec}:7:11：duration 应为普通的数字，实际是 {value}")
    assert "请写成具体的数字" in line
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), "duration 应为普通的数字")
    assert_nothing_written(tmp_path / "out")


def test_a_huge_number_is_refused(tmp_path: Path) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC + "duration: 1.0e+300\n")
    assert_user_error(invoke("check", str(spec)), f"{spec}:7:11：duration 的数值过大（1.0e+300）")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_a_duration_option_that_is_no_number(tmp_path: Path, value: str) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC)
    result = invoke("check", str(spec), "--duration", value)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'--duration' 的值无效" in result.stderr


@pytest.mark.parametrize(("key", "value"), [("size_pt", ".nan"), ("size_pt", ".inf"), ("size_pt", "1.0e+12")])
def test_profile_sizes_that_are_no_number(tmp_path: Path, key: str, value: str) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC)
    profile = spec_file(tmp_path, f"body:\n  {key}: {value}\n", "house.yaml")
    result = invoke("build", str(spec), "-f", "docx", "--style", str(profile), "-o", str(tmp_path / "out"))
    assert_user_error(result, f"{profile}:2:", "body.size_pt")
    assert_nothing_written(tmp_path / "out")


def test_ten_thousand_points_are_refused_at_the_spec(tmp_path: Path) -> None:
    points = "".join(f"  - heading: 第{i}项工作\n    items: [要学懂弄通。]\n" for i in range(10_001))
    spec = spec_file(tmp_path, "template: advancement\ntitle: 在推进会上的讲话\npoints:\n" + points)
    line = assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:20002:5：一级要点（points）有 10001 个")
    assert "templates" not in line and ".j2" not in line
    assert_user_error(invoke("check", str(spec)), f"{spec}:20002:5")


def test_ten_thousand_items_are_refused_at_the_spec(tmp_path: Path) -> None:
    items = "".join(f"      - 第{i}条。\n" for i in range(10_000))
    spec = spec_file(tmp_path, "template: advancement\ntitle: 在推进会上的讲话\npoints:\n  - heading: 甲\n    items:\n" + items)
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), f"{spec}:10005:9：分论点（items）有 10000 个")


def test_nesting_two_hundred_levels_deep(tmp_path: Path) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC + "vars:\n  x: " + "[" * 200 + "]" * 200 + "\n")
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), "嵌套超过 64 层")


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_spec_that_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    spec = tmp_path / "s.yaml"
    if kind == "fifo":
        os.mkfifo(spec)
    else:
        spec.symlink_to("/dev/zero")
    assert_user_error(invoke("check", str(spec)), "不是普通文件")
    assert_user_error(invoke("mine", str(spec)), "不是普通文件")
    assert_user_error(invoke("build", str(spec), "-o", str(tmp_path / "out")), "不是普通文件")
    assert_user_error(invoke("build", str(tmp_path), "-o", str(tmp_path / "out")), "是文件夹，不是文件")


def test_a_style_profile_or_reference_doc_that_is_a_fifo(tmp_path: Path) -> None:
    spec = spec_file(tmp_path, SMALL_SPEC)
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    assert_user_error(invoke("build", str(spec), "-f", "docx", "--style", str(fifo), "-o", str(tmp_path / "o")), "不是普通文件")
    ref = tmp_path / "ref.docx"
    os.mkfifo(ref)
    assert_user_error(invoke("build", str(spec), "-f", "docx", "--reference-doc", str(ref), "-o", str(tmp_path / "o")), "不是普通文件")
    assert_nothing_written(tmp_path / "o")


def test_a_template_that_is_a_fifo_is_skipped_not_waited_on(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    os.mkfifo(folder / "stuck.j2")
    result = invoke("templates", "--templates", str(folder))
    assert result.exit_code == 0, result.output
    spec = spec_file(tmp_path, SMALL_SPEC.replace("advancement", "stuck"))
    assert_user_error(invoke("build", str(spec), "--templates", str(folder), "-o", str(tmp_path / "o")))


@pytest.mark.parametrize("name", ["讲话\ntitle: 注入.txt", "讲话\rtemplate: x.txt", "讲话\u2028speaker: 某.txt"])
def test_a_file_name_cannot_inject_yaml_into_a_mined_spec(tmp_path: Path, name: str) -> None:
    import yaml

    from jianggao.spec.model import load_spec_text
    from tests.conftest import REPO

    seed = tmp_path / name
    seed.write_bytes((REPO / "tests" / "data" / "seeds" / "002_4798124d09e88b9d.txt").read_bytes())
    result = invoke("mine", str(seed), "-o", "-")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.stdout)
    assert data["title"] != "注入" and data["template"] != "x" and data.get("speaker") != "某"
    assert load_spec_text(result.stdout, tmp_path / "s.yaml").spec.title == data["title"]
    assert all(line.startswith("#") for line in result.stdout.splitlines()[:2])


def test_dash_means_standard_output_everywhere_or_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    spec = spec_file(tmp_path, SMALL_SPEC)
    result = invoke("build", str(spec), "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("在推进会上的讲话\n")
    assert invoke("build", str(spec), "-o", "-", "-f", "md").stdout.startswith("# 在推进会上的讲话")
    for args in (["-f", "docx"], ["-f", "txt", "-f", "md"], ["-f", "pdf"]):
        assert_user_error(invoke("build", str(spec), "-o", "-", *args), "-o - 表示输出到屏幕，只能用于一个说明书、一种文本格式")
    assert_user_error(invoke("build", str(spec), str(spec), "-o", "-"), "-o - 表示输出到屏幕")
    assert invoke("schema", "-o", "-").stdout.startswith("{")
    assert invoke("new", "advancement", "-o", "-").stdout.startswith("#")
    assert_user_error(invoke("fragments", "harvest", str(spec), "-o", "-"), "不能用 -o - 输出到屏幕")
    assert not (tmp_path / "-").exists()


def test_a_speech_far_too_long_is_refused_quickly(tmp_path: Path) -> None:
    import time

    lines = ["在全县工作会议上的讲话", "同志们："] + [f"{'一二三四五六七八九'[i % 9]}、加强第{i}项工作" for i in range(60_000)]
    speech = tmp_path / "合订本.txt"
    speech.write_text("\n".join(lines), encoding="utf-8")
    for args in (["mine", str(speech), "-o", "-"], ["check", str(speech)], ["fragments", "harvest", str(speech), "-o", str(tmp_path / "h.yaml")]):
        start = time.perf_counter()
        assert_user_error(invoke(*args), f"{speech}：内容太多（60002 段", "不像是一篇讲话稿")
        assert time.perf_counter() - start < 10


def test_mine_of_more_points_than_nine_hundred_and_ninety_nine(tmp_path: Path) -> None:
    from jianggao.zh.numerals import chinese_numeral

    lines = ["在全县工作会议上的讲话", "同志们："] + [f"{chinese_numeral(i)}、加强第{i}项工作" for i in range(1, 1201)]
    speech = tmp_path / "s.txt"
    speech.write_text("\n".join(lines), encoding="utf-8")
    result = invoke("mine", str(speech), "-o", str(tmp_path / "s.yaml"))
    assert result.exit_code == 0, result.output
    assert "1200 个一级要点" in result.stderr
    out = tmp_path / "out"
    assert invoke("build", str(tmp_path / "s.yaml"), "-o", str(out)).exit_code == 0
    assert "一千二百、加强第1200项工作" in (out / "s.txt").read_text(encoding="utf-8")
