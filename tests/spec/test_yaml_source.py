"""The YAML-with-positions loader: data, the line:column of every key and value, and its refusals."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
import yaml

from jianggao.errors import FragmentError, JianggaoError, Location, ProfileError, SpecError
from jianggao.spec.yaml_source import LocatedYaml, load_yaml_file, load_yaml_text

P = Path("spec.yaml")

SPEC = """\
title: 标题
points:
  - heading: 加强学习
    items:
      - 甲
      - 乙
numbering:
  items: 1.
"""


def load(text: str) -> LocatedYaml:
    return load_yaml_text(text, P, SpecError)


def refusal(text: str, error: type[JianggaoError] = SpecError) -> JianggaoError:
    with pytest.raises(error) as caught:
        load_yaml_text(text, P, error)
    assert type(caught.value) is error
    return caught.value


# --- positions -----------------------------------------------------------


def test_data_is_plain_python() -> None:
    assert load(SPEC).data == {
        "title": "标题",
        "points": [{"heading": "加强学习", "items": ["甲", "乙"]}],
        "numbering": {"items": 1.0},
    }


def test_keys_and_values_have_their_line_and_column() -> None:
    doc = load(SPEC)
    assert doc.where(("title",), key=True) == Location(P, 1, 1)
    assert doc.where(("title",)) == Location(P, 1, 8)
    assert doc.where(("points",), key=True) == Location(P, 2, 1)
    assert doc.where(("points", 0, "heading"), key=True) == Location(P, 3, 5)
    assert doc.where(("points", 0, "heading")) == Location(P, 3, 14)
    assert doc.where(("numbering", "items"), key=True) == Location(P, 8, 3)
    assert doc.where(("numbering", "items")) == Location(P, 8, 10)


def test_nested_list_items_have_their_own_position() -> None:
    doc = load(SPEC)
    assert doc.where(("points", 0)) == Location(P, 3, 5)  # the mapping starts at its first key
    assert doc.where(("points", 0, "items", 0)) == Location(P, 5, 9)
    assert doc.where(("points", 0, "items", 1)) == Location(P, 6, 9)


def test_columns_count_characters_not_bytes() -> None:
    doc = load("标题: 值\n")
    assert doc.where(("标题",), key=True) == Location(P, 1, 1)
    assert doc.where(("标题",)) == Location(P, 1, 5)


def test_windows_line_endings_keep_positions() -> None:
    doc = load("a: 1\r\nb:\r\n  - x\r\n")
    assert doc.data == {"a": 1, "b": ["x"]}
    assert doc.where(("b", 0)) == Location(P, 3, 5)


def test_where_falls_back_to_the_closest_parent() -> None:
    doc = load(SPEC)
    # A key the file does not have is placed at its parent mapping's value...
    assert doc.where(("points", 0, "text")) == Location(P, 3, 5)
    assert doc.where(("points", 0, "items", 7)) == Location(P, 5, 7)
    # ... or, asked for a key, at the nearest key above it (list indices have none).
    assert doc.where(("points", 0, "text"), key=True) == Location(P, 2, 1)
    assert doc.where(("points", 0, "items", 7), key=True) == Location(P, 4, 5)
    # Nothing known on the path at all: the document itself.
    assert doc.where(("closing", 0)) == Location(P, 1, 1)
    assert doc.where(("closing",), key=True) == Location(P, 1, 1)
    assert doc.where(()) == Location(P, 1, 1)


def test_where_without_any_position_names_only_the_file() -> None:
    assert LocatedYaml(P, {}).where(("title",)) == Location(P)


def test_non_string_keys() -> None:
    doc = load("1: a\n2025-03-01: b\n")
    assert doc.data == {1: "a", "2025-03-01": "b"}  # an int stays an int; other keys become text
    assert doc.where((1,), key=True) == Location(P, 1, 1)
    assert doc.where(("2025-03-01",)) == Location(P, 2, 13)


def test_a_top_level_list() -> None:
    doc = load("[a, b]\n")
    assert doc.data == ["a", "b"]
    assert doc.where((1,)) == Location(P, 1, 5)


# --- raw scalars ---------------------------------------------------------


def test_raw_scalars_keep_what_the_user_typed() -> None:
    doc = load("style: 1.\ncode: 010\nprice: 1.50\nanswer: yes\nnothing: ~\nempty:\nhex: 0x10\n")
    assert doc.data == {"style": 1.0, "code": 8, "price": 1.5, "answer": True, "nothing": None, "empty": None, "hex": 16}
    assert doc.raw_scalars == {
        ("style",): "1.",
        ("code",): "010",
        ("price",): "1.50",
        ("answer",): "yes",
        ("nothing",): "~",
        ("empty",): "",
        ("hex",): "0x10",
    }


def test_raw_scalars_are_kept_in_lists_and_only_for_scalars() -> None:
    doc = load(SPEC)
    assert doc.raw_scalars[("points", 0, "items", 1)] == "乙"
    assert doc.raw_scalars[("numbering", "items")] == "1."
    assert ("points",) not in doc.raw_scalars
    assert ("points", 0) not in doc.raw_scalars


def test_dates_are_dates() -> None:
    doc = load("date: 2025-03-01\nat: 2025-03-01 10:00:00\n")
    assert doc.data["date"] == dt.date(2025, 3, 1)
    assert doc.data["at"] == dt.datetime(2025, 3, 1, 10, 0)
    assert doc.raw_scalars[("date",)] == "2025-03-01"


# --- refusals ------------------------------------------------------------


def test_duplicate_keys_are_refused_at_the_second_key() -> None:
    exc = refusal("title: 一\npoints: []\ntitle: 二\n")
    assert exc.message == "键“title”重复出现"
    assert exc.location == Location(P, 3, 1)
    assert exc.hint == "同一层中每个键只能写一次，请合并或删除重复的一项"


def test_nested_duplicate_keys_are_refused_at_their_position() -> None:
    exc = refusal("points:\n  - heading: 一\n    text: 甲\n    heading: 二\n")
    assert exc.message == "键“heading”重复出现"
    assert exc.location == Location(P, 4, 5)


@pytest.mark.parametrize(
    ("text", "tag", "where"),
    [
        ("vars: !!python/object:os.system {}\n", "tag:yaml.org,2002:python/object:os.system", (1, 7)),
        ("vars: !!python/object/apply:os.system ['echo hi']\n", "tag:yaml.org,2002:python/object/apply:os.system", (1, 7)),
        ("closing:\n  - !!set {a}\n", "tag:yaml.org,2002:set", (2, 5)),
        ("title: !custom 标题\n", "!custom", (1, 8)),
    ],
)
def test_unsupported_tags_are_refused(text: str, tag: str, where: tuple[int, int]) -> None:
    exc = refusal(text)
    assert exc.message == f"不支持的 YAML 标签 {tag}"
    assert exc.location == Location(P, *where)
    assert exc.hint == "说明书只能包含文本、数字、日期、列表和键值对"


def test_an_impossible_date_is_refused_at_the_value() -> None:
    exc = refusal("title: 标题\ndate: 2025-13-01\n")
    assert exc.message == "不是有效的日期：“2025-13-01”"
    assert exc.location == Location(P, 2, 7)
    assert exc.hint == "请写成 2025-03-01"


@pytest.mark.parametrize("text", ["", "   \n\n", "# 只有注释\n"])
def test_an_empty_file_is_refused(text: str) -> None:
    exc = refusal(text)
    assert exc.message == "文件是空的"
    assert exc.location == Location(P)
    assert exc.hint == "请写入内容后重试"


@pytest.mark.parametrize(
    ("text", "problem", "hint", "where"),
    [
        ("title: a: b\n", "这一行多了一个“冒号+空格”，或缩进不对", "值里含有“: ”时请给整个值加上引号", (1, 9)),
        ("opening:\n  purpose: 甲\n theme: 乙\n", "这一行的缩进和同一层的其他行不一致", "同一层的字段要左对齐", (3, 2)),
        ("points:\n\t- heading: 一\n", "不能用 Tab 缩进", "请用空格缩进", (2, 1)),
        ("title: *nowhere\n", "引用了没有定义的别名（*名字）", "请先用 &名字 定义", (1, 8)),
        ("--- a\n--- b\n", "文件里有多份文档（--- 分隔）或多余的内容", "一个文件只写一份说明书", (2, 1)),
        ("title: @标题\n", "值不能以“@”开头", "请给整个值加上引号", (1, 8)),
        ("opening:\n  paragraphs: [甲]\n  - 同志们：\n", "opening 下不能同时写列表项（- 开头）和字段（键: 值）",
         "请把段落写进 opening.paragraphs", (3, 3)),
        ("opening:\n  - 同志们：\n  paragraphs: [甲]\n", "opening 下不能同时写列表项（- 开头）和字段（键: 值）",
         "请把段落写进 opening.paragraphs", (3, 3)),
        ("points:\n  - heading: 甲\n    items:\n      text: 乙\n      - 丙\n", "items 下不能同时写列表项", "请检查缩进", (5, 7)),
        ("title 标题\nspeaker: 王明\n", "这一行多了一个“冒号+空格”，或缩进不对", "请检查这一行和上一行的缩进", (2, 8)),
    ],
)
def test_syntax_errors_in_chinese_with_the_fix(text: str, problem: str, hint: str, where: tuple[int, int]) -> None:
    exc = refusal(text)
    assert exc.message.startswith(f"YAML 语法错误：{problem}"), exc.message
    assert hint in exc.hint
    assert exc.location == Location(P, *where)
    assert not re.search(r"found|expected|while|allowed|scalar|token|stream", exc.message), exc.message  # no PyYAML English


@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_points_where_it_opens(quote: str) -> None:
    exc = refusal(f"title: 标题\nspeaker: {quote}王明\nmeeting: 会议\ndate: 2025-03-01\n")
    assert exc.message == "YAML 语法错误：引号没有配对：从这里开始的引号一直没有结束"
    assert exc.location == Location(P, 2, 10)  # not at the end of the file


def test_refusals_use_the_callers_error_class() -> None:
    exc = refusal("a: 1\na: 2\n", ProfileError)
    assert exc.location == Location(P, 2, 1)
    assert str(exc) == "spec.yaml:2:1：键“a”重复出现。同一层中每个键只能写一次，请合并或删除重复的一项"


# --- merge keys ----------------------------------------------------------

MERGE = """\
defaults: &defaults
  speaker: 王明
  date: 2025-03-01
