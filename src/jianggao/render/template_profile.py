"""What a template prints, learnt by rendering it: what ``mine`` needs to write a spec for it.

``mine`` reads a speech back into a spec for some template, and must know
what that template will print by itself: its sub-point styles, its thanks
line, which opening moves it prints and how it groups them into paragraphs,
and the transition sentence it writes. Rather than keep a copy of each
template's wording (which a user's template would not have), a
``TemplateProfile`` asks the template: it renders small probe specs through
the real template and reads the result. The header words that help choose a
template (``MineHints``) come from the template file itself.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any

from ..records import field, record
from ..spec.model import load_spec_data
from ..speech import Heading, Paragraph, Speech
from ..zh.numbering import ITEM_STYLES, POINT_STYLES, TOP_STYLE, number_label
from .renderer import RenderOptions, render_speech
from .templates import MineHints, TemplateInfo

# Opening moves a spec can fill (Opening's fields besides free paragraphs, theme, summary, transition).
MOVES = ("occasion", "purpose", "acknowledgement", "review", "problems", "approach")
_LIST_MOVES = ("review", "problems")
_FIRST = "〇"  # a free opening paragraph: keeps the template from printing its stock opening


def _marker(name: str) -> str:
    return f"⟦{name}⟧"


@record
class TemplateProfile:
    """One template of the search path ``dirs``, probed through ``options`` for a spec at ``spec_path``."""

    info: TemplateInfo
    dirs: list[Path]
    options: RenderOptions
    spec_path: Path
    _openings: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def hints(self) -> MineHints:
        return self.info.mine_hints

    # --- probing -----------------------------------------------------------

    def render(self, data: dict[str, Any]) -> Speech:
        spec = {"template": self.name, "title": "T", "closing": [], "thanks": False, **data}
        return render_speech(load_spec_data(spec, self.spec_path), self.options, (self.info, self.dirs))

    def opening_paragraphs(self, opening: dict[str, Any], count: int) -> list[str]:
        """The opening paragraphs the template prints for ``opening`` and ``count`` points."""
        key = json.dumps([opening, count], ensure_ascii=False, sort_keys=True)
        if key not in self._openings:
            points = [{"heading": f"P{i}"} for i in range(count)]
            speech = self.render({"opening": opening, "points": points})
            self._openings[key] = [b.full_text for b in speech.paragraphs() if b.role == "opening"]
        return self._openings[key]

    @cached_property
    def _defaults(self) -> Speech:
        """One render that shows what the template prints by itself: every opening move filled
        with a marker, sub-points two levels deep with no style named, thanks left unsaid."""
        opening = {m: [_marker(m)] if m in _LIST_MOVES else _marker(m) for m in MOVES}
        inner = [{"heading": "B1", "text": "x"}, {"heading": "B2", "text": "x"}]
        items = [{"heading": "A1", "text": "x", "items": inner}, {"heading": "A2", "text": "x"}]
        return self.render({"opening": opening, "points": [{"heading": "P", "items": items}], "thanks": None})

    @property
    def point_style(self) -> str:
        """The style of the points when a spec names none: 一、 headings, or a run-in style."""
        return _style_of(self._defaults, "P", POINT_STYLES) or TOP_STYLE

    @property
    def item_style(self) -> str:
        """The sub-point style the template uses when a spec names none."""
        return _style_of(self._defaults, "A1")

    @property
    def nested_style(self) -> str:
        """The style of the level below, when a spec names none."""
        return _style_of(self._defaults, "B1")

    @cached_property
    def thanks_line(self) -> str:
        """The thanks line printed when a spec says nothing about thanks ('' for none)."""
        return next((b.text for b in self._defaults.paragraphs() if b.role == "thanks"), "")

    @cached_property
    def _moves_probe(self) -> list[str]:
        return [b.full_text for b in self._defaults.paragraphs() if b.role == "opening"]

    @cached_property
    def moves(self) -> tuple[str, ...]:
        """The opening moves the template prints, in the order it prints them."""
        text = "\n".join(self._moves_probe)
        return tuple(sorted((m for m in MOVES if _marker(m) in text), key=lambda m: text.index(_marker(m))))

    @cached_property
    def run_on(self) -> tuple[str, ...]:
        """The moves the template prints in one paragraph that its transition sentence ends."""
        last = self._moves_probe[-1] if self._moves_probe else ""
        return tuple(m for m in self.moves if _marker(m) in last)

    @cached_property
    def uses_theme(self) -> bool:
        return any(_marker("theme") in t for t in self.opening_paragraphs({"paragraphs": [_FIRST], "theme": _marker("theme")}, 1))

    @cached_property
    def uses_summary(self) -> bool:
        opening = {"paragraphs": [_FIRST], "summary": [_marker("summary")]}
        return any(_marker("summary") in t for t in self.opening_paragraphs(opening, 1))

    def transition(self, count: int, theme: str = "", summary: list[str] | None = None) -> str:
        """The sentence the template writes to announce ``count`` points (with a theme or summary)."""
        opening: dict[str, Any] = {"paragraphs": [_FIRST]}
        if theme:
            opening["theme"] = theme
        if summary:
            opening["summary"] = summary
        printed = self.opening_paragraphs(opening, count)
        return printed[-1] if printed and printed[-1] != _FIRST else ""


def _style_of(speech: Speech, heading: str, styles: tuple[str, ...] = ITEM_STYLES) -> str:
    """The numbering style (one of ``styles``) of the entry ``heading`` in ``speech`` ('' when none fits)."""
    for block in speech.blocks:
        if isinstance(block, Heading) and block.text == heading or isinstance(block, Paragraph) and block.lead.startswith(heading):
            label = block.label
        else:
            continue
        return next((s for s in styles if number_label(s, 1, 2) == label), "")
    return ""


# Profiles already probed in this process, by what they depend on (see _library_state).
_PROFILES: dict[tuple, TemplateProfile] = {}


def _library_state(dirs: list[Path]) -> tuple:
    """Every template file of the search path with its size and modification time: a probe holds
    while none of them changes (a template's result depends on the ones it extends or imports)."""
    state = []
    for folder in dirs:
        try:
            entries = sorted(folder.glob("*.j2"))
        except OSError:
            continue
        for path in entries:
            try:
                info = path.stat()
            except OSError:
                continue
            state.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(state)


def template_profiles(
    infos: dict[str, TemplateInfo], dirs: list[Path], options: RenderOptions, spec_path: Path
) -> dict[str, TemplateProfile]:
    """A profile for each template of ``infos`` (found on the search path ``dirs``); profiles probed
    earlier in the process are reused while the template files are unchanged."""
    state = (tuple(map(str, dirs)), str(spec_path.resolve().parent), tuple(map(str, options.fragment_dirs)), _library_state(dirs))
    profiles = {}
    for name, info in infos.items():
        key = (name, str(info.path), state)
        if key not in _PROFILES:
            if len(_PROFILES) > 256:  # a long-running process (the studio) keeps only recent ones
                _PROFILES.clear()
            _PROFILES[key] = TemplateProfile(info, dirs, options, spec_path)
        profiles[name] = _PROFILES[key]
    return profiles
