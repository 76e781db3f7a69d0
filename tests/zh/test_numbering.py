import datetime as dt

import pytest

from jianggao.zh.dates import chinese_date
from jianggao.zh.labels import first_sentence_end, match_label
from jianggao.zh.numbering import number_label, style_level
from jianggao.zh.numerals import MAX_NUMERAL, chinese_numeral, parse_chinese_number


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"), (105, "一百零五"), (110, "一百一十"), (123, "一百二十三"),
     (999, "九百九十九"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1011, "一千零一十一"),
     (1100, "一千一百"), (1234, "一千二百三十四"), (2005, "二千零五"), (9999, "九千九百九十九")],
)
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese_numeral(n) == text
    assert parse_chinese_number(text) == n


def test_every_numeral_reads_back_and_is_recognised_as_a_label() -> None:
    for n in range(1, MAX_NUMERAL + 1):
        text = chinese_numeral(n)
        assert parse_chinese_number(text) == n
        assert [m.index for m in match_label(f"{text}、正文")] == [n]
        assert [m.index for m in match_label(f"第{text}，正文")][0] == n


def test_numbers_past_the_largest_numeral_are_refused_in_chinese() -> None:
    with pytest.raises(ValueError, match="九千九百九十九"):
        chinese_numeral(MAX_NUMERAL + 1)


@pytest.mark.parametrize(
    ("style", "index", "label"),
    [
        ("一、", 11, "十一、"),
        ("（一）", 12, "（十二）"),
        ("1.", 10, "10."),
        ("（1）", 3, "（3）"),
        ("第一，", 2, "第二，"),
        ("一是", 4, "四是"),
        ("一要", 10, "十要"),
        ("首先", 1, "首先，"),
        ("首先", 2, "其次，"),
        ("首先", 3, "第三，"),
    ],
)
def test_labels(style: str, index: int, label: str) -> None:
    assert number_label(style, index) == label


def test_first_to_last_ends_with_last() -> None:
    assert [number_label("首先…最后", i, 4) for i in range(1, 5)] == ["首先，", "其次，", "第三，", "最后，"]
    assert [number_label("首先…最后", i, 2) for i in range(1, 3)] == ["首先，", "其次，"]  # two: no 最后
    assert number_label("首先", 3, 3) == "第三，"  # the plain style is unchanged


def test_dash_and_unnumbered_styles() -> None:
    assert number_label("——", 5) == "——"
    assert number_label("不编号", 2) == ""
    assert style_level("——", 1) == 2


def test_one_side_other_side_pairs_exactly_two() -> None:
    assert number_label("一方面", 1, 2) == "一方面，"
    assert number_label("一方面", 2, 2) == "另一方面，"
    with pytest.raises(ValueError):
        number_label("一方面", 1, 3)


def test_levels_follow_gbt9704() -> None:
    assert [style_level(s, 1) for s in ("（一）", "1.", "（1）")] == [2, 3, 4]
    assert style_level("一是", 1) == 2
    assert style_level("一是", 3) == 4
    assert style_level("一是", 4) == 4


def test_dates_have_no_leading_zeros() -> None:
    assert chinese_date(dt.date(2025, 3, 1)) == "2025年3月1日"
    assert chinese_date("2025-03-01") == "2025年3月1日"
    assert chinese_date("2025年3月1日") == "2025年3月1日"
    assert chinese_date(None) == ""


def test_numeral_after_the_comma_of_a_heading_label_still_makes_a_heading() -> None:
    from jianggao.zh.labels import match_label

    for text, heading in (("一、千方百计保民生", "千方百计保民生"), ("二、两个维护要落到实处", "两个维护要落到实处"),
                          ("三、三农工作不放松", "三农工作不放松")):
        m = match_label(text)
        assert [(x.style, text[x.end:]) for x in m] == [("一、", heading)]
    # a list of numerals written with 、 is no label
    assert match_label("一、二、三等奖各若干名。") == []


