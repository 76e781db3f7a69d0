"""What stands after a speech's points (``speech_frame.read_end``), in speeches of our own wording: an editor's note
on the copy in brackets on its own line (（根据录音整理，有删节） / （作者系县委书记）) is a byline, not closing words;
以上讲的三点，… sums up the points, closing words as 以上三点 are; an exchange speech or a report ends with
以上发言，… / 汇报完毕，… / 我就汇报这些。 Near misses beside each."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.outline import SourceParagraph, parse_outline
from tests.reader.mining import mine

HEAD = ("在全县经济工作会议上的讲话", "同志们：", "今天召开全县经济工作会议，我讲三点意见。")
POINTS = (
    "一、提高认识，增强做好工作的责任感",
    "当前，全县经济社会发展面临新的形势，各级各部门要充分认识做好今年工作的重要性。",
    "二、突出重点，扎实推进各项工作",
    "要抓好项目建设、招商引资、民生保障等重点工作，确保取得实效。",
    "三、强化保障，确保各项任务落到实处",
    "各级领导干部要以上率下，层层压实责任，确保各项任务落地见效。",
)
CLOSING = "同志们，新的一年任务艰巨、使命光荣。让我们团结一心，为全县高质量发展作出新的更大贡献！"


def read(*tail: str):
    paragraphs = (*HEAD, *POINTS, *tail)
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(paragraphs)])


@pytest.mark.parametrize("note", ["（根据录音整理，有删节）", "（作者系县委书记）", "(本文原载《县情通讯》)"])
def test_an_editors_note_after_the_closing_is_a_byline(note: str) -> None:
    outline = read(CLOSING, note)
    assert [c.text for c in outline.closing] == [CLOSING]
    assert [b.text for b in outline.bylines] == [note]


def test_a_bracketed_sentence_after_the_closing_stays_with_it() -> None:
    """Near miss: a sentence in brackets (it ends in a full stop) is the speech's, no editor's note on the copy."""
    aside = "（会场响起热烈掌声。）"
    outline = read(CLOSING, aside)
    assert [c.text for c in outline.closing] == [CLOSING, aside]
    assert outline.bylines == []


def test_the_points_summed_up_in_words_before_the_count_close_the_speech() -> None:
    summary = "以上讲的三点，请大家结合实际认真抓好落实。"
    outline = read(summary)
    assert [c.text for c in outline.closing] == [summary]
    assert len(outline.points) == 3


def test_a_last_paragraph_of_text_stays_in_the_last_point() -> None:
    """Near miss: text that sums nothing up is the last point's."""
    text = "以上率下的干部越多，各项任务就落实得越好，这一点大家要牢牢记住。"
    outline = read(text)
    assert outline.closing == []
    assert outline.points[-1].paragraphs[-1].text == text


@pytest.mark.parametrize(
    "last", ["以上发言，不妥之处，敬请批评指正。", "汇报完毕，请各位领导批评指正。", "我就汇报这些。", "我的发言就到这里。"]
)
def test_how_an_exchange_speech_or_a_report_ends_is_its_closing(last: str) -> None:
    outline = read(last)
    assert [c.text for c in outline.closing] == [last]
    assert len(outline.points) == 3


def test_a_sentence_about_reporting_stays_in_the_last_point() -> None:
    """Near miss: 汇报 opening a sentence of the point's text ends nothing."""
    text = "汇报工作中发现的问题，要建立台账，限期整改到位。"
    outline = read(text)
    assert outline.closing == []
    assert outline.points[-1].paragraphs[-1].text == text


@pytest.mark.parametrize("where", ["above", "under"])
def test_an_editors_note_is_never_the_speaker(where: str, tmp_path: Path) -> None:
    """The note is the only line besides the title: mine names no speaker and says what the note was, the same
    way above the speech as under it (it had become speaker 根据录音整理，有删节 under it, and been called a site's
    tag above it)."""
    note = "（根据录音整理，有删节）"
    lines = [HEAD[0], note, *HEAD[1:], *POINTS, CLOSING] if where == "above" else [*HEAD, *POINTS, CLOSING, note]
    spec, report = mine(tmp_path, "\n".join(lines))
    assert "speaker" not in spec
    assert f"原稿的编者说明“{note}”没有写进说明书" in report
    assert spec["closing"] == [CLOSING]


