"""A teacher's speech at a teachers' day award meeting (stop 64: blind46's 2021 speech) says its only list inside one
paragraph, after words that say the speaker shares a few experiences of his own, uncounted (我有一些体会想与你们
分享。一是，…；二是…；三是…。). The list is the speech's points, though it is a small share of the speech; facts
reported the same way are not."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

OPENING = (
    "在教师节暨教职工表彰大会上的发言\n尊敬的各位领导，亲爱的老师们、同学们：\n大家好！我是农学院的一名普通教师，"
    "今天能作为教师代表发言，我感到十分荣幸。借此机会，向辛勤耕耘在各个岗位上的老师们致以节日的问候！\n"
    "我与学校结缘已经二十多年，从一名助教成长为教授，离不开前辈们的言传身教和学校的悉心培养。"
    "这些年里，我和团队一起跑过很多田间地头，也一起熬过很多个通宵，每一项成果背后都有大家共同的汗水。"
    "我常常想，是什么支撑着我们一路走到今天？是对农业的热爱，是对学生的责任，更是对这片土地的深情。\n"
)
LIST = (
    "回顾自己走过的路，{lead}。一是，坚持把论文写在大地上，会让你找到科研的真问题；二是把学生当作自己的孩子，"
    "会让你收获教书育人的幸福；三是主动融入团队、加强协作，会让你感受到集体的力量。希望年轻的同事们珍惜时光，奋发有为。\n"
)
CLOSING = (
    "老师们，新的学年已经开始，让我们不忘初心、牢记使命，在教书育人和科技兴农的道路上继续奋斗，"
    "用实际行动为学校的高质量发展贡献力量！祝大家节日快乐，工作顺利，身体健康！谢谢大家！\n"
)


def test_a_few_experiences_the_speaker_shares_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, OPENING + LIST.format(lead="我有一些体会想与年轻的同事们分享") + CLOSING, "speech.txt")
    assert [h.rstrip("；") for h in headings(spec["points"])] == [
        "坚持把论文写在大地上，会让你找到科研的真问题", "把学生当作自己的孩子，会让你收获教书育人的幸福",
        "主动融入团队、加强协作，会让你感受到集体的力量",
    ]


def test_the_same_list_after_words_that_share_nothing_stays_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, OPENING + LIST.format(lead="这些年学院的变化很大") + CLOSING, "speech.txt")
    assert not spec.get("points")
