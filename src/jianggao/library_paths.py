"""Where the built-in libraries (templates/, fragments/) live.

In a source checkout or editable install they are the repository's top-level
folders; in an installed wheel they travel as ``jianggao/_builtin/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def builtin_dir(kind: str) -> Path:
    """The built-in ``templates`` or ``fragments`` folder."""
    packaged = _PACKAGE_DIR / "_builtin" / kind
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / kind


def is_within(path: Path, folder: Path) -> bool:
    """True when ``path`` (resolved) lies inside ``folder`` (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
