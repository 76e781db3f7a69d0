"""Spec → template → speech structure.

``render_speech`` takes a validated spec, resolves fragment references into
text, hands the template a plain view of the spec (dicts, lists and strings:
nothing a sandboxed template could misuse) and parses the template's tagged
output into a ``Speech``. Numbering happens in the template, through the
filters of ``jinja_env``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from ..errors import Location, TemplateError
from ..library_paths import search_path
from ..records import field, fields, is_record, record
from ..spec.model import FragmentRef, Item, LoadedSpec, Spec
from ..spec.typed_yaml import yaml_key
from ..spec.yaml_source import YamlPath
from ..speech import Speech
from ..zh.dates import chinese_date
from .context_names import FACTS
from .jinja_env import (
    JinjaFailure,
    View,
    bounded_render,
    guarded,
    one_line,
    template_environment,
    template_location,
)
from .markup import build_speech
from .templates import TemplateInfo, find_template
from .typed_labels import drop_typed_labels
from .typed_values import drop_repeated_thanks, typed_view

JOINED_PARAGRAPHS = "joined-paragraphs"  # check rule: a text value with a blank line, printed as one paragraph
CUT_BY_COMMENT = "cut-by-comment"  # check rule: “ #3 号文件” in a plain value, read by YAML as a comment


class FragmentSource(Protocol):
    """What rendering needs of a fragment library (see fragments.library)."""

    def render(self, fragment_id: str, variables: dict[str, Any], context: dict[str, Any], where: Location) -> str: ...


@record
class RenderOptions:
    """The user's library folders (``--templates``/``--fragments``), for one batch of specs.

    The fragment libraries a batch reads are indexed once and kept here.
    """

    template_dirs: list[Path] = field(default_factory=list)
    fragment_dirs: list[Path] = field(default_factory=list)
    # Told of each thing rendering fixed for the user (a typed label dropped): where, what, what to do,
    # and (when not "typed-label") the check rule that reports it.
    warn: Callable[..., None] | None = None
    _fragment_libraries: dict[tuple[Path, ...], FragmentSource] = field(default_factory=dict, repr=False)

    def fragments(self, spec_dir: Path | None) -> FragmentSource:
        dirs = tuple(search_path("fragments", self.fragment_dirs, spec_dir))
        if dirs not in self._fragment_libraries:
            from ..fragments.library import load_library  # only specs that use fragments pay for it

            self._fragment_libraries[dirs] = load_library(list(dirs))
        return self._fragment_libraries[dirs]

    def forget_fragments(self) -> None:
        """Drop the indexed libraries: the next use reads them again (after a fragment was saved)."""
        self._fragment_libraries.clear()


def to_view(value: Any) -> Any:
    if isinstance(value, dict):
        return View(**{str(k): to_view(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [to_view(v) for v in value]
    return value




@functools.cache
def _field_keys(cls: type) -> tuple[tuple[str, str], ...]:
    """A spec record's fields: (attribute name, YAML key)."""
    return tuple((f.name, yaml_key(f)) for f in fields(cls))


