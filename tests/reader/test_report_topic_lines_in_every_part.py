"""A report that sets its sub-headings as topic lines over text (a government work report copied as plain text, the
bold lost): once two of its parts show them by the usual reading (three or more, the first at the part's head), the
other parts' topic lines are sub-headings too, two being enough and met anywhere in the part (a part of two tasks
that opens with a paragraph on why; a part whose line stands over a 一要… list of its own)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "全年地区生产总值增长百分之五点五，规模以上工业增加值增长百分之六，一批重大产业项目建成投产，经济运行总体平稳。"
WHY = "做好这项工作，是扩大内需、促进经济良性循环的迫切要求，也是改善投资环境、维护群众利益的重要举措，必须常抓不懈。"


def _part(lines: list[str]) -> str:
    return "".join(f"{line}\n{TEXT}\n" for line in lines)


def _report(third: str, *, second: bool = True) -> str:
    second_part = _part(["推进农业结构调整。", "加强农村基础设施建设。", "做好农村扶贫工作。"]) if second else f"{TEXT}\n"
    return (
        "政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
        f"一、扩大国内需求，促进经济较快增长\n{_part(['积极扩大就业和再就业。', '拓宽消费领域，改善消费环境。', '保持投资的必要规模。'])}"
        f"二、加快农业和农村经济发展\n{second_part}"
        f"三、整顿和规范市场经济秩序\n{third}"
        "各位代表，让我们团结一心，奋发进取，为建设现代化城市而努力奋斗！\n"
    )


THIRD = f"{WHY}\n{TEXT}\n全面展开，突出重点。\n{TEXT}\n标本兼治，重在治本。\n{TEXT}\n"


def test_two_topic_lines_after_a_paragraph_on_why_are_the_parts_sub_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _report(THIRD))
    assert [len(p.get("items", [])) for p in spec["points"]] == [3, 3, 2]
    assert [s["heading"] for s in spec["points"][2]["items"]] == ["全面展开，突出重点", "标本兼治，重在治本"]


def test_a_line_over_its_own_list_takes_the_list(tmp_path: Path) -> None:
    third = (
        f"{WHY}\n加快政府职能转变。\n{TEXT}\n坚决反对奢侈浪费。\n{TEXT}\n"
        f"一要大张旗鼓地倡导艰苦创业、勤俭办一切事业。\n坚决制止各种不切实际的错误做法。\n二要努力节省开支。\n{TEXT}\n三要严肃财经纪律。\n{TEXT}\n"
    )
    spec, _ = mine(tmp_path, _report(third))
    subs = spec["points"][2]["items"]
    assert [s["heading"] for s in subs] == ["加快政府职能转变", "坚决反对奢侈浪费"]
    assert [s["heading"] for s in subs[1]["items"] if "heading" in s] == ["大张旗鼓地倡导艰苦创业、勤俭办一切事业", "努力节省开支", "严肃财经纪律"]


def test_with_one_part_so_set_the_others_two_lines_are_text(tmp_path: Path) -> None:
    # near miss: only the first part shows topic lines by the usual reading
    spec, _ = mine(tmp_path, _report(THIRD, second=False))
    assert "items" not in spec["points"][2]


def test_a_longer_topic_line_of_such_a_report_is_one_too(tmp_path: Path) -> None:
    """Up to forty characters, as a report's sub-heading of clauses runs (扩大国内需求，首先必须增加…的收入，…购买力。)."""
    third = (
        f"{WHY}\n要集中力量建设一批具有战略意义的重大项目，带动中西部地区协调发展。\n{TEXT}\n"
        f"标本兼治，重在治本。\n{TEXT}\n"
    )
    spec, _ = mine(tmp_path, _report(third))
    assert [s["heading"] for s in spec["points"][2]["items"]] == [
        "要集中力量建设一批具有战略意义的重大项目，带动中西部地区协调发展", "标本兼治，重在治本",
    ]
