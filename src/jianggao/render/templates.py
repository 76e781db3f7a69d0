"""Finding speech templates and building the sandboxed Jinja environment.

Templates are ``NAME.j2`` files. The search path is: ``--templates`` folders
(first given wins), then a ``templates/`` folder next to the spec, then the
built-in library; a template found earlier overrides a built-in one of the
same name. Files whose names start with ``_`` (``_base.j2``) are building
blocks, not listed. A template's first line is a Jinja comment holding its
one-line description: ``{#- 推进会讲话：… -#}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import TemplateError
from ..library_paths import builtin_dir, is_within

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


def search_path(user_dirs: Iterable[Path] = (), spec_dir: Path | None = None) -> list[Path]:
    dirs = [Path(d) for d in user_dirs]
    for d in dirs:
        if not d.is_dir():
            raise TemplateError(f"模板文件夹 {d} 不存在", hint="请检查 --templates 的路径")
    if spec_dir is not None and (spec_dir / "templates").is_dir():
        dirs.append(spec_dir / "templates")
    dirs.append(builtin_dir("templates"))
    return dirs


def list_templates(dirs: list[Path]) -> dict[str, TemplateInfo]:
    """Every usable template by name; earlier folders win."""
    found: dict[str, TemplateInfo] = {}
    builtin = builtin_dir("templates").resolve()
    for folder in dirs:
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


def _bytecode_cache() -> Any:
    """Compiled templates cached on disk, keyed by source checksum (like .pyc files).

    Compiling the templates is most of a cold build's time; a cache that cannot
    be created is simply not used.
    """
    import os

    from jinja2 import FileSystemBytecodeCache

    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jianggao" / "jinja"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(root)) if os.access(root, os.W_OK) else None


def _confined_loader(dirs: list[Path]) -> Any:
    """Jinja's file loader, refusing a template that a link takes outside its folder."""
    from jinja2 import FileSystemLoader

    class ConfinedLoader(FileSystemLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
            source, filename, uptodate = super().get_source(environment, template)
            if not any(is_within(Path(filename), folder) for folder in dirs):
                raise TemplateError(
                    f"模板“{template}”指向模板文件夹之外（{filename}）",
                    hint="模板只能放在模板文件夹中，请不要用链接指向别处",
                )
            return source, filename, uptodate

    return ConfinedLoader([str(d) for d in dirs], encoding="utf-8")


def make_environment(dirs: list[Path], filters: dict[str, Callable[..., Any]], globals_: dict[str, Any]):
    """A sandboxed, strict Jinja environment over ``dirs`` (imported lazily: it is heavy)."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        loader=_confined_loader(dirs),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(filters)
    env.globals.update(globals_)
    return env
