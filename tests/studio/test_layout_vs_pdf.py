"""The preview's layout against LibreOffice's real rendering of the same .docx.

Laid out as LibreOffice sets the .docx (``hang=False``: it does not hang closing
punctuation past the line end, where Word does), the preview must give the PDF's
page count, its lines per page (a heading kept with the next line moves alike),
and nearly all its lines word for word. The differences left come from the exact
widths of Latin letters, digits and %, which the grid counts as half a cell.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jianggao.build import BuildOptions, build
from jianggao.render.renderer import render_speech
from jianggao.spec.model import load_spec
from jianggao.studio.layout import lay_out
from jianggao.writers.docx.profile import default_profile
from tests.conftest import EXAMPLES, TESTS
from tests.writers.test_pdf_render import TEXT_BOTTOM, _require_tools, printed_pages

SPECS = [*sorted(EXAMPLES.glob("*.yaml")), TESTS / "data" / "long_speech.yaml"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_tools()
    out = tmp_path_factory.mktemp("pdfs")
    build(SPECS, BuildOptions(formats=("pdf",), out_dir=out))
    return out


def compared(spec: Path, pdfs: Path) -> tuple[list[int], list[int], Counter, Counter]:
    printed = [[ln for ln in page if ln.y0 < TEXT_BOTTOM] for page in printed_pages(pdfs / f"{spec.stem}.pdf")]
    preview = [[ln for ln in page.lines if ln is not None] for page in lay_out(render_speech(load_spec(spec)), default_profile(), hang=False)]
    printed_lines = Counter(ln.text.replace(" ", "") for page in printed for ln in page)
    # pdftotext drops the ideographic space between a speaker's title and name.
    preview_lines = Counter(ln.text.replace("\u3000", "").replace(" ", "") for page in preview for ln in page)
    return [len(p) for p in printed], [len(p) for p in preview], printed_lines, preview_lines


def test_the_preview_breaks_pages_and_lines_as_the_pdf(pdfs: Path) -> None:
    same = total = 0
    for spec in SPECS:
        printed, preview, printed_lines, preview_lines = compared(spec, pdfs)
        assert len(preview) == len(printed), (spec.name, preview, printed)
        off = [(a, b) for a, b in zip(preview, printed, strict=True) if a != b]
        assert len(off) <= 1 and all(abs(a - b) <= 1 for a, b in off), (spec.name, preview, printed)
        same += sum((printed_lines & preview_lines).values())
        total += sum(printed_lines.values())
    assert same / total >= 0.93, f"{same} of {total} printed lines identical in the preview"
