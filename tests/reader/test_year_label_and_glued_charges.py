"""A heading numbered 2、 that opens with a year (2、2024年重点工作, hi23 of the everyday suite) is a heading as 一、2024年… is;
2、40多年 is none. In a run whose other headings end clearly, a short heading that opens with a verb and closes with a
word headings close with ends before the text's 要 glued to it (强化要素保障要坚持…, hi07), and a heading ends before a
list of charges each said with its verb (…的浓厚氛围抓招商、抓项目，…, hj03); 各级干部要… is a sentence's subject."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine


def test_an_arabic_label_before_a_year_opens_a_heading(tmp_path: Path) -> None:
    text = (
        "在市第一人民医院2023年度工作总结暨表彰大会上的讲话\n何振宇\n各位同事：\n大家下午好！今天我们召开年度工作总结暨表彰大会。\n"
        "1、回顾2023年工作\n2023年，是医院发展史上很不平凡的一年，医院学科建设取得新突破。\n"
        "2、2024年重点工作\n2024年，医院的总体目标是以创建国家区域医疗中心为牵引，全面提升医疗服务能力。\n"
        "3、几点要求\n全院党员干部要坚决执行党委决策部署，做到令行禁止。\n同事们，让我们同心协力、奋发有为！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["回顾2023年工作", "2024年重点工作", "几点要求"]


def test_a_number_of_years_after_an_arabic_label_opens_none(tmp_path: Path) -> None:
    # near miss: 2、40多年… is a count of years in a sentence, no heading's label
    text = (
        "在建厂四十周年座谈会上的讲话\n同志们：\n今天我们在这里座谈，回顾建厂四十年的历程。\n"
        "回顾这段历史，我有两点体会：1、艰苦创业的精神不能丢，这是我们的传家宝。\n"
        "2、40多年来，我们始终坚持创新，创新是我们的生命线。\n同志们，让我们携手开创工厂发展的新局面！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert "40多年来，我们始终坚持创新，创新是我们的生命线" not in headings(spec.get("points", []))


PUSH = (
    "在全市重大项目推进会上的讲话\n同志们：\n今天召开全市重大项目推进会，我讲四点意见。\n"
    "一、正视差距，增强抓项目的紧迫感\n上半年全市重大项目完成投资进度滞后，大家要增强紧迫感。\n"
    "二、盯紧节点，全力加快项目建设进度\n各项目单位要倒排工期、挂图作战，确保按期完成。\n"
    "三、{third}要坚持要素跟着项目走，把有限的资源配置到最需要的地方，土地、资金、能耗指标向重大项目倾斜。\n"
    "四、压实责任，营造比学赶超的浓厚氛围{fourth}，关键在人，关键在责任落实，各级领导干部要靠前指挥。\n"
    "同志们，项目是发展的生命线，让我们真抓实干，确保全年目标任务圆满完成！\n"
)


def test_headings_glued_to_a_charge_and_to_a_list_of_charges(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, PUSH.format(third="强化要素保障", fourth="抓招商、抓项目"))
    assert headings(spec["points"])[2:] == ["强化要素保障", "压实责任，营造比学赶超的浓厚氛围"]


def test_a_subject_before_要_keeps_its_sentence_whole(tmp_path: Path) -> None:
    # near miss: 各级干部 opens no heading with a verb: 各级干部要坚持… is one sentence, the lead whole
    spec, _ = mine(tmp_path, PUSH.format(third="各级干部", fourth="抓招商、抓项目"))
    assert headings(spec["points"])[2].startswith("各级干部要坚持要素跟着项目走")


HARVEST = (
    "在全镇三夏生产工作会议上的讲话\n同志们：\n今天召开全镇三夏生产工作会议，我讲两点意见。\n"
    "一、思想上要高度重视，绝不能掉以轻心\n三夏生产时间紧、任务重，各村要把三夏生产作为当前的头等大事来抓。\n"
    "二、作风上要过硬，确保各项责任落实到位{glue}镇村两级干部要取消休假，全员在岗在位，深入田间地头。\n"
    "同志们，三夏生产时不我待，让我们扎扎实实打好这场硬仗！\n"
)


def test_a_time_word_and_its_comma_glued_to_a_heading_open_its_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HARVEST.format(glue="这段时间，"))
    assert headings(spec["points"])[1] == "作风上要过硬，确保各项责任落实到位"


def test_a_time_word_as_the_headings_object_stays(tmp_path: Path) -> None:
    # near miss: 抓住这段时间 — the time is what the heading's verb takes, no text opens there
    spec, _ = mine(tmp_path, HARVEST.format(glue="").replace("确保各项责任落实到位", "抓住这段时间，确保各项责任落实到位"))
    assert headings(spec["points"])[1].startswith("作风上要过硬，抓住这段时间，确保各项责任落实到位")
