"""Forms from the speeches of courts, banks, state firms and hospitals (everyday round i, stop 22), in our own
wording:

- Heads: a byline with the name first and the offices in brackets, then the date (**宋某某**（分行党委书记、行长）
  2024年4月10日); an executive director's byline (××公司党委书记、执行董事　吴　涛); the speaker named in an editor's
  note as the one whose handwritten draft it copies (（刘某某院长手写稿，办公室据原稿整理，2024.6.3）). Near miss: a note
  that names nobody (（根据录音整理）) gives no speaker.
- A dash item that opens with a figure (—— 8月底前…) is the list's next item.
- Heads of county copies and leaders' transcripts (rounds gd, gc): an office, name and date in one bracket; offices and
  the name broken onto two lines; a PDF title whose last word stands spaced on its own line (讲    话).
- 一要…四要… then 最后，要…: the count's last item, not the closing (round gc).
- A news reprint's —— 相关推荐 —— list; 好了，不多说了。 (rounds gc, gd).
- 关于… / 关于… / 关于…: unnumbered heading lines that open alike are the parts over a list under one of them (near miss:
  lines that open unlike leave the list the top level).
- Closing words glued to the last point's end that charge every unit (…。同志们，…。各乡镇、各部门要…); 最后，提前祝… after
  the closing address.
- Closings: 以上几项工作，请… (what follows 以上 before the comma may name the work); a pledge that turns to the
  inspection team again (尊敬的杨组长、各位领导，…); spoken ends (好，大概就这么几点。 / 好，我就不多说了，…: round l).
  Near miss: …，我就不多说了，… inside the last point's paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

BODY = "这项工作关系全局，必须摆上重要位置，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"
POINTS = f"一、提高站位\n{BODY}\n二、压实责任\n{BODY}\n三、狠抓落实\n{BODY}\n"


def _speech(head: str, body: str = POINTS, end: str = "同志们，让我们振奋精神，扎实工作，努力完成全年目标任务。\n") -> str:
    return f"在全行经营工作会议上的讲话\n{head}同志们：\n今天开会，我讲三点意见。\n{body}{end}"


@pytest.mark.parametrize(
    ("head", "speaker", "office"),
    [
        ("**宋晓光**（分行党委书记、行长）  2024年4月10日\n", "宋晓光", "分行党委书记、行长"),
        ("××工程公司党委书记、执行董事　吴　涛\n", "吴涛", "××工程公司党委书记、执行董事"),
        ("（刘振华院长手写稿，办公室据原稿整理，2024.6.3）\n", "刘振华", "院长"),
    ],
)
def test_the_speaker_named_in_a_byline_or_note(tmp_path: Path, head: str, speaker: str, office: str) -> None:
    spec, _ = mine(tmp_path, _speech(head), name="speech.md")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)
    assert headings(spec["points"]) == ["提高站位", "压实责任", "狠抓落实"]


def test_a_note_that_names_nobody_gives_no_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _speech("（根据录音整理）\n"))
    assert "speaker" not in spec
    assert "编者说明" in report


def test_a_dash_item_that_opens_with_a_figure(tmp_path: Path) -> None:
    body = f"一、提高站位\n{BODY}\n二、几点要求\n—— 一把手要亲自抓\n—— 数据要真实\n—— 8月底前开一次推进会\n"
    spec, _ = mine(tmp_path, _speech("", body=body))
    assert headings(spec["points"][1]["items"]) == ["一把手要亲自抓", "数据要真实", "8月底前开一次推进会"]


@pytest.mark.parametrize(
    "end",
    [
        "以上几项工作，请分管领导牵头抓好落实，办公室跟踪督办，月底前报告进展情况。\n",
        "尊敬的杨组长、各位领导，巡察反馈是一次全面体检，我们一定照单全收、立行立改，以整改实效回报组织的信任。\n",
        "好，大概就这么几点。总的意思就是，工作要实，作风要实，希望大家回去以后抓好落实。\n",  # (round l)
        "好，我就不多说了，耽误大家吃饭了。祝各位老人家身体健康、福寿安康！\n",
    ],
)
def test_closing_words_after_the_points(tmp_path: Path, end: str) -> None:
    spec, _ = mine(tmp_path, _speech("", end=end))
    assert spec["closing"] == [end.strip()]
    assert headings(spec["points"]) == ["提高站位", "压实责任", "狠抓落实"]


def test_a_point_that_says_it_will_not_say_more_keeps_its_paragraph(tmp_path: Path) -> None:
    """安全的道理，我就不多说了，… in the last point: the words are not at the paragraph's start, no closing."""
    body = POINTS + "安全的道理，我就不多说了，大家心里都清楚，关键是要落实到每一个岗位、每一个环节。\n"
    spec, _ = mine(tmp_path, _speech("", body=body, end=""))
    assert not spec.get("closing")


def test_closings_a_government_writer_uses(tmp_path: Path) -> None:
    """(round ga) 总之一句话，… opens the closing; 最后，衷心祝愿… after 第一点，/ 第二点，… is the closing, not their last."""
    spec, _ = mine(tmp_path, _speech("", end="总之一句话，企业发展得好，全县发展才有底气，希望大家坚定信心、放手发展。\n"))
    assert spec["closing"] == ["总之一句话，企业发展得好，全县发展才有底气，希望大家坚定信心、放手发展。"]
    body = f"第一点，衷心感谢老同志。{BODY}\n第二点，衷心感谢各位老领导。{BODY}\n第三点，做好老干部工作。{BODY}\n"
    last = "最后，衷心祝愿各位老领导、老同志节日快乐，身体健康，阖家幸福，万事如意！"
    spec, _ = mine(tmp_path, _speech("", body=body, end=last + "\n谢谢大家！\n"))
    assert spec["closing"] == [last]


