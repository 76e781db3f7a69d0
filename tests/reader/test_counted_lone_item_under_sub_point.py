"""A page cut off just after a lone 一是 said inside a sub-point's paragraph, right after words that count the
list's parts (…要算好“两本账”，一是… / …要办好三件事：一是…): the page lost the rest of a list the speaker
announced, so the item is the first of that list, one level below the sub-point."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech

HEAD = (
    "在全镇秸秆综合利用工作会议上的讲话\n同志们：\n今天召开会议，部署秸秆综合利用工作。下面，我讲两点意见。\n"
    "一、提高认识，把秸秆综合利用摆上重要位置\n（一）这是改善农村环境的现实需要。秸秆乱堆乱放、露天焚烧，污染空气，影响群众生活。\n"
)


def _third_level(tmp_path: Path, last: str) -> list[str]:
    path = tmp_path / "speech.txt"
    path.write_text(HEAD + last, encoding="utf-8")
    return [n.heading.rstrip("。") for n in read_speech(path).outline.nodes() if n.depth == 3]


def test_a_counted_pair_of_accounts_then_a_lone_item(tmp_path: Path) -> None:
    last = "（二）这是促进农民增收的有效途径。我们要算好“两本账”，一是“增收账”。秸秆加工成饲料和基料，每亩可为农户增收一百多"
    assert _third_level(tmp_path, last) == ["“增收账”"]


def test_three_tasks_counted_before_a_colon(tmp_path: Path) -> None:
    last = "（二）这是促进农民增收的有效途径。今年重点办好三件事：一是建好收储点。每个村至少建一个秸秆收储点，方便农户就近"
    assert _third_level(tmp_path, last) == ["建好收储点"]


def test_a_lone_item_after_words_that_count_nothing_stays_text(tmp_path: Path) -> None:
    """Near miss: the sentence before the 一是 counts no parts; under a sub-point the item stays plain text."""
    last = "（二）这是促进农民增收的有效途径。秸秆利用前景广阔，一是饲料化利用潜力很大。全镇养殖户对青贮饲料的需求逐年"
    assert _third_level(tmp_path, last) == []
