"""A scanned page's recognised text (OCR) puts single spaces between the characters of words, two or more a line (在 全 院 … 讲 话 /
今 天，我们召开全院党风廉政建 设暨… / （2 024年3月5日）): when most lines of sentences have them, they are taken out
and the repair said (ho04, ho16 of the everyday suite); a copy with a few such spaces (a web page's, after a full stop
or between a heading and its text) keeps them."""

from __future__ import annotations

from pathlib import Path

from tests.reader.mining import headings, mine

SCAN = (
    "在 全 院 党 风 廉 政 建 设 工 作 会 议 上 的 讲 话\n党委书记　邓宏伟\n（2 024年3月5日）\n同志们：\n"
    "今 天，我们召开全院党风廉政建 设工作会议，主 要任务是总结去年 工作，部署今 年任务。下面，我讲两点意 见。\n"
    "一、清醒认识医药领域反腐败斗争的严峻形势\n去年以来 ，全国开展医药领 域腐败问题集中整治， 力度之大、范围之广，前 所未有。\n"
    "二、压紧压实党风廉政建设责任\n各科室主要负 责人是本科室党风廉政建设的第一责任 人，要把责任扛在肩上。\n"
    "同志们，党风廉政建设只有进行时，没有完成时，让我们以 更加坚定的决心把全面从 严治党推向深入！\n"
)


def test_recognised_text_loses_the_spaces_between_characters(tmp_path: Path) -> None:
    spec, report = mine(tmp_path, SCAN)
    assert spec["title"] == "在全院党风廉政建设工作会议上的讲话"
    assert spec["speaker"] == "邓宏伟"
    assert headings(spec["points"]) == ["清醒认识医药领域反腐败斗争的严峻形势", "压紧压实党风廉政建设责任"]
    assert "今天，我们召开全院党风廉政建设工作会议" in str(spec["opening"])
    assert "扫描识别" in report


def test_a_typed_copy_keeps_its_few_spaces(tmp_path: Path) -> None:
    # near miss: one heading set off from its text by a space, spaces after full stops: no recognised text
    text = (
        "在全院党风廉政建设工作会议上的讲话\n邓宏伟\n同志们：\n今天我们召开全院党风廉政建设工作会议。 下面，我讲两点意见。\n"
        "一、清醒认识形势 去年以来，全国开展医药领域腐败问题集中整治，力度之大前所未有。\n"
        "二、压紧压实责任\n各科室主要负责人是本科室党风廉政建设的第一责任人。 要把责任扛在肩上。\n"
        "同志们，让我们把全面从严治党推向深入！\n"
    )
    spec, report = mine(tmp_path, text)
    assert "今天我们召开全院党风廉政建设工作会议。 下面" in str(spec["opening"])
    assert "扫描识别" not in report
