"""What ``check`` reports: one finding per problem, with where, what and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from ..errors import Location
from ..records import record

Severity = Literal["error", "warning", "info"]

SEVERITY_NAMES: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@record(frozen=True)
class Place:
    """Where a finding points: spec line:column, or a draft's paragraph number; excerpt for both."""

    path: Path | str
    line: int | None = None
    column: int | None = None
    paragraph: int | None = None
    excerpt: str = ""

    def __str__(self) -> str:
        if self.line is None and self.paragraph is not None:
            return f"{self.path} 第{self.paragraph}段"
        return str(Location(self.path, self.line, self.column))


@record(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    suggestion: str
    place: Place

    def as_text(self) -> str:
        where = str(self.place)
        if self.place.excerpt:
            where += f"「{self.place.excerpt}」"
        return f"{where}：{SEVERITY_NAMES[self.severity]} [{self.rule}] {self.message}。建议：{self.suggestion}"

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.place.path),
            "line": self.place.line,
            "column": self.place.column,
            "paragraph": self.place.paragraph,
            "excerpt": self.place.excerpt,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
        }


MAX_SPAN = 30  # a long span (a repeated sentence) shows its opening only


def excerpt(text: str, start: int = 0, end: int | None = None, width: int = 12) -> str:
    """The stretch of ``text`` around [start, end), trimmed to ``width`` characters either side."""
    end = start if end is None else min(end, start + MAX_SPAN)
    left = max(0, start - width)
    right = min(len(text), end + width)
    piece = text[left:right]
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")
