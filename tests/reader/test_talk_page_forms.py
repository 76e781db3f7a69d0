"""Forms of talks posted as articles (everyday ql, qm, qn; stop 37): a WeChat section numbered 一｜…; a ## 互动答疑
heading over the audience's questions after the talk; four unnumbered heading lines of unequal length (从零到一：… /
下一个五年); the speaker winding up with 好，时间关系，… or 好了，说了这么多，其实…; paragraphs alike after 呈现出三个鲜明特点。 (everyday
qs17). Near misses for each."""

from __future__ import annotations

from pathlib import Path

from jianggao.zh.labels import match_label

from .mining import headings, mine

TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"
HEAD = "零基础入门鸿蒙应用开发\n各位同学，大家晚上好！\n今天这节课，我想讲清楚三件事。\n"
END = "好，今天的课就上到这里。谢谢大家！\n"


def test_a_numeral_and_a_bar_number_a_section(tmp_path: Path) -> None:
    body = "".join(f"{n}｜{h}\n{TEXT}\n" for n, h in zip("一二三", ("为什么值得学", "动手之前要准备什么", "第一个应用怎么写"), strict=True))
    spec, _ = mine(tmp_path, HEAD + body + END)
    assert headings(spec["points"]) == ["为什么值得学", "动手之前要准备什么", "第一个应用怎么写"]


def test_a_bar_after_a_numeral_before_a_figure_is_no_label() -> None:
    assert match_label("一｜2024年回顾") == []
    assert [m.style for m in match_label("一｜为什么值得学")] == ["一、"]


QA = "## 互动答疑\n\n**问：课时从哪里来？**\n\n答：目前主要在信息科技课中安排。\n\n**问：有没有推荐的平台？**\n\n答：有，会后发给大家。\n"


def _md(tail: str) -> str:
    parts = "".join(f"## {h}\n\n{TEXT}\n\n{TEXT}\n\n" for h in ("先弄清楚要学什么", "常见的三个误区", "没有设备也能上好"))
    return f"# 人工智能课怎么上\n\n各位老师，大家晚上好！\n\n{TEXT}\n\n{parts}好，今天就先讲到这里。谢谢各位老师！\n\n{tail}"


def test_questions_after_the_talk_are_no_point(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _md(QA), "talk.md")
    assert headings(spec["points"]) == ["先弄清楚要学什么", "常见的三个误区", "没有设备也能上好"]
    assert "互动答疑" in report


def test_a_heading_naming_answers_inside_the_talk_stays_a_point(tmp_path: Path) -> None:
    parts = "".join(f"## {h}\n\n{TEXT}\n\n{TEXT}\n\n" for h in ("先弄清楚要学什么", "常见的三个误区", "没有设备也能上好", "家长的疑问怎么答"))
    spec, _ = mine(tmp_path, f"# 人工智能课怎么上\n\n各位老师，大家晚上好！\n\n{TEXT}\n\n{parts}好，今天就先讲到这里。\n", "talk.md")
    assert headings(spec["points"])[-1] == "家长的疑问怎么答"


def _lines(names: tuple[str, ...]) -> str:
    return "".join(f"{h}\n{TEXT}\n{TEXT}\n" for h in names)


FOUR = ("从零到一：先把东西做出来", "从一到十：让别人也能参与进来", "从十到百：建立规则和信任", "下一个五年")


def test_four_heading_lines_of_unequal_length_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "“青岚”开源五年回顾\n各位社区的朋友们：\n大家上午好！\n" + _lines(FOUR) + "最后，感谢每一位贡献者。谢谢大家！\n")
    assert headings(spec["points"]) == list(FOUR)


def test_three_lines_as_unequal_are_not(tmp_path: Path) -> None:
    three = ("从一到十：让别人也能参与进来", "从十到百：建立规则和信任", "下一个五年")
    spec, _ = mine(tmp_path, "“青岚”开源五年回顾\n各位社区的朋友们：\n大家上午好！\n" + _lines(three) + "最后，感谢每一位贡献者。谢谢大家！\n")
    assert headings(spec.get("points") or []) != list(three)


def _wound_up(words: str) -> str:
    return (
        "在文学社招新见面会上的讲话\n亲爱的新同学们：\n大家好！今天用三个问题介绍我们文学社。\n"
        + _lines(("1、我们读什么", "2、我们写什么", "3、我们做什么"))
        + f"{words}其实就是想告诉大家：在文学社，你不需要文笔特别好，只需要喜欢文字。\n谢谢大家！\n"
    )


def test_a_speaker_winding_up_starts_the_closing(tmp_path: Path) -> None:
    for words in ("好了，说了这么多，", "好，时间关系，"):
        spec, _ = mine(tmp_path, _wound_up(words))
        assert spec["closing"][0].startswith(words), words


def test_saying_so_much_inside_a_sentence_is_no_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _wound_up("老师说了这么多年的写作课，"))
    assert not (spec.get("closing") or [""])[0].startswith("老师")


def _expo(announced: str) -> str:
    leads = ("这是一届规模空前的盛会。", "这是一届成果丰硕的盛会。", "这是一届开放共享的盛会。")
    return (
        "在第五届南溪国际农产品博览会闭幕式上的致辞\n尊敬的各位来宾，女士们，先生们：\n大家下午好！\n"
        + f"四天来，博览会现场人气旺盛、亮点纷呈。{announced}\n"
        + "".join(f"{lead}{TEXT}\n" for lead in leads)
        + "各位来宾，朋友们！博览会虽然闭幕了，但合作的脚步不会停歇。谢谢大家！\n"
    )


def test_paragraphs_alike_after_a_count_of_features_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _expo("总结起来，这届博览会呈现出三个鲜明特点。"))
    assert headings(spec["points"]) == ["这是一届规模空前的盛会", "这是一届成果丰硕的盛会", "这是一届开放共享的盛会"]


def test_alike_paragraphs_no_count_names_are_not(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _expo("总结起来，这届博览会办得很成功。"))
    assert not spec.get("points")
