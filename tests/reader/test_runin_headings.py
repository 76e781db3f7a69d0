"""Headings run into their paragraph with nothing between (bench/robustness.py's heading_runin damage).

A web page that drops a heading's line break glues it to the text under it: 一、统一思想提高认识当前我县…
Each test writes a short speech of our own wording whose headings are glued to their paragraphs the way
such a page glues them, and asserts the headings read back; a near miss beside each shows the same cue
not firing.
"""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

TITLE = "在全区社区养老服务工作推进会上的讲话"
OPENING = ["同志们：", "今天召开这次会议，主要是总结去年社区养老服务工作，安排今年任务。下面，我讲三点意见。"]
CLOSING = "同志们，养老服务连着千家万户。希望大家真抓实干，让老年人过上更加幸福的晚年生活！"


def _l1(tmp_path: Path, *points: str) -> list[str]:
    """The top-level headings read from a speech whose three points are ``points`` (label included)."""
    return outline_levels(read_copy(tmp_path, "\n".join([TITLE, *OPENING, *points, CLOSING])))[0]


ONE = "一、认清形势，增强做好养老服务工作的责任感"
ONE_TEXT = "过去一年，全区新建日间照料中心十二个，助餐点覆盖了所有街道。"
TWO = "二、突出重点，扎实推进居家养老服务"
TWO_TEXT = "居家养老是大多数老人的选择，上门服务要覆盖所有失能老人。"


def test_a_whole_sentence_that_opens_as_text_after_a_space_ends_the_heading(tmp_path: Path) -> None:
    # (the page kept only a space where the heading's bold ended; the sentence after it has no comma)
    got = _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, "三、明年的工作安排 我们要再建五个日间照料中心。")
    assert got == [ONE[2:], TWO[2:], "明年的工作安排"]


def test_a_space_between_a_headings_phrases_before_a_verb_does_not_end_it(tmp_path: Path) -> None:
    # near miss: after the space comes the heading's second phrase, closed by its own full stop
    got = _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, "三、坚持需求导向 推动社区养老服务提质增效。")
    assert got == [ONE[2:], TWO[2:], "坚持需求导向 推动社区养老服务提质增效。"]


THREE_TEXT = "各街道要明确专人负责，区民政局要加强督查，每季度通报一次进度。"


def test_glued_text_that_takes_up_the_headings_words_starts_at_the_whole_word(tmp_path: Path) -> None:
    # the text opens with the heading's last words (six characters), or with words of its first clause
    two = "二、突出重点，着力推动居家养老服务提质增效居家养老服务是大多数老人的选择，上门服务要覆盖所有失能老人。"
    three = "三、坚持社区自治，推进基层治理体系现代化社区自治是基层治理的基础，要让居民自己的事自己商量着办。"
    got = _l1(tmp_path, ONE, ONE_TEXT, two, three)
    assert got == [ONE[2:], "突出重点，着力推动居家养老服务提质增效", "坚持社区自治，推进基层治理体系现代化"]


def test_a_heading_word_said_again_after_把_in_a_lead_sentence_does_not_end_it(tmp_path: Path) -> None:
    # near miss: 把服务为民的要求… takes up the first clause's 服务为民 inside one lead sentence
    three = "三、坚持服务为民，把服务为民的要求落实到每一位老人身上。" + THREE_TEXT
    got = _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, three)
    assert got == [ONE[2:], TWO[2:], "坚持服务为民，把服务为民的要求落实到每一位老人身上。"]


def test_glued_text_that_opens_with_the_headings_first_words_starts_there(tmp_path: Path) -> None:
    one = "一、2025年养老服务工作回顾2025年是全区养老服务体系建设取得明显进展的一年。"
    three = "三、“十五五”时期的养老服务目标“十五五”时期，全区老年人口将继续增加，服务需求更加多样。"
    got = _l1(tmp_path, one, ONE_TEXT, TWO, TWO_TEXT, three)
    assert got == [one[2:15], TWO[2:], "“十五五”时期的养老服务目标"]


