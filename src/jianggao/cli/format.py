"""``jianggao format``: 一键排版 — an existing draft laid out as a GB/T 9704 Word document."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError, OutputError


def default_output(draft: Path) -> Path:
    """Next to the draft, named after it: 讲话.txt → 讲话_排版.docx (never the draft itself)."""
    return draft.with_name(f"{draft.stem}_排版.docx")


@click.command("format")
@click.argument("draft", type=click.Path(path_type=Path), metavar="讲话稿")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), help="输出的 .docx 文件（默认：原稿旁边的“原名_排版.docx”）")
@click.option("--fix-punct", "fix_punct", is_flag=True, help="把中文里的半角标点（, : ; ? ! ( ) \"）改为全角，并逐条报告")
@click.option("--style", "style_profile", type=click.Path(path_type=Path), help="版式配置文件（YAML），覆盖默认版式")
@click.option("--reference-doc", "reference_doc", type=click.Path(path_type=Path), help="从单位的 Word 模板（.docx）取样式和页面设置")
@click.option("--force", is_flag=True, help="即使输出的 .docx 已被手工修改也覆盖（原稿永远不会被覆盖）")
def format_command(
    draft: Path,
    output: Path | None,
    fix_punct: bool,
    style_profile: Path | None,
    reference_doc: Path | None,
    force: bool,
) -> None:
    """一键排版：把已有的讲话稿（.txt、.md、.docx）按公文格式（GB/T 9704，
    或 --style 给出的版式）排成 Word 文档。

    像 mine 一样读出标题、署名、称呼、各级标题和段首小标题；正文一字不改，
    只把序号统一成标准写法和顺序（一、（一）1.（1）第一，一是……），每处改动都列出来；
    网页杂项（阅读全文、分享等）略去并列出。原稿不会被覆盖。
    """
    from ..output_files import ensure_output_dir, write_atomic
    from ..output_guard import check_destination
    from ..reformat import reformat
    from ..writers.docx.profile import load_profile
    from ..writers.docx.reference import load_reference
    from ..writers.docx.writer import render_docx

    if not draft.is_file():
        raise InputError(f"找不到讲话稿 {draft}", hint="请检查路径是否正确")
    out = output if output is not None else default_output(draft)
    if out.suffix.lower() != ".docx":
        raise OutputError(f"输出文件 {out} 应以 .docx 结尾", hint="如 -o 讲话_排版.docx")
    if out.exists() and out.resolve() == draft.resolve():
        raise OutputError(f"输出文件 {out} 就是原稿", hint="原稿不会被覆盖，请用 -o 指定另一个文件名")
    profile = load_profile(style_profile)
    reference = load_reference(reference_doc) if reference_doc is not None else None
    result = reformat(draft, fix_punctuation=fix_punct)
    data = render_docx(result.speech, profile, reference)
    ensure_output_dir(out.parent if str(out.parent) else Path("."))
    check_destination(out, data, force=force)
    write_atomic(out, data)
    for line in result.report():
        click.echo(line)
    labels = sum(1 for c in result.changes if c.kind == "序号")
    marks = sum(c.count for c in result.changes if c.kind == "标点")
    summary = f"序号改动 {labels} 处" + (f"，标点改动 {marks} 处" if fix_punct else "")
    summary += f"，略去 {len(result.source.dropped)} 行" if result.source.dropped else ""
    click.echo(f"已排版 {draft} → {out}（{summary}）")
