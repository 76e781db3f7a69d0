"""A news copy whose head lost its line breaks: dateline, title, date, speaker and salutation on one line,
the speaker's name glued to the salutation (``header.run_on_heads``), and a salutation naming guests one by
one (尊敬的…总统，尊敬的…先生，各位嘉宾：), longer than a short greeting."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.header import run_on_heads
from jianggao.reader.outline import SourceParagraph
from jianggao.reader.speech_file import read_speech

TITLE = "在全省乡村教师表彰大会上的讲话"
BODY = """今天，我们在这里隆重集会，表彰扎根乡村的优秀教师。我讲三点意见。
一、充分肯定乡村教师的重要贡献
多年来，广大乡村教师守着三尺讲台，把知识送进大山深处，值得全社会尊重。
二、切实改善乡村教师的工作生活条件
各地要把乡村教师的待遇落到实处，让他们安心从教、舒心从教。
三、大力营造尊师重教的浓厚氛围
要讲好乡村教师的故事，让尊师重教在全社会蔚然成风。
同志们，让我们共同努力，办好人民满意的乡村教育！"""
POINTS = ["充分肯定乡村教师的重要贡献", "切实改善乡村教师的工作生活条件", "大力营造尊师重教的浓厚氛围"]


def _read(tmp_path: Path, head: str):
    path = tmp_path / "speech.txt"
    path.write_text(head + "\n" + BODY + "\n", encoding="utf-8")
    read = read_speech(path)
    return read.outline.title, read.outline.salutation + "：", [n.heading for n in read.outline.points]


def test_a_name_glued_to_the_salutation_after_the_date(tmp_path: Path) -> None:
    head = f"新华社南昌3月8日电　{TITLE}（2024年3月8日）李文涛同志们，朋友们："
    assert _read(tmp_path, head) == (TITLE, "同志们，朋友们：", POINTS)


def test_an_office_and_name_glued_to_a_salutation_to_compatriots(tmp_path: Path) -> None:
    head = f"新华社南昌3月8日电{TITLE}（2024年3月8日，南昌）江西省人民政府省长　李文涛同胞们，朋友们："
    assert _read(tmp_path, head) == (TITLE, "同胞们，朋友们：", POINTS)


def test_a_name_glued_to_the_title_of_a_news_head_with_no_date(tmp_path: Path) -> None:
    title = "关于《全省乡村教育振兴规划》的说明"
    head = f"新华社南昌3月8日电{title}李文涛同志们："
    assert _read(tmp_path, head) == (title, "同志们：", POINTS)


def test_a_title_tag_or_a_head_with_no_dateline_keeps_its_line_whole() -> None:
    """Near misses: 讲话全文 / 讲话提纲 end in a site's tag or the title's own word, not a name; with no dateline
    a name glued to a title's end is not cut out here (the line stays whole for the other repairs)."""
    for line in (
        f"新华社南昌3月8日电{TITLE}全文同志们：",
        f"新华社南昌3月8日电{TITLE}提纲同志们：",
        f"{TITLE}李文涛同志们：",
    ):
        assert [p.text for p in run_on_heads([SourceParagraph(1, line)])] == [line]


def test_a_news_head_glued_to_a_name_is_cut_into_its_lines() -> None:
    line = f"新华社南昌3月8日电　{TITLE}（2024年3月8日）李文涛同志们：今天我们隆重集会。"
    assert [p.text for p in run_on_heads([SourceParagraph(1, line)])] == [
        f"新华社南昌3月8日电　{TITLE}（2024年3月8日）李文涛", "同志们：", "今天我们隆重集会。",
    ]


def test_a_salutation_naming_guests_one_by_one_after_the_head(tmp_path: Path) -> None:
    guests = "尊敬的王副省长，尊敬的各位特级教师代表，尊敬的教育部考察组的各位专家，各位来宾、各位朋友："
    head = f"新华社南昌3月8日电　{TITLE}（2024年3月8日）李文涛{guests}"
    assert _read(tmp_path, head) == (TITLE, guests, POINTS)


def test_a_guest_list_on_its_own_line_is_the_salutation(tmp_path: Path) -> None:
    guests = "尊敬的王副省长，尊敬的各位特级教师代表，尊敬的教育部考察组的各位专家，各位来宾、各位朋友："
    assert _read(tmp_path, f"{TITLE}\n{guests}") == (TITLE, guests, POINTS)


def test_a_sentence_opening_with_respect_and_a_colon_is_no_salutation(tmp_path: Path) -> None:
    """Near miss: 尊敬的各位领导，下面我汇报…，请各位…同志们： speaks (我), it names no guests; it is no guest list."""
    sentence = "尊敬的各位领导，下面我代表教育厅党组向大家简要汇报全省乡村教师队伍建设的有关情况，请各位领导和同志们："
    _, salutation, _ = _read(tmp_path, f"{TITLE}\n{sentence}")
    assert salutation != sentence


def test_a_title_glued_to_its_salutation_under_a_page_title_is_the_title(tmp_path: Path) -> None:
    """A document site's page title (a year glued on) over the speech's own head, which lost the break
    before its salutation: the printed title is the title."""
    head = f"2019{TITLE}\n{TITLE}同志们："
    assert _read(tmp_path, head) == (TITLE, "同志们：", POINTS)


def test_a_title_glued_to_a_longer_salutation_alone(tmp_path: Path) -> None:
    assert _read(tmp_path, f"{TITLE}各位领导、同志们：") == (TITLE, "各位领导、同志们：", POINTS)


def test_a_title_glued_to_a_salutation_and_the_speech_is_a_summary_line_kept_whole() -> None:
    """Near miss: the title run on into its salutation and the first words (a page's summary of the
    speech, printed again under it) is not cut here."""
    line = f"{TITLE}同志们：今天我们隆重集会，表彰扎根乡村的优秀教师。"
    assert [p.text for p in run_on_heads([SourceParagraph(1, line)])] == [line]


def test_a_page_label_ending_in_a_colon_is_no_title(tmp_path: Path) -> None:
    for label in ("内容预览：", "正文:"):
        title, salutation, points = _read(tmp_path, f"{label}\n同志们：")
        assert (title, salutation, points) == ("", "同志们：", POINTS)


def test_a_title_that_ends_in_a_colon_is_still_the_title(tmp_path: Path) -> None:
    """Near miss: a line that reads as a speech's title keeps it, colon or not."""
    title, _, _ = _read(tmp_path, "新年致辞：\n同志们：")
    assert title.startswith("新年致辞")
