"""A template made from an example speech (``jianggao templates new NAME --from speech``).

The speech is read as ``mine`` reads it. The new template extends ``_base.j2``
and keeps what the speech does by itself: the style of its points and
sub-points, its transition sentence (its count word following the number of
points), its thanks line, and how its opening groups the moves (whether the
transition runs on after the purpose and acknowledgement, or stands alone).
The template is then proved: the speech is mined again for the new template,
the spec rebuilt, and its body text compared with the speech's. The starter
spec beside it has the speech's structure with every text replaced by XX.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import TemplateError
from ..library_paths import search_path
from ..records import field, record
from ..render.renderer import RenderOptions, render_speech
from ..render.template_profile import template_profiles
from ..render.templates import find_template
from ..spec.model import validate_spec_text
from ..spec.schema import SCHEMA_COMMENT
from ..spec.yaml_writer import spec_yaml
from ..speech import Speech
from ..zh.numbering import POINT_STYLES, TOP_STYLE
from ..zh.numerals import count_word, parse_chinese_number
from .mine import THEME_PATTERNS, mine_speech, normalise, numbering_styles
from .opening_sentences import find_transition
from .speech_file import ReadResult

# A template name: letters, digits, Chinese, - and _; not starting with _ (building blocks do).
_NAME = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9_\-\u4e00-\u9fff]{0,63}$")
# The count word of a transition: 讲三点意见 / 强调3个方面 / 分享两点希望
_COUNT = re.compile(r"(讲|强调|谈|提|说|从|分享|汇报|表)(了|以下|如下)?([一二两三四五六七八九十]{1,3}|\d{1,2})(点|个方面|方面|个问题|条|项|个态)")
# The words of a meeting in a title (在全县政法工作会议上的讲话 → 工作会议).
_OCCASION = re.compile(r"([\u4e00-\u9fff]{0,2}(?:会议|大会|典礼|座谈会|推进会|部署会|专题会|动员会|表彰会|会))上的")
_RUN_ON_MOVES = ("o.occasion", "o.purpose", "o.acknowledgement")


def check_template_name(name: str) -> None:
    if not _NAME.match(name):
        raise TemplateError(
            f"模板名“{name}”不可用",
            hint="模板名由字母、数字、汉字、- 和 _ 组成，不以 _ 开头，最长 64 字，如 my-symposium 或 务虚会",
        )


@record
class MadeTemplate:
    template: str  # the .j2 text
    starter: str  # the starter spec's text
    based_on: str  # the template mine chose for the speech, whose wording the new one replaces
    reproduced: bool  # building the mined spec with the new template gives the speech's body text
    notes: list[str] = field(default_factory=list)


def _jinja_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def transition_expression(sentence: str, count: int) -> str:
    """The transition as a Jinja expression whose count word follows the number of points."""
    for m in _COUNT.finditer(sentence):
        number = m.group(3)
        value = int(number) if number.isdigit() else parse_chinese_number(number)
        if value != count:
            continue
        counted = "spec.points|length" if number.isdigit() else "spec.points|length|count_cn"
        if not number.isdigit() and number != count_word(count):
            continue  # 二点: a spelling count_cn would not give back
        return f"{_jinja_string(sentence[: m.start(3)])} ~ {counted} ~ {_jinja_string(sentence[m.end(3):])}"
    return _jinja_string(sentence)


_THEME = "\x00"  # where the theme stands in a transition while it becomes an expression


def transition_block(sentence: str, count: int) -> str:
    """The body of the template's transition block: the spec's own transition, else the speech's
    sentence with its count word (and its theme, when it names one) following the spec."""
    plain, themed = sentence, ""
    for pattern in THEME_PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        end = m.end() if m.group().endswith("主题") else m.end(1)
        end += sentence[end : end + 1] in "，,"
        plain = sentence[: m.start()] + sentence[end:]
        themed = sentence[: m.start(1)] + _THEME + sentence[m.end(1) :]
        break
    lines = ["{% if o.transition %}", "{% set sentence = o.transition %}"]
    if themed:
        expression = transition_expression(themed, count).replace(_THEME, "' ~ o.theme ~ '")
        lines += ["{% elif o.theme %}", f"{{% set sentence = {expression} %}}"]
    lines += ["{% else %}", f"{{% set sentence = {transition_expression(plain, count)} %}}", "{% endif %}"]
    return "\n".join(lines)


def _template_text(
    *, description: str, occasion: str, source: str, point_style: str, item_style: str, nested_style: str,
    thanks: str, transition: str, run_on: bool,
) -> str:
    grouped = ", ".join(_RUN_ON_MOVES) + ", " if run_on else ""
    apart = "" if run_on else "{{ m.joined([o.occasion, o.purpose, o.acknowledgement]) }}\n"
    header = [
        f"{{#- {description} -#}}",
        "{#- mine: how `jianggao mine` recognises a speech for this template (see README)",
        *([f"  occasions: {occasion}"] if occasion else []),
        "  priority: 0",
        "-#}",
        f"{{#- Made by jianggao templates new from {source}: its numbering, transition, thanks line and",
        "    opening grouping. Edit freely; the blocks are those of _base.j2. -#}",
    ]
    return "\n".join(header) + f"""
{{% extends '_base.j2' %}}
{{% block opening %}}
{{% set o = spec.opening %}}
{{{{ m.paras(o.paragraphs, 'opening') }}}}
{apart}{{{{ m.reports(o) }}}}
{{% if not spec.points %}}
{{{{ m.joined([{grouped}m.unsaid(o, o.transition)|trim, o.transition]) }}}}
{{% endif %}}
{{% endblock %}}
{{% block transition %}}
{{% set o = spec.opening %}}
{transition}
{{{{ m.joined([{grouped}m.unsaid(o, sentence)|trim, sentence]) }}}}
{{% endblock %}}
{{% block point_style %}}{point_style}{{% endblock %}}
{{% block item_style %}}{item_style}{{% endblock %}}
{{% block nested_style %}}{nested_style}{{% endblock %}}
{{% block thanks_line %}}{thanks}{{% endblock %}}
"""


def _skeleton(data: Any, key: str = "") -> Any:
    """The mined spec with its words replaced by XX: the speech's structure as a starter."""
    if isinstance(data, dict):
        return {k: v if k in ("template", "numbering", "date", "salutation", "thanks") else _skeleton(v, k) for k, v in data.items()}
    if isinstance(data, list):
        return [_skeleton(v, key) for v in data]
    if isinstance(data, str):
        if key == "title":
            return "在XX上的讲话"
        return "XX" if key in ("heading", "subtitle", "meeting", "speaker", "speaker_title", "theme", "summary") else "XX。"
    return data


