"""Headings glued to their text with no mark between, as a company's web copy or a 述职报告's PDF copy gives them
(gw18, gx12, gx21 of the everyday suite): the text opens with 今年 or 各级 right after a word a heading closes with
(…高质量发展今年公司… / …落地见效各级党组织书记是…), with a report's 我 and its habit (…廉洁从政我始终把…), or after
情况 (主要工作完成情况今年销售二部…). A part's own （一） （二） run on inside its line are its sub-points; a title
spaced out character by character (述　职　报　告) is the title."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在公司2024年党建工作会议上的讲话\n党委书记 林海波\n同志们：\n今天，我们召开公司党建工作会议。下面，我讲三点意见。\n"
FIRST = "一、肯定成绩，进一步增强做好党建工作的信心过去一年，公司各级党组织认真履行管党治党政治责任，党建工作质量稳步提升。\n"
END = "同志们，做好今年的党建工作，任务光荣，责任重大，让我们以优异成绩迎接公司成立四十周年！\n"


def test_今年_and_各级_after_a_closing_word_open_the_text(tmp_path: Path) -> None:
    text = HEAD + FIRST + (
        "二、突出重点，推动党建工作高质量发展今年公司党建工作的总体思路和重点任务，报告中已经作了全面部署。\n"
        "三、压实责任，确保各项任务落地见效各级党组织书记是党建工作第一责任人，要把党建工作和生产经营工作同谋划。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "肯定成绩，进一步增强做好党建工作的信心", "突出重点，推动党建工作高质量发展", "压实责任，确保各项任务落地见效"
    ]


def test_今年_and_各级_after_a_verb_stay_in_the_heading(tmp_path: Path) -> None:
    # near miss: 推动 / 压实 take 今年 and 各级 as their objects: no text opens there, the sentence is the heading's
    text = HEAD + FIRST + (
        "二、突出重点，推动今年党建工作重点任务全面落实。\n"
        "三、压实责任，压实各级党组织书记第一责任人的责任。\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1:] == ["突出重点，推动今年党建工作重点任务全面落实。", "压实责任，压实各级党组织书记第一责任人的责任。"]


REPORT = (
    "2024年度个人述职报告\n尊敬的各位领导、各位同事：\n大家好！下面，我从三个方面进行述职。\n"
    "{first}\n"
    "二、存在的问题和不足\n回顾一年的工作，也存在一些不足，应收账款管理还不够到位。\n"
    "三、2025年工作打算\n明年，我将带领团队继续开拓市场，力争销售额突破3亿元。\n"
    "以上述职，请各位领导和同事们评议。\n"
)


def test_a_report_heading_ends_after_情况_and_before_its_text(tmp_path: Path) -> None:
    first = "一、主要工作完成情况今年销售二部共完成销售额2.86亿元，完成年度目标的107%，新开发客户37家。"
    spec, _ = mine(tmp_path, REPORT.format(first=first))
    assert headings(spec["points"]) == ["主要工作完成情况", "存在的问题和不足", "2025年工作打算"]


def test_a_report_heading_that_holds_今年_after_情况_goes_on(tmp_path: Path) -> None:
    # near miss: 今年 with a comma after it closes no heading here (完成情况 is the heading's, then its text's comma)
    first = "一、主要工作完成情况。今年，销售二部共完成销售额2.86亿元，完成年度目标的107%，新开发客户37家。"
    spec, _ = mine(tmp_path, REPORT.format(first=first))
    assert headings(spec["points"]) == ["主要工作完成情况。", "存在的问题和不足", "2025年工作打算"]


DUTY = (
    "述　职　报　告\n（城关街道办事处主任　吴建国）\n2024年12月\n"
    "2024年，在区委、区政府的领导下，我认真履行职责。现将个人履职情况报告如下。\n"
    "一、坚持围绕中心、服务大局，认真履行办事处主任职责，各项工作取得新进展\n一年来，我主要做了以下几个方面的工作，各项工作取得新进展。\n"
    "二、坚持以身作则、严于律己，切实履行“一岗双责”，自觉做到廉洁从政{glued}始终把廉洁自律作为为官从政的底线，严格遵守中央八项规定。\n"
    "三、坚持问题导向、目标导向，扎实做好明年各项工作，推动街道发展再上台阶\n明年，我将继续履职尽责，推动街道各项工作再上新台阶。\n"
    "以上述职，请予评议。\n"
)


def test_a_title_spaced_out_is_the_title_and_我始终_opens_a_report_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, DUTY.format(glued="我"))
    assert spec["title"] == "述职报告"
    assert headings(spec["points"])[1] == "坚持以身作则、严于律己，切实履行“一岗双责”，自觉做到廉洁从政"


def test_a_heading_that_runs_on_without_我_is_its_whole_sentence(tmp_path: Path) -> None:
    # near miss: no 我 opens the text, the sentence runs on as the heading's (nothing marks a cut)
    spec, _ = mine(tmp_path, DUTY.format(glued="，"))
    assert headings(spec["points"])[1].endswith("严格遵守中央八项规定。")


def test_a_spaced_name_is_no_title(tmp_path: Path) -> None:
    # near miss: a name spaced out (王　琛) ends no title word: the spaced line is the speaker's, the title the one above
    text = "在全校教职工大会上的讲话\n王　琛\n老师们：\n新学期开始了，我讲两点。\n一、抓好教学\n要认真备课。\n二、抓好安全\n要排查隐患。\n谢谢大家！\n"
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在全校教职工大会上的讲话"
    assert spec["speaker"] == "王琛"


SUBS = (
    "二、突出重点，推动党建工作高质量发展。今年的重点任务，报告中已经作了全面部署，我再强调几个方面。"
    "（一）坚持把政治建设摆在首位。要认真落实“第一议题”制度，及时跟进学习党的创新理论，确保公司改革发展始终沿着正确方向前进。"
    "各级党组织要严格执行请示报告制度，重大事项必须按程序向上级党组织请示报告。"
    "{second}持续夯实基层党建基础。今年要重点抓好党支部书记队伍建设，选优配强党支部书记，深化“星级党支部”创建。"
    "（三）推动党建与生产经营深度融合。这是今年党建工作的重中之重，要把党建考核与经营业绩考核挂钩，年底进行评比。"
    "三、压实责任，确保各项任务落地见效。各级党组织书记是党建工作第一责任人，要把党建工作和生产经营工作同谋划。\n"
)


def test_a_parts_own_sub_points_run_on_in_its_line_are_its_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + FIRST + SUBS.format(second="（二）") + END)
    assert headings(spec["points"][1].get("items", [])) == ["坚持把政治建设摆在首位", "持续夯实基层党建基础", "推动党建与生产经营深度融合"]


def test_a_lone_bracketed_one_in_a_parts_line_stays_in_its_text(tmp_path: Path) -> None:
    # near miss: only （一） stands after a sentence (no （二） follows): no run of sub-points is run on in the line
    spec, _ = mine(tmp_path, HEAD + FIRST + SUBS.format(second="") + END)
    assert "items" not in spec["points"][1]


GRAD = (
    "在外国语学院2024届毕业典礼上的讲话\n亲爱的同学们：\n今天，我想送给大家三句话。\n"
    "一、愿你们保有对语言的敬畏\n语言是思想的家园，每一个词都值得认真对待。\n"
    "二、愿你们做文明互鉴的使者\n你们学的是外语，做的是沟通世界的工作。\n"
    "三、{third}\n"
    "同学们，母校永远是你们的家，祝大家前程似锦！\n"
)


def test_a_time_clause_glued_to_a_heading_opens_its_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, GRAD.format(third="愿你们拥有从容的人生毕业以后，生活会变得忙碌，你们会为工作奔波，为房租发愁。"))
    assert headings(spec["points"])[2] == "愿你们拥有从容的人生"


def test_a_time_clause_after_a_mark_stays_in_the_sentence(tmp_path: Path) -> None:
    # near miss: a comma before the time clause: the heading is the sentence, no glued text
    spec, _ = mine(tmp_path, GRAD.format(third="愿你们拥有从容的人生。毕业以后，生活会变得忙碌，你们会为工作奔波，为房租发愁。"))
    assert headings(spec["points"])[2] == "愿你们拥有从容的人生。"


GOV = (
    "2026年梧江市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
    "一、2025年工作回顾过去一年，是梧江发展极不平凡的一年，全市地区生产总值增长百分之六。\n"
    "二、2026年重点工作{second}\n"
    "三、{third}\n"
    "各位代表，让我们在市委的坚强领导下，奋力谱写梧江高质量发展新篇章！\n"
)


def test_a_year_a_task_and_the_words_above_open_glued_texts(tmp_path: Path) -> None:
    # (yw02, yw11, yw20 of the everyday suite) 新的一年， / 做好…工作，关键在… / 围绕上述… after a closing word: the text's
    # first words, no heading's
    second = "围绕上述目标，重点抓好五个方面工作，确保各项目标任务全面完成。"
    third = "全面加强政府自身建设做好今年各项工作，关键在党，关键在人。新的一年，我们将始终坚持人民政府为人民。"
    spec, _ = mine(tmp_path, GOV.format(second=second, third=third))
    assert headings(spec["points"]) == ["2025年工作回顾", "2026年重点工作", "全面加强政府自身建设"]
    third = "持续加强政府自身建设新的一年，我们将始终坚持人民政府为人民，严格依法行政。"
    spec, _ = mine(tmp_path, GOV.format(second=second, third=third))
    assert headings(spec["points"])[2] == "持续加强政府自身建设"


def test_the_same_words_inside_a_heading_stay_there(tmp_path: Path) -> None:
    # near miss: a heading that greets the new year after its verb, or does its work after a comma, says them itself
    second = "，奋力完成上述各项目标任务。"
    third = "以昂扬斗志迎接新的一年，推动各项工作落地见效。"
    spec, _ = mine(tmp_path, GOV.format(second=second, third=third))
    assert headings(spec["points"])[1:] == ["2026年重点工作，奋力完成上述各项目标任务。", "以昂扬斗志迎接新的一年，推动各项工作落地见效。"]
