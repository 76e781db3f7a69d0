"""How a byline's name is told from its office (stop 68), where the reader had taken the one for the other: a title
glued after the name (谷一鸣教授), a name by a surname the reader does not list before an office (盛夏禾　乐途旅行
技术总监), the office after the name with the unit before it (市政务服务数据管理局　严可为 局长), a name spaced out
before its bracketed office (高　歌（…）), a bar between name and office (方既白｜…负责人), and a note in the bracket
after an office and name (石门中学校友会会长　葛永年（1988届）)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = """各位老师、各位同学：

大家好！今天很高兴和大家交流。我讲两点体会。

一、做事要专注

专注是一切成绩的起点。只有心无旁骛，才能把一件事做到极致。

二、做人要厚道

厚道是长久合作的基础。对人真诚，别人才会以真诚相待。

谢谢大家！
"""


@pytest.mark.parametrize(
    ("byline", "office", "name"),
    [
        ("北岭大学社会学院院长　谷一鸣教授", "北岭大学社会学院院长、教授", "谷一鸣"),
        ("西岭农业大学人文与发展学院　韦春华教授", "西岭农业大学人文与发展学院教授", "韦春华"),
        ("分享嘉宾：盛夏禾　乐途旅行技术总监", "乐途旅行技术总监", "盛夏禾"),
        ("讲话人：市政务服务数据管理局　严可为 局长", "市政务服务数据管理局局长", "严可为"),
        ("高　歌（公司首席技术官、技术委员会主任）", "公司首席技术官、技术委员会主任", "高歌"),
        ("讲话人：石门中学校友会会长　葛永年（1988届）", "石门中学校友会会长，1988届", "葛永年"),
    ],
)
def test_the_byline_gives_the_name_and_the_office_apart(tmp_path: Path, byline: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在2024年学术交流会上的讲话\n\n{byline}\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)


def test_a_bar_between_the_name_and_the_office(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在2024年学术交流会上的讲话\n\n> 方既白｜某电商平台稳定性团队负责人\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("方既白", "某电商平台稳定性团队负责人")


def test_a_nickname_before_the_bracket_still_gives_way_to_the_name_inside(tmp_path: Path) -> None:
    """嘉宾：老韩（韩东升，禾木家居创始人）: the name in the bracket is his own, as before."""
    spec, _ = mine(tmp_path, f"在2024年学术交流会上的讲话\n\n嘉宾：老韩（韩东升，禾木家居创始人）\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("韩东升", "禾木家居创始人")


def test_a_long_chain_of_offices_before_the_name(tmp_path: Path) -> None:
    """Three offices run together with 、 over 24 characters before the name: still the byline, not a page head."""
    byline = "中国工程院院士、中国现代农业工程学会理事长、西北农业科学院名誉院长　冯景山"
    spec, report = mine(tmp_path, f"在2024年学术年会上的讲话\n\n{byline}\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("冯景山", "中国工程院院士、中国现代农业工程学会理事长、西北农业科学院名誉院长")
    assert "页头" not in report


def test_a_deputy_named_before_his_bracketed_office(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在代表团审议政府工作报告时的发言\n\n代表　孔繁英（宁阳镇东庄村党支部书记）\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("孔繁英", "宁阳镇东庄村党支部书记")


UNNUMBERED = """尊敬的各位来宾、各位校友，亲爱的老师们、同学们：

晚上好！

今晚，我们欢聚在新落成的艺术中心，用歌声和舞蹈为母校六十岁生日献礼。

一所学校最美的样子，不是楼有多高，而是人有多暖。祝晚会圆满成功！

谢谢大家！

（南屏中学校长　蔡永和）
"""


def test_a_speech_signed_in_brackets_at_its_end(tmp_path: Path) -> None:
    """（南屏中学校长　蔡永和） under the thanks: the speaker signed, not a paragraph of the speech."""
    spec, _ = mine(tmp_path, f"校长在建校六十周年文艺晚会上的致辞\n\n{UNNUMBERED}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("蔡永和", "南屏中学校长")
    assert spec.get("thanks") == "谢谢大家！"
    assert not any("蔡永和" in text for text in spec["opening"]["paragraphs"])


def test_an_office_over_a_translated_name_on_the_next_line(tmp_path: Path) -> None:
    """英国…荣誉顾问医师 / 威廉·哈考特: one byline broken after the office; nothing of it is said to be cut."""
    head = "手术室教给我的三课\n\n——在南江医科大学2024届毕业典礼上的演讲\n\n英国圣安德鲁斯皇家医院心胸外科荣誉顾问医师\n\n威廉·哈考特"
    spec, report = mine(tmp_path, f"{head}\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("威廉·哈考特", "英国圣安德鲁斯皇家医院心胸外科荣誉顾问医师")
    assert "已去掉" not in report


def test_an_adviser_and_his_translated_name(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"在2024届毕业典礼上的致辞\n\n德国莱茵-黑森工商会职业教育顾问　于尔根·哈特曼\n\n{BODY}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("于尔根·哈特曼", "德国莱茵-黑森工商会职业教育顾问")


@pytest.mark.parametrize("dateline", ["2024年10月15日　青澜", "（2025年10月9日　云川国际会议中心）"])
def test_a_date_and_the_place_after_it_name_no_one(tmp_path: Path, dateline: str) -> None:
    """The speaker's translated name over a line of the date and the city or hall: he is the speaker, the date read."""
    spec, _ = mine(tmp_path, f"在中塞企业家合作论坛开幕式上的讲话\n\n易卜拉欣·萨拉戈\n\n{dateline}\n\n{BODY}")
    assert spec.get("speaker") == "易卜拉欣·萨拉戈"
    assert str(spec.get("date")) in ("2024-10-15", "2025-10-09")


def test_a_date_and_a_name_by_a_common_surname_keep_the_name(tmp_path: Path) -> None:
    """2024年10月15日　王琛: a name by a common surname after the date is still a name, not a city."""
    spec, _ = mine(tmp_path, f"在2024年学术交流会上的讲话\n\n2024年10月15日　王琛\n\n{BODY}")
    assert spec.get("speaker") == "王琛"


def test_the_host_named_in_the_facts_gives_way_to_the_one_he_calls_up(tmp_path: Path) -> None:
    """主持人：副县长　廖光明 in a record's facts, then his words calling up 张学军, whose tag opens the speech: the
    speaker is 张学军; the host's line is said in the report."""
    head = (
        "全县安全生产专题会议县长讲话记录\n\n会议时间：2024年8月27日下午3:00\n\n主持人：副县长　廖光明\n\n"
        "廖光明：同志们，今天这个专题会，是临时召集的。下面，请张学军县长讲话。\n\n张学军：\n\n"
    )
    spec, report = mine(tmp_path, head + BODY.replace("各位老师、各位同学：", "同志们："))
    assert spec.get("speaker") == "张学军"
    assert "主持人：副县长　廖光明" in report


def test_a_host_alone_is_still_the_speaker_of_his_script(tmp_path: Path) -> None:
    """A host's script names no one else: the host is its speaker, as before."""
    spec, _ = mine(tmp_path, f"在2024年学术交流会上的主持词\n\n主持人：副县长　廖光明\n\n{BODY}")
    assert spec.get("speaker") == "廖光明"
