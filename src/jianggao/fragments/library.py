"""Fragment libraries (素材库): reusable passages with variables.

A library is a folder of YAML files (``fragments/opening.yaml``, …, sub-folders
allowed). Each file is a list of fragments:

    - id: closing.new-journey          # kind.name; the kind groups the file
      title: 新征程号召
      tags: [号召, 队伍建设]
      occasions: [推进会, 工作会议]
      variables:
        goal: {description: 奋斗目标, default: 高素质干部队伍}
      text: |-
        同志们，……为{{ goal }}而不懈奋斗！

Search path: the one rule of ``library_paths.search_path`` (built-in, then
``fragments/`` next to the spec, then ``JIANGGAO_FRAGMENTS``, then the
``--fragments`` folders); a later library overrides an earlier one by id.

Loading is lazy, because every build that uses a fragment pays for it: files
are only scanned for their ``- id:`` lines (each fragment is a top-level list
item, so it starts with ``-`` in column 0); a fragment's YAML is parsed,
validated and its Jinja compiled only when it is used. A file that does not
follow that layout is parsed whole instead.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import FragmentError, JianggaoError, Location
from ..library_paths import builtin_dir, is_within, user_dirs
from ..records import field, record, replace
from ..render.context_names import CONTEXT_NAMES
from ..spec.typed_yaml import Converter, field_doc
from ..spec.yaml_source import LocatedYaml, load_yaml_text
from ..text_files import read_text

FRAGMENT_SUFFIXES = (".yaml", ".yml")

# kind.name: the kind names a file (closing.yaml, 表彰.yaml): lower-case ASCII or Chinese; the name may be Chinese.
_ID = re.compile(r"[a-z\u4e00-\u9fff][a-z0-9_\u4e00-\u9fff-]*(?:\.[\w-]+)+")
_BLANKS = ("", " ", "\t", "\r", "\n")
_ID_LINE = re.compile(
    r"^(?:-[ \t]+|[ \t]{2})id:[ \t]*([^\s#'\"]+|'[^'\n]*'|\"[^\"\\\n]*\")[ \t]*(?:#.*)?$", re.M
)
_VARIABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def id_problem(fragment_id: str) -> str:
    """Why ``fragment_id`` is not a valid id ('' when it is)."""
    if ".." in fragment_id:
        return f"素材编号“{fragment_id}”不能包含“..”"
    if "/" in fragment_id or "\\" in fragment_id:
        return f"素材编号“{fragment_id}”不能包含“/”或“\\”"
    if not _ID.fullmatch(fragment_id):
        return f"素材编号“{fragment_id}”格式不对，应形如 类别.名称（如 closing.new-journey、表彰.先进集体），类别为小写英文或中文"
    return ""


def check_id(fragment_id: str, location: Location | None = None) -> str:
    problem = id_problem(fragment_id)
    if problem:
        raise FragmentError(problem, location=location, hint="编号只能由“类别.名称”组成，名称可用中文、字母、数字、- 和 _")
    return fragment_id


def kind_of(fragment_id: str) -> str:
    return fragment_id.split(".", 1)[0]


# --- the model -----------------------------------------------------------


@record(frozen=True)
class Variable:
    """素材中的一个变量。"""

    description: str = field_doc("变量的说明，如：要锻造的队伍")
    default: Any = field_doc("默认值；不写则使用素材时必须提供", default=None)

    @property
    def has_default(self) -> bool:
        return self.default is not None


@record(frozen=True)
class Fragment:
    """素材库中的一段素材。"""

    id: str = field_doc("素材编号，形如 kind.name，如 closing.new-journey")
    title: str = field_doc("一句话标题")
    text: str = field_doc("正文（Jinja：可用 {{ 变量名 }} 引用变量）")
    tags: list[str] = field_doc("标签，如 [号召, 队伍建设]", default_factory=list)
    occasions: list[str] = field_doc("适用场合，如 [工作会议, 推进会]", default_factory=list)
    variables: dict[str, Any] = field_doc("变量：名称 → {description, default}，或 名称: 说明", default_factory=dict)
    source: str = field_doc("出处（引文 quote.* 必填），如：《论语·子路》", default="")

    @property
    def kind(self) -> str:
        return kind_of(self.id)


def parse_fragment(doc: LocatedYaml, path: tuple = ()) -> Fragment:
    """Validate one fragment mapping of ``doc`` at ``path`` (errors point at file:line:column)."""
    conv = Converter(doc, FragmentError)
    frag = conv.record(Fragment, doc.data if not path else _at(doc.data, path), path)
    check_id(frag.id, doc.where((*path, "id")))
    if not frag.title:
        conv.fail((*path, "title"), f"素材“{frag.id}”的标题（title）不能为空", "请写一句话标题")
    if not frag.text:
        conv.fail((*path, "text"), f"素材“{frag.id}”的正文（text）是空的", "请写入正文")
    if frag.kind == "quote" and not frag.source:
        conv.fail(path, f"引文“{frag.id}”缺少出处（source）", "请加上 source: 《书名·篇名》")
    variables: dict[str, Variable] = {}
    for name, value in frag.variables.items():
        here = (*path, "variables", name)
        if not _VARIABLE_NAME.fullmatch(name):
            conv.fail(here, f"变量名“{name}”无效", "变量名只能用英文字母、数字和 _，且以字母开头", key=True)
        if isinstance(value, str):  # goal: 奋斗目标 (a description only)
            value = {"description": value}
        variables[name] = conv.record(Variable, value, here)
    return replace(frag, variables=variables)


def _at(data: Any, path: tuple) -> Any:
    for part in path:
        data = data[part]
    return data


# --- one fragment in one library file --------------------------------------


@record(eq=False)
class Entry:
    """Where a fragment lives; parsed and compiled on first use."""

    id: str
    path: Path
    line: int
    library: Path
    builtin: bool
    chunk: str | None = None  # the fragment's own YAML lines (standard layout)
    end_line: int = 0  # last line of ``chunk``
    doc: LocatedYaml | None = None  # the whole file (non-standard layout)
    index: int = 0  # position in ``doc``
    overrides: list[Entry] = field(default_factory=list)  # earlier libraries' entries with this id
    _fragment: Fragment | None = None
    _source_doc: LocatedYaml | None = None
    _template: Any = None

    @property
    def location(self) -> Location:
        return Location(self.path, self.line)

    @property
    def kind(self) -> str:
        return kind_of(self.id)

    def located(self) -> tuple[LocatedYaml, tuple]:
        """The parsed YAML holding this fragment and the fragment's path in it."""
        if self.doc is not None:
            return self.doc, (self.index,)
        if self._source_doc is None:
            # Pad with newlines so every line:column the parser reports is the file's own.
            self._source_doc = load_yaml_text("\n" * (self.line - 1) + (self.chunk or ""), self.path, FragmentError)
        return self._source_doc, (0,)

    def fragment(self) -> Fragment:
        if self._fragment is None:
            doc, path = self.located()
            frag = parse_fragment(doc, path)
            if frag.id != self.id:  # the scan and the parser must agree
                raise FragmentError(f"素材编号读取不一致（{self.id} / {frag.id}）", location=self.location, hint="请用简单的写法：id: kind.name")
            self._fragment = frag
        return self._fragment

    def text_location(self, jinja_line: int | None = None) -> Location:
        """file:line of the fragment's text (and of a line inside it)."""
        doc, path = self.located()
        where = doc.where((*path, "text"))
        if jinja_line is None or where.line is None:
            return where
        lines = (self.chunk or "").splitlines() if self.chunk is not None else []
        first = where.line
        # A block scalar (text: |-) starts on the line after its indicator.
        if self.chunk is not None and 0 <= first - self.line < len(lines) and where.column:
            indicator = lines[first - self.line][where.column - 1 : where.column]
            if indicator and indicator in "|>":
                first += 1
        return Location(self.path, first + jinja_line - 1)

    def template(self) -> Any:
        """The compiled Jinja template of the text (compiled once)."""
        if self._template is None:
            from ..render.jinja_env import compile_fragment, guarded

            frag = self.fragment()
            self._template = guarded(  # the name is stable across edits: the bytecode cache compares checksums
                lambda: compile_fragment(f"{self.path}::{self.id}", frag.text, str(self.path)),
                lambda failure, exc: FragmentError(
                    f"素材“{self.id}”的正文有 Jinja 语法错误（{failure.detail}）",
                    location=self.text_location(failure.line),
                    hint="请检查 {{ }} 和 {% %} 是否成对",
                ),
            )
        return self._template


