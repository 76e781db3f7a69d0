"""Fragment libraries: the built-in library, loading, overrides, rendering from specs and templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from jianggao.errors import FragmentError, Location
from jianggao.fragments.library import (
    load_library,
    preview_values,
    render_entry,
)
from jianggao.fragments.lint import check_libraries
from jianggao.library_paths import builtin_dir, search_path
from jianggao.render.context_names import CONTEXT_NAMES
from jianggao.render.jinja_env import names_read
from jianggao.render.renderer import RenderOptions, render_speech
from jianggao.spec.model import load_spec
from jianggao.writers.text import render_text

BUILTIN = builtin_dir("fragments")
HERE = Location("spec.yaml", 3, 5)


def builtin_library():
    return load_library([BUILTIN])


def write_library(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


ONE = """- id: closing.mine
  title: 我的结尾
  tags: [号召]
  occasions: [推进会]
  variables:
    goal: {{description: 目标, default: {default}}}
  text: |-
    同志们，为{{{{ goal }}}}而奋斗！
"""


# --- the built-in library -----------------------------------------------------


def test_builtin_library_has_forty_fragments_over_six_kinds_with_tags_and_occasions() -> None:
    library = builtin_library()
    kinds = {entry.kind for entry in library.entries.values()}
    assert len(library) >= 40
    assert len(kinds) >= 6
    assert {"opening", "acknowledgement", "transition", "closing", "thanks", "quote"} <= kinds
    for entry in library.entries.values():
        frag = entry.fragment()
        assert frag.tags, frag.id
        assert frag.occasions, frag.id
        assert entry.path.stem == entry.kind  # one file per kind


@pytest.mark.parametrize("fragment_id", builtin_library().ids())
def test_every_builtin_fragment_renders_with_its_defaults(fragment_id: str) -> None:
    library = builtin_library()
    frag = library.entry(fragment_id).fragment()
    assert all(var.has_default for var in frag.variables.values()), "built-in variables all have defaults"
    text = library.render(fragment_id, {}, {}, HERE)
    assert text.strip()
    assert "{{" not in text and "【" not in text
    assert text[-1] in "。！？”", text  # a whole sentence, ready to stand as a paragraph


def test_builtin_library_passes_check() -> None:
    report = check_libraries([BUILTIN])
    assert [str(p) for p in report.problems] == []
    assert report.checked == len(builtin_library())


def test_closings_of_each_type_and_quotations_with_sources() -> None:
    library = builtin_library()
    closing_tags = {t for i in library.ids() if i.startswith("closing.") for t in library.entry(i).fragment().tags}
    assert {"号召", "希望", "总结", "感叹"} <= closing_tags
    quotes = [library.entry(i).fragment() for i in library.ids() if i.startswith("quote.")]
    assert len(quotes) >= 5
    for quote in quotes:
        assert quote.source.startswith("《") or "《" in quote.source, quote.id
    sources = {q.source for q in quotes}
    assert "《论语·子路》" in sources and "《左传·襄公十一年》" in sources


def test_every_template_occasion_has_an_opening_and_the_templates_name_them() -> None:
    library = builtin_library()
    for template in ("work-conference", "integrity", "deployment", "advancement"):
        assert f"opening.{template}" in library
        source = (builtin_dir("templates") / f"{template}.j2").read_text(encoding="utf-8")
        assert f"opening.{template}" in source
    occasions = {o for i in library.ids() if i.startswith("opening.") for o in library.entry(i).fragment().occasions}
    assert {"工作会议", "党风廉政建设会议", "专题会", "动员部署会", "推进会"} <= occasions


@pytest.mark.parametrize(("count", "words"), [(2, "两点意见"), (3, "三点意见"), (5, "五点意见"), (12, "十二点意见")])
def test_transition_announces_the_count_in_chinese(count: int, words: str) -> None:
    text = builtin_library().render("transition.points", {"points_count": count}, {}, HERE)
    assert text == f"下面，我讲{words}。"


def test_transition_takes_the_spec_points_count_when_not_given() -> None:
    library = builtin_library()
    assert library.render("transition.aspects", {}, {"points_count": 2}, HERE).endswith("强调两个方面。")
    # a spec without points announces the default rather than 零
    assert library.render("transition.points", {}, {"points_count": 0}, HERE) == "下面，我讲三点意见。"


# --- search path and overrides ------------------------------------------------


def test_search_path_order_builtin_then_spec_folder_then_extra(tmp_path: Path) -> None:
    spec_dir = tmp_path / "speech"
    write_library(spec_dir / "fragments", {"closing.yaml": ONE.format(default="本地")})
    extra = write_library(tmp_path / "extra", {"closing.yaml": ONE.format(default="额外")})
    dirs = search_path("fragments", [extra], spec_dir)
    assert dirs == [BUILTIN, spec_dir / "fragments", extra]
    library = load_library(dirs)
    entry = library.entry("closing.mine")
    assert entry.path == extra / "closing.yaml"
    assert [e.path for e in entry.overrides] == [spec_dir / "fragments" / "closing.yaml"]
    assert library.render("closing.mine", {}, {}, HERE) == "同志们，为额外而奋斗！"
    # without the extra folder the spec's own library wins
    assert load_library(search_path("fragments", [], spec_dir)).render("closing.mine", {}, {}, HERE) == "同志们，为本地而奋斗！"


def test_user_library_overrides_a_builtin_fragment_and_remembers_it(tmp_path: Path) -> None:
    text = ONE.replace("closing.mine", "closing.new-journey").format(default="我们")
    extra = write_library(tmp_path / "mine", {"sub/closing.yaml": text})
    library = load_library(search_path("fragments", [extra], None))
    entry = library.entry("closing.new-journey")
    assert not entry.builtin and entry.path == extra / "sub" / "closing.yaml"
    assert entry.overrides[0].builtin and entry.overrides[0].path == BUILTIN / "closing.yaml"
    assert len(library.all_entries()) == len(builtin_library()) + 1


def test_missing_extra_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FragmentError, match="不存在"):
        search_path("fragments", [tmp_path / "nowhere"], None)


def test_hidden_files_and_rejected_edits_are_not_loaded(tmp_path: Path) -> None:
    lib = write_library(
        tmp_path / "lib",
        {"closing.yaml": ONE.format(default="甲"), ".draft.yaml": "- : broken", "closing.mine.rejected-1.txt": "x"},
    )
    assert load_library([lib]).ids() == ["closing.mine"]


def test_a_file_in_another_yaml_style_is_parsed_whole(tmp_path: Path) -> None:
    flow = '[{id: thanks.short, title: 短, tags: [致谢], occasions: [推进会], text: "谢谢！"}]\n'
    lib = write_library(tmp_path / "lib", {"thanks.yaml": flow})
    library = load_library([lib])
    assert library.entry("thanks.short").chunk is None
    assert library.render("thanks.short", {}, {}, HERE) == "谢谢！"


def test_only_used_fragments_are_parsed_and_compiled(tmp_path: Path) -> None:
    broken = "- id: closing.broken\n  title: 坏的\n  text: |-\n    {{ oops\n"
    lib = write_library(tmp_path / "lib", {"closing.yaml": ONE.format(default="甲") + "\n" + broken})
    library = load_library([lib])
    assert library.render("closing.mine", {}, {}, HERE) == "同志们，为甲而奋斗！"
    assert library.entry("closing.broken")._template is None
    with pytest.raises(FragmentError, match="Jinja 语法错误"):
        library.render("closing.broken", {}, {}, HERE)


# --- bad libraries --------------------------------------------------------------


def error_of(tmp_path: Path, files: dict[str, str], fragment_id: str = "closing.mine") -> str:
    lib = write_library(tmp_path / "lib", files)
    with pytest.raises(FragmentError) as info:
        load_library([lib]).render(fragment_id, {}, {}, HERE)
    return str(info.value)


def test_yaml_error_points_at_file_line_column(tmp_path: Path) -> None:
    text = ONE.format(default="甲").replace("title: 我的结尾", 'title: "我的结尾')
    message = error_of(tmp_path, {"closing.yaml": text})
    assert message.startswith(f"{tmp_path / 'lib' / 'closing.yaml'}:")
    assert "YAML 语法错误" in message


def test_unknown_key_points_at_its_line_and_column_and_suggests(tmp_path: Path) -> None:
    text = ONE.format(default="甲").replace("  tags:", "  tagz:")
    message = error_of(tmp_path, {"closing.yaml": text})
    assert message.startswith(f"{tmp_path / 'lib' / 'closing.yaml'}:3:3：未知字段“tagz”")
    assert "tags" in message


def test_unknown_key_in_a_later_fragment_keeps_its_file_line(tmp_path: Path) -> None:
    second = ONE.replace("closing.mine", "closing.two").format(default="乙").replace("  occasions:", "  occasion:")
    message = error_of(tmp_path, {"closing.yaml": ONE.format(default="甲") + "\n" + second}, "closing.two")
    assert ":13:3：未知字段“occasion”" in message


def test_duplicate_id_across_files_names_both_places(tmp_path: Path) -> None:
    lib = write_library(
        tmp_path / "lib", {"closing.yaml": ONE.format(default="甲"), "more/closing.yaml": "# 注释\n" + ONE.format(default="乙")}
    )
    with pytest.raises(FragmentError) as info:
        load_library([lib])
    message = str(info.value)
    assert f"{lib / 'closing.yaml'}:1" in message and f"{lib / 'more' / 'closing.yaml'}:2" in message
    assert "重复" in message


def test_jinja_syntax_error_points_at_the_text_line(tmp_path: Path) -> None:
    text = ONE.format(default="甲").replace("{{ goal }}", "{{ goal }")
    message = error_of(tmp_path, {"closing.yaml": text})
    assert message.startswith(f"{tmp_path / 'lib' / 'closing.yaml'}:8：")
    assert "closing.mine" in message and "Jinja 语法错误" in message


@pytest.mark.parametrize("bad_id", ["closing...x", "closing.a/b", "../closing.x", "closing.a\\b"])
def test_ids_that_could_escape_are_rejected(tmp_path: Path, bad_id: str) -> None:
    text = ONE.format(default="甲").replace("closing.mine", bad_id.replace("\\", "\\\\"))
    lib = write_library(tmp_path / "lib", {"closing.yaml": text.replace(f"id: {bad_id}", f'id: "{bad_id}"')})
    with pytest.raises(FragmentError) as info:
        load_library([lib])
    assert str(info.value).startswith(f"{lib / 'closing.yaml'}:1:")
    assert "不能包含" in str(info.value)


def test_quotation_needs_a_source(tmp_path: Path) -> None:
    text = "- id: quote.x\n  title: 引文\n  text: 古人讲：“……”\n"
    message = error_of(tmp_path, {"quote.yaml": text}, "quote.x")
    assert "缺少出处（source）" in message


def test_empty_text_is_an_error(tmp_path: Path) -> None:
    message = error_of(tmp_path, {"closing.yaml": "- id: closing.mine\n  title: 空\n  text: ''\n"})
    assert message.startswith(f"{tmp_path / 'lib' / 'closing.yaml'}:3:9：")
    assert "正文（text）是空的" in message


# --- rendering: variables and errors --------------------------------------------


def test_unknown_fragment_suggests_the_nearest_ids() -> None:
    with pytest.raises(FragmentError) as info:
        builtin_library().render("closing.new-journy", {}, {}, HERE)
    message = str(info.value)
    assert message.startswith("spec.yaml:3:5：没有编号为“closing.new-journy”的素材")
    assert "closing.new-journey" in message


def test_missing_variable_names_fragment_variable_and_spec_line(tmp_path: Path) -> None:
    text = ONE.format(default="甲").replace(", default: 甲", "")
    lib = write_library(tmp_path / "lib", {"closing.yaml": text})
    with pytest.raises(FragmentError) as info:
        load_library([lib]).render("closing.mine", {}, {}, HERE)
    assert str(info.value).startswith("spec.yaml:3:5：素材“closing.mine”缺少变量“goal”（目标）")


def test_variable_not_declared_by_the_fragment_is_rejected() -> None:
    with pytest.raises(FragmentError, match="没有变量“gaol”.*goal"):
        builtin_library().render("closing.new-journey", {"gaol": "x"}, {}, HERE)


def test_spec_values_fill_declared_variables_and_with_wins() -> None:
    library = builtin_library()
    context = {"meeting": "全县推进会", "goal": "建设平安县城"}
    assert library.render("opening.advancement", {}, context, HERE).startswith("今天，我们召开全县推进会，")
    assert "为建设平安县城而不懈奋斗" in library.render("closing.new-journey", {}, context, HERE)
    assert "为建设法治县城而不懈奋斗" in library.render("closing.new-journey", {"goal": "建设法治县城"}, context, HERE)
    # an empty spec field falls back to the fragment's default
    assert "召开这次推进会" in library.render("opening.advancement", {}, {"meeting": ""}, HERE)


def test_sandbox_blocks_unsafe_attribute_access(tmp_path: Path) -> None:
    text = "- id: closing.evil\n  title: 坏\n  text: '{{ title.__class__.__mro__ }}'\n"
    lib = write_library(tmp_path / "lib", {"closing.yaml": text})
    with pytest.raises(FragmentError, match="closing.evil.*不安全"):
        load_library([lib]).render("closing.evil", {}, {"title": "x"}, HERE)


def test_preview_uses_defaults_and_placeholders() -> None:
    entry = builtin_library().entry("opening.advancement")
    assert "这次推进会" in render_entry(entry, preview_values(entry.fragment()), None)
    assert names_read("{{ title }}{{ goal }}") == {"title", "goal"}
    assert "title" in CONTEXT_NAMES


# --- in a build -------------------------------------------------------------------

SPEC = """template: advancement
title: 在全市政法队伍建设推进会上的讲话
meeting: 全市政法队伍建设推进会
date: 2025-03-01
vars:
  goal: 锻造新时代高素质政法铁军
