"""The outline chosen by evidence: speeches we wrote that reproduce the structures real ones defeated mine with.

Each file in tests/data/speeches has the skeleton and markers of a real speech (issue 11) in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.speech_file import read_speech
from tests.conftest import TESTS

SPEECHES = TESTS / "data" / "speeches"


def tree(name: str) -> list[tuple[int, str, str]]:
    outline = read_speech(SPEECHES / name).outline
    return [(n.depth, n.label, n.heading) for n in outline.nodes()]


def paragraphs(*texts: str):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])


def test_first_second_paragraphs_are_the_top_level_and_yishi_lists_sit_inside() -> None:
    """第一，…第四， carry the speech; 一是 lists restart under them (and once in the opening)."""
    nodes = tree("diyi-with-yishi-inside.txt")
    assert [(label, heading) for depth, label, heading in nodes if depth == 1] == [
        ("第一，", "稳住粮食生产这个基本盘。"),
        ("第二，", "做大做强特色产业。"),
        ("第三，", "扎实推进乡村建设。"),
        ("第四，", "加强党对农村工作的领导。"),
    ]
    assert [label for depth, label, _ in nodes if depth == 2] == ["一是", "二是", "三是"] * 2 + ["一是", "二是"]
    outline = read_speech(SPEECHES / "diyi-with-yishi-inside.txt").outline
    assert any(t.text.startswith("一是总结去年工作") for t in outline.opening)  # the opening's list stays text


def test_dash_points_are_the_points() -> None:
    nodes = tree("dash-points.txt")
    assert nodes == [
        (1, "——", "必须坚持党的领导。"),
        (1, "——", "必须坚持以人民为中心。"),
        (1, "——", "必须坚持实事求是。"),
        (1, "——", "必须坚持艰苦奋斗。"),
    ]
    outline = read_speech(SPEECHES / "dash-points.txt").outline
    assert outline.closing and outline.closing[0].text.startswith("同志们，站在新的起点上")


def test_first_then_next_then_last_as_the_top_level() -> None:
    """首先/其次/最后 are the points; the greeting that opens with 首先 and the 最后 that starts a wish are not confused."""
    outline = read_speech(SPEECHES / "shouxian-commencement.txt").outline
    assert [(n.label, n.heading) for n in outline.points] == [
        ("首先，", "希望你们永远保持读书的习惯。"),
        ("其次，", "希望你们做一个有爱心的老师。"),
        ("最后，", "希望你们常回母校看看。"),
    ]
    assert outline.opening[-2].text.startswith("首先，我代表学校")
    assert outline.thanks is not None and outline.thanks.text == "谢谢大家！"


def test_a_speaker_who_switches_marker_style_keeps_the_third_point() -> None:
    nodes = tree("mixed-markers.txt")
    assert [(d, label) for d, label, _ in nodes] == [(1, "一、"), (1, "二、"), (1, "第三，")]
    assert nodes[2][2] == "强化保障，确保整治工作取得实效。"


def test_oral_numbering_and_a_heading_sentence_that_holds_commas() -> None:
    nodes = tree("oral-transcript.txt")
    assert [(d, label) for d, label, _ in nodes] == [(1, "第一点，"), (1, "第二，"), (1, "第三个问题，")]
    assert nodes[2][2] == "那些长期理解不了改革、总觉得改革跟自己没关系的人，要好好做做思想工作。"


def test_an_announced_count_picks_the_sequence_that_matches_it() -> None:
    """Two candidate sequences at paragraph starts: the one of the announced length (三点) is the top level."""
    outline = paragraphs(
        "同志们：",
        "今天开会，下面我讲三点意见。",
        "首先，要提高认识。认识到位才能行动到位。",
        "一是学文件。二是谈体会。",
        "其次，要突出重点。重点不突出，工作就会分散。",
        "一是抓项目。",
        "二是抓招商。",
        "最后，要加强领导。领导是关键。",
    )
    assert [n.label for n in outline.points] == ["首先，", "其次，", "最后，"]
    assert [c.label for c in outline.points[1].children] == ["一是", "二是"]


def test_a_list_previewed_before_it_is_developed_is_read_once() -> None:
    """下边讲三个问题：（一）…（二）…（三）… then （一） again with its text: the preview is opening text."""
    outline = paragraphs(
        "同志们：",
        "下边主要讲三个问题：",
        "（一）怎样看待当前的形势；",
        "（二）怎样抓好当前的工作；",
        "（三）怎样加强队伍建设。",
        "（一）怎样看待当前的形势。这个问题大家都很关心。",
        "形势总体是好的。",
        "（二）怎样抓好当前的工作。关键是落实。",
    )
    assert [n.heading for n in outline.points] == ["怎样看待当前的形势。", "怎样抓好当前的工作。"]
    assert [t.text for t in outline.opening][-3:] == ["（一）怎样看待当前的形势；", "（二）怎样抓好当前的工作；", "（三）怎样加强队伍建设。"]


def test_one_announced_point_on_a_page_cut_short_by_a_login_prompt(tmp_path: Path) -> None:
    lines = [
        "同学们：",
        "大家好！首先，我代表学校向新同学表示欢迎。",
        "在接下来的四年里，我希望你们能够做到以下几点：",
        "首先，志存高远，树立远大理想。理想是人生的航标。",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join([*lines, "(阅读全部图文内容,您需要先登录!)"]), encoding="utf-8")
    assert [n.heading for n in read_speech(path).outline.points] == ["志存高远，树立远大理想。"]
    # the same text, complete: one 首先 is not a list
    assert paragraphs(*lines).points == []


@pytest.mark.parametrize(
    "texts",
    [
        # a 主持词: 首先，请… / 下面，请… are the running order, not points
        ("同志们：", "现在开会。", "首先，请张书记传达会议精神。", "下面，请各单位发言。", "最后，请李市长讲话。"),
        # considerations listed inline in the opening, the points themselves not on the page
        ("同志们：", "今天的会议主要有三点考虑：一是再鼓干劲。大家要振奋精神。二是分解任务。三是加压奋进。", "刚才，几位同志作了发言，讲得很好。"),
        # unnumbered paragraphs that open alike
        ("同学们：", "作为毕业生，你们要坚持研究。研究是一种习惯。", "作为毕业生，你们要勇于担当。担当是一种品格。"),
    ],
)
def test_speeches_without_points_get_none(texts: tuple[str, ...]) -> None:
    assert list(paragraphs(*texts).nodes()) == []


def test_title_wrapped_before_its_shang_de() -> None:
    outline = paragraphs("市委书记在市委理论中心组专题学习会", "上的主持讲话", "同志们：", "今天开会。")
    assert outline.title == "市委书记在市委理论中心组专题学习会上的主持讲话"


def test_one_line_page_split_at_its_title_and_run_on_heading(tmp_path: Path) -> None:
    text = (
        "在区政府第三次全体会议上的讲话春节刚过，区政府召开第三次全体会议，目的是贯彻落实区委全会精神，"
        "明确职责分工，狠抓工作落实。下面我讲三点意见：一、认清形势，坚定信心，进一步增强加快发展的责任感和紧迫感"
        "我区成立以来，经济社会发展取得了明显成效。"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    outline = read_speech(path).outline
    assert outline.title == "在区政府第三次全体会议上的讲话"
    assert [n.heading for n in outline.points] == ["认清形势，坚定信心，进一步增强加快发展的责任感和紧迫感"]
    assert outline.points[0].text.startswith("我区成立以来")


def test_unnumbered_heading_lines_are_the_points_when_nothing_is_numbered() -> None:
    nodes = tree("unnumbered-headings.txt")
    assert nodes == [(1, "", "坚持规划引领"), (1, "", "坚持群众参与"), (1, "", "坚持保护传承")]
    outline = read_speech(SPEECHES / "unnumbered-headings.txt").outline
    assert all(n.standalone for n in outline.points)
    assert outline.closing[0].text.startswith("同志们，城市更新")


def test_short_lines_without_text_under_them_are_not_headings() -> None:
    """A byline-like or page line here and there is not a list of headings."""
    outline = paragraphs(
        "同志们：",
        "今天开会，主要是部署工作。各单位要认真抓好落实，确保各项任务按时完成，不打折扣。",
        "会议材料请会后领取",
        "大家要把思想统一到会议精神上来，把精力集中到抓落实上来，以实际行动推动工作。",
    )
    assert list(outline.nodes()) == []
    assert "原稿要点没有编号" in paragraphs("同志们：", "开头。", *[x for h in ("坚持规划引领", "坚持群众参与", "坚持保护传承") for x in (h, "正文" * 25 + "。")]).notes[0]


def test_a_page_of_two_speeches_keeps_the_first_ones_points() -> None:
    outline = paragraphs(
        "同志们：",
        "今天开会。下面讲两点。",
        "一、提高认识",
        "正文甲。",
        "二、落实责任",
        "正文乙。",
        "同志们：",
        "第二篇讲话的开头。下面讲三点。",
        "一、统一思想",
        "正文丙。",
        "二、突出重点",
        "正文丁。",
        "三、强化保障",
        "正文戊。",
    )
    assert [n.heading for n in outline.points][:2] == ["提高认识", "落实责任"]
    assert len(outline.points) == 5


def test_heading_style_lists_inside_first_second_paragraphs_stay_inside() -> None:
    """第一，…第二，… carry the speech and each holds （一）（二）: the bracketed headings are sub-points."""
    outline = paragraphs(
        "同志们：",
        "今天开会。下面，我讲两点意见。",
        "第一，关于形势。当前形势总体向好。",
        "（一）成绩来之不易",
        "正文甲。",
        "（二）问题不容忽视",
        "正文乙。",
        "第二，关于任务。今年任务十分繁重。",
        "（一）抓好项目建设",
        "正文丙。",
        "（二）抓好民生保障",
        "正文丁。",
    )
    assert [(n.label, n.heading) for n in outline.points] == [("第一，", "关于形势。"), ("第二，", "关于任务。")]
    assert [c.heading for c in outline.points[1].children] == ["抓好项目建设", "抓好民生保障"]


def test_first_second_then_last_and_a_lost_number() -> None:
    outline = paragraphs(
        "同志们：",
        "今天开会，我讲四点意见。",
        "第一，要统一思想。思想是行动的先导。",
        "第二，要明确任务。任务要分解到人。",
        "第四，要强化督查。督查要动真碰硬。",
        "最后，要加强保障。保障要跟得上。",
    )
    assert [n.label for n in outline.points] == ["第一，", "第二，", "第四，", "最后，"]
    assert outline.closing == []


def test_an_opening_list_spread_over_paragraphs_does_not_swallow_the_headings() -> None:
    outline = paragraphs(
        "同志们：",
        "这次会议主要有两项任务。",
        "一是传达上级会议精神。",
        "刚才，张主任已经作了传达，我完全同意。",
        "二是部署下半年工作。",
        "下面，我讲两点意见。",
        "一、认清形势",
        "正文甲。",
        "二、抓好落实",
        "正文乙。",
    )
    assert [n.heading for n in outline.points] == ["认清形势", "抓好落实"]


def test_a_flattened_page_with_spaces_for_line_breaks(tmp_path: Path) -> None:
    """A PDF or web copy with every line break turned into a space: byline, salutation and heading come apart."""
    text = (
        "在全市秋冬季森林防火工作会议上的讲话 （2023 年 10 月 8 日）李明 同志们： 这次会议的主要任务是，分析今年秋冬季森林防火形势，"
        "部署下一阶段工作。刚才，应急局通报了情况，几个县作了发言，讲得都很好。 下面，我讲几点意见。 "
        "一、认清形势，切实把思想和行动统一到防火工作部署上来 今年入秋以来降水偏少，林区可燃物多，火险等级持续偏高，"
        "大家要有清醒的认识。"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    outline = read_speech(path).outline
    assert outline.title == "在全市秋冬季森林防火工作会议上的讲话"
    assert [b.text for b in outline.bylines] == ["（2023 年 10 月 8 日）李明"]
    assert outline.salutation == "同志们"
    assert [n.heading for n in outline.points] == ["认清形势，切实把思想和行动统一到防火工作部署上来"]
    assert outline.points[0].text.startswith("今年入秋以来")


def test_a_flattened_page_whose_list_is_announced_by_a_count_of_points(tmp_path: Path) -> None:
    text = (
        "全县防汛工作会议主持讲话今天，县委、县政府召开全县防汛工作会议，主要任务是部署今年的防汛工作。"
        "刚才，几位同志分别作了安排，讲得很全面，希望大家认真抓好落实。下面，我再强调几点：一要压实防汛责任。"
        "各乡镇要把责任落实到人，确保汛期值班值守不断档。全县上下必须以对人民群众高度负责的态度，以“"
    )
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    outline = read_speech(path).outline
    assert [n.heading for n in outline.points] == ["压实防汛责任。"]


def test_a_chairing_speech_title_and_a_page_information_bar(tmp_path: Path) -> None:
    lines = [
        "当前位置:首页 > 政务动态 > 领导讲话",
        "县长在全县防汛工作会议上的主持词",
        "领导讲话  发文时间:2023-06-01 09:00:00   浏览次数:",
        "刚才，几位同志作了发言，讲得很好。下面，我再强调几点意见。",
        "一是认识要再提高。汛期已到，各地要高度重视。",
        "二是责任要再压实。各乡镇主要领导要亲自抓。",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_speech(path)
    assert result.outline.title == "县长在全县防汛工作会议上的主持词"
    assert {d.number: d.reason for d in result.dropped}[3] == "网页信息栏"
    assert [n.heading for n in result.outline.points] == ["认识要再提高。", "责任要再压实。"]


def test_a_forum_jammer_is_removed_and_the_list_read(tmp_path: Path) -> None:
    lines = [
        "把小事做好是最大的本事 : q3 z- K- d* p7 u0 \\2 W5 e% r/ m",
        "同志们: $ |4 K2 ~* P' J8 ?! 今天开个短会，送大家两个字，算是希望。( H3 T- U- x. Q/ n, B",
        "一是“实”。做工作要实打实，不图虚名，不搞花架子，一步一个脚印把事情办好。7 D) k- y% b2 q, C\\\" Z",
        "二是“细”。细节决定成败，办文办会都要精益求精，不放过任何一个小问题。 . t5 w2 {2 c. X\\\" H# a) V",
    ]
    path = tmp_path / "forum.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_speech(path)
    assert result.outline.title == "把小事做好是最大的本事"
    assert [n.heading for n in result.outline.points] == ["“实”。", "“细”。"]
    assert not any("q3" in p.text or "K2" in p.text for p in result.paragraphs)


def test_a_document_viewers_page_numbers_are_not_points() -> None:
    """1、… 2、… where 2、 carries on a sentence 1、 broke off: pages of a viewer, not a list."""
    outline = paragraphs(
        "同志们：",
        "1、今天我们召开全县教育大会，全县上下高度关注。大家都知道“十年树木，百年树人”，这句话出自古代的一位政治家，他曾在齐国为相",
        "2、四十多年，帮助齐桓公进行改革，使齐国成为强国。教育的问题，是大家最为关心的问题。",
    )
    assert list(outline.nodes()) == []


def test_paragraphs_that_lost_their_full_stop_make_no_viewer_pages_of_a_list() -> None:
    """第一，…第四， where paragraphs before items lost their full stop (or a caption stands there): a speech's
    points still. A viewer numbers its pages 1、 2、 3、 and cuts most of them mid-sentence; one cut among three
    Arabic-numbered items is a lost full stop, two are pages."""
    text = "全县上下要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，一级抓一级，层层抓落实"
    leads = ("统一思想", "突出重点", "强化保障", "严格考核")
    items = [f"第{n}，{lead}。{text}。" for n, lead in zip("一二三四", leads, strict=True)]
    for lost in ([items[0], items[1][:-1], items[2], items[3]], [items[0][:-1], items[1][:-1], items[2][:-1], items[3]]):
        outline = paragraphs("同志们：", "下面，我讲四点意见。", *lost, "同志们，让我们共同努力！")
        assert [n.heading for n in outline.points] == ["统一思想。", "突出重点。", "强化保障。", "严格考核。"]
    arabic = [f"{n}、{lead}。{text}。" for n, lead in zip("123", leads, strict=False)]
    outline = paragraphs("同志们：", "下面，我讲三点意见。", arabic[0], arabic[1][:-1], arabic[2], "同志们，让我们共同努力！")
    assert [n.heading for n in outline.points] == ["统一思想。", "突出重点。", "强化保障。"]
    outline = paragraphs("同志们：", "下面，我讲三点意见。", arabic[0][:-1], arabic[1][:-1], arabic[2], "同志们，让我们共同努力！")
    assert list(outline.nodes()) == []


def test_run_on_headings_on_a_flattened_page_end_at_their_closing_words(tmp_path: Path) -> None:
    text = (
        "在全区校园安全工作会议上的讲话各位校长：今天召开全区校园安全工作会议，主要任务是分析形势，部署工作。"
        "刚才，教育局通报了情况，两所学校作了交流发言，讲得很好。在这里我再强调两点意见。"
        "一、必须认清形势，增强做好校园安全工作的责任心和紧迫感校园安全关系到千家万户，任何时候都不能放松。"
        "（一）开展校园安全隐患排查的必要性全区学校点多面广，隐患排查必须全覆盖，不留死角。"
    )
    path = tmp_path / "flat.txt"
    path.write_text(text, encoding="utf-8")
    outline = read_speech(path).outline
    assert [n.heading for n in outline.points] == ["必须认清形势，增强做好校园安全工作的责任心和紧迫感"]
    assert [c.heading for c in outline.points[0].children] == ["开展校园安全隐患排查的必要性"]


def test_one_announced_sub_point_on_a_page_cut_by_a_word_count_notice(tmp_path: Path) -> None:
    lines = [
        "在全市文旅工作座谈会上的讲话",
        "刚才，各县区交流了工作，讲得都很好。下面，我讲3个方面的意见。",
        "一、准确把握当前面临的新形势",
        "今年是承上启下的一年，我们要准确把握三个方面：",
        "第一，要用长远眼光看待文旅发展。文旅发展不能只看一时一地，要放在全局中来谋划。",
        "【文章共5210字，精选参考范文，仅供学习借鉴】",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    outline = read_speech(path).outline
    assert [(n.depth, n.heading) for n in outline.nodes()] == [
        (1, "准确把握当前面临的新形势"),
        (2, "要用长远眼光看待文旅发展。"),
    ]


def test_a_lone_first_point_announced_in_arabic_figures_on_a_cut_page() -> None:
    outline = paragraphs(
        "同志们：",
        "听了大家的发言很受启发。我想跟大家交流3个方面的想法。",
        "第一，要充分认识教育的重要地位",
        "教育是民族振兴、社会进步的基石，可以说是全县人民最关心的民生问题，这几年，县",
    )
    assert [n.heading for n in outline.points] == ["要充分认识教育的重要地位"]


def test_a_page_line_holding_the_points_run_together_is_split(tmp_path: Path) -> None:
    """Several page lines, one of them the whole speech with its headings run in: split at the headings."""
    lines = [
        "当前位置 : 范文网 > 讲话稿 > 正文",
        "在全区重点项目推进会上的讲话[VIP]",
        "发布时间:2023-5-6文章大小:4000字节页数:6页",
        "在全区重点项目推进会上的讲话",
        "今天，我们召开重点项目推进会，主要目的是总结前一阶段工作，部署下一步任务，动员全区上下比学赶超，再掀项目建设新高潮。"
        "刚才，几个部门作了发言，讲得很好，希望大家认真学习，抓好落实。今年以来，全区上下围绕项目建设做了大量工作，"
        "新开工项目数量和完成投资都好于去年同期，但与年初确定的目标相比还有不小差距。这里，我再强调两点意见：一、提高思想认识，凝聚向心力"
        "项目是一个地方发展的核心。任何时候都要把项目建设摆在突出位置，一刻也不能放松。二、压实工作责任，形成推进合力"
        "各部门要各负其责，密切配合，确保每个项目都有人管、有人抓。",
        "新来的客人【点此注册】查看文章",
        "最近更新",
        "用户名:",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_speech(path)
    assert [n.heading for n in result.outline.points] == ["提高思想认识，凝聚向心力", "压实工作责任，形成推进合力"]
    assert result.outline.points[0].text.startswith("项目是一个地方发展的核心。")
    assert "登录/下载提示" in {d.reason for d in result.dropped}


def test_first_sentence_then_second_sentence_as_oral_points_and_a_labelled_title(tmp_path: Path) -> None:
    lines = [
        "文章标题:在全县经济形势分析会上的讲话",
        "公文网 2022-09-02 20:27:57 讲话发言",
        "同志们：",
        "今天开会分析上半年经济形势。上半年的形势，可以用两句话来概括：",
        "第一句话，纵比成绩喜人。主要指标都有增长。",
        "第二句话，横比压力很大。同兄弟县比还有差距。",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read_speech(path)
    assert result.outline.title == "在全县经济形势分析会上的讲话"
    assert [n.label for n in result.outline.points] == ["第一句话，", "第二句话，"]


def test_an_office_and_name_line_is_a_byline_and_an_appended_profile_is_another_document() -> None:
    result = read_speech(SPEECHES / "summary-closing-then-appended-profile.txt")
    outline = result.outline
    assert [b.text for b in outline.bylines] == ["区长　孙立华", "（2024年3月6日）"] and not outline.subtitle
    assert outline.closing[0].text.startswith("以上三点意见")
    assert {d.reason for d in result.dropped if d.text.startswith(("王建国", "——记", "一、忠于", "二、心系"))} == {"同一页上的另一篇文章"}


def test_a_theme_title_keeps_its_office_and_name_byline() -> None:
    outline = paragraphs("凝心聚力　真抓实干", "——在全区经济工作会议上的讲话", "区委书记　孙立华", "同志们：", "今天开会。",
                         "一、抓好经济。正文。", "二、抓好民生。正文。")
    assert (outline.title, outline.subtitle) == ("凝心聚力　真抓实干", "——在全区经济工作会议上的讲话")
    assert [b.text for b in outline.bylines] == ["区委书记　孙立华"]


def test_a_text_file_written_in_markdown_is_read_as_markdown() -> None:
    result = read_speech(SPEECHES / "markdown-note-bold-headings.txt")
    assert result.outline.title == "在学院2024年秋季学期工作会上的讲话"
    assert not any("title:" in p.text or "**" in p.text for p in result.paragraphs)
    assert [n.label for n in result.outline.nodes()] == ["一、", "二、", "三、"]


def test_a_salutation_over_two_lines_and_bold_leads_as_points() -> None:
    outline = read_speech(SPEECHES / "bold-leads-front-matter.txt").outline
    assert outline.salutation == "亲爱的同学们，各位老师、各位家长"
    assert outline.top_style == "#1" and all(not n.label for n in outline.points)


def test_last_ends_an_ordinal_list_but_not_a_yishi_list() -> None:
    """最后， after 一是…三是 is the speaker's last word, not a fourth item (it numbers on only after 第二，/其次，)."""
    body = "我会带领班子把这件事做实做细，不让大家失望，也请大家监督。"
    outline = paragraphs("各位领导：", "下面我从三个方面表个态。", "一是守住底线。" + body, "二是凝聚人心。" + body,
                         "三是共谋发展。" + body, "最后，请各位领导放心，我们一定用实际行动交出满意的答卷。")
    assert [n.label for n in outline.points] == ["一是", "二是", "三是"]


