"""Numbers typed by habit at the start of a heading (``heading: 一要压实责任``).

The template numbers every heading and lead, so a label the writer typed as well
would print twice (一要一要压实责任). Where the typed label is the one the template
generates there, it is dropped and the writer is told at its line:column; any other
label is an error at that place, since the tool cannot know which one was meant.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Location, SpecError
from ..records import replace
from ..speech import Heading, Paragraph, Speech
from ..zh.labels import LabelMatch, match_label

Warn = Callable[[Location, str, str], None]  # where, what was done, what to do


def drop_typed_labels(speech: Speech, headings: list[tuple[str, Location]], warn: Warn | None) -> Speech:
    """``speech`` with typed labels that repeat the generated ones removed; SpecError for any other typed label.

    ``headings`` are the spec's heading texts with their places, in spec order.
    """
    blocks = []
    changed = False
    for block in speech.blocks:
        words = block.text if isinstance(block, Heading) else block.lead if isinstance(block, Paragraph) else ""
        typed = _typed_label(words) if block.label and words else None
        if typed is None:
            blocks.append(block)
            continue
        where = _place(words, headings)
        if where is None:  # not a heading of the spec (a template's own words): left as it is
            blocks.append(block)
            continue
        if not _same_label(typed, block.label):
            raise SpecError(
                f"标题开头写了序号“{typed.label}”，模板还会自动编号为“{block.label}”，会重复",
                location=where,
                hint="请删掉标题开头的序号，序号由模板自动生成",
            )
        rest = words[typed.end :].lstrip()
        if warn is not None:
            warn(where, f"标题开头的“{typed.label}”与模板生成的序号相同，已去掉", "序号由模板生成，标题里不用写")
        field = "text" if isinstance(block, Heading) else "lead"
        blocks.append(replace(block, **{field: rest}))
        changed = True
    return replace(speech, blocks=tuple(blocks)) if changed else speech


# Discourse words (一方面， 首先，) may open a heading as words; only numbered labels are typed labels.
_WORD_STYLES = ("一方面", "首先")


def _typed_label(words: str) -> LabelMatch | None:
    found = [m for m in match_label(words) if m.style not in _WORD_STYLES]
    # A label must be followed by words: 一要 alone is no heading.
    return found[0] if found and found[0].end < len(words) else None


def _same_label(typed: LabelMatch, generated: str) -> bool:
    readings = match_label(generated)
    return any(r.style == typed.style and r.index == typed.index for r in readings) or typed.label.strip() == generated.strip()


def _place(words: str, headings: list[tuple[str, Location]]) -> Location | None:
    """Where the spec wrote the heading that rendered as ``words`` (templates may add a full stop)."""
    bare = words.rstrip("。")
    for text, where in headings:
        if text and (text == words or text.rstrip("。") == bare):
            return where
    return None