def test_a_heading_that_says_its_first_words_again_after_a_comma_is_one_heading(tmp_path: Path) -> None:
    # near miss: 发展养老产业，发展养老产业要… takes up the first words after the heading's own comma
    three = "三、发展养老产业，发展养老产业要坚持政府引导、市场运作。" + THREE_TEXT
    got = _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, three)
    assert got == [ONE[2:], TWO[2:], "发展养老产业，发展养老产业要坚持政府引导、市场运作。"]


def test_a_short_sentence_that_opens_with_the_headings_first_words_is_still_text(tmp_path: Path) -> None:
    # the text's sentence after the repeated words is short (2025年很不平凡。: ten characters)
    one = "一、2025年和近五年工作回顾2025年很不平凡。" + ONE_TEXT
    got = _l1(tmp_path, one, TWO, TWO_TEXT, "三、强化保障，确保各项任务落到实处", THREE_TEXT)
    assert got == ["2025年和近五年工作回顾", TWO[2:], "强化保障，确保各项任务落到实处"]


REVIEW = ["一、过去一年的工作回顾", "（一）服务网络更加完善。全区新建日间照料中心十二个。", "（二）服务质量稳步提高。老人满意度达到百分之九十。"]


def test_a_glued_lead_in_a_run_with_clear_headings_ends_where_its_text_opens(tmp_path: Path) -> None:
    # the first heading stands on its own line (sub-points under it); the others are glued to their text,
    # which opens with a time or the speaker's side (今年是… / 我们要…) right after the heading's last word
    two = "二、今年工作的总体要求今年是全区养老服务体系建设的关键之年，任务十分繁重。"
    three = "三、养老服务的重点任务我们要把居家养老放在更加突出的位置，让老人在家门口享受服务。"
    assert _l1(tmp_path, *REVIEW, two, three) == ["过去一年的工作回顾", "今年工作的总体要求", "养老服务的重点任务"]


def test_a_lead_sentence_whose_text_word_follows_a_comma_or_has_no_clear_heading_beside_it_stays_whole(
    tmp_path: Path,
) -> None:
    # near misses: 我们 after the lead's comma is the lead sentence going on; with no heading of the run
    # ending clearly, one glued 我们 is no evidence (two such leads are: tests/reader/test_glued_runs.py)
    two = "二、强化服务保障，我们要让每一位老人都感受到党和政府的温暖。"
    three = "三、抓好队伍建设我们一直在努力，护理人员持证上岗率逐年提高。"
    assert _l1(tmp_path, *REVIEW, two, three)[1] == two[2:]
    alone = ["一、做好养老服务工作我们责无旁贷，要以更大的力度推进。", "二、强化服务保障，让每一位老人都感受到温暖。"]
    assert _l1(tmp_path, *alone) == [alone[0][2:], alone[1][2:]]


ALIKE = [
    "一、服务网络更加完善",
    "全区新建日间照料中心十二个，助餐点覆盖了所有街道。",
    "二、服务质量稳步提高",
    "老人满意度达到百分之九十，投诉件数比上年减少一半。",
    "三、护理队伍不断壮大在区民政局的组织下，全年培训护理人员八百人次，持证上岗率明显提高。",
    "四、智慧养老起步良好",
    "呼叫平台已接入两千户老人家庭，紧急救助响应时间缩短到十分钟。",
]


def test_a_glued_heading_in_a_run_of_headings_of_one_length_ends_at_that_length(tmp_path: Path) -> None:
    # three clear headings of eight characters bound the fourth, whose text opens with no word of its own
    assert _l1(tmp_path, *ALIKE) == ["服务网络更加完善", "服务质量稳步提高", "护理队伍不断壮大", "智慧养老起步良好"]


def test_a_lead_sentence_among_headings_of_one_length_keeps_its_comma_clause(tmp_path: Path) -> None:
    # near miss: a mark within the shared length: the lead is no heading of that shape, it stays whole
    lines = list(ALIKE)
    lines[4] = "三、护理队伍，全年培训护理人员八百人次，持证上岗率明显提高。"
    assert _l1(tmp_path, *lines)[2] == "护理队伍，全年培训护理人员八百人次，持证上岗率明显提高。"


