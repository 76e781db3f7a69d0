"""A school site's page copied whole (stop 64: blind54's parent-school lecture) prints its menu of short lines, then a
sidebar of recommended articles (推荐阅读 and its dated list), then the breadcrumb (当前位置：首页 > … > 专题讲座), the
channel's name again, and only then the lecture's title and text. Nothing of substance comes before the sidebar, so it
ends no article; the breadcrumb says where the article starts, and the channel named again under it is the page's."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

MENU = "".join(f"{word}\n" for word in ("首页", "学校概况", "新闻中心", "校园公告", "教师风采", "德育之窗", "家校合力", "专题讲座", "学生天地", "联系我们"))
SIDEBAR = "推荐阅读\n春天里的读书会[04-01]\n与书为友的日子[11-28]\n青春的模样[05-13]\n"
HEAD = "当前位置：首页 > 家校合力 > 专题讲座\n专题讲座\n做孩子成长路上的同行者——家长学校第一讲实录\n来源：本站原创 发布时间：2024-05-20\n"
TEXT = "孩子的成长离不开家庭，父母是孩子的第一任老师。今天和各位家长交流几点体会，说得不对的地方，请大家批评指正。我们常说，家庭是孩子的第一所学校。"
PART = "家庭里的一言一行，孩子都看在眼里、记在心里。父母希望孩子成为什么样的人，自己先要成为那样的人，这比说多少道理都管用。我们要多陪伴、少说教，多倾听、少指责。"
LECTURE = (
    f"{TEXT}\n把品德放在第一位——品格教育\n{PART}\n{PART}\n让孩子热爱生活——情感教育\n{PART}\n{PART}\n"
    f"多一些肯定和鼓励——赏识教育\n{PART}\n{PART}\n各位家长，教育是一场温柔的坚持，愿我们都做孩子成长路上的同行者。谢谢大家！\n"
)
FOOT = "【打印正文】\n上一篇：春天里的读书会\n下一篇：青春的模样\n网站地图\n"


def test_the_lecture_after_a_sidebar_and_a_breadcrumb_is_read(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, MENU + SIDEBAR + HEAD + LECTURE + FOOT, "page.txt")
    assert spec["title"] == "做孩子成长路上的同行者——家长学校第一讲实录"
    assert headings(spec["points"]) == ["把品德放在第一位——品格教育", "让孩子热爱生活——情感教育", "多一些肯定和鼓励——赏识教育"]
    assert "学校概况" in report and "推荐阅读" in report  # (the page's lines are listed as dropped, none lost silently)


def test_a_sidebar_after_the_lecture_still_ends_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + LECTURE + SIDEBAR + FOOT, "page.txt")
    assert headings(spec["points"]) == ["把品德放在第一位——品格教育", "让孩子热爱生活——情感教育", "多一些肯定和鼓励——赏识教育"]
    assert "春天里的读书会" not in str(spec)
