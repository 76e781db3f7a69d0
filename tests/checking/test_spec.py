"""check on specs: the rendered speech is checked, findings point at the spec's line:column."""

from __future__ import annotations

import pytest

from jianggao.checking.runner import check_file
from jianggao.checking.subject import CheckOptions
from jianggao.errors import SpecError
from tests.conftest import TESTS

DATA = TESTS / "data" / "check"
CLEAN = (DATA / "clean.yaml").read_text(encoding="utf-8")


def position_of(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based line:column of the nth occurrence of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return line, column


def run(write_spec, text: str, **options):
    path = write_spec(text)
    return check_file(path, CheckOptions(**options)).findings


def of_rule(found, rule):
    return [f for f in found if f.rule == rule]


def test_clean_spec_has_only_the_length_note(write_spec):
    found = run(write_spec, CLEAN)
    assert [(f.rule, f.severity) for f in found] == [("length", "info")]


def test_placeholder_points_at_its_column(write_spec):
    text = CLEAN.replace("主要任务是总结前段工作", "主要任务是总结XX工作")
    found = of_rule(run(write_spec, text), "placeholder")
    assert len(found) == 1
    assert (found[0].place.line, found[0].place.column) == position_of(text, "XX")
    assert str(found[0].place.path).endswith("speech.yaml")


def test_same_placeholder_in_several_values_maps_to_each(write_spec):
    text = CLEAN.replace("压实企业主体责任", "压实XX责任").replace("压实部门监管责任", "压实XX责任")
    text = text.replace("text: 要按照管行业", "text: 要按照XX管行业")
    found = of_rule(run(write_spec, text), "placeholder")
    spots = [(f.place.line, f.place.column) for f in found]
    assert spots == [position_of(text, "XX", 1), position_of(text, "XX", 2), position_of(text, "XX", 3)]


def test_placeholder_inside_a_block_scalar(write_spec):
    text = CLEAN.replace(
        "      - 重点领域是防范重大风险的主战场，必须盯紧盯牢，不留死角。",
        "      - |\n        重点领域是防范重大风险的主战场，\n        必须盯紧盯牢XX，不留死角。",
    )
    found = of_rule(run(write_spec, text), "placeholder")
    assert len(found) == 1
    assert (found[0].place.line, found[0].place.column) == position_of(text, "XX")


def test_count_mismatch_points_at_the_transition(write_spec):
    text = CLEAN.replace("  theme: 守牢安全底线\n", "  transition: 下面，我讲四点意见。\n")
    found = of_rule(run(write_spec, text), "count-mismatch")
    assert len(found) == 1
    assert (found[0].place.line, found[0].place.column) == position_of(text, "讲四点")
    assert "实际有 3 个一级要点" in found[0].message


def test_parallelism_points_at_the_odd_heading(write_spec):
    text = CLEAN.replace("突出重点，深化隐患排查整治", "突出重点领域，深化隐患排查整治")
    found = of_rule(run(write_spec, text), "parallelism")
    assert len(found) == 1
    assert (found[0].place.line, found[0].place.column) == position_of(text, "突出重点领域")
    assert "4+8" in found[0].message


def test_point_count_points_at_points(write_spec):
    head, _, _ = CLEAN.partition("  - heading: 夯实基础")
    text = head + "closing:\n  - 同志们，让我们守牢安全底线！\n"
    text = text.replace("  theme: 守牢安全底线\n", "")
    found = of_rule(run(write_spec, text), "point-count")
    assert len(found) == 1
    assert "只有 2 个" in found[0].message
    assert found[0].place.line == position_of(text, "突出重点")[0]


def test_duration_points_at_the_duration_key(write_spec):
    text = CLEAN.replace("duration: 3", "duration: 1")
    found = of_rule(run(write_spec, text), "duration")
    assert [f.severity for f in found] == ["warning"]
    assert found[0].place.line == position_of(text, "duration: 1")[0]
    assert of_rule(run(write_spec, text, duration=3), "duration") == []  # the option overrides the spec


def test_repeated_sentence_names_the_first_line(write_spec):
    sentence = "要督促企业主要负责人切实履行第一责任人职责，健全全员安全生产责任制。"
    text = CLEAN.replace("  - 同志们，安全生产只有起点", f"  - {sentence}\n  - 同志们，安全生产只有起点")
    found = of_rule(run(write_spec, text), "repeated-sentence")
    assert len(found) == 1
    assert (found[0].place.line, found[0].place.column) == position_of(text, sentence, 2)
    assert f"第{position_of(text, sentence)[0]}行" in found[0].message


def test_template_wording_falls_back_to_the_given_key(write_spec):
    from jianggao.checking.spec_subject import spec_subject

    subject = spec_subject(write_spec(CLEAN))
    unit = next(u for u in subject.units if "这一主题" in u.text)
    start = unit.text.index("下面，我围绕")  # template wording: no spec value holds it
    place = subject.place(unit, start, start + 6, fallback=("opening",))
    assert place.line == position_of(CLEAN, "opening:")[0] + 1  # the value under opening:
    theme = unit.text.index("守牢安全底线")
    place = subject.place(unit, theme, theme + 6, fallback=("opening",))
    assert (place.line, place.column) == position_of(CLEAN, "守牢安全底线")


def test_halfwidth_and_unbalanced_in_a_spec(write_spec):
    text = CLEAN.replace("不留死角。", "不留死角,做到“全覆盖。")
    found = run(write_spec, text)
    half = of_rule(found, "punctuation-halfwidth")
    pair = of_rule(found, "unbalanced-pair")
    assert (half[0].place.line, half[0].place.column) == position_of(text, ",做到")
    assert (pair[0].place.line, pair[0].place.column) == position_of(text, "“全覆盖")


def test_invalid_spec_is_a_spec_error(write_spec):
    path = write_spec("template: advancement\ntitle: [\n")
    with pytest.raises(SpecError) as err:
        check_file(path)
    assert "speech.yaml:3:1" in str(err.value)
    assert "YAML 语法错误" in str(err.value)


def test_text_from_a_fragment_points_at_the_fragment_reference(write_spec):
    before_closing = CLEAN.split("closing:")[0]
    spec = write_spec(before_closing + "closing:\n  - fragment: closing.new-journey\n    with: {goal: 建设XX}\n")
    found = of_rule(check_file(spec, CheckOptions()).findings, "placeholder")
    assert len(found) == 1
    source = spec.read_text(encoding="utf-8")
    line, column = position_of(source, "fragment: closing.new-journey")
    assert (found[0].place.line, found[0].place.column) == (line, column)


@pytest.mark.parametrize(
    "recap",
    ["同志们，以上四点意见，请大家认真抓好落实。", "今天我就讲这四点，请大家抓好落实。", "上述四个方面，请大家抓好落实。"],
)
def test_a_closing_recap_that_miscounts_the_points_is_an_error(write_spec, recap: str) -> None:
    headings = ("强化责任，压实任务，确保实效", "突出重点，狠抓项目，增强后劲", "优化作风，提升效能，凝聚合力")
    points = "".join(f"  - heading: {h}\n" for h in headings)
    text = "template: advancement\ntitle: 在推进会上的讲话\npoints:\n" + points + f"closing:\n  - {recap}\n"
    found = of_rule(run(write_spec, text), "count-mismatch")
    assert [(f.severity, f.place.line) for f in found] == [("error", 8)]
    assert found[0].message.startswith("结尾说") and "实际有 3 个一级要点" in found[0].message
    right = text.replace("四点", "三点").replace("四个方面", "三个方面")
    assert of_rule(run(write_spec, right), "count-mismatch") == []
