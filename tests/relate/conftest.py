"""Fixtures of the relate tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def without_spacy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The weights are fitted without spaCy, whether a pipeline is installed or not."""
    from crossreach.recognise.spacy_candidates import pipeline_for

    monkeypatch.setenv("CROSSREACH_SPACY", "off")
    pipeline_for.cache_clear()
    yield
    pipeline_for.cache_clear()
