"""The Chinese catalogue for click's own messages still matches the installed click.

``cli/click_zh.py`` translates click's messages by their exact English text
(the gettext msgid). If click rewords a message, or an entry here is misspelt,
the translation silently stops applying and the user sees English. These tests
read the source of the installed click package and require every msgid of the
catalogue to be a literal gettext message there.
"""

from __future__ import annotations

import ast
import importlib.metadata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import click
import pytest

from jianggao.cli import click_zh

_CLICK_VERSION = importlib.metadata.version("click")


@dataclass
class ClickMessages:
    """The literal msgids click's source passes to ``_``/``gettext`` and ``ngettext``."""

    singular: set[str] = field(default_factory=set)  # _("…")
    plural_one: set[str] = field(default_factory=set)  # ngettext("…", ·, n)
    plural_many: set[str] = field(default_factory=set)  # ngettext(·, "…", n)


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages_in(sources: list[Path]) -> ClickMessages:
    found = ClickMessages()
    for source in sources:
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called_name(node)
            if name in ("_", "gettext"):
                text = _literal(node.args[0])
                if text is not None:
                    found.singular.add(text)
            elif name == "ngettext" and len(node.args) >= 2:
                one, many = _literal(node.args[0]), _literal(node.args[1])
                if one is not None:
                    found.plural_one.add(one)
                if many is not None:
                    found.plural_many.add(many)
    return found


@cache
def installed_click_messages() -> ClickMessages:
    package = Path(click.__file__).parent
    sources = sorted(package.rglob("*.py"))
    assert sources, f"no click sources under {package}"
    return messages_in(sources)


def test_the_source_of_click_is_read() -> None:
    messages = installed_click_messages()
    # Messages every click 8.x has; if these are missing the reading is broken, not the catalogue.
    assert "Show this message and exit." in messages.singular
    assert "Got unexpected extra argument ({args})" in messages.plural_one
    assert "Got unexpected extra arguments ({args})" in messages.plural_many


@pytest.mark.parametrize("msgid", sorted(click_zh._ZH))
def test_every_message_is_a_click_message(msgid: str) -> None:
    assert msgid in installed_click_messages().singular, (
        f"click {_CLICK_VERSION} has no message _({msgid!r}): fix the msgid in cli/click_zh.py"
    )


@pytest.mark.parametrize("msgid", sorted(click_zh._ZH_PLURAL))
def test_every_singular_plural_message_is_a_click_message(msgid: str) -> None:
    assert msgid in installed_click_messages().plural_one, (
        f"click {_CLICK_VERSION} has no message ngettext({msgid!r}, …): fix the msgid in cli/click_zh.py"
    )


@pytest.mark.parametrize("msgid", sorted(click_zh._ZH_PLURAL_MANY))
def test_every_plural_message_is_a_click_message(msgid: str) -> None:
    assert msgid in installed_click_messages().plural_many, (
        f"click {_CLICK_VERSION} has no message ngettext(…, {msgid!r}): fix the msgid in cli/click_zh.py"
    )


def test_a_misspelt_or_misplaced_msgid_is_caught(tmp_path: Path) -> None:
    source = tmp_path / "core.py"
    source.write_text(
        'from gettext import gettext as _, ngettext\n'
        'x = _("Missing command.")\n'
        'y = ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 2)\n'
        'z = "Not a message."\n',
        encoding="utf-8",
    )
    messages = messages_in([source])
    assert messages.singular == {"Missing command."}
    assert messages.plural_one == {"Got unexpected extra argument ({args})"}
    assert messages.plural_many == {"Got unexpected extra arguments ({args})"}
    assert "Missing command" not in messages.singular  # misspelt: no full stop
    assert "Not a message." not in messages.singular  # a literal, but never passed to gettext
    assert "Got unexpected extra arguments ({args})" not in messages.plural_one  # plural given as singular


def test_the_catalogue_translates_click_output() -> None:
    from click.testing import CliRunner

    from jianggao.cli.main import cli

    result = CliRunner().invoke(cli, ["build", "--nope"])
    assert result.exit_code == 2
    assert "错误：没有 --nope 这个选项。\n" in result.output  # nothing close to suggest
    assert "用法：" in result.output


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["buld", "讲话.yaml"], "错误：没有 buld 这个命令。您是不是要用 build？"),
        (["studoi"], "错误：没有 studoi 这个命令。您是不是要用 studio？"),
        (["fragment", "list"], "错误：没有 fragment 这个命令。您是不是要用 fragments？"),
        (["xyzzy"], "错误：没有 xyzzy 这个命令。"),
        (["fragments", "lst"], "错误：没有 lst 这个命令。您是不是要用 list？"),
        (["build", "--formt", "docx", "讲话.yaml"], "错误：没有 --formt 这个选项。您是不是要用 --format？"),
        (["build", "--fo", "docx", "讲话.yaml"], "错误：没有 --fo 这个选项。您是不是要用 --force、--format？"),
        (["fragments", "list", "--tga", "号召"], "错误：没有 --tga 这个选项。您是不是要用 --tag？"),
    ],
)
def test_a_misspelt_command_or_option_gets_the_closest_in_chinese(args: list[str], line: str) -> None:
    from click.testing import CliRunner

    from jianggao.cli.main import cli

    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == line, result.stderr
    assert "Traceback" not in result.output and "'" not in result.stderr


