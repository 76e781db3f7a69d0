"""The studio's work on a folder: analysis, saving, confinement, export and import (no browser)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.errors import InputError, JianggaoError, OutputError
from jianggao.spec.model import load_spec_text
from jianggao.studio.workspace import SaveConflict, Workspace, content_hash
from jianggao.writers.pdf import SOFFICE_ENV
from tests.conftest import TESTS

SEEDS = TESTS / "data" / "seeds"


def test_analysis_gives_outline_with_numbers_pages_and_findings(folder: Path) -> None:
    ws = Workspace(folder)
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    result = ws.analyse("speech.yaml", text)
    assert result.errors == []
    level1 = [(o["label"], o["line"]) for o in result.outline if o["level"] == 1]
    assert [label for label, _ in level1] == ["一、", "二、", "三、", "四、"]
    lines = text.splitlines()
    for label, line in level1:
        assert lines[line - 1].lstrip().startswith("- heading:"), (label, lines[line - 1])
    assert result.page_count == result.pages_html.count('data-testid="preview-page"') >= 2
    assert any(f["rule"] == "length" for f in result.findings)


def test_an_error_is_the_clis_message_at_its_line_and_column(folder: Path) -> None:
    ws = Workspace(folder)
    text = (folder / "speech.yaml").read_text(encoding="utf-8").replace("points:", "pointz:")
    result = ws.analyse("speech.yaml", text)
    (problem,) = result.errors
    with pytest.raises(JianggaoError) as cli_error:
        load_spec_text(text, folder / "speech.yaml")
    assert problem.message == str(cli_error.value).replace(str(folder / "speech.yaml"), "speech.yaml")
    assert (problem.line, problem.column) == (cli_error.value.location.line, cli_error.value.location.column)
    assert "未知字段“pointz”" in problem.message and result.pages_html == ""


def test_a_typing_slip_is_named_as_the_cli_names_it(folder: Path) -> None:
    text = (folder / "speech.yaml").read_text(encoding="utf-8").replace("title: ", "title：", 1)
    (problem,) = Workspace(folder).analyse("speech.yaml", text).errors
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("title："))
    assert (problem.line, problem.column) == (line, 6)
    assert problem.message.startswith(f"speech.yaml:{line}:6：“title”后面是全角冒号“：”，请改为半角冒号加空格“: ”"), problem.message


def test_findings_point_at_spec_lines(folder: Path) -> None:
    text = (folder / "speech.yaml").read_text(encoding="utf-8").replace("theme: 建设", "theme: XX建设")
    result = Workspace(folder).analyse("speech.yaml", text)
    (placeholder,) = [f for f in result.findings if f["rule"] == "placeholder"]
    assert "XX建设" in text.splitlines()[placeholder["line"] - 1]


@pytest.mark.parametrize("name", ["../outside.yaml", "/etc/passwd.yaml", "sub/../../x.yaml", "speech.txt", ""])
def test_paths_outside_the_folder_or_not_specs_are_refused(folder: Path, name: str) -> None:
    with pytest.raises(InputError):
        Workspace(folder).resolve(name)


def test_a_symlink_out_of_the_folder_is_refused(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("title: x\n", encoding="utf-8")
    (folder / "link.yaml").symlink_to(outside)
    ws = Workspace(folder)
    with pytest.raises(InputError, match="不在工作文件夹"):
        ws.read("link.yaml")
    assert "link.yaml" not in ws.specs()


def test_save_is_refused_when_the_file_changed_on_disk(folder: Path) -> None:
    ws = Workspace(folder)
    opened = ws.read("speech.yaml")
    (folder / "speech.yaml").write_text("title: 另一个编辑器改过\n", encoding="utf-8")
    with pytest.raises(SaveConflict, match="已被其他程序修改"):
        ws.save("speech.yaml", opened["text"] + "# 我的修改\n", opened["hash"])
    assert (folder / "speech.yaml").read_text(encoding="utf-8") == "title: 另一个编辑器改过\n"


def test_save_writes_atomically_and_returns_the_new_hash(folder: Path) -> None:
    ws = Workspace(folder)
    opened = ws.read("speech.yaml")
    saved = ws.save("speech.yaml", opened["text"] + "# 改\n", opened["hash"])
    data = (folder / "speech.yaml").read_bytes()
    assert data.decode("utf-8").endswith("# 改\n") and saved["hash"] == content_hash(data)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    with pytest.raises(SaveConflict):  # the old hash no longer matches
        ws.save("speech.yaml", "title: x\n", opened["hash"])


@pytest.mark.parametrize("fmt", ["txt", "md", "docx"])
def test_export_is_the_bytes_build_writes(folder: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["build", "speech.yaml", "-f", fmt, "-o", "out"])
    assert result.exit_code == 0, result.output
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    assert Workspace(folder).export("speech.yaml", text, fmt) == (folder / "out" / f"speech.{fmt}").read_bytes()


def test_pdf_export_without_libreoffice_says_what_to_install(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SOFFICE_ENV, str(folder / "no-soffice"))
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    with pytest.raises(OutputError, match="需要 LibreOffice"):
        Workspace(folder).export("speech.yaml", text, "pdf")


def test_import_mines_a_new_spec_beside_and_never_overwrites(folder: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    ws = Workspace(folder)
    (folder / f"{seed.stem}.yaml").write_text("title: 已有的说明书\n", encoding="utf-8")
    result = ws.import_speech(seed.name, seed.read_bytes())
    assert result["path"] == f"{seed.stem}-2.yaml"
    assert (folder / f"{seed.stem}.yaml").read_text(encoding="utf-8") == "title: 已有的说明书\n"
    mined = (folder / result["path"]).read_text(encoding="utf-8")
    assert ws.analyse(result["path"], mined).errors == []


@pytest.mark.parametrize(("name", "data", "words"), [("a.xlsx", b"x", "不能导入"), ("a.txt", b"", "空")])
def test_bad_imports_are_one_clear_error_and_write_nothing(folder: Path, name: str, data: bytes, words: str) -> None:
    before = sorted(os.listdir(folder))
    with pytest.raises(InputError, match=words):
        Workspace(folder).import_speech(name, data)
    assert sorted(os.listdir(folder)) == before


@pytest.mark.parametrize(("name", "data"), [("空的稿子.txt", b""), ("坏的稿子.docx", b"PK\x03\x04 not a zip")])
def test_an_import_error_names_the_writers_file(folder: Path, name: str, data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        Workspace(folder).import_speech(name, data)
    message = str(caught.value)
    assert message.startswith(f"{name}：") and "upload" not in message and "jianggao-import" not in message, message


@pytest.mark.parametrize("name", ["讲话.doc", "讲话.wps"])
def test_import_reads_a_doc_or_wps_through_libreoffice_as_mine_does(folder: Path, word97: Path, name: str) -> None:
    ws = Workspace(folder)
    result = ws.import_speech(name, word97.read_bytes())
    assert result["path"] == "讲话.yaml"
    mined = (folder / "讲话.yaml").read_text(encoding="utf-8")
    assert f"从 {name} 读出" in mined and "提高认识" in mined and "落实措施" in mined
    assert ws.analyse("讲话.yaml", mined).errors == []


@pytest.mark.parametrize("name", ["讲话.doc", "讲话.wps"])
def test_without_libreoffice_a_doc_import_says_what_mine_says(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    data = b"\xd0\xcf\x11\xe0" + b"\x00" * 100
    draft = tmp_path / name
    draft.write_bytes(data)
    mined = CliRunner().invoke(cli, ["mine", str(draft), "-o", str(tmp_path / "spec.yaml")])
    assert mined.exit_code == 1 and "需要 LibreOffice" in mined.stderr, mined.output
    before = sorted(os.listdir(folder))
    with pytest.raises(InputError) as caught:
        Workspace(folder).import_speech(name, data)
    assert f"错误：{caught.value}" == mined.stderr.strip().replace(str(draft), name)
    assert sorted(os.listdir(folder)) == before


def test_a_new_speech_is_the_templates_starter_in_a_free_file(folder: Path) -> None:
    ws = Workspace(folder)
    first, second = ws.new_spec("integrity"), ws.new_spec("integrity")
    assert (first["path"], second["path"]) == ("integrity.yaml", "integrity-2.yaml")
    text = (folder / "integrity.yaml").read_text(encoding="utf-8")
    assert "template: integrity" in text and ws.analyse("integrity.yaml", text).errors == []
    assert (folder / "jianggao.schema.json").is_file()
    assert "jianggao.schema.json" not in ws.specs()


def test_the_template_list_carries_chinese_names_and_a_chinese_name_starts_a_speech(folder: Path) -> None:
    ws = Workspace(folder)
    listed = {t["name"]: t for t in ws.templates()}
    assert listed["advancement"]["names"] == ["推进会", "推进会讲话"] and listed["host"]["names"] == ["主持词"]
    assert ws.new_spec("主持词") == {"path": "主持词.yaml"}
    text = (folder / "主持词.yaml").read_text(encoding="utf-8")
    assert "template: host" in text and ws.analyse("主持词.yaml", text).errors == []


def test_fragment_search_renders_a_preview(folder: Path) -> None:
    hits = Workspace(folder).search_fragments("新征程")
    hit = next(h for h in hits if h["id"] == "closing.new-journey")
    assert "{{" not in hit["preview"] and "新的征程" in hit["preview"]


NEW_FRAGMENT = """- id: closing.my-unit
  title: 本单位的结尾
  tags: [号召]
  text: |-
    让我们在{{ unit }}的带领下奋勇前进！
  variables:
    unit: {description: 单位, default: 县委县政府}
