"""A numbered heading sentence at a page's foot whose last words open the next page (一、…的目标 / — 1 — /
任务上来。, b18's PDF copy): the page number goes and the heading is whole again (``debris._heading_tail``); a
heading line over a paragraph of text keeps its paragraph. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在县党代会闭幕会上的讲话\n\n同志们：\n\n大会即将闭幕。下面，我讲两点意见。\n\n"
TEXT = "这次大会提出，今后五年全县要奋力实现经济总量翻番的目标。全县各级党组织要把学习贯彻大会精神作为当前的首要政治任务。"


def test_a_heading_sentence_cut_by_a_page_is_whole_again(tmp_path: Path) -> None:
    text = HEAD + "\n\n".join(["一、要深入学习领会大会精神，切实把思想和行动统一到大会确定的目标", "— 1 —", "任务上来。", TEXT,
                               "二、要以只争朝夕的精神抓好落实。", TEXT, "同志们，让我们共同努力！"])
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"])[0] == "要深入学习领会大会精神，切实把思想和行动统一到大会确定的目标任务上来。"
    assert "页码" in report


def test_a_heading_line_over_text_on_the_next_page_keeps_its_text(tmp_path: Path) -> None:
    # near miss: the next page opens with a whole paragraph of text, not a heading's last words
    text = HEAD + "\n\n".join(["一、深入学习领会大会精神", "— 1 —", TEXT, "二、以只争朝夕的精神抓好落实", TEXT, "同志们，让我们共同努力！"])
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["深入学习领会大会精神", "以只争朝夕的精神抓好落实"]
    assert spec["points"][0]["intro"] == [TEXT]
