"""A listed name that opens a clause of its own ends the list of partners."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Mention
from crossreach.relate.partnership_clauses import opens_clause
from crossreach.relate.partnership_cues import partnership_cues

#: (language, text, name, whether the name opens a clause)
CLAUSES: list[tuple[str, str, str, bool]] = [
    ("en", "a deal with Tencent and Prada has opened a shop", "Prada", True),
    ("en", "a deal with Tencent and Prada reported higher sales", "Prada", True),
    ("en", "a deal with Tencent and Alibaba.", "Alibaba", False),
    ("en", "a deal with Tencent and Alibaba to sell online", "Alibaba", False),
    ("it", "un accordo con Tencent e Prada ha aperto un negozio", "Prada", True),
    ("it", "un accordo con Tencent e Alibaba per vendere online", "Alibaba", False),
    ("fr", "un accord avec Tencent et Prada a ouvert une boutique", "Prada", True),
    ("de", "mit Tencent und Prada hat einen Laden", "Prada", True),
    ("es", "un acuerdo con Tencent y Prada abrió una tienda", "Prada", True),
    ("es", "un acuerdo con Tencent y Alibaba en China", "Alibaba", False),
    ("pt", "um acordo com a Tencent e a Prada abriu uma loja", "Prada", True),
    ("pt", "um acordo com a Tencent e a Alibaba na China", "Alibaba", False),
]


@pytest.mark.parametrize(("lang", "text", "name", "opens"), CLAUSES)
def test_a_name_that_opens_its_own_clause(lang: str, text: str, name: str, opens: bool) -> None:
    lexicon = load_language(lang)
    at = text.index(name)
    mention = Mention(start=at, end=at + len(name), text=name, name=name, type="ORG")
    assert opens_clause(text, mention, partnership_cues(lexicon, is_spaced(lexicon))) is opens
