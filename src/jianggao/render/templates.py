"""Finding speech templates in the template libraries.

Templates are ``NAME.j2`` files, searched by the one rule of
``library_paths.search_path`` (a later folder overrides an earlier one).
Files whose names start with ``_`` (``_base.j2``) are building blocks, not
listed. A template's first line is a Jinja comment holding its one-line
description: ``{#- 推进会讲话：… -#}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import TemplateError
from ..library_paths import builtin_dir

TEMPLATE_SUFFIX = ".j2"
STARTER_SUFFIX = ".yaml"
_DESCRIPTION = re.compile(r"\{#-?\s*(.*?)\s*-?#\}")


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    description: str
    builtin: bool

    @property
    def starter(self) -> Path | None:
        """The commented starter spec shipped beside the template, if any."""
        candidate = self.path.with_suffix(STARTER_SUFFIX)
        return candidate if candidate.is_file() else None


def list_templates(dirs: list[Path]) -> dict[str, TemplateInfo]:
    """Every usable template by name, from the strongest folder of ``dirs`` (a search path) down."""
    found: dict[str, TemplateInfo] = {}
    builtin = builtin_dir("templates").resolve()
    for folder in reversed(dirs):
        for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
            name = path.stem
            if name.startswith("_") or name in found:
                continue
            found[name] = TemplateInfo(name, path, _description(path), folder.resolve() == builtin)
    return found


def _description(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as fh:
            first = fh.readline()
    except (OSError, UnicodeDecodeError):
        return ""
    m = _DESCRIPTION.match(first.strip())
    return m.group(1) if m else ""


def find_template(name: str, dirs: list[Path]) -> TemplateInfo:
    templates = list_templates(dirs)
    if name not in templates:
        valid = "、".join(templates) or "（无）"
        raise TemplateError(f"没有名为“{name}”的模板", hint=f"可用的模板：{valid}（见 jianggao templates）")
    return templates[name]
