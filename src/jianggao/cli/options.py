"""Options several commands share, declared once."""

from __future__ import annotations

import math
from pathlib import Path

import click

TEMPLATES_OPTION = click.option(
    "--templates",
    "template_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="自定义模板文件夹（可重复；也可用环境变量 JIANGGAO_TEMPLATES；同名模板以后面的为准）",
)

FRAGMENTS_OPTION = click.option(
    "--fragments",
    "fragment_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="自定义素材库文件夹（可重复；也可用环境变量 JIANGGAO_FRAGMENTS；同一编号以后面的为准）",
)


class FiniteFloatRange(click.FloatRange):
    """A float range that refuses nan and inf (which compare false with every bound)."""

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> float:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"“{value}”不是有效的数字，请写成具体的数字，如 30", param, ctx)
        return number


def is_stdout(path: Path | None) -> bool:
    """``-o -``: standard output, for every command that writes one text (new, mine, schema, build of one txt/md)."""
    return path is not None and str(path) == "-"
