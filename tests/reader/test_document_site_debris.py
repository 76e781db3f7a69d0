"""A speech copied from a document-sharing site: the site's numbered notice over the text (本站所有内容均由
…上传 / 文档一经付费… / 如文档侵犯…请点击“版权申诉”), its 查看更多 button, and a Word page-number field
copied as its code (第 PAGE \\* Arabic \\* MERGEFORMAT 9 页) between the page's title and the speech's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.web_debris import debris_reason
from tests.speech_files import outline_levels, read_copy


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- 1、本站所有内容均由用户自行上传分享，仅供学习交流使用。", "文档网站声明"),
        ("2.文档一经付费（服务费），不意味着购买了该文档的版权。", "文档网站声明"),
        ("3、若文档侵犯您的著作权，请点击右侧“版权申诉”联系我们。", "文档网站声明"),
        ("查看更多", "网页按钮"),
        ("【打印本页】　【关闭窗口】", "网页按钮"),  # (a school site's footer, u15)
        ("【关闭本页】", "网页按钮"),
        (r"第 PAGE \* Arabic \* MERGEFORMAT 12 页", "页码"),
        (r"- PAGE \* MERGEFORMAT 4 -", "页码"),
        ("《镇长在秋收工作会上的讲话》由会员分享,可在线阅读,更多相关《讲话(6页)》请在某某文库上搜索。", "文档网站声明"),
        ("《全区教育座谈会发言》由会员分享，可在线阅读，更多相关内容请在本站搜索", "文档网站声明"),
        # near misses: a speech's own words about pages and copyright
        ("经验由会员单位分享，材料可在线查阅。", None),
        ("查看更多情况，请大家会后翻阅材料。", None),
        ("要加大版权保护力度，严厉打击侵犯著作权的行为。", None),
        ("第一页的数字要再核实一遍。", None),
        ("关闭本页面的弹窗后，再填写报名表格。", None),
        ("2. 开通会员服务热线，做到有问必答、有求必应。", None),  # (an association's task, z20: no paywall)
        ("立即开通会员查看全部内容", "登录/下载提示"),
        # a document library's note under the text (hf03 of the everyday suite: the closing above it was not read)
        ("——本文档为Word格式，下载后可任意编辑修改——", "文库说明"),
        ("下载后可编辑修改", "文库说明"),
        ("*本文档为会议定稿，印发前请核对数据。*", None),  # (a note of the speech's own, mq17)
        ("会后，材料下载后可以打印分发。", None),
        ("会后材料下载后可编辑使用。", None),
        ("相关文档", "推荐栏目"),  # (a document library's list of other speeches under the text, hy04)
        ("相关文档要在会后一周内报送县政府办。", None),
        ("相关信息要及时公开，接受群众监督。", None),  # (a sentence on 相关信息, not a page's list: it was cut before stop 57)
        ("下一条，我讲讲作风问题。", None),  # (the speaker's next point, not a page's link)
        ("上一条干毛巾。这些小事，成本不高，但顾客会记住。", None),  # (a PDF line's start, everyday ny19: it ended the speech)
        ("上一页　1　2　3　下一页", "上一篇/下一篇"),  # (between a long article's pages: dropped, the speech goes on)
        ("上一篇文章：区教育局召开秋季开学安全工作会议", "上一篇/下一篇"),
        ("继续阅读文件精神，抓好贯彻落实。", None),
        ("下一篇：在全县安全生产工作会议上的讲话", "上一篇/下一篇"),
        ("继续阅读全文", "阅读全文提示"),
    ],
)
def test_document_site_lines(line: str, reason: str | None) -> None:
    assert debris_reason(line) == reason


def test_the_title_under_a_document_sites_notice_and_a_field_code_is_read(tmp_path: Path) -> None:
    text = (
        "- 1、本站所有内容均由用户自行上传分享，仅供学习交流使用。\n"
        "- 2、若文档侵犯您的著作权，请点击右侧“版权申诉”联系我们。\n查看更多\n"
        "全区文旅工作座谈会讲话\n第 PAGE \\* Arabic \\* MERGEFORMAT 3 页\n全区文旅工作座谈会讲话\n"
        "刚才，几位同志谈了很好的意见，我都赞同。下面讲两点。\n"
        "一、看清形势，把握文旅融合的新机遇\n这几年，全区游客人数逐年增长，文旅产业已经成为新的增长点。\n"
        "二、突出重点，打造一批叫得响的文旅品牌\n要把老街、古镇和山水资源串起来，形成精品线路。\n"
    )
    read = read_copy(tmp_path, text)
    assert read.outline.title == "全区文旅工作座谈会讲话"
    assert outline_levels(read)[0] == ["看清形势，把握文旅融合的新机遇", "突出重点，打造一批叫得响的文旅品牌"]


def test_a_page_flattened_into_one_line_with_the_notice_is_not_dropped_whole(tmp_path: Path) -> None:
    """Near miss: the notice's words inside a page that lost its line breaks leave the speech in place."""
    text = (
        "本站所有内容均由用户自行上传分享，仅供学习交流使用。全区文旅工作座谈会讲话 同志们：刚才，几位同志谈了很好的意见，"
        "我都赞同。下面讲两点。一、看清形势，把握文旅融合的新机遇 这几年，全区游客人数逐年增长，文旅产业已经成为新的增长点。"
        "二、突出重点，打造一批叫得响的文旅品牌 要把老街、古镇和山水资源串起来，形成精品线路。"
        "各部门要加强协作，在项目、资金、用地等方面给予支持，形成推动文旅发展的合力。"
        "同志们，让我们携起手来，共同把全区文旅事业推向新的高度！\n"
    )
    assert len(text) > 220
    read = read_copy(tmp_path, text)
    assert len(outline_levels(read)[0]) == 2


