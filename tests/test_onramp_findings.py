"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.speech_files import document_xml, paragraph_xml, write_docx

_TAB_BYLINE = "<w:p><w:r><w:t>副市长</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>周建国</w:t></w:r></w:p>"
_HYPHENED = "<w:p><w:r><w:t>要在2026</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>2028年完成改造。</w:t></w:r></w:p>"


@pytest.mark.xfail(strict=True, reason="a Word tab (w:tab) and a non-breaking hyphen are dropped: 副市长⇥周建国 reads as one word")
def test_word_tabs_and_hyphens_are_not_dropped(tmp_path: Path) -> None:
    body = (
        paragraph_xml("在全市防汛工作会议上的讲话") + _TAB_BYLINE + paragraph_xml("同志们：")
        + paragraph_xml("今天召开会议。下面，我讲两点意见。") + paragraph_xml("一、提高认识，增强责任感") + _HYPHENED
        + paragraph_xml("二、压实责任，确保安全度汛") + paragraph_xml("要在岗在位。") + paragraph_xml("同志们，让我们共同努力！")
    )
    draft = write_docx(tmp_path / "旧稿.docx", [], document=document_xml(body))
    result = CliRunner().invoke(cli, ["mine", str(draft), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "speaker: 周建国" in result.stdout and "speaker_title: 副市长" in result.stdout, result.stdout
    assert "2026-2028年" in result.stdout or "2026‑2028年" in result.stdout, result.stdout
