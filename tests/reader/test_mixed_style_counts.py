"""One count said in mixed enumeration styles (stop 16), in our own wording:

- 一要… / 二是要… / 三是要…, 第一，… / 二是… / 三是…, 一是… / 二是… / 第三，…, 首先，要… / 二是要… / 三是要…:
  paragraphs in a row counting 1, 2, 3 with labels of more than one style, switched once, are one list, at the
  top and under a point; the report says the styles were mixed.
- Near misses: two items only; styles switched back and forth; a 第一 paragraph that says 一是 inside itself
  before paragraphs 二是, 三是 (the 二是 counts on that 一是) and is followed by its own 第二.

A count that switches style for good (stop 22): 一、… 第二，… 3.… and 第一点，… 第二点，… 三、… (the top numbering
over, the next number said in a style of its own); 一、… 第二，(its 一是…五是) 三是要… (the 三是 goes on from no 二是).
Near misses: 首先，… then 第二， under the point (a list of the point's), a 第二， after 第一， said inside the point's
paragraph, a top numbering that goes on later (一、… 第二，… 二、…). And the closing after such a count: 最后，再次感谢…
ends it, 最后，我们要… parallel to the items before it is their last. The same one level down: （一）… （二）… 3.… (near
misses: 1. 2. under （一） then 3. under （二）; a 3. before its list's own （三）). Both at once (stop 23): 二、… 1.… 2.…
（3）… （4）… then 第三，… 第四，…: the （3） goes on from the 2., since the top's third is said later (near miss: no
later 第三, the （3） is the top count).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

BODY = "这项工作关系全局，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"
HEAD = "在全县秋季农业生产工作会议上的讲话\n同志们：\n今天召开这次会议，安排部署秋季农业生产工作。下面，我讲三点意见。\n"
TAIL = "同志们，秋季农业生产时间紧、任务重，希望大家振奋精神，确保完成各项任务。\n"
LEADS = ("抓好秋收秋种。", "抓好秸秆禁烧。", "抓好责任落实。")
MIXED_NOTE = "混用了几种序号样式"


def _speech(labels: tuple[str, ...]) -> str:
    return HEAD + "".join(f"{label}{lead}{BODY}\n" for label, lead in zip(labels, LEADS, strict=False)) + TAIL


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (("一要", "二是要", "三是要"), ["抓好秋收秋种", "要抓好秸秆禁烧", "要抓好责任落实"]),
        (("第一，", "二是", "三是"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
        (("一是", "二是", "第三，"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
        (("首先，要", "二是要", "三是要"), ["要抓好秋收秋种", "要抓好秸秆禁烧", "要抓好责任落实"]),
        (("一是", "二要", "三要"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
    ],
)
def test_one_count_in_mixed_styles_is_the_points(tmp_path: Path, labels: tuple[str, ...], expected: list[str]) -> None:
    spec, report = mine(tmp_path, _speech(labels))
    assert headings(spec["points"]) == expected
    assert MIXED_NOTE in report


def test_one_count_in_mixed_styles_under_a_point(tmp_path: Path) -> None:
    text = (
        "在全市安全生产会议上的讲话\n同志们：\n下面，我讲两点意见。\n"
        f"一、认清形势\n{BODY}\n"
        f"二、抓好重点\n一要盯紧危化品企业。{BODY}\n二是要盯紧建筑工地。{BODY}\n三是要盯紧人员密集场所。{BODY}\n"
        "同志们，安全无小事，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "抓好重点"]
    assert headings(spec["points"][1]["items"]) == ["盯紧危化品企业", "要盯紧建筑工地", "要盯紧人员密集场所"]


@pytest.mark.parametrize(
    "labels",
    [
        ("一要", "二是要"),  # two items: two lists as likely as one
        ("一是", "第二，", "三是", "第四，"),  # switched back and forth: no one count
    ],
)
def test_no_single_count_in_mixed_styles(tmp_path: Path, labels: tuple[str, ...]) -> None:
    leads = (*LEADS, "抓好督查问效。")
    text = HEAD + "".join(f"{label}{lead}{BODY}\n" for label, lead in zip(labels, leads, strict=False)) + TAIL
    spec, report = mine(tmp_path, text)
    assert len(spec.get("points", [])) < len(labels)
    assert MIXED_NOTE not in report


def test_a_first_that_says_its_own_yishi_keeps_its_list(tmp_path: Path) -> None:
    """第一，…以下改革。一是… / 二是… / 三是… / 第二，…以下改革。一是… / 二是…: the 二是 paragraphs count on the 一是
    said inside the 第一 paragraph; 第一 and 第二 are the points."""
    text = (
        "关于机构改革方案的说明\n同志们：\n下面，我就方案的重点内容作个说明。\n"
        f"第一，在完善市委机构职能方面，主要推进以下改革。一是组建市委财经委员会。{BODY}\n"
        f"二是组建市委审计委员会。{BODY}\n三是优化市委督查机构。{BODY}\n"
        f"第二，在完善市政府机构职能方面，主要推进以下改革。一是组建市自然资源局。{BODY}\n"
        f"二是组建市生态环境局。{BODY}\n三是组建市应急管理局。{BODY}\n"
        "同志们，大家要抓紧行动。\n"
    )
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "在完善市委机构职能方面，主要推进以下改革",
        "在完善市政府机构职能方面，主要推进以下改革",
    ]
    assert MIXED_NOTE not in report


def _points_of(tmp_path: Path, body: str, closing: str = "同志们，任务已经明确，希望大家抓紧行动，确保各项工作落到实处。\n") -> dict:
    spec, _ = mine(tmp_path, "在公司年度经营工作会议上的讲话\n同志们：\n今天开会，我讲三点意见。\n" + body + closing)
    return spec


def test_a_count_that_switches_style_twice_goes_on(tmp_path: Path) -> None:
    """一、关于市场 (its 第一个判断 … 第三个判断) / 第二，关于组织。 / 3. 关于干部: the speaker said each number in a new style."""
    spec = _points_of(
        tmp_path,
        f"一、关于市场\n第一个判断：传统业务是基本盘。{BODY}\n第二个判断：新业务要聚焦。{BODY}\n"
        f"第三个判断：海外是必答题。{BODY}\n第二，关于组织。{BODY}\n3. 关于干部\n{BODY}\n",
    )
    assert headings(spec["points"]) == ["关于市场", "关于组织", "关于干部"]
    assert headings(spec["points"][0]["items"]) == ["传统业务是基本盘", "新业务要聚焦", "海外是必答题"]


def test_a_third_point_said_after_a_longer_sub_count_of_its_style(tmp_path: Path) -> None:
    """一、… / 第二，… (一是…五是) / 三是要…: the 三是 right after 五是 goes on from no 二是; it is the third point."""
    subs = "".join(f"{n}是抓好第{n}项工作。{BODY}\n" for n in "一二三四五")
    spec = _points_of(tmp_path, f"一、提高认识\n{BODY}\n第二，要明确任务。{BODY}\n{subs}三是要强化保障。{BODY}\n")
    assert headings(spec["points"]) == ["提高认识", "要明确任务", "要强化保障"]
    assert len(spec["points"][1]["items"]) == 5


def test_a_spoken_count_that_ends_in_a_heading_line(tmp_path: Path) -> None:
    """第一点，… / 第二点，… / 三、关于…。: the third in a heading's style; 最后，再次感谢… after it is the closing."""
    spec = _points_of(
        tmp_path,
        f"第一点，关于发展。\n{BODY}\n第二点，关于改革。\n{BODY}\n三、关于队伍。\n{BODY}\n",
        closing=f"各位同事中，有不少是老骨干。{BODY}\n最后，再次感谢大家的辛勤付出。希望大家再接再厉，在新的一年里再创佳绩，为公司发展作出新的更大贡献。\n",
    )
    assert headings(spec["points"]) == ["关于发展", "关于改革", "关于队伍。"]  # (a heading line keeps its 。)
    # (各位同事中，… before it is "among you": no address that opens the closing)
    assert spec["closing"] == ["最后，再次感谢大家的辛勤付出。希望大家再接再厉，在新的一年里再创佳绩，为公司发展作出新的更大贡献。"]