def test_a_sentence_of_the_speakers_story_before_the_address_is_no_slogan() -> None:
    """读完这封邮件，我激动得一晚上没睡好。同学们，人这一辈子，… in the last point's text (stop 23, gl16): the speaker's
    own story, not a slogan before the closing words; 七秩芳华，再启新程。让我们… still is one, and 以上，是我讲的几点意见。
    同志们，… sums up."""
    story = "读完这封邮件，我激动得一晚上没睡好。同志们，人这一辈子，总要有一点比自己更大的东西值得去追求。"
    outline = read(story, CLOSING)
    assert outline.closing[0].text == CLOSING
    outline = read("七秩芳华，再启新程。让我们携起手来，共同开创更加美好的未来！")
    assert outline.closing[0].text.startswith("七秩芳华")
    outline = read("以上，是我讲的几点意见。同志们，任务艰巨，让我们共同努力！")
    assert outline.closing[0].text.startswith("以上，是我讲的几点意见")


# (everyday gr12, h15, gs14; stop 24: the topic the last heading names, 三、强化保障，确保各项任务落到实处 / 最后，我再
# 强调一下各项任务的落实。; a topic of its own after the count is one more point since stop 27, test_added_point)
@pytest.mark.parametrize("topic", ["最后，我再强调一下各项任务的落实。", "最后，我再讲一点，关于家校沟通的问题。"])
def test_the_last_topic_he_names_after_his_points_is_no_closing(topic: str) -> None:
    outline = read(f"{topic}下半年任务重、时间紧，各级领导干部要以身作则，带头转变作风。", CLOSING)
    assert outline.closing[0].text == CLOSING
    assert topic in outline.points[-1].paragraphs[-1].text


@pytest.mark.parametrize("words", ["最后，我想说，今年大家辛苦了。", "最后，说点轻松的。"])
def test_last_words_that_name_no_topic_open_the_closing(words: str) -> None:
    """Near miss: 最后，我想说，… / 最后，说点轻松的。 open the closing words."""
    outline = read(f"{words}下半年任务重、时间紧，希望大家再接再厉。", CLOSING)
    assert outline.closing[0].text.startswith(words)


def test_a_counted_point_whose_text_turns_to_the_audience_is_no_closing() -> None:
    # (四、要感恩。同学们，…: the count's fourth point, glued to its text, not the closing words; gs11)
    fourth = "四、要感恩。同志们，大家今天的成绩离不开组织的培养，要常怀感恩之心，把感恩化作干事创业的动力。"
    outline = read(fourth, CLOSING)
    assert [n.label for n in outline.points] == ["一、", "二、", "三、", "四、"]
    assert outline.closing[0].text == CLOSING


def test_a_wechat_section_bar_before_a_label_is_decoration(tmp_path: Path) -> None:
    # (▍一、…: gr11)
    paragraphs = (*HEAD, *(f"▍{t}" if t[:2] in ("一、", "二、", "三、") else t for t in POINTS), CLOSING)
    spec, report = mine(tmp_path, "\n".join(paragraphs) + "\n")
    assert [n["heading"] for n in spec["points"]] == ["提高认识，增强做好工作的责任感", "突出重点，扎实推进各项工作", "强化保障，确保各项任务落到实处"]
    assert "（序号前的项目符号）：▍" in report


def test_a_short_first_sentence_naming_one_more_thing_is_no_slogan() -> None:
    # (这里还要说一下会议精神的传达落实。会后，…: what he goes on to say, not a slogan before closing words; gs05)
    outline = read("这里还要说一下会议精神的传达落实。会后，各单位要在两周内召开会议，传达学习本次会议精神。", CLOSING)
    assert outline.closing[0].text == CLOSING


def test_a_slogan_opens_the_closing_words_after_it() -> None:
    """Near miss: 七秩芳华，再启新程。让我们… is a slogan before closing words."""
    outline = read("七秩芳华，再启新程。让我们携起手来，共同谱写新的篇章！")
    assert outline.closing[0].text.startswith("七秩芳华")