def test_glued_text_that_says_the_headings_first_three_characters_again_starts_there(tmp_path: Path) -> None:
    lines = [*REVIEW, "二、志愿者队伍建设志愿者是社区养老不可缺少的力量，要建立服务时间储蓄制度。", "三、养老服务的重点任务"]
    lines.append("（一）抓好居家服务。上门服务要覆盖所有失能老人。")
    lines.append("（二）抓好机构服务。每个街道都要有一家嵌入式养老机构。")
    assert _l1(tmp_path, *lines) == ["过去一年的工作回顾", "志愿者队伍建设", "养老服务的重点任务"]


def test_glued_text_whose_subject_is_a_word_of_the_heading_starts_there(tmp_path: Path) -> None:
    two = "二、弘扬敬老传统美德敬老是中华民族的美德，要在全社会大力弘扬。"
    assert _l1(tmp_path, *REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]) == ["过去一年的工作回顾", "弘扬敬老传统美德", "养老服务的重点任务"]


def test_a_word_of_the_heading_as_subject_after_a_comma_is_the_lead_going_on(tmp_path: Path) -> None:
    # near miss: 敬老是… after the lead's comma is its own clause, not glued text
    two = "二、弘扬敬老传统，敬老是中华民族的美德，要在全社会大力弘扬。"
    assert _l1(tmp_path, *REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:])[1] == two[2:]


def test_a_run_glued_throughout_is_cut_at_a_time_word_then_bounded_by_that_heading(tmp_path: Path) -> None:
    # no heading of the run stands on its own: 今年是… glued to the second ends it, and that heading then
    # bounds the others (我们… glued to the third)
    one = "一、补齐养老服务短板我们在调研中发现，不少老旧小区没有适合老人活动的场所。"
    two = "二、办好助餐服务实事今年是我们推进助餐服务全覆盖的关键一年，各街道要抓紧选址。"
    three = "三、加强护理人才培养我们要同职业院校合作，每年培养护理人员五百名。"
    assert _l1(tmp_path, one, two, three) == ["补齐养老服务短板", "办好助餐服务实事", "加强护理人才培养"]


def test_a_time_after_a_verb_in_a_run_glued_throughout_is_the_verbs_object(tmp_path: Path) -> None:
    # near miss: 认真总结过去一年，… takes the year as the verb's object: one lead sentence, uncut
    one = "一、认真总结过去一年，把成绩和问题都讲清楚，为今年的工作打好基础。"
    two = "二、科学谋划今年工作，突出助餐、助医、助浴三件实事。"
    assert _l1(tmp_path, one, two) == [one[2:], two[2:]]


def test_a_glued_lead_is_bounded_by_the_other_headings_of_its_run_not_by_itself(tmp_path: Path) -> None:
    # the second lead is cut short of its sentence where its text takes up 方案 again (…三年行动|方案起草…):
    # thirty-odd characters, it would bound itself; the run's other headings bound it, 今年3月 ends it
    two = "二、方案起草过程今年3月，区政府决定，由区民政局牵头起草养老服务三年行动方案起草工作历时半年。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines) == ["过去一年的工作回顾", "方案起草过程", "养老服务的重点任务"]


def test_glued_text_that_opens_with_a_topic_of_the_heading_and_a_colon_starts_there(tmp_path: Path) -> None:
    two = (
        "二、今后五年的目标和主要任务目标：到2030年，全区养老服务床位达到一万张，"
        "居家养老服务覆盖全部老人，养老服务人才队伍基本满足需要。"
    )
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines) == ["过去一年的工作回顾", "今后五年的目标和主要任务", "养老服务的重点任务"]


def test_a_topic_and_colon_after_the_leads_comma_is_the_lead_going_on(tmp_path: Path) -> None:
    # near miss: 目标：… after a comma is part of the lead sentence
    two = "二、明确今后五年的目标，目标：床位达到一万张。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines)[1] == "明确今后五年的目标，目标：床位达到一万张。"


def test_a_review_heading_glued_to_its_time_word_ends_before_it(tmp_path: Path) -> None:
    # 工作回顾 is the heading's noun, not a verb taking 过去一年 as its object
    one = "一、2025年工作回顾过去一年是全区养老服务体系建设取得明显进展的一年。"
    two = "二、2026年工作安排今年是实施养老服务三年行动方案的第一年，任务很重。"
    assert _l1(tmp_path, one, ONE_TEXT, two, TWO_TEXT) == ["2025年工作回顾", "2026年工作安排"]


