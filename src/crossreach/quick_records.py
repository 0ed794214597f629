"""A cheaper ``__init__`` for the frozen, slotted dataclasses every stage builds by the hundred.

A frozen dataclass's generated ``__init__`` stores each field through ``object.__setattr__``, looked
up again for every field; a document builds some two hundred such records (sentences, mentions,
quantities, evidences), and those stores were most of what each one cost. ``quick_init`` gives the
class an ``__init__`` that stores each field through its own slot: the same parameters, defaults
and immutability (assigning to a field afterwards still raises ``FrozenInstanceError``), about
twice as fast.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, TypeVar

Record = TypeVar("Record", bound=type)


def record(*, frozen: bool = False, kw_only: bool = False) -> Callable[[Record], Record]:
    """``@dataclass(slots=True, frozen=..., kw_only=...)``, made for less: ``dataclass`` compiles each method it
    writes from source (``exec``), some seventy for the data model's fifteen classes, a twentieth of what
    ``analyze`` runs. Here ``__eq__``, ``__hash__`` and ``__repr__`` are the same for every class, reading its
    fields through an ``attrgetter``, and a frozen class takes ``quick_init``'s ``__init__`` instead of the one
    ``dataclass`` would write and throw away; they compare, hash and print exactly as ``dataclass``'s own (a
    tuple of the compared fields; ``Class(field=value, ...)``)."""

    def wrap(cls: Record) -> Record:
        own = set(vars(cls))
        made = dataclass(init=not frozen, repr=False, eq=False, frozen=frozen, kw_only=kw_only, slots=True)(cls)
        _add_methods(made, own, hashable=frozen)
        return quick_init(made) if frozen else made

    return wrap


def _add_methods(cls: type, own: set[str], hashable: bool) -> None:
    """Give ``cls`` the ``__eq__``, ``__hash__`` (None where it is not frozen, as ``dataclass`` sets it) and
    ``__repr__`` of a dataclass with ``eq=True``, unless its body defines them."""
    compared = _getter([f.name for f in fields(cls) if f.compare])
    hashed = _getter([f.name for f in fields(cls) if (f.compare if f.hash is None else f.hash)])
    shown = [f.name for f in fields(cls) if f.repr]

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    @recursive_repr()
    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in shown)})"

    methods: dict[str, Any] = {"__eq__": __eq__, "__hash__": __hash__ if hashable else None, "__repr__": __repr__}
    for name, method in methods.items():
        if name not in own:
            if method is not None:
                method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function from a record to the tuple of these fields' values (a tuple even of one field or none)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda item: (one(item),)
    return lambda item: ()


def quick_init(cls: Record) -> Record:
    """Give a frozen dataclass with slots (no ``__post_init__``, no default factory, no keyword-only
    or non-init field) an ``__init__`` that sets its slots directly."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for a frozen dataclass with slots and no __post_init__")
    namespace: dict[str, Any] = {}
    arguments: list[str] = []
    stores: list[str] = []
    for item in fields(cls):
        if not item.init or item.kw_only or item.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{item.name}: quick_init needs plain positional fields")
        if item.default is MISSING:
            arguments.append(item.name)
        else:
            namespace[f"_default_{item.name}"] = item.default
            arguments.append(f"{item.name}=_default_{item.name}")
        namespace[f"_store_{item.name}"] = vars(cls)[item.name].__set__  # the slot's own descriptor
        stores.append(f"    _store_{item.name}(self, {item.name})")
    source = f"def __init__(self, {', '.join(arguments)}) -> None:\n" + "\n".join(stores or ["    pass"]) + "\n"
    exec(source, namespace)  # (as ``dataclasses`` writes its own ``__init__``)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
