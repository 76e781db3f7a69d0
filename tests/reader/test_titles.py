"""The title of a speech in the forms real copies print it (mine's ``title``, which the writer reuses).

A speech reaches mine as a news agency's copy, a web page, a Word or PDF file or a paste of one of them;
each prints the title its own way. The title is the speech's main title line as printed (corpus/ANNOTATION.md):
no byline, date, dateline, 来源 or subtitle; a speaker's name that opens the line stays. Forms supported:

1. A news copy's one line: the title, its date in brackets, the speaker and the agency's dateline on one line
   (在…上的讲话（2023年3月1日）张明远 新华社北京3月1日电), in either order (the dateline first:
   新华社北京3月1日电 在…上的讲话（…）张明远), with 题： before the title, a reporter in brackets after the
   dateline, or the salutation and the opening (or the whole speech) run on after it, in text or as a
   Markdown # title.
2. The same parts on lines of their own: title / （2023年3月1日） / 张明远 / 新华社北京3月1日电.
3. The speaker before the title: 张明远：在…上的讲话 / 张明远在…上的讲话 (the name is kept); after it, set
   apart by a space (在…上的讲话 张明远), the name is a byline.
4. A main title over a subtitle line (——在…上的讲话): the main title is the title, the —— line the subtitle;
   also when the main title ends with ！, or both stand on one line (欢迎你们来到新城！——在…上的讲话); a title
   that asks (…？) or is set in bold over the line naming the speech (张总在…上的讲话), touching it or a blank
   line apart, is the title and that line the subtitle.
5. A site or column name, a breadcrumb or a page title above the real title
   (XX网 > 领导讲话 > … / 当前位置：首页 > … / a page title that repeats the title with the site's name / a
   breadcrumb run together that ends with the title printed under it), also under dozens of a page's menu lines
   and an editor's lead, with or without a salutation under the printed head (title / （date） / speaker);
   a page's audio player line (收听本文 00:00/00:00) above the title is no theme title over it; with nothing
   signed, the headline right above the text under a page's menu lines (its button bar, a font-size switch
   a line each, dropped) is the title.
6. A title with a tag a site appends or prepends: （全文） / (全文) / …讲话全文 / （2355字） / 范文 / 【精品】 /
   【范文】 / （完整版） / （摘要） / （根据录音整理） / 【最新】 / （受权发布） / （精选5篇） / a column's name in 【】 before a speech's title
   (【讲话】…) / 篇一： 第1篇： before one of several pieces a page collects / a page's date or information bar
   after the title (…讲话　2023-03-01 10:20 / …讲话　作者：…　来源：…) / a site's name after - or _
   (the tag goes, the title stays; a date after it is a byline).
7. A date or a place in brackets under or after the title: 在…上的讲话（2023年3月1日） /
   在…上的讲话（2023年3月1日，北京） / a line （2023年3月1日） under it (the bracket is no part of the title).
8. A title folded over two lines (在全市城乡建设 / 工作会议上的讲话, or after a speaker's 在: 市长张明远在全市 /
   城乡建设工作会议上的讲话): one title; a —— subtitle folded so
   (——2023年3月1日在全市城乡 / 建设工作会议上): one subtitle; a date and occasion under a report's title
   (2023年3月1日在…会议上, bracketed or not) is its subtitle, neither its title nor its speaker; a date before
   the title (2023-03-01-在…上的讲话, a transcript's or a file's name) stays with it.
9. No title at all (the salutation is the first line, or the opening sentence is): no title is read —
   neither the salutation nor the first sentence.

Near-misses: a first line that is a sentence of text (ends 。, or is long and has commas) is no title, even
when it mentions a 讲话; a bracket in the title that is no date or place (（试行）, （2023—2025年）) stays.
Every case also reads the body's three points, so a title form never costs the outline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import headline_under_page
from jianggao.reader.mine import mine_speech
from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.speech_file import read_speech

TITLE = "在全市城乡建设工作会议上的讲话"
SALUTATION = "同志们："
BODY = """今天召开这次会议，主要是总结去年的城乡建设工作，安排部署今年的任务。下面，我讲三点意见。
一、提高站位，增强做好城乡建设工作的责任感
做好今年的城乡建设工作，意义重大。各级各部门要把思想统一到市委的部署上来。
二、突出重点，推动各项任务落地见效
要抓住关键环节，集中力量攻坚克难，确保取得实效。
三、强化保障，营造干事创业的良好氛围
要加强组织领导，压实工作责任，形成工作合力。
同志们，任务艰巨，使命光荣。让我们团结一心，扎实工作，奋力开创城乡建设新局面！"""
POINTS = [
    "提高站位，增强做好城乡建设工作的责任感",
    "突出重点，推动各项任务落地见效",
    "强化保障，营造干事创业的良好氛围",
]


def _read(tmp_path: Path, head: str, body: str = BODY, salutation: str = SALUTATION):
    path = tmp_path / "speech.txt"
    text = head + ("\n" if head else "") + (salutation + "\n" if salutation else "") + body + "\n"
    path.write_text(text, encoding="utf-8")
    return read_speech(path)


def _points(read) -> list[str]:
    return [node.heading for node in read.outline.points]


# a web page's menu and an editor's lead above the speech's printed head
MENU = "\n".join(("城乡建设网", "首页", "新闻中心", "政务公开", "领导讲话", "办事服务", "互动交流", "专题专栏", "通知公告", "手机版"))
LEAD = "3月1日，全市城乡建设工作会议召开。市长张明远出席会议并讲话。"

# (head lines above the salutation, the title read); grouped by the forms of the docstring
CASES: list[tuple[str, str, str]] = [
    # 1. a news copy's one line
    ("news-one-line", f"{TITLE}（2023年3月1日）张明远 新华社北京3月1日电", TITLE),
    ("news-one-line-spaced", f"{TITLE}　（2023年3月1日）　张明远　新华社北京3月1日电", TITLE),
    ("news-dateline-first", f"新华社北京3月1日电 {TITLE}（2023年3月1日）张明远", TITLE),
    ("news-dateline-ti", f"新华社北京3月1日电 题：{TITLE}", TITLE),
    ("news-reporter", f"{TITLE}（2023年3月1日）张明远\n新华社北京3月1日电（记者李华）", TITLE),
    ("news-numeral-date", f"{TITLE}（二〇二三年三月一日）张明远 新华社北京3月1日电", TITLE),
    ("news-web-agency", f"{TITLE}（2023年3月1日）张明远 人民网北京3月1日电", TITLE),
    ("news-name-then-date", f"新华社北京3月1日电　{TITLE}　张明远　（2023年3月1日）", TITLE),
    ("news-name-glued-to-dateline", f"{TITLE}（2023年3月1日）张明远新华社北京3月1日电", TITLE),
    # 2. its parts on lines of their own
    ("news-parts", f"{TITLE}\n（2023年3月1日）\n张明远\n新华社北京3月1日电", TITLE),
    ("news-parts-dateline-first", f"新华社北京3月1日电\n{TITLE}\n（2023年3月1日）\n张明远", TITLE),
    ("news-parts-blank-lines", f"{TITLE}\n\n（2023年3月1日）\n\n张明远\n\n新华社北京3月1日电\n", TITLE),
    # 3. the speaker before the title
    ("speaker-colon", f"张明远：{TITLE}", f"张明远：{TITLE}"),
    ("speaker-glued", f"张明远{TITLE}", f"张明远{TITLE}"),
    ("speaker-colon-news", f"张明远：{TITLE}（全文）\n新华社北京3月1日电", f"张明远：{TITLE}"),
    ("speaker-authorised", f"（受权发布）张明远：{TITLE}\n新华社北京3月1日电", f"张明远：{TITLE}"),
    ("speaker-after-title", f"{TITLE} 张明远", TITLE),
    # 4. a main title over a subtitle
    ("subtitle", f"凝心聚力建新城\n——{TITLE}\n张明远\n2023年3月1日", "凝心聚力建新城"),
    ("subtitle-exclaimed", f"欢迎你们来到新城！\n——{TITLE}\n张明远", "欢迎你们来到新城！"),
    ("subtitle-on-one-line", f"欢迎你们来到新城！——{TITLE}\n张明远", "欢迎你们来到新城！"),
    # 5. a site or column name, a breadcrumb, a page title above the title
    ("breadcrumb", f"城乡建设网 > 领导讲话 > 正文\n{TITLE}\n2023-03-01 来源：市政府办", TITLE),
    ("breadcrumb-position", f"当前位置：首页 > 领导讲话\n{TITLE}", TITLE),
    ("page-title", f"{TITLE}_领导讲话_城乡建设网\n{TITLE}\n发布时间：2023-03-01", TITLE),
    ("site-column", f"城乡建设网\n领导讲话\n{TITLE}", TITLE),
    ("breadcrumb-glued", "首页城建资讯领导讲话张明远：城乡建设的三点思考\n张明远：城乡建设的三点思考\n发布时间：2023-03-01", "张明远：城乡建设的三点思考"),
    ("page-menu", f"{MENU}\n张明远：{TITLE}\n收听本文 00:00/00:00\n{LEAD}\n{TITLE}\n（2023年3月1日）\n张明远", TITLE),
    # 6. an appended or prepended tag
    ("tag-quanwen", f"{TITLE}（全文）", TITLE),
    ("tag-quanwen-half", f"{TITLE}(全文)", TITLE),
    ("tag-count", f"{TITLE}（2355字）", TITLE),
    ("tag-fanwen", f"{TITLE}范文", TITLE),
    ("tag-jingpin", f"【精品】{TITLE}", TITLE),
    ("tag-fanwen-bracket", f"{TITLE}【范文】", TITLE),
    ("tag-full", f"{TITLE}（完整版）", TITLE),
    ("tag-abridged", f"{TITLE}（摘要）", f"{TITLE}（摘要）"),  # (the part printed, kept as the title prints it: stop 28)
    ("tag-abridged-line", f"{TITLE}\n（摘要）", TITLE),  # (on a line of its own: an editor's note)
    ("tag-transcribed", f"{TITLE}\n（根据录音整理）", TITLE),
    ("tag-latest", f"【最新】{TITLE}（全文）", TITLE),
    ("tag-column", f"【讲话】{TITLE}", TITLE),
    ("tag-pieces", f"{TITLE}（精选5篇）\n篇一：{TITLE}", TITLE),
    ("tag-piece-first", f"第1篇：{TITLE}", TITLE),
    ("page-title-dash", f"{TITLE}-城建在线", TITLE),
    ("page-title-channels", f"张明远：{TITLE}--新闻报道-城建在线", f"张明远：{TITLE}"),
    ("page-date-after", f"{TITLE}　2023-03-01 10:20", TITLE),
    ("page-info-after", f"{TITLE}　作者：李华　来源：城乡建设网", TITLE),
    ("tag-quanwen-glued", f"张明远{TITLE}全文", f"张明远{TITLE}"),
    # 7. a date or a place in brackets after or under the title
    ("bracket-date-after", f"{TITLE}（2023年3月1日）", TITLE),
    ("bracket-date-place-after", f"{TITLE}（2023年3月1日，北京）", TITLE),
    ("bracket-date-under", f"{TITLE}\n（2023年3月1日）", TITLE),
    ("bracket-date-place-under", f"{TITLE}\n（2023年3月1日　北京）", TITLE),
    # 8. a title folded over two lines
    ("folded", "在全市城乡建设\n工作会议上的讲话", TITLE),
    ("folded-with-date", "在全市城乡建设\n工作会议上的讲话\n（2023年3月1日）", TITLE),
    # a speaker's title folded after its 在, alone or under the page's title printed whole
    ("folded-speaker", "市长张明远在全市城乡\n建设工作会议上的讲话", f"市长张明远{TITLE}"),
    ("folded-speaker-under-page-title", f"市长张明远{TITLE}\n市长张明远在全市城乡\n建设工作会议上的讲话", f"市长张明远{TITLE}"),
    # the date before the title (a transcript's or a file's name)
    ("date-before", f"2023-03-01-{TITLE}", f"2023-03-01-{TITLE}"),
]


@pytest.mark.parametrize(("head", "title"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_title_is_read_in_every_form(tmp_path: Path, head: str, title: str) -> None:
    read = _read(tmp_path, head)
    assert read.outline.title == title
    assert read.outline.salutation == "同志们"
    assert _points(read) == POINTS


@pytest.mark.parametrize(("head", "title"), [c[1:] for c in CASES if c[0].startswith("news-parts")], ids=lambda h: h[:12])
def test_the_title_is_read_with_no_salutation_under_it(tmp_path: Path, head: str, title: str) -> None:
    read = _read(tmp_path, head, salutation="")
    assert read.outline.title == title
    assert _points(read) == POINTS


def test_a_page_menu_over_a_printed_head_with_no_salutation(tmp_path: Path) -> None:
    """Dozens of a page's lines, then title / （date） / speaker, then the speech's first words."""
    read = _read(tmp_path, f"{MENU}\n{MENU}\n{TITLE}\n（2023年3月1日）\n张明远", salutation="")
    assert read.outline.title == TITLE
    assert [b.text for b in read.outline.bylines] == ["（2023年3月1日）", "张明远"]
    assert read.outline.opening[0].text.startswith("今天召开这次会议")
    assert _points(read) == POINTS


def test_a_headline_under_a_page_menu_with_nothing_signed(tmp_path: Path) -> None:
    """A page's menu lines, its headline (no title word, no date or speaker under it), a button bar, then the
    text: the headline is the title, the menu is dropped as the page's head."""
    headline = "张明远：城市要有温度"
    read = _read(tmp_path, f"{MENU}\n{headline}\n城乡建设网分享打印纠错", salutation="")
    assert read.outline.title == headline
    assert {d.text: d.reason for d in read.dropped}["城乡建设网分享打印纠错"] == "网页按钮"
    dropped = {d.text for d in read.dropped} | {d.text for d in read.outline.dropped}
    assert set(MENU.split("\n")) <= dropped
    assert read.outline.opening[0].text.startswith("今天召开这次会议")
    assert _points(read) == POINTS


