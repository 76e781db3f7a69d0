"""Reading user YAML safely, remembering where every value came from.

Specs, fragment libraries and style profiles are all read here. Values come
back as plain Python data; ``LocatedYaml.where(path)`` gives the line and
column of any key or value so validation errors can point at them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import JianggaoError, Location
from ..records import field, record
from ..text_files import decode_text, read_user_bytes, signature

try:  # libyaml is much faster where it is available
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

YamlPath = tuple[str | int, ...]


@record
class LocatedYaml:
    """Parsed YAML plus the position of every key and value, by path."""

    path: Path
    data: Any
    value_marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    # The source text of every scalar: `items: 1.` is the style "1.", not the float 1.0.
    raw_scalars: dict[YamlPath, str] = field(default_factory=dict)
    # Text values the writer broke with a blank line (a paragraph break, which rendering joins): the
    # position of that blank line.
    blank_lines: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    # Plain text values followed on their line by “ #…” with no space after the #: YAML reads the rest of
    # the line as a comment, though it is most likely words (#3 号文件): where the # is, and what it cut.
    cut_comments: dict[YamlPath, tuple[int, int, str]] = field(default_factory=dict)

    def where(self, path: YamlPath, *, key: bool = False) -> Location:
        """The closest known position of ``path`` (falls back to its parents)."""
        marks = self.key_marks if key else self.value_marks
        probe = tuple(path)
        while probe:
            if probe in marks:
                line, col = marks[probe]
                return Location(self.path, line, col)
            if not key and probe in self.key_marks:
                line, col = self.key_marks[probe]
                return Location(self.path, line, col)
            probe = probe[:-1]
        if () in self.value_marks:
            line, col = self.value_marks[()]
            return Location(self.path, line, col)
        return Location(self.path)


# Bounds on what a YAML file may expand to: anchors and aliases (``&a`` / ``*a``) are
# expanded into plain data, so a few lines can stand for billions of values.
MAX_NODES = 200_000  # values after expanding aliases; a 9,000-item spec has about 40,000
MAX_ALIASED = 10_000  # values built a second time or more, through an alias
MAX_DEPTH = 64  # nesting of lists and mappings; a spec needs about 8


def load_yaml_file(
    path: Path, error: type[JianggaoError] = JianggaoError, *, not_yaml_hint: str = "请给出 YAML 文件（.yaml）"
) -> LocatedYaml:
    """Read and parse the YAML file at ``path``; a Word, PDF or other document is refused with ``not_yaml_hint``."""
    raw = read_user_bytes(path, error)
    kind = document_kind(path, raw)
    if kind is not None:
        raise error(f"这是{' ' if kind[0].isascii() else ''}{kind}，不是 YAML 文件", location=Location(path), hint=not_yaml_hint)
    return load_yaml_text(decode_text(raw, path, error), path, error)


# What people give where a YAML file belongs, by extension, then by their first bytes (``text_files.signature``).
_DOCUMENT_SUFFIXES = {
    ".docx": "Word 文档", ".docm": "Word 文档", ".dotx": "Word 模板", ".doc": "Word 文档", ".dot": "Word 模板",
    ".wps": "WPS 文档", ".wpt": "WPS 模板", ".odt": "OpenDocument 文档", ".rtf": "RTF 文档", ".pdf": "PDF 文件",
    ".xlsx": "Excel 表格", ".xls": "Excel 表格", ".et": "WPS 表格", ".pptx": "演示文稿", ".ppt": "演示文稿", ".dps": "WPS 演示文稿",
}
_SIGNATURE_NAMES = {
    "zip": "压缩格式的文件（如 Word 的 .docx）",
    "ole": "Office 文件（如 Word 的 .doc、WPS 的 .wps）",
    "pdf": "PDF 文件",
    "rtf": "RTF 文档",
    "image": "图片",
}


def document_kind(path: Path, raw: bytes) -> str | None:
    """What the document at ``path`` is (“Word 文档”), or None for a file that may be YAML text."""
    kind = _DOCUMENT_SUFFIXES.get(path.suffix.lower())
    if kind is not None:
        return f"{kind}（{path.suffix}）"
    kind = signature(raw)
    return None if kind is None else _SIGNATURE_NAMES[kind]


def load_yaml_text(text: str, path: Path, error: type[JianggaoError] = JianggaoError) -> LocatedYaml:
    """Parse ``text`` with the safe loader; report syntax errors at their line:column, in Chinese."""
    if not text.strip():
        raise error("文件是空的", location=Location(path), hint="请写入内容后重试")
    _refuse_control_characters(text, path, error)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, path, error) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise error(f"YAML 读取失败（{exc}）", location=Location(path), hint="请检查文件格式") from None
    if node is None:
        raise error("文件是空的", location=Location(path), hint="请写入内容后重试")
    if isinstance(node, yaml.ScalarNode) and not node.style:  # plain "template：advancement …": no file of ours is one text
        first = node.start_mark.line
        slip = typing_slip(text.splitlines()[first])
        if slip is not None:
            raise error(slip[1], location=Location(path, first + 1, slip[0] + 1), hint=slip[2])
    doc = LocatedYaml(path=path, data=None)
    builder = _Builder(doc, text)
    try:
        doc.data = builder.build(node, ())
    except _ValueProblem as exc:
        raise error(exc.message, location=Location(path, exc.line, exc.column), hint=exc.hint) from None
    return doc


# YAML allows tab, line breaks, printable ASCII, NEL and most of Unicode; nothing else.
_FORBIDDEN = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _refuse_control_characters(text: str, path: Path, error: type[JianggaoError]) -> None:
    m = _FORBIDDEN.search(text)
    if m is None:
        return
    line = text.count("\n", 0, m.start()) + 1
    column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
    raise error(
        f"文件里有不可见的控制字符（U+{ord(m.group()):04X}）",
        location=Location(path, line, column),
        hint="这通常是从网页或其他软件复制时带进来的，请删掉这个字符后重试",
    )


# PyYAML's own words (any of them) → what is wrong and what to do, in Chinese.
_SYNTAX_PROBLEMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("mapping values are not allowed",), "这一行多了一个“冒号+空格”，或缩进不对", "值里含有“: ”时请给整个值加上引号；否则请检查这一行和上一行的缩进"),
    (("could not find expected ':'",), "这一行缺少冒号", "每个字段写成“键: 值”（半角冒号，冒号后加空格）；若这是上一段的续行，请检查缩进"),
    (("undefined alias",), "引用了没有定义的别名（*名字）", "请先用 &名字 定义，再用 *名字 引用；或给这个值加上引号"),
    (("nesting depth",), "嵌套层数过深", "说明书只需要几层嵌套，请检查括号是否配对"),
    (("another document", "document start"), "文件里有多份文档（--- 分隔）或多余的内容", "一个文件只写一份说明书，请删掉多余的 --- 及其后内容，或检查缩进"),
    (("alphabetic or numeric", "non-alphabetical"), "“&”或“*”后面应是锚点名（字母或数字）", "若这是正文里的符号，请给整个值加上引号"),
    (("block sequence entries are not allowed",), "列表项（- ）不能写在“键: ”的同一行", "请把列表项换到下一行并缩进，或给整个值加上引号"),
    (("expected comment or line break",), "引号或括号结束后还有多余的内容", "请把整个值放进一对引号里，或删掉多余的内容"),
    (("expected ',' or ']'", "expected ',' or '}'"), "方括号或花括号没有配对，或项之间缺少逗号", "请检查 [ ] 和 { } 是否成对，项之间用逗号分隔"),
    (("expected node content",), "这里缺少内容（可能多了一个符号）", "请检查这一行的符号，必要时给整个值加上引号"),
    (("expected whitespace or line break",), "“!”开头的标签后面应有空格", "若这是正文，请给整个值加上引号"),
    (("directive",), "以“%”开头的行不能出现在这里", "若这是正文，请给整个值加上引号"),
    (("tab character",), "不能用 Tab 缩进", "请用空格缩进（同一层对齐，一般每层两个空格）"),
    (("second occurrence", "duplicate"), "同一个锚点名（&名字）定义了两次", "请给其中一个改名"),
    (("mapping keys are not allowed",), "这里不能出现“? ”或键", "请检查这一行的缩进和符号，必要时给整个值加上引号"),
)


# Slips a Chinese input method makes while typing YAML. YAML reads each of them as text, or fails
# a line later with a message about something else; ``typing_slip`` names them where they are.
# The patterns are compiled (and cached by re) only when a file fails to read: a cold build skips them.
_KEY = r"[A-Za-z_][A-Za-z0-9_.-]*"  # the keys of specs, fragment libraries and style profiles
_FULL_WIDTH_COLON = rf"^([ ]*(?:-[ ]+)?)({_KEY})[ ]*：[ ]*(.*)$"
_NO_SPACE_AFTER_COLON = rf"^([ ]*(?:-[ ]+)?)({_KEY}):(?![ /\\]|$)(.+)$"  # not http://
_FULL_WIDTH_INDENT = rf"^[ \u3000]*\u3000[ \u3000]*(?:-[ \u3000]|-$|{_KEY}(?:[ ]*[:：]|$))"
_FULL_WIDTH_DASH = r"^[ ]*(?:-\u3000|－[ \u3000])"  # "-　要加强" or "－ 要加强": a list item typed full-width


_FULL_WIDTH_INDENT_WORDS = ("行首用了全角空格“　”缩进", "YAML 只认半角空格：请把全角空格换成半角空格（同一层左对齐，一般每层两个空格）")


def typing_slip(line: str) -> tuple[int, str, str] | None:
    """A typing slip at the start of ``line``: (0-based column, what is wrong, what to do), or None.

    Callers ask only about a line where reading already failed, or whose text before the colon is
    a field's name, so text that merely looks like a slip (``- GDP：增长5%``) is read as written.
    """
    if re.match(_FULL_WIDTH_INDENT, line):
        return line.index("\u3000"), *_FULL_WIDTH_INDENT_WORDS
    m = re.match(_FULL_WIDTH_DASH, line)
    if m and "－" in m.group():
        return line.index("－"), "列表项用了全角的“－”", "请写成半角的减号加半角空格“- ”"
    if m:
        return m.end() - 1, "列表项的“-”后面是全角空格“　”", "请写成半角的减号加半角空格“- ”"
    m = re.match(_FULL_WIDTH_COLON, line)
    if m:
        key, rest = m.group(2), m.group(3)
        return line.index("：", m.end(2)), f"“{key}”后面是全角冒号“：”，请改为半角冒号加空格“: ”", f"写成 {key}: {_shortened(rest)}".rstrip()
    m = re.match(_NO_SPACE_AFTER_COLON, line)
    if m:
        key, rest = m.group(2), m.group(3)
        if rest.startswith("\u3000"):
            return m.end(2) + 1, f"“{key}:”后面是全角空格“　”", f"请改为半角空格，写成 {key}: {_shortened(rest.lstrip(chr(0x3000)))}"
        return m.end(2), f"“{key}:”后面缺少空格", f"半角冒号后要加一个空格，写成 {key}: {_shortened(rest)}"
    return None


def _shortened(text: str, limit: int = 20) -> str:
    """The value as the hint repeats it: up to the next key that YAML folded into it, at most ``limit`` characters."""
    text = re.split(rf"\s+{_KEY}[ ]*[:：]", text, maxsplit=1)[0].strip()
    return text if len(text) <= limit else text[:limit] + "……"


def _slip_near(exc: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, int, str, str] | None:
    """A typing slip on the line PyYAML blames, or on the line whose text ran into it:
    (0-based line, 0-based column, what is wrong, what to do)."""
    if "quoted scalar" in (exc.context or ""):
        return None  # an unclosed quote: said where it opens
    candidates: list[int] = []
    if exc.context_mark is not None and "simple key" in (exc.context or ""):
        candidates.append(exc.context_mark.line)  # where the key that never got its colon starts
    if exc.problem_mark is not None:
        at = exc.problem_mark.line
        candidates.append(at)
        above = next((i for i in range(min(at, len(lines)) - 1, -1, -1) if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
        if above is not None:
            candidates.append(above)  # a slip there made its text run on into this line
    for index in candidates:
        if index < len(lines):
            slip = typing_slip(lines[index])
            if slip is not None:
                return (index, *slip)
    return None


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: Path, error: type[JianggaoError]) -> JianggaoError:
    """A PyYAML syntax error in Chinese, with the fix for the common ones."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or ""
    context = exc.context or ""
    lines = text.splitlines()
    slip = _slip_near(exc, lines)
    if slip is not None:
        line, column, message, hint = slip
        return error(message, location=Location(path, line + 1, column + 1), hint=hint)

    def line_at(m: Any) -> str:
        return lines[m.line] if m is not None and m.line < len(lines) else ""

    if exc.context_mark and "simple key" in context:
        mark = exc.context_mark  # a key that never got its colon: point at the key, not at the line after it
    if exc.context_mark and "quoted scalar" in context:
        mark = exc.context_mark  # an unclosed quote: point at where it opens, not at the file's end
        message, hint = "引号没有配对：从这里开始的引号一直没有结束", "请在这段文字末尾补上对应的引号，或去掉这个引号"
    elif "cannot start any token" in problem and mark is not None and line_at(mark)[: mark.column + 1].strip(" ") == "\t":
        message, hint = "不能用 Tab 缩进", "请用空格缩进（同一层对齐，一般每层两个空格）"
    elif "cannot start any token" in problem:
        char = line_at(mark)[mark.column : mark.column + 1] if mark is not None else ""
        message, hint = f"值不能以“{char}”开头", "请给整个值加上引号，例如 title: \"@标题\""
    elif ("expected key" in problem or "expected '-' indicator" in problem) and not _mixes_list_and_fields(problem, line_at(mark)):
        message, hint = "这一行的缩进和同一层的其他行不一致", "同一层的字段要左对齐，请用空格把缩进对齐"
    elif "expected key" in problem or "expected '-' indicator" in problem:
        parent = _parent_key(lines, mark.line if mark is not None else 0)
        where = f"{parent} 下" if parent else "同一层"
        message = f"{where}不能同时写列表项（- 开头）和字段（键: 值）"
        hint = (
            f"请把段落写进 {parent}.paragraphs，或检查缩进" if parent in ("opening", "closing", "transition")
            else "请检查缩进：这一行的缩进和上面不一致，或把列表写进一个字段下"
        )
    else:
        found = next((words for needles, *words in _SYNTAX_PROBLEMS if any(n in problem for n in needles)), None)
        message, hint = found or (f"格式错误（{problem or '无法解析'}）", "请检查缩进、冒号后的空格和引号是否配对")
    where = Location(path, mark.line + 1, mark.column + 1) if mark is not None else Location(path)
    return error(f"YAML 语法错误：{message}", location=where, hint=hint)


