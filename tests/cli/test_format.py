"""jianggao format (一键排版) and check --fix, on the five seed speeches as .txt and as .docx
made by LibreOffice: the laid-out .docx keeps every character of the body text, up to the
numbering labels and punctuation fixes it reports, and the input is never overwritten."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from jianggao.cli.main import cli
from jianggao.writers.pdf import find_soffice
from jianggao.zh.punctuation import fix_half_width
from tests.cli_helpers import assert_user_error
from tests.conftest import TESTS
from tests.speech_files import FOOTNOTE_TEXT, meeting_docx
from tests.writers.docx_validation import schema_findings

SEEDS = sorted((TESTS / "data" / "seeds").glob("*.txt"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
REPORT = re.compile(r"^(?:第 (\d+) (?:行|段)|标题部分())：(序号|标点) “(.+?)” → “(.+?)”(?:（(\d+) 处）)?$")
DROPPED = re.compile(r"^已略去 第 (\d+) 行（[^）]*）：")


def docx_paragraphs(path: Path) -> list[str]:
    """Every paragraph's text, straight from document.xml (not through jianggao's reader)."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(p.xpath(".//w:t/text()", namespaces=NS)) for p in root.iter(f"{{{W}}}p")]


HEADER_STYLES = {"Title", "Subtitle", "Byline", "Salutation"}


def docx_styled_paragraphs(path: Path) -> list[tuple[str, str]]:
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return [
        (p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS), "".join(p.xpath(".//w:t/text()", namespaces=NS)))
        for p in root.iter(f"{{{W}}}p")
    ]


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each seed saved as .docx by LibreOffice (one paragraph a line), as a user's Word file."""
    soffice = find_soffice()
    if soffice is None:
        if os.environ.get("JIANGGAO_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("LibreOffice not installed, but JIANGGAO_REQUIRE_LIBREOFFICE=1")
        pytest.skip("LibreOffice not installed")
    folder = tmp_path_factory.mktemp("seed-docx")
    profile = Path(tempfile.mkdtemp(prefix="jianggao-test-lo-"))
    try:
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
             "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML",
             "--outdir", str(folder), *map(str, SEEDS)],
            check=True, capture_output=True, timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    made = {seed.stem: folder / f"{seed.stem}.docx" for seed in SEEDS}
    assert all(path.is_file() for path in made.values())
    return made


