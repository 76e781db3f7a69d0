"""Heads of tech talks and launch speeches on web pages (everyday rg, ri; stop 38): a share line with each button in
brackets (分享到：[微信] [微博] [复制链接]), a credits line with 审校, an account card's 官方账号 line, a WeChat line naming
two accounts before a 年月日 date, a 嘉宾介绍 heading over a bio in the head, and a ## 现场 Q&A heading after the talk
are the page's; 讲师：沈知微｜星河数据 数据库内核负责人 names the speaker. Near misses for each."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import debris_reason

from .mining import headings, mine

TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"


def test_page_lines_of_talks_are_the_pages() -> None:
    assert debris_reason("分享到：[微信] [微博] [复制链接]") == "分享提示"
    # (yw11 of the everyday suite: the font-size buttons after the share buttons, on the line above the subtitle)
    assert debris_reason("分享到：微信\u3000微博\u3000QQ空间\u3000\u3000【字号：大 中 小】") == "分享提示"
    assert debris_reason("整理｜唐宁　　审校｜许一帆") == "网页信息栏"
    assert debris_reason("云川市人民政府新闻办公室官方账号") is not None
    assert debris_reason("云川发布 云川发布 2024年04月26日 20:15 湖南") is not None
    # (near misses: words of the speech that name the same things)
    assert debris_reason("分享到微信群里的那篇文章，大家都看了。") is None
    assert debris_reason("分享到：微信群【字号大的那篇】讲得很清楚，大家都看了。") is None
    # (yx03: a transcript's note of what the screen showed, bracketed whole on its line; not a sentence that names one)
    assert debris_reason("[PPT：一张折线图，横轴是月份，纵轴是首屏时间]") == "幻灯片说明"
    assert debris_reason("（大屏幕：全县重点项目分布图）") == "幻灯片说明"
    assert debris_reason("大家看屏幕：这张图说明首屏时间一直在涨。") is None
    assert debris_reason("审校这份报告花了我们两周时间。") is None
    assert debris_reason("我们的官方账号粉丝已经过百万，感谢大家的支持。") is None


def _talk(head: str, tail: str = "") -> str:
    body = "".join(f"## {h}\n\n{TEXT}\n\n{TEXT}\n\n" for h in ("为什么要做HTAP", "我们是怎么做的", "踩过的坑"))
    return f"# 一张表扛住交易和报表\n\n{head}\n\n各位好，感谢主办方邀请。\n\n{body}我就讲到这里，谢谢大家。\n\n{tail}"


def test_a_lecturers_field_with_a_bar_names_the_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _talk("> 讲师：沈知微｜星河数据 数据库内核负责人"), "talk.md")
    assert spec["speaker"] == "沈知微"
    assert "星河数据 数据库内核负责人" in report  # (the field after the bar, set aside with a word)


def test_a_lecturers_field_naming_no_one_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("> 讲师：待定｜星河数据"), "talk.md")
    assert not spec.get("speaker")


QA = "## 现场 Q&A\n\nQ：列存副本挂了会不会影响交易？\n\nA：不会，列存副本不参与交易的投票。\n"


def test_the_halls_questions_after_the_talk_are_no_point(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, _talk("> 讲师：沈知微｜星河数据 数据库内核负责人", QA), "talk.md")
    assert headings(spec["points"]) == ["为什么要做HTAP", "我们是怎么做的", "踩过的坑"]
    assert "现场 Q&A" in report


def test_a_heading_on_questions_inside_the_talk_stays_a_point(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _talk("", "## 现场 Q&A 里大家最关心的三件事\n\n" + TEXT + "\n"), "talk.md")
    assert "现场 Q&A 里大家最关心的三件事" in headings(spec["points"])


def test_a_guest_bio_heading_in_the_head_is_no_title(tmp_path: Path) -> None:
    head = "您的位置：首页 > 演讲实录 > 云原生\n\n云上降本不是砍预算：驰途出行 FinOps 三年实践\n\n作者：罗映川\n\n"
    bio = "嘉宾介绍\n罗映川，驰途出行基础设施部负责人，负责公司计算、存储、网络和云成本治理工作。\n\n"
    body = "".join(f"{n}、{h}\n{TEXT}\n" for n, h in zip("一二三", ("看清账单", "管住增量", "优化存量"), strict=True))
    spec, _ = mine(tmp_path, head + bio + "各位来宾，大家下午好！\n" + body + "谢谢大家！\n")
    assert spec["title"] == "云上降本不是砍预算：驰途出行 FinOps 三年实践"