opening:
  - fragment: opening.advancement
points:
  - heading: 坚持政治铸魂
    intro:
      - fragment: quote.hundred-li
        with: {lead: 古人说}
  - heading: 坚持从严管理
    items:
      - fragment: speech.dated
closing:
  - fragment: closing.new-journey
"""

DATED = """- id: speech.dated
  title: 用到说明书的字段
  text: '{{ date }}，{{ speaker }}在{{ title }}中讲了{{ points_count|count_cn }}点，目标是{{ vars.goal }}。'
"""


def test_spec_places_fragments_and_they_see_the_spec(tmp_path: Path, write_spec) -> None:
    write_library(tmp_path / "fragments", {"speech.yaml": DATED})
    spec = write_spec(SPEC.replace("date:", "speaker: 张三\ndate:"))
    text = render_text(render_speech(load_spec(spec)))
    assert "今天，我们召开全市政法队伍建设推进会，主要任务是" in text
    assert "古人说：“行百里者半于九十。”" in text
    assert "2025年3月1日，张三在在全市政法队伍建设推进会上的讲话中讲了两点，目标是锻造新时代高素质政法铁军。" in text
    assert "为锻造新时代高素质政法铁军而不懈奋斗！" in text


def test_missing_fragment_in_a_spec_points_at_its_line(tmp_path: Path, write_spec) -> None:
    spec = write_spec(SPEC.replace("fragment: speech.dated", "fragment: closing.new-journy"))
    with pytest.raises(FragmentError) as info:
        render_speech(load_spec(spec))
    assert str(info.value).startswith(f"{spec}:16:9：没有编号为“closing.new-journy”的素材")
    assert "closing.new-journey" in str(info.value)


def test_fragments_option_folder_is_searched(tmp_path: Path, write_spec) -> None:
    extra = write_library(tmp_path / "shared-lib", {"speech.yaml": DATED})
    spec = write_spec(SPEC.replace("date:", "speaker: 李四\ndate:"))
    text = render_text(render_speech(load_spec(spec), RenderOptions(fragment_dirs=[extra])))
    assert "李四在" in text


MINIMAL = """template: {template}
title: 在会议上的讲话
points:
  - heading: 提高认识
  - heading: 狠抓落实
