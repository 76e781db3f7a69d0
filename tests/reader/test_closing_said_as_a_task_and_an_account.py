"""Two closings a writer's copy opens with words the reader had not known (hu13 and hy05 of the everyday suite):
after one-paragraph points (一要… 四要…), a last paragraph that sets the whole task again (学习贯彻…是当前和今后一个时期
的首要政治任务。各支部要…) and arranges it; 以上，是我讲的几点意见。 after the points."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TEXT = "要对照党的二十大作出的战略部署，紧密结合本单位职责，研究提出贯彻落实的具体举措，切实把学习成果转化为推动工作的实际成效。"


def speech(last: str) -> str:
    return (
        "在局党组理论学习中心组学习会上的讲话\n同志们：\n今天我们集中学习党的二十大精神，我讲四点意见。\n"
        f"一要在深入学习上下功夫。{TEXT}\n二要在融会贯通上下功夫。{TEXT}\n三要在推动落实上下功夫。{TEXT}\n"
        f"四要在改进作风上下功夫。{TEXT}\n{last}\n"
    )


def test_a_task_set_again_closes_one_paragraph_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, speech("学习贯彻党的二十大精神是当前和今后一个时期的首要政治任务。局机关各党支部要制定学习计划，确保入脑入心。"))
    assert len(spec["points"]) == 4
    assert spec["closing"][0].startswith("学习贯彻党的二十大精神是当前")


def test_a_paragraph_going_on_with_the_last_point_stays_its_text(tmp_path: Path) -> None:
    """Near miss: 机关党委要加强督促检查…: the last point's matter, no task set again."""
    spec, _ = mine(tmp_path, speech("机关党委要加强督促检查，及时总结推广好的经验做法，确保学习取得实效。"))
    assert not spec.get("closing")


def test_an_account_of_what_he_said_opens_the_closing(tmp_path: Path) -> None:
    text = (
        "在全市党风廉政建设工作会议上的讲话\n同志们：\n今天召开全市党风廉政建设工作会议，我讲三点意见。\n"
        f"一、提高政治站位\n{TEXT}\n{TEXT}\n二、突出问题导向\n{TEXT}\n{TEXT}\n三、保持高压态势\n{TEXT}\n{TEXT}\n"
        "以上，是我讲的几点意见。全市各级党组织要以更加坚定的决心、更加有力的举措，把党风廉政建设不断引向深入。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["提高政治站位", "突出问题导向", "保持高压态势"]
    assert spec["closing"][0].startswith("以上，是我讲的几点意见")


CARRY_OUT = "最后，关于这次会议精神的贯彻落实，我再提几点要求。一是抓好传达学习；二是抓好任务分解；三是抓好督查问效。"


def test_carrying_out_the_meeting_opens_the_closing_after_paragraph_points(tmp_path: Path) -> None:
    """第一，… 第二，… 第三，… then 最后，关于这次会议精神的贯彻落实，…: the closing, not a fourth point (ih03)."""
    text = (
        "在全市优化营商环境大会上的讲话\n同志们：\n今天召开大会，我讲三点意见。\n"
        f"第一，在思想认识上再提升。{TEXT}\n第二，在审批服务上再提速。{TEXT}\n第三，在要素保障上再加力。{TEXT}\n{CARRY_OUT}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["在思想认识上再提升", "在审批服务上再提速", "在要素保障上再加力"]
    assert spec["closing"][0].startswith("最后，关于这次会议精神")


def test_carrying_out_the_meeting_under_heading_parts_stays_in_the_last(tmp_path: Path) -> None:
    """Near miss: under 一、… 二、… 三、… the same paragraph goes on in the last part's text (hm05)."""
    text = (
        "在全市党风廉政建设工作会议上的讲话\n同志们：\n今天召开大会，我讲三点意见。\n"
        f"一、提高政治站位\n{TEXT}\n二、突出问题导向\n{TEXT}\n三、保持高压态势\n{TEXT}\n{CARRY_OUT}\n"
        "同志们，全面从严治党永远在路上，让我们坚定信心、久久为功！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0].startswith("同志们，全面从严治党")


@pytest.mark.parametrize("last", ["再次祝各位老领导、老同志新春愉快，身体健康，阖家欢乐！", "再次欢迎各位领导和朋友们的到来！"])
def test_wishes_and_welcome_said_again_close_the_speech(tmp_path: Path, last: str) -> None:
    """再次祝… / 再次欢迎…: the last words said again, the closing (hw16, ij11)."""
    text = (
        "在老干部迎春座谈会上的讲话\n各位老领导、老同志：\n今天请大家来，一起叙叙旧、拜个早年。我讲两句话。\n"
        f"第一句话是感谢。{TEXT}\n第二句话是祝福。{TEXT}\n{last}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["closing"][0] == last