def test_a_theme_title_over_its_dash_subtitle_wins_over_the_pages_title_line(tmp_path: Path) -> None:
    """A page's title line repeats theme and subtitle in one; the speech's own theme title stands over its
    ——subtitle line, a spaced name under them is the byline, and a photo's credit line is dropped."""
    source = tmp_path / "page.txt"
    source.write_text("\n".join((
        "走 向 远 方——在2024届高三毕业典礼上的讲话",
        "文章来源：本站原创 作者：佚名 发布时间：2024年06月20日",
        "走 向 远 方",
        "——在2024届高三毕业典礼上的讲话",
        "王 小 明",
        "摄影/李晓华",
        "同学们：",
        "今天你们毕业了。我送大家三句话。",
        "一是要学会选择。人生处处是选择，选对方向比走得快更重要。",
        "二是要学会坚持。认准了的事情，就要一步一个脚印走下去。",
        "三是要学会感恩。感谢父母，感谢老师，感谢一路同行的同学。",
        "祝大家前程似锦！",
    )) + "\n", encoding="utf-8")
    result = read_speech(source)
    outline = result.outline
    assert (outline.title, outline.subtitle) == ("走 向 远 方", "——在2024届高三毕业典礼上的讲话")
    assert [b.text for b in outline.bylines] == ["王 小 明"]
    assert any(d.text == "摄影/李晓华" and d.reason == "图片说明" for d in result.dropped)


