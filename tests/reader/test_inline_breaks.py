"""A copy whose inline elements (a book's link, a footnote mark) stand on lines of their own
(``page_repair.rejoin_inline_breaks``), and an online library's licence notice under the text
(``web_debris.ends_article``)."""

from __future__ import annotations

from pathlib import Path

from tests.speech_files import outline_levels, read_copy

BODY = "各单位要结合实际，拿出硬措施，明确时间表，确保各项任务落到实处，年底前要见到实效。"

POINTS = [
    "关于去年工作的回顾",
    "关于今年的主要任务",
    "关于加强自身建设",
]


def speech(*middle: str) -> str:
    lines = ["在全区机关干部大会上的讲话", "同志们：", "今天召开全区机关干部大会，我讲三个问题。"]
    for k, point in enumerate(POINTS):
        lines += [point, BODY, BODY]
        if k == 1:
            lines += list(middle)
    lines += ["同志们，让我们振奋精神，扎实工作，确保完成全年各项任务！"]
    return "\n".join(lines)


LINKED = ["大家要认真学习", "《", "论联合政府", "》和《", "党委会的工作方法", "》等著作，提高工作本领。" + BODY]


def test_book_titles_a_page_put_on_lines_of_their_own_are_not_headings(tmp_path: Path) -> None:
    read = read_copy(tmp_path, speech(*LINKED))
    assert outline_levels(read)[0] == POINTS
    text = "\n".join(p.text for n in read.outline.nodes() for p in n.paragraphs)
    assert "大家要认真学习《论联合政府》和《党委会的工作方法》等著作" in text


def test_a_footnote_mark_on_lines_of_its_own_goes_back_into_its_sentence(tmp_path: Path) -> None:
    read = read_copy(tmp_path, speech("这一条已写入区委的决定", "[", "1", "]", "，各部门要抓好落实。"))
    assert outline_levels(read)[0] == POINTS
    text = "\n".join(p.text for n in read.outline.nodes() for p in n.paragraphs)
    assert "这一条已写入区委的决定[1]，各部门要抓好落实。" in text


def test_a_numbered_heading_line_keeps_its_end_when_its_sentence_goes_on_below(tmp_path: Path) -> None:
    """Near miss: 一、… set apart from the rest of its sentence (,是…) ends where its line does."""
    text = "\n".join([
        "在全镇经济工作会议上的讲话", "同志们：", "下面，我讲两点意见。",
        "一、认清形势,把握大局,坚定加快发展的信心",
        ",是我们攻坚克难、实现新跨越的关键所在。" + BODY,
        "二、突出重点,狠抓落实,确保全年目标任务完成",
        ",是摆在我们面前的首要任务。" + BODY,
    ])
    assert outline_levels(read_copy(tmp_path, text))[0] == [
        "认清形势,把握大局,坚定加快发展的信心",
        "突出重点,狠抓落实,确保全年目标任务完成",
    ]


LICENCE = [
    "本作品来自中华人民共和国的公文，不适用于著作权法保护，属于公有领域。",
    "注释",
    "关于版本的说明",
    "本页面最后编辑于某年某月",
]


def test_an_online_librarys_licence_notice_ends_the_speech(tmp_path: Path) -> None:
    read = read_copy(tmp_path, speech() + "\n" + "\n".join(LICENCE))
    assert outline_levels(read)[0] == POINTS
    kept = [t.text for t in read.outline.closing] + [p.text for n in read.outline.nodes() for p in n.paragraphs]
    assert not any("本作品" in t or "关于版本的说明" in t for t in kept)
    assert any("本作品来自" in d.text for d in read.dropped)


def test_a_sentence_of_the_speech_about_this_work_is_kept(tmp_path: Path) -> None:
    """Near miss: 本作品 inside a sentence of the speech (an award speech about a work) ends nothing."""
    read = read_copy(tmp_path, speech("获奖的同志说，本作品凝聚了全体创作人员的心血。" + BODY))
    text = "\n".join(p.text for n in read.outline.nodes() for p in n.paragraphs)
    assert "本作品凝聚了全体创作人员的心血" in text