"""


def test_a_new_fragment_is_validated_saved_in_the_folder_and_used_at_once(folder: Path) -> None:
    ws = Workspace(folder)
    assert "closing.my-unit" in ws.fragment_source("closing.my-unit", new=True)["text"]
    saved = ws.save_fragment("closing.my-unit", True, NEW_FRAGMENT)
    assert saved["path"] == "fragments/closing.yaml"
    spec = "template: advancement\ntitle: 在推进会上的讲话\npoints:\n  - heading: 甲，乙，丙\nclosing:\n  - fragment: closing.my-unit\n"
    (folder / "mine.yaml").write_text(spec, encoding="utf-8")
    result = ws.analyse("mine.yaml", spec)
    assert result.errors == [] and "让我们在县委县政府的带领下奋勇前进！" in result.pages_html
    hits = ws.search_fragments("本单位")
    assert [h["id"] for h in hits] == ["closing.my-unit"] and hits[0]["preview"] == "让我们在县委县政府的带领下奋勇前进！"


def test_a_rejected_fragment_edit_is_kept_aside_and_the_library_untouched(folder: Path) -> None:
    ws = Workspace(folder)
    ws.save_fragment("closing.my-unit", True, NEW_FRAGMENT)
    before = (folder / "fragments" / "closing.yaml").read_bytes()
    broken = NEW_FRAGMENT.replace("{{ unit }}", "{{ unit ")
    with pytest.raises(JianggaoError, match="修改没有保存") as error:
        ws.save_fragment("closing.my-unit", False, broken)
    assert (folder / "fragments" / "closing.yaml").read_bytes() == before
    (aside,) = (folder / "fragments").glob("closing.my-unit.rejected-*.txt")
    assert aside.read_text(encoding="utf-8") == broken and aside.name in str(error.value)


def test_editing_a_built_in_fragment_saves_an_override_in_the_folder(folder: Path) -> None:
    ws = Workspace(folder)
    source = ws.fragment_source("closing.new-journey", new=False)
    assert source["target"] == "fragments/closing.yaml"
    ws.save_fragment("closing.new-journey", False, source["text"].replace("不懈奋斗", "接续奋斗"))
    (hit,) = [h for h in ws.search_fragments("新征程") if h["id"] == "closing.new-journey"]
    assert "接续奋斗" in hit["preview"]


def test_the_file_list_skips_libraries_outputs_and_deep_folders(folder: Path) -> None:
    for name in ("a/b.yaml", "a/b/c/deep.yaml", "output/x.yaml", "fragments/closing.yaml", ".hidden/h.yaml", "notes.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("title: x\n", encoding="utf-8")
    assert Workspace(folder).specs() == ["a/b.yaml", "speech.yaml"]


def test_build_files_writes_output_like_the_cli_and_keeps_a_hand_edited_docx(folder: Path) -> None:
    ws = Workspace(folder)
    assert ws.build_files("speech.yaml", ["docx", "txt"]) == ["output/speech.docx", "output/speech.txt"]
    text = (folder / "speech.yaml").read_text(encoding="utf-8")
    assert (folder / "output" / "speech.docx").read_bytes() == ws.export("speech.yaml", text, "docx")
    (folder / "output" / "speech.docx").write_bytes(b"PK not ours")
    with pytest.raises(JianggaoError):
        ws.build_files("speech.yaml", ["docx"])
    assert (folder / "output" / "speech.docx").read_bytes() == b"PK not ours"
