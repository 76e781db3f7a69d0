"""A PDF copy whose title line happens to be as wide as its page (``page_repair.rejoin_page_lines``)."""

from __future__ import annotations

from pathlib import Path

from jianggao.reader.outline import SourceParagraph
from jianggao.reader.page_repair import rejoin_page_lines
from jianggao.reader.speech_file import read_speech

WIDTH = 24  # characters a page line holds
TITLE = "在全县2025年春季森林防火工作动员部署大会上的讲话"  # 48 display columns, as a full line
BODY = (
    "今天我们召开全县春季森林防火工作动员部署大会，主要任务是分析当前的防火形势，安排部署今年春季的防火工作。"
    "刚才，林业局的同志通报了去年的火情，几个乡镇作了表态发言，讲得都很好，我都同意。"
    "下面，我讲三点意见：一是要认清形势。今年入春以来降雨偏少，气温偏高，林下可燃物多，火险等级一直居高不下，"
    "各乡镇千万不能掉以轻心。二是要压实责任。每一片山林都要落实到具体的人头，谁的山谁负责，谁的林谁看护。"
    "三是要管住火源。清明前后上山祭扫的人多，各个路口都要设卡，把火种挡在山下，绝不允许带火上山。"
)


def wrap(text: str) -> str:
    return "\n".join(text[i : i + WIDTH] for i in range(0, len(text), WIDTH))


def read(tmp_path: Path, head: str) -> str:
    path = tmp_path / "speech.txt"
    path.write_text(head + "\n同志们：\n" + wrap(BODY) + "\n", encoding="utf-8")
    return read_speech(path).outline.title


def test_a_title_line_as_wide_as_the_page_does_not_run_on(tmp_path: Path) -> None:
    assert read(tmp_path, TITLE) == TITLE


def test_a_page_line_ending_in_the_same_word_after_the_first_sentence_runs_on() -> None:
    """Near miss: past the speech's first sentence, a full line that ends in 讲话 is cut mid-sentence."""
    lines = wrap(BODY).split("\n")
    lines[3] = "认真学习好省委领导同志在全省森林防火会议上的讲话"  # (a full line, no mark in it)
    assert len(lines[3]) == WIDTH
    paras = [SourceParagraph(i + 1, t) for i, t in enumerate(lines)]
    joined = rejoin_page_lines(paras)
    assert any(lines[3] + lines[4] in p.text for p in joined)


def _lines(*texts: str) -> list[SourceParagraph]:
    return [SourceParagraph(n, t) for n, t in enumerate(texts, start=1)]


FULL = [BODY[i : i + WIDTH] for i in range(0, len(BODY) - WIDTH, WIDTH)]  # the body's full lines
ENDED = ("要着力解决职工急难愁盼问题持续办好实事" + "办" * WIDTH)[: WIDTH - 1] + "。"  # a full line that ends a sentence


def test_the_audience_named_after_a_full_line_that_ends_a_sentence_opens_a_paragraph() -> None:
    # …持续办好职工实事。(a full line) / 各位代表，同志们，新的一年…: the closing, not the line's run-on (v10)
    paras = rejoin_page_lines(_lines(*FULL, ENDED, "各位代表，同志们，新的一年，任务艰巨、使命光荣。"))
    assert paras[-1].text.startswith("各位代表，同志们，新的一年")


def test_同志们的_after_a_full_line_runs_on() -> None:
    # near miss: 同志们的干劲… is the sentence's subject: the page cut the paragraph there
    paras = rejoin_page_lines(_lines(*FULL, ENDED, "同志们的干劲很足，大家都盼着新厂房早日投产。"))
    assert paras[-1].text.endswith(ENDED + "同志们的干劲很足，大家都盼着新厂房早日投产。")


def test_a_journal_copys_title_and_author_set_apart_by_a_reference_mark(tmp_path: Path) -> None:
    """扎实推进县域森林防火体系建设※周立新 (a journal's PDF copy marks the author off with ※): the title, and the name
    its speaker. Near miss: a ※ with no name after it stays in the title."""
    path = tmp_path / "speech.txt"
    path.write_text("扎实推进县域森林防火体系建设※周立新\n" + BODY + "\n", encoding="utf-8")
    read = read_speech(path)
    assert read.outline.title == "扎实推进县域森林防火体系建设"
    assert "周立新" in [b.text for b in read.outline.bylines]
    path.write_text("扎实推进县域森林防火体系建设※\n" + BODY + "\n", encoding="utf-8")
    assert read_speech(path).outline.title == "扎实推进县域森林防火体系建设※"
