"""Did-you-mean: the names closest to a misspelt one (commands, options, template names)."""

from __future__ import annotations

from collections.abc import Iterable


def suggestion(name: str, candidates: Iterable[str] | None) -> str:
    """“您是不是要用 build？”: the closest of ``candidates`` to a misspelt ``name``, and any nearly as close."""
    import difflib  # the error path only: the cold start does not pay for it

    typed = name.lstrip("-")

    def score(candidate: str) -> float:  # options compared without their dashes: "--" is no likeness
        bare = candidate.lstrip("-")
        if len(typed) >= 2 and bare.startswith(typed):
            return 0.9  # the start of a name (--fo): as good as a close misspelling
        return difflib.SequenceMatcher(None, typed, bare).ratio()

    scored = sorted((-score(c), c) for c in candidates or ())  # closest first, then alphabetical
    close = [c for minus, c in scored if -minus >= 0.6 and -minus >= -scored[0][0] - 0.1]
    return f"您是不是要用 {'、'.join(close[:3])}？" if close else ""
