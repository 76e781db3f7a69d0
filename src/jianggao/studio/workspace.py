"""The studio's work on one folder: the specs in it, analysing edits, saving, exporting, importing.

Everything the studio does goes through a ``Workspace``, which knows nothing of
HTTP. It reuses the library throughout (spec loading, rendering, ``check``'s
rules, the writers, ``mine``), so what the studio shows and writes is what the
CLI would. Every path a request names is confined to the folder the studio was
started in; every write is atomic; a save whose file changed on disk since it
was read is refused rather than overwriting someone else's edit.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from ..errors import InputError, JianggaoError, Location, OutputError, SpecError
from ..library_paths import is_within, search_path
from ..output_files import write_atomic
from ..reader.legacy_word import LEGACY_SUFFIXES
from ..records import field, record
from ..render.jinja_env import one_line
from ..render.renderer import RenderOptions, render_speech_traced
from ..spec.model import Item, LoadedSpec, load_spec_text
from ..speech import Heading, Paragraph, Speech
from ..text_files import decode_text, read_user_bytes

SPEC_SUFFIXES = (".yaml", ".yml")
IMPORT_SUFFIXES = (".docx", ".txt", ".md", ".markdown", *LEGACY_SUFFIXES)  # .doc/.wps: as mine, with LibreOffice
EXPORT_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
MAX_SPEC_BYTES = 2 * 1024 * 1024
MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Files and folders beside the specs that are not specs.
_NOT_SPECS = {"jianggao.schema.json"}
_NOT_SPEC_FOLDERS = {"output", "fragments", "templates", "node_modules", "__pycache__"}
SPEC_DEPTH = 2
MAX_SPECS = 500


class SaveConflict(OutputError):
    """The file changed on disk since the editor read it."""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@record
class Problem:
    """An error shown in the editor: the CLI's words, and the line:column it names in this spec."""

    message: str
    line: int | None = None
    column: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {"message": self.message, "line": self.line, "column": self.column}


@record
class Analysis:
    errors: list[Problem] = field(default_factory=list)
    outline: list[dict[str, Any]] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    pages_html: str = ""
    page_count: int = 0
    characters: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "errors": [e.as_json() for e in self.errors],
            "outline": self.outline,
            "findings": self.findings,
            "pages_html": self.pages_html,
            "page_count": self.page_count,
            "characters": self.characters,
        }


def problem_from(exc: JianggaoError, spec_path: Path, name: str) -> Problem:
    """The error as the CLI prints it (without 错误：, the spec named as in the file list);
    its line only when it points into this spec."""
    loc = exc.location
    here = loc is not None and Path(loc.path).resolve() == spec_path.resolve()
    message = str(exc).replace(str(spec_path), name)
    return Problem(message, loc.line if here and loc else None, loc.column if here and loc else None)


def outline_of(loaded: LoadedSpec, speech: Speech) -> list[dict[str, Any]]:
    """Points and headed sub-points with their generated labels, each with its spec line.

    The speech's headings and run-in leads come in the spec's order; each is
    matched to the next headed entry of the spec whose words it prints.
    """
    entries: list[tuple[tuple, str]] = []

    def walk(items: list, path: tuple) -> None:
        for j, item in enumerate(items):
            if isinstance(item, Item):
                if item.heading and isinstance(item.heading, str):
                    entries.append(((*path, j, "heading"), item.heading))
                walk(item.items, (*path, j, "items"))

    for i, point in enumerate(loaded.spec.points):
        entries.append((("points", i, "heading"), point.heading if isinstance(point.heading, str) else ""))
        walk(point.items, ("points", i, "items"))
    out: list[dict[str, Any]] = []
    cursor = 0
    for index, block in enumerate(speech.blocks):
        if isinstance(block, Heading):
            level, label, words = block.level, block.label, block.text
        elif isinstance(block, Paragraph) and block.lead:
            level, label, words = block.lead_level, block.label, block.lead
        else:
            continue
        line = None
        for k in range(cursor, len(entries)):
            path, heading = entries[k]
            if heading and heading.strip().rstrip("。") in words:
                line = loaded.where(path).line
                cursor = k + 1
                break
        out.append({"level": level, "label": label, "text": words, "line": line, "block": index})
    return out


def _naming(exc: JianggaoError, copy: Path, original: str) -> JianggaoError:
    """``exc`` about the writer's file ``original`` rather than our temporary ``copy`` of it."""
    loc = exc.location
    if loc is not None and Path(loc.path) == copy:
        exc.location = Location(original, loc.line, loc.column)
    exc.message = exc.message.replace(str(copy), original)
    exc.hint = exc.hint.replace(str(copy), original)
    return exc


