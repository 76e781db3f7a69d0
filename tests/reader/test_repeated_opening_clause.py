"""An unnumbered speech whose parts each open with the same clause, a few paragraphs apart
(``unnumbered.repeated_opening_clauses``): the parts are the points, each lead sentence a heading."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

HEAD = ("在青年干部座谈会上的讲话", "同志们：", "今天请来的有机关干部、乡镇干部，也有企业和学校的青年代表，大家谈得很好。")
MORE = "这方面大家有切身体会，也有不少好的做法，要总结推广，让更多同志受益，形成比学赶超的氛围。"
CLOSING = ("我就讲这些。祝大家工作顺利！",)

PARTS = (
    ("建设美丽县城，机关干部要当好排头兵。", MORE, MORE),
    ("建设美丽县城，乡镇干部要扎根基层一线。", MORE, MORE, MORE),
    ("建设美丽县城，青年人才是生力军。", MORE, MORE),
)


def points(*texts: str) -> list[str]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    return [n.heading.rstrip("。") for n in outline.points]


def test_parts_opening_with_the_same_clause_are_the_points() -> None:
    body = [t for part in PARTS for t in part]
    assert points(*HEAD, *body, *CLOSING) == [
        "建设美丽县城，机关干部要当好排头兵",
        "建设美丽县城，乡镇干部要扎根基层一线",
        "建设美丽县城，青年人才是生力军",
    ]


def test_a_page_tail_of_short_lines_does_not_hide_the_parts() -> None:
    body = [t for part in PARTS for t in part]
    tail = ("促进", "法治", "推动", "公益", "主编：某某", "投稿合作：某某", "关注该公众号") * 3
    assert len(points(*HEAD, *body, *CLOSING, *tail)) == 3


def test_the_same_clause_in_paragraphs_in_a_row_is_a_list_not_parts() -> None:
    """Near miss: 这五年，我们… three paragraphs in a row tell results one by one."""
    row = tuple(f"建设美丽县城，我们{w}。" + MORE for w in ("修通了环城路", "建成了湿地公园", "改造了老旧小区"))
    assert points(*HEAD, *row, MORE, *CLOSING) == []


def test_a_connective_repeated_is_no_part() -> None:
    """Near miss: 因此， or 同时， opening paragraphs here and there is a turn of phrase."""
    body = ("因此，机关干部要当好排头兵。", MORE, MORE, "因此，乡镇干部要扎根基层。", MORE, MORE, "因此，青年人才要勇挑重担。", MORE, MORE)
    assert points(*HEAD, *body, *CLOSING) == []


def test_two_parts_alone_are_not_enough() -> None:
    body = [t for part in PARTS[:2] for t in part]
    assert points(*HEAD, *body, *CLOSING) == []


def test_a_charge_said_again_in_paragraphs_in_a_row_heads_the_parts() -> None:
    """纪念赵永福同志，就是要学习他…。 opening four developed paragraphs in a row: each a part the clause charges
    (id22 of the everyday suite); the results told in a row (建设美丽县城，我们修通了…) stay a list."""
    row = tuple(f"纪念赵永福同志，就是要学习他{w}。" + MORE for w in ("听党话、跟党走的坚定信念", "爱岗敬业的工匠精神", "敢为人先的进取精神"))
    assert points(*HEAD, *row, MORE, *CLOSING) == [
        "纪念赵永福同志，就是要学习他听党话、跟党走的坚定信念",
        "纪念赵永福同志，就是要学习他爱岗敬业的工匠精神",
        "纪念赵永福同志，就是要学习他敢为人先的进取精神",
    ]


def test_a_charged_clause_may_count_the_years_in_figures() -> None:
    """纪念北岭抗日根据地创建85周年，就是要… (stop 42, uo16): thirteen characters of Chinese and two figures, still
    the clause charged; fifteen of Chinese are a sentence's start, no thesis."""
    row = tuple(f"纪念北岭抗日根据地创建85周年，就是要{w}。" + MORE for w in ("铭记历史、缅怀先烈", "传承精神、赓续血脉", "牢记宗旨、造福人民"))
    assert points(*HEAD, *row, MORE, *CLOSING) == [
        "纪念北岭抗日根据地创建85周年，就是要铭记历史、缅怀先烈",
        "纪念北岭抗日根据地创建85周年，就是要传承精神、赓续血脉",
        "纪念北岭抗日根据地创建85周年，就是要牢记宗旨、造福人民",
    ]
    longer = tuple(t.replace("北岭", "北岭山区") for t in row)
    assert points(*HEAD, *longer, MORE, *CLOSING) == []