# --- finding and indexing library files -------------------------------------


def library_files(folder: Path) -> list[Path]:
    """The YAML files of a library, sorted; hidden files and folders are skipped."""
    files: list[Path] = []
    for root, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            if name.endswith(FRAGMENT_SUFFIXES) and not name.startswith((".", "_")):
                path = Path(root) / name
                if not is_within(path, folder):
                    raise FragmentError(
                        f"素材文件 {path} 指向素材库 {folder} 以外",
                        location=Location(path),
                        hint="素材文件必须放在素材库文件夹之内（不要用指向外部的链接）",
                    )
                files.append(path)
    return files


def scan_file(path: Path, library: Path, builtin: bool) -> list[Entry]:
    """The fragments of one file, found without parsing the YAML where the layout allows."""
    return scan_text(read_text(path, FragmentError), path, library, builtin)


def chunk_starts(lines: list[str]) -> list[int] | None:
    """Indexes of the lines that start a top-level ``- `` item, or None when anything
    other than those, comments and indented lines sits in column 0."""
    starts = [i for i, line in enumerate(lines) if line and line[0] not in " \t\r#"]
    for i in starts:
        if lines[i][0] != "-" or lines[i][1:2] not in _BLANKS:
            return None  # a top-level mapping, a document marker, …: not the standard layout
    return starts or None


