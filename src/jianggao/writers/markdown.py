"""Markdown: headings as Markdown headings, run-in leads in bold.

Run-in leads use <strong> rather than ``**``: CommonMark does not close ``**``
between Chinese punctuation and a Chinese character (（一）要认清形势。**党…).
"""

from __future__ import annotations

from ..speech import Heading, Speech


def _escape(text: str) -> str:
    """Keep Markdown from reading a numbered line (1.强化…) as a list, or * as emphasis."""
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    head, dot, rest = text.partition(".")
    if dot and head.isdigit():
        return f"{head}\\.{rest}"
    return text


def render_markdown(speech: Speech) -> str:
    out = [f"# {_escape(speech.title)}"]
    if speech.subtitle:
        out.append(_escape(speech.subtitle))
    out.extend(_escape(line) for line in speech.bylines)
    if speech.salutation:
        out.append(_escape(speech.salutation))
    for block in speech.blocks:
        if isinstance(block, Heading):
            out.append("#" * (block.level + 1) + " " + _escape(block.full_text))
        elif block.run_in:
            out.append(f"<strong>{_escape(block.run_in)}</strong>{_escape(block.text)}")
        else:
            out.append(_escape(block.text))
    return "\n\n".join(out) + "\n"