def test_mine_warns_that_points_numbered_in_several_runs_are_renumbered_as_one() -> None:
    from jianggao.reader.mine import mine_speech

    result = read_speech(SPEECHES / "successive-runs-no-headings.txt")
    assert result.outline.several_runs  # the outline says so; mine does not work it out again
    mined = mine_speech(result)
    assert len(mined.data["points"]) == 9
    assert any("分几组各自编号" in note for note in mined.notes)
    one_run = read_speech(SPEECHES / "dash-goals-under-heading.txt")
    assert not one_run.outline.several_runs
    assert not any("分几组各自编号" in note for note in mine_speech(one_run).notes)


def test_a_list_brought_in_by_last_words_is_no_run_of_points() -> None:
    """最后，提几点要求： before 一要…三要 after the points: requirements added on, not a further run of points."""
    body = "这项工作涉及面广、政策性强，各地各部门要高度重视，确保各项任务落到实处，年底前要见到实效。"
    outline = paragraphs(
        "同志们：", "今天开会，主要是部署今年的工作。", "第一，要提高认识。" + body, "第二，要突出重点。" + body,
        "第三，要加强领导。" + body, "最后，我提几点要求：", "一要压实责任。" + body, "二要严格督查。" + body, "三要加强宣传。" + body,
    )
    assert [(n.depth, n.label) for n in outline.nodes()][:3] == [(1, "第一，"), (1, "第二，"), (1, "第三，")]
    assert len(outline.points) == 3