@pytest.mark.parametrize(
    "under",
    [
        f"首先，要抓市场。{BODY}\n第二，要抓组织。{BODY}\n",  # (其次 said as 第二，: the point's own list)
        f"这里讲两条。第一，要抓市场。{BODY}\n第二，要抓组织。{BODY}\n",  # (the first said inside a paragraph)
    ],
)
def test_a_second_that_goes_on_from_a_list_under_the_point_stays_in_it(tmp_path: Path, under: str) -> None:
    spec = _points_of(tmp_path, f"一、关于市场\n{BODY}\n{under}")
    assert headings(spec["points"]) == ["关于市场"]


def test_a_second_said_in_another_style_before_the_top_numbering_goes_on(tmp_path: Path) -> None:
    """一、… 第二，… 二、… 三、…: the top numbering goes on, so the 第二， is no switch of it."""
    spec = _points_of(
        tmp_path, f"一、关于市场\n{BODY}\n第二，要抓组织。{BODY}\n二、关于组织\n{BODY}\n三、关于干部\n{BODY}\n"
    )
    assert headings(spec["points"]) == ["关于市场", "关于组织", "关于干部"]


def test_a_last_item_parallel_to_the_ones_before_is_no_closing(tmp_path: Path) -> None:
    """第一，我们要…。 第二，我们要…。 最后，我们要…。: the list's last item, not its closing words."""
    spec = _points_of(
        tmp_path,
        f"第一，我们要抓好发展。{BODY}\n第二，我们要抓好改革。{BODY}\n最后，我们要抓好队伍。{BODY}\n",
        closing="",
    )
    assert headings(spec["points"]) == ["我们要抓好发展", "我们要抓好改革", "我们要抓好队伍"]
    assert not spec.get("closing")


