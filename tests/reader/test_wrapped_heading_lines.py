"""A numbered heading whose line a copy broke: after its label (三、 / 结语) or after a comma of a short heading
(一、统一思想， / 提高认识). The two lines are one heading again (``page_repair.rejoin_wrapped_headings``); a
label left with no words at all (三、 over its own sub-points) reads as a point with an empty heading, never
as an error. A heading line that lost its number between two numbered neighbours (一、 / 突出重点 / 三、) gets the
missing label back when it is the only such line in the gap (``page_repair.restore_lost_labels``)."""

from __future__ import annotations

from jianggao.reader.outline import SourceParagraph, parse_outline

TEXT = "各级各部门要把这项工作摆上重要位置，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。"


def _points(lines: list[str]) -> list[str]:
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    return [n.heading for n in outline.points]


def _speech(*heading_lines: str) -> list[str]:
    return ["同志们：", "下面，我讲三点意见。", "一、统一思想，提高认识", TEXT, "二、突出重点，狠抓落实", TEXT, *heading_lines, TEXT, "同志们，让我们共同努力！"]


def test_a_label_left_alone_on_its_line_takes_the_words_under_it() -> None:
    assert _points(_speech("三、", "强化保障")) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障"]


def test_a_short_heading_broken_after_a_comma() -> None:
    assert _points(_speech("三、强化保障，", "严格考核")) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障，严格考核"]


def test_near_misses_stay_apart() -> None:
    """A comma-ended heading over a paragraph of text, or over a line with a label of its own, is not joined to
    it; a label alone over its sub-points keeps an empty heading (and reading does not fail)."""
    assert _points(_speech("三、强化保障，", TEXT))[2] == "强化保障，"
    lines = ["同志们：", "一、统一思想", TEXT, "二、突出重点", TEXT, "三、", "（一）强化保障", TEXT, "（二）严格考核", TEXT]
    assert _points(lines) == ["统一思想", "突出重点", ""]


def test_a_heading_line_that_lost_its_number_between_its_neighbours_gets_it_back() -> None:
    lines = ["同志们：", "一、统一思想，提高认识", TEXT, "突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert _points(lines) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障，严格考核"]
    numbered = ["同志们：", "（一）统一思想", TEXT, "突出重点", TEXT, "（三）强化保障", TEXT]
    assert [n.label for n in parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(numbered)]).points] == ["（一）", "（二）", "（三）"]


def test_a_lost_number_with_two_bare_lines_or_no_gap_is_left_alone() -> None:
    """Near misses: two bare short lines in the gap (which one?) or a run with no number missing: no label is
    made up."""
    two = ["同志们：", "一、统一思想", TEXT, "突出重点", "狠抓落实", TEXT, "三、强化保障", TEXT]
    assert _points(two) == ["统一思想", "强化保障"]
    whole = ["同志们：", "一、统一思想", TEXT, "抓好三件事", TEXT, "二、强化保障", TEXT]
    assert _points(whole) == ["统一思想", "强化保障"]


def _notes(lines: list[str]) -> list[str]:
    return parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)]).notes