def test_an_attachment_list_after_the_last_point_is_dropped() -> None:
    """附件：1．… 2．… after the last point, with no closing words: another document, reported, not sub-points."""
    outline = paragraphs("同志们：", "今天开会。下面我讲两点。", "一、抓好经济。经济工作要稳中求进。", "二、抓好民生。民生工作要尽力而为。",
                         "附件：1．全区重点项目清单", "2．责任分工表")
    assert [(n.depth, n.heading) for n in outline.nodes()] == [(1, "抓好经济。"), (1, "抓好民生。")]
    assert [d.reason for d in outline.dropped] == ["文末附件", "文末附件"]



def test_a_body_sentence_opening_with_fujian_is_no_attachment() -> None:
    outline = paragraphs("同志们：", "今天开会。下面我讲两点。", "一、抓好统计。统计数据要真实准确。", "二、抓好报送。报送工作要及时规范。",
                         "附件材料要按时报送，不得延误。", "同志们，让我们共同努力，把各项工作做好！")
    assert outline.dropped == []
    assert [c.text for c in outline.closing] == ["同志们，让我们共同努力，把各项工作做好！"]


def test_one_side_other_side_inside_a_paragraph_counts_only_with_lead_sentences_of_their_own() -> None:
    turn = "一方面要稳住存量，巩固已有市场；另一方面也要做大增量，开拓新的市场。"
    leads = "一方面，要正确看待成绩。成绩来之不易，但不能躺在功劳簿上。另一方面，要清醒看到差距。差距就是潜力，也是动力。"
    outline = paragraphs("同志们：", "今天开会，我讲两点。", "一、关于市场。市场是企业的生命线。" + turn,
                         "二、关于作风。作风建设永远在路上。" + leads)
    assert [(n.depth, n.label, n.heading) for n in outline.nodes()] == [
        (1, "一、", "关于市场。"), (1, "二、", "关于作风。"), (2, "一方面，", "要正确看待成绩。"), (2, "另一方面，", "要清醒看到差距。"),
    ]


