"""Records behave as the dataclasses they replace: __init__, defaults, frozen, eq/hash, repr, replace, fields, pickle, copy."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path
from typing import ClassVar

import pytest

from jianggao.build import BuildOptions
from jianggao.records import MISSING, FrozenInstanceError, field, fields, is_record, record, replace


@record(frozen=True)
class Point:
    """A frozen record with a required field, a default and a factory."""

    label: str
    text: str = ""
    tags: list[str] = field(default_factory=list, metadata={"doc": "标签"})
    kind: ClassVar[str] = "point"  # not a field


@record(frozen=True)
class Titled(Point):
    size: int = 16


@record
class Options:
    dirs: list[str] = field(default_factory=list)
    force: bool = False
    cache: dict[str, int] = field(default_factory=dict, repr=False)


@record(eq=False)
class Entry:
    path: str


@record
class Derived:
    a: int
    doubled: int = field(init=False)

    def __post_init__(self) -> None:
        self.doubled = self.a * 2


@record(frozen=True)
class Package:
    parts: tuple[str, ...]
    joined: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "joined", "+".join(self.parts))


def test_init_takes_fields_in_annotation_order_positionally_or_by_keyword() -> None:
    assert Point("一、", "正文", ["a"]) == Point(tags=["a"], text="正文", label="一、")
    p = Point("一、")
    assert (p.label, p.text, p.tags) == ("一、", "", [])
    assert Point("一、", tags=["x"]).tags == ["x"]


def test_a_default_factory_makes_a_new_value_for_each_instance() -> None:
    a, b = Point("一、"), Point("二、")
    assert a.tags == [] and a.tags is not b.tags
    assert Options().dirs is not Options().dirs


def test_init_refuses_what_a_dataclass_refuses() -> None:
    with pytest.raises(TypeError, match="missing required argument: 'label'"):
        Point()
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Point("一、", colour="red")
    with pytest.raises(TypeError, match="multiple values for argument 'label'"):
        Point("一、", label="二、")
    with pytest.raises(TypeError, match="takes 4 positional arguments but 5 were given"):
        Point("一、", "", [], "extra")


def test_a_class_refuses_a_required_field_after_a_default_and_a_mutable_default() -> None:
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        @record
        class Wrong:
            a: int = 0
            b: int

    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Shared:
            items: list[int] = []  # noqa: RUF012


def test_frozen_records_refuse_assignment_and_deletion() -> None:
    p = Point("一、")
    with pytest.raises(FrozenInstanceError, match="cannot assign to field 'label'"):
        p.label = "二、"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del p.text
    assert isinstance(FrozenInstanceError("x"), AttributeError)  # getattr-style callers catch it
    assert p.label == "一、"


def test_frozen_records_hash_by_their_fields_and_compare_by_class_and_fields() -> None:
    a, b = Point("一、", "正文", ()), Point("一、", "正文", ())  # type: ignore[arg-type]
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert hash(a) == hash(("一、", "正文", ()))  # as a dataclass hashes: the tuple of fields
    assert a != Point("二、", "正文", ())  # type: ignore[arg-type]
    assert Titled("一、") != Point("一、")  # same fields, another class
    assert (Point("一、") == "一、") is False


def test_mutable_records_compare_but_cannot_be_hashed_and_eq_false_compares_identity() -> None:
    assert Options(["a"]) == Options(["a"])
    assert Options.__hash__ is None
    with pytest.raises(TypeError):
        hash(Options())
    o = Options()
    o.force = True
    assert o.force
    e = Entry("a")
    assert e != Entry("a") and e == e and len({e, Entry("a")}) == 2


def test_repr_shows_fields_in_order_but_not_those_kept_out() -> None:
    assert repr(Point("一、", "正文")) == "Point(label='一、', text='正文', tags=[])"
    assert repr(Options(["a"], cache={"x": 1})) == "Options(dirs=['a'], force=False)"
    assert repr(Package(("a", "b"))) == "Package(parts=('a', 'b'))"


def test_repr_of_a_record_that_contains_itself_ends() -> None:
    o = Options()
    o.dirs.append(o)  # type: ignore[arg-type]
    assert repr(o) == "Options(dirs=[...], force=False)"


def test_inheritance_puts_the_base_fields_first() -> None:
    t = Titled("一、", "正文", [], 22)
    assert [f.name for f in fields(Titled)] == ["label", "text", "tags", "size"]
    assert (t.label, t.size) == ("一、", 22) and Titled("一、").size == 16
    assert isinstance(t, Point)
    with pytest.raises(FrozenInstanceError):
        t.size = 1  # type: ignore[misc]


def test_frozen_and_mutable_records_do_not_inherit_from_each_other() -> None:
    with pytest.raises(TypeError, match="non-frozen record from a frozen one"):

        @record
        class Loose(Point):
            pass


def test_post_init_runs_after_the_fields_are_set_and_init_false_fields_are_left_to_it() -> None:
    d = Derived(3)
    assert d.doubled == 6
    assert Package(("a", "b")).joined == "a+b"
    assert [f.name for f in fields(Derived) if f.init] == ["a"]
    with pytest.raises(TypeError, match="unexpected keyword argument 'doubled'"):
        Derived(3, doubled=1)  # type: ignore[call-arg]


def test_replace_makes_a_changed_copy_and_runs_post_init_again() -> None:
    p = Point("一、", "正文", ["a"])
    q = replace(p, text="新的正文")
    assert q == Point("一、", "新的正文", ["a"]) and p.text == "正文"
    assert replace(Package(("a",)), parts=("a", "b")).joined == "a+b"
    with pytest.raises(ValueError, match="init=False"):
        replace(Derived(1), doubled=5)
    with pytest.raises(TypeError):
        replace(p, colour="red")


def test_fields_give_names_defaults_factories_and_metadata() -> None:
    label, text, tags = fields(Point)
    assert fields(Point("一、")) is fields(Point)
    assert (label.name, label.default, label.default_factory) == ("label", MISSING, MISSING)
    assert (text.default, text.default_factory) == ("", MISSING)
    assert tags.default is MISSING and tags.default_factory is list
    assert tags.metadata["doc"] == "标签" and dict(label.metadata) == {}
    with pytest.raises(TypeError):
        tags.metadata["doc"] = "x"  # type: ignore[index]
    with pytest.raises(TypeError):
        fields(object())
    with pytest.raises(ValueError):
        field(default=1, default_factory=int)


def test_is_record_knows_records_only() -> None:
    assert is_record(Point) and is_record(Point("一、")) and is_record(Titled)
    assert not is_record(object) and not is_record("text") and not is_record(dict)

    @dataclasses.dataclass(frozen=True)
    class Plain:  # every data class of the project is a record; a stdlib one is refused, not half-served
        name: str

    assert not is_record(Plain)
    with pytest.raises(TypeError):
        fields(Plain)
    with pytest.raises(TypeError):
        replace(Plain("a"), name="b")


def test_records_survive_pickle_and_copy() -> None:
    for value in (Point("一、", "正文", ["a"]), Titled("一、", size=22), Options(["a"], True), Package(("a", "b"))):
        for again in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert again == value and type(again) is type(value)
    deep = copy.deepcopy(Point("一、", tags=["a"]))
    assert deep.tags == ["a"]
    with pytest.raises(FrozenInstanceError):
        pickle.loads(pickle.dumps(Point("一、"))).label = "二、"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(MISSING)) is MISSING and copy.deepcopy(MISSING) is MISSING


def test_build_options_cross_to_a_worker_process_as_pickles() -> None:
    options = replace(BuildOptions(formats=("txt", "docx"), template_dirs=[Path("t")], force=True), warn=None)
    again = pickle.loads(pickle.dumps(options))
    assert again == options and again.template_dirs == [Path("t")] and again.warn is None


def test_attributes_set_before_init_runs_are_kept() -> None:
    class Early(Options):
        def __init__(self) -> None:
            self.note = "set first"
            super().__init__(["a"])

    early = Early()
    assert (early.note, early.dirs, early.force) == ("set first", ["a"], False)
