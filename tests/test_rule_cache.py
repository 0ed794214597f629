"""A language's rules kept whole in the build cache: read back equal to a fresh build (every regex the very
program ``re.compile`` makes, the shared objects the stages compare by identity kept so), built once a process,
and never stored for a lexicon that was not loaded from its file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from crossreach import rule_cache
from crossreach.lexicon import NEVER, LanguageLexicon, load_language
from crossreach.recognise.number_rules import number_rules
from crossreach.relate.partnership_cues import partnership_cues
from crossreach.rule_cache import language_rules


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    return tmp_path / "cache" / "rules"


@dataclass(frozen=True)
class _Rules:
    lexicon: LanguageLexicon
    word: re.Pattern[str]
    same_word: re.Pattern[str]
    never: re.Pattern[str]
    spaced: bool


def _counting_builder(kind: str) -> tuple[list[str], object]:
    calls: list[str] = []

    def build(lexicon: LanguageLexicon, spaced: bool) -> _Rules:
        calls.append(lexicon.code)
        word = re.compile(r"(?i)\b(?:partner(?:ship)?|deal)\b")
        return _Rules(lexicon, word, word, NEVER, spaced)

    return calls, language_rules(kind)(build)


def test_rules_are_built_once_then_read_back_alike(folder: Path) -> None:
    calls, rules = _counting_builder("test_rules")
    built = rules(load_language("en"), True)
    assert rules(load_language("en"), True) is built  # once a process
    rules.cache_clear()  # type: ignore[attr-defined]  # (as a fresh process finds them)
    read = rules(load_language("en"), True)
    assert calls == ["en"]
    assert len(list(folder.glob("test_rules-*.pickle"))) == 1
    assert read is not built and read.word == built.word and read.word.pattern == built.word.pattern
    assert read.word is read.same_word  # one regex, one object
    assert read.never is NEVER and read.lexicon is load_language("en")
    assert read.word.search("a new Partnership with") is not None


def test_each_language_and_argument_has_its_entry(folder: Path) -> None:
    calls, rules = _counting_builder("test_args")
    for lang, spaced in (("en", True), ("en", False), ("de", True)):
        assert rules(load_language(lang), spaced).spaced is spaced
    rules.cache_clear()  # type: ignore[attr-defined]
    rules(load_language("de"), True)
    assert calls == ["en", "en", "de"]
    assert len(list(folder.glob("test_args-*.pickle"))) == 3


def test_a_lexicon_not_loaded_from_its_file_is_never_stored(folder: Path) -> None:
    calls, rules = _counting_builder("test_own")
    own = LanguageLexicon("en", "English", {"partnerships": {"cues": ["teams up with"]}})
    rules(own, True)
    rules.cache_clear()  # type: ignore[attr-defined]
    rules(own, True)
    assert calls == ["en", "en"]
    assert not folder.exists() or not list(folder.glob("test_own-*.pickle"))


def test_off_cache_builds_every_process(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", "off")
    calls, rules = _counting_builder("test_off")
    rules(load_language("en"), True)
    rules.cache_clear()  # type: ignore[attr-defined]
    rules(load_language("en"), True)
    assert calls == ["en", "en"]


@pytest.mark.parametrize("lang", ["en", "de", "zh"])
def test_a_stages_rules_read_back_equal_to_a_fresh_build(folder: Path, lang: str) -> None:
    lexicon = load_language(lang)
    for builder, args in ((partnership_cues, (lexicon, lang != "zh")), (number_rules, (lexicon,))):
        builder.cache_clear()  # type: ignore[attr-defined]
        built = builder(*args)
        builder.cache_clear()  # type: ignore[attr-defined]
        read = builder(*args)
        builder.cache_clear()  # type: ignore[attr-defined]  # (the other tests build their own)
        assert read is not built
        for name in built.__dataclass_fields__:
            fresh, stored = getattr(built, name), getattr(read, name)
            if isinstance(fresh, re.Pattern):
                assert stored == fresh, name
                assert (stored is NEVER) == (fresh is NEVER), name
    assert rule_cache.KEEP_PER_KIND >= 1
