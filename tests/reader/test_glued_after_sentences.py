"""A damaged copy whose first heading opens its paragraph glued to its text, and whose second and third are glued on
after a sentence inside the paragraphs before them, each glued to its own text too (…这种状况必须尽快改变。二、突出重点，
推动活动向纵深发展一是…, round pq): the three open alike (a four-character phrase and a comma), and the paragraphs
are split before the second and the third."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

GLUED = (
    "在全县农家书屋建设推进会上的讲话\n"
    "同志们：今天召开会议，总结上半年农家书屋建设情况，部署下半年工作。下面，我讲三点意见。\n"
    "一、提高认识，充分认清农家书屋建设的重要意义农家书屋是农民群众家门口的图书馆。全县已建成书屋三百二十个，"
    "藏书四十多万册，成为农民读书学习的好去处。\n"
    "从上半年的情况看，各乡镇工作进展不平衡，有的书屋常年锁门，图书长期无人借阅。这种状况必须尽快改变。"
    "{second}、突出重点，推动书屋用起来活起来一是要延长开放时间，方便群众借阅。二是要更新图书品种，多配农业技术书籍。\n"
    "书屋管理员的作用很关键，要选好配强，定期组织培训。{third}、强化保障，确保各项措施落到实处各乡镇要把书屋建设"
    "纳入年度考核，县文旅局要加强督促检查。\n"
    "同志们，让我们共同努力，把农家书屋办成农民群众的精神家园。\n"
)


def test_headings_glued_on_after_sentences_and_to_their_text_are_split_off(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, GLUED.format(second="二", third="三"))
    assert headings(spec["points"]) == [
        "提高认识，充分认清农家书屋建设的重要意义",
        "突出重点，推动书屋用起来活起来",
        "强化保障，确保各项措施落到实处",
    ]
    assert "像是丢了换行" in report


def test_a_list_counting_on_past_three_inside_the_text_is_not_split(tmp_path: Path) -> None:
    # near miss: a fourth after the third (…。四、…) makes them a list the paragraphs say, not lost breaks
    text = GLUED.format(second="二", third="三").replace("县文旅局要加强督促检查。", "县文旅局要加强督促检查。四、完善考核，按季通报。")
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[1:] != ["突出重点，推动书屋用起来活起来", "强化保障，确保各项措施落到实处"]