def test_heads_of_county_and_leaders_copies(tmp_path: Path) -> None:
    """(rounds gd, gc) an office, name and date in one bracket; offices and the name broken onto two lines; a PDF
    title whose last word stands spaced on a line of its own."""
    spec, _ = mine(tmp_path, _speech("（市委书记　邓华明　2023年8月28日）\n"))
    assert (spec.get("speaker"), spec.get("speaker_title"), str(spec.get("date"))) == ("邓华明", "市委书记", "2023-08-28")
    spec, _ = mine(tmp_path, _speech("市委常委、市纪委书记、市监委主任\n张丽芳\n"))
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("张丽芳", "市委常委、市纪委书记、市监委主任")
    text = f"在全县教育系统2024年工作会议上的\n讲    话\n县教育局局长　孙立明\n同志们：\n今天开会，我讲三点。\n{POINTS}同志们，让我们共同努力！\n"
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在全县教育系统2024年工作会议上的讲话"
    assert spec.get("speaker") == "孙立明"


def test_a_last_charge_after_a_yiyao_count_is_its_last_item(tmp_path: Path) -> None:
    """(round gc) 一要…四要… 最后，要严格督导考核。: the count's fifth item; the closing is the address after it."""
    items = "".join(f"{n}要抓实第{n}项工作，确保见到成效。{BODY}\n" for n in "一二三四")
    end = "同志们，守住底线是硬任务，希望大家扛起责任，抓紧抓实。\n"
    spec, _ = mine(tmp_path, _speech("", body=items + f"最后，要严格督导考核。{BODY}\n", end=end))
    assert len(spec["points"]) == 5
    assert spec["closing"] == [end.strip()]


def test_a_news_reprints_related_list_and_spoken_ends(tmp_path: Path) -> None:
    page = "（全媒体记者 刘洋 整理）\n【责任编辑：刘洋】\n—— 相关推荐 ——\n· 我县召开上半年经济运行分析会\n· 双河镇：小积分兑出文明新风\n"
    end = "同志们，农村人居环境整治关系群众切身利益，希望大家抓紧行动、久久为功。\n"
    spec, report = mine(tmp_path, _speech("", end=end + page))
    assert spec["closing"] == [end.strip()]
    assert "推荐栏目" in report
    spec, _ = mine(tmp_path, _speech("", end="好了，不多说了。我们接着往下走，去看下一个项目。\n"))
    assert spec["closing"] == ["好了，不多说了。我们接着往下走，去看下一个项目。"]


def _parts(lines: list[str]) -> str:
    """Three unnumbered heading lines over text; a 第一件事 list under the second."""
    items = "".join(f"第{n}件事，是做好第{n}项工作。{BODY}\n" for n in "一二三")
    return f"{lines[0]}\n{BODY}\n{BODY}\n{lines[1]}\n{BODY}\n{items}{lines[2]}\n{BODY}\n{BODY}\n"


def test_heading_lines_that_open_alike_over_one_list(tmp_path: Path) -> None:
    """(round gc) 关于… / 关于… / 关于…: the lines are the parts, the 第一件事 list the second part's sub-points."""
    spec, _ = mine(tmp_path, _speech("", body=_parts(["关于去年工作的基本评价", "关于社会救助工作", "关于养老服务工作"])))
    assert headings(spec["points"]) == ["关于去年工作的基本评价", "关于社会救助工作", "关于养老服务工作"]
    assert len(spec["points"][1]["items"]) == 3


def test_heading_lines_that_open_unlike_over_one_list_are_parts_when_each_holds_paragraphs(tmp_path: Path) -> None:
    """Unlike lines, each over two paragraphs at least, are parts too (stop 28, ik14's writer); with one paragraph
    under a line the list stays the top (test_lecture_part_lines)."""
    spec, _ = mine(tmp_path, _speech("", body=_parts(["去年工作的基本评价", "社会救助工作", "养老服务要上新台阶"])))
    assert headings(spec["points"]) == ["去年工作的基本评价", "社会救助工作", "养老服务要上新台阶"]
    assert len(spec["points"][1]["items"]) == 3


def test_closing_words_glued_to_the_last_points_end_that_charge_every_unit(tmp_path: Path) -> None:
    """(rounds f, gc) …严肃追究责任。同志们，防汛抗旱事关…。各乡镇、各部门要…。 run on at the last point's end: split off as
    the closing (the words charge every unit, as closing words do)."""
    last = "同志们，防汛抗旱事关人民群众生命财产安全，责任重于泰山。各乡镇、各部门要扎实做好各项工作，坚决打赢这场硬仗。"
    body = f"一、提高站位\n{BODY}\n二、压实责任\n{BODY}\n三、狠抓落实\n{BODY}对失职失责的要严肃追究责任。{last}\n"
    spec, _ = mine(tmp_path, _speech("", body=body, end=""))
    assert spec["closing"] == [last]


def test_a_wish_said_last_after_the_closing_address(tmp_path: Path) -> None:
    """(round gc) 同志们，… then 最后，提前祝大家春节愉快！ after 第一，… 第三，…: the wish is the closing's, not a fourth point."""
    body = f"第一，学习要常态化。{BODY}\n第二，成果要转化好。{BODY}\n第三，作用要发挥好。{BODY}\n"
    end = "同志们，冬训是加强党员教育管理的重要载体。让我们以冬训为新起点，奋力开创各项工作新局面！\n最后，提前祝大家春节愉快、阖家幸福！\n"
    spec, _ = mine(tmp_path, _speech("", body=body, end=end))
    assert len(spec["points"]) == 3
    assert spec["closing"][0].startswith("同志们，冬训")
