"""The one Jinja setup that templates and fragments share.

Both are untrusted text from the user's libraries, so both run in Jinja's
immutable sandbox with ``StrictUndefined``, with the same filters, the same
on-disk bytecode cache and the same translation of Jinja's failures into one
line for the user. Templates get an environment per search path (built once,
reused for every spec of a batch); fragments share one overlay of it whose
loader serves fragment texts by name.

Jinja is imported lazily: it is most of a cold start.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..errors import JianggaoError, Location, TemplateError
from ..library_paths import is_within
from ..zh.dates import chinese_date
from ..zh.numbering import is_heading_style, number_label, style_level
from ..zh.numerals import chinese_numeral, count_word


def as_sentence(text: str) -> str:
    """A run-in heading sentence ends with a full stop unless it has its own ending.

    A trailing ， is an ending too: 一方面，要压实责任，各县区委书记要…
    """
    text = text.strip()
    return text if not text or text[-1] in "。！？；：…，" else text + "。"


def one_line(text: str) -> str:
    """Block scalars in YAML keep line breaks; a paragraph is one line of Chinese text."""
    return "".join(part.strip() for part in str(text).splitlines())


# Numbers may arrive as text ("3") from a fragment's `with:` values.
FILTERS: dict[str, Callable[..., Any]] = {
    "cn": lambda n: chinese_numeral(int(n)),
    "count_cn": lambda n: count_word(int(n)),
    "label": lambda index, style, count=None: number_label(style, index, count),
    "cndate": chinese_date,
    "sentence": as_sentence,
}
TESTS: dict[str, Callable[..., bool]] = {"heading_style": is_heading_style}
GLOBALS: dict[str, Any] = {"level_of": style_level}


def _bytecode_cache() -> Any:
    """Compiled templates and fragments cached on disk, keyed by source checksum (like .pyc files).

    Compiling is most of a cold build's time. The cache only saves time: one
    that cannot be created or written is simply not used.
    """
    from jinja2 import FileSystemBytecodeCache

    class QuietCache(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jianggao" / "jinja"
        root.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        return None
    return QuietCache(str(root)) if os.access(root, os.W_OK) else None


class View(SimpleNamespace):
    """A read-only record for templates: ``point.items`` is the data, not ``dict.items``.

    Its attributes are the spec's plain data (text, numbers, dates, lists, views),
    so the sandbox hands out a public one without its checks (see ``_sandbox``).
    """

    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None


def _sandbox() -> type:
    """Jinja's immutable sandbox, with a fast path for the views' own data attributes."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is View and not attribute.startswith("_"):
                data = obj.__dict__
                if attribute in data:
                    return data[attribute]
            return super().getattr(obj, attribute)

    return Sandbox


