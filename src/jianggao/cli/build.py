"""CLI commands of the drafting pipeline: new, templates, build, schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import OutputError, SpecError, TemplateError
from .options import FRAGMENTS_OPTION, TEMPLATES_OPTION, is_stdout


@click.command("new")
@click.argument("template", metavar="模板名")  # its file name or a Chinese name (推进会)
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), help="写入的文件（默认 模板名.yaml；- 表示输出到屏幕）")
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
@TEMPLATES_OPTION
def new_command(template: str, output: Path | None, force: bool, template_dirs: tuple[Path, ...]) -> None:
    """生成指定模板（英文名或中文名，如 advancement 或 推进会）的起步说明书（带注释，可直接 build）。

    同时在说明书旁写入 jianggao.schema.json（已存在则不动），
    VS Code 等编辑器据此补全和检查键名。
    """
    from ..library_paths import search_path
    from ..output_files import write_atomic
    from ..render.starters import starter_text
    from ..spec.schema import SCHEMA_FILE, spec_schema_json

    text = starter_text(template, search_path("templates", template_dirs, Path.cwd()))
    if is_stdout(output):
        click.echo(text, nl=False)
        return
    target = output or Path(f"{template}.yaml")
    if target.exists() and not force:
        raise SpecError(f"{target} 已存在，未覆盖", hint="换一个文件名，或加 --force 覆盖")
    if not target.parent.is_dir():
        raise SpecError(f"文件夹 {target.parent} 不存在", hint="请先创建它，或换一个路径")
    write_atomic(target, text.encode("utf-8"))
    schema = target.parent / SCHEMA_FILE
    if not schema.exists():
        write_atomic(schema, spec_schema_json().encode("utf-8"))
    click.echo(f"已生成 {target}，编辑后运行：jianggao build {target}")


@click.group("templates", invoke_without_command=True)
@TEMPLATES_OPTION
@click.pass_context
def templates_command(ctx: click.Context, template_dirs: tuple[Path, ...]) -> None:
    """列出可用的模板、中文名及一句话说明；templates new 从一篇讲话稿生成新模板。

    \b
    模板名处（说明书的 template:、new、mine -t）英文名和中文名都可以用，
    如 advancement 或 推进会。
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..library_paths import search_path
    from ..render.templates import list_templates
    from ..zh.display_width import display_width, pad

    templates = list_templates(search_path("templates", template_dirs, Path.cwd()))
    width = max((display_width(info.label) for info in templates.values()), default=0)
    for info in templates.values():
        origin = "" if info.builtin else f"  [{info.path.parent}]"
        click.echo(f"{pad(info.label, width)}  {info.description}{origin}")


@templates_command.command("new")
@click.argument("name", metavar="名称")
@click.option("--from", "source", type=click.Path(path_type=Path), help="作为样板的讲话稿（.txt、.md 或 .docx），必须给出")
@click.option("-o", "--output-dir", "out_dir", type=click.Path(path_type=Path), help="写入的模板文件夹（默认：当前文件夹下的 templates/）")
@TEMPLATES_OPTION
def templates_new_command(name: str, source: Path | None, out_dir: Path | None, template_dirs: tuple[Path, ...]) -> None:
    """从讲话稿 --from 生成新模板：写出 名称.j2（模板）和 名称.yaml（起步说明书）。

    \b
    新模板继承 _base.j2，沿用原稿的序号样式、过渡句、致谢语和开头分段；
    用它重新生成从原稿读回的说明书，正文与原稿相同。已有同名文件时不写。
    """
    from ..errors import OutputError
    from ..library_paths import builtin_dir
    from ..output_files import write_atomic
    from ..reader.speech_file import read_speech
    from ..reader.template_maker import check_template_name, make_template
    from ..render.templates import STARTER_SUFFIX, TEMPLATE_SUFFIX, list_templates

    if source is None:  # checked here: click's own "[required]" mark would show in English
        raise click.UsageError("缺少选项 --from：请给出作为样板的讲话稿，如 --from 旧稿.docx")
    check_template_name(name)
    folder = out_dir or Path("templates")
    targets = [folder / f"{name}{TEMPLATE_SUFFIX}", folder / f"{name}{STARTER_SUFFIX}"]
    for target in targets:
        if target.exists():
            raise OutputError(f"{target} 已存在，未覆盖", hint="换一个模板名，或先把已有文件改名")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} 不是文件夹", hint="请用 -o 指定模板文件夹")
    read = read_speech(source)
    dirs = [*template_dirs, folder] if folder.is_dir() else list(template_dirs)  # its templates can be extended
    made = make_template(read, name, template_dirs=dirs, spec_path=Path.cwd() / f"{name}.yaml")
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(targets[0], made.template.encode("utf-8"))
    write_atomic(targets[1], made.starter.encode("utf-8"))
    for note in made.notes:
        click.echo(f"提示：{note}", err=True)
    if name in list_templates([builtin_dir("templates")]):
        click.echo(f"提示：与内置模板 {name} 同名，在这个文件夹旁的说明书中将用它代替内置模板", err=True)
    state = "正文与原稿一致" if made.reproduced else "正文与原稿有出入"
    click.echo(f"已生成 {targets[0]} 和 {targets[1]}（参照模板 {made.based_on}；按原稿读回的说明书重新生成，{state}）")
    click.echo(f"试用：jianggao mine {source} -t {name} -o 新说明书.yaml，或 jianggao new {name}")