def run_format(draft: Path, *extra: str) -> tuple[Path, list[str]]:
    out = Path(extra[extra.index("-o") + 1]) if "-o" in extra else draft.with_name(f"{draft.stem}_排版.docx")
    result = CliRunner().invoke(cli, ["format", str(draft), *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith(f"已排版 {draft} → {out}")
    return out, lines[:-1]


def assert_body_kept(source_paragraphs: list[str], out: Path, report: list[str], fixed_punctuation: bool) -> None:
    """The output's text is the source's, less the reported dropped lines, with exactly the
    reported label changes and punctuation fixes (and nothing else) applied."""
    dropped: dict[int, list[str]] = {}  # line → dropped text (an excerpt ending … : the whole line)
    for line in report:
        if m := DROPPED.match(line):
            dropped.setdefault(int(m.group(1)), []).append(line.split("：", 1)[1])
    changes = [REPORT.match(line) for line in report if not DROPPED.match(line)]
    assert all(changes), report
    labels = [(int(m.group(1) or 0), m.group(4), m.group(5)) for m in changes if m.group(3) == "序号"]
    reported_marks = sum(int(m.group(6) or 1) for m in changes if m.group(3) == "标点")
    expected, fixes = [], 0
    for number, text in enumerate(source_paragraphs, start=1):
        for excerpt in dropped.get(number, []):
            text = "" if excerpt.endswith("…") or excerpt == text.strip() else text.replace(excerpt, "", 1)
        if not text.strip():
            continue
        for _, before, after in (c for c in labels if c[0] == number):
            assert before in text, (number, before, text[:30])
            text = text.replace(before, after, 1)
        if fixed_punctuation:
            text, found = fix_half_width(text)
            fixes += len(found)
        expected.append(text)
    assert fixes == reported_marks
    # The title block (title, bylines, salutation) may be put in order (title first); the body
    # keeps its order. Both keep every character.
    styled = docx_styled_paragraphs(out)
    header = [squeeze(text) for style, text in styled if style in HEADER_STYLES]
    body = squeeze("".join(text for style, text in styled if style not in HEADER_STYLES))
    expected_text = squeeze("".join(expected))
    assert expected_text.endswith(body) and body
    expected_header = expected_text[: len(expected_text) - len(body)]
    assert sum(map(len, header)) == len(expected_header)
    for text in header:
        assert text in expected_header, (text, expected_header)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("fix_punct", [False, True], ids=["as-written", "fix-punct"])
def test_format_a_seed_txt_keeps_its_body_text(tmp_path: Path, seed: Path, fix_punct: bool) -> None:
    draft = tmp_path / seed.name
    shutil.copyfile(seed, draft)
    before = draft.read_bytes()
    out, report = run_format(draft, *(["--fix-punct"] if fix_punct else []))
    assert draft.read_bytes() == before  # the input is untouched
    assert_body_kept(draft.read_text(encoding="utf-8").split("\n"), out, report, fix_punct)
    assert schema_findings(out) == []
    styles = [p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) for p in etree.fromstring(zipfile.ZipFile(out).read("word/document.xml")).iter(f"{{{W}}}p")]
    assert styles[0] == "Title" and "Heading1" in styles and "Normal" in styles


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_format_a_libreoffice_docx_keeps_its_body_text(tmp_path: Path, seed_docx: dict[str, Path], seed: Path) -> None:
    draft = tmp_path / f"{seed.stem}.docx"
    shutil.copyfile(seed_docx[seed.stem], draft)
    before = draft.read_bytes()
    out, report = run_format(draft, "--fix-punct")
    assert draft.read_bytes() == before
    assert_body_kept(docx_paragraphs(draft), out, report, True)
    assert schema_findings(out) == []


def test_labels_are_normalised_and_reported(tmp_path: Path) -> None:
    draft = tmp_path / "讲话.txt"
    draft.write_text(
        "在全县工作会议上的讲话\n同志们：\n今天召开会议。\n一、抓学习\n(一)学理论。要学深悟透。\n（三）学业务。要精通。\n"
        "二、抓落实\n1．定目标。要明确。\n2、抓督查。要跟上。\n三、抓作风\n第一,转作风。要实。\n第二,树新风。要正。\n",
        encoding="utf-8",
    )
    out, report = run_format(draft)
    assert report == [
        "第 5 行：序号 “(一)” → “（一）”",
        "第 6 行：序号 “（三）” → “（二）”",
        "第 8 行：序号 “1．” → “1.”",
        "第 9 行：序号 “2、” → “2.”",
        "第 11 行：序号 “第一,” → “第一，”",
        "第 12 行：序号 “第二,” → “第二，”",
    ]
    text = docx_paragraphs(out)
    assert "（二）学业务。要精通。" in text and "1.定目标。要明确。" in text


DRAFT_WITH_RUN_IN_LIST = """关于做好春耕生产工作的讲话

同志们：
下面，我讲两点意见。
一、抓好粮食生产
（一）稳住面积。一是要落实播种面积，确保只增不减；二是要加强农田建设；三是要强化科技支撑。
（二）提高单产。要推广良种良法。
二、抓好产业发展
要做强特色产业，做到三个坚持：一是坚持规划先行；三是坚持龙头带动。
一是要培育新型经营主体。
二是要完善利益联结机制。
"""


def test_format_keeps_a_paragraph_with_a_run_in_list_as_one_paragraph(tmp_path: Path) -> None:
    """一是/二是 inside a paragraph are body text of the point (as mine keeps them): the paragraph
    stays whole and its words as written; run-in leads that open paragraphs are still normalised."""
    draft = tmp_path / "春耕.txt"
    draft.write_text(DRAFT_WITH_RUN_IN_LIST, encoding="utf-8")
    out, report = run_format(draft)
    paragraphs = docx_paragraphs(out)
    holding = [p for p in paragraphs if "一是要落实播种面积" in p]
    assert holding == ["（一）稳住面积。一是要落实播种面积，确保只增不减；二是要加强农田建设；三是要强化科技支撑。"], paragraphs
    # a list after the paragraph's own words stays in it, its labels as written (一是…三是: check reports the gap)
    assert "要做强特色产业，做到三个坚持：一是坚持规划先行；三是坚持龙头带动。" in paragraphs
    assert "一是要培育新型经营主体。" in paragraphs and "二是要完善利益联结机制。" in paragraphs
    assert report == []  # nothing changed, and the count says so
    assert len(paragraphs) == len([line for line in DRAFT_WITH_RUN_IN_LIST.splitlines() if line])
    assert_body_kept(DRAFT_WITH_RUN_IN_LIST.split("\n"), out, report, False)


def test_format_never_overwrites_the_input_and_refuses_edited_outputs(tmp_path: Path) -> None:
    draft = tmp_path / "稿.docx"
    shutil.copyfile(SEEDS[2], tmp_path / "稿.txt")
    run_format(tmp_path / "稿.txt", "-o", str(draft))
    before = draft.read_bytes()
    result = CliRunner().invoke(cli, ["format", str(draft), "-o", str(draft), "--force"])
    assert_user_error(result, "就是原稿")
    assert draft.read_bytes() == before
    # The default output sits beside the draft under another name.
    out, _ = run_format(draft)
    assert out.name == "稿_排版.docx" and draft.read_bytes() == before
    foreign = tmp_path / "别人的.docx"
    foreign.write_bytes(b"PK not ours")
    result = CliRunner().invoke(cli, ["format", str(tmp_path / "稿.txt"), "-o", str(foreign)])
    assert_user_error(result, "不是 jianggao 生成的文件")
    assert foreign.read_bytes() == b"PK not ours"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["没有这个文件.txt"], "找不到讲话稿"),
        (["{draft}", "-o", "out.pdf"], "应以 .docx 结尾"),
    ],
)
def test_format_bad_input_is_one_line(tmp_path: Path, args: list[str], fragment: str) -> None:
    draft = tmp_path / "d.txt"
    shutil.copyfile(SEEDS[0], draft)
    result = CliRunner().invoke(cli, ["format", *(a.format(draft=draft) for a in args)])
    assert_user_error(result, fragment)


