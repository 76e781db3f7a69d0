"""Forms of school and company speeches (everyday round d): a note's role line, a speech signed at its end, a
transcript's speaker tag, a WeChat headline, a closing under its own heading, a long heading line of its own,
the audience named in a list, 最后，衷心祝愿…, 当然，还有一条… and a launch's end; each with a near miss that keeps
its reading. Speeches of our own wording."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "过去一年，公司在市场开拓、产品研发和团队建设上都取得了新的进展，这是全体同事共同努力的结果。"
BODY = "\n\n".join(["各位同事：", TEXT, "一、回到客户", TEXT, "二、做深行业", TEXT, "各位同事，让我们共同努力，再创佳绩！"])


def test_a_notes_role_line_names_the_speaker(tmp_path: Path) -> None:
    head = "# 启航S7上市发布会主题演讲\n\n> 演讲人：何振宇（启航汽车董事长兼CEO）\n> 版本：定稿v3\n> 时长：约25分钟\n\n"
    spec, report = mine(tmp_path, head + BODY, "launch.md")
    assert (spec["speaker"], spec["speaker_title"]) == ("何振宇", "启航汽车董事长兼CEO")
    assert "版本：定稿v3" in report  # (the note's other lines dropped and said)


def test_a_speech_signed_at_its_end_names_the_speaker(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "在建校二十周年庆祝大会上的讲话\n\n" + BODY + "\n\n谢谢大家！\n\n党委副书记、院长　冯立新")
    assert (spec["speaker"], spec["speaker_title"]) == ("冯立新", "党委副书记、院长")


def test_a_spaced_word_at_the_end_is_no_signature(tmp_path: Path) -> None:
    # near miss: 注　　释 spaced out as a name would be, no office: the end of the text, not the speaker
    spec, _ = mine(tmp_path, "在建校二十周年庆祝大会上的讲话\n\n" + BODY + "\n\n谢谢大家！\n\n注　　释")
    assert not spec.get("speaker")


def test_a_transcripts_speaker_tag_names_the_speaker(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "周一鸣：\n\n" + BODY)
    assert spec["speaker"] == "周一鸣"
    page, _ = mine(tmp_path, "正文：\n\n" + BODY)  # near miss: a page's label, no name
    assert not page.get("speaker")


def test_a_wechat_headline_gives_the_speaker_and_the_talks_title(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "# 王嘉树：与客户同行，做时间的朋友 | 2024合作伙伴大会主题演讲\n\n" + BODY, "talk.md")
    assert (spec["title"], spec["speaker"]) == ("与客户同行，做时间的朋友", "王嘉树")
    # no bar, no event: still his words quoted (stop 28: the writers of hu22, hv02, ik21 and im10 read it so)
    plain, _ = mine(tmp_path, "# 王嘉树：与客户同行，做时间的朋友\n\n" + BODY, "talk.md")
    assert (plain["title"], plain["speaker"]) == ("与客户同行，做时间的朋友", "王嘉树")
    column, _ = mine(tmp_path, "# 周末：与客户同行，做时间的朋友\n\n" + BODY, "talk.md")  # near miss: a column's word
    assert column["title"] == "周末：与客户同行，做时间的朋友" and not column.get("speaker")


def test_a_closing_under_its_own_heading_is_no_sub_point(tmp_path: Path) -> None:
    text = "# 与客户同行\n\n" + BODY.rsplit("\n\n", 1)[0] + "\n\n## 写在最后\n\n各位朋友，做企业服务是一件很慢的事情，让我们一起做时间的朋友！"
    spec, report = mine(tmp_path, text, "talk.md")
    assert "items" not in spec["points"][-1]
    assert spec["closing"] == ["各位朋友，做企业服务是一件很慢的事情，让我们一起做时间的朋友！"]
    assert "（结尾的小标题）：写在最后" in report


def test_a_long_heading_line_of_its_own_is_not_cut(tmp_path: Path) -> None:
    # 三、站在新的历史起点上，我们要以…新篇章 on a line of its own, longer than the run's others: nothing glued to it
    long = "站在新的历史起点上，我们要以更加昂扬的姿态奋力谱写学校高质量发展新篇章"
    text = "\n\n".join(["在建校七十周年庆祝大会上的讲话", "老师们、同学们：", TEXT, "一、七十年筚路蓝缕，我们走出了一条办学之路", TEXT,
                       "二、七十年薪火相传，我们积淀了精神财富", TEXT, "三、" + long, TEXT, "同学们，让我们共同努力！"])
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"])[-1] == long


def test_the_audience_named_in_a_list_after_a_full_pdf_line_opens_a_paragraph(tmp_path: Path) -> None:
    lines = [TEXT[i : i + 30] for i in range(0, len(TEXT), 30)] * 6
    lines += ["老师们、同学们、校友们！七十年风雨兼程，让我们携手奋进，再创辉煌！", "谢谢大家！"]
    spec, _ = mine(tmp_path, "在建校七十周年庆祝大会上的讲话\n\n老师们、同学们：\n\n" + "\n".join(lines))
    assert spec["closing"][0].startswith("老师们、同学们、校友们！")


def test_last_wishes_and_a_launchs_end_are_closing_words(tmp_path: Path) -> None:
    for last in ("最后，衷心祝愿学校的明天更加美好！", "好，今天的发布就到这里。我们做产品的人，最开心的就是看到用户用得满意。"):
        spec, _ = mine(tmp_path, "在新品发布会上的讲话\n\n" + BODY.rsplit("\n\n", 1)[0] + "\n\n" + last)
        assert spec["closing"][0] == last


def test_one_more_point_said_after_of_course_is_no_look_back(tmp_path: Path) -> None:
    # 当然，还有一条，… after one-paragraph 一要 points: not the look back that opens a closing (当然，我们的工作…)
    points = [f"{n}要{t}。{TEXT}" for n, t in zip("一二三", ["坚定信心", "深耕渠道", "拥抱变化"], strict=True)]
    more = "当然，还有一条，就是要守住底线。营销工作和钱打交道多，大家一定要守住底线。"
    spec, _ = mine(tmp_path, "\n\n".join(["在营销工作会上的讲话", "各位同事：", "我讲三点。", *points, more, "以上几点，和大家共勉。"]))
    assert spec["closing"] == ["以上几点，和大家共勉。"]
    back = "当然，我们的工作也还存在一些不足，离上级要求还有差距。"  # near miss: the look back opens the closing, as before
    spec, _ = mine(tmp_path, "\n\n".join(["在营销工作会上的讲话", "各位同事：", "我讲三点。", *points, back, "以上几点，和大家共勉。"]))
    assert spec["closing"][0] == back


def test_a_wechat_pages_list_of_earlier_posts_is_dropped(tmp_path: Path) -> None:
    # 往期推荐 / ● … / 江川发布 / 阅读原文 after the speech (f01): the page's, said in the report
    spec, report = mine(tmp_path, "二〇二五年新年贺词\n\n" + BODY + "\n\n往期推荐\n\n● 2024，江川这一年\n\n● 元旦假期出行指南来了\n\n江川发布\n\n阅读原文")
    assert spec["closing"] == ["各位同事，让我们共同努力，再创佳绩！"]
    assert "（推荐栏目）：往期推荐" in report


def test_last_words_that_end_no_list_close_the_speech(tmp_path: Path) -> None:
    # 最后，提前给大家拜个早年，祝… after 一、二、 (no 首先/其次 before it): the closing, whatever follows 最后，
    last = "最后，提前给大家拜个早年，祝大家新年快乐、身体健康！"
    spec, _ = mine(tmp_path, "在年终总结表彰大会上的讲话\n\n" + BODY.rsplit("\n\n", 1)[0] + "\n\n" + last)
    assert spec["closing"] == [last]
    # near misses: a host's last agenda item; the last of a 首先/其次 list
    host = "最后，进行第三项议程：请市长讲话。大家欢迎！"
    spec, _ = mine(tmp_path, "在年终总结表彰大会上的主持词\n\n同志们：\n\n现在开会。\n\n首先，进行第一项议程：宣读表彰决定。\n\n下面，进行第二项议程：颁奖。\n\n" + host)
    assert host not in (spec.get("closing") or [])


def test_old_comrades_named_again_open_the_closing(tmp_path: Path) -> None:
    last = "各位老领导、老同志，江北的今天，离不开你们的开拓奠基，祝大家新春愉快！"
    spec, _ = mine(tmp_path, "在迎春茶话会上的讲话\n\n" + BODY.rsplit("\n\n", 1)[0] + "\n\n" + last + "\n\n谢谢大家！")
    assert spec["closing"][0] == last


TOAST = "\n\n".join([
    "在庆祝新中国成立76周年招待会上的致辞", "各位来宾，同志们，朋友们：", "今天，我们欢聚一堂，共同庆祝中华人民共和国成立76周年。",
    "七十六年来，在中国共产党的坚强领导下，我们的国家发生了翻天覆地的变化，人民生活水平不断提高。",
    "今年以来，面对复杂多变的外部环境，全市上下团结一心、攻坚克难，经济社会发展取得了新的成绩。",
])


def test_a_toasts_call_opens_the_closing_over_its_short_lines(tmp_path: Path) -> None:
    # 现在，我提议： / 为…， / 为…， / 为…， / 干杯！: the toast's short lines do not count against the look back (f15)
    lines = ["现在，我提议：", "为伟大祖国的繁荣昌盛，", "为江川经济社会高质量发展，", "为各位来宾的身体健康，", "干杯！"]
    spec, _ = mine(tmp_path, TOAST + "\n\n" + "\n\n".join(lines))
    assert spec["closing"][0] == "现在，我提议："


def test_an_award_winners_pledge_after_a_slogan_opens_the_closing(tmp_path: Path) -> None:
    # 征途漫漫，唯有奋斗。我将以这次表彰为新的起点，… (f14): a slogan, then the pledge that takes this day as its start
    body = "在七一表彰大会上的发言\n\n尊敬的各位领导，同志们：\n\n" + "\n\n".join(
        ["一是始终把群众放在心上。" + TEXT, "二是始终把责任扛在肩上。" + TEXT, "三是始终把本领练在手上。" + TEXT])
    pledge = "征途漫漫，唯有奋斗。我将以这次表彰为新的起点，守好生命通道，带好急诊团队。"
    spec, _ = mine(tmp_path, body + "\n\n" + pledge + "\n\n谢谢大家！")
    assert spec["closing"] == [pledge]


def test_a_news_copys_credits_after_the_speech_are_the_pages(tmp_path: Path) -> None:
    # 来源 新华社 / 编辑 曾佳佳 / 流程编辑 刘伟利 (a space for the colon): dropped and said, not closing words
    spec, report = mine(tmp_path, "二〇二五年新年贺词\n\n" + BODY + "\n\n来源 新华社\n\n编辑 曾佳佳\n\n流程编辑 刘伟利")
    assert spec["closing"] == ["各位同事，让我们共同努力，再创佳绩！"]
    assert "（网页信息栏）：编辑 曾佳佳" in report
    # near miss: a line of the speech that opens with 编辑 and goes on is kept
    kept, _ = mine(tmp_path, "二〇二五年新年贺词\n\n" + BODY.replace("各位同事：", "各位同事：\n\n编辑部的同志们这一年辛苦了，向你们致敬。"))
    assert "编辑部的同志们这一年辛苦了，向你们致敬。" in str(kept)  # (wherever the spec holds it: not dropped)
