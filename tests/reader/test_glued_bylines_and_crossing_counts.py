"""A byline whose office runs into the name (县委书记张明远), on its own line or set as a ——subtitle, and a
subtitle naming the speaker whose office is a 宣讲团成员 (nj19, nj21, gp25 of the everyday suite); an interview's
——专访… subtitle names no speaker. And two spoken lists that cross each other (第一个方面 … 第二个方面 over
第一点…第四点, then 第三个方面 over 再一个 / 还有一个): the one whose count was announced, and kept, is the points."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

TITLE = "关于做好新时代高校思想政治工作的几点思考"
BODY = (
    "同志们：\n今天讲三点。\n一、加强学习。要学习理论，学习业务。\n二、加强实践。要到一线去，到群众中去。\n"
    "三、加强总结。要总结经验，查找不足。\n谢谢大家！\n"
)


@pytest.mark.parametrize(
    ("byline", "speaker", "office"),
    [
        ("县委书记张明远", "张明远", "县委书记"),
        ("——县委书记张明远", "张明远", "县委书记"),
        ("——县委书记　张明远", "张明远", "县委书记"),
        ("——省委教育工委宣讲团成员、××师范大学教授伍佩兰", "伍佩兰", "省委教育工委宣讲团成员、××师范大学教授"),
        ("——市财政局党组成员、副局长管晓东在局党组理论学习中心组学习会上的发言", "管晓东", "市财政局党组成员、副局长"),
    ],
)
def test_an_office_run_into_the_name_is_the_byline(tmp_path: Path, byline: str, speaker: str, office: str) -> None:
    spec, _ = mine(tmp_path, f"{TITLE}\n{byline}\n\n{BODY}")
    assert spec["title"] == TITLE
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)


def test_an_interviews_subtitle_names_no_byline(tmp_path: Path) -> None:
    # near miss: ——专访某某区区长邓某某 says who was interviewed, as the page's subtitle
    spec, _ = mine(tmp_path, f"{TITLE}\n——专访某某区区长邓某某\n\n{BODY}")
    assert spec["title"] == TITLE
    assert spec.get("subtitle") == "——专访某某区区长邓某某"
    assert "speaker_title" not in spec


def _talk(inner: str) -> str:
    return (
        "在全校思政工作会议上的讲话\n\n同志们：\n\n今天我就讲三个方面，一个是形势，一个是问题，一个是办法。\n\n"
        "先讲第一个方面，我们面临的形势。\n\n大家可能都有感觉，这些年学生变了，信息来源太多了。\n\n"
        "好，下面我讲第二个方面，当前工作中存在的问题。\n\n我在全省调研了二十多所高校，发现问题主要集中在这么几点。\n\n"
        "第一点，思政课的吸引力还不够强。有的老师照本宣科。\n\n第二点，课程思政还存在“两张皮”。有的老师认为与己无关。\n\n"
        "第三点，网络育人还是短板。公众号发的都是会议新闻。\n\n第四点，辅导员队伍不够稳定。辅导员工作压力大。\n\n"
        f"好，第三个方面，怎么办。我想提几点建议，供大家参考。\n\n我觉得最关键的是要“走心”。\n\n{inner}"
        "好，时间差不多了，我就讲到这里。谢谢大家！\n"
    )


def test_the_announced_count_over_a_longer_list_that_runs_across_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("再一个，要善于用新的方式。要用学生喜欢的语言。\n\n还有一个，要形成合力。育人是全校的事。\n\n"))
    assert [p["heading"] for p in spec["points"]] == ["我们面临的形势", "当前工作中存在的问题", "怎么办"]


def test_a_longer_list_that_keeps_inside_one_part_is_no_rival(tmp_path: Path) -> None:
    # near miss: with no list under the third part, nothing crosses the announced count: it is the points as before
    spec, _ = mine(tmp_path, _talk(""))
    assert [p["heading"] for p in spec["points"]] == ["我们面临的形势", "当前工作中存在的问题", "怎么办"]


@pytest.mark.parametrize(
    ("head", "speaker", "office", "title"),
    [
        # an editor's note naming the one who gave the lecture, its theme first
        (
            f"{TITLE}\n\n编者按：5月24日，公司党委书记、董事长邹明远以“深刻领悟‘三个务必’”为题，为公司党员干部讲授专题党课。\n",
            "邹明远", "公司党委书记、董事长", TITLE,
        ),
        # a headline naming him by office and a name of a less common surname before the colon
        ("镇党委书记蒙启东：在全镇人居环境整治百日攻坚推进会上的总结讲话\n", "蒙启东", "镇党委书记", "在全镇人居环境整治百日攻坚推进会上的总结讲话"),
        # a line under a Markdown title naming him, set apart, before the occasion
        (f"# {TITLE}\n\n> 市财政局预算处党支部书记 裴雅琴 在支部党纪学习教育专题党课上的讲稿（2024年6月，初稿）\n", "裴雅琴", "市财政局预算处党支部书记", TITLE),
        # his part and name after the title on its line, a bracketed month after them
        ("**廉政专题党课讲稿**　主讲：省分行党委书记、行长 阎书恒　（2024年12月）\n", "阎书恒", "省分行党委书记、行长", "廉政专题党课讲稿"),
        # office, name, date and hall
        (f"# {TITLE}\n\n> 校长 沈一舟　2025年3月27日　学术交流中心一楼报告厅\n", "沈一舟", "校长", TITLE),
    ],
)
def test_more_heads_that_name_the_speaker(tmp_path: Path, head: str, speaker: str, office: str, title: str) -> None:
    spec, _ = mine(tmp_path, f"{head}\n{BODY}", "speech.md")
    assert (spec["title"], spec.get("speaker"), spec.get("speaker_title")) == (title, speaker, office)


def test_an_office_and_what_he_gave_before_a_colon_names_no_one(tmp_path: Path) -> None:
    # near miss: 总裁致辞：… is the office and the kind of speech, no name
    spec, _ = mine(tmp_path, f"年会回顾｜总裁致辞：三个关键词，读懂晨光的2024\n\n{BODY}")
    assert spec.get("speaker") != "致辞"


def test_glued_headings_end_at_a_time_set_apart_and_at_the_units_charged(tmp_path: Path) -> None:
    # (nq05: …清醒认识当前…严峻形势过去一年,… : the time opens the text though the clause says what is known;
    # …的工作格局各乡镇、各部门要…: the units charged open it)
    text = (
        "在全县安全生产工作会议上的讲话\n\n同志们：\n\n下面，我讲几点意见。\n\n"
        "一、正视问题短板，清醒认识当前安全生产严峻形势过去一年，在县委、县政府的坚强领导下，全县安全生产形势总体平稳。\n\n"
        "二、聚焦重点领域，深入推进安全隐患排查整治\n\n要持续开展重点车辆专项整治，加大对超速超载等违法行为的查处力度。\n\n"
        "三、压实各方责任，构建齐抓共管的工作格局各乡镇、各部门要严格落实党政同责、一岗双责，把责任落实到每一个环节。\n\n"
        "同志们，安全生产只有起点，没有终点。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert [p["heading"] for p in spec["points"]] == [
        "正视问题短板，清醒认识当前安全生产严峻形势", "聚焦重点领域，深入推进安全隐患排查整治", "压实各方责任，构建齐抓共管的工作格局",
    ]


def test_a_flattened_pages_head_keeps_the_speaker_set_apart_before_its_fields(tmp_path: Path) -> None:
    # (nq04: title, ——subtitle, the speaker's offices and name, then 发布时间 / 来源 / 浏览次数 on one line)
    head = (
        "首页 > 履职动态 > 委员发言\n补齐农村养老服务短板 让老年人安享幸福晚年——在市政协专题协商会上的发言 "
        "市政协委员、农工党市委会副主委 蔡文涛 发布时间：2024-05-29 10:12 来源：市政协研究室 浏览次数：1386 "
        "尊敬的张主席，各位委员：近年来，全市养老服务体系不断完善，但农村养老服务仍是短板。针对这些问题，我们提出以下三点建议。"
        "第一，盘活现有设施资源，推动乡镇敬老院转型升级。建议以县为单位统筹规划，对入住率低的敬老院进行撤并整合。"
        "第二，完善村级互助养老机制，让服务点真正转起来。建议市县两级财政安排运营补贴，鼓励低龄老人服务高龄老人。"
        "第三，加强农村养老服务人才队伍建设。建议把养老护理员纳入公益性岗位，提高待遇水平。"
        "各位委员，让农村老人老有所养，是我们共同的责任。谢谢！\n"
    )
    spec, _ = mine(tmp_path, head)
    assert spec["title"] == "补齐农村养老服务短板 让老年人安享幸福晚年"
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("蔡文涛", "市政协委员、农工党市委会副主委")


def _two_parts(count: str) -> str:
    return (
        "在集团2025年度工作会议上的讲话\n同志们：\n这次会议的主要任务，是总结去年工作，部署今年任务。下面，我讲两个方面的内容。\n"
        "一、2024年经营工作取得了较好成绩。全年实现营业收入142.8亿元，同比增长3.6%；利润总额15.2亿元，同比增长4.1%。\n"
        f"二、2025年要着力抓好重点工作。今年是推进转型升级的攻坚之年。具体来说，{count}\n"
        "一是内容建设要到位。坚持把社会效益放在首位，全年推出重点选题300种。\n"
        "二是融合发展要到位。加快建设数字内容平台，数字出版收入增长20%以上。\n"
        "三是发行渠道要到位。巩固新华书店主渠道地位，线上销售占比提高到35%。\n"
        "四是风险防控要到位。加强意识形态阵地管理，严格落实“三审三校”制度。\n"
        "同志们，让我们坚定信心，奋发有为，为建设文化强省作出新的更大贡献！\n"
    )


def test_two_short_headings_over_the_list_the_last_one_counts(tmp_path: Path) -> None:
    # (nx23: 二、 says 要做到“四个到位”： and the four 一是…四是 paragraphs follow: they are its sub-points)
    spec, _ = mine(tmp_path, _two_parts("要做到“四个到位”："))
    assert [p["heading"] for p in spec["points"]] == ["2024年经营工作取得了较好成绩。", "2025年要着力抓好重点工作。"]


def test_without_the_count_the_later_list_still_spreads_over_the_body(tmp_path: Path) -> None:
    # near miss: nothing in 二、 counts the list after it; as before, the list that spreads over the body is the points
    spec, _ = mine(tmp_path, _two_parts("要做好以下工作。"))
    assert len(spec["points"]) == 4


_PART_TEXT = "去年以来，全市各级党组织和广大党员干部认真落实市委部署，坚持以严的基调推进作风建设，全市党风政风持续向好。"


@pytest.mark.parametrize(
    ("first", "heading"),
    [
        # (nq16: the line under opens with a joining word)
        ("正视进度差距，切实增强做好城市更新工作的紧迫感\n和责任感", "正视进度差距，切实增强做好城市更新工作的紧迫感和责任感"),
        # (od04: broken inside a word, a mark right after the line's first character)
        ("深刻认识长征精神的时代价值，始终做到不忘初\n心、牢记使命", "深刻认识长征精神的时代价值，始终做到不忘初心、牢记使命"),
        # (oh22: a line of its own, no text glued to it, though a time word stands inside it)
        ("全面回顾，客观评价去年以来全市作风建设工作", "全面回顾，客观评价去年以来全市作风建设工作"),
    ],
)
def test_a_heading_line_broken_over_two_lines_or_whole_is_one_heading(tmp_path: Path, first: str, heading: str) -> None:
    text = (
        "在全市工作推进会上的讲话\n\n同志们：\n\n下面，我讲三点意见。\n\n"
        f"一、{first}\n\n{_PART_TEXT}\n\n二、突出重点，坚决打好今年攻坚战\n\n{_PART_TEXT}\n\n"
        f"三、强化担当，确保各项任务落到实处\n\n{_PART_TEXT}\n\n同志们，让我们真抓实干。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["points"][0]["heading"] == heading