"""


@pytest.mark.parametrize("template", ["work-conference", "integrity", "deployment", "advancement"])
def test_a_minimal_spec_still_gives_a_complete_speech(write_spec, template: str) -> None:
    speech = render_speech(load_spec(write_spec(MINIMAL.format(template=template))))
    roles = [getattr(b, "role", "heading") for b in speech.blocks]
    library = builtin_library()
    opening = library.render(f"opening.{template}", {}, {}, HERE).replace("\n", "")
    assert speech.blocks[0].text == opening
    assert roles[0] == "opening" and roles.count("heading") == 2
    assert roles[-1] in ("closing", "thanks")
    if template != "integrity":  # the integrity speech ends on its thanks line, like its model
        closing = library.render(f"closing.{template}", {}, {}, HERE).replace("\n", "")
        assert closing in [b.text for b in speech.blocks if getattr(b, "role", "") == "closing"]


def test_a_spec_that_gives_opening_and_closing_keeps_them(write_spec) -> None:
    text = MINIMAL.format(template="advancement") + "opening: [今天开个短会。]\nclosing: [散会。]\n"
    speech = render_speech(load_spec(write_spec(text)))
    texts = [getattr(b, "text", "") for b in speech.blocks]
    assert texts[0] == "今天开个短会。" and "散会。" in texts
    assert not any("推进会" in t for t in texts)


def test_an_unwritable_cache_folder_does_not_stop_rendering(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jianggao.render.jinja_env as jinja_env

    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # jianggao/jinja cannot be created under a file
    jinja_env._base_environment.cache_clear()
    jinja_env.fragment_environment.cache_clear()
    assert jinja_env._bytecode_cache() is None
    assert builtin_library().render("thanks.plain", {}, {}, HERE) == "谢谢大家！"


def test_template_naming_an_unknown_fragment_points_at_the_spec_template_line(tmp_path: Path, write_spec) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "mine.j2").write_text(
        "{#- 自定义 -#}\n{% extends '_base.j2' %}\n{% block closing_fragment %}closing.hopee{% endblock %}\n",
        encoding="utf-8",
    )
    spec = write_spec("title: 在会上的讲话\ntemplate: mine\npoints: [{heading: 抓落实}]\n")
    with pytest.raises(FragmentError) as info:
        render_speech(load_spec(spec))
    assert str(info.value).startswith(f"{spec}:2:11：没有编号为“closing.hopee”的素材")
    assert "closing.hope" in str(info.value)