def _sub_points_of(tmp_path: Path, under_first: str) -> list[list[str]]:
    spec = _points_of(tmp_path, f"一、认清形势\n{under_first}二、抓好重点\n（一）抓项目。{BODY}\n（二）抓招商。{BODY}\n")
    return [headings(p.get("items", [])) for p in spec["points"]]


def test_a_sub_count_that_switches_style_goes_on(tmp_path: Path) -> None:
    """（一）… （二）… 3.…: the third sub-point said in another style is the list's third."""
    spec, report = mine(
        tmp_path,
        "在公司年度经营工作会议上的讲话\n同志们：\n今天开会，我讲两点意见。\n"
        f"一、认清形势\n（一）要看到成绩。{BODY}\n（二）要看到问题。{BODY}\n3.要看到形势。{BODY}\n"
        f"二、抓好重点\n（一）抓项目。{BODY}\n（二）抓招商。{BODY}\n同志们，希望大家抓紧行动。\n",
    )
    assert [headings(p["items"]) for p in spec["points"]] == [["要看到成绩", "要看到问题", "要看到形势"], ["抓项目", "抓招商"]]
    assert "原稿的分论点混用了几种序号样式（如“3.”）" in report


@pytest.mark.parametrize(
    "under_first",
    [
        # (1. 2. under （一）, then 3. under （二）: that count's, not a third sub-point)
        f"（一）要看到成绩。{BODY}\n1.经济增长。{BODY}\n2.民生改善。{BODY}\n（二）要看到问题。{BODY}\n3.要看到形势。{BODY}\n",
        # (its own （三） comes after it: the 3. is text)
        f"（一）要看到成绩。{BODY}\n（二）要看到问题。{BODY}\n3.要看到形势。{BODY}\n（三）要看到差距。{BODY}\n",
    ],
)
def test_a_number_that_goes_on_from_its_own_count_switches_nothing(tmp_path: Path, under_first: str) -> None:
    subs = _sub_points_of(tmp_path, under_first)
    assert "要看到形势" not in subs[0]
    assert "要看到问题" in subs[0]


