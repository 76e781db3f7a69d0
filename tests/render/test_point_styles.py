"""Points without 一、 headings: run-in lead paragraphs in any enumeration style, or unnumbered ones."""

from __future__ import annotations

import pytest

from jianggao.checking.runner import check_file
from jianggao.errors import SpecError
from jianggao.library_paths import builtin_dir
from jianggao.render.renderer import render_speech
from jianggao.render.templates import list_templates
from jianggao.spec.model import load_spec
from jianggao.speech import Paragraph
from jianggao.writers.text import render_text

SPEC = """template: {template}
title: 在座谈会上的讲话
opening:
  purpose: 今天，我们在这里座谈交流。
numbering: {{points: {style}}}
points:
  - heading: 要提高站位
    intro: [思想认识是行动的先导。, 各级各部门要统一思想。]
  - heading: 要压实责任
    items:
      - {{heading: 落实主体责任, text: 党委要负总责。}}
      - {{heading: 落实监管责任, text: 部门要履职尽责。}}
  - heading: 要加强保障
closing: [同志们，让我们共同努力！]
"""

LABELS = {
    "第一，": ["第一，", "第二，", "第三，"],
    "一是": ["一是", "二是", "三是"],
    "一要": ["一要", "二要", "三要"],
    "首先": ["首先，", "其次，", "第三，"],
    "首先…最后": ["首先，", "其次，", "最后，"],
    "——": ["——", "——", "——"],
    "不编号": ["", "", ""],
}
TEMPLATES = tuple(sorted(list_templates([builtin_dir("templates")])))


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("style", list(LABELS))
def test_points_run_in_with_each_style(write_spec, template: str, style: str) -> None:
    speech = render_speech(load_spec(write_spec(SPEC.format(template=template, style=style))))
    assert speech.headings(1) == []
    points = [p for p in speech.paragraphs() if p.lead_level == 1]
    assert [p.label for p in points] == LABELS[style]
    assert [p.lead for p in points] == ["要提高站位。", "要压实责任。", "要加强保障。"]
    # the first intro paragraph runs on after the lead; the rest follow as paragraphs
    assert points[0].text == "思想认识是行动的先导。"
    assert points[2].text == ""  # no intro: the closing does not run into the lead
    text = render_text(speech)
    assert f"{LABELS[style][0]}要提高站位。思想认识是行动的先导。\n各级各部门要统一思想。\n" in text
    assert "\n同志们，让我们共同努力！\n" in text
    # sub-points sit one level below the run-in points
    subs = [p for p in speech.paragraphs() if p.lead.startswith("落实")]
    assert [p.lead_level for p in subs] == [2, 2]


@pytest.mark.parametrize(
    ("template", "count"),
    [
        ("advancement", "讲三点意见。"), ("integrity", "讲三点意见。"), ("deployment", "强调3个方面。"),
        ("work-conference", "强调三个方面："), ("commendation", "提三点希望。"), ("symposium", "谈三点意见。"),
        ("ceremony", "分享三点希望。"), ("mobilization", "讲三点意见。"), ("remarks", "提三点意见："),
        ("host", "共有三项议程："),
    ],
)
@pytest.mark.parametrize("style", ["——", "不编号", "一是"])
def test_count_words_follow_run_in_points(write_spec, template: str, count: str, style: str) -> None:
    path = write_spec(SPEC.format(template=template, style=style))
    assert count in render_text(render_speech(load_spec(path)))
    rules = {f.rule for f in check_file(path).findings}
    assert "count-mismatch" not in rules and "point-count" not in rules


def test_statement_reports_under_headings_and_pledges_in_run_in_points(write_spec) -> None:
    headed = SPEC.format(template="statement", style="一、").replace("numbering: {points: 一、}\n", "")
    assert "下面，我从三个方面作简要汇报。" in render_text(render_speech(load_spec(write_spec(headed))))
    pledged = SPEC.format(template="statement", style="一是")
    assert "在此，我郑重表态：" in render_text(render_speech(load_spec(write_spec(pledged, "p.yaml"))))


def test_count_mismatch_still_found_for_dash_points(write_spec) -> None:
    spec = SPEC.format(template="advancement", style="——").replace(
        "  purpose: 今天，我们在这里座谈交流。", "  transition: 下面，我讲四点意见。"
    )
    found = [f for f in check_file(write_spec(spec)).findings if f.rule == "count-mismatch"]
    assert len(found) == 1 and "实际有 3 个" in found[0].message


def test_one_side_top_level_pairs_two_points(write_spec) -> None:
    with pytest.raises(SpecError) as info:
        load_spec(write_spec(SPEC.format(template="deployment", style="一方面")))
    assert "两个一级要点" in info.value.message
    assert info.value.location.line == 5


def test_unknown_point_style_is_refused_at_its_line(write_spec) -> None:
    with pytest.raises(SpecError) as info:
        load_spec(write_spec(SPEC.format(template="deployment", style="（一）")))
    assert info.value.location.line == 5


def test_a_lead_without_text_does_not_swallow_the_closing(write_spec) -> None:
    spec = "template: advancement\ntitle: T\npoints:\n  - heading: 甲\n    items: [{heading: 乙}]\nclosing: [结尾。]\n"
    speech = render_speech(load_spec(write_spec(spec)))
    closing = [p for p in speech.paragraphs() if p.role == "closing"]
    assert closing == [Paragraph(text="结尾。", role="closing")]
