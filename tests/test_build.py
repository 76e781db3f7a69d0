"""A long batch is drafted by a pool of processes: the same bytes, messages and all-or-nothing writing as one by one."""

from __future__ import annotations

import concurrent.futures
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import jianggao.build
from jianggao.cli.main import cli
from tests.cli_helpers import assert_user_error
from tests.conftest import REPO

EXAMPLES = sorted((REPO / "examples").glob("*.yaml"))
BATCH = 2 * jianggao.build.PARALLEL_MIN_SPECS


def batch(folder: Path, count: int = BATCH) -> list[Path]:
    """``count`` specs, the examples in turn under new names."""
    folder.mkdir()
    specs = []
    for i in range(count):
        spec = folder / f"{i:03d}-{EXAMPLES[i % len(EXAMPLES)].name}"
        shutil.copyfile(EXAMPLES[i % len(EXAMPLES)], spec)
        specs.append(spec)
    return specs


class PoolSpy(concurrent.futures.ProcessPoolExecutor):
    started = 0

    def __init__(self, *args, **kwargs) -> None:
        PoolSpy.started += 1
        super().__init__(*args, **kwargs)


@pytest.fixture
def pool_spy(monkeypatch: pytest.MonkeyPatch) -> type[PoolSpy]:
    if jianggao.build._usable_cores() < 2:
        pytest.skip("one core: batches are drafted in this process")
    PoolSpy.started = 0
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", PoolSpy)
    return PoolSpy


def build(specs: list[Path], out: Path, *formats: str):
    args = ["build", *map(str, specs), "-o", str(out)]
    for fmt in formats:
        args += ["-f", fmt]
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_a_parallel_batch_writes_the_bytes_and_messages_of_a_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pool_spy: type[PoolSpy]
) -> None:
    specs = batch(tmp_path / "specs")
    parallel = build(specs, tmp_path / "parallel", "txt", "md", "docx")
    assert parallel.exit_code == 0, parallel.output
    assert pool_spy.started == 1
    monkeypatch.setattr(jianggao.build, "PARALLEL_MIN_SPECS", len(specs) + 1)
    serial = build(specs, tmp_path / "serial", "txt", "md", "docx")
    assert serial.exit_code == 0, serial.output
    assert pool_spy.started == 1  # the serial run started no pool

    assert parallel.output.replace(str(tmp_path / "parallel"), str(tmp_path / "serial")) == serial.output
    written = sorted(p.name for p in (tmp_path / "parallel").iterdir())
    assert len(written) == 3 * len(specs) + 1  # and the record of the text outputs
    assert written == sorted(p.name for p in (tmp_path / "serial").iterdir())
    for name in written:
        assert (tmp_path / "parallel" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes(), name


@pytest.mark.parametrize("bad_at", [0, BATCH // 2, BATCH - 1])
def test_a_parallel_batch_with_one_bad_spec_writes_nothing(tmp_path: Path, pool_spy: type[PoolSpy], bad_at: int) -> None:
    specs = batch(tmp_path / "specs")
    specs[bad_at].write_text("template: advancement\ntitle: 标题\npionts: []\n", encoding="utf-8")
    out = tmp_path / "out"
    assert_user_error(build(specs, out, "txt", "docx"), f"{specs[bad_at]}:3:1", "未知字段“pionts”")
    assert pool_spy.started == 1
    assert not out.exists() or not any(out.iterdir())


def test_the_first_bad_spec_of_a_parallel_batch_is_the_one_reported(tmp_path: Path, pool_spy: type[PoolSpy]) -> None:
    specs = batch(tmp_path / "specs")
    for at in (BATCH - 3, 5, BATCH // 2):
        specs[at].write_text("template: nosuch\ntitle: 标题\n", encoding="utf-8")
    assert_user_error(build(specs, tmp_path / "out"), str(specs[5]), "没有名为“nosuch”的模板")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
