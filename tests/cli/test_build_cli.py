"""The drafting commands through click's runner: new, templates, build, schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao import __version__
from jianggao.cli.main import cli
from jianggao.library_paths import builtin_dir
from jianggao.output_guard import MANIFEST_NAME
from jianggao.render.templates import list_templates
from tests.cli_helpers import SMALL_SPEC, assert_user_error
from tests.conftest import REPO

SPEC = SMALL_SPEC


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)




def test_version_and_help(runner: CliRunner) -> None:
    assert run(runner, "--version").output.strip() == f"jianggao {__version__}"
    help_text = run(runner, "--help").output
    for command in ("new", "templates", "build", "schema"):
        assert command in help_text
    assert "生成" in run(runner, "build", "--help").output


def test_click_own_words_are_chinese(runner: CliRunner) -> None:
    help_text = run(runner, "build", "--help").output
    assert "用法：" in help_text and "显示本帮助并退出" in help_text
    result = run(runner, "build", "x.yaml", "-f", "pptx")
    assert "不在可选值" in result.stderr and "Usage" not in result.stderr


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert run(runner, "build").exit_code == 2
    assert run(runner, "build", "x.yaml", "-f", "pptx").exit_code == 2
    assert run(runner, "nosuchcommand").exit_code == 2


def test_templates_lists_builtins_with_descriptions(runner: CliRunner) -> None:
    out = run(runner, "templates").output
    pairs = [("advancement", "推进会"), ("integrity", "党风廉政"), ("deployment", "部署"), ("work-conference", "工作会议"),
             ("commendation", "表彰"), ("symposium", "座谈会"), ("ceremony", "典礼"), ("mobilization", "动员大会"),
             ("remarks", "点评"), ("statement", "表态"), ("host", "主持词")]
    for name, word in pairs:
        line = next(line for line in out.splitlines() if line.startswith(name))
        assert word in line
    assert "_base" not in out


@pytest.mark.parametrize("template", sorted(list_templates([builtin_dir("templates")])))
def test_new_writes_a_starter_that_builds(runner: CliRunner, tmp_path: Path, template: str) -> None:
    spec = tmp_path / "my-speech.yaml"
    result = run(runner, "new", template, "-o", str(spec))
    assert result.exit_code == 0, result.output
    text = spec.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    assert f"template: {template}" in text
    result = run(runner, "build", str(spec), "-o", str(tmp_path / "out"), "-f", "txt", "-f", "md")
    assert result.exit_code == 0, result.output
    # the starter's every line is printed: its only warnings are the placeholders (XX) left to fill
    warnings = [line for line in result.stderr.splitlines() if line.startswith("警告")]
    assert all("有未填写的占位符" in line for line in warnings), warnings
    title = next(line for line in text.splitlines() if line.startswith("title: "))[7:].split("#")[0].strip()
    assert (tmp_path / "out" / "my-speech.txt").read_text(encoding="utf-8").startswith(title + "\n")
    assert (tmp_path / "out" / "my-speech.md").exists()


def test_new_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("mine", encoding="utf-8")
    assert_user_error(run(runner, "new", "advancement", "-o", str(spec)), "已存在", "--force")
    assert spec.read_text(encoding="utf-8") == "mine"
    assert run(runner, "new", "advancement", "-o", str(spec), "--force").exit_code == 0


def test_new_to_stdout(runner: CliRunner) -> None:
    assert "template: integrity" in run(runner, "new", "integrity", "-o", "-").output


def test_new_unknown_template(runner: CliRunner, tmp_path: Path) -> None:
    assert_user_error(run(runner, "new", "speech", "-o", str(tmp_path / "x.yaml")), "没有名为“speech”的模板", "advancement")


def test_build_names_outputs_after_specs(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.yaml").write_text(SPEC, encoding="utf-8")
    out = tmp_path / "drafts"
    result = run(runner, "build", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "a.txt", "b.txt"]
    text = (out / "a.txt").read_text(encoding="utf-8")
    assert "一、甲，乙，丙\n第一，深化理论武装。要学懂弄通。\n" in text


def test_build_defaults_to_output_folder(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("s.yaml").write_text(SPEC, encoding="utf-8")
    assert run(runner, "build", "s.yaml").exit_code == 0
    assert (tmp_path / "output" / "s.txt").exists()


def test_build_gbk_spec(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "gbk.yaml"
    spec.write_bytes(SPEC.encode("gbk"))
    assert run(runner, "build", str(spec), "-o", str(tmp_path / "o")).exit_code == 0
    assert "甲，乙，丙" in (tmp_path / "o" / "gbk.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        ("", ["文件是空的"]),
        ("template: advancement\ntitle: [\n", ["YAML 语法错误", ":3:1"]),
        ("template: advancement\ntitle: 标题\npionts: []\n", [":3:1", "未知字段“pionts”", "points"]),
        ("template: advancement\ntitle: {a: 1}\n", [":2:8", "title 应为文本"]),
        ("template: advancement\nspeaker: 王明\n", ["缺少必填字段“title”"]),
        ("template: nosuch\ntitle: 标题\n", ["没有名为“nosuch”的模板", "advancement"]),
    ],
)
def test_bad_specs_write_nothing(runner: CliRunner, tmp_path: Path, content: str, fragments: list[str]) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert_user_error(run(runner, "build", str(spec), "-o", str(out)), str(spec) if content else "bad.yaml", *fragments)
    assert not out.exists() or not any(out.iterdir())


def test_a_bad_spec_in_a_batch_writes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("template: advancement\n", encoding="utf-8")
    out = tmp_path / "out"
    assert_user_error(run(runner, "build", str(tmp_path / "good.yaml"), str(tmp_path / "bad.yaml"), "-o", str(out)), "bad.yaml")
    assert not out.exists() or not any(out.iterdir())


def test_missing_spec_path(runner: CliRunner, tmp_path: Path) -> None:
    assert_user_error(run(runner, "build", str(tmp_path / "nope.yaml")), "找不到说明书", "nope.yaml")


def test_unwritable_output_folder(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(SPEC, encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert_user_error(run(runner, "build", str(tmp_path / "s.yaml"), "-o", str(blocker)), "不是文件夹")
    assert_user_error(run(runner, "build", str(tmp_path / "s.yaml"), "-o", str(blocker / "sub")), "无法创建输出文件夹")


def test_existing_output_is_replaced_whole(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(SPEC, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "s.txt").write_text("旧稿" * 1000, encoding="utf-8")
    assert run(runner, "build", str(tmp_path / "s.yaml"), "-o", str(out), "--force").exit_code == 0
    assert "旧稿" not in (out / "s.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "s.txt"]  # no temporary files left behind


def test_same_named_specs_in_one_batch_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "s.yaml").write_text(SPEC, encoding="utf-8")
    result = run(runner, "build", str(tmp_path / "x" / "s.yaml"), str(tmp_path / "y" / "s.yaml"), "-o", str(tmp_path / "o"))
    assert_user_error(result, "同名")


def test_user_template_error_through_cli(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "advancement.j2").write_text("@title {{ spec.title }\n", encoding="utf-8")
    (tmp_path / "s.yaml").write_text(SPEC, encoding="utf-8")
    result = run(runner, "build", str(tmp_path / "s.yaml"), "-o", str(tmp_path / "o"))
    assert_user_error(result, "advancement.j2:1", "模板语法错误")


def test_schema_is_json_with_descriptions(runner: CliRunner) -> None:
    schema = json.loads(run(runner, "schema").output)
    assert schema["properties"]["title"]["description"]
    assert "$defs" in schema


def test_new_writes_the_schema_beside_the_spec_once(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "new", "integrity", "-o", str(tmp_path / "a.yaml")).exit_code == 0
    schema = tmp_path / "jianggao.schema.json"
    assert json.loads(schema.read_text(encoding="utf-8"))["properties"]["points"]
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=jianggao.schema.json\n")
    schema.write_text("{}", encoding="utf-8")
    assert run(runner, "new", "integrity", "-o", str(tmp_path / "b.yaml")).exit_code == 0
    assert schema.read_text(encoding="utf-8") == "{}"  # the user's copy is left alone


def test_the_committed_schema_is_current(runner: CliRunner) -> None:
    committed = (REPO / "jianggao.schema.json").read_text(encoding="utf-8")
    assert run(runner, "schema").output == committed, "run: jianggao schema -o jianggao.schema.json"


def test_style_options_without_word_output_say_they_do_nothing(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "house.yaml").write_text("body: {size_pt: 14}\n", encoding="utf-8")
    result = run(runner, "build", str(tmp_path / "s.yaml"), "-o", str(tmp_path / "o"), "--style", str(tmp_path / "house.yaml"))
    assert result.exit_code == 0
    assert "只影响 docx 和 pdf" in result.stderr


# What `build -f txt` has no use for, kept off its cold start (bench/bench_cold_start.py): the Word
# writer and reader (lxml, zipfile, ElementTree), the other commands' modules, the fragment library
# (for a spec that cites none), what only a failure needs (traceback, for a template's line), what
# only --help needs (unicodedata, for column widths), dataclasses (records replace them: creating a
# dataclass compiles its methods), the signal module's enums, and the utf-8-sig codec.
TXT_PATH_UNUSED = (
    "lxml", "zipfile", "xml.etree.ElementTree", "traceback", "jieba",
    "dataclasses", "signal", "unicodedata", "encodings.utf_8_sig", "jianggao.zh.display_width",
    "jianggao.writers.docx", "jianggao.writers.markdown", "jianggao.writers.pdf", "jianggao.soffice",
    "jianggao.reader", "jianggao.checking", "jianggao.fragments", "jianggao.studio", "jianggao.watching",
)


def test_a_txt_build_imports_only_what_it_uses(tmp_path: Path) -> None:
    spec = REPO / "examples" / "advancement.yaml"  # the spec bench_cold_start.py times
    code = (
        "import sys\nfrom jianggao.cli.main import main\n"
        "try:\n"
        f"    main(['build', {str(spec)!r}, '-f', 'txt', '-o', {str(tmp_path)!r}])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({TXT_PATH_UNUSED!r}))\n"
        "assert not loaded, loaded\n"
        # Its headings open with no numbering label, so the label patterns are never compiled.
        "from jianggao.zh.labels import _patterns\n"
        "assert _patterns.cache_info().currsize == 0\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "advancement.txt").is_file()


# What `build -f docx` has no use for: xml.sax (its escape would pull in urllib.request, http, email
# and ssl; ooxml escapes instead) and the reference-document reader when no --reference-doc is given.
DOCX_PATH_UNUSED = ("xml.sax", "urllib.request", "http", "email", "ssl", "jianggao.writers.docx.reference")


def test_a_docx_build_imports_only_what_it_uses(tmp_path: Path) -> None:
    spec = REPO / "examples" / "advancement.yaml"
    code = (
        "import sys\nfrom jianggao.cli.main import main\n"
        "try:\n"
        f"    main(['build', {str(spec)!r}, '-f', 'docx', '-o', {str(tmp_path)!r}])\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {DOCX_PATH_UNUSED!r} or m in {DOCX_PATH_UNUSED!r})\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "advancement.docx").is_file()


# --- typing mistakes in a spec: the message names the line the writer got wrong ---------------

HEAD = "template: advancement\ntitle: 在推进会上的讲话\n"
POINTS = "points:\n  - heading: 甲，乙，丙\n"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "speaker：李华\n" + POINTS,  # was reported at 4:1 as 缺少冒号
        HEAD + POINTS + "speaker：李华\n",  # was reported at 6:1, a line the file does not have
    ],
    ids=["middle", "last-line"],
)
def test_a_full_width_colon_after_a_key_is_named_on_its_line(runner: CliRunner, tmp_path: Path, text: str) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(text, encoding="utf-8")
    line_no = text.splitlines().index("speaker：李华") + 1
    line = assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:{line_no}:8：")
    assert "全角冒号“：”，请改为半角冒号加空格“: ”" in line and "speaker: 李华" in line, line
    assert not (tmp_path / "out").exists()


def test_a_full_width_colon_in_a_nested_key_is_named(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(HEAD + "opening:\n  purpose： 今天，我们召开推进会。\n" + POINTS, encoding="utf-8")
    assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:4:10：", "全角冒号", "purpose: 今天")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("template: advancement\ntitle:在推进会上的讲话\n" + POINTS, "2:6"),  # was 3:1 缺少冒号
        ("template:advancement\ntitle: 在推进会上的讲话\n" + POINTS, "1:9"),  # was 2:6 多了一个“冒号+空格”
    ],
    ids=["title", "template"],
)
def test_a_colon_without_a_space_is_named_on_its_line(runner: CliRunner, tmp_path: Path, text: str, where: str) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(text, encoding="utf-8")
    assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:{where}：", "后面缺少空格")


@pytest.mark.parametrize(
    ("text", "line_no"),
    [
        (HEAD + "points:\n\u3000- heading: 甲，乙，丙\n", 4),  # was 未知字段“　- heading”
        (HEAD + "points:\n  - heading: 甲，乙，丙\n    items:\n\u3000\u3000  - 要加强。\n", 6),  # was 7:1, past the end
    ],
    ids=["point", "item"],
)
def test_full_width_space_indentation_is_named(runner: CliRunner, tmp_path: Path, text: str, line_no: int) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(text, encoding="utf-8")
    assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:{line_no}:1：", "全角空格")


def test_a_key_without_a_colon_is_named_on_its_own_line(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(HEAD + "speaker 李华\n" + POINTS, encoding="utf-8")
    assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:3:1：", "这一行缺少冒号")


def test_a_full_width_colon_in_a_style_file_is_named(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    style = tmp_path / "版式.yaml"
    style.write_text("body:\n  font: 仿宋_GB2312\n  size：16\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(spec), "-f", "docx", "--style", str(style), "-o", str(tmp_path / "out")])
    assert_user_error(result, f"{style}:3:7：", "全角冒号")


# --- a speech given where its spec belongs ---------------------------------------------------


def test_building_a_word_file_points_to_mine_or_format(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    assert runner.invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path)]).exit_code == 0
    docx = tmp_path / "讲话.docx"
    line = assert_user_error(runner.invoke(cli, ["build", str(docx), "-o", str(tmp_path / "out")]), f"{docx}：这是 Word 文档（.docx），不是 YAML 文件")
    assert f"jianggao mine {docx}" in line and f"jianggao format {docx}" in line and "空字符" not in line, line


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("讲话.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "这是 Word 文档（.doc）"),
        ("讲话.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "这是 WPS 文档（.wps）"),
        ("讲话.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "这是 PDF 文件（.pdf）"),
        ("讲话稿", b"PK\x03\x04" + bytes(64), "这是压缩格式的文件（如 Word 的 .docx）"),
    ],
    ids=["doc", "wps", "pdf", "zip-without-suffix"],
)
def test_building_any_document_points_to_mine_or_format(runner: CliRunner, tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    line = assert_user_error(runner.invoke(cli, ["build", str(path), "-o", str(tmp_path / "out")]), f"{path}：{kind}，不是 YAML 文件")
    assert f"jianggao mine {path}" in line, line


def test_building_a_text_speech_points_to_mine_or_format(runner: CliRunner, tmp_path: Path) -> None:
    speech = tmp_path / "春耕.txt"
    speech.write_text("关于做好春耕生产工作的讲话\n\n同志们：\n今天，我们召开春耕生产工作会议。\n", encoding="utf-8")
    line = assert_user_error(runner.invoke(cli, ["build", str(speech), "-o", str(tmp_path / "out")]), f"{speech}:1:1：", "这像是一篇讲话稿")
    assert f"jianggao mine {speech}" in line, line


MARKDOWN_SPEECH = """# 在青年干部座谈会上的讲话

