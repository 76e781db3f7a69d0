"""Who gave the speech, named in ways the reader missed until stop 67 (each case an everyday form that lost its speaker):

- a byline with an office the reader did not know (国务院总理, 矿长, 店长, 召集人, a 首席…官) or the role 讲课人;
- an editor's note under the talk: the office before the name, the day and a meeting said short before 讲话
  (（根据院长…2024年11月4日晨会讲话整理）), a less common surname after the office, a visit (在…调研时的讲话);
- a news lead: the talk's title named (作了题为《…》的讲话 / 以《…》为题作… / 以“…”为题，为…授课), a welcome sent (送上了欢迎辞),
  going up to speak (上台致辞), the first lesson given (上了“入职第一课”), the speech named after the name (…的开场致辞),
  one who came and commented (到会指导并作点评), one who called the meeting in a named room, 现将…同志在…上的讲话…, and
  less common surnames after an office (涂, 杭, 贝).

A near miss for each: an office alone on its line stands for the speaker as before, a note that names no one and a lead
in which no one is said to speak give no speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

TITLE = "在全市安全生产工作会议上的讲话"
BODY = """同志们：

今天开个短会，讲三件事。

第一，安全。最近天气转冷，用电用火要格外小心，各部门下班前要检查一遍。

第二，进度。年底的几项重点任务，还有不到一个月，要倒排时间，按周推进。

第三，纪律。节前节后是作风问题的易发期，大家要守住底线。

就讲这些，散会。
"""


def _spec(tmp_path: Path, text: str) -> dict:
    return mine(tmp_path, text)[0]


def _speaker(spec: dict) -> tuple[str | None, str | None]:
    return spec.get("speaker"), spec.get("speaker_title")


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
    assert _speaker(_spec(tmp_path, f"{TITLE}\n\n{byline}\n\n{BODY}")) == (name, office)


def test_a_new_office_alone_on_its_line_is_read_as_an_office_alone_is(tmp_path: Path) -> None:
    # near miss: 区委副书记 alone under the title has stood for the speaker; 区联席会议召集人 alone does the same, and a
    # sentence that names 矿长 in the body stays text
    body = BODY.replace("今天开个短会", "矿长要亲自抓安全。今天开个短会")
    spec = _spec(tmp_path, f"{TITLE}\n\n区联席会议召集人\n\n{body}")
    assert spec.get("speaker") == "区联席会议召集人"
    opening = spec["opening"]
    assert [*opening.get("paragraphs", []), opening.get("transition", "")][0].startswith("矿长要亲自抓安全。")


@pytest.mark.parametrize(
    ("note", "office", "name"),
    [
        ("（根据院长姜启明2024年11月4日晨会讲话整理）", "院长", "姜启明"),
        ("（根据街道办事处副主任杨书宁在例会上的讲话录音整理）", "街道办事处副主任", "杨书宁"),
        ("（根据园长蓝静怡在2024年2月18日教职工大会上的讲话录音整理）", "园长", "蓝静怡"),
        ("（根据副市长沈慧芳2024年5月9日在颐康社区养老服务中心调研时的讲话录音整理，未经本人审阅）", "副市长", "沈慧芳"),
    ],
)
def test_a_note_under_the_talk_names_the_speaker(tmp_path: Path, note: str, office: str, name: str) -> None:
    assert _speaker(_spec(tmp_path, f"{BODY}\n{note}\n")) == (name, office)


def test_a_note_that_names_no_one_names_no_speaker(tmp_path: Path) -> None:
    # near miss: the note says only who copied the words down
    assert not _spec(tmp_path, f"{BODY}\n（根据2024年11月4日晨会录音整理）\n").get("speaker")


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
        ("1月31日，区委常委会召开民主生活会。市督导组组长乔振邦到会指导并作点评。以下为点评讲话主要内容。", "市督导组组长", "乔振邦"),
        ("3月21日下午，县长张立新在县政府四楼会议室主持召开全县招商引资工作推进会议，听取汇报。", "县长", "张立新"),
        ("编者按：9月4日，县委书记孟国梁一行到部分中小学调研，并主持召开座谈会。现将孟国梁同志在座谈会上的讲话整理刊发。", None, "孟国梁"),
    ],
)
def test_a_news_lead_names_the_speaker(tmp_path: Path, lead: str, office: str | None, name: str) -> None:
    assert _speaker(_spec(tmp_path, f"{lead}\n\n{BODY}")) == (name, office)


def test_a_lead_that_says_no_one_spoke_names_no_speaker(tmp_path: Path) -> None:
    # near miss: the lead names an office whose next words are no name (局长简要介绍了…), and no one is said to speak
    assert not _spec(tmp_path, f"9月2日上午，教育局局长简要介绍了新学期的工作安排。\n\n{BODY}").get("speaker")
