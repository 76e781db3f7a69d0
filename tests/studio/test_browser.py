"""The studio in a real browser (Debian's chromium, driven by Playwright), used as a writer would:
typing through the keyboard, clicking, saving with Ctrl+S, downloading and uploading files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.studio.server import StudioServer
from jianggao.studio.workspace import Workspace
from tests.conftest import REPO, TESTS

from .conftest import REBOUND_HOST

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

SCREENSHOT = REPO / "docs" / "studio.png"
SEED = sorted((TESTS / "data" / "seeds").glob("*.txt"))[0]

FOUR_POINTS = """template: advancement
title: 在全县安全生产工作推进会上的讲话
speaker: 王明
opening:
  purpose: 今天，我们召开全县安全生产工作推进会，主要任务是总结前段工作、部署下步任务。
  theme: 守牢安全底线
numbering:
  items: 第一，
points:
  - heading: 坚持人民至上，压实各方责任，筑牢安全防线
    items:
      - heading: 压实企业主体责任
        text: 要督促企业主要负责人切实履行第一责任人职责。
      - heading: 压实部门监管责任
        text: 要按照管行业必须管安全的要求，明确监管边界。
  - heading: 坚持问题导向，深化隐患排查，消除风险隐患
    items:
      - heading: 突出重点行业领域
        text: 要聚焦危化品、交通运输、建筑施工等重点行业。
  - heading: 坚持依法治理，严格执法检查，形成强大震慑
    items:
      - heading: 加大执法力度
        text: 要对重大隐患一律挂牌督办。
  - heading: 坚持固本强基，提升应急能力，夯实安全基础
    items:
      - heading: 加强应急队伍建设
        text: 要健全县乡村三级应急救援体系。
