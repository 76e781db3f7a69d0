"""Forms found in complete speeches (stop 15), in our own wording:

- 首先，… / 第二，… / 第三，…: a list whose first item the speaker opened with 首先 and the rest with ordinals is
  one list, at the top and under a point; a 第三 under a point after its 第二 counts on that list, not on the
  points (一、 二、 then 第三 is read as the points going on only when nothing under the point said 第二).
- Two part lines over a speech whose numbered points all stand under the second (a congress report's
  回顾 part, then 形势和任务 / 同志们！ / 首先…第八…), the first part holding a good share of the text.
- A linked phrase the copy put on a line of its own (…坚持 / 古为今用、洋为中用 / 的方针，…) is one paragraph.
- Heads: a dateline naming a long place; a main title with a single dash inside it over its ——subtitle on one
  line; a headline under a page's menus with the speaker's name under it.
- A part headed by its numeral alone keeps its whole lead sentence even when the text says a word of it again.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .mining import headings, mine

BODY = "这项工作关系全局，必须摆上重要位置，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"


def test_shouxian_opens_a_run_of_ordinals_at_the_top(tmp_path: Path) -> None:
    text = (
        "在全县秋冬种工作会议上的讲话\n同志们：\n今天召开会议，部署秋冬种工作。我强调几项要求。\n"
        f"首先，要抓紧整地播种。{BODY}\n{BODY}\n"
        f"第二，要保障农资供应。{BODY}\n{BODY}\n"
        f"第三，要强化技术指导。{BODY}\n{BODY}\n"
        f"第四，要压实工作责任。{BODY}\n"
        "同志们，任务很重，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要抓紧整地播种", "要保障农资供应", "要强化技术指导", "要压实工作责任"]


def test_shouxian_opens_a_run_of_ordinals_under_a_point(tmp_path: Path) -> None:
    text = (
        "在全市安全生产会议上的讲话\n同志们：\n下面，我讲两点意见。\n"
        f"一、认清形势\n{BODY}\n"
        f"二、抓好重点\n首先，要盯紧危化品企业。{BODY}\n第二，要盯紧建筑工地。{BODY}\n第三，要盯紧人员密集场所。{BODY}\n"
        "同志们，安全无小事，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "抓好重点"]
    assert headings(spec["points"][1]["items"]) == ["要盯紧危化品企业", "要盯紧建筑工地", "要盯紧人员密集场所"]


def test_shouxian_before_a_single_second_is_no_list(tmp_path: Path) -> None:
    """(near miss) 首先 then 第二 with no 第三: nothing says these two are one list of the speaker's."""
    text = (
        "在全市安全生产会议上的讲话\n同志们：\n下面，我讲两点意见。\n"
        f"一、认清形势\n{BODY}\n"
        f"二、抓好重点\n首先，要盯紧危化品企业。{BODY}\n第二，要盯紧建筑工地。{BODY}\n"
        "同志们，安全无小事，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["认清形势", "抓好重点"]
    assert "要盯紧危化品企业" not in headings(spec["points"][1].get("items", []))


def test_a_third_under_a_point_after_its_second_is_no_top_point(tmp_path: Path) -> None:
    text = (
        "在全市人才工作会议上的讲话\n同志们：\n我讲三个问题。\n"
        f"一、人才工作的定位\n{BODY}\n"
        f"二、人才工作的机制\n你首先要让人才有用武之地，{BODY}\n第二，要让人才有合理回报。{BODY}\n"
        f"第三，要让人才有发展空间。{BODY}\n"
        f"三、人才工作的任务\n{BODY}\n"
        "同志们，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["人才工作的定位", "人才工作的机制", "人才工作的任务"]


def test_two_part_lines_over_points_numbered_under_the_second(tmp_path: Path) -> None:
    review = "".join(f"过去五年，我们在第{n}个方面做了大量工作，{BODY}\n" for n in "一二三四五六")
    text = (
        "同志们！\n这次大会的任务，是总结经验，部署今后的工作。\n"
        f"五年来的主要工作\n{review}"
        f"形势和任务\n同志们！\n当前形势很好，任务也很重。{BODY}我们要抓好以下几项工作。\n"
        f"首先，一定要把经济搞上去。{BODY}\n第二，一定要把教育办好。{BODY}\n第三，一定要把队伍带好。{BODY}\n"
        "同志们，让我们团结起来，为实现今后的任务而奋斗！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["五年来的主要工作", "形势和任务"]
    assert headings(spec["points"][1]["items"]) == ["一定要把经济搞上去", "一定要把教育办好", "一定要把队伍带好"]


def test_a_stray_line_above_the_points_is_no_first_part(tmp_path: Path) -> None:
    """(near miss) The first of two short lines holds a sentence, not a good share of the text: no parts."""
    text = (
        "在全县秋冬种工作会议上的讲话\n同志们：\n"
        "今年的秋冬种\n今天召开会议，部署秋冬种工作，各乡镇都要认真贯彻落实。\n"
        "几项具体要求\n下面我强调几项具体要求。\n"
        f"首先，要抓紧整地播种。{BODY}\n{BODY}\n第二，要保障农资供应。{BODY}\n{BODY}\n第三，要强化技术指导。{BODY}\n{BODY}\n"
        "同志们，任务很重，大家要抓紧行动。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要抓紧整地播种", "要保障农资供应", "要强化技术指导"]


def test_a_linked_phrase_on_its_own_line_is_one_paragraph_with_its_neighbours(tmp_path: Path) -> None:
    text = (
        "在全市文艺工作座谈会上的讲话\n同志们：\n我讲两点意见。\n"
        "一、坚持正确方向\n文艺工作要坚持\n古为今用、洋为中用\n的方针，推出更多精品力作。" + BODY + "\n"
        f"二、加强队伍建设\n{BODY}\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    intro = spec["points"][0]["intro"]
    assert intro[0].startswith("文艺工作要坚持古为今用、洋为中用的方针，推出更多精品力作。")
    assert len(intro) == 1


def test_a_line_closed_by_a_typewriter_quote_is_a_sentence_not_a_part_line(tmp_path: Path) -> None:
    asked = "".join(f"{BODY}\n" for _ in range(4))
    text = (
        "在全市营商环境座谈会上的讲话\n朋友们：\n今天想和大家聊聊几个故事。\n"
        f'今年，我问一位老板："生意怎么样啊？"\n{asked}'
        f'我又接着问："那你打算怎么办呢？"\n{asked}'
        f"第一，要稳住预期。{BODY}\n第二，要降低成本。{BODY}\n第三，要提升服务。{BODY}\n谢谢大家！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要稳住预期", "要降低成本", "要提升服务"]


def test_a_dateline_naming_a_long_place_is_no_part_of_the_title(tmp_path: Path) -> None:
    text = (
        "新华社马来西亚布特拉加亚4月16日电　在欢迎宴会上的致辞（2025年4月16日，布特拉加亚）\n"
        "尊敬的总理先生，女士们，先生们，朋友们：\n感谢主人的热情款待。" + BODY + "\n谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "在欢迎宴会上的致辞"


def test_a_main_title_with_a_dash_inside_over_its_subtitle_on_one_line(tmp_path: Path) -> None:
    text = (
        "新华社阿斯塔纳6月17日电弘扬“中国—中亚精神” 推动合作——在峰会上的主旨发言（2025年6月17日，阿斯塔纳）\n"
        "尊敬的各位同事，朋友们：\n很高兴同大家相聚。" + BODY + "\n谢谢大家。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert spec["title"] == "弘扬“中国—中亚精神” 推动合作"
    assert spec["subtitle"] == "——在峰会上的主旨发言"


def test_a_headline_under_a_page_menu_with_the_speakers_name_under_it(tmp_path: Path) -> None:
    menu = "\n".join(["某某网首页", "手机版", "用户中心", "我的投稿", "思想理论", "党章党规", "党的历史", "先进典型", "最新发布"])
    text = (
        f"{menu}\n张明远：推动形成优势互补的区域布局\n推动形成优势互补的区域布局\n张明远\n"
        "当前区域经济发展出现一些新情况新问题，要认真研究。\n"
        f"一、正确认识区域发展新形势\n{BODY}\n二、促进区域协调发展的思路\n{BODY}\n三、主要举措\n{BODY}\n"
    )
    spec, report = mine(tmp_path, text)
    assert spec["title"] == "推动形成优势互补的区域布局"
    assert spec["speaker"] == "张明远"
    assert "页头" in report
    assert "手机版" not in yaml.safe_dump(spec, allow_unicode=True)


def test_a_part_headed_by_its_numeral_keeps_its_whole_lead_sentence(tmp_path: Path) -> None:
    lead = "十七个月（去年七月至今年十一月为止）作战，共打死、打伤、俘虏了敌军正规军和非正规军一百六十九万人，其中打死和打伤的有六十四万人，俘虏的有一百零五万人。"
    parts = "".join(
        f"## {n}\n\n{s}这是我们的基本经验。{BODY}\n\n"
        for n, s in (("一", "我们的方针是正确的。"), ("二", lead), ("三", "今后的任务很重。"))
    )
    spec, _ = mine(tmp_path, f"# 目前的形势和任务\n\n{parts}", name="report.md")
    assert headings(spec["points"]) == ["我们的方针是正确的。", lead, "今后的任务很重。"]


def test_zaiyou_is_the_third_of_shouxian_qici(tmp_path: Path) -> None:
    # (首先…其次…再有，…最后…: 再有 said for 再次; gu10, stop 24)
    text = (
        "在企业座谈会上的讲话\n各位企业家：\n今天讲几点。\n"
        f"首先，要坚定发展信心。{BODY}\n其次，要解决具体问题。{BODY}\n再有，要补齐创新短板。{BODY}\n"
        f"最后，希望大家专心办好企业。{BODY}\n同志们，让我们携手并进，共同开创民营经济发展新局面！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要坚定发展信心", "要解决具体问题", "要补齐创新短板", "希望大家专心办好企业"]


def test_zaiyou_in_a_sentence_is_no_label(tmp_path: Path) -> None:
    """Near miss: 再有 inside a sentence (再有两个月…) opens no item."""
    text = (
        "在企业座谈会上的讲话\n各位企业家：\n今天讲几点。\n"
        f"首先，要坚定发展信心。{BODY}\n其次，要解决具体问题。{BODY}\n再有两个月就到年底了，{BODY}\n"
        f"最后，希望大家专心办好企业。{BODY}\n同志们，让我们携手并进，共同开创民营经济发展新局面！\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["要坚定发展信心", "要解决具体问题", "希望大家专心办好企业"]
