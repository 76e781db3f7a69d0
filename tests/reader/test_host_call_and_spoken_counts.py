"""Transcripts of a speaker talking freely (everyday ge04, ge16, ge22; stop 23), in our own wording:

- the host's line calls the speaker up (（主持人：下面，有请我们的钱立群校长为毕业生同学们讲话！） under the title, or
  主持人（…）：各位家长，下面请我们学校的吴海涛校长给大家讲几句… dropped before the speech): with no byline, he is the
  speaker, said in a note; with a byline naming the speaker, the host's line is only said in a note;
- 第一句话，… 第二句话呢，… 第三句话，…: a count of 句话 said with 呢;
- 一个是… 再一个，… 还有一个，… 最后一个呢，…: the last of a count of 一个;
- 嗯……行，就讲到这儿吧，再讲我也要哭了。: a spoken end (再讲 says what he would do, no next topic).
Near miss: 最后，我讲讲… after a 一是 list under an order-word point is that count's last, not the list's.
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "你们今天能坐在这里，背后有很多人在默默付出，有爸爸妈妈，有老师，还有食堂的阿姨和门口的保安叔叔。"
TITLE = "实验小学2024届六年级毕业典礼校长讲话\n"


def test_the_host_calls_the_speaker_up_and_a_count_of_sayings(tmp_path: Path) -> None:
    text = TITLE + (
        "（主持人：下面，有请我们的钱立群校长为毕业生同学们讲话！）\n同学们，老师们，家长朋友们：\n"
        "今天你们要毕业了，我送大家三句话。\n"
        f"第一句话，要记得感恩。\n{BODY}\n第二句话呢，要学会自己长大。\n{BODY}\n第三句话，就是别忘了回来看看。\n{BODY}\n"
        "嗯……行，就讲到这儿吧，再讲我也要哭了。祝同学们越来越棒！\n"
    )
    spec, report = mine(tmp_path, text)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("钱立群", "校长")
    assert "讲话人取自主持人的介绍" in report
    assert headings(spec["points"]) == ["要记得感恩", "要学会自己长大", "就是别忘了回来看看"]
    assert spec["closing"][0].startswith("嗯……行，就讲到这儿吧")


def test_a_byline_names_the_speaker_before_the_host_does(tmp_path: Path) -> None:
    text = TITLE + (
        "讲话人：钱立群（校长）\n（主持人：下面有请我们的钱立群校长给大家讲几句，大家欢迎！）\n同学们：\n"
        f"第一句话，要记得感恩。\n{BODY}\n第二句话，要学会自己长大。\n{BODY}\n好，就讲这些。\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec.get("speaker") == "钱立群"
    assert "原稿中主持人的介绍" in report


def test_the_last_of_a_count_of_yige(tmp_path: Path) -> None:
    text = "在乡村教师座谈会上的讲话\n各位老师：\n听了大家的发言，我讲几个问题。\n" + (
        f"一个是待遇的问题。\n{BODY}\n再一个，是住的问题。\n{BODY}\n还有一个，就是年轻老师的成长问题。\n{BODY}\n"
        f"最后一个呢，我想说说孩子们。\n{BODY}\n好，就这样。祝各位老师节日快乐！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[-1] == "我想说说孩子们"
    assert len(spec["points"]) == 4


def test_another_one_said_twice_over_goes_on_from_a_spoken_count(tmp_path: Path) -> None:
    """第一个，… / 第二个呢，… / 另外还有一个，…: 另外还有一个 goes on as 还有一个 does (stop 23, gl03); near miss: a
    single 另外还有一个 after one first item alone is the first item's text."""
    text = "从零搭建数据中台\n各位朋友：\n今天跟大家聊聊中小企业怎么做数据中台。\n" + (
        f"第一个，先把账理清楚。\n{BODY}\n第二个呢，就是工具选型。\n{BODY}\n另外还有一个，我觉得特别重要，就是人。\n{BODY}\n"
        "好，今天就讲这些。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert len(spec["points"]) == 3 and spec["points"][2]["heading"].endswith("就是人")
    spec, _ = mine(tmp_path, text.replace(f"第二个呢，就是工具选型。\n{BODY}\n", ""))
    assert len(spec.get("points", [])) < 2


def test_a_speaker_who_names_himself_in_his_first_words(tmp_path: Path) -> None:
    """大家好，我是李可欣。… (stop 23, gl02, gl18, gl19): with no byline, the name he gives himself; near miss: 我是一名…
    names no one."""
    text = "大模型落地，到底难在哪里？\n大家好，我是李可欣。过去一年多，我们给二十几家企业做过落地项目。\n" + (
        f"第一个问题，为什么演示很惊艳，上线就拉胯。\n{BODY}\n第二个问题，企业愿意为什么买单。\n{BODY}\n好，就讲这些。\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec.get("speaker") == "李可欣"
    assert "讲话人取自开头的自我介绍“大家好，我是李可欣。" in report
    spec, _ = mine(tmp_path, text.replace("我是李可欣", "我是一名工程师"))
    assert "speaker" not in spec


def test_a_chief_officers_byline(tmp_path: Path) -> None:
    """星河云计算有限公司首席技术官  周明远 under a keynote's subtitle (stop 23, gl01): a chief officer's office."""
    text = "开源，让每一行代码都有回响\n——在2024星河开发者大会上的主旨演讲\n星河云计算有限公司首席技术官  周明远\n各位开发者朋友们：\n" + (
        f"第一件事，开源。\n{BODY}\n第二件事，生态。\n{BODY}\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert (spec.get("speaker"), spec.get("speaker_title")) == ("周明远", "星河云计算有限公司首席技术官")
