"""The preview's page layout: the docx grid (22 lines × 28 cells), line breaking, pages, page numbers."""

from __future__ import annotations

import re

from jianggao.speech import Heading, Paragraph, Speech
from jianggao.studio.layout import Segment, lay_out, wrap
from jianggao.studio.preview import font_stack, latin_stack, pages_html
from jianggao.writers.docx.profile import default_profile, load_profile


def texts(lines: list[list[Segment]]) -> list[str]:
    return ["".join(s.text for s in line) for line in lines]


def test_a_line_holds_28_cjk_characters_and_56_ascii() -> None:
    assert texts(wrap([Segment("字" * 60, "body")], 28, 28)) == ["字" * 28, "字" * 28, "字" * 4]
    assert texts(wrap([Segment("a b " * 15, "body")], 28, 28)) == ["a b " * 14, "a b "]


def test_the_first_line_is_shorter_by_the_indent() -> None:
    assert texts(wrap([Segment("字" * 30, "body")], 26, 28)) == ["字" * 26, "字" * 4]


def test_closing_punctuation_hangs_and_opening_punctuation_moves_down() -> None:
    assert texts(wrap([Segment("字" * 28 + "。”", "body")], 28, 28)) == ["字" * 28 + "。”"]
    assert texts(wrap([Segment("字" * 27 + "《书》", "body")], 28, 28)) == ["字" * 27, "《书》"]


def test_numbers_and_words_are_not_split() -> None:
    lines = texts(wrap([Segment("字" * 27 + "2024年", "body")], 28, 28))
    assert lines == ["字" * 27, "2024年"]


def test_run_in_lead_keeps_its_heading_style_across_the_line_break() -> None:
    lines = wrap([Segment("第一，" + "甲" * 30 + "。", "heading2"), Segment("正文。", "body")], 26, 28)
    assert [s.style for s in lines[0]] == ["heading2"]
    assert [(s.text, s.style) for s in lines[1]] == [("甲" * 7 + "。", "heading2"), ("正文。", "body")]


def speech(paragraphs: int, heading_at: int | None = None) -> Speech:
    blocks: list = [Paragraph("段" * 50) for _ in range(paragraphs)]  # two lines each (26 + 24 cells)
    if heading_at is not None:
        blocks.insert(heading_at, Heading(1, "一、", "标题"))
    return Speech(title="短标题", salutation="同志们：", blocks=tuple(blocks))


def test_pages_hold_22_lines_and_the_header_takes_its_space() -> None:
    pages = lay_out(speech(30), default_profile())
    # title, blank line after the header, salutation, then 2 lines per paragraph: 3 + 60 = 63 lines;
    # the title's space before it (its ink set where body text starts) costs page 1 its last grid line.
    assert pages[0].top_space_pt > 0
    assert [len(p.lines) for p in pages] == [21, 22, 20]
    assert pages[0].lines[1] is None
    assert pages[0].lines[0].align == "center" and pages[0].lines[2].text == "同志们："
    assert pages[0].lines[3].indent_cells == 2 and pages[0].lines[4].indent_cells == 0


def test_a_heading_is_kept_with_the_next_line() -> None:
    # 3 header lines + 9 paragraphs × 2 = 21 lines: the heading would be the page's last line.
    pages = lay_out(speech(12, heading_at=9), default_profile())
    assert len(pages[0].lines) == 21
    assert pages[1].lines[0].text == "一、标题"


def test_page_numbers_sit_right_on_odd_pages_and_left_on_even(tmp_path) -> None:
    profile = default_profile()
    html = pages_html(lay_out(speech(30), profile), profile)
    numbers = re.findall(r'data-testid="page-number" data-align="(\w+)"[^>]*>([^<]*)<', html)
    assert numbers == [("right", "— 1 —"), ("left", "— 2 —"), ("right", "— 3 —")]
    assert html.count('data-testid="preview-page"') == 3


def test_a_style_profile_changes_the_grid(tmp_path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text("page:\n  lines_per_page: 20\n  chars_per_line: 25\n", encoding="utf-8")
    pages = lay_out(speech(30), load_profile(house))
    assert all(len(p.lines) <= 20 for p in pages) and len(pages[0].lines) == 19
    body = [line for line in pages[0].lines if line is not None and line.block >= 0]
    assert body[0].text == "段" * 23 and body[1].text == "段" * 25


def test_fonts_fall_back_as_the_pdf_font_map_does() -> None:
    profile = default_profile()
    assert font_stack("仿宋_GB2312", profile).startswith('"仿宋_GB2312", "Noto Serif CJK SC"')
    assert '"仿宋"' in font_stack("仿宋_GB2312", profile)  # the Word alternate of the profile
    assert font_stack("黑体", profile).startswith('"黑体", "Noto Sans CJK SC"')
    assert latin_stack(profile).startswith('"Times New Roman", "Liberation Serif"')
    assert "CJK" not in latin_stack(profile)


def test_ascii_is_set_in_the_latin_font_and_escaped() -> None:
    profile = default_profile()
    html = pages_html(lay_out(Speech(title="题", blocks=(Paragraph("用<b>2025</b>年"),)), profile), profile)
    assert '<span class="jg-latin">&lt;b&gt;2025&lt;/b&gt;</span>' in html


def test_without_hanging_the_character_before_moves_down_with_the_mark() -> None:
    assert texts(wrap([Segment("字" * 28 + "。", "body")], 28, 28, hang=False)) == ["字" * 27, "字。"]


def test_chinese_next_to_digits_takes_a_quarter_cell_of_space() -> None:
    assert texts(wrap([Segment("字" * 26 + "10", "body")], 28, 28)) == ["字" * 26 + "10"]
    assert texts(wrap([Segment("字" * 27 + "10", "body")], 28, 28)) == ["字" * 27, "10"]
