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
from pathlib import Path

from ..errors import FragmentError, JianggaoError, Location, os_reason
from ..output_files import folder_lock, write_atomic
from ..records import record
from ..text_files import decode_text, read_text, read_user_bytes
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


class EditorInterrupted(Exception):
    """The command was interrupted while the editor was open, after the user had saved something."""

    def __init__(self, saved: bytes) -> None:
        super().__init__("interrupted")
        self.saved = saved


def edit_in_editor(text: str, name: str) -> bytes:
    """Open ``text`` in the user's editor and return the bytes it saved (decoded by the caller,
    so text in an encoding we cannot read is still kept aside, not lost)."""
    args = editor_command()
    folder = Path(tempfile.mkdtemp(prefix="jianggao-"))
    try:
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            result = subprocess.run([*args, str(path)], check=False)
        except KeyboardInterrupt:  # Ctrl+C or SIGTERM while editing: what the editor saved so far is kept
            saved = path.read_bytes() if path.is_file() else b""
            if saved and saved != text.encode("utf-8"):
                raise EditorInterrupted(saved) from None
            raise
        except OSError as exc:
            raise FragmentError(f"无法启动编辑器“{args[0]}”（{os_reason(exc)}）", hint="请检查环境变量 VISUAL/EDITOR") from None
        if result.returncode != 0:
            raise FragmentError(f"编辑器异常退出（返回码 {result.returncode}），没有保存任何修改", hint="请重新运行命令")
        return read_user_bytes(path, FragmentError)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@record(frozen=True)
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


@record(frozen=True)
class FragmentEdit:
    """An edit about to be made: where it goes, the text it starts from, and the explanatory header."""

    fragment_id: str
    target: EditTarget
    original: str
    header: str
    new: bool = False

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
    return FragmentEdit(fragment_id, target, original, header, new)


def save_fragment(
    library: FragmentLibrary, fragment_id: str, user_library: Path, *, new: bool
) -> tuple[Path | None, list[str]]:
    """Run the editor for ``fragment_id`` and save the result.

    Returns the file written (None when the user changed nothing) and any warnings.
    """
    edit = begin_edit(library, fragment_id, user_library, new=new)
    try:
        raw = edit_in_editor(edit.text, fragment_id)
    except EditorInterrupted as interrupted:
        aside = _aside_path(fragment_id, edit.target.path.parent)
        raise _not_saved(KeyboardInterrupt(), edit.target, _keep_aside(interrupted.saved, aside)) from None
    return finish_edit(edit, raw)


def finish_edit(edit: FragmentEdit, edited: str | bytes) -> tuple[Path | None, list[str]]:
    """Validate ``edited`` and save it into the library, re-reading the library file under a lock; whatever
    stops the save, the user's text is kept aside in a file that exists and the library is untouched.

    Returns the file written (None when nothing changed) and any warnings.
    """
    fragment_id, target, original = edit.fragment_id, edit.target, edit.original
    raw = edited if isinstance(edited, bytes) else edited.encode("utf-8")
    aside = _aside_path(fragment_id, target.path.parent)
    try:
        text = decode_text(raw, aside, FragmentError)
        if _body(text)[0] == _body(original)[0]:  # closed without changes: nothing to do, like git commit
            return None, []
        body = validate_edit(text, fragment_id, aside, target.path.parent)
        expected = None if edit.new or not target.first_line else original
        return _write_locked(target, body, fragment_id, expected)
    except BaseException as exc:  # whatever stops the save, the user's text is kept in a file that exists
        kept_at = _keep_aside(raw, aside)
        raise _not_saved(exc, target, kept_at) from None


