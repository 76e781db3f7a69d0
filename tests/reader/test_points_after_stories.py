"""A commencement that tells a story and then says its point, each point a 第一， / 第二， / 第三， after a sentence
inside its own paragraph (…成了重要文献。第一，要有做少数派的勇气。人云亦云…): the counted sentences are the
speech's points. Counts said in passing (lead sentences unlike and not announced, or not after a sentence) are not."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

STORIES = [
    "我先讲一个老故事。五十年前，我们学校有一位年轻教师，他坚持说有些湿地不能开垦，为此吃了不少苦头，几十年后事实证明他是对的。",
    "我再讲一个故事。我们学院有一位毕业生，大三那年迷上了古籍识别，很多人劝他去做更赚钱的事，他没有听，今天他的系统帮了上百家机构。",
    "还有一个故事。医学院有一位退休的老教授，一辈子研究一种罕见病，几十年如一日地随访病人，去年她参与研发的新药终于获批上市。",
]
AFTER = "这条路不好走，但走下去，你会看见不一样的风景，也会成为更好的自己，希望同学们记住今天这句话。"


def _speech(points: list[str], announce: str = "今天我想和大家聊聊怎样做自己人生的少数派。") -> str:
    body = "".join(f"{story}{point}{AFTER}\n" for story, point in zip(STORIES, points, strict=True))
    return (
        "在2026届毕业典礼上的讲话\n亲爱的同学们：\n今天，你们就要毕业了，我代表学校向大家表示祝贺。" + announce + "\n"
        + body + "同学们，母校永远是你们的家，祝大家前程似锦！\n"
    )


POINTS = ["第一，要有做少数派的勇气。", "第二，要有做少数派的本事。", "第三，要有做少数派的情怀。"]


def test_counted_points_after_the_stories(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(POINTS))
    assert headings(spec.get("points", [])) == ["要有做少数派的勇气", "要有做少数派的本事", "要有做少数派的情怀"]


def test_unlike_leads_brought_in_by_a_count(tmp_path: Path) -> None:
    said = ["第一，敢于坚持自己的判断。", "第二，本事要靠一点一滴练出来。", "第三，心里装着别人才走得远。"]
    spec, _ = mine(tmp_path, _speech(said, "今天我想讲三点。"))
    assert headings(spec.get("points", [])) == ["敢于坚持自己的判断", "本事要靠一点一滴练出来", "心里装着别人才走得远"]


def test_counts_said_in_passing_are_no_points(tmp_path: Path) -> None:
    facts = [  # (no count said; long leads, unlike: facts told, no headings)
        "第一，那一年学校的招生人数比前一年多了整整一倍，食堂和宿舍都不够用，老师们挤在一间办公室里。",
        "第二，后来他到南方一家工厂做了三年技术员，白天上班晚上看书，攒下的钱全都买了设备和资料。",
        "第三，新药上市那天她没有去发布会，而是照常到病房里看望那几个随访了十多年的孩子和家长。",
    ]
    spec, _ = mine(tmp_path, _speech(facts))
    assert spec.get("points", []) == []
    mid_sentence = [p.replace("，", "是", 1) for p in POINTS]  # 第一是要有…: said inside its sentence
    spec, _ = mine(tmp_path, _speech([p.replace("第", "，第", 1) for p in mid_sentence]))
    assert spec.get("points", []) == []
