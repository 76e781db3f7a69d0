"""``jianggao check``: review specs and drafts, print findings, exit 1 on errors."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .options import FRAGMENTS_OPTION, TEMPLATES_OPTION, FiniteFloatRange


@click.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="文件...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="输出格式：text 供人阅读，json 供其他工具使用",
)
@click.option("--strict", is_flag=True, help="严格模式：有警告也以退出码 1 结束")
@click.option("--rate", metavar="字数", type=click.IntRange(min=1, max=100_000), default=220, show_default=True, help="语速（每分钟字数），用于估算讲话时长")
@click.option("--max-chars", "max_chars", metavar="字数", type=click.IntRange(min=1), help="字数上限，超过即报错")
@click.option("--duration", metavar="分钟数", type=FiniteFloatRange(min=0, min_open=True, max=100_000), help="计划讲话分钟数（覆盖说明书中的 duration）")
@click.option("--ignore", "ignored", metavar="规则", multiple=True, help="不报告这条规则（规则名见 README 的规则表，如 stale-year），可重复或用逗号隔开")
@click.option("--fix", is_flag=True, help="把中文里的半角标点改为全角（.txt 讲话稿和 .yaml 说明书），写入“原名_改标点”新文件后再检查")
@click.option("--in-place", "in_place", is_flag=True, help="与 --fix 同用：直接改原文件（整体替换，不会只写一半）")
@TEMPLATES_OPTION
@FRAGMENTS_OPTION
@click.pass_context
def check_command(
    ctx: click.Context,
    files: tuple[Path, ...],
    output_format: str,
    strict: bool,
    rate: int,
    max_chars: int | None,
    duration: float | None,
    ignored: tuple[str, ...],
    fix: bool,
    in_place: bool,
    template_dirs: tuple[Path, ...],
    fragment_dirs: tuple[Path, ...],
) -> None:
    """检查说明书（.yaml）或讲话稿（.txt、.md、.docx；装有 LibreOffice 时也可以是 .doc、.wps）：占位符、沿用往年没改的年份、
    前后数目、要点数、标题对仗、序号、篇幅与时长、标点、重复句。

    \b
    退出码：没有错误为 0（只有警告和提示也是 0）；有错误为 1；
    加 --strict 时有警告也为 1。
    """
    from ..checking.findings import SEVERITY_NAMES
    from ..checking.runner import check_files
    from ..checking.subject import CheckOptions
    from ..render.renderer import RenderOptions

    if in_place and not fix:
        raise click.UsageError("--in-place 须与 --fix 一起使用")
    ignore = _rule_names(ignored)
    if fix:
        files = tuple(_fix_punctuation(path, in_place=in_place, quiet=output_format == "json") for path in files)
    options = CheckOptions(rate=rate, max_chars=max_chars, duration=duration, ignore=ignore)
    render_options = RenderOptions(template_dirs=list(template_dirs), fragment_dirs=list(fragment_dirs))
    reports = check_files(files, options, render_options)
    counts = {name: sum(r.count(name) for r in reports) for name in SEVERITY_NAMES}
    if output_format == "json":
        document = {
            "files": [
                {
                    "path": str(r.path),
                    "counts": {name: r.count(name) for name in SEVERITY_NAMES},
                    "findings": [f.as_json() for f in r.findings],
                }
                for r in reports
            ],
            "counts": counts,
        }
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for finding in report.findings:
                click.echo(finding.as_text())
        click.echo(
            f"共检查 {len(reports)} 个文件：错误 {counts['error']} 处，"
            f"警告 {counts['warning']} 处，提示 {counts['info']} 处"
        )
    if counts["error"] or (strict and counts["warning"]):
        ctx.exit(1)


def _rule_names(given: tuple[str, ...]) -> frozenset[str]:
    """The rule ids of --ignore (repeated or comma-separated), each one a rule check has."""
    import re

    from ..checking.runner import RULE_IDS
    from ..zh.suggest import suggestion

    names = {name for value in given for name in re.split(r"[,，、\s]+", value.strip()) if name}
    for name in sorted(names):
        if name not in RULE_IDS:
            raise click.UsageError(f"--ignore 的规则名“{name}”不存在。{suggestion(name, RULE_IDS)}可用的规则：{'、'.join(RULE_IDS)}")
    return frozenset(names)


def _fix_punctuation(path: Path, *, in_place: bool, quiet: bool) -> Path:
    """Fix ``path``'s half-width punctuation into a new file (or in place); the file to check."""
    from ..checking.punctuation_fix import fix_file
    from ..errors import OutputError
    from ..output_files import write_atomic
    from ..text_files import encode_text

    fixed = fix_file(path)
    target = path if in_place else path.with_name(f"{path.stem}_改标点{path.suffix}")
    if not in_place and target.exists():
        raise OutputError(f"{target} 已存在，未覆盖", hint="请先删去或改名，或加 --in-place 直接修改原文件")
    # write before listing: the list may go to a pipe that closes early (| head), which ends the run
    if fixed.fixes or not in_place:
        write_atomic(target, encode_text(fixed.text, fixed.codec))
    for change in fixed.fixes:
        click.echo(change.describe(path), err=quiet)
    count = sum(change.count for change in fixed.fixes)
    click.echo(f"已{'修改' if in_place else '写入'} {target}（标点改动 {count} 处）", err=quiet)
    return target