@functools.cache
def _base_environment() -> Any:
    from jinja2 import StrictUndefined

    env = _sandbox()(
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    env.tests.update(TESTS)
    env.globals.update(GLOBALS)
    return env


def _confined_loader(dirs: tuple[Path, ...]) -> Any:
    """Jinja's file loader over ``dirs`` (first wins), refusing a template a link takes outside its folder."""
    from jinja2 import FileSystemLoader

    class ConfinedLoader(FileSystemLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
            source, filename, uptodate = super().get_source(environment, template)
            if not any(is_within(Path(filename), folder) for folder in dirs):
                raise TemplateError(
                    f"模板“{template}”指向模板文件夹之外（{filename}）",
                    hint="模板只能放在模板文件夹中，请不要用链接指向别处",
                )
            return source, filename, uptodate

    return ConfinedLoader([str(d) for d in dirs], encoding="utf-8")


@functools.cache
def template_environment(search_path: tuple[Path, ...]) -> Any:
    """The environment for templates over ``search_path`` (override order, weakest first); one per path."""
    # auto_reload: a long-running process (a batch, a preview) sees a template the user just saved.
    return _base_environment().overlay(loader=_confined_loader(tuple(reversed(search_path))), auto_reload=True)


# Fragment texts the fragment environment serves, by name (see ``compile_fragment``).
_FRAGMENT_SOURCES: dict[str, tuple[str, str]] = {}


def _fragment_source(name: str) -> tuple[str, str, Callable[[], bool]]:
    text, filename = _FRAGMENT_SOURCES[name]
    return text, filename, lambda: True


@functools.cache
def fragment_environment() -> Any:
    """The environment for fragment texts: a paragraph's worth of Jinja, whitespace kept as written."""
    from jinja2 import FunctionLoader

    return _base_environment().overlay(
        loader=FunctionLoader(_fragment_source),
        cache_size=0,  # each fragment keeps its own template; a name may get new text after an edit
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=False,
    )


def compile_fragment(name: str, text: str, filename: str) -> Any:
    """Compile a fragment's text (through the bytecode cache); ``name`` must be stable across edits."""
    _FRAGMENT_SOURCES[name] = (text, filename)
    return fragment_environment().get_template(name)


def names_read(text: str) -> set[str]:
    """Names a Jinja text reads from its context (its variables), filters' and globals' names aside."""
    from jinja2 import meta

    env = fragment_environment()
    return set(meta.find_undeclared_variables(env.parse(text))) - set(env.globals)


# --- failures -------------------------------------------------------------------


@dataclass(frozen=True)
class JinjaFailure:
    """What went wrong in a template or fragment, in terms a message can be made of.

    ``kind`` is ``syntax`` (``detail``: Jinja's message, ``line``: its line),
    ``undefined`` (``detail``: the missing name), ``unsafe`` (the sandbox
    refused an operation) or ``failed`` (anything else a text can make go
    wrong at run time: a filter given the wrong thing, a division by zero, a
    recursion without end).
    """

    kind: str
    detail: str
    line: int | None = None
    filename: str | None = None


# What a user's template or fragment can raise while it compiles or renders.
RENDER_ERRORS: tuple[type[BaseException], ...] = (
    ValueError, TypeError, ArithmeticError, LookupError, AttributeError, AssertionError, RecursionError,
)


def classify(exc: BaseException) -> JinjaFailure | None:
    """The failure ``exc`` stands for, or None when it is not a template's doing."""
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    if isinstance(exc, TemplateSyntaxError):
        return JinjaFailure("syntax", exc.message or str(exc), exc.lineno, exc.filename)
    if isinstance(exc, UndefinedError):
        return JinjaFailure("undefined", _undefined_name(exc))
    if isinstance(exc, SecurityError):
        return JinjaFailure("unsafe", str(exc))
    if isinstance(exc, RecursionError):
        return JinjaFailure("failed", "嵌套或递归过深")
    if isinstance(exc, (JinjaError, *RENDER_ERRORS)):
        return JinjaFailure("failed", str(exc))
    return None


def guarded(action: Callable[[], Any], fail: Callable[[JinjaFailure, BaseException], JianggaoError]) -> Any:
    """Run a Jinja ``action`` (compile or render); a failure of the text's own making is raised as
    ``fail(failure, exc)``, the user's error. Anything else (a bug of ours) goes on as it is."""
    try:
        return action()
    except JianggaoError:
        raise
    except Exception as exc:
        failure = classify(exc)
        if failure is None:
            raise
        raise fail(failure, exc) from None


def _undefined_name(exc: BaseException) -> str:
    text = str(exc)
    # Jinja says "'x' is undefined" or "'dict object' has no attribute 'x'"
    if "has no attribute" in text:
        return text.rsplit("attribute", 1)[1].strip(" '\"")
    return text.split("'")[1] if text.count("'") >= 2 else text


def template_location(exc: BaseException, dirs: list[Path]) -> Location | None:
    """The innermost traceback frame that belongs to a template file of ``dirs``."""
    import traceback  # only a failing template pays for it

    roots = [str(d.resolve()) for d in dirs] + [str(d) for d in dirs]

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2") and any(frame.filename.startswith(r) for r in roots):
            return Location(frame.filename, frame.lineno)
    return None
