"""最后，再一次欢迎你们来到禾木。 / 最后，再一次感谢…。 after a count's last item (rounds nv, ra, sz): the closing's words,
as 最后，再次… are, not one more point. 最后，再一次强调… is no word to the hall: it stays as before."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

TEXT = "刚进公司的时候，大家难免会觉得什么都不懂。不懂不可怕，可怕的是不懂装懂，遇到问题一个人闷着，等到交付的时候才暴露出来。"
SPEECH = (
    "在2024届新员工入职典礼上的讲话\n\n亲爱的新同学们：\n\n大家好！首先，欢迎大家加入禾木。今天我想跟大家讲三件事。\n\n"
    "第一件事：学会提问，而不是等答案\n\n" + TEXT + "\n\n第二件事：把小事做到可交付\n\n" + TEXT + "\n\n"
    "第三件事：对自己的成长负责\n\n" + TEXT + "\n\n{last}\n\n谢谢大家！\n"
)
THREE = ["学会提问，而不是等答案", "把小事做到可交付", "对自己的成长负责"]


def test_welcome_again_is_the_closing(tmp_path: Path) -> None:
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，再一次欢迎你们来到禾木。公司还不够完美，期待你们和我们一起把它变得更好。"))
    assert headings(spec["points"]) == THREE


def test_said_again_with_no_word_to_the_hall_is_not_turned(tmp_path: Path) -> None:
    # near miss: 再一次强调 is no welcome or thanks; the paragraph is read as before (a fourth point)
    spec, _ = mine(tmp_path, SPEECH.format(last="最后，要再一次强调信息安全。公司的代码和数据，一行都不能带出公司，这是红线。"))
    assert len(headings(spec["points"])) == 4
