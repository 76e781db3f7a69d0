"""``jianggao fragments``: every verb through click's runner, with a fake $EDITOR."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.library_paths import builtin_dir
from tests.cli_helpers import assert_user_error
from tests.speech_files import paragraph_xml, write_docx

BUILTIN_CLOSING = builtin_dir("fragments") / "closing.yaml"

FAKE_EDITOR = """import shutil, sys
# usage: fake_editor.py CONTENT FILE — the "user" replaces FILE with CONTENT
shutil.copyfile(sys.argv[1], sys.argv[2])
"""

GOOD = """- id: closing.my-unit
  title: 本单位结尾
  tags: [号召, 本单位]
  occasions: [工作会议]
  variables:
    unit: {description: 单位名称, default: 我局}
  text: |-
    同志们，{{ unit }}的各项工作任重道远，让我们携手并进！
"""


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder, no fragment folders from the environment, no editor."""
    monkeypatch.chdir(tmp_path)
    for name in ("JIANGGAO_FRAGMENTS", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def editor(workdir: Path, monkeypatch: pytest.MonkeyPatch):
    """Set $EDITOR to a script that saves the given text; returns the setter."""
    script = workdir / "fake_editor.py"
    script.write_text(FAKE_EDITOR, encoding="utf-8")

    def use(text: str, variable: str = "EDITOR") -> None:
        content = workdir / f"edit-{len(list(workdir.glob('edit-*')))}.txt"
        content.write_text(text, encoding="utf-8")
        monkeypatch.setenv(variable, f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {shlex.quote(str(content))}")

    return use


def run(*args: str):
    return CliRunner().invoke(cli, ["fragments", *args], catch_exceptions=False)




# --- list, search, show ----------------------------------------------------------


def test_help_is_chinese(workdir: Path) -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "素材库" in result.output and "harvest" in result.output
    assert "只列出这一类" in run("list", "--help").output


def test_list_filters_by_kind_tag_and_occasion(workdir: Path) -> None:
    everything = run("list")
    assert everything.exit_code == 0
    assert "closing.new-journey" in everything.output and "quote.upright-example" in everything.output
    quotes = run("list", "--kind", "quote", "--tag", "廉洁")
    ids = [line.split()[0] for line in quotes.output.splitlines()[:-1]]
    assert ids and all(i.startswith("quote.") for i in ids)
    assert "quote.ant-hole" in ids and "quote.hundred-li" not in ids
    assert quotes.output.splitlines()[-1] == f"共 {len(ids)} 条素材"
    advancement = run("list", "--occasion", "推进会", "--kind", "opening").output
    assert "opening.advancement" in advancement and "opening.integrity" not in advancement


def test_search_matches_chinese_substrings_in_title_tags_and_text(workdir: Path) -> None:
    result = run("search", "蝼蚁")  # inside the text of a quotation
    assert result.exit_code == 0
    assert "quote.ant-hole" in result.output and "【蝼蚁】" in result.output
    both = run("search", "落实", "督促")  # every term must match
    assert "formula.inspection" in both.output and "closing.call" not in both.output
    assert "找到" in run("search", "ＰＯＩＮＴＳ").output  # full-width letters match half-width ids/text
    assert "没有找到" in run("search", "铁军").output


def test_show_renders_with_defaults_and_says_where_it_came_from(workdir: Path) -> None:
    result = run("show", "closing.new-journey")
    assert result.exit_code == 0
    out = result.output
    assert f"来源：{BUILTIN_CLOSING}:" in out and "内置" in out
    assert "goal　奋斗的目标（默认：建设一支高素质干部队伍）" in out
    assert out.strip().endswith("为建设一支高素质干部队伍而不懈奋斗！")
    raw = run("show", "closing.new-journey", "--raw").output
    assert raw.strip().endswith("为{{ goal }}而不懈奋斗！")
    assert "下面，我讲两点意见。" in run("show", "transition.points", "-s", "points_count=2").output
    assert "出处：《论语·子路》" in run("show", "quote.upright-example").output


def test_show_unknown_fragment_suggests(workdir: Path) -> None:
    assert_user_error(run("show", "closing.new-journy"), "没有编号为“closing.new-journy”的素材", "closing.new-journey")


def test_show_names_the_overridden_fragment(workdir: Path) -> None:
    local = workdir / "fragments"
    local.mkdir()
    (local / "closing.yaml").write_text(GOOD.replace("closing.my-unit", "closing.new-journey"), encoding="utf-8")
    out = run("show", "closing.new-journey").output
    assert f"来源：{local / 'closing.yaml'}:1" in out
    assert f"覆盖了：{BUILTIN_CLOSING}:" in out


def test_env_and_option_folders_override_in_order(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, unit in (("env-lib", "环境"), ("opt-lib", "选项")):
        (workdir / name).mkdir()
        (workdir / name / "closing.yaml").write_text(GOOD.replace("我局", unit), encoding="utf-8")
    monkeypatch.setenv("JIANGGAO_FRAGMENTS", str(workdir / "env-lib"))
    assert "同志们，环境的" in run("show", "closing.my-unit").output
    assert "同志们，选项的" in run("show", "closing.my-unit", "--fragments", "opt-lib").output


# --- new and edit ----------------------------------------------------------------


def test_new_writes_a_validated_fragment_into_the_user_library(editor, workdir: Path) -> None:
    editor(GOOD)
    result = run("new", "closing.my-unit")
    assert result.exit_code == 0, result.stderr
    target = workdir / "fragments" / "closing.yaml"
    assert f"已保存素材 closing.my-unit 到 {target}" in result.output
    assert GOOD in target.read_text(encoding="utf-8")
    assert "同志们，我局的各项工作" in run("show", "closing.my-unit").output


def test_new_uses_visual_before_editor_and_the_last_fragments_folder(editor, workdir: Path) -> None:
    editor("- id: closing.wrong\n", variable="EDITOR")
    editor(GOOD, variable="VISUAL")
    (workdir / "a").mkdir()
    (workdir / "b").mkdir()
    result = run("new", "closing.my-unit", "--fragments", "a", "--fragments", "b")
    assert result.exit_code == 0, result.stderr
    assert (workdir / "b" / "closing.yaml").is_file() and not (workdir / "a" / "closing.yaml").exists()


def test_new_refuses_an_existing_id(editor, workdir: Path) -> None:
    editor(GOOD)
    assert_user_error(run("new", "closing.new-journey"), "已经存在", "fragments edit closing.new-journey")


def test_new_without_an_editor_says_how_to_set_one(workdir: Path) -> None:
    assert_user_error(run("new", "closing.my-unit"), "没有设置编辑器", "EDITOR")


def test_new_unchanged_scaffold_is_not_saved(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", shlex.quote(sys.executable) + " -c pass")  # an editor that changes nothing
    result = run("new", "closing.my-unit")
    assert result.exit_code == 0 and "内容没有改动，没有保存" in result.output
    assert not (workdir / "fragments").exists()


@pytest.mark.parametrize("bad_id", ["closing.../x", "closing.a/b", "closing", "Closing.x"])
def test_new_rejects_bad_ids(editor, workdir: Path, bad_id: str) -> None:
    editor(GOOD)
    message = assert_user_error(run("new", bad_id), bad_id)
    assert "不能包含" in message or "格式不对" in message
    assert not (workdir / "fragments").exists()


def test_edit_a_user_fragment_in_place(editor, workdir: Path) -> None:
    lib = workdir / "fragments"
    lib.mkdir()
    other = GOOD.replace("closing.my-unit", "closing.other")
    (lib / "closing.yaml").write_text("# 我的结尾\n\n" + GOOD + "\n# 另一组\n" + other, encoding="utf-8")
    editor(GOOD.replace("我局", "本局"))
    result = run("edit", "closing.my-unit")
    assert result.exit_code == 0, result.stderr
    text = (lib / "closing.yaml").read_text(encoding="utf-8")
    assert text == "# 我的结尾\n\n" + GOOD.replace("我局", "本局") + "\n# 另一组\n" + other


def test_edit_a_builtin_fragment_saves_an_override(editor, workdir: Path) -> None:
    before = BUILTIN_CLOSING.read_bytes()
    editor(GOOD.replace("closing.my-unit", "closing.new-journey"))
    result = run("edit", "closing.new-journey")
    assert result.exit_code == 0, result.stderr
    assert BUILTIN_CLOSING.read_bytes() == before
    assert (workdir / "fragments" / "closing.yaml").is_file()
    assert "覆盖了" in run("show", "closing.new-journey").output


BROKEN_EDITS = {
    "yaml": (GOOD.replace("title: 本单位结尾", 'title: "本单位结尾'), "YAML 语法错误"),
    "full-width colon": (GOOD.replace("  title: 本单位结尾", "  title：本单位结尾"), ":2:8：修改没有保存：“title”后面是全角冒号“：”"),
    "no space": (GOOD.replace("  title: 本单位结尾", "  title:本单位结尾"), ":2:8：修改没有保存：“title:”后面缺少空格"),
    "unknown key": (GOOD.replace("  tags:", "  tagz:"), ":3:3：修改没有保存：未知字段“tagz”"),
    "jinja": (GOOD.replace("{{ unit }}", "{{ unit }"), ":8：修改没有保存：素材“closing.my-unit”的正文有 Jinja 语法错误"),
    "undeclared": (GOOD.replace("{{ unit }}", "{{ unit }}{{ boss }}"), "变量“boss”，但没有在 variables 中声明"),
    "renamed": (GOOD.replace("closing.my-unit", "closing.renamed"), "编号从“closing.my-unit”改成了“closing.renamed”"),
    "two fragments": (GOOD + GOOD.replace("closing.my-unit", "closing.b"), "正好是一段素材"),
}


@pytest.mark.parametrize("case", list(BROKEN_EDITS))
def test_broken_edit_keeps_the_original_and_saves_the_edit_aside(editor, workdir: Path, case: str) -> None:
    lib = workdir / "fragments"
    lib.mkdir()
    (lib / "closing.yaml").write_text(GOOD, encoding="utf-8")
    edited, expected = BROKEN_EDITS[case]
    editor(edited)
    message = assert_user_error(run("edit", "closing.my-unit"), expected, "原文件没有改动")
    assert (lib / "closing.yaml").read_text(encoding="utf-8") == GOOD
    (aside,) = lib.glob("closing.my-unit.rejected-*.txt")
    assert aside.read_text(encoding="utf-8") == edited
    assert str(aside) in message
    assert run("check").exit_code == 0  # the aside file is not part of the library


def test_failing_editor_saves_nothing(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", shlex.quote(sys.executable) + " -c 'import sys; sys.exit(3)'")
    assert_user_error(run("edit", "closing.new-journey"), "编辑器异常退出（返回码 3）")
    assert not (workdir / "fragments").exists()


# --- check ---------------------------------------------------------------------------


def test_check_passes_on_the_builtin_library(workdir: Path) -> None:
    result = run("check")
    assert result.exit_code == 0
    assert "没有发现问题" in result.output


def test_check_reports_every_problem_with_its_place(workdir: Path) -> None:
    lib = workdir / "fragments"
    (lib / "more").mkdir(parents=True)
    (lib / "closing.yaml").write_text(
        GOOD
        + "\n- id: closing.unused\n  title: 多余变量\n  variables: {extra: 多余}\n  text: 谢谢。\n"
        + "\n- id: closing.undeclared\n  title: 未声明\n  text: '{{ boss }}讲话'\n"
        + "\n- id: closing.syntax\n  title: 语法\n  text: '{% if %}'\n"
        + "\n- id: closing.empty\n  title: 空\n  text: ''\n",
        encoding="utf-8",
    )
    (lib / "more" / "closing.yaml").write_text(GOOD, encoding="utf-8")
    (lib / "bad.yaml").write_text("- id: thanks.x\n  title: [未闭合\n", encoding="utf-8")
    result = run("check")
    assert result.exit_code == 1
    err = result.stderr
    assert f"素材编号“closing.my-unit”重复：{lib / 'closing.yaml'}:1 和 {lib / 'more' / 'closing.yaml'}:1" in err
    assert f"提醒：{lib / 'closing.yaml'}:12:15：素材“closing.unused”声明了变量“extra”，但正文没有用到" in err
    assert f"错误：{lib / 'closing.yaml'}:17:9：素材“closing.undeclared”用到了变量“boss”" in err
    assert f"错误：{lib / 'closing.yaml'}:21：" in err and "closing.syntax" in err and "Jinja 语法错误" in err
    assert f"错误：{lib / 'closing.yaml'}:25:9：素材“closing.empty”的正文（text）是空的" in err
    assert f"错误：{lib / 'bad.yaml'}:" in err and "YAML 语法错误" in err
    assert err.strip().splitlines()[-1].endswith("5 个错误，1 个提醒")


# --- harvest (on a small speech; the seeds are in test_fragments_harvest.py) ----------------

SPEECH = """在全县安全生产工作推进会上的讲话

同志们：
今天召开全县安全生产工作推进会。刚才，应急局通报了情况，我完全同意。下面，我讲两点意见。
一、认清形势
形势依然严峻。
二、压实责任
要层层压实责任。
同志们，让我们齐心协力，守住安全底线！
谢谢大家！
阅读全文
"""


def test_harvest_writes_a_new_file_of_candidates(workdir: Path) -> None:
    (workdir / "speech.txt").write_text(SPEECH, encoding="utf-8")
    result = run("harvest", "speech.txt")
    assert result.exit_code == 0, result.stderr
    out = workdir / "speech.fragments.yaml"
    assert "写入 speech.fragments.yaml" in result.output
    assert "已丢弃不属于讲话正文的内容 1 行：\n  第 11 行（阅读全文提示）：阅读全文\n" in result.output
    assert "transition.speech" in out.read_text(encoding="utf-8")
    shown = run("show", "transition.speech", "--fragments", ".", "-s", "points_count=4")
    assert shown.output.strip().endswith("下面，我讲四点意见。")  # the count became a variable
    again = run("harvest", "speech.txt")
    assert_user_error(again, "已存在，没有覆盖")


def test_harvest_never_overwrites_a_library_file(workdir: Path) -> None:
    lib = workdir / "fragments"
    lib.mkdir()
    (lib / "closing.yaml").write_text(GOOD, encoding="utf-8")
    (workdir / "speech.txt").write_text(SPEECH, encoding="utf-8")
    assert_user_error(run("harvest", "speech.txt", "-o", "fragments/closing.yaml"), "已存在")
    assert (lib / "closing.yaml").read_text(encoding="utf-8") == GOOD


def test_harvest_reads_a_word_document(workdir: Path) -> None:
    lines = [line for line in SPEECH.splitlines() if line and line != "阅读全文"]
    write_docx(workdir / "speech.docx", [paragraph_xml(line) for line in lines])
    result = run("harvest", "speech.docx")
    assert result.exit_code == 0, result.stderr
    assert "写入 speech.fragments.yaml" in result.output and "没有找到" not in result.output
    shown = run("show", "closing.speech", "--fragments", ".")
    assert shown.output.strip().endswith("同志们，让我们齐心协力，守住安全底线！")


def test_harvest_rejects_other_file_types_and_missing_files(workdir: Path) -> None:
    (workdir / "speech.pdf").write_bytes(b"%PDF-1.4")
    assert_user_error(run("harvest", "speech.pdf"), ".txt、.md 或 .docx")
    (workdir / "speech.docx").write_bytes(b"PK")  # not a Word document: the reader says so
    assert_user_error(run("harvest", "speech.docx"), "Word 文档不是有效的 .docx 文件")
    assert_user_error(run("harvest", "nowhere.txt"), "找不到文件")
    assert not list(workdir.glob("*.fragments.yaml"))


# --- bad libraries and references, as the user meets them: one line, exit 1 ----------

BAD_LIBRARIES = {
    "yaml error": ({"closing.yaml": GOOD.replace("title: 本单位结尾", "title: 本单位: 结尾")}, "closing.yaml:2:13：", "YAML 语法错误"),
    "unknown key": ({"closing.yaml": GOOD.replace("  occasions:", "  occasion:")}, "closing.yaml:4:3：", "未知字段“occasion”"),
    "duplicate id": (
        {"closing.yaml": GOOD, "sub/more.yaml": "# 又一份\n" + GOOD},
        "closing.yaml:1 和 ",
        "more.yaml:2",
    ),
    "jinja syntax": ({"closing.yaml": GOOD.replace("{{ unit }}", "{% unit %}")}, "closing.yaml:8：", "Jinja 语法错误"),
    "id with ..": ({"closing.yaml": GOOD.replace("closing.my-unit", "closing..my-unit")}, "closing.yaml:1:7：", "不能包含“..”"),
    "id with /": ({"closing.yaml": GOOD.replace("closing.my-unit", "closing.my/unit")}, "closing.yaml:1:7：", "不能包含“/”"),
}


@pytest.mark.parametrize("case", list(BAD_LIBRARIES))
def test_bad_library_is_one_line_with_its_place(workdir: Path, case: str) -> None:
    files, *expected = BAD_LIBRARIES[case]
    for name, text in files.items():
        path = workdir / "lib" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert_user_error(run("show", "closing.my-unit", "--fragments", "lib"), "错误：lib/", *expected)
    spec = workdir / "speech.yaml"
    spec.write_text(
        "template: advancement\ntitle: 在会上的讲话\npoints: [{heading: 抓落实}]\nclosing:\n  - fragment: closing.my-unit\n",
        encoding="utf-8",
    )
    built = CliRunner().invoke(cli, ["build", str(spec), "--fragments", "lib", "-o", "out"], catch_exceptions=False)
    assert_user_error(built, *expected)
    assert not (workdir / "out" / "speech.txt").exists()


def test_build_with_an_unknown_fragment_suggests_and_names_the_spec_line(workdir: Path) -> None:
    spec = workdir / "speech.yaml"
    spec.write_text(
        "template: advancement\ntitle: 在会上的讲话\npoints: [{heading: 抓落实}]\nclosing:\n  - fragment: closing.new-jurney\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(spec)], catch_exceptions=False)
    assert_user_error(result, f"{spec}:5:5：没有编号为“closing.new-jurney”的素材", "您是不是要用：closing.new-journey")


def test_build_with_a_missing_variable_names_fragment_variable_and_line(workdir: Path) -> None:
    (workdir / "fragments").mkdir()
    (workdir / "fragments" / "closing.yaml").write_text(GOOD.replace(", default: 我局", ""), encoding="utf-8")
    spec = workdir / "speech.yaml"
    spec.write_text(
        "template: advancement\ntitle: 在会上的讲话\npoints: [{heading: 抓落实}]\nclosing:\n  - fragment: closing.my-unit\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["build", str(spec)], catch_exceptions=False)
    assert_user_error(result, f"{spec}:5:5：素材“closing.my-unit”缺少变量“unit”（单位名称）", "with")
    spec.write_text(spec.read_text(encoding="utf-8") + "    with: {unit: 县应急局}\n", encoding="utf-8")
    ok = CliRunner().invoke(cli, ["build", str(spec), "-o", "out"], catch_exceptions=False)
    assert ok.exit_code == 0, ok.stderr
    assert "同志们，县应急局的各项工作任重道远" in (workdir / "out" / "speech.txt").read_text(encoding="utf-8")


def test_library_file_linking_outside_is_rejected(workdir: Path) -> None:
    outside = workdir / "elsewhere.yaml"
    outside.write_text(GOOD, encoding="utf-8")
    (workdir / "lib").mkdir()
    (workdir / "lib" / "closing.yaml").symlink_to(outside)
    assert_user_error(run("list", "--fragments", "lib"), "素材库", "以外")


# --- Chinese categories and display-width columns ------------------------------------

CHINESE_KIND = """- id: 表彰.先进集体
  title: 向先进集体致敬
  tags: [表彰, 致敬]
  occasions: [表彰大会]
  text: |-
    向受到表彰的先进集体表示热烈的祝贺！
"""


def test_a_chinese_category_is_listed_shown_and_used(workdir: Path) -> None:
    (workdir / "fragments").mkdir(exist_ok=True)
    (workdir / "fragments" / "表彰.yaml").write_text(CHINESE_KIND, encoding="utf-8")
    listed = run("list", "--kind", "表彰")
    assert listed.exit_code == 0 and listed.output.splitlines()[0].startswith("表彰.先进集体  向先进集体致敬")
    assert "向受到表彰的先进集体" in run("show", "表彰.先进集体").output
    assert run("check").exit_code == 0
    spec = workdir / "s.yaml"
    spec.write_text("template: commendation\ntitle: 在表彰大会上的讲话\nopening:\n  - fragment: 表彰.先进集体\n", encoding="utf-8")
    built = CliRunner().invoke(cli, ["build", str(spec), "-o", str(workdir / "out")])
    assert built.exit_code == 0, built.output
    assert "向受到表彰的先进集体表示热烈的祝贺！" in (workdir / "out" / "s.txt").read_text(encoding="utf-8")


def test_list_aligns_columns_by_display_width(workdir: Path) -> None:
    from jianggao.zh.display_width import display_width

    (workdir / "fragments").mkdir(exist_ok=True)
    (workdir / "fragments" / "表彰.yaml").write_text(CHINESE_KIND, encoding="utf-8")
    lines = run("list").output.splitlines()[:-1]
    ids = {line.split()[0] for line in lines}
    assert "表彰.先进集体" in ids and "closing.new-journey" in ids
    # the title and the tags start at the same terminal column on every line
    title_columns = {display_width(line[: line.index(line.split()[1])]) for line in lines}
    tag_columns = {display_width(line[: line.index("  （") + 2]) for line in lines}
    assert len(title_columns) == 1 and len(tag_columns) == 1
