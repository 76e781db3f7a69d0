"""The ``jianggao`` command line: a thin layer over the library.

Commands live in their own modules and are imported only when invoked, so
``jianggao --help`` starts fast. Every ``JianggaoError`` becomes one line on
stderr and exit code 1; click's usage errors exit 2.
"""

from __future__ import annotations

import contextlib
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
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise  # a closed pipe (jianggao … | head): click ends quietly, as Unix tools do
        except Exception as exc:  # the last resort: a bug of ours still ends in one line, never a traceback
            raise UserError(unexpected_error_line(exc)) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(LAZY_COMMANDS)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if name not in LAZY_COMMANDS and not ctx.resilient_parsing and not name.startswith("-"):
            raise click_zh.no_such_command(name, LAZY_COMMANDS, ctx)  # click cannot see lazy commands to suggest one
        return super().resolve_command(ctx, args)

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


BUG_REPORT_HINT = "这是 jianggao 的缺陷，请把这条信息、所用命令和文件报告给开发者"


def unexpected_error_line(exc: BaseException) -> str:
    """One Chinese line for an exception nothing else handled (see ``LazyGroup.invoke``)."""
    import errno

    if isinstance(exc, MemoryError):
        return "内存不足，无法完成。请关闭其他程序后重试，或把输入拆小"
    if isinstance(exc, RecursionError):
        return f"输入嵌套过深，无法处理。请简化输入；若输入并不复杂，{BUG_REPORT_HINT}"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "磁盘已满。请清理磁盘空间后重试"
    if isinstance(exc, OSError) and exc.errno is not None:
        from ..errors import os_reason

        where = f"（{exc.filename}）" if exc.filename else ""
        return f"文件操作失败{where}：{os_reason(exc)}。请检查路径和权限后重试"
    detail = " ".join(str(exc).split())[:200]
    return f"内部错误（{type(exc).__name__}{'：' + detail if detail else ''}）。{BUG_REPORT_HINT}"


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


def _interrupt_on_termination() -> None:
    """SIGTERM and SIGHUP interrupt like Ctrl+C does, so ``finally`` blocks remove our temporaries
    and stop LibreOffice instead of the process vanishing mid-write."""
    # The C module under ``signal``: the same handlers, without building its enums at every start.
    import _signal as signal

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                signal.signal(sig, interrupt)


def main(argv: list[str] | None = None) -> Any:
    """Console entry point."""
    import atexit
    import gc

    from ..output_files import remove_live_temporaries

    _interrupt_on_termination()
    # At exit the interpreter scans every object still alive for garbage cycles, several times
    # over while it tears the modules down: about 10 ms of a cold `build -f txt` (it would be 14 %
    # of a plain `import yaml, jinja2.sandbox, click` too). What is alive then lives until the
    # process ends anyway, so freeze it. Handlers run last-registered first: this one runs last,
    # after the temporaries are removed.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    atexit.register(remove_live_temporaries)
    return cli.main(args=argv, prog_name="jianggao")
