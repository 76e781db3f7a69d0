"""会上，潘一鸣强调—— over 同志们： (round tr, a WeChat news report holding the speech): a line that ends where a
report brings in the words it reports is no title; the report's headline above it is. A headline that says who
stressed what (潘一鸣强调：把网格做实) is still a title."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import mine

BODY = [
    "同志们：",
    "去年以来，街道全面推行网格化服务管理模式，把辖区划分为146个基础网格，配备专职网格员152名，办结率达到96.4%。今天，我讲三点意见。",
    "一、正视差距，补齐网格工作短板",
    "对照区里的考评标准，我们的网格工作还有不少短板，网格员力量不均衡，信息系统用得不好，部门协同不够顺畅。",
    "二、聚焦重点，做实网格服务治理",
    "网格员要把服务放在第一位，对独居老人、困难家庭建立一户一档，定期上门看望，帮助解决实际困难。",
    "三、强化保障，让网格员留得住",
    "街道要落实网格员待遇，畅通上升通道，让网格员有奔头、有干劲。",
    "同志们，网格虽小，连着千家万户。让我们齐心协力，把网格化服务管理工作做得更好！",
]


def report(headline: str, lead: str) -> str:
    return "\n\n".join([
        headline, "南湖街道发布　2024-05-28 20:05　发表于江苏",
        "5月28日下午，南湖街道召开网格化服务管理工作推进会，街道党工委书记潘一鸣出席会议并讲话。",
        lead, *BODY,
    ]) + "\n"


def test_a_line_bringing_in_the_report_is_no_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, report("网格赋能　治理提效｜南湖街道召开网格化服务管理工作推进会", "会上，潘一鸣强调——"))
    assert spec["title"] == "网格赋能　治理提效｜南湖街道召开网格化服务管理工作推进会"


def test_a_headline_saying_who_stressed_what_is_a_title(tmp_path: Path) -> None:
    # near miss: 强调： inside the only title line, words after it
    spec, _ = mine(tmp_path, report("潘一鸣强调：把网格做实做细", "以下为讲话全文。"))
    assert spec["title"] == "潘一鸣强调：把网格做实做细"
