"""A news copy that lost its line breaks glues the photo caption (its day … its credit, 记者 … 摄) between
the head and the salutation: the caption is dropped and said in the report, the head and the salutation
either side of it are read (``web_debris.glued_caption_span``)."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.speech_file import read_speech
from jianggao.reader.web_debris import glued_caption_span

TITLE = "携手建设开放包容的湖区经济"
SUBTITLE = "——在环湖城市合作论坛开幕式上的致辞"
BODY = """很高兴同各位朋友相聚湖畔，共商合作大计。为此，我提三点建议。
一要坚持开放合作。各方要拆除壁垒，让人员、货物、资金往来更加便利。
二要坚持绿色发展。要守护好一湖清水，让发展成果惠及沿湖百姓。
三要坚持互利共赢。要照顾彼此关切，让合作成果更多更公平地惠及各方。
谢谢大家！"""
POINTS = ["坚持开放合作", "坚持绿色发展", "坚持互利共赢"]
CAPTION = "6月2日上午，环湖城市合作论坛在滨湖会议中心开幕。市长李文涛出席并致辞。新华社记者 周明远 摄"


def _read(tmp_path: Path, head: str):
    path = tmp_path / "speech.txt"
    path.write_text(head + "\n" + BODY + "\n", encoding="utf-8")
    read = read_speech(path)
    outline = read.outline
    captions = [d.text for d in read.dropped if d.reason == "图片说明"]
    points = [n.heading.rstrip("。") for n in outline.points]
    return outline.title, outline.subtitle, outline.salutation, points, captions


def test_a_caption_glued_to_the_salutation_under_the_head(tmp_path: Path) -> None:
    head = f"新华社滨湖6月2日电　{TITLE}{SUBTITLE}（2026年6月2日，滨湖）滨湖市市长　李文涛\n{CAPTION}尊敬的各位嘉宾，朋友们："
    assert _read(tmp_path, head) == (TITLE, SUBTITLE, "尊敬的各位嘉宾，朋友们", POINTS, [CAPTION])


def test_head_caption_and_salutation_all_on_one_line(tmp_path: Path) -> None:
    caption = "6月2日，市长李文涛在论坛开幕式上发表视频致辞。新华社记者 周明远、陈小燕 摄"
    head = f"新华社滨湖6月2日电{TITLE}{SUBTITLE}（2026年6月2日）滨湖市市长　李文涛{caption}各位嘉宾，朋友们："
    assert _read(tmp_path, head) == (TITLE, SUBTITLE, "各位嘉宾，朋友们", POINTS, [caption])


def test_a_caption_on_a_line_of_its_own_is_still_dropped_whole(tmp_path: Path) -> None:
    head = f"{TITLE}\n{SUBTITLE}\n{CAPTION}\n各位嘉宾，朋友们："
    assert _read(tmp_path, head) == (TITLE, SUBTITLE, "各位嘉宾，朋友们", POINTS, [CAPTION])


def test_near_misses_keep_their_text() -> None:
    """No day opening the caption, a credit at the line's end (dropped whole elsewhere), the day inside a
    date's bracket, a credit followed by a comma: nothing is cut out."""
    for line in (
        "论坛在滨湖会议中心开幕。新华社记者 周明远 摄各位嘉宾：",
        CAPTION,
        "（2026年6月2日，滨湖）。新华社记者 周明远 摄各位嘉宾：",
        "6月2日，论坛开幕。记者周明远摄，各位嘉宾：",
    ):
        assert glued_caption_span(line) is None, line


def test_the_span_is_the_caption_alone() -> None:
    line = f"滨湖市市长　李文涛{CAPTION}各位嘉宾："
    start, end = glued_caption_span(line)
    assert (line[:start], line[start:end], line[end:]) == ("滨湖市市长　李文涛", CAPTION, "各位嘉宾：")


def test_a_glued_credit_written_with_a_slash_or_names_set_apart_by_a_space(tmp_path: Path) -> None:
    """The credit has one shape wherever it stands: 记者 周明远/摄 and 记者 周明远 陈小燕 摄 end a glued caption too."""
    for credit in ("新华社记者 周明远/摄", "新华社记者 周明远 陈小燕 摄"):
        caption = f"6月2日上午，环湖城市合作论坛在滨湖会议中心开幕。{credit}"
        head = f"新华社滨湖6月2日电　{TITLE}{SUBTITLE}（2026年6月2日，滨湖）滨湖市市长　李文涛\n{caption}尊敬的各位嘉宾，朋友们："
        assert _read(tmp_path, head) == (TITLE, SUBTITLE, "尊敬的各位嘉宾，朋友们", POINTS, [caption])
