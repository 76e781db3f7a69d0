"""Unnumbered part lines with a list under the first that its text counts by the things it names (自觉做到“三个学习”：
/ 抓好三件事：, round sm): the lines are the points, the list the first one's sub-points. Such a count in a paragraph
of the opening (有三个特点：一是…) brings in no points."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

AWARD = (
    "在全市劳动模范表彰大会上的讲话\n\n同志们、朋友们：\n\n"
    "今天，我们隆重召开全市劳动模范表彰大会，表彰为全市发展作出突出贡献的劳动模范。\n\n"
    "深入学习劳模精神，争做新时代的奋斗者\n\n劳模精神是社会主义核心价值观的生动体现。全市广大干部群众要以劳动模范为榜样，{intro}\n\n"
    "一是学习他们爱岗敬业、争创一流的职业操守。劳模们之所以成为劳模，首先在于他们对本职工作的热爱和执着，几十年如一日干一行、爱一行、钻一行、精一行。\n\n"
    "二是学习他们艰苦奋斗、勇于创新的进取精神。劳模们身上都有一股不服输、敢争先的劲头。\n\n"
    "三是学习他们淡泊名利、甘于奉献的高尚品格。劳模们从不计较个人得失。\n\n"
    "充分发挥示范作用，在高质量发展中再立新功\n\n荣誉属于过去，未来需要继续奋斗。希望受表彰的同志们珍惜荣誉、戒骄戒躁，继续在本职岗位上发挥好示范引领作用，带动身边更多的人爱岗敬业、建功立业，在全市高质量发展的主战场上再创佳绩。\n\n"
    "关心关爱广大劳动者，营造劳动光荣的社会风尚\n\n各级党委、政府要切实关心劳动模范的工作和生活，认真落实劳模各项待遇政策，定期组织劳模疗休养和健康体检，帮助困难劳模解决实际问题，让劳动者体面劳动、舒心工作、全面发展。\n\n"
    "同志们、朋友们，幸福都是奋斗出来的。让我们以劳动模范为榜样，为建设现代化城市努力奋斗！\n"
)
LINES = ["深入学习劳模精神，争做新时代的奋斗者", "充分发挥示范作用，在高质量发展中再立新功", "关心关爱广大劳动者，营造劳动光荣的社会风尚"]


def test_lines_over_a_list_their_text_counts_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, AWARD.format(intro="自觉做到“三个学习”："))
    assert headings(spec["points"]) == LINES
    assert len(spec["points"][0]["items"]) == 3


def test_lines_over_a_list_of_things_counted_unquoted(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, AWARD.format(intro="重点做到三个学习："))
    assert headings(spec["points"]) == LINES


def test_a_list_no_count_brings_in_stays_the_points(tmp_path: Path) -> None:
    # near miss: text under the line that counts nothing leaves the list the points, as before
    spec, _ = mine(tmp_path, AWARD.format(intro="自觉向他们学习。"))
    assert headings(spec["points"]) != LINES


COMMENT = (
    "在机关党支部组织生活会上的点评讲话\n\n同志们：\n\n今天我以普通党员身份参加支部组织生活会，很受教育。\n\n"
    "总的来看，这次组织生活会有三个特点：一是准备充分。会前支部组织党员集中学习。二是查摆深刻。大家都亮了短、揭了丑。"
    "三是批评有辣味。相互批评做到了点到要害。\n\n借这个机会，我再提几点希望。\n\n"
    "首先，要在学深悟透上持续用力。理论学习不是一阵子的事，而是一辈子的事。\n\n"
    "其次，要在整改落实上见到实效。开好组织生活会是第一步，抓好整改才是关键。\n\n"
    "最后，要在严守纪律上作出表率。发改部门手中有一定的项目审批权，更要守住底线。\n\n"
    "同志们，党的组织生活是党内政治生活的重要内容，希望大家持之以恒抓好整改。\n"
)


def test_a_count_of_things_in_the_opening_brings_in_no_points(tmp_path: Path) -> None:
    # near miss (hi12): 有三个特点：一是… in a paragraph of the opening; the points are the 首先 ones
    spec, _ = mine(tmp_path, COMMENT)
    assert headings(spec["points"]) == ["要在学深悟透上持续用力", "要在整改落实上见到实效", "要在严守纪律上作出表率"]
