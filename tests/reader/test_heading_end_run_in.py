"""Where a heading glued to its text ends when the page gives it no sibling to measure against
(``heading_end``; studied on corpus/blind20, written in our own words)."""

from __future__ import annotations

from jianggao.reader.heading_end import heading_end
from jianggao.zh.labels import first_sentence_end


def cut(after: str, flattened: bool = False) -> str:
    return after[: heading_end(after, first_sentence_end(after), 2, flattened)]


# —— a three-clause heading is not cut after its second clause's comma (flattened pages) ——


def test_a_third_clause_after_two_short_ones_stays_in_the_heading() -> None:
    after = "稳住基本盘,抓好细节,全镇民生事业根基更加牢固今年上半年,全镇上下齐心协力,各项民生指标稳中有进。"
    assert cut(after, flattened=True) == "稳住基本盘,抓好细节,全镇民生事业根基更加牢固"


def test_the_third_clause_may_open_with_a_word_of_text_and_still_belong_to_the_heading() -> None:
    after = "回顾过去,展望未来,我县教育发展迈出坚实步伐前三季度,全县新建校舍十二所,新增学位四千余个。"
    assert cut(after, flattened=True) == "回顾过去,展望未来,我县教育发展迈出坚实步伐"


def test_a_two_clause_heading_still_ends_where_its_text_opens() -> None:
    # near miss: the second clause ends with no comma and 我们 opens the text there
    after = "提高认识,凝聚合力我们这次会议的主要任务是统一思想,部署全年的重点工作。"
    assert cut(after, flattened=True) == "提高认识,凝聚合力"


# —— a part of the year and its comma open the text (any page) ——


def test_a_part_of_the_year_and_its_comma_open_the_text() -> None:
    after = "立足新起点全力推动全县工业经济提质增效一季度,全县规上工业增加值同比增长百分之六点二。"
    assert cut(after) == "立足新起点全力推动全县工业经济提质增效"


def test_last_years_second_half_opens_the_text_too() -> None:
    after = "正视困难挑战增强做好今年工作的紧迫意识去年下半年,受多重因素影响,全区外贸出口明显放缓。"
    assert cut(after) == "正视困难挑战增强做好今年工作的紧迫意识"


def test_a_part_of_the_year_inside_a_heading_is_its_own() -> None:
    # near miss: no comma after 上半年 (the heading's own object), and 分析上半年，… takes it as an object
    assert cut("全力冲刺上半年目标任务确保时间过半任务过半。") == "全力冲刺上半年目标任务确保时间过半任务过半。"
    assert cut("认真分析上半年,找准薄弱环节和主攻方向。") == "认真分析上半年,找准薄弱环节和主攻方向。"


# —— the text takes up a word of a one-clause heading as the subject of 是 ——


def test_a_word_of_the_heading_taken_up_as_the_texts_subject_ends_the_heading() -> None:
    after = "做好防汛工作是保障群众安全的头等大事防汛是一项系统工程,需要各部门协同配合。"
    assert cut(after) == "做好防汛工作是保障群众安全的头等大事"


def test_the_subject_may_come_late_in_a_long_clause_or_after_a_word_ending_in_wei() -> None:
    after = "扎根社区一线,就必须在服务群众的具体实践中主动作为社区是我们联系居民的最后一公里。"
    assert cut(after) == "扎根社区一线,就必须在服务群众的具体实践中主动作为"
    assert cut("筑牢生态底线生态是我镇最大的本钱。", flattened=True) == "筑牢生态底线"


def test_a_word_said_again_after_a_mark_or_a_joining_word_is_the_headings_own() -> None:
    # near misses: after a comma the repeat is the heading's second clause; after 和 it goes on the phrase;
    # the heading's own 是 said again is no subject taken up
    assert cut("抓好教育,教育是强县之基。") == "抓好教育,教育是强县之基。"
    assert cut("提升服务速度和服务是否到位的满意度。") == "提升服务速度和服务是否到位的满意度。"
    assert cut("树牢发展是第一要务的理念推动发展是硬道理落到实处。") == "树牢发展是第一要务的理念推动发展是硬道理落到实处。"


def test_a_subject_whose_first_words_the_heading_lacks_does_not_cut_inside_it() -> None:
    # near miss: 服务 is the heading's word, but the text's subject is 社区助餐服务 (养老 closes no heading)
    after = "优化供给提升养老服务社区助餐服务是居家养老的重要一环,要扩大覆盖面。"
    assert cut(after) == after


# —— a word headings close with, then a word that opens a sentence of text ——


