"""Lines of their own that open and close with the same words (这是…的五年。 ×3 or more), each over a paragraph of
text, are a part's sub-points wherever they stand in it, after a 一是… list of the same part too (a provincial
report's review of five years, copied as plain text)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "地区生产总值年均增长百分之五点五，一批重大产业项目建成投产，城乡居民收入稳步提高，经济运行总体平稳。"
FIVE_YEARS = ["这是经济实力持续提升的五年。", "这是改革开放不断深化的五年。", "这是人民生活持续改善的五年。"]


def _report(lines: list[str]) -> str:
    framed = "".join(f"{line}\n{TEXT}\n" for line in lines)
    return (
        "政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
        "一、过去五年工作回顾\n过去一年，我们主要做了以下工作。\n"
        f"一是推动经济运行稳中向好。{TEXT}\n二是持续优化营商环境。{TEXT}\n"
        f"各位代表！经过五年接续奋斗，我省圆满完成各项目标任务。\n{framed}"
        f"二、今后五年的主要目标\n{TEXT}\n三、今年的工作安排\n{TEXT}\n"
        "各位代表，让我们团结一心，奋发进取，为建设现代化强省而努力奋斗！\n"
    )


def _sub_headings(point: dict) -> list[str]:
    """The point's sub-points' headings, those of a group set in a numbering of its own (不编号) in their place."""
    return [h for s in point["items"] for h in ([s["heading"]] if "heading" in s else _sub_headings(s))]


def test_lines_framed_alike_are_sub_points_after_a_list_of_the_part(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _report(FIVE_YEARS))
    assert _sub_headings(spec["points"][0]) == [
        "推动经济运行稳中向好", "持续优化营商环境", *(line.rstrip("。") for line in FIVE_YEARS)
    ]


def test_two_such_lines_or_lines_framed_apart_are_text(tmp_path: Path) -> None:
    # near misses: two lines framed alike; three lines that open alike but close apart
    for lines in (FIVE_YEARS[:2], ["这是经济实力持续提升的五年。", "这是改革开放不断深化的一年。", "这是人民生活持续改善的时期。"]):
        spec, _ = mine(tmp_path, _report(lines))
        assert _sub_headings(spec["points"][0]) == ["推动经济运行稳中向好", "持续优化营商环境"]
