"""``fragments check``: every problem of every library in use, one line each.

Errors make a fragment unusable (YAML, unknown keys, duplicate or bad ids,
Jinja syntax, variables the text uses but nobody declares, empty text, a
quotation without its source); a declared variable the text never uses is a
warning. Both are reported; either makes ``check`` exit 1.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import JianggaoError, Location
from ..records import record
from ..render.context_names import CONTEXT_NAMES
from ..render.jinja_env import names_read
from .library import Entry, Fragment, FragmentLibrary, load_library, preview_values, render_entry


@record(frozen=True)
class Problem:
    message: str
    location: Location | None = None
    warning: bool = False

    def __str__(self) -> str:
        label = "提醒" if self.warning else "错误"
        return f"{label}：{self.location}：{self.message}" if self.location else f"{label}：{self.message}"


def problem_of(error: JianggaoError) -> Problem:
    message = error.message
    if error.hint:
        message += error.hint if message.endswith(("。", "！", "？")) else f"。{error.hint}"
    return Problem(message, error.location)


def entry_problems(entry: Entry) -> list[Problem]:
    """What is wrong with one fragment (parse, compile, variables)."""
    try:
        frag = entry.fragment()
        # Text without any Jinja ({{ }}, {% %}, {# #}) prints as written: nothing to compile or try.
        plain = "{" not in frag.text
        if not plain:
            entry.template()
    except JianggaoError as exc:
        return [problem_of(exc)]
    problems = []
    used = set() if plain else names_read(frag.text)
    for name in sorted(used - set(frag.variables) - set(CONTEXT_NAMES)):
        problems.append(
            Problem(
                f"素材“{entry.id}”用到了变量“{name}”，但没有在 variables 中声明",
                entry.text_location(),
            )
        )
    if not problems and not plain:  # an undeclared name would fail the trial render too: say it once
        problems += _trial_render(entry, frag)
    doc, path = entry.located()
    for name in sorted(set(frag.variables) - used):
        problems.append(
            Problem(
                f"素材“{entry.id}”声明了变量“{name}”，但正文没有用到",
                doc.where((*path, "variables", name), key=True),
                warning=True,
            )
        )
    return problems


def _trial_render(entry: Entry, frag: Fragment) -> list[Problem]:
    """Render the fragment as ``fragments show`` does (defaults, else 【placeholders】), so what would
    fail in ``build`` (a division by zero, an include, a huge repetition, an endless loop) fails here.
    A failure is an error when every variable had a real value, else a warning: the placeholder
    text may be what made it fail."""
    try:
        render_entry(entry, preview_values(frag), None)
    except JianggaoError as exc:
        guessed = any(not var.has_default for var in frag.variables.values())
        problem = problem_of(exc)
        if guessed:
            return [Problem(f"{problem.message}（用示例值试渲染时；变量没有默认值）", problem.location, warning=True)]
        return [problem]
    return []


@record
class CheckReport:
    library: FragmentLibrary
    problems: list[Problem]
    checked: int

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if not p.warning)


def check_libraries(dirs: list[Path]) -> CheckReport:
    collected: list[JianggaoError] = []
    library = load_library(dirs, collected)
    problems = [problem_of(exc) for exc in collected]
    entries = library.all_entries()
    for entry in entries:
        problems.extend(entry_problems(entry))
    return CheckReport(library, problems, len(entries))
