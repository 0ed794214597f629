"""Language identification with lingua, limited to the languages crossreach has lexicons for.

A few languages that are easily confused with the supported ones are in the
detector too, so that a Dutch or Catalan article is reported as ``other``
instead of being forced into German or Spanish.

A sample that is mostly Han characters, with no kana or Hangul, is the one
supported language written without spaces (Chinese) without asking lingua: lingua
says the same of every such text of the corpora and the tests, and checking the
script costs a small part of a detection.

A sample of ``_QUICK_FROM`` characters or more goes to lingua's low-accuracy mode
(trigram models only), which loads in about 0.1 s of CPU where the full models take
2 s, paid again by every worker process; on every paragraph of 200 characters or
more in the shared corpora (844) both modes gave the same language, while on
shorter ones they differ often, so headlines and single sentences keep the full
models.

A sample whose words are mostly the function words of one
supported language (``language.function_words`` of its lexicon: words none of the
other supported languages writes) is that language without asking lingua: at least
``_FUNCTION_WORDS_NEEDED`` of them, ``_FUNCTION_WORDS_SHARE`` of its words, and
``_FUNCTION_WORDS_LEAD`` times those of every other language together. Counting them
costs a twentieth of lingua's quick mode (0.46 ms a 600-character sample); on every
corpus document and every paragraph-start sample of them and of the examples (2,505
of 5,971 decided so) it gave lingua's answer, and Catalan, Galician, Dutch, Romanian,
Swedish and Polish openings, which share some of these words, fall short of it and go
to lingua.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from crossreach.lexicon import is_spaced, load_language, script, supported_languages

if TYPE_CHECKING:
    from lingua import Language, LanguageDetector

OTHER = "other"
_CONFUSERS = ("DUTCH", "CATALAN", "ROMANIAN", "JAPANESE", "KOREAN", "RUSSIAN", "POLISH", "SWEDISH")
#: Characters looked at: enough to decide, little enough to stay fast on long documents. lingua's time
#: grows with the sample (0.46 ms at 600 characters, 0.68 at 1,000); from every paragraph of the dev,
#: seeds and web/tune texts and the examples on (1,003 samples), 500 to 1,000 characters all gave the
#: same language.
_SAMPLE = 600
#: Samples at least this long are identified in lingua's low-accuracy mode (see the module's docstring).
_QUICK_FROM = 300
#: What ``_by_function_words`` needs to decide without lingua (see the module's docstring).
_FUNCTION_WORDS_NEEDED = 8
_FUNCTION_WORDS_SHARE = 0.06
_FUNCTION_WORDS_LEAD = 4
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2)
def _detector(quick: bool = False) -> tuple[LanguageDetector, dict[Language, str]]:
    """lingua's detector for the supported languages and the confusers, and the codes of the supported
    ones; ``quick``: the low-accuracy mode, for long samples."""
    from lingua import Language, LanguageDetectorBuilder  # loaded only when a language is detected

    codes: dict[Language, str] = {}
    for code in supported_languages():
        name = load_language(code).section("language").get("lingua", "")
        codes[getattr(Language, name)] = code
    languages = [*codes, *(getattr(Language, name) for name in _CONFUSERS)]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if quick else builder).build(), codes


def load_detector() -> None:
    """Load the detector of long samples (most articles' first 600 characters) and its models now.
    lingua reads a language's models when a text first needs them (0.1 CPU s for these, in one thread, in
    memory shared by the whole process): a sample in plain ASCII letters needs every language written
    in the Latin script. A parent that forks workers does it before the fork, and they inherit the
    models rather than each reading them again; a spawned worker does it as it starts."""
    detector, _codes = _detector(quick=True)  # (not detect_language: its function words would answer)
    detector.detect_language_of(" ".join(["crossreach reads the news"] * (_QUICK_FROM // 20)))


def detect_language(text: str) -> str:
    """A supported language code, or ``other``."""
    sample = text[:_SAMPLE]
    unspaced = _unspaced_language()
    if unspaced is not None and _mostly_han(sample):
        return unspaced
    told = _by_function_words(sample)
    if told is not None:
        return told
    detector, codes = _detector(quick=len(sample) >= _QUICK_FROM)
    found = detector.detect_language_of(sample)
    return codes.get(found, OTHER) if found is not None else OTHER


@lru_cache(maxsize=1)
def _unspaced_language() -> str | None:
    """The one supported language that writes no spaces between words, if there is exactly one."""
    unspaced = [code for code in supported_languages() if not is_spaced(load_language(code))]
    return unspaced[0] if len(unspaced) == 1 else None


def _mostly_han(sample: str) -> bool:
    """Whether at least half of ``sample``'s characters are Han and none is kana or Hangul."""
    chars = script()
    return 2 * len(chars.han_re.findall(sample)) >= len(sample) > 0 and chars.not_chinese_re.search(sample) is None


@lru_cache(maxsize=1)
def _function_words() -> dict[str, str]:
    """Each supported language's function words, casefolded, to its code: a word two languages list is
    neither's."""
    owners: dict[str, set[str]] = {}
    for code in supported_languages():
        for word in load_language(code).section("language").get("function_words", ()):
            owners.setdefault(str(word).casefold(), set()).add(code)
    return {word: codes.pop() for word, codes in owners.items() if len(codes) == 1}


def _by_function_words(sample: str) -> str | None:
    """The language whose function words the sample's words mostly are, when one clearly is; else None."""
    owners = _function_words()
    words = _WORD.findall(sample.casefold())
    counts: dict[str, int] = {}
    for word in words:
        code = owners.get(word)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    most = counts[best]
    others = sum(counts.values()) - most
    if most >= _FUNCTION_WORDS_NEEDED and most >= _FUNCTION_WORDS_SHARE * len(words) \
            and most >= _FUNCTION_WORDS_LEAD * max(others, 1):
        return best
    return None
