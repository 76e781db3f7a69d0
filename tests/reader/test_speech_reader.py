"""Reading speeches: formats, encodings, Word numbering, web debris, the outline, bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from jianggao.errors import InputError
from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.speech_file import CONTENTS_REASON, looks_like_markdown, read_speech
from jianggao.reader.web_debris import debris_reason
from jianggao.speech import Heading, Paragraph
from tests.conftest import TESTS
from tests.speech_files import (
    BAD_WORD_FILES,
    NUMBERING,
    SECRET,
    STYLES,
    W_NS,
    paragraph_xml,
    write_docx,
)

SEEDS = TESTS / "data" / "seeds"

SPEECH = """在全县安全生产工作
会议上的讲话
（2025年3月1日）

同志们：
今天召开会议，主要任务是部署全年工作。刚才，张县长通报了情况，我完全同意。下面，我讲三点意见。
一、提高政治站位，压实安全责任
安全生产责任重于泰山。
（一）要认清形势。当前事故总量仍处高位。一是风险增多。隐患点多面广。二是基础薄弱。基层力量不足。
（二）要压实责任。各乡镇要落实属地责任。
二、聚焦重点领域，深化专项整治
1．强化道路交通整治。要严查超速超载。
2．强化危化品整治。要全面排查。
三、夯实基层基础，提升应急能力
一方面，要加强队伍建设。要配齐人员。
在这里，我特别强调一下纪律要求。
另一方面，要加强物资保障。要储备充足。
同志们，安全生产只有起点没有终点，让我们共同努力！
谢谢大家！
"""


def outline_summary(path: Path) -> list[tuple[int, str, str]]:
    """(depth, label, heading) of every numbered point, in reading order."""
    return [(n.depth, n.label, n.heading) for n in read_speech(path).outline.nodes()]


EXPECTED = [
    (1, "一、", "提高政治站位，压实安全责任"),
    (2, "（一）", "要认清形势。"),
    (3, "一是", "风险增多。"),
    (3, "二是", "基础薄弱。"),
    (2, "（二）", "要压实责任。"),
    (1, "二、", "聚焦重点领域，深化专项整治"),
    (2, "1．", "强化道路交通整治。"),
    (2, "2．", "强化危化品整治。"),
    (1, "三、", "夯实基层基础，提升应急能力"),
    (2, "一方面，", "要加强队伍建设。"),
    (2, "另一方面，", "要加强物资保障。"),
]


# --- formats and encodings -------------------------------------------------


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b""), ("utf-16", b""), ("utf-16-le", b"")],
)
def test_text_in_every_encoding_reads_the_same(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "speech.txt"
    path.write_bytes(bom + SPEECH.replace("\n", "\r\n").encode(encoding))
    result = read_speech(path)
    assert result.kind == "txt"
    assert outline_summary(path) == EXPECTED
    assert result.outline.title == "在全县安全生产工作会议上的讲话"  # wrapped over two lines
    assert result.outline.salutation == "同志们"


def test_head_and_tail_of_a_speech(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    outline = read_speech(path).outline
    assert [b.text for b in outline.bylines] == ["（2025年3月1日）"]
    assert [t.paragraph for t in outline.opening] == [6]
    assert [t.text[:4] for t in outline.closing] == ["同志们，"]
    assert outline.thanks is not None and outline.thanks.text == "谢谢大家！"
    # the paragraph between 一方面 and 另一方面 stays with the first
    first = outline.points[2].children[0]
    assert [t.text for t in first.paragraphs] == ["在这里，我特别强调一下纪律要求。"]
    assert first.text == "要配齐人员。"


def test_speech_blocks_keep_leads_levels_and_source_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    result = read_speech(path)
    speech = result.speech
    assert speech.title == "在全县安全生产工作会议上的讲话"
    assert speech.salutation == "同志们："
    assert [(h.level, h.label, h.text) for h in speech.headings()] == [
        (1, "一、", "提高政治站位，压实安全责任"),
        (1, "二、", "聚焦重点领域，深化专项整治"),
        (1, "三、", "夯实基层基础，提升应急能力"),
    ]
    leads = [(p.lead_level, p.run_in, p.text) for p in speech.paragraphs() if p.run_in]
    assert leads[0] == (2, "（一）要认清形势。", "当前事故总量仍处高位。")
    assert leads[1] == (3, "一是风险增多。", "隐患点多面广。")
    assert (3, "1．强化道路交通整治。", "要严查超速超载。") in leads
    roles = [p.role for p in speech.paragraphs()]
    assert roles[0] == "opening" and roles[-2:] == ["closing", "thanks"]
    assert len(result.block_paragraphs) == len(speech.blocks)
    # the inline 一是 sits in the same source line as its （一）
    index = next(i for i, b in enumerate(speech.blocks) if isinstance(b, Paragraph) and b.run_in.startswith("一是"))
    assert result.block_paragraphs[index] == 9
    # ... and its block is marked as running on in that line's paragraph, as are only the labels after it there
    runs_on = [i for i, on in enumerate(result.outline.block_runs_on) if on]
    assert len(result.outline.block_runs_on) == len(speech.blocks)
    assert index in runs_on and {result.block_paragraphs[i] for i in runs_on} == {9}


def test_blocks_of_labels_said_inside_a_paragraph_run_on_in_it() -> None:
    """Every label inside a paragraph gets a block of its own; the outline marks each such block as
    running on in the paragraph before it (format joins them back), not one that opens a paragraph."""
    outline = parse_outline([
        SourceParagraph(1, "同志们："),
        SourceParagraph(2, "下面讲两点。"),
        SourceParagraph(3, "一、抓好春耕"),
        SourceParagraph(4, "今年要做好三件事：一是备足种子，早作安排；二是修好水渠，保证灌溉；三是培训农户。"),
        SourceParagraph(5, "二、抓好防汛"),
        SourceParagraph(6, "一是要查清隐患，逐处登记。"),
        SourceParagraph(7, "二是要备好物资，落实到人。"),
    ])
    blocks = outline.speech.blocks
    runs_on = [(outline.block_paragraphs[i], b.label) for i, b in enumerate(blocks) if outline.block_runs_on[i]]
    assert runs_on == [(4, "一是"), (4, "二是"), (4, "三是")]


def test_markdown_headings_and_leads(tmp_path: Path) -> None:
    md = """# 在全县安全生产工作会议上的讲话

同志们：

今天召开会议。下面，我讲两点意见。

## 一、提高政治站位

<strong>（一）要认清形势。</strong>当前事故总量仍处高位。

<strong>（二）要压实责任。</strong>各乡镇要落实属地责任。

## 二、聚焦重点领域

**1\\.强化道路交通整治。**要严查超速超载，
坚决遏制事故。

- 分享到：

