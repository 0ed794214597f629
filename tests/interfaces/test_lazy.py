"""A lazy module stand-in imports its module at the first attribute read, and not before."""

from __future__ import annotations

import sys

import pytest

from crossreach.interfaces.lazy import lazy_module


def test_names_read_through_the_stand_in_are_the_modules_own() -> None:
    import colorsys

    assert lazy_module("colorsys").rgb_to_hsv is colorsys.rgb_to_hsv


def test_the_module_is_imported_at_the_first_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "this", raising=False)
    stand_in = lazy_module("this")
    assert "this" not in sys.modules
    assert "lazy module 'this'" in repr(stand_in)
    monkeypatch.setattr(sys, "stdout", None)  # importing `this` prints the Zen of Python
    assert isinstance(stand_in.s, str)
    assert "this" in sys.modules


def test_a_missing_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        lazy_module("colorsys").no_such_name  # noqa: B018
