"""Turning located YAML into typed records, and publishing their JSON Schema.

A small, fast replacement for a validation library (the CLI must start in
well under 150 ms): models are frozen records (``jianggao.records``) whose
type hints say what each key holds; ``field_doc`` carries the Chinese
description shown in editors. Unknown keys are errors with a suggestion, and every error points at
the line and column of the offending key or value.

Supported hints: str, int, float, bool, datetime.date, Any, list[T],
dict[str, Any], Literal[...], T | None, and unions of str with records.
A record may set ``__discriminator__`` (a key whose presence selects it
within a union) and ``__list_field__`` (a list given where the mapping is
expected fills that field).
"""

from __future__ import annotations

import builtins
import datetime as dt
import functools
import math
import re
import sys
import types
import typing
from typing import Any, Literal, TypeVar, get_args, get_origin

from ..errors import JianggaoError, Location
from ..records import MISSING, Field, field, fields, is_record
from ..zh.dates import parse_date
from .yaml_source import LocatedYaml, YamlPath, typing_slip

MAX_NUMBER = 1_000_000_000  # beyond any number a spec or a style profile holds

T = TypeVar("T")

_TYPE_NAMES = {
    str: "文本",
    int: "整数",
    float: "数字",
    bool: "true/false",
    dt.date: "日期（如 2025-03-01）",
    list: "列表",
    dict: "键值对",
}


@functools.cache
def _fields_of(cls: type) -> tuple[dict[str, Any], dict[str, Field]]:
    """Resolved type hints and fields by YAML key (string annotations are costly to evaluate)."""
    return type_hints(cls), {yaml_key(f): f for f in fields(cls)}


def type_hints(cls: type) -> dict[str, Any]:
    """What ``typing.get_type_hints`` gives for a model, at a third of its first-use cost.

    Annotations are strings here (``from __future__ import annotations``), evaluated where
    their class was written; a bare name is looked up rather than compiled, and each other
    string is compiled once (``list[Text]`` recurs across the models).
    """
    hints: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        annotations = base.__dict__.get("__annotations__")
        if not annotations:
            continue
        # Looked up as get_type_hints does: the module first, then the class, then builtins.
        module = vars(sys.modules[base.__module__])
        scope = dict(vars(base))
        for name, value in annotations.items():
            if isinstance(value, str):
                if value in module:
                    value = module[value]
                elif value in scope:
                    value = scope[value]
                elif hasattr(builtins, value):
                    value = getattr(builtins, value)
                else:
                    value = eval(_compiled(value), scope, module)  # our own source's annotations
            hints[name] = type(None) if value is None else value
    return hints


@functools.cache
def _compiled(annotation: str) -> types.CodeType:
    return compile(annotation, "<annotation>", "eval")


def field_doc(description: str, *, key: str | None = None, setting: bool = False, fact: str = "", **kwargs: Any) -> Any:
    """A record field with an editor-visible description (and optional YAML key alias).

    ``setting`` marks a value that shapes the draft but is not text anyone hears
    (a template name, a style, a duration); ``fact`` names, in a few words, a
    plain fact of the speech that templates and fragments may print by its key.
    """
    metadata: dict[str, Any] = {"doc": description}
    if key:
        metadata["key"] = key
    if setting:
        metadata["setting"] = True
    if fact:
        metadata["fact"] = fact
    return field(metadata=metadata, **kwargs)


def yaml_key(f: Field) -> str:
    return f.metadata.get("key", f.name)


def _describe(value: Any) -> str:
    if value is None:
        return "空值"
    for kind, name in _TYPE_NAMES.items():
        if type(value) is kind or (kind is dt.date and isinstance(value, dt.date)):
            return name
    return type(value).__name__


# The lists of a spec by the names writers give them (README): ("points", 0) reads 第 1 个要点.
_LIST_NAMES = {
    "points": "要点", "items": "分论点", "intro": "引言段落", "paragraphs": "段落", "closing": "结尾段落",
    "review": "成绩段落", "problems": "问题段落", "summary": "关键词",
}


