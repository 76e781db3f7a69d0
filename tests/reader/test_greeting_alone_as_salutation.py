"""大家好！ on a line of its own where the salutation stands (under the title, the head's notes or byline) is the
speech's salutation, printed as written (a salutation ending in ！ takes no colon), as nine writers of the everyday
suite read it (stop 67). Where a named salutation comes first (亲爱的同学们： / 大家好！), the greeting stays the opening's
first words, as before; so does 大家好！ run on into the first sentence (大家好！我是…)."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

TITLE = "在新生开学典礼上的讲话\n\n"
BODY = """今天，我想讲三点。

第一，要珍惜时间。时间是最公平的，每个人每天都只有二十四小时。

第二，要学会合作。一个人走得快，一群人走得远。

第三，要保持好奇。好奇心是一切学问的开端。

谢谢大家！
"""


def _spec(tmp_path: Path, text: str) -> dict:
    return mine(tmp_path, text)[0]


def _opening_text(spec: dict) -> str:
    opening = spec["opening"]
    return "".join([*opening.get("paragraphs", []), opening.get("transition", "")])


def test_a_greeting_alone_is_the_salutation(tmp_path: Path) -> None:
    spec = _spec(tmp_path, TITLE + "大家好！\n\n" + BODY)
    assert spec["salutation"] == "大家好！"
    assert "大家好" not in _opening_text(spec)


def test_a_greeting_under_a_named_salutation_stays_in_the_opening(tmp_path: Path) -> None:
    # near miss: the audience named first; the greeting is the opening's first words
    spec = _spec(tmp_path, TITLE + "亲爱的同学们：\n\n大家好！\n\n" + BODY)
    assert spec["salutation"] == "亲爱的同学们"
    assert _opening_text(spec).startswith("大家好！")


def test_a_greeting_run_on_into_a_sentence_stays_in_the_opening(tmp_path: Path) -> None:
    # near miss: 大家好！ and the speaker's first sentence in one paragraph
    spec = _spec(tmp_path, TITLE + "大家好！我是学校的校长。\n\n" + BODY)
    assert spec["salutation"] == ""
    assert _opening_text(spec).startswith("大家好！我是学校的校长。")
