"""Forms of speeches printed in collections and on party sites:

- the only list of a speech said inside one paragraph, brought in by 以下关系。 (a full stop for the colon) or by
  the things counted (起了三个作用。), each item one long sentence or a short lead with text after it: the
  points, though the list spans less than a fifth of the body;
- a salutation that names the audience and exclaims (各位劳动英雄，各位模范工作者！ / 同志们！) right under the
  head, or one over two lines (全国同胞们， / 同志们，朋友们：);
- a title that ends in 祝酒辞 (辞 for 词), run on with its date, speaker and salutation in a news copy;
- a page's slideshow caption printed once per picture above the printed head: one line of the page.
"""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.header import exclaimed_salutation
from jianggao.reader.outline import SourceParagraph, parse_outline
from jianggao.reader.speech_file import read_speech

LONG = "这些年来，各地在实践中积累了不少经验，也暴露出一些需要认真研究解决的问题，必须引起我们的高度重视。"


def _outline(lines: list[str]):
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])


def _heads(outline) -> list[str]:
    return [n.heading.rstrip("。") for n in outline.points]


RELATIONS = (
    "抓好新时代的机关建设，要注意处理好以下关系。"
    "一是要坚持整体推进和重点突破相统一，既要通盘考虑各项工作，又要抓住牵一发而动全身的关键环节集中用力，在重点突破中带动整体工作全面推进。"
    "二是要坚持继承和创新相统一，既要保持好的传统和做法不走样，又要用新的思路和办法解决新的矛盾和问题，使各项工作更好体现时代性、把握规律性。"
    "三是要坚持严格管理和关心爱护相统一，既要立规矩、严要求，又要为干事创业的同志撑腰鼓劲、排忧解难，让广大干部放开手脚、大胆干事。"
)


def test_a_list_brought_in_by_yixia_guanxi_with_one_sentence_items_is_the_points() -> None:
    outline = _outline(["同志们：", LONG, LONG, LONG, LONG, RELATIONS, LONG, LONG, "同志们，让我们共同努力！"])
    assert _heads(outline) == [
        "要坚持整体推进和重点突破相统一，既要通盘考虑各项工作，又要抓住牵一发而动全身的关键环节集中用力，在重点突破中带动整体工作全面推进",
        "要坚持继承和创新相统一，既要保持好的传统和做法不走样，又要用新的思路和办法解决新的矛盾和问题，使各项工作更好体现时代性、把握规律性",
        "要坚持严格管理和关心爱护相统一，既要立规矩、严要求，又要为干事创业的同志撑腰鼓劲、排忧解难，让广大干部放开手脚、大胆干事",
    ]


def test_short_bare_items_or_no_words_bringing_them_in_are_no_points() -> None:
    """Near misses: 以下三点考虑。一是再鼓干劲。二是…: bare phrases, no points; the same long items said
    with nothing to bring them in (…需要统筹。一是…), in a small share of the body: no points either."""
    bare = "对下一步工作，有以下考虑。一是再鼓干劲。二是分解任务。三是加压奋进。"
    assert _heads(_outline(["同志们：", LONG, LONG, LONG, bare, LONG, LONG, LONG, LONG])) == []
    unannounced = RELATIONS.replace("要注意处理好以下关系。", "各方面的工作都需要统筹。")
    assert _heads(_outline(["同志们：", LONG, LONG, LONG, LONG, unannounced, LONG, LONG, LONG])) == []


def test_a_list_brought_in_by_the_things_counted() -> None:
    counted = (
        "你们在这次大会上总结了经验，大家都很尊敬你们。你们起了三个作用。"
        "第一个，带头作用。你们特别努力，有许多创造，成了群众的榜样。"
        "第二个，骨干作用。你们是群众中的骨干，很多工作要靠你们去推动。"
        "第三个，桥梁作用。你们把上面的意见带到下面去，又把下面的意见带到上面来。"
    )
    outline = _outline(["各位代表：", counted, *[LONG] * 12, "各位代表，让我们继续努力！"])  # (a small share of the body)
    assert _heads(outline) == ["带头作用", "骨干作用", "桥梁作用"]


