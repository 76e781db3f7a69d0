"""Points numbered the way people speak them (口头讲话实录: transcripts of talks, lectures, meetings).

The forms read, taken from what speakers say, not from one speech:

- a question that asks for the point, its answer said after it (the heading): 第一点是什么呢？ /
  第一个问题是什么？ 是人才。 / 我想讲的第二点是什么呢？ and the answer on the next line;
- the speaker's own count with a lead-in: 我讲的第一点 / 我要说的第一个方面 / 我想讲的第一个意思 /
  我先来讲第一个问题，就是… / 我觉得第二点的话，；
- 头一个 / 头一条 for the first;
- a particle after the ordinal: 第一呢， / 第二点的话， (said twice in a stutter: 第二个建议的话第二个建议的话，);
- 第一个， (a written label already);
- order words numbered by their order: 先说… / 再说… / 还有一点… / 最后说…;
- 一个是… / 另一个是… / 再一个是…;
- short questions in parallel on lines of their own over their answers: 为什么要…？ / 怎么办？;
- the ordinal said on a short line of its own, the heading on the next (第二个问题。 / 队伍建设。…);
- the next point announced at the end of the paragraph before it: …好，下面讲第二个问题。;
- a list inside a spoken point that starts again at 1 (第一点，… 第二点的话，…) with the point's own
  next count said after it (我想讲的第二点是什么呢？): the nesting of a spoken run;
- a count with no mark after it in a spoken run (第三点刚才…);
- transcript debris: （掌声） （笑） dropped, 嗯 / 好 / 那么 before a label skipped;
- the next count said after the recap of the last in one paragraph: 这是第一点。第二点，…;
- the speaker naming his next topic on a line of its own: 现在我来讲一讲…。 / 下面谈谈…。;
- parts named in a preview (第一部分是…，第二部分是…) and later read out as titles, 最后是… closing;
- a transcriber's digits (第2个问题), more lead-ins (关于第二个问题， / 我的第一个观点是， /
  第一个问题我想讲的是…), 一个是… 第二个是… as one list, 第一块.

Each form has a near miss where the same words are not points (a single 第一 said in passing, a rhetorical
question inside a paragraph, 再说 meaning "besides"), so no rule can fire on its words alone. Every
transcript here is written for this test.
"""

from __future__ import annotations

import pytest

from jianggao.reader.outline import Outline
from jianggao.reader.speech_file import read_speech
from tests.reader.mining import outline_of, top_headings


def subs(outline: Outline) -> list[list[str]]:
    return [[c.heading.rstrip("。，：；！？") for c in p.children] for p in outline.points]


FILLER = "这几年我们在这方面下了不少功夫，也走过一些弯路，大家心里都有数，我就不一一展开说了，大家回去再慢慢体会。"
ANSWER = "这是我这些年最深的体会，很多同学刚来的时候不以为然，等过了几年再回头看，才发现这一条有多要紧。"