def _mixes_list_and_fields(problem: str, line: str) -> bool:
    """A list item where fields were expected, or a field where list items were."""
    is_item = line.lstrip(" ").startswith("- ") or line.strip() == "-"
    return is_item if "expected key" in problem else not is_item


def _parent_key(lines: list[str], line_index: int) -> str:
    """The key of the block that holds line ``line_index``: the nearest line above it, indented less, ending in ':'."""
    if line_index >= len(lines):
        return ""
    here = lines[line_index]
    indent = len(here) - len(here.lstrip(" "))
    for line in reversed(lines[:line_index]):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(line) - len(line.lstrip(" ")) < indent:
            m = re.match(r"^(?:-\s+)?([\w.]+):\s*(?:#.*)?$", stripped)
            return m.group(1) if m else ""
    return ""


class _ValueProblem(Exception):
    def __init__(self, node: yaml.Node, message: str, hint: str) -> None:
        self.line, self.column = node.start_mark.line + 1, node.start_mark.column + 1
        self.message, self.hint = message, hint


_MERGE = "tag:yaml.org,2002:merge"
# Keys flatten_mapping rewrites: merges (<<) and the value key (=), which it turns into text.
_FLATTENED = {_MERGE, "tag:yaml.org,2002:value"}
_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge")}


