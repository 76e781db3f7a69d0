"""One more thing (还有一点，…) said in the text under the last of a spoken count set out on heading lines of their own
(第一个希望：保持好奇心 / … / 第三个希望：常回家看看, rounds sp): that part's text, no fourth point. After a count
said in run-in paragraphs it is still one more point, as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "这几年我一直跟年轻人说这句话，很多同学刚来的时候不以为然，等过了几年再回头看，才发现这一条有多要紧，希望大家记在心里。"
MORE = "还有一点，走上社会以后，会遇到各种各样的诱惑，也会遇到各种各样的不公平。希望大家不要怨天尤人，守住本心，做一个正直的人。"


def test_one_more_thing_under_the_last_heading_line_is_its_text() -> None:
    o = outline_of(
        "在毕业生座谈会上的讲话",
        "同学们：",
        "好，下面说说我想对大家讲的话。我想送给大家三个希望。",
        "第一个希望：保持好奇心", TEXT,
        "第二个希望：守住一颗平常心", TEXT,
        "第三个希望：常回家看看", TEXT, MORE,
        "同学们，再过一周你们就要离开校园了，祝大家一路顺风！",
    )
    assert top_headings(o) == ["保持好奇心", "守住一颗平常心", "常回家看看"]


def test_one_more_thing_after_run_in_items_is_one_more_point() -> None:
    # near miss: the count said in run-in paragraphs; 还有一点，… goes on with it
    o = outline_of(
        "在毕业生座谈会上的讲话",
        "同学们：",
        "好，下面说说我想对大家讲的话。我想送给大家三个希望。",
        "第一个希望，保持好奇心。" + TEXT,
        "第二个希望，守住一颗平常心。" + TEXT,
        "第三个希望，常回家看看。" + TEXT,
        MORE,
        "同学们，再过一周你们就要离开校园了，祝大家一路顺风！",
    )
    assert len(top_headings(o)) == 4
