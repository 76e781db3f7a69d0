"""The errors a user can cause, and how they read.

Every problem the user can fix (a bad spec, template, fragment, profile or path)
is raised as a ``JianggaoError``. The CLI turns it into one line on stderr and
exit code 1; nothing else is ever shown to the user as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .records import record


@record(frozen=True)
class Location:
    """A place in a user's file: 1-based line and column, either may be unknown."""

    path: Path | str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        text = str(self.path)
        if self.line is not None:
            text += f":{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        return text


class JianggaoError(Exception):
    """A user error: ``message`` says what is wrong, ``hint`` what to do."""

    def __init__(self, message: str, *, location: Location | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint

    def __str__(self) -> str:
        text = f"{self.location}：{self.message}" if self.location else self.message
        if self.hint:
            text += f"。{self.hint}" if not text.endswith(("。", "！", "？")) else self.hint
        return text


class SpecError(JianggaoError):
    """The spec file cannot be read or does not validate."""


class TemplateError(JianggaoError):
    """A template is missing, broken, or fails while rendering."""


class FragmentError(JianggaoError):
    """A fragment library or a fragment reference is wrong."""


class OutputError(JianggaoError):
    """A draft cannot be written where it should go."""


class ProfileError(JianggaoError):
    """A style profile or reference document is wrong."""


class InputError(JianggaoError):
    """A speech given to ``mine`` or ``check`` cannot be read."""


# The system's reasons in Chinese: strerror is English ("Permission denied") whatever the locale.
_OS_REASONS: dict[str, str] = {
    "ENOENT": "文件或文件夹不存在",
    "EACCES": "没有权限",
    "EPERM": "系统不允许这个操作（没有权限）",
    "ENOTDIR": "路径中有一段是文件，不是文件夹",
    "EISDIR": "这是一个文件夹，不是文件",
    "ENOSPC": "磁盘已满",
    "EDQUOT": "磁盘配额已用完",
    "EROFS": "所在磁盘是只读的",
    "EEXIST": "已有同名的文件或文件夹",
    "ENAMETOOLONG": "文件名或路径太长",
    "EMFILE": "同时打开的文件太多",
    "ENFILE": "系统同时打开的文件太多",
    "EBUSY": "文件或设备正被其他程序占用",
    "ETXTBSY": "文件正被其他程序使用",
    "EXDEV": "不能跨磁盘移动文件",
    "ELOOP": "符号链接成环",
    "ENOTEMPTY": "文件夹不是空的",
    "EINVAL": "文件名或参数无效",
    "EIO": "磁盘读写出错",
    "ENOEXEC": "不是可以运行的程序",
    "ENOMEM": "内存不足",
    "EAGAIN": "资源暂时不可用",
    "EPIPE": "管道的另一端已经关闭",
    "EADDRINUSE": "端口已被占用",
    "EADDRNOTAVAIL": "这个地址不属于本机",
    "ECONNREFUSED": "连接被拒绝",
    "ETIMEDOUT": "等待超时",
    "ENXIO": "设备不存在或没有连接",
    "ENODEV": "设备不存在",
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in Chinese; an errno without a Chinese reason is still named (ENOTSUP)."""
    import errno

    name = errno.errorcode.get(exc.errno) if isinstance(exc.errno, int) else None
    if name is None:
        return f"系统错误：{' '.join(str(exc).split())[:120]}" if str(exc) else "系统错误"
    return _OS_REASONS.get(name) or f"系统错误 {name}（错误码 {exc.errno}）"
