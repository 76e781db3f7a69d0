"""PDF output, verified on LibreOffice's real rendering.

A long speech goes through the whole pipeline (spec → Speech → .docx →
LibreOffice → PDF); ``pdftotext -bbox-layout`` then gives every printed line
with its position, and the tests measure the GB/T 9704 grid on it: 22 lines a
page, at most 28 characters a line, "— n —" page numbers, odd right and even
left, and a page count that agrees with 22 × 28 arithmetic.

The LibreOffice tests skip where LibreOffice or poppler is missing, unless
JIANGGAO_REQUIRE_LIBREOFFICE=1 (set by .ci/run), which makes that a failure.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import signal
import subprocess
import time
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.build import BuildOptions, build
from jianggao.cli.main import cli
from jianggao.errors import OutputError
from jianggao.output_guard import MANIFEST_NAME
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
from jianggao.speech import Heading, Speech
from jianggao.writers.pdf import (
    SOFFICE_ENV,
    TIMEOUT_ENV,
    convert_to_pdf,
    find_soffice,
    fontconfig_file,
)
from tests.conftest import TESTS

DATA = TESTS / "data"
LONG_SPEC = DATA / "long_speech.yaml"

# A4 and the GB/T 9704 text block, in PDF points.
MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
TEXT_LEFT = 28 * MM
TEXT_RIGHT = (210 - 26) * MM
TEXT_TOP = 37 * MM
TEXT_BOTTOM = (297 - 35) * MM
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
LINE_PITCH = 28.95
CELL = 15.75  # one character: 16 pt with −0.25 pt spacing
TITLE_CHARS_PER_LINE = 20


def _require_tools() -> None:
    missing = [name for name, found in (("LibreOffice", find_soffice()), ("pdftotext", shutil.which("pdftotext"))) if not found]
    if not missing:
        return
    message = f"{' and '.join(missing)} not installed"
    if os.environ.get("JIANGGAO_REQUIRE_LIBREOFFICE") == "1":
        pytest.fail(f"{message}, but JIANGGAO_REQUIRE_LIBREOFFICE=1")
    pytest.skip(message)


@pytest.fixture
def libreoffice() -> None:
    _require_tools()


# --- measuring a PDF ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintedLine:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def units(self) -> float:
        return width_units(self.text)


def is_wide(char: str) -> bool:
    """Chinese characters and the punctuation set in the Chinese font (“”—…) take a full em."""
    return unicodedata.east_asian_width(char) in "WFA"


def width_units(text: str) -> float:
    """Width in character cells: full-width characters 1, digits and Latin letters ½."""
    return sum(1.0 if is_wide(c) else 0.5 for c in text if not c.isspace())


def printed_pages(pdf: Path) -> list[list[PrintedLine]]:
    """Every page's lines, top to bottom, as pdftotext lays them out."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True).stdout
    ns = "{http://www.w3.org/1999/xhtml}"
    pages = []
    for page in ET.fromstring(xml).iter(f"{ns}page"):
        lines = []
        for line in page.iter(f"{ns}line"):
            text = ""
            for word in (w.text or "" for w in line.iter(f"{ns}word")):
                # pdftotext splits a line into words at gaps; only Latin words had a space between them.
                if text and word and not (is_wide(text[-1]) or is_wide(word[0])):
                    text += " "
                text += word
            box = [float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            lines.append(PrintedLine(*box, text))
        pages.append(sorted(lines, key=lambda ln: (ln.y0, ln.x0)))
    return pages


def text_block_lines(page: list[PrintedLine]) -> list[PrintedLine]:
    """Every line above the page number (the page has no header)."""
    return [ln for ln in page if ln.y1 <= TEXT_BOTTOM + 2]


def footer_lines(page: list[PrintedLine]) -> list[PrintedLine]:
    return [ln for ln in page if ln.y0 > TEXT_BOTTOM]


def grid_lines(speech: Speech) -> float:
    """Lines the speech needs on the 22 × 28 grid, from its structure alone (not the PDF)."""
    title = math.ceil(width_units(speech.title) / TITLE_CHARS_PER_LINE) * 1.5 + 1  # 22 pt lines, then a gap
    lines = title + len(speech.bylines) + (1 if speech.salutation else 0)
    for block in speech.blocks:
        lines += math.ceil((2 + width_units(block.full_text)) / CHARS_PER_LINE)  # 2-character first-line indent
    return lines


@dataclass(frozen=True)
class Rendered:
    speech: Speech
    pdf: Path
    pages: list[list[PrintedLine]]


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    _require_tools()
    out = tmp_path_factory.mktemp("pdf")
    written = build([LONG_SPEC], BuildOptions(formats=("pdf",), out_dir=out))
    pdf = out / "long_speech.pdf"
    assert sorted(p.name for p in written) == ["long_speech.docx", "long_speech.pdf"]
    speech = render_speech(load_spec(LONG_SPEC), RenderOptions())
    return Rendered(speech, pdf, printed_pages(pdf))


# --- the grid, measured -------------------------------------------------------------------------


def test_the_example_is_multi_page(long_pdf: Rendered) -> None:
    assert long_pdf.pdf.read_bytes().startswith(b"%PDF-")
    assert len(long_pdf.pages) >= 5


def test_a_full_page_holds_22_lines_at_the_grid_pitch(long_pdf: Rendered) -> None:
    counts = [len(text_block_lines(page)) for page in long_pdf.pages]
    assert max(counts) == LINES_PER_PAGE, counts
    # Middle pages are full; one line short only where keep-with-next moved a heading on.
    assert all(count >= LINES_PER_PAGE - 1 for count in counts[1:-1]), counts
    assert sum(count == LINES_PER_PAGE for count in counts[1:-1]) >= len(counts[1:-1]) - 1, counts
    for page in long_pdf.pages[1:]:
        lines = text_block_lines(page)
        pitches = [b.y0 - a.y0 for a, b in zip(lines, lines[1:], strict=False)]
        assert all(abs(p - LINE_PITCH) < 0.5 for p in pitches), pitches


def test_no_body_line_exceeds_28_characters(long_pdf: Rendered) -> None:
    body = [ln for page in long_pdf.pages for ln in text_block_lines(page)]
    assert body
    too_long = [ln.text for ln in body if ln.units > CHARS_PER_LINE]
    assert not too_long
    assert all(ln.x0 >= TEXT_LEFT - 1 and ln.x1 <= TEXT_RIGHT + 1 for ln in body)
    # Lines that run on are full: the grid holds exactly 28 characters, not 27 or 29.
    assert max(ln.units for ln in body) == CHARS_PER_LINE
    purely_chinese = [ln for ln in body if all(is_wide(c) for c in ln.text)]
    full = [ln for ln in purely_chinese if ln.x1 > TEXT_RIGHT - 8]
    assert len(full) >= len(body) / 2
    # Cells used: the characters plus a first line's 2-character indent; fewer where kinsoku
    # (no “ at a line end, no ，” at a line start) moves one or two characters on.
    cells = [len(ln.text) + round((ln.x0 - TEXT_LEFT) / CELL) for ln in full]
    assert set(cells) <= {CHARS_PER_LINE, CHARS_PER_LINE - 1, CHARS_PER_LINE - 2}, cells
    assert cells.count(CHARS_PER_LINE) > 0.7 * len(cells), cells


def test_page_numbers_read_dash_n_dash_odd_right_even_left(long_pdf: Rendered) -> None:
    for number, page in enumerate(long_pdf.pages, start=1):
        footer = footer_lines(page)
        assert len(footer) == 1, [ln.text for ln in footer]
        (line,) = footer
        assert re.fullmatch(rf"—\s*{number}\s*—", line.text), line.text
        if number % 2:
            assert line.x0 > PAGE_WIDTH / 2 and 4 < TEXT_RIGHT - line.x1 < 24, (number, line)
        else:
            assert line.x1 < PAGE_WIDTH / 2 and 4 < line.x0 - TEXT_LEFT < 24, (number, line)
        assert 0 < line.y0 - TEXT_BOTTOM < 15 * MM, (number, line)  # exactly: the ruler test on the dash


# --- the ruler: ink measured on a raster of the page -------------------------------------------

INK_DPI = 300


@dataclass(frozen=True)
class Ink:
    """Where a page's ink is, in millimetres from the top edge."""

    first_row_mm: float  # the first line's characters
    dash_top_mm: float | None  # the page number's dash (一字线): the first footer row with a long run
    left_mm: float  # the leftmost ink in the text block


def page_ink(pdf: Path, number: int) -> Ink:
    """Rasterise page ``number`` (grey, 300 dpi) and find its ink."""
    pgm = subprocess.run(
        ["pdftoppm", "-r", str(INK_DPI), "-gray", "-f", str(number), "-l", str(number), str(pdf)],
        check=True,
        capture_output=True,
    ).stdout
    magic, size, _, pixels = pgm.split(b"\n", 3)
    assert magic == b"P5"
    width, height = map(int, size.split())
    px_mm = 25.4 / INK_DPI
    rows = [pixels[y * width : (y + 1) * width] for y in range(height)]
    block_end = round(262 / px_mm)
    inked = [y for y in range(block_end) if min(rows[y]) < 128]
    dark = re.compile(rb"[\x00-\x7f]")
    long_run = re.compile(rb"[\x00-\x7f]{%d,}" % round(2 / px_mm))  # a dash is over 2 mm long; digits are not
    dash = next((y for y in range(block_end, height) if long_run.search(rows[y])), None)
    left = min(m.start() for y in inked if (m := dark.search(rows[y])) is not None)
    return Ink(inked[0] * px_mm, None if dash is None else dash * px_mm, left * px_mm)


def test_ruler_top_of_text_block_is_37_mm_to_the_ink(long_pdf: Rendered) -> None:
    # GB/T 9704 5.2.1: 天头 37 mm ± 1 mm. Measured here: the title's ink at 37.0 mm; body pages at
    # 36.4 mm, since LibreOffice snaps grid-aligned lines 0.6 mm higher than Word's rule (the
    # baseline of an exact line at 4/5 of its height), which puts them at 37.0 mm.
    for number in (1, 2, 3):
        ink = page_ink(long_pdf.pdf, number)
        assert abs(ink.first_row_mm - 37) <= 1.0, (number, ink)
    assert abs(page_ink(long_pdf.pdf, 1).first_row_mm - 37) <= 0.3  # the title: no grid


def test_ruler_page_number_dash_is_7_mm_below_the_text_block(long_pdf: Rendered) -> None:
    # GB/T 9704 7.5: 一字线上距版心下边缘 7 mm (the block ends at 297 − 35 = 262 mm). Measured: 7.1 mm.
    for number in (1, 2):
        ink = page_ink(long_pdf.pdf, number)
        assert ink.dash_top_mm is not None
        assert abs(ink.dash_top_mm - 262 - 7) <= 1.0, (number, ink)


def test_mirror_margins_put_the_binding_edge_inside(libreoffice: None, tmp_path: Path) -> None:
    style = tmp_path / "two-sided.yaml"
    style.write_text("page:\n  mirror_margins: true\n", encoding="utf-8")
    out = tmp_path / "out"
    build([LONG_SPEC], BuildOptions(formats=("pdf",), out_dir=out, style_profile=style))
    pdf = out / "long_speech.pdf"
    odd, even = page_ink(pdf, 3), page_ink(pdf, 2)
    # Odd pages: 28 mm binding edge on the left; even pages: the 26 mm outer edge is on the left.
    assert abs(odd.left_mm - 28) <= 1.0, odd
    assert abs(even.left_mm - 26) <= 1.0, even


def test_page_count_matches_22_by_28_arithmetic(long_pdf: Rendered) -> None:
    expected = math.ceil(grid_lines(long_pdf.speech) / LINES_PER_PAGE)
    assert abs(len(long_pdf.pages) - expected) <= 1, (len(long_pdf.pages), expected)


def test_every_paragraph_is_printed_in_order(long_pdf: Rendered) -> None:
    printed = "".join(ln.text for page in long_pdf.pages for ln in text_block_lines(page)).replace(" ", "")
    position = 0
    for block in long_pdf.speech.blocks:
        text = block.full_text.replace(" ", "")
        found = printed.find(text, position)
        assert found >= 0, text[:20]
        position = found + len(text)
    headings = [b for b in long_pdf.speech.blocks if isinstance(b, Heading)]
    assert len(headings) == 4


def test_fonts_are_the_mapped_cjk_fonts(long_pdf: Rendered) -> None:
    fonts = subprocess.run(["pdffonts", str(long_pdf.pdf)], check=True, capture_output=True, text=True).stdout
    # Without the shipped fontconfig file LibreOffice falls back to DejaVu for digits and “”.
    assert "DejaVu" not in fonts
    assert "NotoSerifCJK" in fonts  # 仿宋_GB2312, 方正小标宋简体, 宋体
    assert "NotoSansCJK" in fonts  # 黑体
    assert "UKai" in fonts  # 楷体_GB2312


# --- the fontconfig file --------------------------------------------------------------------------

FONT_MAP = {
    "仿宋_GB2312": "Noto Serif CJK SC",
    "仿宋": "Noto Serif CJK SC",
    "FangSong": "Noto Serif CJK SC",
    "楷体_GB2312": "AR PL UKai CN",
    "楷体": "AR PL UKai CN",
    "KaiTi": "AR PL UKai CN",
    "黑体": "Noto Sans CJK SC",
    "SimHei": "Noto Sans CJK SC",
    "方正小标宋简体": "Noto Serif CJK SC",
    "宋体": "Noto Serif CJK SC",
    "SimSun": "Noto Serif CJK SC",
}


@pytest.mark.parametrize(("family", "substitute"), FONT_MAP.items())
def test_fontconfig_maps_office_fonts(libreoffice: None, family: str, substitute: str) -> None:
    if not shutil.which("fc-match"):
        pytest.skip("fc-match not installed")
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file())}
    matched = subprocess.run(["fc-match", "-f", "%{family}", family], env=env, check=True, capture_output=True, text=True).stdout
    assert substitute in matched.split(",")
    # The system configuration is still included: ordinary fonts resolve as before.
    system = subprocess.run(["fc-match", "-f", "%{family}", "sans-serif"], check=True, capture_output=True, text=True).stdout
    assert subprocess.run(["fc-match", "-f", "%{family}", "sans-serif"], env=env, check=True, capture_output=True, text=True).stdout == system


