"""Records: the project's data classes, made without generating code.

On Python 3.11 ``@dataclass`` compiles six methods per class with ``exec`` at import: the 21
dataclasses on the txt build path cost 18–30 ms of a ~120 ms cold start (issue 14). ``record``
gives the same classes methods built once here, closing over each class's fields: microseconds.

What ``dataclasses`` does and the project uses: ``record`` (bare, ``frozen=True``, ``eq=False``),
``field(default, default_factory, init, repr, metadata)``, ``fields``, ``replace``, ``MISSING``,
``FrozenInstanceError``, ``__post_init__``, inheritance between records, ClassVar annotations
skipped. Not supported (nothing uses them): order, slots, kw_only, InitVar, unsafe_hash, asdict,
``compare``/``hash`` per field, the generated ``__doc__`` signature, ``inspect.signature``.
"""

from __future__ import annotations

import types
from _thread import get_ident
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any, ClassVar, TypeVar, dataclass_transform, overload

__all__ = ["MISSING", "Field", "FrozenInstanceError", "field", "fields", "is_record", "record", "replace"]

T = TypeVar("T")


class _MissingType:
    """No default given (a sentinel: None is a default like any other)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"  # pickled and copied as this module's one instance


MISSING: Any = _MissingType()


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned or deleted."""


_NO_METADATA: Mapping[str, Any] = types.MappingProxyType({})


class Field:
    """One field of a record: what ``field()`` returns and ``fields()`` lists."""

    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "metadata")

    def __init__(
        self, default: Any, default_factory: Any, init: bool, repr: bool, metadata: Mapping[str, Any] | None
    ) -> None:
        self.name: str = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.metadata: Mapping[str, Any] = types.MappingProxyType(dict(metadata)) if metadata else _NO_METADATA

    def __repr__(self) -> str:
        return (
            f"Field(name={self.name!r}, type={self.type!r}, default={self.default!r}, "
            f"default_factory={self.default_factory!r}, init={self.init}, repr={self.repr}, metadata={self.metadata!r})"
        )


def field(
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | Any = MISSING,
    init: bool = True,
    repr: bool = True,
    metadata: Mapping[str, Any] | None = None,
) -> Any:
    """A field with a default, a default factory, metadata, or left out of ``__init__``/``repr``."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, metadata)


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, frozen: bool = False, eq: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(field, Field))
def record(cls: type[T] | None = None, /, *, frozen: bool = False, eq: bool = True) -> Any:
    """Make ``cls`` a record, as ``@dataclass`` (with the same ``frozen`` and ``eq``) would."""

    def wrap(cls: type[T]) -> type[T]:
        return _make_record(cls, frozen, eq)

    return wrap if cls is None else wrap(cls)


def is_record(obj: Any) -> bool:
    """Whether ``obj`` is a record class or instance."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__record_fields__")


