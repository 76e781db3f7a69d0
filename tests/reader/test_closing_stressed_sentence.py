"""The closing said as what the speaker stresses last, in a sentence (最后我再强调一下，下半年时间紧、任务重，…: six writers
of six, uy14, uy17, sr15, nw12, ow11, uq24 of the everyday suite), or as a sentence saying he will say one word more
(最后再啰嗦一句。各位企业负责人，…: uy19). Near miss: 最后我再强调一下，安全生产。 names a topic: one more point, no
closing (uy03)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .mining import mine

TALK = (
    "在全县上半年经济运行分析会上的讲话\n同志们：\n下面，我讲三点意见。\n"
    "第一，要正确看待上半年的形势。主要指标总体平稳，但工业投资增速回落，这个苗头要引起重视。\n"
    "第二，要盯住下半年的几件大事。项目建设、招商引资、消费提振，每一件都要有专班、有台账。\n"
    "第三，要切实转变工作作风。少开会、开短会，把时间和精力用在一线。\n"
    "{last}\n"
    "各乡镇、各部门回去以后要马上传达，抓好落实。\n"
)


@pytest.mark.parametrize(
    "last",
    ["最后我再强调一下，下半年时间紧、任务重，每一天都很宝贵。", "最后再啰嗦一句。各位负责同志，下半年时间紧、任务重，每一天都很宝贵。"],
)
def test_the_last_word_stressed_in_a_sentence_opens_the_closing(tmp_path: Path, last: str) -> None:
    spec, _ = mine(tmp_path, TALK.format(last=last))
    assert spec["closing"][0] == last
    assert len(spec["points"]) == 3


def test_the_last_word_naming_a_topic_is_one_more_point(tmp_path: Path) -> None:
    # near miss: a topic named, no sentence: the count's one more point
    spec, _ = mine(tmp_path, TALK.format(last="最后我再强调一下，安全生产。"))
    assert len(spec["points"]) == 4
