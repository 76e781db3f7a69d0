"""A byline in brackets that lists offices with 、 and ends with the date (（市委常委、常务副市长　杜文斌　2024年10月22日） /
（市长　钱国栋　2024年7月24日晚）, ic19, ic08, hu18 of the everyday suite): the name is the speaker, the offices his
title, the date the date (the date had been read as the speaker's name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

BODY = "同志们：\n今天讲两点。\n第一，要把形势看准。前三季度全市经济运行总体平稳。\n第二，要把重点抓住。四季度要集中力量抓好四件事。\n谢谢大家！\n"


@pytest.mark.parametrize(
    ("byline", "title", "date"),
    [
        ("（市委常委、常务副市长　杜文斌　2024年10月22日）", "市委常委、常务副市长", "2024-10-22"),
        ("（市长　杜文斌　2024年7月24日晚）", "市长", "2024-07-24"),
        ("市委常委、常务副市长　杜文斌　2024年10月22日", "市委常委、常务副市长", "2024-10-22"),
    ],
)
def test_the_name_the_title_and_the_date(tmp_path: Path, byline: str, title: str, date: str) -> None:
    spec, _ = mine(tmp_path, f"在全市经济运行调度会上的讲话\n{byline}\n{BODY}")
    assert spec["speaker"] == "杜文斌"
    assert spec["speaker_title"] == title
    assert str(spec["date"]) == date
