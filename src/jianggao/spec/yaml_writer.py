"""Writing a spec (plain data) as the YAML a person would write by hand.

Block style, Chinese left as is, keys in the order given, lists indented
under their key, a blank line between top-level sections and between points,
and the schema comment on the first line so editors complete and check it.

The text is PyYAML's (``_SpecDumper``) to the byte. A spec as ``mine`` writes it
(mappings, lists, one-line text, whole numbers, true/false, dates) is written
directly by ``_BlockWriter``, which writes what the dumper would at a tenth of
its cost; anything else (a line break in a text, a float, a key that needs
quotes, an object met twice) goes through the dumper itself.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml
from yaml.emitter import ScalarAnalysis

from .schema import SCHEMA_COMMENT

# Text PyYAML's emitter would find plain-safe in block context: no break, control or special
# character, no space at either end, not a document marker, no indicator but (after the first
# character) the flow ones , ? [ ] { }, which only rule out flow context. Most of a spec is
# such text, and the emitter's character-by-character analysis was most of its time.
_ORDINARY = "[^\x00-\x1f\x7f-\x9f,?\\[\\]{}:#\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff\U0010ffff]"
_INNER = "[^\x00-\x1f\x7f-\x9f:#\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff\U0010ffff]"
_FIRST = "(?![-&*!|>'\"%@`\\s])(?!\\.\\.\\.)"
_FLOW_PLAIN_TEXT = re.compile(f"{_FIRST}{_ORDINARY}*(?! ){_ORDINARY}")
_BLOCK_PLAIN_TEXT = re.compile(f"{_FIRST}{_ORDINARY}(?:{_INNER}*(?! ){_INNER})?")


class _SpecDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)  # "  - item" under its key, as people write it

    def analyze_scalar(self, scalar: str) -> Any:
        if _BLOCK_PLAIN_TEXT.fullmatch(scalar):  # what the full analysis finds for such text
            return ScalarAnalysis(
                scalar=scalar, empty=False, multiline=False,
                allow_flow_plain=bool(_FLOW_PLAIN_TEXT.fullmatch(scalar)), allow_block_plain=True,
                allow_single_quoted=True, allow_double_quoted=True, allow_block=True,
            )
        return super().analyze_scalar(scalar)

    def write_plain(self, text: str, split: bool = True) -> None:
        if self.column + len(text) < self.best_width and _BLOCK_PLAIN_TEXT.fullmatch(text):
            # No break and no fold within the width: the emitter would write the text as it is.
            if self.root_context:
                self.open_ended = True
            data = text if self.whitespace else " " + text
            self.whitespace = self.indention = False
            self.column += len(data)
            self.stream.write(data.encode(self.encoding) if self.encoding else data)
            return
        super().write_plain(text, split)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_SpecDumper.add_representer(str, _str)


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_STR, _INT, _BOOL, _NULL, _DATE = (f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null", "timestamp"))
_INDENT = 2
_WIDTH = 100000  # the dumper's width: text that could reach it goes through the dumper


class _NotSimple(Exception):
    """The data holds something ``_BlockWriter`` does not write: the dumper writes it all."""


def _implicit_tag(text: str) -> str:
    """The tag a plain scalar ``text`` reads back as (PyYAML's implicit resolvers)."""
    for tag, pattern in _RESOLVERS.get(text[0], ()):
        if pattern.match(text):
            return tag
    return _STR


class _BlockWriter:
    """The block-style YAML ``_SpecDumper`` writes (indent 2, lists indented under their key),
    for data made of dicts with plain text keys, lists, one-line text, ints, bools, None and dates."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.seen: set[int] = set()  # dicts, lists and dates: one met twice would be an &anchor

    def scalar(self, value: Any, column: int) -> str:
        """``value`` as the dumper writes it as a value starting at ``column``."""
        kind = type(value)
        if kind is str:
            if not value or column + len(value) >= _WIDTH or not _BLOCK_PLAIN_TEXT.fullmatch(value):
                raise _NotSimple
            if _implicit_tag(value) == _STR:
                return value
            return "'" + value.replace("'", "''") + "'"  # reads as a number, date, true…: quoted
        if kind is bool:
            return "true" if value else "false"
        if value is None:
            return "null"
        if kind is int:
            text = str(value)
            tag = _INT
        elif kind is dt.date:
            self.once(value)
            text, tag = value.isoformat(), _DATE
        else:
            raise _NotSimple
        if not _BLOCK_PLAIN_TEXT.fullmatch(text) or _implicit_tag(text) != tag:
            raise _NotSimple
        return text

    def once(self, value: Any) -> None:
        if id(value) in self.seen:
            raise _NotSimple
        self.seen.add(id(value))

    def mapping(self, data: dict[Any, Any], indent: int, prefix: str) -> None:
        """``data``'s pairs at ``indent``; the first goes on the line ``prefix`` starts (a list's ``- ``)."""
        self.once(data)
        line = prefix
        for key, value in data.items():
            if type(key) is not str or len(key) >= 128 or not key or not _BLOCK_PLAIN_TEXT.fullmatch(key):
                raise _NotSimple
            if _implicit_tag(key) != _STR:
                raise _NotSimple
            line += key + ":"
            self.value(value, indent, line)
            line = " " * indent

    def sequence(self, data: list[Any], indent: int, prefix: str) -> None:
        self.once(data)
        line = prefix
        for value in data:
            line += "- "
            if type(value) is dict and value:
                self.mapping(value, indent + _INDENT, line)
            elif type(value) is list and value:
                self.sequence(value, indent + _INDENT, line)
            else:
                self.lines.append(line + self.flat(value, len(line)))
            line = " " * indent

    def value(self, value: Any, indent: int, line: str) -> None:
        """A mapping's value after ``line`` (``key:``): on the same line, or the lines below."""
        if type(value) is dict and value:
            self.lines.append(line)
            self.mapping(value, indent + _INDENT, " " * (indent + _INDENT))
        elif type(value) is list and value:
            self.lines.append(line)
            self.sequence(value, indent + _INDENT, " " * (indent + _INDENT))
        else:
            self.lines.append(line + " " + self.flat(value, len(line) + 1))

    def flat(self, value: Any, column: int) -> str:
        if type(value) is dict or type(value) is list:  # empty: written in flow style
            self.once(value)
            return "{}" if type(value) is dict else "[]"
        return self.scalar(value, column)


