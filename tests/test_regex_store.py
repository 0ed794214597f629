"""The regex store: a regex read back from disk is the very pattern ``re.compile`` gives (``==`` on
patterns compares their programs), a missing or corrupt entry is built again, and the store is
skipped when the cache is off."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossreach import lexicon, regex_store
from crossreach.lexicon import compiled, compiled_all, cue_pattern, word_start_scanner
from crossreach.regex_store import stored_regex


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CROSSREACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CROSSREACH_CACHE", raising=False)
    return tmp_path / "cache" / "regex"


def _unbuildable(*args: object) -> None:
    raise AssertionError("built again, though the store has it")


CUES = [
    (["views", "visitors", "followers", "Follower"], True, []),
    (["fans", "abonnés", "Abonnenten", "seguidores", "iscritti", "ſeats", "Kelvin"], True, []),
    (["diretta da", "guidata"], True, ["dirigée par", "guidata da"]),
    (["\u7c89\u4e1d", "\u8ba2\u9605", "\u89c2\u770b"], False, ["\u5408\u4f5c"]),
    ([], True, []),
]


@pytest.mark.parametrize(("words", "spaced", "gapped"), CUES)
def test_a_cue_regex_read_back_is_the_one_built(folder: Path, monkeypatch: pytest.MonkeyPatch, words: list[str],
                                                spaced: bool, gapped: list[str]) -> None:
    built = cue_pattern(words, spaced, gapped)
    source = lexicon._cue_source(set(words), spaced, set(gapped))
    assert built == re.compile(*source)
    assert len(list(folder.glob("cue-*.pickle"))) == 1
    monkeypatch.setattr(lexicon, "_cue_source", _unbuildable)
    again = cue_pattern(list(reversed(words)), spaced, gapped)  # the same words in another order: the same entry
    assert again == built and again is not built
    assert again.groupindex == built.groupindex


PATTERNS = [
    (r"(?<![^\W\d_])(?:views|visitors)(?![^\W\d_])", re.IGNORECASE),
    (r"(?P<name>[A-Z]\w+)\s+(?i:said|told)\s*$", 0),
    ("(?:\u636e|\u636e\u6089)\\s*$", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_lexicon_regex_is_compiled_once_then_read_back(folder: Path, monkeypatch: pytest.MonkeyPatch, pattern: str,
                                                         flags: int) -> None:
    built = compiled(pattern, flags)
    assert built == re.compile(pattern, flags) and len(list(folder.glob("re-*.pickle"))) == 1
    monkeypatch.setattr(regex_store, "program_of", _unbuildable)  # only a store miss compiles
    again = compiled(pattern, flags)
    assert again == built and again is not built and again.groupindex == built.groupindex


def test_many_regexes_are_compiled_once_together_then_read_back(folder: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    built = compiled_all("test", PATTERNS)
    assert built == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert len(list(folder.glob("test-*.pickle"))) == 1  # one entry for them all
    monkeypatch.setattr(regex_store, "program_of", _unbuildable)  # only a store miss compiles
    again = compiled_all("test", PATTERNS)
    assert again == built and [p.groupindex for p in again] == [p.groupindex for p in built]
    with pytest.raises(AssertionError, match="built again"):
        compiled_all("test", PATTERNS[:2])  # another list is another entry


@pytest.mark.parametrize("setting", ["off", "0"])
def test_many_regexes_are_compiled_by_re_when_the_cache_is_off(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                               setting: str) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", setting)
    assert compiled_all("test", PATTERNS) == [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert compiled_all("test", []) == []
    assert not folder.exists()


ALTERNATIONS = [
    (["views", "visitors", "viewers", "followers", "fans", "abonnés"], False),
    (["views", "visitors", "viewers", "followers", "fans", "Abonnenten", "seguidores"], True),
    (["\u7c89\u4e1d", "\u8ba2\u9605", "\u89c2\u770b", "\u64ad\u653e", "\u9605\u8bfb", "\u70b9\u8d5e"], False),
]


@pytest.mark.parametrize(("words", "ignore_case"), ALTERNATIONS)
def test_a_large_alternation_is_built_once_then_read_back(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                          words: list[str], ignore_case: bool) -> None:
    built = lexicon.alternation(words, ignore_case=ignore_case)
    assert built == lexicon._trie(set(words), ignore_case)
    assert len(list(folder.glob("alternation-*.pickle"))) == 1
    monkeypatch.setattr(lexicon, "_trie", _unbuildable)
    assert lexicon.alternation(list(reversed(words)), ignore_case=ignore_case) == built  # same words: same entry


SHORT_OR_UNSTORED = [
    (["views", "visitors", "fans"], True),  # fewer than STORED_ALTERNATION words: built, not stored
    (["a", "b", "c", "d", "e"], True),
    (["Tencent", "Alibaba", "ByteDance", "Kuaishou", "Bilibili", "Weibo"], False),  # read from one document
]


@pytest.mark.parametrize(("words", "stored"), SHORT_OR_UNSTORED)
def test_short_or_unstored_alternations_bypass_the_store(folder: Path, words: list[str], stored: bool) -> None:
    assert lexicon.alternation(words, stored=stored) == lexicon._trie(set(words))
    assert not list(folder.glob("alternation-*.pickle"))


def test_an_alternation_is_built_when_the_cache_is_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", "off")
    words = ["views", "visitors", "viewers", "followers", "fans", "likes"]
    assert lexicon.alternation(words) == lexicon._trie(set(words))
    assert not folder.exists()


def test_a_scanner_without_a_regex_is_stored_as_none(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert word_start_scanner([], "lead") is None
    monkeypatch.setattr(lexicon, "_scanner_source", _unbuildable)
    assert word_start_scanner([], "lead") is None  # read back, not built
    with pytest.raises(AssertionError, match="built again"):
        word_start_scanner(["abc"], "lead")  # not in the store: built


def test_a_corrupt_entry_is_built_again(folder: Path) -> None:
    first = word_start_scanner(["kilo", "Kelvin", "stars"], "lead", r"(?![^\W\d_])")
    (entry,) = folder.glob("scanner-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert word_start_scanner(["kilo", "Kelvin", "stars"], "lead", r"(?![^\W\d_])") == first
    assert entry.read_bytes() != b"not a pickle"


@pytest.mark.parametrize("setting", ["off", "0"])
def test_the_store_is_skipped_when_the_cache_is_off(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                    setting: str) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", setting)
    assert cue_pattern(["views", "visits"], True) == re.compile(*lexicon._cue_source({"views", "visits"}, True, set()))
    assert not folder.exists()


def test_the_oldest_entries_are_removed_beyond_the_limit(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_store, "KEEP", 2)
    monkeypatch.setattr(regex_store, "_pruned", False)
    for n in range(3):
        stored_regex("test", [str(n).encode()], lambda n=n: (f"a{n}", 0))
    assert len(list(folder.glob("*.pickle"))) == 3  # pruned once a process, at its first write
    monkeypatch.setattr(regex_store, "_pruned", False)
    stored_regex("test", [b"3"], lambda: ("a3", 0))
    assert len(list(folder.glob("*.pickle"))) == 2


_PIECES = st.sampled_from(["a", "b", "K", "\u212a", "\u00e9", "\u017f", "\\d", "\\s+", "(?P<x>c)", "(?:d|e)", "[f-h]",
                           "i*", "j?", "(?i:k)", "(?<=l)", "m{1,3}", "\u4e00"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_PIECES, min_size=1, max_size=5).map("".join), min_size=1, max_size=4).map("|".join),
       st.sampled_from([0, re.IGNORECASE.value, re.IGNORECASE.value | re.MULTILINE.value]))
def test_any_regex_read_back_equals_what_re_compiles(folder: Path, source: str, flags: int) -> None:
    """Cold and warm, the stored regex is ``re.compile``'s, program, flags and groups alike; an invalid one
    raises re.error."""
    key = [source.encode("utf-8", "surrogatepass"), str(flags).encode()]
    try:
        expected = re.compile(source, flags)
    except re.error:  # a group named twice: the store says what re says
        with pytest.raises(re.error):
            stored_regex("test", key, lambda: (source, flags))
        return
    cold = stored_regex("test", key, lambda: (source, flags))
    warm = stored_regex("test", key, _unbuildable)  # type: ignore[arg-type]
    for pattern in (cold, warm):
        assert pattern == expected
        assert pattern is not None and (pattern.flags, pattern.groupindex) == (expected.flags, expected.groupindex)


WARM = [("(?P<year>\\d{4})-(?P<month>\\d\\d)", 0), ("[A-Z][a-z]+ (?i:said|told)", re.IGNORECASE.value),
        ("\u636e(?:\u6089|\u62a5\u9053)", 0)]


@pytest.fixture
def fresh_re(folder: Path):  # type: ignore[no-untyped-def]
    """``re``'s cache emptied and the warm set not yet read in this process, before and after."""
    re.purge()
    regex_store.warm_re_cache.cache_clear()
    yield
    re.purge()
    regex_store.warm_re_cache.cache_clear()