class _Renderer:
    def __init__(self, loaded: LoadedSpec, options: RenderOptions) -> None:
        self.loaded = loaded
        self.spec: Spec = loaded.spec
        self.options = options
        self.spec_dir = loaded.path.resolve().parent
        # The text each `fragment:` reference of the spec became, by its spec path.
        self.fragment_texts: dict[YamlPath, str] = {}
        self.fragment_context = self._fragment_context()

    # --- fragments -------------------------------------------------------

    def fragments(self) -> FragmentSource:
        return self.options.fragments(self.spec_dir)

    def _fragment_context(self) -> dict[str, Any]:
        s = self.spec
        context = dict(s.vars)
        context.update({key: getattr(s, key) for key in FACTS})
        context.update(date=chinese_date(s.date), points_count=len(s.points), vars=dict(s.vars))
        return context

    def text(self, value: str | FragmentRef, path: YamlPath) -> str:
        if isinstance(value, FragmentRef):
            where = self.loaded.where(path)
            text = one_line(self.fragments().render(value.fragment, value.with_, self.fragment_context, where))
            self.fragment_texts[path] = text
            return text
        blanks = self.loaded.source.blank_lines
        # (a paragraph written where a list of them may be, `closing: |`, is that list's only entry)
        blank = blanks.get(path) or (blanks.get(path[:-1]) if path and path[-1] == 0 else None)
        if blank is not None and self.options.warn is not None:
            self.options.warn(
                Location(self.loaded.path, *blank),
                "这段文字中间有空行，生成时已连成一段",
                "要分成几段，请写成列表，每段一行“- ……”",
                JOINED_PARAGRAPHS,
            )
        cut = self.loaded.source.cut_comments.get(path)
        if cut is not None and self.options.warn is not None:
            line, column, comment = cut
            shown = comment if len(comment) <= 12 else comment[:12] + "…"
            self.options.warn(
                Location(self.loaded.path, line, column),
                f"这段文字从“{shown}”起被 YAML 当成了注释（# 前面有空格），这部分没有写进讲话稿",
                "要保留，请给整段文字加上引号；真是注释的话，请在 # 后面空一格",
                CUT_BY_COMMENT,
            )
        return one_line(value)

    # --- the view the template sees --------------------------------------

    def view(self, value: Any, path: YamlPath) -> Any:
        """The spec as plain data: every paragraph one line of text, fragment references resolved."""
        if isinstance(value, str | FragmentRef):
            return self.text(value, path)
        if isinstance(value, list):
            return [self.view(v, (*path, i)) for i, v in enumerate(value)]
        if is_record(value):
            out = {}
            for name, key in _field_keys(type(value)):
                here = (*path, key)
                inner = getattr(value, name)
                sub_points = name == "items" and isinstance(inner, list)  # Point.items, Item.items
                out[name] = self.items_view(inner, here) if sub_points else self.view(inner, here)
            return out
        return value  # numbers, dates, true/false, None, and `vars` as written

    def items_view(self, items: list[Item | str | FragmentRef], path: YamlPath) -> list[dict[str, Any]]:
        """Sub-points: a plain paragraph is an item with text only; ``index`` counts the headed ones."""
        view = []
        index = 0
        for i, item in enumerate(items):
            here = (*path, i)
            if isinstance(item, Item):
                entry = self.view(item, here)
            else:
                entry = self.view(Item(), here) | {"text": self.text(item, here)}
            index += bool(entry["heading"])
            entry["index"] = index if entry["heading"] else 0
            view.append(entry)
        return view

    # --- rendering -------------------------------------------------------

    def render(self, template: tuple[TemplateInfo, list[Path]] | None = None) -> Speech:
        """The speech; ``template`` (the template and its search path) when the caller found it already."""
        if template is None:
            dirs = search_path("templates", self.options.template_dirs, self.spec_dir)
            try:
                info = find_template(self.spec.template, dirs)
            except TemplateError as exc:  # point at the spec's `template:` line
                raise TemplateError(exc.message, location=self.loaded.where(("template",)), hint=exc.hint) from None
        else:
            info, dirs = template
        view = self.view(self.spec, ())  # fragments in the spec resolve before the template runs
        view = typed_view(view, self.loaded.where, self.options.warn)  # 同志们： and thanks: 是 as meant
        context = {"spec": to_view(view), "fragment": self._template_fragment}
        markup = run_template(template_environment(tuple(dirs)), info.name + ".j2", dirs, context)
        speech = build_speech(
            markup,
            author=self.spec.speaker,
            date=self.spec.date,
            template=info.name,
            source=str(info.path),
        )
        speech = drop_repeated_thanks(speech, self._closing_place(), self.options.warn)
        return drop_typed_labels(speech, self._headings(view), self.options.warn)

    def _closing_place(self) -> Location | None:
        """Where the spec wrote its closing's last paragraph (None: the template's stock closing)."""
        data = self.loaded.source.data
        written = data.get("closing") if isinstance(data, dict) else None
        if isinstance(written, list):
            return self.loaded.where(("closing", len(written) - 1)) if written else None
        return self.loaded.where(("closing",)) if written else None

    def _headings(self, view: dict[str, Any]) -> list[tuple[str, Location]]:
        """The spec's heading texts (as the template saw them) and their places."""
        found: list[tuple[str, Location]] = []

        def walk(entries: list[dict[str, Any]], path: YamlPath) -> None:
            for i, entry in enumerate(entries):
                if entry.get("heading"):
                    found.append((entry["heading"], self.loaded.where((*path, i, "heading"))))
                walk(entry.get("items") or [], (*path, i, "items"))

        walk(view.get("points") or [], ("points",))
        return found

    def _template_fragment(self, fragment_id: str, **variables: Any) -> str:
        """``{{ fragment('closing.thanks', goal='…') }}`` inside a template."""
        where = self.loaded.where(("template",))
        return one_line(self.fragments().render(fragment_id, variables, self.fragment_context, where))


# How each kind of template failure reads: (message, hint); {detail} is filled in.
_TEMPLATE_WORDING = {
    "syntax": ("模板语法错误：{detail}", "请修改模板后重试"),
    "undefined": ("模板使用了未定义的变量（{detail}）", "请在说明书中提供它（可放在 vars 下），或修改模板"),
    "unsafe": ("模板试图执行不安全的操作（{detail}）", "模板在沙箱中运行，只能使用说明书中的数据"),
    "failed": ("模板渲染失败：{detail}", "请检查模板和说明书中对应的内容"),
}


def run_template(env: Any, name: str, dirs: list[Path], context: dict[str, Any]) -> str:
    """Render ``name``; every failure of the template becomes a TemplateError at its template line."""

    def fail(failure: JinjaFailure, exc: BaseException) -> TemplateError:
        message, hint = _TEMPLATE_WORDING[failure.kind]
        if failure.kind == "syntax":
            where = Location(failure.filename or name, failure.line)
        else:
            where = template_location(exc, dirs) or Location(name)
        return TemplateError(message.format(detail=failure.detail), location=where, hint=hint)

    return guarded(lambda: bounded_render(env.get_template(name), context), fail)


def render_speech(
    loaded: LoadedSpec,
    options: RenderOptions | None = None,
    template: tuple[TemplateInfo, list[Path]] | None = None,
) -> Speech:
    """``loaded`` rendered through its template (``template``: the template and search path, if known)."""
    return _Renderer(loaded, options or RenderOptions()).render(template)


def render_speech_traced(
    loaded: LoadedSpec, options: RenderOptions | None = None
) -> tuple[Speech, dict[YamlPath, str]]:
    """The speech, and the text each of the spec's fragment references became (for `check`)."""
    renderer = _Renderer(loaded, options or RenderOptions())
    return renderer.render(), dict(renderer.fragment_texts)
