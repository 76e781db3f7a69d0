"""Two forms of internal tech shares (everyday si12, si13; stop 39): a numbered part's first numbered sub-point (2. 根因分析
over 2.1 直接原因) is no rest of a heading the copy broke, and 分享嘉宾 alone over a bio (柯明哲｜…总经理，…) is the
page's note on who gave the talk, no point. Near miss: 分享嘉宾 over the talk's own words names no one."""

from __future__ import annotations

from pathlib import Path

from .mining import mine

TEXT = "这一部分是我们复盘时讨论最多的内容，我们把经过、原因和改进都摊开来讲，希望对大家有参考价值。"


def _parts(second: str) -> str:
    return (
        "支付回调超时故障复盘\n\n大家好，今天复盘二月的一次故障。\n\n"
        f"1. 故障经过\n\n{TEXT}\n\n2. {second}\n\n2.1 直接原因\n\n{TEXT}\n\n2.2 根本原因\n\n{TEXT}\n\n"
        f"3. 为什么没能更早发现\n\n{TEXT}\n\n4. 改进措施\n\n{TEXT}\n\n谢谢大家！\n"
    )


def test_a_decimal_sub_point_is_no_rest_of_the_heading(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _parts("根因分析"))
    assert [p["heading"] for p in spec["points"]] == ["故障经过", "根因分析", "为什么没能更早发现", "改进措施"]
    assert "断在两行" not in report


def test_a_guest_heading_over_a_bio_is_the_pages(tmp_path: Path) -> None:
    head = "数据中台三年复盘\n\n分享嘉宾\n柯明哲｜青橙集团数据平台部总经理，十二年数据领域从业经验。\n\n"
    spec, report = mine(tmp_path, head + _parts("根因分析").split("\n\n", 1)[1])
    assert spec["speaker"] == "柯明哲" and "分享嘉宾" not in [p["heading"] for p in spec["points"]]


def test_a_guest_heading_over_other_words_names_no_one(tmp_path: Path) -> None:
    head = "数据中台三年复盘\n\n分享嘉宾\n今天的分享从一个问题说起。\n\n"
    spec, report = mine(tmp_path, head + _parts("根因分析").split("\n\n", 1)[1])
    assert "讲话人取自嘉宾介绍" not in report and not spec.get("speaker")
