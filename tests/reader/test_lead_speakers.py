"""The speaker a news lead or an editor's note names (everyday rn, rp, rr, ri, qy; stop 38): …在欢迎座谈会上致辞,
…作动员讲话, …发表主题演讲, …作年度讲话, …在…专场的演讲, 现将贾振东同志的讲话全文…, and the one who called the meeting
(区委书记韦东明主持召开…座谈会) when no one is said to have spoken; a name after an office may have a less common
surname (镇党委书记宁海波). Near misses: an office with no name, the chair when another spoke, and a surname-like
word that opens no name."""

from __future__ import annotations

import pytest

from jianggao.reader.header import speaker_called_up, speaker_in_lead, speaker_in_note


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("4月16日上午，海滨理工大学代表团来访。校长徐立言在欢迎座谈会上致辞，现将致辞全文刊发如下。", "徐立言"),
        ("11月20日，公司召开冬季安全生产动员会，安全总监包海峰作动员讲话，提出明确要求。", "包海峰"),
        ("驰远汽车创始人、董事长周屹发表主题演讲，讲了三个车主的故事。", "周屹"),
        ("老秦家创始人秦守义作年度讲话。讲话不长，全程十八分钟。", "秦守义"),
        ("本文整理自启衡科技首席架构师宁致远在“第八届东湖软件工程大会”大模型应用专场的演讲。", "宁致远"),
        ("座谈会上，青年人才代表畅所欲言。现将贾振东同志的讲话全文刊发如下。", "贾振东"),
        ("3月5日下午，区委书记韦东明主持召开优化营商环境企业家座谈会，面对面听取企业家意见建议。", "韦东明"),
        ("4月17日，市长郑海涛到宁川高新区调研产业发展情况，并主持召开座谈会。", "郑海涛"),
        ("5月10日上午，讲习所揭牌成立。镇党委书记宁海波出席揭牌仪式并讲话。", "宁海波"),
        ("事业部总经理陶然作动员讲话，号召全员打赢这一仗。", "陶然"),
        # (what he did first, and whatever talk he gave: everyday tl, tn, tr, tv, ty, uc, ud, uf, tu; stop 42)
        ("公司创始人、CEO林振宇发表年会致辞，和大家一起回顾这一年的不易与收获。", "林振宇"),
        ("副县长刘斌出席会议，集团党委书记、董事长彭振华作战略发布讲话。以下为讲话全文。", "彭振华"),
        ("来自一线的青年员工代表交流了体会。集团党委书记、董事长孙立衡参加座谈并讲话。", "孙立衡"),
        ("校长陈晓岚对新学期工作进行了部署。以下为讲话全文。", "陈晓岚"),
        ("区委教育工委书记、区教育局局长秦若岚作工作报告。", "秦若岚"),
        ("社区党委书记林秀娟逐一听取汇报后作现场点评。", "林秀娟"),
        ("支行行长严志国在听取各部门、各网点汇报后作了讲话。", "严志国"),
        ("白沙镇党委书记邓志华结合基层工作实际作了交流发言。", "邓志华"),
        ("校长葛怀远发表了题为《有三件事，不必》的演讲。以下为演讲全文：", "葛怀远"),
        ("2月4日，全县森林防灭火工作会议召开，县长饶志刚讲话。要点如下：", "饶志刚"),
        # (a talk of integrity, a charge given, the part he spoke in: everyday vk03, vk22, vk13; stop 43)
        ("县委常委、县纪委书记、县监委主任邵明华作廉政谈话。现将谈话摘要刊发如下。", "邵明华"),
        ("镇党委委员、纪委书记韩雪梅对全镇党员干部提出廉洁过节要求。以下为讲话内容。", "韩雪梅"),
        ("县委书记江海涛以普通党员身份列席指导蒲河镇党委领导班子民主生活会，并作点评讲话。", "江海涛"),
    ],
)
def test_a_lead_names_the_one_who_spoke(lead: str, name: str) -> None:
    found = speaker_in_lead(lead)
    assert found is not None and found[1] == name


def test_an_office_with_no_name_names_no_one() -> None:
    assert speaker_in_lead("会上，县委书记在会上作重要讲话，对下一步工作提出要求。") is None


def test_the_one_who_spoke_comes_before_the_chair() -> None:
    found = speaker_in_lead("区委书记韦东明主持召开座谈会并讲话。")
    assert found is not None and found[1] == "韦东明"
    found = speaker_in_lead("区长宁海波出席会议并讲话。区委书记韦东明主持召开座谈会。")
    assert found is not None and found[1] == "宁海波"


def test_a_word_that_opens_like_a_surname_is_no_name() -> None:
    assert speaker_in_lead("我们宁可多跑几趟，也要把工作做细。") is None
    assert speaker_in_lead("会议包括三项议程，主要是听取汇报并讲话。") is None


def test_the_one_who_spoke_comes_before_the_one_who_reported() -> None:
    found = speaker_in_lead("市长范学成作政府工作报告，市委书记韩振东出席会议并讲话。")
    assert found is not None and found[1] == "韩振东"
    found = speaker_in_lead("市长范学成作政府工作报告。")
    assert found is not None and found[1] == "范学成"


def test_a_speech_passed_on_is_no_speech_given() -> None:
    assert speaker_in_lead("县长王振华传达了省委书记讲话精神。") is None


def test_a_charge_passed_on_is_no_charge_given() -> None:
    # near miss: 对…提出要求 said of the meeting, no one named before it
    assert speaker_in_lead("会议对全镇党员干部提出廉洁过节要求。") is None


@pytest.mark.parametrize(
    ("lead", "office", "name"),
    [  # (everyday ul, uo, uv, uk, un, ui; stop 42: less common surnames after an office, and more ways a lead says it)
        ("23日下午，全县重点项目观摩点评会召开，县委书记柴文渊作点评讲话。", "县委书记", "柴文渊"),
        ("10名乡村医生获此殊荣。县卫健委主任易春华致辞。", "县卫健委主任", "易春华"),
        ("团区委书记闻诗雨为获奖者颁奖并致辞。", "团区委书记", "闻诗雨"),
        ("镇长袁晓峰在观摩结束后进行了现场讲话。现将讲话整理如下：", "镇长", "袁晓峰"),
        ("公司总经理牟建平脱稿讲话，针对近期检查发现的问题“一针见血”。", "公司总经理", "牟建平"),
        ("典礼上，校长吴振华为毕业生们送上了深情寄语。以下为讲话全文。", "校长", "吴振华"),
        ("本期刊发东湖街道党工委书记陶静的发言，供大家学习交流。", "东湖街道党工委书记", "陶静"),
    ],
)
def test_a_lead_names_the_speaker_by_a_less_common_surname_or_another_way(lead: str, office: str, name: str) -> None:
    assert speaker_in_lead(lead) == (office, name)


def test_a_note_gives_the_speakers_day_or_says_at_the_meeting_and_a_host_calls_him_with_qing_women() -> None:
    note = "（根据市委副书记贾立成同志2024年6月20日在柳河县调研乡村振兴工作座谈会上的讲话录音整理，未经本人审阅）"
    assert speaker_in_note(note) == "市委副书记 贾立成"
    assert speaker_in_note("（根据副县长黄玉兰同志在会上的讲话录音整理）") == "副县长 黄玉兰"
    assert speaker_called_up("今天是本学期最后一次全体教职工大会，议程就一项，请我们沈立群校长讲话，大家欢迎。") == "校长 沈立群"
    assert speaker_called_up("请我们大家安静一下。") is None
