"""The names a fragment's text sees besides its own variables, each with a few words for the writer: the spec's
plain facts (title, speaker, date…), the count of points and the spec's own variables. The renderer fills them;
the fragment library shows them as placeholders and its linter knows them."""

from __future__ import annotations

from ..spec.model import spec_keys

# The spec's plain facts, which a fragment may print by name (title, speaker, date…).
FACTS = spec_keys("fact")
# Everything a fragment's text sees besides its own variables, with a few words on each.
CONTEXT_NAMES = {**FACTS, "points_count": "要点个数", "vars": "说明书中的自定义变量"}
