"""Text a spec holds that its template left out of the speech.

A template decides the order and grouping of what a spec says, never whether
it is said. Rather than keep a list of what each template prints, the check
is generic: every text value the writer put in the spec (literal or a
fragment's result) must appear in the rendered speech, whitespace aside.
``build`` warns and ``check`` reports a finding at the value's line:column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import Location
from ..spec.model import LoadedSpec, spec_keys
from ..spec.yaml_source import YamlPath
from ..speech import Speech
from .jinja_env import one_line
from .typed_values import printed_value

# Keys whose values are settings or data for fragments, not words of the speech: the meeting's
# name serves fragments and `mine`, `vars` fills fragments, and a template need print neither.
_NOT_PRINTED = {*spec_keys("setting"), "numbering", "vars", "meeting"}
# Values printed only beside another one (the byline: （县长　王明）): key → (the other key, what it says).
_PRINTED_WITH = {"speaker_title": ("speaker", "职务只随讲话人一起打印在署名行")}


@dataclass(frozen=True)
class UnprintedField:
    """A spec value the speech does not contain."""

    path: YamlPath
    text: str
    where: Location
    partner: str = ""  # the key it is printed with, which the spec does not have

    @property
    def key(self) -> str:
        return ".".join(str(p) for p in self.path)

    def message(self, template: str) -> str:
        if self.partner:
            return f"说明书写了 {self.key}，却没有写 {self.partner}：{_PRINTED_WITH[self.key][1]}"
        return f"说明书写了 {self.key}，模板“{template}”却没有把它写进讲话稿"

    @property
    def hint(self) -> str:
        if self.partner:
            return f"请补上 {self.partner}，或删去 {self.key}"
        return "换一个会写出它的模板，或修改模板（模板可以决定顺序和分段，但不应丢掉内容）；不需要时从说明书中删去"


def _squeezed(text: str) -> str:
    return "".join(text.split())


def speech_text(speech: Speech) -> str:
    """Everything the speech prints, whitespace removed."""
    parts = [speech.title, speech.subtitle, *speech.bylines, speech.salutation, *(b.full_text for b in speech.blocks)]
    return _squeezed("".join(parts))


def _as_written(data: Any, path: YamlPath) -> YamlPath:
    """A model path as the YAML spells it: a list written for its record's list field
    (``opening: [...]`` for ``opening.paragraphs``) has no key for that field."""
    written: list[str | int] = []
    for step in path:
        if isinstance(step, str) and isinstance(data, list):
            continue
        written.append(step)
        data = data[step] if isinstance(data, dict | list) and _has(data, step) else None
    return tuple(written)


def _has(data: dict | list, step: str | int) -> bool:
    return step in data if isinstance(data, dict) else isinstance(step, int) and 0 <= step < len(data)


def unprinted_fields(loaded: LoadedSpec, speech: Speech, fragment_texts: dict[YamlPath, str]) -> list[UnprintedField]:
    """The spec's written text values (in document order) that ``speech`` does not contain."""
    printed = speech_text(speech)
    missing: list[UnprintedField] = []
    fragments = {_as_written(loaded.source.data, path): text for path, text in fragment_texts.items()}
    # Where the last value was found. A template prints most values in the spec's order, so each
    # is looked for from there first: a whole-text search for every value cost O(values × text).
    cursor = 0

    def printed_text(text: str) -> bool:
        nonlocal cursor
        at = printed.find(text, cursor)
        if at >= 0:
            cursor = at
            return True
        return printed.find(text, 0, cursor + len(text) - 1) >= 0

    def walk(data: Any, path: YamlPath) -> None:
        if isinstance(data, dict):
            if "fragment" in data:  # a fragment reference: the text it became
                walk(fragments.get(path, ""), path)
                return
            for key, value in data.items():
                if path or key not in _NOT_PRINTED:
                    walk(value, (*path, key))
        elif isinstance(data, list):
            for i, value in enumerate(data):
                walk(value, (*path, i))
        elif isinstance(data, str):
            meant = printed_value(path, data)  # 同志们， prints as 同志们：; thanks: 是 is a switch
            text = _squeezed(one_line(meant)) if meant is not None else ""
            if text and path[-1:] != ("numbering",) and not printed_text(text):
                partner = _PRINTED_WITH.get(path[0], ("",))[0] if len(path) == 1 else ""
                absent = partner if partner and not top.get(partner) else ""
                missing.append(UnprintedField(path, data, loaded.where(path), absent))

    top = loaded.source.data if isinstance(loaded.source.data, dict) else {}
    walk(loaded.source.data, ())
    return missing