def test_agenda_items_read_with_or_without_the_host_lead() -> None:
    from jianggao.zh.labels import is_agenda_label, match_label

    for text, label in (("进行第二项议程：请县长讲话。", "进行第二项议程："),
                        ("开始大会第三项议程，颁奖。", "开始大会第三项议程，"),
                        ("下面，进行会议第一项议程，签订责任书。", "下面，进行会议第一项议程，"),
                        ("首先，进行第一项议程：请局长通报。", "首先，进行第一项议程："),
                        ("现在，进行第二项议程：表态发言。", "现在，进行第二项议程："),
                        ("接下来进行第三项议程：颁奖。", "接下来进行第三项议程：")):
        m = match_label(text)[0]
        assert (m.style, m.index, m.label) == ("第一，", int("一二三".index(label[label.index("第") + 1]) + 1), label)
        assert is_agenda_label(m.label)
    assert not is_agenda_label("第二，")
    assert match_label("进行调研要深入基层。") == []


def test_a_spoken_count_label_may_end_at_a_full_stop() -> None:
    from jianggao.zh.labels import match_label

    for text, n in (("第一句话。水利是命脉。", 1), ("第三点。要抓落实。", 3), ("第二个问题。关于作风。", 2)):
        m = match_label(text)[0]
        assert (m.style, m.index, m.label) == ("第一，", n, text[: text.index("。") + 1])
    assert match_label("第一。水利是命脉。") == []  # a bare ordinal and a full stop is a sentence, not a label


def test_a_spoken_ordinal_may_be_joined_to_its_heading_by_shi() -> None:
    from jianggao.zh.labels import match_label

    for text, label in (("第一个是关于工程师的故事。", "第一个是"), ("第二点是要抓落实。", "第二点是"), ("第三个特点，人人守标准。", "第三个特点，"),
                        ("第二类是工作中需要改进的问题。", "第二类是")):
        assert match_label(text)[0].label == label
    assert match_label("第一时间赶到现场。") == []


def test_one_side_may_be_joined_to_its_heading_by_shi() -> None:
    # (精神文明…包括两个方面：一方面是教育、科学…的发展规模和发展水平；另一方面是…: stop 64, the 1981 report)
    for text, label, index in (("一方面是教育事业的发展水平；", "一方面是", 1), ("另一方面是社会风气的好转。", "另一方面是", 2),
                               ("一方面，要抓好学习；", "一方面，", 1)):
        m = match_label(text)[0]
        assert (m.style, m.label, m.index) == ("一方面", label, index)
    assert match_label("一方面是的，另一方面不是。")[0].label == "一方面"  # (是的 answers; it joins nothing)


def test_word_export_digits_and_digit_shi_are_labels() -> None:
    from jianggao.zh.labels import match_label, sentence_starts

    assert [(m.style, m.index) for m in match_label("⒉基础设施明显改善。")] == [("1.", 2)]
    assert [(m.style, m.index) for m in match_label("2是促进青年成长的需要。")] == [("一是", 2)]
    text = "务必保持清醒，一要抓责任。二要抓长效。"
    assert sentence_starts(text) == [text.index("一要"), text.index("二要")]
    assert sentence_starts("我们要坚持，一方面抓好学习") == []  # after a comma only 一是 and 一要 open a list


def test_a_spoken_ordinal_may_count_a_quoted_term() -> None:
    from jianggao.zh.labels import match_label

    m = match_label("第二个“一点”是提一点建议。")[0]
    assert (m.style, m.index, m.label) == ("第一，", 2, "第二个“一点”是")


def test_a_part_of_a_report_is_a_spoken_ordinal() -> None:
    from jianggao.zh.labels import match_label

    for text, label in (("第一部分“回顾过去五年的工作”。阐明……", "第一部分"), ("第二部分是基本判断。", "第二部分是"),
                        ("第三部分　今后五年的任务", "第三部分")):
        m = match_label(text)[0]
        assert (m.style, m.label) == ("第一，", label)
    assert match_label("第一部分同志认识不到位。") == []


