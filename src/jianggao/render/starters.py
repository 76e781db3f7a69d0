"""Starter specs for ``jianggao new``.

A built-in template ships a commented starter ``NAME.yaml`` beside ``NAME.j2``;
a user template without one gets the generic ``_starter.yaml`` with its name
filled in.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import TemplateError
from ..spec.schema import with_schema_comment
from .templates import find_template


def starter_text(template: str, dirs: list[Path]) -> str:
    """The starter spec of ``template`` (its file name or a Chinese name), opened by the schema comment."""
    info = find_template(template, dirs)
    source = info.starter
    if source is None:
        generic = [d / "_starter.yaml" for d in dirs if (d / "_starter.yaml").is_file()]
        if not generic:
            raise TemplateError(f"模板“{info.name}”没有起步说明书", hint=f"请在 {info.path.parent} 中放一个 {info.name}.yaml")
        source = generic[-1]
    text = source.read_text(encoding="utf-8").replace("{{TEMPLATE}}", info.name)
    return with_schema_comment(text)
