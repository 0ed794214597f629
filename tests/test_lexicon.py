"""Every language file has every section, so no stage meets a language it cannot read."""

from __future__ import annotations

import pytest

from crossreach.lexicon import SECTIONS, load_language, supported_languages


def test_the_seven_languages_are_supported() -> None:
    assert set(supported_languages()) >= {"en", "it", "fr", "de", "es", "pt", "zh"}


@pytest.mark.parametrize("code", supported_languages())
def test_every_language_has_every_section(code: str) -> None:
    lexicon = load_language(code)
    assert lexicon.code == code
    missing = [name for name in SECTIONS if name not in lexicon.sections]
    assert missing == []


def test_unknown_language_falls_back_to_english() -> None:
    assert load_language("nl").code == "en"
