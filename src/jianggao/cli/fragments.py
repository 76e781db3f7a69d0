"""``jianggao fragments``: browse, search, show, create, edit, check and harvest fragments."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import FragmentError
from .options import FRAGMENTS_OPTION, is_stdout


def _library(fragment_dirs: tuple[Path, ...]):
    from ..fragments.library import load_library
    from ..library_paths import search_path

    return load_library(search_path("fragments", fragment_dirs, Path.cwd()))


def _origin(entry) -> str:
    return "内置" if entry.builtin else str(entry.library)


@click.group("fragments", context_settings={"help_option_names": ["-h", "--help"]})
def fragments_group() -> None:
    """素材库：可复用的开头、过渡、结尾、金句等，带变量。

    查找顺序：内置素材库 → 说明书旁（当前文件夹）的 fragments/ → JIANGGAO_FRAGMENTS → --fragments；
    编号相同时，后面的覆盖前面的。new/edit 写入最后一个 --fragments 文件夹，没有时写入 ./fragments/。
    """


@fragments_group.command("list")
@click.option("--kind", help="只列出这一类，如 opening、transition、closing、quote")
@click.option("--tag", help="只列出标签包含这个词的素材")
@click.option("--occasion", help="只列出适用场合包含这个词的素材，如 推进会")
@FRAGMENTS_OPTION
def list_command(kind: str | None, tag: str | None, occasion: str | None, fragment_dirs: tuple[Path, ...]) -> None:
    """列出素材（编号、标题、标签、来源）。"""
    from ..fragments.search import filter_entries
    from ..zh.display_width import display_width, pad

    found = filter_entries(_library(fragment_dirs), kind, tag, occasion)
    width = max((display_width(entry.id) for entry, _ in found), default=0)
    title_width = max((display_width(frag.title) for _, frag in found), default=0)
    for entry, frag in found:
        tags = "、".join(frag.tags)
        origin = "" if entry.builtin else f"  [{entry.path}]"
        click.echo(f"{pad(entry.id, width)}  {pad(frag.title, title_width)}  （{tags}）{origin}")
    click.echo(f"共 {len(found)} 条素材")


@fragments_group.command("search")
@click.argument("terms", nargs=-1, required=True, metavar="关键词...")
@FRAGMENTS_OPTION
def search_command(terms: tuple[str, ...], fragment_dirs: tuple[Path, ...]) -> None:
    """按关键词搜索素材（标题、标签、场合、正文、出处）；多个关键词须同时出现。"""
    from ..fragments.search import search

    hits = search(_library(fragment_dirs), list(terms))
    if not hits:
        click.echo(f"没有找到包含“{' '.join(terms)}”的素材。可用 jianggao fragments list 查看全部素材")
        return
    from ..zh.display_width import display_width, pad

    width = max(display_width(h.entry.id) for h in hits)
    for hit in hits:
        click.echo(f"{pad(hit.entry.id, width)}  {hit.fragment.title}")
        if hit.snippet:
            click.echo(f"{' ' * width}  {hit.snippet}")
    click.echo(f"找到 {len(hits)} 条素材")


@fragments_group.command("show")
@click.argument("fragment_id", metavar="编号")
@click.option("--raw", is_flag=True, help="显示正文原文（含 {{ 变量 }}），不代入变量")
@click.option("-s", "--set", "settings", multiple=True, metavar="名称=值", help="代入变量的值（可重复），如 -s goal=锻造铁军")
@FRAGMENTS_OPTION
def show_command(fragment_id: str, raw: bool, settings: tuple[str, ...], fragment_dirs: tuple[Path, ...]) -> None:
    """显示一条素材：来源文件、标签、变量，以及按默认值生成的正文。"""
    from ..fragments.library import preview_values, render_entry

    library = _library(fragment_dirs)
    entry = library.entry(fragment_id)
    frag = entry.fragment()
    given: dict[str, str] = {}
    for setting in settings:
        name, sep, value = setting.partition("=")
        if not sep or name.strip() not in frag.variables:
            declared = "、".join(frag.variables) or "（无）"
            raise FragmentError(f"无法代入“{setting}”", hint=f"请写成 名称=值；这段素材的变量：{declared}")
        given[name.strip()] = value
    # Render before printing anything, so a broken fragment gives one error line and no half listing.
    if raw:
        text = frag.text
    else:
        rendered = render_entry(entry, preview_values(frag, given), None)
        text = "".join(line.strip() for line in rendered.splitlines())
    lines = [f"{frag.id}  {frag.title}", f"来源：{entry.location}（{_origin(entry)}）"]
    lines += [f"覆盖了：{earlier.location}（{_origin(earlier)}）" for earlier in reversed(entry.overrides)]
    lines.append(f"类别：{frag.kind}　标签：{'、'.join(frag.tags) or '无'}　场合：{'、'.join(frag.occasions) or '不限'}")
    if frag.source:
        lines.append(f"出处：{frag.source}")
    if frag.variables:
        lines.append("变量：")
        for name, var in frag.variables.items():
            default = f"（默认：{var.default}）" if var.has_default else "（必填）"
            lines.append(f"  {name}　{var.description}{default}")
    lines += ["—" * 20, text]
    click.echo("\n".join(lines))


def _save(fragment_id: str, fragment_dirs: tuple[Path, ...], *, new: bool) -> None:
    from ..fragments.editing import save_fragment
    from ..fragments.library import user_library

    path, warnings = save_fragment(_library(fragment_dirs), fragment_id, user_library(fragment_dirs), new=new)
    if path is None:
        click.echo("内容没有改动，没有保存")
        return
    for warning in warnings:
        click.echo(warning, err=True)
    click.echo(f"已保存素材 {fragment_id} 到 {path}")


@fragments_group.command("new")
@click.argument("fragment_id", metavar="类别.名称")
@FRAGMENTS_OPTION
def new_command(fragment_id: str, fragment_dirs: tuple[Path, ...]) -> None:
    """新建素材（编号写作 类别.名称）：用 $VISUAL/$EDITOR 打开模板，检查无误后保存到用户素材库。"""
    _save(fragment_id, fragment_dirs, new=True)


@fragments_group.command("edit")
@click.argument("fragment_id", metavar="编号")
@FRAGMENTS_OPTION
def edit_command(fragment_id: str, fragment_dirs: tuple[Path, ...]) -> None:
    """修改素材（按编号）：检查无误才保存；内置素材另存到用户素材库（覆盖内置）。

    修改有错时原文件不动，您的修改另存为 编号.rejected-时间.txt。
    """
    _save(fragment_id, fragment_dirs, new=False)


@fragments_group.command("check")
@FRAGMENTS_OPTION
def check_command(fragment_dirs: tuple[Path, ...]) -> None:
    """检查正在使用的所有素材库：YAML、未知字段、重复编号、Jinja 语法、变量声明、空正文。"""
    from ..fragments.lint import check_libraries
    from ..library_paths import search_path

    dirs = search_path("fragments", fragment_dirs, Path.cwd())
    report = check_libraries(dirs)
    for problem in report.problems:
        click.echo(str(problem), err=True)
    libraries = "、".join(str(d) for d in dirs)
    if report.problems:
        warnings = len(report.problems) - report.errors
        click.echo(f"检查了 {report.checked} 条素材（{libraries}）：{report.errors} 个错误，{warnings} 个提醒", err=True)
        click.get_current_context().exit(1)
    click.echo(f"检查了 {report.checked} 条素材（{libraries}），没有发现问题")


@fragments_group.command("harvest", short_help="从已有讲话稿提取候选素材，写成新文件供审阅。")
@click.argument("speech", type=click.Path(path_type=Path), metavar="讲话稿")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="写入的新文件（默认：当前文件夹下的 名称.fragments.yaml；已存在则不写）")
def harvest_command(speech: Path, output: Path | None) -> None:
    """从已有讲话稿（.txt、.md、.docx，装有 LibreOffice 时也可以是 .doc、.wps）提取开头、过渡、标题、结尾，写成候选素材的新文件供审阅。

    \b
    讲话稿与 jianggao mine 用同一方式读取：网页杂项（阅读全文、上一篇/下一篇、
    分享提示等）会被丢弃。
    """
    from ..errors import OutputError
    from ..fragments.harvest import harvest
    from ..reader.speech_file import dropped_report

    if is_stdout(output):
        raise OutputError("fragments harvest 只写文件，不能用 -o - 输出到屏幕", hint="请用 -o 给出新文件名，如 -o 候选.fragments.yaml")
    target, found, parts = harvest(speech, output)
    kinds: dict[str, int] = {}
    for c in found:
        kind = c.id.split(".", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    summary = "、".join(f"{kind} {n}" for kind, n in kinds.items())
    click.echo(f"已提取 {len(found)} 条候选素材（{summary}），写入 {target}")
    for line in dropped_report(parts.dropped):
        click.echo(line)
    missing = [label for label, present in (("过渡句", parts.transition), ("结尾", parts.closing)) if not present]
    if missing:
        click.echo(f"没有找到：{'、'.join(missing)}")
    click.echo("请审阅修改后移入素材库，再运行 jianggao fragments check")
