"""How half-report speeches and meetings' speeches end (述职, 对照检查, 讲话提纲, a meeting's chair): the closing
found, and near misses that stay the last point's text. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全镇安全生产工作会议上的讲话\n\n同志们：\n\n今天召开这次会议，主要是部署安全生产工作。下面，我讲三点意见。\n\n"
POINTS = [
    "第一，要压实安全责任。各村、各企业要层层签订责任书，把责任落实到岗位、落实到人头。",
    "第二，要抓好隐患排查。对重点企业、人员密集场所开展拉网式排查，发现问题立即整改。",
    "第三，要强化应急处置。各村要完善应急预案，组织一次演练，确保关键时刻拉得出、用得上。",
]
TOPICS = ["压实安全责任", "抓好隐患排查", "强化应急处置"]
SAID = ["要" + t for t in TOPICS]  # (第一，要…: the heading keeps its 要)
# heading lines each over two paragraphs: a last paragraph under the third is its text, not closing words
TWO = ["各村、各企业要层层签订责任书，把责任落实到岗位、落实到人头，做到横向到边、纵向到底。", "镇安监办要加强督促检查，每月通报一次进展情况，对工作不力的单位要约谈提醒。"]
LINES = ["一、压实安全责任", *TWO, "二、抓好隐患排查", *TWO, "三、强化应急处置", *TWO]


def test_a_chairs_end_without_naming_the_meeting_is_the_closing_not_a_host_script(tmp_path: Path) -> None:
    # 好，今天就到这里。散会。 after the points: the chair ends his meeting; a 散会 alone makes no host script
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, "好，今天就到这里。散会。"]))
    assert headings(spec["points"]) == SAID
    assert spec["closing"] == ["好，今天就到这里。散会。"]
    assert spec["template"] != "host"


def test_today_coming_here_is_no_end_of_the_meeting(tmp_path: Path) -> None:
    last = "今天到这里，看到各村的应急物资都已储备到位，我很欣慰。但是有的村演练走过场，这个要改。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*LINES, last]))
    assert spec["points"][-1]["intro"][-1] == last
    assert not spec.get("closing")


def test_a_last_paragraph_that_ends_with_a_spoken_end_after_one_paragraph_points_is_the_closing(tmp_path: Path) -> None:
    # …报送镇党委。就讲这些。: the spoken end is the paragraph's last sentence, not its first
    last = "整改方案根据今天的意见修改完善后，按程序报送镇党委。就讲这些。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, last]))
    assert headings(spec["points"]) == SAID
    assert spec["closing"] == [last]


def test_a_last_paragraph_with_no_end_said_after_one_paragraph_points_stays_the_points_text(tmp_path: Path) -> None:
    more = "整改方案根据今天的意见修改完善后，按程序报送镇党委。这些讲的都是老问题。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, more]))
    assert spec["points"][-1]["intro"][-1] == more
    assert not spec.get("closing")


SHORTCOMINGS = "回顾一年工作，也还存在一些不足：压力传导还有逐级递减现象，监督还有盲区。今后，我将以更高标准履职尽责。"


def test_a_look_back_at_the_shortcomings_after_one_paragraph_points_opens_a_reports_closing(tmp_path: Path) -> None:
    # 述责述廉: 一是…三是… one paragraph each, then the shortcomings and pledge, then 以上报告，请予审议。
    head = "2024年度述责述廉报告\n\n一年来，我认真履行党风廉政建设第一责任人职责。现报告如下。\n\n"
    points = [p.replace("第一，要", "一是").replace("第二，要", "二是").replace("第三，要", "三是") for p in POINTS]
    spec, _ = mine(tmp_path, head + "\n\n".join([*points, SHORTCOMINGS, "以上报告，请予审议。"]))
    assert headings(spec["points"]) == TOPICS
    assert spec["closing"] == [SHORTCOMINGS, "以上报告，请予审议。"]


def test_a_look_back_under_a_point_of_several_paragraphs_stays_in_it(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*LINES, SHORTCOMINGS, "以上意见，请大家抓好落实。"]))
    assert spec["points"][-1]["intro"][-1] == SHORTCOMINGS
    assert spec["closing"] == ["以上意见，请大家抓好落实。"]


CHECK = (
    "个人对照检查材料\n\n一、存在的问题\n\n（一）学习不够深入。满足于读原文、记笔记，联系实际思考不够。\n\n"
    "（二）调研不够扎实。听汇报多、看现场少，与一线群众面对面交流不够。\n\n二、努力方向\n\n"
    "（一）坚持学深悟透。制定个人年度学习计划，每月撰写一篇学习体会。\n\n"
    "（二）坚持从严律己。每季度到联系点蹲点调研不少于三天。\n\n"
)


def test_a_self_check_ends_with_its_request_for_criticism(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, CHECK + "以上对照检查，请各位同志批评帮助。")
    assert headings(spec["points"]) == ["存在的问题", "努力方向"]
    assert headings(spec["points"][-1]["items"]) == ["坚持学深悟透", "坚持从严律己"]
    assert spec["closing"] == ["以上对照检查，请各位同志批评帮助。"]


def test_what_a_check_found_under_the_last_sub_point_stays_its_text(tmp_path: Path) -> None:
    more = "以上检查发现的问题，要在月底前全部整改到位。"
    spec, _ = mine(tmp_path, CHECK + more)
    assert more in str(spec["points"][-1]["items"][-1])
    assert not spec.get("closing")


def test_an_outlines_ending_marked_as_such_is_the_closing(tmp_path: Path) -> None:
    # a 讲话提纲: terse 1. items under 一、, then 结尾：… on a line of its own
    text = (
        "在全区安全生产工作会议上的讲话提纲\n\n一、认清形势\n\n1.事故起数下降，但较大事故未根治\n\n2.三类隐患突出\n\n"
        "二、压实责任\n\n1.党政同责、一岗双责\n\n2.严格考核问责，一票否决。\n\n结尾：安全无小事，各单位会后即部署，月底前报进展。"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "压实责任"]
    assert spec["closing"] == ["结尾：安全无小事，各单位会后即部署，月底前报进展。"]


GREETING = (
    "在建校七十周年庆祝大会上的致辞\n\n尊敬的各位领导、各位来宾，亲爱的校友们：\n\n"
    "金秋十月，我们欢聚一堂，隆重庆祝学校建校七十周年。我代表学校党委，向各位来宾表示热烈欢迎！\n\n"
    "七十年来，学校从一所只有两个专业的专科学校，发展成为拥有十八个学院的综合性大学。\n\n"
    "站在新的起点上，学校将继续坚持立德树人根本任务，加快建设高水平大学。\n\n"
)


def test_a_slogan_before_the_call_opens_the_closing(tmp_path: Path) -> None:
    # 七秩芳华，再启新程。让我们…: a short slogan first, then the turn to the audience (a 致辞 with no points)
    last = "七秩芳华，再启新程。让我们携起手来，共同书写学校更加辉煌的明天！"
    spec, _ = mine(tmp_path, GREETING + last + "\n\n谢谢大家！")
    assert spec["closing"] == [last]


def test_a_slogan_before_more_of_the_speech_is_no_closing(tmp_path: Path) -> None:
    last = "七秩芳华，再启新程。学校将把校庆作为新的起点，进一步凝聚校友力量。"
    spec, _ = mine(tmp_path, GREETING + last + "\n\n谢谢大家！")
    assert last in spec["opening"]["paragraphs"]
    assert not spec.get("closing")


def test_a_memo_line_under_the_title_gives_the_speaker_by_role(tmp_path: Path) -> None:
    # > 备忘：…，汇报人：管委会主任 孙某某 (a note app's memo): the clause naming the speaker is the byline, the rest dropped
    text = "# 高新区工作情况汇报\n\n> 备忘：周四上午市委书记来调研时用，汇报人：管委会主任 孙某某\n\n尊敬的王书记：\n\n" + "\n\n".join(LINES)
    spec, report = mine(tmp_path, text, "memo.md")
    assert (spec["speaker"], spec["speaker_title"]) == ("孙某某", "管委会主任")
    assert "（页头）：备忘：周四上午市委书记来调研时用" in report


def test_a_memo_line_with_no_role_and_name_is_dropped_whole(tmp_path: Path) -> None:
    text = "# 高新区工作情况汇报\n\n> 备忘：周四上午市委书记来调研时用，材料由办公室准备\n\n尊敬的王书记：\n\n" + "\n\n".join(LINES)
    spec, report = mine(tmp_path, text, "memo.md")
    assert not spec.get("speaker")
    assert "（页头）：备忘：周四上午市委书记来调研时用，材料由办公室准…" in report
