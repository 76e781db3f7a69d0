"""A mobile page's top bar (< 返回        领导讲话        分享) is the page's, dropped: its share button names no speaker,
and the byline under the title does (hq14 of the everyday suite); a line that opens with 返回 words of the speech stays."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

PAGE = (
    "{bar}\n安远县人民政府门户网站 · 移动版\n在全县民生实事项目推进会上的讲话\n发布时间：2023-05-18   信息来源：县政府办   阅读：967次\n"
    "袁志刚\n同志们：\n今年县“两会”确定了十件民生实事，我讲两点意见。\n第一点，关于认识问题。民生实事是县委、县政府向全县人民作出的承诺。\n"
    "第二点，关于进度问题。对在建的项目，要倒排工期，挂图作战，确保年底前全部完工。\n同志们，民生无小事，让我们把好事办好、实事办实！\n"
)


def test_a_mobile_top_bar_is_dropped(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, PAGE.format(bar="< 返回                 领导讲话                 分享"))
    assert spec["speaker"] == "袁志刚"
    assert "网页导航" in report


def test_a_bar_without_its_back_button_is_not_taken_for_one(tmp_path: Path) -> None:
    # near miss: 返回 not after a back arrow: no top bar rule applies to the line
    spec, report = mine(tmp_path, PAGE.format(bar="返回乡村，建设家园"))
    assert "网页导航" not in report
