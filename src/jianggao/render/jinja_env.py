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
import re
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..errors import JianggaoError, Location, TemplateError
from ..library_paths import cache_folder, is_within
from ..records import record
from ..text_files import MAX_USER_FILE_BYTES
from ..zh.dates import chinese_date
from ..zh.numbering import is_heading_style, number_label, style_level
from ..zh.numerals import chinese_numeral, count_word
from .jinja_messages import in_chinese, python_error_in_chinese


def as_sentence(text: str) -> str:
    """A run-in heading sentence ends with a full stop unless it has its own ending.

    A trailing ， is an ending too: 一方面，要压实责任，各县区委书记要…
    """
    text = text.strip()
    return text if not text or text[-1] in "。！？；：…，" else text + "。"


def one_line(text: str) -> str:
    """Block scalars in YAML keep line breaks; a paragraph is one line of Chinese text."""
    text = str(text)
    # Most values: one line already. Everything str.splitlines breaks at is unprintable.
    if text.isprintable():
        return text.strip()
    return "".join(part.strip() for part in text.splitlines())


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
        def load_bytecode(self, bucket: Any) -> None:
            """Any cache file that is not exactly what we wrote (damaged, truncated, foreign) is a miss."""
            bucket.reset()
            with contextlib.suppress(Exception):
                code = _cached_code(Path(self._get_cache_filename(bucket)), bucket.checksum)
                if code is not None:
                    bucket.code = code

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        root = cache_folder() / "jinja"
        root.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home directory
        return None
    return QuietCache(str(root)) if os.access(root, os.W_OK) else None


_MAX_CACHE_FILE_BYTES = 16 * 1024 * 1024


def _cached_code(path: Path, checksum: str) -> Any:
    """The code object in Jinja's cache file at ``path`` if it is intact and for ``checksum``, else None.

    The file is Jinja's magic, the pickled checksum (a str) and the marshalled code. The
    checksum is unpickled with no globals allowed, so a damaged file can only fail.
    """
    import io
    import marshal
    import pickle
    import types

    from jinja2.bccache import bc_magic

    from ..text_files import read_user_bytes

    try:
        raw = read_user_bytes(path, limit=_MAX_CACHE_FILE_BYTES)
    except JianggaoError:
        return None
    if not raw.startswith(bc_magic):
        return None

    class NoGlobals(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            raise pickle.UnpicklingError("globals are not allowed in a cache file")

    stream = io.BytesIO(raw)
    stream.seek(len(bc_magic))
    stored = NoGlobals(stream).load()
    if not isinstance(stored, str) or stored != checksum:
        return None
    code = marshal.loads(raw[stream.tell():])
    return code if isinstance(code, types.CodeType) else None


# --- resource bounds for untrusted texts ---------------------------------------------

MAX_TEXT = 1_000_000  # characters one operation may make: a repetition, a padding width, a replace
MAX_OUTPUT = 5_000_000  # characters one render may produce (a long speech is about 20,000)
RENDER_SECONDS = 5.0  # wall time of one render (templates and fragments run in milliseconds)
MAX_POWER_BITS = 100_000  # the size of an integer power: 10**10**10 would never finish


class ResourceLimit(Exception):
    """A template or fragment asked for more than the bounds above; ``str`` says what, in Chinese."""


def _too_big(what: str) -> ResourceLimit:
    return ResourceLimit(f"{what}超出上限（单次最多 {MAX_TEXT} 个字符）")


def _big_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT


# Compiled on first use (re caches them): only a template that formats strings needs them.
_PERCENT_SPEC = r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?"
_BRACE_SPEC = r"\{[^{}]*:((?:[^{}]|\{[^{}]*\})*)\}"


def check_format(fmt: Any, args: tuple[Any, ...] = (), kwargs: dict[str, Any] | None = None) -> None:
    """Refuse a %- or {}-format whose width or precision would make a huge string."""
    if not isinstance(fmt, str):
        return
    values = [*args, *(kwargs or {}).values()]
    if len(args) == 1 and isinstance(args[0], tuple | list):
        values += list(args[0])
    if len(args) == 1 and isinstance(args[0], dict):
        values += list(args[0].values())
    starred = False
    for m in re.finditer(_PERCENT_SPEC, fmt):
        for group in m.groups():
            if group == "*":
                starred = True
            elif group and int(group) > MAX_TEXT:
                raise _too_big("格式宽度")
    for m in re.finditer(_BRACE_SPEC, fmt):
        spec = m.group(1)
        if "{" in spec:
            starred = True
        if any(int(n) > MAX_TEXT for n in re.findall(r"\d+", spec)):
            raise _too_big("格式宽度")
    if starred and any(_big_int(v) for v in values):
        raise _too_big("格式宽度")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(times, int) and len(seq) * times > MAX_TEXT:
                raise _too_big("重复后的文字或列表")
    elif operator == "**":
        big = isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1
        if big and right * abs(left).bit_length() > MAX_POWER_BITS:
            raise ResourceLimit("乘方的结果过大")
    elif operator == "%":
        check_format(left, (right,))


# Methods and filters that pad or repeat: their integer arguments are sizes.
_SIZING_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "__mul__", "__rmul__"}
_SIZING_FILTERS = {"center", "indent", "batch", "slice", "wordwrap", "truncate"}