def in_words(path: YamlPath) -> str:
    """``path`` the way a writer counts: ("points", 0, "items", 1, "text") → 第 1 个要点的第 2 个分论点的 text;
    keys that nest mappings stay dotted (opening.purpose), other list entries read 第 N 项."""
    phrases: list[str] = []
    keys: list[str] = []
    index = 0
    while index < len(path):
        part = path[index]
        following = path[index + 1] if index + 1 < len(path) else None
        if isinstance(part, str) and isinstance(following, int) and part in _LIST_NAMES:
            phrases += [".".join(keys)] if keys else []
            phrases.append(f"第 {following + 1} 个{_LIST_NAMES[part]}")
            keys = []
            index += 2
            continue
        if isinstance(part, int):
            phrases += [".".join(keys)] if keys else []
            phrases.append(f"第 {part + 1} 项")
            keys = []
        else:
            keys.append(str(part))
        index += 1
    phrases += [".".join(keys)] if keys else []
    text = ""
    for phrase in phrases:  # 的 between phrases, a space between it and Latin letters
        if text:
            text += (" 的" if text[-1].isascii() else "的") + (" " if phrase[0].isascii() else "")
        text += phrase
    return text or "（顶层）"


def _subject(path: YamlPath) -> str:
    """``in_words(path)`` to open a sentence: a space before the Chinese that follows Latin letters."""
    words = in_words(path)
    return words + " " if words[-1].isascii() else words



_WIDTH_BLIND = str.maketrans("，（）：；．。、", ",():;..,")


def _punctuation_blind(text: str) -> str:
    """``text`` with full-width punctuation as half-width and no spaces: 第一, and 第一， alike."""
    return "".join(text.split()).translate(_WIDTH_BLIND)

