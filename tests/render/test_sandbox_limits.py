"""Untrusted templates and fragments are bounded: huge strings, widths, powers, output and render time
end in one located line, and ``fragments check`` catches what ``build`` would fail on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.render import jinja_env
from jianggao.render.jinja_env import check_format
from tests.cli_helpers import SMALL_SPEC, assert_user_error

HOSTILE = {
    "repeat": ('{{ "x" * 10**10 }}', "重复后的文字或列表超出上限"),
    "repeat list": ('{{ ["x"] * 10**9 }}', "重复后的文字或列表超出上限"),
    "center filter": ('{{ "x"|center(10**10) }}', "宽度或长度参数超出上限"),
    "center method": ('{{ "x".center(10**10) }}', "填充宽度超出上限"),
    "zfill": ('{{ "1".zfill(10**9) }}', "填充宽度超出上限"),
    "indent": ('{{ "x\\ny"|indent(10**10) }}', "宽度或长度参数超出上限"),
    "format filter": ('{{ "%10000000000s"|format("x") }}', "格式宽度超出上限"),
    "str.format": ('{{ "{:>10000000000}".format("x") }}', "格式宽度超出上限"),
    "nested width": ('{{ "{:>{}}".format("x", 10**10) }}', "格式宽度超出上限"),
    "percent star": ('{{ "%*s" % (10**10, "x") }}', "格式宽度超出上限"),
    "power": ("{% set b = 10**10 %}{{ 10 ** b }}", "乘方的结果过大"),
    "replace": ('{{ ("x" * 1000).replace("", "y" * 1000) }}', "替换后的文字超出上限"),
    "batch": ('{{ [1]|batch(10**9, "x")|list }}', "宽度或长度参数超出上限"),
    "output": ("{% for a in range(100000) %}{% for b in range(100) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}{% endfor %}",
               "输出超过 5000000 个字符"),
    "division": ("{{ 1 / 0 }}", "除数为零"),
    "recursion": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "嵌套或递归过深"),
}


def spec_with_template(tmp_path: Path, body: str) -> Path:
    (tmp_path / "templates").mkdir(exist_ok=True)
    (tmp_path / "templates" / "hostile.j2").write_text(f"@title {body}\n", encoding="utf-8")
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC.replace("advancement", "hostile"), encoding="utf-8")
    return spec


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_template_ends_in_one_line(tmp_path: Path, case: str) -> None:
    body, expected = HOSTILE[case]
    spec = spec_with_template(tmp_path, body)
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")])
    assert time.perf_counter() - start < 5
    assert_user_error(result, "hostile.j2", f"模板渲染失败：{expected}")
    assert not (tmp_path / "out").exists()


def test_a_render_that_runs_too_long_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jinja_env, "RENDER_SECONDS", 0.5)
    spec = spec_with_template(tmp_path, "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}")
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")])
    assert time.perf_counter() - start < 5
    assert_user_error(result, "模板渲染失败：渲染超过 0.5 秒")


def test_ordinary_uses_stay_allowed(tmp_path: Path) -> None:
    body = '{{ "{:,}".format(1234567) }}{{ "x"|center(6) }}{{ "%3s"|format("a") }}{{ 2 ** 10 }}{{ "ab" * 3 }}{{ "a-b".replace("-", "、") }}'
    spec = spec_with_template(tmp_path, body)
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1,234,567  x     a1024abababa、b")


@pytest.mark.parametrize(("fmt", "args"), [("%2000000d", (1,)), ("{0:2000000}", ("x",)), ("%.*f", (2_000_000, 1.0))])
def test_check_format(fmt: str, args: tuple) -> None:
    with pytest.raises(jinja_env.ResourceLimit):
        check_format(fmt, args)
    check_format("%5d {:>10} %.2f", (1,))


FRAGMENT = """- id: closing.hostile
  title: 坏素材
  tags: [测试]
  occasions: [工作会议]
{variables}  text: "同志们{body}"
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ 1 / 0 }}", "除数为零"),
        ('{% include \\"closing.other\\" %}', "渲染失败"),
        ('{{ \\"x\\" * 10**10 }}', "重复后的文字或列表超出上限"),
        ("{{ n.center(10**10) }}", "填充宽度超出上限"),
    ],
)
def test_fragments_check_catches_what_build_would_fail_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JIANGGAO_FRAGMENTS", raising=False)
    lib = tmp_path / "fragments"
    lib.mkdir()
    variables = "  variables:\n    n: {description: 数, default: 甲}\n" if "n." in body else ""
    (lib / "closing.yaml").write_text(FRAGMENT.format(body=body, variables=variables), encoding="utf-8")
    checked = CliRunner().invoke(cli, ["fragments", "check"])
    assert checked.exit_code == 1
    assert "错误：" in checked.stdout + checked.stderr and expected in checked.stdout + checked.stderr
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC + "closing:\n  - fragment: closing.hostile\n", encoding="utf-8")
    assert_user_error(CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), "素材“closing.hostile”渲染失败", expected)


@pytest.mark.parametrize(
    ("hostile", "other"),
    [
        ('{% extends "other.j2" %}', '{% extends "hostile.j2" %}'),
        ('{% import "other.j2" as o %}@title a', '{% import "hostile.j2" as h %}'),
        ("@title {{ " + "(" * 300 + "1" + ")" * 300 + " }}", ""),
        ("@title {{ " + "-" * 5000 + "1 }}", ""),
    ],
    ids=["extends loop", "import loop", "deep parentheses", "deep unary"],
)
def test_loops_and_deep_expressions_end_in_one_line(tmp_path: Path, hostile: str, other: str) -> None:
    spec = spec_with_template(tmp_path, "")
    (tmp_path / "templates" / "hostile.j2").write_text(hostile + "\n", encoding="utf-8")
    (tmp_path / "templates" / "other.j2").write_text(other + "\n", encoding="utf-8")
    assert_user_error(CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), "嵌套或递归过深")


def test_a_render_in_a_worker_thread_is_stopped_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The studio analyses in worker threads: a runaway template ends there as an error, not a hung thread."""
    import threading

    from jianggao.studio.workspace import Workspace

    monkeypatch.setattr(jinja_env, "RENDER_SECONDS", 0.5)
    spec = spec_with_template(tmp_path, "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}")
    results = []
    worker = threading.Thread(target=lambda: results.append(Workspace(spec.parent).analyse(spec.name, spec.read_text(encoding="utf-8"))))
    start = time.perf_counter()
    worker.start()
    worker.join(10)
    assert time.perf_counter() - start < 5
    (result,) = results
    assert [p.message for p in result.errors] and "渲染超过 0.5 秒" in result.errors[0].message