def test_a_short_head_or_a_sentence_over_the_text_is_no_headline_under_a_page() -> None:
    """Near misses: a few short lines are the speech's own head; a line that ends a sentence, or one too
    short to be a headline, above the text is none."""
    text = [SourceParagraph(100 + i, t) for i, t in enumerate(BODY.split("\n"))]
    menu = [SourceParagraph(i + 1, t) for i, t in enumerate(MENU.split("\n"))]
    assert headline_under_page([*menu, SourceParagraph(50, "张明远：城市要有温度"), *text]) == (len(menu), len(menu) + 1)
    assert headline_under_page([*menu[:3], SourceParagraph(50, "张明远：城市要有温度"), *text]) is None
    assert headline_under_page([*menu, SourceParagraph(50, "城市要有温度。"), *text]) is None
    assert headline_under_page([*menu, SourceParagraph(50, "城市温度"), *text]) is None


def test_a_question_title_a_blank_line_over_the_line_naming_the_speech(tmp_path: Path) -> None:
    """An e-mailed speech's head: the office's banner and number, a title that asks, a blank line, 张总在…上的
    讲话, its date: the question is the title, the named line its subtitle."""
    head = f"总 裁 办 电 子 邮 件\n\n电邮讲话【2023】012号    签发人：张明远\n\n城市为什么要有温度？\n\n张总{TITLE}\n\n2023年3月1日\n"
    read = _read(tmp_path, head, salutation="")
    assert (read.outline.title, read.outline.subtitle) == ("城市为什么要有温度？", f"张总{TITLE}")
    assert _points(read) == POINTS


