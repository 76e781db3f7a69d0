"""The last-resort error boundary: whatever escapes a command ends in one Chinese line and exit code 1."""

from __future__ import annotations

import errno
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
        (PermissionError(errno.EACCES, "Permission denied", "/x/y"), ["文件操作失败（/x/y）"]),
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