closing:
  """


def type_lines(page, text: str) -> None:
    """Type ``text`` key by key, as a writer does: the editor keeps the indentation after Enter
    (one level more after a list entry), so only the difference is typed, or taken back with Backspace."""
    lines = text.split("\n")
    auto = 0
    for i, line in enumerate(lines):
        body = line.lstrip(" ")
        want = len(line) - len(body)
        if want >= auto:
            page.keyboard.type(" " * (want - auto) + body)
        else:
            for _ in range(auto - want):
                page.keyboard.press("Backspace")
            page.keyboard.type(body)
        if i < len(lines) - 1:
            page.keyboard.press("Enter")
            auto = want + (2 if body.startswith("- ") else 0)


def editor_text(page) -> str:
    return page.get_by_test_id("spec-editor").input_value()


def cursor_line(page) -> int:
    return page.evaluate("() => { const e = document.getElementById('editor'); return e.value.slice(0, e.selectionStart).split('\\n').length; }")


def type_four_points(page) -> None:
    editor = page.get_by_test_id("spec-editor")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    type_lines(page, FOUR_POINTS)
    expect(page.get_by_test_id("outline").locator("li.level-1")).to_have_count(4)


def test_typing_a_four_point_speech_draws_pages_and_numbers(page, folder: Path, request) -> None:
    type_four_points(page)
    assert editor_text(page) == FOUR_POINTS  # every key went in as typed
    outline = page.get_by_test_id("outline")
    expect(outline.locator("li.level-1 .label")).to_have_text(["一、", "二、", "三、", "四、"])
    expect(outline.locator("li.level-2").first).to_have_text("第一，压实企业主体责任。")
    preview = page.get_by_test_id("preview")
    expect(preview).to_contain_text("讲四点意见")
    first = page.get_by_test_id("preview-page").first
    expect(first).to_contain_text("在全县安全生产工作推进会上的讲话")
    expect(first.get_by_test_id("page-number")).to_have_text("— 1 —")
    # The page is the docx grid: no body line is longer than 28 cells.
    for line in first.locator(".jg-line").all_inner_texts():
        assert len(line.rstrip("。，、；：！？”）")) <= 28, line
    # The screenshot for the README, with the fragment search showing results.
    page.get_by_test_id("fragment-search").fill("新征程")
    expect(page.get_by_test_id("fragment-hit").first).to_contain_text("新征程")
    page.evaluate("() => { const e = document.getElementById('editor'); e.scrollTop = 0; e.dispatchEvent(new Event('scroll')); }")
    page.screenshot(path=str(folder / "studio.png"))
    if request.config.getoption("--update-golden"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copy(folder / "studio.png", SCREENSHOT)

    # A fifth point, typed at the end: the numbers and the announced count follow.
    page.get_by_test_id("spec-editor").click()
    page.keyboard.press("Control+End")
    for _ in range(3):
        page.keyboard.press("Backspace")  # the indentation after closing: and the line break
    page.keyboard.press("Home")
    page.keyboard.press("Enter")  # an empty line above closing:
    page.keyboard.press("ArrowUp")
    type_lines(page, "  - heading: 坚持改革创新，强化科技支撑，提升治理效能")
    expect(outline.locator("li.level-1 .label")).to_have_text(["一、", "二、", "三、", "四、", "五、"])
    expect(preview).to_contain_text("讲五点意见")


def test_a_typo_is_shown_at_its_line_in_the_clis_words(page, folder: Path, monkeypatch) -> None:
    type_four_points(page)
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    type_lines(page, "titel: 错字")
    error = page.get_by_test_id("errors").get_by_test_id("error")
    expect(error).to_have_count(1)
    line = editor_text(page).split("\n").index("titel: 错字") + 1
    expect(error).to_have_attribute("data-line", str(line))
    expect(page.locator(f"[data-testid=error-mark][data-line='{line}']")).to_have_count(1)
    # The same words as `jianggao build` prints for the same file.
    (folder / "typo.yaml").write_text(editor_text(page), encoding="utf-8")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["build", "typo.yaml", "-o", "out"])
    cli_line = result.stderr.strip().removeprefix("错误：").replace("typo.yaml", "speech.yaml")
    expect(error).to_have_text(cli_line)
    # Fixing it clears the error.
    for _ in range(len("titel: 错字")):
        page.keyboard.press("Backspace")
    expect(error).to_have_count(0)
    expect(page.locator("[data-testid=error-mark]")).to_have_count(0)


def test_a_fragment_is_found_previewed_and_inserted_at_the_cursor(page) -> None:
    type_four_points(page)
    page.get_by_test_id("fragment-search").fill("新征程")
    hit = page.locator("[data-testid=fragment-hit][data-id='closing.new-journey']")
    expect(hit).to_contain_text("新的征程已经开启")  # rendered with its default values
    hit.get_by_test_id("fragment-insert").click()
    assert editor_text(page).endswith("closing:\n  - fragment: closing.new-journey")
    # the printed lines, read across page breaks (the page numbers between pages left out)
    printed = page.get_by_test_id("preview").locator(".jg-line")
    expect(printed.last).to_be_visible()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=preview] .jg-line')].map(e => e.innerText).join('')"
        ".includes('为建设一支高素质干部队伍而不懈奋斗！')"
    )
    # Ctrl+Z takes the insertion back, like typing.
    page.keyboard.press("Control+z")
    assert editor_text(page).endswith("closing:\n  ")


def test_completion_and_help_come_from_the_schema(page) -> None:
    editor = page.get_by_test_id("spec-editor")
    editor.click()
    page.keyboard.press("Control+Home")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowUp")
    page.keyboard.type("spe")
    completion = page.get_by_test_id("completion")
    expect(completion).to_be_visible()
    expect(completion.locator("li")).to_have_text([re.compile("^speaker讲话人"), re.compile("^speaker_title")])
    page.keyboard.press("Enter")
    assert editor_text(page).startswith("speaker: \n")
    expect(page.get_by_test_id("key-help")).to_have_text("speaker：讲话人")
    # Inside a point, the keys of a point; after numbering styles, the styles.
    page.keyboard.type("王明")
    text = editor_text(page)
    line = text.split("\n").index("  - heading: 坚持师德铸魂，筑牢立德树人根基，涵养为人师表的高尚品格") + 1
    page.evaluate(f"() => {{ const e = document.getElementById('editor'); const p = e.value.split('\\n').slice(0, {line}).join('\\n').length; e.setSelectionRange(p, p); }}")
    page.keyboard.press("Enter")
    page.keyboard.type("num")
    expect(completion.locator("li")).to_have_text([re.compile("^numbering本要点分论点的序号样式")])
    page.keyboard.press("Tab")
    expect(completion.locator("li").first).to_have_text(re.compile("^（一）"))


def test_outline_and_findings_jump_to_their_lines(page) -> None:
    text = editor_text(page)
    outline = page.get_by_test_id("outline").locator("li")
    third = outline.nth(2)
    target = int(third.get_attribute("data-line"))
    assert "健全师德建设长效机制" in text.split("\n")[target - 1]
    third.click()
    assert cursor_line(page) == target
    # ... and the preview shows where that sub-point is printed.
    printed = page.locator(f".jg-line[data-block='{third.get_attribute('data-block')}']").first
    expect(printed).to_contain_text("第二，健全师德建设长效机制")
    expect(printed).to_be_in_viewport()
    # A placeholder left in the text is a finding that points at its line.
    page.keyboard.press("End")
    page.keyboard.type("XX")
    finding = page.locator("[data-testid=finding][data-rule=placeholder]")
    expect(finding).to_have_count(1)
    page.keyboard.press("Control+Home")
    finding.click()
    assert cursor_line(page) == target


def test_export_downloads_the_bytes_the_cli_writes(page, folder: Path, monkeypatch) -> None:
    type_four_points(page)
    page.keyboard.press("Control+s")
    expect(page.get_by_test_id("status")).to_have_text("已保存 speech.yaml")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["build", "speech.yaml", "-f", "docx", "-f", "txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    for fmt in ("docx", "txt"):
        with page.expect_download() as download:
            page.get_by_test_id(f"export-{fmt}").click()
        assert download.value.suggested_filename == f"speech.{fmt}"
        assert Path(download.value.path()).read_bytes() == (folder / "out" / f"speech.{fmt}").read_bytes()


def test_saving_refuses_to_overwrite_a_change_made_on_disk(page, folder: Path) -> None:
    editor = page.get_by_test_id("spec-editor")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("# 第一次修改")
    page.keyboard.press("Control+s")
    expect(page.get_by_test_id("status")).to_have_text("已保存 speech.yaml")
    assert (folder / "speech.yaml").read_text(encoding="utf-8").endswith("# 第一次修改")
    (folder / "speech.yaml").write_text("title: 别的编辑器写的\n", encoding="utf-8")
    page.keyboard.type("，第二次")
    page.keyboard.press("Control+s")
    expect(page.get_by_test_id("status")).to_contain_text("已被其他程序修改，未保存")
    assert (folder / "speech.yaml").read_text(encoding="utf-8") == "title: 别的编辑器写的\n"


def test_importing_a_seed_makes_a_new_spec_beside(page, folder: Path) -> None:
    before = (folder / "speech.yaml").read_bytes()
    page.get_by_test_id("import-input").set_input_files(str(SEED))
    expect(page.get_by_test_id("status")).to_contain_text(f"已从 {SEED.name} 生成 {SEED.stem}.yaml")
    expect(page.get_by_test_id("file-picker")).to_have_value(f"{SEED.stem}.yaml")
    expect(page.get_by_test_id("spec-editor")).to_have_value((folder / f"{SEED.stem}.yaml").read_text(encoding="utf-8"))
    expect(page.get_by_test_id("preview-page").first).to_be_visible()
    expect(page.get_by_test_id("errors").locator("li")).to_have_count(0)
    # Again: a second file, the first untouched.
    page.get_by_test_id("import-input").set_input_files(str(SEED))
    expect(page.get_by_test_id("file-picker")).to_have_value(f"{SEED.stem}-2.yaml")
    assert (folder / "speech.yaml").read_bytes() == before


def test_importing_an_old_word_doc_reads_it_through_libreoffice(page, folder: Path, word97: Path, tmp_path: Path) -> None:
    doc = tmp_path / "春耕讲话.doc"
    shutil.copyfile(word97, doc)
    page.get_by_test_id("import-input").set_input_files(str(doc))
    expect(page.get_by_test_id("status")).to_contain_text("已从 春耕讲话.doc 生成 春耕讲话.yaml", timeout=120_000)
    expect(page.get_by_test_id("file-picker")).to_have_value("春耕讲话.yaml")
    expect(page.get_by_test_id("errors").locator("li")).to_have_count(0)
    assert "提高认识" in (folder / "春耕讲话.yaml").read_text(encoding="utf-8")


def test_a_new_speech_from_a_template(page, folder: Path) -> None:
    page.get_by_test_id("template-picker").select_option("integrity")
    page.get_by_test_id("new-spec").click()
    expect(page.get_by_test_id("spec-editor")).to_have_value(re.compile("template: integrity"))
    expect(page.get_by_test_id("file-picker")).to_have_value("integrity.yaml")
    expect(page.get_by_test_id("preview-page").first).to_contain_text("党风廉政")


def test_the_template_picker_and_completion_show_chinese_names(page) -> None:
    picker = page.get_by_test_id("template-picker")
    expect(picker.locator("option[value=advancement]")).to_have_text(re.compile("^advancement（推进会、推进会讲话）：推进会讲话："))
    expect(picker.locator("option[value=host]")).to_have_text(re.compile("^host（主持词）："))
    editor = page.get_by_test_id("spec-editor")
    editor.click()
    page.keyboard.press("Control+Home")
    page.keyboard.press("Enter")
    page.keyboard.press("ArrowUp")
    page.keyboard.type("template: 推进")
    completion = page.get_by_test_id("completion")
    expect(completion.locator("li")).to_have_text([re.compile("^推进会advancement（"), re.compile("^推进会讲话advancement（")])


def test_a_page_on_another_site_cannot_write(browser, studio: StudioServer, folder: Path) -> None:
    before = (folder / "speech.yaml").read_bytes()
    other = StudioServer(Workspace(folder.parent), initial=None).start()  # stands in for a foreign site
    try:
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(other.url)
        body = '{"path": "speech.yaml", "text": "title: 被改了\\n", "hash": null}'
        status = tab.evaluate(
            """async ([url, body]) => {
                 const r = await fetch(url, {method: "POST", mode: "no-cors", body});
                 return r.status;  // opaque: 0
               }""",
            [f"http://127.0.0.1:{studio.port}/api/save", body],
        )
        assert status == 0
        context.close()
    finally:
        other.stop()
    assert (folder / "speech.yaml").read_bytes() == before


def test_a_rebound_host_name_is_refused(browser, studio: StudioServer) -> None:
    context = browser.new_context()
    tab = context.new_page()
    response = tab.goto(f"http://{REBOUND_HOST}:{studio.port}/api/file?path=speech.yaml")
    assert response.status == 403
    assert "DNS 重绑定" in tab.content()
    context.close()


def test_a_fragment_is_created_in_the_studio_and_a_bad_edit_is_refused(page, folder: Path) -> None:
    page.get_by_test_id("fragment-new-id").fill("closing.my-unit")
    page.get_by_test_id("fragment-new").click()
    dialog = page.get_by_test_id("fragment-editor")
    expect(dialog).to_be_visible()
    text = page.get_by_test_id("fragment-text")
    expect(text).to_have_value(re.compile("- id: closing.my-unit"))
    text.fill("- id: closing.my-unit\n  title: 本单位的结尾\n  text: 让我们在{{ unit }}的带领下奋勇前进！\n")
    page.get_by_test_id("fragment-save").click()
    # An undeclared variable: the CLI's message, nothing saved, the edit kept aside.
    expect(page.get_by_test_id("fragment-error")).to_contain_text("修改没有保存")
    assert not (folder / "fragments" / "closing.yaml").exists()
    assert list((folder / "fragments").glob("closing.my-unit.rejected-*.txt"))
    text.fill("- id: closing.my-unit\n  title: 本单位的结尾\n  text: 让我们在县委县政府的带领下奋勇前进！\n")
    page.get_by_test_id("fragment-save").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_test_id("status")).to_have_text("已保存素材 closing.my-unit 到 fragments/closing.yaml")
    page.get_by_test_id("fragment-search").fill("本单位")
    expect(page.get_by_test_id("fragment-hit")).to_have_count(1)
    expect(page.get_by_test_id("fragment-hit")).to_contain_text("让我们在县委县政府的带领下奋勇前进！")


def test_hovering_a_key_shows_its_description(page) -> None:
    editor = page.get_by_test_id("spec-editor")
    text = editor_text(page)
    line = text.split("\n").index("numbering:") + 1  # a key line
    editor.hover(position={"x": 30, "y": 6 + (line - 1) * 20 + 10})  # 6 px padding, 20 px lines
    expect(editor).to_have_attribute("title", "numbering：序号样式")


def test_pdf_export_is_the_clis_pdf(page, folder: Path, monkeypatch) -> None:
    from tests.writers.test_pdf_render import _require_tools, printed_pages

    _require_tools()
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, ["build", "speech.yaml", "-f", "pdf", "-o", "out"])
    assert result.exit_code == 0, result.output
    with page.expect_download(timeout=120_000) as download:
        page.get_by_test_id("export-pdf").click()
    exported = Path(download.value.path())
    assert exported.read_bytes().startswith(b"%PDF-")
    # LibreOffice stamps each PDF with its own time and id; the pages are what must agree.
    ours = [[line.text for line in p] for p in printed_pages(exported)]
    assert ours == [[line.text for line in p] for p in printed_pages(folder / "out" / "speech.pdf")]


def test_build_files_saves_then_writes_the_output_folder(page, folder: Path) -> None:
    page.get_by_test_id("spec-editor").click()
    page.keyboard.press("Control+End")
    page.keyboard.type("# 改")
    page.get_by_test_id("build-files").click()
    expect(page.get_by_test_id("status")).to_have_text("已生成 output/speech.docx、output/speech.txt")
    assert (folder / "speech.yaml").read_text(encoding="utf-8").endswith("# 改")
    assert (folder / "output" / "speech.txt").is_file()


def test_the_preview_follows_word_or_the_pdf(page) -> None:
    lines = page.get_by_test_id("preview-page").nth(1).locator(".jg-line")
    # Word lets the closing marks hang at the line end; LibreOffice (the PDF) moves 决 down with them.
    expect(lines.filter(has_text=re.compile("实行“一票否决”。$"))).to_have_count(1)
    page.get_by_test_id("layout-mode").select_option("pdf")
    expect(lines.filter(has_text=re.compile("实行“一票否$"))).to_have_count(1)
    expect(lines.filter(has_text=re.compile("^决”。每年开展"))).to_have_count(1)
