"""More ways a speaker ends: 以上就是我讲的几点意见。 / 我就汇报这么多 / 我就简单说这么多 / 好，今天就讲这三个“难”。 /
我就讲这么多，再讲大家该饿了 / 这三个体会，… (his points looked back on) / 嗯，时间差不多了 / 最后再强调一句：…。… (more
said after it) open the closing (hg23, hb22, gx17, gt23, hc08, gt05, gt24, gy14, gq05 of the everyday suite). A next
topic after 就讲这些 (再讲讲…) and 最后讲一句，… alone on its line (his count's last topic, o20) open none (o20 reads it as a last point after spoken counts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import mine

TALK = (
    "在全市化工园区安全生产现场会上的讲话\n同志们：\n今天在园区开现场会，刚才看了三家企业，问题不少，我讲三点。\n"
    "第一点，隐患排查不能走过场。有的企业排查台账做得很漂亮，现场一看，消防通道堵了，可燃气体报警器也不灵了。\n"
    "第二点，特殊作业要管死。动火、受限空间作业，审批一个环节都不能少，监护人必须在现场，不能签了字就走。\n"
    "第三点，应急处置要练实。应急预案不能锁在柜子里，每个月至少搞一次实战演练，演练要有脚本以外的情况。\n"
    "{end}汛期来了，高温天气也来了，现在是化工企业事故的高发期，大家一定要绷紧这根弦。月底我还要来，专门看整改。\n"
)


@pytest.mark.parametrize(
    "end",
    [
        "以上就是我讲的几点意见。",
        "好，我就汇报这么多。",
        "好，时间关系，我就简单说这么多。",
        "好，我就讲这么多，再讲大家该饿了。",
        "这三个体会，说起来都很土，但都是拿真金白银换来的。",
        "嗯，时间差不多了，我简单总结一下。",
        "最后再强调一句：隐患就是事故。",
        "最后，对各位企业负责人，我再多说一句：",  # (hm06)
    ],
)
def test_a_spoken_end_opens_the_closing(tmp_path: Path, end: str) -> None:
    spec, _ = mine(tmp_path, TALK.format(end=end))
    assert len(spec["points"]) == 3
    assert spec["closing"][0].startswith(end)


def test_a_next_topic_after_so_much_opens_no_closing(tmp_path: Path) -> None:
    # near miss: 就讲这些，再讲讲… goes on to a next topic
    spec, _ = mine(tmp_path, TALK.format(end="安全的事就讲这些，再讲讲环保。"))
    assert not spec.get("closing")


def test_the_last_said_alone_on_its_line_opens_no_closing(tmp_path: Path) -> None:
    # near miss: 最后讲一句，… as a line of its own, text under it, a spoken end after: his last topic, no closing
    text = TALK.format(end="最后讲一句，身体是自己的。\n年轻人熬夜、不吃早饭，体检一定要去做，别嫌麻烦。\n好，我就讲这么多。")
    spec, _ = mine(tmp_path, text)
    assert "最后讲一句，身体是自己的。" in str(spec["points"][-1])
    assert spec["closing"][0].startswith("好，我就讲这么多。")
