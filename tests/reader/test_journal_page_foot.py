"""A speech copied from a printed journal ends with the page's foot: its number, a bar, the journal's name and issue
(12　|　江临机关党建　2024.02, or the other way round). The foot is dropped as the page number it is (said in the
report), so the speech's last paragraph (同志们，…) is read as its closing again (stop 67)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

SPEECH = """推动机关党建和业务工作深度融合

同志们：

今年机关党的工作，要重点抓好以下几个方面。

一、把政治建设摆在首位。机关是政治机关，讲政治是第一位的要求。

二、把融合发展作为主线。党建和业务不是两条线，而是一盘棋。

三、把作风建设贯穿始终。要坚决纠治形式主义、官僚主义，切实为基层减负。

同志们，机关党建工作责任重大、使命光荣。希望大家以更高的标准、更实的举措，推动机关党建工作再上新台阶！

{foot}
"""


def _mine(tmp_path: Path, foot: str) -> tuple[dict, str]:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH.format(foot=foot), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout), result.stderr


@pytest.mark.parametrize("foot", ["12　|　江临机关党建　2024.02", "江临机关党建　2024年第2期　|　13"])
def test_a_journal_page_foot_is_dropped_and_the_closing_read(tmp_path: Path, foot: str) -> None:
    spec, report = _mine(tmp_path, foot)
    assert spec["closing"][0].startswith("同志们，机关党建工作责任重大")
    assert "（页码）" in report and foot in report


def test_a_numbered_line_with_words_stays(tmp_path: Path) -> None:
    # near miss: a number, a bar and words with no journal issue are the speech's
    spec, report = _mine(tmp_path, "12 | 三点意见都要落实")
    assert "12 | 三点意见都要落实" not in report
    assert "12 | 三点意见都要落实" in yaml.safe_dump(spec, allow_unicode=True)
