"""最后， after a count of 首先 (or 第一，) that holds a 一是 list in one of its items (首先，… / 其次，… 一是…四是… /
再次，… / 最后，…, he13 of the everyday suite) ends the outer count: the points are 首先…最后, the 一是 list the
sub-points of 其次. With no outer count, 最后，要… still ends a 一是 list (一是…四是… / 最后，要始终绷紧…)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在市交通运输局2023年度总结表彰会上的讲话\n局长  彭德明\n同志们：\n一年一度的总结表彰会又到了，我代表局党组，向受表彰的先进集体和个人表示热烈祝贺！\n"
LIST = (
    "一是加快推进重点交通项目建设。今年计划完成交通投资85亿元，续建和新开工项目共32个，要倒排工期、挂图作战。\n"
    "二是着力提升运输服务水平。要加快推进城乡公交一体化，年底前全市城乡公交一体化率达到85%以上。\n"
    "三是持续抓好安全生产。要深入开展重点领域的安全隐患排查整治，严格落实车辆动态监控。\n"
    "四是深化交通运输领域改革。要推进交通综合执法改革，进一步规范执法行为，让群众和企业少跑腿。\n"
)
LAST = "最后，始终绷紧廉洁自律这根弦。交通系统项目多、资金多，廉政风险点也多，大家一定要警钟长鸣。\n"
END = "以上意见，供大家参考。祝大家节日愉快、身体健康、工作顺利！\n"


def test_最后_ends_the_outer_count_around_a_一是_list(tmp_path: Path) -> None:
    text = HEAD + (
        "首先，充分肯定全局一年来的工作成绩。过去的一年，全局上下干了不少大事、难事，全年完成交通投资78.5亿元。\n"
        "其次，准确把握今年工作的重点。今年交通运输工作任务十分繁重，我们重点抓好四个方面。\n"
    ) + LIST + "再次，切实加强干部队伍建设。交通工作的成效，最终取决于干部队伍的素质，要加大年轻干部培养力度。\n" + LAST + END
    spec, _ = mine(tmp_path, text)
    points = spec["points"]
    assert headings(points) == ["充分肯定全局一年来的工作成绩", "准确把握今年工作的重点", "切实加强干部队伍建设", "始终绷紧廉洁自律这根弦"]
    assert headings(points[1]["items"]) == ["加快推进重点交通项目建设", "着力提升运输服务水平", "持续抓好安全生产", "深化交通运输领域改革"]


def test_最后_ends_a_一是_list_with_no_outer_count(tmp_path: Path) -> None:
    # near miss: no 首先 count around the list: 最后，要… is the list's last item
    text = HEAD + "今年交通运输工作任务十分繁重，我讲几点要求。\n" + LIST + LAST.replace("最后，", "最后，要") + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "加快推进重点交通项目建设", "着力提升运输服务水平", "持续抓好安全生产", "深化交通运输领域改革", "要始终绷紧廉洁自律这根弦"
    ]
