"""Headings glued to their text with no mark between (一、坚持通道带物流当今世界，…), where no heading of the run ends
clearly to measure the others by: the surer words that open a sentence of text end a lead only when they end two
or more leads of the run, and the leads so cut then bound the rest; and more words that open such a text (集团上下要,
一是, 我知道, 县第十三次党代会以来，) after a run whose other headings end clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

ALL_GLUED = (
    "在西部开放合作推介会上的致辞\n各位来宾：\n大家好！借此机会，我讲四点想法。\n"
    "一、坚持通道带物流当今世界，谁握住了通道，谁就握住了发展的先手。我们将加密班列，完善多式联运体系。\n"
    "二、坚持物流带经贸通道建起来以后，关键是要让货物流起来、让企业留下来。我们将大力发展加工贸易。\n"
    "三、坚持经贸带产业产业是经济的根基。我们欢迎各位企业家来这里投资兴业，共同把产业链做长做强。\n"
    "四、坚持开放带共赢西部开放不是一家一地的事，需要沿线各地携手推进，共同把市场做大。\n"
    "谢谢大家！\n"
)


def test_a_run_glued_throughout_is_cut_where_its_text_opens(tmp_path: Path) -> None:
    # (当今世界 and the heading's 产业 as the subject of 是 end two leads; those two bound the other two, all of one
    # length with 坚持 and 带 in the same places)
    spec, _ = mine(tmp_path, ALL_GLUED)
    assert headings(spec["points"]) == ["坚持通道带物流", "坚持物流带经贸", "坚持经贸带产业", "坚持开放带共赢"]


def test_one_such_word_alone_cuts_no_lead(tmp_path: Path) -> None:
    # near miss: only the first lead holds a word that opens text; one chance word in a run of heading sentences
    # is no evidence, so every lead keeps its whole first sentence
    text = (
        "在纪念座谈会上的讲话\n同志们：\n今天我们在这里座谈。\n"
        "一、学习他坚定的理想信念当今世界，变局加速演进，更要坚定信念。\n"
        "二、学习他深厚的为民情怀，始终把群众的冷暖放在心上。\n"
        "三、学习他严谨的治学态度，在每一项研究中一丝不苟。\n"
        "同志们，让我们以他为榜样，奋力前行！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "学习他坚定的理想信念当今世界，变局加速演进，更要坚定信念。",
        "学习他深厚的为民情怀，始终把群众的冷暖放在心上。",
        "学习他严谨的治学态度，在每一项研究中一丝不苟。",
    ]


def test_a_verbs_object_opens_no_text(tmp_path: Path) -> None:
    # near miss: 告诉我们 / 从1949年到1966年， hold 我们 and a year as a verb's or a preposition's object
    text = (
        "在农科院建院六十五周年大会上的讲话\n同志们：\n今天我们隆重集会。\n"
        "一、六十五年的奋斗历程告诉我们，农业科技必须围绕国家需求，把论文写在大地上。\n"
        "二、六十五年的奋斗历程告诉我们，一支甘于寂寞的人才队伍是最宝贵的财富。\n"
        "三、六十五年的奋斗历程告诉我们，改革创新是推动农科事业发展的不竭动力。\n"
        "同志们，让我们继往开来！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [h[:14] for h in headings(spec["points"])] == ["六十五年的奋斗历程告诉我们，"] * 3


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("三、切实转变工作作风集团上下要牢固树立效益优先的理念，各级领导干部要带头深入一线。", "切实转变工作作风"),
        ("三、存在的不足和下步打算一是对大数据运用还不够深，二是年轻干部培养力度还需加大。", "存在的不足和下步打算"),
        ("三、对大家意味着什么我知道，每一次调整，大家最关心的都是自己会怎么样。", "对大家意味着什么"),
        ("三、过去五年工作回顾县第十三次党代会以来，县委团结带领全县干部群众，经受住了多重考验。", "过去五年工作回顾"),
    ],
)
def test_more_words_open_a_glued_text(tmp_path: Path, glued: str, heading: str) -> None:
    # (the run's other two headings are lines of their own and bound the glued one)
    text = (
        "在集团年度工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n"
        "一、正确认识当前经营形势\n过去一年，集团经营总体平稳，收入保持增长。\n"
        "二、扎实抓好今年经营重点\n今年要抓好项目建设和市场开拓。\n"
        f"{glued}\n"
        "同志们，任务已经明确，关键在于落实。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["正确认识当前经营形势", "扎实抓好今年经营重点", heading]


def test_a_glued_lead_takes_the_shape_its_clear_siblings_share_from_their_ends(tmp_path: Path) -> None:
    # (坚守…的根本原则 / 坚守…的发展方向 end clearly, of two lengths: 坚守 first and 的 five from the end; the glued
    # lead takes that shape at one length only)
    text = (
        "在纪念日报创刊七十五周年座谈会上的讲话\n同志们：\n今天我们在这里座谈，回顾历程，共谋发展。\n"
        "一、坚守政治家办报的根本原则\n七十五年来，报社始终坚持党管媒体。\n"
        "二、坚守人民至上的价值追求日报的历史，是一部为人民鼓与呼的历史，一代代报人走村串户。\n"
        "三、坚守守正创新的发展方向\n媒体融合是必答题，要加快建设全媒体传播体系。\n"
        "同志们，让我们共同努力，把报纸办得更好！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["坚守政治家办报的根本原则", "坚守人民至上的价值追求", "坚守守正创新的发展方向"]


def test_siblings_alike_only_at_their_start_give_no_shape(tmp_path: Path) -> None:
    # near miss: 坚持… headings of different lengths share nothing counted from their ends; the glued lead is left
    text = (
        "在文艺工作座谈会上的讲话\n同志们：\n今天请大家来座谈。\n"
        "一、坚持以人民为中心的创作导向\n文艺要反映好人民心声。\n"
        "二、坚持把社会效益放在首位文艺作品是精神产品，要把社会效益放在首位，做到两个效益相统一。\n"
        "三、坚持德艺双馨的职业修为\n文艺工作者要讲品位、讲格调、讲责任。\n"
        "同志们，希望大家多出精品力作！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1].startswith("坚持把社会效益放在首位文艺作品是精神产品")


def test_dash_leads_glued_to_their_text_are_cut_as_headings_are(tmp_path: Path) -> None:
    # (——在…上再加力 glued to its text: 今年， and 我们 open two texts, the two so cut bound the others)
    text = (
        "在县委全会上的表态发言\n各位领导，同志们：\n刚才，县委书记作了讲话，我们坚决拥护。下面，我表四点态。\n"
        "——在抓项目上再加力今年，我镇共承担县级重点项目38个，年度计划投资42亿元。\n"
        "——在优环境上再加力我们将全面推行“镇村帮办”服务，建立企业诉求48小时响应机制。\n"
        "——在惠民生上再加力镇里确定的10件民生实事，件件都是群众最关心的事。\n"
        "——在强党建上再加力坚持抓党建促发展，让村党组织书记晒业绩、比干劲。\n"
        "各位领导，同志们，目标已经明确，关键在于落实。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["在抓项目上再加力", "在优环境上再加力", "在惠民生上再加力", "在强党建上再加力"]


def test_a_sub_points_lead_runs_on_as_its_sentence(tmp_path: Path) -> None:
    # near miss: 第一，… leads under a point are sentences of their item, whatever follows their comma
    text = (
        "在公司干部大会上的讲话\n同志们：\n今天讲两个问题。\n"
        "一、关于人力资源\n"
        "第一，公司保持每年招进优秀毕业生，高级干部要亲自去面试，把握住招聘质量。否则招进来再淘汰，太浪费。\n"
        "第二，人力资源体系的优秀干部要提拔，人力资源能力是我们公司的宝贵财富。过去的政策太苛刻了。\n"
        "二、关于干部作风\n干部要带头吃苦。\n"
        "同志们，让我们一起努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [i["heading"] for i in spec["points"][0]["items"]] == [
        "公司保持每年招进优秀毕业生，高级干部要亲自去面试，把握住招聘质量",
        "人力资源体系的优秀干部要提拔，人力资源能力是我们公司的宝贵财富",
    ]


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        # (the text takes up 卫生健康 as its subject, said with its time and place: 今年全县… opens the text)
        ("二、突出工作重点，全力推动卫生健康事业高质量发展今年全县卫生健康工作总的要求是：以群众健康需求为导向，以医共体建设为抓手。", "突出工作重点，全力推动卫生健康事业高质量发展"),
        ("二、突出工作重点，全力推动卫生健康事业高质量发展这一年，是全县卫生健康事业爬坡过坎的一年，成绩来之不易。", "突出工作重点，全力推动卫生健康事业高质量发展"),
        ("二、突出工作重点，全力推动卫生健康事业高质量发展今年《政府工作报告》确定的十件卫生健康实事，要逐项抓好落实。", "突出工作重点，全力推动卫生健康事业高质量发展"),
    ],
)
def test_a_time_opens_the_glued_text(tmp_path: Path, glued: str, heading: str) -> None:
    text = (
        "在全县卫生健康工作会议上的讲话\n同志们：\n下面，我讲三点意见。\n"
        "一、回顾过去一年，全县卫生健康事业取得新进展\n过去一年，全县医共体建设有序推进。\n"
        f"{glued}\n"
        "三、加强自身建设，打造一支群众满意的卫生健康队伍\n要持续改进作风。\n"
        "同志们，让我们共同努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1] == heading


NURSES = (
    "在护士节座谈会上的讲话\n同志们：\n今天是护士节。我给大家提三点希望。\n"
    "一、坚守仁心\n护理工作是有温度的工作。\n"
    "二、精进技术\n医学发展很快，护理技术也要跟上。\n"
    "三、{third}\n"
    "同志们，祝大家节日快乐！\n"
)


def test_two_clear_headings_of_one_length_bound_a_glued_third(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, NURSES.format(third="关爱自己护理工作强度大、夜班多，大家常常顾不上照顾自己和家人。"))
    assert headings(spec["points"]) == ["坚守仁心", "精进技术", "关爱自己"]


def test_two_clear_headings_with_commas_give_no_length(tmp_path: Path) -> None:
    # near miss: two-clause headings of one length (坚持…，推动…) say nothing of a one-clause lead's length
    text = (
        "在主题教育总结会议上的讲话\n同志们：\n下面讲三点。\n"
        "一、坚持理论武装，推动学习走深走实\n各级党组织开展集中学习。\n"
        "二、坚持问题导向，推动整改见底见效\n共检视问题126个。\n"
        "三、健全长效机制巩固主题教育成果要把形成的好经验好做法固化下来，形成长效机制。\n"
        "同志们，让我们继续努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[2] != "健全长效机制巩固主题教育成果要"  # (their length, fifteen, cuts mid-word)


def test_two_clear_headings_alike_in_a_place_give_their_length_only_to_a_lead_alike_there(tmp_path: Path) -> None:
    # near miss: 过去一年的工作回顾 / 养老服务的重点任务 have 的 fifth; 加强对助餐服务的领导… has it elsewhere, and
    # 首先要肯定，… has a clause that ends just past the pair's length: neither is cut at it
    for lead in ("加强对助餐服务的领导这次会议以后要抓紧落实。", "首先要肯定，风控中心成立四年以来，从无到有，做了很多贡献。"):
        text = (
            "在养老服务工作会议上的讲话\n同志们：\n下面讲三点。\n"
            "一、过去一年的工作回顾\n全区新建日间照料中心十二个。\n"
            f"二、{lead}\n"
            "三、养老服务的重点任务\n要把居家养老放在突出位置。\n"
            "同志们，让我们共同努力！\n"
        )
        spec, _ = mine(tmp_path, text)
        assert headings(spec["points"])[1] == lead
