"""The consoles are made at first use, and JSON written where Rich would add no style is written without
Rich, byte for byte as Rich writes it."""

from __future__ import annotations

import io
import json
import sys

import pytest
from rich.console import Console

from crossreach.interfaces import console
from crossreach.interfaces.console import LazyConsole, plain_stdout, print_json

RECORDS = [
    {"doc": "a", "facts": [{"value": 3800000, "share": 0.125, "ratio": 1e-07, "big": 12345678901234567890}]},
    {"name": "故宫博物院", "quote": "«Très» \"cité\"\tici\n", "none": None, "flags": [True, False], "empty": {}},
    {"nested": [[], [1, [2, {"x": "\u2028é\u0007"}]]], "float": 2.0, "negative": -0.5, "nan": float("nan")},
    [],
    "just a string",
]


class _Stdout(io.StringIO):
    """Standard output that says whether it is a terminal."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("record", RECORDS)
def test_plain_json_is_written_as_rich_writes_it(record: object, monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(record, ensure_ascii=False)
    rich_out = _Stdout(tty=False)
    Console(file=rich_out, soft_wrap=True).print_json(text)
    stdout = _Stdout(tty=False)
    monkeypatch.setattr(sys, "stdout", stdout)
    for name in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    print_json(text)
    assert stdout.getvalue() == rich_out.getvalue()


@pytest.mark.parametrize(("tty", "environ", "plain"), [
    (False, {}, True),
    (True, {}, False),
    (False, {"FORCE_COLOR": "1"}, False),
    (False, {"FORCE_COLOR": ""}, True),
    (False, {"TTY_COMPATIBLE": "1"}, False),
    (False, {"TTY_COMPATIBLE": "0"}, True),
    (True, {"TTY_COMPATIBLE": "0"}, False),  # Rich would write no style either; left to it all the same
])
def test_standard_output_is_plain_only_where_rich_surely_sees_no_terminal(
        tty: bool, environ: dict[str, str], plain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TTY_COMPATIBLE", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", _Stdout(tty))
    assert plain_stdout() is plain
    if plain:
        assert not Console(soft_wrap=True).is_terminal


def test_a_terminal_gets_rich_highlighting(monkeypatch: pytest.MonkeyPatch) -> None:
    written = _Stdout(tty=True)
    monkeypatch.setattr(console, "out", Console(file=written, force_terminal=True, color_system="standard"))
    monkeypatch.setattr(sys, "stdout", _Stdout(tty=True))
    print_json('{"a": 1}')
    assert "\x1b[" in written.getvalue() and sys.stdout.getvalue() == ""


def test_a_lazy_console_is_made_once_at_its_first_use() -> None:
    stand_in = LazyConsole(file=io.StringIO(), soft_wrap=True, width=40)
    assert stand_in._console is None
    stand_in.print("hello")
    made = stand_in.made()
    assert isinstance(made, Console) and made.width == 40 and stand_in.made() is made
    assert made.file.getvalue() == "hello\n"
