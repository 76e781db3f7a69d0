"""Forms of party-building and discipline meetings' speeches (everyday round c): a byline listing offices with a
comma, 以上反馈意见，… and 我的表态完毕。 as closing words, a speech with no points that ends with a spoken end, and a
Markdown list of bold-led items under a heading; each with a near miss that keeps its reading. Our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "今天召开这次会议，主要是通报近年来查处的典型案件，深入开展警示教育，推动全面从严治党向纵深发展。"
POINTS = "\n\n".join(["一、廉政风险不容忽视", TEXT, "二、要筑牢思想防线", TEXT])


def test_a_byline_that_lists_offices_with_a_comma_names_the_speaker(tmp_path: Path) -> None:
    byline = "市委常委、秘书长，市直机关工委书记　罗晓峰"
    spec, _ = mine(tmp_path, f"在市直机关警示教育大会上的讲话\n\n{byline}\n\n同志们：\n\n{TEXT}\n\n{POINTS}\n\n同志们，让我们共同努力！")
    assert (spec["speaker"], spec["speaker_title"]) == ("罗晓峰", "市委常委、秘书长，市直机关工委书记")


def test_a_line_of_text_with_a_comma_is_no_byline(tmp_path: Path) -> None:
    # near miss: 今天，我们召开会议　… has a comma and a space but names no office
    line = "今天，市直机关工委召开会议　张某"
    spec, _ = mine(tmp_path, f"在市直机关警示教育大会上的讲话\n\n{line}\n\n同志们：\n\n{TEXT}\n\n{POINTS}\n\n同志们，让我们共同努力！")
    assert not spec.get("speaker")


def test_feedback_and_a_pledge_end_as_closing_words(tmp_path: Path) -> None:
    for last in ("以上反馈意见，请镇党委认真研究，制定整改方案，在两个月内报送整改情况。", "我的表态完毕。"):
        spec, _ = mine(tmp_path, f"在巡察反馈会上的讲话\n\n同志们：\n\n{TEXT}\n\n{POINTS}\n\n{last}")
        assert spec["closing"] == [last]


def test_a_speech_with_no_points_that_ends_with_a_spoken_end(tmp_path: Path) -> None:
    last = "市国资委党委将对集团整改落实情况进行跟踪督导。就讲这些。"
    body = "\n\n".join([TEXT, "希望集团领导班子会后抓紧把查摆的问题梳理成整改清单，明确责任人和完成时限。", last])
    spec, _ = mine(tmp_path, f"在市水务集团民主生活会上的讲话\n\n同志们：\n\n{body}")
    assert spec["closing"] == [last]
    # near miss: the same last paragraph with no spoken end stays the speech's text
    plain = body.replace("就讲这些。", "")
    spec, _ = mine(tmp_path, f"在市水务集团民主生活会上的讲话\n\n同志们：\n\n{plain}")
    assert not spec.get("closing")


REVIEW = "# 在述职评议会上的点评讲话\n\n同志们：\n\n" + TEXT + "\n\n**一、总体评价**\n\n" + TEXT + "\n\n**二、逐一点评**\n\n"
ITEMS = ["- **物流公司党委：**党建品牌特色鲜明，在保通保畅中发挥了战斗堡垒作用。", "- **地产公司党委：**在保交楼任务中党组织冲锋在前，值得肯定。"]
END = "\n\n**三、几点要求**\n\n" + TEXT + "\n\n同志们，让我们共同努力！"


def test_a_markdown_list_of_bold_led_items_under_a_heading_is_its_sub_points(tmp_path: Path) -> None:
    # - **物流公司党委：**… (c16; and - **投身科技创新。**… under ## 二、, n12): the writer's list, its bold leads the headings
    spec, _ = mine(tmp_path, REVIEW + "\n".join(ITEMS) + END, "review.md")
    assert headings(spec["points"][1]["items"]) == ["物流公司党委：", "地产公司党委："]


def test_bold_led_paragraphs_or_a_lone_bold_led_item_stay_text(tmp_path: Path) -> None:
    # near misses: the same leads as paragraphs (no list), or one list item alone
    paragraphs, _ = mine(tmp_path, REVIEW + "\n\n".join(item[2:] for item in ITEMS) + END, "review.md")
    lone, _ = mine(tmp_path, REVIEW + ITEMS[0] + END, "review.md")
    assert "items" not in paragraphs["points"][1] and "items" not in lone["points"][1]


def test_bold_led_list_items_under_an_unnumbered_heading_are_its_sub_points(tmp_path: Path) -> None:
    # ## 一年来的主要成绩 (no number) over - **项目建设实现新突破**… items (f19)
    text = ("# 在区委全会上的讲话\n\n同志们：\n\n" + TEXT + "\n\n## 一年来的主要成绩\n\n" + "\n".join(ITEMS)
            + "\n\n## 当前面临的问题\n\n" + TEXT + "\n\n## 明年的重点工作\n\n" + TEXT + "\n\n同志们，让我们共同努力！")
    spec, _ = mine(tmp_path, text, "plenum.md")
    assert headings(spec["points"][0]["items"]) == ["物流公司党委：", "地产公司党委："]
