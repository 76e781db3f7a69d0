"""A bracketed or numbered list a sentence brings in with a colon and runs on inside its paragraph
(规划要分三级：（一）村的规划。…（二）乡的规划。…（三）县的规划。…): annotators count its items as the point's
sub-points, as they count 一是…二是… said inside a paragraph (``page_repair.colon_list_items``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline


def levels(*texts: str) -> tuple[list[str], list[str], list[str]]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(texts)])
    by_depth: dict[int, list[str]] = {1: [], 2: [], 3: []}
    for n in outline.nodes():
        by_depth.setdefault(n.depth, []).append(n.heading.rstrip("。；"))
    return by_depth[1], by_depth[2], by_depth[3]


def speech(*first_point: str) -> tuple[str, ...]:
    return (
        "在全县农村工作会议上的讲话", "同志们：", "今天我讲两个问题。",
        "一、关于规划问题", *first_point,
        "二、关于干部问题", "干部是决定因素，各级党委要把干部选好、用好、管好，让他们放开手脚干事。",
        "同志们，让我们把今年的农村工作做得更好。",
    )


PLANS = (
    "规划要分三级来做：（一）村的规划。每个村都要有自己的规划，小也要有，让村干部学会这一套。"
    "（二）乡的规划。全县二十一个乡，每个乡都要拿出规划来，乡党委书记亲自抓。"
    "（三）县的规划。县委要统筹全县，把各乡的规划汇总起来，年底前拿出全县的规划。"
)


def test_a_bracketed_list_a_colon_brings_in_is_the_points_sub_points() -> None:
    top, subs, _ = levels(*speech(PLANS))
    assert top == ["关于规划问题", "关于干部问题"]
    assert subs == ["村的规划", "乡的规划", "县的规划"]


def test_a_colon_list_after_an_inline_list_of_an_earlier_paragraph_is_its_sibling_not_nested() -> None:
    earlier = "规划的内容有这么几项：一是生产的规划；二是副业的规划；三是文教卫生的规划。这几项都要有，缺一不可，各乡要对照检查。"
    _, subs, deeper = levels(*speech(earlier, PLANS))
    assert subs == ["生产的规划", "副业的规划", "文教卫生的规划", "村的规划", "乡的规划", "县的规划"]
    assert deeper == []


def test_a_numbered_list_a_colon_brings_in_is_read_too() -> None:
    text = PLANS.replace("（一）", "1.").replace("（二）", "2.").replace("（三）", "3.")
    assert levels(*speech(text))[1] == ["村的规划", "乡的规划", "县的规划"]


def test_near_misses_stay_text() -> None:
    """Items out of order; one item alone; a list inside another's words in brackets; items parted by commas."""
    out_of_order = PLANS.replace("（二）", "（四）")
    alone = "规划要从村做起：（一）村的规划。每个村都要有自己的规划，小也要有，让村干部学会这一套。"
    quoted = "（老支书的话：（一）村的规划。每个村都要有。（二）乡的规划。每个乡都要有。）这话今天听来还是对的。"
    commas = "规划要分三级：（一）村的规划，（二）乡的规划，（三）县的规划，各级都要抓紧。"
    for text in (out_of_order, alone, quoted, commas):
        assert levels(*speech(text))[1] == [], text


# 好处有这么几条：（一）…；（二）…；（三）…。: the items are clauses of one sentence, parted by semicolons, and may run
# longer than a lead sentence standing alone (a comma inside each)
SEMICOLON_PLANS = (
    "搞好规划，好处有这么几条：（一）心中有数，干部群众都知道今年干什么、明年干什么；"
    "（二）少走弯路，不至于今天上马、明天下马，把劳力和钱财白白浪费掉；"
    "（三）便于检查，县委、乡党委可以按照规划一项一项地督促，年底好算账。这几条，各乡都要讲给群众听。"
)


def test_a_list_parted_by_semicolons_is_read_each_item_to_its_semicolon() -> None:
    assert levels(*speech(SEMICOLON_PLANS))[1] == [
        "心中有数，干部群众都知道今年干什么、明年干什么",
        "少走弯路，不至于今天上马、明天下马，把劳力和钱财白白浪费掉",
        "便于检查，县委、乡党委可以按照规划一项一项地督促，年底好算账",
    ]


def test_a_semicolon_list_with_an_item_longer_than_a_clause_stays_text() -> None:
    """An item of more than INLINE_ITEM characters is a passage, not a clause of a list."""
    long_item = SEMICOLON_PLANS.replace(
        "把劳力和钱财白白浪费掉", "把劳力和钱财白白浪费掉，去年有的乡就是这样，修了一半的水库又停下来，群众意见很大，干部也灰心"
    )
    assert levels(*speech(long_item))[1] == []


def test_a_colon_list_inside_an_items_text_leaves_its_list_closable() -> None:
    """（一）…（五）, lead sentences over their text, the fourth's text running a list in (写作上要注意：1.…；2.…), then
    第一，… after paragraphs of their own: a list of the point's, beside the first, not inside its last item."""
    steps = ["开展基础调研", "开展前期研究", "形成基本思路", "起草规划文本", "做好衔接论证"]
    texts = {
        3: "文本起草要坚持问题导向。写作上要注意：1.结构要清晰，章节不交叉；2.表述要准确，数据要一致；3.篇幅要适度。起草完成后要广泛征求意见。",
    }
    body = []
    for k, step in enumerate(steps):
        body.append(f"（{'一二三四五'[k]}）{step}。" + texts.get(k, f"这是第{k + 1}个环节，各单位要按时完成，市里将逐项检查。"))
    lines = [
        "在规划编制培训会上的讲话", "同志们：", "今天讲两个问题。",
        "一、编制的五个环节", *body,
        "在这五个环节中，还要处理好三对关系。这是上一轮吃过亏的地方。",
        "这三对关系，各单位要在编制中反复推敲。",
        "第一，处理好全与专的关系。纲要要突出重点，不能面面俱到。",
        "第二，处理好长与短的关系。既要着眼长远，也要立足当前。",
        "第三，处理好虚与实的关系。虚实结合，以实为主。",
        "二、几个注意的问题", "各单位要把指标测算好，把空间布局留足余地，把文字写得让人看得懂。",
        "同志们，让我们把规划编好。",
    ]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    first = outline.points[0]
    assert [c.heading.rstrip("。") for c in first.children] == [*steps, "处理好全与专的关系", "处理好长与短的关系", "处理好虚与实的关系"]
    assert [c.heading.rstrip("。；") for c in first.children[3].children] == ["结构要清晰，章节不交叉", "表述要准确，数据要一致", "篇幅要适度"]


def test_a_colon_lists_items_may_open_with_sentences_longer_than_a_lead() -> None:
    """（1）…。（2）…。 a list said on purpose inside a paragraph: each item's first sentence is its heading, up to
    INLINE_ITEM characters (a lead standing alone would be at most SHORT_LEAD)."""
    rules = (
        "我们的办法是：（1）先抓好村一级的规划，村干部要带着群众一块一块地查看土地，把每一块地的用处定下来。这是基础。"
        "（2）再抓乡一级的规划，乡党委书记要亲自动手，把各村的规划汇总起来，看哪些事情一个村办不了。乡里要统筹。"
        "（3）最后抓县一级的规划。县委年底前拿出来。"
    )
    assert levels(*speech(rules))[1] == [
        "先抓好村一级的规划，村干部要带着群众一块一块地查看土地，把每一块地的用处定下来",
        "再抓乡一级的规划，乡党委书记要亲自动手，把各村的规划汇总起来，看哪些事情一个村办不了",
        "最后抓县一级的规划",
    ]