def _grid_speech(tmp_path: Path, after_subs: str) -> dict:
    spec, _ = mine(
        tmp_path,
        "在全街道网格化工作推进会上的讲话\n同志们：\n下面我讲几个方面的意见。\n"
        f"一、认清差距\n{BODY}\n二、抓好几项工作\n1.把信息搞准。{BODY}\n2.把处置提速。{BODY}\n"
        f"（3）把重点人群管住。{BODY}\n（4）把平台用好。{BODY}\n{after_subs}同志们，网格虽小，连着万家灯火。\n",
    )
    return spec


def test_a_sub_count_switched_before_the_top_count_switches_too(tmp_path: Path) -> None:
    """二、… 1.… 2.… （3）… （4）… then 第三，… 第四，…: the （3） goes on from the 2. below the point (the top's
    third is said later, in yet another style, and its fourth after it); the （4） goes on from the （3）."""
    spec = _grid_speech(tmp_path, f"第三，要加强队伍管理。{BODY}\n第四，要压实各方责任。{BODY}\n")
    assert headings(spec["points"]) == ["认清差距", "抓好几项工作", "要加强队伍管理", "要压实各方责任"]
    assert headings(spec["points"][1]["items"]) == ["把信息搞准", "把处置提速", "把重点人群管住", "把平台用好"]


def test_a_switched_third_with_no_later_third_stays_the_top_count(tmp_path: Path) -> None:
    """二、… 1.… 2.… （3）… （4）… and no later 第三: the （3） is the top count said in another style (stop 22)."""
    spec = _grid_speech(tmp_path, "")
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["认清差距", "抓好几项工作", "把重点人群管住"]


def test_a_spoken_counts_missing_number_written_as_a_heading(tmp_path: Path) -> None:
    """第一点，… / 二、… / 第三，…: the number the spoken count misses, written as a heading where its gap is (stop 23, ge18)."""
    spec = _points_of(tmp_path, f"第一点，关于角色定位。\n{BODY}\n二、关于学校管理\n{BODY}\n第三，关于培训要求。\n{BODY}\n")
    assert headings(spec["points"]) == ["关于角色定位", "关于学校管理", "关于培训要求"]


def test_a_heading_numbered_as_a_number_the_count_says_is_no_point(tmp_path: Path) -> None:
    """第一点，… / 第二点，… / 二、… / 第三，…: the count has its 2, so the 二、 fills no gap."""
    spec = _points_of(
        tmp_path, f"第一点，关于角色定位。\n{BODY}\n第二点，关于学校管理。\n{BODY}\n二、关于经费\n{BODY}\n第三，关于培训要求。\n{BODY}\n"
    )
    assert headings(spec["points"]) == ["关于角色定位", "关于学校管理", "关于培训要求"]


def test_requirements_a_spoken_point_announces_are_its_sub_points(tmp_path: Path) -> None:
    """第三，关于这次培训的几点要求。 then 要端正学习态度。… / 要注重学以致用。… / 要严守纪律规定。… (stop 23, ge18): the
    short leads opening alike under a point that announces requirements; near miss: no announcement, no sub-points."""
    reqs = f"要端正学习态度。{BODY}\n要注重学以致用。{BODY}\n要严守纪律规定。{BODY}\n"
    spec = _points_of(tmp_path, f"第一，关于角色定位。\n{BODY}\n第二，关于学校管理。\n{BODY}\n第三，关于这次培训的几点要求。\n{reqs}")
    assert headings(spec["points"][2]["items"]) == ["要端正学习态度", "要注重学以致用", "要严守纪律规定"]
    spec = _points_of(tmp_path, f"第一，关于角色定位。\n{BODY}\n第二，关于学校管理。\n{BODY}\n第三，关于这次培训。\n{reqs}")
    assert "items" not in spec["points"][2]


