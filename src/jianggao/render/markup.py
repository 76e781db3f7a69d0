"""Parsing a template's output (tagged lines) into a ``Speech``.

Templates emit one block per line, each line opening with a tag:

    @title 在全县政法工作会议上的讲话
    @subtitle ——在……上的讲话
    @byline （2025年3月1日）
    @salutation 同志们：
    @opening 今天，我们召开……        (a paragraph of the opening)
    @h1[一、] 加强政治建设，永葆忠诚本色   (@h1 … @h4: standalone headings)
    @lead2[（一）] 要认清形势。           (run-in lead of the next @p, styled as level 2)
    @p 党的十八大以来……               (a body paragraph)
    @closing 同志们，……
    @thanks 谢谢大家！

The label of a heading or lead goes in brackets after the tag, so it reaches
the ``Speech`` as data, apart from the words it numbers (a heading written
without one has no label). Blank lines are ignored; a line without a tag
continues the block before it. The base template's macros write these lines,
so templates rarely spell them.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import TemplateError
from ..speech import Block, Heading, Paragraph, Speech

_TAG = re.compile(
    r"^@(title|subtitle|byline|salutation|opening|p|closing|thanks|h[1-4]|lead[1-4])(?:\[([^\]]*)\])?(?:\s+|$)(.*)$"
)


def build_speech(
    markup: str,
    *,
    author: str = "",
    date: dt.date | None = None,
    template: str = "",
    source: str = "",
) -> Speech:
    title = subtitle = salutation = ""
    bylines: list[str] = []
    blocks: list[Block] = []
    pending_lead: tuple[str, str, int] | None = None  # label, lead sentence, level
    last: list[str] | None = None  # the text parts of the block being continued

    parts: list[tuple[str, str, list[str]]] = []  # tag, label, text parts
    for raw in markup.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = _TAG.match(line)
        if m:
            last = [m.group(3).strip()]
            parts.append((m.group(1), (m.group(2) or "").strip(), last))
        elif last is not None:
            last.append(line)
        else:
            raise TemplateError(f"模板 {source} 的输出第一行没有 @ 标记：“{line[:20]}”", hint="每个段落应以 @title、@p 等标记开头")

    for tag, label, texts in parts:
        text = "".join(texts)
        if tag == "title":
            title = f"{title}{text}" if title else text
        elif tag == "subtitle":
            subtitle = text
        elif tag == "byline":
            bylines.append(text)
        elif tag == "salutation":
            salutation = text
        elif tag.startswith("h"):
            pending_lead = _flush_lead(pending_lead, blocks)
            blocks.append(Heading(level=int(tag[1]), label=label, text=text))
        elif tag.startswith("lead"):
            pending_lead = _flush_lead(pending_lead, blocks)
            pending_lead = (label, text, int(tag[4]))
        else:
            role = "body" if tag == "p" else tag
            if role != "body":  # a lead runs into body text only, never into the closing or thanks
                pending_lead = _flush_lead(pending_lead, blocks)
            lead_label, lead, level = pending_lead or ("", "", 0)
            pending_lead = None
            if text or lead or lead_label:
                blocks.append(Paragraph(text=text, role=role, lead=lead, lead_level=level, label=lead_label))
    _flush_lead(pending_lead, blocks)
    if not title:
        raise TemplateError(f"模板 {source} 没有输出标题（@title）", hint="请在模板中保留标题")
    return Speech(
        title=title,
        subtitle=subtitle,
        bylines=tuple(bylines),
        salutation=salutation,
        blocks=tuple(blocks),
        author=author,
        date=date,
        template=template,
    )


def _flush_lead(pending: tuple[str, str, int] | None, blocks: list[Block]) -> None:
    """A lead with no paragraph after it stands as a paragraph of its own."""
    if pending:
        label, lead, level = pending
        blocks.append(Paragraph(text="", lead=lead, lead_level=level, label=label))
    return None
