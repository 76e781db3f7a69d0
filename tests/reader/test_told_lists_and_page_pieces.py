"""Forms a studied batch (blind43: a wedding speech, two memorial pages) taught the reader, in speeches of our own
wording: a list said inside one paragraph whose count the words before it say (说三句话。第一句，…第二句话，…);
the pieces of a page's breadcrumb on lines of their own (最新动态 > / > 动态内容); a news lead under the title,
which names no speaker. Near misses beside each."""

from __future__ import annotations

from pathlib import Path

from jianggao.zh.labels import match_label
from tests.reader.mining import headings, mine

WEDDING = (
    "在女儿婚礼上的致辞\n\n各位亲朋好友：\n\n"
    "今天是个好日子，感谢大家远道而来。作为父母，我们向两个孩子说三句话。"
    "第一句，是一句老话：家和万事兴。过日子要互相体谅，遇事多商量。"
    "第二句话，要好好工作：认真干事，踏实做人，靠自己的双手把小日子过得红红火火。"
    "第三句话，还是老话：“心系一处。”往后的日子，要一起经营你们的家。"
    "今天，我们万分感激各位亲朋的到来！\n"
)


def test_第一句_opens_a_count_as_第一句话_does() -> None:
    assert [(m.style, m.index) for m in match_label("第一句，是一句老话")] == [("第一，", 1)]


def test_a_list_whose_count_was_said_before_it_is_read_in_one_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, WEDDING)
    assert len(spec["points"]) == 3
    assert headings(spec["points"])[1].startswith("要好好工作")


def test_a_list_said_in_one_paragraph_with_no_count_before_it_stays_text(tmp_path: Path) -> None:
    # near miss: the same three sentences, but nothing before them says how many: no points
    spec, _ = mine(tmp_path, WEDDING.replace("我们向两个孩子说三句话。", "我们想对两个孩子说几句心里话。"))
    assert not spec.get("points")


def test_pieces_of_a_breadcrumb_on_lines_of_their_own_are_no_title(tmp_path: Path) -> None:
    text = (
        "最新动态 >\n往年回顾\n> 动态内容\n纪念老校长诞辰一百周年座谈会上的讲话\n"
        "同志们：\n今天我们在这里座谈，纪念老校长诞辰一百周年。老校长一生献给了教育事业，值得我们永远怀念。\n"
        "让我们继承老校长的遗志，把学校办得更好！\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "纪念老校长诞辰一百周年座谈会上的讲话"
    assert "（网站导航）：最新动态 >" in report and "（网站导航）：> 动态内容" in report


def test_a_news_lead_under_the_title_names_no_speaker(tmp_path: Path) -> None:
    lead = "2014年3月20日，纪念座谈会在县文化馆举行。老校长的学生代表和家属出席座谈会，县委书记发表讲话。"
    text = (
        f"在纪念老校长诞辰一百周年座谈会上的讲话\n{lead}\n同志们：\n"
        "今天我们在这里座谈，纪念老校长诞辰一百周年。老校长一生献给了教育事业，值得我们永远怀念。\n"
    )
    spec, report = mine(tmp_path, text)
    assert "speaker" not in spec
    assert lead[:20] in report
