"""bench/annotation_agreement.py: two annotators' outlines of the same speeches are scored with eval_mine's
matching (punctuation width, spaces and a final 。 do not count; below the top level a lead of at least four
characters matches a longer one it begins; at the top level it does not), A as the reference.

The outlines are our own few headings, written into tmp_path; the expected figures are counted by hand below.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "bench" / "annotation_agreement.py"

A_FILES = {
    # s1: L1 two of three agree (width of the comma and a final 。 do not count; 关心群众 ≠ 关心群众生活 at L1);
    #     L2 both of A's are found (a 6-character lead begins A's longer heading), B has one more.
    "s1": """batch: dev
occasion: 座谈会
title: 在青年干部座谈会上的讲话
levels:
  1: [坚持学习，提高本领, 严守纪律, 关心群众]
  2: [按时上课, 认真读书笔记做好]
""",
    # s2: A finds two top points, B none: the top level differs wholly; the titles differ.
    "s2": """batch: dev
occasion: 工作部署会议
title: 在年度工作会议上的讲话
levels:
  1: [总结工作, 部署任务]
""",
    # s3: only A outlined it, so it is not counted.
    "s3": """batch: dev
title: 致辞
levels: {}
""",
}

B_FILES = {
    "s1": """batch: dev
title: 在青年干部 座谈会上的讲话
levels:
  1: ["坚持学习, 提高本领", 严守纪律。, 关心群众生活]
  2: [按时上课, 认真读书笔记, 外出考察]
  3: []
""",
    "s2": """batch: dev
title: 年度工作会议讲话
levels: {}
""",
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.outline.yaml").write_text(text, encoding="utf-8")
    return folder


def run(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "a", A_FILES), write(tmp_path / "b", B_FILES)


def level_row(output: str, level: int) -> list[str]:
    line = next(line for line in output.splitlines() if re.match(rf"L{level}\s", line))
    return line.split()[1:]


def test_levels_titles_and_whole_top_level_differences(folders: tuple[Path, Path]) -> None:
    a, b = folders
    done = run("--a", a, "--b", b)
    assert done.returncode == 0, done.stderr
    # L1: hits 2 (坚持学习，提高本领 and 严守纪律), B wrote 3, A wrote 5 (3 in s1, 2 in s2).
    assert level_row(done.stdout, 1) == ["0.667", "0.400", "0.500", "2/3/5"]
    # L2: hits 2, B wrote 3, A wrote 2.
    assert level_row(done.stdout, 2) == ["0.667", "1.000", "0.800", "2/3/2"]
    assert not any(re.match(r"L3\s", line) for line in done.stdout.splitlines())
    assert "一级要点全不同的讲稿 1 篇；标题一致 1/2" in done.stdout
    assert "只有一方标注、未计入的讲稿 1 篇" in done.stdout
    s2_row = next(line for line in done.stdout.splitlines() if line.startswith("s2 "))
    assert "一级全不同" in s2_row and "✗" in s2_row
    assert "仅 B" not in done.stdout


def test_verbose_lists_what_only_one_annotator_wrote(folders: tuple[Path, Path]) -> None:
    a, b = folders
    done = run("--a", a, "--b", b, "-v")
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    assert "L1 仅 B：关心群众生活" in lines
    assert "L1 仅 A：关心群众" in lines
    assert "L2 仅 B：外出考察" in lines
    assert "L1 仅 A：总结工作" in lines and "L1 仅 A：部署任务" in lines
    assert "标题 B：年度工作会议讲话" in lines
    assert not any("坚持学习" in line or "严守纪律" in line for line in lines if "仅" in line)


def test_no_common_speech_is_one_message(tmp_path: Path) -> None:
    a = write(tmp_path / "a", {"s3": A_FILES["s3"]})
    b = write(tmp_path / "b", {"s1": B_FILES["s1"]})
    done = run("--a", a, "--b", b)
    assert done.returncode == 1
    assert "没有同名" in done.stderr and "Traceback" not in done.stderr