def test_a_question_title_touching_the_named_line_is_a_theme_too(tmp_path: Path) -> None:
    read = _read(tmp_path, f"城市为什么要有温度？\n张总{TITLE}\n2023年3月1日", salutation="")
    assert (read.outline.title, read.outline.subtitle) == ("城市为什么要有温度？", f"张总{TITLE}")


def test_a_question_over_a_line_naming_no_speech_is_no_title_over_it(tmp_path: Path) -> None:
    read = _read(tmp_path, "城市为什么要有温度？\n\n张总谈城市建设\n\n2023年3月1日", salutation="")
    assert read.outline.title != "城市为什么要有温度？"


def test_a_font_size_switch_a_line_each_is_no_title(tmp_path: Path) -> None:
    """【字体： / 大 / 中 / 小 / 】 between a report's page title and its subtitle is the page's, not a title."""
    head = "2023年政府工作报告\n来源：城乡日报\n【字体：\n大\n中\n小\n】\n——2023年3月1日在市第五届人民代表大会第二次会议上\n市长　张明远"
    read = _read(tmp_path, head, salutation="各位代表：")
    assert read.outline.title == "2023年政府工作报告"
    assert read.outline.subtitle == "——2023年3月1日在市第五届人民代表大会第二次会议上"
    assert _points(read) == POINTS


