"""A .docx's fingerprint: whether it is as jianggao wrote it, edited since, or not ours.

Every .docx jianggao writes carries a fingerprint: a hash of all its parts
except ``docProps/custom.xml``, stored in that part as the custom document
property ``jianggao-fingerprint``. Word keeps custom properties when it saves,
but rewrites the document parts, so on the next build a mismatch means the file
was opened and saved (edited) since jianggao wrote it. What is then refused, and
when, is the rule of every output format (``output_guard``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ...ooxml import CUSTOM_PROPS, VT, OoxmlError, Package, parse_xml

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
