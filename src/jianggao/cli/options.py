"""Options several commands share, declared once."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def _folders_option(flag: str, dest: str, what: str, env: str, clash: str) -> Callable[[Any], Any]:
    """A repeatable option naming the user's own folders of ``what`` (also given by ``env``)."""
    return click.option(
        flag,
        dest,
        multiple=True,
        type=click.Path(path_type=Path),
        help=f"自定义{what}文件夹（可重复；也可用环境变量 {env}；{clash}以后面的为准）",
    )


TEMPLATES_OPTION = _folders_option("--templates", "template_dirs", "模板", "JIANGGAO_TEMPLATES", "同名模板")
FRAGMENTS_OPTION = _folders_option("--fragments", "fragment_dirs", "素材库", "JIANGGAO_FRAGMENTS", "同一编号")


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
