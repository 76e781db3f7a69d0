"""Forms from company speeches and their copies (everyday round o, stop 22), in our own wording:

- Heads: a note's line of facts among the note's other lines (> 王某某｜2024.3.9｜培训中心 / > 定稿，已发人力部); a record's
  lines 讲话人：… / 时间：… / 地点：… under the title, and a greeting (大家新年好啊！) that starts the speech; a speech
  signed in brackets at its end (（致辞人：唐某某，公司创始人、董事长）); 蒋某总经理在…: the office is 总经理.
- A spoken count that goes on with 再一个，/ 还有一个， after its first item when no 第二 comes and another such word
  follows (near misses: 再一个， inside the first item, then 第二个问题，; one 再一个， alone after the first, in
  test_everyday_near_misses).
- Spoken ends: 就这三件事。 / 好了，我啰啰嗦嗦讲了四十多分钟了。
- 首先呢，… / 另外一个，就是… / 还有就是，… / 最后讲一句，…: order words and going-on words said as one count (a
  label with 呢 is a speaker's; near miss: 另外，… alone is no label).
- Bold heading lines that end in a closing quote (**一家工厂的“笨功夫”**).
- A WeChat copy's end: the editor's note (本文根据演讲录音整理…), credits set apart by bars, ▼ 往期回顾 and its list,
  喜欢就点个赞和在看吧～; ## 05 | … is a numbered heading, no menu.
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这件事关系公司的发展，大家要拿出具体措施，一项一项抓落实，确保见到实实在在的成效。"
POINTS = f"第一，抓市场。{BODY}\n第二，抓管理。{BODY}\n第三，抓队伍。{BODY}\n"
CLOSE = "同志们，新的一年任务很重，希望大家振奋精神、苦干实干，努力完成全年目标任务。\n"


def test_a_notes_line_of_facts_among_its_other_lines(tmp_path: Path) -> None:
    body = (POINTS + CLOSE).replace("\n", "\n\n")
    text = f"# 在中层干部培训班上的讲话\n\n> 王振国｜2024.3.9｜培训中心二楼\n> 定稿，已发人力部排版\n\n各位学员：\n\n今天开班，我讲三点。\n\n{body}"
    spec, _ = mine(tmp_path, text, name="talk.md")
    assert spec.get("speaker") == "王振国"
    assert str(spec.get("date")) == "2024-03-09"


def test_a_records_facts_and_a_greeting_under_the_title(tmp_path: Path) -> None:
    text = (
        "开工第一天，老板讲了三件事\n（根据现场录音整理）\n讲话人：戴永安（公司董事长）\n时间：2025年2月5日上午8:30\n"
        f"地点：一号车间门口\n大家新年好啊！\n红包都领了吧？今天讲三件事。\n头一件事，安全。{BODY}\n第二件事，订单。{BODY}\n"
        f"第三件事，待遇。{BODY}\n就这三件事。好了，不耽误大家了，开工大吉！\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "开工第一天，老板讲了三件事"
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("戴永安", "公司董事长")
    assert "会议信息" in report
    assert spec["closing"] == ["就这三件事。好了，不耽误大家了，开工大吉！"]


def test_a_speech_signed_in_brackets_and_a_spoken_end(tmp_path: Path) -> None:
    text = (
        f"在公司年会上的致辞\n各位家人：\n今年我讲三点。\n{POINTS}"
        "好了，我啰啰嗦嗦讲了四十多分钟了，最后祝大家新年快乐、阖家幸福！\n（致辞人：唐一明，公司创始人、董事长）\n"
    )
    spec, _ = mine(tmp_path, text)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("唐一明", "公司创始人、董事长")
    assert spec["closing"] == ["好了，我啰啰嗦嗦讲了四十多分钟了，最后祝大家新年快乐、阖家幸福！"]


def test_a_name_before_a_general_managers_office(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, f"蒋海涛总经理在10月经营分析会上的讲话\n同志们：\n今天讲三点。\n{POINTS}{CLOSE}")
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("蒋海涛", "总经理")


def test_a_spoken_count_going_on_from_its_first_item(tmp_path: Path) -> None:
    text = (
        f"在中层干部会上的讲话\n各位：\n今天就讲几个问题。\n第一个问题，就是我们的处境。{BODY}\n再一个，就是干部的问题。{BODY}\n"
        f"还有一个，成本。{BODY}\n最后，说一下下半年几个具体的事。{BODY}\n{CLOSE}"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[:3] == ["就是我们的处境", "干部的问题", "成本"]


def test_a_going_on_word_inside_the_first_of_a_count_stays_in_it(tmp_path: Path) -> None:
    text = (
        f"在中层干部会上的讲话\n各位：\n今天讲两个问题。\n第一个问题，我们的处境。{BODY}\n再一个，客户也在流失。{BODY}\n"
        f"第二个问题，干部的问题。{BODY}\n{CLOSE}"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["我们的处境", "干部的问题"]


def test_bold_lines_ending_in_a_quote_and_a_wechat_copys_end(tmp_path: Path) -> None:
    text = (
        "# 林某某：做制造业，最怕心浮气躁\n\n各位企业家朋友：\n\n今天讲几点体会。\n\n"
        f"**一家工厂的“笨功夫”**\n\n{BODY}\n\n**不赚快钱，也不借快钱**\n\n{BODY}\n\n**把钱花在看不见的地方**\n\n{BODY}\n\n"
        f"**企业家要耐得住寂寞**\n\n{BODY}\n\n谢谢大家！\n\n---\n\n*本文根据演讲录音整理，经演讲者审定。转载请联系后台授权。*\n\n"
        "*整理：品牌中心 | 摄影：李想 | 编辑：周小雨*\n\n**▼ 往期回顾**\n\n- 对话林某某：隐形冠军是怎样炼成的\n\n喜欢就点个**赞**和**在看**吧～\n"
    )
    spec, report = mine(tmp_path, text, name="talk.md")
    assert headings(spec["points"]) == ["一家工厂的“笨功夫”", "不赚快钱，也不借快钱", "把钱花在看不见的地方", "企业家要耐得住寂寞"]
    assert spec.get("thanks", "谢谢大家！") == "谢谢大家！"  # (the last line before the page's end)
    dropped = report.split("已丢弃", 1)[1]
    assert all(line in dropped for line in ("本文根据演讲录音整理", "整理：品牌中心", "往期回顾", "对话林某某", "喜欢就点个赞"))


def test_a_numbered_heading_set_off_by_a_bar_is_no_menu(tmp_path: Path) -> None:
    parts = "".join(f"## 0{n} | {t}\n\n{BODY}\n\n" for n, t in enumerate(["差一点掉下去", "怎么挺过来的", "想明白的事", "写给每一个人"], 1))
    spec, _ = mine(tmp_path, f"# 年度演讲全文\n\n各位伙伴：\n\n又是一年。\n\n{parts}谢谢大家！\n", name="talk.md")
    assert len(spec["points"]) == 4


def test_order_words_and_going_on_words_said_as_one_count(tmp_path: Path) -> None:
    """首先呢，… / 另外一个，就是… / 还有就是，… / 最后讲一句，…。 (on its line, as o20 has it: with more said after it
    in its paragraph, 最后再说一句，… opens the closing, as six writers read it): a founder's talk to new hires, one count
    of four."""
    text = (
        "在新员工入职培训上的讲话\n各位新同事：\n今天我就随便聊聊，讲几点吧。\n"
        f"首先呢，我希望大家头三个月多听、多看、少下结论。{BODY}\n另外一个，就是要学会写东西。{BODY}\n"
        f"还有就是，要对结果负责。{BODY}\n最后讲一句，身体是自己的。\n{BODY}\n好，就说这些，欢迎大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 4
    assert headings(spec["points"])[1:] == ["要学会写东西", "要对结果负责", "身体是自己的"]


def test_another_said_in_passing_is_no_label(tmp_path: Path) -> None:
    """另外，… opens no point: only 另外一个，… goes on a count."""
    text = f"在新员工入职培训上的讲话\n各位新同事：\n今天讲三点。\n{POINTS}另外，我们还要注意安全。{BODY}\n{CLOSE}"
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["抓市场", "抓管理", "抓队伍"]


def test_a_wechat_heads_lines_and_a_full_text_headline(tmp_path: Path) -> None:
    """(round gb) 原创 … date place / 点击上方…关注我们 / 全文约N字，阅读需要N分钟 are the page's; a headline over a speech's
    full text names its speaker, the title kept whole."""
    text = (
        "蒋一飞年会演讲全文：慢一点，稳一点，远一点\n原创 小禾说 禾丰科技 2025-01-26 21:08 浙江\n"
        "↑ 点击上方“禾丰科技”关注我们，获取更多资讯\n全文约3000字，阅读需要8分钟\n各位小伙伴们：\n"
        f"又到了一年一度的年会。今年我讲三点。\n{POINTS}{CLOSE}"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "蒋一飞年会演讲全文：慢一点，稳一点，远一点"
    assert spec.get("speaker") == "蒋一飞"
    assert "阅读提示" in report and "公众号信息" in report


def test_a_reposted_articles_source_note_and_reading_time_are_the_pages(tmp_path: Path) -> None:
    """以下文章来源于…，作者… over an article another account wrote, and 全文约2500字，阅读约需6分钟 (round pr)."""
    text = (
        "董事长新年致辞\n禾丰科技 2026-01-08 21:06 发表于浙江\n以下文章来源于禾丰人 ，作者总裁办\n"
        "全文约2500字，阅读约需6分钟\n各位同事：\n"
        f"又到了一年一度的年会。今年我讲三点。\n{POINTS}{CLOSE}"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "董事长新年致辞"
    assert "转载说明" in report and "阅读提示" in report
    assert "以下文章来源于" not in str(spec) and "阅读约需" not in str(spec)


def test_a_headline_that_names_no_one_before_its_full_text(tmp_path: Path) -> None:
    """最新演讲实录：… after a two-character name: the name is the two, 最新 is no part of it."""
    spec, _ = mine(tmp_path, f"陆奇最新演讲实录：我的大模型世界观\n各位：\n今天讲三点。\n{POINTS}{CLOSE}")
    assert spec.get("speaker") == "陆奇"


def test_an_editors_note_of_two_sentences_names_the_speaker(tmp_path: Path) -> None:
    text = (
        "杨振飞：我们为什么必须出海\n（本文根据杨振飞在公司2024年战略研讨会上的讲话录音整理，有删节。标题为编者所加。）\n"
        f"这两天的会，大家讨论得很热烈。我讲三点。\n{POINTS}{CLOSE}"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "我们为什么必须出海"  # (the name before the colon is the speaker, stop 28)
    assert spec.get("speaker") == "杨振飞"
    assert "编者说明" in report


def test_going_on_words_inside_the_second_when_the_third_comes_later(tmp_path: Path) -> None:
    """(round gb) 第一点，… 第二，… 再一个，… 还有一个，… 三是…: the going-on words are inside the second point."""
    text = (
        f"在营销工作会议上的讲话\n各位：\n今天讲几点。\n第一点，心态要调整过来。{BODY}\n第二，打法要变。{BODY}\n"
        f"再一个，线上线下要结合起来。{BODY}\n还有一个，就是要盯住重点客户。{BODY}\n三是团队的事情。{BODY}\n{CLOSE}"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["心态要调整过来", "打法要变", "团队的事情"]
