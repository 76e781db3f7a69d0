"""A dialogue a talk quotes (a demo on stage: the host's questions in bold, the assistant's short answers, a few
bullets of its answer) is no part of the talk's outline: its short turns over longer ones look like heading lines
of their own, but the tags of two parties taking turns say they are turns. A tag over its own text (案例：… / text)
is a heading's word, no turn. Our own speech, after the skeleton of a developer conference keynote."""

from __future__ import annotations

from jianggao.reader.outline_records import SourceParagraph
from jianggao.reader.transcript_turns import mark_dialogue_turns
from jianggao.reader.unnumbered import heading_line_over_text, standalone_run

TEXT = "一年来，平台上的应用越来越多，开发者也越来越多，很多没有学过编程的人用自然语言就做出了自己的应用，这是我们最高兴的事。"


def paragraphs(items: list[tuple[str, bool]]) -> list[SourceParagraph]:
    return [SourceParagraph(n, text, bold_phrases=(text,) if bold else ()) for n, (text, bold) in enumerate(items, start=1)]


DEMO = [
    ("主持人：小助手你好", True),
    ("小助手：我在呢", False),
    ("主持人：今天有什么新闻？", True),
    ("小助手：小助手为您播报三条今日新闻", False),
    ("主持人：听说你最近长本事了？", True),
    ("小助手：我不光能陪你聊天，还能当你的日程助手", False),
    ("主持人：那我要考考你了。帮我安排一下日程，今天活动结束后，我要和王总吃晚饭，明天一早还要去跑步，再看看明天天气怎么样。", True),
    ("小助手：按照您的需要，小助手为您排好了如下日程", False),
    ("o 您和王总的晚饭安排在六点到七点半，吃完饭八点您要参加管理层的视频会", False),
    ("o 您看我能不能当你的秘书，我还有很多新本事呢", False),
    ("主持人：挺好的，很棒，把这些日程同步到我的手机上", True),
]

SECTIONS = ["人人都能成为开发者", "平台用户突破一亿", "智能体是最主流的用法", "三步开发一个应用", "大小模型组合调度", "创业大赛正式启动"]


def keynote() -> list[SourceParagraph]:
    items: list[tuple[str, bool]] = [("各位开发者，大家好！欢迎来到今年的开发者大会，今天我想和大家聊聊这一年我们看到的变化。", False)]
    for k, line in enumerate(SECTIONS):
        items += [(line, True), (TEXT, False), (TEXT, False)]
        if k == 4:
            items += [("下面我们请同事来演示一下，大小模型是怎样分工的。", False), *DEMO, (TEXT, False)]
    return paragraphs(items + [("谢谢大家！", False)])


def test_the_turns_of_a_quoted_dialogue_and_the_bullets_between_them_are_marked() -> None:
    body = keynote()
    marked = [p.text for p in mark_dialogue_turns(body) if p.turn]
    assert marked == [text for text, _ in DEMO]


def test_no_turn_is_an_unnumbered_heading_line_and_the_section_lines_stay_the_points() -> None:
    body = mark_dialogue_turns(keynote())
    turns = [i for i, p in enumerate(body) if p.turn]
    assert turns and not any(heading_line_over_text(body, i) for i in turns)
    assert [body[i].text for i in standalone_run(body)] == SECTIONS


def test_a_tag_over_its_own_text_is_no_turn() -> None:
    body = paragraphs([
        ("同志们：今天讲两个案例。", False),
        ("案例：某县违规发放补贴", True), (TEXT, False),
        ("启示：要把制度落到实处", True), (TEXT, False),
        ("案例：某局违规使用公车", True), (TEXT, False),
        ("启示：要把监督挺在前面", True), (TEXT, False),
    ])
    assert not any(p.turn for p in mark_dialogue_turns(body))


def test_one_tag_said_once_is_a_heading_not_a_turn() -> None:
    body = paragraphs([("模型定制工具：又快又省地做模型", True), (TEXT, False), ("小助手：我在呢", False), (TEXT, False)])
    assert mark_dialogue_turns(body) == body


INTERVIEW = [
    ("主持人：为什么要把平台开放给所有开发者？", False),
    ("嘉宾：" + TEXT, False),
    ("主持人：为什么很多没有学过编程的人也能用好它？", False),
    ("嘉宾：" + TEXT, False),
    ("主持人：为什么说智能体是今年最主流的用法？", False),
    ("嘉宾：" + TEXT, False),
]


def test_no_turn_is_a_question_line_either() -> None:
    # three host questions that open alike, each over its answer, would pass for parallel question headings
    body = mark_dialogue_turns(paragraphs([
        ("各位开发者，大家好！今天我们换一种方式，请两位同事用问答的形式聊聊这一年平台上的变化。", False),
        *INTERVIEW,
        (TEXT, False),
        ("谢谢大家！", False),
    ]))
    assert [p.text for p in body if p.turn] == [text for text, _ in INTERVIEW]
    assert standalone_run(body) == []
