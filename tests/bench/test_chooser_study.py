"""bench/chooser_study.py: every speech is read once per candidate top level; the hand chooser's row is
exactly what bench/eval_mine.py scores, the oracle takes the best candidate of each speech, and a batch
named blind13 is refused.

The speeches and their gold outlines are our own few lines, written into tmp_path.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "bench" / "chooser_study.py"
EVAL = REPO / "bench" / "eval_mine.py"

BODY = "各乡镇要把这项工作摆上重要位置，主要负责同志亲自过问，分管同志具体抓，确保各项措施落到实处、见到实效。"

# headed points after an announced count: one candidate run (一、×3) and "none"
HEADED = f"""在全县秋粮收购工作会议上的讲话

同志们：

今天召开会议，部署秋粮收购工作。下面，我讲三点意见。

一、提高认识，抓紧抓实收购工作
{BODY}
二、突出重点，保障收购资金到位
{BODY}
三、加强监管，维护收购市场秩序
{BODY}
同志们，秋粮收购任务艰巨，希望大家抓好落实。谢谢大家。
"""

# a list of last year's work bunched in the opening, then the three points spread over the body
BUNCHED = f"""在全镇年度工作会议上的讲话

同志们：

去年，我们完成了以下几件实事：
一是硬化了村组道路。
二是解决了饮水安全。
今年工作，我讲三点。
第一，要把项目建设抓在手上。{BODY}
{BODY}
第二，要把民生实事办到心上。{BODY}
{BODY}
第三，要把安全责任扛在肩上。{BODY}
{BODY}
同志们，让我们一起努力。谢谢大家。
"""

# no numbered points at all: only "none"
PLAIN = f"""在植树节活动上的致辞

同志们：

{BODY}

{BODY}

谢谢大家。
"""

GOLD = {
    "headed": ("dev", ["提高认识，抓紧抓实收购工作", "突出重点，保障收购资金到位", "加强监管，维护收购市场秩序"]),
    "bunched": ("blind8", ["要把项目建设抓在手上", "要把民生实事办到心上", "要把安全责任扛在肩上"]),
    "plain": ("blind12", []),
}
TEXTS = {"headed": HEADED, "bunched": BUNCHED, "plain": PLAIN}


def write(folder: Path, names: list[str], wrong_gold: bool = False) -> Path:
    folder.mkdir()
    for name in names:
        batch, headings = GOLD[name]
        if wrong_gold and headings:
            headings = ["硬化了村组道路", "解决了饮水安全"]  # the opening's list: a candidate, not the hand pick
        (folder / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
        levels = "{}" if not headings else "\n  1: [" + ", ".join(headings) + "]"
        (folder / f"{name}.outline.yaml").write_text(f"batch: {batch}\ntitle: 讲话\nlevels: {levels}\n", encoding="utf-8")
    return folder


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


def row(output: str, kind: str) -> list[str]:
    """The cells (P/R/F1, wholly wrong) of one chooser's row, per folder and pooled."""
    line = next(line for line in output.splitlines() if line.startswith(kind + " ") or line.startswith(kind + "\t"))
    return re.findall(r"\d\.\d{3}/\d\.\d{3}/\d\.\d{3}\s+\d+", line)


def eval_l1(folder: Path) -> tuple[str, str, str]:
    out = subprocess.run([sys.executable, str(EVAL), str(folder), "--show-blind"], capture_output=True, text=True).stdout
    line = next(line for line in out.splitlines() if re.match(r"L1\s", line))
    return tuple(line.split()[1:4])


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    return [write(tmp_path / "dev", ["headed"]), write(tmp_path / "b8", ["bunched"]), write(tmp_path / "b12", ["plain"])]


def test_the_hand_row_is_eval_mines_figures_and_the_oracle_is_not_below_it(folders: list[Path]) -> None:
    result = run(*folders)
    assert result.returncode == 0, result.stderr
    hand, oracle = row(result.stdout, "hand"), row(result.stdout, "oracle")
    assert len(hand) == 4  # three folders and all
    for folder, cell in zip(folders[:2], hand, strict=False):
        assert tuple(cell.split()[0].split("/")) == eval_l1(folder)
    assert hand[:3] == ["1.000/1.000/1.000   0"] * 3
    assert oracle == hand  # the hand chooser reads each of these right: nothing better to take
    # headed: the 一、 run and none (2); bunched: the opening's 一是 list, that list with the 第一 points after it
    # (``_successive``), the 第一 points, none (4);
    # plain: none (1)
    assert "3 speeches; candidates per speech: mean 2.3, max 4" in result.stdout


def test_the_oracle_takes_a_candidate_the_hand_chooser_passed_over(tmp_path: Path) -> None:
    """With the opening's list as gold, the hand chooser (which takes the spread points) reads it wholly
    wrong, and the oracle finds the list among the candidates."""
    folders = [write(tmp_path / "dev", ["headed"]), write(tmp_path / "b8", ["bunched"], wrong_gold=True)]
    result = run(*folders)
    assert result.returncode == 0, result.stderr
    hand, oracle = row(result.stdout, "hand"), row(result.stdout, "oracle")
    assert hand[1] == "0.000/0.000/0.000   1"  # one speech wholly wrong
    assert tuple(hand[1].split()[0].split("/")) == eval_l1(folders[1])
    assert oracle[1] == "1.000/1.000/1.000   0"


def test_the_unseen_batches_are_refused(tmp_path: Path) -> None:
    result = run(write(tmp_path / "blind13", ["plain"]))
    assert result.returncode == 1
    assert "blind13" in result.stderr
