"""bench/eval_mine.py: a gold title of （无标题） means the annotator found no title line, so a reader that
reads none is right and one that reads a line is wrong. Our own few lines, written into tmp_path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

EVAL = REPO / "bench" / "eval_mine.py"
GOLD = "batch: dev\noccasion: 工作部署会议\ntitle: （无标题）\nlevels:\n  1:\n  - 提高认识\n  - 压实责任\n"


def titles_right(folder: Path) -> str:
    out = subprocess.run([sys.executable, str(EVAL), str(folder)], capture_output=True, text=True, check=True).stdout
    return next(line for line in out.splitlines() if "标题正确" in line).rsplit("标题正确", 1)[1].strip()


def test_no_title_in_the_gold_is_right_when_none_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n", encoding="utf-8")
    (tmp_path / "a.outline.yaml").write_text(GOLD, encoding="utf-8")
    assert titles_right(tmp_path) == "1/1"
    (tmp_path / "a.txt").write_text("在全县防汛工作会议上的讲话\n同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n", encoding="utf-8")
    assert titles_right(tmp_path) == "0/1"


def test_the_interval_brackets_the_figure_and_narrows_to_it_when_every_speech_agrees(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("eval_mine", EVAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [(1, 1, 1), (0, 1, 1), (2, 2, 3), (3, 3, 3), (0, 0, 1)]
    low, high = module.bootstrap_f1(rows)
    assert low < module.f1_of(rows) < high
    assert module.bootstrap_f1([(2, 2, 2)] * 5) == (1.0, 1.0)
    (tmp_path / "a.txt").write_text("同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n", encoding="utf-8")
    (tmp_path / "a.outline.yaml").write_text(GOLD, encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL), str(tmp_path)], capture_output=True, text=True, check=True).stdout
    assert "一级要点 F1 的 95% 区间（按讲稿重抽样 2000 次）：1.000–1.000" in out


# The gold copies the page's characters; mine reads their markup as Markdown: bold marks (流程与**IT**…; a lone * is a
# character, 7*24) and a link's (向[同仁堂](https://…)学习) are no words of the heading.
MARKUP_CASES = [
    ("一、流程与**IT**要贯通", "二、坚持7*24值守", "流程与**IT**要贯通", "坚持7*24值守"),
    ("一、向[同仁堂](https://xueqiu.com/S/SH600085?from=x)学习", "二、向海底捞学习", "向[同仁堂](https://xueqiu.com/S/SH600085?from=x)学习", "向海底捞学习"),
    ("一、用好[Kitex][kitex]框架", "二、用好[Netpoll][]网络库", "用好[Kitex][kitex]框架", "用好[Netpoll][]网络库"),
]


@pytest.mark.parametrize(("first", "second", "gold_first", "gold_second"), MARKUP_CASES)
def test_markup_copied_into_a_gold_heading_is_no_words(tmp_path: Path, first: str, second: str, gold_first: str, gold_second: str) -> None:
    page = f"# 在仓储工作会议上的讲话\n\n同志们：\n\n今天开会。\n\n{first}\n\n正文。\n\n{second}\n\n正文。\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    gold = f"batch: dev\noccasion: 工作部署会议\ntitle: 在仓储工作会议上的讲话\nlevels:\n  1:\n  - {gold_first}\n  - {gold_second}\n"
    (tmp_path / "a.outline.yaml").write_text(gold, encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL), str(tmp_path)], capture_output=True, text=True, check=True).stdout
    assert next(line for line in out.splitlines() if line.startswith("L1 ")).endswith("2/2/2")


def test_several_folders_are_scored_together_and_by_kind_of_occasion(tmp_path: Path) -> None:
    """A meeting speech read right and a tech talk read wrong: the kinds' tables keep them apart; the kind comes from
    the occasion words (a 技术大会 talk is a tech talk, whatever else its occasion says)."""
    meeting, talk = tmp_path / "dev", tmp_path / "blind9"
    meeting.mkdir()
    talk.mkdir()
    (meeting / "a.txt").write_text("同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n", encoding="utf-8")
    (meeting / "a.outline.yaml").write_text(GOLD, encoding="utf-8")
    (talk / "b.txt").write_text("大家好。\n今天讲讲我们的实践。\n首先看背景。\n最后谢谢大家。\n", encoding="utf-8")
    (talk / "b.outline.yaml").write_text(
        "batch: blind9\noccasion: 技术大会会议分享\ntitle: （无标题）\nlevels:\n  1:\n  - 背景\n  - 实践\n", encoding="utf-8"
    )
    out = subprocess.run([sys.executable, str(EVAL), str(meeting), str(talk)], capture_output=True, text=True, check=True).stdout
    kinds = out.split("按场合类别", 1)[1]
    tables = {block.split("，", 1)[0].strip(): block for block in kinds.split("\n\n")[1:]}
    assert next(line for line in tables["党政会议讲话"].splitlines() if line.startswith("L1 ")).endswith("2/2/2")
    assert next(line for line in tables["技术大会与论坛演讲"].splitlines() if line.startswith("L1 ")).endswith("0/0/2")
    assert "一级要点全错的讲稿 1 篇" in tables["技术大会与论坛演讲"]


def test_write_sources_takes_one_folder(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(EVAL), str(tmp_path), str(tmp_path), "--write-sources"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "一次只能重写一个目录" in result.stderr


def test_a_list_said_inside_a_paragraph_counts_in_the_outline_read_and_not_in_the_spec(tmp_path: Path) -> None:
    """mine reads 一是…；二是…；三是… said in one paragraph as sub-points, and keeps them in the paragraph's text in the
    spec it writes (a rebuilt speech does not split the paragraph): the second table scores the spec."""
    (tmp_path / "a.txt").write_text(
        "同志们：\n今天开会。\n一、提高认识\n我提三点希望：一是加强学习；二是改进作风；三是狠抓落实。\n二、压实责任\n正文。\n", encoding="utf-8"
    )
    gold = GOLD.replace("  - 压实责任\n", "  - 压实责任\n  2:\n  - 加强学习\n  - 改进作风\n  - 狠抓落实\n")
    (tmp_path / "a.outline.yaml").write_text(gold, encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL), str(tmp_path)], capture_output=True, text=True, check=True).stdout
    read, spec = out.split("按 mine 写进说明书", 1)
    assert next(line for line in read.splitlines() if line.startswith("L2 ")).endswith("3/3/3")
    assert next(line for line in spec.splitlines() if line.startswith("L2 ")).endswith("0/0/3")
    assert next(line for line in spec.splitlines() if line.startswith("L1 ")).endswith("2/2/2")


def test_a_second_list_of_a_point_counts_at_its_level_in_the_spec(tmp_path: Path) -> None:
    """A point's review in ——… lines, then its work in 一是… paragraphs: two lists of the point, the second written in
    the spec as an unheaded item holding it. Its items are the point's sub-points all the same."""
    review = [
        "——经济保持恢复发展。全年地区生产总值增长百分之六，财政收入增长百分之八，主要指标好于预期。",
        "——创新能力进一步增强。研发投入增长百分之十二，新增高新技术企业三十家，创新平台不断壮大。",
        "——人民生活水平稳步提高。城乡居民收入分别增长百分之五和百分之七，就业形势保持稳定。",
    ]
    work = [
        "一是保持政策连续性，推动经济运行保持在合理区间。我们及时出台稳增长措施，加大项目投资力度。",
        "二是优化助企纾困政策，巩固经济恢复基础。我们落实减税降费政策，为企业减负十亿元。",
    ]
    text = "\n".join(
        ["同志们：", "今天开会。", "一、过去一年的工作", "过去一年，我们攻坚克难，各项工作取得新成效。", *review,
         "一年来，我们主要做了以下工作。", *work, "二、今年的任务", "今年要继续抓好项目建设和民生保障，确保各项目标任务圆满完成。"]
    )
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    subs = "".join(f"  - {line[1:].split('。')[0].lstrip('—是')}\n" for line in review + work)
    gold = GOLD.replace("  - 提高认识\n  - 压实责任\n", "  - 过去一年的工作\n  - 今年的任务\n  2:\n" + subs)
    (tmp_path / "a.outline.yaml").write_text(gold, encoding="utf-8")
    out = subprocess.run([sys.executable, str(EVAL), str(tmp_path)], capture_output=True, text=True, check=True).stdout
    spec = out.split("按 mine 写进说明书", 1)[1]
    assert next(line for line in spec.splitlines() if line.startswith("L2 ")).endswith("5/5/5")
