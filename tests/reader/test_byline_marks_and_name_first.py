"""Lines under a title that name the speaker in more of the ways drafts and pages have them (round js–jz of the
everyday suite): a note's facts set apart by bars with the copy's state among them (徐文斌（副市长）｜2024年5月20日｜定稿,
jv18); the name before the office (何丽萍 副市长, jy24); a 指挥部's 指挥长 (ju12); and lines that name no one: the
drafter's bracketed note on the draft (（第三稿 1月10日改 待局长审定）, js12), a portal's top bar with the day and its
buttons (设为首页 | 加入收藏 | 手机版, jt21); a booklet's 目　　录 spaced out as a name is (mb02). And a transcription
app's mark after the title (（妙记转写稿）, md22) is dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

BODY = (
    "同志们：\n今天召开这次会议，主要是分析形势、部署工作。下面，我讲两点意见。\n"
    "一、准确把握当前形势\n当前，全市房地产市场仍处于调整期，我们要保持清醒头脑，增强工作的预见性。\n"
    "二、抓好重点工作\n要因城施策，稳定市场预期，促进房地产市场平稳健康发展。\n"
    "同志们，让我们坚定信心、真抓实干，奋力开创全市工作新局面！\n"
)
TITLE = "在全市房地产市场平稳健康发展工作会议上的讲话"


@pytest.mark.parametrize(
    ("head", "speaker", "office"),
    [
        (f"# {TITLE}\n\n> 徐文斌（副市长）｜2024年5月20日｜定稿\n\n", "徐文斌", "副市长"),
        (f"**{TITLE}**\n\n何丽萍 副市长 | 2024.10.15 | 会后整理稿\n\n", "何丽萍", "副市长"),
        (f"{TITLE}\n市政府副市长、市防汛抗旱指挥部指挥长　黄志诚\n（2024年5月20日）\n", "黄志诚", "市政府副市长、市防汛抗旱指挥部指挥长"),
    ],
)
def test_the_speaker_among_a_lines_facts_or_before_his_office(tmp_path: Path, head: str, speaker: str, office: str) -> None:
    spec, report = mine(tmp_path, head + BODY, "speech.md")
    assert (spec.get("speaker"), spec.get("speaker_title")) == (speaker, office)
    assert "署名行" not in report


@pytest.mark.parametrize(
    "head",
    [
        f"# {TITLE}\n\n（第三稿 1月10日改 待局长审定）\n\n",
        f"沙河县人民政府\n2023年3月10日 星期五　　　　设为首页 | 加入收藏 | 手机版\n{TITLE}\n",
    ],
)
def test_a_drafters_note_or_a_portals_top_bar_names_no_speaker(tmp_path: Path, head: str) -> None:
    spec, _ = mine(tmp_path, head + BODY, "speech.md")
    assert "speaker" not in spec
    assert spec["title"] == TITLE


def test_a_bracketed_note_that_names_the_speaker_is_still_his(tmp_path: Path) -> None:
    # near miss: an office and a name in brackets is a byline, not a drafter's note
    spec, _ = mine(tmp_path, f"{TITLE}\n（市委书记　邓华林）\n" + BODY)
    assert spec.get("speaker") == "邓华林"


def test_the_part_of_his_remarks_a_copy_holds_names_no_speaker(tmp_path: Path) -> None:
    # (la23: （经济运行部分　2024年5月13日） under the title: the date read, the part said in a note)
    spec, report = mine(tmp_path, f"{TITLE}\n（经济运行部分　2024年5月13日）\n" + BODY)
    assert "speaker" not in spec
    assert str(spec["date"]) == "2024-05-13"
    assert "经济运行部分" in report


def test_a_contents_heading_spaced_out_is_no_name(tmp_path: Path) -> None:
    # (mb02: 目　　录 over a booklet's contents, then the speech: 目录 is no speaker, the byline under the title is)
    head = f"目　　录\n{TITLE}…………………1\n在全市城市管理工作会议上的讲话……………5\n\n{TITLE}\n副市长　孙立平\n（2024年2月22日）\n"
    spec, _ = mine(tmp_path, head + BODY)
    assert spec.get("speaker") == "孙立平"


@pytest.mark.parametrize("mark", ["（录音转写·已校对）", "（妙记转写稿）"])
def test_a_transcription_apps_mark_after_the_title_is_dropped(tmp_path: Path, mark: str) -> None:
    spec, _ = mine(tmp_path, f"{TITLE}{mark}\n" + BODY)
    assert spec["title"] == TITLE