HEAD = "在全县工作会议上的讲话\n同志们：\n今天召开会议，部署今年的工作。\n"
POINTS = "一、认清形势\n今年以来，全县形势总体平稳，但隐患仍然不少。\n二、压实责任\n各乡镇、各部门要把责任落实到岗位、落实到人。\n"
CLOSING = "同志们，责任重于泰山。我们一定要恪尽职守，真抓实干，奋力完成全年目标任务！"


@pytest.mark.parametrize(
    "under",
    [
        "——本文档为Word格式，下载后可任意编辑修改——\n",  # (the library's note, hf03)
        "相关文档\n在全市教育工作会议上的讲话（2022）　　4页\n市长在全市教育大会上的讲话稿　　7页\n",  # (its list, hy04)
    ],
    ids=["note", "related_list"],
)
def test_the_closing_over_a_document_librarys_page_is_read(tmp_path: Path, under: str) -> None:
    read = read_copy(tmp_path, HEAD + POINTS + CLOSING + "\n" + under)
    assert [p.text for p in read.outline.closing] == [CLOSING]


@pytest.mark.parametrize("sentence", ["相关信息要及时公开。", "下一条，要及时公开。"])
def test_a_sentence_opening_with_a_pages_link_word_does_not_end_the_speech(tmp_path: Path, sentence: str) -> None:
    """相关信息要及时公开。 / 下一条，… open with a page's list heading or link word, but go on as sentences: the speech
    goes on after them (it ended there before stop 57, the second point lost)."""
    text = (
        "在全县政务公开工作会议上的讲话\n同志们：\n今天召开会议，部署政务公开工作。\n"
        "一、提高认识\n政务公开是建设法治政府的重要内容。\n" + sentence + "\n"
        "二、压实责任\n各部门主要负责同志要亲自抓，确保各项任务落到实处。\n"
    )
    read = read_copy(tmp_path, text)
    assert outline_levels(read)[0] == ["提高认识", "压实责任"]
