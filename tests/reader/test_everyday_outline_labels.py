"""The everyday comparison sets a heading's label aside on both sides, counts past ten written digit by digit included
(（一〇）提升应急能力。 is the heading 提升应急能力, as mine reads it)."""

from __future__ import annotations

from tests.reader.everyday_outline import _norm


def test_a_bracketed_count_written_digit_by_digit_is_set_aside() -> None:
    assert _norm("（一〇）提升应急能力。") == _norm("提升应急能力")
    assert _norm("（二〇）向关门主义作斗争") == _norm("向关门主义作斗争")


def test_a_heading_opening_with_a_year_written_digit_by_digit_keeps_it() -> None:
    assert _norm("二〇二五年的主要任务") != _norm("主要任务")
