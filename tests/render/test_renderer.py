"""Spec → template → structure: numbering, counts, overrides and template errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jianggao.errors import TemplateError
from jianggao.render.jinja_env import one_line
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
from jianggao.speech import Heading, Paragraph
from jianggao.writers.text import render_text


def render(path: Path, **options):
    return render_speech(load_spec(path), RenderOptions(**options))


def points_yaml(n: int, items: int = 0) -> str:
    lines = ["points:"]
    for i in range(n):
        lines.append(f"  - heading: 要点{i + 1}")
        if items:
            lines.append("    items:")
            lines.extend(f"      - {{heading: 分论点{j + 1}, text: 正文}}" for j in range(items))
    return "\n".join(lines) + "\n"


def test_eleven_points_number_past_ten(write_spec) -> None:
    speech = render(write_spec("template: integrity\ntitle: 标题\n" + points_yaml(12, items=11)))
    numbers = [h.label for h in speech.headings(1)]
    assert numbers[9:] == ["十、", "十一、", "十二、"]
    leads = [p.run_in for p in speech.paragraphs() if p.run_in][:11]
    assert leads[-2:] == ["（十）分论点10。", "（十一）分论点11。"]
    assert "下面，我讲十二点意见。" in render_text(speech)


def test_a_thousand_and_more_points_are_numbered(write_spec) -> None:
    speech = render(write_spec("template: work-conference\ntitle: 标题\n" + points_yaml(1011)))
    numbers = [h.label for h in speech.headings(1)]
    assert numbers[998:1001] + numbers[1009:] == ["九百九十九、", "一千、", "一千零一、", "一千零一十、", "一千零一十一、"]
    assert "这里，我重点强调一千零一十一个方面：" in render_text(speech)


@pytest.mark.parametrize(("n", "word"), [(2, "两"), (3, "三"), (4, "四")])
def test_transition_counts_the_points(write_spec, n: int, word: str) -> None:
    speech = render(write_spec("template: advancement\ntitle: 标题\n" + points_yaml(n)))
    assert f"讲{word}点意见。" in render_text(speech)


def test_deployment_counts_in_arabic_and_work_conference_in_chinese(write_spec) -> None:
    text = render_text(render(write_spec("template: deployment\ntitle: 标题\n" + points_yaml(3))))
    assert "下面，我强调3个方面。" in text
    text = render_text(render(write_spec("template: work-conference\ntitle: 标题\n" + points_yaml(5), "w.yaml")))
    assert "这里，我重点强调五个方面：" in text


def test_mixed_styles_and_levels(write_spec) -> None:
    spec = """template: integrity
title: 标题
numbering: {items: 1., nested: （1）}
points:
  - heading: 甲
    numbering: 首先
    items:
      - {heading: 第一条, text: 正文}
      - {heading: 第二条, text: 正文}
      - {heading: 第三条, text: 正文}
  - heading: 乙
    items:
      - 不编号的段落
      - heading: 带下层的分论点
        items:
          - {heading: 下层一, text: 正文}
          - {heading: 下层二, text: 正文}
      - {heading: 第二个, text: 正文, numbering: 一是, items: [{heading: 细项, text: 正文}]}
