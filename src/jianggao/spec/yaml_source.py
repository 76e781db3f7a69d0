"""Reading user YAML safely, remembering where every value came from.

Specs, fragment libraries and style profiles are all read here. Values come
back as plain Python data; ``LocatedYaml.where(path)`` gives the line and
column of any key or value so validation errors can point at them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import JianggaoError, Location
from ..text_files import read_text

try:  # libyaml is much faster where it is available
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

YamlPath = tuple[str | int, ...]


@dataclass
class LocatedYaml:
    """Parsed YAML plus the position of every key and value, by path."""

    path: Path
    data: Any
    value_marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    # The source text of every scalar: `items: 1.` is the style "1.", not the float 1.0.
    raw_scalars: dict[YamlPath, str] = field(default_factory=dict)

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


def load_yaml_file(path: Path, error: type[JianggaoError] = JianggaoError) -> LocatedYaml:
    return load_yaml_text(read_text(path, error), path, error)


def load_yaml_text(text: str, path: Path, error: type[JianggaoError] = JianggaoError) -> LocatedYaml:
    """Parse ``text`` with the safe loader; report syntax errors at their line:column."""
    if not text.strip():
        raise error("文件是空的", location=Location(path), hint="请写入内容后重试")
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # an unclosed quote: point at where it opens, not at the file's end
        where = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path)
        problem = exc.problem or exc.context or "格式错误"
        raise error(
            f"YAML 语法错误（{problem}）",
            location=where,
            hint="请检查缩进、冒号后的空格和引号是否配对",
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"YAML 读取失败（{exc}）", location=Location(path)) from None
    if node is None:
        raise error("文件是空的", location=Location(path), hint="请写入内容后重试")
    doc = LocatedYaml(path=path, data=None)
    constructor = yaml.constructor.SafeConstructor()
    try:
        doc.data = _build(node, (), doc, constructor)
    except _ValueProblem as exc:
        raise error(exc.message, location=Location(path, exc.line, exc.column), hint=exc.hint) from None
    return doc


class _ValueProblem(Exception):
    def __init__(self, node: yaml.Node, message: str, hint: str) -> None:
        self.line, self.column = node.start_mark.line + 1, node.start_mark.column + 1
        self.message, self.hint = message, hint


_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge")}


_STR_TAG = "tag:yaml.org,2002:str"


def _construct(constructor: Any, node: yaml.Node) -> Any:
    if node.tag not in _PLAIN_TAGS:
        raise _ValueProblem(node, f"不支持的 YAML 标签 {node.tag}", "说明书只能包含文本、数字、日期、列表和键值对")
    try:
        return constructor.construct_object(node, deep=True)
    except ValueError:
        if node.tag.endswith("timestamp"):
            raise _ValueProblem(node, f"不是有效的日期：“{node.value}”", "请写成 2025-03-01") from None
        raise _ValueProblem(node, f"无法解析的值“{node.value}”", "请检查这个值的写法") from None
    except yaml.constructor.ConstructorError as exc:
        problem = getattr(exc, "problem", None) or str(exc)
        raise _ValueProblem(node, f"无法解析的值（{problem}）", "请检查这个值的写法，日期应写成 2025-03-01") from None


def _build(node: yaml.Node, path: YamlPath, doc: LocatedYaml, constructor: Any) -> Any:
    doc.value_marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        _construct(constructor, node)  # raises: only the standard tags are allowed
    if isinstance(node, yaml.MappingNode):
        own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
        constructor.flatten_mapping(node)  # merged pairs first, then the mapping's own
        merged = len(node.value) - own
        result: dict[Any, Any] = {}
        own_keys: set[Any] = set()
        for index, (key_node, value_node) in enumerate(node.value):
            key = _construct(constructor, key_node)
            if not isinstance(key, str | int):
                key = str(key)
            # A later pair overrides an earlier one (flatten_mapping orders the merges so), and a key
            # written here overrides a merged one; a key written twice here is a mistake.
            if index >= merged:
                if key in own_keys:
                    raise _ValueProblem(key_node, f"键“{key}”重复出现", "同一层中每个键只能写一次，请合并或删除重复的一项")
                own_keys.add(key)
            child = (*path, key)
            doc.key_marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _build(value_node, child, doc, constructor)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), doc, constructor) for i, item in enumerate(node.value)]
    doc.raw_scalars[path] = node.value
    if node.tag == _STR_TAG:  # most of a spec: the constructor would return the text as it is
        return node.value
    return _construct(constructor, node)
