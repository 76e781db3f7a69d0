"""A heading closed by a counted formula in quotes (…必须做到“四个准确把握”), glued to its text on a page that
lost its line breaks (``heading_end._counted_quote_end``)."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.heading_end import heading_end
from tests.speech_files import outline_levels, read_copy


def cut(after: str, flattened: bool = True) -> str:
    return after[: heading_end(after, after.index("。"), 2, flattened)]


TEXT = "抓好农村饮水安全历来是一件关系千家万户的大事,这几年我们下了很大功夫,群众反映普遍较好。"


def test_a_counted_formula_in_curly_quotes_ends_the_glued_heading() -> None:
    assert cut("吃透文件精神,切实做到“三个始终坚持”" + TEXT) == "吃透文件精神,切实做到“三个始终坚持”"


def test_a_counted_formula_in_straight_quotes_ends_it_too() -> None:
    assert cut('深入学习上级部署,牢固树立"两大发展理念"' + TEXT) == '深入学习上级部署,牢固树立"两大发展理念"'


def test_a_formula_the_heading_carries_on_is_not_cut() -> None:
    """Near miss: …“四个意识”的自觉性 / “两个确保”要求 go on with the formula; the heading does not end there."""
    assert cut("坚定不移增强“四个意识”的自觉性和坚定性," + TEXT).startswith("坚定不移增强“四个意识”的自觉性")
    assert cut("不折不扣落实“两个确保”要求,全面提升农村供水保障水平" + TEXT).startswith("不折不扣落实“两个确保”要求")


def test_a_short_heading_sentence_with_a_formula_inside_is_not_cut() -> None:
    """Near miss: 坚持“两个毫不动摇”促进民营经济发展。 is a heading sentence of its own, not text glued on."""
    assert cut("坚持“两个毫不动摇”促进民营经济发展。各地要抓好落实") == "坚持“两个毫不动摇”促进民营经济发展"


def test_a_page_that_kept_its_line_breaks_is_not_cut_so() -> None:
    """Near miss: with its breaks kept, a long lead sentence is the writer's own; no formula cuts it."""
    after = "吃透文件精神,切实做到“三个始终坚持”" + TEXT
    assert cut(after, flattened=False) == after[: after.index("。")]


def test_a_flattened_page_reads_the_heading_and_its_sub_points(tmp_path: Path) -> None:
    text = (
        "县长在农村饮水工作会议上的讲话 同志们:今天召开全县农村饮水工作会议,我讲两点意见。"
        "一、吃透文件精神,切实做到“三个始终坚持”" + TEXT + "一是始终坚持群众利益至上。群众喝上放心水是头等大事。"
        "二是始终坚持规划引领。规划定了就要一张蓝图干到底。三是始终坚持建管并重。建好更要管好。"
        "二、强化工作保障,确保各项任务落到实处 各乡镇要明确专人负责,确保工程按期完工。\n"
    )
    l1, l2 = outline_levels(read_copy(tmp_path, text))
    assert l1[0] == "吃透文件精神,切实做到“三个始终坚持”"
    assert len(l2) == 3