class Converter:
    """Converts one document; raises ``error`` (a JianggaoError subclass) at the first problem."""

    def __init__(self, doc: LocatedYaml, error: type[JianggaoError]) -> None:
        self.doc = doc
        self.error = error
        self.owner: dict[str, Any] = {}  # the fields (by YAML key) beside the value being converted

    def fail(self, path: YamlPath, message: str, hint: str = "", *, key: bool = False) -> typing.NoReturn:
        raise self.error(message, location=self.doc.where(path, key=key), hint=hint)

    def convert(self, hint: Any, value: Any, path: YamlPath) -> Any:
        origin, args = _shape(hint)
        if hint is Any:
            return value
        if origin in (typing.Union, types.UnionType):
            return self._union(hint, value, path)
        if origin is Literal:
            choices = args
            if not isinstance(value, str) and path in self.doc.raw_scalars:
                value = self.doc.raw_scalars[path]
            if value not in choices:
                shown = "、".join(str(c) for c in choices)
                close = [c for c in choices if isinstance(value, str) and _punctuation_blind(str(c)) == _punctuation_blind(value)]
                guess = f"您是不是要写“{close[0]}”？（标点的全角、半角要与之相同）" if len(close) == 1 else ""
                self.fail(path, f"{_subject(path)}的值“{value}”无效", f"{guess}可选的值：{shown}")
            return value
        if origin is list:
            (item_hint,) = args
            if value is None:  # "items:" with nothing under it
                self.fail(
                    path, f"{_subject(path)}是空的",
                    "请在下面逐行写出各项（以“- ”开头，比上一行多缩进两格）；暂时不写就删掉这一行", key=True,
                )
            if not isinstance(value, list):
                if isinstance(value, str) and value[:1] in "-－":  # "-　要加强" is no paragraph but an item typed wrong
                    self._refuse_typing_slip(path, value)
                value = [value]  # a single paragraph where a list is expected
            return [self.convert(item_hint, v, (*path, i)) for i, v in enumerate(value)]
        if origin is dict:
            if not isinstance(value, dict):
                self._wrong_type(path, dict, value)
            return {str(k): v for k, v in value.items()}
        if _is_record(hint):
            return self.record(hint, value, path)
        return self._scalar(hint, value, path)

    def _refuse_typing_slip(self, path: YamlPath, value: Any) -> None:
        """Text where a mapping was expected that is really a key typed wrong (``purpose： 今天……``)."""
        slip = typing_slip(value.split("\n", 1)[0]) if isinstance(value, str) else None
        if slip is not None:
            column, message, hint = slip
            where = self.doc.where(path)
            if where.column is not None:
                where = Location(where.path, where.line, where.column + column)
            raise self.error(message, location=where, hint=hint)

    def _refuse_field_typed_as_text(self, path: YamlPath, value: str, classes: list[Any]) -> None:
        """``- heading：深化理论武装`` where an item may be text or fields: a field's name before the colon
        means the writer typed a field (text such as ``GDP：增长5%`` is read as written)."""
        first = value.split("\n", 1)[0]
        name = first.replace("：", ":", 1).split(":", 1)[0].strip()
        if typing_slip(first) is not None and any(name in _fields_of(cls)[1] for cls in classes):
            self._refuse_typing_slip(path, value)

    def _wrong_type(self, path: YamlPath, expected: Any, value: Any) -> typing.NoReturn:
        self._refuse_typing_slip(path, value)
        if is_record(expected):
            name = "键值对（key: value）" + ("或列表" if getattr(expected, "__list_field__", None) else "")
        else:
            name = _TYPE_NAMES.get(expected, getattr(expected, "__name__", str(expected)))
        self.fail(path, f"{_subject(path)}应为{name}，实际是{_describe(value)}", self._fix_for(path, expected, value))

    def _fix_for(self, path: YamlPath, expected: Any, value: Any) -> str:
        """What to type instead, for the mistakes writers make most."""
        key = path[-1] if path else ""
        shown = in_words(path)
        if value is None:
            return "这里不能空着：请填写内容，或删掉这一行"
        if expected is str and isinstance(value, list):
            if isinstance(key, int):
                return "列表的每一项只能是一段文字：请去掉多出的一层“- ”或方括号"
            if "paragraphs" in self.owner and key != "paragraphs":
                return f"{key} 只能写一段：第一段写在 {key}，其余段落写进同一层的 paragraphs 下"
            return "这里只能写一个值：请去掉“- ”或方括号，只留一项"
        if expected is str and isinstance(value, dict):
            return "这段文字里有“: ”（半角冒号加空格），YAML 把它读成了键值对：请改用全角冒号“：”，或给整段加上引号"
        if expected is int and isinstance(value, float):
            return f"这里只能写整数，如 {key}: {max(round(value), 1)}" if isinstance(key, str) else "这里只能写整数"
        if expected in (int, float):
            number = re.match(r"\d+(?:\.\d+)?", value) if isinstance(value, str) else None
            example = number.group() if number else "20"
            return f"请只写阿拉伯数字，不带单位，如 {key}: {example}" if isinstance(key, str) else f"请只写阿拉伯数字，如 {example}"
        if expected is dt.date:
            return "请写成 2025-03-01 或 2025年3月1日"
        if expected is bool:
            return "请写 true（是）或 false（否）"
        if expected is dict:
            return "请写成键值对，每行一个“名称: 值”"
        if is_record(expected) and isinstance(value, str | int | float):
            list_field = getattr(expected, "__list_field__", None)
            if list_field:
                return f"请把段落写成列表（每段一行，以“- ”开头），或写进 {shown}.{list_field} 下"
            required = _required_keys(expected)
            if required:
                text = self.doc.raw_scalars.get(path, str(value))
                return f"请写成“{'- ' if isinstance(key, int) else ''}{required[0]}: {text}”"
            return "请写成“键: 值”的形式，可用的字段：" + "、".join(_fields_of(expected)[1])
        return "请按字段说明改正这个值（jianggao schema 列出每个字段的说明）"

    def _scalar(self, hint: Any, value: Any, path: YamlPath) -> Any:
        if hint is str:
            if value is None or isinstance(value, list | dict):
                self._wrong_type(path, str, value)
            if not isinstance(value, str):  # 010, 1.50, yes: keep what the user typed
                value = self.doc.raw_scalars.get(path, str(value))
            return value.strip()
        if hint is bool:
            if not isinstance(value, bool):
                self._wrong_type(path, bool, value)
            return value
        if hint is int:
            if isinstance(value, bool) or not isinstance(value, int):
                self._wrong_type(path, int, value)
            return self._bounded(value, path)
        if hint is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                self._wrong_type(path, float, value)
            return self._bounded(float(value), path)
        if hint is dt.date:
            return self._date(value, path)
        raise TypeError(f"unsupported hint {hint!r}")  # a programming error, not a user's

    def _bounded(self, value: Any, path: YamlPath) -> Any:
        """No setting needs a number beyond a billion; .nan, .inf and 1e400 are typing slips."""
        if not math.isfinite(value):
            self.fail(path, f"{_subject(path)}应为普通的数字，实际是 {self.doc.raw_scalars.get(path, value)}", "请写成具体的数字，如 30")
        if abs(value) > MAX_NUMBER:
            self.fail(path, f"{_subject(path)}的数值过大（{self.doc.raw_scalars.get(path, value)}）", "请写一个合理的数字")
        return value

    def _date(self, value: Any, path: YamlPath) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed:
                return parsed
        self.fail(path, f"{_subject(path)}不是有效的日期：“{value}”", "请写成 2025-03-01 或 2025年3月1日")

    def _union(self, hint: Any, value: Any, path: YamlPath) -> Any:
        options, classes = _union_options(hint)
        if value is None:
            if type(None) in _shape(hint)[1]:
                return None
            self._wrong_type(path, options[0], value)
        if isinstance(value, dict) and classes:
            for cls in classes:
                marker = getattr(cls, "__discriminator__", None)
                if marker and marker in value:
                    return self.record(cls, value, path)
            plain = [c for c in classes if not getattr(c, "__discriminator__", None)]
            if not plain and str in options and not self._meant_as(classes, value):
                self._wrong_type(path, str, value)  # text with ": " in it, read by YAML as a mapping
            chosen = (plain or classes)[0]
            return self.record(chosen, value, path, tuple(c for c in classes if c is not chosen))
        if isinstance(value, list):
            for option in options:
                if get_origin(option) is list or getattr(option, "__list_field__", None):
                    return self.convert(option, value, path)
        if classes and isinstance(value, str) and value[:1].isascii() and value[:1].isalpha():
            self._refuse_field_typed_as_text(path, value, classes)
        for option in options:
            if option in (str, int, float, bool, dt.date) and _scalar_fits(option, value):
                return self._scalar(option, value, path)
        for option in options:
            if get_origin(option) is list:
                return self.convert(option, value, path)  # a single entry where a list is expected
        for option in options:
            if get_origin(option) is Literal:
                return self.convert(option, value, path)  # says which values are allowed
        for option in options:
            if getattr(option, "__list_field__", None) and isinstance(value, str):
                return self.convert(option, value, path)  # the one entry of its list field
        if value is not None and set(options) == {bool, str}:  # thanks: a switch or the words: name both
            self._refuse_typing_slip(path, value)
            key = path[-1] if path else ""
            self.fail(
                path, f"{_subject(path)}应为true/false 或一句文字，实际是{_describe(value)}",
                f"请写 true（是）、false（否），或者直接写一句话，如 {key}: 谢谢大家！",
            )
        self._wrong_type(path, options[0], value)

    @staticmethod
    def _meant_as(classes: list[Any], value: dict[Any, Any]) -> bool:
        """Whether a key of ``value`` is, or is a misspelling of, a field of one of ``classes``."""
        import difflib  # only a value already in doubt pays for it

        names = [name for cls in classes for name in _fields_of(cls)[1]]
        return any(str(key) in names or difflib.get_close_matches(str(key), names, n=1, cutoff=0.5) for key in value)

    def record(self, cls: type[T], value: Any, path: YamlPath, siblings: tuple[Any, ...] = ()) -> T:
        """``value`` as a ``cls``; ``siblings``, the other records its union allows, are offered
        by their marker keys when a key is misspelt (``fragmnet`` in an item: ``fragment``)."""
        list_field = getattr(cls, "__list_field__", None)
        if list_field and isinstance(value, list | str):  # a list, or its one entry, fills that field
            if isinstance(value, str) and value[:1].isascii() and value[:1].isalpha():
                self._refuse_field_typed_as_text(path, value, [cls])  # "purpose： 今天……" is no paragraph
            value = {list_field: value}
        if not isinstance(value, dict):
            self._wrong_type(path, cls, value)
        hints, fields = _fields_of(cls)
        for key in value:
            if key not in fields:
                import difflib  # only a mistyped key pays for it

                markers = [m for c in siblings if (m := getattr(c, "__discriminator__", None))]
                close = difflib.get_close_matches(str(key), [*fields, *markers], n=1, cutoff=0.5)
                hint = f"您是不是要写“{close[0]}”？" if close else ""
                hint += "可用的字段：" + "、".join(fields)
                if not close or close[0] not in fields:  # a record of its own may be what was meant
                    hint += "".join(f"；或整条写成 {m}: …" for m in markers)
                self.fail((*path, key), f"未知字段“{key}”", hint, key=True)
        kwargs: dict[str, Any] = {}
        outer = self.owner
        for key, f in fields.items():
            if key in value:
                self.owner = fields
                kwargs[f.name] = self.convert(hints[f.name], value[key], (*path, key))
            elif key in _required_keys(cls):
                where = _subject(path) + "中" if path else ""
                self.fail(path, f"{where}缺少必填字段“{key}”", f"请加上 {key}: …（{f.metadata.get('doc', '')}）")
        self.owner = outer
        return cls(**kwargs)


