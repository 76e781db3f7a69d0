"""Running every rule over a spec or a draft and collecting the findings."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, Location
from ..reader.legacy_word import LEGACY_SUFFIXES
from ..records import field, record
from .findings import Finding
from .length_rules import check_duration, check_length
from .structure_rules import (
    check_announced_counts,
    check_mixed_styles,
    check_numbering,
    check_parallelism,
    check_point_count,
    check_unprinted,
)
from .subject import CheckOptions, Subject
from .text_rules import (
    check_halfwidth,
    check_pairs,
    check_placeholders,
    check_repeats,
    check_thanks_line,
    check_thanks_twice,
)
from .year_rules import check_stale_edition, check_stale_year

if TYPE_CHECKING:
    from ..render.renderer import RenderOptions

Rule = Callable[[Subject, CheckOptions], Iterable[Finding]]

def check_render_notes(subject: Subject, options: CheckOptions) -> Iterable[Finding]:
    """What rendering fixed on its own (a typed label dropped), said where the spec wrote it."""
    return subject.render_notes


RULES: tuple[Rule, ...] = (
    check_render_notes,
    check_placeholders,
    check_stale_year,
    check_stale_edition,
    check_announced_counts,
    check_point_count,
    check_parallelism,
    check_numbering,
    check_mixed_styles,
    check_length,
    check_duration,
    check_halfwidth,
    check_pairs,
    check_repeats,
    check_thanks_line,
    check_thanks_twice,
    check_unprinted,
)

# Every rule id a finding can carry (the README's rule table lists the same); `check --ignore` takes these.
RULE_IDS: tuple[str, ...] = (
    "placeholder",
    "stale-year",
    "count-mismatch",
    "point-count",
    "parallelism",
    "numbering-gap",
    "mixed-styles",
    "length",
    "duration",
    "punctuation-halfwidth",
    "unbalanced-pair",
    "repeated-sentence",
    "unprinted",
    "typed-label",
    "joined-paragraphs",
    "cut-by-comment",
    "typed-punctuation",
    "thanks-punctuation",
    "thanks-twice",
)

SPEC_SUFFIXES = (".yaml", ".yml")
DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".docx", *LEGACY_SUFFIXES)


@record
class CheckReport:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def run_rules(subject: Subject, options: CheckOptions) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(f for f in rule(subject, options) if f.rule not in options.ignore)
    return sorted(findings, key=_position)


def _position(finding: Finding) -> tuple[int, int, int]:
    """Whole-file findings first, then in reading order (stable within one place)."""
    p = finding.place
    return (p.line or 0, p.column or 0, p.paragraph or 0)


def load_subject(path: Path, render_options: RenderOptions | None = None) -> Subject:
    """A spec (.yaml, rendered with ``render_options``) or a draft (.txt/.md/.docx) ready for the rules."""
    suffix = path.suffix.lower()
    if suffix in SPEC_SUFFIXES:
        from .spec_subject import spec_subject

        return spec_subject(path, render_options)
    if suffix in DRAFT_SUFFIXES:
        from .draft_subject import draft_subject

        return draft_subject(path)
    if path.is_dir():  # a folder is not a file of an unknown kind: say which mistake it is
        raise InputError(f"{path} 是文件夹，不是文件", hint="请给出说明书（.yaml）或讲话稿（.txt、.md、.docx）的文件路径")
    if not path.exists() and not path.is_symlink():
        raise InputError(f"找不到文件 {path}", hint="请检查路径是否正确")
    raise InputError(
        f"不支持检查“{suffix or '无扩展名'}”文件",
        location=Location(path),
        hint="请给出说明书（.yaml）或讲话稿（.txt、.md、.docx）",
    )


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector less often while a file is checked.

    A long speech keeps many objects alive (its YAML, values, paragraphs); the
    collector's passes over them grew faster than the speech. Memory stays bounded:
    reference counting frees nearly everything, and the collector still runs.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 50_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def check_file(path: Path, options: CheckOptions | None = None, render_options: RenderOptions | None = None) -> CheckReport:
    with _fewer_collections():
        subject = load_subject(path, render_options)
        return CheckReport(path, run_rules(subject, options or CheckOptions()))


def check_files(
    paths: Iterable[Path], options: CheckOptions | None = None, render_options: RenderOptions | None = None
) -> list[CheckReport]:
    """Every file is read before any rule runs, so one unreadable file stops all with one message."""
    with _fewer_collections():
        subjects = [(path, load_subject(path, render_options)) for path in paths]
        return [CheckReport(path, run_rules(subject, options or CheckOptions())) for path, subject in subjects]
