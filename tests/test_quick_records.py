"""quick_init: the records keep what a frozen dataclass promises (parameters, defaults, equality,
hash, immutability, pickling, ``replace``) with the cheaper ``__init__``."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from crossreach.domain import AliasHit
from crossreach.models import DateMention, Document, Evidence, Mention, Quantity, Sentence
from crossreach.quick_records import quick_init, record

RECORDS = [
    (Sentence, (0, 1, 5, "Text."), {}),
    (Mention, (1, 5, "Nike", "Nike", "organization"), {"category": "brand"}),
    (Mention, (1, 5, "Nike", "Nike", "organization", None, "pattern", "CEO"), {}),
    (Quantity, (3, 8, "1,000", 1000.0), {"kind": "count", "currency": "USD"}),
    (DateMention, (0, 4, "2024", "2024", "year"), {}),
    (Evidence, (1, 2, 0, 9, "A sentence"), {}),
    (Document, ("sha256:x", "a.txt", "text", "en"), {"title": "T"}),
    (AliasHit, (0, 4, None, True), {}),
]


@pytest.mark.parametrize(("cls", "args", "kwargs"), RECORDS)
def test_a_quick_record_is_the_frozen_dataclass_it_was(cls: type, args: tuple, kwargs: dict) -> None:
    record = cls(*args, **kwargs)
    names = [f.name for f in dataclasses.fields(cls)]
    expected = dict(zip(names, args, strict=False)) | kwargs
    assert all(getattr(record, name) == value for name, value in expected.items())
    defaults = {f.name: f.default for f in dataclasses.fields(cls) if f.name not in expected}
    assert all(getattr(record, name) == value for name, value in defaults.items())
    assert record == cls(*args, **kwargs) and hash(record) == hash(cls(*args, **kwargs))
    assert pickle.loads(pickle.dumps(record)) == record
    assert getattr(dataclasses.replace(record, start=7) if "start" in names else record, names[0]) is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, names[0], 99)


@pytest.mark.parametrize(("cls", "args", "message"), [
    (Sentence, (0, 1), "missing 2 required positional arguments"),
    (Mention, (1, 5, "a", "a", "organization", None, "lexicon", None, "extra"), "positional arguments"),
])
def test_a_quick_record_takes_the_arguments_its_dataclass_took(cls: type, args: tuple, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        cls(*args)


@dataclasses.dataclass
class _Plain:
    value: int


@dataclasses.dataclass(frozen=True)
class _NoSlots:
    value: int


@dataclasses.dataclass(frozen=True, slots=True)
class _Factory:
    values: list[int] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True, slots=True)
class _KeywordOnly:
    value: int = dataclasses.field(kw_only=True)


@pytest.mark.parametrize("cls", [_Plain, _NoSlots, _Factory, _KeywordOnly])
def test_quick_init_refuses_what_it_cannot_write_the_same(cls: type) -> None:
    with pytest.raises(TypeError, match="quick_init"):
        quick_init(cls)


@dataclasses.dataclass(frozen=True, slots=True)
class _FrozenReference:
    start: int
    name: str
    share: float = 0.5
    tags: tuple[str, ...] = ()


@dataclasses.dataclass(slots=True)
class _OpenReference:
    start: int
    name: str
    share: float = 0.5
    tags: tuple[str, ...] = ()


@record(frozen=True)
class _Frozen:
    start: int
    name: str
    share: float = 0.5
    tags: tuple[str, ...] = ()


@record()
class _Open:
    start: int
    name: str
    share: float = 0.5
    tags: tuple[str, ...] = ()


@record(frozen=True)
class _One:
    value: float


@dataclasses.dataclass(frozen=True, slots=True)
class _OneReference:
    value: float


_NAN = float("nan")


@pytest.mark.parametrize(("made", "reference"), [(_Frozen, _FrozenReference), (_Open, _OpenReference)])
@pytest.mark.parametrize(("first", "second"), [
    ((1, "a"), (1, "a")),
    ((1, "a"), (2, "a")),
    ((1, "a", _NAN), (1, "a", _NAN)),  # one NaN object: equal as dataclass's tuples find it
    ((1, "a", float("nan")), (1, "a", float("nan"))),
    ((1, "'quoted'", 0.25, ("x", "y")), (1, "'quoted'", 0.25, ("x", "y"))),
])
def test_a_record_compares_hashes_and_prints_as_its_dataclass(made: type, reference: type, first: tuple,
                                                              second: tuple) -> None:
    ours, theirs = (made(*first), made(*second)), (reference(*first), reference(*second))
    assert (ours[0] == ours[1]) is (theirs[0] == theirs[1])
    assert (ours[0] != ours[1]) is (theirs[0] != theirs[1])
    assert repr(ours[0]).replace(made.__qualname__, "R") == repr(theirs[0]).replace(reference.__qualname__, "R")
    if reference.__hash__ is None:
        assert made.__hash__ is None
    else:
        assert hash(ours[0]) == hash(theirs[0])
    assert ours[0].__eq__(theirs[0]) is NotImplemented
    assert dataclasses.asdict(ours[0]) == dataclasses.asdict(theirs[0])
    assert (pickle.loads(pickle.dumps(ours[0])) == ours[0]) is (pickle.loads(pickle.dumps(theirs[0])) == theirs[0])
    assert [f.name for f in dataclasses.fields(made)] == [f.name for f in dataclasses.fields(reference)]


def test_a_record_of_one_field_compares_a_tuple_of_it() -> None:
    assert (_One(_NAN) == _One(_NAN)) is (_OneReference(_NAN) == _OneReference(_NAN)) is True
    assert hash(_One(2.0)) == hash(_OneReference(2.0))


def test_a_frozen_record_stays_frozen_and_a_kw_only_one_takes_keywords() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Frozen(1, "a").start = 2  # type: ignore[misc]
    assert dataclasses.replace(_Frozen(1, "a"), start=3) == _Frozen(3, "a")

    @record(kw_only=True)
    class _Keywords:
        value: int

    with pytest.raises(TypeError):
        _Keywords(1)  # type: ignore[misc]
    assert _Keywords(value=1) == _Keywords(value=1) and repr(_Keywords(value=1)).endswith("_Keywords(value=1)")


def test_a_record_keeps_the_methods_its_body_defines() -> None:
    @record(frozen=True)
    class _Own:
        value: int

        def __repr__(self) -> str:
            return "own"

    assert repr(_Own(1)) == "own" and _Own(1) == _Own(1)
