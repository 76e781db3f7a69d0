"""A template or fragment the writer got wrong is reported in Chinese: Jinja's English syntax errors, sandbox
refusals and run-time failures are said again with the tag, name or character they name, at the file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.render.jinja_messages import in_chinese
from tests.cli_helpers import SMALL_SPEC, assert_user_error

# (template line, words the message must hold)
BROKEN = {
    "if not closed": ("{% if spec.title %}{{ spec.title }}", ["{% if %} 块还没有关闭", "{% endif %}"]),
    "wrong end tag": ("{% for p in spec.points %}{{ p }}{% endif %}", ["{% endif %} 不对", "{% for %}", "{% endfor %}"]),
    "unknown tag": ("{% foo %}", ["不认识的标签 {% foo %}"]),
    "brace missing": ("{{ spec.title }", ["这里不该出现 }"]),
    "word too many": ("{{ spec.title extra }}", ["这里应是 }}，却是 extra", "多写了词"]),
    "no filter": ("{{ spec.title | nosuch }}", ["没有名为“nosuch”的过滤器"]),
    "comment open": ("{# 注释", ["注释 {# 没有对应的 #}"]),
    "quote open": ("{{ '未闭合 }}", ["不该出现的字符", "引号"]),
    "empty tag": ("{% %}", ["{% 之后缺少标签名"]),
    "no expression": ("{{ }}", ["缺少表达式"]),
    "bracket open": ("{{ spec.points[ }}", ["这里应是 ]，却是 }"]),
    "unsafe attribute": ("{{ spec.title.__class__ }}", ["不允许读取", "“__class__”"]),
    "no test": ("{% if spec.title is nosuch %}x{% endif %}", ["没有名为“nosuch”的判断"]),
    "type mixed": ("{{ spec.title + 1 }}", ["值的类型不对"]),
}
_ENGLISH_LEAD = re.compile(r"Jinja was looking|Encountered|unexpected|expected token|No filter|is unsafe|can only")


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_template_is_reported_in_chinese_at_its_line(tmp_path: Path, case: str) -> None:
    line, words = BROKEN[case]
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "broken.j2").write_text(f"{{#- 试写的模板 -#}}\n@title {line}\n", encoding="utf-8")
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC.replace("advancement", "broken"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")])
    message = assert_user_error(result, "broken.j2", *words)
    # (Jinja's own English words stay only inside the brackets after a Python error's Chinese)
    assert not _ENGLISH_LEAD.search(message.split("（")[0]), message
    assert not (tmp_path / "out").exists()


def test_a_syntax_error_names_the_line_it_is_on(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "broken.j2").write_text("@title {{ spec.title }}\n\n\n{% foo %}\n", encoding="utf-8")
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC.replace("advancement", "broken"), encoding="utf-8")
    assert_user_error(CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), "broken.j2:4", "模板语法错误")


def test_a_fragment_with_a_syntax_error_is_said_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JIANGGAO_FRAGMENTS", raising=False)
    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "closing.yaml").write_text(
        '- id: closing.broken\n  title: 坏素材\n  tags: [测试]\n  occasions: [工作会议]\n  text: "同志们{% if %}"\n', encoding="utf-8"
    )
    checked = CliRunner().invoke(cli, ["fragments", "check"])
    assert checked.exit_code == 1
    assert "素材“closing.broken”的正文有 Jinja 语法错误（这里缺少表达式" in checked.output, checked.output
    assert "expected" not in checked.output.lower()


def test_a_wording_not_known_keeps_jinjas_words_after_a_chinese_lead() -> None:
    assert in_chinese("Some newer message.") == "Jinja 报告：Some newer message."
