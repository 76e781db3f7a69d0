"""第一，… / a later paragraph of that item: …要有三样本事。第一，…。第二，…。 / 第二，… opening a paragraph: the
第一 and 第二 said inside the later paragraph are a list inside the first item, not its list going on, so the 第二
that opens a paragraph is the second item (a talk of the studied set read the inner 第二 as the item and lost the
outer one). So for 二是… / …有几个特点。一是…。二是…。 / 三是…: the list said inside is one level down, under 二是, and
三是 goes on the outer list (an everyday report lost its 三是). Near miss: with no later paragraph opening with 第二,
the 第二 said inside is the list's second item."""

from __future__ import annotations

from tests.reader.mining import outline_of

TEXT = "这项工作涉及面广、政策性强，各单位要统一思想，拿出实打实的举措，确保按期见效。"


def lines(outer_second: bool) -> list[str]:
    body = [
        "在全市档案工作会议上的讲话",
        "同志们：",
        "今天召开全市档案工作会议，我讲两个问题。",
        "一、档案工作要服务发展大局",
        f"第一，档案部门要主动融入中心工作，变被动接收为主动服务。{TEXT}",
        f"档案干部不一定样样精通，但一定要有三样本事。第一，要熟悉本地发展的重点任务，知道哪些材料需要留存。第二，要有耐心细致的作风。{TEXT}",
        f"至于各部门移交不及时的问题，要通过制度来解决。{TEXT}",
    ]
    if outer_second:
        body.append(f"第二，要加快推进档案数字化，提高查阅利用的效率。{TEXT}")
    body += [
        "二、档案安全要守住底线",
        f"库房消防、防潮、防盗设施要定期检查，发现隐患立即整改。{TEXT}",
        "同志们，让我们共同把档案工作做得更好！",
    ]
    return body


def test_a_list_said_inside_a_later_paragraph_of_an_item_is_not_its_list() -> None:
    first = outline_of(*lines(outer_second=True)).points[0]
    assert [n.heading for n in first.children] == [
        "档案部门要主动融入中心工作，变被动接收为主动服务。",
        "要加快推进档案数字化，提高查阅利用的效率。",
    ]


def test_near_miss_the_second_said_inside_goes_on_when_no_paragraph_opens_with_it() -> None:
    first = outline_of(*lines(outer_second=False)).points[0]
    assert [n.heading for n in first.children] == [
        "档案部门要主动融入中心工作，变被动接收为主动服务。",
        "要有耐心细致的作风。",
    ]


def test_a_list_started_inside_a_later_paragraph_of_an_item_is_one_level_down() -> None:
    outline = outline_of(
        "在全市防汛工作会议上的讲话",
        "同志们：",
        "今天召开全市防汛工作会议，我讲两个问题。",
        "一、今年汛情的新特点",
        f"一是强降雨越来越集中。{TEXT}",
        f"二是积水点在向新城区转移。{TEXT}",
        f"地下空间的积水有几个特点。一是进水快，挡水设施一旦失效就难以控制。二是排水难，只能靠水泵抽排。{TEXT}",
        f"三是灾害的连锁影响在放大。{TEXT}",
        "二、防汛工作要再加力",
        f"各区要对易涝点逐一排查，落实责任人。{TEXT}",
        "同志们，让我们齐心协力，确保安全度汛！",
    )
    first = outline.points[0]
    assert [n.heading for n in first.children] == [
        "强降雨越来越集中。",
        "积水点在向新城区转移。",
        "灾害的连锁影响在放大。",
    ]
    assert [n.heading for n in first.children[1].children] == ["进水快，挡水设施一旦失效就难以控制。", "排水难，只能靠水泵抽排。"]
