"""Forms of the level choice from the stop-50 rounds: bold lead sentences that open four parts of a Word or Markdown
copy (**要压实责任，形成齐抓共管的工作格局。**…), with a numbered list of bold heading items (**1.党委要担起主体
责任。**…) between two of them, are the points and the list the sub-points of its part; a 一、 list is never taken
under such leads, nor a numbered list after the last of them."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

TEXT = "各单位要对照职责逐项梳理廉洁风险点，建立台账，明确防控措施和责任人，每季度开展一次自查，发现问题立即整改。"
LEADS = [
    "要清醒看到，医疗领域廉洁风险依然不容忽视",
    "要突出重点，紧盯关键环节和关键岗位",
    "要压实责任，形成齐抓共管的工作格局",
    "要以案为鉴，筑牢拒腐防变的思想防线",
]
ITEMS = ["党委要担起主体责任", "班子成员要落实“一岗双责”", "科室负责人要管好“一亩三分地”"]


def _speech(*body: str) -> str:
    return "\n\n".join(
        [
            "# 在县人民医院2026年党风廉政建设工作会议上的讲话",
            "同志们：",
            "今天召开全院党风廉政建设工作会议，主要任务是总结去年工作，部署今年任务。下面，我讲几点意见。",
            *body,
            "作风建设永远在路上，希望全院上下以更加务实的作风，推动党风廉政建设各项任务落到实处。",
            "谢谢大家！",
        ]
    )


def _points(tmp_path: Path, *body: str) -> list[tuple[str, list[str]]]:
    spec, _ = mine(tmp_path, _speech(*body), name="speech.md")
    return [(p["heading"].rstrip("。"), [h.rstrip("。") for h in headings(p.get("items") or [])]) for p in spec["points"]]


def test_a_numbered_list_between_two_bold_leads_is_the_sub_points_of_its_part(tmp_path: Path) -> None:
    numbered = [f"**{n}.{item}。**{TEXT}" for n, item in enumerate(ITEMS, start=1)]
    body = [f"**{LEADS[0]}。**{TEXT}", f"**{LEADS[1]}。**{TEXT}", f"**{LEADS[2]}。**{TEXT}", *numbered, f"**{LEADS[3]}。**{TEXT}"]
    assert _points(tmp_path, *body) == [(LEADS[0], []), (LEADS[1], []), (LEADS[2], ITEMS), (LEADS[3], [])]


def test_a_numbered_list_after_the_last_bold_lead_stays_the_points(tmp_path: Path) -> None:
    numbered = [f"**{n}.{item}。**{TEXT}" for n, item in enumerate(ITEMS, start=1)]
    body = [f"**{LEADS[0]}。**{TEXT}", f"**{LEADS[1]}。**{TEXT}", f"**{LEADS[2]}。**{TEXT}", *numbered]
    assert [heading for heading, _ in _points(tmp_path, *body)] == ITEMS
