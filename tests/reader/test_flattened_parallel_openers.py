"""A flattened page (every line break lost) whose points open alike after a sentence's end.

Unnumbered ——… leads and Arabic-numbered 1． 2． points are cut back into paragraphs when several open
sentences of one line, in order; one dash after a sentence and a short inline 1、…；2、… list stay text.
"""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.page_repair import _split_at_developed_items, _split_at_parallel_openers
from tests.speech_files import outline_levels, read_copy

TITLE = "在全区社区志愿服务表彰会上的讲话"
HEAD = [TITLE, "同志们：", "今天我们在这里表彰一批优秀志愿者。一年来，全区志愿者走街串巷、扶老助残，用行动温暖了一个个家庭。他们身上有三种可贵的品格。"]
DASHED = [
    "——他们是甘于奉献、不计回报的好邻居。",
    "东湖社区的一位退休教师，七年来每周为独居老人送菜上门，从没要过一分钱报酬，老人们都把她当成自己的亲人。",
    "——他们是敢打头阵、冲在一线的排头兵。",
    "汛期来临时，青年突击队连夜转移低洼地带的群众，守在堤坝上三天三夜，没有一个人喊累叫苦。",
    "——他们是善于学习、不断创新的带头人。",
    "几位大学生志愿者开发了预约小程序，让居民在手机上就能约到理发、修伞、量血压等服务，受到普遍欢迎。",
]
TAIL = ["同志们，志愿服务没有终点。希望大家再接再厉，让志愿精神在全区处处开花！"]
DASH_L1 = ["他们是甘于奉献、不计回报的好邻居。", "他们是敢打头阵、冲在一线的排头兵。", "他们是善于学习、不断创新的带头人。"]


def test_dash_leads_after_sentences_of_a_flattened_page_are_its_points(tmp_path: Path) -> None:
    flat = "".join([*HEAD, *DASHED, *TAIL])
    read = read_copy(tmp_path, flat)
    assert read.outline.title == TITLE
    assert outline_levels(read)[0] == DASH_L1


NUMBERED = [
    "借此机会，我对新队员提几点希望：",
    "1．要把服务当成学习。走进社区就是走进一所大学校，要多听群众怎么说，多看老同志怎么做，在服务中长本事。",
    "2．要把安全放在首位。上门服务前要熟悉流程，遇到突发情况要第一时间报告，既保护群众，也保护好自己。",
    "3．要把记录坚持下去。每次服务都要登记时长和内容，这既是对大家付出的肯定，也是改进工作的依据。",
]


def test_arabic_numbered_points_in_order_after_sentences_of_a_flattened_page_are_cut(tmp_path: Path) -> None:
    for label in ("．", "、"):  # (1． 2． or 1、 2、; a space after the label as some pages keep)
        for space in ("", " "):
            items = [p.replace("．", label, 1).replace(label, label + space, 1) if p[0].isdigit() else p for p in NUMBERED]
            read = read_copy(tmp_path, "".join([*HEAD[:2], *items, *TAIL]))
            l1, _ = outline_levels(read)
            assert l1 == ["要把服务当成学习。", "要把安全放在首位。", "要把记录坚持下去。"], (label, space)


def test_one_dash_and_a_short_inline_numbered_list_stay_text() -> None:
    # a single quotation's dash after a sentence, and 1、…；2、… inside a sentence: no parallel paragraphs
    text = (
        "老人们常说一句话：“远亲不如近邻。”——这句话今天依然管用。服务内容包括：1、理发；2、修伞；3、量血压。"
        "大家报名很踊跃，活动办得很成功。"
    )
    assert _split_at_parallel_openers(text) == [text]
    # two dash sentence openers are not yet a set of parallel points
    two = "我们记住了两句话。——服务就是幸福。大家都这样说。——坚持就是胜利。这也是大家的心声。"
    assert _split_at_parallel_openers(two) == [two]
    # numbers out of order (a date's 2. after 1.) give no cut either
    odd = "第一期完成了。2．第二期开始了，很顺利，大家都很满意，也很投入，效果明显。3．第三期在筹备中，也很顺利。"
    assert _split_at_parallel_openers(odd) == [odd]


def test_dash_openers_split_before_each_dash() -> None:
    text = "开头一句。——甲是一。甲的话。——乙是二。乙的话。——丙是三。丙的话。"
    assert _split_at_parallel_openers(text) == ["开头一句。", "——甲是一。甲的话。", "——乙是二。乙的话。", "——丙是三。丙的话。"]


