"""A news article that prints a speech under a lead naming who gave it, in forms the reader missed (stop 67): the talk's
title named (作了题为《…》的讲话 / 以《…》为题作国旗下讲话 / 以“…”为题，为…授课), a welcome (送上了欢迎辞), the speaker going
up to speak (上台致辞), the first lesson given (为新员工上了“入职第一课”), the speech named after the speaker's name
(…发起人周牧之的开场致辞), and a less common surname (涂, 杭, 贝). Notes under a talk too: 现将孟…同志在座谈会上的讲话刊发 and
（根据副市长…在…调研时的讲话录音整理）."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from jianggao.cli.main import cli

SPEECH = """{lead}

同学们、老师们：

今天，我想和大家说三句话。

第一句话，要珍惜时间。时间是最公平的，每个人每天都只有二十四小时。

第二句话，要学会合作。一个人走得快，一群人走得远。

第三句话，要保持好奇。好奇心是一切学问的开端。

谢谢大家！
"""


@pytest.mark.parametrize(
    ("lead", "office", "name"),
    [
        ("编者按：6月27日下午，我校初三毕业典礼在田径场举行。黄立新校长作了题为《把温度带向远方》的讲话，现将讲话内容整理刊发。", "校长", "黄立新"),
        ("9月2日清晨，学校举行升旗仪式。林雪芳校长以《铭记历史，做自强少年》为题作国旗下讲话。以下为讲话全文。", "校长", "林雪芳"),
        ("9月2日上午，枫林实验中学新生开学典礼在学校操场举行。校长邝晓岚为新同学们送上了欢迎辞。", "校长", "邝晓岚"),
        ("1月18日晚，公司年会在佛山举行。公司董事长方启航上台致辞，以下为致辞全文。", "公司董事长", "方启航"),
        ("编者按：6月17日，县应急管理局局长周明远以“守住底线　把好源头”为题，为全县企业负责人授课。", "县应急管理局局长", "周明远"),
        ("7月5日，临江农商银行召开年中工作会议。会上，党委书记、行长涂秉文作了讲话。现将讲话刊发如下。", "党委书记、行长", "涂秉文"),
        ("> 编者按：本期活动在一家咖啡馆举办。以下是社区发起人周牧之的开场致辞，略有删节。", "社区发起人", "周牧之"),
        ("8月5日上午，新员工岗前培训开班仪式举行。院长蒋立群为新员工上了“入职第一课”。", "院长", "蒋立群"),
        ("9月2日上午，开学典礼在大操场举行。王晓岚校长为孩子们上了新学期的“开学第一课”。", "校长", "王晓岚"),
    ],
)
def test_the_lead_names_the_speaker(tmp_path: Path, lead: str, office: str, name: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(SPEECH.format(lead=lead), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    spec = yaml.safe_load(result.stdout)
    assert (spec.get("speaker"), spec.get("speaker_title")) == (name, office)


def test_a_lead_that_says_no_one_spoke_names_no_speaker(tmp_path: Path) -> None:
    # near miss: the lead names an office whose next words are no name (局长简要介绍了…), and no one is said to speak
    path = tmp_path / "article.txt"
    path.write_text(SPEECH.format(lead="9月2日上午，教育局局长简要介绍了新学期的工作安排。"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not yaml.safe_load(result.stdout).get("speaker")


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("编者按：9月4日，县委书记孟国梁一行深入部分中小学调研，并主持召开座谈会。现将孟国梁同志在座谈会上的讲话根据录音整理刊发。", "孟国梁"),
        ("（根据副市长沈慧芳2024年5月9日在颐康社区养老服务中心调研时的讲话录音整理，未经本人审阅）", "沈慧芳"),
    ],
)
def test_the_note_names_the_speaker(tmp_path: Path, note: str, name: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(SPEECH.format(lead=note), encoding="utf-8")
    result = CliRunner().invoke(cli, ["mine", str(path), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout).get("speaker") == name
