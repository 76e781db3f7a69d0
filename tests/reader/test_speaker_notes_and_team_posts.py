"""Who spoke, from an editor's note whose parts list the meeting, the speaker and the clerk (（2024年1月28日村民代表会议，
村党支部书记黄友良讲话，村文书整理）), from a long note under the speech (（根据市委副书记贾立成同志…座谈会上的讲话录音整理，
未经本人审阅）), and from a byline whose post is a team's head or a branch's contact leader (输电运检一班班长　谢振宇 /
区委办公室党支部联系领导　祁海燕) — uq13, uo23, ui10, uu19 of the everyday suite, in speeches of our own wording.

Near misses: a note whose parts name no one who spoke (村文书整理 alone); a note of the same length naming no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

BODY = (
    "同志们：\n今天开个短会，我讲三点。\n"
    "第一，账目要公开。村里每一笔收入、每一笔支出，都要在公开栏贴出来，让大家看得明明白白。\n"
    "第二，分红要公平。按照股份经济合作社的章程，每一户该分多少就分多少，一分钱都不能少。\n"
    "第三，发展要长远。明年村里要把合作社的产业做大，让集体经济的底子更厚实。\n"
    "同志们，日子是干出来的，希望大家一起把村里的事办好！\n"
)


def test_a_note_part_says_who_spoke(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"（2024年1月28日村民代表会议，村党支部书记黄友良讲话，村文书整理）\n{BODY}")
    assert (spec["speaker"], spec["speaker_title"]) == ("黄友良", "村党支部书记")


def test_a_note_whose_parts_name_no_speaker(tmp_path: Path) -> None:
    # near miss: the meeting and the clerk, no one said to speak
    spec, _ = mine(tmp_path, f"（2024年1月28日村民代表会议，村文书根据录音整理）\n{BODY}")
    assert spec.get("speaker") is None


@pytest.mark.parametrize(
    ("note", "speaker"),
    [
        ("（根据市委副书记贾立成同志2024年6月20日在柳河县调研乡村振兴工作座谈会上的讲话录音整理，未经本人审阅）", "贾立成"),
        # near miss: as long, naming no one
        ("（根据2024年6月20日在柳河县调研乡村振兴工作座谈会上市委主要领导的讲话录音整理，未经本人审阅）", None),
    ],
)
def test_a_long_note_under_the_speech(tmp_path: Path, note: str, speaker: str | None) -> None:
    spec, report = mine(tmp_path, f"{BODY}\n{note}\n")
    assert f"原稿的编者说明“{note}”" in report
    assert spec.get("speaker") == speaker
    assert spec["closing"] == ["同志们，日子是干出来的，希望大家一起把村里的事办好！"]


@pytest.mark.parametrize(
    ("byline", "office", "name"),
    [("输电运检一班班长　谢振宇", "输电运检一班班长", "谢振宇"), ("区委办公室党支部联系领导　祁海燕", "区委办公室党支部联系领导", "祁海燕")],
)
def test_a_team_head_or_contact_leader_in_the_byline(tmp_path: Path, byline: str, office: str, name: str) -> None:
    spec, _ = mine(tmp_path, f"在安全生产工作会议上的表态发言\n{byline}\n\n{BODY}")
    assert (spec["speaker"], spec["speaker_title"]) == (name, office)


@pytest.mark.parametrize(("field", "speaker", "office"), [("讲话：刘海峰镇长　记录：周敏", "刘海峰", "镇长"), ("讲话：刘海峰　记录：周敏", "刘海峰", None)])
def test_a_record_field_with_the_name_before_the_office(tmp_path: Path, field: str, speaker: str, office: str | None) -> None:
    # (vn05; near miss: the name alone, no office to split off)
    spec, _ = mine(tmp_path, f"镇防汛调度会记录\n{field}\n\n{BODY}")
    assert (spec["speaker"], spec.get("speaker_title")) == (speaker, office)
