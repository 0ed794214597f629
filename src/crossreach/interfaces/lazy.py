"""A module that is imported on first use, for command modules whose commands share a heavy
library module (``crossreach.query`` loads SQLAlchemy): registering the commands, or running
another one, then costs nothing.

Under type checking the real module is imported instead, so the names keep their types::

    if TYPE_CHECKING:
        from crossreach import query
    else:
        query = lazy_module("crossreach.query")
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for a module and imports it at the first attribute read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        module: ModuleType = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> Any:
    """A stand-in for the module ``name`` that imports it when one of its names is first read."""
    return LazyModule(name)