def test_a_count_that_goes_on_as_a_lone_heading_over_a_list(tmp_path: Path) -> None:
    """第一，… 第二，… 三是… / 四、关于平台和经费 over 1.… 2.… (stop 23, gn16): the count is the points, the lone 四、
    its fourth, the 1. 2. list under it. Near miss: a lone 四、 after a count of two is no fourth (the list stays the
    points)."""
    tail = f"四、关于平台和经费\n1.平台建设。{BODY}\n2.经费使用。{BODY}\n"
    spec = _points_of(tmp_path, f"第一，要抓学科。{BODY}\n第二，要补短板。{BODY}\n三是要建队伍。{BODY}\n{tail}")
    assert headings(spec["points"]) == ["要抓学科", "要补短板", "要建队伍", "关于平台和经费"]
    assert [h.rstrip("。") for h in headings(spec["points"][3]["items"])] == ["平台建设", "经费使用"]
    spec = _points_of(tmp_path, f"第一，要抓学科。{BODY}\n第二，要补短板。{BODY}\n{tail}")
    assert [h.rstrip("。") for h in headings(spec["points"])] == ["平台建设", "经费使用"]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("一、关于去年工作的评价\n", "2. 关于今年的目标和重点工作\n", "3. 关于干部作风建设\n"),  # (ia10)
        ("（一）深刻汲取事故教训。", "二是迅速开展隐患排查。", "三是严格落实安全责任。"),  # (ia11)
    ],
)
def test_a_count_gone_on_in_the_style_its_second_switched_to(tmp_path: Path, first: str, second: str, third: str) -> None:
    """一、… then 2.… 3.…: the second point's own label is no number said inside it, so the third goes on from it."""
    spec = _points_of(tmp_path, f"{first}{BODY}\n{second}{BODY}\n（1）做大市场。{BODY}\n（2）做强板块。{BODY}\n{third}{BODY}\n")
    assert len(spec["points"]) == 3


def test_one_more_thing_under_a_heading_line_stays_its_text(tmp_path: Path) -> None:
    """一、… 2.… 3. 关于干部作风建设 / … / 还有一点，要关心一线职工。: under a last heading on a line of its own, one more
    thing of its topic, no point added (ia10); after a last paragraph item it is one (test_added_point)."""
    spec = _points_of(
        tmp_path,
        f"一、关于去年工作的评价\n{BODY}\n2. 关于今年的目标\n{BODY}\n3. 关于干部作风建设\n{BODY}\n还有一点，要关心一线职工。{BODY}\n",
    )
    assert headings(spec["points"]) == ["关于去年工作的评价", "关于今年的目标", "关于干部作风建设"]


def test_a_sub_count_switched_before_the_tops_last_number_said_later(tmp_path: Path) -> None:
    """一、… 二、… （一）… （二）… 3.… then 第三，…: the 3. goes on from the （二） under the point, the top's third said
    later in another style (ii13); with no 第三 later the 3. is the top's third (the test above)."""
    spec = _points_of(
        tmp_path,
        f"一、坚持正确方向\n{BODY}\n二、聚焦中心大局\n（一）围绕产业转型建言献策。{BODY}\n（二）围绕生态文明加强监督。{BODY}\n"
        f"3.围绕改善民生协商议政。{BODY}\n第三，加强自身建设。{BODY}\n",
    )
    assert headings(spec["points"]) == ["坚持正确方向", "聚焦中心大局", "加强自身建设"]
    assert headings(spec["points"][1]["items"]) == ["围绕产业转型建言献策", "围绕生态文明加强监督", "围绕改善民生协商议政"]
