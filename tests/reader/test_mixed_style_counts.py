"""One count said in mixed enumeration styles (stop 16), in our own wording:

- 一要… / 二是要… / 三是要…, 第一，… / 二是… / 三是…, 一是… / 二是… / 第三，…, 首先，要… / 二是要… / 三是要…:
  paragraphs in a row counting 1, 2, 3 with labels of more than one style, switched once, are one list, at the
  top and under a point; the report says the styles were mixed.
- Near misses: two items only; styles switched back and forth; a 第一 paragraph that says 一是 inside itself
  before paragraphs 二是, 三是 (the 二是 counts on that 一是) and is followed by its own 第二.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import headings, mine

BODY = "这项工作关系全局，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"
HEAD = "在全县秋季农业生产工作会议上的讲话\n同志们：\n今天召开这次会议，安排部署秋季农业生产工作。下面，我讲三点意见。\n"
TAIL = "同志们，秋季农业生产时间紧、任务重，希望大家振奋精神，确保完成各项任务。\n"
LEADS = ("抓好秋收秋种。", "抓好秸秆禁烧。", "抓好责任落实。")
MIXED_NOTE = "混用了几种序号样式"


def _speech(labels: tuple[str, ...]) -> str:
    return HEAD + "".join(f"{label}{lead}{BODY}\n" for label, lead in zip(labels, LEADS, strict=False)) + TAIL


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (("一要", "二是要", "三是要"), ["抓好秋收秋种", "要抓好秸秆禁烧", "要抓好责任落实"]),
        (("第一，", "二是", "三是"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
        (("一是", "二是", "第三，"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
        (("首先，要", "二是要", "三是要"), ["要抓好秋收秋种", "要抓好秸秆禁烧", "要抓好责任落实"]),
        (("一是", "二要", "三要"), ["抓好秋收秋种", "抓好秸秆禁烧", "抓好责任落实"]),
    ],
)
def test_one_count_in_mixed_styles_is_the_points(tmp_path: Path, labels: tuple[str, ...], expected: list[str]) -> None:
    spec, report = mine(tmp_path, _speech(labels))
    assert headings(spec["points"]) == expected
    assert MIXED_NOTE in report


def test_one_count_in_mixed_styles_under_a_point(tmp_path: Path) -> None:
    text = (
        "在全市安全生产会议上的讲话\n同志们：\n下面，我讲两点意见。\n"
        f"一、认清形势\n{BODY}\n"
        f"二、抓好重点\n一要盯紧危化品企业。{BODY}\n二是要盯紧建筑工地。{BODY}\n三是要盯紧人员密集场所。{BODY}\n"
        "同志们，安全无小事，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "抓好重点"]
    assert headings(spec["points"][1]["items"]) == ["盯紧危化品企业", "要盯紧建筑工地", "要盯紧人员密集场所"]


@pytest.mark.parametrize(
    "labels",
    [
        ("一要", "二是要"),  # two items: two lists as likely as one
        ("一是", "第二，", "三是", "第四，"),  # switched back and forth: no one count
    ],
)
def test_no_single_count_in_mixed_styles(tmp_path: Path, labels: tuple[str, ...]) -> None:
    leads = (*LEADS, "抓好督查问效。")
    text = HEAD + "".join(f"{label}{lead}{BODY}\n" for label, lead in zip(labels, leads, strict=False)) + TAIL
    spec, report = mine(tmp_path, text)
    assert len(spec.get("points", [])) < len(labels)
    assert MIXED_NOTE not in report


def test_a_first_that_says_its_own_yishi_keeps_its_list(tmp_path: Path) -> None:
    """第一，…以下改革。一是… / 二是… / 三是… / 第二，…以下改革。一是… / 二是…: the 二是 paragraphs count on the 一是
    said inside the 第一 paragraph; 第一 and 第二 are the points."""
    text = (
        "关于机构改革方案的说明\n同志们：\n下面，我就方案的重点内容作个说明。\n"
        f"第一，在完善市委机构职能方面，主要推进以下改革。一是组建市委财经委员会。{BODY}\n"
        f"二是组建市委审计委员会。{BODY}\n三是优化市委督查机构。{BODY}\n"
        f"第二，在完善市政府机构职能方面，主要推进以下改革。一是组建市自然资源局。{BODY}\n"
        f"二是组建市生态环境局。{BODY}\n三是组建市应急管理局。{BODY}\n"
        "同志们，大家要抓紧行动。\n"
    )
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "在完善市委机构职能方面，主要推进以下改革",
        "在完善市政府机构职能方面，主要推进以下改革",
    ]
    assert MIXED_NOTE not in report
