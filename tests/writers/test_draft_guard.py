"""Never clobber a hand-edited draft: fingerprints, refusals, --force, locked and read-only files."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from jianggao.cli.main import cli
from jianggao.writers.docx.guard import CUSTOM_PART, draft_state, fingerprint
from tests.speech_files import (
    billion_laughs,
    external_entity,
    lie_about_size,
    many_entries,
    nested,
    padded,
)

SPEC = """template: advancement
title: 在推进会上的讲话
speaker: 李明
points:
  - heading: 甲，乙，丙
    items:
      - {heading: 深化理论武装, text: 要学懂弄通。}
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "speech.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


def build(tmp_path: Path, spec: Path, *extra: str):
    return CliRunner().invoke(cli, ["build", str(spec), "-f", "docx", "-o", str(tmp_path / "out"), *extra])


def assert_refused(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.output


def edit_like_word(path: Path) -> None:
    """Rewrite the package with a changed document part, keeping the custom properties (as Word does)."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            if name == "word/document.xml":
                data = data.replace("要学懂弄通。".encode(), "要学懂弄通、做深做实。".encode())
            archive.writestr(name, data)


def test_fingerprint_ignores_its_own_part_and_part_order() -> None:
    parts = [("a.xml", b"1"), ("b.xml", b"2")]
    assert fingerprint(parts) == fingerprint(list(reversed(parts)))
    assert fingerprint(parts) == fingerprint([*parts, (CUSTOM_PART, b"anything")])
    assert fingerprint(parts) != fingerprint([("a.xml", b"1"), ("b.xml", b"3")])
    assert fingerprint([("ab", b"c")]) != fingerprint([("a", b"bc")])


def test_unchanged_draft_is_replaced(tmp_path: Path, spec: Path) -> None:
    assert build(tmp_path, spec).exit_code == 0
    target = tmp_path / "out" / "speech.docx"
    assert draft_state(target) == "ours"
    spec.write_text(SPEC.replace("在推进会上的讲话", "在全市推进会上的讲话"), encoding="utf-8")
    assert build(tmp_path, spec).exit_code == 0
    assert "全市推进会".encode() in zipfile.ZipFile(target).read("word/document.xml")


def test_hand_edited_draft_is_refused_and_left_alone(tmp_path: Path, spec: Path) -> None:
    assert build(tmp_path, spec).exit_code == 0
    target = tmp_path / "out" / "speech.docx"
    edit_like_word(target)
    assert draft_state(target) == "edited"
    edited = target.read_bytes()
    result = CliRunner().invoke(cli, ["build", str(spec), "-f", "txt", "-f", "docx", "-o", str(tmp_path / "out")])
    assert_refused(result, str(target), "手工修改", "--force")
    assert target.read_bytes() == edited
    assert not (tmp_path / "out" / "speech.txt").exists()  # nothing of the batch was written
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temp files left


def test_force_overwrites_a_hand_edited_draft(tmp_path: Path, spec: Path) -> None:
    assert build(tmp_path, spec).exit_code == 0
    target = tmp_path / "out" / "speech.docx"
    fresh = target.read_bytes()
    edit_like_word(target)
    result = build(tmp_path, spec, "--force")
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == fresh
    assert draft_state(target) == "ours"


def test_a_docx_jianggao_did_not_write_is_refused(tmp_path: Path, spec: Path) -> None:
    from docx import Document

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "speech.docx"
    Document().save(str(target))
    assert draft_state(target) == "foreign"
    assert_refused(build(tmp_path, spec), "不是 jianggao 生成", "--force")
    assert build(tmp_path, spec, "--force").exit_code == 0
    assert draft_state(target) == "ours"


def test_a_corrupt_file_at_the_destination_is_refused(tmp_path: Path, spec: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "speech.docx"
    target.write_bytes(b"PK\x03\x04 truncated")
    assert draft_state(target) == "foreign"
    assert_refused(build(tmp_path, spec), "不是 jianggao 生成")
    assert target.read_bytes() == b"PK\x03\x04 truncated"


def rewrite(path: Path, change: dict[str, bytes] | None = None, extra: dict[str, str] | None = None) -> None:
    """Rewrite the package with some parts replaced and others added (deflated)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts.update(change or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **(extra or {})}.items():
            archive.writestr(name, data)


def custom_root(path: Path) -> str:
    """Our custom-properties part, fingerprint and all, without its XML declaration."""
    return zipfile.ZipFile(path).read(CUSTOM_PART).decode("utf-8").split("?>", 1)[1]


# What may sit at the destination instead of our draft: each counts as "not ours".
HOSTILE_DESTINATIONS = {
    "custom-entity-bomb": lambda p: rewrite(p, {CUSTOM_PART: billion_laughs(custom_root(p)).encode()}),
    "custom-external-entity": lambda p: rewrite(p, {CUSTOM_PART: external_entity(custom_root(p), p.with_name("secret.txt")).encode()}),
    "custom-deep-nesting": lambda p: rewrite(p, {CUSTOM_PART: custom_root(p).replace("</Properties>", nested(300) + "</Properties>").encode()}),
    "ratio-bomb": lambda p: rewrite(p, extra={"word/padding.xml": padded("<a/>", 4 * 1024 * 1024)}),
    "lying-header": lambda p: (rewrite(p, extra={"word/padding.xml": padded("<a/>", 16 * 1024 * 1024)}), lie_about_size(p, "word/padding.xml", 4096)),
    "many-entries": lambda p: rewrite(p, extra=many_entries(5000)),
}


@pytest.mark.parametrize("case", list(HOSTILE_DESTINATIONS))
def test_a_hostile_file_at_the_destination_is_foreign(tmp_path: Path, spec: Path, case: str) -> None:
    assert build(tmp_path, spec).exit_code == 0
    target = tmp_path / "out" / "speech.docx"
    fresh = target.read_bytes()
    HOSTILE_DESTINATIONS[case](target)
    hostile = target.read_bytes()
    assert draft_state(target) == "foreign"
    assert_refused(build(tmp_path, spec), "不是 jianggao 生成", "--force")
    assert target.read_bytes() == hostile
    assert build(tmp_path, spec, "--force").exit_code == 0
    assert target.read_bytes() == fresh


@pytest.mark.parametrize("lock_name", ["~$eech.docx", "~$speech.docx", ".~lock.speech.docx#"])
def test_a_draft_open_in_word_or_libreoffice_is_refused_even_with_force(tmp_path: Path, spec: Path, lock_name: str) -> None:
    assert build(tmp_path, spec).exit_code == 0
    (tmp_path / "out" / lock_name).write_bytes(b"owner")
    assert_refused(build(tmp_path, spec, "--force"), "正在被", lock_name)


def test_a_read_only_draft_is_refused(tmp_path: Path, spec: Path) -> None:
    assert build(tmp_path, spec).exit_code == 0
    target = tmp_path / "out" / "speech.docx"
    os.chmod(target, 0o444)
    try:
        assert_refused(build(tmp_path, spec, "--force"), "只读")
    finally:
        os.chmod(target, 0o644)


def test_a_folder_in_the_way_is_refused(tmp_path: Path, spec: Path) -> None:
    (tmp_path / "out" / "speech.docx").mkdir(parents=True)
    assert_refused(build(tmp_path, spec, "--force"), "文件夹")
