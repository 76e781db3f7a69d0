"""Writing drafts: atomically, all of a batch or none of it, and only inside the chosen output folder.

Every file is written to a temporary of our own naming beside it
(``.jianggao-tmp-PID-N-name.tmp``: a prefix no writer would choose, and a suffix no reader of
specs, fragments or drafts picks up) and renamed into place. A batch writes all its temporaries before renaming any, so a
failure while writing (a full disk, a destination that is a folder) changes nothing.
Temporaries are removed on any failure and on SIGTERM/SIGHUP (see ``cli.main``);
those a killed run left behind (their process is gone) are swept the next time we write
into that folder. Nothing else there is ever removed.

A file in a folder that two jianggao processes may rewrite at once (an output folder's
record, a fragment library's file) is re-read and rewritten under ``folder_lock``.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from .errors import JianggaoError, OutputError, os_reason


def ensure_output_dir(folder: Path) -> Path:
    """Create ``folder`` if needed and check that it can be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"输出位置 {folder} 是一个文件，不是文件夹", hint="请用 -o 指定一个文件夹") from None
    except OSError as exc:
        raise OutputError(f"无法创建输出文件夹 {folder}（{os_reason(exc)}）", hint="请检查路径和权限，或用 -o 换一个文件夹") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"输出文件夹 {folder} 不可写", hint="请检查权限，或用 -o 换一个文件夹")
    return folder


