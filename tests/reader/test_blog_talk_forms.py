"""Forms of tech talks posted on blogs and WeChat (everyday qy, stop 38): a blog's author line (作者：谭一鸣｜灵犀网络
高级工程师) names the speaker; its line of when it was posted, its reads and tags (发布于 … · 阅读 3.2k · 标签：…),
a tags line (标签：…), a reading-time line with no 全文 (约 2800 字 · 阅读 8 分钟) and a meetup's session line
(场次：…) are the page's, not the title; a 【现场提问】 line over the audience's questions leaves the last words before
it the closing; sections numbered with a bar (01｜ … 04｜) are the points, a 1）2） list under one of them its
text. Near misses for each."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.web_debris import debris_reason

from .mining import headings, mine

TEXT = "这部分我们结合一个真实的项目来讲，先看需求是怎么来的，再看我们当时做了哪些取舍，最后看上线以后的效果和教训。"
TITLE = "代码评审做了三年，我们学到的五件事\n"
BODY = "".join(f"{n}. {h}\n{TEXT}\n" for n, h in zip("123", ("小批量提交", "评审清单要短", "对事不对人"), strict=True))
END = "好，今天就分享到这里，谢谢大家！\n"


def test_a_blog_author_line_with_a_bar_names_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TITLE + "作者：谭一鸣｜灵犀网络 高级工程师\n" + BODY + END)
    assert spec["speaker"] == "谭一鸣" and spec["speaker_title"] == "灵犀网络 高级工程师"


def test_an_author_line_naming_no_common_name_names_no_one(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TITLE + "作者：本站编辑部｜技术频道\n" + BODY + END)
    assert not spec.get("speaker")


def test_a_blogs_posting_tags_and_session_lines_are_the_pages() -> None:
    assert debris_reason("发布于 2024-06-23 · 阅读 3.2k · 标签：代码评审 研发效能 团队协作") == "网页信息栏"
    assert debris_reason("标签：数据库　分布式　国产化　迁移") == "网页信息栏"
    assert debris_reason("约 2800 字 · 阅读 8 分钟") == "阅读提示"
    assert debris_reason("发布于基层一线的一份调查报告，引起了广泛关注。") is None
    assert debris_reason("约 2800 字的报告，我读了三遍") is None


def test_the_title_stands_over_the_pages_lines(tmp_path: Path) -> None:
    head = TITLE + "发布于 2024-06-23 · 阅读 3.2k · 标签：代码评审 研发效能\n约 2800 字 · 阅读 8 分钟\n"
    spec, _ = mine(tmp_path, head + BODY + END)
    assert spec["title"] == TITLE.strip()


def test_a_meetups_session_line_is_no_title(tmp_path: Path) -> None:
    head = "闪电演讲｜五分钟讲清楚：我们为什么自建CI平台\n\n讲者：符小满（栖木网络 DevOps工程师）\n场次：青岚DevOps Meetup 第9期 · 闪电演讲环节\n\n"
    spec, _ = mine(tmp_path, head + "大家好！\n" + BODY + END)
    assert "我们为什么自建CI平台" in spec["title"]


QA = "【现场提问】\n" + "".join(
    f"提问：{q}\n岑立言：{a}\n"
    for q, a in (
        ("小团队没有资源做评测集，怎么办？", "评测集不需要很大，一开始有一两百条就够了，找业务方花两天时间整理出来就是很好的起点。"),
        ("开源模型和商业模型怎么选？", "先用商业模型把效果跑通，确认场景有价值，再考虑要不要换开源模型降成本，顺序不要反过来。"),
    )
)


def test_the_last_words_before_bracketed_questions_are_the_closing(tmp_path: Path) -> None:
    last = "好，时间差不多了，我简单收个尾。这几个坑说到底都是一个问题。我就讲到这儿，谢谢大家。\n"
    spec, report = mine(tmp_path, TITLE + BODY + last + QA)
    assert spec["closing"][0].startswith("好，时间差不多了")
    assert "讲后的问答" in report  # (the questions set aside with a word, as under 【现场问答】)


def _bar_sections(under_second: str) -> str:
    names = ("度量的目的", "指标怎么选", "从数据到改进", "效能度量是一场长跑")
    return TITLE + "".join(f"0{n}｜{h}\n{TEXT}\n" + (under_second if n == 2 else "") for n, h in enumerate(names, 1)) + END


def test_bar_sections_are_the_points_and_a_bracket_list_under_one_is_its_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _bar_sections("1）流动效率类。需求交付周期，指的是一个需求从进入开发到上线的时长。\n2）交付质量类。变更失败率，指的是上线后需要回滚的比例。\n"))
    assert headings(spec["points"]) == ["度量的目的", "指标怎么选", "从数据到改进", "效能度量是一场长跑"]


def test_a_bar_list_under_bar_sections_is_still_read_as_before(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _bar_sections(""))
    assert len(spec["points"]) == 4
