"""Forms of congress addresses, 座谈会 and a company leader's transcribed speeches (everyday round b): the spoken
还有第三点，, a spoken end before the next instructions, a title naming the speaker its byline names too, 我们坚信…
as closing words, the hall's answers in a transcript, and a speaker's asides (还有一个，…) that never count his points;
each with a near miss that keeps its reading. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "一季度的经营数据大家都看到了，几个事业部完成得不错，但也有两个事业部拖了后腿，这个要引起重视。"


def test_a_third_point_said_with_还有_before_it(tmp_path: Path) -> None:
    text = "\n\n".join(["在一季度经营分析会上的讲话", "各位：", "今天讲几点。", "第一点，关于经营指标。", TEXT, "第二点，关于安全生产。", TEXT,
                       "还有第三点，讲一下干部作风的问题。", TEXT, "好，就讲这些。下面各事业部一周之内把计划报到总经办，散会。"])
    spec, _ = mine(tmp_path, text)
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["关于经营指标", "关于安全生产", "讲一下干部作风的问题"]
    assert spec["closing"] == ["好，就讲这些。下面各事业部一周之内把计划报到总经办，散会。"]


def test_a_point_closed_before_the_next_is_announced_is_no_closing(tmp_path: Path) -> None:
    # near miss: 这个问题就讲这些。下面我再讲… goes on with the speech
    text = "\n\n".join(["在一季度经营分析会上的讲话", "各位：", "今天讲两点。", "第一点，关于经营指标。", TEXT, "第二点，关于安全生产。", TEXT,
                       "这个问题就讲这些。下面我再讲讲干部作风，这个问题也很重要，大家要高度重视。"])
    spec, _ = mine(tmp_path, text)
    assert not spec.get("closing")


def test_a_title_naming_the_speaker_its_byline_names_keeps_the_occasion(tmp_path: Path) -> None:
    body = "\n\n".join(["各位青年朋友：", "今天是五四青年节。借此机会，我讲三点。", "一是要坚定理想信念。" + TEXT, "二是要勇于担当作为。" + TEXT,
                        "三是要锤炼品德修为。" + TEXT, "青年朋友们，让我们共同努力！"])
    spec, _ = mine(tmp_path, "黄立群在纪念五四运动105周年青年座谈会上的讲话\n\n黄立群\n\n" + body)
    assert (spec["title"], spec["speaker"]) == ("在纪念五四运动105周年青年座谈会上的讲话", "黄立群")
    other, _ = mine(tmp_path, "黄立群在纪念五四运动105周年青年座谈会上的讲话\n\n李某某\n\n" + body)  # near miss: another name
    assert (other["title"], other["speaker"]) == ("黄立群在纪念五四运动105周年青年座谈会上的讲话", "李某某")


CONGRESS = "\n\n".join([
    "在中国共产党南屏县第十五次代表大会上的开幕词", "各位代表、同志们：",
    "中国共产党南屏县第十五次代表大会，经过充分准备，今天开幕了。",
    "过去五年，全县各级党组织和广大党员团结带领全县人民，推动经济社会发展取得了显著成绩。",
    "为了开好这次大会，大会筹备工作组做了大量细致的工作。希望全体代表珍惜党员和人民的信任，认真履行代表职责。",
])


def test_we_are_sure_before_the_declaration_opens_the_closing(tmp_path: Path) -> None:
    sure = "我们坚信，有全体代表的共同努力，这次大会一定能够开成一个团结民主、奋发进取的大会！"
    spec, _ = mine(tmp_path, "\n\n".join([CONGRESS, sure, "现在，我宣布：中国共产党南屏县第十五次代表大会开幕！", "请全体起立，奏唱国歌。"]))
    assert spec["closing"][0] == sure


RALLY = "\n\n".join([
    "在2024年营销冲刺誓师大会上的讲话", "同志们，伙伴们：", "今天开这个誓师大会，我就讲三句话。",
    "一要把客户跑透。" + TEXT, "二要把回款抓牢。" + TEXT, "三要把团队带好。" + TEXT,
])


def test_the_halls_answers_in_a_transcript_are_no_paragraphs_of_the_speech(tmp_path: Path) -> None:
    call = "好了，话不多说。同志们，号角已经吹响，接下来就看大家的了！大家有没有信心？"
    spec, report = mine(tmp_path, "\n\n".join([RALLY, call, "（全场：有！）", "好！一季度，我们庆功宴上见！散会！"]))
    assert spec["closing"] == [call, "好！一季度，我们庆功宴上见！散会！"]
    assert "（现场记录）：（全场：有！）" in report  # (dropped, and said)
    # near miss: a bracketed line of the speaker's own (a note of the date) is no answer of the hall
    kept, _ = mine(tmp_path, "\n\n".join([RALLY, call, "（此处插播视频）", "好！一季度，我们庆功宴上见！散会！"]))
    assert "（此处插播视频）" in kept["closing"]


GALA = "\n\n".join([
    "在集团2024新春年会上的讲话", "各位同事：", "今天我不念稿子了，就说几个事儿。",
    "第一个事儿，回顾一下2023年。", TEXT, "还有一个，去年我们三号线技改完成了，能耗降了百分之十二，这个要表扬。",
    "第二个事儿呢，说说2024年咱们干什么。", TEXT, "第三个，我想讲讲咱们的队伍。", TEXT,
])


def test_a_speakers_aside_inside_a_point_never_counts_his_points(tmp_path: Path) -> None:
    # 还有一个，… inside the first point is an aside; so is the one inside the third, not a fourth point (b11)
    aside = "还有一个，咱们的职工宿舍，今年要全部改造一遍，空调、热水都要配齐。"
    spec, _ = mine(tmp_path, "\n\n".join([GALA, aside, "好，我就说这么多。祝大家新年快乐！"]))
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["回顾一下2023年", "说说2024年咱们干什么", "我想讲讲咱们的队伍"]


def test_a_speaker_who_goes_on_with_还有一个_only_after_his_second_point_counts_it(tmp_path: Path) -> None:
    # near miss: no aside before: 第一个事儿，… 第二个事儿，… 还有一个，… is the third
    text = "\n\n".join(["在集团2024新春年会上的讲话", "各位同事：", "今天我不念稿子了，就说几个事儿。", "第一个事儿，回顾一下2023年。", TEXT,
                        "第二个事儿呢，说说2024年咱们干什么。", TEXT, "还有一个，讲讲咱们的队伍。", TEXT, "好，我就说这么多。祝大家新年快乐！"])
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 3


PLENUM_HEAD = "在县委全会上的讲话\n\n同志们：\n\n这次全会的主要任务是总结今年工作、部署明年任务。下面，我讲两点意见。\n\n一、准确把握当前形势\n\n"
DONE = "一年来，我们主要抓了这样几件事：一是抓项目稳增长，全年实施县级重点项目156个，完成投资128亿元；二是抓改革添活力，完成了一批重点改革任务；三是抓民生惠民生，办成了十件民生实事。"
PARTS = ["（一）看成绩，要看到发展基础更加坚实。" + TEXT, "（二）看问题，要看到短板弱项依然突出。" + TEXT]
PLENUM_END = "\n\n二、突出重点攻坚突破\n\n" + TEXT + "\n\n同志们，让我们共同努力！"


def test_a_list_said_in_a_points_text_before_its_sub_points_stays_in_the_text(tmp_path: Path) -> None:
    # 一年来…：一是…；二是…；三是…。 in the point's text, then （一）（二） opening paragraphs: these are its items (b10)
    spec, _ = mine(tmp_path, PLENUM_HEAD + "\n\n".join([DONE, *PARTS]) + PLENUM_END)
    point = spec["points"][0]
    assert headings(point["items"]) == ["看成绩，要看到发展基础更加坚实", "看问题，要看到短板弱项依然突出"]
    assert point["intro"] == [DONE]


def test_a_list_said_in_a_points_text_with_no_sub_points_after_it_reads_as_before(tmp_path: Path) -> None:
    # near miss: no （一） run after it: the list's reading is the one the suite's convention gives (unchanged)
    spec, _ = mine(tmp_path, PLENUM_HEAD + DONE + PLENUM_END)
    assert "items" not in spec["points"][0] and spec["points"][0]["intro"] == [DONE]


def test_a_list_said_in_the_text_that_counts_on_in_paragraphs_is_one_list(tmp_path: Path) -> None:
    # near miss: 一要…二要…三要… in the text, then 四要… opening a paragraph: one list, all four the point's items
    said = "建立长效机制，要抓好几件事：一要健全法规制度，加快出台保护条例；二要完善管理体制，理顺职责；三要建立专家咨询制度，重大事项先咨询后决策。"
    spec, _ = mine(tmp_path, PLENUM_HEAD + "\n\n".join([said, "四要保障资金投入。" + TEXT]) + PLENUM_END)
    assert len(spec["points"][0]["items"]) == 4
