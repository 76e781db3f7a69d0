"""A speaker's spoken wrap-up opens the closing (everyday qy, rg, rm, ri, rr, rf; stop 38): 好，五个坑就讲完了 / 好 三个
关键词讲完了 (a subtitle's space for the comma) / 故事讲完了，… / 说完这三个方面，… / 好，总结一下今天的分享 / 最后简单
总结一下 / 那我最后做一个小结 / 好，以上就是今天的全部内容 / 好 最后跟家人们说一句 / 行了，就这些。 Near misses: a bare
总结一下， sums up a part, a 第一个故事讲完了 goes on to the next, 总结一下去年的工作 opens a topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import CLOSING_START

from .mining import mine


@pytest.mark.parametrize(
    "text",
    [
        "好，五个坑就讲完了，总结一下。",
        "好 三个关键词讲完了",
        "故事讲完了，最后我想说三句话。",
        "说完这三个方面，我想讲几句心里话。",
        "好，总结一下今天的分享。",
        "最后简单总结一下今天的内容。",
        "那我最后做一个小结，说三点体会。",
        "好，以上就是今天的全部内容。",
        "好 最后跟家人们说一句",
        "行了，就这些。安全第一，干活去。",
    ],
)
def test_a_spoken_wrap_up_can_open_the_closing(text: str) -> None:
    assert CLOSING_START.match(text)


@pytest.mark.parametrize(
    "text", ["总结一下，低代码不是要替代研发。", "第一个故事讲完了，我们再看第二个。", "总结一下去年的工作，主要有三点。", "说完了成绩，再说问题。"]
)
def test_words_that_sum_up_a_part_open_no_closing(text: str) -> None:
    assert not CLOSING_START.match(text)


TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"


def test_the_wrap_up_after_the_last_point_is_the_closing(tmp_path: Path) -> None:
    body = "".join(f"第{n}个坑，{h}。{TEXT}\n" for n, h in zip("一二三", ("只看崩溃率", "第三方SDK没人管", "把异常吞掉"), strict=True))
    last = "好，三个坑就讲完了，总结一下：稳定性是管出来的，不是测出来的。\n希望对大家有帮助，谢谢大家！\n"
    spec, _ = mine(tmp_path, "崩溃率治理实践\n大家好，今天讲三个坑。\n" + body + last)
    assert spec["closing"][0].startswith("好，三个坑就讲完了")
