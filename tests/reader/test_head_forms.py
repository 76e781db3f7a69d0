"""Head lines as writers type them (a probe of common forms at stop 18), in speeches of our own wording, each beside
a near miss: the speaker named by office before a colon or in brackets after the name is a byline, not a subtitle;
同志们， on a line of its own is the salutation; a title quoted whole in book marks (《在…上的讲话》) is the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline
from tests.reader.mining import mine

BODY = (
    "今天召开全县工作会议，我讲三点意见。",
    "一、统一思想",
    "当前，一些干部对形势认识不足，存在等一等、看一看的思想，必须下大力气加以解决，确保全县上下步调一致。",
    "二、狠抓落实",
    "各项任务已经明确，关键在于落实。各级各部门要对照目标任务，细化措施，压实责任，确保每项工作有人抓。",
    "三、转变作风",
    "作风建设永远在路上。要坚决反对形式主义、官僚主义，切实减轻基层负担，让干部把精力用在抓落实上。",
)


def read(*head: str):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((*head, *BODY))])


@pytest.mark.parametrize("line", ["县委书记：张明远", "张明远（县委书记）", "张明远　（县委副书记、县长）"])
def test_the_speaker_named_by_office_is_a_byline(line: str) -> None:
    outline = read("在全县工作会议上的讲话", line, "同志们：")
    assert outline.title == "在全县工作会议上的讲话"
    assert [b.text for b in outline.bylines] == [line]
    assert outline.subtitle == ""


def test_a_theme_over_the_line_naming_the_speech_keeps_its_subtitle() -> None:
    """Near miss: the line under a theme title names the speech, no speaker: it is the subtitle."""
    outline = read("凝心聚力　真抓实干", "在全县工作会议上的讲话", "同志们：")
    assert outline.subtitle == "在全县工作会议上的讲话"
    assert outline.bylines == []


def test_the_audience_on_a_line_ending_in_a_comma_is_the_salutation() -> None:
    outline = read("在全县工作会议上的讲话", "同志们，")
    assert outline.salutation == "同志们"
    assert outline.bylines == []
    assert len(outline.points) == 3


def test_a_salutation_over_two_lines_is_one_salutation() -> None:
    """Near miss: a line ending in a comma over the salutation's colon line is that salutation's first line."""
    outline = read("在全县工作会议上的讲话", "尊敬的各位领导，", "亲爱的同志们：")
    assert outline.salutation == "尊敬的各位领导，亲爱的同志们"


def test_a_title_quoted_whole_in_book_marks_is_the_title() -> None:
    assert read("《在全县工作会议上的讲话》", "同志们：").title == "在全县工作会议上的讲话"


def test_a_title_that_quotes_a_work_keeps_its_marks() -> None:
    """Near miss: book marks around a work the title names, not the whole title, stay."""
    assert read("学习《论持久战》的体会发言", "同志们：").title == "学习《论持久战》的体会发言"


def test_a_note_apps_line_of_facts_under_the_title_gives_the_speaker_and_date(tmp_path: Path) -> None:
    # > 七一专题党课讲稿 · 县教育局党组书记 郑某某 · 2026年6月28日 (t10 of the everyday suite): byline and date read,
    # the label dropped and said
    text = (
        "# 传承红色基因　争做合格党员\n\n> 七一专题党课讲稿 · 县教育局党组书记 郑某某 · 2026年6月28日\n\n同志们：\n\n"
        "今天上一堂专题党课。我讲两点。\n\n## 一、从红色历史中汲取力量\n\n要学习先辈。\n\n## 二、对照标准找差距\n\n要找准差距。\n"
    )
    spec, report = mine(tmp_path, text, name="lesson.md")
    assert (spec["speaker"], spec["speaker_title"], str(spec["date"])) == ("郑某某", "县教育局党组书记", "2026-06-28")
    assert "第 3 行（页头）：七一专题党课讲稿" in report


def test_a_name_with_a_transliteration_dot_is_no_line_of_facts(tmp_path: Path) -> None:
    # near miss: 艾尔肯·吐尼亚孜 holds a dot with no spaces round it: not pieces set apart
    text = "2026年政府工作报告\n\n自治区主席　艾尔肯·吐尼亚孜\n\n各位代表：\n\n现在，我代表自治区人民政府作报告。\n\n一、过去一年工作回顾\n\n经济稳步增长。\n\n二、今年工作安排\n\n要稳中求进。\n"
    spec, _ = mine(tmp_path, text)
    assert spec.get("speaker") != "艾尔肯"


def test_a_byline_with_the_date_at_its_end_gives_the_name_and_the_date(tmp_path: Path) -> None:
    # 行长 刘某某　2024年7月12日 (w04 of the everyday suite): the speaker had been read as the date
    body = "同志们：\n\n今天召开年中工作会议。我讲两点。\n\n第一，要稳存款。存款是立行之本。\n\n第二，要控风险。风险是底线。\n"
    cases = (("行长 刘某某\u30002024年7月12日", "刘某某", "行长", "2024-07-12"), ("王明远 2019年9月1日", "王明远", None, "2019-09-01"))
    for byline, name, office, date in cases:
        spec, _ = mine(tmp_path, "在分行年中工作会议上的讲话\n\n" + byline + "\n\n" + body)
        assert (spec["speaker"], spec.get("speaker_title"), str(spec["date"])) == (name, office, date)


def test_bylines_with_a_founders_or_a_candidates_office_name_the_speaker(tmp_path: Path) -> None:
    # 创始人、CEO　陆某某 / *县政府党组书记、县长候选人　邓某某* (v23, v18): no page's line, the speaker
    body = "各位同事：\n\n今天我们欢聚一堂。我讲两点。\n\n第一，感谢大家。一年来大家辛苦了。\n\n第二，展望明年。明年要再上台阶。\n"
    for byline, name in (("创始人、CEO\u3000陆某某", "陆某某"), ("*县政府党组书记、县长候选人\u3000邓某某*", "邓某某")):
        spec, _ = mine(tmp_path, "# 在公司年会上的致辞\n\n" + byline + "\n\n" + body, name="speech.md")
        assert spec["speaker"] == name


def test_a_name_spaced_out_after_an_office_is_one_name(tmp_path: Path) -> None:
    # 绍兴一中党委书记、校长  王 琛 / 盛 阅 春: the speaker had been read as 琛 (office 王) or 春
    body = "同志们：\n\n今天召开会议。我讲两点。\n\n第一，要抓学习。学习是第一位的。\n\n第二，要抓落实。落实是关键。\n"
    for byline, name, office in (("绍兴一中党委书记、校长  王 琛", "王琛", "绍兴一中党委书记、校长"), ("盛 阅 春", "盛阅春", None)):
        spec, _ = mine(tmp_path, "在全校教职工大会上的讲话\n\n" + byline + "\n\n" + body)
        assert (spec["speaker"], spec.get("speaker_title")) == (name, office)


def test_an_office_and_a_name_are_the_speaker_before_a_bare_word_of_the_page(tmp_path: Path) -> None:
    # a web page's menu left 视频新闻 as a byline beside 县委副书记、县长　林某某 (v21): the office and name win
    text = (
        "某某县人民政府门户网站\u3000首页\u3000新闻中心\u3000领导讲话\u3000视频新闻\n在全县乡村振兴工作推进会上的讲话\n"
        "县委副书记、县长\u3000林某某\n同志们：\n今天召开全县乡村振兴工作推进会。下面，我讲两点意见。\n"
        "一、聚焦产业发展\n要立足资源禀赋，坚持特色发展。\n二、聚焦乡村建设\n要扎实推进人居环境整治。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert (spec["speaker"], spec["speaker_title"]) == ("林某某", "县委副书记、县长")


def test_a_date_in_brackets_at_a_titles_end_is_the_date(tmp_path: Path) -> None:
    # 市场部周例会讲话（6月17日） (y07): the title without it, the date read as the speech's
    body = "\n\n好，人到齐了，我们开始吧。\n\n首先，说一下上周的销售数据。上周完成销售额186万。\n\n其次，关于活动复盘。问题已经暴露出来了。\n\n最后，说一点团队的事。最近加班比较多。\n\n就这些。其他同事有没有要补充的？没有的话，散会。"
    spec, _ = mine(tmp_path, "市场部周例会讲话（2024年6月17日）" + body)
    assert (spec["title"], str(spec["date"])) == ("市场部周例会讲话", "2024-06-17")
    assert spec["closing"] == ["就这些。其他同事有没有要补充的？没有的话，散会。"]


def test_a_bracket_that_is_no_date_stays_in_the_title(tmp_path: Path) -> None:
    # near miss: （2024年度） / （第二次） name no day: the title as written
    body = "\n\n同志们：\n\n今天开会。我讲两点。\n\n第一，要抓学习。学习是第一位的。\n\n第二，要抓落实。落实是关键。\n"
    for title in ("在全县工作会议上的讲话（2024年度）", "在全县工作会议上的讲话（第二次）"):
        spec, _ = mine(tmp_path, title + body)
        assert spec["title"] == title


def test_a_date_line_with_its_weekday_time_or_place_is_no_speaker(tmp_path: Path) -> None:
    # 2025年01月17日 星期五 (an e-paper's date) / 2025年5月16日 下午 市政府第一会议室: the date, never a name (f03, f21)
    body = "同志们：\n\n今天召开座谈会，主要是听取大家的意见建议。\n\n一、关于经济形势\n\n今年以来，全市经济总体延续回升向好的态势。\n\n同志们，让我们共同努力！"
    for line in ("2025年01月17日 星期五", "2025年5月16日 下午 市政府第一会议室"):
        spec, _ = mine(tmp_path, f"在民营企业界政协委员座谈会上的讲话\n\n{line}\n\n{body}")
        assert not spec.get("speaker") and str(spec["date"]) in ("2025-01-17", "2025-05-16")


def test_the_speaker_under_a_subtitle_under_a_pages_menus(tmp_path: Path) -> None:
    # an e-paper's menus, then 政府工作报告（摘要） / ——…会议上 / 市长　周立群 (f03): the byline is the head's, not the text's
    menus = "江川日报数字报\n首页 | 往期回顾 | 版面导航\n2025年01月17日 星期五\n当前版：02版　　第02版：要闻\n上一版　下一版\n"
    head = "政府工作报告（摘要）\n——2025年1月16日在江川市第十七届人民代表大会第五次会议上\n市长　周立群\n"
    body = "\n一、2024年工作回顾\n\n过去一年，全市经济总体延续回升向好的态势，主要指标好于预期。\n\n二、2025年重点工作\n\n今年要抓好项目建设。"
    spec, _ = mine(tmp_path, menus + head + body)
    assert (spec["speaker"], spec["speaker_title"]) == ("周立群", "市长")


def test_a_name_and_its_bracketed_date_on_one_line(tmp_path: Path) -> None:
    # 周立新（2024年2月19日） under the title (g25): a name and its date (it had been lost without a word)
    body = "同志们：\n\n新春伊始，万象更新。\n\n一、2023年是极不平凡的一年\n\n全县上下交出了一份沉甸甸的答卷。\n\n同志们，让我们共同努力！"
    spec, _ = mine(tmp_path, "在全县目标管理考核总结表彰大会上的讲话\n\n周立新（2024年2月19日）\n\n" + body)
    assert (spec["speaker"], str(spec["date"])) == ("周立新", "2024-02-19")
    title, _ = mine(tmp_path, "讲话稿（2024年2月19日）\n\n" + body)  # near miss: a title's word, not a name
    assert not title.get("speaker")


def test_a_transcripts_tag_after_the_title_is_the_pages(tmp_path: Path) -> None:
    body = "同志们：\n\n今天开个经营分析会。\n\n一、车险\n\n三季度车险保费增长放缓。\n\n二、非车险\n\n非车险保持较快增长。"
    spec, report = mine(tmp_path, "在2024年三季度经营分析会上的讲话（录音转写稿）\n\n" + body)
    assert spec["title"] == "在2024年三季度经营分析会上的讲话"
    assert "录音转写稿" in report  # (the tag dropped, and said)


def test_a_pre_appointment_talks_head(tmp_path: Path) -> None:
    """县纪委书记对新任乡镇党政正职的任前廉政谈话 / （录音整理稿） / 谈话人：… / 时间：…  地点：… / 几位同志： (stop 23,
    gf17): a talk's title, its speaker named by his part in it, the few comrades addressed."""
    text = (
        "县纪委书记对新任乡镇党政正职的任前廉政谈话\n（录音整理稿）\n谈话人：县委常委、县纪委书记 方国栋\n"
        "时间：2024年5月9日上午  地点：县纪委三楼会议室\n几位同志：\n今天叫大家来，是例行的任前廉政谈话。\n"
        "第一，要把位置摆正。当了书记、镇长，更要把自己摆进去。\n第二，要把权力管住。权力是人民给的，要用来为人民办事。\n"
        "行，今天就谈到这儿。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "县纪委书记对新任乡镇党政正职的任前廉政谈话"
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("方国栋", "县委常委、县纪委书记")
    assert spec["salutation"] == "几位同志"


def test_a_township_liaison_and_a_note_naming_the_speech(tmp_path: Path) -> None:
    """镇包村领导　何秀梅 (stop 23, go11) is a byline; （村党总支书记吴德明在4月村民代表大会上的讲话，村文书根据录音整理）
    (go17) names the speaker as a news title would."""
    body = "各位村民代表：\n今天开个会，讲三件事。\n第一，垃圾要分类。大家回去跟家里人说清楚。\n第二，院子要干净。房前屋后不能乱堆。\n好，就讲这些。\n"
    spec, _ = mine(tmp_path, "在新一届村“两委”班子第一次会议上的讲话\n镇包村领导　何秀梅\n" + body)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("何秀梅", "镇包村领导")
    note = "（村党总支书记吴德明在4月村民代表大会上的讲话，村文书根据录音整理）"
    spec, _ = mine(tmp_path, "关于全村人居环境整治提升的讲话\n" + note + "\n" + body)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("吴德明", "村党总支书记")


def test_an_editors_note_at_the_titles_end_is_said_apart() -> None:
    # (初三年级家长会发言（录音整理稿，未经本人审阅）: gs07, stop 24)
    outline = read("初三年级家长会发言（录音整理稿，未经本人审阅）", "同志们：")
    assert outline.title == "初三年级家长会发言"
    assert [b.text for b in outline.bylines] == ["（录音整理稿，未经本人审阅）"]



@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("项目推进会讲话（5.20定稿）", "项目推进会讲话"),
        ("安全生产月动员讲话（内部定稿）", "安全生产月动员讲话"),
        ("在2023级研究生开学典礼上的讲话（现场实录）", "在2023级研究生开学典礼上的讲话"),
    ],
)
def test_a_drafts_state_or_a_copys_kind_after_the_title_is_a_tag(line: str, title: str) -> None:
    # (gq12, gi23, gw20, gv20: stop 24)
    assert read(line, "同志们：").title == title


