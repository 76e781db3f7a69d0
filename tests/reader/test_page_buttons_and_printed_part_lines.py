"""Two more lines of a news page (everyday sk17, sf14, sc11, sf20; stop 39): the font-size and print buttons in brackets
(【大】【中】【小】【我要打印】【关闭】 / 【大　中　小】【打印】【关闭】), and the editor's line over the part printed with the
cut said in brackets or no colon (以下为讲话全文（有删节）： / 以下为讲话内容), are the page's, never the title. Near misses:
【大会】开幕 is no button; 以下为讲话内容的几点说明： is no editor's line over the speech."""

from __future__ import annotations

import pytest

from jianggao.reader.web_debris import debris_reason


@pytest.mark.parametrize(("line", "reason"), [
    ("【大】【中】【小】【我要打印】【关闭】", "网页按钮"),
    ("【大　中　小】【打印】【关闭】", "网页按钮"),
    ("以下为讲话全文（有删节）：", "编者按"),
    ("以下为讲话内容", "编者按"),
])
def test_a_pages_line(line: str, reason: str) -> None:
    assert debris_reason(line) == reason


@pytest.mark.parametrize("line", ["【大会】开幕", "以下为讲话内容的几点说明："])
def test_a_line_like_them_that_is_not(line: str) -> None:
    assert debris_reason(line) is None
