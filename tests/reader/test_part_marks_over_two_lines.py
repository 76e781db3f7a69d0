"""A slide-like talk's part marks on lines of their own (-01- / PART 1 / 1 / 一), each over two short lines (a keyword
and its line, a question and its subtitle): the first line under the mark heads the part, as a label alone on its line
is headed by what comes right under it (corpus/ANNOTATION.md); -01- is no page number."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

TEXT = "这几年我们在这方面做了大量工作，取得了明显成效，但也存在不少问题，需要认真加以解决。下面具体说一说我的看法。"


def _talk(marks: list[str], firsts: list[str], seconds: list[str]) -> str:
    parts = "".join(f"{m}\n\n{a}\n\n{b}\n\n{TEXT}\n\n{TEXT}\n\n" for m, a, b in zip(marks, firsts, seconds, strict=True))
    return f"高层住宅消防安全培训讲稿\n\n各位物业经理：\n\n大家上午好！今天和大家交流三个方面。\n\n{parts}谢谢大家！\n"


@pytest.mark.parametrize(
    ("marks", "firsts", "seconds"),
    [
        (["-01-", "-02-", "-03-"], ["查", "管", "练"], ["隐患藏在哪里", "日常管理管什么", "一场演练胜过十次培训"]),
        (["PART 1", "PART 2", "PART 3"], ["客户为什么不愿意见我们？", "见了面说什么？", "怎么让客户再来找我们？"], ["——三个扎心的数字", "——一张纸讲清楚", "——三个小办法"]),
        (["1", "2", "3"], ["先算明白账", "再算优惠账", "最后算风险账"], ["增值税到底要不要交？", "这些政策别漏了", "三种做法千万别碰"]),
        (["一", "二", "三"], ["当好规划员", "当好保洁员", "当好调解员"], ["村子往哪里走，心里要有张图", "干净是和美乡村的第一张脸", "矛盾不出村，和气才能生财"]),
    ],
)
def test_the_first_line_under_a_part_mark_heads_its_part(tmp_path: Path, marks: list[str], firsts: list[str], seconds: list[str]) -> None:
    spec, _ = mine(tmp_path, _talk(marks, firsts, seconds))
    assert headings(spec["points"]) == firsts


def test_a_dashed_page_number_is_still_dropped(tmp_path: Path) -> None:
    text = (
        "在全县安全生产工作会议上的讲话\n\n同志们：\n\n今天我讲两点意见。\n\n一、认清形势\n\n今年以来，全县安全生产形势总体平稳，"
        "但也发生了几起\n\n- 3 -\n\n较大事故，教训深刻。\n\n二、压实责任\n\n各乡镇要落实属地责任。\n\n同志们，让我们共同努力。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "压实责任"]
    assert "- 3 -" not in str(spec)


def test_digit_marks_head_their_parts_alike_when_one_stands_over_two_short_lines(tmp_path: Path) -> None:
    text = (
        "留住光，也留住人\n\n各位朋友：\n\n大家好！今天和大家聊聊我们的新相机。\n\n"
        f"01\n\n把专业，交给机器\n\n{TEXT}\n\n"
        f"02\n\n把创作，还给人\n\n机器做得再多，也代替不了人的眼睛。\n\n{TEXT}\n\n"
        f"03\n\n把时间，留给生活\n\n最后一句话，说的是重量。\n\n{TEXT}\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["把专业，交给机器", "把创作，还给人", "把时间，留给生活"]


def test_a_part_marks_heading_line_may_bring_in_its_part_with_a_colon(tmp_path: Path) -> None:
    """**04** over 互联网“七字诀”外的真经： (a WeChat article's last part, its line ending on a colon): still a heading line,
    so the marks head their parts alike, each with the first line under it, not the subtitle over the text."""
    parts = [("向同仁堂学习", "做产品要真材实料"), ("向海底捞学习", "口碑源于超预期"), ("向沃尔玛学习", "低毛利、高效率是王道")]
    text = "雷军：小米创业十年的思考\n\n大家好！今天和大家分享几个故事。\n\n" + "".join(
        f"**0{k}**\n\n**{first}**\n\n**{second}**\n\n{TEXT}\n\n" for k, (first, second) in enumerate(parts, 1)
    ) + f"**04**\n\n**互联网“七字诀”外的真经：**\n\n**“群众路线”**\n\n{TEXT}\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["向同仁堂学习", "向海底捞学习", "向沃尔玛学习", "互联网“七字诀”外的真经："]


def test_a_keyword_line_over_each_heading_line_heads_its_part(tmp_path: Path) -> None:
    """审 / 御史台的「审」 / … (a lecture's parts, each a keyword over its subtitle, no marks): the keyword heads the part,
    as a part mark's first line does; near miss: a lone short word over one line only is text."""
    pairs = [("审", "御史台的审问"), ("判", "大理寺的判决"), ("反对", "御史台反对大理寺"), ("复核", "审刑院支持大理寺")]
    text = "乌台诗案的审与判\n\n大家好！今天我们顺着司法程序来讲这个故事。\n\n" + "".join(
        f"{key}\n\n{line}\n\n{TEXT}\n\n{TEXT}\n\n" for key, line in pairs
    ) + "谢谢大家。\n"
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["审", "判", "反对", "复核"]
    one = text.replace("判\n\n大理寺的判决", "大理寺的判决")
    spec, _ = mine(tmp_path, one)
    assert headings(spec["points"]) == ["御史台的审问", "大理寺的判决", "御史台反对大理寺", "审刑院支持大理寺"]
