"""Language identification with lingua, limited to the languages crossreach has lexicons for.

A few languages that are easily confused with the supported ones are in the
detector too, so that a Dutch or Catalan article is reported as ``other``
instead of being forced into German or Spanish.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from crossreach.lexicon import load_language, supported_languages

if TYPE_CHECKING:
    from lingua import Language, LanguageDetector

OTHER = "other"
_CONFUSERS = ("DUTCH", "CATALAN", "ROMANIAN", "JAPANESE", "KOREAN", "RUSSIAN", "POLISH", "SWEDISH")
#: Characters looked at: enough to decide, little enough to stay fast on long documents.
_SAMPLE = 1000


@lru_cache(maxsize=1)
def _detector() -> tuple[LanguageDetector, dict[Language, str]]:
    from lingua import Language, LanguageDetectorBuilder  # loaded only when a language is detected

    codes: dict[Language, str] = {}
    for code in supported_languages():
        name = load_language(code).section("language").get("lingua", "")
        codes[getattr(Language, name)] = code
    languages = [*codes, *(getattr(Language, name) for name in _CONFUSERS)]
    return LanguageDetectorBuilder.from_languages(*languages).build(), codes


def detect_language(text: str) -> str:
    """A supported language code, or ``other``."""
    detector, codes = _detector()
    found = detector.detect_language_of(text[:_SAMPLE])
    return codes.get(found, OTHER) if found is not None else OTHER
