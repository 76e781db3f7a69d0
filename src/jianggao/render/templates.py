"""Finding speech templates in the template libraries.

Templates are ``NAME.j2`` files, searched by the one rule of
``library_paths.search_path`` (a later folder overrides an earlier one).
Files whose names start with ``_`` (``_base.j2``) are building blocks, not
listed. A template's first line is a Jinja comment holding its one-line
description: ``{#- 推进会讲话：… -#}``. A ``names`` comment gives the Chinese names
a writer may use for it wherever a template is named (``template: 推进会``,
``jianggao new 推进会``)::

    {#- names: 推进会 推进会讲话 -#}      (separated by spaces; a full-width colon is read too)

It may go on with a ``mine`` header,
the words by which ``jianggao mine`` recognises a speech of its occasion::

    {#- mine: …
      occasions: 推进会 调度会      (words of a meeting name in the title)
      opening: 这一主题            (patterns in the opening, regular expressions)
      closing: 让我们              (patterns in the closing and thanks line)
      styles: 一方面               (sub-point styles the occasion favours)
      outranks: work-conference    (a template it beats when both fit the title)
      priority: 1                  (which of equally likely templates wins)
    -#}

Everything else ``mine`` needs to know about a template it learns by
rendering it (``render/template_profile.py``).
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path

from ..errors import JianggaoError, Location, TemplateError
from ..library_paths import builtin_dir
from ..records import fields, record
from ..text_files import read_user_bytes

TEMPLATE_SUFFIX = ".j2"
STARTER_SUFFIX = ".yaml"
# Compiled on first use (re caches them): rendering reads neither header.
_DESCRIPTION = r"\{#-?\s*(.*?)\s*-?#\}"
_MINE_HEADER = r"\{#-?\s*mine:[^\n]*\n(.*?)-?#\}"
_NAMES = r"\{#-?\s*names[:：]([^\n]*?)-?#\}"
_HEADER_BYTES = 4096  # the header sits at the top of the file


@record(frozen=True)
class MineHints:
    """The words of a template's ``mine`` header (see the module docstring)."""

    occasions: tuple[str, ...] = ()
    opening: tuple[re.Pattern[str], ...] = ()
    closing: tuple[re.Pattern[str], ...] = ()
    styles: tuple[str, ...] = ()
    outranks: tuple[str, ...] = ()
    priority: int = 0


_HINT_KEYS = tuple(f.name for f in fields(MineHints))


def read_mine_hints(path: Path, head: str) -> MineHints:
    """The ``mine`` header in ``head``, the top of the template at ``path`` (empty hints when it has none)."""
    m = re.search(_MINE_HEADER, head, re.S)
    if not m:
        return MineHints()
    first_line = head.count("\n", 0, m.start(1)) + 1
    values: dict[str, object] = {}
    for offset, line in enumerate(m.group(1).splitlines()):
        if not line.strip():
            continue
        key, sep, words = line.strip().partition(":")
        where = Location(path, first_line + offset)
        if not sep or key not in _HINT_KEYS:
            raise TemplateError(
                f"模板的 mine 说明中有无法识别的一行：“{line.strip()}”",
                location=where,
                hint="每行写成“项目: 词 词 …”，可用的项目：" + "、".join(_HINT_KEYS),
            )
        items = words.split()
        if key == "priority":
            if len(items) != 1 or not items[0].lstrip("-").isdigit():
                raise TemplateError("mine 说明中的 priority 应是一个整数", location=where, hint="如 priority: 1")
            values[key] = int(items[0])
        elif key in ("opening", "closing"):
            try:
                values[key] = tuple(re.compile(item) for item in items)
            except re.error as exc:
                raise TemplateError(f"mine 说明中的 {key} 不是有效的正则表达式（{exc}）", location=where, hint="请修改这一行") from None
        else:
            values[key] = tuple(items)
    return MineHints(**values)  # type: ignore[arg-type]


@record(frozen=True)
class TemplateInfo:
    """A template file found on the search path; its header is read only when asked for
    (a batch or a live preview finds the template once per spec and never shows it)."""

    name: str
    path: Path
    builtin: bool

    @cached_property
    def header(self) -> str:
        """The top of the file, where its description and names are (empty when unreadable)."""
        try:
            return read_user_bytes(self.path, limit=_HEADER_BYTES, head=True).decode("utf-8", "ignore")
        except JianggaoError:
            return ""

    @cached_property
    def description(self) -> str:
        """The one-line description in the template's first comment (``jianggao templates``)."""
        m = re.match(_DESCRIPTION, self.header.split("\n", 1)[0].strip())
        return m.group(1) if m else ""

    @cached_property
    def chinese_names(self) -> tuple[str, ...]:
        """The Chinese names of its ``names`` comment, by which a writer may name it too."""
        m = re.search(_NAMES, self.header)
        return tuple(dict.fromkeys(m.group(1).split())) if m else ()

    @property
    def label(self) -> str:
        """``advancement（推进会）``: how a listing names it."""
        return f"{self.name}（{'、'.join(self.chinese_names)}）" if self.chinese_names else self.name

    @cached_property
    def mine_hints(self) -> MineHints:
        return read_mine_hints(self.path, self.header)

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
            found[name] = TemplateInfo(name, path, folder.resolve() == builtin)
    return found


def _is_builtin(folder: Path) -> bool:
    builtin = builtin_dir("templates")  # the search path holds it as given here: no resolving then
    return folder == builtin or folder.resolve() == builtin.resolve()


def find_template(name: str, dirs: list[Path]) -> TemplateInfo:
    """The template ``name`` (its file name, or a Chinese name it declares) from the strongest
    folder of ``dirs`` that has it.

    A file name looks up the one file, not the whole listing (a batch or a live preview asks
    once per spec); only a name that is no file name reads the templates' headers.
    """
    file_name = f"{name}{TEMPLATE_SUFFIX}"
    if not name.startswith("_") and Path(file_name).name == file_name:
        for folder in reversed(dirs):
            path = folder / file_name
            if path.exists():
                return TemplateInfo(name, path, _is_builtin(folder))
    templates = list_templates(dirs)
    if name in templates:
        return templates[name]
    claiming = [info for info in templates.values() if name in info.chinese_names]
    if len(claiming) > 1:
        files = "、".join(str(info.path) for info in claiming)
        raise TemplateError(
            f"模板名“{name}”不明确：{files} 都用它作中文名",
            hint=f"请改用模板的英文名（{'、'.join(info.name for info in claiming)}），或删去其中一个模板 names 行中的“{name}”",
        )
    if claiming:
        return claiming[0]
    from ..zh.suggest import suggestion  # the error path only

    names = [*templates, *(n for info in templates.values() for n in info.chinese_names)]
    valid = "、".join(info.label for info in templates.values()) or "（无）"
    raise TemplateError(f"没有名为“{name}”的模板", hint=f"{suggestion(name, names)}可用的模板：{valid}（见 jianggao templates）")
