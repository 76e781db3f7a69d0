"""A paragraph of its own that brings in a list as more, besides what was said (同时，要着力抓好以下三项基础性工作。),
after the last heading of a point's list and that heading's own 1. 2. 3., opens a list of the point's, beside its
first list: not one inside the last heading (the stop-51 work, on round yt's union congress report)."""

from __future__ import annotations

from tests.reader.mining import outline_of

TEXT = "要结合实际制定具体方案，明确时间表和责任人，确保各项任务落地见效。"


def _sub_points(intro: str) -> list[str]:
    outline = outline_of(
        "在市总工会第十五次代表大会上的报告",
        "各位代表：",
        "现在，我代表市总工会第十四届委员会向大会作报告，请予审议。",
        "一、今后五年的目标任务",
        "今后五年，全市各级工会要紧紧围绕市委中心工作，团结动员广大职工建功新时代。",
        "（一）着力强化思想政治引领",
        "1.深化理论武装。" + TEXT,
        "2.弘扬劳模精神。" + TEXT,
        "（二）着力深化工会改革创新",
        "1.扩大组织覆盖。" + TEXT,
        "2.激发基层活力。" + TEXT,
        intro,
        "一是抓好工会法治建设。" + TEXT,
        "二是抓好工会经费保障。" + TEXT,
        "三是抓好工会理论研究。" + TEXT,
        "二、切实加强工会自身建设",
        "各级工会要加强政治建设、能力建设和作风建设，努力建设让党放心、让职工满意的工会组织。",
        "各位代表，让我们更加紧密地团结在党的周围，为建设现代化城市贡献工会力量！",
    )
    return [n.heading.rstrip("。") for n in outline.points[0].children]


def test_a_list_brought_in_as_more_stands_beside_the_first() -> None:
    assert _sub_points("同时，要着力抓好以下三项基础性工作。") == [
        "着力强化思想政治引领", "着力深化工会改革创新", "抓好工会法治建设", "抓好工会经费保障", "抓好工会理论研究",
    ]


def test_a_list_brought_in_without_more_stays_under_the_last_heading() -> None:
    # near miss: 要着力抓好以下三项工作。 says no "besides": the list is the last heading's
    assert _sub_points("激发基层活力，要着力抓好以下三项工作。") == ["着力强化思想政治引领", "着力深化工会改革创新"]
