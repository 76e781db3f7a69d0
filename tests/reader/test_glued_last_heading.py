"""A 首先 count's 最后 heading run on at the end of the paragraph before its text (…教得好”。最后，要强化保障措施，为教育发展
营造良好环境 / 各乡镇、各部门要…, hh14 of the everyday suite) is split off there (a lost break): the count's last point.
A 最后，… sentence ending the paragraph is no heading line: it stays."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全县2024年教育工作会议上的讲话\n副县长 林雅琴\n同志们：\n今天召开全县教育工作会议，我讲几点意见。\n"
BODY = (
    "首先，要充分肯定成绩，坚定办好人民满意教育的信心。\n过去一年，全县教育系统克服困难、攻坚克难，各项工作取得了新进展。\n"
    "其次，要聚焦短板弱项，推动义务教育优质均衡发展。\n县教育局要根据人口变化趋势，科学调整学校布局，补齐农村学校短板。\n"
    "再次，要加强教师队伍建设，打造高素质专业化教师队伍。\n教师是立教之本、兴教之源，要切实提高教师待遇，让乡村教师下得去、留得住。{last}\n"
    "各乡镇、各部门要牢固树立“抓教育就是抓发展”的理念，把教育摆在优先发展的战略位置，确保教育经费只增不减。\n"
    "同志们，教育是国之大计、党之大计。让我们奋力推动全县教育事业高质量发展！\n"
)


def test_a_last_heading_glued_to_the_paragraph_before_its_text_is_the_last_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAD + BODY.format(last="最后，要强化保障措施，为教育发展营造良好环境"))
    assert headings(spec["points"])[-1] == "要强化保障措施，为教育发展营造良好环境"
    assert len(spec["points"]) == 4


def test_a_last_sentence_ending_the_paragraph_is_no_heading(tmp_path: Path) -> None:
    # near miss: 最后，… ends a sentence (。): the paragraph's own last words, no heading line glued on
    spec, _ = mine(tmp_path, HEAD + BODY.format(last="最后，要落实好乡村教师生活补助。"))
    assert len(spec["points"]) == 3
