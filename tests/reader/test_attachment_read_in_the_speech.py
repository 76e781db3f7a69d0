"""首先，我宣读《…表彰的决定》。 … 附件：…名单 / 禾川县安全生产委员会 / 同志们，刚才宣读了表彰决定，… 一、… 二、… (round
uh, an awards meeting's speech in a PDF copy): an attachment line inside a decision the speaker reads out is no end of
the speech when he turns to the hall again right after it and numbered headings follow. An attachment after the
closing words is still cut off with what follows it."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "过去一年，全县安全生产形势总体平稳，但事故总量仍然不少，有的企业主体责任落实不到位，隐患排查走过场。"
POINTS = ["一、坚持问题导向，清醒认识安全生产面临的严峻形势", TEXT, "二、突出重点难点，深入推进安全生产治本攻坚", TEXT,
          "三、压紧压实责任，确保各项工作落到实处", TEXT]


def speech(tail: list[str]) -> str:
    return "\n\n".join([
        "在全县2023年度安全生产工作表彰大会上的讲话", "同志们：",
        "根据会议安排，首先，我宣读《禾川县安全生产委员会关于表彰2023年度全县安全生产工作先进集体和先进个人的决定》。",
        "为表彰先进、树立典型，经县安委会研究，决定授予县交通运输局等10个单位“全县安全生产工作先进集体”称号。",
        *tail,
    ]) + "\n"


READ_OUT = ["附件：2023年度全县安全生产工作先进集体和先进个人名单", "禾川县安全生产委员会", "2024年2月5日",
            "同志们，刚才宣读了表彰决定，受表彰的先进集体和先进个人是全县安全生产战线的优秀代表。下面，我讲三点意见。",
            *POINTS, "同志们，安全生产工作只有起点，没有终点。让我们共同努力，确保全县安全生产形势持续稳定！"]


def test_an_attachment_in_a_decision_read_out_is_no_end(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech(READ_OUT))
    assert [h.rstrip("。") for h in headings(spec["points"])] == [
        "坚持问题导向，清醒认识安全生产面临的严峻形势", "突出重点难点，深入推进安全生产治本攻坚", "压紧压实责任，确保各项工作落到实处",
    ]


def test_an_attachment_after_the_closing_is_cut_off(tmp_path: Path) -> None:
    # near miss: the speech closes, then the attachment and its list: none of it is the speech's
    tail = ["下面，我讲三点意见。", *POINTS, "同志们，让我们共同努力，确保全县安全生产形势持续稳定！谢谢大家！",
            "附件：2023年度全县安全生产工作先进集体和先进个人名单", "一、先进集体（10个）", "县交通运输局", "二、先进个人（20名）", "钱立新"]
    spec, report = mine(tmp_path, speech(tail))
    assert len(spec["points"]) == 3 and "文末附件" in report