def _body(speech: Speech) -> str:
    return normalise("".join(block.full_text for block in speech.blocks))


def make_template(
    read: ReadResult, name: str, *, template_dirs: Sequence[Path] = (), spec_path: Path | None = None
) -> MadeTemplate:
    """A template named ``name`` made from the speech ``read``, proved by rebuilding the speech."""
    check_template_name(name)
    spec_path = spec_path or Path.cwd() / f"{name}.yaml"
    base = mine_speech(read, template_dirs=template_dirs, spec_path=spec_path)
    dirs = search_path("templates", template_dirs, spec_path.resolve().parent)
    profile = template_profiles({base.template: find_template(base.template, dirs)}, dirs, RenderOptions(
        template_dirs=list(template_dirs)), spec_path)[base.template]
    outline = read.outline
    styles = numbering_styles(outline)
    first = outline.points[0].style if outline.points else ""
    opening = [t.text for t in outline.opening]
    last = opening[-1] if opening else ""
    start = find_transition(last)
    sentence = last[start:] if start is not None else ""
    description = f"{name}：由 {read.path.name} 生成的模板"
    occasion = m.group(1) if (m := _OCCASION.search(outline.title)) else ""
    fields = dict(
        description=description,
        occasion=occasion,
        source=read.path.name,
        point_style=first if first in POINT_STYLES else TOP_STYLE,
        item_style=styles.get("items") or profile.item_style,
        nested_style=styles.get("nested") or profile.nested_style,
        thanks=outline.thanks.text if outline.thanks else "",
        transition=transition_block(sentence or "下面，我讲三点意见。", len(outline.points) if sentence else 3),
    )
    # The speech's own grouping first: the transition runs on after text before it, or stands alone.
    groupings = [True, False] if start else [False, True]
    notes: list[str] = []
    attempts: list[tuple[str, str, bool]] = []  # (template, starter, reproduced) for each grouping tried
    for run_on in groupings:
        text = _template_text(**fields, run_on=run_on)
        data, speech = _rebuild(read, name, text, template_dirs, spec_path)
        attempts.append((text, spec_yaml(_skeleton(data)), _body(speech) == _body(read.speech)))
        if attempts[-1][2]:
            break
    template, starter, reproduced = next((a for a in attempts if a[2]), attempts[0])
    if not reproduced:
        notes.append("用新模板重新生成的正文与原稿不完全一致，请核对模板")
    starter = starter.removeprefix(SCHEMA_COMMENT)
    header = (
        f"# {name} 模板的起步说明书（由 jianggao templates new 从 {read.path.name} 生成，结构与原稿相同）\n"
        "# 把 XX 换成实际内容，然后运行：jianggao build 本文件名\n"
    )
    return MadeTemplate(template, header + starter, base.template, reproduced, notes)


def _rebuild(
    read: ReadResult, name: str, template: str, template_dirs: Sequence[Path], spec_path: Path
) -> tuple[dict[str, Any], Speech]:
    """The speech mined for the new template (held in a scratch folder) and built again."""
    with tempfile.TemporaryDirectory(prefix="jianggao-template-") as scratch:
        folder = Path(scratch)
        (folder / f"{name}.j2").write_text(template, encoding="utf-8")
        dirs = [*template_dirs, folder]
        mined = mine_speech(read, name, template_dirs=dirs, spec_path=spec_path)
        loaded = validate_spec_text(spec_yaml(mined.data))
        return mined.data, render_speech(loaded, RenderOptions(template_dirs=dirs))