def _check_replace(text: Any, args: tuple[Any, ...]) -> None:
    if isinstance(text, str) and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        old, new = args[0], args[1]
        count = text.count(old) if old else len(text) + 1
        if len(text) + count * len(new) > MAX_TEXT:
            raise _too_big("替换后的文字")


def _check_call(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    target = getattr(obj, "__wrapped__", obj)
    owner = getattr(target, "__self__", None)
    name = getattr(target, "__name__", "")
    if isinstance(owner, str | list | tuple):
        if name in _SIZING_METHODS and any(_big_int(a) for a in (*args, *kwargs.values())):
            raise _too_big("填充宽度")
        if name in ("format", "format_map") and isinstance(owner, str):
            check_format(owner, args, kwargs)
        if name == "replace":
            _check_replace(owner, args)


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        values = [a for a in args if not hasattr(a, "environment")]  # skip the environment/context Jinja passes first
        if name in _SIZING_FILTERS and any(_big_int(a) for a in (*values[1:], *kwargs.values())):
            raise _too_big("宽度或长度参数")
        if name == "format" and values:
            check_format(values[0], tuple(values[1:]), kwargs)
        if name == "replace" and values:
            _check_replace(values[0], tuple(values[1:]))
        return function(*args, **kwargs)

    return functools.update_wrapper(bounded, function)


_clock = threading.local()


def bounded_render(template: Any, context: dict[str, Any]) -> str:
    """``template`` rendered within MAX_OUTPUT characters and RENDER_SECONDS; ResourceLimit beyond.

    The clock works in any thread (the studio renders in worker threads); a render
    nested in another (a fragment in a template) runs under the outer one's clock.
    """
    if getattr(_clock, "running", False):
        return _generate(template, context)
    from .render_clock import OutOfTime, time_limit

    _clock.running = True
    try:
        with time_limit(RENDER_SECONDS):
            return _generate(template, context)
    except OutOfTime:
        raise ResourceLimit(f"渲染超过 {RENDER_SECONDS:g} 秒，可能有过大的循环") from None
    finally:
        _clock.running = False


def _generate(template: Any, context: dict[str, Any]) -> str:
    parts: list[str] = []
    total = 0
    for chunk in template.generate(context):
        total += len(chunk)
        if total > MAX_OUTPUT:
            raise ResourceLimit(f"输出超过 {MAX_OUTPUT} 个字符，可能有过大的循环")
        parts.append(chunk)
    return "".join(parts)


class View(SimpleNamespace):
    """A read-only record for templates: ``point.items`` is the data, not ``dict.items``.

    Its attributes are the spec's plain data (text, numbers, dates, lists, views), so
    the sandbox hands out a public one without its checks (see ``_sandbox``). Item
    access reaches the data only (``spec["title"]``), never the object's own
    attributes (``spec["__class__"]``): what the sandbox refuses as an attribute it
    must not get as an item. Nothing can be set or deleted once the view is made.
    """

    def __getitem__(self, key: Any) -> Any:
        data = vars(self)
        if isinstance(key, str) and key in data:
            return data[key]
        raise KeyError(key)

    def __setattr__(self, name: str, value: Any) -> None:
        raise TypeError("a spec view is read-only")

    def __delattr__(self, name: str) -> None:
        raise TypeError("a spec view is read-only")


def _sandbox() -> type:
    """Jinja's immutable sandbox, refusing operations that would make huge strings or numbers,
    with a fast path for the views' own data attributes."""
    from jinja2.runtime import Macro
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BoundedSandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "%"})

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is View and not attribute.startswith("_"):
                data = obj.__dict__
                if attribute in data:
                    return data[attribute]
            return super().getattr(obj, attribute)

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            _check_binop(operator, left, right)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            if type(__obj) is Macro:  # the template's own macro: nothing for the checks below to refuse
                return __context.call(__obj, *args, **kwargs)
            _check_call(__obj, args, kwargs)
            return super().call(__context, __obj, *args, **kwargs)

    return BoundedSandbox


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
    for name in (*_SIZING_FILTERS, "format", "replace"):
        env.filters[name] = _bounded_filter(name, env.filters[name])
    env.tests.update(TESTS)
    env.globals.update(GLOBALS)
    return env


