"""Lists said inside one paragraph of a page that kept no line breaks (``top_level.inline_runs``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline


def top(*texts: str) -> list[str]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return [n.heading for n in outline.nodes() if n.depth == 1]


# the meeting's aims (bare clauses, run on with semicolons), then in the same paragraph the points
AIMS_THEN_POINTS = (
    "同志们：今天请大家到河口镇的几个工地走一走，用意有三：一是看看上半年各工地干了多少；"
    "二是找找拖慢工期的毛病；三是让各单位互相比一比，学一学。走了一整天，我的印象可以归成以下几条："
    "一是开工齐。春节刚过，全部十二个工地就陆续动了土，没有一个拖到四月以后，这在往年是少见的。"
    "二是质量稳。抽查的桥梁和管网没有发现返工，监理记录完整，群众反映也比较好，值得肯定。"
    "三是协调顺。征地、电力、水源这些老难题，今年都由乡镇提前对接，工地上很少再为这些事停工。"
)


def test_a_second_list_in_the_same_paragraph_is_read_after_the_first() -> None:
    assert top(AIMS_THEN_POINTS, "下面，我再讲讲下半年的打算。") == ["开工齐。", "质量稳。", "协调顺。"]


def test_a_paragraph_whose_only_lists_are_bare_clauses_has_no_points() -> None:
    """Near miss: the second list's items say nothing after their lead either, so neither list is the points."""
    bare = (
        "同志们：今天请大家到河口镇的几个工地走一走，用意有三：一是看看上半年各工地干了多少；"
        "二是找找拖慢工期的毛病；三是让各单位互相比一比，学一学。印象有三条：一是开工齐。二是质量稳。三是协调顺。"
        "下面，我再讲讲下半年的打算，请大家认真听，回去以后抓好落实，把今年的任务完成好，向全镇群众交一份满意的答卷。"
    )
    assert top(bare) == []


def _developed_list(announcement: str) -> str:
    return (
        "同志们：今天把大家请来开这个会，" + announcement + "一是让大家看清形势。今年的任务比去年重了不少，"
        "资金、土地、人手都紧，不早动手就会被动。二是把责任落到人头。每个项目都要有一名领导牵头，"
        "一名干部跟班，出了问题找得到人。三是给大家鼓鼓劲。困难是有，但办法总比困难多，只要肯下功夫就干得成。"
    )


def test_the_meetings_aims_listed_in_the_opening_are_not_the_points() -> None:
    assert top(_developed_list("主要有三个方面的目的："), "下面，我再讲讲下半年的打算。") == []


def test_the_same_list_announced_as_the_speakers_points_is_read() -> None:
    """Near miss: announced as what the speaker has to say, the same list is the points."""
    assert top(_developed_list("我讲以下几点："), "下面，我再讲讲下半年的打算。") == ["让大家看清形势。", "把责任落到人头。", "给大家鼓鼓劲。"]
