"""The head of a talk's transcript (everyday gl03, gl10, gl21, gm02, gm08, gm16, gm25; stop 24), in our own wording:
a copy's tag before the title (【直播回放文字稿】 / 发布会实录｜), then lines of facts — who speaks (嘉宾 / 主讲 / 主播 /
分享人), who hosts (主持), when and by whom it was recorded, several fields to a line at times. The title is the
title without the tag; the speaker is the one named by a speaker's part (his own name when a nickname comes first:
老韩（韩东升，…）), not the host; a date among the facts is the speech's date; every other fact is reported.

The host's turns at the top of the body (小林：… / 主持人：…有请…), and the room's reaction (（掌声）), are reported, not
the speaker's opening, and so is the speaker's tag before his first words (王立新：…); time codes on lines of their
own and a transcript's note (说明：…) are reported too.

Near misses: a host's script, its host the only one named, is his speech (主持人：… is the speaker, his words its
opening); a column's name before a title (【毕业季】) is no copy's tag and stays; a host's line calling the speaker up
is no line of facts.
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这几年我们服务了两百多家企业，踩过的坑不少，今天挑最要紧的讲一讲，希望对大家有用，有问题可以在弹幕里提。"
TALK = (
    "大家晚上好，谢谢主持人。今天跟大家聊三件事。\n"
    f"第一，先把账理清楚。{BODY}\n第二，工具不要贪大求全。{BODY}\n第三，人比系统重要。{BODY}\n"
    "好，以上就是我今天的分享，谢谢大家！\n"
)
POINTS = ["先把账理清楚", "工具不要贪大求全", "人比系统重要"]


def test_a_webinars_head(tmp_path: Path) -> None:
    head = (
        "【直播回放文字稿】中小企业怎么做数据治理\n嘉宾：王立新（数聚科技 解决方案总监）\n主持：小林\n"
        "直播时间：2024年4月18日 20:00—21:10\n\n"
    )
    spec, report = mine(tmp_path, head + TALK)
    assert spec["title"] == "中小企业怎么做数据治理"
    assert (spec["speaker"], spec["speaker_title"]) == ("王立新", "数聚科技 解决方案总监")
    assert str(spec["date"]) == "2024-04-18"
    assert headings(spec["points"]) == POINTS
    assert "主持：小林" in report and "20:00—21:10" in report


def test_a_livestreams_host_by_nickname_and_facts_on_one_line(tmp_path: Path) -> None:
    head = (
        "直播文字稿｜创业十年踩过的坑（整理版）\n主播：老韩（韩东升，禾木家居创始人）\n"
        "录制：2024年8月22日 ｜ 时长：58分钟 ｜ 口语略有删改\n\n"
    )
    spec, report = mine(tmp_path, head + TALK)
    assert spec["title"] == "创业十年踩过的坑"
    assert (spec["speaker"], spec["speaker_title"]) == ("韩东升", "禾木家居创始人")
    assert str(spec["date"]) == "2024-08-22"
    assert "时长：58分钟" in report and "口语略有删改" in report


def test_an_interviews_subtitle_and_the_guest_after_the_host(tmp_path: Path) -> None:
    head = "AI会让程序员失业吗？——对话独立开发者孟夏\n主持：阿哲\n嘉宾：孟夏，独立开发者\n\n"
    spec, _ = mine(tmp_path, head + TALK)
    assert (spec["title"], spec["subtitle"]) == ("AI会让程序员失业吗？", "——对话独立开发者孟夏")
    assert spec["speaker"] == "孟夏"


def test_a_host_script_is_the_hosts_speech(tmp_path: Path) -> None:
    head = "在全县表彰大会上的主持词\n主持人：县委副书记 孙海涛\n\n"
    spec, _ = mine(tmp_path, head + TALK)
    assert spec["speaker"] == "孙海涛"


def test_a_columns_name_before_the_title_stays(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "【毕业季】愿你们做温暖的人\n主讲：钱立群\n\n" + TALK)
    assert spec["title"] == "【毕业季】愿你们做温暖的人"
    assert spec["speaker"] == "钱立群"


def test_a_hosts_call_under_the_title_is_no_line_of_facts(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "在2024届毕业典礼上的讲话\n主持人：有请钱立群校长讲话\n\n" + TALK)
    assert (spec["speaker"], spec["speaker_title"]) == ("钱立群", "校长")
    assert "讲话人取自主持人的介绍" in report


def test_the_hosts_turns_over_the_speakers_first_words_are_reported(tmp_path: Path) -> None:
    head = (
        "中小企业怎么做数据治理\n嘉宾：王立新（数聚科技 解决方案总监）\n主持：小林\n\n"
        "小林：各位晚上好，欢迎来到直播间。今天的嘉宾是王立新王总，我们把时间交给王总。\n（掌声）\n"
    )
    spec, report = mine(tmp_path, head + "王立新：" + TALK)
    assert spec["speaker"] == "王立新"
    assert spec["opening"]["transition"] == "大家晚上好，谢谢主持人。今天跟大家聊三件事。"
    assert headings(spec["points"]) == POINTS
    assert "（主持人的话）：小林：各位晚上好" in report and "（现场记录）：（掌声）" in report
    assert "说话人标记“王立新：”已去掉" in report


def test_a_hosts_call_above_the_speech_is_his_not_the_speakers(tmp_path: Path) -> None:
    head = "在2024届毕业典礼上的讲话\n主持人：下面，有请我们的钱立群校长讲话，大家欢迎！\n"
    spec, report = mine(tmp_path, head + TALK)
    assert spec["speaker"] == "钱立群"
    assert "有请" not in str(spec["opening"])
    assert "（主持人的话）：主持人：下面，有请" in report


def test_a_host_script_keeps_its_hosts_words(tmp_path: Path) -> None:
    # (no one called up, no one named as speaking: the host's words are the speech)
    text = "在全县表彰大会上的主持词\n主持人：同志们，今天我们召开全县表彰大会，会议有三项议程。\n" + TALK
    spec, _ = mine(tmp_path, text)
    assert "今天我们召开全县表彰大会" in str(spec["opening"])


def test_time_codes_and_a_transcripts_note_under_its_head_are_reported(tmp_path: Path) -> None:
    head = "中小企业怎么做数据治理\n主讲：王立新\n说明：本文根据直播录音整理，有删减。\n[00:00:12]\n"
    spec, report = mine(tmp_path, head + TALK.replace("第二，", "[00:12:40]\n第二，"))
    assert headings(spec["points"]) == POINTS
    assert "00:" not in str(spec) and "说明" not in str(spec["opening"])
    assert "（时间码）：[00:12:40]" in report and "（文字稿或会议信息）：说明：本文根据直播录音整理" in report


def test_the_hosts_interjections_and_his_thanks_after_the_talk_are_reported(tmp_path: Path) -> None:
    head = "县域产业怎么升级\n主讲嘉宾：周立衡  东南财经大学区域经济研究院院长\n主持人：刘敏\n\n"
    turns = (
        "主持人：各位来宾，下面有请周院长。\n周立衡：谢谢刘敏主任。今天讲三道坎。\n"
        f"第一道坎，是有产业、没链条。{BODY}\n第二道坎，是有企业、没企业家。{BODY}\n"
        "主持人：周院长，提醒您一下，还有八分钟。\n周立衡：好，我讲快一点。\n"
        f"第三道坎，是有政策、没落地。{BODY}\n"
        "好，时间关系，我就讲这三道坎。过坎不容易，但县域经济的希望，恰恰就在一道一道过坎的过程中。谢谢大家！\n"
        "主持人：感谢周院长的精彩演讲！下面进入圆桌对话环节。\n刘敏：第一个问题，请问周院长……\n周立衡：这个问题很好。\n"
    )
    spec, report = mine(tmp_path, head + turns)
    assert (spec["speaker"], spec["speaker_title"]) == ("周立衡", "东南财经大学区域经济研究院院长")
    assert headings(spec["points"]) == ["有产业、没链条", "有企业、没企业家", "有政策、没落地"]
    assert spec["closing"][0].startswith("好，时间关系，我就讲这三道坎。")
    assert "还有八分钟" not in str(spec) and "圆桌" not in str(spec) and "周立衡：" not in str(spec)
    assert "（主持人或听众的话）：主持人：周院长，提醒您" in report and "（讲后的主持和问答）：主持人：感谢周院长" in report


def test_a_heading_that_names_its_count_before_a_colon_is_no_one_speaking(tmp_path: Path) -> None:
    # (## 问题一：…: a heading, not someone's turn, in a transcript whose speaker is tagged)
    head = "# 重读《乡土中国》\n\n领读人：沈佳宁\n\n主持：小鹿\n\n小鹿：欢迎大家，有请沈老师。\n\n沈佳宁：谢谢小鹿。今天围绕三个问题。\n\n"
    asked = (("一", "差序格局过时了吗", "熟人社会"), ("二", "规矩从哪来", "礼治秩序"), ("三", "今天读它读什么", "城乡变迁"))
    parts = "".join(f"## 问题{n}：{q}？\n\n先说{word}。{BODY}\n\n" for n, q, word in asked)
    end = "好，我的分享就先到这里，下面留点时间给大家，我们一起交流交流，看看大家还有什么问题。谢谢大家！\n"
    spec, _ = mine(tmp_path, head + parts + end, "讲座.md")
    assert spec["speaker"] == "沈佳宁"
    assert headings(spec["points"]) == ["问题一：差序格局过时了吗？", "问题二：规矩从哪来？", "问题三：今天读它读什么？"]
    assert spec["closing"][0].startswith("好，我的分享就先到这里")


def test_fillers_around_a_spoken_count_and_before_an_added_point(tmp_path: Path) -> None:
    text = (
        "在公司年夜饭上的讲话\n同事们：\n今天说三个词。\n"
        f"第一个词，感恩。{BODY}\n第二个词呢，坚持。{BODY}\n那个，第三个，嗯，改变。{BODY}\n"
        f"哦对，还有一个事，年终奖下周发。{BODY}\n行，我就说这么多。祝大家新年快乐！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["感恩", "坚持", "改变", "哦对，还有一个事，年终奖下周发"]



def test_with_no_head_naming_them_the_one_who_says_most_is_the_speaker(tmp_path: Path) -> None:
    text = (
        "一口锅卖到四十个国家\n编者按：本文根据一位创始人在商学院的分享整理。\n"
        "钱思远：同学们，今天的嘉宾是戴文澜女士，大家欢迎。\n戴文澜：谢谢钱老师，同学们好！今天讲三件事。\n"
        f"第一件事，活下来。{BODY}\n出海：先学会做本地人。{BODY}\n第二件事，做品牌。{BODY}\n"
        f"观众提问：戴总，您怎么看价格战？\n戴文澜：价格战打不赢。{BODY}\n第三件事，建制度。{BODY}\n"
        "好，今天就先讲这三件事，希望对同学们有一点点启发，也欢迎大家毕业以后来我们公司看看。\n"
        "钱思远：好，今天就到这里。谢谢戴总！\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["speaker"] == "戴文澜"
    assert "讲话人取自文字稿的说话人标记“戴文澜：”" in report
    assert headings(spec["points"]) == ["活下来", "做品牌", "建制度"]
    assert "出海：先学会做本地人。" in str(spec["points"][0])  # (a heading before a colon, once: no one's turn)
    assert "（主持人或听众的话）：观众提问：戴总" in report and "（讲后的主持和问答）：钱思远：好，今天就到这里" in report
    assert spec["closing"][0].startswith("好，今天就先讲这三件事")


def test_an_editors_marks_of_a_transcripts_parts_are_reported(tmp_path: Path) -> None:
    head = "我读《史记》的三个角度\n\n分享人：邵文博（市第一中学历史教师）\n主持人：杜晓雯\n\n【主持人开场】\n杜晓雯：各位书友，晚上好！\n【主讲分享】\n"
    end = "【现场问答】\n杜晓雯：有书友问，先读哪一篇？\n邵文博：先读《项羽本纪》。\n"
    spec, report = mine(tmp_path, head + "邵文博：" + TALK + end)
    assert spec["title"] == "我读《史记》的三个角度"
    assert (spec["speaker"], spec["speaker_title"]) == ("邵文博", "市第一中学历史教师")
    assert headings(spec["points"]) == POINTS
    assert "（文字稿的分段标记）：【主讲分享】" in report and "（讲后的问答）：【现场问答】" in report


def test_a_talks_kind_before_its_title_and_the_event_under_it(tmp_path: Path) -> None:
    head = "主旨演讲｜城市人才竞争进入下半场\n\n2024长三角人才发展论坛\n演讲嘉宾：赵明远　华东人才发展研究院院长\n\n"
    spec, _ = mine(tmp_path, head + TALK)
    assert spec["title"] == "城市人才竞争进入下半场"
    assert (spec["speaker"], spec["speaker_title"]) == ("赵明远", "华东人才发展研究院院长")


def test_the_speaker_named_by_his_part_over_a_place_in_the_dates_bracket(tmp_path: Path) -> None:
    head = "低空经济：飞起来，更要飞得稳\n（2024年7月25日　云川）\n\n演讲人：钱国强，云川市发展和改革委员会主任\n主持人：吴可\n\n"
    spec, _ = mine(tmp_path, head + TALK)
    assert (spec["speaker"], spec["speaker_title"]) == ("钱国强", "云川市发展和改革委员会主任")


def test_labels_spaced_out_to_line_up(tmp_path: Path) -> None:
    # (主 持 人： / 时　间：: gz02, gz09, gz15; stop 24)
    head = "数字政府建设的实践逻辑\n时　间：2024年10月15日上午\n地　点：省委党校报告厅\n访谈嘉宾：青溪镇党委书记 黄立新\n主 持 人：孙佳\n\n"
    spec, report = mine(tmp_path, head + TALK)
    assert spec["title"] == "数字政府建设的实践逻辑"
    assert (spec["speaker"], str(spec["date"])) == ("黄立新", "2024-10-15")
    assert "地点：省委党校报告厅" in report


def test_the_hosts_thanks_after_the_talk_ends_it_though_no_turn_is_tagged_before(tmp_path: Path) -> None:
    # (a party lecture's transcript: the host's words at the top read as the page's lead, the speaker's untagged;
    # his thanks after the talk and the questions still end it; gz01, gz09, gz17, stop 24)
    head = "忠诚是共产党人的底色\n主讲：周立群\n主持人：陈红\n\n"
    end = (
        "同志们，忠诚不是一时一事的表态，而是一辈子的坚守。让我们以更加坚定的信念，在各自岗位上践行对党的忠诚！\n"
        "主持人：感谢周教授的精彩宣讲！下面是提问环节。\n提问（区市场监管局 王某）：周教授您好，请问……\n周立群：这个问题很实在。\n"
    )
    spec, report = mine(tmp_path, head + TALK.rsplit("好，以上", 1)[0] + end)
    assert spec["closing"][0].startswith("同志们，忠诚不是一时一事的表态")
    assert "（讲后的主持和问答）：主持人：感谢周教授" in report
