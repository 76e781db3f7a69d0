"""``fragments harvest`` on the five real speeches in tests/data/seeds (copied from the project's shared seeds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.errors import Location
from jianggao.fragments.harvest import full_width, harvest, speech_parts
from jianggao.fragments.library import load_library
from jianggao.reader.speech_file import read_speech
from tests.conftest import TESTS
from tests.speech_files import paragraph_xml, write_docx

SEEDS = TESTS / "data" / "seeds"
HERE = Location("spec.yaml", 1)


def parts_of(name: str, folder: Path = SEEDS):
    return speech_parts(read_speech(folder / name))


# What a writer reading each seed finds: title, transition, level-1 headings, closing, thanks.
EXPECTED = {
    "000_e19e277868c907df.txt": dict(
        title="在全市政法系统党风廉政建设工作会议上的讲话",
        transition="下面，我再强调几点意见：",
        headings=3,
        closing="同志们，政法队伍建设党风廉政建设任重道远",
        thanks="",
    ),
    "001_5813c959ba505617.txt": dict(
        title="在全市政法队伍教育整顿暨线索办理、顽瘴痼疾专项整治专题会上的讲话",
        transition="下面，我主要就做好贯彻落实省委会议精神、抓好政法队伍教育整顿，强调3个方面。",
        headings=3,
        closing="",  # the page is cut off (阅读全文): no closing
        thanks="",
    ),
    "002_4798124d09e88b9d.txt": dict(
        title="在全县政法工作会议上的讲话",
        transition="这里，我重点强调五个方面：",
        headings=5,
        closing="总之，做好今年的政法工作",
        thanks="",
    ),
    "003_14d1714a0259fe64.txt": dict(
        title="在县XX党风廉政建设和反腐败工作会议上的讲话",
        transition="下面，我讲三点意见，概括起来，就是要做到“清醒、担当、坚守”。",
        headings=3,
        closing="",  # the last point runs straight into the thanks line
        thanks="今天我就讲这些，谢谢大家！",
    ),
    "004_016a25dfa87ad036.txt": dict(
        title="在2025年政法队伍建设工作推进会上的讲话",
        transition="下面，我围绕“锻造新时代高素质政法铁军”这一主题，讲四点意见。",
        headings=4,
        closing="同志们，新时代赋予新使命，新征程呼唤新作为。",
        thanks="谢谢大家！",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_is_split_into_its_parts(name: str) -> None:
    want = EXPECTED[name]
    parts = parts_of(name)
    assert parts.title == want["title"]
    assert parts.transition == want["transition"]
    assert len(parts.headings) == want["headings"]
    assert len(parts.closing) == bool(want["closing"])  # one closing paragraph, or none
    assert "".join(parts.closing).startswith(want["closing"])
    assert parts.thanks == want["thanks"]
    assert parts.opening, "every seed has an opening"
    for paragraph in parts.opening:  # the transition and acknowledgement are taken out of it
        assert want["transition"] not in paragraph
        assert "刚才" not in paragraph
    assert not any(h[0] in "一二三四五" and h[1] == "、" for h in parts.headings)  # labels stripped


def test_acknowledgement_is_split_from_the_opening() -> None:
    parts = parts_of("001_5813c959ba505617.txt")
    assert parts.acknowledgement == "刚才，XX同志就我市政法队伍教育整顿、顽瘴痼疾专项整治工作进行了安排，我完全同意。"
    assert parts.opening[-1].endswith("进行了梳理。")  # the comma before 刚才 closes the sentence


def test_web_debris_is_dropped_and_punctuation_made_full_width(tmp_path: Path) -> None:
    parts = parts_of("004_016a25dfa87ad036.txt")
    dropped = [line.text for line in parts.dropped]
    assert any("网友" in line for line in dropped)
    assert any(line.startswith("上一篇") for line in dropped) and any(line.startswith("下一篇") for line in dropped)
    _, found, _ = harvest(SEEDS / "004_016a25dfa87ad036.txt", tmp_path / "c.yaml")
    assert not any("网友" in c.text or "上一篇" in c.text or "下一篇" in c.text for c in found)
    assert not any("," in c.text or ":" in c.text for c in found)  # the seed's ASCII marks became full-width
    assert full_width("今天,我们召开会议:一是(试点)!") == "今天，我们召开会议：一是（试点）！"
    assert full_width("版本 1.5, see: x") == "版本 1.5, see: x"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_harvest_writes_a_valid_library_file_that_reproduces_the_speech(name: str, tmp_path: Path) -> None:
    target, found, parts = harvest(SEEDS / name, tmp_path / "candidates.yaml")
    library = load_library([tmp_path])
    stem = name.removesuffix(".txt")
    assert library.ids() == sorted(c.id for c in found)
    assert f"transition.{stem}" in library and f"heading.{stem}" in library
    # rendered with their defaults, the candidates give back the speech's own words
    assert library.render(f"transition.{stem}", {}, {}, HERE) == parts.transition
    for i, paragraph in enumerate(parts.opening, start=1):
        suffix = f"-{i}" if len(parts.opening) > 1 else ""
        assert library.render(f"opening.{stem}{suffix}", {}, {}, HERE) == paragraph
    for i, paragraph in enumerate(parts.closing, start=1):
        suffix = f"-{i}" if len(parts.closing) > 1 else ""
        assert library.render(f"closing.{stem}{suffix}", {}, {}, HERE) == paragraph
    for c in found:
        assert "待审" in library.entry(c.id).fragment().tags


def test_transition_count_becomes_a_variable(tmp_path: Path) -> None:
    harvest(SEEDS / "003_14d1714a0259fe64.txt", tmp_path / "c.yaml")
    library = load_library([tmp_path])
    stem = "003_14d1714a0259fe64"
    assert library.entry(f"transition.{stem}").fragment().variables["points_count"].default == 3
    assert library.render(f"transition.{stem}", {}, {"points_count": 2}, HERE).startswith("下面，我讲两点意见")
    # a count in digits stays in digits
    harvest(SEEDS / "001_5813c959ba505617.txt", tmp_path / "d.yaml")
    text = load_library([tmp_path]).render("transition.001_5813c959ba505617", {"points_count": 4}, {}, HERE)
    assert text.endswith("强调4个方面。")


def test_markdown_speech(tmp_path: Path) -> None:
    md = tmp_path / "讲话.md"
    md.write_text(
        "# 在全市推进会上的讲话\n\n同志们：\n\n今天开会。下面，我讲两点意见。\n\n## 一、抓进度\n\n要快。\n\n## 二、抓质量\n\n"
        "要好。\n\n**同志们，让我们一起努力！**\n",
        encoding="utf-8",
    )
    _, found, parts = harvest(md, tmp_path / "out.yaml")
    assert parts.title == "在全市推进会上的讲话"
    assert parts.headings == ["抓进度", "抓质量"]
    assert parts.closing == ["同志们，让我们一起努力！"]
    assert {c.id.split(".")[0] for c in found} == {"opening", "transition", "heading", "closing"}
    assert found[0].id == "opening.讲话"


def test_word_speech_with_numbered_headings(tmp_path: Path) -> None:
    """A .docx whose 一、 comes from Word's automatic numbering, with a closing of two paragraphs."""
    source = write_docx(
        tmp_path / "安全生产.docx",
        [
            paragraph_xml("在全县安全生产工作推进会上的讲话", style="a3"),
            paragraph_xml("同志们："),
            paragraph_xml("今天召开全县安全生产工作推进会。刚才，应急局通报了情况，我完全同意。下面，我讲两点意见。"),
            paragraph_xml("认清形势", style="1"),
            paragraph_xml("形势依然严峻。"),
            paragraph_xml("压实责任", style="1"),
            paragraph_xml("要层层压实责任。"),
            paragraph_xml("同志们，安全生产责任重于泰山。"),
            paragraph_xml("让我们齐心协力，守住安全底线！"),
            paragraph_xml("谢谢大家！"),
        ],
    )
    target, found, parts = harvest(source, tmp_path / "out.yaml")
    assert parts.title == "在全县安全生产工作推进会上的讲话"
    assert parts.opening == ["今天召开全县安全生产工作推进会。"]
    assert parts.acknowledgement == "刚才，应急局通报了情况，我完全同意。"
    assert parts.transition == "下面，我讲两点意见。"
    assert parts.headings == ["认清形势", "压实责任"]
    assert parts.closing == ["同志们，安全生产责任重于泰山。", "让我们齐心协力，守住安全底线！"]
    assert parts.thanks == "谢谢大家！"
    library = load_library([tmp_path])
    assert library.ids() == sorted(c.id for c in found)
    assert library.render("closing.安全生产-2", {}, {}, HERE) == "让我们齐心协力，守住安全底线！"
    assert library.entry("transition.安全生产").fragment().variables["points_count"].default == 2
    assert library.entry("heading.安全生产").fragment().occasions == ["推进会"]
    assert "安全生产" in library.entry("heading.安全生产").fragment().tags