def _aside_path(fragment_id: str, folder: Path) -> Path:
    """A new ``ID.rejected-STAMP.txt`` beside the library file (the loader ignores .txt files)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside_dir = folder if folder.is_dir() else Path.cwd()
    aside = aside_dir / f"{fragment_id}.rejected-{stamp}.txt"
    serial = 1
    while os.path.lexists(aside):  # two rejected edits within a second keep both
        serial += 1
        aside = aside_dir / f"{fragment_id}.rejected-{stamp}-{serial}.txt"
    return aside


def _keep_aside(raw: bytes, aside: Path) -> Path | None:
    """Write the edit to ``aside``, else to the current folder, else to the temporary folder; the file written."""
    name = aside.name
    for candidate in (aside, Path.cwd() / name, Path(tempfile.gettempdir()) / name):
        try:
            if os.path.lexists(candidate):
                continue
            write_atomic(candidate, raw)
            return candidate
        except (JianggaoError, OSError):
            continue
    return None


def _not_saved(exc: BaseException, target: EditTarget, kept_at: Path | None) -> FragmentError:
    unchanged = "原文件没有改动" if os.path.lexists(target.path) else "没有写入素材库"
    kept = f"您的修改已另存为 {kept_at}，改正后可复制回去" if kept_at else "而且无法另存您的修改（磁盘已满或没有写权限），请先在编辑器中复制保存"
    if isinstance(exc, JianggaoError):
        return FragmentError(f"修改没有保存：{exc.message}", location=exc.location or (Location(kept_at) if kept_at else None), hint=f"{unchanged}；{kept}")
    if isinstance(exc, KeyboardInterrupt):
        return FragmentError("已取消，修改没有保存", hint=f"{unchanged}；{kept}")
    if isinstance(exc, OSError):
        return FragmentError(f"修改没有保存：无法写入 {target.path}（{os_reason(exc)}）", hint=f"{unchanged}；{kept}")
    return FragmentError(
        f"修改没有保存：内部错误（{type(exc).__name__}：{' '.join(str(exc).split())[:120]}）",
        hint=f"{unchanged}；{kept}。这是 jianggao 的缺陷，请报告给开发者",
    )


def _library_busy(folder: Path) -> FragmentError:
    return FragmentError(f"素材库 {folder} 正被另一个 jianggao 写入", hint="请稍后重试")


def _write_locked(target: EditTarget, body: str, fragment_id: str, expected: str | None) -> tuple[Path, list[str]]:
    """Under the lock: re-read the file, re-locate the fragment, refuse if it changed since the
    editor opened (``expected``: its text then; None for a new fragment or an override), then write."""
    try:
        target.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FragmentError(f"无法创建素材库文件夹 {target.path.parent}（{os_reason(exc)}）", hint="请检查路径和权限，或用 --fragments 指定另一个文件夹") from None
    # two saves (two ``fragments edit`` at once) take turns instead of interleaving
    with folder_lock(target.path.parent, lambda: _library_busy(target.path.parent)):
        text = _splice(target, body, fragment_id, expected)
        # The rewritten file must still read back with the fragment in it exactly once.
        found = [e.id for e in scan_text(text, target.path, target.path.parent, False)]
        if found.count(fragment_id) != 1:
            raise FragmentError(f"写入后素材“{fragment_id}”出现了 {found.count(fragment_id)} 次", location=Location(target.path), hint="请检查文件")
        write_atomic(target.path, text.encode("utf-8"))
    scanned = scan_text(text, target.path, target.path.parent, False)
    saved = next(e for e in scanned if e.id == fragment_id)
    warnings = [str(p) for p in entry_problems(saved) if p.warning]
    return target.path, warnings


def _splice(target: EditTarget, body: str, fragment_id: str, expected: str | None) -> str:
    """The library file as it is now, with ``body`` put in place of the fragment (or appended)."""
    path = target.path
    existing = read_text(path, FragmentError).replace("\r\n", "\n") if os.path.lexists(path) else ""
    entries = scan_text(existing, path, path.parent, False) if existing.strip() else []
    if existing.strip() and not is_standard_layout(existing):
        raise FragmentError(
            f"素材文件 {path} 不是标准写法（每个素材应以顶格的“- id:”开头），无法自动写入",
            location=Location(path),
            hint="请直接用编辑器修改这个文件，改完后运行 jianggao fragments check",
        )
    current = [e for e in entries if e.id == fragment_id]
    if expected is None:  # a new fragment, or a built-in one's override: appended
        if current:
            raise FragmentError(
                f"素材“{fragment_id}”在您编辑期间已被写入 {path}",
                location=current[0].location,
                hint="",
            )
        if not existing.strip():
            existing = f"# {kind_of(fragment_id)} 素材\n"
        return existing.rstrip("\n") + "\n\n" + body
    if len(current) != 1 or current[0].chunk is None:
        raise FragmentError(
            f"您编辑期间，素材“{fragment_id}”已从 {path} 中删除、改了编号或出现了多次",
            location=Location(path),
            hint="",
        )
    entry = current[0]
    if entry.chunk.rstrip() != expected.rstrip():
        raise FragmentError(
            f"您编辑期间，素材“{fragment_id}”已被修改（可能在另一个窗口同时编辑）",
            location=entry.location,
            hint="",
        )
    lines = existing.split("\n")
    new_lines = body.rstrip("\n").split("\n")
    return "\n".join(lines[: entry.line - 1] + new_lines + lines[entry.end_line :])
