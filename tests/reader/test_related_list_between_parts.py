"""A portal's list of related articles set between two parts of a speech (相关阅读： / · … / · … over 二、…, hy23 of
the everyday suite): the list is the page's and is reported, the speech goes on after it with the next number of
its run. Near miss: a list after the last part, no next number after it, ends the text as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

TEXT = "老旧小区改造，改什么、怎么改，要问需于民，各街道、各社区在制定改造方案时要广泛听取居民意见。"
RELATED = "相关阅读：\n· 东城区2023年计划改造老旧小区86个\n· 老旧小区加装电梯，这些政策你要知道\n"


def speech(between: str, after: str) -> str:
    return (
        "在全区城市更新推进会上的讲话\n同志们：\n今天召开推进会，我讲三点意见。\n"
        f"一、找准短板，把群众需求摆在第一位\n{TEXT}\n{between}二、统筹推进，确保改造质量和进度\n{TEXT}\n"
        f"三、建管并重，形成长效管理机制\n{TEXT}\n同志们，城市更新是一项民心工程，希望大家把好事办好。\n{after}"
    )


def test_a_related_list_between_two_parts(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech(RELATED, ""))
    assert len(spec["points"]) == 3
    assert spec["closing"][0].startswith("同志们，城市更新")
    assert "推荐栏目" in report and "老旧小区加装电梯" in report


def test_a_related_list_after_the_text_ends_it(tmp_path: Path) -> None:
    """Near miss: the list under the closing, a paragraph of another article's summary after it: all of it the page's."""
    spec, report = mine(tmp_path, speech("", RELATED + "二、据了解，今年全区计划改造老旧小区八十六个，涉及居民两万余户，各项工作正在有序推进。\n"))
    assert len(spec["points"]) == 3
    assert "据了解" not in str(spec)
