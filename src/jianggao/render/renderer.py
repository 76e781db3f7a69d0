"""Spec → template → speech structure.

``render_speech`` takes a validated spec, resolves fragment references into
text, hands the template a plain view of the spec (dicts, lists and strings:
nothing a sandboxed template could misuse) and parses the template's tagged
output into a ``Speech``. Numbering happens in the template, through the
filters registered here.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Protocol

from ..errors import JianggaoError, Location, TemplateError
from ..spec.model import FragmentRef, Item, LoadedSpec, Spec
from ..spec.yaml_source import YamlPath
from ..speech import Speech
from ..zh.dates import chinese_date
from ..zh.numbering import number_label, style_level
from ..zh.numerals import chinese_numeral, count_word
from .markup import build_speech
from .templates import find_template, make_environment, search_path


class FragmentSource(Protocol):
    """What rendering needs of a fragment library (see fragment_library)."""

    def render(self, fragment_id: str, variables: dict[str, Any], context: dict[str, Any], where: Location) -> str: ...


@dataclass
class RenderOptions:
    template_dirs: list[Path] = field(default_factory=list)
    fragment_dirs: list[Path] = field(default_factory=list)


class View(SimpleNamespace):
    """A read-only record for templates: ``point.items`` is the data, not ``dict.items``."""

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None


def to_view(value: Any) -> Any:
    if isinstance(value, dict):
        return View(**{str(k): to_view(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [to_view(v) for v in value]
    return value


def as_sentence(text: str) -> str:
    """A run-in heading sentence ends with a full stop unless it has its own ending.

    A trailing ， is an ending too: 一方面，要压实责任，各县区委书记要…
    """
    text = text.strip()
    return text if not text or text[-1] in "。！？；：…，" else text + "。"


def one_line(text: str) -> str:
    """Block scalars in YAML keep line breaks; a paragraph is one line of Chinese text."""
    return "".join(part.strip() for part in str(text).splitlines())


TEMPLATE_FILTERS = {
    "cn": chinese_numeral,
    "count_cn": count_word,
    "label": lambda index, style, count=None: number_label(style, index, count),
    "cndate": chinese_date,
    "sentence": as_sentence,
}


class _Renderer:
    def __init__(self, loaded: LoadedSpec, options: RenderOptions) -> None:
        self.loaded = loaded
        self.spec: Spec = loaded.spec
        self.options = options
        self.spec_dir = loaded.path.resolve().parent
        self._fragments: FragmentSource | None = None
        # The text each `fragment:` reference of the spec became, by its spec path.
        self.fragment_texts: dict[YamlPath, str] = {}
        self.fragment_context = self._fragment_context()

    # --- fragments -------------------------------------------------------

    def fragments(self) -> FragmentSource:
        if self._fragments is None:
            from ..fragments.library import (  # only specs that use fragments pay for it
                load_library,
                search_dirs,
            )

            self._fragments = load_library(search_dirs(self.options.fragment_dirs, self.spec_dir))
        return self._fragments

    def _fragment_context(self) -> dict[str, Any]:
        s = self.spec
        context = dict(s.vars)
        context.update(
            title=s.title,
            meeting=s.meeting,
            speaker=s.speaker,
            speaker_title=s.speaker_title,
            date=chinese_date(s.date),
            points_count=len(s.points),
            vars=dict(s.vars),
        )
        return context

    def text(self, value: str | FragmentRef, path: YamlPath) -> str:
        if isinstance(value, FragmentRef):
            where = self.loaded.where(path)
            text = one_line(self.fragments().render(value.fragment, value.with_, self.fragment_context, where))
            self.fragment_texts[path] = text
            return text
        return one_line(value)

    def texts(self, values: list, path: YamlPath) -> list[str]:
        return [self.text(v, (*path, i)) for i, v in enumerate(values)]

    # --- the view the template sees --------------------------------------

    def items_view(self, items: list, path: YamlPath) -> list[dict[str, Any]]:
        view = []
        index = 0
        for i, item in enumerate(items):
            here = (*path, i)
            if isinstance(item, Item) and item.heading:
                index += 1
            if isinstance(item, Item):
                view.append(
                    {
                        "heading": one_line(item.heading),
                        "text": self.text(item.text, (*here, "text")) if item.text else "",
                        "paragraphs": self.texts(item.paragraphs, (*here, "paragraphs")),
                        "items": self.items_view(item.items, (*here, "items")),
                        "numbering": item.numbering,
                        "index": index if item.heading else 0,
                    }
                )
            else:
                view.append(
                    {"heading": "", "text": self.text(item, here), "paragraphs": [], "items": [], "numbering": None, "index": 0}
                )
        return view

    def view(self) -> dict[str, Any]:
        s = self.spec
        o = s.opening
        return {
            "template": s.template,
            "title": one_line(s.title),
            "subtitle": one_line(s.subtitle),
            "meeting": s.meeting,
            "speaker": s.speaker,
            "speaker_title": s.speaker_title,
            "date": s.date,
            "salutation": s.salutation,
            "opening": {
                "paragraphs": self.texts(o.paragraphs, ("opening", "paragraphs")),
                "purpose": one_line(o.purpose),
                "occasion": one_line(o.occasion),
                "acknowledgement": one_line(o.acknowledgement),
                "review": self.texts(o.review, ("opening", "review")),
                "problems": self.texts(o.problems, ("opening", "problems")),
                "approach": one_line(o.approach),
                "theme": o.theme,
                "summary": list(o.summary),
                "transition": one_line(o.transition),
            },
            "points": [
                {
                    "heading": one_line(p.heading),
                    "intro": self.texts(p.intro, ("points", i, "intro")),
                    "items": self.items_view(p.items, ("points", i, "items")),
                    "numbering": p.numbering,
                }
                for i, p in enumerate(s.points)
            ],
            "numbering": {"items": s.numbering.items, "nested": s.numbering.nested},
            "closing": None if s.closing is None else self.texts(s.closing, ("closing",)),
            "thanks": s.thanks,
            "duration": s.duration,
            "vars": dict(s.vars),
        }

    # --- rendering -------------------------------------------------------

    def render(self) -> Speech:
        dirs = search_path(self.options.template_dirs, self.spec_dir)
        try:
            info = find_template(self.spec.template, dirs)
        except TemplateError as exc:  # point at the spec's `template:` line
            raise TemplateError(exc.message, location=self.loaded.where(("template",)), hint=exc.hint) from None
        view = self.view()  # fragments in the spec resolve before the template runs
        env = make_environment(
            dirs,
            TEMPLATE_FILTERS,
            {"fragment": self._template_fragment, "level_of": style_level},
        )
        markup = run_template(env, info.name + ".j2", dirs, {"spec": to_view(view)})
        return build_speech(
            markup,
            author=self.spec.speaker,
            date=self.spec.date,
            template=info.name,
            source=str(info.path),
        )

    def _template_fragment(self, fragment_id: str, **variables: Any) -> str:
        """``{{ fragment('closing.thanks', goal='…') }}`` inside a template."""
        where = self.loaded.where(("template",))
        return one_line(self.fragments().render(fragment_id, variables, self.fragment_context, where))


def run_template(env: Any, name: str, dirs: list[Path], context: dict[str, Any]) -> str:
    """Render ``name``; every Jinja failure becomes a TemplateError at its template line."""
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    try:
        return env.get_template(name).render(context)
    except JianggaoError:
        raise
    except TemplateSyntaxError as exc:
        where = Location(exc.filename or name, exc.lineno)
        raise TemplateError(f"模板语法错误：{exc.message}", location=where, hint="请修改模板后重试") from None
    except UndefinedError as exc:
        raise TemplateError(
            f"模板使用了未定义的变量（{_undefined_name(exc)}）",
            location=_template_location(exc, dirs) or Location(name),
            hint="请在说明书中提供它（可放在 vars 下），或修改模板",
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            f"模板试图执行不安全的操作（{exc}）",
            location=_template_location(exc, dirs) or Location(name),
            hint="模板在沙箱中运行，只能使用说明书中的数据",
        ) from None
    except (JinjaError, ValueError, TypeError) as exc:
        raise TemplateError(
            f"模板渲染失败：{exc}",
            location=_template_location(exc, dirs) or Location(name),
            hint="请检查模板和说明书中对应的内容",
        ) from None


def _undefined_name(exc: Exception) -> str:
    text = str(exc)
    # Jinja says "'x' is undefined" or "'dict object' has no attribute 'x'"
    if "has no attribute" in text:
        return text.rsplit("attribute", 1)[1].strip(" '\"")
    return text.split("'")[1] if text.count("'") >= 2 else text


def _template_location(exc: BaseException, dirs: list[Path]) -> Location | None:
    """The innermost traceback frame that belongs to a template file."""
    roots = [str(d.resolve()) for d in dirs] + [str(d) for d in dirs]
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2") and any(frame.filename.startswith(r) for r in roots):
            return Location(frame.filename, frame.lineno)
    return None


def render_speech(loaded: LoadedSpec, options: RenderOptions | None = None) -> Speech:
    return _Renderer(loaded, options or RenderOptions()).render()


def render_speech_traced(
    loaded: LoadedSpec, options: RenderOptions | None = None
) -> tuple[Speech, dict[YamlPath, str]]:
    """The speech, and the text each of the spec's fragment references became (for `check`)."""
    renderer = _Renderer(loaded, options or RenderOptions())
    return renderer.render(), dict(renderer.fragment_texts)