def test_times_new_roman_is_not_dejavu(libreoffice: None) -> None:
    env = {**os.environ, "FONTCONFIG_FILE": str(fontconfig_file())}
    matched = subprocess.run(["fc-match", "-f", "%{family}", "Times New Roman"], env=env, check=True, capture_output=True, text=True).stdout
    assert "DejaVu" not in matched


# --- batches and failures with the real LibreOffice -----------------------------------------------


def test_a_batch_converts_in_one_run_with_chinese_names(libreoffice: None, tmp_path: Path) -> None:
    specs = []
    for name in ("第一篇", "second"):
        spec = tmp_path / f"{name}.yaml"
        spec.write_text(LONG_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
        specs.append(spec)
    out = tmp_path / "out"
    written = build(specs, BuildOptions(formats=("docx", "pdf"), out_dir=out))
    assert sorted(p.name for p in written) == sorted(["第一篇.docx", "second.docx", "第一篇.pdf", "second.pdf"])
    # no staging folder left; the record of the PDFs beside them
    assert sorted(p.name for p in out.iterdir()) == sorted([MANIFEST_NAME, *(p.name for p in written)])
    assert len(printed_pages(out / "第一篇.pdf")) == len(printed_pages(out / "second.pdf"))


def test_libreoffice_skips_its_start_up_drawing_tests_in_our_profiles(
    libreoffice: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # LibreOffice draws ~100 test pictures at every headless start (GraphicsRenderTests.log)
    # unless the profile records the last version seen: as long as converting ten drafts.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    spec = tmp_path / "s.yaml"
    spec.write_text(LONG_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2):  # the kept profile is made, then reused
        build([spec], BuildOptions(formats=("pdf",), out_dir=out))
        assert printed_pages(out / "s.pdf")
    user = tmp_path / "cache" / "jianggao" / "libreoffice-profile" / "user"
    assert (user / "registrymodifications.xcu").read_text(encoding="utf-8").count("ooSetupLastVersion") == 1
    assert (user / "config").is_dir()  # LibreOffice built the rest of the profile around our record
    assert not (user / "GraphicsRenderTests.log").exists()


def test_the_version_record_is_added_once_and_odd_registries_are_left_alone(tmp_path: Path) -> None:
    from jianggao.soffice import _without_render_self_test

    fresh = tmp_path / "fresh"
    _without_render_self_test(fresh)
    registry = fresh / "user" / "registrymodifications.xcu"
    made = registry.read_text(encoding="utf-8")
    assert made.count("ooSetupLastVersion") == 1 and made.rstrip().endswith("</oor:items>")
    ET.fromstring(made.encode("utf-8"))  # well-formed XML
    assert registry.stat().st_mode & 0o077 == 0  # private, as LibreOffice keeps it
    _without_render_self_test(fresh)
    assert registry.read_text(encoding="utf-8") == made  # once only

    kept = tmp_path / "kept" / "user" / "registrymodifications.xcu"
    kept.parent.mkdir(parents=True)
    written = made.replace(made[made.index("<item"): made.index("</oor:items>")], '<item oor:path="/x"><prop oor:name="y"><value>1</value></prop></item>\n')
    kept.write_text(written, encoding="utf-8")
    _without_render_self_test(kept.parent.parent)
    updated = kept.read_text(encoding="utf-8")
    assert updated.count("ooSetupLastVersion") == 1 and 'oor:path="/x"' in updated
    ET.fromstring(updated.encode("utf-8"))

    for odd in (b"not xml at all", b"\xff\xfe", b""):
        kept.write_bytes(odd)
        _without_render_self_test(kept.parent.parent)
        assert kept.read_bytes() == odd


def test_a_corrupt_docx_fails_cleanly_and_keeps_the_old_pdf(libreoffice: None, tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a Word document")
    old_pdf = tmp_path / "broken.pdf"
    old_pdf.write_bytes(b"%PDF- an earlier, complete PDF")
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([bad], tmp_path)
    assert "LibreOffice 未能把 broken.docx 转换为 PDF" in str(caught.value)
    assert old_pdf.read_bytes() == b"%PDF- an earlier, complete PDF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.docx", "broken.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="uses process groups")
def test_converts_while_another_libreoffice_is_running(libreoffice: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A LibreOffice the user has open holds the default profile; without a private profile a
    # second soffice hands its work to that one, which lacks our font mapping and then quits.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    running = subprocess.Popen(
        [str(find_soffice()), "--headless", "--norestore", "--accept=pipe,name=jianggao-test;urp;"],
        env={**os.environ, "HOME": str(home)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        profile = home / ".config" / "libreoffice"
        deadline = time.monotonic() + 30
        while not profile.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert profile.exists() and running.poll() is None
        out = tmp_path / "out"
        build([LONG_SPEC], BuildOptions(formats=("docx",), out_dir=out))
        (pdf,) = convert_to_pdf([out / "long_speech.docx"], out)
        assert len(printed_pages(pdf)) >= 5
        # Converted by our own LibreOffice, which got the font mapping (a hand-over would not).
        fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert "UKai" in fonts and "DejaVu" not in fonts
        assert running.poll() is None  # the user's LibreOffice is left alone
    finally:
        os.killpg(running.pid, signal.SIGTERM)
        running.wait(timeout=30)


# --- LibreOffice missing, hanging (no LibreOffice needed) -----------------------------------------


def test_missing_libreoffice_names_the_package_and_keeps_the_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv(SOFFICE_ENV, raising=False)
    spec = tmp_path / "讲话.yaml"
    spec.write_text(LONG_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "pdf", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("错误：已生成 讲话.docx，但找不到 LibreOffice")
    assert "apt-get install libreoffice-writer-nogui" in lines[0]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["讲话.docx"]
    assert (out / "讲话.docx").read_bytes()[:2] == b"PK"


def test_soffice_setting_that_is_not_a_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    spec = tmp_path / "s.yaml"
    spec.write_text(LONG_SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-f", "pdf", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "JIANGGAO_SOFFICE" in result.stderr and "no-such-soffice" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["s.docx"]


@pytest.mark.skipif(os.name != "posix", reason="uses a shell script")
def test_a_hanging_libreoffice_is_stopped_at_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Stands in for a LibreOffice that hangs (e.g. on a dialog): it starts a child and sleeps.
    pid_file = tmp_path / "child.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > '{pid_file}'\nwait\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(fake))
    monkeypatch.setenv(TIMEOUT_ENV, "1")
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK not converted")
    started = time.monotonic()
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([docx], tmp_path)
    assert time.monotonic() - started < 10
    assert "超时（1 秒）" in str(caught.value) and TIMEOUT_ENV in str(caught.value)
    child = int(pid_file.read_text())
    time.sleep(0.2)
    assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "child.pid", "soffice"]


@pytest.mark.parametrize("setting", ["十分钟", "nan", "inf", "-inf", "1e400", "1e9"])
def test_bad_timeout_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv(SOFFICE_ENV, str(fake))
    monkeypatch.setenv(TIMEOUT_ENV, setting)
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK")
    with pytest.raises(OutputError) as caught:
        convert_to_pdf([docx], tmp_path)
    assert caught.value.message == f"环境变量 {TIMEOUT_ENV} 的值“{setting}”不是有效的秒数（上限 86400 秒）"
