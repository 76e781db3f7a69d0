"""Never clobber a hand-edited draft.

Every .docx jianggao writes carries a fingerprint: a hash of all its parts
except ``docProps/custom.xml``, stored in that part as the custom document
property ``jianggao-fingerprint``. Word keeps custom properties when it saves,
but rewrites the document parts, so on the next build a mismatch means the file
was opened and saved (edited) since jianggao wrote it. ``build`` then refuses
to overwrite it unless ``--force``. A destination that is open in Word or
LibreOffice (their lock files sit next to it) or read-only is refused always.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ...errors import OutputError
from ...ooxml import CUSTOM_PROPS, VT, OoxmlError, Package, parse_xml
from ...output_files import check_destination as check_writable

FINGERPRINT_PROPERTY = "jianggao-fingerprint"
CUSTOM_PART = "docProps/custom.xml"

DraftState = Literal["ours", "edited", "foreign"]


def fingerprint(parts: Iterable[tuple[str, bytes]]) -> str:
    """The hash of a package's parts (by name), leaving out the custom-properties part that stores it."""
    digest = hashlib.sha256()
    for name, data in sorted(parts):
        if name == CUSTOM_PART:
            continue
        digest.update(name.encode("utf-8") + b"\0" + len(data).to_bytes(8, "big"))
        digest.update(data)
    return "sha256:" + digest.hexdigest()


def draft_state(path: Path) -> DraftState:
    """``ours`` if the .docx at ``path`` is exactly as jianggao wrote it, ``edited`` if it was
    changed since, ``foreign`` if jianggao did not write it (or it is not a readable .docx,
    or reading it safely fails: a hostile file is no draft of ours)."""
    try:
        with Package(path) as package:
            stored = _stored_fingerprint(package.part(CUSTOM_PART))
            if stored is None:
                return "foreign"  # without reading the other parts
            parts = [(name, package.part(name) or b"") for name in package.names]
    except OoxmlError:
        return "foreign"
    return "ours" if stored == fingerprint(parts) else "edited"


def _stored_fingerprint(custom_xml: bytes | None) -> str | None:
    if not custom_xml:
        return None
    for prop in parse_xml(custom_xml, CUSTOM_PART).iter(f"{CUSTOM_PROPS}property"):
        if prop.get("name") == FINGERPRINT_PROPERTY:
            value = prop.find(f"{VT}lpwstr")
            return (value.text or "") if value is not None else None
    return None


def lock_files(path: Path) -> list[Path]:
    """Lock files Word/WPS (``~$name``) and LibreOffice (``.~lock.name#``) keep beside an open file."""
    name = path.name
    # Word shortens long names: ~$ replaces the first one or two characters.
    candidates = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [path.with_name(c) for c in sorted(candidates) if path.with_name(c).exists()]


def check_destination(path: Path, *, force: bool) -> None:
    """Raise ``OutputError`` if writing a fresh draft to ``path`` would lose work or cannot succeed."""
    locks = lock_files(path)
    if locks:
        raise OutputError(
            f"{path} 正在被 Word 或其他程序打开（发现锁文件 {locks[0].name}），未覆盖",
            hint="请关闭该文件后重试；如确认没有打开，请删除这个锁文件",
        )
    if not os.path.lexists(path):
        return
    check_writable(path)  # a folder, a dangling or looping link
    mode = path.stat().st_mode
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise OutputError(f"{path} 是只读文件，未覆盖", hint="请取消只读属性后重试，或用 -o 换一个输出文件夹")
    if force:
        return
    state = draft_state(path)
    if state == "edited":
        raise OutputError(
            f"{path} 在生成后被手工修改过，为保护修改未覆盖",
            hint="如确需重新生成并丢弃这些修改，请加 --force；或用 -o 输出到别的文件夹",
        )
    if state == "foreign":
        raise OutputError(
            f"{path} 已存在，但不是 jianggao 生成的文件（或已被其他软件另存），未覆盖",
            hint="如确需覆盖，请加 --force；或用 -o 输出到别的文件夹",
        )


def check_destinations(paths: Iterable[Path], *, force: bool) -> None:
    """Check every destination before anything is written, so a refusal leaves the batch untouched."""
    for path in paths:
        check_destination(path, force=force)
