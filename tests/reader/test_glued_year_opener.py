"""A heading glued to a text that opens with a year (…的信心和决心2019年是…的一年 / …做出了积极贡献2016年以来，…),
a template's masked year as well (20XX年是…): the year and 是, or the year and 以来 and a comma, open the text's
first sentence, so the heading ends before them. Speeches of our own wording, beside a near miss."""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import top_headings

HEAD = (
    "在全市林业工作会议上的讲话同志们：今天召开全市林业工作会议，主要是总结近年来的林业工作，部署今年的任务。"
    "刚才，市林业局作了工作报告，我都同意。下面，我讲两点意见。"
)
TEXT = "全市新增造林面积十二万亩，森林覆盖率提高了两个百分点，林下经济产值突破十亿元，林区群众收入稳步增长。"



def test_a_heading_glued_to_a_year_and_shi_ends_before_the_year(tmp_path: Path) -> None:
    text = HEAD + "一、总结经验，坚定推进生态林业建设的信心和决心2019年是全市林业改革攻坚的一年，" + TEXT
    assert top_headings(tmp_path, text) == ["总结经验，坚定推进生态林业建设的信心和决心"]


def test_a_masked_year_or_a_year_and_yilai_end_it_too(tmp_path: Path) -> None:
    masked = HEAD + "一、回顾成绩，进一步鼓足做好林业工作的干劲20XX年是全市林业发展极不平凡的一年，" + TEXT
    assert top_headings(tmp_path, masked) == ["回顾成绩，进一步鼓足做好林业工作的干劲"]
    since = HEAD + "一、近年来林业工作为全市生态建设做出了积极贡献2016年以来，在市委市政府的坚强领导下，" + TEXT
    assert top_headings(tmp_path, since) == ["近年来林业工作为全市生态建设做出了积极贡献"]


def test_a_year_the_heading_itself_names_is_no_break(tmp_path: Path) -> None:
    """Near miss: a year the heading names after its verb (认真总结2016年以来…), with no comma after 以来, stays in it."""
    text = HEAD + "一、认真总结2016年以来全市林业改革的经验做法。" + TEXT
    assert top_headings(tmp_path, text) == ["认真总结2016年以来全市林业改革的经验做法。"]
