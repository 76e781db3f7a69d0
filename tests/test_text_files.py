"""Reading a user's text file in whatever encoding their editor saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.errors import FragmentError, InputError, JianggaoError, Location
from jianggao.text_files import decode_text, read_text

TEXT = "同志们：\n今天我们召开会议。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_decodes_what_editors_save(encoding: str) -> None:
    raw = TEXT.encode(encoding)
    if encoding == "utf-16-le":
        raw = b"\xff\xfe" + raw
    elif encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert decode_text(raw, "a.txt") == TEXT


def test_undecodable_bytes_raise_the_callers_error() -> None:
    with pytest.raises(InputError) as caught:
        decode_text(b"\xff\xfe\x00", "a.txt", InputError)  # a UTF-16 BOM, then half a character
    assert caught.value.message == "文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）"
    assert caught.value.location == Location("a.txt")
    with pytest.raises(JianggaoError, match="文件编码无法识别"):
        decode_text(b"\x81\x30", "b.txt")  # half a GB18030 four-byte sequence


def test_read_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_text(path) == TEXT


def test_read_text_refusals(tmp_path: Path) -> None:
    with pytest.raises(FragmentError) as caught:
        read_text(tmp_path / "nope.txt", FragmentError)
    assert caught.value.message == f"找不到文件 {tmp_path / 'nope.txt'}"
    assert caught.value.hint == "请检查路径是否正确"
    with pytest.raises(FragmentError) as caught:
        read_text(tmp_path, FragmentError)
    assert caught.value.message == f"{tmp_path} 是文件夹，不是文件"
    assert caught.value.hint == "请给出文件路径"
