"""Forms of a lecture's points (blind42, studied at stop 18), in speeches of our own wording beside near misses:
最后，我以为… after 第一，第二，第三， is the last point, not the closing words (最后，我祝… is); a role line (主讲：…)
under a lecture's title is its byline; 敬爱的老师，… is a salutation; and 第一，是… takes
its 是 into the label, as 第一是… does (第一，是否… keeps its words)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.zh.labels import match_label

OPENING = "今天请大家来，是想谈谈读书会今后怎么办。我说一说今后应当注意的几点。"
POINTS = (
    "第一，读书要和实际相结合。只在书斋里议论问题，无论怎样激烈，都是容易的；一碰到实际，就见分晓了。",
    "第二，我以为读书的范围应该扩大。这几年大家读的书太窄，翻来覆去总是那几本，眼界就打不开。",
    "第三，我们应当培养一大批新的读书人。现在来参加活动的总是那么几个人，内容难免单调，要多吸收年轻人。",
)


def read(paragraphs: tuple[str, ...]):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paragraphs)])


def test_last_i_think_after_three_points_is_the_fourth_point() -> None:
    last = "最后，我以为联合起来是要有共同目的的。目的不同，聚在一起也是散的，这一点大家要想清楚。"
    outline = read(("在读书会年会上的讲话", "各位会员：", OPENING, *POINTS, last))
    assert [n.heading.rstrip("。") for n in outline.points] == [
        "读书要和实际相结合",
        "我以为读书的范围应该扩大",
        "我们应当培养一大批新的读书人",
        "我以为联合起来是要有共同目的的",
    ]
    assert outline.closing == []


def test_last_i_wish_after_three_points_is_the_closing() -> None:
    """Near miss: 最后，我祝… is the speaker's closing words, no point."""
    last = "最后，我祝读书会越办越好，祝各位会员新年快乐！"
    outline = read(("在读书会年会上的讲话", "各位会员：", OPENING, *POINTS, last))
    assert len(outline.points) == 3
    assert [c.text for c in outline.closing] == [last]


def test_a_comma_then_shi_after_the_ordinal_is_the_label() -> None:
    [m] = match_label("第一，是往往分不清读书和教书。")
    assert m.label == "第一，是"
    [m] = match_label("第二点，是要把书读完。")
    assert m.label == "第二点，是"


def test_a_comma_then_shifou_keeps_its_words() -> None:
    """Near miss: 是否 / 是非 open the heading's words; 第一，是第一… names the ordinal again."""
    assert match_label("第一，是否要办下去，大家可以讨论。")[0].label == "第一，"
    assert match_label("第一，是非要分清楚。")[0].label == "第一，"


LECTURE = (
    "今天我想和大家谈谈翻译。翻译是一门手艺，也是一种修行。",
    "一、翻译与时间",
    "好的译本总是慢慢磨出来的，急不得，一个词有时要想上好几天。",
    "二、翻译与朋友",
    "译者需要朋友，需要有人在旁边挑毛病，这样才能少犯错误。",
)


def test_a_role_line_under_a_lecture_title_is_its_byline() -> None:
    outline = read(("2024年读书节系列讲座-译者的手艺", "主讲：林远", "", *LECTURE))
    assert outline.title == "2024年读书节系列讲座-译者的手艺"
    assert [b.text for b in outline.bylines] == ["主讲：林远"]


def test_a_title_wrapped_over_two_lines_is_one_title() -> None:
    """Near miss: the second line ends the title (…上的讲话), no role named: the lines are one title."""
    outline = read(("在全市读书节系列讲座", "开讲仪式上的讲话", *LECTURE))
    assert outline.title == "在全市读书节系列讲座开讲仪式上的讲话"
    assert outline.bylines == []


GRADUATION = (
    "上午好！谢谢你们邀请我回到母校。站在这里，我才发现自己离开校园已经二十年了。",
    "二十年里，我做过很多事情，也犯过不少错误，但有一样东西从来没有丢，那就是在这里学会的认真。",
    "祝福你们，亲爱的同学们，愿你们走得再远，也记得回家的路。",
)


def test_a_salutation_to_revered_teachers_is_the_salutation() -> None:
    """敬爱的老师，亲爱的同学们： opens the speech as 尊敬的… does, set as a Markdown heading too (not a point)."""
    for level in (0, 2):
        paragraphs = [
            SourceParagraph(1, "在中文系毕业典礼上的致辞", is_title=True),
            SourceParagraph(2, "敬爱的老师，亲爱的同学们：", heading_level=level),
            *(SourceParagraph(k + 3, t) for k, t in enumerate(GRADUATION)),
        ]
        outline = parse_outline(paragraphs)
        assert outline.salutation == "敬爱的老师，亲爱的同学们"
        assert outline.points == []


def test_a_sentence_about_revered_elders_is_no_salutation() -> None:
    """Near miss: 敬爱的… opening a sentence that ends in a full stop is text."""
    sentence = "敬爱的老一辈学者为我们树立了榜样，他们的认真我们要一代一代传下去。"
    outline = read(("在中文系毕业典礼上的致辞", sentence, *GRADUATION))
    assert outline.salutation == ""
    assert sentence in [o.text for o in outline.opening]
