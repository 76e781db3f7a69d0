"""Bylines whose office the reader did not know (stop 67): 国务院总理, 矿长, 店长, 召集人, a 首席…官 (首席信息安全官), and
the speaker named by the role 讲课人. Each line under the title names the speaker, as its writer meant; the report
no longer drops it as a page head."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

BODY = """同志们：

今天召开这个会，主要是部署下一阶段工作。我讲三点意见。

第一，要提高认识。各单位要把这项工作摆上重要位置，主要负责同志亲自抓。

第二，要突出重点。要盯住关键环节和薄弱部位，逐项排查，逐项整改。

第三，要狠抓落实。要层层压实责任，确保各项措施落到实处。

同志们，任务艰巨，责任重大，让我们共同努力，把各项工作做得更好！
"""


@pytest.mark.parametrize(
    ("byline", "office", "name"),
    [
        ("国务院总理　章立远", "国务院总理", "章立远"),
        ("矿长　温建川", "矿长", "温建川"),
        ("城北店店长　俞晓岚", "城北店店长", "俞晓岚"),
        ("区委书记、区联席会议召集人　闵泽平", "区委书记、区联席会议召集人", "闵泽平"),
        ("首席信息安全官　卫知秋", "首席信息安全官", "卫知秋"),
        ("讲课人：院党委书记　罗映雪", "院党委书记", "罗映雪"),
    ],
)
def test_a_byline_with_this_office_names_the_speaker(tmp_path: Path, byline: str, office: str, name: str) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(f"在全市安全生产工作会议上的讲话\n\n{byline}\n\n{BODY}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(result.stdout)
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)
    assert "页头" not in result.stderr


def test_a_new_office_alone_on_its_line_is_read_as_an_office_alone_is(tmp_path: Path) -> None:
    # 区委副书记 alone under the title has stood for the speaker; 区联席会议召集人 alone now does the same, and a
    # sentence that names 矿长 in the body stays text
    path = tmp_path / "speech.txt"
    body = BODY.replace("今天召开这个会", "矿长要亲自抓安全。今天召开这个会")
    path.write_text(f"在全市安全生产工作会议上的讲话\n\n区联席会议召集人\n\n{body}", encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(result.stdout)
    assert spec.get("speaker") == "区联席会议召集人"
    opening = spec["opening"]
    assert [*opening.get("paragraphs", []), opening.get("transition", "")][0].startswith("矿长要亲自抓安全。")
