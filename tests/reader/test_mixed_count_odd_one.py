"""A count said in one style but for one item in the middle (第一，… / 另外，… / 二是要… / 再就是… / 第三个，… / 最后，讲一下
责任。…, hg14 of the everyday suite) is one count: words that go on without a number (另外，/ 再就是) are said inside the
item before, and 最后， after a count past its second (第三个，) is its last item, not the closing."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAD = "在马河水库防汛现场办公会上的讲话\n（2023年6月8日，根据录音整理）\n同志们：\n刚才我们沿着大坝走了一圈，又到溢洪道看了看，总的感觉是准备工作做了不少，但问题也不少。我讲几点。\n"
TEXT = "这个事情必须马上抓，水利局要牵头，乡镇要配合，六月二十号之前要全部到位，我到时候要来看。"
END = "就这样，各单位回去抓紧落实，六月二十号我再来看。\n"


def test_a_count_with_one_item_in_another_style_is_one_count(tmp_path: Path) -> None:
    text = HEAD + (
        f"第一，隐患要马上整改。{TEXT}\n另外，水库的水位也要控制好。{TEXT}\n"
        f"二是要把人盯在岗位上。{TEXT}\n还有一个是信息报送。{TEXT}\n"
        f"第三个，预案要真管用。{TEXT}\n再就是物资。{TEXT}\n"
        f"最后，讲一下责任。{TEXT}\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["隐患要马上整改", "要把人盯在岗位上", "预案要真管用", "讲一下责任"]


def test_a_count_alternating_its_styles_is_not_made_one(tmp_path: Path) -> None:
    # near miss: the styles alternate item by item (一是，第二，三是，第四，): no one style the count is said in
    text = HEAD + (
        f"一是隐患要马上整改。{TEXT}\n第二，要把人盯在岗位上。{TEXT}\n"
        f"三是预案要真管用。{TEXT}\n第四，物资要备足。{TEXT}\n"
    ) + END
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == ["隐患要马上整改", "预案要真管用"]  # (the 一是 run alone, as before)
