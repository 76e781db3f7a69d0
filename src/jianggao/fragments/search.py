"""Finding fragments: filters for ``fragments list`` and text search for ``fragments search``.

Chinese has no spaces between words, so matching is by substring, after
Unicode normalisation (full-width letters and digits match half-width ones)
and case folding. Several terms must all match.
"""

from __future__ import annotations

import unicodedata

from ..errors import JianggaoError
from ..records import record
from .library import Entry, Fragment, FragmentLibrary, preview_values, render_entry

# Where a hit counts most: id and title, then tags and occasions, then the text.
_WEIGHTS = {"id": 3, "title": 3, "tags": 2, "occasions": 2, "source": 1, "text": 1, "variables": 1}


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _contains(values: list[str], wanted: str) -> bool:
    wanted = normalize(wanted)
    return any(wanted in normalize(v) for v in values)


def filter_entries(
    library: FragmentLibrary, kind: str | None = None, tag: str | None = None, occasion: str | None = None
) -> list[tuple[Entry, Fragment]]:
    """Fragments of ``kind`` whose tags / occasions contain ``tag`` / ``occasion``, by id."""
    found = []
    for fragment_id in library.ids():
        entry = library.entries[fragment_id]
        if kind and entry.kind != kind:
            continue
        frag = entry.fragment()
        if tag and not _contains(frag.tags, tag):
            continue
        if occasion and not _contains(frag.occasions, occasion):
            continue
        found.append((entry, frag))
    return found


@record(frozen=True)
class Hit:
    entry: Entry
    fragment: Fragment
    score: int
    snippet: str  # the text around the first hit inside the text, or ""


def _fields(frag: Fragment) -> dict[str, str]:
    variables = " ".join(f"{v.description} {v.default if v.has_default else ''}" for v in frag.variables.values())
    return {
        "id": frag.id,
        "title": frag.title,
        "tags": " ".join(frag.tags),
        "occasions": " ".join(frag.occasions),
        "source": frag.source,
        "text": "".join(line.strip() for line in frag.text.splitlines()),
        "variables": variables,
    }


def snippet(text: str, term: str, width: int = 14) -> str:
    at = normalize(text).find(normalize(term))
    if at < 0:
        return ""
    start, end = max(0, at - width), min(len(text), at + len(term) + width)
    return ("…" if start else "") + text[start:at] + "【" + text[at : at + len(term)] + "】" + text[at + len(term) : end] + ("…" if end < len(text) else "")


def _preview(entry: Entry, frag: Fragment) -> str:
    """The text rendered with its defaults, or '' when it cannot be."""
    try:
        text = render_entry(entry, preview_values(frag), None)
    except JianggaoError:
        return ""
    return "".join(line.strip() for line in text.splitlines())


def search(library: FragmentLibrary, terms: list[str]) -> list[Hit]:
    """Fragments matching every term (in id, title, tags, occasions, source, text or variables), best first."""
    wanted = [t for t in (normalize(t.strip()) for t in terms) if t]
    hits = []
    for fragment_id in library.ids():
        entry = library.entries[fragment_id]
        frag = entry.fragment()
        fields = {name: normalize(value) for name, value in _fields(frag).items()}
        score = 0
        for term in wanted:
            matched = [name for name, value in fields.items() if term in value]
            if not matched:
                break
            score += sum(_WEIGHTS[name] for name in matched)
        else:
            texts = (_preview(entry, frag), _fields(frag)["text"])  # as spoken first, else as written
            shown = next((snippet(text, t) for text in texts for t in terms if snippet(text, t)), "")
            hits.append(Hit(entry, frag, score, shown))
    hits.sort(key=lambda h: (-h.score, h.fragment.id))
    return hits