2\\.强化危化品整治。要全面排查。
"""
    path = tmp_path / "speech.md"
    path.write_text(md, encoding="utf-8")
    result = read_speech(path)
    assert result.kind == "md"
    assert result.outline.title == "在全县安全生产工作会议上的讲话"
    nodes = [(n.depth, n.label, n.heading, n.text) for n in result.outline.nodes()]
    assert nodes[0] == (1, "一、", "提高政治站位", "")
    assert nodes[1] == (2, "（一）", "要认清形势。", "当前事故总量仍处高位。")
    assert (2, "1.", "强化道路交通整治。", "要严查超速超载，坚决遏制事故。") in nodes
    assert [d.reason for d in result.dropped] == ["分享提示"]


def test_word_document_with_generated_numbering(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "speech.docx",
        [
            paragraph_xml("在全县安全生产工作会议上的讲话", style="a3"),
            paragraph_xml("同志们："),
            paragraph_xml("今天召开会议。下面，我讲两点意见。"),
            paragraph_xml("提高政治站位", style="1"),  # 一、 from the Heading 1 style's numbering
            paragraph_xml("要认清形势。当前事故总量仍处高位。", num=(1, 1)),
            paragraph_xml("要压实责任。各乡镇要落实属地责任。", num=(1, 1)),
            paragraph_xml("强化道路交通整治。要严查超速超载。", num=(1, 2)),
            paragraph_xml("强化危化品整治。要全面排查。", num=(1, 2)),
            paragraph_xml("聚焦重点领域", style="1"),
            paragraph_xml("要加强队伍建设。要配齐人员。", num=(1, 1)),  # （一） again: deeper levels restart
            paragraph_xml("要加强物资保障。要储备充足。", num=(1, 1)),
            paragraph_xml("同志们，让我们共同努力！"),
        ],
    )
    result = read_speech(path)
    assert result.kind == "docx"
    assert result.outline.title == "在全县安全生产工作会议上的讲话"
    assert [(n.depth, n.label, n.heading) for n in result.outline.nodes()] == [
        (1, "一、", "提高政治站位"),
        (2, "（一）", "要认清形势。"),
        (2, "（二）", "要压实责任。"),
        (3, "1.", "强化道路交通整治。"),
        (3, "2.", "强化危化品整治。"),
        (1, "二、", "聚焦重点领域"),
        (2, "（一）", "要加强队伍建设。"),
        (2, "（二）", "要加强物资保障。"),
    ]
    assert result.outline.closing[0].paragraph == 12  # Word paragraph numbers


def test_word_document_from_python_docx_with_heading_styles(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("在全县安全生产工作会议上的讲话", 0)
    document.add_paragraph("同志们：")
    document.add_paragraph("今天召开会议。下面，我讲两点意见。")
    document.add_heading("加强组织领导", 1)  # a heading style without a number
    document.add_paragraph("一是明确责任。要落实到人。")
    document.add_paragraph("二是加强督导。要定期检查。")
    document.add_heading("强化工作保障", 1)
    document.add_paragraph("要保障经费。")
    path = tmp_path / "speech.docx"
    document.save(path)
    outline = read_speech(path).outline
    assert outline.title == "在全县安全生产工作会议上的讲话"
    assert [(n.depth, n.style, n.heading) for n in outline.nodes()] == [
        (1, "#1", "加强组织领导"),
        (2, "一是", "明确责任。"),
        (2, "一是", "加强督导。"),
        (1, "#1", "强化工作保障"),
    ]
    assert [t.text for t in outline.points[1].paragraphs] == ["要保障经费。"]


# --- the seeds: structure, debris ------------------------------------------


def test_seed_with_web_debris_after_the_text() -> None:
    result = read_speech(SEEDS / "001_5813c959ba505617.txt")
    outline = result.outline
    assert outline.title == "在全市政法队伍教育整顿暨线索办理、顽瘴痼疾专项整治专题会上的讲话"
    assert [b.text for b in outline.bylines] == ["2021-06-02"]
    dropped = {d.number: d.reason for d in result.dropped}
    assert dropped[1] == "重复的标题"
    assert dropped[2] == "浏览计数"
    assert dropped[37] == "阅读全文提示"
    assert all(n in dropped for n in (38, 40, 42, 44, 45, 46, 47, 48, 50, 52))
    assert not any("阅读全文" in p.text or "二维码" in p.text for p in result.paragraphs)
    assert [(n.label, n.heading) for n in outline.points[1].children] == [
        ("一方面,", "要夯实县委区委主要领导责任,"),  # a long lead sentence is cut at its first clause
        ("另一方面,", "要充分发挥政法委、法院、检察院、公安、司法等部门职能责任。"),
    ]
    assert any("不完整" in note for note in result.notes)  # the page cut the speech off


def test_seed_with_page_title_and_blurb_before_the_speech() -> None:
    result = read_speech(SEEDS / "004_016a25dfa87ad036.txt")
    assert result.outline.title == "在2025年政法队伍建设工作推进会上的讲话"
    assert {d.number: d.reason for d in result.dropped} == {
        1: "重复的标题",
        2: "网站导语",
        28: "上一篇/下一篇",
        29: "网页正文之后的内容",
    }
    assert result.outline.thanks is not None and result.outline.thanks.text == "谢谢大家!"
    assert [n.label for n in result.outline.points[0].children] == ["第一,", "第二,", "第三,"]


def test_seed_with_submission_notice_and_inline_enumerations() -> None:
    result = read_speech(SEEDS / "000_e19e277868c907df.txt")
    assert [(d.number, d.reason) for d in result.dropped] == [(1, "投稿/转载声明")]
    assert result.outline.title == "在全市政法系统党风廉政建设工作会议上的讲话"
    first = result.outline.points[0]
    assert [(n.label, n.inline) for n in first.children] == [("首先，", False), ("其次，", True), ("第三，", True)]
    second = result.outline.points[1]
    assert [n.label for n in second.children] == ["1.", "2.", "3.", "4.", "1.", "2.", "3.", "4."]
    assert [n.restart for n in second.children].index(True) == 4
    # "问题：一是…二是…三是…" in the paragraph after 4. is a list of its own, found inside the paragraph
    fourth = second.children[3]
    assert fourth.paragraphs[0].text.startswith("我们在总结成绩的同时")
    assert [(n.label, n.inline, n.paragraph) for n in fourth.children] == [("一是", True, 16), ("二是", True, 16), ("三是", True, 16)]


def test_seed_with_inline_sub_points_under_points() -> None:
    outline = read_speech(SEEDS / "002_4798124d09e88b9d.txt").outline
    assert [len(p.children) for p in outline.points] == [0, 4, 3, 3, 0]
    assert [n.label for n in outline.points[1].children] == ["一要", "二要", "三要", "四要"]
    # the sentence before 一要 is the point's introduction
    assert outline.points[1].paragraphs[0].text == "各乡镇、各部门要牢固树立“大平安”工作理念，履行好平安建设主体责任，共同推进平安XX建设。"
    assert outline.closing[0].text.startswith("总之，")


@pytest.mark.parametrize("address", ["代表们！", "女士们，先生们，朋友们！", "委员们，"])
def test_the_closing_opens_with_any_word_a_salutation_opens_with(address: str) -> None:
    paras = [
        SourceParagraph(1, "在全市人大会议上的讲话"),
        SourceParagraph(2, "各位代表："),
        SourceParagraph(3, "下面讲两点。"),
        SourceParagraph(4, "一、稳住经济大盘"),
        SourceParagraph(5, "要抓项目、扩投资，保持经济平稳运行。"),
        SourceParagraph(6, "二、办好民生实事"),
        SourceParagraph(7, "要把群众的急难愁盼放在心上。"),
        SourceParagraph(8, address),
        SourceParagraph(9, "目标已经明确，让我们同心协力，把蓝图变为现实。"),
    ]
    outline = parse_outline(paras)
    assert [t.paragraph for t in outline.closing] == [8, 9]
    assert [p.paragraph for p in outline.points[-1].paragraphs] == [7]


def test_a_closing_word_is_a_salutation_word_too() -> None:
    # 同事们 opened only a closing; one list of address words makes 同事们： a salutation line as well
    paras = [SourceParagraph(1, "在公司年度总结会上的讲话"), SourceParagraph(2, "同事们："), SourceParagraph(3, "今天我们总结一年的工作。")]
    outline = parse_outline(paras)
    assert (outline.title, outline.salutation) == ("在公司年度总结会上的讲话", "同事们")


def test_numbering_gaps_and_repeats_are_kept_for_check() -> None:
    paras = [
        SourceParagraph(1, "在会议上的讲话"),
        SourceParagraph(2, "同志们："),
        SourceParagraph(3, "下面讲几点。"),
        SourceParagraph(4, "一、甲方面"),
        SourceParagraph(5, "正文。"),
        SourceParagraph(6, "二、乙方面"),
        SourceParagraph(7, "四、丁方面"),
        SourceParagraph(8, "四、戊方面"),
    ]
    outline = parse_outline(paras)
    assert [n.label for n in outline.points] == ["一、", "二、", "四、", "四、"]
    assert all(isinstance(b, Heading) for b in outline.speech.blocks[1:] if not isinstance(b, Paragraph))


def test_a_lone_enumeration_word_is_not_a_label() -> None:
    paras = [
        SourceParagraph(1, "在会议上的讲话"),
        SourceParagraph(2, "同志们："),
        SourceParagraph(3, "一是一，二是二，这是原则。"),  # no 二是 at a sentence start follows
        SourceParagraph(4, "三要素要齐全。"),
    ]
    outline = parse_outline(paras)
    assert outline.points == []
    assert any("未找到编号要点" in note for note in outline.notes)


@pytest.mark.parametrize(
    "line, byline",
    [
        ("2021-06-02", "2021-06-02"),
        ("（2021年6月2日）", "（2021年6月2日）"),
        ("二〇二一年六月二日", "二〇二一年六月二日"),
        ("（市委书记　张三）", "（市委书记　张三）"),
        ("区长　孙立华", "区长　孙立华"),  # office, full-width space, name: not a subtitle
        ("某某中学党委书记、校长  李 明", "某某中学党委书记、校长  李 明"),
        ("王  明  2020.6.20", "王  明  2020.6.20"),
        # a name and a date in any form zh.dates knows (not only 2021年6月2日), spaced as a page spaces them
        ("张明远 2021年6月2日", "张明远 2021年6月2日"),
        ("张明远 2021-06-02", "张明远 2021-06-02"),
        ("张明远 2021.6.2", "张明远 2021.6.2"),
        ("王  明  2020 年 6 月 20 日", "王  明  2020 年 6 月 20 日"),
    ],
)
def test_bylines_in_common_forms(line: str, byline: str) -> None:
    outline = parse_outline([SourceParagraph(1, "在会议上的讲话"), SourceParagraph(2, line), SourceParagraph(3, "同志们："), SourceParagraph(4, "正文。")])
    assert outline.title == "在会议上的讲话"
    assert [b.text for b in outline.bylines] == [byline]


@pytest.mark.parametrize("signed", ["张明远 2021年6月2日", "张明远 2021-06-02"])
def test_a_name_and_date_after_the_last_words_are_a_byline(signed: str) -> None:
    paras = [SourceParagraph(1, "在会议上的讲话"), SourceParagraph(2, "同志们："), SourceParagraph(3, "今天讲两点。"),
             SourceParagraph(4, "一、抓落实"), SourceParagraph(5, "要把工作做实。"), SourceParagraph(6, "二、强作风"),
             SourceParagraph(7, "要把作风搞好。"), SourceParagraph(8, "让我们携手奋进！"), SourceParagraph(9, signed)]
    outline = parse_outline(paras)
    assert [b.text for b in outline.bylines] == [signed]


@pytest.mark.parametrize("date", ["2021-06-02", "2021年6月2日", "2021 年 6 月 2 日", "2021.6.2 10:30"])
def test_a_date_after_the_title_on_its_line_is_a_byline(date: str) -> None:
    outline = parse_outline([SourceParagraph(1, "在会议上的讲话　" + date), SourceParagraph(2, "同志们："), SourceParagraph(3, "正文。")])
    assert outline.title == "在会议上的讲话"
    assert [b.text for b in outline.bylines] == [date.split(" 10:30")[0]]


# --- bad input ---------------------------------------------------------------


def _xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return path


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (40 * 1024 * 1024) + b"</w:document>")
    return path


BAD_INPUTS = {
    "empty": (lambda p: (p / "empty.txt").write_bytes(b"") and None or p / "empty.txt", "文件是空的"),
    "blank": (lambda p: (p / "blank.txt").write_bytes(b"\r\n  \n") and None or p / "blank.txt", "文件是空的"),
    "binary": (lambda p: (p / "data.txt").write_bytes(bytes(range(256)) * 8) and None or p / "data.txt", "二进制"),
    "png": (lambda p: (p / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64) and None or p / "pic.txt", "图片"),
    "xlsx": (lambda p: _xlsx(p / "speech.docx"), "Excel"),
    "bomb": (lambda p: _zip_bomb(p / "speech.docx"), "压缩炸弹"),
    "not-zip": (lambda p: (p / "fake.docx").write_bytes("讲话稿".encode()) and None or p / "fake.docx", "不是有效的 Word 文档"),
    "broken-zip": (lambda p: (p / "broken.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100) and None or p / "broken.docx", "损坏"),
    "old-doc": (lambda p: (p / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100) and None or p / "old.doc", ".doc"),
    "english": (lambda p: (p / "en.txt").write_text("Ladies and gentlemen,\nthank you.\n") and None or p / "en.txt", "没有找到讲话稿正文"),
    "missing": (lambda p: p / "nothing.txt", "找不到文件"),
    "folder": (lambda p: p, "文件夹"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_clear_error(tmp_path: Path, case: str) -> None:
    make, fragment = BAD_INPUTS[case]
    path = make(tmp_path)
    with pytest.raises(InputError) as info:
        read_speech(path)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    """The declared size is checked first: reading never inflates the 40 MB part."""
    import tracemalloc

    path = _zip_bomb(tmp_path / "bomb.docx")
    tracemalloc.start()
    with pytest.raises(InputError):
        read_speech(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 10 * 1024 * 1024


# Speeches written for the tests (tests/data/speeches): the skeletons and markers of real web pages, our own wording.
SPEECHES = TESTS / "data" / "speeches"


def test_page_with_a_table_of_contents_before_the_speech() -> None:
    result = read_speech(SPEECHES / "page-with-outline-list.txt")
    assert result.outline.title == ""  # the page has no title, only an outline list
    reasons = {d.number: d.reason for d in result.dropped}
    assert reasons[1] == reasons[2] == reasons[9] == CONTENTS_REASON  # 目录/提纲:…… and its entries, the body's cut short
    assert [(n.depth, n.label) for n in result.outline.nodes()] == [(1, "一、"), (2, "(一)")]


def test_page_cut_after_the_first_point_and_a_stray_full_stop() -> None:
    result = read_speech(SPEECHES / "page-cut-after-first-point.txt")
    assert result.outline.opening[0].text.endswith("我先讲几点意见。")  # the lone 。 line joined
    assert [(n.depth, n.label) for n in result.outline.nodes()] == [(1, "一、"), (2, "第一,"), (2, "第二,")]
    assert {d.reason for d in result.dropped} == {"登录/下载提示"}


def test_collection_page_label_and_name_date_byline() -> None:
    outline = read_speech(SPEECHES / "collection-page-byline.txt").outline
    assert outline.title.startswith("在东湖师范学院建校六十周年纪念大会") and outline.title.endswith("开学典礼的讲话")
    assert [b.text for b in outline.bylines] == ["王明远 2019年9月1日"]
    assert outline.salutation == "各位老师、同学们"


def test_small_zip_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    path = tmp_path / "speech.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document>" + b" " * (8 * 1024 * 1024) + b"</w:document>")
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match="压缩炸弹"):
        read_speech(path)


@pytest.mark.parametrize("case", list(BAD_WORD_FILES))
def test_broken_or_hostile_word_document_is_one_clear_error(tmp_path: Path, case: str) -> None:
    make, words = BAD_WORD_FILES[case]
    path = make(tmp_path)
    with pytest.raises(InputError) as info:
        read_speech(path)
    message = str(info.value)
    assert message.startswith(f"{path}：Word 文档") and words in message, message
    assert "\n" not in message and SECRET not in message


def test_a_part_whose_header_understates_its_size_is_not_inflated(tmp_path: Path) -> None:
    import tracemalloc

    make, _ = BAD_WORD_FILES["lying-header"]
    path = make(tmp_path)  # 16 MB of XML, declared as 4 KB
    tracemalloc.start()
    with pytest.raises(InputError):
        read_speech(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


def test_styles_and_numbering_are_found_through_the_relationships(tmp_path: Path) -> None:
    """The main part and its styles and numbering where the relationships say, not where Word usually puts them."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    path = tmp_path / "speech.docx"
    body = paragraph_xml("同志们：") + paragraph_xml("提高政治站位", style="1") + paragraph_xml("要认清形势。", num=(1, 1))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="/content/main.xml"/></Relationships>')
        z.writestr(
            "content/_rels/main.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/styles" Target="house%20styles.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/numbering" Target="../lists/numbering.xml"/></Relationships>',
        )
        z.writestr("content/main.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')
        z.writestr("content/house styles.xml", STYLES)
        z.writestr("lists/numbering.xml", NUMBERING)
    assert [p.text for p in read_speech(path).paragraphs] == ["同志们：", "一、提高政治站位", "（一）要认清形势。"]


def test_numbers_word_would_not_accept_are_ignored_not_fatal(tmp_path: Path) -> None:
    numbering = (
        NUMBERING.replace('<w:lvl w:ilvl="2">', '<w:lvl w:ilvl="two">')
        .replace('<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>', '<w:start w:val="999999999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1、"/>')
        .replace('<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>', f'<w:start w:val="{"9" * 5000}"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>')
    )
    paragraphs = [
        paragraph_xml("同志们："),
        paragraph_xml("提高站位", num=(1, 0)),  # a roman numeral Word could not write: digits
        paragraph_xml("认清形势。", num=(1, 1)),  # a start no number can hold: 1
        paragraph_xml("要学习。", num=(1, 2)),  # a level whose number is not a number: none
        paragraph_xml("要落实。", num=(1, 99)),
    ]
    path = write_docx(tmp_path / "speech.docx", paragraphs, numbering=numbering)
    assert [p.text for p in read_speech(path).paragraphs] == ["同志们：", "999999999、提高站位", "（一）认清形势。", "要学习。", "要落实。"]


def test_word_lists_continue_restart_and_borrow_a_list_style(tmp_path: Path) -> None:
    """Two nums of one definition count on; a start override restarts; numStyleLink borrows levels."""
    numbering = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="speechlist"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""
    styles = STYLES.replace(
        "</w:styles>",
        '<w:style w:type="numbering" w:styleId="speechlist"><w:name w:val="speech list"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>',
    )
    path = write_docx(
        tmp_path / "lists.docx",
        [
            paragraph_xml("在全县工作会议上的讲话", style="a3"),
            paragraph_xml("同志们："),
            paragraph_xml("下面讲三点。"),
            paragraph_xml("抓落实", num=(1, 0)),
            paragraph_xml("要抓好甲。正文。", num=(1, 1)),
            paragraph_xml("要抓好乙。正文。", num=(2, 1)),  # another num of the same list: 2.
            paragraph_xml("转作风", num=(2, 0)),  # 二、
            paragraph_xml("要转变丙。正文。", num=(3, 1)),  # restarted: 1.
            paragraph_xml("要转变丁。正文。", num=(3, 1)),
            paragraph_xml("强保障", num=(4, 0)),  # borrowed definition, its own count: 一、
        ],
        numbering=numbering,
        styles=styles,
    )
    texts = [p.text for p in read_speech(path).paragraphs]
    assert texts[3:] == ["一、抓落实", "1.要抓好甲。正文。", "2.要抓好乙。正文。", "二、转作风", "1.要转变丙。正文。", "2.要转变丁。正文。", "一、强保障"]


def test_theme_title_keeps_the_meeting_line_as_subtitle() -> None:
    outline = parse_outline(
        [
            SourceParagraph(1, "坚定信心　奋力攻坚"),
            SourceParagraph(2, "在全市经济工作会议上的讲话"),
            SourceParagraph(3, "同志们："),
            SourceParagraph(4, "正文。"),
        ]
    )
    assert (outline.title, outline.subtitle) == ("坚定信心　奋力攻坚", "在全市经济工作会议上的讲话")
    assert outline.dropped == []


# --- rules added for the second accuracy round (issue 5: misses a, b, e) ---


def test_markdown_without_blank_lines_splits_at_sentence_ends(tmp_path: Path) -> None:
    # Chinese writers end a paragraph with a line break; Markdown exports often keep no blank lines
    md = (
        "在全县安全生产工作会议上的讲话\n"
        "同志们：\n"
        "今天召开会议。下面，我讲两点意见。\n"
        "一、提高政治站位\n"
        "安全生产责任重于泰山。各乡镇要落实属地责任，\n"
        "坚决遏制事故。\n"
        "二、聚焦重点领域\n"
        "要严查超速超载。\n"
    )
    path = tmp_path / "speech.md"
    path.write_text(md, encoding="utf-8")
    outline = read_speech(path).outline
    assert outline.title == "在全县安全生产工作会议上的讲话"
    assert outline.salutation == "同志们"
    assert [(n.depth, n.heading) for n in outline.nodes()] == [(1, "提高政治站位"), (1, "聚焦重点领域")]
    # the line cut after a comma runs on into the next one
    assert [t.text for t in outline.points[0].paragraphs] == ["安全生产责任重于泰山。各乡镇要落实属地责任，坚决遏制事故。"]


def test_markdown_hard_wrapped_block_stays_one_paragraph(tmp_path: Path) -> None:
    # an editor's fill at one column: a line may end with 。 by chance and still not end the paragraph
    lines = [
        "今天召开会议，主要任务是部署全年的安全生产工作。",
        "刚才，张县长通报了情况，讲得都很好，我完全同意，",
        "请各乡镇认真抓好落实。下面，我再强调这几点意见，",
        "供大家参考。",
    ]
    assert len({len(x) for x in lines[:-1]}) == 1 and lines[0].endswith("。")
    md = "在全县安全生产工作会议上的讲话\n\n同志们：\n\n" + "\n".join(lines) + "\n"
    path = tmp_path / "wrapped.md"
    path.write_text(md, encoding="utf-8")
    outline = read_speech(path).outline
    assert [t.text for t in outline.opening] == ["".join(lines)]


def test_seed_as_markdown_without_blank_lines_reads_like_the_text(tmp_path: Path) -> None:
    [seed] = SEEDS.glob("004_*.txt")
    text = seed.read_text(encoding="utf-8")
    assert "\n\n" not in text.strip()
    path = tmp_path / "004.md"
    path.write_text(text, encoding="utf-8")
    as_md, as_txt = read_speech(path), read_speech(seed)
    assert as_md.outline.title == as_txt.outline.title
    assert [n.heading for n in as_md.outline.nodes()] == [n.heading for n in as_txt.outline.nodes()]
    assert len(as_md.outline.points) == 4


def test_heading_run_on_into_its_text_ends_at_its_closing_noun() -> None:
    # the page lost the line break after the heading: 一、…的极端重要性营商环境是…。
    paras = [
        "同志们：",
        "今天召开推进会。下面，我讲两点意见。",
        "一、提高站位，深刻认识优化营商环境的极端重要性营商环境是一个地方经济软实力的重要体现。哪里营商环境好，项目就向哪里聚集。",
        "二、聚焦重点，着力破解企业反映的突出问题",
        "要建立问题清单。",
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    first = outline.points[0]
    assert first.heading == "提高站位，深刻认识优化营商环境的极端重要性"
    assert first.text.startswith("营商环境是一个地方经济软实力的重要体现。")
    assert outline.points[1].heading == "聚焦重点，着力破解企业反映的突出问题"


def test_heading_that_ends_with_its_full_stop_is_not_cut_at_its_noun() -> None:
    paras = [
        "同志们：",
        "一、充分认识做好安全生产工作的重要意义。安全生产人命关天。",
        "二、突出重点，深入开展隐患排查的专项整治。要全面排查。",
        "三、压实责任。要落实属地责任。",
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [p.heading for p in outline.points] == [
        "充分认识做好安全生产工作的重要意义。", "突出重点，深入开展隐患排查的专项整治。", "压实责任。",
    ]
    # 的…意义 less than eight characters before the full stop: the sentence is the heading
    short = parse_outline([SourceParagraph(1, "同志们："), SourceParagraph(2, "一、认识其意义很重要的意义所在很大。正文。")])
    assert short.points[0].heading == "认识其意义很重要的意义所在很大。"


def test_spoken_ordinal_labels_read_as_enumerations() -> None:
    from jianggao.zh.labels import match_label

    for text, label in (("第一点希望，希望大家加强锻炼。", "第一点希望，"), ("第二点，要守纪律。", "第二点，"),
                        ("第三个方面，要抓落实。", "第三个方面，"), ("第二个，要讲规矩。", "第二个，"),
                        ("第三个要求，要守底线。", "第三个要求，"), ("其二，要守纪律。", "其二，"),
                        ("下面，进行会议第二项议程，签订责任书。", "下面，进行会议第二项议程，"),
                        ("我的第一个想法是：合作要深入。", "我的第一个想法是："), ("我们的第二点体会是，要沉下去。", "我们的第二点体会是，")):
        m = match_label(text)[0]
        assert (m.style, m.label) == ("第一，", label)
    assert match_label("第一次会议召开。") == []
    assert match_label("第一个人，站了起来。") == []  # 个 then a noun is no label
    assert match_label("我的第一个孩子上学了。") == []  # 我的 then an ordinal and a noun: no label


CUT_OFF = [
    "同志们：",
    "新学期开始了，我给大家提几点希望：",
    "第一点希望，希望大家加强身体锻炼。健康是一切的基础。一代数学家陈景润，62岁就离开了他的数",
]


def test_lone_announced_enumeration_on_a_cut_off_page_is_a_point() -> None:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(CUT_OFF)])
    assert [(n.depth, n.label, n.heading) for n in outline.nodes()] == [(1, "第一点希望，", "希望大家加强身体锻炼。")]
    # announced by 讲几点意见。 rather than a colon
    said = ["同志们：", "今天开会。下面，我讲几点意见。", "第一，要全力提振发展态势。脱贫攻坚战取得胜利后，全面推"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(said)])
    assert [n.heading for n in outline.points] == ["要全力提振发展态势。"]


