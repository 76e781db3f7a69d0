"""The on-disk Jinja bytecode cache only saves time: a damaged cache file is a miss, never a failure."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import types
from pathlib import Path

import pytest
from jinja2.bccache import bc_magic

from jianggao.render.jinja_env import _cached_code
from tests.conftest import REPO


def build(cache: Path, out: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "jianggao", "build", str(REPO / "examples" / "advancement.yaml"), "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )


class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "empty": lambda raw: b"",
    "garbage after magic": lambda raw: bc_magic + b"\x00\xff garbage",
    "foreign pickle": lambda raw: bc_magic + pickle.dumps(Evil()) + raw[len(bc_magic):],
    "not code": lambda raw: raw[: raw.index(b".", len(bc_magic)) + 1] + b"N",  # marshalled None
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_cache_is_a_miss(tmp_path: Path, damage: str) -> None:
    cache = tmp_path / "cache"
    first = build(cache, tmp_path / "a")
    assert first.returncode == 0, first.stderr
    files = list((cache / "jianggao" / "jinja").iterdir())
    assert files
    for path in files:
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
    second = build(cache, tmp_path / "b")
    assert second.returncode == 0, second.stderr
    assert "pwned" not in second.stdout + second.stderr
    assert (tmp_path / "a" / "advancement.txt").read_bytes() == (tmp_path / "b" / "advancement.txt").read_bytes()


def test_an_intact_cache_file_is_used(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert build(cache, tmp_path / "a").returncode == 0
    path = next((cache / "jianggao" / "jinja").iterdir())
    raw = path.read_bytes()
    checksum = pickle.loads(raw[len(bc_magic):])
    assert isinstance(_cached_code(path, checksum), types.CodeType)
    assert _cached_code(path, "another checksum") is None
    folder = tmp_path / "dir.cache"
    folder.mkdir()
    assert _cached_code(folder, checksum) is None