def test_the_patterns_re_compiled_are_handed_to_the_next_process_compiled(folder: Path, fresh_re: None,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert regex_store.warm_re_cache() == {}  # nothing stored yet
    for pattern, flags in WARM:
        re.compile(pattern, flags)
    regex_store.remember_re_cache()
    assert len(list(folder.glob("warm-*.pickle"))) == 1
    re.purge()  # as in a new process
    regex_store.warm_re_cache.cache_clear()
    assert {(str, pattern, flags) for pattern, flags in WARM} <= set(regex_store.warm_re_cache())
    compile_ = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", _unbuildable)  # re finds them in its cache: no compilation
    warm = [re.compile(pattern, flags) for pattern, flags in WARM]
    monkeypatch.setattr(re._compiler, "compile", compile_)
    for pattern, (source, flags) in zip(warm, WARM, strict=True):
        fresh = compile_(source, flags)
        assert pattern == fresh and (pattern.flags, pattern.groupindex) == (fresh.flags, fresh.groupindex)


def test_the_warm_set_is_written_only_when_re_holds_a_pattern_it_lacks(folder: Path, fresh_re: None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    re.compile(*WARM[0])
    regex_store.remember_re_cache()
    re.purge()
    regex_store.warm_re_cache.cache_clear()
    regex_store.warm_re_cache()
    write = regex_store._write
    monkeypatch.setattr(regex_store, "_write", _unbuildable)
    regex_store.remember_re_cache()  # the same pattern: nothing to write
    re.compile(*WARM[1])
    with pytest.raises(AssertionError, match="built again"):
        regex_store.remember_re_cache()  # a new one: written, with the one it had
    monkeypatch.setattr(regex_store, "_write", write)
    regex_store.remember_re_cache()
    (entry,) = folder.glob("warm-*.pickle")
    assert {(str, *WARM[0]), (str, *WARM[1])} <= set(regex_store._read(str(entry)))


@pytest.mark.parametrize("damage", [b"not a pickle", pickle.dumps({(str, "a", 0): ("a", 0, b"\x01", 0, {}, ())})])
def test_a_warm_set_that_cannot_be_read_leaves_re_to_compile(folder: Path, fresh_re: None, damage: bytes) -> None:
    re.compile(*WARM[0])
    regex_store.remember_re_cache()
    (entry,) = folder.glob("warm-*.pickle")
    entry.write_bytes(damage)
    re.purge()
    regex_store.warm_re_cache.cache_clear()
    assert regex_store.warm_re_cache() == {} and not re._cache
    assert re.compile(*WARM[0]) == re._compiler.compile(*WARM[0])


def test_no_warm_set_when_the_cache_is_off(folder: Path, fresh_re: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSREACH_CACHE", "off")
    re.compile(*WARM[0])
    regex_store.remember_re_cache()
    assert regex_store.warm_re_cache() == {} and not folder.exists()