class Workspace:
    """The folder the studio was started in, and the session's shared state."""

    def __init__(
        self,
        root: Path,
        template_dirs: list[Path] | None = None,
        fragment_dirs: list[Path] | None = None,
        style_profile: Path | None = None,
    ) -> None:
        from ..writers.docx.profile import load_profile

        self.root = root.resolve()
        self.render_options = RenderOptions(template_dirs=list(template_dirs or []), fragment_dirs=list(fragment_dirs or []))
        self.style_profile = style_profile
        self.profile = load_profile(style_profile)
        self._fragment_stamp: list[tuple[str, int]] = []

    # --- paths ------------------------------------------------------------

    def resolve(self, name: str, suffixes: tuple[str, ...] = SPEC_SUFFIXES) -> Path:
        """``name`` (relative to the folder) as a path inside it, with one of ``suffixes``."""
        if not name or "\x00" in name or Path(name).is_absolute():
            raise InputError(f"文件名“{name}”无效", hint="请选择工作文件夹中的文件")
        path = self.root / name
        if not is_within(path, self.root):
            raise InputError(f"{name} 不在工作文件夹 {self.root} 中", hint="工作室只能读写启动时所在的文件夹")
        if path.suffix.lower() not in suffixes:
            raise InputError(f"{name} 不是{'、'.join(suffixes)}文件", hint="请选择说明书（.yaml）")
        return path

    def relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    def specs(self) -> list[str]:
        """The spec files of the folder and its sub-folders down to ``SPEC_DEPTH`` levels, at most
        ``MAX_SPECS`` of them (a studio started in a home folder must not walk the whole disk);
        hidden, output and library folders are skipped."""
        found: list[str] = []
        for folder, dirnames, filenames in os.walk(self.root):
            depth = len(Path(folder).relative_to(self.root).parts)
            dirnames[:] = [] if depth >= SPEC_DEPTH else sorted(
                d for d in dirnames if not d.startswith(".") and d not in _NOT_SPEC_FOLDERS
            )
            for name in sorted(filenames):
                path = Path(folder) / name
                if path.suffix.lower() in SPEC_SUFFIXES and name not in _NOT_SPECS and is_within(path, self.root):
                    found.append(path.relative_to(self.root).as_posix())
                    if len(found) >= MAX_SPECS:
                        return sorted(found)
        return sorted(found)

    # --- reading and saving -------------------------------------------------

    def read(self, name: str) -> dict[str, Any]:
        path = self.resolve(name)
        if not path.is_file():
            raise InputError(f"找不到 {name}", hint="请从文件列表中选择")
        raw = read_user_bytes(path, InputError, limit=MAX_SPEC_BYTES, too_big_hint="不像说明书，请选择说明书（.yaml）")
        return {"path": name, "text": decode_text(raw, path, SpecError), "hash": content_hash(raw)}

    def save(self, name: str, text: str, base_hash: str | None) -> dict[str, Any]:
        """Write ``text`` atomically, unless the file on disk is no longer the one the editor read.

        ``base_hash`` is the hash of the bytes the editor started from (None: a new file,
        which must not exist yet).
        """
        path = self.resolve(name)
        if path.exists():
            current = content_hash(read_user_bytes(path, InputError, limit=MAX_SPEC_BYTES))
            if base_hash != current:
                raise SaveConflict(
                    f"{name} 在打开后已被其他程序修改，未保存",
                    hint="请先复制您的修改，重新打开文件后再合并保存",
                )
        elif base_hash is not None:
            raise SaveConflict(f"{name} 在打开后已被删除或改名，未保存", hint="请复制您的修改，用“新建”建一个说明书后粘贴保存")
        data = text.encode("utf-8")
        write_atomic(path, data)
        return {"path": name, "hash": content_hash(data)}

    def free_name(self, stem: str, folder: Path | None = None) -> Path:
        """``stem.yaml`` in ``folder``, or ``stem-2.yaml``… when taken: nothing is overwritten."""
        folder = folder or self.root
        stem = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", stem).strip(". ") or "讲话"
        candidate = folder / f"{stem}.yaml"
        n = 2
        while candidate.exists():
            candidate = folder / f"{stem}-{n}.yaml"
            n += 1
        return candidate

    # --- analysing the editor's text ---------------------------------------

    def load(self, name: str, text: str) -> LoadedSpec:
        return load_spec_text(text, self.resolve(name))

    def analyse(self, name: str, text: str, *, hang: bool = True) -> Analysis:
        """Errors, outline, preview pages and check findings for the spec text being edited
        (pages as Word sets them; ``hang=False``: as LibreOffice sets them for the PDF)."""
        from ..checking.runner import run_rules
        from ..checking.spec_subject import SpecSubject
        from ..checking.subject import CheckOptions
        from .layout import lay_out
        from .preview import pages_html

        path = self.resolve(name)
        analysis = Analysis()
        try:
            self.refresh_fragments()
            loaded = load_spec_text(text, path)
            speech, fragment_texts = render_speech_traced(loaded, self.render_options)
        except JianggaoError as exc:
            analysis.errors.append(problem_from(exc, path, name))
            return analysis
        pages = lay_out(speech, self.profile, hang=hang)
        analysis.pages_html = pages_html(pages, self.profile)
        analysis.page_count = len(pages)
        analysis.characters = speech.body_characters()
        analysis.outline = outline_of(loaded, speech)
        subject = SpecSubject(loaded, speech, text, loaded.spec.duration, fragment_texts)
        for finding in run_rules(subject, CheckOptions()):
            entry = finding.as_json()
            entry["path"] = name
            entry["text"] = finding.as_text().replace(str(path), name, 1)
            analysis.findings.append(entry)
        return analysis

    # --- export -------------------------------------------------------------

    def export(self, name: str, text: str, fmt: str) -> bytes:
        """The bytes ``jianggao build`` writes for this spec text in format ``fmt``."""
        if fmt not in EXPORT_TYPES:
            raise InputError(f"不支持的导出格式“{fmt}”", hint="可用的格式：" + "、".join(EXPORT_TYPES))
        from ..build import BuildOptions, writer_for

        loaded = self.load(name, text)
        speech, _ = render_speech_traced(loaded, self.render_options)
        options = BuildOptions(style_profile=self.style_profile)
        if fmt != "pdf":
            return writer_for(fmt, options)(speech)
        from ..writers.pdf import convert_to_pdf, find_soffice

        if find_soffice() is None:
            raise OutputError(
                "导出 PDF 需要 LibreOffice，本机没有找到",
                hint="请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui），或先导出 Word 再另存为 PDF",
            )
        docx = writer_for("docx", options)(speech)
        with tempfile.TemporaryDirectory(prefix="jianggao-studio-") as tmp:
            source = Path(tmp) / f"{Path(name).stem}.docx"
            source.write_bytes(docx)
            (pdf,) = convert_to_pdf([source], Path(tmp))
            return pdf.read_bytes()

    def build_files(self, name: str, formats: list[str]) -> list[str]:
        """``jianggao build`` of the saved spec into the folder's ``output/`` (with its .docx guard)."""
        from ..build import FORMATS, BuildOptions, build

        path = self.resolve(name)
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            raise InputError(f"不支持的输出格式“{'、'.join(unknown)}”", hint="可用的格式：" + "、".join(FORMATS))
        options = BuildOptions(
            formats=tuple(formats),
            out_dir=self.root / "output",
            template_dirs=self.render_options.template_dirs,
            fragment_dirs=self.render_options.fragment_dirs,
            style_profile=self.style_profile,
        )
        return [self._shown(p) for p in build([path], options)]

    # --- import -------------------------------------------------------------

    def import_speech(self, filename: str, data: bytes, folder: str = "") -> dict[str, Any]:
        """``mine`` an uploaded speech into a new spec beside the specs; never overwrites."""
        from ..reader.mine import mine_speech
        from ..reader.speech_file import read_speech
        from ..spec.model import validate_spec_text
        from ..spec.yaml_writer import spec_yaml

        original = Path(filename).name
        suffix = Path(original).suffix.lower()
        if suffix not in IMPORT_SUFFIXES:
            raise InputError(
                f"不能导入“{original}”",
                hint="请选择 Word（.docx，装有 LibreOffice 时也可以是 .doc、.wps）、文本（.txt）或 Markdown（.md）格式的讲话稿",
            )
        if len(data) > MAX_IMPORT_BYTES:
            raise InputError(f"{original} 太大（超过 20 MB）", hint="请确认这是一篇讲话稿")
        target_dir = self.root / folder if folder else self.root
        if not is_within(target_dir, self.root) or not target_dir.is_dir():
            raise InputError(f"文件夹 {folder} 不在工作文件夹中", hint="工作室只能写入启动时所在的文件夹")
        target = self.free_name(Path(original).stem, target_dir)
        with tempfile.TemporaryDirectory(prefix="jianggao-import-") as tmp:
            upload = Path(tmp) / f"upload{suffix}"
            upload.write_bytes(data)
            try:
                read = read_speech(upload)
                mined = mine_speech(read, template_dirs=self.render_options.template_dirs, spec_path=target)
            except JianggaoError as exc:
                raise _naming(exc, upload, original) from None
        comments = [f"由 jianggao studio 从 {original} 读出（模板：{mined.template}）。核对、修改后保存即可"]
        text = spec_yaml(mined.data, comments)
        validate_spec_text(text)
        write_atomic(target, text.encode("utf-8"))
        return {"path": self.relative(target), "notes": mined.notes, "template": mined.template}

    # --- templates and fragments -----------------------------------------------

    def templates(self) -> list[dict[str, Any]]:
        from ..render.templates import list_templates

        dirs = search_path("templates", self.render_options.template_dirs, self.root)
        return [
            {"name": info.name, "names": list(info.chinese_names), "description": info.description, "builtin": info.builtin}
            for info in list_templates(dirs).values()
        ]

    def new_spec(self, template: str) -> dict[str, Any]:
        """The template's commented starter, as a new file in the folder (never overwriting)."""
        from ..render.starters import starter_text
        from ..spec.schema import SCHEMA_FILE, spec_schema_json

        text = starter_text(template, search_path("templates", self.render_options.template_dirs, self.root))
        target = self.free_name(template)
        write_atomic(target, text.encode("utf-8"))
        schema = self.root / SCHEMA_FILE
        if not schema.exists():
            write_atomic(schema, spec_schema_json().encode("utf-8"))
        return {"path": self.relative(target)}

    def fragment_library(self):  # -> FragmentLibrary
        return self.render_options.fragments(self.root)

    def refresh_fragments(self) -> None:
        """Read the fragment libraries again if a file in them changed since they were indexed
        (saved by the studio or by another editor)."""
        from ..fragments.library import library_files

        stamp = []
        for folder in search_path("fragments", self.render_options.fragment_dirs, self.root):
            for path in library_files(folder):
                with contextlib.suppress(OSError):
                    stamp.append((str(path), path.stat().st_mtime_ns))
        if stamp != self._fragment_stamp:
            self.render_options.forget_fragments()
            self._fragment_stamp = stamp

    def fragment_source(self, fragment_id: str, new: bool) -> dict[str, Any]:
        """The text to edit for a fragment, as ``fragments new``/``edit`` gives it to the editor."""
        from ..fragments.editing import begin_edit
        from ..fragments.library import user_library

        self.refresh_fragments()
        edit = begin_edit(self.fragment_library(), fragment_id, user_library(self.render_options.fragment_dirs, self.root), new=new)
        return {"id": fragment_id, "text": edit.text, "target": self._shown(edit.target.path)}

    def save_fragment(self, fragment_id: str, new: bool, text: str) -> dict[str, Any]:
        """Save an edited fragment with the CLI's validation; a rejected edit is kept aside, nothing overwritten."""
        from ..fragments.editing import begin_edit, finish_edit
        from ..fragments.library import user_library

        self.refresh_fragments()
        # The user library is the folder's fragments/ unless --fragments or JIANGGAO_FRAGMENTS names one.
        library_dir = user_library(self.render_options.fragment_dirs, self.root)
        if is_within(library_dir, self.root):
            # exists before the edit is checked, so a rejected edit is kept aside in it, not elsewhere
            library_dir.mkdir(exist_ok=True)
        edit = begin_edit(self.fragment_library(), fragment_id, library_dir, new=new)
        path, warnings = finish_edit(edit, text)
        self.refresh_fragments()
        return {"id": fragment_id, "path": self._shown(path) if path else None, "warnings": warnings}

    def _shown(self, path: Path) -> str:
        """A path as the user reads it: relative to the folder when inside it."""
        return self.relative(path) if is_within(path, self.root) else str(path)

    def search_fragments(self, query: str, limit: int = 500) -> list[dict[str, Any]]:
        """Fragments as ``fragments search`` finds them, each with its text rendered for preview."""
        from ..fragments.library import preview_values, render_entry
        from ..fragments.search import search

        self.refresh_fragments()
        library = self.fragment_library()
        terms = query.split()
        if terms:
            hits = [(h.entry, h.fragment) for h in search(library, terms)]
        else:
            hits = [(e, e.fragment()) for e in library.all_entries()]
        out = []
        for entry, frag in hits[:limit]:
            try:
                preview = one_line(render_entry(entry, preview_values(frag), None))  # as a speech prints it
            except JianggaoError as exc:
                preview = f"（无法预览：{exc}）"
            out.append(
                {
                    "id": frag.id,
                    "title": frag.title,
                    "tags": list(frag.tags),
                    "source": frag.source,
                    "variables": {n: v.description for n, v in frag.variables.items()},
                    "required": [n for n, v in frag.variables.items() if not v.has_default],
                    "preview": preview,
                }
            )
        return out


__all__ = ["Workspace", "Analysis", "Problem", "Location", "content_hash"]
