"""``jianggao studio``: the local web workbench (see ``jianggao.studio``)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from ..errors import InputError
from .options import FRAGMENTS_OPTION, TEMPLATES_OPTION


@click.command("studio")
@click.argument("spec", required=False, type=click.Path(path_type=Path), metavar="[说明书]")
@click.option("--port", metavar="端口号", type=click.IntRange(0, 65535), default=0, help="端口（默认自动选择空闲端口）")
@click.option("--host", metavar="地址", default="127.0.0.1", show_default=True, help="监听地址；不是本机地址时需要启动时显示的访问令牌")
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器，只显示网址")
@TEMPLATES_OPTION
@FRAGMENTS_OPTION
@click.option("--style", "style_profile", type=click.Path(path_type=Path), help="版式配置文件（YAML），预览和导出都按它排版")
def studio_command(
    spec: Path | None,
    port: int,
    host: str,
    no_browser: bool,
    template_dirs: tuple[Path, ...],
    fragment_dirs: tuple[Path, ...],
    style_profile: Path | None,
) -> None:
    """在浏览器中编写说明书：边写边看 A4 页面预览、提纲和检查结果。

    \b
    在说明书所在的文件夹中运行；工作室只读写这个文件夹。
      jianggao studio                  打开当前文件夹
      jianggao studio my-speech.yaml   打开这个说明书
      jianggao studio --port 8765 --no-browser
    按 Ctrl+C 停止。
    """
    from ..library_paths import is_within, search_path
    from ..studio.server import StudioServer
    from ..studio.workspace import Workspace

    root = Path.cwd()
    initial = None
    if spec is not None:
        if not spec.is_file():
            raise InputError(f"找不到说明书 {spec}", hint="请检查路径，或不写文件名直接运行 jianggao studio")
        if not is_within(spec, root):
            raise InputError(f"{spec} 不在当前文件夹中", hint="请先 cd 到说明书所在的文件夹再运行 jianggao studio")
        initial = spec.resolve().relative_to(root.resolve()).as_posix()
    for kind, given in (("templates", template_dirs), ("fragments", fragment_dirs)):
        search_path(kind, given, root)  # a missing --templates/--fragments folder is reported now, not later
    workspace = Workspace(root, list(template_dirs), list(fragment_dirs), style_profile)
    server = StudioServer(workspace, host=host, port=port, initial=initial)

    def started() -> None:
        click.echo(f"讲稿工作室已启动：{server.url}")
        if server.token:
            click.echo("（网址中含访问令牌，只发给需要使用的人；按 Ctrl+C 停止）")
        else:
            click.echo("按 Ctrl+C 停止。")
        if not no_browser:
            import webbrowser

            webbrowser.open(server.url)

    with contextlib.suppress(KeyboardInterrupt):  # uvicorn stops cleanly, then re-raises the Ctrl+C it caught
        server.run(on_started=started)
    click.echo("工作室已停止。")