def test_the_first_point_said_at_the_end_of_the_opening_keeps_the_opening_text() -> None:
    outline = read_speech(SPEECHES / "first-point-at-end-of-opening.txt").outline
    assert outline.opening[-1].text.endswith("下面，我讲三点意见。")
    assert outline.points[0].inline and outline.points[0].label == "第一，"


def test_a_yishi_run_whose_first_item_ends_the_opening() -> None:
    body = "各村要立即行动，落实责任人和完成时限，确保不留死角。"
    outline = paragraphs("同志们：", "今天开会，部署防汛工作。我讲三点。一是思想上要高度重视。" + body,
                         "二是隐患排查要到边到底。" + body, "三是应急准备要充分到位。" + body)
    assert [(n.label, n.heading) for n in outline.points] == [
        ("一是", "思想上要高度重视。"), ("二是", "隐患排查要到边到底。"), ("三是", "应急准备要充分到位。"),
    ]
    assert outline.opening[-1].text == "今天开会，部署防汛工作。我讲三点。"


def test_a_markdown_files_first_heading_is_its_title_only_when_unnumbered_and_alone_at_its_level(tmp_path: Path) -> None:
    titled = tmp_path / "titled.md"
    titled.write_text("## 在全校教师大会上的讲话\n\n老师们：\n\n### 一、抓教学\n\n教学是中心。\n\n### 二、抓安全\n\n安全是底线。\n", encoding="utf-8")
    assert read_speech(titled).outline.title == "在全校教师大会上的讲话"
    numbered = tmp_path / "numbered.md"
    numbered.write_text("## 一、抓教学\n\n教学是中心。\n\n### （一）备课\n\n备课要细。\n", encoding="utf-8")
    assert read_speech(numbered).outline.points[0].label == "一、"


