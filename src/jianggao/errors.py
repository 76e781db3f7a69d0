"""The errors a user can cause, and how they read.

Every problem the user can fix (a bad spec, template, fragment, profile or path)
is raised as a ``JianggaoError``. The CLI turns it into one line on stderr and
exit code 1; nothing else is ever shown to the user as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .records import record


@record(frozen=True)
class Location:
    """A place in a user's file: 1-based line and column, either may be unknown."""

    path: Path | str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = str(self.path)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class JianggaoError(Exception):
    """A user error: ``message`` says what is wrong, ``hint`` what to do."""

    def __init__(self, message: str, *, location: Location | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.location}：{self.message}" if self.location else self.message
        if self.hint:
            text += f"。{self.hint}" if not text.endswith(("。", "！", "？")) else self.hint
        return text


class SpecError(JianggaoError):
    """The spec file cannot be read or does not validate."""


class TemplateError(JianggaoError):
    """A template is missing, broken, or fails while rendering."""


class FragmentError(JianggaoError):
    """A fragment library or a fragment reference is wrong."""


class OutputError(JianggaoError):
    """A draft cannot be written where it should go."""


class ProfileError(JianggaoError):
    """A style profile or reference document is wrong."""


class InputError(JianggaoError):
    """A speech given to ``mine`` or ``check`` cannot be read."""