def is_standard_layout(text: str) -> bool:
    """True when every fragment is a top-level ``- …`` item and nothing else sits in column 0."""
    return chunk_starts(text.split("\n")) is not None


def scan_text(text: str, path: Path, library: Path, builtin: bool) -> list[Entry]:
    # Plain list and string operations only: scanning a 1,000-fragment library must take milliseconds.
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    starts = chunk_starts(lines)
    if starts is None:
        return _parse_whole(text, path, library, builtin)
    entries: list[Entry] = []
    for k, first in enumerate(starts):
        last = starts[k + 1] if k + 1 < len(starts) else len(lines)
        # the blank lines and column-0 comments after a fragment belong to no fragment
        while last > first + 1 and (not lines[last - 1].strip() or lines[last - 1][0] == "#"):
            last -= 1
        chunk = "\n".join(lines[first:last])
        entry = Entry(id="", path=path, line=first + 1, library=library, builtin=builtin, chunk=chunk, end_line=last)
        head = lines[first]
        if head.startswith("- id: ") and _ID.fullmatch(head[6:]):  # the usual first line, valid as it stands
            entry.id = head[6:]
            entries.append(entry)
            continue
        m = _ID_LINE.match(head) or _ID_LINE.search(chunk)
        if m:
            entry.id = m.group(1).strip("'\"")
            if id_problem(entry.id):
                row = first + 1 + (chunk.count("\n", 0, m.start()) if m.string is chunk else 0)
                check_id(entry.id, Location(path, row, m.start(1) - m.string.rfind("\n", 0, m.start(1))))
        else:  # no plain id line: let the parser find it (or say it is missing)
            entry.id = entry.fragment().id
        entries.append(entry)
    return entries


