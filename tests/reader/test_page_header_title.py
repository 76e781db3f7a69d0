"""A .docx whose title stands only in the page header (Word's 页眉), the body opening with the byline (r13 of the
everyday suite): the header's line that names a speech is read as the title and said; a header over a body that
prints its own title, or a header that names no speech, changes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import yaml
from click.testing import CliRunner
from docx import Document

from jianggao.cli.main import cli

BODY = [
    "县委副书记、县级总河长 祁某某",
    "同志们：",
    "今天召开全县河湖长制工作会议。下面，我讲两点意见。",
    "一、提高认识，增强责任感",
    "全面推行河湖长制，是维护河湖健康生命的有效举措。",
    "二、压实责任，确保有名有实",
    "各级河湖长要按规定频次巡河。",
    "同志们，让我们守护好每一条河流！",
]


def _docx(tmp_path: Path, header: str, body: list[str]) -> Path:
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = header
    for text in body:
        doc.add_paragraph(text)
    path = tmp_path / "speech.docx"
    doc.save(path)
    return path


def _mine(path: Path) -> tuple[dict, str]:
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(result.stdout), result.stderr


def test_a_title_only_in_the_page_header_is_the_title(tmp_path: Path) -> None:
    spec, report = _mine(_docx(tmp_path, "在全县河湖长制工作会议上的讲话", BODY))
    assert spec["title"] == "在全县河湖长制工作会议上的讲话"
    assert spec["speaker"] == "祁某某" and spec["speaker_title"] == "县委副书记、县级总河长"
    assert "标题只印在页眉里，已读作讲话的标题：在全县河湖长制工作会议上的讲话" in report


def test_a_running_title_over_a_body_with_its_own_title_changes_nothing(tmp_path: Path) -> None:
    body = ["在全县河湖长制工作会议上的讲话", *BODY]
    spec, report = _mine(_docx(tmp_path, "在全县河湖长制工作会议上的讲话", body))
    assert spec["title"] == "在全县河湖长制工作会议上的讲话"
    assert len(spec["points"]) == 2 and "页眉" not in report


def test_a_header_that_names_no_speech_is_not_read(tmp_path: Path) -> None:
    body = ["在全县河湖长制工作会议上的讲话", *BODY]
    spec, report = _mine(_docx(tmp_path, "东川县人民政府办公室", body))
    assert spec["title"] == "在全县河湖长制工作会议上的讲话"
    assert "东川县人民政府办公室" not in yaml.safe_dump(spec, allow_unicode=True) and "页眉" not in report


def test_a_hostile_page_header_is_refused_in_one_line(tmp_path: Path) -> None:
    # the header part is read with the same hardened parser as the body: a DOCTYPE in it is refused, exit 1, no spec
    good = _docx(tmp_path, "在全县河湖长制工作会议上的讲话", BODY)
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("word/header") and info.filename.endswith(".xml"):
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:hdr>&a;</w:hdr>'
            zout.writestr(info, data)
    out = tmp_path / "spec.yaml"
    result = CliRunner().invoke(cli, ["mine", str(bad), "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert "DOCTYPE" in result.output and "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
