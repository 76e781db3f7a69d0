"""``jianggao mine``: an existing speech in, an editable spec out."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import OutputError
from .options import TEMPLATES_OPTION, is_stdout


@click.command("mine")
@click.argument("speech", type=click.Path(path_type=Path), metavar="讲话稿")
@click.option(
    "-o", "--output", "output", type=click.Path(path_type=Path),
    help="写入的说明书文件（默认：当前文件夹下与讲话稿同名的 .yaml；- 表示输出到屏幕）",
)
@click.option("-t", "--template", "template", metavar="模板名", help="指定模板（英文名或中文名，见 jianggao templates；默认按讲话稿的特征自动选择）")
@TEMPLATES_OPTION
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
def mine_command(
    speech: Path, output: Path | None, template: str | None, template_dirs: tuple[Path, ...], force: bool
) -> None:
    """把已有讲话稿（.txt、.md、.docx，装有 LibreOffice 时也可以是 .doc、.wps）读回成说明书（YAML）。

    \b
    序号会变成结构（说明书中的标题不带序号），网页杂项（阅读全文、上一篇/下一篇、
    分享提示等）会被丢弃并列出。编辑说明书后用 jianggao build 重新生成讲话稿。
    """
    from ..output_files import write_atomic
    from ..reader.mine import mine_speech
    from ..reader.speech_file import dropped_report, read_speech, refuse_spec
    from ..spec.model import validate_spec_text
    from ..spec.yaml_writer import spec_yaml

    refuse_spec(speech)  # before the output checks: --force would not help
    to_stdout = is_stdout(output)
    target = None if to_stdout else (output or Path(speech.stem + ".yaml"))
    if target is not None:
        if target.is_dir():
            raise OutputError(f"{target} 是文件夹", hint="请用 -o 给出说明书的文件名，如 -o 今年.yaml")
        if target.exists() and not force:
            raise OutputError(f"{target} 已存在，未覆盖", hint="换一个文件名（-o），或加 --force 覆盖")
        if not target.parent.is_dir():
            raise OutputError(f"文件夹 {target.parent} 不存在", hint="请先创建它，或用 -o 换一个路径")
        if target.resolve() == speech.resolve():
            raise OutputError("输出文件不能与讲话稿是同一个文件", hint="请用 -o 指定另一个文件名")

    read = read_speech(speech)
    mined = mine_speech(read, template, template_dirs=template_dirs, spec_path=target)
    comments = [f"由 jianggao mine 从 {speech.name} 读出（模板：{mined.template}）。核对、修改后运行：jianggao build 本文件"]
    text = spec_yaml(mined.data, comments)
    validate_spec_text(text)

    def report(message: str) -> None:
        click.echo(message, err=True)

    points = len(mined.data.get("points", []))
    report(f"已读取 {speech}（{read.input_kind}，{len(read.paragraphs)} 段）：{points} 个一级要点，选用模板 {mined.template}")
    for line in outline_preview(mined.data, mined.point_style):
        report(line)
    for line in dropped_report(read.dropped):
        report(line)
    for note in mined.notes:
        report(f"提示：{note}")
    if target is None:
        click.echo(text, nl=False)
        return
    write_atomic(target, text.encode("utf-8"))
    report(f"已生成 {target}，核对后运行：jianggao build {target}")


PREVIEW_WIDTH = 30  # characters of a heading shown in the report; the spec holds it whole


def outline_preview(data: dict, template_style: str = "") -> list[str]:
    """The title and the top-level points as read, for the writer to check at a glance before opening the
    spec (a wrong structure is the reader's costliest mistake and the easiest to see here). The points
    are labelled as the rebuilt speech labels them: the spec's numbering.points, else ``template_style``
    (the template's own, such as 一是 for a symposium), else 一、."""
    from ..zh.numbering import TOP_STYLE, UNNUMBERED, number_label

    def cut(text: str) -> str:
        return text if len(text) <= PREVIEW_WIDTH else text[:PREVIEW_WIDTH] + "…"

    lines = [f"读出的标题：{cut(data['title'])}"] if data.get("title") else ["读出的标题：（无）"]
    points = data.get("points", [])
    style = (data.get("numbering") or {}).get("points") or template_style or TOP_STYLE
    for n, point in enumerate(points, start=1):
        items = sum(1 for item in point.get("items", []) if isinstance(item, dict) and item.get("heading"))
        more = f"（{items} 个分论点）" if items else ""
        label = "" if style == UNNUMBERED else number_label(style, n, len(points))
        lines.append(f"  {label}{cut(point.get('heading', ''))}{more}")
    return lines