def _parse_whole(text: str, path: Path, library: Path, builtin: bool) -> list[Entry]:
    doc = load_yaml_text(text, path, FragmentError)
    if not isinstance(doc.data, list):
        raise FragmentError(
            "素材文件的顶层应是素材列表（每个素材以“- id: kind.name”开头）",
            location=doc.where(()),
            hint="请参考内置素材库的写法（jianggao fragments show ID --raw）",
        )
    entries = []
    for i, item in enumerate(doc.data):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            fragment_id = check_id(item["id"], doc.where((i, "id")))
        else:
            fragment_id = parse_fragment(doc, (i,)).id  # raises with the precise problem
        line = doc.where((i,)).line or 1
        entries.append(Entry(id=fragment_id, path=path, line=line, library=library, builtin=builtin, doc=doc, index=i))
    return entries


# --- the library -------------------------------------------------------------


class FragmentLibrary:
    """Every fragment of a search path, by id; later libraries override earlier ones."""

    def __init__(self, dirs: list[Path], entries: dict[str, Entry], files: list[Path]) -> None:
        self.dirs = dirs
        self.entries = entries
        self.files = files

    def __contains__(self, fragment_id: str) -> bool:
        return fragment_id in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def ids(self) -> list[str]:
        return sorted(self.entries)

    def all_entries(self) -> list[Entry]:
        """Every entry of every library, overridden ones included, in search-path order."""
        found = [e for entry in self.entries.values() for e in (*entry.overrides, entry)]
        order = {folder.resolve(): i for i, folder in enumerate(self.dirs)}
        return sorted(found, key=lambda e: (order.get(e.library.resolve(), 0), str(e.path), e.line))

    def entry(self, fragment_id: str, where: Location | None = None) -> Entry:
        found = self.entries.get(fragment_id)
        if found is not None:
            return found
        problem = id_problem(fragment_id)
        if problem:
            raise FragmentError(problem, location=where, hint="编号形如 closing.new-journey")
        raise FragmentError(f"没有编号为“{fragment_id}”的素材", location=where, hint=self.suggest(fragment_id))

    def suggest(self, fragment_id: str) -> str:
        ids = self.ids()
        close = difflib.get_close_matches(fragment_id, ids, n=3, cutoff=0.8)
        close = close or difflib.get_close_matches(fragment_id, ids, n=3, cutoff=0.5)
        if not close:
            same_kind = [i for i in ids if kind_of(i) == kind_of(fragment_id)]
            close = difflib.get_close_matches(fragment_id, same_kind, n=3, cutoff=0.0)
        text = f"您是不是要用：{'、'.join(close)}？" if close else ""
        return text + "可用 jianggao fragments list 查看全部素材"

    def render(self, fragment_id: str, variables: dict[str, Any], context: dict[str, Any], where: Location) -> str:
        """The fragment's text with ``variables`` (from ``with:``) and the spec's ``context``."""
        entry = self.entry(fragment_id, where)
        frag = entry.fragment()
        for name in variables:
            if name not in frag.variables:
                declared = "、".join(frag.variables) or "（无）"
                raise FragmentError(
                    f"素材“{fragment_id}”没有变量“{name}”",
                    location=where,
                    hint=f"这段素材的变量：{declared}（见 jianggao fragments show {fragment_id}）",
                )
        values = dict(context)
        for name, var in frag.variables.items():
            if name in variables:
                values[name] = variables[name]
            elif _given(name, context.get(name)):
                values[name] = context[name]
            elif var.has_default:
                values[name] = var.default
            else:
                raise FragmentError(
                    f"素材“{fragment_id}”缺少变量“{name}”（{var.description}）",
                    location=where,
                    hint=f"请在 with 中写上 {name}: …，或在 vars 中定义它（素材在 {entry.location}）",
                )
        return render_entry(entry, values, where)


