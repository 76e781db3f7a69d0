"""Reading a user's files: only regular files, never more than a limit, in whatever encoding their editor chose.

Specs, fragment libraries, style profiles, templates and speeches given to ``mine``
and ``check`` all come through here. ``read_user_bytes`` is the one bounded reader:
it refuses folders, devices (``/dev/zero``), FIFOs and sockets without blocking on
them, and anything larger than its limit. ``decode_text`` accepts UTF-8 (with or
without BOM), UTF-16 or UTF-32 with a BOM, or GB18030 (the superset of the GBK
that Windows editors in China save); a UTF-8 file with one line saved as GBK is
refused naming that line, because decoding it either way garbles part of it.
``signature`` names the documents people give where text belongs, by their first bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import JianggaoError, Location, os_reason

MAX_USER_FILE_BYTES = 20 * 1024 * 1024  # far beyond any spec, fragment library, template or speech


def read_user_bytes(
    path: Path,
    error: type[JianggaoError] = JianggaoError,
    *,
    limit: int = MAX_USER_FILE_BYTES,
    too_big_hint: str = "请确认给出的是正确的文件",
    head: bool = False,
) -> bytes:
    """The bytes of the regular file at ``path``; ``error`` for a folder, device, FIFO, or more than ``limit``
    bytes (with ``head``, its first ``limit`` bytes instead)."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"找不到文件 {path}", hint="请检查路径是否正确") from None
    except IsADirectoryError:
        raise error(f"{path} 是文件夹，不是文件", hint="请给出文件路径") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: a symlink loop
            raise error(f"{path} 是循环的符号链接", hint="请给出真实文件的路径") from None
        raise error(f"无法读取文件 {path}（{os_reason(exc)}）", hint="请检查文件权限") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} 是文件夹，不是文件", hint="请给出文件路径")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path} 不是普通文件（是设备、管道或套接字）", hint="请给出保存在磁盘上的文件")
        if info.st_size > limit and not head:
            raise error(_too_big(info.st_size, limit), location=Location(path), hint=too_big_hint)
        chunks: list[bytes] = []
        total = 0
        wanted = limit if head else limit + 1  # the file may grow while we read: never take more
        while total < wanted:
            chunk = os.read(fd, min(1 << 20, wanted - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit and not head:
            raise error(_too_big(total, limit), location=Location(path), hint=too_big_hint)
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"无法读取文件 {path}（{os_reason(exc)}）", hint="请检查文件权限") from None
    finally:
        os.close(fd)


# The first bytes of the documents people give where a text file belongs (a spec, a speech):
# the one list by which ``spec.yaml_source`` refuses them and ``reader.speech_file`` reads or refuses them.
_SIGNATURES = (
    (b"PK\x03\x04", "zip"),  # a .docx, .xlsx, .pptx, .odt …
    (b"\xd0\xcf\x11\xe0", "ole"),  # a .doc, .xls, .wps …
    (b"%PDF", "pdf"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
)


def signature(raw: bytes) -> str | None:
    """What ``raw`` begins like: ``zip``, ``ole``, ``pdf``, ``rtf``, ``image``, or None (perhaps text)."""
    return next((kind for magic, kind in _SIGNATURES if raw.startswith(magic)), None)


def _too_big(size: int, limit: int) -> str:
    return f"文件太大（{size / (1024 * 1024):.1f} MB，上限 {limit // (1024 * 1024)} MB）"


def read_text(path: Path, error: type[JianggaoError] = JianggaoError) -> str:
    """Read a user's text file (bounded, regular files only) and decode it as ``decode_text`` does."""
    return decode_text(read_user_bytes(path, error), path, error)


_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(raw: bytes, path: Path | str, error: type[JianggaoError] = JianggaoError) -> str:
    """Decode the bytes of a user's file read from ``path``; ``error`` if no encoding fits."""
    return decode_text_as(raw, path, error)[0]


def decode_text_as(raw: bytes, path: Path | str, error: type[JianggaoError] = JianggaoError) -> tuple[str, str]:
    """The text and the codec that encodes it back to the same kind of bytes (``encode_text``, BOM included)."""
    if raw.startswith(_UTF32_BOMS):
        codec = "utf-32-le" if raw.startswith(b"\xff\xfe") else "utf-32-be"
        return _decode_with_bom(raw, "utf-32", path, error), codec
    if raw.startswith(_UTF16_BOMS):
        codec = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        return _decode_with_bom(raw, "utf-16", path, error), codec
    if b"\x00" in raw:
        line = raw.count(b"\n", 0, raw.index(b"\x00")) + 1
        raise error(
            "文件里有空字符（NUL），可能是没有 BOM 的 UTF-16/UTF-32 文件，或者不是文本文件",
            location=Location(path, line),
            hint="请用文本编辑器将文件另存为 UTF-8 编码后重试",
        )
    try:
        # What the utf-8-sig codec does, without importing it for every file.
        if raw.startswith(b"\xef\xbb\xbf"):
            return str(memoryview(raw)[3:], "utf-8"), "utf-8-sig"
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    _refuse_mixed_encodings(raw, path, error)
    # Windows editors in China save GBK; GB18030 is its superset.
    try:
        return raw.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise error(
        "文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）",
        location=Location(path),
        hint="请用文本编辑器将文件另存为 UTF-8 编码后重试",
    )


def encode_text(text: str, codec: str) -> bytes:
    """``text`` as bytes of the kind ``decode_text_as`` read (its codec, its byte-order mark)."""
    if codec.startswith(("utf-16", "utf-32")):
        return ("\ufeff" + text).encode(codec)
    return text.encode(codec)


def _decode_with_bom(raw: bytes, encoding: str, path: Path | str, error: type[JianggaoError]) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise error(
            "文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）",
            location=Location(path),
            hint="请用文本编辑器将文件另存为 UTF-8 编码后重试",
        ) from None
    if "\x00" in text:
        raise error("文件里有空字符（NUL），不是文本文件", location=Location(path), hint="请用文本编辑器将文件另存为 UTF-8 编码后重试")
    return text


def _refuse_mixed_encodings(raw: bytes, path: Path | str, error: type[JianggaoError]) -> None:
    """A file whose non-ASCII lines are UTF-8 except some: those were pasted from a GBK file."""
    utf8_lines = 0
    first_bad: int | None = None
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            if first_bad is None:
                first_bad = number
    if utf8_lines and first_bad is not None:
        raise error(
            "文件混用了两种编码：大部分是 UTF-8，这一行却是 GBK（或其他编码），读出来会是乱码",
            location=Location(path, first_bad),
            hint="请在编辑器里重新输入这一行，并将文件另存为 UTF-8 编码",
        )