@functools.cache
def _required_keys(cls: type) -> tuple[str, ...]:
    """The YAML keys of ``cls`` that must be written (no default)."""
    return tuple(k for k, f in _fields_of(cls)[1].items() if f.default is MISSING and f.default_factory is MISSING)


@functools.cache
def _shape(hint: Any) -> tuple[Any, tuple[Any, ...]]:
    """``get_origin`` and ``get_args`` of a type hint, worked out once per hint."""
    return get_origin(hint), get_args(hint)


@functools.cache
def _is_record(hint: Any) -> bool:
    return is_record(hint)


@functools.cache
def _union_options(hint: Any) -> tuple[list[Any], list[Any]]:
    """A union's options other than None, and those of them that are records."""
    options = [a for a in get_args(hint) if a is not type(None)]
    return options, [o for o in options if is_record(o)]


def _scalar_fits(hint: Any, value: Any) -> bool:
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is dt.date:
        return isinstance(value, dt.date) or (isinstance(value, str) and parse_date(value) is not None)
    return isinstance(value, str | int | float | dt.date) and not isinstance(value, bool)


def load_model(cls: type[T], doc: LocatedYaml, error: type[JianggaoError]) -> T:
    return Converter(doc, error).record(cls, doc.data, ())


# --- JSON Schema ---------------------------------------------------------


