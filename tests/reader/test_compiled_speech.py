"""A speech inside a compilation of meeting papers (材料汇编, ib04 of the everyday suite): a cover, a contents list
(目录) with dot leaders, the agenda before the speech and a report after it. The speech is read from its title
line (the contents list's entry that names a speech, a salutation under it) to the next paper's title; what
stands around it is reported as the compilation's. Near misses: no contents list, or a title not found under it."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "去年，我们出台了优化营商环境二十条，企业开办时间压缩到一个工作日以内，但与先进地区相比还有不小差距。"
SPEECH = (
    "在全市优化营商环境工作会议上的讲话\n市政府副市长  陈海波\n（2024年2月22日）\n各位企业家朋友，同志们：\n"
    f"今天召开全市优化营商环境工作会议，我讲两点意见。\n一、对标先进找差距\n{TEXT}\n二、聚焦关键环节抓落实\n{TEXT}\n"
    "各位企业家朋友，同志们，营商环境没有最好，只有更好。让我们共同努力！\n"
)
REPORT = f"2023年度全市营商环境评价情况通报\n市营商办\n一、总体情况\n{TEXT}\n二、存在的主要问题\n{TEXT}\n"


def compilation(contents: str) -> str:
    return (
        f"全市优化营商环境工作会议\n材 料 汇 编\n2024年2月\n{contents}"
        "会议议程\n一、市政府副秘书长通报评价情况\n二、市政府副市长陈海波讲话\n" + SPEECH + REPORT
    )


CONTENTS = (
    "目    录\n1．会议议程………………………………1\n2．在全市优化营商环境工作会议上的讲话（陈海波）………3\n"
    "3．2023年度全市营商环境评价情况通报………………12\n"
)


def test_the_speech_among_the_papers(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, compilation(CONTENTS))
    assert spec["title"] == "在全市优化营商环境工作会议上的讲话"
    assert spec["salutation"] == "各位企业家朋友，同志们"
    assert headings(spec["points"]) == ["对标先进找差距", "聚焦关键环节抓落实"]
    assert spec["closing"][0].startswith("各位企业家朋友，同志们，营商环境")
    assert "材料汇编中的其他内容" in report and "2023年度全市营商环境评价情况通报" in report


def test_no_contents_list_no_compilation(tmp_path: Path) -> None:
    """Near miss: the same papers with no contents list: nothing is set aside as a compilation's."""
    _, report = mine(tmp_path, compilation(""))
    assert "材料汇编中的其他内容" not in report
