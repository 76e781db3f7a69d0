"""A speaker's "one is…, another is…" whose first is said right after the sentence that says items are coming, in
the paragraph before the next one opens (我说几个事。一个是煤要备足。… / 再一个是管网要查好。…, round pe): the first
opens a paragraph of its own, as the others do."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

HEAT = (
    "县长在冬季供暖保障专题会上的讲话要点\n（录音整理）\n\n同志们，今天的会就一个意思，确保老百姓暖暖和和过冬。\n\n"
    "{said}一个是煤要备足。热力公司现在的存煤只够半个月，至少要备够一个月的量。\n\n"
    "再一个是管网要查好。去年冬天城北片区爆了两次管，今年要提前把老旧管网排查一遍。\n\n"
    "就这些，散会。\n"
)


def test_the_first_said_after_the_items_are_announced_opens_its_paragraph(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, HEAT.format(said="我说几个事。"))
    assert headings(spec["points"]) == ["煤要备足", "管网要查好"]


def test_a_one_is_after_a_sentence_that_announces_nothing_stays_in_its_paragraph(tmp_path: Path) -> None:
    # near miss: 一个是… after a sentence of text is that paragraph's own list (其中一个是… / 原因有两个，一个是…)
    spec, _ = mine(tmp_path, HEAT.format(said="去年出过几次问题，原因是多方面的。"))
    assert "煤要备足" not in headings(spec.get("points") or [])