def test_lone_enumeration_needs_a_cut_off_page_and_an_announcement() -> None:
    complete = CUT_OFF[:-1] + [CUT_OFF[-1] + "学事业。"]
    assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(complete)]).points == []
    unannounced = ["同志们：", "新学期开始了，大家要努力。", CUT_OFF[-1]]
    assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(unannounced)]).points == []


FLAT = (
    "在全区乡村振兴工作推进会上的讲话同志们：今天召开本次会议，是为了深入贯彻上级关于乡村振兴工作的重要部署，"
    + "把精神读透，把思路厘清，把方向找准，把底子打好，明确定位，清楚职责。" * 8
    + "下面，我再强调几点意见。一、要站在新时代的高度，高度重视乡村振兴战略。"
    + "（一）深刻认识乡村振兴战略的时代意义党的十九大以来，“三农”工作形势日新月异，惠农政策推陈出新。"
    + "（二）准确把握乡村振兴战略的科学内涵。要坚持农业农村优先发展。二、要抓住关键环节，扎实推进重点任务。要抓产业。"
)


def test_flattened_page_is_split_at_title_salutation_and_headings() -> None:
    assert len(FLAT) >= 400
    outline = parse_outline([SourceParagraph(1, FLAT)])
    assert outline.title == "在全区乡村振兴工作推进会上的讲话"
    assert outline.salutation == "同志们"
    assert [(n.depth, n.heading) for n in outline.nodes()] == [
        (1, "要站在新时代的高度，高度重视乡村振兴战略。"),
        (2, "深刻认识乡村振兴战略的时代意义"),
        (2, "准确把握乡村振兴战略的科学内涵。"),
        (1, "要抓住关键环节，扎实推进重点任务。"),
    ]


