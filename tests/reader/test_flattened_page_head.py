"""A web page that lost its line breaks runs the speech's head into its first words: 县委副书记、县长　周建平（2024年
1月10日）同志们：这次… / 在…上的讲话市长　罗启明（2023年1月18日）同志们：今天… / （2024年2月19日）同志们：今天…
(is01, is02, is14, is21 of the everyday suite): the byline, the title glued before it, the date and the salutation
are read apart. Near miss: a sentence that names someone before 同志们 (今天的会议很重要，县长　周建平同志们：) is no byline."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = (
    "这次全县经济工作会议，是经县委同意召开的一次重要会议。下面，我讲三点意见。\n"
    "一、正确看待当前经济形势\n去年全县经济运行总体平稳，主要指标好于预期。\n"
    "二、突出抓好今年重点工作\n要抓项目、抓招商、抓环境，确保一季度开门红。\n"
    "三、切实转变工作作风\n各级干部要少开会、多下去，把时间用在抓落实上。\n"
    "同志们，让我们真抓实干，奋力完成全年目标任务！\n"
)


def test_a_byline_and_date_glued_to_the_salutation(tmp_path: Path) -> None:
    head = "在全县经济工作会议上的讲话\n县委副书记、县长　周建平（2024年1月10日）同志们："
    spec, _ = mine(tmp_path, head + BODY)
    assert (spec["speaker"], spec.get("salutation", "同志们")) == ("周建平", "同志们")  # (同志们 is the spec's default)
    assert str(spec["date"]) == "2024-01-10"
    assert len(spec["points"]) == 3


def test_a_title_and_byline_glued_to_the_salutation(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在全镇经济工作会议暨表彰大会上的讲话镇党委书记　潘晓燕同志们、各位企业家朋友：" + BODY)
    assert spec["title"] == "在全镇经济工作会议暨表彰大会上的讲话"
    assert spec["speaker"] == "潘晓燕"
    assert spec["salutation"] == "同志们、各位企业家朋友"


def test_a_date_glued_to_the_salutation(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在市政府第五次全体会议上的讲话\n（2024年2月19日）同志们：" + BODY)
    assert str(spec["date"]) == "2024-02-19"
    assert spec.get("salutation", "同志们") == "同志们"
    assert not spec["opening"].get("paragraphs", [""])[0].startswith("（2024")


def test_a_sentence_before_the_salutation_is_no_byline(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在全县经济工作会议上的讲话\n今天的会议很重要，县长　周建平同志们：" + BODY)
    assert "speaker" not in spec
