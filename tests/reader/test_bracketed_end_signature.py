"""The speech signed at its end in brackets, office and name, then the date (（黄泥塘村党支部书记　蒋守田　2024年3月） /
（县委常委、常务副县长 郭志刚，2024年2月5日）, rounds hi and tj): a byline naming the speaker, not closing text. A
bracketed note with no name and date (（根据录音整理）) or a remark in brackets is no signature."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

SPEECH = (
    "新任村党支部书记表态发言\n\n各位党员、各位村民代表：\n\n"
    "感谢镇党委的信任，感谢大家投给我的每一票。我嘴笨，不会讲大道理，就向大家承诺三件事：一是把村里的账管清楚。"
    "二是把那条烂泥路修起来。三是把年轻人留下来。\n\n"
    "这三件事，做不到，大家年底可以找我算账。请大家监督我、支持我！\n\n{sign}\n"
)


def test_a_bracketed_signature_names_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(sign="（黄泥塘村党支部书记　蒋守田　2024年3月）"))
    assert spec["speaker"] == "蒋守田"
    assert spec["speaker_title"] == "黄泥塘村党支部书记"


def test_a_signature_with_a_comma_before_its_day(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(sign="（县委常委、常务副县长 郭志刚，2024年2月5日）"))
    assert spec["speaker"] == "郭志刚"
    assert str(spec["date"]) == "2024-02-05"


def test_a_bracketed_remark_is_no_signature(tmp_path: Path) -> None:
    # near miss: a bracket with no office and name in it
    spec, _ = mine(tmp_path, SPEECH.format(sign="（全场热烈鼓掌，2024年3月）"))
    assert "speaker" not in spec
