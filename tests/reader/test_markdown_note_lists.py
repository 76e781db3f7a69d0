"""Markdown notes whose structure is set out with bold lines and list items (everyday e05, h04, k21; stop 22), in our
own wording:

- List items with bold leads under bold heading lines that carry a spoken count (**第一点：…**), as under 一、 lines.
- Bold heading lines that end no sentence, three or more, alike in length and spread over the body, though they open
  unlike (**2024年工作回顾** / **2025年工作安排** / **几点要求**); a short one of four characters counts.
- Plain list items (no bold) that open with a short lead and go on after it are a point's sub-points: a topic before
  its colon (- 经济发展稳中有进：…, the heading up to the colon) or a first sentence (- 要守信践诺。…).
Near misses: items that open with a bare noun (- 项目：新拿到…) are facts, no sub-points; two bold lines that open
unlike are no points; a short bold cry (**加油！**) is no heading. Items led by a word or two (- 用人关。…) are
sub-points when the paragraph before them counts as many (要把好三道关。), under any point (stop 23).
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这项工作关系全局，必须摆上重要位置，各级各部门要主动担当，拿出具体措施，确保落到实处、见到成效。"
HEAD = "# 在街道全体干部大会上的讲话\n\n同志们：\n\n今天开会，总结去年的工作，安排今年的任务。\n\n"
END = "\n同志们，新年新气象，让我们撸起袖子加油干，共同开创街道发展新局面！\n"


def _topics(items: list[dict]) -> list[str]:
    """The items' headings without the colon a topic is written with (the spec keeps it as written)."""
    return [h.rstrip("：:") for h in headings(items)]


