"""``jianggao build``: specs in, drafts out.

Two phases, so a failure never leaves part of a batch written: every spec is
loaded, rendered and written to every format in memory first (by a pool of
processes when the batch is long), then the files are written atomically.
Errors are reported as a one-by-one run would: the first spec that fails to
render, else a writer that cannot be set up, else the first output that fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import JianggaoError, Location, SpecError
from .output_files import ensure_output_dir, output_path
from .records import field, record, replace
from .render.renderer import RenderOptions, render_speech_traced
from .render.unprinted import unprinted_fields
from .spec.model import load_spec
from .speech import Speech

FORMATS = ("txt", "md", "docx", "pdf")


@record
class BuildOptions:
    """What a build makes and where: formats, output folder, libraries, style, and how to warn."""

    formats: Sequence[str] = ("txt",)
    out_dir: Path = Path("output")
    template_dirs: list[Path] = field(default_factory=list)
    fragment_dirs: list[Path] = field(default_factory=list)
    style_profile: Path | None = None
    reference_doc: Path | None = None
    force: bool = False
    # Called with each warning at a spec's place (where, what, what to do), in the specs' order and
    # before anything is written: a spec value the template left out, a label typed into a heading,
    # a placeholder (XX, ××, 某某…) still in the text (the build goes on: a writer may build early).
    warn: Callable[[Location, str, str], None] | None = None


def _text_bytes(speech: Speech) -> bytes:
    from .writers.text import render_text

    return render_text(speech).encode("utf-8")


def _markdown_bytes(speech: Speech) -> bytes:
    from .writers.markdown import render_markdown

    return render_markdown(speech).encode("utf-8")


def _docx_writer(options: BuildOptions) -> Callable[[Speech], bytes]:
    """The Word writer, with the style profile and reference document loaded once per batch."""
    from .writers.docx.profile import load_profile
    from .writers.docx.writer import render_docx

    profile = load_profile(options.style_profile)
    reference = None
    if options.reference_doc:
        from .writers.docx.reference import load_reference

        reference = load_reference(options.reference_doc)
    return lambda speech: render_docx(speech, profile, reference)


def writer_for(fmt: str, options: BuildOptions) -> Callable[[Speech], bytes]:
    if fmt == "txt":
        return _text_bytes
    if fmt == "md":
        return _markdown_bytes
    if fmt == "docx":
        return _docx_writer(options)
    raise SpecError(f"不支持的输出格式“{fmt}”", hint="可用的格式：" + "、".join(FORMATS))


# A batch at least this long is drafted by a pool of processes, one per core: starting
# them costs about what a dozen .docx cost in one process (bench/bench_batch_vs_pandoc.py).
PARALLEL_MIN_SPECS = 24
PER_WORKER_MIN_SPECS = 12


@record(frozen=True)
class _Drafted:
    """One spec's outputs in memory (in the order of the formats), or the error that stopped it.

    ``stage`` says where it stopped, so a batch reports the error a one-by-one
    run would: every spec is rendered before any writer is set up or runs.
    """

    outputs: tuple[bytes, ...] = ()
    stage: str = ""  # "render", "setup" (a writer could not be set up) or "write"
    error: JianggaoError | None = None
    warnings: tuple[tuple[Location, str, str], ...] = ()  # see BuildOptions.warn


class _Drafter:
    """Renders a spec and runs every writer on it; one per process, so caches last the batch."""

    def __init__(self, options: BuildOptions, formats: Sequence[str], warnings: bool | None = None) -> None:
        self.options = options
        self.formats = formats
        # Collect warnings for the parent to say (a worker's options carry no callback to pickle).
        self.warnings = options.warn is not None if warnings is None else warnings
        self.render_options = RenderOptions(template_dirs=options.template_dirs, fragment_dirs=options.fragment_dirs)
        self.writers: list[Callable[[Speech], bytes]] | None = None
        self.setup_error: JianggaoError | None = None

    def __call__(self, spec_path: Path) -> _Drafted:
        notes: list[tuple[Location, str, str]] = []
        if self.warnings:  # collected here and said by the parent, in the specs' order
            self.render_options.warn = lambda where, message, hint, *_rule: notes.append((where, message, hint))
        try:
            loaded = load_spec(spec_path)
            speech, fragment_texts = render_speech_traced(loaded, self.render_options)
        except JianggaoError as exc:
            return _Drafted(stage="render", error=exc, warnings=tuple(notes))
        if self.warnings:
            for field in unprinted_fields(loaded, speech, fragment_texts):
                notes.append((field.where, field.message(speech.template), field.hint))
            if _holds_placeholder(speech):  # check's own rule, said at build; loaded only when needed
                from .checking.spec_subject import placeholder_warnings

                notes.extend(placeholder_warnings(loaded, speech, fragment_texts))
        warnings = tuple(notes)
        if self.writers is None and self.setup_error is None:
            try:
                self.writers = [writer_for(fmt, self.options) for fmt in self.formats]
            except JianggaoError as exc:
                self.setup_error = exc
        if self.setup_error is not None:
            return _Drafted(stage="setup", error=self.setup_error, warnings=warnings)
        assert self.writers is not None
        outputs = []
        for write in self.writers:
            try:
                outputs.append(write(speech))
            except JianggaoError as exc:
                return _Drafted(tuple(outputs), "write", exc, warnings)
        return _Drafted(tuple(outputs), warnings=warnings)


def _holds_placeholder(speech: Speech) -> bool:
    from .zh.placeholders import has_placeholder

    texts = (speech.title, speech.subtitle, *speech.bylines, speech.salutation, *(b.full_text for b in speech.blocks))
    return any(has_placeholder(text) for text in texts)


_worker_drafter: _Drafter | None = None


def _start_worker(options: BuildOptions, formats: Sequence[str], warnings: bool) -> None:
    global _worker_drafter
    _worker_drafter = _Drafter(options, formats, warnings)


def _draft_in_worker(spec_path: Path) -> _Drafted:
    assert _worker_drafter is not None
    return _worker_drafter(spec_path)


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def draft_all(spec_paths: Sequence[Path], options: BuildOptions, formats: Sequence[str]) -> list[_Drafted]:
    """Every spec drafted to every format in memory, in the specs' order: in this process,
    or in a pool of processes when the batch is long enough to pay for starting it."""
    workers = min(_usable_cores(), len(spec_paths) // PER_WORKER_MIN_SPECS)
    if len(spec_paths) < PARALLEL_MIN_SPECS or workers < 2:
        drafter = _Drafter(options, formats)
        return [drafter(path) for path in spec_paths]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _worker_drafter
    # The first spec is drafted here: it loads the template, the writers and the style
    # profile, which forked workers then start with (fork on Linux; elsewhere the
    # platform's default start method, and each worker sets up its own).
    _worker_drafter = _Drafter(options, formats)
    drafted = [_worker_drafter(spec_paths[0])]
    rest = spec_paths[1:]
    if sys.platform == "linux":
        context, setup = multiprocessing.get_context("fork"), {}
    else:
        context, setup = multiprocessing.get_context(), {
            "initializer": _start_worker,
            "initargs": (replace(options, warn=None), formats, options.warn is not None),
        }
    # Small chunks keep both workers busy to the end: on a shared machine one worker is often
    # slowed, and with chunks of an eighth of the batch the other could wait out most of one.
    chunk = max(1, len(rest) // (workers * 16))
    try:
        with ProcessPoolExecutor(workers, mp_context=context, **setup) as pool:
            drafted += pool.map(_draft_in_worker, rest, chunksize=chunk)
    finally:
        _worker_drafter = None
    return drafted


def _say_warnings(drafted: Sequence[_Drafted], options: BuildOptions) -> None:
    if options.warn is not None:
        for draft in drafted:
            for where, message, hint in draft.warnings:
                options.warn(where, message, hint)


def draft_text(spec_path: Path, fmt: str, options: BuildOptions) -> str:
    """One spec as txt or md text, written nowhere (``build -o -``)."""
    draft = _Drafter(options, [fmt])(spec_path)
    _say_warnings([draft], options)
    if draft.error is not None:
        raise draft.error
    return draft.outputs[0].decode("utf-8")


def build(spec_paths: Sequence[Path], options: BuildOptions) -> list[Path]:
    """Render every spec to every format; return the files written.

    Nothing is written unless every spec renders, every output is produced and no
    destination is one the writer touched (``output_guard``). Interrupted, it raises
    ``BuildInterrupted`` naming the files already in place and those not written.
    """
    stems = [p.stem for p in spec_paths]
    duplicates = sorted({s for s in stems if stems.count(s) > 1})
    if duplicates:
        raise SpecError(
            f"多个说明书同名（{'、'.join(duplicates)}），输出文件会互相覆盖",
            hint="请给说明书改成不同的文件名",
        )
    # A PDF is converted from the .docx, which is written too (and kept if the conversion fails).
    formats = [*options.formats, "docx"] if "pdf" in options.formats else list(options.formats)
    formats = [fmt for fmt in dict.fromkeys(formats) if fmt != "pdf"]
    drafted = draft_all(spec_paths, options, formats)
    _say_warnings(drafted, options)
    for stage in ("render", "setup"):
        failed = next((d for d in drafted if d.stage == stage), None)
        if failed is not None and failed.error is not None:
            raise failed.error
    outputs: list[tuple[Path, bytes]] = []
    out_dir = ensure_output_dir(options.out_dir)
    for spec_path, draft in zip(spec_paths, drafted, strict=True):
        for fmt, data in zip(formats, draft.outputs, strict=False):
            outputs.append((output_path(out_dir, f"{spec_path.stem}.{fmt}"), data))
        if draft.error is not None:
            output_path(out_dir, f"{spec_path.stem}.{formats[len(draft.outputs)]}")
            raise draft.error
    from .output_guard import check_destinations, expect, record_lock, settle, write_drafts

    docx_paths = [path for path, _ in outputs if path.suffix == ".docx"]
    pdf_paths = [path.with_suffix(".pdf") for path in docx_paths] if "pdf" in options.formats else []
    planned = [*(path for path, _ in outputs), *pdf_paths]
    written: list[Path] = []  # filled as each file is put in place (with the output record)
    try:
        with record_lock(out_dir) as records:  # another build into out_dir waits its turn
            check_destinations([*outputs, *((path, None) for path in pdf_paths)], force=options.force, records=records)
            write_drafts(outputs, records, written)  # every file or none
        if pdf_paths:
            from .writers.pdf import convert_to_pdf

            pdfs = convert_to_pdf(docx_paths, out_dir, before_replace=expect, done=written)
            settle([(path, path.read_bytes()) for path in pdfs])
    except KeyboardInterrupt:
        done = set(written)
        raise BuildInterrupted([p for p in planned if p in done], [p for p in planned if p not in done]) from None
    return planned


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl+C (or SIGTERM) during a build: the files already in place and those not written."""

    def __init__(self, written: list[Path], unwritten: list[Path]) -> None:
        super().__init__()
        self.written = written
        self.unwritten = unwritten
