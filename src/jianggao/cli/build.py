"""CLI commands of the drafting pipeline: new, templates, build, schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import OutputError, SpecError, TemplateError
from .options import FRAGMENTS_OPTION, TEMPLATES_OPTION, is_stdout


@click.command("new")
@click.argument("template")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), help="写入的文件（默认 TEMPLATE.yaml；- 表示输出到屏幕）")
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
@TEMPLATES_OPTION
def new_command(template: str, output: Path | None, force: bool, template_dirs: tuple[Path, ...]) -> None:
    """生成模板 TEMPLATE 的起步说明书（带注释，可直接 build）。

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


@click.command("templates")
@TEMPLATES_OPTION
def templates_command(template_dirs: tuple[Path, ...]) -> None:
    """列出可用的模板及其一句话说明。"""
    from ..library_paths import search_path
    from ..render.templates import list_templates

    templates = list_templates(search_path("templates", template_dirs, Path.cwd()))
    width = max((len(name) for name in templates), default=0)
    for info in templates.values():
        origin = "" if info.builtin else f"  [{info.path.parent}]"
        click.echo(f"{info.name.ljust(width)}  {info.description}{origin}")


@click.command("build")
@click.argument("specs", nargs=-1, required=True, type=click.Path(path_type=Path))
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
@click.option("--force", is_flag=True, help="即使 .docx 已被手工修改也覆盖")
def build_command(
    specs: tuple[Path, ...],
    formats: tuple[str, ...],
    out_dir: Path,
    template_dirs: tuple[Path, ...],
    fragment_dirs: tuple[Path, ...],
    style_profile: Path | None,
    reference_doc: Path | None,
    force: bool,
) -> None:
    """把一个或多个说明书 SPECS 生成讲话稿，每个说明书生成同名文件。"""
    from ..build import BuildOptions, build, draft_text

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
        warn=lambda where, message, suggestion: click.echo(f"提示：{where}：{message}。{suggestion}", err=True),
    )
    if is_stdout(out_dir):
        click.echo(draft_text(specs[0], chosen[0], options), nl=False)
        return
    for path in build(list(specs), options):
        click.echo(f"已生成 {path}")


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


__all__ = ["new_command", "templates_command", "build_command", "schema_command", "TemplateError"]
