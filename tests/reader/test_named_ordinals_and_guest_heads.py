"""Forms found in complete speeches (stop 15, blind30), in our own wording:

- 第一个问题：… / 第一，…第四，… / 第二个问题：… / 第一，…: ordinals that name what they count number on among
  themselves past the bare ordinals of the lists inside them; they are the points, the bare ones their
  sub-points (one style, two forms; ``label_runs._noun_runs``). A speaker who drops the noun after the first
  (第一点，… 第二，… 第三，…) still gives one list.
- A news copy's head run on into a salutation of guests named by office (…（2024年12月19日）张明远行政长官李文涛
  先生，…，女士们，先生们：), and that salutation on a line of its own.
- A page headline longer than a menu entry, over the title and the speaker's name, under a page's menus.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .mining import headings, mine

BODY = "这项工作关系全局，必须摆上重要位置，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"


def test_named_ordinals_are_the_points_and_bare_ordinals_inside_them_their_sub_points(tmp_path: Path) -> None:
    text = (
        "在全市乡村振兴工作座谈会上的讲话\n同志们：\n今天，我讲三个问题。\n"
        "第一个问题：充分肯定乡村振兴取得的进展。\n"
        f"第一，产业发展取得新突破。{BODY}\n第二，乡村面貌发生新变化。{BODY}\n第三，农民收入实现新增长。{BODY}\n"
        "第二个问题：清醒认识面临的困难挑战。\n"
        f"第一，从任务看，{BODY}\n第二，从工作看，{BODY}\n"
        "第三个问题：扎实做好今年的各项工作。\n"
        f"第一，加强组织领导。{BODY}\n第二，完善资金管理。{BODY}\n第三，加强作风建设。{BODY}\n第四，组织干部轮训。{BODY}\n"
        "同志们，让我们共同努力！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["充分肯定乡村振兴取得的进展", "清醒认识面临的困难挑战", "扎实做好今年的各项工作"]
    assert headings(spec["points"][0]["items"]) == ["产业发展取得新突破", "乡村面貌发生新变化", "农民收入实现新增长"]
    assert headings(spec["points"][2]["items"]) == ["加强组织领导", "完善资金管理", "加强作风建设", "组织干部轮训"]


def test_a_speaker_who_drops_the_noun_after_the_first_ordinal_gives_one_list(tmp_path: Path) -> None:
    """(near miss) 第一点，… 第二，… 第三，…: one form named once is no run of its own."""
    text = (
        "在全市安全生产会议上的讲话\n同志们：\n我讲三点意见。\n"
        f"第一点，要盯紧危化品企业。{BODY}\n第二，要盯紧建筑工地。{BODY}\n第三，要盯紧人员密集场所。{BODY}\n"
        "同志们，安全无小事，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要盯紧危化品企业", "要盯紧建筑工地", "要盯紧人员密集场所"]


def test_a_news_head_run_on_into_guests_named_by_office(tmp_path: Path) -> None:
    text = (
        "新华社滨湖12月19日电　在滨湖市各界欢迎晚宴上的致辞（2024年12月19日）张明远"
        "行政长官李文涛先生，候任行政长官陈志华先生，女士们，先生们：\n"
        f"晚上好！很高兴再次来到滨湖。{BODY}\n谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在滨湖市各界欢迎晚宴上的致辞"
    assert spec["speaker"] == "张明远"
    assert spec["salutation"] == "行政长官李文涛先生，候任行政长官陈志华先生，女士们，先生们"


def test_a_salutation_of_guests_opened_by_an_office_on_its_own_line(tmp_path: Path) -> None:
    text = (
        "在滨湖市各界欢迎晚宴上的致辞\n总统先生，各位嘉宾，女士们，先生们：\n"
        f"晚上好！很高兴再次来到滨湖。{BODY}\n谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["salutation"] == "总统先生，各位嘉宾，女士们，先生们"


def test_a_long_page_headline_over_the_title_and_the_speakers_name(tmp_path: Path) -> None:
    menu = "\n".join(["某某网首页", "手机版", "用户中心", "我的投稿", "思想理论", "党章党规", "党的历史", "先进典型", "最新发布"])
    title = "坚持和完善城乡融合发展的体制机制推进城乡治理体系和治理能力现代化"
    text = (
        f"{menu}\n张明远：{title}\n某某网分享打印纠错\n{title}\n张明远\n"
        "这次全会审议通过了关于城乡融合发展的决定，这是一件大事。\n"
        f"一、坚定制度自信\n{BODY}\n二、抓好贯彻落实\n{BODY}\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == title
    assert spec["speaker"] == "张明远"
    assert "页头" in report


def test_a_second_list_after_a_closed_run_in_list_belongs_to_the_point(tmp_path: Path) -> None:
    """（一）…（三） one run-in paragraph each, in a row, then an unlabelled paragraph, then ——…: the dash list is the
    part's second list, beside the first, not inside its last item; a list right under an item stays inside it."""
    text = (
        "政府工作报告\n各位代表：\n"
        "一、2025年工作回顾\n过去一年，主要做了以下工作。\n"
        f"（一）稳住经济大盘。{BODY}\n（二）推进科技创新。{BODY}\n（三）办好民生实事。{BODY}\n"
        "2025年是“十四五”收官之年。回望五年，我们取得了历史性成就。\n"
        f"——这五年，综合实力大幅跃升。{BODY}\n——这五年，创新动能更加强劲。{BODY}\n——这五年，人民生活更加美好。{BODY}\n"
        f"二、2026年工作安排\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    part = spec["points"][0]
    assert headings(part["items"][:3]) == ["稳住经济大盘", "推进科技创新", "办好民生实事"]
    dashes = ["这五年，综合实力大幅跃升", "这五年，创新动能更加强劲", "这五年，人民生活更加美好"]
    assert "items" not in part["items"][2]
    assert part["items"][3]["numbering"] == "——"
    assert headings(part["items"][3]["items"]) == dashes


def _report_with_two_lists(paragraphs_after_last: int) -> str:
    """（一）…（四）, the second item running to a paragraph of its own, then ``paragraphs_after_last`` unlabelled
    paragraphs after the last item, then a dash list."""
    after = ["过去一年，我们坚决落实从严治党要求，政府自身建设不断加强。", "各位代表！回望五年，我们取得了历史性成就。",
             "五年来，我们有力有效应对各种风险挑战。"][-paragraphs_after_last:]
    return (
        "政府工作报告\n各位代表：\n"
        "一、2025年工作回顾\n过去一年，主要做了以下工作。\n"
        f"（一）稳住经济大盘。{BODY}\n（二）推进科技创新。{BODY}\n{BODY}\n（三）深化改革开放。{BODY}\n"
        f"（四）办好民生实事。{BODY}\n" + "".join(line + "\n" for line in after)
        + f"——这五年，综合实力大幅跃升。{BODY}\n——这五年，创新动能更加强劲。{BODY}\n——这五年，人民生活更加美好。{BODY}\n"
        f"二、2026年工作安排\n{BODY}\n"
    )


def test_a_second_list_after_more_paragraphs_than_any_item_ran_to_belongs_to_the_point(tmp_path: Path) -> None:
    """The items of the first list have paragraphs of their own (one or two); three paragraphs come after the
    last item before the dash list: more than any item ran to, so they are not all the last item's, and the dash
    list is the part's second list (a province's report: its year, then its five years)."""
    spec, _ = mine(tmp_path, _report_with_two_lists(3))
    part = spec["points"][0]
    assert headings(part["items"][:4]) == ["稳住经济大盘", "推进科技创新", "深化改革开放", "办好民生实事"]
    assert "items" not in part["items"][3]
    assert headings(part["items"][4]["items"]) == ["这五年，综合实力大幅跃升", "这五年，创新动能更加强劲", "这五年，人民生活更加美好"]


def test_a_list_after_no_more_paragraphs_than_an_item_ran_to_stays_in_the_last_item(tmp_path: Path) -> None:
    """(near miss) One paragraph after the last item, as many as the second item ran to: it may be the last
    item's own, and the dash list stays inside that item."""
    spec, _ = mine(tmp_path, _report_with_two_lists(1))
    part = spec["points"][0]
    assert len(part["items"]) == 4
    assert headings(part["items"][3]["items"]) == ["这五年，综合实力大幅跃升", "这五年，创新动能更加强劲", "这五年，人民生活更加美好"]


def test_notes_after_the_speech_are_the_editions(tmp_path: Path) -> None:
    text = (
        "在全党大会上的报告\n同志们：\n"
        f"一、总结经验①\n{BODY}\n二、部署任务②\n{BODY}\n同志们，让我们共同奋斗！\n"
        "注：\n① 列宁：《论合作制》，《列宁全集》第33卷，第423页。\n② 毛泽东：《实践论》，《毛泽东选集》第1卷，第285页。\n"
    )
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == ["总结经验①", "部署任务②"]
    assert "文末注释" in report
    assert "列宁全集" not in yaml.safe_dump(spec, allow_unicode=True)


def test_a_bracketed_document_tag_starts_an_appended_document(tmp_path: Path) -> None:
    text = (
        "在干部培训班上的讲话\n同志们：\n"
        f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n"
        "【公司文件】\n公司改进作风的三条要求\n1、不搞迎来送往。不去车站迎送。\n2、不许贪污受贿。一经发现严肃处理。\n3、提高会议效率。少开会、开短会。\n"
    )
    spec, report = mine(tmp_path, text)
    assert headings(spec["points"]) == ["加强学习", "改进作风"]
    assert "文末附件" in report


def test_a_list_inside_the_last_item_stays_there(tmp_path: Path) -> None:
    """(near misses) Items that have paragraphs of their own, or a pair of turns (首先… 其次…), are not closed by
    the paragraph after the last: the list after it is the last item's."""
    text = (
        "在全市教育工作会议上的讲话\n同志们：\n"
        "一、怎样看待我们的孩子\n我想从两个方面谈。\n"
        f"首先是德育和知识教学的割裂问题。{BODY}\n其次是环境改变对孩子的影响。{BODY}\n"
        "现在的孩子有以下一些基本特征：\n"
        f"一是他们都是独生子女。{BODY}\n二是他们知识面特别宽广。{BODY}\n三是他们都很善良。{BODY}\n"
        f"二、学校下一步的工作\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    second = spec["points"][0]["items"][1]
    assert headings(second["items"]) == ["他们都是独生子女", "他们知识面特别宽广", "他们都很善良"]


def test_report_forms_from_blind32(tmp_path: Path) -> None:
    """第一次是… labels a list of times; ——— typed with three dashes is a dash point; paragraphs counted by a
    quoted word (必须做到“三个聚焦”：) or named as the parts (主要内容是：) and opening alike are sub-points."""
    text = (
        "政府工作报告\n各位代表：\n"
        "一、回顾\n一百多年来，中国发生了三次历史性巨大变化。\n"
        f"第一次是辛亥革命，推翻了君主专制制度。{BODY}\n第二次是新中国的成立。{BODY}\n第三次是改革开放。{BODY}\n"
        "二、目标\n建设有特色的经济、政治、文化，是必要的。\n"
        f"———建设有特色的经济，就是发展市场经济。{BODY}\n———建设有特色的政治，就是发展民主政治。{BODY}\n"
        f"———建设有特色的文化，就是发展先进文化。{BODY}\n"
        "三、任务\n实现目标，必须做到“三个聚焦”：\n"
        f"聚焦对外开放，建设自由贸易港。\n{BODY}\n聚焦高质量发展，打造现代产业体系。\n{BODY}\n聚焦民生福祉，增强获得感。\n{BODY}\n"
        "四、理论\n这个理论的主要内容是：\n"
        f"在社会主义的道路问题上，强调走自己的路。{BODY}\n在社会主义的阶段问题上，作出初级阶段的论断。{BODY}\n"
        f"在社会主义的动力问题上，强调改革也是革命。{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    points = spec["points"]
    assert headings(points) == ["回顾", "目标", "任务", "理论"]
    assert headings(points[0]["items"]) == ["辛亥革命，推翻了君主专制制度", "新中国的成立", "改革开放"]
    assert headings(points[1]["items"]) == ["建设有特色的经济，就是发展市场经济", "建设有特色的政治，就是发展民主政治", "建设有特色的文化，就是发展先进文化"]
    assert headings(points[2]["items"]) == ["聚焦对外开放，建设自由贸易港", "聚焦高质量发展，打造现代产业体系", "聚焦民生福祉，增强获得感"]
    assert headings(points[3]["items"]) == ["在社会主义的道路问题上，强调走自己的路", "在社会主义的阶段问题上，作出初级阶段的论断", "在社会主义的动力问题上，强调改革也是革命"]


def test_a_count_that_does_not_match_the_paragraphs_is_no_list(tmp_path: Path) -> None:
    """(near miss) “三个聚焦” over two paragraphs that open with 聚焦: the count is not met, nothing is read."""
    text = (
        f"政府工作报告\n各位代表：\n一、回顾\n{BODY}\n二、任务\n实现目标，必须做到“三个聚焦”：\n"
        f"聚焦对外开放，建设自由贸易港。\n{BODY}\n聚焦民生福祉，增强获得感。\n{BODY}\n"
    )
    spec, _ = mine(tmp_path, text)
    assert "items" not in spec["points"][1]


def test_a_spreadsheet_records_fields_before_the_title_are_dropped_and_said(tmp_path: Path) -> None:
    text = (
        "province,year,title,source_url,publish_date,full_text\n"
        '滨湖省,2026,2026年滨湖省政府工作报告,https://example.org/a.html,2026-02-02,"政府工作报告\n'
        "——2026年1月27日在滨湖省第七届人民代表大会第五次会议上\n各位代表：\n"
        f"一、回顾\n{BODY}\n二、任务\n{BODY}\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "政府工作报告"
    assert "表格导出的字段" in report


def test_a_reports_review_after_the_words_that_name_its_work_reads_its_we_paragraphs_as_sub_points(tmp_path: Path) -> None:
    """五年来主要做了以下工作。 then paragraphs that each open with 我们…，…。: the report's review, sub-points (blind12);
    (near miss) the same paragraphs with no words naming the work before them stay text."""
    review = (
        f"我们扭住发展第一要务，全力推进工业强县。{BODY}\n我们加快建设基础设施，着力强化发展支撑。{BODY}\n"
        f"我们巩固拓展脱贫成果，扎实推进城乡融合。{BODY}\n"
    )
    text = "政府工作报告\n各位代表：\n一、过去五年的工作\n五年来主要做了以下工作。\n" + review + f"二、今后五年的任务\n{BODY}\n"
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"][0]["items"]) == [
        "我们扭住发展第一要务，全力推进工业强县", "我们加快建设基础设施，着力强化发展支撑", "我们巩固拓展脱贫成果，扎实推进城乡融合",
    ]
    plain = text.replace("五年来主要做了以下工作。\n", "五年来我们付出了艰辛努力。\n")
    spec, _ = mine(tmp_path, plain)
    assert "items" not in spec["points"][0]
