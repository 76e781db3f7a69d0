"""Reading a user's text files whatever encoding their editor chose.

Specs, fragment libraries, style profiles and speeches given to ``mine`` and
``check`` all come through here: UTF-8 (with or without BOM), UTF-16 with a
BOM, or GB18030 (the superset of the GBK that Windows editors in China save).
"""

from __future__ import annotations

from pathlib import Path

from .errors import JianggaoError, Location


def read_text(path: Path, error: type[JianggaoError] = JianggaoError) -> str:
    """Read a user's text file: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(f"找不到文件 {path}", hint="请检查路径是否正确") from None
    except IsADirectoryError:
        raise error(f"{path} 是文件夹，不是文件", hint="请给出文件路径") from None
    except OSError as exc:
        raise error(f"无法读取文件 {path}（{exc.strerror}）", hint="请检查文件权限") from None
    return decode_text(raw, path, error)


def decode_text(raw: bytes, path: Path | str, error: type[JianggaoError] = JianggaoError) -> str:
    """Decode the bytes of a user's file read from ``path``; ``error`` if no encoding fits."""
    return decode_text_as(raw, path, error)[0]


def decode_text_as(raw: bytes, path: Path | str, error: type[JianggaoError] = JianggaoError) -> tuple[str, str]:
    """The text and the codec that encodes it back to the same kind of bytes (BOM included)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
        except UnicodeDecodeError:
            pass
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
    if codec.startswith("utf-16"):
        return ("\ufeff" + text).encode(codec)
    return text.encode(codec)
