"""A lecture whose points are 首先，/ 其次，/ 最后， lines, with a list said in order words under the second
(先说…。 再说…。 最后说…。, round pu): the 最后， after that inner list ends the outer one, and 讲三层意思 counts the
points it announces."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.announcements import count_in
from tests.reader.mining import headings, mine

LECTURE = (
    "怎样做好社区服务工作（录音整理）\n\n各位学员，上午好！\n\n"
    "今天不讲理论，就讲讲这几年在街道工作的体会。{count}\n\n"
    "首先，要弄清楚居民需要什么。\n\n"
    "第一个需要是方便。办事不出小区，最好一次办成。\n\n"
    "第二个需要是安全。楼道、电梯、消防通道，件件都是居民的心头事。\n\n"
    "第三个需要是被尊重。居民来反映问题，要先听完再说话。\n\n"
    "其次，要掌握服务居民的基本方法。\n\n"
    "先说“走”。要走进楼栋，一户一户地敲门。\n\n"
    "再说“问”。问要问到点子上，不能走过场。\n\n"
    "最后说“记”。问到的事要记下来，办完一件销一件。\n\n"
    "最后，要避开服务工作的几个误区。\n\n"
    "一个是只重形式，台账做得漂亮，事情没有办。还有一个是包办代替，居民能做的事要让居民自己做。\n\n"
    "好，时间差不多了，就讲到这里。谢谢大家！\n"
)

POINTS = ["要弄清楚居民需要什么", "要掌握服务居民的基本方法", "要避开服务工作的几个误区"]


def test_the_last_after_a_list_under_the_second_point_is_the_third_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, LECTURE.format(count="讲三层意思。"))
    assert headings(spec["points"]) == POINTS


def test_layers_of_meaning_said_before_the_points_are_their_count() -> None:
    assert count_in("今天不讲理论，讲三层意思。") == 3
    assert count_in("我讲两个意思吧。") == 2
    assert count_in("这件事下午三点再议。") is None  # (a clock time counts nothing)


GRADUATION = (
    "在北川大学2024届毕业典礼上的讲话\n\n亲爱的同学们：\n\n今天，我想讲几个故事，再提几点希望。\n\n"
    "首先，我希望同学们甘于做打基础的事情。这个时代节奏很快，但基础的事情快不得。\n\n"
    "其次，我希望同学们把所学用在别人需要的地方。大学四年，你们学到的本领，要用到最需要的地方去。\n\n"
    "{third}发生在我们学校的农学院。农学院有一个本科生，毕业后回到家乡种苹果。\n\n"
    "再次，我希望同学们有一股子不服输的韧劲。人生的路不会一帆风顺，跌倒了要爬起来。\n\n"
    "同学们，祝你们前程似锦！\n"
)


def test_a_third_story_before_the_runs_own_third_order_word_is_no_point(tmp_path: Path) -> None:
    # (首先，… 其次，… 第三个故事，… 再次，…, round pz: 再次 is the count's third, the story the second point's)
    spec, _ = mine(tmp_path, GRADUATION.format(third="第三个故事，"))
    assert headings(spec["points"]) == ["我希望同学们甘于做打基础的事情", "我希望同学们把所学用在别人需要的地方", "我希望同学们有一股子不服输的韧劲"]