def test_question_then_answer_on_the_next_line() -> None:
    o = outline_of(
        "在新生座谈会上的讲话",
        "同学们好。",
        "今天能回到学校跟大家聊一聊，我很高兴。时间有限，我就讲两点。",
        "我想讲的第一点是什么呢？",
        "就是要把身体练好。" + ANSWER,
        FILLER,
        "我想讲的第二点是什么呢？",
        "就是要多读闲书。" + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["要把身体练好", "要多读闲书"]


def test_question_then_answer_in_the_same_paragraph_and_at_a_paragraph_end() -> None:
    o = outline_of(
        "在企业年会上的讲话",
        "各位同事：",
        "今年的成绩大家都看到了，我不重复。我想了想，明年我们要抓两件事，第一个问题是什么呢？",
        "是人才。" + ANSWER,
        FILLER,
        "第二个问题是什么？是资金。" + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["人才", "资金"]
    assert o.opening[-1].text.endswith("明年我们要抓两件事，")  # the words before the question stay in the opening


def test_a_question_asked_once_in_passing_is_no_point() -> None:
    o = outline_of(
        "在校友会上的讲话",
        "各位校友：",
        "很多人问我，我想讲的第一点是什么呢？其实我也说不好，就随便聊几句。" + FILLER,
        "大家做事情，第一个问题是什么？是想清楚为什么做。" + ANSWER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_the_speakers_own_count_with_a_lead_in() -> None:
    o = outline_of(
        "在安全生产会议上的讲话",
        "同志们：",
        "今天我讲三点意见。",
        "我讲的第一点，是安全生产不能松。" + FILLER,
        "我要说的第二个方面是质量要再上一个台阶。" + FILLER,
        "我想讲的第三个意思，就是队伍要带好。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["安全生产不能松", "质量要再上一个台阶", "队伍要带好"]


def test_a_lead_in_count_said_once_is_no_point() -> None:
    o = outline_of(
        "在班组长会议上的讲话",
        "同志们：",
        "我讲的第一点，大家可能已经听过了，就是安全。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_first_said_as_tou_yi() -> None:
    o = outline_of(
        "在村民大会上的讲话",
        "乡亲们：",
        "今天跟大家讲三条。",
        "头一条，修路的钱要用在明处。" + FILLER,
        "第二条，合作社的账要月月公开。" + FILLER,
        "第三条，老人孩子要有人照看。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["修路的钱要用在明处", "合作社的账要月月公开", "老人孩子要有人照看"]


def test_tou_yi_ge_in_a_story_is_no_point() -> None:
    o = outline_of(
        "在退休座谈会上的讲话",
        "各位老同事：",
        "头一个到厂里报到的是老张，那天下着大雨。" + FILLER,
        "第二天他就带着我们去修机器。" + FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_a_particle_after_the_ordinal() -> None:
    o = outline_of(
        "在读书会上的讲话",
        "各位书友：",
        "我说两点。",
        "第一呢，读书要有耐心。" + FILLER,
        "嗯，第二呢，读书要做笔记。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["读书要有耐心", "读书要做笔记"]


def test_a_stuttered_count_and_a_count_said_at_a_paragraph_end() -> None:
    o = outline_of(
        "在毕业典礼上的讲话",
        "同学们：",
        "千言万语，我只说两句，我觉得第一个建议是什么呢？",
        "要相信自己。" + ANSWER,
        "第二个建议的话第二个建议的话，就是要善待别人。" + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["要相信自己", "要善待别人"]


def test_di_yi_ne_said_once_is_no_point() -> None:
    o = outline_of(
        "在读书会上的讲话",
        "各位书友：",
        "第一呢，我要感谢主办方的邀请。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_di_yi_ge_with_a_comma() -> None:
    o = outline_of(
        "在团队建设会上的讲话",
        "各位：",
        "第一个，目标要清楚。" + FILLER,
        "第二个，分工要明确。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["目标要清楚", "分工要明确"]


def test_order_words_number_by_their_order() -> None:
    o = outline_of(
        "在年中总结会上的讲话",
        "同事们：",
        "今天我说三件事。",
        "先说成绩。" + FILLER,
        "再说问题。" + FILLER,
        "最后说打算。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["成绩", "问题", "打算"]
    assert [p.index for p in o.points] == [1, 2, 3]


def test_zai_shuo_meaning_besides_is_no_point() -> None:
    o = outline_of(
        "在年中总结会上的讲话",
        "同事们：",
        "这半年大家都很辛苦。" + FILLER,
        "再说，这件事也不能全怪下面的同志。" + FILLER,
        "最后说一句，大家注意休息。",
    )
    assert o.points == []


def test_order_words_do_not_lengthen_a_written_run() -> None:
    o = outline_of(
        "在工作会议上的讲话",
        "同志们：",
        "首先，要抓好项目建设。" + FILLER,
        "其次，要抓好招商引资。" + FILLER,
        "再说，去年的账还没有算清楚。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["要抓好项目建设", "要抓好招商引资"]


def test_one_is_the_other_is() -> None:
    o = outline_of(
        "在家长会上的讲话",
        "各位家长：",
        "今天我跟大家说两个事。",
        "一个是孩子的睡眠。" + FILLER,
        "另一个是孩子的手机。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["孩子的睡眠", "孩子的手机"]


def test_one_is_said_once_is_no_point() -> None:
    o = outline_of(
        "在家长会上的讲话",
        "各位家长：",
        "一个是学习成绩，大家都盯着，这可以理解。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_questions_in_parallel_on_lines_of_their_own() -> None:
    o = outline_of(
        "在动员大会上的讲话",
        "同志们：",
        "围绕这次活动，我讲两个问题。",
        "为什么要开展这次活动？",
        FILLER + ANSWER,
        "怎么样把这次活动搞好？",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["为什么要开展这次活动？".rstrip("？"), "怎么样把这次活动搞好"]


def test_questions_asking_who_and_where_are_parallel_points_too() -> None:
    # (yv17 of the everyday suite) 谁 and 哪里 ask as 什么 does: three questions, as many as announced
    o = outline_of(
        "在公司成立十周年纪念大会上的讲话",
        "各位同事：",
        "今天我想问大家三个问题，也问问我自己。",
        "我们是谁？",
        FILLER + ANSWER,
        "我们靠什么走到今天？",
        FILLER + ANSWER,
        "下一个十年，我们去哪里？",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["我们是谁", "我们靠什么走到今天", "下一个十年，我们去哪里"]


def test_a_rhetorical_question_in_a_paragraph_is_no_point() -> None:
    o = outline_of(
        "在动员大会上的讲话",
        "同志们：",
        "为什么要开展这次活动？",
        FILLER + ANSWER,
        "有的同志会说，这有什么用？我看用处大得很。" + FILLER,
        "我们能不能做好？",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert o.points == []


def test_the_ordinal_on_a_short_line_and_the_heading_on_the_next() -> None:
    o = outline_of(
        "在人事工作会议上的讲话",
        "同志们：",
        "下面讲两个问题。",
        "第一个问题。",
        "队伍建设。" + FILLER,
        "第二个问题。",
        "作风建设。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["队伍建设", "作风建设"]


def test_the_next_point_announced_at_the_end_of_the_paragraph_before() -> None:
    o = outline_of(
        "在质量工作会议上的讲话",
        "同志们：",
        "我今天讲两个问题。",
        "第一个问题，安全生产。" + FILLER,
        FILLER + "这就是第一个问题。好，下面讲第二个问题。",
        "质量提升。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["安全生产", "质量提升"]
    assert o.points[0].paragraphs[-1].text.endswith("这就是第一个问题。")


def test_an_announcement_of_another_speaker_is_no_point() -> None:
    o = outline_of(
        "在表彰会上的主持词",
        "同志们：",
        FILLER + "好，下面请张总讲话。",
        "大家好。" + FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_a_list_inside_a_spoken_point_and_the_points_own_next_count() -> None:
    o = outline_of(
        "在实验班座谈会上的讲话",
        "同学们：",
        "时间有限，我主要讲三点。",
        "我先来讲第一个问题，就是我为什么答应来带这个班？",
        "我的想法是什么？",
        "第一点，这是很大的荣誉。" + FILLER,
        "我觉得第二点的话，比荣誉更大的是责任。" + FILLER,
        "我想讲的第二点是什么呢？",
        "就是怎样把大学这几年过好。" + FILLER,
        "我觉得第一件事情是什么呢？",
        "要把三观立起来。" + FILLER,
        "第二点的话，要学会学习。" + FILLER,
        "我觉得第三点的话，要多交朋友。" + FILLER,
        "第三点刚才老师问了一个问题，我们这个班的特点是什么？",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["我为什么答应来带这个班", "怎样把大学这几年过好", "刚才老师问了一个问题，我们这个班的特点是什么"]
    assert subs(o)[:2] == [["这是很大的荣誉", "比荣誉更大的是责任"], ["要把三观立起来", "要学会学习", "要多交朋友"]]


def test_a_count_with_no_mark_is_read_only_in_a_spoken_run() -> None:
    o = outline_of(
        "在工作会议上的讲话",
        "同志们：",
        "第一点很重要，就是今年的任务必须完成。" + FILLER,
        "第二点大家也要记住，安全是底线。" + FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_hall_notes_are_dropped_and_fillers_skipped(tmp_path) -> None:
    source = tmp_path / "talk.txt"
    source.write_text(
        "\n".join([
            "在年会上的讲话",
            "各位同事：",
            "今年大家辛苦了！（掌声）我讲两点。",
            "嗯，第一点，要把客户放在心上。（笑）" + FILLER,
            "（热烈掌声）",
            "啊，第二点，要把产品做扎实。" + FILLER,
            "谢谢大家！",
        ]),
        encoding="utf-8",
    )
    o = read_speech(source).outline
    assert top_headings(o) == ["要把客户放在心上", "要把产品做扎实"]
    text = "".join(t.text for t in o.opening) + "".join(p.heading + p.text for p in o.points)
    assert "掌声" not in text and "笑" not in text


def test_words_about_applause_are_no_hall_note() -> None:
    o = outline_of(
        "在表彰会上的讲话",
        "同志们：",
        "会场响起了掌声，大家笑了。（一）这是他们应得的荣誉。" + FILLER,
        "谢谢大家。",
    )
    assert "响起了掌声，大家笑了" in o.opening[0].text


def test_the_speaker_names_his_next_topic_on_a_line_of_its_own() -> None:
    o = outline_of(
        "在干部培训班上的讲话",
        "同志们：",
        "这次培训时间不长，我想借这个机会跟大家谈谈心。" + FILLER,
        "现在我来讲一讲学习的问题。",
        FILLER + ANSWER,
        FILLER,
        "下面谈谈作风。",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["现在我来讲一讲学习的问题", "下面谈谈作风"]


def test_saying_a_few_words_is_no_topic() -> None:
    o = outline_of(
        "在干部培训班上的讲话",
        "同志们：",
        "我先讲几句。",
        FILLER + ANSWER,
        "我再说两句。",
        FILLER + ANSWER,
        "现在我来讲一讲学习的问题。",
        FILLER + ANSWER,
        "谢谢大家。",
    )
    assert o.points == []


def test_parts_named_in_a_preview_and_read_out_as_titles() -> None:
    o = outline_of(
        "在行业论坛上的发言",
        "各位嘉宾：",
        "今天我讲的内容分三个部分，第一部分是行业现状，第二部分是政策变化，第三部分是未来的走势。" + FILLER,
        "第一部分是行业现状。" + FILLER,
        FILLER,
        "政策变化。" + FILLER,
        FILLER,
        "最后是几点判断。" + FILLER,
        FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["行业现状", "政策变化", "几点判断"]


def test_a_name_from_the_preview_with_no_numbered_part_is_no_point() -> None:
    o = outline_of(
        "在行业论坛上的发言",
        "各位嘉宾：",
        "今天我讲的内容分三个部分，第一部分是行业现状，第二部分是政策变化，第三部分是未来的走势。" + FILLER,
        "行业现状大家都很熟悉，我就不多说了。" + FILLER,
        "政策变化。" + FILLER,
        "未来的走势。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_a_transcribers_digits_and_other_lead_ins() -> None:
    o = outline_of(
        "在经销商大会上的讲话",
        "各位伙伴：",
        "今天我讲三个问题。",
        "我的第1个观点是，渠道要下沉。" + FILLER,
        "关于第2个问题，库存要压下来。" + FILLER,
        "那么第3个问题呢，就是服务要跟上。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["渠道要下沉", "库存要压下来", "服务要跟上"]


def test_digits_in_a_date_or_a_rank_are_no_count() -> None:
    o = outline_of(
        "在经销商大会上的讲话",
        "各位伙伴：",
        "第1名是华东区，大家鼓掌祝贺。" + FILLER,
        "第2个月我们就把库存降下来了。" + FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_one_is_then_the_second_is() -> None:
    o = outline_of(
        "在项目复盘会上的讲话",
        "各位：",
        "这次复盘我看有三个问题。",
        "一个是计划定得太满。" + FILLER,
        "第二个是沟通不够。" + FILLER,
        "第三个是验收太晚。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["计划定得太满", "沟通不够", "验收太晚"]


def test_the_next_point_said_after_the_recap_of_the_last() -> None:
    o = outline_of(
        "在年会上的讲话",
        "同事们：",
        "今天我讲三点。",
        "第一点，我们要感谢客户。" + FILLER,
        "这是第一点。第二点，我们要感谢家人。" + FILLER,
        "第三点呢，要感谢自己。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["我们要感谢客户", "我们要感谢家人", "要感谢自己"]
    assert o.points[0].paragraphs[-1].text == "这是第一点。"


def test_a_recap_with_no_next_count_after_it_stays_whole() -> None:
    o = outline_of(
        "在年会上的讲话",
        "同事们：",
        "第一点，我们要感谢客户。" + FILLER,
        "这是第一点。大家记住了吗？第三，我们要感谢家人。" + FILLER,
        "第二点，我们要感谢自己。" + FILLER,
        "谢谢大家。",
    )
    assert [p.text for p in o.points[0].paragraphs][:1] == ["这是第一点。大家记住了吗？第三，我们要感谢家人。" + FILLER]


def test_an_announced_count_over_the_count_said_again() -> None:
    o = outline_of(
        "在培训课上的讲课",
        "各位学员：",
        "好，我们开始。今天讲的内容主要有两块。",
        "第一块是什么呢？是历史。" + FILLER,
        FILLER,
        "好，第一块就讲到这里。下面我们来讲第二块。",
        "第二块，现状。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["历史", "现状"]


def test_the_count_then_what_the_speaker_means_to_say() -> None:
    o = outline_of(
        "在形势报告会上的讲话",
        "同志们：",
        "今天讲两个问题。",
        "第一个问题我想讲的是怎么看当前的形势。" + FILLER,
        "第二个问题要说的是怎么干好明年的工作。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["怎么看当前的形势", "怎么干好明年的工作"]


def test_counted_things_a_commencement_or_annual_speech_names() -> None:
    """第一个关键词是“…”。 / 第二个故事， / 第三个期望就是…: ordinals of the things the speaker counts (stop 16)."""
    o = outline_of(
        "在2026届毕业典礼上的致辞",
        "亲爱的同学们：",
        "临别之际，我想送给大家三个关键词。",
        "第一个关键词是“好奇”。" + ANSWER,
        "第二个关键词是“坚韧”。" + ANSWER,
        "第三个关键词是“善良”。" + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["“好奇”", "“坚韧”", "“善良”"]
    o = outline_of(
        "在公司年会上的讲话",
        "各位同事：",
        "今天我想跟大家讲两个故事。",
        "第一个故事，是我们怎样做出第一台样机的。" + FILLER,
        "第二个故事，是我们怎样走出国门的。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["我们怎样做出第一台样机的", "我们怎样走出国门的"]


def test_a_counted_thing_said_once_or_a_thing_not_counted_is_no_point() -> None:
    """(near misses) one 第一个关键词 with no second; 第一个月 / 第二个月 (time told, not things the speaker counts)."""
    o = outline_of(
        "在2026届毕业典礼上的致辞",
        "亲爱的同学们：",
        "第一个关键词是“好奇”。" + ANSWER,
        FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == []
    o = outline_of(
        "在公司年会上的讲话",
        "各位同事：",
        "第一个月是最难熬的。" + FILLER,
        "第二个月是最忙的。" + FILLER,
        "谢谢大家。",
    )
    assert top_headings(o) == []


FLOOD_COUNT = ("第一，思想上要绷紧这根弦。", "第二个，转移要果断。", "第三个事情，水库和河道。", "第四，应急值守和信息报送。", "还有一个，物资和队伍。")


@pytest.mark.parametrize(
    ("opening", "points"),
    [
        ("今晚各乡镇要全部到岗，气象台下午四点发了暴雨预警。就讲几个具体的事。", 5),  # a time, no count
        ("今晚十二点前要全部到岗。我讲四点意见。", 4),  # near miss: four announced, the count stops at the fourth
    ],
)
def test_a_clock_time_in_the_opening_is_no_announced_count(opening: str, points: int) -> None:
    """下午四点发了预警 is a time, not 讲四点: the count goes on to the fifth added in the speaker's words
    (还有一个，…), where a count of four announced stops it at the fourth."""
    o = outline_of("在防汛调度会上的讲话", opening, *(item + FILLER for item in FLOOD_COUNT), "就讲这些。散会以后马上回去传达部署。")
    assert top_headings(o) == ["思想上要绷紧这根弦", "转移要果断", "水库和河道", "应急值守和信息报送", "物资和队伍"][:points]


def test_a_spoken_count_set_off_by_a_dash() -> None:
    """第三个词——其实也不是一个词，…: a dash after the count in place of its comma."""
    o = outline_of(
        "在公司年会上的讲话",
        "各位同事：",
        "今年我想跟大家分享三个词。",
        "第一个词，叫“活下来”。" + FILLER,
        "第二个词，叫“慢下来”。" + FILLER,
        "第三个词——其实也不是一个词，是一句话——叫“一起走远路”。" + ANSWER,
        "谢谢大家。",
    )
    assert top_headings(o) == ["叫“活下来”", "叫“慢下来”", "其实也不是一个词，是一句话——叫“一起走远路”"]


def test_a_count_with_a_dash_said_once_is_no_point() -> None:
    o = outline_of(
        "在公司年会上的讲话",
        "各位同事：",
        "我今年想到的第一个词——说实话——就是“难”。" + FILLER,
        FILLER,
        "谢谢大家。",
    )
    assert o.points == []


def test_a_spoken_third_said_with_this_before_it() -> None:
    """第一个方面，… 第二个方面呢，… 这第三个，我想讲的是，…: 这 before the count (id10)."""
    o = outline_of(
        "在纪念座谈会上的讲话",
        "同志们：",
        "今天我讲三个方面。",
        "第一个方面，就是要把这段历史记住、讲好。" + FILLER,
        "第二个方面呢，就是要把红色资源保护好、利用好。" + FILLER,
        "这第三个，我想讲的是，纪念红军，最根本的是要把红军精神传承下去。" + ANSWER,
        "谢谢大家。",
    )
    assert len(o.points) == 3 and o.points[2].heading.startswith("纪念红军")


def test_a_count_goes_on_past_a_list_that_names_what_it_counts() -> None:
    """第三，“开放”。 / 头一个方面，… 第二个方面，… 第三个方面，… / 第四点，…: the list under the third names its unit
    (方面), 第四点 names none and goes on from the run's own third (hv12); 好，五个词讲完了。 opens the closing."""
    o = outline_of(
        "做难而正确的事",
        "各位朋友：",
        "第一个词，叫“耐心”。" + FILLER,
        "第二个词呢，“聚焦”。" + FILLER,
        "第三，“开放”。" + FILLER,
        "头一个方面，是对世界开放。" + FILLER,
        "第二个方面，是对同行开放。" + FILLER,
        "第三个方面，是对年轻人开放。" + FILLER,
        "第四点，我想讲“人”。" + ANSWER,
        "好，四个词讲完了：耐心、聚焦、开放、人。这四个词，是我二十六年做企业的体会，送给在座的各位朋友。",
        "谢谢大家！",
    )
    assert len(o.points) == 4 and [len(p.children) for p in o.points] == [0, 0, 3, 0]
    assert o.closing[0].text.startswith("好，四个词讲完了")


def test_a_first_said_with_no_comma_opens_a_count_of_ordinals() -> None:
    """首先数据库是科技重器。 / … / 第二是…。 / 第三是…。: a transcript's 首先 with no comma after it is the first of the
    count its 第二 goes on (blind53, a bank's talk); 首先我要感谢… / 其次，… is a pair of thanks, no count."""
    o = outline_of(
        "分布式数据库在银行的应用",
        "一、银行需要什么样的数据库",
        "我们总结了一下银行到底需要什么样的数据库。",
        "首先数据库是科技重器。",
        ANSWER,
        "第二是银行业务发展本身的需要。",
        ANSWER,
        "第三是监管的要求。",
        ANSWER,
        "二、我们的实践",
        ANSWER,
    )
    assert [c.heading.rstrip("。") for c in o.points[0].children] == ["数据库是科技重器", "银行业务发展本身的需要", "监管的要求"]
    thanks = outline_of(
        "在表彰会上的讲话",
        "各位同事：",
        "首先我要感谢大家一年来的辛勤工作。",
        "其次，非常感谢各位领导对我们的关怀和帮助。",
        "一、成绩来之不易",
        ANSWER,
        "二、明年要更上一层楼",
        ANSWER,
    )
    assert top_headings(thanks) == ["成绩来之不易", "明年要更上一层楼"]


def test_order_words_run_on_into_what_is_said_head_a_count() -> None:
    """首先来说研究现状。… / 其次来说研究历史。… / 最后是关于人才。…: 首先 and 其次 run on with no comma into 来说 / 讲 /
    说到 / 就是 are the count's labels, the words after them its headings, as the label only is dropped (the corpus's
    annotators write 来说研究现状); 首先讲话的是… (a speech, 讲话) stays text."""
    o = outline_of(
        "改造我们的学习",
        "一、我们的学习要改造",
        "我们的学习有三个方面需要改造。",
        "首先来说研究现状。像我们这样一个大政党，对现状的研究还很不够。",
        ANSWER,
        "其次来说研究历史。虽有少数同志做了一些工作，但是不曾有组织地进行过。",
        ANSWER,
        "最后是关于学习国际的革命经验。许多同志学得不好。",
        ANSWER,
        "二、改造的办法",
        ANSWER,
    )
    assert [c.heading.rstrip("。") for c in o.points[0].children] == ["来说研究现状", "来说研究历史", "关于学习国际的革命经验"]
    spoken = outline_of(
        "在座谈会上的讲话",
        "一、大家谈得很好",
        "首先讲话的是老王同志，他讲了三个问题。",
        "其次讲话的是小李同志，她讲得很实在。",
        "二、下一步的工作",
        ANSWER,
    )
    assert spoken.points[0].children == []
