"""第一件事，… 第二件事，要守住三条底线。 第一条，… 第二条，… 第三条，… 第三件事，… (round ty, a dispatch meeting): a
count of matters (件事) is wider than a count of items (条) said inside one of them, though both are 第一， in form: the
matters (or problems, 个问题) are the points, the items a list under the second. 第一点 over 第一条 reads as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "入伏以来连续九天最高气温超过三十七度，全市最大负荷三次创历史新高，电网运行压力很大，大家一定要绷紧这根弦。"


def dispatch(matter: str, item: str) -> list[str]:
    return [
        "在迎峰度夏工作调度会上的讲话", "同志们：", "今天这个会，主要是对后一阶段的迎峰度夏工作再部署。我讲三件事。",
        f"第一{matter}，要把形势看得再重一些。" + TEXT, f"第二{matter}，要守住三条底线。",
        f"第一{item}，电网安全的底线。" + TEXT, f"第二{item}，民生用电的底线。" + TEXT, f"第三{item}，人身安全的底线。" + TEXT,
        f"第三{matter}，要把服务做得再实一些。" + TEXT, "同志们，迎峰度夏是对我们队伍的一次大考，让我们齐心协力，守护万家清凉！",
    ]


def test_matters_hold_the_items_said_inside_one() -> None:
    o = outline_of(*dispatch("件事", "条"))
    assert top_headings(o) == ["要把形势看得再重一些", "要守住三条底线", "要把服务做得再实一些"]
    assert [c.heading.rstrip("。") for c in o.points[1].children] == ["电网安全的底线", "民生用电的底线", "人身安全的底线"]


def test_problems_hold_the_items_too() -> None:
    o = outline_of(*dispatch("个问题", "条"))
    assert top_headings(o) == ["要把形势看得再重一些", "要守住三条底线", "要把服务做得再实一些"]


def test_points_over_items_read_as_before() -> None:
    # near miss: 第一点 over 第一条: neither unit is wider, the rule says nothing (the items' run is chosen, as before)
    assert top_headings(outline_of(*dispatch("点", "条"))) == ["电网安全的底线", "民生用电的底线", "人身安全的底线"]


def test_a_count_far_past_the_last_matter_is_not_inside_it() -> None:
    # near miss: 第一，… 第二，… 第三，… far past 第三件事 (further than any matter runs): the speaker's next list, not
    # a list inside the last matter
    far = [
        "在年终分享会上的演讲", "各位朋友：", "今天我想先讲讲这一年看到的三件事。",
        "第一件事，产业加速整合。" + TEXT, "第二件事，消费在分化。" + TEXT, "第三件事，新赛道在涌现。" + TEXT,
        *[TEXT] * 6,
        "第一，相信中国经济的韧性。" + TEXT, "第二，相信企业家和市场的力量。" + TEXT, "第三，相信长期主义。" + TEXT,
        "朋友们，新的一年，让我们一起出发！",
    ]
    o = outline_of(*far)
    holder = next(p for p in o.points if any(c.heading.startswith("相信长期主义") for c in p.children) or p.heading.startswith("相信长期主义"))
    assert not holder.heading.startswith("新赛道在涌现")
