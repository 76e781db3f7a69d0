"""The typed converter on small models of its own: what converts, what is refused and where, and the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

import pytest

from jianggao.errors import JianggaoError, Location, ProfileError, SpecError
from jianggao.records import record
from jianggao.spec.typed_yaml import field_doc, in_words, json_schema, load_model
from jianggao.spec.yaml_source import load_yaml_text

P = Path("model.yaml")


@record(frozen=True)
class Ref:
    """引用一段素材。

    Only the first docstring line reaches the schema.
    """

    __discriminator__ = "ref"

    ref: str = field_doc("素材编号")
    with_: dict[str, Any] = field_doc("传给素材的变量", key="with", default_factory=dict)


Line = str | Ref


@record(frozen=True)
class Section:
    """一节：小标题和若干段。"""

    __list_field__ = "lines"

    heading: str = field_doc("小标题", default="")
    lines: list[Line] = field_doc("各段", default_factory=list)


@record(frozen=True)
class Part:
    """一个部分。"""

    title: str = field_doc("部分标题")
    sections: list[Section | Line] = field_doc("各节：一段话，或小标题加各段", default_factory=list)


@record(frozen=True)
class Doc:
    """测试用的文档。"""

    name: str = field_doc("名称")
    count: int = field_doc("数量", default=0)
    ratio: float = field_doc("比例", default=1.0)
    enabled: bool = field_doc("是否启用", default=False)
    day: dt.date | None = field_doc("日期", default=None)
    style: Literal["（一）", "1.", "一是"] = field_doc("序号样式", default="（一）")
    tags: list[str] = field_doc("标签", default_factory=list)
    body: Line = field_doc("正文", default="")
    parts: list[Part] = field_doc("各部分", default_factory=list)
    extra: dict[str, Any] = field_doc("其他", default_factory=dict)
    group: Section | None = field_doc("一组", default=None)


@record(frozen=True)
class Meeting:
    """一次会议。"""

    day: dt.date = field_doc("会议日期")


def convert(text: str, cls: type = Doc, error: type[JianggaoError] = SpecError) -> Any:
    return load_model(cls, load_yaml_text(text, P, error), error)


def refusal(text: str, cls: type = Doc, error: type[JianggaoError] = SpecError) -> JianggaoError:
    with pytest.raises(error) as caught:
        convert(text, cls, error)
    assert type(caught.value) is error
    return caught.value


# --- what converts ---------------------------------------------------------


def test_defaults_fill_what_is_not_written() -> None:
    assert convert("name: 甲\n") == Doc(name="甲")


def test_every_kind_of_value_converts() -> None:
    doc = convert(
        "name: 甲\ncount: 3\nratio: 2\nenabled: true\nday: 2025-03-01\nstyle: 一是\n"
        "tags: [a, b]\nbody: 正文\nextra: {k: v, 2: x}\n"
    )
    assert doc == Doc(
        name="甲", count=3, ratio=2.0, enabled=True, day=dt.date(2025, 3, 1), style="一是",
        tags=["a", "b"], body="正文", extra={"k": "v", "2": "x"},
    )
    assert type(doc.ratio) is float


def test_text_keeps_what_the_user_typed() -> None:
    assert convert("name: 010\n").name == "010"  # not the octal 8
    assert convert("name: 1.50\n").name == "1.50"
    assert convert("name: yes\n").name == "yes"  # not True
    assert convert("name: '  甲  '\n").name == "甲"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-03-01", dt.date(2025, 3, 1)),  # a YAML date
        ("2025-03-01 09:30:00", dt.date(2025, 3, 1)),  # a YAML timestamp: the day is kept
        ("2025年3月1日", dt.date(2025, 3, 1)),  # the Chinese form, as text
        ("'2025/3/1'", dt.date(2025, 3, 1)),
        ("'2025.3.1'", dt.date(2025, 3, 1)),
    ],
)
def test_dates_in_both_forms(written: str, expected: dt.date) -> None:
    assert convert(f"name: 甲\nday: {written}\n").day == expected
    assert convert(f"day: {written}\n", Meeting).day == expected


def test_an_optional_value_may_be_null() -> None:
    assert convert("name: 甲\nday: ~\ngroup:\n").day is None
    assert convert("name: 甲\ngroup:\n").group is None


def test_literal_choices_match_what_the_user_typed() -> None:
    assert convert("name: 甲\nstyle: 1.\n").style == "1."  # YAML reads 1. as the float 1.0
    assert convert("name: 甲\nstyle: （一）\n").style == "（一）"


def test_a_list_given_a_single_value() -> None:
    assert convert("name: 甲\ntags: 唯一\n").tags == ["唯一"]
    part = convert("name: 甲\nparts:\n  - title: 一\n    sections: 一段话\n").parts[0]
    assert part.sections == ["一段话"]


def test_discriminator_selects_the_dataclass_in_a_union() -> None:
    doc = convert("name: 甲\nbody: {ref: closing.thanks, with: {goal: 铁军}}\n")
    assert doc.body == Ref(ref="closing.thanks", with_={"goal": "铁军"})
    part = convert(
        "name: 甲\nparts:\n  - title: 一\n    sections:\n"
        "      - 一段话\n      - ref: x.y\n      - heading: 小标题\n        lines: [甲, {ref: z}]\n"
    ).parts[0]
    assert part.sections == ["一段话", Ref(ref="x.y"), Section(heading="小标题", lines=["甲", Ref(ref="z")])]


def test_list_field_takes_a_list_given_for_the_mapping() -> None:
    assert convert("name: 甲\ngroup: [一, 二]\n").group == Section(lines=["一", "二"])
    assert convert("name: 甲\ngroup: 一\n").group == Section(lines=["一"])  # or its one entry
    part = convert("name: 甲\nparts:\n  - title: 一\n    sections:\n      - [甲, 乙]\n").parts[0]
    assert part.sections == [Section(lines=["甲", "乙"])]


# --- what is refused, and where ------------------------------------------------


def test_unknown_key_with_suggestion_at_the_key() -> None:
    exc = refusal("name: 甲\ncuont: 3\n")
    assert exc.message == "未知字段“cuont”"
    assert exc.location == Location(P, 2, 1)
    assert exc.hint == "您是不是要写“count”？可用的字段：name、count、ratio、enabled、day、style、tags、body、parts、extra、group"


def test_a_misspelt_marker_of_another_record_in_the_union_is_suggested() -> None:
    # An entry of `sections` is a Section, text or a Ref: "rfe" is read as a Section's key, and meant as Ref's.
    exc = refusal("name: 甲\nparts:\n  - title: 一\n    sections:\n      - rfe: x\n")
    assert exc.message == "未知字段“rfe”"
    assert exc.location == Location(P, 5, 9)
    assert exc.hint == "您是不是要写“ref”？可用的字段：heading、lines；或整条写成 ref: …"


def test_an_unknown_key_far_from_every_marker_lists_fields_and_markers() -> None:
    exc = refusal("name: 甲\nparts:\n  - title: 一\n    sections:\n      - 颜色: 红\n")
    assert exc.hint == "可用的字段：heading、lines；或整条写成 ref: …"


def test_unknown_key_without_a_close_match_lists_the_fields() -> None:
    exc = refusal("name: 甲\n颜色: 红\n")
    assert exc.message == "未知字段“颜色”"
    assert exc.hint == "可用的字段：name、count、ratio、enabled、day、style、tags、body、parts、extra、group"


def test_unknown_nested_key_points_at_its_line_and_column() -> None:
    exc = refusal("name: 甲\nparts:\n  - title: 一\n    sections:\n      - heading: 小标题\n        linse: [甲]\n")
    assert exc.message == "未知字段“linse”"
    assert exc.location == Location(P, 6, 9)
    assert exc.hint == "您是不是要写“lines”？可用的字段：heading、lines"


def test_the_yaml_key_of_a_field_is_its_alias() -> None:
    exc = refusal("name: 甲\nbody: {ref: x, with_: {}}\n")
    assert exc.message == "未知字段“with_”"
    assert exc.location == Location(P, 2, 16)
    assert exc.hint == "您是不是要写“with”？可用的字段：ref、with"


def test_a_mapping_without_the_discriminator_is_not_that_dataclass() -> None:
    exc = refusal("name: 甲\nbody: {reff: x}\n")  # a misspelt field of Ref: named as such
    assert exc.message == "未知字段“reff”"
    assert exc.location == Location(P, 2, 8)
    assert exc.hint == "您是不是要写“ref”？可用的字段：ref、with"


def test_a_mapping_nothing_like_the_dataclass_is_text_with_a_colon() -> None:
    exc = refusal("name: 甲\nbody:\n  要求: 大家都来\n")  # "要求: 大家都来" was meant as text
    assert exc.message == "body 应为文本，实际是键值对"
    assert exc.location == Location(P, 3, 3)
    assert "全角冒号“：”" in exc.hint and "引号" in exc.hint


def test_missing_required_field() -> None:
    exc = refusal("count: 3\n")
    assert exc.message == "缺少必填字段“name”"
    assert exc.location == Location(P, 1, 1)
    assert exc.hint == "请加上 name: …（名称）"


def test_missing_required_nested_field_names_its_parent() -> None:
    exc = refusal("name: 甲\nparts:\n  - sections: [一段话]\n")
    assert exc.message == "parts 的第 1 项中缺少必填字段“title”"
    assert exc.location == Location(P, 3, 5)
    assert exc.hint == "请加上 title: …（部分标题）"


COLON_IN_TEXT = "这段文字里有“: ”（半角冒号加空格），YAML 把它读成了键值对：请改用全角冒号“：”，或给整段加上引号"
NOT_EMPTY = "这里不能空着：请填写内容，或删掉这一行"
ONE_VALUE = "这里只能写一个值：请去掉“- ”或方括号，只留一项"


@pytest.mark.parametrize(
    ("text", "message", "where", "hint"),
    [
        ("name: 甲\ncount: 三\n", "count 应为整数，实际是文本", (2, 8), "请只写阿拉伯数字，不带单位，如 count: 20"),
        ("name: 甲\ncount: 30个\n", "count 应为整数，实际是文本", (2, 8), "请只写阿拉伯数字，不带单位，如 count: 30"),
        ("name: 甲\ncount: 1.5\n", "count 应为整数，实际是数字", (2, 8), "这里只能写整数，如 count: 2"),
        ("name: 甲\ncount: ~\n", "count 应为整数，实际是空值", (2, 8), NOT_EMPTY),
        ("name: 甲\nratio: 很高\n", "ratio 应为数字，实际是文本", (2, 8), "请只写阿拉伯数字，不带单位，如 ratio: 20"),
        ("name: 甲\nenabled: 1\n", "enabled 应为true/false，实际是整数", (2, 10), "请写 true（是）或 false（否）"),
        ("name: 甲\nenabled: 是\n", "enabled 应为true/false，实际是文本", (2, 10), "请写 true（是）或 false（否）"),
        ("name: 甲\nday: [2025]\n", "day 应为日期（如 2025-03-01），实际是列表", (2, 6), "请写成 2025-03-01 或 2025年3月1日"),
        ("name: [甲, 乙]\n", "name 应为文本，实际是列表", (1, 7), ONE_VALUE),
        ("name: {a: 1}\n", "name 应为文本，实际是键值对", (1, 7), COLON_IN_TEXT),
        ("name: ~\n", "name 应为文本，实际是空值", (1, 7), NOT_EMPTY),
        ("name: 甲\nbody: [一, 二]\n", "body 应为文本，实际是列表", (2, 7), ONE_VALUE),
        ("name: 甲\nextra: 1\n", "extra 应为键值对，实际是整数", (2, 8), "请写成键值对，每行一个“名称: 值”"),
        ("name: 甲\nparts: [一]\n", "parts 的第 1 项应为键值对（key: value），实际是文本", (2, 9), "请写成“- title: 一”"),
        ("name: 甲\nday: 2025-03-01\ntags:\n  - 一\n  - {a: 1}\n", "tags 的第 2 项应为文本，实际是键值对", (5, 5), COLON_IN_TEXT),
        ("name: 甲\ntags:\n  - [一, 二]\n", "tags 的第 1 项应为文本，实际是列表", (3, 5), "列表的每一项只能是一段文字：请去掉多出的一层“- ”或方括号"),
        ("name: 甲\nparts:\n  - title: 甲\n    sections:\n", "parts 的第 1 项的 sections 是空的", (4, 5), "请在下面逐行写出各项（以“- ”开头，比上一行多缩进两格）；暂时不写就删掉这一行"),
        ("- 甲\n", "（顶层）应为键值对（key: value），实际是列表", (1, 1), "请按字段说明改正这个值（jianggao schema 列出每个字段的说明）"),
    ],
)
def test_wrong_types_are_named_in_chinese_with_the_fix(text: str, message: str, where: tuple[int, int], hint: str) -> None:
    exc = refusal(text)
    assert exc.message == message
    assert exc.location == Location(P, *where)
    assert exc.hint == hint


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ((), "（顶层）"),
        (("title",), "title"),
        (("opening", "purpose"), "opening.purpose"),
        (("points", 0), "第 1 个要点"),
        (("points", 0, "items", 1, "text"), "第 1 个要点的第 2 个分论点的 text"),
        (("points", 2, "intro", 0), "第 3 个要点的第 1 个引言段落"),
        (("opening", "paragraphs", 1), "opening 的第 2 个段落"),
        (("closing", 0, "with", "unit"), "第 1 个结尾段落的 with.unit"),
        (("tags", 4), "tags 的第 5 项"),
        ((3, "text"), "第 4 项的 text"),
    ],
)
def test_paths_read_the_way_a_writer_counts(path: tuple, words: str) -> None:
    assert in_words(path) == words


@pytest.mark.parametrize("value", ["true", "false", "yes"])
def test_bool_is_not_accepted_as_int_or_float(value: str) -> None:
    exc = refusal(f"name: 甲\ncount: {value}\n")
    assert exc.message == "count 应为整数，实际是true/false"
    assert exc.location == Location(P, 2, 8)
    exc = refusal(f"name: 甲\nratio: {value}\n")
    assert exc.message == "ratio 应为数字，实际是true/false"


def test_a_literal_outside_its_choices() -> None:
    exc = refusal("name: 甲\nstyle: 2.\n")
    assert exc.message == "style 的值“2.”无效"  # as typed, not 2.0
    assert exc.location == Location(P, 2, 8)
    assert exc.hint == "可选的值：（一）、1.、一是"


def test_a_date_that_is_no_date() -> None:
    exc = refusal("day: 下周一\n", Meeting)
    assert exc.message == "day 不是有效的日期：“下周一”"
    assert exc.location == Location(P, 1, 6)
    assert exc.hint == "请写成 2025-03-01 或 2025年3月1日"
    exc = refusal("day: 2025年2月30日\n", Meeting)
    assert exc.message == "day 不是有效的日期：“2025年2月30日”"
    # Optional, the same value is named by its type.
    exc = refusal("name: 甲\nday: 下周一\n")
    assert exc.message == "day 应为日期（如 2025-03-01），实际是文本"
    assert exc.location == Location(P, 2, 6)


def test_errors_use_the_callers_error_class() -> None:
    exc = refusal("name: 甲\ncount: 三\n", error=ProfileError)
    assert str(exc) == "model.yaml:2:8：count 应为整数，实际是文本。请只写阿拉伯数字，不带单位，如 count: 20"


def test_a_wrong_type_in_a_dataclass_union_is_named_in_chinese() -> None:
    exc = refusal("name: 甲\ngroup: 3\n")
    assert exc.message.startswith("group 应为键值对（key: value）或列表，实际是")


# --- JSON Schema ------------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json_schema(Doc, title="测试文档", schema_id="https://example.org/doc.schema.json")


def test_schema_header(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://example.org/doc.schema.json"
    assert schema["title"] == "测试文档"
    assert schema["type"] == "object"
    assert schema["description"] == "测试用的文档。"
    json.dumps(schema)  # serialisable


def test_schema_required_and_closed(schema: dict[str, Any]) -> None:
    assert schema["required"] == ["name"]
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == [
        "name", "count", "ratio", "enabled", "day", "style", "tags", "body", "parts", "extra", "group",
    ]
    part = schema["$defs"]["Part"]
    assert part["required"] == ["title"] and part["additionalProperties"] is False
    assert "required" not in schema["$defs"]["Section"]  # nothing is required there


def test_schema_descriptions(schema: dict[str, Any]) -> None:
    props = schema["properties"]
    assert {key: p["description"] for key, p in props.items()} == {
        "name": "名称", "count": "数量", "ratio": "比例", "enabled": "是否启用", "day": "日期",
        "style": "序号样式", "tags": "标签", "body": "正文", "parts": "各部分", "extra": "其他", "group": "一组",
    }
    assert schema["$defs"]["Ref"]["description"] == "引用一段素材。"  # the docstring's first line


def test_schema_types(schema: dict[str, Any]) -> None:
    props = schema["properties"]
    assert props["name"]["type"] == "string"
    assert props["count"]["type"] == "integer"
    assert props["ratio"]["type"] == "number"
    assert props["enabled"]["type"] == "boolean"
    assert props["day"]["anyOf"] == [{"type": "string", "description": "日期，如 2025-03-01"}, {"type": "null"}]
    assert props["style"]["enum"] == ["（一）", "1.", "一是"]
    # A list also accepts a single value, as the converter does.
    assert props["tags"]["anyOf"] == [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
    assert props["extra"]["type"] == "object"
    assert props["body"]["anyOf"] == [{"type": "string"}, {"$ref": "#/$defs/Ref"}]
    # A dataclass with __list_field__ also accepts what that field takes: an array, or its one entry.
    line = {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Ref"}]}
    lines = {"anyOf": [{"type": "array", "items": line}, line]}
    assert props["group"]["anyOf"] == [{"anyOf": [{"$ref": "#/$defs/Section"}, lines]}, {"type": "null"}, {"type": "array"}]


def test_schema_defs_hold_every_dataclass_once(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert set(defs) == {"Ref", "Section", "Part"}  # the root is the schema itself, not a def
    assert defs["Ref"]["properties"] == {
        "ref": {"type": "string", "description": "素材编号"},
        "with": {"type": "object", "description": "传给素材的变量"},
    }
    assert schema["properties"]["parts"]["anyOf"][0] == {"type": "array", "items": {"$ref": "#/$defs/Part"}}


def test_schema_without_title_or_id_or_defs() -> None:
    schema = json_schema(Meeting)
    assert "title" not in schema and "$id" not in schema and "$defs" not in schema
    assert schema["properties"] == {
        "day": {"type": "string", "description": "会议日期"},
    }
    assert schema["required"] == ["day"]


def test_type_hints_are_what_typing_resolves_for_every_model() -> None:
    import typing

    from jianggao.fragments.library import Fragment, Variable
    from jianggao.spec import model
    from jianggao.spec.typed_yaml import type_hints
    from jianggao.writers.docx import profile

    classes = [Ref, Section, Part, Doc, Meeting, Fragment, Variable]
    classes += [model.Spec, model.Opening, model.Numbering, model.Point, model.Item, model.FragmentRef]
    classes += [profile.StyleProfile, profile.PageSetup, profile.TextStyle, profile.TitleStyle, profile.PageNumberStyle]
    for cls in classes:
        assert type_hints(cls) == typing.get_type_hints(cls), cls
    assert type_hints(profile.TitleStyle)["font"] is str  # inherited from TextStyle, resolved in its module
