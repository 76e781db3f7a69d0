"""The count's last point said in a bold lead as its others are, its label left off (我讲三点意见。 / **第一，…。** /
**第二，…。** / **做实家庭医生签约服务。**…, round pk): one more point of the count."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

DOCTORS = (
    "在全市基层医务工作者代表座谈会上的讲话\n\n同志们：\n\n今天我们邀请基层医生代表座谈。对这些问题，我讲{count}点意见。\n\n"
    "**第一，稳住基层医疗卫生人才队伍。**这是大家反映最集中的问题。\n\n全市村医平均年龄已经超过五十五岁。\n\n"
    "**第二，提升基层医疗服务能力。**要推进紧密型县域医共体建设。\n\n"
    "**做实家庭医生签约服务。**签约不是目的，服务才是根本。\n\n"
    "同志们，基层医务工作者守护着千家万户的健康。\n"
)


def test_a_bold_lead_after_the_run_is_the_counts_last_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, DOCTORS.format(count="三"), "speech.md")
    assert headings(spec["points"]) == ["稳住基层医疗卫生人才队伍", "提升基层医疗服务能力", "做实家庭医生签约服务"]


def test_a_bold_lead_past_the_count_is_the_last_points_text(tmp_path: Path) -> None:
    # near miss: 两点 were announced and two said; the bold sentence after them is the second point's
    spec, _ = mine(tmp_path, DOCTORS.format(count="两"), "speech.md")
    assert headings(spec["points"]) == ["稳住基层医疗卫生人才队伍", "提升基层医疗服务能力"]