def test_a_bracket_of_the_titles_own_words_stays() -> None:
    """Near miss: （2024—2026年） / （试行） are the title's own words."""
    assert read("在全县三年行动计划（2024—2026年）推进会上的讲话", "同志们：").title == "在全县三年行动计划（2024—2026年）推进会上的讲话"


def test_a_salutation_glued_under_a_news_pages_lead() -> None:
    # (6月13日，…召开。 over 同志们：今天上午，…: gy24, stop 24)
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((
        "在全县和美乡村建设现场推进会上的讲话", "6月13日，全县和美乡村建设现场推进会在柳河镇召开。县委书记出席并讲话。",
        "同志们：今天上午，我们实地观摩了几个村，看了以后很受启发。", *BODY[1:],
    ))])
    assert outline.salutation == "同志们"
    assert outline.opening[-1].text.startswith("今天上午")


def test_a_news_lead_over_text_with_no_salutation_gives_none() -> None:
    """Near miss: the lead over text that names no audience: no salutation."""
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate((
        "在全县和美乡村建设现场推进会上的讲话", "6月13日，全县和美乡村建设现场推进会在柳河镇召开。县委书记出席并讲话。",
        "今天上午，我们实地观摩了几个村，看了以后很受启发。", *BODY[1:],
    ))])
    assert outline.salutation == ""
