"""Forms from published speeches and their copies (everyday round m, stop 22), in our own wording:

- A newspaper e-edition's list of the page's other articles (本版其他文章 / · …) after the speech is the page's: the
  closing words before it are found.
- （一） run on after the sentence that opens a part, with its text, before （二） and （三） that open paragraphs: the
  paragraph is split there and the three are the part's sub-points (near miss: （一） said inside a sentence, no
  sentence end before it, stays in the text).
"""

from __future__ import annotations

from pathlib import Path

from .mining import headings, mine

BODY = "要加大保护力度，推进红色教育基地提档升级，把红色资源作为党员干部教育的生动教材，让长征故事代代相传。"
HEAD = "在纪念红军长征过境90周年座谈会上的讲话\n同志们：\n今天我们在这里隆重集会。下面，我讲三点。\n"
PARTS = f"一、深切缅怀革命先辈\n{BODY}\n二、大力弘扬长征精神\n{BODY}\n"
END = "同志们、朋友们！长征永远在路上。让我们弘扬伟大长征精神，奋力谱写新时代新篇章！\n"


def test_an_e_papers_list_of_other_articles_after_the_speech(tmp_path: Path) -> None:
    page = "本版其他文章\n· 市委常委会召开会议 研究部署近期重点工作\n· 全市一季度经济运行情况新闻发布会举行\n江城日报社版权所有\n"
    spec, report = mine(tmp_path, HEAD + PARTS + f"三、走好新时代的长征路\n{BODY}\n" + END + page)
    assert spec["closing"] == [END.strip()]
    assert "推荐栏目" in report


def test_a_first_sub_point_run_on_after_the_parts_opening_sentence(tmp_path: Path) -> None:
    part = (
        "三、走好新时代的长征路\n每一代人都要走好自己的长征路。（一）坚定理想信念，始终听党话、跟党走。全县党员干部要把对党忠诚体现在具体行动上，"
        f"做到知行合一。\n（二）保护利用好红色资源，讲好长征故事。{BODY}\n（三）发扬艰苦奋斗精神，加快推进乡村振兴。{BODY}\n"
    )
    spec, report = mine(tmp_path, HEAD + PARTS + part + END)
    assert headings(spec["points"][2]["items"]) == [
        "坚定理想信念，始终听党话、跟党走", "保护利用好红色资源，讲好长征故事", "发扬艰苦奋斗精神，加快推进乡村振兴",
    ]
    assert "丢了换行" in report


def test_a_first_label_said_inside_a_sentence_stays_in_the_text(tmp_path: Path) -> None:
    part = (
        "三、走好新时代的长征路\n每一代人都要按照方案第（一）条的要求走好自己的长征路，把对党忠诚体现在具体行动上，做到知行合一。\n"
        f"（二）保护利用好红色资源，讲好长征故事。{BODY}\n（三）发扬艰苦奋斗精神，加快推进乡村振兴。{BODY}\n"
    )
    spec, report = mine(tmp_path, HEAD + PARTS + part + END)
    assert "丢了换行" not in report
