"""``check --fix``: half-width punctuation in Chinese text turned full-width, in a draft (.txt)
or a spec (.yaml), touching nothing else of the file.

A text file is fixed line by line. In a spec only the text of values may change, never the
YAML around it (the comma of ``{heading: 甲, text: 乙}`` separates two keys): each mark is
changed only if the file still parses to the same structure with the same values up to
that mark, so comments, layout and encoding stay as the user wrote them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError, Location, SpecError
from ..records import record
from ..spec.yaml_source import load_yaml_text
from ..text_files import decode_text_as, read_user_bytes
from ..zh.punctuation import FULL_WIDTH, fix_half_width

MAX_BYTES = 20 * 1024 * 1024


@record(frozen=True)
class LineFix:
    line: int
    before: str
    after: str
    count: int

    def describe(self, path: Path) -> str:
        times = f"（{self.count} 处）" if self.count > 1 else ""
        return f"{path}:{self.line}：标点 “{self.before}” → “{self.after}”{times}"


@record(frozen=True)
class FixedFile:
    path: Path
    text: str
    codec: str
    fixes: list[LineFix]


def fix_file(path: Path) -> FixedFile:
    """The fixed text of the draft or spec at ``path`` (not written), with each change."""
    suffix = path.suffix.lower()
    if suffix not in (".txt", ".yaml", ".yml"):
        raise InputError(
            "--fix 只能修改 .txt 讲话稿或 .yaml 说明书",
            location=Location(path),
            hint="Word 文档请用 jianggao format 稿子.docx --fix-punct 生成排好版的新文件",
        )
    raw = read_user_bytes(path, InputError, limit=MAX_BYTES, too_big_hint="不像讲话稿或说明书，请检查文件")
    text, codec = decode_text_as(raw, path, InputError)
    if suffix == ".txt":
        lines = text.split("\n")
        fixed_lines = [fix_half_width(line) for line in lines]
        fixes = _line_fixes([(i + 1, f) for i, (_, found) in enumerate(fixed_lines) for f in found])
        return FixedFile(path, "\n".join(line for line, _ in fixed_lines), codec, fixes)
    fixed, changed = _fix_yaml(text, path)
    return FixedFile(path, fixed, codec, _line_fixes(changed))


def _line_fixes(found: list[tuple[int, Any]]) -> list[LineFix]:
    counts: dict[tuple[int, str, str], int] = {}
    for line, fix in found:
        after = "“”" if fix.before == '"' else fix.after
        counts[line, fix.before, after] = counts.get((line, fix.before, after), 0) + 1
    return [LineFix(line, before, after, n) for (line, before, after), n in counts.items()]


def _fix_yaml(text: str, path: Path) -> tuple[str, list[tuple[int, Any]]]:
    original = load_yaml_text(text, path, SpecError).data
    candidate, fixes = fix_half_width(text)
    if not fixes:
        return text, []
    if _same_values(_parse(candidate, path), original):
        return candidate, [(text.count("\n", 0, f.position) + 1, f) for f in fixes]
    # Some mark is YAML syntax: take the marks one at a time, keeping those that only change text.
    kept, current, shift = [], text, 0
    for fix in fixes:
        at = fix.position + shift
        trial = current[:at] + fix.after + current[at + 1 :]
        if _same_values(_parse(trial, path), original):
            kept.append((text.count("\n", 0, fix.position) + 1, fix))
            current, shift = trial, shift + len(fix.after) - 1
    return current, kept


def _parse(text: str, path: Path) -> Any:
    try:
        return load_yaml_text(text, path, SpecError).data
    except SpecError:
        return _UNPARSABLE


_UNPARSABLE = object()
_BACK = {full: half for half, fulls in FULL_WIDTH.items() for full in fulls}


def _same_values(data: Any, original: Any) -> bool:
    """``data`` has ``original``'s structure and values, up to full- vs half-width punctuation."""
    if isinstance(original, dict):
        return isinstance(data, dict) and data.keys() == original.keys() and all(
            _same_values(data[k], original[k]) for k in original
        )
    if isinstance(original, list):
        return isinstance(data, list) and len(data) == len(original) and all(
            _same_values(a, b) for a, b in zip(data, original, strict=True)
        )
    if isinstance(original, str):
        return isinstance(data, str) and _unfix(data) == _unfix(original)
    return data == original


def _unfix(text: str) -> str:
    return "".join(_BACK.get(ch, ch) for ch in text)

