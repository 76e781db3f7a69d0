"""Options several commands share, declared once."""

from __future__ import annotations

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
