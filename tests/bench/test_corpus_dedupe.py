"""bench/corpus_dedupe.py: a speech already in the corpus under another batch is a duplicate, a new one is new, and
neither answer names a speech of the corpus. Our own few lines, written into tmp_path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

DEDUPE = REPO / "bench" / "corpus_dedupe.py"
OLD = "同志们：今年以来，全县上下认真贯彻落实上级决策部署，经济社会发展保持了稳中有进的良好态势，各项工作取得了新的成绩。"
NEW = "各位老师、同学们：金秋九月，我们迎来了新一届的同学，校园里又多了许多青春的面孔，让我们一起欢迎大家的到来。"


def test_a_repost_is_a_duplicate_and_a_new_speech_is_new(tmp_path: Path) -> None:
    (tmp_path / "blind1").mkdir()
    (tmp_path / "blind1" / "old-county-meeting.txt").write_text("在全县工作会议上的讲话\n" + OLD, encoding="utf-8")
    batch = tmp_path / "blind2"
    batch.mkdir()
    (batch / "repost.txt").write_text("转载：县长讲话\n" + OLD + "\n（来源：某网站）", encoding="utf-8")
    (batch / "fresh.txt").write_text(NEW, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(DEDUPE), "--corpus", str(tmp_path), str(batch / "repost.txt"), str(batch / "fresh.txt")],
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.splitlines()[0].endswith("重复") and out.splitlines()[1].endswith("新")
    assert "old-county-meeting" not in out


def test_a_missing_file_is_one_chinese_message(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(DEDUPE), str(tmp_path / "none.txt")], capture_output=True, text=True)
    assert done.returncode == 1 and "找不到讲稿" in done.stderr and "Traceback" not in done.stderr
