"""一、… 二、… open paragraphs, then the count goes on in the spoken style with its line breaks lost: …。第三，聚焦主责
主业，切实维护职工合法权益 and …。最后，加强自身建设，… glued to the ends of paragraphs, heading lines over the text
after them (ip21 of the everyday suite): split off, each the count's next point, said in the report. Near miss: a
第三， that opens a sentence of the paragraph's own (第三，要…。) splits nothing."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "各级工会要紧扣全市重点任务，广泛深入开展劳动和技能竞赛，组织开展系列竞赛活动。"


def speech(third: str, last: str) -> str:
    return (
        "在市总工会全委会议上的讲话\n同志们：\n今天召开全委会议，我讲几点意见。\n"
        f"一、提高政治站位，始终坚持工会工作正确政治方向\n{TEXT}\n"
        f"二、围绕中心大局，团结动员职工建功新时代\n{TEXT}{third}\n{TEXT}\n"
        f"要深入开展职工服务工作。{TEXT}{last}\n{TEXT}\n"
        "同志们，让我们更加紧密地团结起来，为全市发展作出新的更大贡献！\n"
    )


def test_glued_spoken_headings_go_on_the_count(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech("第三，聚焦主责主业，切实维护职工合法权益", "最后，加强自身建设，不断增强工会组织的吸引力凝聚力"))
    assert headings(spec["points"]) == [
        "提高政治站位，始终坚持工会工作正确政治方向",
        "围绕中心大局，团结动员职工建功新时代",
        "聚焦主责主业，切实维护职工合法权益",
        "加强自身建设，不断增强工会组织的吸引力凝聚力",
    ]
    assert "第三，聚焦主责主业" in report


def test_a_third_that_opens_a_sentence_splits_nothing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("第三，要做好劳动保护工作。", "最后，要加强经费管理。"))
    assert len(spec["points"]) == 2
