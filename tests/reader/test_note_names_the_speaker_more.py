"""An editor's note under a talk names the speaker in forms the reader missed (stop 67): the office before the name,
then the day and the meeting said short (（根据院长…2024年11月4日晨会讲话整理）), the office before a name by a less
common surname (（根据园长蓝…在…上的讲话录音整理）)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

SPEECH = """同志们：

今天开个短会，讲三件事。

第一，安全。最近天气转冷，用电用火要格外小心，各部门下班前要检查一遍。

第二，进度。年底的几项重点任务，还有不到一个月，要倒排时间，按周推进。

第三，纪律。节前节后是作风问题的易发期，大家要守住底线。

就讲这些，散会。

{note}
"""


@pytest.mark.parametrize(
    ("note", "speaker", "office"),
    [
        ("（根据院长姜启明2024年11月4日晨会讲话整理）", "姜启明", "院长"),
        ("（根据街道办事处副主任杨书宁在例会上的讲话录音整理）", "杨书宁", "街道办事处副主任"),
        ("（根据园长蓝静怡在2024年2月18日教职工大会上的讲话录音整理）", "蓝静怡", "园长"),
    ],
)
def test_the_note_names_the_speaker(tmp_path: Path, note: str, speaker: str, office: str) -> None:
    path = tmp_path / "talk.txt"
    path.write_text(SPEECH.format(note=note), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(result.stdout)
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)


def test_a_note_that_names_no_one_names_no_speaker(tmp_path: Path) -> None:
    # near miss: the note says only who copied the words down
    path = tmp_path / "talk.txt"
    path.write_text(SPEECH.format(note="（根据2024年11月4日晨会录音整理）"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not yaml.safe_load(result.stdout).get("speaker")
