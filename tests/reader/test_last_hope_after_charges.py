"""首先，要… 其次，要… 再次，要… then 最后，希望全县广大教师…。祝老师们节日快乐！ (round sm): a hope said to the hall
after the charges, sent off with wishes, is the closing, not a fourth point. 最后，要… (a charge like the others) and
最后，希望… with no wishes after it stay the list's last point."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

SPEECH = (
    "在全县教师代表座谈会上的讲话\n\n各位老师，同志们：\n\n"
    "刚才，八位老师代表先后发言，大家谈成绩、谈体会，也谈困难、提建议，讲得都很好。下面，我讲几点意见。\n\n"
    "首先，要始终把立德树人作为根本任务。教育的根本问题是培养什么人、怎样培养人、为谁培养人，各学校要把思想政治工作贯穿教育教学全过程。\n\n"
    "其次，要不断提升教书育人的本领。教育是一门科学，也是一门艺术，广大教师要主动适应新课程、新教材、新高考的要求。\n\n"
    "再次，要大力营造尊师重教的良好氛围。尊师重教，首先是党委政府的责任，各部门要为教师办实事、解难题。\n\n"
    "{last}\n"
)
CHARGES = ["要始终把立德树人作为根本任务", "要不断提升教书育人的本领", "要大力营造尊师重教的良好氛围"]


def test_a_hope_sent_off_with_wishes_is_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，希望全县广大教师牢记教书育人的神圣使命，为办好人民满意的教育贡献智慧和力量。祝老师们节日快乐、身体健康！"))
    assert headings(spec["points"]) == CHARGES


def test_one_exclaimed_sentence_of_hopes_is_the_closing(tmp_path: Path) -> None:
    # (round sy: 最后，希望受表彰的同志…，希望全县广大团员青年…书写无悔的青春篇章！)
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，希望受表彰的同志珍惜荣誉、再创佳绩，希望全县广大教师以先进为榜样，在教育强县的火热实践中书写无悔的青春篇章！\n\n谢谢大家！"))
    assert headings(spec["points"]) == CHARGES


def test_a_last_charge_is_the_last_point(tmp_path: Path) -> None:
    # near miss: 最后，要… is a charge like the others
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，要切实关心教师的身心健康。各学校要落实教师待遇，减轻非教学负担。祝老师们节日快乐、身体健康！"))
    assert headings(spec["points"]) == [*CHARGES, "要切实关心教师的身心健康"]


def test_a_hope_with_no_wishes_is_the_last_point(tmp_path: Path) -> None:
    # near miss: 最后，希望… with no wishes after it stays the list's last item, as before
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，希望全县广大教师牢记教书育人的神圣使命。要以更加饱满的热情投入到教育事业中去，为办好人民满意的教育贡献智慧和力量。"))
    assert len(headings(spec["points"])) == 4