"""
    speech = render(write_spec(spec))
    leads = [(p.run_in, p.lead_level) for p in speech.paragraphs() if p.run_in]
    assert leads[:3] == [("首先，第一条。", 2), ("其次，第二条。", 2), ("第三，第三条。", 2)]
    heading = [b for b in speech.blocks if isinstance(b, Heading) and b.level == 3]
    assert heading == [Heading(3, "1.", "带下层的分论点")]
    assert ("（1）下层一。", 4) in leads and ("（2）下层二。", 4) in leads
    assert ("2.第二个。", 3) in leads
    assert ("一是细项。", 4) in leads
    assert Paragraph("不编号的段落") in speech.blocks


def test_heading_sentence_keeps_its_own_punctuation(write_spec) -> None:
    speech = render(write_spec("template: deployment\ntitle: 标题\npoints:\n  - heading: 甲\n    items:\n      - {heading: 学训词，就是要坚定决心！, text: 正文}\n      - {heading: 一方面，要压实责任，, text: 各级要……}\n"))
    leads = [p.run_in for p in speech.paragraphs() if p.run_in]
    assert leads == ["一是学训词，就是要坚定决心！", "二是一方面，要压实责任，"]


def test_an_empty_closing_list_means_no_closing(write_spec) -> None:
    stock = render(write_spec("template: advancement\ntitle: 标题\n"))
    assert [p.role for p in stock.paragraphs()][-2:] == ["closing", "thanks"]
    none = render(write_spec("template: advancement\ntitle: 标题\nclosing: []\n", "none.yaml"))
    assert [p.role for p in none.paragraphs()][-1:] == ["thanks"]
    assert "closing" not in [p.role for p in none.paragraphs()]


@pytest.mark.parametrize(
    ("thanks", "expected"),
    [("", "今天我就讲这些，谢谢大家！"), ("thanks: false\n", None), ("thanks: true\n", "今天我就讲这些，谢谢大家！"), ("thanks: 谢谢！\n", "谢谢！")],
)
def test_thanks_line_is_a_template_choice_the_spec_can_override(write_spec, thanks: str, expected: str | None) -> None:
    speech = render(write_spec("template: integrity\ntitle: 标题\nclosing: 结尾\n" + thanks))
    last = speech.blocks[-1]
    if expected is None:
        assert last == Paragraph("结尾", role="closing")
    else:
        assert last == Paragraph(expected, role="thanks")


def test_byline_and_date(write_spec) -> None:
    speech = render(write_spec("template: advancement\ntitle: 标题\nspeaker: 王明\nspeaker_title: 市长\ndate: 2025-03-01\n"))
    assert speech.bylines == ("（市长　王明）", "（2025年3月1日）")
    assert speech.author == "王明"
    assert speech.date == dt.date(2025, 3, 1)
    assert speech.template == "advancement"


def test_speech_without_date(write_spec) -> None:
    speech = render(write_spec("template: advancement\ntitle: 标题\n"))
    assert speech.date is None
    assert speech.template == "advancement"


def test_multiline_yaml_text_becomes_one_paragraph(write_spec) -> None:
    speech = render(write_spec("template: advancement\ntitle: 标题\nclosing:\n  - |\n    第一行\n    第二行\n"))
    assert Paragraph("第一行第二行", role="closing") in speech.blocks


# --- user templates ---------------------------------------------------------


def test_template_next_to_spec_overrides_builtin(write_spec, tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "advancement.j2").write_text(
        "{#- 本单位推进会 -#}\n{% extends '_base.j2' %}\n{% block item_style %}一是{% endblock %}\n", encoding="utf-8"
    )
    speech = render(write_spec("template: advancement\ntitle: 标题\n" + points_yaml(1, items=1)))
    assert speech.paragraphs()[-1].run_in == "一是分论点1。"


def test_templates_dir_adds_a_template(write_spec, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "award.j2").write_text("{% extends '_base.j2' %}\n{% block transition %}@opening 下面，宣读表彰决定。\n{% endblock %}\n", encoding="utf-8")
    speech = render(write_spec("template: award\ntitle: 标题\n" + points_yaml(1)), template_dirs=[folder])
    assert Paragraph("下面，宣读表彰决定。", role="opening") in speech.blocks


def test_unknown_template_lists_valid_ones(write_spec) -> None:
    with pytest.raises(TemplateError) as info:
        render(write_spec("template: advancment\ntitle: 标题\n"))
    assert "没有名为“advancment”的模板" in str(info.value)
    assert "advancement" in str(info.value) and "integrity" in str(info.value)


def user_template(tmp_path: Path, body: str) -> Path:
    (tmp_path / "templates").mkdir(exist_ok=True)
    path = tmp_path / "templates" / "broken.j2"
    path.write_text(body, encoding="utf-8")
    return path


def test_template_syntax_error_names_file_and_line(write_spec, tmp_path: Path) -> None:
    path = user_template(tmp_path, "{#- 坏模板 -#}\n@title {{ spec.title }}\n{% for x in spec.points %}\n")
    with pytest.raises(TemplateError) as info:
        render(write_spec("template: broken\ntitle: 标题\n"))
    message = str(info.value)
    assert f"{path}:3" in message and "模板语法错误" in message


def test_undefined_variable_names_variable_and_template_line(write_spec, tmp_path: Path) -> None:
    path = user_template(tmp_path, "@title {{ spec.title }}\n\n@p {{ spec.vars.unit }}\n")
    with pytest.raises(TemplateError) as info:
        render(write_spec("template: broken\ntitle: 标题\n"))
    message = str(info.value)
    assert f"{path}:3" in message and "unit" in message and "未定义的变量" in message


def test_sandbox_blocks_python_internals(write_spec, tmp_path: Path) -> None:
    user_template(tmp_path, "@title {{ spec.title.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(TemplateError, match="不安全|未定义"):
        render(write_spec("template: broken\ntitle: 标题\n"))


@pytest.mark.parametrize(
    "expression",
    [
        'spec["__class__"]',
        'spec["__dict__"]',
        'spec["__setattr__"]("title", "改")',
        'spec.points[0]["__class__"].__name__',
        'spec["__init__"]',
        'spec.__setattr__("title", "改")',
    ],
)
def test_item_access_obeys_the_sandbox_policy(write_spec, tmp_path: Path, expression: str) -> None:
    user_template(tmp_path, f"@title {{{{ {expression} }}}}\n")
    with pytest.raises(TemplateError, match="不安全|未定义"):
        render(write_spec("template: broken\ntitle: 标题\npoints:\n  - heading: 甲\n    items: [乙]\n"))


def test_item_access_reads_the_data_and_the_view_is_read_only(write_spec, tmp_path: Path) -> None:
    from jianggao.render.renderer import to_view

    user_template(tmp_path, '@title {{ spec["title"] }}{{ spec.points[0]["heading"] }}\n')
    speech = render(write_spec("template: broken\ntitle: 标题\npoints:\n  - heading: 甲\n    items: [乙]\n"))
    assert render_text(speech).startswith("标题甲")
    view = to_view({"title": "标题"})
    with pytest.raises(TypeError):
        view.title = "改"
    with pytest.raises(TypeError):
        del view.title
    with pytest.raises(KeyError):
        view["__class__"]
    assert view["title"] == "标题"


def test_template_cannot_include_files_outside_its_folders(write_spec, tmp_path: Path) -> None:
    user_template(tmp_path, "{% include '../speech.yaml' %}\n")
    with pytest.raises(TemplateError):
        render(write_spec("template: broken\ntitle: 标题\n"))


def test_a_template_linked_from_outside_its_folder_is_refused(write_spec, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.j2"
    outside.write_text("@title {{ spec.title }}\n", encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "linked.j2").symlink_to(outside)
    with pytest.raises(TemplateError, match="指向模板文件夹之外"):
        render(write_spec("template: linked\ntitle: 标题\n"))


# --- how each template groups the opening moves into paragraphs (the seeds are the evidence) ----

MOVES = {"occasion": "昨天，省里召开了会议。", "purpose": "今天召开这次会议，主要任务是部署工作。",
         "acknowledgement": "刚才，几位同志作了发言，我完全同意。", "approach": "总体思路是：稳中求进。"}


def opening_of(write_spec, template: str, opening: str, points: int = 2) -> list[str]:
    spec = f"template: {template}\ntitle: 标题\nopening:\n{opening}" + (points_yaml(points) if points else "")
    speech = render(write_spec(spec))
    return [p.text for p in speech.paragraphs() if p.role == "opening"]


def test_integrity_runs_purpose_and_acknowledgement_on_and_sets_the_summary_apart(write_spec) -> None:
    moves = f"  purpose: {MOVES['purpose']}\n  acknowledgement: {MOVES['acknowledgement']}\n"
    lead_in = MOVES["purpose"] + MOVES["acknowledgement"]
    assert opening_of(write_spec, "integrity", moves + "  summary: [清醒, 担当]\n") == [  # seed 003
        lead_in, "下面，我讲两点意见，概括起来，就是要做到“清醒、担当”。"]
    assert opening_of(write_spec, "integrity", moves + "  transition: 下面，我再强调几点意见：\n") == [  # seed 000
        lead_in + "下面，我再强调几点意见："]
    assert opening_of(write_spec, "integrity", moves) == [lead_in + "下面，我讲两点意见。"]


def test_deployment_runs_occasion_purpose_acknowledgement_and_transition_on(write_spec) -> None:  # seed 001
    opening = "".join(f"  {k}: {MOVES[k]}\n" for k in ("occasion", "purpose", "acknowledgement")) + "  theme: 抓好整治\n"
    assert opening_of(write_spec, "deployment", opening) == [
        MOVES["occasion"] + MOVES["purpose"] + MOVES["acknowledgement"] + "下面，我主要就抓好整治，强调2个方面。"]


def test_advancement_runs_purpose_acknowledgement_and_transition_on(write_spec) -> None:  # seed 004
    opening = f"  purpose: {MOVES['purpose']}\n  acknowledgement: {MOVES['acknowledgement']}\n  theme: 建强队伍\n"
    assert opening_of(write_spec, "advancement", opening) == [
        MOVES["purpose"] + MOVES["acknowledgement"] + "下面，我围绕“建强队伍”这一主题，讲两点意见。"]


def test_work_conference_prints_every_move_as_a_paragraph(write_spec) -> None:  # seed 002
    opening = f"  review: [成绩一。, 成绩二。]\n  problems: [问题。]\n  approach: {MOVES['approach']}\n"
    assert opening_of(write_spec, "work-conference", opening) == [
        "成绩一。", "成绩二。", "问题。", MOVES["approach"], "这里，我重点强调两个方面："]


def test_free_opening_paragraphs_come_first_and_stand_apart(write_spec) -> None:
    """A writer who wants a move as a paragraph of its own writes it under opening.paragraphs."""
    opening = f"  paragraphs: [{MOVES['purpose']}]\n  acknowledgement: {MOVES['acknowledgement']}\n"
    assert opening_of(write_spec, "integrity", opening) == [
        MOVES["purpose"], MOVES["acknowledgement"] + "下面，我讲两点意见。"]
    assert opening_of(write_spec, "integrity", f"  paragraphs: [{MOVES['purpose']}]\n") == [
        MOVES["purpose"], "下面，我讲两点意见。"]


@pytest.mark.parametrize("template", ["integrity", "deployment", "advancement"])
def test_run_on_moves_are_printed_without_points(write_spec, template: str) -> None:
    opening = f"  purpose: {MOVES['purpose']}\n  acknowledgement: {MOVES['acknowledgement']}\n"
    assert opening_of(write_spec, template, opening, points=0) == [MOVES["purpose"] + MOVES["acknowledgement"]]


def test_a_written_transition_counts_as_an_opening(write_spec) -> None:
    bare = render(write_spec("template: advancement\ntitle: 标题\n" + points_yaml(3)))
    assert len([p for p in bare.paragraphs() if p.role == "opening"]) == 2  # stock opening + transition
    own = render(write_spec("template: advancement\ntitle: 标题\nopening: {transition: 下面，我谈几点体会。}\n" + points_yaml(3), "own.yaml"))
    assert [p.text for p in own.paragraphs() if p.role == "opening"] == ["下面，我谈几点体会。"]


def test_labels_travel_as_data_apart_from_the_words_they_number(write_spec) -> None:
    speech = render(write_spec("template: integrity\ntitle: 标题\n" + points_yaml(2, items=2)))
    first = speech.headings(1)[0]
    assert (first.label, first.text) == ("一、", "要点1")
    lead = next(p for p in speech.paragraphs() if p.label)
    assert (lead.label, lead.lead, lead.text) == ("（一）", "分论点1。", "正文")


def test_a_heading_written_without_a_bracket_label_has_none() -> None:
    from jianggao.render.markup import build_speech

    speech = build_speech("@title 讲话\n@h1[一、] 抓落实\n@h1 二、不带标记\n@lead2[第一，] 要快。\n@p 正文。\n")
    assert [(h.label, h.text) for h in speech.headings()] == [("一、", "抓落实"), ("", "二、不带标记")]
    assert speech.paragraphs()[0].run_in == "第一，要快。"


def test_a_template_saved_again_is_read_again_in_the_same_process(write_spec, tmp_path: Path) -> None:
    import os

    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "house.j2"
    spec = write_spec("template: house\ntitle: 标题\n" + points_yaml(1, items=1))
    template.write_text("{% extends '_base.j2' %}\n{% block item_style %}一是{% endblock %}\n", encoding="utf-8")
    assert render(spec).paragraphs()[-1].label == "一是"
    template.write_text("{% extends '_base.j2' %}\n{% block item_style %}一要{% endblock %}\n", encoding="utf-8")
    os.utime(template, (1, 2_000_000_000))  # a later modification time, whatever the clock's resolution
    assert render(spec).paragraphs()[-1].label == "一要"


def test_one_group_renders_one_way(write_spec) -> None:
    """With a heading style, a headed item with only paragraphs stands as a heading only if all its siblings do."""
    spec = (
        "template: advancement\ntitle: 标题\nnumbering: {items: （1）}\npoints:\n"
        "  - heading: 甲\n    items:\n"
        "      - {heading: 压实责任, text: 要学懂弄通。}\n"
        "      - {heading: 抓落实, paragraphs: [要真抓实干。]}\n"
        "  - heading: 乙\n    items:\n"
        "      - {heading: 压实责任, paragraphs: [要学懂弄通。]}\n"
        "      - {heading: 抓落实, paragraphs: [要真抓实干。]}\n"
    )
    speech = render(write_spec(spec))
    mixed = [b for b in speech.blocks if isinstance(b, Paragraph) and b.label]
    assert [(b.label, b.lead, b.text) for b in mixed] == [("（1）", "压实责任。", "要学懂弄通。"), ("（2）", "抓落实。", "要真抓实干。")]
    assert [(h.label, h.text) for h in speech.headings(4)] == [("（1）", "压实责任"), ("（2）", "抓落实")]


def test_one_line_joins_at_every_line_break_python_knows_and_only_there() -> None:
    def by_lines(text: str) -> str:
        return "".join(part.strip() for part in text.splitlines())

    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF:
            text = f" 要{chr(code)}a "
            assert one_line(text) == by_lines(text), hex(code)
    assert one_line("  第一段\n  第二段\r\n") == "第一段第二段"
    assert one_line(3) == "3"
