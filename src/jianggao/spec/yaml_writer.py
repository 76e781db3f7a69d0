"""Writing a spec (plain data) as the YAML a person would write by hand.

Block style, Chinese left as is, keys in the order given, lists indented
under their key, a blank line between top-level sections and between points,
and the schema comment on the first line so editors complete and check it.
"""

from __future__ import annotations

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


def _comment_text(text: str) -> str:
    """A comment stays one comment line: a line break or control character (a file name may hold
    one) is written as an escape, never as a break that would turn the rest into YAML."""
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in text)


def spec_yaml(data: dict[str, Any], comments: list[str] | None = None) -> str:
    body = yaml.dump(
        data,
        Dumper=_SpecDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100000,
        indent=2,
    )
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