def test_a_word_opening_text_after_a_headings_closing_word_ends_the_heading() -> None:
    after = "正视存在的问题这些年,全镇集体经济虽有发展,但底子薄、来源单一的状况没有根本改变。"
    assert cut(after) == "正视存在的问题"


def test_a_view_from_somewhere_or_the_county_itself_opens_the_text_too() -> None:
    after = "找准主攻方向从全省的排位来看:我县的人均地区生产总值仍处在中下游。"
    assert cut(after) == "找准主攻方向"
    after = "突出工作重点我县山区面积大、道路长,汛期地质灾害隐患点多面广。"
    assert cut(after) == "突出工作重点"


def test_an_opener_after_a_verb_or_a_word_no_heading_closes_with_stays_in_the_heading() -> None:
    # near misses: 推动我县… (我县 as an object), …的变化我们… (我们 opens no text here: a lead sentence whole),
    # and 从严… (no 看 closes the view)
    assert cut("推动我县特色农业提质增效,让农民腰包鼓起来。") == "推动我县特色农业提质增效,让农民腰包鼓起来。"
    assert cut("看清形势的变化我们才能赢得主动。") == "看清形势的变化我们才能赢得主动。"
    assert cut("强化责任从严从实抓好安全生产各项工作。") == "强化责任从严从实抓好安全生产各项工作。"


# —— closing forms: a second clause reaching 认识, a demand said twice after its topic ——


def test_a_second_clause_reaching_an_understanding_closes_the_heading() -> None:
    after = "看清大势,深化思想认识山多地少、人多水缺,是我们这个县绕不开的基本县情。"
    assert cut(after) == "看清大势,深化思想认识"


def test_a_demand_said_twice_after_its_topic_closes_the_heading() -> None:
    assert cut("措施上要细化再细化每一片林区都要落实到人,不留死角。") == "措施上要细化再细化"
    assert cut("责任上要压实再压实具体要求是:乡镇包村、村干部包组。") == "责任上要压实再压实"


def test_closing_forms_that_go_on_or_end_the_sentence_stay_whole() -> None:
    # near misses: 认识 goes on with 的; a doubled demand with no topic before it takes its object;
    # a short closing text with no mark is the heading's own end
    assert cut("统一步调,提高思想认识的自觉性和主动性。") == "统一步调,提高思想认识的自觉性和主动性。"
    assert cut("要重视再重视森林防火工作,确保不发生大的火情。") == "要重视再重视森林防火工作,确保不发生大的火情。"
    assert cut("思想上要重视再重视防火工作。") == "思想上要重视再重视防火工作。"


def test_a_sequence_words_lead_ends_at_its_closing_form_too(tmp_path) -> None:
    from tests.speech_files import outline_levels, read_copy

    head = "在全县森林防火工作会议上的讲话\n同志们：\n今天召开全县森林防火工作会议。下面，我强调两点意见：\n"
    text = (
        head + "第一，思想上要重视再重视森林防火年年讲，但今年春季气温偏高、降水偏少，火险等级明显上升。\n"
        "第二，工作上要落实再落实总的要求是：预防为主，积极消灭，确保不发生重大森林火灾。\n"
        "同志们，责任重于泰山，希望大家守土尽责，确保全县森林资源安全！\n"
    )
    assert outline_levels(read_copy(tmp_path, text))[0] == ["思想上要重视再重视", "工作上要落实再落实"]
    # near miss: a lead that closes its own sentence keeps it whole
    plain = text.replace("重视再重视森林防火年年讲，", "重视再重视。森林防火年年讲，")
    assert outline_levels(read_copy(tmp_path, plain))[0][0] == "思想上要重视再重视。"


def test_a_sequence_words_lead_ends_where_its_text_opens(tmp_path) -> None:
    from tests.speech_files import outline_levels, read_copy

    head = "在全镇安全生产工作会议上的讲话\n同志们：\n今天召开全镇安全生产工作会议。下面，我讲两点意见：\n"
    text = (
        head + "第一，要切实增强安全发展意识从近期几起事故来看，问题大多出在思想麻痹、责任不落实上。\n"
        "第二，要扭住隐患排查这个重点排查是防范事故的第一道关口，必须做到横向到边、纵向到底。\n"
        "同志们，安全生产责任重于泰山，希望大家守土尽责！\n"
    )
    assert outline_levels(read_copy(tmp_path, text))[0] == ["要切实增强安全发展意识", "要扭住隐患排查这个重点"]
    # near miss: an opener after a word no heading closes with is the lead going on
    other = text.replace("增强安全发展意识从近期", "增强安全发展的自觉从近期")
    assert outline_levels(read_copy(tmp_path, other))[0][0].startswith("要切实增强安全发展的自觉从近期几起事故来看")