def test_a_page_player_line_is_no_theme_title(tmp_path: Path) -> None:
    """收听本文 00:00/00:00 right above the title is a page's audio player, not a theme over it."""
    read = _read(tmp_path, f"收听本文 00:00/00:00\n{TITLE}\n（2023年3月1日）\n张明远")
    assert read.outline.title == TITLE
    assert not read.outline.subtitle


def test_a_salutation_below_the_speechs_first_sentences_is_not_its_head(tmp_path: Path) -> None:
    """同志们： after sentences of text (a speech that has begun) is no salutation under a page's lines
    (within the first 15 lines one is read as the salutation still, as before)."""
    lines = "\n".join(f"第{n}句话说明来意。" for n in range(3))
    body = BODY.replace("下面，我讲三点意见。", f"下面，我讲三点意见。\n{lines}\n同志们：")
    read = _read(tmp_path, f"{MENU}\n{MENU}", body=body, salutation="")
    assert read.outline.salutation == ""
    assert [t.text for t in read.outline.opening][-5:] == ["今天召开这次会议，主要是总结去年的城乡建设工作，安排部署今年的任务。下面，我讲三点意见。", "第0句话说明来意。", "第1句话说明来意。", "第2句话说明来意。", "同志们："]
    assert _points(read) == POINTS