@click.command("build")
@click.argument("specs", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="说明书...")
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(["txt", "md", "docx", "pdf"]),
    help="输出格式，可重复（默认 txt）",
)
@click.option("-o", "--output-dir", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="输出文件夹（- 表示输出到屏幕，仅限一个说明书的 txt 或 md）")
@TEMPLATES_OPTION
@FRAGMENTS_OPTION
@click.option("--style", "style_profile", type=click.Path(path_type=Path), help="版式配置文件（YAML），覆盖默认版式")
@click.option("--reference-doc", "reference_doc", type=click.Path(path_type=Path), help="从单位的 Word 模板（.docx）取样式和页面设置")
@click.option("--force", is_flag=True, help="即使输出文件已被手工修改（或不是 jianggao 生成的）也覆盖")
@click.option("--watch", is_flag=True, help="监视说明书（及模板、素材库、版式文件），每次保存后重新生成；按 Ctrl+C 停止")
def build_command(
    specs: tuple[Path, ...],
    formats: tuple[str, ...],
    out_dir: Path,
    template_dirs: tuple[Path, ...],
    fragment_dirs: tuple[Path, ...],
    style_profile: Path | None,
    reference_doc: Path | None,
    force: bool,
    watch: bool,
) -> None:
    """把一个或多个说明书（.yaml）生成讲话稿，每个说明书生成同名文件。"""
    from ..build import BuildInterrupted, BuildOptions, build, draft_text

    for spec in specs:
        if not spec.exists():
            raise SpecError(f"找不到说明书 {spec}", hint="请检查路径是否正确")
    chosen = formats or ("txt",)
    if (style_profile or reference_doc) and not {"docx", "pdf"} & set(chosen):
        click.echo("提示：--style 和 --reference-doc 只影响 docx 和 pdf 输出，本次没有生成这两种格式。", err=True)
    if is_stdout(out_dir) and (len(specs) != 1 or len(set(chosen)) != 1 or chosen[0] not in ("txt", "md")):
        raise OutputError(
            "-o - 表示输出到屏幕，只能用于一个说明书、一种文本格式（txt 或 md）",
            hint="生成 docx、pdf 或多个文件时，请用 -o 指定输出文件夹",
        )
    options = BuildOptions(
        formats=tuple(dict.fromkeys(chosen)),
        out_dir=out_dir,
        template_dirs=list(template_dirs),
        fragment_dirs=list(fragment_dirs),
        style_profile=style_profile,
        reference_doc=reference_doc,
        force=force,
        warn=lambda where, message, suggestion: click.echo(f"警告：{where}：{message}。{suggestion}", err=True),
    )
    if watch:
        if is_stdout(out_dir):
            raise OutputError("--watch 不能与 -o - 同用", hint="请用 -o 指定输出文件夹")
        from ..watching import watch_and_build

        watch_and_build(list(specs), options)
        return
    if is_stdout(out_dir):
        click.echo(draft_text(specs[0], chosen[0], options), nl=False)
        return
    try:
        written = build(list(specs), options)
    except KeyboardInterrupt as exc:  # Ctrl+C or SIGTERM: say what is on disk now
        done = exc if isinstance(exc, BuildInterrupted) else BuildInterrupted([], [])
        for path in done.written:
            click.echo(f"已生成 {path}")
        click.echo(interrupted_summary(done.written, done.unwritten), err=True)
        click.get_current_context().exit(1)
    for path in written:
        click.echo(f"已生成 {path}")


def interrupted_summary(written: list[Path], unwritten: list[Path]) -> str:
    """The line a cancelled build ends with: what it wrote (listed above it) and what it did not."""
    if not written:
        return "已取消，没有写入任何文件。"
    if not unwritten:
        return f"已取消，但要生成的 {len(written)} 个文件都已生成（见上）。"
    names = "、".join(p.name for p in unwritten[:3]) + ("等" if len(unwritten) > 3 else "")
    return f"已取消：已生成 {len(written)} 个文件（见上），{len(unwritten)} 个没有生成（{names}）；重新运行同一命令即可补上。"


@click.command("schema")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), help="写入文件（默认或 - ：输出到屏幕）")
def schema_command(output: Path | None) -> None:
    """输出说明书的 JSON Schema（供 VS Code YAML 插件等编辑器补全和检查）。"""
    from ..output_files import write_atomic
    from ..spec.schema import spec_schema_json

    text = spec_schema_json()
    if output is None or is_stdout(output):
        click.echo(text, nl=False)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(f"已生成 {output}")


__all__ = ["new_command", "templates_command", "templates_new_command", "build_command", "schema_command", "TemplateError"]
