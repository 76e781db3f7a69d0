"""Headings of a page that lost its line breaks, glued to a text that opens with a sequence word and its comma
(首先，) or with the source it reports from (据…统计，). Speeches of our own wording (studied on corpus/blind16),
each beside a near miss where the cue must not fire.
"""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech

HEAD = (
    "在全镇春季植树工作会议上的讲话同志们：今天召开全镇春季植树工作会议，主要是总结去年的绿化工作，"
    "安排今年的植树任务。下面，我讲两点意见。"
)
CLOSING = "同志们，植树造林功在当代、利在千秋，希望大家齐心协力，圆满完成今年的植树任务！"


def _level_one(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return [n.heading for n in read_speech(path).outline.nodes() if n.depth == 1]


def test_a_heading_glued_to_a_sequence_word_or_a_reported_source_ends_before_it(tmp_path: Path) -> None:
    text = (
        HEAD + "一、向去年绿化工作中作出贡献的同志表示两点谢意首先，感谢各村组织群众义务植树，去冬以来共栽下苗木三万余株。"
        "二、全镇今年绿化任务的基本情况据林业站初步统计，全镇还有宜林荒山八百亩，缺苗断垄的路段十余公里。"
        + CLOSING
    )
    assert _level_one(tmp_path, text) == ["向去年绿化工作中作出贡献的同志表示两点谢意", "全镇今年绿化任务的基本情况"]


def test_a_headings_own_first_step_and_data_are_no_break(tmp_path: Path) -> None:
    # near miss: 首先要… (no comma) is the heading's own words; 依据…测算 / 数据统计 are no reported source
    text = (
        HEAD.replace("讲话同志们：", "讲话\n同志们：\n")
        + "\n一、首先要抓好苗木调运，依据去年成活率测算补植数量。各村要提前上报用苗计划，林业站统一调运。"
        "\n二、做实植树台账，用好造林数据统计结果。每一片新造林都要登记地块、树种和管护责任人。"
        "\n" + CLOSING
    )
    assert _level_one(tmp_path, text) == [
        "首先要抓好苗木调运，依据去年成活率测算补植数量。",
        "做实植树台账，用好造林数据统计结果。",
    ]
