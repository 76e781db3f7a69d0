"""Nothing the writer touched is replaced silently, whatever the format: hand edits, files jianggao
did not write, read-only files; the record of the text outputs, and a replacement interrupted midway."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao import output_files
from jianggao.cli.main import cli
from jianggao.errors import OutputError
from jianggao.output_files import LOCK_NAME, folder_lock, write_all
from jianggao.output_guard import MANIFEST_NAME, digest, record_updates
from jianggao.studio.workspace import Workspace
from tests.cli_helpers import SMALL_SPEC, assert_user_error


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "讲话.yaml"
    path.write_text(SMALL_SPEC, encoding="utf-8")
    return path


def build(spec: Path, out: Path, *args: str):
    return invoke("build", str(spec), "-o", str(out), *args)


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_hand_edited_text_output_is_not_overwritten_silently(tmp_path: Path, spec: Path, fmt: str) -> None:
    out = tmp_path / "out"
    assert build(spec, out, "-f", fmt, "-f", "docx").exit_code == 0
    target = out / f"讲话.{fmt}"
    edited = target.read_text(encoding="utf-8") + "我在这里手工补了一段。\n"
    target.write_text(edited, encoding="utf-8")
    docx = (out / "讲话.docx").read_bytes()
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    line = assert_user_error(build(spec, out, "-f", fmt, "-f", "docx"), str(target), "手工修改", "改名", "--force")
    assert target.read_text(encoding="utf-8") == edited
    assert (out / "讲话.docx").read_bytes() == docx  # nothing of the batch was written
    assert not [p for p in out.iterdir() if p.name.startswith(".jianggao-tmp")], line
    # --force is the writer's word that the edit may go
    assert build(spec, out, "-f", fmt, "-f", "docx", "--force").exit_code == 0
    assert "全县推进会" in target.read_text(encoding="utf-8")
    assert build(spec, out, "-f", fmt, "-f", "docx").exit_code == 0  # and it is ours again


def test_an_unchanged_text_output_is_replaced(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    assert build(spec, out, "-f", "txt", "-f", "md").exit_code == 0
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    assert build(spec, out, "-f", "txt", "-f", "md").exit_code == 0
    record = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"]
    for name in ("讲话.txt", "讲话.md"):
        assert "全县推进会" in (out / name).read_text(encoding="utf-8")
        assert record[name] == [digest((out / name).read_bytes())]  # the old hash forgotten once all is in place


def test_a_file_jianggao_did_not_write_is_refused_unless_it_holds_the_same_text(tmp_path: Path, spec: Path) -> None:
    """A first build into a folder that already has a file of the output's name (or an output of a
    jianggao from before the record): identical bytes lose nothing; anything else is the writer's."""
    out = tmp_path / "out"
    assert build(spec, tmp_path / "elsewhere").exit_code == 0
    out.mkdir()
    (out / "讲话.txt").write_bytes((tmp_path / "elsewhere" / "讲话.txt").read_bytes())
    assert build(spec, out).exit_code == 0
    assert json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"]["讲话.txt"]
    (out / MANIFEST_NAME).unlink()
    (out / "讲话.txt").write_text("她自己写的讲话稿", encoding="utf-8")
    assert_user_error(build(spec, out), str(out / "讲话.txt"), "不是 jianggao 生成", MANIFEST_NAME, "--force")
    assert (out / "讲话.txt").read_text(encoding="utf-8") == "她自己写的讲话稿"
    assert not (out / MANIFEST_NAME).exists()


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_read_only_text_output_is_refused_like_a_docx(tmp_path: Path, spec: Path, force: list[str]) -> None:
    out = tmp_path / "out"
    assert build(spec, out).exit_code == 0
    target = out / "讲话.txt"
    before = target.read_bytes()
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    os.chmod(target, 0o444)
    try:
        assert_user_error(build(spec, out, *force), str(target), "只读")
        assert not target.stat().st_mode & stat.S_IWUSR and target.read_bytes() == before
    finally:
        os.chmod(target, 0o644)


