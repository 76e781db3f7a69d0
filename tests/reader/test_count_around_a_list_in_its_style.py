"""A spoken count whose third point holds a list counted in the same style (everyday gu14; stop 24, the form issue 11
names: 第一点，/ 第二，/ 第三个问题，), in our own wording: 第一点，… 第二，… 第三个问题，… 第一件事，… 第四件事，…
第四，… 最后一点，…: the count goes on past the list (第四 cannot be the list's, which said 第四 already), and the list
is the third point's sub-points.

Near miss, in the same speech: the list takes its own next number (第四件事 after 第三件事 is the list's, not the count's).
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "这个问题大家议论很多，我讲一讲自己的看法，供大家参考，也欢迎大家会后跟我交流，讲得不对的地方请批评指正。"
HEAD = "在全区领导干部大会上的讲话\n同志们：\n今天我讲几点意见。\n"
END = "好，我就讲这些。讲得不对的地方，请大家批评指正。总之一句话，临河的事要靠大家一起干。\n"


def test_the_count_goes_on_past_a_list_in_its_style(tmp_path: Path) -> None:
    things = "".join(f"第{n}件事，抓{w}。{BODY}\n" for n, w in zip("一二三四", ("产业", "城市", "民生", "安全"), strict=True))
    text = (
        HEAD + f"第一点，讲讲我的感受，也就是怎么看临河的问题。{BODY}\n第二，要把心思集中到发展上来。{BODY}\n"
        f"第三个问题，讲讲今后要重点抓的几件事。\n{things}第四，关于干部队伍建设，我讲几句心里话。{BODY}\n"
        f"最后一点，讲讲班子自身建设。{BODY}\n" + END
    )
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == [
        "讲讲我的感受，也就是怎么看临河的问题", "要把心思集中到发展上来", "讲讲今后要重点抓的几件事",
        "关于干部队伍建设，我讲几句心里话", "讲讲班子自身建设",
    ]
    assert headings(spec["points"][2]["items"]) == ["抓产业", "抓城市", "抓民生", "抓安全"]