def output_path(folder: Path, name: str) -> Path:
    """``folder/name``, refusing names that would leave ``folder``."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\x00" in name:
        raise OutputError(f"输出文件名“{name}”无效", hint="文件名不能包含路径分隔符")
    return folder / name


def check_destination(path: Path) -> None:
    """Refuse a destination no file can replace: a folder, a dangling or looping link."""
    try:
        path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"无法访问 {path}（{os_reason(exc)}）", hint="请检查路径和权限") from None
    if os.path.isdir(path):
        raise OutputError(f"{path} 是一个文件夹，无法写入同名文件", hint="请改名或移走该文件夹，或用 -o 换一个输出文件夹")
    if path.is_symlink():
        try:
            path.stat()
        except OSError:
            raise OutputError(
                f"{path} 是一个失效的链接（指向不存在的文件，或链接成环）", hint="请删除这个链接后重试"
            ) from None


# --- temporaries ----------------------------------------------------------------

_temp_counter = itertools.count()
_live_temps: set[Path] = set()  # ours, not yet renamed: removed on failure and on signals
TEMP_PREFIX = ".jianggao-tmp-"
_TEMP_NAME = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-\d+-.*\.tmp$")
STALE_AGE_SECONDS = 24 * 3600  # a temporary this old is stale whoever wrote it (a reused PID aside)


def _temp_for(path: Path) -> Path:
    return path.parent / f"{TEMP_PREFIX}{os.getpid()}-{next(_temp_counter)}-{path.name}.tmp"


def remove_live_temporaries() -> None:
    """Remove the temporaries this process has not renamed yet (on a signal, at exit)."""
    for tmp in list(_live_temps):
        with contextlib.suppress(OSError):
            tmp.unlink()
        _live_temps.discard(tmp)


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # where os.kill(pid, 0) would end the process, not ask after it
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: someone else's live process
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() != 87  # ERROR_INVALID_PARAMETER: no such process (denied: it exists)
    try:
        code = wintypes.DWORD()
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _sweep(folder: Path, name: re.Pattern[str], want_dir: bool, remove: Callable[[str], None]) -> list[Path]:
    """Remove the entries of ``folder`` (files, or folders with ``want_dir``) whose names match ``name``
    and that are ours and stale: the process id in the name (group 1, if matched) is gone, or a day old."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        m = name.match(entry.name)
        if not m:
            continue
        try:
            is_kind = entry.is_dir(follow_symlinks=False) if want_dir else entry.is_file(follow_symlinks=False)
            if not is_kind:
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AGE_SECONDS
            if old or (m.group(1) is not None and not pid_alive(int(m.group(1)))):
                remove(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def sweep_stale_temporaries(folder: Path) -> list[Path]:
    """Remove ``.jianggao-tmp-PID-N-name.tmp`` files of ours in ``folder`` whose process is gone (or a day old)."""
    return _sweep(folder, _TEMP_NAME, False, os.unlink)


def _write_temp(path: Path, data: bytes) -> Path:
    tmp = _temp_for(path)
    try:
        # O_EXCL: never follow or reuse someone else's file; mode 0666 less umask like any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise OutputError(f"无法在 {path.parent} 中写入文件（{os_reason(exc)}）", hint=_hint(exc, "请检查权限，或用 -o 换一个文件夹")) from None
    _live_temps.add(tmp)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"无法写入 {path}（{os_reason(exc)}）", hint=_hint(exc, "请检查磁盘和权限后重试")) from None
        raise
    return tmp


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
    _live_temps.discard(tmp)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never half a file."""
    write_all([(path, data)])


def write_all(outputs: Sequence[tuple[Path, bytes]], done: list[Path] | None = None) -> None:
    """Write every ``(path, data)``: all temporaries first, then the renames, so a failure
    while writing (disk full, a folder in the way) leaves every destination as it was.
    Each path is appended to ``done`` once it is in place (for an interruption to report)."""
    for folder in dict.fromkeys(path.parent for path, _ in outputs):
        sweep_stale_temporaries(folder)
    for path, _ in outputs:
        check_destination(path)
    temps: list[Path] = []
    try:
        for path, data in outputs:
            temps.append(_write_temp(path, data))
    except BaseException:
        for tmp in temps:
            _discard(tmp)
        raise
    done = [] if done is None else done
    start = len(done)
    try:
        for tmp, (path, _) in zip(temps, outputs, strict=True):
            os.replace(tmp, path)
            _live_temps.discard(tmp)
            done.append(path)
    except OSError as exc:
        for tmp in temps:
            _discard(tmp)
        # hidden files are our own bookkeeping (the output record), not the writer's drafts
        shown = [p.name for p in done[start:] if not p.name.startswith(".")]
        written = f"（已写入 {'、'.join(shown)}）" if shown else ""
        raise OutputError(
            f"无法写入 {path}（{os_reason(exc)}）{written}", hint=_hint(exc, "文件可能被其他程序占用，请关闭后重试")
        ) from None


_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _hint(exc: OSError, otherwise: str) -> str:
    return "请清理磁盘空间后重试，没有写入任何文件" if exc.errno in _NO_SPACE else otherwise


def temporary_folder_prefix(kind: str) -> str:
    """The prefix of a temporary folder of ours (``jianggao-lo-profile-PID-``): the PID lets a later run
    tell a live one from one a killed run left behind."""
    return f"{kind}-{os.getpid()}-"


def sweep_stale_folders(parent: Path, kind: str) -> list[Path]:
    """Remove folders ``kind-PID-*`` in ``parent`` whose process is gone, and ``kind*`` ones a day old."""
    import shutil

    pattern = re.compile(rf"^{re.escape(kind)}(?:-(\d+)-)?")
    return _sweep(parent, pattern, True, lambda path: shutil.rmtree(path, ignore_errors=True))


# --- taking turns -----------------------------------------------------------------

LOCK_NAME = ".jianggao-lock"
LOCK_WAIT_SECONDS = 10.0

if os.name == "nt":
    import msvcrt

    _LOCK_BUSY = {errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _still_named(fd: int, path: Path) -> bool:
        return True  # Windows neither removes nor renames a file someone has open

    def _release(fd: int, path: Path) -> None:
        # Windows removes no file that is open: remove it once closed, unless a waiter has it open.
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)

else:
    import fcntl

    _LOCK_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _still_named(fd: int, path: Path) -> bool:
        """Whether ``path`` is still the file locked through ``fd`` (not removed by its last holder)."""
        try:
            held, named = os.fstat(fd), os.stat(path)
        except OSError:
            return False
        return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)

    def _release(fd: int, path: Path) -> None:
        # Removed while still held: a waiter that opened it finds it gone from the folder and starts afresh.
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def _take_lock(path: Path, deadline: float, busy: Callable[[], JianggaoError]) -> int | None:
    """The open, locked ``path`` (None: this folder cannot hold a lock); ``busy()`` raised after ``deadline``."""
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except OSError:  # a read-only folder: the write itself will say what is wrong
            return None
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in _LOCK_BUSY:  # a file system without locks
                return None
        else:
            if _still_named(fd, path):
                return fd
            os.close(fd)  # the holder before us removed it as we opened it: take the one there now
        if time.monotonic() > deadline:
            raise busy() from None
        time.sleep(0.02)


@contextlib.contextmanager
def folder_lock(folder: Path, busy: Callable[[], JianggaoError]) -> Iterator[None]:
    """Hold ``folder``'s lock, so that two jianggao processes re-reading and rewriting a file there
    take turns instead of one losing the other's change.

    The lock is the operating system's (``fcntl`` on POSIX, ``msvcrt`` on Windows) on the file
    ``folder/.jianggao-lock``: a process that dies, however it dies, lets go of it, so a lock is
    never stale; the file itself is removed by the holder when done (a killed one's by the next).
    Held by another process for more than ``LOCK_WAIT_SECONDS``, ``busy()`` is raised. A folder
    that cannot hold a lock (read-only, a file system without locks) is used unlocked.
    """
    path = folder / LOCK_NAME
    fd = _take_lock(path, time.monotonic() + LOCK_WAIT_SECONDS, busy)
    try:
        yield
    finally:
        if fd is not None:
            _release(fd, path)