def test_a_comma_or_colon_after_yishi_and_yiyao_belongs_to_the_label() -> None:
    """二是，变革… / 三要：做到…: the mark after the label is the label's, so the heading does not open with it."""
    assert [(m.style, m.index, m.label) for m in match_label("二是，变革这条线有各种角色")] == [("一是", 2, "二是，")]
    assert [(m.style, m.index, m.label) for m in match_label("三要：做到令行禁止")] == [("一要", 3, "三要：")]
    assert [(m.label, m.end) for m in match_label("一是要坚持问题导向")] == [("一是", 2)]


def test_a_sentence_reporting_a_closed_quotation_runs_to_the_paragraphs_end() -> None:
    reported = "报告说：“各地已经动起来了。这是一个新的特点。”"
    assert first_sentence_end(reported) == len(reported)
    went_on = "他说：“我们要抓紧。”然后大家都动起来了。后面还有话。"
    assert went_on[: first_sentence_end(went_on)] == "他说：“我们要抓紧。”然后大家都动起来了。"
    never_closed = "他说：“我们要抓紧。大家都动起来"
    assert never_closed[: first_sentence_end(never_closed)] == "他说：“我们要抓紧。"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("1，作为一个工具，微信要与时俱进。", [("1.", 1, "作为一个工具，微信要与时俱进。")]),  # a transcript's count (stop 16)
        ("2，“帮助创造者”是出发点。", [("1.", 2, "“帮助创造者”是出发点。")]),
        ("1，000名学生参加了活动。", []),  # a figure with a thousands comma
        ("2019，我们迎来了新的一年。", []),  # a year, no count
        ("3, 我们要做好准备。", []),  # a half-width comma: not this form
    ],
)
def test_an_arabic_count_with_a_full_width_comma(text: str, found: list[tuple[str, int, str]]) -> None:
    assert [(m.style, m.index, text[m.end :]) for m in match_label(text)] == found


@pytest.mark.parametrize(("text", "label"), [("01｜先别急着没收手机", "01｜"), ("04 | 2025，我们要做难而正确的事", "04 |"), ("02｜AI赋能，做强产品", "02｜")])
def test_a_number_before_a_bar_is_a_label(text: str, label: str) -> None:
    # (a WeChat article's numbered sections: gt18, o18; stop 24)
    found = match_label(text)
    assert [(m.style, m.label.strip()) for m in found] == [("1.", label)]


@pytest.mark.parametrize("text", ["2024｜年度回顾", "12｜", "3 | ,"])
def test_a_year_or_a_bare_bar_is_no_label(text: str) -> None:
    """Near miss: four digits before a bar (a year), or nothing Chinese after it."""
    assert match_label(text) == []


@pytest.mark.parametrize(("text", "index"), [("壹｜信心比黄金更宝贵", 1), ("叁｜陪伴比督促更温暖", 3), ("贰、方法比苦干更重要", 2)])
def test_a_formal_numeral_before_a_bar_is_a_heading_label(text: str, index: int) -> None:
    # (a WeChat article's banners numbered 壹 贰 叁: uz22; stop 43)
    assert [(m.style, m.index) for m in match_label(text)] == [("一、", index)]


@pytest.mark.parametrize("text", ["壹佰元以下的礼品也不能收", "叁｜"])
def test_a_formal_numeral_in_words_is_no_label(text: str) -> None:
    # near miss: an amount written in the formal numerals; a bar with no heading after it
    assert match_label(text) == []


def test_a_bracketed_count_past_ten_written_digit_by_digit_is_a_label() -> None:
    """（一〇） （一一） （二〇）: the selected works write the counts past ten digit by digit; a leading 〇 is no count."""
    assert [(m.style, m.index) for m in match_label("（一〇）我们的敌人")] == [("（一）", 10)]
    assert [(m.style, m.index) for m in match_label("（一一）为了和平")] == [("（一）", 11)]
    assert [(m.style, m.index) for m in match_label("（二〇）向关门主义作斗争")] == [("（一）", 20)]
    assert match_label("（〇一）号文件") == []
    assert match_label("一〇、不是标题") == []
