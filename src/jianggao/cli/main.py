"""The ``jianggao`` command line: a thin layer over the library.

Commands live in their own modules and are imported only when invoked, so
``jianggao --help`` starts fast. Every ``JianggaoError`` becomes one line on
stderr and exit code 1; click's usage errors exit 2.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from .. import __version__
from . import click_zh

click_zh.install()

# name → "module:attribute" of a click command, imported on first use.
LAZY_COMMANDS: dict[str, str] = {
    "new": "jianggao.cli.build:new_command",
    "templates": "jianggao.cli.build:templates_command",
    "build": "jianggao.cli.build:build_command",
    "schema": "jianggao.cli.build:schema_command",
    "check": "jianggao.cli.check:check_command",
    "mine": "jianggao.cli.mine:mine_command",
    "format": "jianggao.cli.format:format_command",
    "fragments": "jianggao.cli.fragments:fragments_group",
    "studio": "jianggao.cli.studio:studio_command",
}

# One-line help shown by ``jianggao --help`` without importing the command.
SHORT_HELP: dict[str, str] = {
    "new": "生成某个模板的起步说明书（带注释）",
    "templates": "列出可用的模板及其说明；templates new 从讲话稿生成模板",
    "build": "把说明书生成讲话稿（txt/md/docx/pdf）",
    "schema": "输出说明书的 JSON Schema，供编辑器补全",
    "fragments": "素材库：列出、搜索、查看、新建、编辑、检查、提取素材",
    "mine": "把已有讲话稿（txt/md/docx）读回成说明书",
    "format": "一键排版：把已有讲话稿（txt/md/docx）按公文格式排成 Word 文档",
    "check": "像老笔杆子一样检查说明书或讲话稿",
    "studio": "讲稿工作室：在浏览器中边写边看页面预览",
}


class UserError(click.ClickException):
    """A JianggaoError on its way out: one line in Chinese, exit code 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"错误：{self.format_message()}", err=True, file=file)


class LazyGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        from ..errors import JianggaoError

        try:
            return super().invoke(ctx)
        except JianggaoError as exc:
            raise UserError(str(exc)) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(LAZY_COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = LAZY_COMMANDS.get(name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("命令"):
            formatter.write_dl(rows)


CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", "-V", prog_name="jianggao", message="%(prog)s %(version)s")
def cli() -> None:
    """讲稿（jianggao）：用 YAML 说明书和模板生成讲话稿。

    \b
    快速开始：
      jianggao new advancement -o my-speech.yaml   生成起步说明书
      jianggao build my-speech.yaml                生成 output/my-speech.txt
      jianggao studio                              在浏览器中编写，边写边看页面
    """


def main(argv: list[str] | None = None) -> Any:
    """Console entry point."""
    return cli.main(args=argv, prog_name="jianggao")