def _given(name: str, value: Any) -> bool:
    """A spec value that fills a declared variable: empty text does not, nor a count of no points."""
    if value is None or value == "":
        return False
    return not (name == "points_count" and value == 0)


# How each kind of fragment failure reads: (message, hint); {id}, {detail} and {at} are filled in.
_FRAGMENT_WORDING = {
    "unsafe": ("素材“{id}”试图执行不安全的操作（{detail}）", "素材在沙箱中渲染，只能使用变量和过滤器（素材在 {at}）"),
    "undefined": ("素材“{id}”用到了变量“{detail}”，但没有提供", "请在素材的 variables 中声明它，或在说明书的 vars 中定义（素材在 {at}）"),
    "failed": ("素材“{id}”渲染失败（{detail}）", "请检查素材正文（{at}）"),
}
_FRAGMENT_WORDING["syntax"] = _FRAGMENT_WORDING["failed"]


def render_entry(entry: Entry, values: dict[str, Any], where: Location | None) -> str:
    from ..render.jinja_env import bounded_render, guarded

    def fail(failure: Any, exc: BaseException) -> FragmentError:
        message, hint = _FRAGMENT_WORDING[failure.kind]
        fill = {"id": entry.id, "detail": failure.detail, "at": entry.location}
        return FragmentError(message.format(**fill), location=where or entry.text_location(), hint=hint.format(**fill))

    template = entry.template()
    return guarded(lambda: bounded_render(template, values).strip(), fail)


def load_library(dirs: list[Path], problems: list[JianggaoError] | None = None) -> FragmentLibrary:
    """Index every library in ``dirs`` (override order).

    With ``problems`` given, errors are collected there and loading goes on
    (for ``fragments check``); otherwise the first one is raised.
    """
    builtin = builtin_dir("fragments").resolve()
    entries: dict[str, Entry] = {}
    files: list[Path] = []
    for folder in dirs:
        is_builtin = folder.resolve() == builtin
        here: dict[str, Entry] = {}
        for path in _collect(problems, library_files, folder) or []:
            files.append(path)
            for entry in _collect(problems, scan_file, path, folder, is_builtin) or []:
                if entry.id in here:
                    first = here[entry.id]
                    error = FragmentError(
                        f"素材编号“{entry.id}”重复：{first.location} 和 {entry.location}",
                        location=entry.location,
                        hint="同一个素材库中编号不能重复，请改名或删除其中一个",
                    )
                    if problems is None:
                        raise error
                    problems.append(error)
                    continue
                here[entry.id] = entry
        for fragment_id, entry in here.items():
            if fragment_id in entries:
                earlier = entries[fragment_id]
                entry.overrides = [*earlier.overrides, earlier]
            entries[fragment_id] = entry
    return FragmentLibrary(list(dirs), entries, files)


def _collect(problems: list[JianggaoError] | None, action: Any, *args: Any) -> Any:
    if problems is None:
        return action(*args)
    try:
        return action(*args)
    except JianggaoError as exc:
        problems.append(exc)
        return None


def user_library(given: Iterable[Path], cwd: Path | None = None) -> Path:
    """Where ``fragments new``/``edit`` write: the strongest user folder (the last ``--fragments``,
    else the last of ``JIANGGAO_FRAGMENTS``), else ``./fragments``."""
    dirs = user_dirs("fragments", given)
    return dirs[-1] if dirs else (cwd or Path.cwd()) / "fragments"


def preview_values(frag: Fragment, given: dict[str, Any] | None = None) -> dict[str, Any]:
    """Values to show a fragment without a spec: given ones, defaults, else 【placeholders】."""
    given = given or {}
    values: dict[str, Any] = {name: f"【{label}】" for name, label in CONTEXT_NAMES.items()}
    values["vars"] = {}
    values["points_count"] = 3
    for name, var in frag.variables.items():
        if name in given:
            values[name] = given[name]
        elif var.has_default:
            values[name] = var.default
        else:
            values[name] = f"【{var.description or name}】"
    return values
