"""—、提高政治站位… (一、 as text recognition reads a scan, a dash for the stroke) before 二、/ 二. / 三 、 headings
(round tc): the first heading with its 一 back, said in a note. A dash and 、 with no 二、 after it stays as written.
Likewise 一 要… (a stray space after the numeral) is 一要."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "组织工作是党的建设的重要组成部分，全市各级组织部门要坚持用党的创新理论武装头脑，不断提高政治判断力、政治领悟力、政治执行力。"


def test_a_dash_read_for_one_before_two() -> None:
    o = outline_of(
        "在全市组织工作会议上的讲话", "同志们：", "这次会议的主要任务是总结工作、部署任务。",
        "—、提高政治站位,准确把握新时代组织工作的目标任务", TEXT,
        "二.突出重点 ，扎实推进组织工作高质量发展", TEXT,
        "三 、从严从实，加强组织部门自身建设", TEXT,
        "同志们，让我们以时不我待的精神，推动组织工作迈上新台阶！",
    )
    assert len(top_headings(o)) == 3
    assert top_headings(o)[0] == "提高政治站位,准确把握新时代组织工作的目标任务"
    assert any("识别错的“一、”" in note for note in o.notes)


def test_a_dash_with_no_second_heading_stays() -> None:
    # near miss: no 二、 after it
    o = outline_of(
        "在全市组织工作会议上的讲话", "同志们：", "这次会议的主要任务是总结工作、部署任务。",
        "—、提高政治站位,准确把握新时代组织工作的目标任务", TEXT, TEXT,
        "同志们，让我们以时不我待的精神，推动组织工作迈上新台阶！",
    )
    assert not any("识别错的“一、”" in note for note in o.notes)


def test_a_stray_space_after_the_numeral_of_yi_yao() -> None:
    # (一 要坚持理想信念不动摇。: text recognition's space between 一 and 要, round tc)
    o = outline_of(
        "在全县警示教育大会上的讲话", "同志们：", "下面，我讲三点意见。",
        "一、以案明纪，切实筑牢拒腐防变的思想防线", "全县党员干部要从典型案例中汲取教训。",
        "一 要坚持理想信念不动摇。" + TEXT, "二要坚持纪律规矩不逾越。" + TEXT, "三要坚持秉公用权不谋私。" + TEXT,
        "二、以案促改，推动全面从严治党向纵深发展", TEXT,
        "同志们，让我们以案为鉴，推动全面从严治党取得新成效！",
    )
    assert [c.heading.rstrip("。") for c in o.points[0].children] == ["坚持理想信念不动摇", "坚持纪律规矩不逾越", "坚持秉公用权不谋私"]


def test_a_numeral_and_a_word_with_a_space_between_in_text_is_no_label() -> None:
    # near miss: 一 要求 is no 一要 (要求 is a word of its own)
    o = outline_of(
        "在全县警示教育大会上的讲话", "同志们：", "下面，我讲三点意见。",
        "一、以案明纪，切实筑牢拒腐防变的思想防线", "全县党员干部要从典型案例中汲取教训。",
        "一 要求大家坚持理想信念不动摇。" + TEXT, "二 要求大家坚持纪律规矩不逾越。" + TEXT,
        "二、以案促改，推动全面从严治党向纵深发展", TEXT,
        "同志们，让我们以案为鉴，推动全面从严治党取得新成效！",
    )
    assert o.points[0].children == []
