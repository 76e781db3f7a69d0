"""LibreOffice headless, as the PDF writer and the .doc/.wps reader run it.

One place finds the executable ($JIANGGAO_SOFFICE, PATH, the usual install
places), runs it in a process group of its own (a timeout stops all of it)
and gives each run a private, throwaway user profile, so that it neither
collides with a LibreOffice the user has open nor leaves anything behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import IO

# Point at a LibreOffice that is not on PATH (e.g. on macOS or Windows).
SOFFICE_ENV = "JIANGGAO_SOFFICE"

INSTALL_HINT = (
    "请先安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui；"
    "其他系统从 libreoffice.org 下载），或用环境变量 JIANGGAO_SOFFICE 指定 soffice 的路径"
)

_WELL_KNOWN_LOCATIONS = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice executable: $JIANGGAO_SOFFICE, then PATH, then the usual install places."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return configured if os.path.isfile(configured) and os.access(configured, os.X_OK) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _WELL_KNOWN_LOCATIONS if os.path.isfile(p)), None)


PROFILE_KIND = "jianggao-lo-profile"  # in the temporary folder; a later run sweeps those a killed run left


def new_profile() -> Path:
    """A fresh user-profile folder for one run (the caller removes it); stale ones of ours are swept first."""
    from .output_files import sweep_stale_folders, temporary_folder_prefix

    sweep_stale_folders(Path(tempfile.gettempdir()), PROFILE_KIND)
    return _without_render_self_test(Path(tempfile.mkdtemp(prefix=temporary_folder_prefix(PROFILE_KIND))))


def reusable_profile() -> tuple[Path, IO[bytes] | None]:
    """The LibreOffice user profile for one conversion, and the lock that holds it (None: throw it away).

    LibreOffice builds a profile on its first start, which costs a few percent of a
    batch. The profile kept in the user's cache folder is reused by one conversion at
    a time (an exclusive lock); when it is busy or cannot be kept, a fresh one is made.
    """
    from .library_paths import cache_folder

    try:
        import fcntl
    except ImportError:  # not on POSIX: a fresh profile each time
        fcntl = None  # type: ignore[assignment]
    if fcntl is not None:
        try:
            root = cache_folder()
            kept = root / "libreoffice-profile"
            kept.mkdir(parents=True, exist_ok=True)
            lock = (root / "libreoffice-profile.lock").open("ab")
        except (OSError, RuntimeError):  # RuntimeError: no home directory
            pass
        else:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return _without_render_self_test(kept), lock
            except OSError:  # another conversion is using it
                lock.close()
    return new_profile(), None


# LibreOffice (7.2 and later) draws about a hundred test pictures at every start until the
# profile records that this version has started before, which a headless run never records:
# about as long as converting ten short drafts. The record is the last version seen; one
# no release reaches stops the tests for good. They only check the screen's drawing
# backend, so the PDF is the same byte for byte (but its dates).
_LAST_VERSION_ITEM = (
    '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
    "<value>9999.9</value></prop></item>"
)
_REGISTRY_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
)
_REGISTRY_END = "</oor:items>"
_MAX_REGISTRY_BYTES = 16 * 1024 * 1024  # LibreOffice's is a few kilobytes


def _without_render_self_test(profile: Path) -> Path:
    """``profile`` with the record that stops LibreOffice's start-up drawing tests (see above).

    The profile is ours alone (fresh, or the kept one under its lock). A registry file that
    cannot be read or written, or does not end as LibreOffice writes it, is left alone: the
    tests then only cost time.
    """
    from .errors import JianggaoError
    from .output_files import write_atomic
    from .text_files import read_user_bytes

    registry = profile / "user" / "registrymodifications.xcu"
    with contextlib.suppress(OSError, UnicodeDecodeError, JianggaoError):
        if registry.is_file():
            text = read_user_bytes(registry, limit=_MAX_REGISTRY_BYTES).decode("utf-8")
            if "ooSetupLastVersion" in text or not text.rstrip().endswith(_REGISTRY_END):
                return profile
            head = text.rstrip()[: -len(_REGISTRY_END)]
            updated = f"{head}{_LAST_VERSION_ITEM}\n{_REGISTRY_END}\n"
        elif not registry.exists():
            registry.parent.mkdir(parents=True, exist_ok=True)
            updated = f"{_REGISTRY_START}{_LAST_VERSION_ITEM}\n{_REGISTRY_END}\n"
        else:
            return profile
        write_atomic(registry, updated.encode("utf-8"))
        os.chmod(registry, 0o600)  # private, as LibreOffice keeps it (it lists recent files)
    return profile


def headless_command(soffice: str, profile: Path) -> list[str]:
    """The start of a LibreOffice command line that runs with ``profile`` and no window."""
    return [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck"]


def run_soffice(command: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    """Run LibreOffice in its own process group so a timeout can stop all of it."""
    popen_options: dict = {"start_new_session": True} if os.name == "posix" else {}
    with subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        **popen_options,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except BaseException:  # a timeout, or an interruption (Ctrl+C, SIGTERM): stop all of LibreOffice
            with contextlib.suppress(OSError):
                if os.name == "posix":
                    os.killpg(process.pid, signal.SIGKILL)
                else:
                    process.kill()
            process.communicate()
            raise
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def last_line(output: bytes) -> str:
    """The last useful line of LibreOffice's output (for an error message)."""
    lines = [line.strip() for line in output.decode("utf-8", "replace").splitlines()]
    useful = [line for line in lines if line and "javaldx" not in line]
    return useful[-1] if useful else ""
