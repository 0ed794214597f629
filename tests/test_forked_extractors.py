"""Extractors forked from the driver of a Ray run give the tables of ``extract_units`` in the driver itself,
hand a task's error back, and end with their pipe."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, NoReturn

import pytest
from synthetic import synthetic_articles

from crossreach import forked_extractors
from crossreach.forked_extractors import ForkedExtractor, can_fork
from crossreach.ray_worker import extract_units

ARGUMENTS = ((), 10_000_000, False)

pytestmark = pytest.mark.skipif(not can_fork(), reason="forked extractors need Linux and a single-threaded process")


def _units(root: Path, kind: str) -> list[dict[str, Any]]:
    root.mkdir()
    names = []
    for name, text in synthetic_articles(3):
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
        names.append(str(root / f"{name}.txt"))
    if kind == "files":
        return [{"read": name} for name in names]
    if kind == "skipped and missing":
        return [{"skipped": "not an article", "source": "x.bin"}, {"read": str(root / "missing.txt")},
                {"read": names[0]}]
    return []


@pytest.mark.parametrize("kind", ["files", "skipped and missing", "nothing"])
def test_a_forked_extractor_gives_the_tables_of_the_driver(tmp_path: Path, kind: str) -> None:
    units = _units(tmp_path / "in", kind)
    extractor = ForkedExtractor(ARGUMENTS)
    try:
        documents, facts = extractor.extract(units)
        again = extractor.extract(units)  # a second task in the same process
    finally:
        extractor.close()
    expected = extract_units(units, *ARGUMENTS)
    assert documents.equals(expected[0]) and facts.equals(expected[1])
    assert again[0].equals(expected[0]) and again[1].equals(expected[1])
    assert documents.num_rows == len(units)


def test_an_error_in_a_forked_task_is_raised_in_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(units: list[dict[str, Any]], *arguments: object) -> NoReturn:
        raise ValueError("unreadable")

    monkeypatch.setattr(forked_extractors, "extract_units", failing)  # before the fork: the child has it too
    extractor = ForkedExtractor(ARGUMENTS)
    try:
        with pytest.raises(ValueError, match="unreadable"):
            extractor.extract([{"read": "a.txt"}])
    finally:
        extractor.close()


def test_a_forked_extractor_ends_when_its_pipe_closes() -> None:
    extractor = ForkedExtractor(ARGUMENTS)
    extractor.connection.close()  # as the kernel does when the driver ends, however it ends
    deadline = time.monotonic() + 10
    while extractor.process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not extractor.process.is_alive()
    assert extractor.process.exitcode == 0
