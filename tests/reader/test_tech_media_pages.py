"""Talks copied from technology media pages as Markdown (stop 59, blind55): a front matter's title over the site's
menus and an editor's lead of many paragraphs, then 以下是…的演讲全文，经…整理： / 以下为演讲原文。, then the talk; WeChat's
原创 card (the author and the account, a line each); a page that ends in its comment box (## 发表评论) or its author's
other articles (### TA的文章 / 你可能感兴趣的…); part marks (***01***) one of which stands over a kicker line (One More
Thing：) before its heading line. From stop 60 (blind55, blind57): Markdown headings read as they nest (### before
the first ##), and part marks with a leading zero (**01**) over their heading lines."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

FRONT = "---\ntitle: 出海这一年，我们是怎么把工具卖到东京的？\nsource: 山海科技评论\ndate: 2024-12-19\n---\n\n"
HEADLINE = "# 出海这一年，我们是怎么把工具卖到东京的？\n\n"
MENUS = "首页\n\n资讯\n\n活动\n\n社区\n\n"
LEAD = (
    "过去一年，做一款面向全球的软件几乎成了创业者的必修课。\n\n"
    "但在一众出海的创业公司中，青岚软件的路径让人意外。\n\n"
    "自创立以来，它在多个国家推出产品，增长最快的市场却是日本。\n\n"
    "对软件来说，日本是一个保守的市场，新来的厂商很难打进去。\n\n"
    "12 月 16 日，在山海创新大会上，青岚软件创始人、CEO 周牧川，分享了这一年的出海故事。\n\n"
)
TALK = (
    "各位朋友，大家好。今天想讲讲我们这一年踩过的坑。\n\n"
    "第一，要选对市场。\n\n市场选错了，后面怎么努力都白费。\n\n"
    "第二，要建立信任。\n\n客户不信任你，产品再好也卖不出去。\n\n"
    "谢谢大家！\n"
)


def test_a_talk_printed_under_an_editors_lead_of_many_paragraphs_keeps_the_pages_title(tmp_path: Path) -> None:
    """The line that says the talk is printed under it ends the page's head however long the lead above it runs: the
    title is the one the front matter declares, the lead is no part of the talk. Near miss: with no such line the
    long lead is read as it was (the talk's opening), not dropped."""
    for marker in ("以下是周牧川的演讲全文，经山海科技评论整理：", "以下为演讲原文。"):
        spec, report = mine(tmp_path, FRONT + HEADLINE + MENUS + HEADLINE + LEAD + marker + "\n\n" + TALK, name="talk.md")
        assert spec["title"] == "出海这一年，我们是怎么把工具卖到东京的？"
        assert headings(spec["points"]) == ["要选对市场", "要建立信任"]
        assert "保守的市场" not in str(spec.get("opening")) and "编者导读" in report
        assert spec["salutation"] == "各位朋友"
    spec, _ = mine(tmp_path, FRONT + HEADLINE + LEAD + TALK, name="talk.md")
    assert "保守的市场" in str(spec)


def test_wechats_original_mark_and_the_lines_under_it_are_the_articles_card(tmp_path: Path) -> None:
    """原创 / 林知远 / 山海科技评论 under the headline: WeChat's card of the article (its author, its account), no byline
    of the speaker. Near miss: a name alone under a title, no 原创 above it, is the speaker's byline."""
    head = HEADLINE + "原创\n\n林知远\n\n山海科技评论\n\n"
    spec, report = mine(tmp_path, head + "以下为演讲全文：\n\n" + TALK, name="talk.md")
    assert "speaker" not in spec and "（公众号信息）：林知远" in report
    spec, _ = mine(tmp_path, "在山海创新大会上的演讲\n周牧川\n" + TALK.replace("\n\n", "\n"))
    assert spec.get("speaker") == "周牧川"


def test_a_pages_comment_box_and_its_authors_other_articles_end_the_talk(tmp_path: Path) -> None:
    """## 发表评论 / ### TA的文章 / 你可能感兴趣的[…](…): the page after the talk, none of it a point. Near miss: a sentence
    of the talk that opens with the same words (发表评论要负责任。) stays."""
    tail = "\n## 发表评论\n\n您还未登录，请先登录。\n\n### TA的文章\n\n* [青岚软件发布新版本](/post/1)\n\n"
    tail += "你可能感兴趣的[出海三问](/post/2)[日本市场观察](/post/3)\n"
    body = "# 在山海创新大会上的演讲\n\n各位朋友：\n\n## 要选对市场\n\n市场选错了，白费力气。\n\n## 要建立信任\n\n发表评论要负责任。客户不信任你，产品卖不出去。\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, body + tail, name="talk.md")
    assert headings(spec["points"]) == ["要选对市场", "要建立信任"]
    assert "发表评论要负责任" in str(spec["points"][1])
    assert "TA的文章" not in str(spec) and "出海三问" not in str(spec)


def test_a_part_mark_over_a_kicker_line_heads_its_part_with_the_heading_line_under_it(tmp_path: Path) -> None:
    """***01*** … ***04*** / One More Thing： / **勇敢走出去**: the kicker only brings the heading in; the part mark heads its
    part with the line under it, and the four marks stay one list (one odd mark no longer undoes the others), over the
    agenda the opening read out. Near miss: a Chinese heading line that ends in a colon (互联网的真经：) is the heading
    itself."""
    agenda = "# 做产品的三个选择\n\n各位朋友，大家好。\n\n具体会聊三个话题：\n\n一、我们从第一天就决定做海外市场，\n\n二、我们靠产品带动销售；\n\n三、我们把代码全部公开。\n\n"
    parts = "".join(
        f"***0{n}***\n\n**{h}**\n\n{t}\n\n"
        for n, h, t in [
            (1, "海外市场的路已经有人走通", "为什么要做海外市场？这和团队的经历有关系。"),
            (2, "产品带动销售是我们赚钱的关键", "为什么选这个模式？因为获客成本低。"),
            (3, "公开代码让客户信任我们", "客户可以看到每一行代码，信任就建立起来了。"),
        ]
    )
    last = "***04***\n\n**{kicker}**\n\n**勇敢走出去**\n\n我们得到了很多人的支持。\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, agenda + parts + last.format(kicker="One More Thing："), name="talk.md")
    assert headings(spec["points"]) == ["海外市场的路已经有人走通", "产品带动销售是我们赚钱的关键", "公开代码让客户信任我们", "勇敢走出去"]
    spec, _ = mine(tmp_path, agenda + parts + last.format(kicker="互联网的真经："), name="talk.md")
    assert headings(spec["points"])[3] == "互联网的真经："


def test_a_heading_with_no_space_after_its_marks_is_a_heading(tmp_path: Path) -> None:
    """##为什么选用统一的注册中心 / ##DNS 调度的价值: a Chinese writer's Markdown heading with no space after the marks
    (blind56). Near miss: #两会# 代表们… is a hashtag, a line of text."""
    body = "# 我们的微服务改造\n\n各位朋友：\n\n##为什么选用统一的注册中心\n\n注册中心多了，管不过来。\n\n##DNS 调度的价值\n\n调度要全局动态。\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, body, name="talk.md")
    assert headings(spec["points"]) == ["为什么选用统一的注册中心", "DNS 调度的价值"]
    spec, _ = mine(tmp_path, body.replace("调度要全局动态。", "#两会# 代表们说，调度要全局动态。"), name="talk.md")
    assert "#两会# 代表们说" in str(spec["points"][1])


def test_words_that_close_a_news_page_end_the_talk_only_in_its_second_half(tmp_path: Path) -> None:
    """###本文作者 / 张某，… under the talk's last part ends it (blind56); the same words among a site's menus above the
    talk (发表评论 as a button) end nothing."""
    talk = "## 要选对市场\n\n市场选错了，白费力气。\n\n## 要建立信任\n\n客户不信任你，产品卖不出去。\n\n谢谢大家！\n\n"
    spec, _ = mine(tmp_path, "# 在山海创新大会上的演讲\n\n各位朋友：\n\n" + talk + "###本文作者\n\n周牧川，青岚软件创始人。\n", name="talk.md")
    assert headings(spec["points"]) == ["要选对市场", "要建立信任"] and "青岚软件创始人" not in str(spec)
    spec, _ = mine(tmp_path, "# 在山海创新大会上的演讲\n\n首页\n\n发表评论\n\n资讯\n\n各位朋友：\n\n" + talk, name="talk.md")
    assert headings(spec["points"]) == ["要选对市场", "要建立信任"]


PLAIN_PAGE = "首页\n资讯\n专题\n登录\n{headline}\n来源：山海新闻网\n2024-07-04 17:04:24\n" + LEAD.replace("\n\n", "\n") + "以下为讲话全文：\n"


def test_a_plain_copy_of_a_news_page_keeps_its_headline_unless_the_speech_prints_its_own_title(tmp_path: Path) -> None:
    """In a plain copy nothing marks the headline: it is the last line before the lead that can be a title, kept over
    the speech's own head (its date, its salutation); the menus, the page's facts and the lead are set aside first, so
    the speech's head is read as at the top of a copy. Where the speech under the line prints its own title (在…上的
    讲话), that is the title and the headline is the page's."""
    talk = "（2024年7月3日）\n同志们：\n第一，要选对市场。\n市场选错了，后面怎么努力都白费。\n第二，要建立信任。\n客户不信任你，产品卖不出去。\n谢谢大家！\n"
    spec, report = mine(tmp_path, PLAIN_PAGE.format(headline="坚定信心　奋力攻坚") + talk)
    assert (spec["title"], str(spec["date"])) == ("坚定信心　奋力攻坚", "2024-07-03")
    assert headings(spec["points"]) == ["要选对市场", "要建立信任"] and "（页头）：资讯" in report
    own = "在全县经济工作会议上的讲话\n" + talk
    spec, _ = mine(tmp_path, PLAIN_PAGE.format(headline="县委书记周牧川：坚定信心　奋力攻坚") + own)
    assert spec["title"] == "在全县经济工作会议上的讲话"


def test_a_bare_full_text_line_starts_the_speech_only_under_an_editors_lead(tmp_path: Path) -> None:
    """演讲实录 under the editor's sentences says the speech follows, as 以下为演讲全文： does; atop a copy, over the
    page's headline (嘉宾演讲实录 / — 1 — / 2024储能峰会 · 嘉宾演讲实录 / 编者按：… / 抓住窗口期　练好基本功), it is a
    column's name, and
    the speech's own title under the page's lines stays the title."""
    spec, _ = mine(tmp_path, PLAIN_PAGE.format(headline="坚定信心　奋力攻坚").replace("以下为讲话全文：", "演讲实录") + "同志们：\n" + TALK)
    assert spec["title"] == "坚定信心　奋力攻坚" and "保守的市场" not in str(spec)
    head = "2024储能峰会\n嘉宾演讲实录\n\n— 1 —\n\n2024储能峰会 · 嘉宾演讲实录\n编者按：6月20日，储能峰会开幕。周牧川作主旨演讲。\n"
    head += "抓住窗口期　练好基本功\n——在2024储能峰会上的主旨演讲\n"
    spec, _ = mine(tmp_path, head + "尊敬的各位嘉宾：\n" + TALK.replace("\n\n", "\n"))
    assert spec["title"] == "抓住窗口期　练好基本功"


def test_a_deeper_heading_before_the_first_shallower_one_stands_beside_it(tmp_path: Path) -> None:
    """### 安全的第一个模型 / … / ## 化繁为简的安全 / #### ×3 (blind55): the ### has no heading over it, so it is a point
    beside the ##, and the #### are the ##'s sub-points, as the headings nest, not as their marks are counted. Near
    miss: ### 一、… ### 三、 then a lone ## 圆桌对话 with no headings under it is no fourth point beside them (read, as
    before, under the third: the page's next section, a known miss of the everyday suite, wq18)."""
    head = "# 云上安全的新模型\n\n各位来宾，大家好。今天讲讲我们的新模型。\n\n"
    parts = "### 安全的第一个模型\n\n过去我们做安全，靠的是一件件地堆产品。\n\n## 化繁为简的安全\n\n今天我讲三个变化。\n\n"
    parts += "#### 告警少了\n\n告警多了，就没有人看了。\n\n#### 配置查得快了\n\n配置检查全部自动完成。\n\n"
    parts += "#### 能力成了标配\n\n每个用户都能用上同样的能力。\n\n谢谢大家！\n"
    spec, _ = mine(tmp_path, head + parts, name="talk.md")
    assert headings(spec["points"]) == ["安全的第一个模型", "化繁为简的安全"]
    assert headings(spec["points"][1]["items"]) == ["告警少了", "配置查得快了", "能力成了标配"]
    numbered = "### 一、让居民参与\n\n居民的事居民商量。\n\n### 二、让社会力量进来\n\n社会组织有专业。\n\n### 三、让干部下沉\n\n干部要到网格里去。\n\n"
    spec, _ = mine(tmp_path, head + numbered + "## 圆桌对话\n\n主持人：请卓书记谈一谈。\n", name="talk.md")
    assert headings(spec["points"]) == ["让居民参与", "让社会力量进来", "让干部下沉"]


def test_a_zero_padded_part_mark_over_a_heading_line_heads_its_part_however_long_the_text_under_it(tmp_path: Path) -> None:
    """**01** / **研究的动机** / a long paragraph of the talk… (blind57): a mark with its leading zero is no page or slide
    number, so the heading line under it heads its part though no short line follows it, and the mark does not stay
    behind in the text of the part before. Near miss: a plain 1 over a heading line and a long paragraph is no part
    mark (a slide's number), its lines stay text."""
    text = "大家好，今天和大家分享我在虚拟化安全方面做的一些研究。" * 3
    parts = [
        ("研究的动机与目标", "我们先看一下议题的概览，为什么选这个目标？当时我完全没有接触过这一类问题，只好从头学起。"),
        ("初探", "所以我选了一个自己最熟悉的平台，先读公开的报告，再动手写第一个测试工具，慢慢找到感觉。"),
        ("从一台虚拟机到宿主系统的完整旅程", "接着我们审计了三个目标，每个目标都找到了可以利用的问题，最后串成一条完整的链条。"),
    ]
    talk = "# 议题回顾\n\n" + text + "\n\n" + "".join(f"**0{n}**\n\n**{h}**\n\n{t * 2}\n\n" for n, (h, t) in enumerate(parts, 1))
    spec, report = mine(tmp_path, talk + "谢谢大家。\n", name="talk.md")
    assert headings(spec["points"]) == [h for h, _ in parts]
    assert "'02'" not in str(spec) and "序号下的小标题行" in report
    slides = talk.replace("**0", "**").replace("**1**", "1").replace("**2**", "2").replace("**3**", "3")
    spec, _ = mine(tmp_path, slides + "谢谢大家。\n", name="talk.md")
    assert headings(spec.get("points", [])) != [h for h, _ in parts]


def test_an_editors_line_of_any_length_says_the_talk_is_printed_under_it(tmp_path: Path) -> None:
    """以下为周牧川在 IF 2025 创新大会上的演讲实录，由山海科技评论整理。 / 以下是…的演讲全文。在演讲中，…。由…整理。 /
    \\*以下为速记全文 (blind57): who spoke where, in any script, who edited it, or a sentence of the lead after it, end
    the page's head as the short line does; the lead is set aside and the headline kept. Near miss: 以下为周牧川核心观点
    摘录： brings in the editor's summary, not the talk: with no other line the lead stays the talk's opening."""
    for marker in (
        "以下为周牧川在 IF 2025 创新大会上的演讲实录，由山海科技评论整理。",
        "以下是青岚软件创始人周牧川在山海创新大会主舞台的演讲全文。在演讲中，周牧川分享了出海的故事。由山海科技评论整理。",
        "\\*以下为速记全文",
    ):
        spec, report = mine(tmp_path, FRONT + HEADLINE + LEAD + marker + "\n\n" + TALK, name="talk.md")
        assert spec["title"] == "出海这一年，我们是怎么把工具卖到东京的？", marker
        assert "保守的市场" not in str(spec) and "编者按" in report
    spec, _ = mine(tmp_path, FRONT + HEADLINE + LEAD + "以下为周牧川核心观点摘录：\n\n" + TALK, name="talk.md")
    assert "保守的市场" in str(spec)


def test_a_columns_bar_in_the_pages_title_is_kept_when_the_talk_is_printed_under_a_line(tmp_path: Path) -> None:
    """title: SDC2024 议题回顾 | 智能摩托车进化之路 / # the same / the lead / 以下为速记全文 (blind57): the front matter's
    title cut at its bar is the column's name; the Markdown title that goes on past it is whole, as it is read with no
    such line. Near miss: a site's name after the bar (| 山海新闻网) is cut from the title as before."""
    for bar, title in (("SDC2024 议题回顾 | 智能摩托车进化之路", "SDC2024 议题回顾 | 智能摩托车进化之路"), ("在年度总结会上的讲话 | 山海新闻网", "在年度总结会上的讲话")):
        page = f"---\ntitle: {bar}\nsource: 山海科技评论\n---\n\n# {bar}\n\n" + LEAD + "以下为讲话全文：\n\n" + TALK
        spec, _ = mine(tmp_path, page, name="talk.md")
        assert spec["title"] == title


def test_a_part_mark_set_in_bold_is_no_page_number(tmp_path: Path) -> None:
    """***01*** / **heading** / … / a picture's caption with no full stop / ***02*** / **heading** (blind57): a number set
    in bold is a part's mark, not a page number cutting a sentence, so 02's heading is not glued to the caption above
    it. Near miss: a bare 2 between the two halves of a sentence is still a page number (test_damaged_copies)."""
    parts = [
        ("叠被子的难题", "机器人听得懂指令，却叠不好被子。" * 4, "左边是模型生成的卧室，右边是真实的卧室 | 图片来源：群核科技"),
        ("我们的创业之路", "我们先做渲染，再做柔性生产线。" * 4, "群核科技的探索之路 | 图片来源：山海科技评论"),
        ("最难的是数据", "训练机器人最缺的是可以交互的数据。" * 4, "谢谢大家！"),
    ]
    talk = "# 从语言智能到空间智能\n\n大家好，今天讲讲具身智能。\n\n"
    talk += "".join(f"***0{n}***\n\n**{h}**\n\n{t}\n\n{c}\n\n" for n, (h, t, c) in enumerate(parts, 1))
    spec, report = mine(tmp_path, talk, name="talk.md")
    assert headings(spec["points"]) == [h for h, _, _ in parts]
    assert "页码" not in report


def test_part_marks_over_a_part_that_numbers_its_own_headings_stay_above_them(tmp_path: Path) -> None:
    """***01*** / **从 Copilot 到 Autopilot** / … / ***03*** / **核心功能是什么？** / 一、… 二、… 三、… (blind57): the marks
    head the parts, the 一、 under the third are its sub-points, not points four to six counted on from the marks; a
    heading line set in bold under its mark heads with few Chinese words in it. Near miss: with no 一、 under them the
    marks head their parts as before, and no sub-points are read."""
    head = "# 大模型时代的三句真话\n\n大家好，今天讲讲我们在做的事情。\n\n"
    parts = "***01***\n\n**从 Copilot 到 Autopilot**\n\n" + "过去写代码靠助手，现在要让模型自己写完整个应用。" * 3 + "\n\n"
    parts += "***02***\n\n**自动编程加速个性化**\n\n" + "每个人都能有自己的软件，这是个性化的真正含义。" * 3 + "\n\n"
    parts += "***03***\n\n**大模型的核心功能，究竟是什么？**\n\n接下来我有三句真话想说：\n\n"
    said = [("大家追求通用智能的路径是割裂的", "资源在哪里，路径就在哪里。"), ("互联网留下的思维惯性太强了", "链条会长什么样，谁也不知道。"), ("超级应用是互联网时代留下的想象", "大模型只有一个核心功能。")]
    points = ["从 Copilot 到 Autopilot", "自动编程加速个性化", "大模型的核心功能，究竟是什么？"]
    spec, _ = mine(tmp_path, head + parts + "".join(f"{n}、{h}。{t * 3}\n\n" for n, (h, t) in zip("一二三", said, strict=True)) + "谢谢大家。\n", name="talk.md")
    assert headings(spec["points"]) == points
    assert [h.rstrip("。") for h in headings(spec["points"][2]["items"])] == [h for h, _ in said]
    spec, _ = mine(tmp_path, head + parts + "".join(f"{h}。{t * 3}\n\n" for h, t in said) + "谢谢大家。\n", name="talk.md")
    assert headings(spec["points"]) == points and all("items" not in p for p in spec["points"])


def test_a_labelled_bold_sentence_run_on_after_a_sentence_opens_its_own_paragraph(tmp_path: Path) -> None:
    """首先讲“三个不能”。 **第一，减碳不能“单打一”。** 减碳… / … / **第二，减碳不能“运动式”。** … (blind46): the page lost the
    break before the first item; set in bold after a sentence's end, with the list's next item opening a paragraph of
    its own, it opens one too (said in the report), and the three are the point's sub-points. Near miss: 第一 in bold
    after a sentence with no 第二 opening a paragraph anywhere is text where it stands."""
    head = "# 绿色转型的几点思考\n\n各位同学：\n\n## 一、目标的提出是挑战更是机遇\n\n这是大家都关心的问题。\n\n## 二、起步阶段要有序推进\n\n"
    items = "首先讲“三个不能”。 **第一，减碳不能“单打一”。** 减碳要和减污、增绿协同推进。\n\n"
    items += "**第二，减碳不能“运动式”。** 不能为了完成指标就拉闸限电。\n\n**第三，减碳不能指标错位。** 考核要看碳排放。\n\n"
    tail = "## 三、创新是减碳的根本出路\n\n创新型减碳才能实现增长和减排双赢。\n\n谢谢大家！\n"
    spec, report = mine(tmp_path, head + items + tail, name="talk.md")
    assert headings(spec["points"][1]["items"]) == ["减碳不能“单打一”", "减碳不能“运动式”", "减碳不能指标错位"]
    assert "像是丢了换行" in report
    alone = "首先讲一个判断。 **第一，减碳是长期任务。** 不能急于求成。\n\n"
    spec, report = mine(tmp_path, head + alone + tail, name="talk.md")
    assert "像是丢了换行" not in report and "第一，减碳是长期任务" in str(spec["points"][1])


def test_a_markdown_heading_numbered_with_a_space_keeps_a_short_heading(tmp_path: Path) -> None:
    """## **01** **概述** / ## **02** **业务背景** … (blind58): a number set apart by a space on a Markdown heading line is
    its label, however short the words after it (概述) and whatever word follows (03 期待, where 3 期 would be a
    figure), so every part is counted with the others and its number is no part of its heading. Near miss: a plain line 01 概述 in text is no heading (too short to be one)."""
    parts = [("概述", "这次分享讲我们在流式调用上的实践。"), ("业务背景", "平台要把模型的输出一段段送给用户。"), ("期待", "希望框架支持更多测试工具。")]
    page = "# 流式调用在提示词平台的实践\n\n" + "".join(f"## **0{n}** **{h}**\n\n{t}\n\n" for n, (h, t) in enumerate(parts, 1))
    spec, _ = mine(tmp_path, page + "谢谢大家。\n", name="talk.md")
    assert headings(spec["points"]) == [h for h, _ in parts]
    plain = "流式调用在提示词平台的实践\n各位同事：\n01 概述\n这次分享讲我们在流式调用上的实践。\n谢谢大家。\n"
    spec, _ = mine(tmp_path, plain)
    assert "points" not in spec or "概述" not in headings(spec["points"])


def test_the_front_matters_title_is_the_title_however_it_ends(tmp_path: Path) -> None:
    """title: AI 的「i」，原来是斜杠青年的「金箍棒」！ over the card, an editor's lead and the talk's part marks, no line saying
    the talk is printed below (blind58): the title a front matter declares is one though it ends in ！, as a Markdown
    title is. Near miss: a plain first line that ends in ！ opens the text (大家新年好！)."""
    talk = "***01***\n\n**从写小说到写代码**\n\n大家好，我是赵岩。我过去是写小说的，写了很多年。\n\n"
    talk += "***02***\n\n**独立开发**\n\n后来我开始写代码，做了很多应用。\n\n谢谢大家！\n"
    head = "---\ntitle: AI 的「i」，原来是斜杠青年的「金箍棒」！\nsource: 山海科技评论\n---\n\n原创\n\n林知远\n\n山海科技评论\n\n如果他可以，那你也可以。\n\n"
    spec, _ = mine(tmp_path, head + talk, name="talk.md")
    assert spec["title"] == "AI 的「i」，原来是斜杠青年的「金箍棒」！"
    spec, _ = mine(tmp_path, "大家新年好！\n今天我们欢聚一堂。\n谢谢大家！\n")
    assert spec["title"] != "大家新年好！"
