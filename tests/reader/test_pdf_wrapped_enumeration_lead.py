"""In a PDF copy that lost its paragraphs' indent, a lead after an enumeration's label (三要…) whose first line is as wide
as an indented first line and ends no sentence runs on into the next line (…研究共同 / 体。职业教育…, hc18 of the
everyday suite); a heading line (三、…) as wide that ends no sentence is a heading line of its own."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

FILL = [
    "职业教育研究不能关起门来做学问，要紧紧围绕制造强国、乡村振兴、数字中国",
    "等国家战略，研究产业转型升级对技术技能人才的新需求。希望各会员单位多组",
    "织研究人员到企业一线去，到生产车间去，摸清企业真实的用人需求，为职业院",
    "校专业设置和课程改革提供科学依据。",
]
NEXT = [
    "体。职业教育是跨界的教育，职业教育研究也必须是开放的研究。研究会将进一",
    "步加强与行业协会、龙头企业的合作，吸引更多企业专家参与研究工作。同时，",
    "也要加强国际交流，学习借鉴德国、瑞士等国家职业教育的有益经验，讲好中国",
    "职业教育的故事。",
]


def _copy(first: str, second: str, third: str, next_lines: list[str]) -> str:
    lines = [
        "在职业教育研究会年会上的讲话", "各位会员代表：",
        "　　今年是研究会换届后的第一年，下面，我就明年的工作讲三点意见，供大家参考。",
        first, *FILL, second, *FILL, third, *next_lines, "　　同志们，让我们携手努力，开创研究会工作新局面！",
    ]
    return "\n".join(lines) + "\n"


def test_an_enumerations_lead_wrapped_at_an_indented_lines_width_runs_on(tmp_path: Path) -> None:
    text = _copy(
        "一要坚持服务发展导向，推动职业教育研究更好地对接国家战略和产业需求。",
        "二要坚持问题导向，聚焦职业教育改革中的重点难点问题开展有组织的研究。",
        "三要坚持开放合作，着力构建政府、学校、行业、企业多方参与的研究共同",
        NEXT,
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[2] == "坚持开放合作，着力构建政府、学校、行业、企业多方参与的研究共同体"


def test_a_heading_line_as_wide_is_a_line_of_its_own(tmp_path: Path) -> None:
    # near miss: a 三、 heading line as wide, ending no sentence, over a full line of text: a heading of its own
    text = _copy(
        "一、坚持服务发展导向，推动职业教育研究更好地对接国家战略和产业需求",
        "二、坚持问题导向，聚焦职业教育改革中的重点难点问题开展有组织的研究",
        "三、坚持开放合作，着力构建政府、学校、行业、企业多方参与的研究共同体",
        ["职业教育是跨界的教育，职业教育研究也必须是开放的研究。研究会将进一步加", *NEXT[1:]],
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[2] == "坚持开放合作，着力构建政府、学校、行业、企业多方参与的研究共同体"