def test_an_unpunctuated_transcript_above_a_salutation_is_no_page() -> None:
    """A speech-to-text transcript's lines end no sentence, but most are long: the speech has begun, and a
    salutation twenty lines down is no sign of a page above it (nothing is dropped as a page's)."""
    said = [f"第{n}段我们今天在这里说一说城乡建设的事情" + "大家都很关心这个问题" * (1 + n % 3) for n in range(20)]
    lines = [*said, SALUTATION, *BODY.split("\n")]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    assert outline.salutation == ""
    assert not outline.dropped
    assert [node.heading for node in outline.points] == POINTS


@pytest.mark.parametrize(
    "head",
    [
        f"{TITLE}（2023年3月1日）张明远 新华社北京3月1日电",
        f"{TITLE}（2023年3月1日）张明远新华社北京3月1日电",
        f"新华社北京3月1日电　{TITLE}　张明远　（2023年3月1日）",
    ],
    ids=["title-date-name-dateline", "name-glued-to-dateline", "dateline-title-name-date"],
)
def test_the_speaker_and_date_of_a_news_line_are_its_bylines(tmp_path: Path, head: str) -> None:
    read = _read(tmp_path, head)
    assert sorted(b.text for b in read.outline.bylines) == ["张明远", "（2023年3月1日）"]
    assert not read.outline.subtitle
    spec = mine_speech(read).data
    assert (spec["title"], spec["speaker"], str(spec["date"])) == (TITLE, "张明远", "2023-03-01")


def test_a_news_line_that_runs_on_into_the_speech(tmp_path: Path) -> None:
    """Title, date, speaker, dateline, salutation and opening on one line (a copy that lost its line breaks)."""
    head = f"{TITLE}（2023年3月1日）张明远 新华社北京3月1日电 同志们：今天召开这次会议，主要是总结去年的城乡建设工作。"
    body = BODY.split("\n", 1)[1]
    read = _read(tmp_path, head, body=body, salutation="")
    assert read.outline.title == TITLE
    assert read.outline.salutation == "同志们"
    assert _points(read) == POINTS


