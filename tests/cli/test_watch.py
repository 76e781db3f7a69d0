"""``jianggao build --watch``: a rebuild on every save, errors reported without stopping, Ctrl+C ends it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.cli_helpers import SMALL_SPEC


def wait_for(condition, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_watch_rebuilds_on_every_save_and_survives_an_error(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    out = tmp_path / "out" / "s.txt"
    log = tmp_path / "log.txt"
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "jianggao", "build", "s.yaml", "--watch", "-o", "out"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            wait_for(lambda: out.exists() and "正在监视" in log.read_text(encoding="utf-8"))
            assert "在推进会上的讲话" in out.read_text(encoding="utf-8")
            time.sleep(0.5)  # let the watcher settle before the first change
            spec.write_text(SMALL_SPEC.replace("在推进会上的讲话", "在全县推进会上的讲话"), encoding="utf-8")
            wait_for(lambda: "在全县推进会上的讲话" in out.read_text(encoding="utf-8"))
            spec.write_text(SMALL_SPEC + "pointz: []\n", encoding="utf-8")
            wait_for(lambda: "未知字段“pointz”" in log.read_text(encoding="utf-8"))
            assert "在全县推进会上的讲话" in out.read_text(encoding="utf-8")  # the last good draft stays
            spec.write_text(SMALL_SPEC.replace("在推进会上的讲话", "在全市推进会上的讲话"), encoding="utf-8")
            wait_for(lambda: "在全市推进会上的讲话" in out.read_text(encoding="utf-8"))
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=20)
    text = log.read_text(encoding="utf-8")
    assert process.returncode == 0
    assert "错误：s.yaml:" in text and "已停止监视" in text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text


def test_output_written_by_the_build_does_not_trigger_another(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", (
            "import threading, time\n"
            "from pathlib import Path\n"
            "from jianggao.build import BuildOptions\n"
            "from jianggao.watching import watch_and_build\n"
            "stop = threading.Event(); builds = []\n"
            "threading.Timer(3, stop.set).start()\n"
            "watch_and_build([Path('s.yaml')], BuildOptions(formats=('txt', 'docx'), out_dir=Path('.')), stop, builds.append)\n"
            "print(len(builds))\n"
        )],
        cwd=tmp_path, capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1"
