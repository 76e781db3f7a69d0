"""How user errors read: locations, hints, and the system's reasons in Chinese."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from jianggao.errors import os_reason


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOENT, "文件或文件夹不存在"),
        (errno.EACCES, "没有权限"),
        (errno.EPERM, "系统不允许这个操作（没有权限）"),
        (errno.ENOTDIR, "路径中有一段是文件，不是文件夹"),
        (errno.EISDIR, "这是一个文件夹，不是文件"),
        (errno.ENOSPC, "磁盘已满"),
        (errno.EROFS, "所在磁盘是只读的"),
        (errno.EEXIST, "已有同名的文件或文件夹"),
        (errno.ENAMETOOLONG, "文件名或路径太长"),
        (errno.EMFILE, "同时打开的文件太多"),
        (errno.EBUSY, "文件或设备正被其他程序占用"),
        (errno.EXDEV, "不能跨磁盘移动文件"),
        (errno.EADDRINUSE, "端口已被占用"),
    ],
)
def test_system_errors_read_in_chinese(code: int, reason: str) -> None:
    assert os_reason(OSError(code, os.strerror(code))) == reason


def test_an_errno_without_a_chinese_reason_is_still_named() -> None:
    reason = os_reason(OSError(errno.ENOLINK, os.strerror(errno.ENOLINK)))
    assert reason == f"系统错误 ENOLINK（错误码 {errno.ENOLINK}）"


def test_an_oserror_without_an_errno_keeps_its_words() -> None:
    assert os_reason(OSError()) == "系统错误"
    assert os_reason(OSError("没有\n细节")) == "系统错误：没有 细节"


def test_real_system_errors_read_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        (tmp_path / "没有" / "文件").read_text()
    assert os_reason(caught.value) == "文件或文件夹不存在"
    with pytest.raises(OSError) as caught:
        tmp_path.read_text()
    assert os_reason(caught.value) == "这是一个文件夹，不是文件"
