"""Writing drafts: all of a batch or none, disk full said so, no temporary left behind, odd destinations refused."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao import output_files
from jianggao.cli.main import cli
from jianggao.errors import OutputError
from jianggao.output_files import (
    STALE_AGE_SECONDS,
    TEMP_PREFIX,
    sweep_stale_folders,
    sweep_stale_temporaries,
    write_all,
)
from jianggao.output_guard import MANIFEST_NAME
from tests.cli_helpers import SMALL_SPEC, assert_user_error


def specs(tmp_path: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / f"{name}.yaml"
        path.write_text(SMALL_SPEC, encoding="utf-8")
        paths.append(str(path))
    return paths


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_folder_in_the_way_leaves_the_whole_batch_unwritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "b.txt").mkdir(parents=True)
    result = CliRunner().invoke(cli, ["build", *specs(tmp_path, "a", "b"), "-f", "md", "-f", "txt", "-f", "docx", "-o", str(out)])
    assert_user_error(result, f"{out / 'b.txt'} 是一个文件夹，无法写入同名文件")
    assert listing(out) == ["b.txt"]


@pytest.mark.parametrize("target", ["nowhere", "loop"])
def test_a_dangling_or_looping_link_at_the_destination(tmp_path: Path, target: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.docx", "a.txt"):
        (out / name).symlink_to(name if target == "loop" else "nowhere")
        result = CliRunner().invoke(cli, ["build", *specs(tmp_path, "a"), "-f", "txt", "-f", "docx", "-o", str(out)])
        assert_user_error(result, f"{out / name} 是一个失效的链接（指向不存在的文件，或链接成环）。请删除这个链接后重试")
        (out / name).unlink()
    assert listing(out) == []


def test_disk_full_midway_writes_nothing_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("旧稿", encoding="utf-8")
    real_fdopen = os.fdopen
    opened = []

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, mode: str = "r", *args, **kwargs):
        opened.append(fd)
        if len(opened) == 3:  # the third file of the batch hits a full disk
            os.close(fd)
            return io.BufferedWriter(Full())
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(output_files.os, "fdopen", fdopen)
    result = CliRunner().invoke(cli, ["build", *specs(tmp_path, "a", "b"), "-f", "txt", "-f", "md", "-o", str(out), "--force"])
    line = assert_user_error(result, "磁盘已满")
    assert "没有写入任何文件" in line
    assert listing(out) == ["a.txt"] and (out / "a.txt").read_text(encoding="utf-8") == "旧稿"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_asking_whether_a_process_is_alive_leaves_it_running() -> None:
    """On Windows os.kill(pid, 0) ends the process: the sweep must only ask."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert output_files.pid_alive(child.pid)
        time.sleep(0.2)
        assert child.poll() is None
    finally:
        child.kill()
        child.wait()
    assert not output_files.pid_alive(_dead_pid())


def test_stale_temporaries_of_ours_are_swept(tmp_path: Path) -> None:
    dead, live = _dead_pid(), os.getppid()
    stale = tmp_path / f"{TEMP_PREFIX}{dead}-0-a.txt.tmp"
    running = tmp_path / f"{TEMP_PREFIX}{live}-0-a.txt.tmp"
    ancient = tmp_path / f"{TEMP_PREFIX}{live}-3-b.txt.tmp"
    foreign = tmp_path / f"{TEMP_PREFIX}notours-a.txt.tmp"
    for path in (stale, running, ancient, foreign):
        path.write_bytes(b"x")
    long_ago = time.time() - STALE_AGE_SECONDS - 60
    os.utime(ancient, (long_ago, long_ago))
    assert sorted(sweep_stale_temporaries(tmp_path)) == sorted([stale, ancient])
    assert running.exists() and foreign.exists()
    # build sweeps the output folder before it writes
    stale.write_bytes(b"x")
    write_all([(tmp_path / "c.txt", b"c")])
    assert not stale.exists() and (tmp_path / "c.txt").read_bytes() == b"c"


