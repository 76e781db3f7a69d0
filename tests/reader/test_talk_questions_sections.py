"""A talk's sections put as the questions they answer (Q1｜学生会到底是做什么的？; everyday qn04, stop 38) are its
points; a plain 问答环节 line over the audience's questions (Q：… / 吕一鸣：…) leaves the speaker's last words before it
the closing (everyday ql02). Near misses: Q1｜ before a figure is no label; a 问答环节 line with no question under
it ends nothing; Q： lines with no such line over them are the speaker's text."""

from __future__ import annotations

from pathlib import Path

from jianggao.zh.labels import match_label

from .mining import headings, mine

TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"
HEAD = "学生会招新宣讲\n亲爱的学弟学妹们：\n晚上好！今天我就回答大家问得最多的三个问题。\n"
QUESTIONS = ("学生会到底是做什么的？", "加入学生会会不会很累？", "学生会想招什么样的人？")


def test_sections_numbered_as_questions_are_the_points(tmp_path: Path) -> None:
    body = "".join(f"Q{n}｜{h}\n{TEXT}\n{TEXT}\n" for n, h in enumerate(QUESTIONS, 1))
    spec, _ = mine(tmp_path, HEAD + body + "最后，希望大家都能找到志同道合的人。谢谢大家！\n")
    assert headings(spec["points"]) == list(QUESTIONS)


def test_a_question_number_before_a_figure_is_no_label() -> None:
    assert match_label("Q1｜2024年回顾") == []
    assert [m.style for m in match_label("Q2｜加入学生会会不会很累？")] == ["1."]


def _talk(tail: str) -> str:
    body = "".join(f"第{n}个问题：{h}\n{TEXT}\n{TEXT}\n" for n, h in zip("一二三", ("采什么", "怎么串", "怎么用"), strict=True))
    last = "好，我今天大概就分享这么多。总结一下：采什么，要从故障倒推；怎么用，要嵌进日常流程。谢谢大家！\n"
    return "可观测性落地实践\n大家好，今天我讲三个问题。\n" + body + last + tail


ANSWERS = (
    "我们对改不动的老服务是在网关层补标识的，虽然不完美，但能覆盖百分之八十的场景。",
    "会有这个风险，所以我们对错误级别的日志是不采样的，采样只针对信息级别的日志。",
)
ASKS = ("老服务改不动怎么办？", "日志采样会不会漏掉信息？")
ASKED = "问答环节\n" + "".join(f"Q：{q}\n吕一鸣：{a}\n" for q, a in zip(ASKS, ANSWERS, strict=True))


def test_the_last_words_before_the_audiences_questions_are_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk(ASKED))
    assert spec["closing"][0].startswith("好，我今天大概就分享这么多")
    assert "Q：老服务改不动怎么办？" in spec["closing"]  # (kept after the closing words, not lost)


def test_a_questions_line_with_no_question_under_it_ends_nothing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("问答环节\n" + "".join(f"吕一鸣：{a}\n吕一鸣：{a}\n" for a in ANSWERS)))
    assert not (spec.get("closing") or [""])[0].startswith("好，我今天大概")


def test_questions_with_no_line_over_them_are_the_speakers_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk(ASKED.removeprefix("问答环节\n")))
    assert not (spec.get("closing") or [""])[0].startswith("好，我今天大概")