def test_bold_led_items_under_bold_spoken_count_lines(tmp_path: Path) -> None:
    text = HEAD + (
        f"**第一点：目标没有商量的余地**\n\n{BODY}\n\n**第二点：方法比态度更重要**\n\n我总结了一下，就盯三件事：\n\n"
        f"- **盯客户**：{BODY}\n- **盯过程**：{BODY}\n- **盯回款**：{BODY}\n\n**第三点：赏罚要分明**\n\n{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text, name="speech.md")
    assert headings(spec["points"]) == ["目标没有商量的余地", "方法比态度更重要", "赏罚要分明"]
    assert _topics(spec["points"][1]["items"]) == ["盯客户", "盯过程", "盯回款"]


def test_bold_phrase_lines_and_plain_topic_items(tmp_path: Path) -> None:
    text = HEAD + (
        "**2024年工作回顾**\n\n- 经济发展稳中有进：全年新引进企业一百二十家，楼宇经济税收突破十亿元。\n"
        "- 城市更新加快推进：完成三个老旧小区改造，加装电梯二十部，群众满意度明显提升。\n\n"
        "**2025年工作安排**\n\n- 聚焦招商稳增长：盯紧重点楼宇，提升楼宇入驻率和产出效益。\n"
        "- 聚焦民生增福祉：办好十件民生实事，让群众有更多获得感和幸福感。\n\n"
        f"**几点要求**\n\n一要强化担当，二要狠抓落实。{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text, name="speech.md")
    assert headings(spec["points"]) == ["2024年工作回顾", "2025年工作安排", "几点要求"]
    assert _topics(spec["points"][0]["items"]) == ["经济发展稳中有进", "城市更新加快推进"]
    assert _topics(spec["points"][1]["items"]) == ["聚焦招商稳增长", "聚焦民生增福祉"]


def test_plain_items_with_a_lead_sentence_under_a_heading(tmp_path: Path) -> None:
    text = HEAD + (
        f"## 一、认清形势\n\n{BODY}\n\n## 二、优化服务\n\n{BODY}\n\n"
        f"- 要当好“店小二”。{BODY}\n- 要守信践诺。{BODY}\n- 要规范涉企检查。{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text, name="speech.md")
    assert headings(spec["points"]) == ["认清形势", "优化服务"]
    assert headings(spec["points"][1]["items"]) == ["要当好“店小二”", "要守信践诺", "要规范涉企检查"]


def test_items_that_open_with_a_bare_noun_are_facts(tmp_path: Path) -> None:
    text = HEAD + (
        f"## 一、今年的成绩\n\n- 项目：新拿到一个面上项目、一个横向合作项目。\n- 毕业：三位博士、五位硕士顺利毕业。\n\n"
        f"## 二、明年的安排\n\n{BODY}\n"
    ) + END
    spec, _ = mine(tmp_path, text, name="speech.md")
    assert headings(spec["points"]) == ["今年的成绩", "明年的安排"]
    assert not spec["points"][0].get("items")


def test_two_unlike_bold_lines_and_a_bold_cry_are_no_points(tmp_path: Path) -> None:
    text = HEAD + (
        "**今年形势比较复杂**\n\n外部环境中不确定因素增多，一些企业经营困难，财政收支矛盾比较突出。\n\n**加油！**\n\n"
        "街道上下要鼓足干劲，把困难估计得更充分一些，把措施考虑得更周全一些。\n\n**大家务必高度重视**\n\n"
        "安全生产、信访稳定等底线工作一刻也不能放松，出了问题要严肃追责。\n"
    ) + END
    spec, _ = mine(tmp_path, text, name="speech.md")
    assert not spec.get("points")


def _three_gates(count: str, items: str) -> dict:
    return HEAD + (
        f"首先，中层干部要当好“翻译官”。\n\n{BODY}\n\n其次，中层干部要把好{count}道关。\n\n{items}\n"
        f"这几道关，说到底就是一个责任。{BODY}\n\n最后，中层干部要管好自己。\n\n{BODY}\n"
    ) + END


GATES = f"- 用人关。{BODY}\n- 花钱关。{BODY}\n- 质量关。{BODY}\n"


def test_items_led_by_a_word_the_point_counts_are_its_sub_points(tmp_path: Path) -> None:
    """其次，…要把好三道关。 then - 用人关。… / - 花钱关。… / - 质量关。… (stop 23, o08): leads too short on their own,
    but as many as the point counts, under a spoken point that is a sentence of its own."""
    spec, _ = mine(tmp_path, _three_gates("三", GATES), name="speech.md")
    assert headings(spec["points"]) == ["中层干部要当好“翻译官”", "中层干部要把好三道关", "中层干部要管好自己"]
    assert headings(spec["points"][1]["items"]) == ["用人关", "花钱关", "质量关"]


def test_items_led_by_a_word_not_counted_stay_text(tmp_path: Path) -> None:
    """The count says two, three items follow: no sub-points (a fact's bare noun is as short as these leads)."""
    spec, _ = mine(tmp_path, _three_gates("两", GATES), name="speech.md")
    assert len(spec["points"]) == 3
    assert "items" not in spec["points"][1]


def test_list_items_of_any_shape_are_sub_points_when_the_paragraph_before_counts_as_many(tmp_path: Path) -> None:
    """## 总结 / 可以归纳为以下三点： / - 应用层与基础设施层分离 / … (a talk's summary, stop 56): list items with no lead
    of their own are the point's sub-points when the paragraph right before them counts as many, as the corpus's
    annotators read them. Counted otherwise (以下四点：), they stay text."""
    items = "- 应用层与基础设施层分离\n- 基础设施层一次编写多处复用\n- 控制面建设统一的配置模型\n"

    def talk(count: str) -> str:
        return (
            "# 服务网格落地实践\n\n大家好，今天和大家分享我们的落地实践。\n\n## 落地架构\n\n"
            f"{BODY}\n\n## 总结\n\n总结一下我们的落地实践，可以归纳为以下{count}点：\n\n{items}\n谢谢大家。\n"
        )

    spec, _ = mine(tmp_path, talk("三"), name="speech.md")
    assert headings(spec["points"][1]["items"]) == ["应用层与基础设施层分离", "基础设施层一次编写多处复用", "控制面建设统一的配置模型"]
    spec, _ = mine(tmp_path, talk("四"), name="speech.md")
    assert "items" not in spec["points"][1]