@pytest.mark.parametrize("salutation", ["委员们", "同志們", "诸位同仁", "青年朋友们"])
def test_a_news_line_runs_on_into_any_salutation(tmp_path: Path, salutation: str) -> None:
    """The run-on news head is cut at every word a salutation line opens with, not only at 同志们 / 各位."""
    head = f"{TITLE}（2023年3月1日）张明远 新华社北京3月1日电 {salutation}：今天召开这次会议，主要是总结去年的城乡建设工作。"
    read = _read(tmp_path, head, body=BODY.split("\n", 1)[1], salutation="")
    assert (read.outline.title, read.outline.salutation) == (TITLE, salutation)
    assert _points(read) == POINTS


@pytest.mark.parametrize(
    "occasion",
    ["2023年3月1日在全市城乡建设工作会议上", "（2023年3月1日在全市城乡建设工作会议上）", "——2023年3月1日在全市城乡\n建设工作会议上"],
)
def test_the_date_and_occasion_under_a_report_title_is_its_subtitle(tmp_path: Path, occasion: str) -> None:
    """政府工作报告 / 2023年3月1日在…会议上 / 市长 张明远: the occasion line (folded or not) is no title and no speaker."""
    read = _read(tmp_path, f"城乡建设工作报告\n{occasion}\n市长 张明远", salutation="各位代表：")
    assert read.outline.title == "城乡建设工作报告"
    assert read.outline.subtitle == occasion.replace("\n", "")
    assert [b.text for b in read.outline.bylines] == ["市长 张明远"]
    assert _points(read) == POINTS