# Web-page lines the reader knows (site navigation, source and editor bars, view counters, buttons,
# 猜你喜欢 and what follows it, copyright) around a speech.
DEBRIS_SPEECH = """首页 > 讲话稿 > 领导讲话
在全县安全生产工作推进会上的讲话
来源：县应急管理局    作者：办公室
同志们：
阅读量：2301
今天召开全县安全生产工作推进会。刚才，应急局通报了情况，我完全同意。下面，我讲两点意见。
一、认清形势
形势依然严峻。
二、压实责任
要层层压实责任。
同志们，让我们齐心协力，守住安全底线！
谢谢大家！
责任编辑：张三
点赞 12
猜你喜欢
在全市安全生产工作会议上的讲话
版权所有 © 2024 某某范文网
"""


def test_web_debris_around_the_speech_is_dropped(tmp_path: Path) -> None:
    source = tmp_path / "debris.txt"
    source.write_text(DEBRIS_SPEECH, encoding="utf-8")
    _, found, parts = harvest(source, tmp_path / "out.yaml")
    debris = ("首页", "来源", "阅读量", "责任编辑", "点赞", "猜你喜欢", "全市安全生产工作会议", "版权所有")
    assert [line.number for line in parts.dropped] == [1, 3, 5, 13, 14, 15, 16, 17]
    assert not any(word in c.text for c in found for word in debris)
    assert parts.opening == ["今天召开全县安全生产工作推进会。"]
    # with the page's tail gone, the speech ends where it ends: its closing and thanks line are found
    assert parts.closing == ["同志们，让我们齐心协力，守住安全底线！"]
    assert parts.thanks == "谢谢大家！"


def test_run_in_headings_give_their_lead_sentence(tmp_path: Path) -> None:
    source = tmp_path / "教育.txt"
    source.write_text(
        "在全县教育工作会议上的讲话\n同志们：\n今天召开全县教育工作会议。下面，我讲两点意见。\n"
        "一、抓进度。各校要加快进度，确保按期完成。\n二、抓质量。要坚持质量第一。\n同志们，让我们共同努力！\n",
        encoding="utf-8",
    )
    _, found, parts = harvest(source, tmp_path / "out.yaml")
    assert parts.headings == ["抓进度", "抓质量"]  # not the paragraph the heading runs into
    assert next(c for c in found if c.id == "heading.教育").text == "抓进度；抓质量。"
    assert next(c for c in found if c.id == "heading.教育").occasions == ["工作会议"]