def test_format_of_something_that_is_not_a_speech(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("hello world\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["format", str(junk)])
    assert_user_error(result, "没有找到讲话稿正文")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.txt"]


# --- check --fix -----------------------------------------------------------------------------


def test_check_fix_writes_a_new_file_and_keeps_the_original(tmp_path: Path) -> None:
    draft = tmp_path / "稿.txt"
    draft.write_bytes("同志们:\r\n今天,我们召开会议(专题会)!1,000 人参加,12:30 开始.\r\n".encode("gbk"))
    before = draft.read_bytes()
    result = CliRunner().invoke(cli, ["check", "--fix", str(draft)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert draft.read_bytes() == before
    fixed = tmp_path / "稿_改标点.txt"
    assert fixed.read_bytes() == "同志们：\r\n今天，我们召开会议（专题会）！1,000 人参加，12:30 开始.\r\n".encode("gbk")
    assert f"{draft}:1：标点 “:” → “：”" in result.stdout
    assert f"{draft}:2：标点 “,” → “，”（2 处）" in result.stdout
    # A second run does not overwrite the fixed file silently.
    result = CliRunner().invoke(cli, ["check", "--fix", str(draft)])
    assert_user_error(result, "已存在，未覆盖")


def test_check_fix_in_place_changes_only_values_of_a_spec(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    original = (
        "# 说明书,注释里的半角标点也是用户写的\n"
        "template: advancement\n"
        "title: 在推进会上的讲话\n"
        "points:\n"
        "  - heading: 甲,乙,丙\n"
        "    items:\n"
        "      - {heading: 深化理论武装, text: \"要学懂弄通,做到学思用贯通!\"}\n"
    )
    spec.write_text(original, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--fix", "--in-place", str(spec)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert spec.read_text(encoding="utf-8") == original.replace("甲,乙,丙", "甲，乙，丙").replace(
        "要学懂弄通,做到学思用贯通!", "要学懂弄通，做到学思用贯通！"
    ).replace("说明书,注释", "说明书，注释")
    assert not list(tmp_path.glob("*_改标点*"))


def test_check_fix_refuses_word_files_and_in_place_alone(tmp_path: Path) -> None:
    doc = tmp_path / "d.docx"
    doc.write_bytes(b"PK")
    assert_user_error(CliRunner().invoke(cli, ["check", "--fix", str(doc)]), "--fix 只能修改")
    result = CliRunner().invoke(cli, ["check", "--in-place", str(doc)])
    assert result.exit_code == 2 and "--in-place 须与 --fix 一起使用" in result.output


@pytest.mark.parametrize(
    ("extra", "said"),
    [("footnote", "脚注或尾注（共 1 处），注释的文字没有读入"), ("table", "表格（共 1 个），已按单元格逐段读入（每格一段），表格本身没有保留")],
)
def test_format_names_what_of_a_word_document_it_does_not_keep(tmp_path: Path, extra: str, said: str) -> None:
    # 正文一字不改 and every change listed: a footnote or a table lost its shape without a word
    draft = meeting_docx(tmp_path / "旧稿.docx", extra)
    out = tmp_path / "排版.docx"
    result = CliRunner().invoke(cli, ["format", str(draft), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "提示：原稿第 6 段" in result.output and said in result.output, result.output
    with zipfile.ZipFile(out) as z:
        document = z.read("word/document.xml").decode()
    assert FOOTNOTE_TEXT not in document and "<w:tbl" not in document  # what the note speaks of
