"""Forms found in company leaders' speeches (stop 17, blind38) and oral talks (blind8, blind28), in our own wording:

- 第一个措施是… / 激活人的第二个措施是… / 第一个激活人的措施，是… / 我遇到的第一个难点是…: a spoken count of
  measures or difficulties, a short phrase saying whose before the count or the thing counted; 激活人的最后一个措施
  是… is the list's last item, at a sub-level as at the top (so is 最后， after 第一，第二，).
- A list started inside an item that counts another thing (我给自己定的第一个目标…) does not take the run's next
  count (第二个建议…).
- …有三点要做到：第一点，…；第二点，…；第三点，…。 then paragraphs opening 第一，… 第二，… 第三，…: the short list
  said in one paragraph names the list developed next; the developed one is read, once.
- A heading sentence that names its subject twice after a comma (…外包管理，选择优质行政服务供应商…) is one sentence.
- 【蓝血文章】 / 【延伸阅读】 on a line of its own after the speech starts an article the page appends.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

from .mining import headings, mine

BODY = "这项工作关系全局，必须摆上重要位置，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"


def test_counted_measures_with_a_phrase_saying_whose_are_labels(tmp_path: Path) -> None:
    text = (
        "在公司干部大会上的讲话\n同志们：\n今天讲两个问题。\n"
        f"一、激活组织\n{BODY}\n"
        f"第一个措施是简化流程。{BODY}\n第二个措施是饱和攻击。{BODY}\n第三个措施是自我批判。{BODY}\n"
        f"二、激活个人\n{BODY}\n"
        f"第一个激活人的措施，是激发人的责任感。{BODY}\n激活人的第二个措施是吐故纳新。{BODY}\n"
        f"激活人的最后一个措施是公开职级。{BODY}\n"
        "谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    points = spec["points"]
    assert headings(points) == ["激活组织", "激活个人"]
    assert headings(points[0]["items"]) == ["简化流程", "饱和攻击", "自我批判"]
    assert headings(points[1]["items"]) == ["激发人的责任感", "吐故纳新", "公开职级"]


def test_last_after_first_and_second_is_the_last_item_under_a_point(tmp_path: Path) -> None:
    text = (
        "在公司干部大会上的讲话\n同志们：\n今天讲两个问题。\n"
        f"一、激活组织\n{BODY}\n第一，简化流程。{BODY}\n第二，饱和攻击。{BODY}\n最后，自我批判。{BODY}\n"
        f"二、激活个人\n{BODY}\n第一，吐故纳新。{BODY}\n第二，公开职级。{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"][0]["items"]) == ["简化流程", "饱和攻击", "自我批判"]
    assert headings(spec["points"][1]["items"]) == ["吐故纳新", "公开职级"]


def test_difficulties_met_are_counted_in_a_talk(tmp_path: Path) -> None:
    text = (
        "在大学开学典礼上的演讲\n同学们：\n今天跟大家讲讲我读大学时遇到的几个难点。\n"
        f"我遇到的第一个难点是如何选课。{BODY}\n{BODY}\n"
        f"接着我遇到的第二个难点是如何自学。{BODY}\n{BODY}\n"
        f"我遇到的第三个难点是如何交朋友。{BODY}\n{BODY}\n"
        "谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["如何选课", "如何自学", "如何交朋友"]


def test_a_phrase_saying_whose_before_a_bare_count_is_no_label(tmp_path: Path) -> None:
    """(near miss) 我找的第一个是林斌，…: whose count, of nothing named; the story goes on, it is no point."""
    text = (
        "在公司年会上的演讲\n各位同事：\n"
        f"创业之初，我到处找人。{BODY}\n我找的第一个是林斌，他当时在一家研究院工作。{BODY}\n"
        f"我找的第二个是一位工程师，他在一家外企。{BODY}\n我找的第三个是一位设计师。{BODY}\n"
        "谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert "points" not in spec or not spec["points"]


def test_a_list_that_counts_another_thing_does_not_take_the_runs_next_count(tmp_path: Path) -> None:
    """第一点 (a point), then 我给我定的第一个目标… inside it, then 第二个建议…: the second point, not the
    goal list's second item."""
    text = (
        "在大学毕业典礼上的演讲\n同学们：\n我给大家提两点建议。\n"
        f"我觉得第一点是什么呢？要永远相信梦想的力量。{BODY}\n"
        f"我给我定的第一个目标就是两年修完所有课程。{BODY}\n{BODY}\n"
        f"第二个建议就是要坚持下去。{BODY}\n{BODY}\n"
        "谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    points = spec["points"]
    assert headings(points) == ["要永远相信梦想的力量", "要坚持下去"]
    assert "items" not in points[0]


def test_a_list_said_in_one_paragraph_then_developed_is_read_once(tmp_path: Path) -> None:
    text = (
        "在行政服务变革汇报会上的讲话\n"
        "一、行政服务按基线管理\n"
        "这次变革，有三点要让员工知道：第一点，对基线要理解；第二点，对自己的生活要投资；第三点，对他人要关怀。\n"
        f"第一，我们要明确基线的定义。{BODY}\n第二，要指导员工投资自己的生活。{BODY}\n第三，要鼓励员工关怀他人。{BODY}\n"
        f"二、加强自主管理\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    first = spec["points"][0]
    assert headings(first["items"]) == ["我们要明确基线的定义", "要指导员工投资自己的生活", "要鼓励员工关怀他人"]
    assert "第一点，对基线要理解" in first["intro"][0]


def test_a_list_said_in_one_paragraph_and_not_developed_stays(tmp_path: Path) -> None:
    """(near miss) The same list with no paragraphs developing it after: it is the point's list."""
    text = (
        "在行政服务变革汇报会上的讲话\n"
        "一、行政服务按基线管理\n"
        "这次变革，有三点要让员工知道：第一点，对基线要理解；第二点，对自己的生活要投资；第三点，对他人要关怀。\n"
        f"{BODY}\n二、加强自主管理\n{BODY}\n"
    )
    read = read_copy(tmp_path, text)
    assert outline_levels(read)[1] == ["对基线要理解；", "对自己的生活要投资；", "对他人要关怀。"]
    # (in the spec the list stays in the point's paragraph as written: a template would print each item apart)
    spec, _ = mine(tmp_path, text)
    assert "items" not in spec["points"][0]
    assert spec["points"][0]["intro"][0] == text.split("\n")[2]


def test_a_heading_sentence_naming_its_subject_twice_after_a_comma_is_whole(tmp_path: Path) -> None:
    heading = "行政服务应大量实行外包管理，选择优质行政服务供应商，减少供应商数量"
    text = (
        "在行政服务变革汇报会上的讲话\n"
        f"一、行政服务按基线管理。\n{BODY}\n二、{heading}。\n{BODY}\n三、加强自主管理。\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["行政服务按基线管理", heading, "加强自主管理"]


def test_a_heading_glued_to_text_that_repeats_its_words_is_still_cut(tmp_path: Path) -> None:
    """(near miss) 二、2025年工作的简要回顾2025年应该说是…: the text opens with the heading's words again, no comma
    before: the heading ends there."""
    text = (
        "在全县教育工作会议上的讲话\n同志们：\n"
        f"一、统一思想\n{BODY}\n二、2025年工作的简要回顾2025年应该说是不平凡的一年。{BODY}\n三、明确任务\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1] == "2025年工作的简要回顾"


def test_an_article_the_page_appends_under_a_bracketed_tag_is_not_the_speech(tmp_path: Path) -> None:
    """【蓝血文章】 / 【延伸阅读】 on a line of its own after the speech: an article the page appends, with its own
    numbered rules, none of them the last point's."""
    for tag in ("【蓝血文章】", "【延伸阅读】"):
        text = (
            "在公司激励工作汇报会上的讲话\n"
            f"一、落实获取分享制\n{BODY}\n二、非物质激励要让多数人变成先进\n{BODY}\n"
            f"{tag}\n《揭开虚拟股的退出机制》\n员工因故需要退出的，规定如下：\n"
            "1、在职人员，每年可以卖四分之一；\n2、公司困难时期，员工不能卖；\n3、退休可以保留一部分。\n"
        )
        spec, report = mine(tmp_path, text, name=f"speech{len(tag)}{tag[1]}.txt")
        assert headings(spec["points"]) == ["落实获取分享制", "非物质激励要让多数人变成先进"]
        assert "items" not in spec["points"][1]
        assert "文末附件" in report