def test_short_or_many_paragraph_texts_are_not_unflattened() -> None:
    # a long paragraph in a text with real paragraphs: a 一、 after its full stop stays text
    long = "今天开会，部署全年工作，要把精神读透，把思路厘清。" * 20 + "上级文件讲了三条：一、要抓落实。二、要抓产业。"
    assert len(long) >= 400
    paras = ["同志们：", long, "一、提高站位", "正文。", "二、狠抓落实", "正文。"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [n.heading for n in outline.points] == ["提高站位", "狠抓落实"]


def test_first_item_under_a_heading_on_a_cut_off_page_is_a_sub_point() -> None:
    paras = [
        "同志们：",
        "一、提高站位",
        "要认清形势。",
        "二、创新举措",
        "一是要加强常态化与教育整顿的有机衔接。要按照统一部署，对照要",
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [(n.depth, n.label, n.heading) for n in outline.nodes()] == [
        (1, "一、", "提高站位"), (1, "二、", "创新举措"), (2, "一是", "要加强常态化与教育整顿的有机衔接。"),
    ]
    # the same page complete: 一是 alone is text
    complete = paras[:-1] + [paras[-1] + "求抓好落实。"]
    assert [n.depth for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(complete)]).nodes()] == [1, 1]
    # cut off with a paragraph of text between heading and item (the heading's introduction): still the first
    # sub-point; but not when the page goes on long after the lone 一是 without its 二是
    between = paras[:-1] + ["要聚焦问题。", paras[-1]]
    assert [n.depth for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(between)]).nodes()] == [1, 1, 2]
    long_after = [*between[:-1], "一是要加强衔接。", *["要按照统一部署，对照要求抓好落实，确保各项任务不折不扣完成。" * 10] * 6, "对照要"]
    assert [n.depth for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(long_after)]).nodes()] == [1, 1]