def test_the_report_names_each_repair_for_the_writer_to_check() -> None:
    """Rejoining a heading line and giving one its lost label change no words, but the reading is the reader's:
    the report names the paragraph, so the writer can check it."""
    joined = _notes(_speech("三、强化保障，", "严格考核"))
    assert "第 7 段的小标题断在两行，已与下一行“严格考核”合为一行，请核对" in joined
    lines = ["同志们：", "一、统一思想，提高认识", TEXT, "突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert "第 4 段“突出重点，狠抓落实”像是丢了标号，已按前后各条补作“二、”，请核对" in _notes(lines)
    clean = ["同志们：", "一、统一思想，提高认识", TEXT, "二、突出重点，狠抓落实", TEXT, "三、强化保障，严格考核", TEXT]
    assert not any("请核对" in note for note in _notes(clean))


def test_a_heading_line_broken_mid_word_with_no_comma_is_one_again() -> None:
    """二、突出重 / 点狠抓落实: the only heading of the run over a short line that ends no sentence, with text under
    it, its siblings over text, the two no longer than the siblings: one heading again, said in the report."""
    lines = _speech("三、强化保", "障严格考核")
    assert _points(lines) == ["统一思想，提高认识", "突出重点，狠抓落实", "强化保障严格考核"]
    assert "第 7 段的小标题像是断在两行，已与下一行“障严格考核”合为一行，请核对" in _notes(lines)


def test_a_short_line_under_every_heading_is_no_broken_heading() -> None:
    """(near misses) Short unnumbered lines under every heading of the run are sub-headings of each; a short line
    under one heading that would make it far longer than the others is no rest of it."""
    lines = ["同志们：", "一、统一思想", "思想认识", TEXT, "二、突出重点", "重点任务", TEXT, "三、强化保障", "保障措施", TEXT]
    assert _points(lines) == ["统一思想", "突出重点", "强化保障"]
    long_rest = ["同志们：", "一、统一思想", TEXT, "二、突出重点", TEXT, "三、强化保障", "各级各部门的主要负责同志亲自抓落实", TEXT]
    assert _points(long_rest)[2] == "强化保障"


ROW = [
    "第二，持续放宽市场准入。我们将加快金融、电信、教育、医疗等领域的开放进程，让外资企业同等享受政策。",
    "第三，营造国际一流营商环境。我们将加快出台配套法规，完善公开、透明的涉外法律体系，保护外资企业合法权益。",
    "第四，打造对外开放新高地。我们将支持自由贸易试验区深化改革创新，加快探索建设自由贸易港进程。",
]


def test_a_row_of_one_paragraph_items_whose_first_lost_its_label_gets_it_back() -> None:
    """激发进口潜力。… right over 第二，… 第三，… 第四，…, each item one paragraph: the bare paragraph before the
    row's 第二 is its first (a copy dropped 第一，; the youth-league and import-expo addresses of the corpus)."""
    lines = [
        "同志们：",
        "中国推动更高水平开放的脚步不会停滞。",
        "激发进口潜力。中国主动扩大进口，不是权宜之计，而是面向世界、面向未来、促进共同发展的长远考量。",
        *ROW,
        "同志们，让我们共同努力！",
    ]
    assert _points(lines) == ["激发进口潜力。", "持续放宽市场准入。", "营造国际一流营商环境。", "打造对外开放新高地。"]


def test_a_row_whose_first_is_said_otherwise_or_there_already_keeps_its_paragraphs() -> None:
    """Near misses: the first said inside the paragraph before (…丑话说在前头。头一条，… / 首先讲三点。第一，…), the
    row's 1 one paragraph higher with a second paragraph of its own, and a row of two."""
    first_inside = "我把丑话说在前头。头一条，地要重新调，面积不少，地力相当，公开抓阄，结果张榜公布七天。"
    assert _points(["同志们：", first_inside, *ROW, "同志们，让我们共同努力！"])[0] != first_inside
    own_first = ["第一，激发进口潜力。中国主动扩大进口，是面向世界的长远考量。", "扩大进口，要从降低关税、提高通关便利化水平做起，多措并举。"]
    assert _points(["同志们：", *own_first, *ROW, "同志们，让我们共同努力！"])[:2] == ["激发进口潜力。", "持续放宽市场准入。"]
    bare = "激发进口潜力。中国主动扩大进口，不是权宜之计，而是面向世界、面向未来、促进共同发展的长远考量。"
    assert bare[:7] not in _points(["同志们：", "中国推动开放的脚步不会停滞。", bare, *ROW[:2], "同志们，让我们共同努力！"])


WISHES = [
    "一是希望你们独立自信。成人意味着要学会自己拿主意，遇事多想一步，既不人云亦云，也不妄自菲薄。",
    "希望你们自强不息。前行的路上难免有坎坷，跌倒了就爬起来，把每一次挫折都当作成长的台阶。",
    "三是希望你们爱国报国。把个人的理想融入国家的发展，在祖国需要的地方书写自己的青春篇章。",
]


def _wishes(*row: str) -> list[str]:
    return _points(["亲爱的同学们：", "今天，你们迎来了十八岁成人礼。借此机会，我对大家提三点希望。", *row, "同学们，祝你们前程似锦！"])


def test_a_row_of_one_paragraph_items_whose_middle_lost_its_label_gets_it_back() -> None:
    """一是… / 希望你们自强不息。… / 三是…, each item one paragraph from the row's 1: the bare paragraph where the row
    misses its 2 lost its 二是 (a copy that dropped one automatic number)."""
    assert _wishes(*WISHES) == ["希望你们独立自信。", "希望你们自强不息。", "希望你们爱国报国。"]


def test_a_row_whose_middle_is_no_lost_item_keeps_its_paragraphs() -> None:
    """Near misses: the 1 runs over two paragraphs before the bare one (its own text), the bare paragraph opens with
    the number in a word no label is (第二部分…), brings in a list (：), or holds the missing label itself (a caption the
    item ran on after when the copy lost a line break)."""
    second_of_one = "成人也意味着责任。从今天起，你们要对自己的选择负责，对家人负责，对社会负责。"
    assert second_of_one[:6] not in "".join(_wishes(WISHES[0], second_of_one, "希望你们自强不息。" + TEXT, WISHES[2]))
    worded = "第二部分的希望是自强不息。前行的路上难免有坎坷，跌倒了就爬起来，把挫折当作台阶。"
    assert _wishes(WISHES[0], worded, WISHES[2]) == ["希望你们独立自信。", "希望你们爱国报国。"]
    colon = "关于自强不息，我想和大家分享两个故事，一个是我自己的，一个是我学生的："
    assert _wishes(WISHES[0], colon, WISHES[2]) == ["希望你们独立自信。", "希望你们爱国报国。"]
    # (a caption the copy ran the item on after: its label is there, its line break lost, not its label)
    glued = "图为成人礼现场，同学们庄严宣誓二是希望你们自强不息。前行的路上难免有坎坷，跌倒了就爬起来。"
    assert "图为成人礼现场" not in "".join(_wishes(WISHES[0], glued, WISHES[2]))


DASHES = [
    "——我们辽阔的疆域是各民族共同开拓的。早在先秦时期，各族先民就在这片土地上繁衍生息。",
    "——我们悠久的历史是各民族共同书写的。秦汉雄风、大唐气象、康乾盛世，都是各民族共同铸就的辉煌。",
    "——我们灿烂的文化是各民族共同创造的。各民族的文化交相辉映，共同构成了中华文化的宝库。",
    "——我们伟大的精神是各民族共同培育的。在长期的奋斗中，各族人民形成了伟大的民族精神。",
]


def _dash_items(*row: str) -> list[str]:
    lines = ["同志们：", "我国是统一的多民族国家，这是先人们留给我们的丰厚遗产。", *row, "同志们，让我们共同努力！"]
    outline = parse_outline([SourceParagraph(i + 1, t) for i, t in enumerate(lines)])
    return [n.heading for n in outline.points] + [c.heading for n in outline.points for c in n.children]


def test_a_dash_row_item_that_lost_its_dash_gets_it_back() -> None:
    """——我们… / 我们悠久的历史… / ——我们… / ——我们…, one paragraph each: the bare paragraph in the one place the row
    skips opens as every item does (我们), so it lost its dash (a copy that dropped one); the report says so."""
    bare = DASHES[1].removeprefix("——")
    assert _dash_items(DASHES[0], bare, *DASHES[2:]) == _dash_items(*DASHES)
    assert any(f"“{bare}”像是丢了标号，已按前后各条补作“——”" in note for note in _notes(["同志们：", DASHES[0], bare, *DASHES[2:]]))


def test_a_paragraph_between_dash_items_that_opens_otherwise_keeps_its_place() -> None:
    """Near miss: the paragraph where the row skips opens otherwise (同时，…): the speaker's own words between items."""
    between = "同时，我们也要看到，民族团结进步事业任重道远，还有许多工作要做，还有不少问题要解决。"
    assert between[:6] not in "".join(_dash_items(DASHES[0], between, *DASHES[2:]))
