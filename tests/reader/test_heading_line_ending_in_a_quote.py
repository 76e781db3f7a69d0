"""An unnumbered heading line that ends with a quoted word in typewriter quotes (让乡村既有"颜值"更有"产值") is a heading
line like the others (hq22 of the everyday suite); one that closes a sentence inside the quote (…怎么样啊？") is none."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "和美乡村建设，要从农民群众反映最强烈的问题入手，当前农村厕所、垃圾、污水这三件事仍然是短板，要一件一件抓实。"


def speech(second: str) -> str:
    return (
        "扎实推进宜居宜业和美乡村建设\n——在全省和美乡村建设现场推进会上的讲话\n同志们：\n今天我们在这里召开现场推进会，我讲三点意见。\n"
        f"从农民群众最关心的事情做起\n{TEXT}\n{second}\n{TEXT}\n发挥农民群众主体作用\n{TEXT}\n"
        "同志们，让我们共同努力，把和美乡村建设好！\n"
    )


def test_a_heading_line_ending_in_a_quoted_word(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech('让乡村既有"颜值"更有"产值"'))
    assert headings(spec["points"]) == ["从农民群众最关心的事情做起", '让乡村既有"颜值"更有"产值"', "发挥农民群众主体作用"]


def test_a_quoted_sentence_is_no_heading_line(tmp_path: Path) -> None:
    # near miss: the quote closes a question, a sentence of the text
    spec, _ = mine(tmp_path, speech('有人问"乡村怎么样啊？"'))
    assert '有人问"乡村怎么样啊？"' not in headings(spec.get("points", []))