_STR_TAG = "tag:yaml.org,2002:str"


class _Builder:
    """Plain data from a composed node graph, within MAX_NODES and MAX_DEPTH, refusing alias cycles."""

    def __init__(self, doc: LocatedYaml, text: str = "") -> None:
        self.doc = doc
        self.text = text  # the source, for the lines of a scalar (libyaml's marks carry no buffer)
        self.constructor = yaml.constructor.SafeConstructor()
        self.nodes = 0
        self.seen: set[int] = set()
        self.aliased = 0
        self.open: set[int] = set()  # collections being built: meeting one again is a cycle
        self.merged: dict[int, int] = {}  # mappings flattened so far → how many of their pairs were merged in
        self.sizes: dict[int, int] = {}

    def construct(self, node: yaml.Node) -> Any:
        tag = node.tag
        if tag not in _PLAIN_TAGS:
            raise _ValueProblem(node, f"不支持的 YAML 标签 {tag}", "说明书只能包含文本、数字、日期、列表和键值对")
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as exc:
            problem = getattr(exc, "problem", None) or str(exc)
            raise _ValueProblem(node, f"无法解析的值（{problem}）", "请检查这个值的写法，日期应写成 2025-03-01") from None
        except (ValueError, LookupError, TypeError, AttributeError, ArithmeticError):
            value = node.value if isinstance(node, yaml.ScalarNode) else ""
            if tag.endswith("timestamp"):
                raise _ValueProblem(node, f"不是有效的日期：“{value}”", "请写成 2025-03-01") from None
            short = tag.rsplit(":", 1)[-1]
            raise _ValueProblem(node, f"无法解析的值“{value}”（标为 !!{short}）", "请检查这个值的写法，或去掉 !!标签") from None

    def build(self, node: yaml.Node, path: YamlPath) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _ValueProblem(
                node, f"内容展开后超过 {MAX_NODES} 项，疑似别名炸弹（&锚点/*别名 层层引用）", "请不要用别名层层复制内容，直接写出需要的内容"
            )
        if len(path) > MAX_DEPTH:
            raise _ValueProblem(node, f"嵌套超过 {MAX_DEPTH} 层", "说明书只需要几层嵌套，请检查缩进和括号")
        if id(node) in self.seen:
            self.aliased += 1
            if self.aliased > MAX_ALIASED:
                raise _ValueProblem(
                    node, f"别名展开后重复的内容超过 {MAX_ALIASED} 项，疑似别名炸弹（&锚点/*别名 层层引用）",
                    "请不要用别名层层复制内容，直接写出需要的内容",
                )
        else:
            self.seen.add(id(node))
        doc = self.doc
        doc.value_marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            doc.raw_scalars[path] = node.value
            if "\n" in node.value.strip():
                blank = _blank_line(node, self.text)
                if blank is not None:
                    doc.blank_lines[path] = blank
            if not node.style and node.tag == _STR_TAG:  # (plain: style None, or "" from libyaml)
                cut = _CUT_COMMENT.match(self.text, node.end_mark.index)
                if cut is not None:
                    column = node.end_mark.column + (cut.start(1) - node.end_mark.index)  # the # (0-based)
                    doc.cut_comments[path] = (node.end_mark.line + 1, column + 1, cut.group(1))
            if node.tag == _STR_TAG:  # most of a spec: the constructor would return the text as it is
                return node.value
            return self.construct(node)
        if node.tag not in _PLAIN_TAGS:
            self.construct(node)  # raises: only the standard tags are allowed
        if id(node) in self.open:
            raise _ValueProblem(node, "别名引用了包含它自己的内容（循环引用）", "请删掉这个 *别名，或改为直接写出内容")
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: YamlPath) -> dict[Any, Any]:
        if id(node) in self.merged:  # met again through an alias: already flattened
            return self._pairs(node, path, self.merged[id(node)])
        plain = all(key_node.tag not in _FLATTENED for key_node, _ in node.value)  # most mappings: nothing to flatten
        if (len(node.value) if plain else self._flat_size(node, set())) > MAX_NODES:
            raise _ValueProblem(node, f"合并键“<<”展开后超过 {MAX_NODES} 项，疑似别名炸弹", "请不要用合并键层层复制内容")
        if plain:
            self.merged[id(node)] = 0
            return self._pairs(node, path, 0)
        own = sum(1 for key_node, _ in node.value if key_node.tag != _MERGE)
        try:
            self.constructor.flatten_mapping(node)  # merged pairs first, then the mapping's own
        except yaml.constructor.ConstructorError as exc:
            at = exc.problem_mark
            where = node if at is None else yaml.ScalarNode("", "", at, at)
            raise _ValueProblem(where, "合并键“<<”后面只能是键值对（或它们的列表）", "请写成 <<: *锚点名，锚点要定义在键值对上") from None
        except RecursionError:
            raise _ValueProblem(node, "合并键“<<”引用了包含它自己的内容（循环引用）", "请删掉这个合并") from None
        self.merged[id(node)] = len(node.value) - own
        return self._pairs(node, path, self.merged[id(node)])

    def _flat_size(self, node: yaml.MappingNode, seen: set[int]) -> int:
        """How many pairs ``flatten_mapping`` would leave in ``node`` (cycles count as nothing here)."""
        if id(node) in self.sizes:
            return self.sizes[id(node)]
        if id(node) in seen:
            return 0
        seen.add(id(node))
        total = 0
        for key_node, value_node in node.value:
            if key_node.tag != _MERGE:
                total += 1
            elif isinstance(value_node, yaml.MappingNode):
                total += self._flat_size(value_node, seen)
            elif isinstance(value_node, yaml.SequenceNode):
                total += sum(self._flat_size(sub, seen) for sub in value_node.value if isinstance(sub, yaml.MappingNode))
            if total > MAX_NODES:
                break
        self.sizes[id(node)] = total
        return total

    def _pairs(self, node: yaml.MappingNode, path: YamlPath, merged: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        own_keys: set[Any] = set()
        for index, (key_node, value_node) in enumerate(node.value):
            if not isinstance(key_node, yaml.ScalarNode):
                raise _ValueProblem(key_node, "键只能是文字，不能是列表或键值对", "请检查这一行是否多写了“? ”或括号")
            key = key_node.value if key_node.tag == _STR_TAG else self.construct(key_node)
            if isinstance(key, str) and key.startswith("\u3000"):  # "　- heading" read as a key
                raise _ValueProblem(key_node, *_FULL_WIDTH_INDENT_WORDS)
            if not isinstance(key, str | int):
                key = str(key)
            # A later pair overrides an earlier one (flatten_mapping orders the merges so), and a key
            # written here overrides a merged one; a key written twice here is a mistake.
            if index >= merged:
                if key in own_keys:
                    raise _ValueProblem(key_node, f"键“{key}”重复出现", "同一层中每个键只能写一次，请合并或删除重复的一项")
                own_keys.add(key)
            child = (*path, key)
            self.doc.key_marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, child)
        return result


_CUT_COMMENT = re.compile(r"[ \t]+(#[^\s#][^\n\r]*)")


def _blank_line(node: yaml.ScalarNode, text: str) -> tuple[int, int] | None:
    """Where the scalar ``node`` of ``text`` has a blank line between two lines of words (line, column 1),
    if it has: in a literal block (|) its value keeps two line breaks there, in any other style one."""
    value = node.value.strip()
    if ("\n\n" if node.style == "|" else "\n") not in value:
        return None
    lines = text[node.start_mark.index : node.end_mark.index].split("\n")
    seen_words = False
    for offset, line in enumerate(lines):
        if line.strip(" \t\r\u3000"):
            seen_words = True
        elif seen_words and any(later.strip(" \t\r\u3000") for later in lines[offset + 1 :]):
            return (node.start_mark.line + 1 + offset, 1)
    return None  # a break typed as "\n" in quotes, or kept by a more-indented line of a > block
