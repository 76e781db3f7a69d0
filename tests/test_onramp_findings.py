"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.speech_files import MEETING_SPEECH, document_xml, paragraph_xml, write_docx


def _ruby(base: str, reading: str) -> str:
    """A character with its pinyin above it, as Word's 拼音指南 sets it."""
    return (
        '<w:r><w:ruby><w:rubyPr><w:hps w:val="10"/><w:hpsBaseText w:val="21"/></w:rubyPr>'
        f"<w:rt><w:r><w:t>{reading}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>"
    )


@pytest.mark.xfail(strict=True, reason="Word's pinyin guide (w:ruby) is read into the text: 要发扬bì筚lù路蓝缕")
def test_pinyin_over_a_character_is_not_read_into_the_text(tmp_path: Path) -> None:
    annotated = "<w:p><w:r><w:t>要发扬</w:t></w:r>" + _ruby("筚", "bì") + _ruby("路", "lù") + "<w:r><w:t>蓝缕、以启山林的精神。</w:t></w:r></w:p>"
    paragraphs = [paragraph_xml(t) for t in MEETING_SPEECH]
    paragraphs.insert(5, annotated)
    draft = write_docx(tmp_path / "旧稿.docx", [], document=document_xml("".join(paragraphs)))
    result = CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "要发扬筚路蓝缕、以启山林的精神。" in result.stdout, result.stdout
    assert "拼音" in result.stderr