def test_a_headings_second_clause_taking_up_a_word_of_its_first_does_not_end_it(tmp_path: Path) -> None:
    # near miss: 养老服务 of the first clause said again inside the second (切实维护养老服务安全) is still the
    # heading; the glued text starts where 安全 is taken up as its subject
    two = "二、推进养老服务体系建设，切实维护养老服务安全和老人权益安全是养老服务的生命线，一刻也不能放松。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines)[1] == "推进养老服务体系建设，切实维护养老服务安全和老人权益"


def test_glued_text_opening_with_a_quoted_term_of_the_heading_or_from_now_on_starts_there(tmp_path: Path) -> None:
    two = "二、推广“时间银行”做法“时间银行”是鼓励低龄老人服务高龄老人的好办法，要在全区推开。"
    three = "三、明确今后的主要任务从现在起，全区养老服务工作要转到提质增效上来。"
    lines = [*REVIEW, two, three, "四、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines) == ["过去一年的工作回顾", "推广“时间银行”做法", "明确今后的主要任务", "养老服务的重点任务"]


def test_a_quoted_term_said_again_after_a_comma_is_the_lead_going_on(tmp_path: Path) -> None:
    # near miss: “时间银行”是… after the lead's comma belongs to the lead sentence
    two = "二、推广“时间银行”做法，“时间银行”是好办法。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines)[1] == two[2:]


def test_glued_text_opening_with_this_and_a_word_of_the_heading_starts_there(tmp_path: Path) -> None:
    two = "二、加强对助餐服务的领导这次助餐服务扩面，时间紧、任务重。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines)[1] == "加强对助餐服务的领导"


def test_this_before_a_word_the_heading_does_not_hold_is_no_cue(tmp_path: Path) -> None:
    # near miss: 这次会议 is no word of the heading: the lead sentence is left whole
    two = "二、加强对助餐服务的领导这次会议以后要抓紧落实。"
    lines = [*REVIEW, two, "三、养老服务的重点任务", *REVIEW[1:]]
    assert _l1(tmp_path, *lines)[1] == two[2:]


def test_a_heading_with_commas_run_in_at_a_space_ends_at_the_space(tmp_path: Path) -> None:
    # the heading parts its phrases with commas; the sentence after the space (no comma, no text word) is text
    three = "三、强化保障，明确责任，确保各项任务落到实处 一个街道一名分管领导必须落实到位。"
    assert _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, three)[2] == "强化保障，明确责任，确保各项任务落到实处"


def test_a_space_after_a_heading_phrase_with_no_comma_before_it_stays_inside_the_heading(tmp_path: Path) -> None:
    # near miss: no comma before the space: the space may part the heading's phrases (坚持需求导向 推动…。)
    three = "三、坚持需求导向 一个街道一名分管领导落实到位。"
    assert _l1(tmp_path, ONE, ONE_TEXT, TWO, TWO_TEXT, three)[2] == three[2:]


def test_glued_text_whose_subject_is_a_term_of_another_heading_of_the_run_starts_there(tmp_path: Path) -> None:
    # 居家养老服务 is no word of the second heading but of the first: the run's own term, the text's subject;
    # 当前， opens the third heading's text
    lines = [
        "一、补齐居家养老服务短板", *REVIEW[1:],
        "二、以医养结合提升服务质量居家养老服务是全区养老服务的基础，要与医疗服务结合起来。",
        "三、加强养老服务人才培养当前，全区护理人员缺口仍然较大。",
    ]
    assert _l1(tmp_path, *lines) == ["补齐居家养老服务短板", "以医养结合提升服务质量", "加强养老服务人才培养"]


def test_a_short_word_of_another_heading_as_subject_is_no_cue(tmp_path: Path) -> None:
    # near miss: 养老 (two characters) is in the first heading only: too common a word to mark the text
    lines = ["一、补齐居家养老服务短板", *REVIEW[1:], "二、以医养结合提升服务质量养老是全区的一件大事，要抓紧抓好。"]
    assert _l1(tmp_path, *lines)[1] == "以医养结合提升服务质量养老是全区的一件大事，要抓紧抓好。"