def _confined_loader(dirs: tuple[Path, ...]) -> Any:
    """Jinja's file loader over ``dirs`` (first wins), refusing a template a link takes outside its folder."""
    from jinja2 import FileSystemLoader

    class ConfinedLoader(FileSystemLoader):
        def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
            for folder in dirs:  # refuse a huge file before Jinja reads it whole (a FIFO is not a file to it)
                candidate = folder / template
                with contextlib.suppress(OSError, ValueError):
                    if not candidate.is_file():
                        continue
                    if candidate.stat().st_size > MAX_USER_FILE_BYTES:
                        raise TemplateError(
                            f"模板“{template}”的文件太大（上限 {MAX_USER_FILE_BYTES // (1024 * 1024)} MB）",
                            location=Location(candidate),
                            hint="请确认模板文件夹里放的是模板",
                        )
                    break
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


@record(frozen=True)
class JinjaFailure:
    """What went wrong in a template or fragment, in terms a message can be made of.

    ``kind`` is ``syntax`` (``detail``: Jinja's message said in Chinese, ``line``: its line),
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
    ResourceLimit, MemoryError,
)


def classify(exc: BaseException) -> JinjaFailure | None:
    """The failure ``exc`` stands for, or None when it is not a template's doing."""
    from jinja2 import TemplateError as JinjaError
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    if isinstance(exc, TemplateSyntaxError):
        return JinjaFailure("syntax", in_chinese(exc.message or str(exc)), exc.lineno, exc.filename)
    if isinstance(exc, UndefinedError):
        return JinjaFailure("undefined", _undefined_name(exc))
    if isinstance(exc, SecurityError):
        return JinjaFailure("unsafe", in_chinese(str(exc)))
    if isinstance(exc, RecursionError):
        return JinjaFailure("failed", "嵌套或递归过深")
    if isinstance(exc, ZeroDivisionError):
        return JinjaFailure("failed", "除数为零")
    if isinstance(exc, OverflowError):
        return JinjaFailure("failed", "数值过大")
    if isinstance(exc, ResourceLimit):
        return JinjaFailure("failed", str(exc))
    if isinstance(exc, MemoryError):
        return JinjaFailure("failed", "内存不足，可能有过大的文字或循环")
    if isinstance(exc, JinjaError):
        return JinjaFailure("failed", in_chinese(str(exc)))
    if isinstance(exc, RENDER_ERRORS):
        return JinjaFailure("failed", python_error_in_chinese(exc))
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
    import traceback  # only a failing render pays for it

    roots = [str(d.resolve()) for d in dirs] + [str(d) for d in dirs]

    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2") and any(frame.filename.startswith(r) for r in roots):
            return Location(frame.filename, frame.lineno)
    return None
