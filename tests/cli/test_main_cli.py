"""The last-resort error boundary: whatever escapes a command ends in one Chinese line and exit code 1."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao import build as build_module
from jianggao.cli.main import cli
from tests.cli_helpers import SMALL_SPEC, assert_user_error


@pytest.mark.parametrize(
    ("exc", "fragments"),
    [
        (KeyError("boom"), ["内部错误（KeyError：'boom'）", "这是 jianggao 的缺陷，请把这条信息、所用命令和文件报告给开发者"]),
        (RuntimeError("a\nmultiline\nbug"), ["内部错误（RuntimeError：a multiline bug）"]),
        (MemoryError(), ["内存不足"]),
        (RecursionError("deep"), ["输入嵌套过深"]),
        (OSError(errno.ENOSPC, "No space left on device"), ["磁盘已满"]),
        (PermissionError(errno.EACCES, "Permission denied", "/x/y"), ["文件操作失败（/x/y）：没有权限"]),
        (OSError(errno.EROFS, "Read-only file system"), ["文件操作失败：所在磁盘是只读的"]),
    ],
)
def test_any_unexpected_exception_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException, fragments: list[str]) -> None:
    def broken(*_: object, **__: object) -> None:
        raise exc

    monkeypatch.setattr(build_module, "draft_all", broken)
    spec = tmp_path / "s.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(spec), "-o", str(tmp_path / "out")])
    assert_user_error(result, *fragments)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "args", [["fragments", "list"], ["templates"], ["schema"], ["--help"], ["fragments", "show", "closing.new-journey"]]
)
def test_a_closed_pipe_ends_quietly(args: list[str]) -> None:
    """``jianggao fragments list | head``: the reader has gone; like a Unix tool, say nothing."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "jianggao", *args], stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60
        )
    finally:
        os.close(write_end)
    assert result.stderr == "", result.stderr  # was: 错误：文件操作失败：Broken pipe。请检查路径和权限后重试
    assert result.returncode == 1


def test_system_errors_are_explained_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = tmp_path / "讲话.yaml"
    spec.write_text(SMALL_SPEC, encoding="utf-8")
    line = assert_user_error(CliRunner().invoke(cli, ["build", str(spec), "-o", str(spec / "out")]))
    assert line == f"错误：无法创建输出文件夹 {spec / 'out'}（路径中有一段是文件，不是文件夹）。请检查路径和权限，或用 -o 换一个文件夹"
    monkeypatch.setenv("EDITOR", str(tmp_path / "没有这个编辑器"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.chdir(tmp_path)
    line = assert_user_error(CliRunner().invoke(cli, ["fragments", "edit", "closing.new-journey"]))
    assert f"无法启动编辑器“{tmp_path / '没有这个编辑器'}”（文件或文件夹不存在）" in line, line
