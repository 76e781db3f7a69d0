"""A speaker who counts his views (我讲三点看法。 / 第一点看法，… / 第二个看法是，…): each count labels a point, as
第一点意见， does. A view said with no count (我的看法是，… / 看法一致) labels nothing."""

from __future__ import annotations

from pathlib import Path

from jianggao.zh.labels import match_label

from .mining import headings, mine


def test_counted_views_are_labels() -> None:
    for text, index in (("第一点看法，热度要降一降", 1), ("第二个看法是，企业要过三关", 2), ("第三点看法：各守其位", 3)):
        found = match_label(text)
        assert found and found[0].style == "第一，" and found[0].index == index, text
    for text in ("我的看法是，热度要降一降", "看法一致，大家都同意", "第一看法"):
        assert not any(m.style == "第一，" for m in match_label(text)), text


def test_a_forum_talk_counted_by_views(tmp_path: Path) -> None:
    views = ["预制菜的热度要降一降，但是信心不能降", "企业要想走得远，必须过好三关", "政府、协会和企业要各守其位，形成合力"]
    body = "".join(
        f"第{n}点看法，{view}。这一点我多说几句，前两年大家都在讲这件事，今年情况变了，企业也在分化，我们要冷静地看。\n"
        for n, view in zip("一二三", views, strict=True)
    )
    text = "在预制菜产业大会上的演讲\n各位来宾、各位朋友：\n大家下午好！我今天讲三点看法，供大家参考。\n" + body + "谢谢大家！\n"
    spec, _ = mine(tmp_path, text)
    assert headings(spec["points"]) == views
