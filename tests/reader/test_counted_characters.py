"""Points counted by the character they name (第一个字是“快”。 / 第二个字，是“严”。: vg21, uk13, lf17, sl25 of the
everyday suite), and two runs of order words that differ only in their first (先说下湾村。 … 抓住了三个字：拆、清、管。
先说“拆”。再说“清”。最后说“管”。: vn18): the list starts at the later first, right after the paragraph naming the words.
A 最后一个字，… in the paragraph right under the last of the heading lines (第四个字：暖) opens that line's text (so14).
Near misses: 字 said of something else (名字的第一个字) counts nothing; a first said again with no words named
before it keeps the first run (its later 先说 is inside the first point)."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

OPENING = "同志们：\n\n今天在这里开个现场会，看了三个点，总的感觉是有进步，但是不平衡。我讲三个字。\n\n"
CHARACTERS = (
    "第一个字是“快”。\n\n督察组交办的问题，能马上改的要马上改，一天都不要拖。\n\n"
    "第二个字是“严”。\n\n严在哪里？我讲三点。\n\n一个是整改标准要严。不能降低标准搞整改。\n\n"
    "再一个是验收程序要严。验收要到现场，不能看材料。\n\n还有一个是追责问责要严。该问责的一定要问责。\n\n"
    "第三个字是“实”。\n\n整改要实打实，不能搞数字整改、纸面整改。\n\n"
    "同志们，环保督察整改是政治任务，大家回去以后要抓紧抓实。\n"
)


def test_points_counted_by_the_character_they_name(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, OPENING + CHARACTERS)
    assert headings(spec["points"]) == ["“快”", "“严”", "“实”"]
    assert [s["heading"] if isinstance(s, dict) else s for s in spec["points"][1]["items"]] == [
        "整改标准要严", "验收程序要严", "追责问责要严"
    ]


def test_a_character_of_a_name_counts_nothing(tmp_path: Path) -> None:
    # near miss: 名字的第一个字 opens no count (the paragraphs are text, the 第一，/第二， run the points)
    text = OPENING + (
        "第一，整改要快。督察组交办的问题，能马上改的要马上改。\n\n"
        "他名字的第一个字是“严”，做事也严，大家都服他。\n\n"
        "第二，标准要严。不能降低标准搞整改。\n\n第三，作风要实。不能搞数字整改。\n\n"
        "同志们，大家回去以后要抓紧抓实。\n"
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["整改要快", "标准要严", "作风要实"]


BEFORE = (
    "大家往这边站一站。今天这个现场会放在下湾村开，是有考虑的。\n\n"
    "先说下湾村。说实话，两年前下湾村是全镇出了名的脏乱差，群众意见很大。\n\n"
    "那为什么下湾能干成？我看，下湾村就抓住了三个字：拆、清、管。我今天就围绕这三个字说几句。\n\n"
)
AFTER = (
    "先说“拆”。拆是最难的，难就难在要动群众的东西。村里拆之前开了三次户主会。\n\n"
    "再说“清”。清，就是清垃圾、清沟渠、清杂物。河滩上那些塑料袋要清干净。\n\n"
    "最后说“管”。前面拆了、清了，要是没人管，过两个月又回到老样子。\n\n"
    "好，就说这么多，大家回去抓紧干。\n"
)


def test_the_list_starts_at_the_first_said_after_the_words_named(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, BEFORE + AFTER)
    assert headings(spec["points"]) == ["“拆”", "“清”", "“管”"]


def test_a_first_said_again_without_the_words_named_keeps_the_first(tmp_path: Path) -> None:
    # near miss: no paragraph names 拆、清、管 before the second 先说: it is the first point's own, the run starts earlier
    before = BEFORE.replace("我看，下湾村就抓住了三个字：拆、清、管。我今天就围绕这三个字说几句。", "我看，关键是干部带头。")
    spec, _ = mine(tmp_path, before + AFTER)
    assert headings(spec["points"])[0] == "下湾村"


LINES = (
    "亲爱的同学们：\n\n距离高考还有一百天。今天，我想送给同学们四个字。\n\n"
    "第一个字：稳\n\n稳，是心态要稳。一次模考考砸了，不要怀疑自己。\n\n"
    "第二个字：实\n\n实，是基础要实。基础题和中档题占了七成以上。\n\n"
    "第三个字：韧\n\n韧，是坚持。冲刺阶段难免枯燥，但要咬牙坚持。\n\n"
    "第四个字：暖\n\n{last}冲刺不是孤军奋战，同学之间要互相帮助。\n\n"
    "同学们，一百天后，愿你们都能笑着走出考场！\n"
)


def test_the_last_said_under_the_last_heading_line_is_its_text(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, LINES.format(last="最后一个字，我想说的是暖。"))
    assert headings(spec["points"]) == ["稳", "实", "韧", "暖"]


def test_a_last_said_further_down_is_still_an_item(tmp_path: Path) -> None:
    # near miss: 最后一个字 after a paragraph of the fourth's text, on a line of its own, is one more heading line
    text = LINES.format(last="暖，是心里要有温度。\n\n最后一个字：静\n\n")
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["稳", "实", "韧", "暖", "静"]