def _block_yaml(data: dict[str, Any]) -> str | None:
    """``data`` as ``_SpecDumper`` writes it, or None when it holds what only the dumper writes."""
    if type(data) is not dict or not data:
        return None
    writer = _BlockWriter()
    try:
        writer.mapping(data, 0, "")
    except _NotSimple:
        return None
    return "\n".join(writer.lines) + "\n"


def _dumped(data: dict[str, Any]) -> str:
    return yaml.dump(
        data,
        Dumper=_SpecDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_WIDTH,
        indent=_INDENT,
    )


def _comment_text(text: str) -> str:
    """A comment stays one comment line: a line break or control character (a file name may hold
    one) is written as an escape, never as a break that would turn the rest into YAML."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in text)


def spec_yaml(data: dict[str, Any], comments: list[str] | None = None) -> str:
    body = _block_yaml(data)
    if body is None:
        body = _dumped(data)
    lines: list[str] = []
    in_points = False
    after_block = False
    for line in body.splitlines():
        top_key = bool(line) and not line[0].isspace() and not line.startswith("-")
        if top_key:
            in_points = line.startswith("points:")
            opens_block = line.endswith(":")
            if lines and (opens_block or after_block):
                lines.append("")  # sections (opening, points, …) stand apart; simple keys stay together
            after_block = opens_block
        elif in_points and line.startswith("  - ") and lines[-1] != "points:":
            lines.append("")
        lines.append(line)
    header = SCHEMA_COMMENT + "".join(f"# {_comment_text(c)}\n" for c in comments or [])
    return header + "\n".join(lines) + "\n"
