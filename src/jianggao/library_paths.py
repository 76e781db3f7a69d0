"""Where the template and fragment libraries live, and the one rule for searching them.

Both kinds of library are searched the same way. In override order, weakest
first: the built-in library; the ``templates/`` (``fragments/``) folder beside
the spec (or the current folder); the folders in ``JIANGGAO_TEMPLATES``
(``JIANGGAO_FRAGMENTS``), separated like PATH; then each ``--templates``
(``--fragments``) folder in the order given. A template or fragment found in a
later folder overrides one of the same name in an earlier folder, so the last
``--templates``/``--fragments`` folder given wins.

In a source checkout or editable install the built-in libraries are the
repository's top-level folders; in an installed wheel they travel as
``jianggao/_builtin/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from .errors import FragmentError, JianggaoError, TemplateError

LibraryKind = Literal["templates", "fragments"]

_PACKAGE_DIR = Path(__file__).resolve().parent
ENV_VARS: dict[LibraryKind, str] = {"templates": "JIANGGAO_TEMPLATES", "fragments": "JIANGGAO_FRAGMENTS"}
_ERRORS: dict[LibraryKind, tuple[type[JianggaoError], str]] = {
    "templates": (TemplateError, "模板文件夹"),
    "fragments": (FragmentError, "素材库文件夹"),
}


def builtin_dir(kind: LibraryKind) -> Path:
    """The built-in ``templates`` or ``fragments`` folder."""
    packaged = _PACKAGE_DIR / "_builtin" / kind
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / kind


def user_dirs(kind: LibraryKind, given: Iterable[Path] = ()) -> list[Path]:
    """The user's own folders of ``kind``: the environment variable's, then ``given`` (the options')."""
    from_env = [Path(p) for p in os.environ.get(ENV_VARS[kind], "").split(os.pathsep) if p]
    return from_env + [Path(d) for d in given]


def search_path(kind: LibraryKind, given: Iterable[Path] = (), spec_dir: Path | None = None) -> list[Path]:
    """Every folder of ``kind`` in override order (weakest first; see the module docstring)."""
    error, noun = _ERRORS[kind]
    dirs = [builtin_dir(kind)]
    if spec_dir is not None and (spec_dir / kind).is_dir():
        dirs.append(spec_dir / kind)
    for folder in user_dirs(kind, given):
        if not folder.is_dir():
            option = f"--{kind}"
            raise error(f"{noun} {folder} 不存在", hint=f"请检查 {option} 或环境变量 {ENV_VARS[kind]} 中的路径")
        dirs.append(folder)
    unique: dict[Path, Path] = {}
    for folder in dirs:  # the same folder twice keeps its last (strongest) place
        resolved = folder.resolve()
        unique.pop(resolved, None)
        unique[resolved] = folder
    return list(unique.values())


def is_within(path: Path, folder: Path) -> bool:
    """True when ``path`` (resolved) lies inside ``folder`` (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def cache_folder() -> Path:
    """jianggao's folder in the user's cache ($XDG_CACHE_HOME or ~/.cache); RuntimeError without a home."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jianggao"
