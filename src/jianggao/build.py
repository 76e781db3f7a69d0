"""``jianggao build``: specs in, drafts out.

Three phases, so a failure never leaves part of a batch written: every spec is
loaded and rendered first, then every output is produced in memory, then the
files are written atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Location, SpecError
from .output_files import ensure_output_dir, output_path, write_all
from .render.renderer import RenderOptions, render_speech_traced
from .render.unprinted import unprinted_fields
from .spec.model import load_spec
from .speech import Speech

FORMATS = ("txt", "md", "docx", "pdf")


@dataclass
class BuildOptions:
    formats: Sequence[str] = ("txt",)
    out_dir: Path = Path("output")
    template_dirs: list[Path] = field(default_factory=list)
    fragment_dirs: list[Path] = field(default_factory=list)
    style_profile: Path | None = None
    reference_doc: Path | None = None
    force: bool = False
    # Called with each warning at a spec's place (where, what, what to do), before anything is written:
    # a spec value the template left out, a label typed into a heading that the template generates.
    warn: Callable[[Location, str, str], None] | None = None


@dataclass(frozen=True)
class BuiltDraft:
    spec_path: Path
    speech: Speech


def _text_bytes(speech: Speech) -> bytes:
    from .writers.text import render_text

    return render_text(speech).encode("utf-8")


def _markdown_bytes(speech: Speech) -> bytes:
    from .writers.markdown import render_markdown

    return render_markdown(speech).encode("utf-8")


def _docx_writer(options: BuildOptions) -> Callable[[Speech], bytes]:
    """The Word writer, with the style profile and reference document loaded once per batch."""
    from .writers.docx.profile import load_profile
    from .writers.docx.reference import load_reference
    from .writers.docx.writer import render_docx

    profile = load_profile(options.style_profile)
    reference = load_reference(options.reference_doc) if options.reference_doc else None
    return lambda speech: render_docx(speech, profile, reference)


def writer_for(fmt: str, options: BuildOptions) -> Callable[[Speech], bytes]:
    if fmt == "txt":
        return _text_bytes
    if fmt == "md":
        return _markdown_bytes
    if fmt == "docx":
        return _docx_writer(options)
    raise SpecError(f"不支持的输出格式“{fmt}”", hint="可用的格式：" + "、".join(FORMATS))


def render_specs(spec_paths: Sequence[Path], options: BuildOptions) -> list[BuiltDraft]:
    render_options = RenderOptions(template_dirs=options.template_dirs, fragment_dirs=options.fragment_dirs, warn=options.warn)
    drafts = []
    for path in spec_paths:
        loaded = load_spec(path)
        speech, fragment_texts = render_speech_traced(loaded, render_options)
        if options.warn:
            for field in unprinted_fields(loaded, speech, fragment_texts):
                options.warn(field.where, field.message(speech.template), field.hint)
        drafts.append(BuiltDraft(path, speech))
    return drafts


def draft_text(spec_path: Path, fmt: str, options: BuildOptions) -> str:
    """One spec as txt or md text, written nowhere (``build -o -``)."""
    draft = render_specs([spec_path], options)[0]
    return writer_for(fmt, options)(draft.speech).decode("utf-8")


def build(spec_paths: Sequence[Path], options: BuildOptions) -> list[Path]:
    """Render every spec to every format; return the files written."""
    stems = [p.stem for p in spec_paths]
    duplicates = sorted({s for s in stems if stems.count(s) > 1})
    if duplicates:
        raise SpecError(
            f"多个说明书同名（{'、'.join(duplicates)}），输出文件会互相覆盖",
            hint="请给说明书改成不同的文件名",
        )
    drafts = render_specs(spec_paths, options)
    # A PDF is converted from the .docx, which is written too (and kept if the conversion fails).
    formats = [*options.formats, "docx"] if "pdf" in options.formats else list(options.formats)
    writers = {fmt: writer_for(fmt, options) for fmt in dict.fromkeys(formats) if fmt != "pdf"}
    outputs: list[tuple[Path, bytes]] = []
    out_dir = ensure_output_dir(options.out_dir)
    for draft in drafts:
        for fmt, write in writers.items():
            outputs.append((output_path(out_dir, f"{draft.spec_path.stem}.{fmt}"), write(draft.speech)))
    from .writers.docx.guard import check_destinations

    check_destinations([path for path, _ in outputs if path.suffix == ".docx"], force=options.force)
    write_all(outputs)  # every file or none
    written = [path for path, _ in outputs]
    if "pdf" in options.formats:
        from .writers.pdf import convert_to_pdf

        written += convert_to_pdf([p for p in written if p.suffix == ".docx"], out_dir)
    return written
