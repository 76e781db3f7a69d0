"""Every kind of .docx jianggao writes validates against ECMA-376 Transitional, element order
enforced (see docx_validation.py): the examples under the default profile and under other
profiles, and under reference documents — a Chinese Word template, a jianggao draft restyled,
python-docx's default template and pandoc's default reference.docx (whose own styles have
order faults that must not be copied)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from jianggao.build import BuildOptions, build
from jianggao.writers.docx.writer import render_docx
from tests.conftest import EXAMPLES, TESTS
from tests.writers.docx_validation import schema_findings
from tests.writers.test_reference_doc import SPEECH, make_docx, parts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}

PROFILES = {
    "default": None,
    "house": "page:\n  line_pitch_pt: 28\n  mirror_margins: true\nbody:\n  font: 方正仿宋_GBK\n  size_pt: 15\nheading3:\n  bold: false\n"
    'page_number:\n  format: "- {page} -"\n  odd_align: center\n  even_align: center\n',
    "large": "title:\n  size_pt: 24\n  shape: diamond\n  max_chars_per_line: 16\nbody:\n  size_pt: 18\n  indent_chars: 0\npage:\n  chars_per_line: 24\n",
}


def pandoc_reference(folder: Path) -> Path:
    """pandoc's default reference.docx, as `pandoc -o ref.docx --print-default-data-file reference.docx` gives it."""
    if not shutil.which("pandoc"):
        if os.environ.get("JIANGGAO_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("pandoc not installed (.ci/run installs it)")
        pytest.skip("pandoc not installed")
    path = folder / "pandoc-reference.docx"
    subprocess.run(["pandoc", "-o", str(path), "--print-default-data-file", "reference.docx"], check=True)
    return path


def python_docx_template(folder: Path) -> Path:
    from docx import Document

    path = folder / "python-docx-default.docx"
    Document().save(str(path))
    return path


def reference_docs(folder: Path) -> dict[str, Path]:
    draft = folder / "draft.docx"
    draft.write_bytes(render_docx(SPEECH))
    return {
        "chinese-word": make_docx(folder / "chinese-word.docx"),
        "jianggao-draft": draft,
        "python-docx": python_docx_template(folder),
        "pandoc": pandoc_reference(folder),
    }


def build_all(tmp_path: Path, *, style: str | None = None, reference: Path | None = None) -> list[Path]:
    profile = None
    if style is not None:
        profile = tmp_path / "style.yaml"
        profile.write_text(style, encoding="utf-8")
    specs = sorted(EXAMPLES.glob("*.yaml")) + [TESTS / "data" / "long_speech.yaml"]
    out = tmp_path / "out"
    return build(specs, BuildOptions(formats=("docx",), out_dir=out, style_profile=profile, reference_doc=reference))


@pytest.mark.parametrize("profile", PROFILES)
def test_examples_validate_under_each_profile(tmp_path: Path, profile: str) -> None:
    written = build_all(tmp_path, style=PROFILES[profile])
    assert len(written) == len(list(EXAMPLES.glob("*.yaml"))) + 1
    for path in written:
        assert schema_findings(path) == [], path.name


@pytest.mark.parametrize("kind", ["chinese-word", "jianggao-draft", "python-docx", "pandoc"])
def test_examples_validate_with_each_reference_doc(tmp_path: Path, kind: str) -> None:
    reference = reference_docs(tmp_path)[kind]
    for path in build_all(tmp_path, reference=reference):
        assert schema_findings(path) == [], (kind, path.name)


def test_the_validator_catches_element_order(tmp_path: Path) -> None:
    # The check can fail: pandoc's own reference.docx has order faults, and so does a draft
    # whose style has w:qFormat moved after w:pPr.
    pandoc = pandoc_reference(tmp_path)
    assert any("qFormat" in finding for finding in schema_findings(pandoc))
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(render_docx(SPEECH)))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b"<w:qFormat/><w:pPr>", b"<w:pPr>", 1).replace(b"</w:pPr><w:rPr>", b"</w:pPr><w:qFormat/><w:rPr>", 1)
            archive.writestr(info, data)
    assert any("Unexpected element 'qFormat'" in finding for finding in schema_findings(broken))


@pytest.mark.parametrize("kind", ["python-docx", "pandoc"])
def test_an_ordinary_template_keeps_what_the_layout_promises(tmp_path: Path, kind: str) -> None:
    from jianggao.writers.docx.profile import default_profile
    from jianggao.writers.docx.reference import load_reference

    reference = load_reference(reference_docs(tmp_path)[kind])
    out = parts(render_docx(SPEECH, default_profile(), reference))
    styles, document = out["word/styles.xml"], out["word/document.xml"]
    raw = etree.tostring(styles).decode("utf-8")
    assert "Theme" not in raw and "cstheme" not in raw  # no theme fonts, no theme colours
    langs = styles.xpath("//w:lang/@w:eastAsia", namespaces=NS)
    assert langs and set(langs) == {"zh-CN"}
    assert set(styles.xpath("//w:color/@w:val", namespaces=NS)) == {"000000"}  # no blue headings
    assert not styles.xpath("//w:numPr", namespaces=NS)  # no numbering part is shipped
    by_id = {s.get(f"{{{W}}}styleId"): s for s in styles.xpath("w:style", namespaces=NS)}
    for style_id in set(document.xpath("//w:pStyle/@w:val | //w:rStyle/@w:val", namespaces=NS)):
        east_asian = by_id[style_id].xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS)
        assert east_asian and east_asian[0] not in ("Cambria", "Calibri", ""), (style_id, east_asian)
    heading1 = document.xpath("//w:p[w:r/w:t='提高站位' or .//w:t[contains(., '提高站位')]]/w:pPr/w:pStyle/@w:val", namespaces=NS)[0]
    assert by_id[heading1].xpath("w:rPr/w:rFonts/@w:eastAsia", namespaces=NS) == ["黑体"]
    section = document.xpath("//w:body/w:sectPr", namespaces=NS)[0]
    # The template's US Letter paper is not the profile's A4: the page is the profile's.
    assert section.xpath("w:pgSz/@w:w", namespaces=NS) == ["11906"]
    assert section.xpath("w:pgSz/@w:h", namespaces=NS) == ["16838"]
