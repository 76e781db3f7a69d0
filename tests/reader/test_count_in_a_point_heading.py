"""二、严格质量考核，做到“两个严禁” / 严禁弄虚作假。… / 严禁带病放行。… (everyday qr18, qr19, qr22; stop 37): a point's
heading that ends by counting its parts by a quoted word names as many unnumbered paragraphs after it that open with
the word, or lead with a short sentence holding it (管行业必须管安全。 under “三个必须”); two are a list when counted.
Near misses: a count the paragraphs do not match is no list, and a one-character word (三个“从”) is held by too many
leads to be looked for inside them."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

TEXT = "各单位要对照要求逐条抓好落实，发现问题立即整改，整改不到位的要追究相关人员的责任，决不能走过场、搞形式。"
HEAD = "在全区安全生产工作会议上的讲话\n同志们：\n今天召开会议，部署下一阶段工作。下面，我讲三点意见。\n"
FIRST = f"一、认清形势，增强做好安全生产工作的责任感\n{TEXT}\n"
LAST = f"三、强化保障，确保各项措施落到实处\n{TEXT}\n"
END = "同志们，安全生产责任重于泰山。让我们以更加扎实的作风，守住安全底线！\n"


def _second(leads: list[str], heading: str = "二、突出重点，坚持做到“三个必须”") -> str:
    return f"{heading}\n{TEXT}\n" + "".join(f"{lead}{TEXT}\n" for lead in leads)


def test_leads_holding_the_counted_word_are_the_points_sub_points(tmp_path: Path) -> None:
    leads = ["管行业必须管安全。", "管业务必须管安全。", "管生产经营必须管安全。"]
    spec, _ = mine(tmp_path, HEAD + FIRST + _second(leads) + LAST + END)
    assert headings(spec["points"][1].get("items", [])) == [lead.rstrip("。") for lead in leads]


def test_two_counted_paragraphs_opening_with_the_word_are_a_list(tmp_path: Path) -> None:
    leads = ["严禁弄虚作假。", "严禁带病放行。"]
    spec, _ = mine(tmp_path, HEAD + FIRST + _second(leads, "二、严格质量考核，做到“两个严禁”") + LAST + END)
    assert headings(spec["points"][1].get("items", [])) == ["严禁弄虚作假", "严禁带病放行"]


def test_a_count_the_paragraphs_do_not_match_is_no_list(tmp_path: Path) -> None:
    leads = ["管行业必须管安全。", "管业务必须管安全。"]
    spec, _ = mine(tmp_path, HEAD + FIRST + _second(leads) + LAST + END)
    assert not spec["points"][1].get("items")


def test_a_one_character_word_is_not_looked_for_inside_leads(tmp_path: Path) -> None:
    leads = ["先从小事做起。", "再从细节抓起。", "最后从制度管起。"]
    spec, _ = mine(tmp_path, HEAD + FIRST + _second(leads, "二、突出重点，做到三个“从”") + LAST + END)
    assert not spec["points"][1].get("items")