def fields(class_or_instance: Any) -> tuple[Field, ...]:
    """The fields of a record class or instance, in ``__init__`` order."""
    cls = class_or_instance if isinstance(class_or_instance, type) else type(class_or_instance)
    found = getattr(cls, "__record_fields__", None)
    if found is not None:
        return found
    raise TypeError("fields() takes a record class or instance")


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of record ``obj`` with ``changes``; ``__init__`` (and ``__post_init__``) run again."""
    cls = type(obj)
    found = getattr(cls, "__record_fields__", None)
    if found is None:
        raise TypeError("replace() takes a record instance")
    for f in found:
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
        elif f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return cls(**changes)


# --- making a record -------------------------------------------------------------------------


def _is_classvar(annotation: Any) -> bool:
    if isinstance(annotation, str):  # ``from __future__ import annotations``
        return annotation.startswith(("ClassVar", "typing.ClassVar", "t.ClassVar"))
    return getattr(annotation, "__origin__", annotation) is ClassVar


def _make_record(cls: type[T], frozen: bool, eq: bool) -> type[T]:
    found: dict[str, Field] = {}
    for base in cls.__mro__[-1:0:-1]:
        inherited = base.__dict__.get("__record_fields__")
        if inherited is not None:
            if base.__dict__["__record_frozen__"] != frozen:
                raise TypeError(
                    "cannot inherit frozen record from a non-frozen one"
                    if frozen
                    else "cannot inherit non-frozen record from a frozen one"
                )
            for f in inherited:
                found[f.name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_classvar(annotation):
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default, MISSING, True, True, None)
        f.name, f.type = name, annotation
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        found[name] = f
    all_fields = tuple(found.values())
    seen_default = False
    for f in all_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")

    cls.__record_fields__ = all_fields  # type: ignore[attr-defined]
    cls.__record_frozen__ = frozen  # type: ignore[attr-defined]
    name = cls.__qualname__
    _add(cls, "__init__", _init(name, all_fields, hasattr(cls, "__post_init__")))
    _add(cls, "__repr__", _repr(tuple(f.name for f in all_fields if f.repr)))
    values = _getter(tuple(f.name for f in all_fields))
    if eq:
        _add(cls, "__eq__", _eq(values))
    if frozen:
        names = frozenset(found)
        for method in (_frozen_setattr(cls, names), _frozen_delattr(cls, names)):
            if method.__name__ in cls.__dict__:
                raise TypeError(f"cannot overwrite attribute {method.__name__} in class {cls.__name__}")
            _add(cls, method.__name__, method)
    own_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and "__eq__" in cls.__dict__))
    if eq and not explicit_hash:
        # As dataclasses: frozen records hash by their fields, mutable ones cannot be hashed.
        cls.__hash__ = _hash(values) if frozen else None  # type: ignore[assignment,method-assign]
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init)  # type: ignore[attr-defined]
    return cls


def _add(cls: type, name: str, method: Callable[..., Any]) -> None:
    """Set a generic method on ``cls``, unless the class body defines its own (as dataclasses)."""
    if name in cls.__dict__:
        return
    method.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, method)


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of a record's field values (compared and hashed as dataclasses do)."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


_set_object_attr = object.__setattr__


def _init(cls_name: str, all_fields: tuple[Field, ...], post_init: bool) -> Callable[..., None]:
    """``__init__(self, *args, **kwargs)`` for these fields, without generating code.

    The instance dict is built whole and set once: cheaper than a ``setattr`` per field, and a
    plain dict keeps attribute reads as fast as a dataclass's (a split dict filled key by key
    is slower to read on 3.11). Fields are set without ``__setattr__``, as a frozen dataclass's.
    """
    init_fields = [f for f in all_fields if f.init]
    names = tuple(f.name for f in init_fields)
    count = len(names)
    # Every argument in order, with its default (MISSING where required or made by a factory).
    template = {f.name: f.default for f in init_fields}
    unfilled = tuple((f.name, f.default_factory) for f in init_fields if f.default is MISSING)
    late = tuple((f.name, f.default, f.default_factory) for f in all_fields if not f.init)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if args:
            if len(args) == count and not kwargs:
                values = dict(zip(names, args, strict=True))
            else:
                if len(args) > count:
                    raise TypeError(
                        f"{cls_name}.__init__() takes {count + 1} positional arguments but {len(args) + 1} were given"
                    )
                values = template.copy()
                values.update(zip(names, args, strict=False))
                given = names[: len(args)]
                for key in kwargs:
                    if key in given:
                        raise TypeError(f"{cls_name}.__init__() got multiple values for argument {key!r}")
                values.update(kwargs)
        else:
            values = {**template, **kwargs}
        if len(values) != count:
            unknown = next(key for key in values if key not in template)
            raise TypeError(f"{cls_name}.__init__() got an unexpected keyword argument {unknown!r}")
        for name, factory in unfilled:
            if values[name] is MISSING:
                if factory is MISSING:
                    raise TypeError(f"{cls_name}.__init__() missing required argument: {name!r}")
                values[name] = factory()
        for name, default, factory in late:
            if factory is not MISSING:
                values[name] = factory()
            elif default is not MISSING:
                values[name] = default
        present = self.__dict__
        if present:  # set before __init__ (by __new__ or a subclass): kept, as dataclasses keep them
            present.update(values)
        else:
            _set_object_attr(self, "__dict__", values)
        if post_init:
            self.__post_init__()

    return __init__


_repr_running: set[tuple[int, int]] = set()


def _repr(names: tuple[str, ...]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        key = (id(self), get_ident())
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            _repr_running.discard(key)
        return f"{self.__class__.__qualname__}({shown})"

    return __repr__


def _eq(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash(values: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))

    return __hash__


def _frozen_setattr(cls: type, names: frozenset[str]) -> Callable[[Any, str, Any], None]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: type, names: frozenset[str]) -> Callable[[Any, str], None]:
    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__

