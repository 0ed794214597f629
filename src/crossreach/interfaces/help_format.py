"""Help pages without the Markdown renderer and the traceback printer.

Typer formats every help page with ``typer.rich_utils``, which imports ``rich.markdown`` (with
markdown-it, about 37 ms) and ``rich.traceback`` (with rich.syntax and Pygments' styles, about 20 ms)
at its top: for help texts written in Markdown (``rich_markup_mode="markdown"``) and for pretty
tracebacks. crossreach uses neither (its markup mode is "rich", its tracebacks are off), yet each
``--help`` paid for both, a fifth of its time. ``import_help_formatter`` imports ``typer.rich_utils``
with those two modules stood in for by ones whose names import the real module when first used, then
takes the stand-ins out of ``sys.modules`` again, so that any later import gets the real module: a
help page that does use Markdown, or a traceback, still renders as before, only later.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

#: The modules ``typer.rich_utils`` imports for what crossreach's help never shows, with the names it takes.
DEFERRED = {"rich.markdown": ("Markdown",), "rich.traceback": ("Traceback",)}


class DeferredName:
    """A class or function of a module not imported yet: calling it, or reading an attribute of it, imports
    the module."""

    __slots__ = ("_module", "_name")

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    def resolved(self) -> Any:
        return getattr(importlib.import_module(self._module), self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.resolved()(*args, **kwargs)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.resolved(), attribute)

    def __or__(self, other: Any) -> Any:
        """In an annotation evaluated at import (``Markdown | Text``), any type: importing it is what is put off."""
        return Any

    __ror__ = __or__

    def __repr__(self) -> str:
        return f"<deferred {self._module}.{self._name}>"


def import_help_formatter() -> None:
    """Import ``typer.rich_utils`` (once) without the modules of ``DEFERRED`` that are not loaded yet."""
    if "typer.rich_utils" in sys.modules:
        return
    stand_ins: dict[str, ModuleType] = {}
    for module, names in DEFERRED.items():
        if module not in sys.modules:
            stand_ins[module] = stand_in = ModuleType(module)
            for name in names:
                setattr(stand_in, name, DeferredName(module, name))
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("typer.rich_utils")
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
