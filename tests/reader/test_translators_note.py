"""A translated speech's note on its translation, in brackets on a line of its own under the byline ((王雨桐　译) /
（译文） / （中文译稿）), is an editor's note: it names no speaker (not 译, 译文 or the translator), and the speaker on
the byline above it stays the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "尊敬的校长，各位老师，亲爱的同学们：\n\n大家好！很荣幸来到这里。今天我想讲三件事。\n\n"
    "第一，保持好奇。我小时候最喜欢拆家里的收音机，拆坏了好几台，但我从此爱上了工程。\n\n"
    "第二，学会合作。我们实验室最好的成果，没有一项是一个人做出来的。\n\n"
    "第三，不怕失败。我申请的第一个项目被拒了三次，第四次才成功。\n\n"
    "亲爱的同学们，祝你们前程似锦！谢谢大家！\n"
)


@pytest.mark.parametrize("note", ["（王雨桐　译）", "（译文）", "（中文译稿）", "（翻译：苏禾）"])
def test_the_note_names_no_speaker(tmp_path: Path, note: str) -> None:
    spec, _ = mine(tmp_path, f"在2024届毕业典礼上的演讲\n\n美国俄亥俄州立大学荣休教授　丹尼尔·霍尔特\n{note}\n\n{BODY}")
    assert spec.get("speaker") == "丹尼尔·霍尔特"


def test_without_a_byline_the_note_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在2024届毕业典礼上的演讲\n\n（王雨桐　译）\n\n{BODY}")
    assert spec.get("speaker") in (None, "")