HEAD = "# 在全区劳动模范表彰大会上的讲话\n\n（一九五〇年五月一日）\n\n"
BODY = "　　今天开这个大会，大家都很高兴。下面讲三点意见。\n\n　　一、向劳动模范学习\n\n　　劳动模范是我们的榜样，要学习他们的精神。\n\n　　二、把生产搞上去\n\n　　要把生产搞上去，让群众过上好日子。\n\n　　三、团结起来\n\n　　大家要团结起来，把各项工作做好。\n"


def _read(tmp_path: Path, text: str, name: str = "speech.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_speech(path).outline


def test_an_exclaimed_salutation_under_the_head(tmp_path: Path) -> None:
    outline = _read(tmp_path, HEAD + "## 各位劳动模范，各位同志！\n\n" + BODY)
    assert (outline.title, outline.salutation) == ("在全区劳动模范表彰大会上的讲话", "各位劳动模范，各位同志")
    assert _heads(outline) == ["向劳动模范学习", "把生产搞上去", "团结起来"]
    assert all("各位劳动模范" not in t.text for t in outline.opening)


def test_exclaimed_salutation_near_misses(tmp_path: Path) -> None:
    """A sentence that opens with 各位 and exclaims is none; a greeting keeps its exclamation; 同志们！ far down
    in the body (the closing's address) is no salutation."""
    assert exclaimed_salutation("同志们！") and exclaimed_salutation("各位代表!")
    assert not exclaimed_salutation("各位要努力工作！")
    assert not exclaimed_salutation("同志们，我们要努力工作！")
    outline = _read(tmp_path, HEAD + "各位家长大家好！\n\n" + BODY)
    assert outline.salutation == "各位家长大家好！"
    lines = BODY.replace("大家要团结起来", "同志们！\n\n　　大家要团结起来")
    outline = _read(tmp_path, HEAD + lines)
    assert outline.salutation == ""


def test_a_salutation_over_two_lines_whose_first_names_a_people(tmp_path: Path) -> None:
    outline = _read(tmp_path, "在全市国庆招待会上的讲话\n全国同胞们，\n同志们，朋友们：\n" + BODY, "speech.txt")
    assert outline.salutation == "全国同胞们，同志们，朋友们"


def test_a_toast_run_on_with_its_head(tmp_path: Path) -> None:
    head = "新华社滨湖8月1日电在环湖城市合作峰会欢迎宴会上的祝酒辞（2026年8月1日，滨湖）滨湖市市长　李文涛尊敬的各位来宾，女士们，先生们：\n"
    outline = _read(tmp_path, head + BODY, "speech.txt")
    assert outline.title == "在环湖城市合作峰会欢迎宴会上的祝酒辞"
    assert outline.salutation == "尊敬的各位来宾，女士们，先生们"


def test_a_slideshow_caption_printed_once_per_picture_is_one_line_of_the_page(tmp_path: Path) -> None:
    menu = "\n".join(("城乡建设网首页", "手机版", "新闻中心", "政务公开", "领导讲话", "办事服务", "互动交流", "专题专栏"))
    caption = "5月1日上午，全区劳动模范表彰大会在区体育馆隆重举行，区委书记发表重要讲话。"
    page = f"{menu}\n{caption}\n{caption}\n{caption}\n{caption}\n在全区劳动模范表彰大会上的讲话\n（2026年5月1日）\n张明远\n同志们：\n"
    outline = _read(tmp_path, page + BODY, "speech.txt")
    assert (outline.title, outline.salutation) == ("在全区劳动模范表彰大会上的讲话", "同志们")
    assert _heads(outline) == ["向劳动模范学习", "把生产搞上去", "团结起来"]


def test_an_address_between_points_near_the_top_is_no_salutation() -> None:
    """同志们！ among the first lines but under numbered points (a short speech) is the speaker's address, not a
    salutation that would make the points above it the head."""
    lines = ["党委会的工作方法", "一、要当好班长。" + LONG, "二、要把问题摆到桌面上来。" + LONG, "同志们！", "三、要互通情报。" + LONG]
    outline = _outline(lines)
    assert outline.salutation == ""
    assert _heads(outline) == ["要当好班长", "要把问题摆到桌面上来", "要互通情报"]