def test_a_text_output_open_in_libreoffice_is_refused(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    assert build(spec, out).exit_code == 0
    (out / ".~lock.讲话.txt#").write_text("lock", encoding="utf-8")
    assert_user_error(build(spec, out, "--force"), "锁文件")


def test_the_studio_keeps_a_hand_edited_text_output(tmp_path: Path, spec: Path) -> None:
    ws = Workspace(tmp_path)
    assert ws.build_files("讲话.yaml", ["docx", "txt"]) == ["output/讲话.docx", "output/讲话.txt"]
    target = tmp_path / "output" / "讲话.txt"
    target.write_text(target.read_text(encoding="utf-8") + "手工补充。\n", encoding="utf-8")
    edited = target.read_bytes()
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    with pytest.raises(Exception, match="手工修改"):
        ws.build_files("讲话.yaml", ["docx", "txt"])
    assert target.read_bytes() == edited


def test_a_replacement_interrupted_midway_leaves_every_file_ours(tmp_path: Path, spec: Path) -> None:
    """The record names old and new hashes before any file is replaced: killed before the
    renames, or after them but before the record is settled, the next build goes ahead."""
    out = tmp_path / "out"
    assert build(spec, out).exit_code == 0
    target = out / "讲话.txt"
    # killed after the record was renamed into place, before the file was
    write_all(record_updates([(target, "下一稿".encode())], settled=False))
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    assert build(spec, out).exit_code == 0
    # killed after the file was renamed into place, before the record was settled
    write_all(record_updates([(target, "再下一稿".encode())], settled=False))
    target.write_text("再下一稿", encoding="utf-8")
    spec.write_text(SMALL_SPEC.replace("推进会", "全市推进会"), encoding="utf-8")
    assert build(spec, out).exit_code == 0
    assert "全市推进会" in target.read_text(encoding="utf-8")


def fake_soffice(tmp_path: Path) -> Path:
    """A stand-in for LibreOffice that 'converts' each .docx into a small PDF naming it."""
    fake = tmp_path / "soffice"
    fake.write_text(
        "#!/bin/sh\nout=''; prev=''\nfor a in \"$@\"; do\n"
        "  if [ \"$prev\" = --outdir ]; then out=\"$a\"; fi\n"
        "  case \"$a\" in *.docx) n=$(basename \"$a\" .docx); printf '%%PDF-1.4 %s\\n' \"$n\" > \"$out/$n.pdf\";; esac\n"
        "  prev=\"$a\"\ndone\n",
        encoding="utf-8",
    )
    fake.chmod(0o755)
    return fake


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_hand_edited_pdf_is_not_overwritten(tmp_path: Path, spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANGGAO_SOFFICE", str(fake_soffice(tmp_path)))
    out = tmp_path / "out"
    result = build(spec, out, "-f", "pdf")
    assert result.exit_code == 0, result.output
    pdf = out / "讲话.pdf"
    assert json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"] == {"讲话.pdf": [digest(pdf.read_bytes())]}
    assert build(spec, out, "-f", "pdf").exit_code == 0
    pdf.write_bytes(pdf.read_bytes() + b"% signed by hand\n")
    signed = pdf.read_bytes()
    docx = (out / "讲话.docx").read_bytes()
    assert_user_error(build(spec, out, "-f", "pdf"), str(pdf), "手工修改")
    assert pdf.read_bytes() == signed and (out / "讲话.docx").read_bytes() == docx


# Each build sleeps between reading the record and rewriting it: without the folder's lock the
# two would both read it before either wrote it, and the second write would drop the first's file.
SLOW_RECORD_BUILD = """
import sys, time
from jianggao import output_guard
read = output_guard._read_record
def slow(folder):
    record = read(folder)
    time.sleep(0.4)
    return record
output_guard._read_record = slow
from jianggao.cli.main import main
main()
"""


def test_two_builds_into_one_folder_at_once_both_stay_known(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    runs = []
    for name in ("甲", "乙"):
        path = tmp_path / f"{name}.yaml"
        path.write_text(SMALL_SPEC.replace("推进会", f"{name}推进会"), encoding="utf-8")
        runs.append(subprocess.Popen(
            [sys.executable, "-c", SLOW_RECORD_BUILD, "build", str(path), "-f", "txt", "-o", str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ))
    for run in runs:
        _, stderr = run.communicate(timeout=60)
        assert run.returncode == 0, stderr
    record = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))["files"]
    assert record == {name: [digest((out / name).read_bytes())] for name in ("乙.txt", "甲.txt")}
    assert not (out / LOCK_NAME).exists()
    for name in ("甲", "乙"):  # neither is refused as not ours by the next build
        (tmp_path / f"{name}.yaml").write_text(SMALL_SPEC.replace("推进会", f"{name}全县推进会"), encoding="utf-8")
        assert build(tmp_path / f"{name}.yaml", out, "-f", "txt").exit_code == 0


def test_a_lock_held_by_a_process_that_was_killed_does_not_stop_the_next_build(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    held = tmp_path / "held"
    holder = subprocess.Popen([
        sys.executable, "-c",
        "import sys, time, pathlib\n"
        "from jianggao.output_files import folder_lock\n"
        "with folder_lock(pathlib.Path(sys.argv[1]), RuntimeError):\n"
        "    pathlib.Path(sys.argv[2]).write_text('1')\n"
        "    time.sleep(60)\n",
        str(out), str(held),
    ])
    deadline = time.monotonic() + 30
    while not held.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert held.exists() and (out / LOCK_NAME).exists()
    holder.kill()  # no finally runs: the lock file stays, the operating system lets go of the lock
    holder.wait(timeout=30)
    assert (out / LOCK_NAME).exists()
    started = time.monotonic()
    result = build(spec, out, "-f", "txt")
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < output_files.LOCK_WAIT_SECONDS
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST_NAME, "讲话.txt"]  # the leftover lock file removed


def test_a_folder_busy_too_long_is_refused_with_a_word_and_nothing_written(
    tmp_path: Path, spec: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(output_files, "LOCK_WAIT_SECONDS", 0.2)
    with folder_lock(out, lambda: OutputError("不该等不到")):  # as another jianggao would hold it
        line = assert_user_error(build(spec, out, "-f", "txt"), str(out), "另一个 jianggao", "没有写入任何文件", "重试")
    assert sorted(p.name for p in out.iterdir()) == [], line


def test_a_build_reads_the_record_once(tmp_path: Path, spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jianggao import output_guard

    out = tmp_path / "out"
    assert build(spec, out, "-f", "txt", "-f", "md").exit_code == 0
    reads: list[Path] = []
    read = output_guard._read_record
    monkeypatch.setattr(output_guard, "_read_record", lambda folder: reads.append(folder) or read(folder))
    spec.write_text(SMALL_SPEC.replace("推进会", "全县推进会"), encoding="utf-8")
    assert build(spec, out, "-f", "txt", "-f", "md").exit_code == 0  # checked, then updated twice
    assert reads == [out]
