"""An Arabic list's items run on inside one paragraph, each after a sentence's end and led by a short sentence
(…呈现出良好态势。1.组织体系更加健全。…。2.集体经济持续壮大。…。3.…): their line breaks were lost, and the items are
the heading's sub-points again, the repair said (hk10 of the everyday suite). Items parted by semicolons, or inside
another's words in brackets, are a sentence's list and stay. So with bracketed numerals, also when the first item
opens the paragraph (（一）做精景区。…（二）做活业态。…: jq21), but not when the items before it have lines of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reader.mining import headings, mine

TEXT = "全镇17个村（社区）全部完成党组织阵地标准化提升，新成立合作社党支部等新兴领域党组织。"


def speech(part: str) -> str:
    return (
        "在全镇党组织书记述职评议会上的讲话\n同志们：\n今天我们召开述职评议会，我讲两点意见。\n一、客观看待成绩，进一步增强抓党建的信心\n"
        f"过去一年，基层党建工作呈现出良好态势。{part}\n二、聚焦重点任务，进一步增强抓党建的实效\n{TEXT}\n"
        "同志们，抓好党建是最大的政绩，让我们以高质量党建引领乡村全面振兴！\n"
    )


def test_a_glued_arabic_list_is_split_back(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech(f"1.组织体系更加健全。{TEXT}2.集体经济持续壮大。{TEXT}3.队伍素质不断提升。{TEXT}"))
    assert headings(spec["points"][0]["items"]) == ["组织体系更加健全", "集体经济持续壮大", "队伍素质不断提升"]
    assert "丢了换行" in report


@pytest.mark.parametrize(
    "part",
    [
        "主要是：1.组织体系更加健全；2.集体经济持续壮大；3.队伍素质不断提升。",  # near miss: a sentence's list
        f"（有同志总结：1.组织体系更加健全。2.集体经济持续壮大。3.队伍素质不断提升。）{TEXT}",  # near miss: in brackets
    ],
)
def test_a_sentences_own_list_stays(tmp_path: Path, part: str) -> None:
    spec, _ = mine(tmp_path, speech(part))
    assert "items" not in spec["points"][0]


def test_a_glued_list_whose_first_item_opens_the_paragraph_is_split_back(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, speech(f"\n（一）组织体系更加健全。{TEXT}（二）集体经济持续壮大。{TEXT}（三）队伍素质不断提升。{TEXT}"))
    assert headings(spec["points"][0]["items"]) == ["组织体系更加健全", "集体经济持续壮大", "队伍素质不断提升"]
    assert report.count("丢了换行") == 2


def test_a_glued_list_after_items_on_lines_of_their_own_is_not_split(tmp_path: Path) -> None:
    # near miss: （一） has its own line, so the copy keeps items on lines; （二） carries （三）（四） as its words
    part = f"\n（一）组织体系更加健全。{TEXT}\n（二）集体经济持续壮大。{TEXT}（三）队伍素质不断提升。{TEXT}（四）阵地建设全面达标。{TEXT}"
    spec, report = mine(tmp_path, speech(part))
    assert headings(spec["points"][0]["items"]) == ["组织体系更加健全", "集体经济持续壮大"]
    assert "丢了换行" not in report


def test_a_glued_list_in_bracketed_digits_is_split_back(tmp_path: Path) -> None:
    # (kb25: …要重点抓好三件事。（1）调优品种结构。…（2）拓宽销售渠道。…（3）…)
    part = f"要重点抓好三件事。（1）组织体系更加健全。{TEXT}（2）集体经济持续壮大。{TEXT}（3）队伍素质不断提升。{TEXT}"
    spec, report = mine(tmp_path, speech(part))
    assert headings(spec["points"][0]["items"]) == ["组织体系更加健全", "集体经济持续壮大", "队伍素质不断提升"]
    assert "丢了换行" in report
