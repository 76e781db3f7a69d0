"""Run-in labels a copy set on lines of their own (一要 / 积极推进…。 / 二要 / …: a web copy that kept the bold label
apart from its words): each runs in to the paragraph under it again, and the item's heading is that paragraph's lead
sentence, not an empty heading. Labels that do not count on from 一 with one word stay as they are."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

HEAD = "各位代表：\n一、加快科技进步，增强发展后劲\n科技是第一生产力，今后五年要在以下几个方面下功夫。\n"
ITEMS = [
    "积极推进关键领域的技术攻关，力争在若干方面取得突破。要集中力量办大事。",
    "为传统产业升级提供技术支持，重点抓好加工、装备、节能等领域。要让企业唱主角。",
    "加强基础研究和应用基础研究，提高持续创新能力。要稳定支持一批团队。",
]
TAIL = (
    "二、深化改革开放，激发发展活力\n改革开放是发展的动力，各项改革要协调推进，开放水平要继续提高。\n"
    "三、改善人民生活，促进社会和谐\n发展的目的是让人民过上好日子，要多办实事，多解难题。\n"
    "各位代表，让我们在新的起点上团结奋斗，夺取新的更大胜利！\n"
)


def _speech(labels: list[str]) -> str:
    return HEAD + "".join(f"{label}\n{text}\n" for label, text in zip(labels, ITEMS, strict=True)) + TAIL


def test_each_label_runs_in_to_its_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(["一要", "二要", "三要"]))
    assert len(spec["points"]) == 3
    assert headings(spec["points"][0]["items"]) == [
        "积极推进关键领域的技术攻关，力争在若干方面取得突破",
        "为传统产业升级提供技术支持，重点抓好加工、装备、节能等领域",
        "加强基础研究和应用基础研究，提高持续创新能力",
    ]


def test_one_is_labels_with_a_colon(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _speech(["一是：", "二是：", "三是："]))
    assert headings(spec["points"][0]["items"])[1] == "为传统产业升级提供技术支持，重点抓好加工、装备、节能等领域"


def test_labels_that_do_not_count_from_one_keep_their_lines(tmp_path: Path) -> None:
    """二要 / 三要 / 五要 counts no list from 一; 一要 / 二是 mixes its words: the lines stay as the copy has them."""
    for labels in (["二要", "三要", "五要"], ["一要", "二是", "三看"]):
        spec, _ = mine(tmp_path, _speech(labels))
        first = spec["points"][0]
        said = "\n".join(str(v) for v in first.values())
        for label, text in zip(labels, ITEMS, strict=True):
            assert label + text not in said, labels


TALK_TEXT = "我今年去了很多家工厂，和很多企业家聊过，他们的经历让我对这个问题有了新的认识，也想借今天的机会和大家分享。"


def _talk(lines: list[str]) -> str:
    return (
        "# 定力至上\n\n大家好，今天和大家谈谈定力。\n\n## 上半场：寻找时代的定力\n\n"
        + "".join(f"{line}\n\n{TALK_TEXT}\n\n" for line in lines)
        + "## 下半场：活着就是胜利\n\n" + f"{TALK_TEXT}\n\n## 结语：相信相信的力量\n\n{TALK_TEXT}\n\n谢谢大家。\n"
    )


NAMED = ["定力原则一：\n\n**你之所以还活着，是因为你值得活着。**", "定力原则二：\n\n**拥有一种让自己很笨的能力。**"]


def test_a_word_and_a_numeral_alone_on_a_line_number_the_heading_line_under_it(tmp_path: Path) -> None:
    """定力原则一： / **你之所以还活着，…。** / text (a talk's page, stop 56): the label runs in to the heading line under it,
    the line heads the sub-point, and the spec keeps the label's words in the heading (the template's number does
    not say them), as it keeps 关键词一：感谢 written on one line."""
    spec, _ = mine(tmp_path, _talk(NAMED), name="speech.md")
    assert headings(spec["points"][0]["items"]) == ["定力原则一：你之所以还活着，是因为你值得活着。", "定力原则二：拥有一种让自己很笨的能力。"]


def test_a_word_and_a_numeral_over_a_long_paragraph_keep_their_line(tmp_path: Path) -> None:
    # near miss: under each label a paragraph of sentences, no heading line: the labels are no numbering of sub-points
    lines = [f"定力原则{n}：\n\n{TALK_TEXT}这是我的一点体会。" for n in "一二"]
    spec, _ = mine(tmp_path, _talk(lines), name="speech.md")
    assert "items" not in spec["points"][0]