**（2025年5月4日）**

同志们：

一是要坚定理想信念。要把个人追求融入事业发展。
"""


@pytest.mark.parametrize(("name", "text"), [("座谈会.md", MARKDOWN_SPEECH), ("要求.txt", "@全体干部：\n同志们：\n要抓好落实。\n")])
def test_building_a_speech_that_is_not_even_yaml_points_to_mine(runner: CliRunner, tmp_path: Path, name: str, text: str) -> None:
    # **……** read as a YAML alias, @ as a reserved sign: the syntax error sent the writer into the speech
    speech = tmp_path / name
    speech.write_text(text, encoding="utf-8")
    line = assert_user_error(runner.invoke(cli, ["build", str(speech), "-o", str(tmp_path / "out")]), "这像是一篇讲话稿")
    assert f"jianggao mine {speech}" in line and f"jianggao format {speech}" in line, line


def test_a_spec_saved_as_txt_keeps_its_own_syntax_error(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "今年.yaml.txt"  # what Notepad makes of “save as 今年.yaml”
    spec.write_text(SMALL_SPEC.replace("  - heading: 甲", "\t- heading: 甲"), encoding="utf-8")
    assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:4:1：", "不能用 Tab 缩进")


@pytest.mark.parametrize(("typed", "meant"), [("第一,", "第一，"), ("(一)", "（一）"), ("1．", "1."), ("( 1 )", "（1）")])
def test_a_numbering_style_typed_in_the_wrong_width_is_named(runner: CliRunner, tmp_path: Path, typed: str, meant: str) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC + f"numbering:\n  items: '{typed}'\n", encoding="utf-8")
    assert_user_error(
        runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]),
        f"numbering.items 的值“{typed}”无效。您是不是要写“{meant}”？", "可选的值：",
    )


@pytest.mark.parametrize(
    ("closing", "blank_line"),
    [
        ("closing: |\n  同志们，任务已经明确。\n\n  让我们撸起袖子加油干！\n", 9),
        ("closing: >\n  同志们，任务已经明确。\n  \n  让我们撸起袖子加油干！\n", 9),
        ("closing:\n  - 同志们，任务已经明确。\n\n    让我们撸起袖子加油干！\n", 9),
    ],
)
def test_a_blank_line_inside_a_paragraph_is_said_where_it_is(runner: CliRunner, tmp_path: Path, closing: str, blank_line: int) -> None:
    # the writer's paragraph break was joined into one paragraph without a word
    spec = tmp_path / "今年.yaml"
    spec.write_text(SMALL_SPEC + closing, encoding="utf-8")
    result = runner.invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "同志们，任务已经明确。让我们撸起袖子加油干！" in result.stdout
    assert result.stderr == f"警告：{spec}:{blank_line}:1：这段文字中间有空行，生成时已连成一段。要分成几段，请写成列表，每段一行“- ……”\n"
    checked = runner.invoke(cli, ["check", str(spec)])
    assert f"{spec}:{blank_line}:1：警告 [joined-paragraphs]" in checked.stdout, checked.stdout


@pytest.mark.parametrize(
    ("paragraph", "printed", "warned"),
    [
        ("要落实市安委会 #3 号文件，确保安全。", "要落实市安委会", True),  # the rest of the line went unsaid
        ("要落实市安委会 # 这是写给自己的注释", "要落实市安委会", False),  # “# ” is a comment as YAML means it
        ("'要落实市安委会 #3 号文件，确保安全。'", "要落实市安委会 #3 号文件，确保安全。", False),
        ("要落实市安委会#3号文件，确保安全。", "要落实市安委会#3号文件，确保安全。", False),
    ],
)
def test_a_hash_that_cuts_a_paragraph_is_said(runner: CliRunner, tmp_path: Path, paragraph: str, printed: str, warned: bool) -> None:
    spec = tmp_path / "今年.yaml"
    spec.write_text(SMALL_SPEC + f"closing:\n  - {paragraph}\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert printed in result.stdout.splitlines(), result.stdout
    expected = f"警告：{spec}:8:13：这段文字从“#3 号文件，确保安全。”起被 YAML 当成了注释（# 前面有空格），这部分没有写进讲话稿。"
    assert result.stderr.startswith(expected) if warned else result.stderr == "", result.stderr
    if warned:
        checked = runner.invoke(cli, ["check", str(spec)])
        assert f"{spec}:8:13：警告 [cut-by-comment]" in checked.stdout, checked.stdout


def test_lines_of_a_literal_block_without_a_blank_line_join_quietly(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "今年.yaml"
    spec.write_text(SMALL_SPEC + "closing: |\n  同志们，任务已经明确，\n  让我们撸起袖子加油干！\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(spec), "-o", "-"])
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert "同志们，任务已经明确，让我们撸起袖子加油干！" in result.stdout


# --- a value of the wrong kind: where, in the writer's counting, and the concrete fix ---------

ITEM = "points:\n  - heading: 甲，乙，丙\n    items:\n      - heading: 深化理论武装\n"


@pytest.mark.parametrize(
    ("body", "where", "message", "fix"),
    [
        (ITEM + "        text:\n          - 第一段。\n          - 第二段。\n", "8:11", "第 1 个要点的第 1 个分论点的 text 应为文本，实际是列表",
         "text 只能写一段：第一段写在 text，其余段落写进同一层的 paragraphs 下"),
        ("points:\n  - heading: 甲，乙，丙\n    items:\n", "5:5", "第 1 个要点的 items 是空的", "请在下面逐行写出各项"),
        ("points:\n  - 加强学习\n", "4:5", "第 1 个要点应为键值对（key: value），实际是文本", "请写成“- heading: 加强学习”"),
        ("opening: 5\n" + POINTS, "3:10", "opening 应为键值对（key: value）或列表，实际是整数",
         "请把段落写成列表（每段一行，以“- ”开头），或写进 opening.paragraphs 下"),
        ("duration: 20分钟\n" + POINTS, "3:11", "duration 应为数字，实际是文本", "请只写阿拉伯数字，不带单位，如 duration: 20"),
        (ITEM + "        text:\n          要求: 大家都来\n", "8:11", "第 1 个要点的第 1 个分论点的 text 应为文本，实际是键值对", "请改用全角冒号“：”，或给整段加上引号"),
        ("speaker: [李华, 王明]\n" + POINTS, "3:10", "speaker 应为文本，实际是列表", "这里只能写一个值"),
    ],
    ids=["paragraphs", "empty-items", "point-as-text", "opening-as-a-number", "unit", "colon-in-text", "two-speakers"],
)
def test_a_value_of_the_wrong_kind_says_where_and_how_to_fix_it(
    runner: CliRunner, tmp_path: Path, body: str, where: str, message: str, fix: str
) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(HEAD + body, encoding="utf-8")
    line = assert_user_error(runner.invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")]), f"{spec}:{where}：{message}。", fix)
    assert "[0]" not in line and "请按说明改正这个值" not in line, line


def test_a_misspelt_fragment_key_in_items_is_suggested(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SPEC + "      - fragmnet: closing.new-journey\n", encoding="utf-8")
    assert_user_error(
        run(runner, "build", str(spec), "-o", str(tmp_path / "o")),
        f"{spec}:7:9", "未知字段“fragmnet”", "您是不是要写“fragment”？", "或整条写成 fragment: …",
    )
    assert not (tmp_path / "o").exists()
