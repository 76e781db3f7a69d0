"""Forms of the web-page excerpts county and township speeches are copied from (studied on corpus/blind15):
a heading and its sub-headings set apart by spaces on one line, a page title printed again at the head of
the speech's first line and run on into its first heading. Each form is read from a speech of our own
wording, beside a near miss where the cue must not fire.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

OPENING = "同志们：\n今天召开全镇抗旱保苗工作会议，主要是分析旱情，部署下一步工作。下面，我讲两点意见：\n"


def test_sub_headings_set_apart_by_spaces_on_the_heading_line_are_lines_of_their_own(tmp_path: Path) -> None:
    text = (
        "在全镇抗旱保苗工作会议上的讲话\n" + OPENING
        + "  一、提高认识，切实增强抗旱保苗的紧迫感  （一）看清今年的旱情。入夏以来降雨偏少，部分村组人畜饮水困难。"
        "  （二）看清工作中的短板。个别村对旱情估计不足，水源调度不够及时。\n"
        "二、突出重点，全力以赴保苗保收\n各村要把有限的水源用在刀刃上，先保人畜饮水，再保农田灌溉。\n"
    )
    l1, l2 = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["提高认识，切实增强抗旱保苗的紧迫感", "突出重点，全力以赴保苗保收"]
    assert l2 == ["看清今年的旱情。", "看清工作中的短板。"]


def test_one_space_between_a_headings_phrases_is_no_break(tmp_path: Path) -> None:
    # near miss: two spaces part the heading's phrases, no label after them
    text = (
        "在全镇抗旱保苗工作会议上的讲话\n" + OPENING
        + "一、提高认识  增强抗旱保苗的紧迫感\n入夏以来降雨偏少，部分村组人畜饮水困难，大家要高度重视。\n"
        "二、突出重点  全力以赴保苗保收\n各村要把有限的水源用在刀刃上，先保人畜饮水，再保农田灌溉。\n"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert [h.replace(" ", "") for h in l1] == ["提高认识增强抗旱保苗的紧迫感", "突出重点全力以赴保苗保收"]


TITLE = "县长在检查春季防火工作时的讲话"


def test_a_page_title_printed_again_and_run_into_the_first_heading_is_cut_off_it(tmp_path: Path) -> None:
    text = (
        f"{TITLE}\n{TITLE}一、认清形势，切实增强春季防火的责任感。我县山多林密，春季风大物燥，"
        "稍有不慎就会酿成大祸，各乡镇务必高度重视。\n二、压实责任，确保不发生重大火情。各乡镇主要负责同志要亲自过问，"
        "护林员要上山巡查，做到火源不进山。\n"
    )
    read = read_copy(tmp_path, text)
    l1, _ = outline_levels(read)
    assert read.outline.title == TITLE
    assert l1 == ["认清形势，切实增强春季防火的责任感。", "压实责任，确保不发生重大火情。"]


def test_a_line_that_repeats_the_title_without_a_label_after_it_is_left_whole(tmp_path: Path) -> None:
    # near miss: the title again over the speech's words (no heading label after it) stays as the page gave it
    text = (
        f"{TITLE}\n{TITLE}（摘要）\n同志们：\n今天我们检查春季防火工作，总的看准备是充分的。下面讲两点。\n"
        "一、认清形势\n我县山多林密，春季风大物燥，各乡镇务必高度重视。\n二、压实责任\n护林员要上山巡查，做到火源不进山。\n"
    )
    read = read_copy(tmp_path, text)
    l1, _ = outline_levels(read)
    assert read.outline.title == f"{TITLE}（摘要）"  # (the article's own title as printed, the part it prints said)
    assert l1 == ["认清形势", "压实责任"]


CADRE_HEAD = "在全县年轻干部培训班开班式上的讲话\n同志们：\n今天，年轻干部培训班正式开班了。"


def test_a_lone_first_heading_run_on_after_the_opening_starts_its_own_line(tmp_path: Path) -> None:
    # an excerpt cut before 二、: its 一、 lost the break before it, its （一） stand on lines of their own
    text = (
        CADRE_HEAD + "我代表县委，向参加培训的同志们表示欢迎！一、充分认识这次培训的重要意义年轻干部是事业发展的生力军。\n"
        "当前改革发展任务很重，对干部的能力提出了更高要求。\n"
        "（一）这是履职尽责的需要。\n岗位在变，任务在变，本领也要跟着变。\n"
        "（二）这是成长进步的需要。\n干部成长没有捷径，只有不断学习。\n"
    )
    l1, l2 = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["充分认识这次培训的重要意义"]
    assert l2 == ["这是履职尽责的需要。", "这是成长进步的需要。"]


def test_a_one_line_list_in_the_opening_is_not_cut_at_its_first_item(tmp_path: Path) -> None:
    # near miss: 一、 after a sentence, but its 二、 follows on the same line: a list written in one paragraph
    text = (
        CADRE_HEAD + "这期培训安排两项内容。一、学理论，读原著；二、学业务，练本领。大家要珍惜机会。\n"
        "（一）要端正学习态度。\n培训期间要严守纪律，专心学习。\n"
        "（二）要注重学用结合。\n学了要用，用了再学。\n"
    )
    read = read_copy(tmp_path, text)
    l1, _ = outline_levels(read)
    assert l1 == ["要端正学习态度。", "要注重学用结合。"]
    assert any("一、学理论，读原著；二、学业务，练本领。" in s.text for s in read.outline.opening)


STAMPED = (
    "在全区职工工作会议上的讲话\n同志们：\n今天召开全区职工工作会议，我讲两点意见： 笔杆汇 www.bigan-hui.com\n"
    "一、肯定成绩，找准差距 笔杆汇,公文学习文库\n"
    "一年来，全区工会组织围绕中心、服务大局，做了大量工作。\n笔杆汇,办公文档之家\n"
    "{second}\n"
    "各级工会要把职工冷暖放在心上，多办实事，少说空话。\n"
)


def test_a_copy_sites_stamped_name_goes_from_the_heading_line_and_the_text(tmp_path: Path) -> None:
    read = read_copy(tmp_path, STAMPED.format(second="二、突出重点，服务职工"))
    l1, _ = outline_levels(read)
    assert l1 == ["肯定成绩，找准差距", "突出重点，服务职工"]
    stamps = [d.text for d in read.dropped if d.reason == "网站水印"]
    assert stamps == ["笔杆汇 www.bigan-hui.com", "笔杆汇,公文学习文库"]
    assert ("笔杆汇,办公文档之家", "网站名称") in [(d.text, d.reason) for d in read.dropped]  # a name on its own line


def test_a_site_name_is_known_by_the_same_endings_alone_and_stamped(tmp_path: Path) -> None:
    # one list of endings for both: 文档之家 alone on a line is a site's name, 素材库 stamped after a space is cut
    text = (
        "在全区职工工作会议上的讲话\n同志们：\n今天召开全区职工工作会议，我讲两点意见。\n"
        "一、肯定成绩，找准差距 写稿帮,讲话素材库\n一年来，全区工会组织做了大量工作。\n写稿帮办公文档之家\n"
        "二、突出重点，服务职工\n各级工会要把职工冷暖放在心上。\n"
    )
    read = read_copy(tmp_path, text)
    l1, _ = outline_levels(read)
    assert l1 == ["肯定成绩，找准差距", "突出重点，服务职工"]
    dropped = [(d.text, d.reason) for d in read.dropped]
    assert ("写稿帮,讲话素材库", "网站水印") in dropped
    assert ("写稿帮办公文档之家", "网站名称") in dropped


def test_a_headings_own_phrase_ending_like_a_place_name_stays(tmp_path: Path) -> None:
    # near miss: 之家 alone (not 文档之家) after a space is the heading's second phrase, not a site's name
    read = read_copy(tmp_path, STAMPED.format(second="二、建好职工之家 暖心职工之家"))
    l1, _ = outline_levels(read)
    assert l1[1] == "建好职工之家 暖心职工之家"


FIRE_HEAD = "在全镇秋冬季防火工作会议上的讲话同志们：今天召开全镇秋冬季防火工作会议，主要是部署今冬明春的防火工作。下面，我讲两点意见。"


def test_a_heading_glued_to_text_opening_with_a_time_word_ends_before_it(tmp_path: Path) -> None:
    # a page that lost every line break: each heading runs into its text, which opens with 当前， / 近期，
    text = (
        FIRE_HEAD + "一、坚决扛起秋冬季防火的政治担子当前，全镇已进入森林防火紧要期，各村要高度警惕，不能有丝毫松懈。"
        "二、从严管住野外一切火源近期，个别村组出现了烧荒苗头，必须坚决制止，发现一起查处一起。"
        "同志们，防火工作责任重于泰山，希望大家守土尽责，确保全镇不发生森林火灾！"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["坚决扛起秋冬季防火的政治担子", "从严管住野外一切火源"]


def test_a_time_word_a_heading_holds_as_its_object_is_no_break(tmp_path: Path) -> None:
    # near miss: 研判当前， / 把握当前， is the heading's own clause, whatever follows it (a page that kept its lines)
    text = (
        FIRE_HEAD.replace("讲话同志们：", "讲话\n同志们：\n") + "\n一、坚持底线思维，科学研判当前，全力打好秋冬季防火攻坚战。全镇已进入森林防火紧要期，各村要高度警惕，不能有丝毫松懈。"
        "\n二、始终保持清醒头脑，准确把握当前，统筹兼顾长远防火需要。个别村组出现了烧荒苗头，必须坚决制止，发现一起查处一起。"
        "\n同志们，防火工作责任重于泰山，希望大家守土尽责，确保全镇不发生森林火灾！"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["坚持底线思维，科学研判当前，全力打好秋冬季防火攻坚战。", "始终保持清醒头脑，准确把握当前，统筹兼顾长远防火需要。"]


VILLAGE_HEAD = "在全县乡村建设工作会议上的讲话\n同志们：\n今天召开全县乡村建设工作会议。下面，我讲两点意见。\n"


def test_a_heading_that_goes_on_after_its_closing_noun_with_a_conjunction_is_read_whole(tmp_path: Path) -> None:
    # …的重大意义与…成效 on a line of its own: 与 carries the heading on past 重大意义
    text = (
        VILLAGE_HEAD + "一、提高站位，深刻认识乡村建设的重大意义与全县取得的阶段成效\n乡村建设是一项长期任务，各乡镇要久久为功。\n"
        "二、突出重点，扎实推进乡村建设各项任务\n要抓好村庄规划，抓好道路和供水设施建设。\n"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1[0] == "提高站位，深刻认识乡村建设的重大意义与全县取得的阶段成效"


def test_a_heading_glued_to_its_text_still_ends_at_its_closing_noun(tmp_path: Path) -> None:
    # near miss: the text glued after 重大意义 opens with a word of its own, not a conjunction
    text = (
        VILLAGE_HEAD + "一、提高站位，深刻认识乡村建设的重大意义乡村建设是一项长期任务，各乡镇要久久为功。\n"
        "二、突出重点，扎实推进乡村建设各项任务\n要抓好村庄规划，抓好道路和供水设施建设。\n"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1[0] == "提高站位，深刻认识乡村建设的重大意义"


YOUTH = (
    "各位学员，同志们：\n今天，全市青年干部培训班开班了，我代表团市委向大家表示祝贺！\n下面，我讲三句话，与大家共勉。\n"
    "第一句话：把学习当作成长的阶梯\n学习是青年干部的立身之本。老一辈常讲，本领不是天生的，要在学中练、练中学，"
    "我们要把学习当作一种习惯、一种责任，做到“学而不厌、{end}"
)


def test_an_excerpt_cut_inside_a_quotation_after_its_first_announced_sentence_keeps_that_point(tmp_path: Path) -> None:
    # 我讲三句话。 / 第一句话：… and the page cut inside a quotation (…“学而不厌、学以致用”, no full stop)
    read = read_copy(tmp_path, YOUTH.format(end="学以致用”"))
    l1, _ = outline_levels(read)
    assert l1 == ["把学习当作成长的阶梯"]


def test_a_copy_ending_its_sentence_after_the_quotation_is_no_cut_excerpt(tmp_path: Path) -> None:
    # near miss: the same text with its full stop after the quotation ends as written: one lone 第一句话 is no point
    read = read_copy(tmp_path, YOUTH.format(end="学以致用”。"))
    l1, _ = outline_levels(read)
    assert l1 == []


BODY = "同志们：\n今天召开全县文教工作会议，我讲两点意见。\n一、回顾过去一年的工作\n过去一年，全县文教事业稳步发展。\n二、部署今年的重点任务\n今年要抓好学前教育和职业教育。\n"


def test_a_collections_count_tag_goes_from_the_title(tmp_path: Path) -> None:
    read = read_copy(tmp_path, "在全县文教工作会议上的讲话(共4则范文)\n" + BODY)
    assert read.outline.title == "在全县文教工作会议上的讲话"
    read = read_copy(tmp_path, "在全县文教工作会议上的讲话（共）\n" + BODY)  # the count lost, its bracket left
    assert read.outline.title == "在全县文教工作会议上的讲话"


def test_a_bracket_that_only_opens_with_gong_stays_on_the_title(tmp_path: Path) -> None:
    # near miss: （共建共享） is the title's own words, no count
    read = read_copy(tmp_path, "在全县文教工作会议上的讲话（共建共享）\n" + BODY)
    assert read.outline.title == "在全县文教工作会议上的讲话（共建共享）"


def test_a_pages_date_line_in_traditional_characters_is_no_title(tmp_path: Path) -> None:
    read = read_copy(tmp_path, "縣長在全縣文教工作會議上的講話\n時間:2022-05-30 09:13:00\n" + BODY)
    assert read.outline.title == "縣長在全縣文教工作會議上的講話"
    assert [d.reason for d in read.dropped if d.text.startswith("時間")] == ["网页信息栏"]


def test_a_title_run_on_into_a_greeting_salutation_keeps_the_title(tmp_path: Path) -> None:
    # 讲话(1800字)同志们，大家好！今天…: the head ran on into 同志们，大家好！ (greeting, not a colon)
    text = "在全县文教工作会议上的讲话(1800字)同志们，大家好！今天我们召开全县文教工作会议。\n" + BODY.split("\n", 2)[2]
    read = read_copy(tmp_path, text)
    assert read.outline.title == "在全县文教工作会议上的讲话"
    assert outline_levels(read)[0] == ["回顾过去一年的工作", "部署今年的重点任务"]


def test_a_sentence_run_on_into_a_greeting_is_no_title(tmp_path: Path) -> None:
    # near miss: what runs into the greeting is a sentence, not a title
    text = "今天天气很好（晴）同志们，大家好！今天我们召开全县文教工作会议。\n" + BODY.split("\n", 2)[2]
    read = read_copy(tmp_path, text)
    assert read.outline.title == ""


FLAT_BODY = (
    "农业普查是一项重要的国情国力调查。今天召开全县农业普查动员大会，主要是部署普查工作。下面，我讲两点意见。"
    "一、提高认识，切实增强做好普查工作的责任感。普查是摸清家底的基础工作，各乡镇要高度重视。"
    "二、精心组织，确保普查数据真实准确。各级普查机构要严格按方案办事，不得弄虚作假。"
    "同志们，普查工作任务重、要求高，希望大家认真负责，圆满完成任务！"
)


def test_a_flattened_pages_title_then_the_printed_title_gives_the_printed_one(tmp_path: Path) -> None:
    # a page that lost its breaks: its own shortened title, a space, the speech's printed title, a space, the speech
    # (no salutation)
    read = read_copy(tmp_path, "全县农业普查动员大会上讲话 在全县农业普查动员大会上的讲话 " + FLAT_BODY)
    assert read.outline.title == "在全县农业普查动员大会上的讲话"
    assert outline_levels(read)[0] == ["提高认识，切实增强做好普查工作的责任感。", "精心组织，确保普查数据真实准确。"]


def test_a_flattened_title_followed_by_another_speechs_title_keeps_the_first(tmp_path: Path) -> None:
    # near miss: the second title names another meeting: not the same speech's title printed again
    read = read_copy(tmp_path, "在全县农业普查动员大会上的讲话 县长在全市森林防火会议上的讲话 " + FLAT_BODY)
    assert read.outline.title == "在全县农业普查动员大会上的讲话"


def test_a_speakers_office_and_name_glued_to_the_title_are_a_byline(tmp_path: Path) -> None:
    read = read_copy(tmp_path, "在全县文教工作会议上的讲话县教育局局长张明远(2024年3月1日)\n" + BODY)
    assert read.outline.title == "在全县文教工作会议上的讲话"
    assert [b.text for b in read.outline.bylines] == ["县教育局局长张明远", "(2024年3月1日)"]


def test_words_after_a_title_that_only_end_like_an_office_stay_on_it(tmp_path: Path) -> None:
    # near miss: 同志 ends many words (同志代表 is no office and name)
    read = read_copy(tmp_path, "在全县文教工作会议上的发言同志代表\n" + BODY)
    assert read.outline.title == "在全县文教工作会议上的发言同志代表"


# a page cut off after the first point: 第一， standing as a heading paragraph of its own (studied on blind18)
CUT_HEAD = (
    "在全县秋冬种工作会议上的讲话\n同志们：\n今天我们召开全县秋冬种工作会议，把今年的任务交代清楚。\n"
    "下面，就做好今年的秋冬种工作，我再作一些强调。\n"
)
CUT_TEXT = "各乡镇要把秋冬种当作当前农村工作的头等大事来抓，主要领导亲自过问，分管领导靠前指挥，层层压实责任，"
CUT_END = "确保种足种好，不误农时，为明年农业丰收打下"


def test_a_lone_first_ordinal_heading_paragraph_on_a_cut_page_is_the_first_point(tmp_path: Path) -> None:
    text = CUT_HEAD + "第一，提高认识、压实责任，切实把秋冬种抓紧抓实。\n" + CUT_TEXT + "\n" + CUT_END + "\n"
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["提高认识、压实责任，切实把秋冬种抓紧抓实。"]


def test_the_same_heading_with_no_full_stop_and_a_page_number_after_the_cut(tmp_path: Path) -> None:
    text = CUT_HEAD + "第一,提高认识、压实责任\n" + CUT_TEXT + CUT_END + "\n- 1 -\n"
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == ["提高认识、压实责任"]


def test_a_lone_first_ordinal_that_runs_on_into_its_text_is_no_point(tmp_path: Path) -> None:
    """Near miss: 第一， opens a paragraph that goes on in sentences of text: a thing told in turn, perhaps."""
    text = CUT_HEAD + "第一，提高认识、压实责任。" + CUT_TEXT + "\n" + CUT_END + "\n"
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == []


def test_a_lone_first_ordinal_heading_in_a_speech_that_ends_is_no_point(tmp_path: Path) -> None:
    """Near miss: the page is not cut (the speech closes), so a single 第一， is no list."""
    text = (
        CUT_HEAD + "第一，提高认识、压实责任，切实把秋冬种抓紧抓实。\n" + CUT_TEXT + "确保种足种好，不误农时。\n"
        "同志们，秋冬种时间紧、任务重，希望大家回去以后迅速行动起来，确保圆满完成今年的各项任务！\n"
    )
    l1, _ = outline_levels(read_copy(tmp_path, text))
    assert l1 == []


# a page cut off in the first dash point under the first heading (studied on blind18)
DASH_HEAD = (
    "在全市防汛工作会议上的讲话\n同志们：\n今天召开全市防汛工作会议，总结去年工作，部署今年任务。下面，我讲三个问题。\n"
    "一、真抓实干，全市防汛工作取得明显成效\n"
)
DASH_TEXT = "一年来，各地各部门把防汛工作摆上重要位置，层层压实责任，全力以赴应对了多轮强降雨过程，保障了群众生命财产安全。\n"
DASH_ITEM = "——健全机制，防汛责任体系有新加强。全市各地坚持以责任落实为抓手，建立了市、县、乡、村四级责任网络，在预案修订方面，我市"


def test_a_lone_dash_point_under_a_heading_on_a_cut_page_is_its_first_sub_point(tmp_path: Path) -> None:
    l1, l2 = outline_levels(read_copy(tmp_path, DASH_HEAD + DASH_TEXT + DASH_ITEM + "\n"))
    assert l1 == ["真抓实干，全市防汛工作取得明显成效"]
    assert l2 == ["健全机制，防汛责任体系有新加强。"]


def test_the_lone_dash_point_right_under_its_heading_counts_too(tmp_path: Path) -> None:
    _, l2 = outline_levels(read_copy(tmp_path, DASH_HEAD + DASH_ITEM + "\n"))
    assert l2 == ["健全机制，防汛责任体系有新加强。"]


def test_a_lone_dash_line_in_a_speech_that_closes_is_no_sub_point(tmp_path: Path) -> None:
    """Near miss: the speech goes on and closes; a single dash line in a point is no list."""
    text = (
        DASH_HEAD + DASH_TEXT + DASH_ITEM + "的预案做到了全覆盖。\n"
        "二、正视问题，切实增强防汛工作的紧迫感\n当前，一些地方的防汛设施老化失修，群众的避险意识还不强，必须引起高度重视。\n"
        "同志们，防汛工作责任重于泰山。让我们立即行动起来，确保全市安全度汛！\n"
    )
    l1, l2 = outline_levels(read_copy(tmp_path, text))
    assert len(l1) == 2 and l2 == []
