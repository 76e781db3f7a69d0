"""Sub-points numbered in the other hands writers use (round kf of the everyday suite): 1）/1) closed by a half
bracket (read as 1.), A. B. C. (a company's slides) and 甲、乙、丙、 (older documents), both read as （1）. Near misses:
甲、乙双方 opens no list, nor does a line in English. And a spoken first that says what is to be done (第一个要抓的，是…)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.zh.labels import match_label
from tests.reader.mining import headings, mine

TEXT = "要对照职责清单逐项抓好落实，定期调度、跟踪问效，确保各项措施落地见效。"


def speech(labels: list[str]) -> str:
    subs = ["规范行政许可", "规范执法办案", "规范检验检测"]
    listed = "".join(f"{label}{sub}。{TEXT}\n" for label, sub in zip(labels, subs, strict=True))
    return (
        "在全市市场监管系统党风廉政建设工作会议上的讲话\n同志们：\n今天召开会议，部署今年的党风廉政建设工作。我讲两点意见。\n"
        f"一、聚焦关键环节，扎紧织密制度笼子\n{listed}二、压实两个责任，层层传导压力\n{TEXT}\n"
        "同志们，让我们以永远在路上的坚韧和执着，把全面从严治党不断引向深入！\n"
    )


@pytest.mark.parametrize("labels", [["1）", "2）", "3）"], ["1) ", "2) ", "3) "], ["A. ", "B. ", "C. "], ["甲、", "乙、", "丙、"]])
def test_a_list_in_other_hands_is_the_points_sub_points(tmp_path: Path, labels: list[str]) -> None:
    spec, _ = mine(tmp_path, speech(labels))
    assert headings(spec["points"][0]["items"]) == ["规范行政许可", "规范执法办案", "规范检验检测"]


@pytest.mark.parametrize(
    ("text", "style", "index"),
    [("1）规范行政许可", "1.", 1), ("C．留住了人才", "（1）", 3), ("戊、积极稳妥地发展", "（1）", 5)],
)
def test_the_labels_and_their_numbers(text: str, style: str, index: int) -> None:
    assert [(m.style, m.index) for m in match_label(text)] == [(style, index)]


@pytest.mark.parametrize("text", ["甲、乙双方要按照合同约定履行义务。", "A. Smith 先生出席了会议。", "1)2)3) 项内容"])
def test_near_misses_open_no_list(text: str) -> None:
    assert match_label(text) == []


def test_a_spoken_first_that_says_what_is_to_be_done() -> None:
    # (kc16: 第一个要抓的，是全面排查。 / 第二个，是精准施保。)
    assert [(m.style, m.index, m.label) for m in match_label("第一个要抓的，是全面排查。")] == [("第一，", 1, "第一个要抓的，是")]
