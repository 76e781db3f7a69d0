"""A WeChat page's card of the account that posted a speech (everyday qv12, qv25; stop 37): under the line of account,
day and place, the account's name again, 江澜大学官方微信 and 已关注 are the page's, never the title or the speaker; and
a headline quoting a representative (校友代表何一鸣：…) names the speaker by that role (everyday qv04, qv18). Near
misses: a line naming the account among words stays; a representative's name with no colon after it names none."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.debris import _account_named_again
from jianggao.reader.outline_records import DroppedLine

from .mining import mine

TEXT = "这三十二年，我最大的体会是，讲台是站出来的，学生是陪出来的，本事是一点一点磨出来的，没有捷径可走。"
BODY = "".join(f"{n}、{h}\n{TEXT}\n" for n, h in zip("一二三", ("要把学生放在心上", "要把课上好", "要把自己活成榜样"), strict=True))
SPEECH = f"尊敬的各位领导，亲爱的老师们、同学们：\n大家好！我想说三点体会。\n{BODY}最后，祝大家节日快乐！谢谢大家！\n"
CARD = "青川师范学院 2024-09-10 12:00 四川\n青川师范学院\n青川师范学院官方微信公众号\n已关注\n"


def test_the_accounts_card_is_the_pages(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "教师节｜罗慧芬：站了三十二年讲台，我想说的三点体会\n" + CARD + SPEECH)
    assert spec["title"].endswith("站了三十二年讲台，我想说的三点体会")
    assert spec.get("speaker") == "罗慧芬"
    assert "（公众号信息）：已关注" in report and "（公众号信息）：青川师范学院官方微信公众号" in report


def test_only_the_accounts_name_alone_is_its_card() -> None:
    dated = [DroppedLine(2, "青川师范学院 2024-09-10 12:00 四川", "发布日期")]
    assert _account_named_again(dated, "青川师范学院")
    assert not _account_named_again(dated, "青川师范学院向全体教师致以节日的问候。")
    assert not _account_named_again([DroppedLine(2, "青川师范学院", "页头")], "青川师范学院")


def test_a_representative_quoted_in_the_headline_is_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "校友代表何一鸣：愿你们永远记得第一次穿上白大褂的样子\n" + SPEECH)
    assert spec.get("speaker") == "何一鸣"


def test_a_representative_named_in_a_title_without_a_colon_is_not(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "愿你们永远记得校友代表何一鸣的话\n" + SPEECH)
    assert not spec.get("speaker")