def test_the_writers_own_files_named_like_temporaries_are_never_removed(tmp_path: Path) -> None:
    """A writer's ``.会议记录.2026.3.tmp`` looks like the temporaries of old, with a long-gone
    'process' 2026: neither a build into its folder nor a day's age removes it."""
    out = tmp_path / "out"
    out.mkdir()
    dead = _dead_pid()
    hers = [out / ".会议记录.2026.3.tmp", out / f".a.txt.{dead}.0.tmp", out / f".{dead}.0.tmp"]
    for path in hers:
        path.write_text("她自己的文件", encoding="utf-8")
    long_ago = time.time() - STALE_AGE_SECONDS - 60
    os.utime(hers[0], (long_ago, long_ago))
    result = CliRunner().invoke(cli, ["build", *specs(tmp_path, "a"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sweep_stale_temporaries(out) == []
    for path in hers:
        assert path.read_text(encoding="utf-8") == "她自己的文件"
    assert sorted(listing(out)) == sorted([MANIFEST_NAME, "a.txt", *(p.name for p in hers)])


def test_stale_temporary_folders_of_ours_are_swept(tmp_path: Path) -> None:
    dead = tmp_path / f"jianggao-lo-profile-{_dead_pid()}-abc"
    live = tmp_path / f"jianggao-lo-profile-{os.getppid()}-abc"
    old_style = tmp_path / "jianggao-lo-profile-xyz"
    for folder in (dead, live, old_style):
        (folder / "user").mkdir(parents=True)
    long_ago = time.time() - STALE_AGE_SECONDS - 60
    os.utime(old_style, (long_ago, long_ago))
    assert sorted(sweep_stale_folders(tmp_path, "jianggao-lo-profile")) == sorted([dead, old_style])
    assert live.exists()


def test_a_failing_write_leaves_no_temporary(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    with pytest.raises(OutputError):
        write_all([(tmp_path / "a", b"a"), (tmp_path / "b", b"b")])
    assert listing(tmp_path) == ["b"]


@pytest.mark.skipif(os.name != "posix", reason="signals and a shell script")
def test_sigterm_during_pdf_conversion_leaves_nothing_behind(tmp_path: Path) -> None:
    pid_file = tmp_path / "soffice.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > '{pid_file}'\nsleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "out"
    env = {**os.environ, "JIANGGAO_SOFFICE": str(fake), "TMPDIR": str(temp)}
    process = subprocess.Popen(
        [sys.executable, "-c", "from jianggao.cli.main import main; main()", "build", *specs(tmp_path, "a"), "-f", "pdf", "-o", str(out)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), process.communicate(timeout=10)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 1 and "已取消" in stderr and "Traceback" not in stderr
    assert listing(temp) == []
    assert [p for p in listing(out) if p.startswith(".")] == []
    soffice = int(pid_file.read_text())
    time.sleep(0.2)
    assert not Path(f"/proc/{soffice}").exists() or "Z" in Path(f"/proc/{soffice}/stat").read_text().split()[2]


@pytest.mark.skipif(os.name != "posix", reason="signals and a shell script")
def test_ctrl_c_during_pdf_conversion_says_what_was_written(tmp_path: Path) -> None:
    """The .txt and .docx files are in place before LibreOffice starts; Ctrl+C then stops
    only the PDFs, and the writer is told which files she has and which she has not."""
    pid_file = tmp_path / "soffice.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > '{pid_file}'\nsleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    out = tmp_path / "out"
    env = {**os.environ, "JIANGGAO_SOFFICE": str(fake)}
    process = subprocess.Popen(
        [sys.executable, "-c", "from jianggao.cli.main import main; main()", "build", *specs(tmp_path, "a", "b", "c"),
         "-f", "txt", "-f", "pdf", "-o", str(out)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # (a suite started in the background by a shell ignores SIGINT, and so would the build it starts)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), process.communicate(timeout=10)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=30)
    assert process.returncode == 1 and "Traceback" not in stderr, stderr
    written = [f"{stem}.{fmt}" for stem in "abc" for fmt in ("txt", "docx")]
    assert stdout.splitlines() == [f"已生成 {out / name}" for name in written]
    assert stderr.strip().splitlines()[-1] == "已取消：已生成 6 个文件（见上），3 个没有生成（a.pdf、b.pdf、c.pdf）；重新运行同一命令即可补上。"
    assert sorted(listing(out)) == sorted([MANIFEST_NAME, *written])


def test_a_build_cancelled_before_writing_says_nothing_was_written() -> None:
    from jianggao.cli.build import interrupted_summary

    assert interrupted_summary([], []) == "已取消，没有写入任何文件。"
    assert interrupted_summary([Path("a.txt")], []) == "已取消，但要生成的 1 个文件都已生成（见上）。"
    unwritten = [Path(f"{n}.pdf") for n in "abcd"]
    assert interrupted_summary([Path("a.docx")], unwritten) == "已取消：已生成 1 个文件（见上），4 个没有生成（a.pdf、b.pdf、c.pdf等）；重新运行同一命令即可补上。"


COUNTING = """
import sys, pathlib
from jianggao.output_files import folder_lock
folder = pathlib.Path(sys.argv[1])
counter = folder / "count.txt"
for _ in range(int(sys.argv[2])):
    with folder_lock(folder, RuntimeError):
        n = int(counter.read_text()) if counter.exists() else 0
        counter.write_text(str(n + 1))
"""


def test_processes_holding_a_folder_lock_take_turns(tmp_path: Path) -> None:
    """Each of six processes adds one to a count two hundred times under the lock: none is lost, even
    as each holder removes the lock file that the next ones have open."""
    runs = [
        subprocess.Popen([sys.executable, "-c", COUNTING, str(tmp_path), "200"], stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=120)
        assert run.returncode == 0, stderr
    assert (tmp_path / "count.txt").read_text() == "1200"
    assert listing(tmp_path) == ["count.txt"]
