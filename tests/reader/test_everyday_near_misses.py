"""Near misses of the forms the everyday suite (test_everyday_forms) taught the reader: each looks like one of
them and must stay what it was. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在全县冬春农田水利建设推进会上的讲话\n\n同志们：\n\n今天召开这次会议，主要是部署冬春农田水利建设。下面，我讲三点意见。\n\n"
POINTS = [
    "一要抓好沟渠清淤。各乡镇要组织劳力，在春耕前完成主要沟渠的清淤任务。",
    "二要抓好塘坝加固。对病险塘坝要逐一排查，制定加固方案，汛前完成整治。",
    "三要抓好高标准农田建设。要按照规划推进项目，确保工程质量经得起检验。",
]


def test_a_last_paragraph_that_turns_to_no_one_stays_the_last_points_text(tmp_path: Path) -> None:
    # after one-paragraph points: a second paragraph of the third point (no 希望大家 / 让我们 / 祝) stays in it
    more = "高标准农田建成以后，要落实管护主体，明确管护责任，防止重建轻管。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, more]))
    assert headings(spec["points"]) == ["抓好沟渠清淤", "抓好塘坝加固", "抓好高标准农田建设"]
    assert spec["points"][-1]["intro"][-1] == more
    assert not spec.get("closing")


def test_a_last_paragraph_that_turns_to_the_audience_is_the_closing_after_one_paragraph_points(tmp_path: Path) -> None:
    last = "农田水利是农业的命脉。希望大家鼓足干劲，打好这场硬仗。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, last]))
    assert spec["closing"] == [last]


def test_a_look_ahead_after_one_paragraph_points_opens_the_closing(tmp_path: Path) -> None:
    # 下一步，我们将… after 一要…三要…, before 以上… or alone at the end: the speaker's closing words (q09)
    ahead = "下一步，我们将把农田水利建设作为重点工作，一抓到底。"
    for ending in ([ahead, "以上意见，请大家抓好落实。"], [ahead]):
        spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, *ending]))
        assert headings(spec["points"]) == ["抓好沟渠清淤", "抓好塘坝加固", "抓好高标准农田建设"]
        assert spec["closing"] == ending


def test_a_look_ahead_under_a_point_of_several_paragraphs_stays_in_it(tmp_path: Path) -> None:
    # the points are heading lines over two paragraphs each: 下一步，… under the last is its text, 以上… the closing
    two = ["各乡镇要组织劳力，在春耕前完成主要沟渠的清淤任务，确保灌溉用水畅通无阻。", "县水利局要加强技术指导，及时协调解决清淤中遇到的困难和问题。"]
    ahead = "下一步，要把高标准农田的管护责任落到每一个村、每一个人头上，防止重建轻管。"
    text = HEAD + "\n\n".join(
        ["一、抓好沟渠清淤", *two, "二、抓好塘坝加固", *two, "三、抓好高标准农田建设", two[0], ahead, "以上意见，请大家抓好落实。"]
    )
    spec, _ = mine(tmp_path, text)
    assert spec["points"][-1]["intro"][-1] == ahead
    assert spec["closing"] == ["以上意见，请大家抓好落实。"]


EXCHANGE = (
    "用好三张清单　推动课后服务提质\n\n城关第二中学校长　郑某某\n\n尊敬的各位领导、同志们：\n\n"
    "近年来，我校认真落实“双减”政策，围绕三张清单抓课后服务。下面，我把主要做法作简要汇报。\n\n"
    "一、建立需求清单\n\n每学期开学前，我们通过问卷、家访、班会等方式摸清学生和家长的需求，形成需求清单。\n\n"
    "二、建立课程清单\n\n我们坚持“基础+拓展”的模式，第一时段以作业辅导为主，第二时段开设兴趣课程。\n\n"
    "三、建立保障清单\n\n一方面，完善教师激励机制，将课后服务工作量纳入绩效考核；另一方面，引进社会资源补充师资。\n\n"
)


def test_a_look_back_after_points_of_one_paragraph_opens_the_closing(tmp_path: Path) -> None:
    # 虽然我们做了一些探索，…下一步… between one-paragraph points and 以上发言…谢谢！ (u06, p08); 这些成绩的取得… and
    # 新的一年，… between one-paragraph dash items and 最后，祝… (t17)
    back = "虽然我们做了一些探索，但与上级要求和群众期盼相比还有差距，下一步我们将继续完善三张清单。"
    spec, _ = mine(tmp_path, EXCHANGE + back + "\n\n以上发言，不妥之处，敬请批评指正。谢谢！")
    assert len(spec["points"]) == 3 and spec["closing"][0] == back
    dashes = HEAD.replace("下面，我讲三点意见。", "借这个机会，向大家简要汇报几个方面的情况。") + "\n\n".join(
        ["——产业发展迈出新步伐。全镇新引进农产品加工企业3家，茶叶种植面积扩大到2.6万亩，茶农人均增收1800元。",
         "——基础设施得到新改善。新建和改造农村公路38公里，所有行政村实现了自来水全覆盖，群众出行更方便了。",
         "——民生保障实现新提升。新建镇卫生院住院楼一栋，开办老年食堂4个，为80岁以上老人免费提供午餐。",
         "这些成绩的取得，凝聚着各位老同志的智慧和心血，很多老同志主动担任宣讲员，走村入户宣传政策。",
         "新的一年，镇党委、镇政府将继续做好老干部工作，也恳请各位老同志一如既往地关心支持镇里的发展。",
         "最后，祝各位老同志新春愉快，身体健康！"]
    )
    spec, _ = mine(tmp_path, dashes)
    assert len(spec["points"]) == 3 and spec["closing"][0].startswith("这些成绩的取得")


def test_a_paragraph_going_on_with_the_last_points_matter_stays_its_text(tmp_path: Path) -> None:
    # near miss: after one-paragraph points, 宣传部门要… (no look back, no look ahead) before the closing words is the
    # last point's second paragraph (t25)
    more = "宣传部门要加强正面引导，及时回应社会关切，讲好企业家创业故事，弘扬优秀企业家精神。"
    spec, _ = mine(tmp_path, EXCHANGE + more + "\n\n以上发言，不妥之处，敬请批评指正。谢谢！")
    assert spec["points"][-1]["intro"][-1] == more


def test_希望大家_after_points_of_several_paragraphs_stays_in_the_last_point(tmp_path: Path) -> None:
    # every point has two paragraphs: the third's second paragraph is its own, whatever it says
    seconds = ["要倒排工期。", "要压实责任。", "希望大家把工程质量放在第一位。"]
    paras = [p for point, second in zip(POINTS, seconds, strict=True) for p in (point, second)]
    spec, _ = mine(tmp_path, HEAD + "\n\n".join(paras))
    assert spec["points"][-1]["intro"][-1] == seconds[-1]
    assert not spec.get("closing")


def test_a_paragraph_opening_with_a_pronoun_and_a_comma_is_no_closing(tmp_path: Path) -> None:
    # 青年朋友们， names the audience again; 我们， / 他们， do not
    last = "他们，这些常年守在工地上的同志，值得我们学习。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, last]))
    assert spec["points"][-1]["intro"][-1] == last
    assert not spec.get("closing")


def test_long_lead_sentences_that_share_only_要_are_no_points(tmp_path: Path) -> None:
    # 分享三点希望 then three paragraphs whose first sentences open with 要 but are long sentences of text
    text = (
        "在新学期开学典礼上的讲话\n\n老师们、同学们：\n\n新学期开始了。我想和同学们分享三点希望。\n\n"
        "要把每天的时间安排得井井有条，不让一分一秒白白流走。时间是最公平的。\n\n"
        "要在课堂上大胆提出自己的问题，也要认真倾听同学的想法。学问学问，要学要问。\n\n"
        "要每天坚持到操场上锻炼一个小时以上的时间。身体是学习的本钱。\n\n"
        "同学们，新学期新气象。祝大家学习进步！"
    )
    spec, _ = mine(tmp_path, text)
    assert not spec.get("points")


def test_a_second_version_of_the_speech_after_its_title_again_is_kept(tmp_path: Path) -> None:
    # the title printed again, then the same opening, but a longer text after it: not a repeat, nothing dropped
    first = HEAD + "\n\n".join(POINTS)
    longer = [*POINTS[:2], POINTS[2] + "今冬明春要完成新建高标准农田一万亩。", "同志们，让我们鼓足干劲，夺取新的胜利！"]
    second = HEAD + "\n\n".join(longer)
    _, report = mine(tmp_path, first + "\n\n" + second)
    assert "重复印出的全文" not in report


def test_a_title_over_a_page_number_and_printed_again_under_it_is_not_joined_to_the_text(tmp_path: Path) -> None:
    # 标题 / — 1 — / 标题 again / the text: the second title is no running header cutting a sentence
    title = "在全县冬春农田水利建设推进会上的讲话"
    text = "\n".join([title, "— 1 —", title, *HEAD.split("\n\n")[1:], *POINTS])
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == title
    assert not any(title in str(p) for p in spec["opening"].values())


def test_a_two_line_title_wrapped_unevenly_is_one_title(tmp_path: Path) -> None:
    # a long title folded at the page's width (halves of unequal length) over a ——subtitle joins with no space
    text = "凝心聚力谋发展实干担当奋力谱写\n高质量发展新篇章\n——在全县冬春农田水利建设推进会上的讲话\n" + HEAD.split("\n\n", 1)[1] + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "凝心聚力谋发展实干担当奋力谱写高质量发展新篇章"


def test_a_credit_word_opening_a_sentence_is_text(tmp_path: Path) -> None:
    line = "文字：这是我们今天要讲清楚的第一件事，大家要认真记住。"
    spec, report = mine(tmp_path, HEAD + "\n\n".join([*POINTS, line]))
    assert line in str(spec) and "网页信息栏" not in report


def test_questions_from_the_floor_after_the_closing_leave_the_closing_its_words(tmp_path: Path) -> None:
    closing = "好，三点讲完了。希望大家抓好落实。"
    qa = ["互动环节", "提问：清淤的经费从哪里来？", "回答：县里统筹一部分，乡镇自筹一部分。"]
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, closing, *qa]))
    assert spec["closing"][0] == closing and spec["closing"][1:] == qa
    # near miss: one line of a 问： in the last point's text is no Q&A block, and no closing is made of it
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, "问：为什么要清淤？"]))
    assert not spec.get("closing")


def test_a_unit_and_a_name_under_the_title_are_the_byline(tmp_path: Path) -> None:
    text = "在全县冬春农田水利建设推进会上的讲话\n县水利局农水科 温某某\n" + HEAD.split("\n\n", 1)[1] + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert spec["speaker"] == "温某某" and spec["speaker_title"] == "县水利局农水科"


def test_a_transcripts_tag_after_the_title_is_dropped(tmp_path: Path) -> None:
    text = "在全县冬春农田水利建设推进会上的讲话（录音整理稿）\n" + HEAD.split("\n\n", 1)[1] + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在全县冬春农田水利建设推进会上的讲话"


ORAL = (
    "在公司月度例会上的讲话\n\n各位同事：\n\n好，我简单讲几句。\n\n"
    "第一个意思，就是成绩要看清楚。这个月销售涨了一些，但是利润没有涨，大家心里要有数。\n\n"
    "第二个意思，回款要抓紧。账期越拖越长，这个事情不能再拖了，财务部门要天天盯。\n\n"
    "再一个，就是干部要下一线。坐在办公室里听汇报，听不到真话，要到客户那里去。\n\n"
    "还有一个，安全这根弦不能松。夏天到了，几个车间都要把防暑降温的措施落实好。\n\n"
    "最后一个，讲讲培训。新来的同事多，老同事要带一带，把经验传下去。\n\n"
    "好，我就讲这么几点。\n"
)


def test_a_speaker_going_on_with_再一个_and_还有一个_after_a_spoken_count(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, ORAL)
    assert headings(spec["points"]) == ["成绩要看清楚", "回款要抓紧", "干部要下一线", "安全这根弦不能松", "讲讲培训"]
    assert spec["closing"] == ["好，我就讲这么几点。"]


def test_再一个_in_a_speech_numbered_otherwise_is_text(tmp_path: Path) -> None:
    # near miss: 再一个，… in the last point of an 一、二、 speech goes on that point's text
    line = "再一个，就是要把账算清楚，钱要花在刀刃上。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, line]))
    assert len(spec["points"]) == 3 and spec["points"][-1]["intro"][-1] == line


QUESTIONS = (
    "在全县河道保洁推进会上的讲话\n\n同志们：\n\n今天我想回答三个问题。\n\n去年以来，各乡镇做了大量工作，河道面貌有了明显改观。\n\n"
    "为什么要抓河道保洁？\n\n1.这是群众的期盼。群众天天看着这条河，河水干净了、岸上整洁了、两岸绿起来了，群众心里才会真正满意。\n\n2.这是考核的要求。省里每季度暗访一次，结果要通报。\n\n"
    "保洁要抓什么？\n\n1.抓垃圾清理。沿河垃圾要日产日清，不能堆在岸边，更不能一推了之往河里倒，保洁员要每天巡一遍。\n\n2.抓长效管护。每条河都要有保洁员，定人定岗定责。\n\n"
    "怎么抓好保洁？\n\n1.压实责任。河长要每月巡河一次，发现问题当场交办，交办的问题要限期整改到位，不能一拖再拖。\n\n2.严格考核。考核结果和乡镇年度考核挂钩，排名靠后的要约谈。\n\n"
    "同志们，河道保洁是一件长期的事，大家要持之以恒抓下去。\n"
)


def test_question_lines_over_restarting_lists_are_the_points_when_the_count_was_said_two_paragraphs_before(
    tmp_path: Path,
) -> None:
    spec, _ = mine(tmp_path, QUESTIONS)
    assert headings(spec["points"]) == ["为什么要抓河道保洁？", "保洁要抓什么？", "怎么抓好保洁？"]
    assert [len(p["items"]) for p in spec["points"]] == [2, 2, 2]


def test_question_lines_with_no_count_said_are_no_points(tmp_path: Path) -> None:
    # near miss: nothing says three, and the questions do not open alike: the lists are what is numbered
    spec, _ = mine(tmp_path, QUESTIONS.replace("今天我想回答三个问题。", "今天我讲一讲河道保洁。"))
    assert "为什么要抓河道保洁？" not in headings(spec.get("points", []))


TOPICS = (
    "在全县医保工作会议上的讲话\n\n同志们：\n\n今天召开全县医保工作会议，主要是部署今年的医保基金监管工作。\n\n"
    "下面，我先讲讲当前面临的形势。\n\n去年全县医保基金支出增长较快，欺诈骗保问题还时有发生，群众反映强烈，监管的压力越来越大。\n\n"
    "下面，我再讲讲今年的重点任务。\n\n今年要开展专项整治，推进智能监管，强化部门协同，把每一分钱都花在群众看病上。\n\n"
    "最后，我讲讲工作要求。\n\n各乡镇、各部门要提高站位，主要负责同志要亲自抓，确保各项任务落到实处、见到成效。\n"
)


def test_the_speakers_own_lines_naming_his_next_topic_are_the_points_his_last_no_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TOPICS)
    assert len(spec["points"]) == 3 and "工作要求" in spec["points"][-1]["heading"]
    assert not spec.get("closing")


def test_最后_then_a_wish_stays_the_closing(tmp_path: Path) -> None:
    # near miss: 最后，我祝… names no topic: the closing words, as before
    wish = "最后，我祝大家新年快乐、工作顺利！"
    spec, _ = mine(tmp_path, TOPICS + "\n" + wish + "\n")
    assert spec["closing"] == [wish]


def test_a_salutation_run_into_the_first_paragraph_is_the_salutation(tmp_path: Path) -> None:
    # a web page that ran 同志们： into the opening's first sentence
    text = HEAD.replace("同志们：\n\n", "同志们：") + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert spec.get("salutation", "同志们") == "同志们"
    assert "同志们" not in str(spec["opening"]) and "今天召开这次会议" in str(spec["opening"])


def test_a_sentence_opening_with_各位_and_a_colon_is_no_salutation(tmp_path: Path) -> None:
    # near miss: 各位乡镇干部要注意以下几点：… is a sentence (a verb in it), the opening's
    text = HEAD.replace("同志们：\n\n", "各位乡镇干部要注意以下几点：今天召开这次会议，") + "\n\n".join(POINTS)
    spec, _ = mine(tmp_path, text)
    assert spec.get("salutation") == ""


SPOKEN = (
    "在全县森林防火工作会议上的讲话\n\n各位：\n\n今年秋天雨水少，防火形势严峻。我就讲三点。\n\n"
    "第一个呢，是思想上不能松。过去没出事，不等于今后不出事，各乡镇回去以后要专门开一次会。\n\n"
    "第二个，火源要管住。进山路口要设卡，护林员要巡山，重点时段要把人派到坟头、地头去。\n\n"
    "再一个，第三个，是队伍要拉得出。扑火队伍平时要练，装备要检查，不要到了火场才发现用不了。\n\n"
)


def test_a_spoken_ending_that_counts_what_was_said_is_the_closing(tmp_path: Path) -> None:
    # 好，就讲这三点。 / 好，我就先说这么多。: the speaker's closing words (t23, u09); 再一个，第三个，: one label said twice
    for ending in ("好，就讲这三点。大家辛苦一点，确保不出事。散会。", "好，我就先说这么多。大家有什么问题会后找我。"):
        spec, _ = mine(tmp_path, SPOKEN + ending)
        assert headings(spec["points"]) == ["思想上不能松", "火源要管住", "队伍要拉得出"]
        assert spec["closing"] == [ending]


def test_就讲这三点_before_a_next_speaker_stays_in_the_last_point(tmp_path: Path) -> None:
    # near miss: 就讲这三点，下面请…再讲讲: the meeting goes on, no closing words of his
    last = "我就讲这三点，下面请王局长再讲讲具体安排。"
    spec, _ = mine(tmp_path, SPOKEN + last)
    assert spec["points"][-1]["intro"][-1] == last
    assert not spec.get("closing")


def test_再一个_then_a_word_with_第_is_the_heading(tmp_path: Path) -> None:
    # near miss: 再一个，第三季度… names no count: the heading keeps 第三季度
    spec, _ = mine(tmp_path, SPOKEN.replace("再一个，第三个，是队伍要拉得出。", "再一个，第三季度要把队伍练好。") + "好，就讲这三点。散会。")
    assert headings(spec["points"])[-1].startswith("第三季度要把队伍练好")


def test_a_sales_chiefs_things_counted_are_the_points(tmp_path: Path) -> None:
    # 第一个事儿，是回款 / 第二个事儿呢，我想说的是… / 最后一个事儿，就是… (u24)
    text = (
        "在年度销售大会上的讲话\n\n各位兄弟姐妹们：\n\n今年咱们完成了9.2个亿。明年的目标是11个亿，我今天就说三个事儿。\n\n"
        "第一个事儿，是回款。账上应收太多了，明年开始，回款跟提成直接挂钩。\n\n"
        "第二个事儿呢，我想说的是新客户。每个业务员明年至少要开发十五个新客户，区域经理要带头。\n\n"
        "最后一个事儿，就是团队。老员工要多带新人，新人要多学多问，输了一起扛，赢了一起喝酒。\n\n"
        "好，就说这么多。谢谢大家！"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["回款", "新客户", "团队"]


def test_a_thing_counted_with_no_mark_after_it_is_no_label(tmp_path: Path) -> None:
    # near miss: 第一个事儿办好了，… runs on as a sentence: no label, no points
    text = (
        "在年度销售大会上的讲话\n\n各位兄弟姐妹们：\n\n今年咱们完成了9.2个亿，这是公司成立以来最好的一年。\n\n"
        "第一个事儿办好了，后面的事儿就顺了。回款跟提成直接挂钩，回不来钱的单子不算提成。\n\n"
        "第二个事儿办不好，明年的目标就落空了。每个业务员明年至少要开发十五个新客户。\n\n"
        "好，就说这么多。谢谢大家！"
    )
    spec, _ = mine(tmp_path, text)
    assert not spec.get("points")


DASH_LINES = (
    "在质量月活动启动仪式上的讲话\n\n同事们：\n\n今天举行质量月活动启动仪式。借这个机会，我讲三个观点。\n\n"
    "——质量是干出来的\n\n质量是每一道工序做出来的，检验只能发现问题，不能消灭问题，每一位操作工都是第一道检验员。\n\n"
    "——质量问题的根子在管理上\n\n两起退货，一起是工艺文件没有及时更新，一起是新员工没有培训就上岗，表面是操作失误，实际是管理失位。\n\n"
    "——质量提升要靠全员参与\n\n这次活动安排了知识竞赛、改善提案、质量之星评选等内容，提案被采纳的，公司给予奖励，年底评先优先考虑。\n\n"
)


def test_a_turn_to_the_audience_after_heading_lines_of_one_paragraph_each_is_the_closing(tmp_path: Path) -> None:
    # ——… lines each over one paragraph, then 质量之路没有终点。希望全体员工…: the closing (u18)
    last = "质量之路没有终点。希望全体员工从我做起、从现在做起，用过硬的质量赢得市场！"
    spec, _ = mine(tmp_path, DASH_LINES + last)
    assert len(spec["points"]) == 3 and spec["closing"] == [last]


def test_a_hope_after_heading_lines_of_two_paragraphs_is_the_closing(tmp_path: Path) -> None:
    # every heading line has two paragraphs under it, then 质量之路没有终点。希望全体员工…: the hope the speech ends
    # with is its closing, as the writers of jc11, jc21, gc18 and ik25 read it, not a third paragraph of the last point
    second = "各车间要把工艺文件全面梳理一遍，把管理上的漏洞堵住，确保不再发生同类问题，这项工作月底前完成。"
    text = DASH_LINES.replace("\n\n——质量问题", "\n\n" + second + "\n\n——质量问题").replace("\n\n——质量提升", "\n\n" + second + "\n\n——质量提升")
    last = "质量之路没有终点。希望全体员工从我做起、从现在做起，用过硬的质量赢得市场！"
    spec, _ = mine(tmp_path, text + second + "\n\n" + last)
    assert spec["points"][-1]["intro"][-1] == second
    assert spec["closing"] == [last]


def test_hopes_said_a_paragraph_each_keep_their_last(tmp_path: Path) -> None:
    # near miss: 提三点希望 then 希望大家… ×3, each its own paragraph: the last hope is a hope like the others, no closing
    hopes = ["希望大家坚定理想信念，在大是大非面前站稳脚跟。", "希望大家勤学苦练本领，尽快成为业务上的行家里手。", "希望大家严守纪律规矩，干干净净做事、清清白白做人。"]
    text = "在新录用公务员培训班上的讲话\n\n同志们：\n\n欢迎大家加入公务员队伍。我给大家提三点希望。\n\n" + "\n\n".join(hopes)
    spec, _ = mine(tmp_path, text)
    assert not spec.get("closing")


CLAUSES = (
    "在全县警示教育大会上的讲话\n\n同志们：\n\n今天召开警示教育大会。下面，我讲三点意见。\n\n"
    "首先，要深刻汲取案件教训。剖析近年来查处的案件，有几个共同特点：一是从小节失守开始，慢慢发展到收受巨额财物；"
    "二是“一把手”问题突出，权力集中的岗位风险更高；三是“靠山吃山”现象明显，工程建设等领域是重灾区。"
    "大家要把自己摆进去，对照反思，切不可认为事不关己、高高挂起，更不能心存侥幸、以为别人出事的教训离自己很远。\n\n"
    "其次，要严格遵守纪律规矩。要经常对照党章党规党纪，逐条检查自己的言行，管住自己的手和嘴。\n\n"
    "最后，要切实履行主体责任。各级党组织要把全面从严治党抓在手上，管好班子带好队伍。\n\n"
    "同志们，廉洁从政是对党员干部的基本要求。希望大家警钟长鸣，干干净净干事！"
)


def test_clauses_of_one_sentence_with_the_paragraph_going_on_after_them_stay_in_it(tmp_path: Path) -> None:
    # 有几个共同特点：一是…；二是…；三是…。大家要…: clauses of a sentence, not sub-points, though the last runs on (t11)
    spec, report = mine(tmp_path, CLAUSES)
    assert "items" not in spec["points"][0]
    assert "一是从小节失守开始" in spec["points"][0]["intro"][0] and "大家要把自己摆进去" in spec["points"][0]["intro"][0]
    assert "留在原段落里" in report


def test_items_with_sentences_of_their_own_stay_sub_points(tmp_path: Path) -> None:
    # near miss: each item a lead sentence and text longer than a clause's: sub-points, as before
    more = "要对照问题清单，逐项研究整改措施，明确责任人和完成时限，确保件件有着落、事事有回音，整改不到位的坚决不销号。"
    text = CLAUSES.replace("一是从小节失守开始，慢慢发展到收受巨额财物；", "一是从小节失守开始。" + more).replace(
        "二是“一把手”问题突出，权力集中的岗位风险更高；", "二是“一把手”问题突出。" + more
    )
    spec, _ = mine(tmp_path, text)
    assert [i["heading"] for i in spec["points"][0]["items"]][:2] == ["从小节失守开始", "“一把手”问题突出"]


FIRST_TOPIC_IN_OPENING = (
    "在全市医保基金监管工作会议上的讲话\n\n同志们：\n\n"
    "今天召开全市医保基金监管工作会议，就是要统一思想、压实责任。我先讲讲当前面临的形势。\n\n"
    "去年全市医保基金支出增长较快，欺诈骗保问题仍然易发多发，基金监管的形势依然严峻，一刻也不能放松。\n\n"
    "下面，我再讲讲今年的重点任务。\n\n"
    "一是开展专项整治。聚焦重点领域和突出问题，开展为期半年的专项整治，做到全覆盖、无死角。\n\n"
    "二是推进智能监管。加快医保智能监管系统建设，把事前提醒、事中审核、事后监控贯穿始终。\n\n"
    "最后，我讲讲工作要求。\n\n各县区医保部门主要负责同志要亲自抓、带头抓，对欺诈骗保行为一查到底、严肃处理。\n\n"
    "同志们，守护好医保基金，就是守护好群众的健康福祉。"
)


def test_a_first_topic_named_at_the_end_of_the_opening_is_the_first_part(tmp_path: Path) -> None:
    # 我先讲讲…。 closing the opening's paragraph, then 下面，我再讲讲… / 最后，我讲讲… lines (r24)
    spec, _ = mine(tmp_path, FIRST_TOPIC_IN_OPENING)
    assert headings(spec["points"]) == ["当前面临的形势", "今年的重点任务", "工作要求"]
    assert headings(spec["points"][1]["items"]) == ["开展专项整治", "推进智能监管"]
    assert "我先讲讲" not in str(spec["opening"])


def test_我先讲讲_with_no_next_topic_line_is_left_in_the_opening(tmp_path: Path) -> None:
    # near miss: no 再讲讲 / 最后，我讲讲 line follows: the sentence stays the opening's, the 一是 items the points
    text = FIRST_TOPIC_IN_OPENING.replace("下面，我再讲讲今年的重点任务。\n\n", "").replace("最后，我讲讲工作要求。\n\n", "")
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["开展专项整治", "推进智能监管"]
    assert "我先讲讲当前面临的形势" in str(spec["opening"])


FORUM = (
    "在重点工业企业座谈会上的讲话（录音整理稿）\n\n各位企业家，同志们：\n\n刚才，十二家企业的负责同志都发了言。下面呢，我讲几点意见。\n\n"
    "第一，要稳住信心。市委、市政府支持实体经济发展的决心不会变，支持民营企业的政策只会加码不会减少。\n\n"
    "第二，要把项目抓紧。有几个签了约的项目，到现在还没开工，发改委、自然资源局会后要把情况理一理。\n\n"
    "再一个，要把服务做到位。各部门要推行一次性告知、首问负责，能帮企业准备的材料，就帮企业准备好。\n\n"
    "最后一个，要守住安全这条底线。各位企业家回去以后，要把安全生产的主体责任扛起来。\n\n"
    "好，我就讲这么几点。谢谢大家！"
)


def test_再一个_after_a_written_count_of_two_goes_on_with_it(tmp_path: Path) -> None:
    # 第一，… 第二，… 再一个，… 最后一个，… in a transcript (v25): four points
    spec, _ = mine(tmp_path, FORUM)
    assert headings(spec["points"]) == ["要稳住信心", "要把项目抓紧", "要把服务做到位", "要守住安全这条底线"]


def test_再一个_after_the_first_alone_is_no_point(tmp_path: Path) -> None:
    # near miss: 第一，… then 再一个，… with no 第二: the count has not reached two, 再一个 goes on in the text
    text = FORUM.replace("第二，要把项目抓紧。", "项目方面，").replace("最后一个，要守住安全这条底线。", "安全方面，")
    spec, _ = mine(tmp_path, text)
    assert "要把服务做到位" not in headings(spec.get("points") or [])


HEALTH = (
    "在全县卫生健康工作会议上的讲话\n\n今天召开全县卫生健康工作会议。下面，我讲两点意见。\n\n"
    "一、以医共体建设为抓手，推动优质资源下沉\n\n要深化紧密型县域医共体建设，推动县级医院专家定期下沉乡镇卫生院坐诊。\n\n"
    "要加强乡村医生队伍建设，落实好乡村医生待遇，让群众在家门口看得上病、看得好病。\n\n"
    "二、以作风建设为保障，打造群众满意的队伍\n\n要深入开展医药领域腐败问题集中整治，坚决纠治收受回扣、过度诊疗等行业顽疾。\n\n"
    "要关心关爱医务人员，落实好薪酬、职称评聘等政策，让广大医务人员安心工作、舒心工作。\n\n"
)


def test_a_last_look_ahead_that_ends_with_the_call_is_the_closing(tmp_path: Path) -> None:
    # 新的一年，…为全县人民的健康福祉作出更大贡献。 after points of two paragraphs, no salutation again (w24)
    last = "新的一年，全县卫生健康系统要以更加昂扬的斗志、更加务实的作风，奋力推进健康县城建设，为全县人民的健康福祉作出更大贡献。"
    spec, _ = mine(tmp_path, HEALTH + last)
    assert spec["closing"] == [last]


def test_a_last_look_ahead_that_goes_on_with_the_points_matter_stays_its_text(tmp_path: Path) -> None:
    # near miss: 新的一年，… with no call at its end is the last point's text
    last = "新的一年，要把医务人员的职称评聘办法再完善一遍，年底前出台实施细则。"
    spec, _ = mine(tmp_path, HEALTH + last)
    assert spec["points"][-1]["intro"][-1] == last and not spec.get("closing")


YOUTH = (
    "在共青团县第十五次代表大会上的讲话\n\n各位代表、青年朋友们：\n\n今天，共青团县第十五次代表大会隆重开幕。我提四点希望。\n\n"
    "一要坚定理想信念。希望大家自觉用党的创新理论武装头脑，做到学思用贯通、知信行统一。\n\n"
    "二要勇于担当作为。希望大家在乡村振兴、基层治理一线建功立业，在急难险重任务中经受考验。\n\n"
    "三要练就过硬本领。希望大家珍惜韶华、勤奋学习，既要读有字之书，也要读无字之书。\n\n"
    "四要锤炼品德修为。希望大家明大德、守公德、严私德，自觉抵制各种不良风气的侵蚀。\n\n"
)


def test_the_partys_charge_to_those_who_lead_the_youth_opens_the_closing(tmp_path: Path) -> None:
    # 各级党组织要坚持党建带团建… after 一要…四要… to the youth, before 各位代表、青年朋友们！… (v11)
    charge = "各级党组织要坚持党建带团建，关心青年成长，为青年干事创业搭建平台、创造条件。"
    spec, _ = mine(tmp_path, YOUTH + charge + "\n\n各位代表、青年朋友们！让我们携手奋进，共创美好未来！")
    assert len(spec["points"]) == 4 and spec["closing"][0] == charge


def test_各级_units_charged_without_the_party_stay_the_last_points_text(tmp_path: Path) -> None:
    # near miss: 各级团组织要… goes on with the last point's matter (the youth's own organisations)
    more = "各级团组织要把品德教育摆在突出位置，经常开展道德模范学习宣传活动，引导团员青年见贤思齐。"
    spec, _ = mine(tmp_path, YOUTH + more + "\n\n各位代表、青年朋友们！让我们携手奋进，共创美好未来！")
    assert spec["points"][-1]["intro"][-1] == more


THANKS = (
    "在全区“最美护士”表彰会上的发言\n\n获奖代表　区人民医院急诊科　吴某\n\n尊敬的各位领导，各位同仁：\n\n"
    "大家好！能作为获奖代表站在这里发言，我既激动又惶恐。此时此刻，我最想说的，是三声感谢。\n\n"
    "感谢组织的培养。十年前，我从卫校毕业来到急诊科，是科室的老师们手把手教会了我每一项操作。\n\n"
    "感谢团队的托举。急诊科没有单打独斗的英雄，每一次抢救成功，都是医生、护士、护工共同努力的结果。\n\n"
    "感谢家人的理解。做急诊护士，三班倒是常态，是家人默默扛起了家里的大事小情，让我安心工作。\n\n"
    "荣誉是对过去的肯定，更是对未来的鞭策。今后，我将以这次表彰为新的起点，守好急诊这道生命防线。\n\n谢谢大家！"
)


def test_thanks_counted_under_a_numbered_template_are_points_kept_unnumbered(tmp_path: Path) -> None:
    # 是三声感谢。 then 感谢…。 ×3 in a 表彰会 speech (commendation numbers its points): points, numbering 不编号 (y11)
    spec, _ = mine(tmp_path, THANKS)
    assert spec["template"] == "commendation" and spec["numbering"]["points"] == "不编号"
    assert headings(spec["points"]) == ["感谢组织的培养", "感谢团队的托举", "感谢家人的理解"]
    assert spec["closing"][0].startswith("荣誉是对过去的肯定")


def test_thanks_counted_then_paragraphs_that_do_not_open_alike_are_no_points(tmp_path: Path) -> None:
    # near miss: the paragraphs after 三声感谢 open each its own way: no points, the text as it was
    text = THANKS.replace("感谢团队的托举。", "急诊科没有单打独斗的英雄。").replace("感谢家人的理解。", "做急诊护士很辛苦。")
    spec, _ = mine(tmp_path, text)
    assert not spec.get("points")


def test_最后再讲一点_after_a_spoken_count_is_its_last_item(tmp_path: Path) -> None:
    # 第一个呢，… 第二个，… 再一个，第三个，… 最后再讲一点，就是…: the last of them (x11)
    last = "最后再讲一点，就是安全的问题。马上要进入汛期了，农村的山塘水库要逐个排查，不能出事。"
    spec, _ = mine(tmp_path, SPOKEN + last + "\n\n好，就讲这几点。散会。")
    assert headings(spec["points"])[-1] == "安全的问题"
    assert len(spec["points"]) == 4


def test_最后再讲一点_with_no_pause_after_it_is_no_item(tmp_path: Path) -> None:
    # near miss: 最后再讲一点体会。… says a few more words, no item: the paragraph stays the last point's text
    last = "最后再讲一点体会。这些年我深深感到，防火工作没有捷径可走，只有一个山头一个山头地去守。"
    spec, _ = mine(tmp_path, SPOKEN + last + "\n\n好，就讲这几点。散会。")
    assert len(spec["points"]) == 3


def test_clauses_with_commas_in_them_stay_in_their_paragraph_and_以上是_closes(tmp_path: Path) -> None:
    # 不足：一是…，…，…；二是…；三是…。 (the first clause long, its lead cut at a comma) and 以上是…的工作总结，… (y08)
    text = (
        "技术研发部2024年度工作总结\n\n各位领导、各位同事：\n\n2024年，技术研发部围绕产品升级开展工作。\n\n一、主要工作\n\n"
        "全年完成了两个重点项目的交付，研发体系逐步完善，人才队伍有所加强。\n\n二、存在的主要问题\n\n"
        "回顾一年的工作，我们也清醒地认识到存在的不足：一是前瞻性研究投入不够，大部分精力都在应付眼前的项目，新技术储备不足，"
        "比如边缘计算、低功耗通信这些方向，同行已经有了产品；二是跨部门协作还不顺畅；三是部分文档不规范。今年有一个老项目，"
        "接手的同事花了将近一个月才把代码理清楚，教训很深刻。\n\n三、2025年工作打算\n\n要聚焦核心产品迭代，加强跨部门协同。\n\n"
        "以上是技术研发部2024年的工作总结，不妥之处，请各位领导和同事批评指正\n\n谢谢大家！"
    )
    spec, _ = mine(tmp_path, text)
    assert "items" not in spec["points"][1] and "一是前瞻性研究投入不够" in spec["points"][1]["intro"][0]
    assert spec["closing"][0].startswith("以上是技术研发部2024年的工作总结")


BANK = (
    "在城东支行上半年工作总结会上的讲话\n各位同事：\n今天把大家召集起来，一起盘一盘账。\n"
    "REVIEW"
    "下面，我就下半年工作讲三点意见。\n"
    "一是紧盯全年目标不放松。各网点要把任务分解到月、到周、到人，每周一晚上报进度，落后的要说明原因。\n"
    "二是把风险防控挺在前面。贷前调查要实地看、当面谈，贷后管理要按时走访，发现预警信号第一时间报告。\n"
    "三是用心用情提升服务。大堂经理要主动迎，柜员要微笑服务，遇到老年客户要耐心讲解，减少投诉。\n"
    "同志们，下半年的任务很重。希望大家鼓足干劲，冲刺全年！\n"
)


def test_order_words_before_a_run_whose_count_is_said_are_the_opening(tmp_path: Path) -> None:
    # 先说成绩。… 再说问题。… then 讲三点意见 and 一是…三是…: three points (y02)
    review = "先说成绩。截至6月末，各项存款余额比年初增加3.2亿元，完成全年任务的百分之五十八。\n再说问题。一是个人贷款投放慢，二是中间业务收入同比下降，三是个别网点服务投诉偏多。这些问题，下半年必须拿出硬办法。\n"
    spec, _ = mine(tmp_path, BANK.replace("REVIEW", review))
    assert headings(spec["points"]) == ["紧盯全年目标不放松", "把风险防控挺在前面", "用心用情提升服务"]


def test_a_numbered_review_before_a_run_whose_count_is_said_stays_points(tmp_path: Path) -> None:
    # near miss: 第一，…。第二，…。 a review numbered as points, before 讲三点意见: five points, as the studied gold counts them
    review = (
        "第一，存款增长较快。截至6月末，各项存款余额比年初增加3.2亿元，完成全年任务的百分之五十八，好于去年同期。\n"
        "第二，资产质量稳定。普惠小微贷款增长较快，不良率控制在分行下达的目标以内，没有出现新的大额不良。\n"
    )
    spec, _ = mine(tmp_path, BANK.replace("REVIEW", review))
    assert len(spec["points"]) == 5


PEACE = (
    "在全县政法工作会议上的讲话\n\n同志们：\n\n今天召开全县政法工作会议。下面，我讲两点意见。\n\n"
    "一、全力维护社会大局稳定\n\n维护稳定是政法机关的第一责任，今年各类风险挑战交织叠加。\n\n"
    "——坚持底线思维，抓实风险防范。要建立健全重大决策社会稳定风险评估机制，对涉及群众切身利益的重大事项，凡是没有经过评估的一律不得出台，确保把风险化解在萌芽状态。\n\n"
    "要特别重视涉稳风险的前端预警，各乡镇、各部门要落实排查责任，做到早发现、早报告、早处置。\n\n"
    "——坚持源头治理，抓实矛盾化解。要深入开展矛盾纠纷排查化解专项行动，对涉及群众切身利益的重大事项，凡是没有经过评估的一律不得出台，确保把风险化解在萌芽状态。\n\n"
    "对排查出来的矛盾纠纷，要坚持一事一策，能就地化解的就地化解，不能让小事拖成大事。\n\n"
    "——坚持依法打击，抓实治安防控。要保持对各类违法犯罪的高压态势，对涉及群众切身利益的重大事项，凡是没有经过评估的一律不得出台，确保把风险化解在萌芽状态。\n\n"
    "二、加强政法队伍建设\n\n要坚持政治建警，从严管理，打造忠诚干净担当的政法铁军。\n\n"
    "同志们，平安建设责任重大。让我们齐心协力，为全县高质量发展创造安全稳定的环境！"
)


def test_dash_sub_points_run_in_each_with_a_paragraph_after_it_are_a_list(tmp_path: Path) -> None:
    # ——…。… / a paragraph going on / ——…。… / a paragraph / ——… under 一、 (x13): three dash sub-points
    spec, _ = mine(tmp_path, PEACE)
    assert headings(spec["points"][0]["items"]) == ["坚持底线思维，抓实风险防范", "坚持源头治理，抓实矛盾化解", "坚持依法打击，抓实治安防控"]


def test_a_lone_dash_paragraph_under_a_point_is_no_list(tmp_path: Path) -> None:
    # near miss: one ——… paragraph with plain paragraphs round it: no sub-points
    text = PEACE.replace("——坚持源头治理，抓实矛盾化解。", "同时，").replace("——坚持依法打击，抓实治安防控。", "此外，")
    spec, _ = mine(tmp_path, text)
    assert "items" not in spec["points"][0]


def test_a_spoken_ending_with_a_particle_and_an_association_addressed_again_are_closings(tmp_path: Path) -> None:
    # 就讲这么多吧。… (n15) / 各位会员，… (z20: 会 of 会员 is no verb)
    for ending in ("就讲这么多吧。大家回去以后抓紧落实，有问题随时报告。散会！", "各位会员，协会是大家的协会，需要大家共同来建设。"):
        spec, _ = mine(tmp_path, SPOKEN + ending)
        assert spec["closing"] == [ending]


def test_各位_with_a_verb_after_it_is_no_audience_named_again(tmp_path: Path) -> None:
    # near miss: 各位会议代表要… / 各位要… charge the audience in a sentence of the last point
    last = "各位要把防火责任落到每一座山头，签了责任书的要一个一个对照检查。"
    spec, _ = mine(tmp_path, SPOKEN + last)
    assert spec["points"][-1]["intro"][-1] == last and not spec.get("closing")


def test_a_pledge_after_one_paragraph_points_opens_the_closing(tmp_path: Path) -> None:
    # 我们有信心、有决心，…。 between 一要…三要… and 以上意见… (z24, a 表态发言's pledge)
    pledge = "我们有信心、有决心，在县委、县政府的坚强领导下，圆满完成今年各项目标任务。"
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, pledge, "以上意见，请大家抓好落实。"]))
    assert spec["closing"] == [pledge, "以上意见，请大家抓好落实。"]


SCHOOL = (
    "在秋季学期开学典礼上的讲话\n\n亲爱的老师们、同学们：\n\n今天，我们隆重举行新学期开学典礼。\n\n"
    "过去的一个学年，是我们学校收获满满的一年，合唱团在市艺术节上捧回了金奖。\n\n"
    "同学们，新学期开始了，我想和大家谈谈习惯。希望大家养成认真读书的习惯，每天留出一点时间读一本好书。\n\n"
    "七年级的同学们，你们刚刚走进中学校园，遇到不懂的问题，要大胆地问老师、问学长。\n\n"
    "老师们，教育是一项需要耐心和爱心的事业。希望大家继续关爱每一个学生，上好每一节课。\n\n"
    "老师们、同学们，新的学期，新的起点。让我们一起努力，书写新的精彩！\n\n谢谢大家！"
)


def test_a_speech_with_no_points_turning_to_each_group_keeps_its_body(tmp_path: Path) -> None:
    # 同学们，… / 七年级的同学们，… / 老师们，… then 老师们、同学们，新的学期…: the last is the closing (w03, z02)
    spec, _ = mine(tmp_path, SCHOOL)
    assert spec["closing"] == ["老师们、同学们，新的学期，新的起点。让我们一起努力，书写新的精彩！"]


def test_closing_words_of_two_paragraphs_after_points_stay_whole(tmp_path: Path) -> None:
    # near miss: after points, 同志们，… and 让我们… are both the closing (not half the speech)
    ending = ["同志们，农田水利是农业的命脉，各乡镇要把这件事抓紧抓实。", "让我们鼓足干劲，打好这场硬仗！"]
    spec, _ = mine(tmp_path, HEAD + "\n\n".join([*POINTS, *ending]))
    assert spec["closing"] == ending


PARTS = (
    "在全县上半年农业农村工作推进会上的讲话\n\n同志们：\n\n今天召开推进会，我讲三个方面。\n\n"
    "一、上半年工作回顾\n\n上半年，全县粮食生产稳中有增，特色产业加快发展，项目建设有序推进。\n\n"
    "二、存在的问题\n\n农业生产抗风险能力不强，产业链条短，项目进度偏慢。\n\n"
    "三、下半年重点工作\n\n要全力抓好秋粮生产，加快推进项目建设，做大做强特色产业。\n\n"
)


def test_demands_announced_after_the_parts_over_their_own_list_are_one_more_part(tmp_path: Path) -> None:
    # 最后，讲几点要求。 over 第一，… 第二，…: a fourth part with the demands under it (jp03, jp14)
    demands = ["第一，要强化责任担当。各级干部要把责任扛在肩上。", "第二，要加强作风建设。要深入一线解决问题。"]
    spec, _ = mine(tmp_path, PARTS + "最后，讲几点要求。\n\n" + "\n\n".join(demands))
    assert headings(spec["points"]) == ["上半年工作回顾", "存在的问题", "下半年重点工作", "最后，讲几点要求。"]
    assert headings(spec["points"][-1]["items"]) == ["要强化责任担当", "要加强作风建设"]


def test_demands_announced_with_no_list_under_them_stay_the_last_parts_text(tmp_path: Path) -> None:
    # near miss: the announcement over a paragraph that counts nothing is the last part's text
    more = "各乡镇要对照目标倒排工期，确保各项任务按期完成。"
    spec, _ = mine(tmp_path, PARTS + "最后，讲几点要求。\n\n" + more)
    assert headings(spec["points"]) == ["上半年工作回顾", "存在的问题", "下半年重点工作"]


def test_hopes_after_words_that_say_some_to_the_hearers_are_the_points(tmp_path: Path) -> None:
    """我想再叮嘱大家几句。 then 希望你们… ×4 (mu02): the ones spoken to stand between the verb and its count."""
    hope = "走出校门以后，生活会很快把你们卷进忙碌之中，愿你们在任何时候都记得今天的自己和今天的约定。"
    text = (
        "在2024届毕业典礼上的讲话\n\n亲爱的同学们：\n\n今天，我们在这里为四年的大学生活画上句号。\n\n"
        "临别之际，我想再叮嘱大家几句。\n\n"
        f"希望你们永葆好奇之心。{hope}\n\n希望你们坚守诚实之德。{hope}\n\n"
        f"希望你们保持对他人的善意。{hope}\n\n希望你们常回家看看。{hope}\n\n"
        "同学们，毕业不是终点，而是新的起点。祝你们前程似锦！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["希望你们永葆好奇之心", "希望你们坚守诚实之德", "希望你们保持对他人的善意", "希望你们常回家看看"]
