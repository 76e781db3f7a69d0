"""A web page copied with its HTML line-break tags left in the text (… <br>一、… <br>…): the whole page on
one line, each <br> (or <br/>, <BR />) standing where a paragraph ended. The tag is read as a line break."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import text_paragraphs
from tests.speech_files import outline_levels, read_copy

_PAGE = (
    "全县春耕备耕工作会议讲话 <br>同志们： <br>今天召开这次会议，主要是安排今年的春耕备耕工作。下面，我讲两点意见。"
    " <br>一、提高认识，切实增强抓好春耕生产的紧迫感 <br>春耕是全年农业生产的第一仗，打好这一仗关系到全年的收成。"
    " <br>二、突出重点，确保农资供应和技术服务到位 <br>各乡镇要提前摸清种子、化肥的需求，"
)


def test_tags_between_paragraphs_are_line_breaks(tmp_path: Path) -> None:
    read = read_copy(tmp_path, _PAGE)
    assert read.outline.title == "全县春耕备耕工作会议讲话"
    assert outline_levels(read)[0] == ["提高认识，切实增强抓好春耕生产的紧迫感", "突出重点，确保农资供应和技术服务到位"]


def test_self_closing_and_upper_case_tags_break_too() -> None:
    texts = [p.text for p in text_paragraphs("第一段说完了。<br/>第二段接着说。<BR />第三段。")]
    assert texts == ["第一段说完了。", "第二段接着说。", "第三段。"]


def test_a_line_without_tags_and_a_tag_only_named_are_left_alone() -> None:
    """Near miss: the letters br in a sentence, or a tag's name written out without brackets, break nothing."""
    texts = [p.text for p in text_paragraphs("网页里的 br 标签不算正文，请把brother一词删去。")]
    assert texts == ["网页里的 br 标签不算正文，请把brother一词删去。"]