# --- Markdown in a text file, a page's title, captions --------------------------------------------


@pytest.mark.parametrize(
    "text, markdown",
    [
        ("---\ntitle: 在会上的讲话\n---\n同志们：\n", True),  # front matter
        ("## 在会上的讲话\n\n同志们：\n", True),  # an ATX heading line
        ("**一、抓落实。**要抓。\n\n**二、抓作风。**要改。\n", True),  # two bold leads
        ("![](a.jpg)\n\n[网站首页](https://example.org)\n", True),  # an image line and a link-only line
        ("同志们：\n#话题#今天讲两点。\n**重点**要落实。\n", False),  # a hashtag and one bold phrase
        ("同志们：\n一、抓落实\n---\n二、抓作风\n", False),  # a rule line is no front matter
    ],
)
def test_markdown_is_recognised_in_a_text_file(text: str, markdown: bool) -> None:
    assert looks_like_markdown(text) is markdown


def test_text_file_of_markdown_is_read_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "讲话.txt"
    path.write_text("# 在全镇防汛工作会议上的讲话\n\n同志们：\n\n**一、早部署。**汛期将至。\n\n**二、严值守。**人员到岗。\n", encoding="utf-8")
    read = read_speech(path)
    assert read.kind == "md"
    assert read.outline.title == "在全镇防汛工作会议上的讲话"
    assert [n.heading for n in read.outline.points] == ["早部署。", "严值守。"]
    assert not any("*" in p.text or "#" in p.text for p in read.paragraphs)


