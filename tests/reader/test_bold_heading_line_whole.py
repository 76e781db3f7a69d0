"""A Markdown talk whose points are lines set wholly in bold, one of them two sentences (**跑吧！无论如何都要保持奔跑**):
a heading line is its whole line, as a Markdown ## heading is (corpus/ANNOTATION.md: a standalone heading line is
the whole line), not cut at its first ！. A bold lead run in with its text still ends at its sentence's end."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

TALK = """# 在毕业典礼上的讲话

各位同学：

今天我想和大家分享三个故事。

**坦诚面对错误**

我们犯过很多错误，每一次都是坦诚面对、虚心求助，才一步步走到今天。

**学会放弃是成功的关键**

再讲一个故事，我们放弃了一个市场，换来了一个更大的市场。

**跑吧！无论如何都要保持奔跑**

无论你追求的是什么，都要全力以赴，跑起来，不要慢慢走。

谢谢大家！
"""


def _headings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "talk.md"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return [p["heading"] for p in yaml.safe_load(result.stdout)["points"]]


def test_a_bold_heading_line_is_its_whole_line(tmp_path: Path) -> None:
    assert _headings(tmp_path, TALK) == ["坦诚面对错误", "学会放弃是成功的关键", "跑吧！无论如何都要保持奔跑"]


def test_a_bold_lead_run_in_with_its_text_ends_at_its_sentence(tmp_path: Path) -> None:
    # near miss: each point's bold lead runs on into its text on the same line; the last heading is its bold lead
    run_in = (
        TALK.replace("**坦诚面对错误**\n\n", "**坦诚面对错误。**")
        .replace("**学会放弃是成功的关键**\n\n", "**学会放弃是成功的关键。**")
        .replace("**跑吧！无论如何都要保持奔跑**\n\n", "**跑吧！**")
    )
    assert _headings(tmp_path, run_in) == ["坦诚面对错误", "学会放弃是成功的关键", "跑吧！"]
