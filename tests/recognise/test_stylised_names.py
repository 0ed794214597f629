"""Camel-case words: how companies style their names, and no common word or person's name is written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.recognise.stylised_names import camel_case_words


@pytest.mark.parametrize(("text", "expected"), [
    ("Tencent signed with BrightFold in May.", ["BrightFold"]),
    ("Secondo MercatiAlimentari, le vendite crescono.", ["MercatiAlimentari"]),
    ("Le cabinet LumiPharm a signé.", ["LumiPharm"]),
    ("JD.com hat mit BergWerk einen Vertrag.", ["BergWerk"]),
    ("La consultora SolVerde firmó con JD.com.", ["SolVerde"]),
    ("A CaféBom assinou com o JD.com.", ["CaféBom"]),
    ("品牌BrightFold入驻天猫。", []),  # (glued to Han characters: the Han rules read it)
    # Abbreviations, family names with their prefixes, handles, hashtags and glued words: none.
    ("The MoU covers IoT and GmbH forms.", []),
    ("LeBron James met McKinsey, DiCaprio and MacArthur.", []),
    ("Follow @BrightFold and #BrightFold or brightfold.com/BrightFold.", []),
    ("A word like xBrightFold or Bright-Fold.", []),
    # A plain capitalised word, a month, a place or a person: no camel case.
    ("In Monday's news, Paris and Anna Rossi met.", []),
])
def test_camel_case_words_are_found(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in camel_case_words(text)] == expected


@given(st.text(alphabet="BrightFoldMcLeo @#.-é ", max_size=40))
def test_every_span_is_a_word_of_the_text(text: str) -> None:
    for start, end in camel_case_words(text):
        word = text[start:end]
        assert word.isalpha() and word[0].isupper() and any(c.isupper() for c in word[1:])
