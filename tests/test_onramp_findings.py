"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.cli_helpers import assert_user_error
from tests.speech_files import W_NS, write_docx

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CHUNK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm"/>'
    "</Relationships>"
)
_CHUNK = "<html><body><p>在全县会议上的讲话</p><p>同志们：</p><p>一、抓好落实</p><p>要落实。</p></body></html>"


@pytest.mark.xfail(strict=True, reason="a .docx whose text is an embedded web page (w:altChunk, from “export to Word”) is said to have no Chinese paragraphs")
def test_a_word_file_made_of_an_embedded_page_says_so(tmp_path: Path) -> None:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        '<w:body><w:altChunk r:id="c1"/></w:body></w:document>'
    )
    draft = write_docx(tmp_path / "导出.docx", [], document=document, extra={"word/_rels/document.xml.rels": _CHUNK_RELS, "word/chunk.htm": _CHUNK})
    line = assert_user_error(CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"]), "导出.docx", "另存为")
    assert "没有中文段落" not in line
