"""quick_init: the records keep what a frozen dataclass promises (parameters, defaults, equality,
hash, immutability, pickling, ``replace``) with the cheaper ``__init__``."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from crossreach.domain import AliasHit
from crossreach.models import DateMention, Document, Evidence, Mention, Quantity, Sentence
from crossreach.quick_records import quick_init

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
