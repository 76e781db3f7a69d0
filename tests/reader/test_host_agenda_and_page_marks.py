"""A host script's agenda said as 第一项议程：… on lines of its own (vp25 of the everyday suite), or as 下面，进行仪式第一项：
(vj20), is an agenda: it gives way to the host's own points, also when they come between its items (…进行第五项，请董事长
讲话。… 第一，… 第二，… 第三，… 下面，进行第六项，…: vp24). A WeChat article's keycap digits (1️⃣渠道在变。: vt02) number
a list as 1. 2. 3. do; 以下是吴振宇校长的讲话： over the speech is the page's line, no title (vo13).
Near miss: an agenda with no points of the host's after it stays the points, as before."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

HOST_POINTS = (
    "同志们，刚才，县长对今年的工作作了具体部署，我完全同意。下面，我讲三点意见。\n\n"
    "1．迅速传达学习，把思想统一到县委决策部署上来\n\n会后，各乡镇、各部门要迅速召开专题会议，认真传达学习本次会议精神。\n\n"
    "2．细化任务分解，把各项工作落实到具体项目上来\n\n今年的目标任务已经明确，关键是要把任务细化为具体项目。\n\n"
    "3．强化督查考核，把压力传导到每个环节上来\n\n县委、县政府将把乡村振兴工作纳入年度综合考核。\n\n"
    "同志们，乡村振兴使命光荣，让我们携手努力！现在散会。\n"
)
AGENDA = (
    "在全县农村工作会议上的主持词\n\n同志们：\n\n今天召开全县农村工作会议。会议共有三项议程，我逐项主持。\n\n"
    "第一项议程：宣读表彰决定并颁奖\n\n请县委常委宣读表彰决定。\n\n"
    "第二项议程：县长讲话\n\n请县长作部署讲话，大家欢迎！\n\n"
    "第三项议程：县委书记讲话\n\n请县委书记作重要讲话，大家欢迎！\n\n"
)


def test_agenda_lines_give_way_to_the_hosts_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, AGENDA + HOST_POINTS)
    assert headings(spec["points"]) == [
        "迅速传达学习，把思想统一到县委决策部署上来", "细化任务分解，把各项工作落实到具体项目上来", "强化督查考核，把压力传导到每个环节上来"
    ]


def test_an_agenda_with_no_points_after_it_stays_the_points(tmp_path: Path) -> None:
    # near miss: the host makes no points of his own
    spec, _ = mine(tmp_path, AGENDA + "同志们，今天的会议开得很好。现在散会。\n")
    assert headings(spec["points"]) == ["宣读表彰决定并颁奖", "县长讲话", "县委书记讲话"]


def test_the_hosts_points_between_agenda_items_are_the_points(tmp_path: Path) -> None:
    text = (
        "安全生产月启动仪式主持词\n\n各位领导、同事们：\n\n启动仪式共有三项议程。\n\n"
        "下面，进行第一项，请安全环保部部长宣读活动方案。\n\n感谢贺部长。今年的安全生产月，公司将开展六项活动。\n\n"
        "下面，进行第二项，请董事长讲话。\n\n董事长的讲话站位高、要求严。在演练之前，我再讲三句话。\n\n"
        "第一，把“安全第一”刻在心上。安全生产，说起来人人都懂，但真正做到并不容易。\n\n"
        "第二，把规章制度落在手上。我们的安全操作规程，每一条都是用血的教训换来的。\n\n"
        "第三，把应急本领练在平时。会报警、会逃生、会自救，是每个员工的基本功。\n\n"
        "下面，进行第三项，开展应急疏散演练。\n\n启动仪式到此结束，谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["把“安全第一”刻在心上", "把规章制度落在手上", "把应急本领练在平时"]


def test_keycap_digits_number_a_list(tmp_path: Path) -> None:
    text = (
        "同志们：\n\n一、市场在变，我们要跟着变\n\n这一年，市场发生了很大变化。\n\n"
        "1️⃣渠道在变。社区团购、即时零售发展很快。\n\n2️⃣消费者在变。年轻妈妈更看重配料表。\n\n3️⃣竞争在变。大品牌纷纷下沉。\n\n"
        "二、我们对伙伴的承诺\n\n价格体系稳如磐石，新品支持真金白银。\n\n同志们，让我们携手共进！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"][0]["items"]) == ["渠道在变", "消费者在变", "竞争在变"]


def test_a_line_saying_whose_speech_follows_is_no_title(tmp_path: Path) -> None:
    text = (
        "百日冲刺　决胜中考｜我校隆重举行中考百日誓师大会\n\n桐溪初中 2024-03-08 21:06 浙江\n\n"
        "3月8日下午，桐溪镇初级中学中考百日誓师大会在学校体育馆隆重举行。\n\n以下是吴振宇校长的讲话：\n\n"
        "亲爱的同学们：\n\n距离中考还有一百天。\n\n一要坚定信心。信心是成功的一半。\n\n二要科学备考。方法比苦干重要。\n\n"
        "同学们，一百天后，愿你们都能笑着走出考场！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "百日冲刺　决胜中考｜我校隆重举行中考百日誓师大会"
    assert spec["speaker"] == "吴振宇"
