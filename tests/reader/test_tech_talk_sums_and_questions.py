"""How a tech talk posted on a page ends (everyday sa01, sa07, sa12, sa21, qy03, qt01; stop 39): the speaker sums up in so
many words inside his last part (最后总结几句。… / 讲到这里，总结一下：… / 最后说两句心里话。…), which opens the closing
though a 第二…/第三… list came before it; the questions after the talk under Q&A (Q：… / A：…) or 互动问答 (问：… / 答：…)
end it. Near misses: a sum with nothing said after it opens no closing; a Q：line in the middle of the talk is no
questions' part."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import CLOSING_START

from .mining import mine

HEAD = "消息平台统一之路\n\n"
PARTS = (
    "## 先把集群收拢\n\n过去三年，各业务线自己搭集群，版本五花八门，运维成本越来越高。我们先做的是把集群收拢到一个平台。\n\n"
    "## 再把客户端统一\n\n集群统一了，客户端没统一，等于没统一。我们做了一个轻量的 SDK，把默认参数都管起来。\n\n"
    "## 最后把告警做减法\n\n平台建起来以后，告警一度多到没人看。后来只保留三类核心告警，每条都有负责人。\n\n"
)
QUESTIONS = "Q&A\n\nQ：迁移期间新老集群双写吗？\n\nA：少数核心链路做了双写，大部分是停写切换。\n\nQ：SDK 是自研的吗？\n\nA：基于开源客户端封装。\n"


@pytest.mark.parametrize(
    "words",
    ["最后总结几句。消息平台统一这件事，难的是细节和人。", "讲到这里，总结一下：一个平台、一个 SDK、三类告警。", "最后说两句心里话。平台不是万能的，先把问题想清楚。"],
)
def test_the_speakers_sum_opens_the_closing_and_the_questions_end_the_talk(tmp_path: Path, words: str) -> None:
    spec, report = mine(tmp_path, HEAD + PARTS + words + "\n\n" + QUESTIONS, name="talk.md")
    assert spec["closing"][0] == words
    assert [p["heading"] for p in spec["points"]] == ["先把集群收拢", "再把客户端统一", "最后把告警做减法"]


def test_questions_under_a_chinese_head_end_the_talk_too(tmp_path: Path) -> None:
    questions = "互动问答\n\n问：服务端渲染之后成本增加了多少？\n\n答：大约三成。\n\n问：门禁用真机吗？\n\n答：真机。\n"
    spec, _ = mine(tmp_path, HEAD + PARTS + "最后总结几句。平台是一种习惯。\n\n" + questions, name="talk.md")
    assert spec["closing"][0] == "最后总结几句。平台是一种习惯。"


def test_a_sum_said_with_nothing_after_it_opens_nothing() -> None:
    assert not CLOSING_START.match("最后总结几句")
    assert not CLOSING_START.match("最后说两句心里话")


def test_a_question_line_inside_the_talk_is_no_questions_part(tmp_path: Path) -> None:
    inside = PARTS.replace("我们先做的是", "Q：为什么要收拢？\n\n我们先做的是")
    spec, _ = mine(tmp_path, HEAD + inside + "谢谢大家！\n", name="talk.md")
    assert [p["heading"] for p in spec["points"]] == ["先把集群收拢", "再把客户端统一", "最后把告警做减法"]
