"""Spec validation: what passes, and the one-line message for what does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jianggao.errors import JianggaoError, SpecError
from jianggao.spec.model import FragmentRef, Item, load_spec, validate_spec_text

MINIMAL = "template: advancement\ntitle: 在会上的讲话\n"


def test_minimal_spec_takes_defaults(write_spec) -> None:
    spec = load_spec(write_spec(MINIMAL)).spec
    assert spec.salutation == "同志们"
    assert spec.points == []
    assert spec.date is None


def test_full_spec(write_spec) -> None:
    spec = load_spec(
        write_spec(
            MINIMAL
            + """date: 2025-03-01
opening:
  - 开头段
  - fragment: opening.purpose
    with: {meeting: 推进会}
points:
  - heading: 甲，乙
    intro: 单独一段也可以不写成列表
    items:
      - 普通段落
      - heading: 要认清形势
        text: 正文
        items: [下层段落]
closing: 结尾
"""
        )
    ).spec
    assert spec.date == dt.date(2025, 3, 1)
    assert spec.opening.paragraphs[1] == FragmentRef("opening.purpose", {"meeting": "推进会"})
    assert spec.points[0].intro == ["单独一段也可以不写成列表"]
    assert isinstance(spec.points[0].items[1], Item)
    assert spec.closing == ["结尾"]


def test_opening_and_closing_take_a_single_paragraph_alike(write_spec) -> None:
    spec = load_spec(write_spec(MINIMAL + "opening: 今天，我们召开推进会。\nclosing: 同志们，加油！\n")).spec
    assert spec.opening.paragraphs == ["今天，我们召开推进会。"]
    assert spec.closing == ["同志们，加油！"]
    listed = load_spec(write_spec(MINIMAL + "opening: [今天，我们召开推进会。]\nclosing: [同志们，加油！]\n")).spec
    assert listed == spec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "文件是空的"),
        ("# 只有注释\n", "文件是空的"),
        ("template: a\ntitle: 'x\n", ":2:8：YAML 语法错误"),
        ("- 列表\n", "顶层应是键值对"),
        ("template: a\n", "缺少必填字段“title”"),
        ("template: a\ntitle: ''\n", ":2:8：标题（title）不能为空"),
        ("template: a\ntitle: b\ntitel: c\n", ":3:1：未知字段“titel”。您是不是要写“title”？"),
        ("template: a\ntitle: b\npoints:\n  - heding: x\n", ":4:5：未知字段“heding”。您是不是要写“heading”？"),
        ("template: a\ntitle: [b]\n", ":2:8：title 应为文本，实际是列表"),
        ("template: a\ntitle: b\ndate: 2025-13-01\n", ":3:7：不是有效的日期"),
        # (thanks takes words too: the message named only true/false)
        ("template: a\ntitle: b\nthanks: [1]\n", ":3:9：thanks 应为true/false 或一句文字，实际是列表。请写 true（是）、false（否），或者直接写一句话，如 thanks: 谢谢大家！"),
        ("template: a\ntitle: b\nopening: 3\n", ":3:10：opening 应为键值对"),
        ("template: a\ntitle: b\nnumbering: {items: 甲}\n", "numbering.items 的值“甲”无效"),
        ("template: a\ntitle: b\npoints: [{heading: x, numbering: 一方面, items: [{heading: a}]}]\n", "“一方面”只能用于两个带小标题的分论点"),
    ],
)
def test_bad_specs_name_file_line_and_column(write_spec, text: str, expected: str) -> None:
    path = write_spec(text)
    with pytest.raises(SpecError) as info:
        load_spec(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message


def test_gbk_spec_is_read(write_spec) -> None:
    spec = load_spec(write_spec(MINIMAL + "speaker: 张三\n", encoding="gbk")).spec
    assert spec.speaker == "张三"


def test_utf8_bom_spec_is_read(write_spec) -> None:
    spec = load_spec(write_spec("\ufeff" + MINIMAL)).spec
    assert spec.title == "在会上的讲话"


def test_undecodable_spec_is_refused(write_spec) -> None:
    path = write_spec("x")
    path.write_bytes(b"template: a\ntitle: \x81\x20\xff\xfe\x80\n")
    with pytest.raises(SpecError, match="编码无法识别"):
        load_spec(path)


def test_missing_spec(tmp_path) -> None:
    with pytest.raises(SpecError, match="找不到文件"):
        load_spec(tmp_path / "nope.yaml")


def test_yaml_tags_that_run_code_are_refused(write_spec) -> None:
    path = write_spec(MINIMAL + "vars: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(SpecError, match="不支持的 YAML 标签"):
        load_spec(path)


def test_duplicate_keys_are_refused(write_spec) -> None:
    path = write_spec(MINIMAL + "title: 又一个标题\n")
    with pytest.raises(SpecError, match=r":3:1：键“title”重复出现"):
        load_spec(path)


def test_validate_spec_text_accepts_what_build_accepts() -> None:
    loaded = validate_spec_text(MINIMAL + "date: 2025-03-01\n")
    assert loaded.spec.title == "在会上的讲话"
    assert loaded.spec.date == dt.date(2025, 3, 1)
    assert loaded.path == Path("spec.yaml")


def test_validate_spec_text_calls_a_failure_a_bug() -> None:
    with pytest.raises(JianggaoError) as caught:
        validate_spec_text(MINIMAL + "colour: red\n")
    assert not isinstance(caught.value, SpecError)
    assert caught.value.message == "生成的说明书未通过校验（未知字段“colour”）"
    assert caught.value.hint == "这是 jianggao 的缺陷，请把讲话稿文件提供给开发者"
    assert caught.value.location is None


@pytest.mark.parametrize(
    ("entry", "where", "words"),
    [
        ("- heading：深化理论武装", (6, 16), "“heading”后面是全角冒号"),
        ("- text:要学懂弄通。", (6, 13), "“text:”后面缺少空格"),
        ("- fragment：closing.call", (6, 17), "“fragment”后面是全角冒号"),
    ],
)
def test_a_field_typed_wrong_in_a_list_is_not_taken_for_text(tmp_path: Path, entry: str, where: tuple[int, int], words: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("template: a\ntitle: b\npoints:\n  - heading: 甲\n    items:\n      " + entry + "\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert (caught.value.location.line, caught.value.location.column) == where, str(caught.value)
    assert words in caught.value.message


@pytest.mark.parametrize(("item", "where"), [("-\u3000要加强。", (6, 8)), ("－\u3000要加强。", (6, 7))])
def test_a_list_item_typed_full_width_is_not_taken_for_a_paragraph(tmp_path: Path, item: str, where: tuple[int, int]) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("template: a\ntitle: b\npoints:\n  - heading: 甲\n    items:\n      " + item + "\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:  # was: one paragraph "-　要加强。" printed as it stood
        load_spec(path)
    assert (caught.value.location.line, caught.value.location.column) == where, str(caught.value)
    assert caught.value.hint == "请写成半角的减号加半角空格“- ”"


def test_text_that_opens_like_a_field_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("template: a\ntitle: b\npoints:\n  - heading: 甲\n    items:\n      - GDP：增长百分之五。\n      - PM2.5:下降。\n", encoding="utf-8")
    assert load_spec(path).spec.points[0].items == ["GDP：增长百分之五。", "PM2.5:下降。"]


PAIRED = (
    "template: a\ntitle: b\nnumbering: {items: 一方面}\npoints:\n"
    "  - heading: 看清形势\n    items: [{heading: 看到成绩}, {heading: 正视不足}]\n"
)


def test_a_paired_default_style_leaves_points_with_no_items_alone(write_spec) -> None:
    """The default 一方面 of the items pairs the two items of one point; a point with none uses no style."""
    spec = load_spec(write_spec(PAIRED + "  - heading: 抓好落实\n")).spec
    assert [len(p.items) for p in spec.points] == [2, 0]


def test_a_paired_default_style_still_refuses_a_point_with_three_items(write_spec) -> None:
    text = PAIRED + "  - heading: 抓好落实\n    items: [{heading: 甲}, {heading: 乙}, {heading: 丙}]\n"
    with pytest.raises(SpecError, match="“一方面”只能用于两个带小标题的分论点，这里有 3 个"):
        load_spec(write_spec(text))
