"""Never clobber what the writer touched: the one rule for every output a build replaces.

A destination is refused (exit 1, nothing of the batch written) when it is open in
Word, WPS or LibreOffice (their lock files sit beside it), read-only, or, unless
``--force``, changed since jianggao wrote it or not written by jianggao at all.

Whether a file is as jianggao wrote it:

- a .docx carries its own fingerprint (``writers.docx.guard``);
- a text file (.txt, .md) or a PDF has no room for one, so each output folder keeps
  a record, ``.jianggao-outputs.json``: the SHA-256 of every such file jianggao wrote
  there. The record is written in the same all-or-nothing batch as the outputs, and
  renamed into place first, naming both the old and the new hash of each file being
  replaced; once every file is in place it is written again with the new hashes only.
  An interruption in between therefore never makes a file of ours look edited.
  A build reads the record once, to check and to update it, under the folder's lock
  (``output_files.folder_lock``), so two builds into one folder at once take turns and
  neither loses the other's files from the record.

A file that already holds exactly the bytes about to be written loses nothing and is
replaced whatever its state. Otherwise a file the record does not name (a first build
into a folder that already has a file of that name, a record deleted by hand, an
output of a jianggao from before the record) is refused as not ours, as a .docx
without a fingerprint is: like other generators, we never guess that a file we did
not record is ours to replace.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .errors import JianggaoError, OutputError
from .output_files import LOCK_WAIT_SECONDS, folder_lock, write_all
from .output_files import check_destination as check_replaceable

MANIFEST_NAME = ".jianggao-outputs.json"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
_HASHES_KEPT = 2  # while files are replaced: the new hash and the one before

Records = dict[Path, dict[str, list[str]]]  # folder → its record, each read once


def lock_files(path: Path) -> list[Path]:
    """Lock files Word/WPS (``~$name``) and LibreOffice (``.~lock.name#``) keep beside an open file."""
    name = path.name
    # Word shortens long names: ~$ replaces the first one or two characters.
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [path.with_name(c) for c in sorted(candidates) if path.with_name(c).exists()]


def _stamped(path: Path) -> bool:
    """Whether the file carries its own fingerprint (and so needs no record)."""
    return path.suffix.lower() == ".docx"


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return "sha256:" + hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


# --- the record --------------------------------------------------------------


def _read_record(folder: Path) -> dict[str, list[str]]:
    """name → the hashes of what jianggao wrote there (newest first); empty if missing or unreadable."""
    from .text_files import read_user_bytes

    path = folder / MANIFEST_NAME
    try:
        files = json.loads(read_user_bytes(path, limit=MAX_MANIFEST_BYTES)).get("files", {})
    except (OSError, ValueError, AttributeError, JianggaoError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(k): [h for h in v if isinstance(h, str)] for k, v in files.items() if isinstance(v, list)}


def _record(folder: Path, records: Records) -> dict[str, list[str]]:
    if folder not in records:
        records[folder] = _read_record(folder)
    return records[folder]


def _recorded_state(path: Path, records: Records) -> str:
    """``ours``, ``edited`` or ``foreign`` for a file without a fingerprint, by the folder's record."""
    hashes = _record(path.parent, records).get(path.name)
    if not hashes:
        return "foreign"
    return "ours" if _file_digest(path) in hashes else "edited"


@contextlib.contextmanager
def record_lock(folder: Path) -> Iterator[Records]:
    """Hold ``folder``'s lock while its record is read (once, into the ``Records`` yielded) and
    rewritten: another jianggao writing there waits its turn."""

    def busy() -> OutputError:
        return OutputError(
            f"输出文件夹 {folder} 正被另一个 jianggao 写入，等了 {LOCK_WAIT_SECONDS:.0f} 秒仍未完成，没有写入任何文件",
            hint="请等另一个生成完成后重试；如果一直这样，请检查是否有卡住的 jianggao 进程并结束它",
        )

    with folder_lock(folder, busy):
        yield {}


def record_updates(
    outputs: Sequence[tuple[Path, bytes]], *, settled: bool, records: Records | None = None
) -> list[tuple[Path, bytes]]:
    """The record files to write with ``outputs``: before they are renamed into place (each file's
    old hash kept beside its new one), or once they are (``settled``: the new hash only).
    Names whose files are gone are dropped. ``records`` (read once, under ``record_lock``) is
    updated to what is written."""
    records = {} if records is None else records
    by_folder: dict[Path, dict[str, str]] = {}
    for path, data in outputs:
        if not _stamped(path):
            by_folder.setdefault(path.parent, {})[path.name] = digest(data)
    updates = []
    for folder, new in by_folder.items():
        old = _record(folder, records)
        files = {name: hashes for name, hashes in old.items() if name in new or (folder / name).is_file()}
        for name, hash_ in new.items():
            kept = [] if settled else [h for h in files.get(name, []) if h != hash_]
            files[name] = [hash_, *kept][:_HASHES_KEPT]
        if files != old or not (folder / MANIFEST_NAME).is_file():
            text = json.dumps({"jianggao": "输出文件记录：jianggao 生成的文件的哈希，用来识别手工修改。请勿编辑", "files": dict(sorted(files.items()))}, ensure_ascii=False, indent=1)
            updates.append((folder / MANIFEST_NAME, (text + "\n").encode("utf-8")))
        records[folder] = files
    return updates


def _rewritten(outputs: Sequence[tuple[Path, bytes]], *, settled: bool) -> None:
    """Update the records of ``outputs``' folders, each under its lock (read afresh: a PDF is
    recorded after LibreOffice's run, which no other build waits for)."""
    for folder in sorted({path.parent for path, _ in outputs}):
        with record_lock(folder) as records:
            write_all(record_updates([o for o in outputs if o[0].parent == folder], settled=settled, records=records))


def expect(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Record ``outputs`` as ours before they are put in place by someone else (LibreOffice's PDFs)."""
    _rewritten(outputs, settled=False)


def settle(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Forget the replaced files' old hashes, once ``outputs`` are in place (best effort: keeping them is safe)."""
    with contextlib.suppress(OutputError):
        _rewritten(outputs, settled=True)


def write_drafts(outputs: Sequence[tuple[Path, bytes]], records: Records, done: list[Path] | None = None) -> None:
    """Write ``outputs`` all or none (``output_files.write_all``) and record them as ours, under
    ``record_lock`` (whose ``records`` they are checked against)."""
    write_all([*record_updates(outputs, settled=False, records=records), *outputs], done)
    with contextlib.suppress(OutputError):  # best effort: keeping the old hashes is safe
        write_all(record_updates(outputs, settled=True, records=records))


# --- the rule ------------------------------------------------------------------


def check_destination(path: Path, data: bytes | None = None, *, force: bool, records: Records | None = None) -> None:
    """Raise ``OutputError`` if writing ``data`` (None: not known yet, as for a PDF) to ``path``
    would lose the writer's work or cannot succeed."""
    locks = lock_files(path)
    if locks:
        raise OutputError(
            f"{path} 正在被 Word 或其他程序打开（发现锁文件 {locks[0].name}），未覆盖",
            hint="请关闭该文件后重试；如确认没有打开，请删除这个锁文件",
        )
    if not os.path.lexists(path):
        return
    check_replaceable(path)  # a folder, a dangling or looping link
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise OutputError(f"{path} 是只读文件，未覆盖", hint="请取消只读属性后重试，或用 -o 换一个输出文件夹")
    if force or (data is not None and _same_bytes(path, data)):
        return
    if _stamped(path):
        from .writers.docx.guard import draft_state

        state = draft_state(path)
    else:
        state = _recorded_state(path, {} if records is None else records)
    if state == "edited":
        raise OutputError(
            f"{path} 在生成后被手工修改过，为保护修改未覆盖",
            hint="请先把它改名或移走，或用 -o 输出到别的文件夹；如确需重新生成并丢弃这些修改，请加 --force",
        )
    if state == "foreign":
        why = "或已被其他软件另存" if _stamped(path) else f"文件夹里的生成记录 {MANIFEST_NAME} 中没有它"
        raise OutputError(
            f"{path} 已存在，但不是 jianggao 生成的文件（{why}），未覆盖",
            hint="请先把它改名或移走，或用 -o 输出到别的文件夹；如确需覆盖，请加 --force",
        )


def check_destinations(outputs: Iterable[tuple[Path, bytes | None]], *, force: bool, records: Records) -> None:
    """Check every destination before anything is written, so a refusal leaves the batch untouched
    (under ``record_lock``, whose ``records`` are then updated by ``write_drafts``)."""
    for path, data in outputs:
        check_destination(path, data, force=force, records=records)
