"""Options several commands share, declared once."""

from __future__ import annotations

from pathlib import Path

import click

TEMPLATES_OPTION = click.option(
    "--templates",
    "template_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="自定义模板文件夹（可重复；同名模板覆盖内置模板）",
)

FRAGMENTS_OPTION = click.option(
    "--fragments",
    "fragment_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="自定义素材库文件夹（可重复；也可用环境变量 JIANGGAO_FRAGMENTS；后面的覆盖前面的）",
)


def fragment_dirs_with_env(fragment_dirs: tuple[Path, ...]) -> list[Path]:
    """JIANGGAO_FRAGMENTS folders, then --fragments folders (later ones override earlier ones)."""
    from ..fragments.library import env_dirs

    return env_dirs() + list(fragment_dirs)