spec:
  <<: *defaults
  title: 标题
"""


def test_merge_keys_copy_the_anchored_mapping() -> None:
    doc = load(MERGE)
    assert doc.data["spec"] == {"speaker": "王明", "date": dt.date(2025, 3, 1), "title": "标题"}
    assert "<<" not in doc.data["spec"]


def test_merged_keys_point_at_where_they_are_written() -> None:
    doc = load(MERGE)
    assert doc.where(("spec", "speaker"), key=True) == Location(P, 2, 3)
    assert doc.where(("spec", "speaker")) == Location(P, 2, 12)
    assert doc.where(("spec", "title"), key=True) == Location(P, 6, 3)
    assert doc.raw_scalars[("spec", "date")] == "2025-03-01"


def test_a_list_of_merges() -> None:
    doc = load("a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n")
    assert doc.data["c"] == {"x": 1, "y": 2, "z": 3}
    assert doc.where(("c", "y")) == Location(P, 2, 11)


def test_a_key_beside_a_merge_overrides_the_merged_one() -> None:
    doc = load(MERGE + "  speaker: 李华\n")
    assert doc.data["spec"]["speaker"] == "李华"


# --- encodings (decoded by text_files) ---------------------------------------

TEXT = "title: 在全县工作会议上的讲话\nspeaker: 王明\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("gbk"),
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("utf-16"),  # with its BOM, in the machine's byte order
        lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
        lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "gb18030", "utf-16", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_files_in_the_encodings_editors_save(tmp_path: Path, encode) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(encode(TEXT))
    doc = load_yaml_file(path, SpecError)
    assert doc.data == {"title": "在全县工作会议上的讲话", "speaker": "王明"}
    assert doc.path == path
    assert doc.where(("title",), key=True) == Location(path, 1, 1)  # a BOM is no column
    assert doc.where(("speaker",)) == Location(path, 2, 10)


def test_an_undecodable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(b"title: \xff\xff\n")
    with pytest.raises(SpecError) as caught:
        load_yaml_file(path, SpecError)
    assert caught.value.message == "文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）"
    assert caught.value.location == Location(path)
    assert caught.value.hint == "请用文本编辑器将文件另存为 UTF-8 编码后重试"


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(SpecError) as caught:
        load_yaml_file(path, SpecError)
    assert caught.value.message == f"找不到文件 {path}"
    assert caught.value.hint == "请检查路径是否正确"


def test_syntax_errors_in_a_file_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes("title: 标题\ntitle: 又一个\n".encode("gbk"))
    with pytest.raises(SpecError) as caught:
        load_yaml_file(path, SpecError)
    assert caught.value.location == Location(path, 2, 1)


def test_several_merges_read_as_pyyaml_reads_them_and_a_key_written_twice_is_still_refused() -> None:
    doc = load("a: &a {speaker: 甲}\nb: &b {speaker: 乙, date: x}\nspec:\n  <<: [*a, *b]\n")
    assert doc.data["spec"] == yaml.safe_load("a: &a {speaker: 甲}\nb: &b {speaker: 乙, date: x}\nspec:\n  <<: [*a, *b]\n")["spec"]
    with pytest.raises(JianggaoError, match="键“title”重复出现"):
        load(MERGE + "  title: 又一个\n")


# --- hostile YAML: bounded, located, in Chinese -----------------------------------


def _laughs(levels: int) -> str:
    """The billion laughs: each level lists the previous one ten times."""
    names = [f"l{i}" for i in range(levels + 1)]
    lines = [f"{names[0]}: &{names[0]} [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]"]
    lines += [f"{names[i]}: &{names[i]} [{', '.join([f'*{names[i - 1]}'] * 10)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_quickly() -> None:
    start = time.perf_counter()
    exc = refusal("title: 标题\nvars:\n" + "".join("  " + line + "\n" for line in _laughs(9).splitlines()))
    assert "疑似别名炸弹" in exc.message
    assert exc.location is not None and exc.location.line is not None
    assert time.perf_counter() - start < 5


def test_a_few_aliases_are_still_fine() -> None:
    assert load(_laughs(2)).data["l2"][0] == [["哈"] * 10] * 10


def test_a_merge_bomb_is_refused() -> None:
    lines = ["m0: &m0 {a: 1, b: 2}"] + [f"m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}]}}" for i in range(1, 40)]
    exc = refusal("\n".join(lines) + "\n")
    assert "展开后超过" in exc.message


@pytest.mark.parametrize("text", ["a: &x [*x]\n", "a: &x {b: *x}\n", "a: &x\n  - b: [1, *x]\n"])
def test_a_recursive_alias_is_refused(text: str) -> None:
    exc = refusal(text)
    assert exc.message == "别名引用了包含它自己的内容（循环引用）"
    assert exc.location is not None and exc.location.line is not None


@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        ("a: {<<: 1}\n", "合并键“<<”后面只能是键值对（或它们的列表）", (1, 9)),
        ("a: &x [1]\nb:\n  <<: *x\n", "合并键“<<”后面只能是键值对（或它们的列表）", (1, 8)),
        ("a: !!bool maybe\n", "无法解析的值“maybe”（标为 !!bool）", (1, 4)),
        ("a: !!timestamp hello\n", "不是有效的日期：“hello”", (1, 4)),
        ("a: !!int 十\n", "无法解析的值“十”（标为 !!int）", (1, 4)),
        ("a: !!binary aGVsbG8=\n", "不支持的 YAML 标签 tag:yaml.org,2002:binary", (1, 4)),
        ("a: !!python/object/apply:os.system [ls]\n", "不支持的 YAML 标签 tag:yaml.org,2002:python/object/apply:os.system", (1, 4)),
        ("? [a]\n: 1\n", "键只能是文字，不能是列表或键值对", (1, 3)),
    ],
)
def test_odd_tags_and_merges_are_refused_at_their_place(text: str, message: str, where: tuple[int, int]) -> None:
    exc = refusal(text)
    assert exc.message == message
    assert exc.location == Location(P, *where)


@pytest.mark.parametrize(("char", "where"), [("\x00", (2, 10)), ("\x07", (2, 10)), ("\x7f", (2, 10)), ("\x1b", (2, 10)), ("\ufffe", (2, 10))])
def test_control_characters_are_refused_at_their_place(char: str, where: tuple[int, int]) -> None:
    exc = refusal(f"title: 标题\nspeaker: {char}王明\n")
    assert exc.message == f"文件里有不可见的控制字符（U+{ord(char):04X}）"
    assert exc.location == Location(P, *where)


def test_deep_nesting_is_refused() -> None:
    exc = refusal("a: " + "[" * 200 + "]" * 200 + "\n")
    assert exc.message == "嵌套超过 64 层"
    block = "".join("  " * i + f"k{i}:\n" for i in range(100)) + "  " * 100 + "v\n"
    assert refusal(block).message == "嵌套超过 64 层"


def test_utf32_with_a_bom_is_read_and_bom_less_utf16_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(TEXT.encode("utf-32"))
    assert load_yaml_file(path, SpecError).data["speaker"] == "王明"
    path.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(SpecError) as caught:
        load_yaml_file(path, SpecError)
    assert caught.value.message.startswith("文件里有空字符（NUL），可能是没有 BOM 的 UTF-16/UTF-32 文件")
    assert caught.value.location == Location(path, 1)


def test_one_gbk_line_in_a_utf8_file_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes("title: 在全县工作会议上的讲话\n".encode() + "speaker: 王明\n".encode("gbk") + "meeting: 会议\n".encode())
    with pytest.raises(SpecError) as caught:
        load_yaml_file(path, SpecError)
    assert caught.value.message.startswith("文件混用了两种编码")
    assert caught.value.location == Location(path, 2)


def test_mappings_with_and_without_keys_to_flatten_read_as_pyyaml_reads_them() -> None:
    text = "plain:\n  a: 1\n  b: [x, y]\nvalue_key:\n  =: 等号\n  c: 2\nmerged:\n  <<: {d: 3}\n  e: 4\n"
    doc = load(text)
    assert doc.data == yaml.safe_load(text)
    assert doc.where(("value_key", "=")) == Location(P, 5, 6)


# --- slips a Chinese input method makes: named on their own line, with what to type instead ---


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("title: 标题\nspeaker：李华\npoints: []\n", (2, 8), ["“speaker”后面是全角冒号“：”，请改为半角冒号加空格“: ”", "写成 speaker: 李华"]),
        ("title: 标题\npoints: []\nspeaker：李华\n", (3, 8), ["全角冒号", "写成 speaker: 李华"]),  # the last line
        ("speaker：李华\ntitle: 标题\n", (1, 8), ["全角冒号"]),  # the first line runs on into the next
        ("points:\n  - heading: 甲\n    text：要学懂弄通。\n", (3, 9), ["“text”后面是全角冒号", "写成 text: 要学懂弄通。"]),
        ("title: 标题\ndate:2025-03-01\npoints: []\n", (2, 5), ["“date:”后面缺少空格", "写成 date: 2025-03-01"]),
        ("template:advancement\ntitle: 标题\n", (1, 9), ["“template:”后面缺少空格", "写成 template: advancement"]),
        ("points:\n\u3000\u3000- heading: 甲\n    items: [乙]\n", (2, 1), ["全角空格"]),
        ("points:\n  - heading: 甲\n    items:\n\u3000\u3000  - 要加强。\n", (4, 1), ["全角空格", "半角空格"]),
        ("title: 标题\n\u3000subtitle: 副标题\n", (2, 1), ["全角空格"]),  # YAML reads "　subtitle" as a key
        ("title: 标题\n\u3000\u3000points:\n  - 甲\n", (2, 1), ["行首用了全角空格“　”缩进"]),
        # every colon typed full-width: YAML reads the whole file as one text
        ("template：advancement\ntitle：标题\npoints：\n  - heading：甲\n", (1, 9), ["“template”后面是全角冒号", "写成 template: advancement"]),
        ("points:\n  - heading: 甲\n    items：\n      - 一\n", (3, 10), ["“items”后面是全角冒号", "写成 items:"]),
        ("title:\u3000标题\nitems: []\nx\n", (1, 7), ["“title:”后面是全角空格“　”", "写成 title: 标题"]),
    ],
)
def test_typing_slips_are_named_where_they_are(text: str, where: tuple[int, int], words: list[str]) -> None:
    exc = refusal(text)
    assert (exc.location.line, exc.location.column) == where, str(exc)
    for word in words:
        assert word in str(exc), str(exc)
    assert not exc.hint.endswith(" "), exc.hint
    assert "title：" not in exc.hint  # the hint repeats the value up to the next key YAML folded into it


@pytest.mark.parametrize("error", [SpecError, ProfileError, FragmentError])
def test_slips_are_named_in_every_kind_of_yaml_file(error: type[JianggaoError]) -> None:
    assert "全角冒号" in str(refusal("body:\n  font: 仿宋\nsize：16\n", error))


@pytest.mark.parametrize(
    "text",
    [
        "items:\n  - GDP：增长百分之五\n  - CPI：基本稳定\n",  # text that only looks like a key
        "link: http://example.com/a\n",
        "text: |\n  \u3000\u3000同志们：今天开会。\n  \u3000\u3000- 一是要学习。\n",  # paragraphs indented as on paper
        "closing:\n  - 同志们：让我们携手奋进！\n",
        "time: 9:30\n",
        "items: －5℃以下\n",
    ],
)
def test_text_that_looks_like_a_slip_is_read_as_written(text: str) -> None:
    import yaml

    assert load(text).data == yaml.safe_load(text)


def test_a_document_given_as_yaml_says_what_it_is(tmp_path: Path) -> None:
    for name, data, kind in [
        ("讲话.docx", b"PK\x03\x04rest", "这是 Word 文档（.docx），不是 YAML 文件"),
        ("讲话.wps", b"\xd0\xcf\x11\xe0rest", "这是 WPS 文档（.wps），不是 YAML 文件"),
        ("讲话.pdf", b"%PDF-1.7", "这是 PDF 文件（.pdf），不是 YAML 文件"),
        ("讲话", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "这是 Office 文件"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ProfileError) as caught:
            load_yaml_file(path, ProfileError, not_yaml_hint="请给出版式文件")
        assert str(caught.value).startswith(f"{path}：{kind}"), str(caught.value)
        assert caught.value.hint == "请给出版式文件"
