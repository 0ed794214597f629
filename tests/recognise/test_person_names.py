"""What a person's name looks like: given names from the data package, pinyin names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.recognise.person_names import chinese_names, first_names, is_common_first_name, is_first_name


def test_the_given_names_of_the_data_package_are_read() -> None:
    assert len(first_names()) > 40_000
    assert {"Timo", "Marion", "Giulia", "Jean-Pierre", "João"} <= first_names()


@pytest.mark.parametrize(("word", "given", "common"), [
    ("Mark", True, True),
    ("Vinícius", True, False),  # found without its accent
    ("Asia", True, False),  # a given name, but a rare one
    # Given names joined by hyphens, common when the first is ("Jean-Baptiste"); no brand ("Coca-Cola").
    ("Jean-Baptiste", True, True),
    ("Karl-Heinz", True, True),
    ("Coca-Cola", False, False),
    ("Rolls-Royce", False, False),
    ("Al-Khelaifi", False, False),
    ("Chinesische", False, False),
    ("Soziale", False, False),
])
def test_given_names_and_common_ones(word: str, given: bool, common: bool) -> None:
    assert (is_first_name(word), is_common_first_name(word)) == (given, common)


@pytest.mark.parametrize(("name", "expected"), [
    ("Ma Long", True),
    ("Fan Zhendong", True),
    ("Xiaoling Chen", True),  # family name last
    ("Chen Xiao-ling", True),  # a hyphenated given name
    ("Hong Kong", False),  # a place
    ("Soziale Medien", False),
    ("Zhang Qwerty", False),  # not pinyin
    ("Mark Williams", False),  # no Chinese family name
])
def test_pinyin_names(name: str, expected: bool) -> None:
    assert chinese_names().is_name(name.split()) is expected


@given(st.text(alphabet=st.characters(categories=("Lu", "Ll")), min_size=1, max_size=12))
def test_a_pinyin_word_is_capitalised_and_built_of_syllables(word: str) -> None:
    names = chinese_names()
    if names.is_pinyin(word):
        assert word[0].isupper()
        assert names.word_re.fullmatch(word.lower())