def test_parallel_openings_need_three_and_an_ordinal_run_from_one() -> None:
    """Paragraphs opening alike but for an ordinal or a quoted term are sub-points only when three or more
    follow the same form and the ordinals count 1, 2, 3; two of them, or 第二…第四, stay text."""
    head = ("同志们：", "下面讲两点。", "一、抓清理", "要动员群众。")
    stages = [f"第{n}阶段为{month}，重点是清理。正文。" for n, month in (("一", "三月"), ("二", "四月"), ("三", "五月"))]
    read = paragraphs(*head, *stages, "二、抓长效", "要建章立制。")
    assert [n.depth for n in read.nodes()] == [1, 2, 2, 2, 1]
    assert read.points[0].children[0].heading == "第一阶段为三月，重点是清理。"
    assert [n.depth for n in paragraphs(*head, *stages[:2], "二、抓长效", "正文。").nodes()] == [1, 1]
    later = [t.replace("第一", "第四") for t in stages[:1]] + stages[1:]  # 第四 第二 第三: no run from 1
    assert [n.depth for n in paragraphs(*head, *later, "二、抓长效", "正文。").nodes()] == [1, 1]
    quoted = [f"所谓“{w}”，就是把事情做细。正文。" for w in ("清单化", "网格化")]
    assert [n.depth for n in paragraphs(*head, *quoted, "二、抓长效", "正文。").nodes()] == [1, 1]


