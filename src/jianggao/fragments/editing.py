"""``fragments new`` / ``fragments edit``: a fragment through the user's editor.

The editor ($VISUAL, else $EDITOR) gets one fragment in a temporary file. What
comes back is validated like ``fragments check`` would; only then is the
library file rewritten, atomically. When the edit is invalid the library file
is left untouched and the user's text is saved aside (``ID.rejected-….txt``,
which the loader ignores) so no work is lost.

New fragments, and edits of built-in ones (saved as overrides), go to the
user library: the last ``--fragments`` folder, else ``./fragments``; a
fragment that already lives in a user library is edited where it lives.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import FragmentError, JianggaoError, Location
from ..output_files import write_atomic
from ..text_files import decode_text, read_text
from .library import (
    Entry,
    FragmentLibrary,
    check_id,
    is_standard_layout,
    kind_of,
    scan_text,
)
from .lint import entry_problems

_HEADER = """\
# {action}素材 {id}。改好后保存并关闭编辑器即可；以 # 开头的说明行不会保存。
# 字段：id 编号（不要改）、title 标题、tags 标签、occasions 适用场合、
#       variables 变量（名称: {{description: 说明, default: 默认值}}）、text 正文（用 {{{{ 变量名 }}}} 引用变量）{source}
"""


def scaffold(fragment_id: str) -> str:
    """The starting text of a new fragment."""
    source = "  source: 《书名·篇名》\n" if kind_of(fragment_id) == "quote" else ""
    return (
        f"- id: {fragment_id}\n"
        "  title: 一句话标题\n"
        "  tags: [标签]\n"
        "  occasions: [工作会议]\n"
        f"{source}"
        "  variables:\n"
        "    goal: {description: 变量的说明, default: 默认值}\n"
        "  text: |-\n"
        "    在这里写正文，可用 {{ goal }} 引用变量。\n"
    )


def editor_command() -> list[str]:
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        raise FragmentError("没有设置编辑器", hint="请设置环境变量 VISUAL 或 EDITOR（如 export EDITOR=nano）后重试")
    try:
        args = shlex.split(command)
    except ValueError:
        raise FragmentError(f"无法理解编辑器命令“{command}”", hint="请检查环境变量 VISUAL/EDITOR") from None
    if not args:
        raise FragmentError("编辑器命令是空的", hint="请检查环境变量 VISUAL/EDITOR")
    return args


def edit_in_editor(text: str, name: str) -> str:
    """Open ``text`` in the user's editor and return what was saved."""
    args = editor_command()
    folder = Path(tempfile.mkdtemp(prefix="jianggao-"))
    try:
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            result = subprocess.run([*args, str(path)], check=False)
        except OSError as exc:
            raise FragmentError(f"无法启动编辑器“{args[0]}”（{exc.strerror}）", hint="请检查环境变量 VISUAL/EDITOR") from None
        if result.returncode != 0:
            raise FragmentError(f"编辑器异常退出（返回码 {result.returncode}），没有保存任何修改", hint="请重新运行命令")
        return decode_text(path.read_bytes(), path, FragmentError)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class EditTarget:
    """Where an edited fragment goes: replacing ``lines`` of ``path``, or appended to it."""

    path: Path
    first_line: int = 0  # 1-based; 0 = append
    last_line: int = 0


def target_for(entry: Entry, user_library: Path) -> EditTarget:
    if entry.builtin:  # never edit the built-in library: save an override in the user's
        return EditTarget(user_library / f"{entry.kind}.yaml")
    if entry.chunk is None:
        raise FragmentError(
            f"素材文件 {entry.path} 不是标准写法（每个素材应以顶格的“- id:”开头），无法自动编辑",
            location=entry.location,
            hint="请直接用编辑器修改这个文件，改完后运行 jianggao fragments check",
        )
    return EditTarget(entry.path, entry.line, entry.end_line)


def _body(edited: str) -> tuple[str, int]:
    """The fragment without the explanatory comment lines above it, and how many lines those were."""
    lines = edited.replace("\r\n", "\n").split("\n")
    skip = 0
    while skip < len(lines) and (not lines[skip].strip() or lines[skip].startswith("#")):
        skip += 1
    body = "\n".join(lines[skip:]).rstrip() + "\n"
    return body, skip


def validate_edit(edited: str, fragment_id: str, aside: Path, library: Path) -> str:
    """The fragment's YAML if ``edited`` holds exactly ``fragment_id``, valid; else FragmentError.

    Positions in errors refer to ``aside``, where the caller saves the edit.
    """
    body, skipped = _body(edited)
    if not body.strip():
        raise FragmentError("编辑后的内容是空的", hint="没有保存任何修改")
    if not is_standard_layout(body) or len(scan_text(body, aside, library, False)) != 1:
        raise FragmentError(
            "编辑后的内容应当正好是一段素材（顶格以“- id:”开头）",
            hint="请不要删除开头的“- ”，也不要在同一次编辑中写多段素材",
        )
    entry = scan_text("\n" * skipped + body, aside, library, False)[0]
    if entry.id != fragment_id:
        raise FragmentError(
            f"编号从“{fragment_id}”改成了“{entry.id}”",
            location=entry.location,
            hint=f"编辑时不能改编号；要另起一段素材，请用 jianggao fragments new {entry.id}",
        )
    errors = [p for p in entry_problems(entry) if not p.warning]
    if errors:
        raise FragmentError(errors[0].message, location=errors[0].location)
    return body


