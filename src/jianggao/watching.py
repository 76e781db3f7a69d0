"""``jianggao build --watch``: build, then build again every time an input is saved.

Inputs are the specs themselves, the user's template and fragment folders
(beside the specs, ``--templates``/``--fragments`` and the environment's) and
the style profile or reference document. Outputs are never watched, so a build
does not trigger itself. A failed build prints its one-line error and keeps
watching: the next save may fix it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from .build import BuildOptions, build
from .errors import JianggaoError
from .library_paths import builtin_dir, search_path


def watched_inputs(specs: Sequence[Path], options: BuildOptions) -> tuple[set[Path], set[Path]]:
    """(files, folders) whose changes mean a rebuild; the built-in libraries are not among them."""
    files = {p.resolve() for p in specs}
    for extra in (options.style_profile, options.reference_doc):
        if extra is not None:
            files.add(extra.resolve())
    folders: set[Path] = set()
    for spec in specs:
        for kind, given in (("templates", options.template_dirs), ("fragments", options.fragment_dirs)):
            try:
                dirs = search_path(kind, given, spec.resolve().parent)
            except JianggaoError:
                continue  # the build reports a missing folder
            folders |= {d.resolve() for d in dirs if d.resolve() != builtin_dir(kind).resolve()}
    return files, folders


def build_once(specs: Sequence[Path], options: BuildOptions) -> bool:
    """One build, reported as the CLI reports it; False when it failed."""
    try:
        written = build(list(specs), options)
    except JianggaoError as exc:
        click.echo(f"错误：{exc}", err=True)
        return False
    for path in written:
        click.echo(f"已生成 {path}")
    return True


def watch_and_build(
    specs: Sequence[Path],
    options: BuildOptions,
    stop: threading.Event | None = None,
    on_build: Callable[[bool], None] | None = None,
) -> None:
    """Build now and after every change to an input, until Ctrl+C (or ``stop`` is set)."""
    from watchfiles import watch

    logging.getLogger("watchfiles").setLevel(logging.ERROR)  # its English notices are not for our users
    files, folders = watched_inputs(specs, options)

    def relevant(_change: object, name: str) -> bool:
        path = Path(name).resolve()
        return path in files or any(path.is_relative_to(folder) for folder in folders)

    roots = sorted({str(p.parent) for p in files} | {str(f) for f in folders})
    ok = build_once(specs, options)
    if on_build:
        on_build(ok)
    click.echo("正在监视说明书的修改，保存后自动重新生成；按 Ctrl+C 停止。", err=True)
    try:
        for _changes in watch(*roots, watch_filter=relevant, stop_event=stop, debounce=300, raise_interrupt=False):
            ok = build_once(specs, options)
            if on_build:
                on_build(ok)
    except KeyboardInterrupt:  # pragma: no cover - watchfiles normally swallows it (raise_interrupt=False)
        pass
    click.echo("已停止监视。", err=True)
