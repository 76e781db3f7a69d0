"""What a new user (a speech writer taking last year's speech to this year's draft) ran into, not yet fixed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli import cli
from tests.reader.test_more_inputs import word97  # noqa: F401  (the fixture)


@pytest.mark.xfail(strict=True, reason="an old .doc renamed .docx is refused although LibreOffice could read it")
def test_a_doc_renamed_docx_is_read(word97: Path, tmp_path: Path) -> None:  # noqa: F811
    renamed = tmp_path / "去年讲话.docx"
    shutil.copyfile(word97, renamed)
    result = CliRunner().invoke(cli, ["mine", str(renamed), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "提高认识" in result.stdout
