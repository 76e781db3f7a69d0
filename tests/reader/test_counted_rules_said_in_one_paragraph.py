"""A short talk whose points are a list the speaker counts as his own inside one paragraph: 我强调三条：第一条，…。第二条，…。
(条 counts parts as 点 does) and 我提三点要求，不展开讲：一是…。二是…。 whose items open unlike. Not a list that says what
another's words mean (这句话有两层意思：一是…；二是…。) in a speech whose points come later."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

RULES = [
    "第一条，煤气区域作业必须先检测、再作业，没有合格单谁也不准进。",
    "第二条，高处作业必须系好安全带，挂在牢固的地方，不许抱侥幸心理。",
    "第三条，动火必须办票，监护人不离开现场，作业完了确认没有火种再撤。",
]


def test_three_rules_counted_with_tiao(tmp_path: Path) -> None:
    text = (
        "二号转炉检修开工前安全讲话\n\n炼钢厂检修车间主任　孙立军\n\n工友们：\n\n"
        "今天开始，二号转炉进入为期十天的年度检修，交叉作业多、外委队伍多，风险比平时大得多。开工之前，我强调三条："
        + "".join(RULES)
        + "\n\n这三条，都是拿教训换来的。前年兄弟单位检修时就出过事。\n\n工期再紧，安全也不能抢。各班组按分工进场，平平安安回家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [r[4:].rstrip("。") for r in RULES]


def test_three_demands_that_open_unlike(tmp_path: Path) -> None:
    items = [
        "一是各年级组要在周五前完成新生分班和课表编排，不能让学生开学第一天找不到教室。",
        "二是总务处把食堂、宿舍、饮水机再过一遍，消毒记录要挂在墙上。",
        "三是德育处要上好开学第一课，安全教育和心理排查一起抓，发现情绪异常的学生及时告诉班主任。",
    ]
    text = (
        "校长在开学前行政会上的讲话\n\n明德中学校长　钱秀兰\n\n各位行政人员：\n\n"
        "开学前的准备工作大体就绪，我提三点要求，不展开讲：" + "".join(items) + "\n\n新学期，请大家带好头、做好样。谢谢！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [item[2:].rstrip("。") for item in items]


def test_what_a_saying_means_is_no_list_of_points(tmp_path: Path) -> None:
    points = ["坚定理想信念，把准人生航向", "勤于学习思考，尽快进入角色", "严守纪律规矩，守住廉洁底线"]
    body = "".join(
        f"{label}、{p}\n\n这一点，我想多说几句。新同志到岗以后，要在实践中不断磨炼，遇到难题多向老同志请教，不要怕问，也不要怕错。\n\n"
        for label, p in zip("一二三", points, strict=True)
    )
    text = (
        "在新录用公务员入职培训班上的讲话\n\n同志们：\n\n"
        "我刚参加工作时，老主任对我说过一句话。后来我慢慢明白了，老主任这句话有两层意思：一是要先学习，把政策弄懂；"
        "二是要到群众中去，把情况弄清。今天，我也给大家提几点希望。\n\n" + body + "同志们，希望大家不负韶华，谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == points