@pytest.mark.parametrize(
    "head",
    [f"{TITLE}（2023年3月1日）张明远 新华社北京3月1日电 ", f"新华社北京3月1日电 {TITLE}（2023年3月1日）张明远 "],
    ids=["title-first", "dateline-first"],
)
def test_a_whole_news_copy_on_one_line(tmp_path: Path, head: str) -> None:
    """A copy that lost every line break: the news head, the salutation and the whole speech on one line."""
    path = tmp_path / "speech.txt"
    path.write_text(head + SALUTATION + BODY.replace("\n", "") + "\n", encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == TITLE
    assert [b.text for b in read.outline.bylines] == ["（2023年3月1日）", "张明远"]
    # (where a heading run together with its text ends is the outline's matter, not the title's)
    assert len(_points(read)) == 3 and all(h.startswith(w) for h, w in zip(_points(read), POINTS, strict=True))


def test_a_markdown_title_line_with_the_news_head(tmp_path: Path) -> None:
    path = tmp_path / "speech.md"
    path.write_text(f"# {TITLE}（2023年3月1日）张明远 新华社北京3月1日电\n\n{SALUTATION}\n\n" + BODY.replace("\n", "\n\n"), encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == TITLE
    assert [b.text for b in read.outline.bylines] == ["（2023年3月1日）", "张明远"]
    assert _points(read) == POINTS


def test_a_tag_on_a_line_of_its_own_is_no_speaker(tmp_path: Path) -> None:
    read = _read(tmp_path, f"{TITLE}\n（根据录音整理）\n张明远")
    assert read.outline.title == TITLE
    assert mine_speech(read).data["speaker"] == "张明远"


def test_a_subtitle_keeps_its_line(tmp_path: Path) -> None:
    read = _read(tmp_path, f"凝心聚力建新城\n——{TITLE}\n张明远")
    assert read.outline.subtitle == f"——{TITLE}"


def test_brackets_that_belong_to_the_title_stay(tmp_path: Path) -> None:
    for title in ("关于城乡建设三年行动计划（2023—2025年）的说明", "在全市城乡建设工作会议（扩大）上的讲话"):
        read = _read(tmp_path, title)
        assert read.outline.title == title
        assert _points(read) == POINTS


# 9. no title, and the near-misses: a first line that is a sentence of text is no title
NO_TITLE = [
    ("salutation-first", ""),
    ("sentence-first", "今天，我们在这里召开全市城乡建设工作会议，听取各区的汇报，这次讲话就讲三个问题。"),
    ("long-line-first", "这次会议是经市委研究决定召开的一次重要会议，各区、各部门主要负责同志都参加了会议，大家来得很齐"),
]


@pytest.mark.parametrize("head", [c[1] for c in NO_TITLE], ids=[c[0] for c in NO_TITLE])
def test_no_title_is_read_where_there_is_none(tmp_path: Path, head: str) -> None:
    read = _read(tmp_path, head)
    assert read.outline.title == ""
    assert _points(read) == POINTS


def test_no_title_and_no_salutation_reads_no_first_sentence(tmp_path: Path) -> None:
    read = _read(tmp_path, "", salutation="")
    assert read.outline.title == ""
    assert _points(read) == POINTS


def test_what_a_head_line_loses_besides_its_title_and_bylines_is_said(tmp_path) -> None:
    """The dateline and a site's tags are cut out of the title's line; the writer is told, with the line."""
    from jianggao.reader.speech_file import read_speech

    body = "同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n"
    cases = {
        "在全省科技大会上的讲话（2024年6月24日）张明远 新华社北京6月24日电": "第 1 行读作标题“在全省科技大会上的讲话”、署名“（2024年6月24日）”“张明远”，",
        "【精品】在全县防汛工作会议上的讲话（全文）": "第 1 行读作标题“在全县防汛工作会议上的讲话”，",
    }
    for n, (line, said) in enumerate(cases.items()):
        path = tmp_path / f"{n}.txt"
        path.write_text(line + "\n" + body, encoding="utf-8")
        notes = [note for note in read_speech(path).outline.notes if note.startswith("第 1 行")]
        assert len(notes) == 1 and notes[0].startswith(said) and notes[0].endswith("原行：" + line), notes
    for line in ("在全县防汛工作会议上的讲话", "坚定信心 真抓实干——在全县防汛工作会议上的讲话"):
        path = tmp_path / "plain.txt"
        path.write_text(line + "\n" + body, encoding="utf-8")
        assert not [note for note in read_speech(path).outline.notes if "已去掉" in note], line


def test_a_page_title_ending_in_a_document_sites_name_keeps_its_title(tmp_path) -> None:
    """在…上的讲话-百度文库 is the page's title over the speech, not a site name to drop; 百度文库 alone is."""
    from jianggao.reader.speech_file import read_speech

    body = "同志们：\n今天开会。\n一、提高认识\n正文。\n二、压实责任\n正文。\n"
    path = tmp_path / "a.txt"
    path.write_text("在全县防汛工作会议上的讲话-百度文库\n" + body, encoding="utf-8")
    assert read_speech(path).outline.title == "在全县防汛工作会议上的讲话"
    path.write_text("百度文库\n在全县防汛工作会议上的讲话\n" + body, encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == "在全县防汛工作会议上的讲话"
    assert [(d.text, d.reason) for d in read.dropped] == [("百度文库", "网站名称")]


def test_a_labelled_title_in_a_pages_information_block_is_the_title(tmp_path) -> None:
    """标题：… among a page's fields (作者：, 发表日期：, 来源：) names the title, over a page title that carries a
    column tag and the author (# 【某某文库】张明远｜…) and over the other fields."""
    from jianggao.reader.speech_file import read_speech

    body = "同学们：\n今天是你们毕业的日子。\n希望你们走得更远。\n"
    path = tmp_path / "a.md"
    path.write_text(
        "# 【学院文库】张明远｜愿你们永远保持好奇\n\n2023-06-23\n\n**标题：** 愿你们永远保持好奇\n\n"
        "**作者：** 张明远\n\n**发表日期：** 2023.6.23\n\n**主题归类：** 毕业致辞\n\n" + body,
        encoding="utf-8",
    )
    assert read_speech(path).outline.title == "愿你们永远保持好奇"
    path.write_text("**标题：** 教授毕业致辞：我想说的话\n\n**作者：** 张明远\n\n**收藏：** 公民馆\n\n" + body, encoding="utf-8")
    assert read_speech(path).outline.title == "教授毕业致辞：我想说的话"


def test_a_page_line_with_zai_over_the_title_is_not_folded_into_it(tmp_path: Path) -> None:
    """Near miss: 正在加载 (a page's loading line, 在 after one character) over the title stays the page's."""
    read = _read(tmp_path, f"正在加载\n{TITLE}")
    assert read.outline.title == TITLE