def test_two_ordinal_openings_the_paragraph_before_counts_are_sub_points() -> None:
    """分两个阶段来安排。 / 第一个阶段，… / 第二个阶段，…: two are enough when the paragraph before them counts as many of
    the word they are numbered by; counted otherwise (三个阶段) they stay text."""
    head = ("同志们：", "下面讲两点。", "一、明确目标", "要把握好发展的节奏。")
    stages = [f"第{n}个阶段，从{a}到{b}，再奋斗五年，基本实现目标。正文。" for n, a, b in (("一", "今年", "二○三○年"), ("二", "二○三○年", "二○三五年"))]
    counted = paragraphs(*head, "综合分析各方面条件，可以分两个阶段来安排。", *stages, "二、抓好落实", "正文。")
    assert [n.depth for n in counted.nodes()] == [1, 2, 2, 1]
    assert counted.points[0].children[1].heading.startswith("第二个阶段，从二○三○年到二○三五年")
    other = paragraphs(*head, "综合分析各方面条件，可以分三个阶段来安排。", *stages, "二、抓好落实", "正文。")
    assert [n.depth for n in other.nodes()] == [1, 1]


def test_title_folded_before_its_last_word_is_one_title_not_a_speaker() -> None:
    outline = paragraphs("在全县春季防汛工作会议上的", "讲话", "刘海波", "同志们：", "今天开会。")
    assert outline.title == "在全县春季防汛工作会议上的讲话"
    assert [b.text for b in outline.bylines] == ["刘海波"]
    folded = paragraphs("在市直机关作风建设推进会上的", "发言", "同志们：", "今天开会。")
    assert (folded.title, folded.bylines) == ("在市直机关作风建设推进会上的发言", [])


def test_mine_tells_one_count_in_mixed_styles_apart_from_several_runs(tmp_path: Path) -> None:
    from jianggao.reader.mine import mine_speech

    source = tmp_path / "mixed.txt"
    source.write_text("\n".join((
        "在全镇秋收工作会议上的讲话",
        "同志们：",
        "今天开个短会，我讲三点意见。",
        "一、抓紧抢收",
        "天气预报说下周有雨，各村要组织人手，抢在雨前把稻谷收回来。",
        "二、做好烘干",
        "烘干中心要二十四小时运转，确保收回来的稻谷不霉变。",
        "第三，守住安全。农机下田、夜间作业，都要有人盯着，不能出事故。",
        "谢谢大家！",
    )) + "\n", encoding="utf-8")
    result = read_speech(source)
    assert not result.outline.several_runs
    notes = mine_speech(result).notes
    assert any("混用了几种序号样式" in note for note in notes)
    assert not any("分几组各自编号" in note for note in notes)