# --- help pages laid out for Chinese text ---------------------------------------------------------


def _help_pages() -> dict[str, str]:
    """``--help`` of every command and subcommand, by command line."""
    import click
    from click.testing import CliRunner

    from jianggao.cli.main import cli

    pages: dict[str, str] = {}

    def visit(command: click.Command, words: list[str]) -> None:
        result = CliRunner().invoke(cli, [*words, "--help"], prog_name="jianggao", terminal_width=80)
        assert result.exit_code == 0, result.output
        pages[" ".join(["jianggao", *words])] = result.output
        if isinstance(command, click.Group):
            ctx = click.Context(command)
            for name in command.list_commands(ctx):
                visit(command.get_command(ctx, name), [*words, name])

    visit(cli, [])
    return pages


HELP_PAGES = _help_pages()


@pytest.mark.parametrize("command", sorted(HELP_PAGES))
def test_help_lines_fit_80_columns(command: str) -> None:
    from jianggao.zh.display_width import display_width

    wide = [line for line in HELP_PAGES[command].splitlines() if display_width(line) > 80]
    assert wide == []


@pytest.mark.parametrize("command", sorted(HELP_PAGES))
def test_help_speaks_chinese_in_usage_headings_and_placeholders(command: str) -> None:
    import re

    page = HELP_PAGES[command]
    usage = page.splitlines()[0]
    assert usage.startswith(f"用法： {command}"), usage
    assert not re.search(r"[A-Z]{2,}", usage.removeprefix(f"用法： {command}")), usage  # no OPTIONS, COMMAND, SPECS…
    headings = [line for line in page.splitlines() if re.fullmatch(r"\S.*[:：]", line)]
    assert headings and all(h.endswith("：") for h in headings), headings
    for line in page.splitlines():
        option = re.match(r"  (-\S+(?:, -\S+)?)(?: (\S+))?", line)
        if option and option[2]:
            assert not re.fullmatch(r"[A-Z][A-Z ]*", option[2]), line  # INTEGER, TEXT, FLOAT RANGE…


@pytest.mark.parametrize("command", sorted(HELP_PAGES))
def test_help_columns_line_up_by_display_width(command: str) -> None:
    """Every option or command row starts its description at the same terminal column."""
    import re

    from jianggao.zh.display_width import display_width

    for section in re.split(r"\n(?=\S.*：\n)", HELP_PAGES[command]):
        title, _, body = section.partition("\n")
        if title not in ("选项：", "命令："):
            continue
        starts = set()
        for line in body.splitlines():
            row = re.match(r"(  \S+(?: \S+)*?)( {2,})\S", line)
            if row and not line.startswith(" " * 5):
                starts.add(display_width(row[1]) + len(row[2]))
        assert len(starts) == 1, (title, starts)


def test_wrapping_breaks_between_chinese_characters_but_not_before_closing_punctuation() -> None:
    from jianggao.zh.display_width import display_width

    text = "把已有的讲话稿（.txt、.md、.docx）按公文格式，排成 Word 文档；每处改动都列出来。" * 3
    for width in range(16, 60):
        lines = click_zh.wrap_columns(text, width, "  ", "  ")
        assert all(display_width(line) <= width for line in lines), (width, lines)
        assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")
        assert not any(line.strip()[0] in "，。、；）" for line in lines[1:]), lines
        assert not any(line.rstrip()[-1] in "（“" for line in lines), lines
        assert all(".docx" in line or "docx" not in line for line in lines)  # Latin words stay whole


def test_missing_argument_and_bad_number_read_as_chinese() -> None:
    from click.testing import CliRunner

    from jianggao.cli.main import cli

    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 2
    assert "缺少参数 '说明书...'。" in result.output
    result = CliRunner().invoke(cli, ["check", "--rate", "快", "x.txt"])
    assert result.exit_code == 2
    assert "'快' 不是有效的整数。" in result.output
