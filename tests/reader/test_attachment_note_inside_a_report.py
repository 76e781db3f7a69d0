"""A report that notes a table handed out in writing between two of its parts (附：…情况表（书面印发，会上不宣读）),
and goes on with its next numbered part: the parts after the note are the report's, not an attachment at the page's
end. An attachment after the last part and the closing words is still set aside."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

PART = "这一年，我们坚持问题导向，逐项抓好落实，各项指标完成情况好于预期，群众满意度明显提高，为今后的工作打下了较好的基础。"
HEADS = ["一、2025年全县环境质量状况", "二、2025年主要工作", "三、存在的主要问题", "四、下一步工作打算"]


def _report(note: str) -> str:
    parts = [f"{head}\n\n{PART}" for head in HEADS]
    parts.insert(2, note + "\n\n此外，县政府高度重视督察反馈问题整改工作，对反馈的问题逐一制定整改方案，目前已完成大部分整改。")
    return (
        "关于2025年度全县环境状况和环境保护目标完成情况的报告\n\n县人民政府副县长　龚振华\n\n主任、各位副主任、各位委员：\n\n"
        "我受县人民政府委托，向县人大常委会报告2025年度全县环境状况和环境保护目标完成情况，请予审议。\n\n"
        + "\n\n".join(parts)
        + "\n\n以上报告，请予审议。\n"
    )


def test_parts_after_a_note_on_a_table_stay(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _report("附：2025年全县环境保护主要目标完成情况表（书面印发，会上不宣读）"))
    assert headings(spec["points"]) == [h[2:] for h in HEADS]
    assert "文末附件" not in report


def test_an_attachment_after_the_closing_is_set_aside(tmp_path: Path) -> None:
    text = _report("另外，完成情况表已书面印发。") + "\n附件：2025年全县环境保护主要目标完成情况表\n\n一、大气环境\n\n二、水环境\n"
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == [h[2:] for h in HEADS]
    assert "文末附件" in report
