"""A short greeting whose speaker counts his own parts and says each as one short sentence in one paragraph (我向姐妹们
提三点希望：一是敢闯敢试，…。二是抱团发展，…。三是…。): the sentences are its points, as his counted clauses are. A
list of facts (有三个特点：…) or a count that does not match stays text."""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

ITEMS = ["敢闯敢试，不被旧观念束缚", "抱团发展，用好协会这个平台，互帮互助", "回馈社会，带动更多妇女就业增收"]


def _greeting(brought_in: str) -> str:
    listed = "".join(f"{n}是{item}。" for n, item in zip("一二三", ITEMS, strict=True))
    return (
        "在巾帼创业论坛上的致辞\n市妇联主席　陶雅芬\n各位来宾，姐妹们：\n"
        "大家下午好！今天，巾帼创业论坛在这里开幕。我代表市妇联，向前来参加论坛的各位来宾表示热烈欢迎！\n"
        "这两年，全市女性创业者越来越多，从家政服务到直播电商，处处都有她们的身影。\n"
        f"{brought_in}{listed}\n"
        "市妇联会一如既往做好姐妹们的娘家人，帮助大家解决实际困难。\n预祝本次论坛圆满成功！\n谢谢大家！\n"
    )


def test_the_speakers_own_counted_sentences_are_the_points(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, _greeting("借这个机会，我向姐妹们提三点希望："))
    assert headings(spec.get("points", [])) == ITEMS


def test_facts_or_a_count_that_does_not_match(tmp_path: Path) -> None:
    for brought_in in ("全市女性创业有三个特点：", "借这个机会，我向姐妹们提两点希望："):
        spec, _ = mine(tmp_path, _greeting(brought_in))
        assert spec.get("points", []) == [], brought_in
