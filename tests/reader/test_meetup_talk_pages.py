"""Meetup talks written up on technical communities' sites, and WeChat transcripts (stop 61, blind60 to blind63):
Markdown headings that count a word across a level (### 趋势1：… ### 趋势2：…) or letter it (### A、… ### B、…),
zero-padded numbers before a Latin word (## **02 CloudWeGo 简介**), paragraphs led by bold topics and colons
(**升级成本高**：…), bold phrases among bold sentences (**甲方乙方** / **显然是…。**), an agenda under a heading of its own
(### 内容结构：) before the parts, and what the page prints after the talk (## 参考资料 with its links, ### 视频回放和 PPT
下载, ## QA集锦, *个人观点，仅供参考。)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "---\ntitle: 服务网格的今天和明天\n---\n\n各位朋友，大家好。今天和大家聊聊服务网格。\n\n"
TRENDS = (
    "## 服务网格的发展趋势\n\n过去一年，社区里出现了不少新变化。\n\n"
    "### 趋势1：上云和托管\n\n越来越多的团队把网格交给云厂商托管。\n\n"
    "### 趋势2：虚拟机和容器混用\n\n老系统还跑在虚拟机上，新系统跑在容器里。\n\n"
    "### 趋势3：多云支持\n\n一家企业往往同时用好几朵云。\n\n"
)
PRACTICE = (
    "## 服务网格的落地\n\n讲完趋势，再讲讲我们自己的做法。\n\n"
    "### 落地之前的准备\n\n先把监控和告警建起来，再动生产环境。\n\n"
    "### 方案1：先试点后推广\n\n控制面和数据面分开部署，互不影响。\n\n"
    "谢谢大家！\n"
)


def test_a_word_counted_across_a_markdown_levels_headings_is_their_label(tmp_path: Path) -> None:
    """### 趋势1：上云和托管 / ### 趋势2：… / ### 趋势3：…: the word counted from one on the level's headings labels them,
    their headings are what follows it. Near miss: a word counted once (### 方案1：先试点后推广) is the heading's own words."""
    spec, _ = mine(tmp_path, HEAD + TRENDS + PRACTICE, name="talk.md")
    assert headings(spec["points"]) == ["服务网格的发展趋势", "服务网格的落地"]
    assert headings(spec["points"][0]["items"]) == ["上云和托管", "虚拟机和容器混用", "多云支持"]
    assert headings(spec["points"][1]["items"]) == ["落地之前的准备", "方案1：先试点后推广"]


def test_the_pages_links_slides_and_recording_under_the_talk_are_no_point(tmp_path: Path) -> None:
    """### 视频回放和 PPT 下载 and ## PPT 下载 over where the slides are, ## 参考资料 over the blog's links after the talk's
    last section (## 总结 and the slides' address, no words of thanks): what the page prints after the talk, dropped and said, none of it a point
    or sub-point. Near miss: the same words in a sentence of the talk (参考资料要在会前发给大家。) stay, and a heading
    that only names slides (### PPT 的写法) is a sub-point."""
    talk = HEAD + TRENDS + PRACTICE.replace("谢谢大家！\n", "")
    for tail in ("### 视频回放和 PPT 下载\n\n回放地址：https://example.org/v\n", "## PPT 下载\n\n[点击下载](https://example.org/ppt)\n"):
        spec, report = mine(tmp_path, talk + tail, name="talk.md")
        assert headings(spec["points"]) == ["服务网格的发展趋势", "服务网格的落地"]
        assert headings(spec["points"][1]["items"]) == ["落地之前的准备", "方案1：先试点后推广"]
        assert "example.org" not in str(spec) and "文末的视频和讲义下载" in report
    summary = "## 总结\n\n服务网格还在快速发展，欢迎大家一起参与。\n\n分享 PPT 下载地址：https://example.org/ppt\n\n"
    links = "## 参考资料\n\n- [服务网格入门](https://example.org/a)\n\n- [网格的高可用](https://example.org/b)\n"
    spec, report = mine(tmp_path, talk + summary + links, name="talk.md")
    assert headings(spec["points"]) == ["服务网格的发展趋势", "服务网格的落地", "总结"]
    assert "文末的参考资料" in report
    kept = PRACTICE.replace("### 方案1：先试点后推广\n\n", "### PPT 的写法\n\n参考资料要在会前发给大家。\n\n")
    spec, _ = mine(tmp_path, HEAD + TRENDS + kept, name="talk.md")
    assert headings(spec["points"][1]["items"]) == ["落地之前的准备", "PPT 的写法"]
    assert "参考资料要在会前发给大家" in str(spec)


def test_an_agenda_heading_over_the_parts_to_come_is_the_talks_opening(tmp_path: Path) -> None:
    """### 内容结构： over 主要的分享顺序 and a list of the parts, then ### 1、… ### 2、…: the agenda said in the opening,
    no point of the talk; its list stays in the opening. Near miss: a heading that only starts with the same words
    (### 内容结构的调整) is a point."""
    agenda = "### 内容结构：\n\n主要的分享顺序：\n\n- 背景\n- 做法\n\n"
    parts = "### 1、背景\n\n去年我们开始试点。\n\n### 2、做法\n\n先试点，再推广。\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, HEAD + agenda + parts, name="talk.md")
    assert headings(spec["points"]) == ["背景", "做法"]
    assert "主要的分享顺序" in str(spec["opening"])
    spec, _ = mine(tmp_path, HEAD + agenda.replace("内容结构：", "内容结构的调整") + parts, name="talk.md")
    assert headings(spec["points"])[0] == "内容结构的调整"


def test_a_zero_padded_number_before_a_latin_word_labels_a_markdown_heading(tmp_path: Path) -> None:
    """## **01 项目的由来** / ## **02 CloudWeGo 简介** (blind61): the number with its leading zero is each heading's label
    whether a Chinese or a Latin word follows it, so the parts are one run of four, none of them left in the opening."""
    parts = "".join(
        f"## **0{n} {name}**\n\n{text}\n\n"
        for n, name, text in (
            (1, "项目的由来", "我们为什么要做一个新项目。"),
            (2, "CloudWeGo 简介", "它包括几个子项目。"),
            (3, "Kitex 的服务治理", "治理能力很丰富。"),
            (4, "OpenTelemetry 的接入", "可观测性是基础。"),
        )
    )
    spec, _ = mine(tmp_path, HEAD + parts + "谢谢大家！\n", name="talk.md")
    assert headings(spec["points"]) == ["项目的由来", "CloudWeGo 简介", "Kitex 的服务治理", "OpenTelemetry 的接入"]


def test_letters_in_order_label_a_markdown_levels_headings(tmp_path: Path) -> None:
    """## 一、… over ### A、… ### B、…, again from A under the next part (blind61): the letters are the sub-points'
    labels, their headings what follows. Near miss: a heading that opens with a letter and no mark (### A股的走势) keeps it."""
    text = (
        "## 一、回顾\n\n先回顾一下。\n\n### A、网格的初衷\n\n解耦业务和治理。\n\n### B、网格的现状\n\n大规模落地了。\n\n"
        "## 二、展望\n\n再看看未来。\n\n### A、运行时\n\n能力进一步下沉。\n\n### B、标准化\n\n接口要统一。\n\n"
        "### C、A股的走势\n\n这是一个玩笑。\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, HEAD + text, name="talk.md")
    assert headings(spec["points"]) == ["回顾", "展望"]
    assert headings(spec["points"][0]["items"]) == ["网格的初衷", "网格的现状"]
    assert headings(spec["points"][1]["items"]) == ["运行时", "标准化", "A股的走势"]


def test_paragraphs_led_by_bold_topics_and_colons_are_a_headings_sub_points(tmp_path: Path) -> None:
    """## 为什么要引入网格 over **升级成本高**：… / **版本碎片化**：… / **跨语言无法治理**：… (blind61): three topics of their
    own in bold, each over its text, are the heading's sub-points, headed by the topic. Near miss: a round of comments
    tagged by the speakers' names in bold (**郭平**：… / **徐直军**：… / **梁华**：…) is no list of sub-points."""
    topics = (
        "## 为什么要引入网格\n\n我们的框架功能强大，但是有三个问题：\n\n"
        "**升级成本高**：框架是业务代码引入的，每次升级都要应用跟着改代码，费时费力。\n\n"
        "**版本碎片化**：升级成本高，版本就多，我们要兼容很多个版本，维护困难。\n\n"
        "**跨语言无法治理**：我们的应用大多用一种语言，别的语言的应用无法治理。\n\n"
        "## 网格的落地\n\n我们花了两年时间。\n\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, HEAD + topics, name="talk.md")
    # (the topic's colon stays with it, as a list item's does: - 经济发展稳中有进：…)
    assert headings(spec["points"][0]["items"]) == ["升级成本高：", "版本碎片化：", "跨语言无法治理："]
    turns = topics.replace("升级成本高", "郭平").replace("版本碎片化", "徐直军").replace("跨语言无法治理", "梁华")
    spec, _ = mine(tmp_path, HEAD + turns, name="talk.md")
    assert "items" not in spec["points"][0]


def test_the_questions_gathered_after_a_talk_and_its_recording_are_no_part(tmp_path: Path) -> None:
    """## QA集锦 / ## 网友问题集锦 / ## 5 Q&A (the page's last section numbered on from the talk's) over the audience's
    questions, ## 现场视频 over the recording (blind61): what the page prints after the talk, dropped and said. Near miss: a
    part of the talk about questions (### 问题的由来) stays."""
    talk = HEAD + TRENDS + PRACTICE.replace("谢谢大家！\n", "")
    qa = "Q：网格会增加多少延迟？\n\nA：一般在一毫秒以内，我们做过很多测试。\n"
    for tail in ("## QA集锦\n\n" + qa, "## 网友问题集锦\n\n" + qa, "## 现场视频\n\n[视频](https://example.org/v)\n"):
        spec, report = mine(tmp_path, talk + tail, name="talk.md")
        assert headings(spec["points"]) == ["服务网格的发展趋势", "服务网格的落地"]
        assert "一毫秒" not in str(spec) and "example.org" not in str(spec)
        assert "（讲后的问答）" in report or "（文末的视频和讲义下载）" in report
    numbered = "## 1 背景\n\n去年开始试点。\n\n## 2 做法\n\n先试点后推广。\n\n## 3 效果\n\n延迟降了一半。\n\n"
    spec, report = mine(tmp_path, HEAD + numbered + "## 4 Q&A\n\n" + qa, name="talk.md")
    assert headings(spec["points"]) == ["背景", "做法", "效果"] and "讲后的问答" in report
    spec, _ = mine(tmp_path, HEAD + numbered.replace("## 3 效果", "## 3 问题的由来"), name="talk.md")
    assert headings(spec["points"]) == ["背景", "做法", "问题的由来"]


WECHAT_TALK = (
    "# 下个十年，谁更强？\n\n今天，我把演讲内容分享给你，希望对你有所启发。\n\n"
    "**甲方乙方**\n\n我们通常认为，企业是甲方，求职者是乙方。但这只是相对优势和弱势的概念。\n\n"
    "**世界上从来没有甲方乙方，只有交易的双方。**\n\n这句话什么意思呢？交易的双方，谁强谁弱，要看供求。\n\n"
    "**人口结构**\n\n今天，中国的人口结构已经出现了显著的变化。年轻人越来越少了。\n\n"
    "**显然是年轻人更稀缺了。**\n\n所以，企业要重新看待年轻人。年轻人的选择更多了。\n\n"
    "**如何转型**\n\n转型的关键，是把人放在更重要的位置上。这件事不容易。\n\n"
    "**我们要把人放在比资本重要得多的位置。**\n\n只有这样，才能迎来下一次成功的转型。谢谢大家。\n\n"
)


def test_bold_phrases_among_bold_sentences_are_the_headings_and_the_disclaimer_no_point(tmp_path: Path) -> None:
    """**甲方乙方** / **人口结构** / **如何转型**, each part with a bold sentence said for emphasis (**显然是年轻人更稀缺了。**),
    and ### *个人观点，仅供参考。 under the talk (blind63, a WeChat transcript): the bold lines that end no sentence are the
    points, the disclaimer is the account's, dropped and said. Near miss: with two such phrases only, the bold sentences
    are not put aside for them (no three headings to read)."""
    spec, report = mine(tmp_path, WECHAT_TALK + "### *个人观点，仅供参考。\n", name="talk.md")
    assert headings(spec["points"]) == ["甲方乙方", "人口结构", "如何转型"]
    assert "（文末的声明）" in report and "仅供参考" not in str(spec)
    two = WECHAT_TALK.replace("**人口结构**\n\n", "")
    spec, _ = mine(tmp_path, two, name="talk.md")
    assert headings(spec.get("points", [])) != ["甲方乙方", "如何转型"]
