"""Reading a user's text file in whatever encoding their editor saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jianggao.errors import FragmentError, InputError, JianggaoError, Location
from jianggao.text_files import decode_text, read_text, read_user_bytes

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


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # opening it for reading would wait forever for a writer
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(FragmentError) as caught:
            read_text(path, FragmentError)
        assert caught.value.message == f"{path} 不是普通文件（是设备、管道或套接字）"
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(FragmentError, match="不是普通文件"):
        read_text(link, FragmentError)
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    with pytest.raises(FragmentError, match="循环的符号链接"):
        read_text(loop, FragmentError)


def test_reads_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(InputError) as caught:
        read_user_bytes(path, InputError, limit=100)
    assert caught.value.message.startswith("文件太大")
    assert read_user_bytes(path, limit=100, head=True) == b"a" * 100
    assert read_user_bytes(path, limit=101) == b"a" * 101