# 一抓…。…。二抓…。…。: paragraphs that each opened with an enumeration and held their text at length
DEVELOPED = [
    "一抓宣传发动，营造浓厚氛围。我们在每个小区门口设立宣传栏，编印通俗易懂的告居民书，发动楼长逐户上门讲解，还利用广场舞、乘凉会等场合现场答疑，做到家喻户晓、人人皆知。",
    "二抓队伍建设，夯实服务基础。全区招募网格员三百余名，分批开展业务培训，明确每人联系二十户，每月至少入户走访一次，及时掌握困难群众的需求，建立一户一档，确保情况清、底数明、服务到位。",
    "三抓制度保障，推动常态长效。我们制定了志愿服务积分办法，积分可以兑换生活用品，还把服务情况纳入文明家庭评选。",
]
DEVELOPED_L1 = ["宣传发动，营造浓厚氛围。", "队伍建设，夯实服务基础。", "制度保障，推动常态长效。"]  # (一抓 is the label)


def test_developed_enumeration_paragraphs_of_a_flattened_page_are_cut_back(tmp_path: Path) -> None:
    intro = "一年来，我们着力在三个方面下功夫："
    read = read_copy(tmp_path, "".join([*HEAD[:2], intro, *DEVELOPED, *TAIL]))
    assert outline_levels(read)[0] == DEVELOPED_L1
    # the sentence that brings the list in with a colon stands apart from the text before it
    pieces = _split_at_developed_items("开头的话说完了。" + intro + "".join(DEVELOPED))
    assert pieces[:2] == ["开头的话说完了。", intro]
    assert pieces[2:] == DEVELOPED


def test_developed_yishi_items_after_a_sentence_are_cut_too() -> None:
    items = [p.replace("一抓", "一是抓").replace("二抓", "二是抓").replace("三抓", "三是抓") for p in DEVELOPED]
    assert _split_at_developed_items("开头的话说完了。" + "".join(items)) == ["开头的话说完了。", *items]


def test_an_inline_list_of_one_sentence_items_stays_whole() -> None:
    # 一是…；二是…；三是…。 and one short sentence an item: a list said inside one paragraph
    for text in (
        "我们的做法是：一是早谋划，年初就把任务分到各村；二是勤调度，每周通报一次进度；三是严考核，年底排名公开。后面还有很多话要说。",
        "我们的做法是：一是早谋划，年初就把任务分解到各个村、各个组、各个户，一个不漏。二是勤调度，每周通报一次进度，月底召开一次推进会。"
        "三是严考核，年底排名公开，结果和评优挂钩。后面还有很多话要说。",
    ):
        assert _split_at_developed_items(text) == [text]


TASKS = [
    "一是要把好事办实。群众最盼的是身边的小事，加装电梯、修补路面、增设充电桩，件件都要排出时间表，办一件成一件，哪一件拖了后腿就由哪位分管同志说明原因，让大家看得见、摸得着。",
    "二是要把实事办好。每件事办完都要请群众打分，满意了才算办结，不满意就返工重来，决不能搞形式、走过场，更不能报喜不报忧、数字注水，群众的评价就是我们最好的成绩单和试金石。",
    "三是要把好事办长。好的做法要写进制度，形成一套管用的机制，人员换了、年份变了，服务的标准不降、热情不减，让群众长久受益。",
]


def test_a_second_developed_list_right_after_the_first_keeps_its_lead_in_sentence_apart(tmp_path: Path) -> None:
    # a review 一是…三是…, then 一是要…三是要… brought in by a sentence that ended the review's last paragraph
    review = [p.replace("一抓", "一是抓").replace("二抓", "二是抓").replace("三抓", "三是抓") for p in DEVELOPED]
    lead_in = "新的一年，任务更重，要求更高。"
    pieces = _split_at_developed_items("".join([*review, lead_in, *TASKS]))
    assert pieces == [*review, lead_in, *TASKS]
    read = read_copy(tmp_path, "".join([*HEAD[:2], "一年来，我们主要做了三件事：", *review, lead_in, *TASKS, *TAIL]))
    l1, l2 = outline_levels(read)
    assert len(l1) == 6 and l2 == []


def test_a_single_developed_list_after_a_sentence_keeps_that_sentence_with_the_text_before() -> None:
    # no list before it: the sentence before 一是 stays where it was (the opening's end, not a paragraph)
    text = "开头的话说完了。新的一年，任务更重，要求更高。" + "".join(TASKS)
    assert _split_at_developed_items(text) == ["开头的话说完了。新的一年，任务更重，要求更高。", *TASKS]
