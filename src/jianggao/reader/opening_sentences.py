"""Two sentences of a speech's opening that ``mine`` and ``fragments harvest`` both split out.

The transition announces the points (下面，我讲三点意见 / 这里，我重点强调五个方面：);
it stands at a clause start in the last paragraph of the opening. The
acknowledgement answers the speakers before (刚才，XX同志作了部署，我完全同意);
it often starts mid-sentence, after a comma.
"""

from __future__ import annotations

import re

# The sentence that announces the body: 下面，我讲三点意见 / 这里，我重点强调五个方面：
TRANSITION = re.compile(r"(下面|接下来|这里|在此|借此机会|现在|为此|对此)[，,]?\s*(我|再|就|主要|重点|着重|围绕|结合|讲|强调|谈|提)")
ANNOUNCES = re.compile(r"(讲|强调|谈|提|说)[^。！？]{0,40}(意见|方面|要求|问题|几点|点|建议|看法)")
# A clause (see ``clause_segments``) that acknowledges the speakers before.
ACKNOWLEDGEMENT = re.compile(r"^刚才[，,]")
_CLAUSE_END = "。！？；，,"


def find_transition(text: str) -> int | None:
    """Where the sentence announcing the body starts in ``text`` (the last paragraph of the opening)."""
    found = None
    for m in TRANSITION.finditer(text):
        i = m.start()
        if (i == 0 or text[i - 1] in _CLAUSE_END + "：:") and ANNOUNCES.search(text, i):
            found = i
    return found


def clause_segments(text: str) -> list[str]:
    """A paragraph cut before 刚才 (the acknowledgement often starts mid-sentence)."""
    cuts = [0]
    for m in re.finditer(rf"(?<=[{_CLAUSE_END}])刚才[，,]", text):
        cuts.append(m.start())
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def find_acknowledgement(text: str) -> int | None:
    """Where the first acknowledgement (刚才，…) starts in ``text``; it runs to the paragraph's end."""
    at = 0
    for segment in clause_segments(text):
        at = text.index(segment, at)
        if ACKNOWLEDGEMENT.search(segment):
            return at
        at += len(segment)
    return None
