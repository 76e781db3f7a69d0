"""Plain text: one paragraph a line, as speeches are pasted and shared."""

from __future__ import annotations

from ..speech import Speech


def render_text(speech: Speech) -> str:
    lines = [speech.title]
    if speech.subtitle:
        lines.append(speech.subtitle)
    lines.extend(speech.bylines)
    lines.append("")
    if speech.salutation:
        lines.append(speech.salutation)
    for block in speech.blocks:
        lines.append(block.full_text)
    return "\n".join(lines) + "\n"