# —— this year, last year, a starting year, a placeholder place as the text's first words ——


def test_this_year_or_a_starting_year_opens_the_text_after_a_headings_closing_word() -> None:
    after = "明确全年工作的总体要求今年是实施新一轮城乡规划的开局之年,任务十分繁重。"
    assert cut(after) == "明确全年工作的总体要求"
    after = "巩固提升基层治理成效自2019年开展网格化管理以来,全镇矛盾纠纷调处率逐年上升。"
    assert cut(after) == "巩固提升基层治理成效"


def test_a_lower_case_placeholder_place_opens_the_text() -> None:
    after = "要在比学赶超中坚定加快发展的信心xx县是一个山区农业县,工业基础相对薄弱。"
    assert cut(after) == "要在比学赶超中坚定加快发展的信心"


def test_this_year_as_the_headings_own_object_stays() -> None:
    # near misses: 今年 after a verb (做好今年…), and 今年 with no 是/将/comma after it
    assert cut("全力以赴做好今年是否达标的评估工作。") == "全力以赴做好今年是否达标的评估工作。"
    assert cut("对照目标要求今年各项指标全面完成。") == "对照目标要求今年各项指标全面完成。"


# —— a list of subjects before 是, one of them the heading's word ——


def test_a_list_of_subjects_holding_a_word_of_the_heading_opens_the_text() -> None:
    after = "夯实乡村振兴的人才基础土地、资金、人才是乡村发展的三大要素,人才尤为关键。"
    assert cut(after) == "夯实乡村振兴的人才基础"


def test_a_longer_list_or_a_two_item_list_opens_the_text_too() -> None:
    after = "守牢耕地保护底线种子、耕地、水利、农机是粮食生产的四根支柱,缺一不可。"
    assert cut(after) == "守牢耕地保护底线"
    after = "推动文化和旅游深度融合发展文化、旅游是我县最有潜力的两大产业,要统筹谋划。"
    assert cut(after) == "推动文化和旅游深度融合发展"


def test_a_list_the_heading_does_not_hold_stays_in_the_lead() -> None:
    # near miss: no item of the list is a word of the heading before it
    after = "加强队伍建设党员、干部、群众是我们事业的依靠力量。"
    assert cut(after) == after


# —— a topic that has always been so (…历来是 / 从来都与) opens the text ——


def test_a_topic_that_has_always_been_so_opens_the_text() -> None:
    after = "认清新形势下的目标任务妇联工作从来都与党的中心工作紧密相连,须臾不可分离。"
    assert cut(after) == "认清新形势下的目标任务"


def test_the_topic_starts_after_the_last_closing_word_or_may_be_a_list() -> None:
    after = "明确水利工作的思路路径治水兴水历来是安民兴邦的大事,马虎不得。"
    assert cut(after) == "明确水利工作的思路路径"
    after = "筑牢防汛抗旱安全底线防汛、抗旱历来是全县农业生产的头等大事。"
    assert cut(after) == "筑牢防汛抗旱安全底线"


def test_always_inside_the_headings_own_clause_stays() -> None:
    # near miss: 历来 after a word no heading closes with (…的优良传统历来…: 传统 is not one), and a short text
    assert cut("发扬党的优良传统历来重视调查研究的作风。") == "发扬党的优良传统历来重视调查研究的作风。"
    assert cut("突出工作重点基层历来是短板。") == "突出工作重点基层历来是短板。"


# —— a long whole sentence after one space is the text of a heading set in bold inside its paragraph ——


def test_a_long_sentence_after_the_heading_s_space_is_its_text() -> None:
    after = "“十五五”时期全市发展的主要考虑 市委全会对我市未来五年经济社会发展作出了系统设计和战略谋划。我们要认真贯彻。"
    assert cut(after) == "“十五五”时期全市发展的主要考虑"


def test_a_short_second_phrase_after_the_space_stays_in_the_heading() -> None:
    # near miss: 坚持创新驱动 加快建设现代化产业体系。 is a heading of two phrases, the second ended by its full stop
    after = "坚持创新驱动 加快建设现代化产业体系。创新是引领发展的第一动力，我们要把科技创新摆在更加突出的位置。"
    assert cut(after) == "坚持创新驱动 加快建设现代化产业体系。"