def test_front_matter_title_is_the_fallback_for_the_title(tmp_path: Path) -> None:
    front = "---\ntitle: 要闻->守正创新 行稳致远——在年度总结会上的讲话 | 某某网\ndate: 2024-01-05\ntags:\n- 要闻\n---\n"
    alone = tmp_path / "alone.md"
    alone.write_text(front + "\n同志们：\n\n今天开个会。\n", encoding="utf-8")
    outline = read_speech(alone).outline
    assert (outline.title, outline.subtitle) == ("守正创新 行稳致远", "——在年度总结会上的讲话")
    # the text's own title wins over the page's; the page's is reported as a repeated title
    titled = tmp_path / "titled.md"
    titled.write_text(front + "\n**守正创新　行稳致远**\n\n——在年度总结会上的讲话\n\n同志们：\n\n今天开个会。\n", encoding="utf-8")
    read = read_speech(titled)
    assert read.outline.title == "守正创新　行稳致远"
    assert [d.reason for d in read.dropped] == ["重复的标题"]
    # a short tail after —— names the site's section, not a subtitle
    section = tmp_path / "section.md"
    section.write_text("---\ntitle: 在年度总结会上的讲话--要闻 | 某某网\n---\n\n同志们：\n\n今天开个会。\n", encoding="utf-8")
    assert (read_speech(section).outline.title, read_speech(section).outline.subtitle) == ("在年度总结会上的讲话", "")
    # the site's name after _ or - goes as well
    for title in ("在年度总结会上的讲话_要闻_某某网", "在年度总结会上的讲话 - 某某网"):
        section.write_text(f"---\ntitle: {title}\n---\n\n同志们：\n\n今天开个会。\n", encoding="utf-8")
        assert read_speech(section).outline.title == "在年度总结会上的讲话"


@pytest.mark.parametrize(
    "head",
    [
        "---\n\ntitle: \"在年度总结会上的讲话\"\nsource: \"transcript\"\ntags: []\n---\n",  # a blank line after ---
        "title: 在年度总结会上的讲话\ndate: 2024-01-05\ntags:\n\n- 要闻\n\n---\n",  # no opening --- (Hexo)
    ],
)
def test_front_matter_written_loosely_is_still_front_matter(tmp_path: Path, head: str) -> None:
    """A transcript tool's export writes a blank line after the opening ---; Hexo lets a post start with its
    title: line. Either way the key lines are no text of the speech and the title comes from them."""
    path = tmp_path / "speech.md"
    path.write_text(head + "\n同志们：\n\n今天开个会，讲两点。\n", encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == "在年度总结会上的讲话"
    assert not any("source" in p.text or "tags" in p.text or "要闻" in p.text for p in read.paragraphs)



def test_a_title_line_with_no_closing_rule_is_text(tmp_path: Path) -> None:
    """title: … opening a file with no --- after it is no front matter: nothing is taken away, no error."""
    path = tmp_path / "speech.txt"
    path.write_text("title: 在年度总结会上的讲话\n同志们：\n今天开个会，讲两点。\n", encoding="utf-8")
    read = read_speech(path)
    assert read.kind == "txt" and read.paragraphs[0].text == "title: 在年度总结会上的讲话"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("图为大会现场。", "图片说明"),
        ("5月4日，座谈会在市民中心举行。新华社记者 张小明 摄", "图片说明"),
        ("（记者 王一、李二 摄）", "图片说明"),
        ("摄影/陈某某", "图片说明"),
        ("（摄影：陈某某）", "图片说明"),
        ("5月4日，会场一角。（陈某某 摄）", "图片说明"),
        ("1949年3月，会议在西柏坡召开。图为会场（资料照片）。 新华社发", "图片说明"),
        ("10月23日，全会在北京举行。 新华社记者 李小明/摄", "图片说明"),
        ("共产党员网分享打印纠错", "网页按钮"),
        ("中", "网页按钮"),
        ("这条消息由新华社发", None),
        ("【导  读】这是某某在年会上的讲话。", "编者导读"),
        ("[返回首页](https://example.org/)", "网页链接"),
        ("图书馆要延长开放时间。", None),
        ("我们要用镜头记录下每个瞬间，请大家配合摄影师拍摄。", None),
        # a numbered figure's caption (stop 16); a sentence about a figure is text
        ("图 2 理想中的「赛道」", "图片说明"),
        ("图 15 SIMD 原理举例（1/2）", "图片说明"),
        ("图3：展厅一角", "图片说明"),
        ("图1显示，我们的产量翻了一番。", None),
        ("图 2 所示的办法，大家回去可以试一试。", None),
        # a page's date line; a section number (2.1 查慢查询) is none (stop 16)
        ("2024.05.20 新华社", "发布日期"),
        ("05/20 来源", "发布日期"),
        ("2.1 查慢查询", None),
        ("2.2.2 千万级别测试用例", None),
    ],
)
def test_photo_captions_and_editors_notes_are_debris(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


def test_bold_leads_are_points_alone_and_sub_points_under_numbered_headings(tmp_path: Path) -> None:
    """(Since stop 26: bold short leads under a numbered heading are its sub-points, as the writers of hm04, gv05,
    gl09 and gg22 read them; a bold lead of a whole thesis stays text, as c03's writer reads it.)"""
    leads = "**坚持稳中求进。**这是总基调。\n\n**坚持改革创新。**这是动力。\n\n"
    alone = tmp_path / "alone.txt"
    alone.write_text("# 在全镇工作会议上的讲话\n\n同志们：\n\n今天讲两点。\n\n" + leads + "谢谢大家！\n", encoding="utf-8")
    assert [n.heading for n in read_speech(alone).outline.points] == ["坚持稳中求进。", "坚持改革创新。"]
    numbered = tmp_path / "numbered.txt"
    numbered.write_text(
        "# 在全镇工作会议上的讲话\n\n同志们：\n\n今天讲两点。\n\n一、总体要求\n\n" + leads + "二、重点任务\n\n" + leads + "谢谢大家！\n",
        encoding="utf-8",
    )
    outline = read_speech(numbered).outline
    assert [n.heading for n in outline.points] == ["总体要求", "重点任务"]
    assert [n.heading for n in outline.points[0].children] == ["坚持稳中求进。", "坚持改革创新。"]
    thesis = "**我们党是靠革命理想和铁的纪律组织起来的马克思主义政党。**这是总基调。\n\n**纪律既是约束，也是保护。**这是动力。\n\n"
    numbered.write_text(
        "# 在全镇工作会议上的讲话\n\n同志们：\n\n今天讲两点。\n\n一、总体要求\n\n" + thesis + "二、重点任务\n\n" + thesis + "谢谢大家！\n",
        encoding="utf-8",
    )
    # near miss: a bold lead of a whole thesis (more than BOLD_SUB_LEAD characters) is emphasis: no sub-points
    outline = read_speech(numbered).outline
    assert not outline.points[0].children
    assert outline.points[0].paragraphs[0].text.startswith("我们党是靠革命理想")


@pytest.mark.parametrize(
    "line, subtitle, bylines",
    [
        ("——在全校开学典礼上的致辞王  琛", "——在全校开学典礼上的致辞", ["王  琛"]),  # a spaced-out name glued on
        ("——在全校开学典礼上的讲话　李明", "——在全校开学典礼上的讲话", ["李明"]),
        # spaced wider, as a name on a line of its own may be: one definition of a spaced-out name for both
        ("——在新生入学仪式上的致辞周   小   川", "——在新生入学仪式上的致辞", ["周   小   川"]),
        ("——在全校开学典礼上的发言提纲", "——在全校开学典礼上的发言提纲", []),  # 提纲 is no name
        ("——在全校开学典礼上的讲话要点", "——在全校开学典礼上的讲话要点", []),
    ],
)
def test_name_glued_to_the_subtitle_is_a_byline(line: str, subtitle: str, bylines: list[str]) -> None:
    outline = parse_outline([SourceParagraph(1, "奋楫扬帆"), SourceParagraph(2, line), SourceParagraph(3, "同学们："), SourceParagraph(4, "正文。")])
    assert (outline.title, outline.subtitle, [b.text for b in outline.bylines]) == ("奋楫扬帆", subtitle, bylines)


def test_theme_title_over_two_lines_keeps_its_phrases_apart() -> None:
    lines = ["守初心 担使命", "奋力开创工作新局面", "——在年度总结大会上的讲话", "同志们：", "正文。"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    assert (outline.title, outline.subtitle) == ("守初心 担使命　奋力开创工作新局面", "——在年度总结大会上的讲话")
    # a title wrapped in the middle of a phrase is joined back as one
    wrapped = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(["在全县安全生产工作", "会议上的讲话", "同志们：", "正文。"])])
    assert wrapped.title == "在全县安全生产工作会议上的讲话"


