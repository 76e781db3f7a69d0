"""Headlines naming the speaker, as tech and school WeChat pages print them (everyday rs02, rs23, rt24, rv23, ry23, rt01,
rz15, rz18, ry15, rv13; stop 39): a column's tag and a bar before the name and his words (她力量｜郁清禾：… — by a less
common surname too; 新学期家长会｜园长唐欣：…; 校友寄语｜“航天人”方启航：…, an epithet in quotes for his office); his office
set apart and the event after a bar (CTO 沈砚秋：…｜…主题演讲实录, the event kept with his words), a headline though it holds
commas; the event,
a bar and who spoke (…发布会｜创始人岑野演讲实录, kept whole); 许嘉文年会演讲：…; a representative with a second office
(导师代表、化学化工学院教授罗振邦在…). A picture's caption (图｜…) is the page's. Near misses: a bar and a kind of copy
naming no one is still cut from the title; a lead sentence quoting no one is still a lead; 图书馆：… is no caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.reader.header import speaker_in_title, speaker_quoted
from jianggao.reader.web_debris import debris_reason

from .mining import mine

BODY = (
    "\n大家好！\n"
    "今天想和大家聊三件事。\n"
    "一、先把问题想清楚。很多团队一上来就谈模型，其实最难的是把业务问题拆清楚，知道要解决什么。\n"
    "二、把基础打牢。数据、评测、上线流程，这些看起来不起眼的事情，决定了项目能走多远。\n"
    "三、和业务一起走。技术团队要走到一线去，和业务同事一起看数据、改流程，而不是关起门来做。\n"
    "最后，谢谢大家！\n"
)


@pytest.mark.parametrize(
    ("headline", "office", "name", "quoted"),
    [
        ("她力量｜郁清禾：写了十五年代码，我想和女孩们聊三个关键词", "", "郁清禾", "写了十五年代码，我想和女孩们聊三个关键词"),
        ("新学期家长会｜园长唐欣：孩子入园，我们和您一起准备好", "园长", "唐欣", "孩子入园，我们和您一起准备好"),
        ("校友寄语｜“航天人”方启航：给学弟学妹讲三个故事", "", "方启航", "给学弟学妹讲三个故事"),
        ("CTO 沈砚秋：大模型落地，先把路修好｜星澜开发者大会主题演讲实录", "CTO", "沈砚秋", "大模型落地，先把路修好｜星澜开发者大会主题演讲实录"),
    ],
)
def test_a_headline_quoting_its_speaker(headline: str, office: str, name: str, quoted: str) -> None:
    assert speaker_quoted(headline, None) == (office, name, quoted)


@pytest.mark.parametrize(
    ("title", "office", "name"),
    [
        ("星河智家2024秋季发布会｜林卓远主题演讲实录", "", "林卓远"),
        ("简栈 2024 秋季产品发布会｜CPO 梁知秋主题演讲全文", "CPO", "梁知秋"),
        ("驰澜 L9 上市发布会｜创始人岑野演讲实录", "创始人", "岑野"),
        ("许嘉文年会演讲：慢一点，稳一点，深一点", "", "许嘉文"),
        ("董事长叶澄在2024栖家品牌日上的演讲：让家自己会照顾人", "董事长", "叶澄"),
    ],
)
def test_a_headline_naming_who_spoke_is_kept_whole(tmp_path: Path, title: str, office: str, name: str) -> None:
    assert speaker_in_title(title) == (office, name, title)
    spec, _ = mine(tmp_path, title + "\n" + BODY)
    assert (spec["title"], spec["speaker"]) == (title, name)


def test_a_representative_with_a_second_office() -> None:
    found = speaker_in_title("导师代表、化学化工学院教授罗振邦在2024年研究生毕业典礼上的发言")
    assert found == ("导师代表、化学化工学院教授", "罗振邦", "在2024年研究生毕业典礼上的发言")


def test_a_quoting_headline_with_commas_is_no_lead(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "CTO 沈砚秋：大模型落地，别急着“上车”，先把路修好｜星澜开发者大会主题演讲实录\n" + BODY)
    assert (spec["title"], spec["speaker"]) == ("大模型落地，别急着“上车”，先把路修好｜星澜开发者大会主题演讲实录", "沈砚秋")


def test_a_bar_and_a_kind_of_copy_naming_no_one_is_cut(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, "星河智家2024秋季发布会｜主题演讲实录\n" + BODY)
    assert spec["title"] == "星河智家2024秋季发布会" and not spec.get("speaker")


def test_a_lead_quoting_no_one_is_still_a_lead(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, "9月7日，2024星澜开发者大会在上海举行，三千多位开发者参加，现场气氛热烈\n" + BODY)
    assert "标题前的导语" in report and not spec.get("speaker")


def test_a_pictures_caption_is_the_pages() -> None:
    assert debris_reason("图｜年度聚会现场，来自全国各地的180多位贡献者") == "图片"
    assert debris_reason("图2：改造前后首屏可见时间分布对比") is not None
    assert debris_reason("图书馆：每天开放到晚上十点") is None