def json_schema(cls: type, *, title: str = "", schema_id: str = "") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model, for editors' completion."""
    defs: dict[str, Any] = {}
    root = _schema_of(cls, defs)
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    if schema_id:
        schema["$id"] = schema_id
    if title:
        schema["title"] = title
    schema.update(defs.pop(cls.__name__))
    del root
    if defs:
        schema["$defs"] = defs
    return schema


def _schema_of(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(hint)
    if hint is Any:
        return {}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        parts = [_schema_of(o, defs) for o in options]
        if type(None) in get_args(hint):
            parts.append({"type": "null"})
        for option in options:
            if is_record(option) and getattr(option, "__list_field__", None):
                parts.append({"type": "array"})
        return parts[0] if len(parts) == 1 else {"anyOf": parts}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is list:
        (item,) = get_args(hint)
        inner = _schema_of(item, defs)
        return {"anyOf": [{"type": "array", "items": inner}, inner]}
    if origin is dict:
        return {"type": "object"}
    if is_record(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = type_hints(hint)
            props: dict[str, Any] = {}
            required = []
            for f in fields(hint):
                prop = dict(_schema_of(hints[f.name], defs))
                if f.metadata.get("doc"):
                    prop["description"] = f.metadata["doc"]
                props[yaml_key(f)] = prop
                if f.default is MISSING and f.default_factory is MISSING:
                    required.append(yaml_key(f))
            body: dict[str, Any] = {"type": "object", "properties": props, "additionalProperties": False}
            if hint.__doc__:
                body["description"] = hint.__doc__.strip().splitlines()[0]
            if required:
                body["required"] = required
            defs[name] = body
        ref = {"$ref": f"#/$defs/{name}"}
        list_field = getattr(hint, "__list_field__", None)
        if list_field and "properties" in defs[name]:  # or what its list field takes: a list, or its one entry
            given = {k: v for k, v in defs[name]["properties"][list_field].items() if k != "description"}
            return {"anyOf": [ref, given]}
        return ref
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]}
    if hint is dt.date:
        return {"type": "string", "description": "日期，如 2025-03-01"}
    raise TypeError(f"unsupported hint {hint!r}")
