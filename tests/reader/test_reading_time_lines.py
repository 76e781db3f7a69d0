"""A WeChat article's reading or listening time on a line of its own (阅读本文约需 8 分钟 / 听全文约 9 分钟, rounds sq and
sz) is page debris, not the title; a heading that names minutes in its words (用 8 分钟读懂新政) is no such line."""

from __future__ import annotations

from jianggao.reader.web_debris import debris_reason


def test_reading_and_listening_times_are_debris() -> None:
    assert debris_reason("阅读本文约需 8 分钟") == "阅读提示"
    assert debris_reason("听全文约 9 分钟") == "阅读提示"
    assert debris_reason("预计阅读时间 5 分钟") == "阅读提示"


def test_a_heading_naming_minutes_is_no_debris() -> None:
    # near miss
    assert debris_reason("用 8 分钟读懂新政") != "阅读提示"
    assert debris_reason("阅读本文约需 8 分钟，我们从三个方面讲") != "阅读提示"
