"""A part run together on one line whose heading has its first （一） glued on with no mark between
(二、关于下一阶段的重点工作（一）坚持…。（二）加快…。): the heading and each sub-point are split apart (ho11 of the
everyday suite); a （一） glued on with no （二） after it stays in its line."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "要把这项工作摆在突出位置，明确责任分工，细化工作举措，确保各项任务按时保质完成，以实际成效取信于师生。"


def speech(second: str) -> str:
    return (
        "在学校暑期工作会议上的讲话\n同志们：\n今年的会议，主要任务是总结本学年工作，部署下一阶段任务。我讲三点意见。\n"
        f"一、关于学校发展的形势判断\n{TEXT}{TEXT}\n"
        f"二、关于下一阶段的重点工作（一）坚持立德树人根本任务。{TEXT}{second}{TEXT}\n"
        f"三、关于加强党的建设和干部队伍建设\n{TEXT}{TEXT}\n同志们，新学期开学在即，让我们以更加饱满的精神投入工作！\n"
    )


def test_a_heading_glued_to_its_first_sub_point_is_split(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("（二）加快推进一流学科建设。"))
    assert headings(spec["points"])[1] == "关于下一阶段的重点工作"
    assert headings(spec["points"][1]["items"]) == ["坚持立德树人根本任务", "加快推进一流学科建设"]


def test_a_lone_glued_sub_label_stays_in_its_line(tmp_path: Path) -> None:
    # near miss: （一） with no （二） after it in the line: no part run together
    spec, _ = mine(tmp_path, speech(""))
    assert "items" not in spec["points"][1]


def lined(heading: str, sub_lines: str) -> str:
    return (
        "在全县“三夏”工作会议上的讲话\n同志们：\n今天召开会议，安排部署今年“三夏”工作。我讲三点意见。\n"
        f"一、充分认识做好“三夏”工作的重要性\n{TEXT}\n{heading}（一）抓好机收减损。{TEXT}\n{sub_lines}"
        f"三、加强领导，确保“三夏”工作安全有序\n{TEXT}\n同志们，让我们抓紧行动，确保夏粮颗粒归仓！\n"
    )


def test_a_heading_with_a_comma_glued_to_its_first_sub_point_whose_others_have_lines(tmp_path: Path) -> None:
    # (ju23: the heading's clauses parted by a comma; （二） （三） on lines of their own)
    spec, report = mine(tmp_path, lined("二、突出重点，确保夏粮颗粒归仓", f"（二）抓好烘干晾晒。{TEXT}\n（三）抓好夏种夏管。{TEXT}\n"))
    assert headings(spec["points"])[1] == "突出重点，确保夏粮颗粒归仓"
    assert headings(spec["points"][1]["items"]) == ["抓好机收减损", "抓好烘干晾晒", "抓好夏种夏管"]
    assert "丢了换行" in report


def test_a_first_sub_point_after_a_sentence_is_no_heading_glued_to_it(tmp_path: Path) -> None:
    # near miss: a sentence's end before （一）: the heading's text said it, no heading line glued on
    spec, report = mine(tmp_path, lined("二、突出重点。确保夏粮颗粒归仓", f"（二）抓好烘干晾晒。{TEXT}\n（三）抓好夏种夏管。{TEXT}\n"))
    assert headings(spec["points"])[1] == "突出重点。"
    assert "丢了换行" not in report


def test_a_later_parts_first_sub_point_glued_to_its_heading_after_a_list_of_its_own(tmp_path: Path) -> None:
    # (lh13: 二、 has its （一） （二） on lines; 三、夯实基层基础（一）加强基层监管力量。… / （二）… follows)
    text = (
        "在全市安全生产工作会议上的讲话\n同志们：\n今天召开会议，部署安全生产工作。我讲三点意见。\n"
        f"一、正视问题，切实增强忧患意识\n{TEXT}\n二、聚焦重点行业领域，深化专项整治\n（一）抓好危化品整治。{TEXT}\n"
        f"（二）抓好消防整治。{TEXT}\n三、夯实基层基础（一）加强基层监管力量。{TEXT}\n（二）推进信息化建设。{TEXT}\n"
        "同志们，安全生产责任重于泰山，让我们以更加有力的举措守牢安全底线！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[2] == "夯实基层基础"
    assert headings(spec["points"][2]["items"]) == ["加强基层监管力量", "推进信息化建设"]
