"""Keywords set off in brackets on lines of their own (「稳」 / 【坚守】), as many as the paragraph before the first
announces (归结起来就是三个字。 / 我想用三个词，…), are the points (vh02, vh17 of the everyday suite); a headline that
says the speaker gives the speech (院长骆振邦发表2025年新年致辞) names him and stays the title (vh17, rk07).
Near misses: the same lines with no count announced; a headline giving no name (集团董事长发表新年致辞)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

WORDS = (
    "2025年新年致辞\n\n各位同事：\n\n"
    "2024年，集团经受住了市场的考验。回头看，这一年我们能扛住，靠的是什么？{announce}\n\n"
    "{w1}\n\n稳，是我们的底气。订单下滑的时候，我们没有乱了阵脚，没有盲目扩张，现金流始终保持健康，员工工资一天也没有晚发。\n\n"
    "{w2}\n\n进，是我们的方向。新能源市场、海外市场，我们都迈出了关键的一步，全年新签合同额比上年增长了百分之十八。\n\n"
    "{w3}\n\n新，是我们的未来。研发投入占比提高到百分之五，一批新产品走向市场，新产品销售收入占到了全年收入的三成。\n\n"
    "新的一年，让我们携手并进，再创佳绩！\n"
)


@pytest.mark.parametrize(("marks", "words"), [("「」", ["稳", "进", "新"]), ("【】", ["坚守", "协同", "开放"])])
def test_bracketed_words_as_many_as_announced_are_the_points(tmp_path: Path, marks: str, words: list[str]) -> None:
    lines = {f"w{k}": f"{marks[0]}{w}{marks[1]}" for k, w in enumerate(words, start=1)}
    spec, _ = mine(tmp_path, WORDS.format(announce="我想了很久，归结起来就是三个字。", **lines))
    assert headings(spec["points"]) == [lines["w1"], lines["w2"], lines["w3"]]


def test_bracketed_words_with_no_count_announced_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing counts them
    lines = {"w1": "「稳」", "w2": "「进」", "w3": "「新」"}
    spec, _ = mine(tmp_path, WORDS.format(announce="我想了很久。", **lines))
    assert headings(spec.get("points", [])) != ["「稳」", "「进」", "「新」"]


BODY = "各位同事：\n\n新年好！过去的一年，大家辛苦了。\n\n新的一年，让我们携手并进，再创佳绩！\n"


def test_a_headline_saying_he_gives_the_speech_names_him(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "院长骆振邦发表2025年新年致辞\n\n" + BODY)
    assert (spec["speaker"], spec["speaker_title"], spec["title"]) == ("骆振邦", "院长", "院长骆振邦发表2025年新年致辞")


def test_a_headline_giving_no_name_names_no_one(tmp_path: Path) -> None:
    # near miss: the office alone
    spec, _ = mine(tmp_path, "集团董事长发表新年致辞\n\n" + BODY)
    assert spec.get("speaker") is None
