"""The progress bar of batch commands: a verb, done out of a total, a rate and the time left."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from crossreach.interfaces import progress


@pytest.mark.parametrize(("verb", "total"), [("re-extracting after the merge", 3), ("ingesting texts to score", 2)])
def test_a_batch_on_a_terminal_shows_its_verb_and_total(monkeypatch: pytest.MonkeyPatch, verb: str,
                                                         total: int) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(progress, "err", Console(file=screen, force_terminal=True, width=160))

    def work(on_item):
        for index in range(total):
            on_item(None, f"doc{index}.txt")
        return "done"

    assert progress.run_batch(verb, total, False, work) == "done"
    shown = screen.getvalue()
    assert verb in shown and f"{total}/{total}" in shown and "/s" in shown


def test_a_disabled_batch_prints_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(progress, "err", Console(file=screen, force_terminal=True, width=160))
    assert progress.run_batch("loading", 1, True, lambda on_item: on_item(None, "a.txt")) is None
    assert screen.getvalue() == ""