def test_lone_unnumbered_line_after_an_announcement_only_on_a_cut_page() -> None:
    paras = [
        "同志们：",
        "下面，我讲三个方面的问题。",
        "统一思想，增强抓好招商的使命感",
        "上半年的实践证明，招商引资是扩大有效投资、增强发展后劲最直接、最有效的办法，各级要抓紧抓实。",
        "当前周边各区竞争激烈，我们务必增强危机意识，以只争朝夕的精神",
    ]
    cut = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [(n.depth, n.heading) for n in cut.nodes()] == [(1, "统一思想，增强抓好招商的使命感")]
    complete = [*paras[:-1], paras[-1] + "抓好落实。"]
    assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(complete)]).points == []
    some = [paras[0], "下面，我讲几点意见。", *paras[2:]]  # 几点: a count too
    assert len(parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(some)]).points) == 1
    one = [paras[0], "下面，我讲一点体会。", *paras[2:]]  # one point announced: no list was cut off
    assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(one)]).points == []


@pytest.mark.parametrize(
    ("heading_and_text", "heading"),
    [
        # the text opens with a word the heading's last clause holds: the heading ends there
        ("统一思想、压实责任，坚决扛起森林防火政治责任森林防火关系群众生命财产安全，必须抓紧抓实。", "统一思想、压实责任，坚决扛起森林防火政治责任"),
        # the word goes on a phrase (…和矛盾的… / …自我批评的…), or the text after it is too short: no cut
        ("把握工作节奏，善于抓住主要矛盾和矛盾的主要方面，推动各项工作协调发展。", "把握工作节奏，善于抓住主要矛盾和矛盾的主要方面，推动各项工作协调发展。"),
        ("加强班子建设，建设一个能展开批评与自我批评的领导班子，这是做好工作的保证。", "加强班子建设，建设一个能展开批评与自我批评的领导班子，这是做好工作的保证。"),
    ],
)
def test_a_glued_heading_ends_where_its_text_takes_up_its_word(heading_and_text: str, heading: str) -> None:
    paras = ["同志们：", "下面，我讲两点意见。", "一、" + heading_and_text, "二、抓好落实", "各单位要抓好落实。"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert outline.points[0].heading == heading


def test_a_web_sites_bracketed_tag_after_a_heading_is_not_the_headings() -> None:
    paras = ["同志们：", "下面，我讲两点意见。", "一、统一思想，充分认识整治工作的紧迫性 (某某教育)", "要抓好落实。", "二、实施办法（试行）", "要认真执行。"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [n.heading for n in outline.points] == ["统一思想，充分认识整治工作的紧迫性", "实施办法（试行）"]
    assert "(某某教育)" in outline.points[0].text  # kept, as the point's text


def test_a_figure_set_apart_by_a_space_is_no_spaced_number_heading() -> None:
    text = "这传递出的是一个信号，意味着河长制工作将面临更高的要求、更严的标准、更实的措施，我们要认真落实。"
    for line in ("5 月 8 日全省河湖长制工作视频会议召开", "3 家企业签订了入驻协议书"):
        paras = ["同志们：", line, text]
        assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)]).points == []
    paras = ["同志们：", "今天讲两点。", "1 找准问题", text, "2 抓好整改", text]
    assert [n.heading for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)]).points] == ["找准问题", "抓好整改"]


def test_a_page_ending_in_a_sounds_bracket_is_cut_off() -> None:
    paras = [
        "同志們：",
        "一、充分認識搞好換屆工作的重大意義",
        "根據中央和省委的部署，今年要完成縣鄉黨委換屆工作，時間緊、任務重，大家要高度重視。",
        "首先，要充分認識到這次換屆工作的重要性。中央先後發出通知，對做好換屆工作和有關(guān)",
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [(n.depth, n.heading) for n in outline.nodes()][1:] == [(2, "要充分認識到這次換屆工作的重要性。")]


def test_a_lone_long_numbered_paragraph_on_a_cut_page_is_no_viewer_page() -> None:
    long = "1、市委书记讲话的主要精神。一要正确把握形势新变化，真正把这项工作作为牵动全局的核心工作。" + "工作中必须抓紧抓实，" * 20
    paras = ["同志们：", "下面，我传达两个会议的精神。", "一、市委重要会议精神", "（一）全市工作总结会议精神", long]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [(n.depth, n.label) for n in outline.nodes()][:3] == [(1, "一、"), (2, "（一）"), (3, "1、")]


def test_a_first_heading_at_the_end_of_the_opening_on_a_cut_page() -> None:
    opening = "今天召开全县安全生产会议，主要是部署节前安全工作。下面，我讲三点意见。一、统一思想，提高认识"
    text = "安全生产责任重于泰山，各级各部门要切实增强责任感，绝不能有丝毫松懈，要把各项措施落到实处，确保"
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(["同志们：", opening, text])])
    assert [n.heading for n in outline.points] == ["统一思想，提高认识"]
    # an 一、 inside a sentence run on after it is no heading (一、二等奖 is no label either)
    told = "今年我们完成了三件事。一、修了路，群众很满意，这是大家共同努力的结果，我们要继续保持。"
    assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(["同志们：", told, text])]).points == []


@pytest.mark.parametrize(
    ("opening", "heading"),
    [
        ("下面，我讲几点意见：第一，要统一思想，提高认识。", "要统一思想，提高认识。"),  # the first item run in after the colon
        ("下面，我讲三点意见。（一）统一思想，提高认识", "统一思想，提高认识"),  # a （一） heading ending the opening's line
    ],
)
def test_the_first_point_run_in_after_the_announcement_of_a_cut_page(opening: str, heading: str) -> None:
    cut = "各乡镇、各部门要切实增强责任感，绝不能有丝毫松懈，要把各项措施落到实处，确保"
    paras = ["同志们：", opening if opening.endswith("认识") else opening + cut, *([cut] if opening.endswith("认识") else [])]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paras)])
    assert [n.heading for n in outline.points] == [heading]
    whole = [p[:-2] + "取得实效。" if p.endswith("确保") else p for p in paras]  # the page complete: a turn of phrase
    if opening.endswith("。"):
        assert parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(whole)]).points == []


