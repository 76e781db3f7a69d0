"""``jianggao studio`` on the command line, and the studio kept out of the other commands' start-up."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from jianggao.cli.main import cli
from tests.cli_helpers import SMALL_SPEC, assert_user_error

STUDIO_MODULES = ("starlette", "uvicorn", "watchfiles", "jianggao.studio")


def test_help_lists_the_studio_in_chinese() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert "studio" in result.output and "讲稿工作室" in result.output
    result = CliRunner().invoke(cli, ["studio", "--help"])
    assert result.exit_code == 0 and "--no-browser" in result.output and "浏览器" in result.output


def test_build_and_help_do_not_import_the_server(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    code = (
        "import sys\nfrom jianggao.cli.main import main\n"
        f"for argv in (['--help'], ['build', {str(spec)!r}, '-f', 'txt', '-o', {str(tmp_path / 'out')!r}]):\n"
        "    try:\n        main(argv)\n    except SystemExit as exc:\n        assert exc.code == 0, exc.code\n"
        f"loaded = [m for m in {STUDIO_MODULES!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_missing_spec_is_a_user_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert_user_error(CliRunner().invoke(cli, ["studio", "missing.yaml", "--no-browser"]), "找不到说明书 missing.yaml")


def test_a_spec_outside_the_folder_is_a_user_error(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "s.yaml").write_text(SMALL_SPEC, encoding="utf-8")
    (tmp_path / "inner").mkdir()
    monkeypatch.chdir(tmp_path / "inner")
    assert_user_error(CliRunner().invoke(cli, ["studio", "../s.yaml", "--no-browser"]), "不在当前文件夹中")


def test_the_studio_starts_prints_its_url_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(SMALL_SPEC, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "jianggao", "studio", "s.yaml", "--no-browser"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", first)
        assert url, first
        with urllib.request.urlopen(url.group() + "api/state", timeout=10) as response:
            assert b'"initial":"s.yaml"' in response.read()
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 0
    assert "Traceback" not in err


def test_bad_options_are_reported_before_the_server_starts(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert_user_error(CliRunner().invoke(cli, ["studio", "--no-browser", "--templates", "nowhere"]), "模板文件夹 nowhere 不存在")
    (tmp_path / "house.yaml").write_text("bodyy: {}\n", encoding="utf-8")
    assert_user_error(CliRunner().invoke(cli, ["studio", "--no-browser", "--style", "house.yaml"]), "house.yaml:1:1")