@dataclass(frozen=True)
class FragmentEdit:
    """An edit about to be made: where it goes, the text it starts from, and the explanatory header."""

    fragment_id: str
    target: EditTarget
    original: str
    header: str

    @property
    def text(self) -> str:
        """What the writer is given to edit."""
        return self.header + self.original


def begin_edit(library: FragmentLibrary, fragment_id: str, user_library: Path, *, new: bool) -> FragmentEdit:
    """The edit of ``fragment_id`` (a new one when ``new``), checked before the writer starts typing."""
    check_id(fragment_id)
    if new:
        if fragment_id in library:
            existing = library.entries[fragment_id]
            raise FragmentError(
                f"素材“{fragment_id}”已经存在（{existing.location}）",
                hint=f"要修改它请用 jianggao fragments edit {fragment_id}",
            )
        target = EditTarget(user_library / f"{kind_of(fragment_id)}.yaml")
        original = scaffold(fragment_id)
        action = "新建"
    else:
        entry = library.entry(fragment_id)
        target = target_for(entry, user_library)
        original = entry.chunk.rstrip() + "\n" if entry.chunk is not None else scaffold(fragment_id)
        action = "修改" if target.first_line else "覆盖内置"
    source_note = "\n#       引文（quote.*）必须写 source 出处" if kind_of(fragment_id) == "quote" else ""
    header = _HEADER.format(action=action, id=fragment_id, source=source_note)
    return FragmentEdit(fragment_id, target, original, header)


def save_fragment(
    library: FragmentLibrary, fragment_id: str, user_library: Path, *, new: bool
) -> tuple[Path | None, list[str]]:
    """Run the editor for ``fragment_id`` and save the result.

    Returns the file written (None when the user changed nothing) and any warnings.
    """
    edit = begin_edit(library, fragment_id, user_library, new=new)
    return finish_edit(edit, edit_in_editor(edit.text, fragment_id))


def finish_edit(edit: FragmentEdit, edited: str) -> tuple[Path | None, list[str]]:
    """Validate ``edited`` and save it into the library; a rejected edit is kept aside, the library untouched.

    Returns the file written (None when nothing changed) and any warnings.
    """
    fragment_id, target, original = edit.fragment_id, edit.target, edit.original
    if _body(edited)[0] == _body(original)[0]:  # closed without changes: nothing to do, like git commit
        return None, []
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside_dir = target.path.parent if target.path.parent.is_dir() else Path.cwd()
    aside = aside_dir / f"{fragment_id}.rejected-{stamp}.txt"
    serial = 1
    while aside.exists():  # two rejected edits within a second keep both
        serial += 1
        aside = aside_dir / f"{fragment_id}.rejected-{stamp}-{serial}.txt"
    try:
        body = validate_edit(edited, fragment_id, aside, target.path.parent)
    except JianggaoError as exc:
        write_atomic(aside, edited.encode("utf-8"))
        kept = "原文件没有改动" if target.path.exists() else "没有写入素材库"
        raise FragmentError(
            f"修改没有保存：{exc.message}",
            location=exc.location or Location(aside),
            hint=f"{kept}；您的修改已另存为 {aside}，改正后可复制回去",
        ) from None
    text = _splice(target, body)
    # The rewritten file must still read back with the fragment in it exactly once.
    found = [e.id for e in scan_text(text, target.path, target.path.parent, False)]
    if found.count(fragment_id) != 1:
        raise FragmentError(f"写入后素材“{fragment_id}”出现了 {found.count(fragment_id)} 次", location=target.path, hint="没有保存；请检查文件")
    try:
        target.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FragmentError(f"无法创建素材库文件夹 {target.path.parent}（{exc.strerror}）", hint="请检查路径和权限，或用 --fragments 指定另一个文件夹") from None
    write_atomic(target.path, text.encode("utf-8"))
    scanned = scan_text(text, target.path, target.path.parent, False)
    saved = next(e for e in scanned if e.id == fragment_id)
    warnings = [str(p) for p in entry_problems(saved) if p.warning]
    return target.path, warnings


def _splice(target: EditTarget, body: str) -> str:
    existing = read_text(target.path, FragmentError).replace("\r\n", "\n") if target.path.exists() else ""
    if target.first_line:
        lines = existing.split("\n")
        new_lines = body.rstrip("\n").split("\n")
        return "\n".join(lines[: target.first_line - 1] + new_lines + lines[target.last_line :])
    if not existing.strip():
        existing = f"# {kind_of(_id_of(body))} 素材\n"
    return existing.rstrip("\n") + "\n\n" + body


def _id_of(body: str) -> str:
    return scan_text(body, Path("-"), Path("."), False)[0].id
