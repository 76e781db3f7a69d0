"""Click's own words (Usage, Options, its usage errors) in Simplified Chinese, laid out for Chinese text.

Click marks its messages for gettext but ships no Chinese catalogue, so the
CLI installs this small one into click's modules when it starts. A message
missing here simply stays in English.

Click also measures help text in characters, so Chinese help came out with
ragged columns and lines twice too wide; ``ChineseHelpFormatter`` measures in
terminal columns and breaks lines between Chinese characters.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

import click

_ZH: dict[str, str] = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看帮助。",
    "Aborted!": "已取消。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有 {name} 这个命令。",
    "No such option {name!r}.": "没有 {name} 这个选项。",
    "Option {name!r} does not take a value.": "选项 {name!r} 不接受取值。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "取值无效：{message}",
    "Argument {name!r} takes {nargs} values.": "参数 {name!r} 需要 {nargs} 个值。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "{editor}: Editing failed": "{editor}：编辑失败",
    "{editor}: Editing failed: {e}": "{editor}：编辑失败：{e}",
    "Do you want to continue?": "要继续吗？",
}

_ZH_PLURAL: dict[str, str] = {
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Did you mean {possibility}?": "您是不是要写 {possibility}？",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} does not match the format {format}.": "{value!r} 不符合格式 {format}。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
}
_ZH_PLURAL_MANY: dict[str, str] = {
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，但给了 {len} 个。",
    "(Did you mean one of: {possibilities}?)": "（您是不是要写：{possibilities}？）",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个值。",
    "{value!r} is not one of {choices}.": "{value!r} 不在可选值 {choices} 之中。",
    "{value!r} does not match the formats {formats}.": "{value!r} 不符合这些格式：{formats}。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
}


def gettext_zh(message: str) -> str:
    return _ZH.get(message, message)


def ngettext_zh(singular: str, plural: str, n: int) -> str:
    if n == 1:
        return _ZH_PLURAL.get(singular, singular)
    return _ZH_PLURAL_MANY.get(plural, plural)


_TYPE_NAMES = (
    (click.types.IntParamType, "整数"),
    (click.types.IntRange, "整数"),
    (click.types.FloatParamType, "数字"),
    (click.types.FloatRange, "数字"),
    (click.types.StringParamType, "文字"),
)
# Usage pieces click writes in English without passing them through gettext.
_USAGE_WORDS = (
    ("[OPTIONS]", "[选项]"),
    ("[COMMAND] [ARGS]...", "[命令] [参数]..."),
    ("COMMAND [ARGS]...", "命令 [参数]..."),
)
_EXTRA_NOTE = r"  \[[^\[\]]*\]$"  # click's "  [默认：…; …]" after an option's help (compiled by --help only)


def _tokens(text: str) -> list[str]:
    """Words for line breaking: a run of Latin letters, digits and ASCII punctuation stays whole;
    every other character (Chinese) is a word of its own; runs of spaces become one " "."""
    tokens: list[str] = []
    for index, ch in enumerate(text):
        if tokens and tokens[-1].startswith("[") and not tokens[-1].endswith("]"):
            tokens[-1] += ch  # click's "[默认：…]" note stays on one line
        elif ch.isspace():
            if tokens and tokens[-1] != " ":
                tokens.append(" ")
        elif ch == "[" and "]" in text[index : index + 40]:
            tokens.append(ch)
        elif ch.isascii() and tokens and tokens[-1] != " " and tokens[-1][-1].isascii():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def wrap_columns(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> list[str]:
    """``text`` broken greedily into lines of at most ``width`` terminal columns (indent included)."""
    from ..zh.display_width import display_width  # help only: not on every command's start
    from ..zh.line_breaks import NO_LINE_END, NO_LINE_START

    lines: list[list[str]] = [[]]
    used = display_width(initial_indent)
    for token in _tokens(text.strip()):
        line = lines[-1]
        if token == " ":
            if line:
                line.append(token)
                used += 1
            continue
        size = display_width(token)
        if used + size > width and any(t != " " for t in line):
            while line and line[-1] == " ":
                line.pop()
            carried: list[str] = []
            # keep closing punctuation with its character, and opening punctuation with what it opens
            if token in NO_LINE_START and len(line) > 1:
                carried.append(line.pop())
            while len(line) > 1 and line[-1] in NO_LINE_END:
                carried.insert(0, line.pop())
            lines.append(carried)
            line = lines[-1]
            used = display_width(subsequent_indent) + sum(display_width(t) for t in carried)
        line.append(token)
        used += size
    return [
        (initial_indent if i == 0 else subsequent_indent) + "".join(line).rstrip()
        for i, line in enumerate(lines)
    ]


def _joined(lines: list[str]) -> str:
    """Lines of one paragraph as one text: a space between Latin words, none between Chinese characters."""
    text = ""
    for line in lines:
        if text and (text[-1].isascii() or line[0].isascii()):
            text += " "
        text += line
    return text


class ChineseHelpFormatter(click.HelpFormatter):
    """click's help layout, measured in terminal columns, with full-width colons after headings."""

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading}：\n")

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        for english, chinese in _USAGE_WORDS:
            args = args.replace(english, chinese)
        if prefix is None:
            prefix = gettext_zh("Usage:") + " "
        head = f"{prefix:>{self.current_indent}}{prog} "
        from ..zh.display_width import display_width

        lines = wrap_columns(args, self.width - self.current_indent, head, " " * display_width(head))
        self.write("\n".join(lines) + "\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs: list[str] = []
        for block in text.split("\n\n"):
            lines = block.splitlines()
            if not lines:
                continue
            if lines[0].strip() == "\b":  # click's mark for a paragraph not to be rewrapped
                paragraphs.append("\n".join(indent + line for line in lines[1:]))
                continue
            extra = " " * (len(lines[0]) - len(lines[0].lstrip()))
            text_of = _joined([line.strip() for line in lines if line.strip()])
            paragraphs.append("\n".join(wrap_columns(text_of, self.width, indent + extra, indent + extra)))
        self.write("\n\n".join(paragraphs) + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        from ..zh.display_width import display_width, pad

        rows = list(rows)
        first_width = min(max((display_width(first) for first, _ in rows), default=0), col_max)
        text_indent = self.current_indent + first_width + col_spacing
        text_width = max(self.width - text_indent, 10)
        for first, second in rows:
            second = re.sub(_EXTRA_NOTE, lambda m: m[0].replace("; ", "；"), second)
            head = " " * self.current_indent + first
            if not second:
                self.write(head + "\n")
                continue
            lines = wrap_columns(second, text_width)
            if display_width(first) <= first_width:
                self.write(pad(head, text_indent) + lines[0] + "\n")
            else:
                self.write(head + "\n" + " " * text_indent + lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * text_indent + line + "\n")


def no_such_command(name: str, commands: Iterable[str], ctx: click.Context) -> click.UsageError:
    """The error for a misspelt command: 没有 buld 这个命令。您是不是要用 build？"""
    from ..zh.suggest import suggestion  # the error path only

    return click.UsageError(gettext_zh("No such command {name!r}.").format(name=name) + suggestion(name, commands), ctx)


def _suggesting_format_message(self: click.UsageError) -> str:
    """click's "No such option '--formt'. (Did you mean one of: '--force', '--format'?)", in Chinese."""
    from ..zh.suggest import suggestion  # the error path only

    name = getattr(self, "option_name", None) or getattr(self, "command_name", "")
    return self.message + suggestion(name, getattr(self, "possibilities", None))


def install() -> None:
    """Point click's module-level ``_``/``ngettext`` at the Chinese catalogue, and its help at our formatter."""
    for name in ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils"):
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext_zh  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext_zh  # type: ignore[attr-defined]
    click.Context.formatter_class = ChineseHelpFormatter
    # Type names end up in messages ("'x' is not a valid integer range.") and default metavars.
    for type_class, chinese in _TYPE_NAMES:
        type_class.name = chinese
    original = click.exceptions.MissingParameter.format_message
    if not getattr(original, "_jianggao", False):

        def format_message(self: click.exceptions.MissingParameter) -> str:
            return re.sub(r"(?<=')\.", "。", original(self), count=1)  # click's "'NAME'." ends in an ASCII full stop

        format_message._jianggao = True  # type: ignore[attr-defined]
        click.exceptions.MissingParameter.format_message = format_message  # type: ignore[method-assign]
    for name in ("NoSuchOption", "NoSuchCommand"):  # NoSuchCommand is new in click 8.4
        error_class = getattr(click.exceptions, name, None)
        if error_class is not None:
            error_class.format_message = _suggesting_format_message  # type: ignore[method-assign]
