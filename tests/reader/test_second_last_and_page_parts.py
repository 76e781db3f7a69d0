"""A second 最后， is no item of a list its first 最后， ended, and the words before it turn to the audience (家人们，…,
hd02 of the everyday suite): they are the closing. A PDF copy's numbered line under a heading line that ends no
sentence opens the heading's part; a heading line a page cut goes on past the next page's running header; 乡亲们，
opens the closing (go18)."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TOAST = (
    "在鑫达科技2025年年会上的致辞\n亲爱的家人们、各位合作伙伴、各位来宾：\n大家晚上好！\n"
    "又是一年辞旧迎新时。今晚，我们鑫达的一千二百多名伙伴，还有从各地赶来的合作伙伴，欢聚一堂。\n"
    "站在新的起点上，我想跟大家说几句心里话。\n"
    "首先，要感恩。感恩客户的信任，感恩伙伴的支持，也感恩我们身边的每一位家人。\n"
    "其次，要坚持。做制造业没有捷径，就是把每一个零件做好，把每一批货按时交到客户手上。\n"
    "最后，要共享。公司好了，大家才能好。今年我们将拿出利润的15%用于员工激励。\n"
    "{turn}2025年的路不会平坦，但只要我们心往一处想、劲往一处使，就没有过不去的坎。\n"
    "最后，提前给大家拜个早年，祝大家新春快乐、阖家幸福、万事如意！\n谢谢大家！\n"
)


def test_a_second_最后_after_the_audience_named_again_is_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, TOAST.format(turn="家人们，"))
    assert headings(spec["points"]) == ["要感恩", "要坚持", "要共享"]
    assert spec["closing"][0].startswith("家人们，2025年的路不会平坦")


def test_a_second_最后_is_no_point_though_no_one_is_named(tmp_path: Path) -> None:
    # near miss: the paragraph before it names no one: it stays the last point's; 最后，提前… opens the closing
    spec, _ = mine(tmp_path, TOAST.format(turn="总之，"))
    assert headings(spec["points"]) == ["要感恩", "要坚持", "要共享"]
    assert spec["closing"][-1].startswith("最后，提前给大家拜个早年")


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


COOP = [
    "在金穗粮食种植专业合作社2023年度分红大会上的讲话",
    "各位社员、各位股东，乡亲们：",
    "　　今天，咱们合作社召开2023年度分红大会，给大家分红。借这个机会，我",
    "代表合作社理事会，向大家汇报一下去年的工作和今年的打算，讲三个方面。",
    "一、2023年，咱们合作社经受住了考验，交出了一份让社员满意的账单",
    "1.规模扩大了。今年入社的农户从去年的一百八十六户增加到二百四十三户",
    "，流转和托管的土地从三千二百亩增加到四千六百亩，咱村和周边三个村的地",
    "，基本上连成了一片，种地的成本降下来了，收成也比往年好了不少。",
    "2.收入增加了。今年合作社全年实现经营收入四百一十二万元，扣除各项成",
    "本以后，可分配盈余八十六万元，比去年增加了二十三万元，全部分给社员。",
    "二、说成绩的同时也要看到，咱们合作社在管理、销售和人才等方面还存在一",
    "",
    "—1—",
    "",
    "金穗粮食种植专业合作社文件汇编（2024）",
    "",
    "些不容忽视的短板",
    "1.管理还不够精细。有些地块的田间管理跟不上，施肥、打药的时间没有卡",
    "准，影响了产量，这个事我们要认真查一查原因，给社员们一个满意的交代。",
    "2.销售还不够灵活。粮食大多是收下来就卖，卖的是原粮，价格随行就市，",
    "没有定价权，一斤粮食的利润很薄，咱们要想办法把产业链拉长一些才行。",
    "三、2024年，咱们要在稳住种植基本盘的基础上，往深里走、往宽里走",
    "1.往深里走，就是搞加工。今年合作社打算投资一百二十万元，建一个小型",
    "粮食烘干和仓储中心，县里有项目补贴，能补一半，粮食可以等行情好再卖。",
    "2.往宽里走，就是拓渠道。继续和粮库、饲料厂签订单，稳住基本盘，把小",
    "杂粮的包装销售做大，注册咱们自己的商标，争取线上销售额突破五十万元。",
    "乡亲们，合作社是大伙儿的，钱是大伙儿一起挣的。新的一年，咱们接着干！",
]


def test_a_pdf_copys_parts_under_heading_lines_and_a_heading_a_page_cut(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _page(COOP))
    assert headings(spec["points"]) == [
        "2023年，咱们合作社经受住了考验，交出了一份让社员满意的账单",
        "说成绩的同时也要看到，咱们合作社在管理、销售和人才等方面还存在一些不容忽视的短板",
        "2024年，咱们要在稳住种植基本盘的基础上，往深里走、往宽里走",
    ]
    assert headings(spec["points"][2]["items"]) == ["往深里走，就是搞加工", "往宽里走，就是拓渠道"]
    assert spec["closing"][0].startswith("乡亲们，合作社是大伙儿的")


def test_a_short_heading_at_a_pages_foot_keeps_the_running_header_apart(tmp_path: Path) -> None:
    # near miss: the heading at the page's foot is short (no comma, it filled no line): the header under the page
    # number is not dropped as one cutting it, and the short line atop the next page is not its end
    lines = [*COOP]
    lines[10] = "二、存在的短板"
    spec, _ = mine(tmp_path, _page(lines))
    assert headings(spec["points"])[1] == "存在的短板"
