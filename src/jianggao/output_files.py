"""Writing drafts: atomically, and only inside the chosen output folder."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from .errors import OutputError


def ensure_output_dir(folder: Path) -> Path:
    """Create ``folder`` if needed and check that it can be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"输出位置 {folder} 是一个文件，不是文件夹", hint="请用 -o 指定一个文件夹") from None
    except OSError as exc:
        raise OutputError(f"无法创建输出文件夹 {folder}（{exc.strerror}）", hint="请检查路径和权限，或用 -o 换一个文件夹") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"输出文件夹 {folder} 不可写", hint="请检查权限，或用 -o 换一个文件夹")
    return folder


def output_path(folder: Path, name: str) -> Path:
    """``folder/name``, refusing names that would leave ``folder``."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        raise OutputError(f"输出文件名“{name}”无效", hint="文件名不能包含路径分隔符")
    return folder / name


_temp_counter = itertools.count()


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never half a file."""
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.{next(_temp_counter)}.tmp"
    try:
        # O_EXCL: never follow or reuse someone else's file; mode 0666 less umask like any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(f"无法在 {folder} 中写入文件（{exc.strerror}）", hint="请检查权限，或用 -o 换一个文件夹") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"无法写入 {path}（{exc.strerror}）", hint="文件可能被其他程序占用，请关闭后重试") from None
