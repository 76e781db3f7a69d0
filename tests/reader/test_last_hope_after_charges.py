"""首先，要… 其次，要… 再次，要… then 最后，希望大家把群众的冷暖放在心上。… as the speech's last words (round ub, a
dispatch meeting): a hope after charges, with nothing after it, is the closing. With a thanks line after it (今天就讲
这些。谢谢大家！) it is the list's last item, as before."""

from __future__ import annotations

from tests.reader.mining import outline_of, top_headings

TEXT = "热力公司要对试压中发现的问题逐一整改，各社区要把辖区情况摸清楚，确保不漏一户、不落一人，发现问题及时报告。"
HOPE = "最后，希望大家把群众的冷暖放在心上，把问题解决在萌芽状态。供暖季时间长、战线长，要善始善终，确保辖区群众温暖过冬。"


def dispatch(*after: str) -> list[str]:
    return [
        "在街道冬季供暖保障工作调度会上的讲话", "各位社区书记、主任，各物业企业负责人：",
        "按照市里统一安排，今年的供暖期从11月15日开始，离正式供暖只有三天了。下面我讲几点意见。",
        "首先，要把设施检修收好尾。" + TEXT, "其次，要把困难群体照顾到位。" + TEXT, "再次，要把诉求处置跑在前面。" + TEXT,
        HOPE, *after,
    ]


def test_a_hope_after_charges_as_the_last_words_is_the_closing() -> None:
    o = outline_of(*dispatch())
    assert top_headings(o) == ["要把设施检修收好尾", "要把困难群体照顾到位", "要把诉求处置跑在前面"]
    assert o.closing[0].text == HOPE


def test_with_a_thanks_line_after_it_the_hope_is_the_last_item() -> None:
    # near miss: 今天就讲这些。谢谢大家！ after it: the hope is the list's last item
    o = outline_of(*dispatch("今天就讲这些。谢谢大家！"))
    assert len(top_headings(o)) == 4