def test_heading_labels_a_page_typed_with_a_comma_or_a_dot() -> None:
    """一，统一思想 and 一.2020年工作回顾 are headings whose 、 a web page turned into ， or .; a count (一，二，三，)
    and a decimal (一.5倍) are not."""
    from jianggao.zh.labels import match_label

    for text, label in (("一，统一思想，提高认识", "一，"), ("二.2020年工作回顾", "二."), ("三. 抓好落实", "三."),
                        ("四、千方百计稳就业", "四、")):
        m = match_label(text)[0]
        assert (m.style, m.label) == ("一、", label), text
    for text in ("一，二，三，大家跟我一起数。", "一.5倍的增长"):
        assert all(m.style != "一、" for m in match_label(text)), text



def test_a_markdown_heading_inside_a_quote_block_is_a_heading(tmp_path: Path) -> None:
    """> ## 引言 (a page that set its first part in a quote block): the heading's marks do not become its text."""
    path = tmp_path / "讲话.md"
    path.write_text(
        "# 在全县读书会上的讲话\n\n> ##  引言\n\n> 同志们，今天我们在这里座谈读书。\n\n##  结论\n\n读书要联系实际。\n",
        encoding="utf-8",
    )
    assert [p.heading for p in read_speech(path).outline.points] == ["引言", "结论"]


def test_reference_material_a_page_appends_is_no_part_of_the_speech(tmp_path: Path) -> None:
    """【参考资料】 over a numbered document the page appends: dropped as an attachment and listed, even when
    the appendix is longer than the speech (its numbered rules are not sub-points)."""
    rules = "".join(f"{n}. 第{n}条守则的内容要牢记。\n" for n in range(1, 13))
    path = tmp_path / "讲话.txt"
    path.write_text(
        "在公司干部大会上的讲话\n同志们：\n今天讲两点。\n一、严守纪律\n纪律是底线，人人都要遵守。\n"
        "二、提升能力\n能力是本钱，人人都要学习。\n【参考资料】\n《员工守则》\n" + rules,
        encoding="utf-8",
    )
    read = read_speech(path)
    assert [p.heading for p in read.outline.points] == ["严守纪律", "提升能力"]
    assert all(not p.children for p in read.outline.points)
    assert [d.text for d in read.dropped if d.reason == "文末附件"][:2] == ["【参考资料】", "《员工守则》"]


def _read_talk(tmp_path: Path, text: str):
    """``text`` read as the Markdown file talk.md."""
    path = tmp_path / "talk.md"
    path.write_text(text, encoding="utf-8")
    return read_speech(path)


def test_a_caption_that_repeats_its_pictures_alt_text_goes_with_the_picture(tmp_path: Path) -> None:
    """![主持人在会上讲话](1.png) / <div class="caption-center">主持人在会上讲话</div>: the caption says the alt
    text again and goes with the picture, in the report's word on pictures; a line under a picture that says
    something else stays."""
    text = (
        "# 在年度技术大会上的讲话\n\n各位同事：\n\n今天讲两件事。\n\n"
        "![主持人在会上讲话](media/1.png)\n\n<div class=\"caption-center\">主持人在会上讲话</div>\n\n"
        "第一件事，是把产品做稳。稳定是用户最在意的，我们要把每一个故障都查到底。\n\n"
        "![架构图](media/2.png)\n\n这张图讲的是我们明年的架构，大家可以看到计算和存储分开了。\n\n"
        "第二件事，是把产品做快。快是用户第二在意的，我们要把每一个慢查询都找出来。\n\n谢谢大家。\n"
    )
    read = _read_talk(tmp_path, text)
    texts = [p.text for p in read.paragraphs]
    assert "主持人在会上讲话" not in texts
    assert "这张图讲的是我们明年的架构，大家可以看到计算和存储分开了。" in texts
    assert any("第 9 行是图下重复替代文字的说明，也一并略去" in note for note in read.notes)


def test_a_heading_of_short_english_words_is_no_forum_jammer(tmp_path: Path) -> None:
    """## 1. Log is the new database: six short ASCII tokens, but words, not a jammer's letters-and-marks."""
    text = (
        "# 数据库的未来\n\n各位朋友：\n\n今天讲几个趋势。\n\n"
        "## 1. Log is the new database\n\n第一个大趋势是日志，这句话很重要，我们要记住。\n\n"
        "## 2. Vectorized\n\n第二个大趋势是向量化，这也是很重要的趋势。\n\n谢谢大家。\n"
    )
    assert [n.heading for n in _read_talk(tmp_path, text).outline.points] == ["Log is the new database", "Vectorized"]


def test_a_decimal_section_number_is_a_markdown_headings_label(tmp_path: Path) -> None:
    """### 2.1 Make it work: the section number is the label, the words after it the heading (stop 16); a
    heading that opens with a figure (## 2.5亿用户的选择) keeps it."""
    text = (
        "# 在年度技术大会上的讲话\n\n各位同事：\n\n今天讲两件事。\n\n"
        "## 一、把产品做稳\n\n稳定是用户最在意的。\n\n### 1.1 Make it work\n\n先让它能跑起来。\n\n"
        "### 1.2 Make it right\n\n再让它跑得对。\n\n## 二、把产品做快\n\n快是用户第二在意的。\n\n"
        "### 2.1 查慢查询\n\n把每一个慢查询都找出来。\n\n### 2.5亿用户的选择\n\n用户的选择说明了一切。\n\n谢谢大家。\n"
    )
    points = _read_talk(tmp_path, text).outline.points
    assert [n.heading for n in points] == ["把产品做稳", "把产品做快"]
    assert [c.heading for c in points[0].children] == ["Make it work", "Make it right"]
    assert [c.heading for c in points[1].children] == ["查慢查询", "2.5亿用户的选择"]


def test_numbered_markdown_headings_outrank_the_deeper_headings_under_them(tmp_path: Path) -> None:
    """## 1. 把产品做稳 over ### 1.1 Make it work: the ## headings are the points, though 1. ranks below a bare
    heading style (stop 16); the ### headings are their sub-points."""
    text = (
        "# 在年度技术大会上的讲话\n\n各位同事：\n\n今天讲两件事。\n\n"
        "## 1. 把产品做稳\n\n稳定是用户最在意的。\n\n### 1.1 Make it work\n\n先让它能跑起来。\n\n"
        "### 1.2 Make it right\n\n再让它跑得对。\n\n## 2. 把产品做快\n\n快是用户第二在意的。\n\n"
        "### 2.1 查慢查询\n\n把每一个慢查询都找出来。\n\n### 2.2 查热点\n\n热点要打散。\n\n谢谢大家。\n"
    )
    points = _read_talk(tmp_path, text).outline.points
    assert [n.heading for n in points] == ["把产品做稳", "把产品做快"]
    assert [[c.heading for c in n.children] for n in points] == [["Make it work", "Make it right"], ["查慢查询", "查热点"]]


def test_a_front_matter_title_of_no_chinese_is_the_title(tmp_path: Path) -> None:
    """title: The (Near) Future of Database in a blog's front matter is the speech's title (stop 16); a line of
    no Chinese above a text's title is still a page's menu or symbol, dropped and said."""
    body = "各位朋友：\n\n今天讲两个趋势。\n\n## 一、日志就是数据库\n\n第一个趋势是日志。\n\n## 二、全面向量化\n\n第二个趋势是向量化。\n\n谢谢大家。\n"
    declared = tmp_path / "talk.md"
    declared.write_text("---\ntitle: The (Near) Future of Database\nauthor: 张明\n---\n\n" + body, encoding="utf-8")
    assert read_speech(declared).outline.title == "The (Near) Future of Database"
    menu = tmp_path / "page.txt"
    menu.write_text("The Future\n在年度技术大会上的讲话\n" + body.replace("\n\n", "\n"), encoding="utf-8")
    read = read_speech(menu)
    assert read.outline.title == "在年度技术大会上的讲话"
    assert any(d.text == "The Future" for d in read.outline.dropped)
