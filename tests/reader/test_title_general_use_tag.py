"""A template site's 通用 ('for general use') glued after a speech's title (``header.title_line``)."""

from __future__ import annotations

from jianggao.reader.header import title_line


def test_general_use_after_a_titles_ending_is_the_sites_tag() -> None:
    assert title_line("镇长在全镇春耕备耕工作会上的发言通用") == ("镇长在全镇春耕备耕工作会上的发言", [])


def test_general_use_ending_a_title_that_is_no_speech_title_stays() -> None:
    """Near miss: 通用 is the last word of a line that does not read as a speech's title."""
    assert title_line("关于在全县推广农机具通用") == ("关于在全县推广农机具通用", [])
