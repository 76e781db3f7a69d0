"""Every check rule on a speech built from tagged lines: one passing and one failing case each.

The speeches go through ``build_speech`` (the parser templates use), so the
rules see the same structure a rendered spec or a read draft gives them;
places are paragraph numbers, as for drafts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.checking.findings import Finding
from jianggao.checking.runner import RULES, run_rules
from jianggao.checking.subject import CheckOptions, Subject, speech_units
from jianggao.render.markup import build_speech

OPENING = "@salutation 同志们：\n@opening 今天召开全市安全生产工作会议，主要任务是部署今年工作。下面，我讲三点意见。\n"
POINTS = """@h1[一、] 系统治理，压实各方安全责任
@lead2[第一，] 压实企业主体责任。
@p 要督促企业主要负责人履行第一责任人职责。
@lead2[第二，] 压实部门监管责任。
@p 要把监管责任落实到具体岗位和具体人员。
@h1[二、] 突出重点，深化隐患排查整治
@lead2[第一，] 抓好危险化学品整治。
@p 要对危险化学品企业开展全覆盖检查。
@lead2[第二，] 抓好道路交通整治。
@p 要严厉打击超速超载等违法行为。
@h1[三、] 夯实基础，提升应急处置能力
@lead2[第一，] 加强应急队伍建设。
@p 要配齐配强乡镇街道应急力量。
@lead2[第二，] 加强安全宣传教育。
@p 要推动安全知识进企业、进社区、进学校。
"""
CLOSING = "@closing 同志们，安全生产只有起点，没有终点。让我们守牢安全底线！\n@thanks 谢谢大家！\n"
GOOD = "@title 在全市安全生产工作会议上的讲话\n" + OPENING + POINTS + CLOSING


def subject_of(markup: str) -> Subject:
    speech = build_speech(markup)
    return Subject(Path("draft.txt"), speech, speech_units(speech))


def findings(markup: str, rule: str, **options) -> list[Finding]:
    return [f for f in run_rules(subject_of(markup), CheckOptions(**options)) if f.rule == rule]


def test_the_good_speech_has_no_errors_or_warnings():
    found = run_rules(subject_of(GOOD), CheckOptions())
    assert [(f.rule, f.severity) for f in found] == [("length", "info")]


def test_every_rule_is_run():
    assert len(RULES) == 17


def test_a_thanks_line_said_twice():
    assert findings(GOOD, "thanks-twice") == []
    twice = GOOD.replace("让我们守牢安全底线！\n", "让我们守牢安全底线！谢谢大家！\n")
    found = findings(twice, "thanks-twice")
    assert [(f.severity, f.message) for f in found] == [("warning", "结尾最后一段已经致谢，致谢语“谢谢大家！”又说了一遍")]


def test_a_thanks_line_ends_as_a_sentence():
    assert findings(GOOD, "thanks-punctuation") == []
    found = findings(GOOD.replace("@thanks 谢谢大家！", "@thanks 谢谢大家"), "thanks-punctuation")
    assert [(f.severity, f.message) for f in found] == [("warning", "致谢语“谢谢大家”没有结束标点")]
    assert findings(GOOD.replace("@thanks 谢谢大家！", "@thanks 谢谢！"), "thanks-punctuation") == []


# --- placeholder ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, token",
    [
        ("昨天，XX书记作了部署。", "XX"),
        ("这是我回到X工作以后首次来到这里。", "X"),
        ("在20XX年全市工作会议上。", "XX"),
        ("由××同志负责。", "××"),
        ("请某某同志牵头落实。", "某某"),
        ("请○○同志牵头落实。", "○○"),
        ("由【单位名称】牵头落实。", "【单位名称】"),
        ("全年完成投资（）亿元。", "（）"),
        ("全年完成投资( )亿元。", "( )"),
        ("抓获违法犯罪人员XXX名。", "XXX"),
        ("抓获违法犯罪人员ＸＸ名。", "ＸＸ"),
        ("全年完成投资___亿元。", "___"),
    ],
)
def test_placeholder_found(text, token):
    found = findings(GOOD.replace("主要任务是部署今年工作。", text), "placeholder")
    assert len(found) == 1
    assert found[0].severity == "error"
    assert f"“{token}”" in found[0].message
    assert found[0].place.paragraph == 3
    assert token in found[0].place.excerpt


def test_many_placeholders_in_one_paragraph_are_one_finding():
    text = "破获案件XX件，抓获XX人，查处XX起，下降XX%，××负责。"
    found = findings(GOOD.replace("主要任务是部署今年工作。", text), "placeholder")
    assert len(found) == 1
    assert "5 处" in found[0].message and "“XX”、“××”" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "要为群众免费做X光检查。",
        "开发了基于XML和Linux的平台。",
        "二○○八年以来，我们坚持不懈。",
        "某些单位还存在某种倾向。",
        "按3×4的编组开展演练。",
        "（一）要认清形势。",
    ],
)
def test_placeholder_false_friends(text):
    assert findings(GOOD.replace("主要任务是部署今年工作。", text), "placeholder") == []


# --- count-mismatch --------------------------------------------------------------


def test_announced_count_matches():
    assert findings(GOOD, "count-mismatch") == []
    assert findings(GOOD.replace("讲三点意见", "强调3个方面"), "count-mismatch") == []


@pytest.mark.parametrize("said", ["讲四点意见", "强调4个方面", "重点强调五个方面", "讲两点"])
def test_announced_count_differs(said):
    found = findings(GOOD.replace("讲三点意见", said), "count-mismatch")
    assert len(found) == 1
    assert found[0].severity == "error"
    assert "实际有 3 个一级要点" in found[0].message
    assert "三" in found[0].suggestion
    assert found[0].place.paragraph == 3


def test_announced_count_of_sub_points():
    markup = GOOD.replace(
        "@lead2[第一，] 压实企业主体责任。",
        "@p 在此，我再提3点要求。\n@lead2[第一，] 压实企业主体责任。",
    )
    found = findings(markup, "count-mismatch")
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert "“一、”下的分论点" in found[0].message
    assert "实际有 2 个" in found[0].message
    assert findings(markup.replace("提3点要求", "提两点要求"), "count-mismatch") == []


# --- point-count -------------------------------------------------------------------


def _points(n: int) -> str:
    heads = ["系统治理，压实各方安全责任", "突出重点，深化隐患排查整治", "夯实基础，提升应急处置能力",
             "从严监管，强化执法检查力度", "广泛宣传，营造全民参与氛围", "强化保障，健全投入长效机制"]
    from jianggao.zh.numbering import number_label

    return "".join(f"@h1[{number_label('一、', i + 1)}] {heads[i]}\n@p 要抓好落实。\n" for i in range(n))


@pytest.mark.parametrize("n", [3, 4, 5])
def test_three_to_five_points_pass(n):
    markup = "@title 讲话\n@opening 下面，我讲几点意见。\n" + _points(n)
    assert findings(markup, "point-count") == []


@pytest.mark.parametrize("n, words", [(2, "少于"), (6, "超过"), (0, "没有")])
def test_too_few_or_too_many_points(n, words):
    markup = "@title 讲话\n@opening 下面，我讲几点意见。\n" + (_points(n) if n else "@p 要抓好落实。\n")
    found = findings(markup, "point-count")
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert words in found[0].message
    if n == 6:
        assert "强化保障" in found[0].place.excerpt  # the sixth point is where it goes over


# --- parallelism ---------------------------------------------------------------------


def test_parallel_headings_pass():
    assert findings(GOOD, "parallelism") == []
    one_word = "@title 讲话\n@h1[一、] 清醒\n@p 甲。\n@h1[二、] 担当\n@p 乙。\n@h1[三、] 坚守\n@p 丙。\n"
    assert findings(one_word, "parallelism") == []


def test_heading_with_other_clause_lengths():
    found = findings(GOOD.replace("突出重点，深化隐患排查整治", "突出重点领域，深化隐患排查整治"), "parallelism")
    assert len(found) == 1
    assert "“二、突出重点领域，深化隐患排查整治”" in found[0].message
    assert "6+8" in found[0].message and "4+8" in found[0].message
    assert found[0].place.paragraph == 7


def test_heading_with_other_clause_count():
    found = findings(GOOD.replace("夯实基础，提升应急处置能力", "夯实基础，提升能力，营造氛围"), "parallelism")
    assert len(found) == 1
    assert "有 3 个分句" in found[0].message
    assert "同级其他标题多为 2 个分句（4+8 字）" in found[0].message  # (the space was missing)


def test_run_in_leads_of_one_list_are_compared():
    markup = GOOD.replace(
        "@lead2[第二，] 压实部门监管责任。",
        "@lead2[第二，] 压实部门监管责任。\n@p 要抓落实。\n@lead2[第三，] 压实属地管理责任并健全考核。",
    ).replace("@lead2[第一，] 压实企业主体责任。", "@lead2[第一，] 压实企业主体责任。\n@p 要抓落实。")
    found = findings(markup, "parallelism")
    assert len(found) == 1
    assert "压实属地管理责任并健全考核" in found[0].message


# --- numbering-gap -----------------------------------------------------------------------


def test_continuous_numbering_passes():
    assert findings(GOOD, "numbering-gap") == []


def test_numbering_gap():
    found = findings(GOOD.replace("@h1[三、] ", "@h1[四、] "), "numbering-gap")
    assert len(found) == 1
    assert found[0].severity == "error"
    assert "跳过了“三、”" in found[0].message
    assert "“四、”" in found[0].message


def _many_points(numbers: list[int]) -> str:
    """Points numbered ``numbers``, the first with sub-points 第……， numbered the same."""
    from jianggao.zh.numbering import number_label

    leads = "".join(f"@lead2[{number_label('第一，', n)}] 压实企业主体责任。\n@p 要抓好落实。\n" for n in numbers)
    points = "".join(f"@h1[{number_label('一、', n)}] 系统治理，压实各方安全责任\n@p 要抓好落实。\n" for n in numbers[1:])
    return f"@title 讲话\n@opening 下面，我讲几点意见。\n@h1[一、] 系统治理，压实各方安全责任\n{leads}{points}"


def test_numbers_with_zero_in_them_are_no_gap():  # 一百零一、 第一百零一，
    markup = _many_points(list(range(1, 112)))
    assert findings(markup, "numbering-gap") == []
    assert "111 个一级要点" in findings(markup, "point-count")[0].message


def test_a_gap_after_one_hundred_is_named():
    found = findings(_many_points([*range(1, 102), 103]), "numbering-gap")
    assert sorted(f.message for f in found) == [
        "序号跳过了“一百零二、”，直接到了“一百零三、”",
        "序号跳过了“第一百零二”，直接到了“第一百零三，”",
    ]


def test_numbering_repeat_and_sub_level_gap():
    markup = GOOD.replace("@h1[三、] ", "@h1[二、] ").replace("@lead2[第二，] 抓好道路", "@lead2[第三，] 抓好道路")
    found = findings(markup, "numbering-gap")
    assert [("重复" in f.message, "跳过了“第二”" in f.message) for f in found] == [(False, True), (True, False)]


# --- mixed-styles -------------------------------------------------------------------------


def test_one_style_per_level_passes():
    assert findings(GOOD, "mixed-styles") == []
    sequence = GOOD.replace("@lead2[第一，] 压实企业", "@lead2[首先，] 压实企业").replace(
        "@lead2[第二，] 压实部门", "@lead2[其次，] 压实部门\n@p 要抓好。\n@lead2[第三，] 压实属地"
    )
    assert [f for f in findings(sequence, "mixed-styles") if f.severity != "info"] == []


def test_mixed_styles_in_one_list():
    found = findings(GOOD.replace("@lead2[第二，] 压实部门", "@lead2[二是] 压实部门"), "mixed-styles")
    warnings = [f for f in found if f.severity == "warning"]
    assert len(warnings) == 1
    assert "“第一，”和“一是”" in warnings[0].message
    assert warnings[0].place.paragraph == 6


def test_mixed_styles_across_points_at_one_level():
    markup = GOOD.replace("@lead2[第一，] 抓好危险", "@lead2[一是] 抓好危险").replace("@lead2[第二，] 抓好道路", "@lead2[二是] 抓好道路")
    found = findings(markup, "mixed-styles")
    assert [(f.severity, "“二、”下的分论点用“一是”" in f.message) for f in found] == [("info", True)]


# --- length and duration ------------------------------------------------------------------


def test_length_summary_and_cap():
    chars = build_speech(GOOD).body_characters()
    info = findings(GOOD, "length")
    assert [f.severity for f in info] == ["info"]
    assert f"全文约 {chars} 字" in info[0].message
    assert findings(GOOD, "length", max_chars=chars) == info
    over = [f for f in findings(GOOD, "length", max_chars=chars - 10) if f.severity == "error"]
    assert len(over) == 1
    assert "多 10 字" in over[0].message


def test_duration_against_target_and_rate():
    chars = build_speech(GOOD).body_characters()
    minutes = chars / 220
    assert findings(GOOD, "duration") == []  # no target
    assert findings(GOOD, "duration", duration=minutes) == []
    over = findings(GOOD, "duration", duration=minutes / 2)
    assert [f.severity for f in over] == ["warning"]
    assert "超过计划" in over[0].message
    assert findings(GOOD, "duration", duration=minutes / 2, rate=440) == []  # a faster reader makes it
    under = findings(GOOD, "duration", duration=minutes * 3)
    assert [f.severity for f in under] == ["info"]


# --- punctuation-halfwidth ----------------------------------------------------------------


def test_fullwidth_punctuation_passes():
    markup = GOOD.replace("部署今年工作。", "部署今年工作，时间是2025年3月1日10:30，投资1,000万元。")
    assert findings(markup, "punctuation-halfwidth") == []


def test_halfwidth_punctuation_in_chinese():
    markup = GOOD.replace("今天召开全市安全生产工作会议，主要任务", "今天召开全市安全生产工作会议,主要任务:").replace(
        "@salutation 同志们：", "@salutation 同志们:"
    )
    found = findings(markup, "punctuation-halfwidth")
    assert [f.place.paragraph for f in found] == [2, 3]
    assert "共 2 处" in found[1].message
    assert ",→，" in found[1].suggestion and ":→：" in found[1].suggestion


# --- unbalanced-pair ------------------------------------------------------------------------


def test_balanced_pairs_pass():
    markup = GOOD.replace("部署今年工作。", "做到“清醒、担当、坚守”，落实《条例》（试行）的“‘三个必须’”要求。")
    assert findings(markup, "unbalanced-pair") == []


@pytest.mark.parametrize(
    "text, mark",
    [("做到“清醒、担当、坚守。", "“"), ("落实《条例的要求。", "《"), ("落实条例》的要求。", "》"), ("落实（试行的要求。", "（")],
)
def test_unbalanced_pairs(text, mark):
    found = findings(GOOD.replace("部署今年工作。", text), "unbalanced-pair")
    assert len(found) == 1
    assert found[0].severity == "error"
    assert found[0].message.startswith(f"“{mark}”")
    assert found[0].place.paragraph == 3


# --- repeated-sentence -------------------------------------------------------------------------


def test_short_repeats_and_distinct_sentences_pass():
    markup = GOOD.replace("@thanks 谢谢大家！", "@thanks 谢谢大家！谢谢大家！")
    assert findings(markup, "repeated-sentence") == []


def test_repeated_sentence():
    markup = GOOD.replace("让我们守牢安全底线！", "要督促企业主要负责人履行第一责任人职责。")
    found = findings(markup, "repeated-sentence")
    assert len(found) == 1
    assert "第5段" in found[0].message
    assert found[0].place.paragraph == 13


def test_run_in_leads_may_differ_by_a_character_or_two():
    markup = GOOD.replace(
        "@lead2[第二，] 压实部门监管责任。",
        "@lead2[第二，] 压实部门监管责任。\n@p 要抓落实。\n@lead2[第三，] 压实属地管理工作责任。",
    )
    assert findings(markup, "parallelism") == []  # 8, 8, 10 characters


def test_sub_points_restart_after_other_text():
    markup = GOOD.replace(
        "@p 要把监管责任落实到具体岗位和具体人员。",
        "@p 要把监管责任落实到具体岗位和具体人员。\n@p 同时要看到存在的问题。\n@lead2[第一，] 认识不到位。\n@lead2[第二，] 措施不到位。",
    )
    assert findings(markup, "numbering-gap") == []
    top_restart = GOOD.replace("@h1[三、] ", "@h1[一、] ")
    assert ["顺序颠倒" in f.message for f in findings(top_restart, "numbering-gap")] == [True]


def test_halfwidth_everywhere_is_one_finding():
    markup = GOOD.replace("，", ",")
    found = findings(markup, "punctuation-halfwidth")
    assert len(found) == 1
    assert found[0].message.startswith("全文有 ")
    assert found[0].place.paragraph == 3


def test_a_quoted_count_in_the_opening_is_only_a_warning():
    quoted = GOOD.replace("主要任务是部署今年工作。", "主要任务是部署今年工作。总书记强调四点要求，我们要认真落实。")
    found = findings(quoted, "count-mismatch")
    assert [(f.severity, "四点" in f.message) for f in found] == [("warning", True)]
