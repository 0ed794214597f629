"""The operator of the document's subject's store on a platform is the subject's partner
(``relate.partnership_operators``)."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("it", "Pirelli cresce in Cina\n\nPirelli ha venduto due milioni di pneumatici. Il vecchio negozio su Tmall, "
           "gestito dal 2019 dal distributore Shanghai Wheelhouse, è stato chiuso a dicembre insieme al contratto "
           "di distribuzione.", [{"Pirelli", "Shanghai Wheelhouse"}]),
    ("en", "Burberry brings its trench coats to China\n\nBurberry opened a store. The Tmall store, run by the "
           "Hangzhou-based distributor Baozun, opened on 1 September.", [{"Baozun", "Burberry"}]),
])
def test_a_stores_operator_is_the_subjects_partner(extract_text, lang: str, text: str,
                                                   expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # A brand with a store of its own on the platform is no operator: no distributor introduces it.
    ("en", "Burberry brings its trench coats to China\n\nBurberry opened a store. Baozun opened a flagship "
           "store on Tmall in 2019."),
    # The sentence names the store's owner: the rules read it, the document's subject is none of its parties.
    ("en", "Burberry brings its trench coats to China\n\nBurberry opened a store. Prada's Tmall store, run by "
           "the Hangzhou-based distributor Baozun, opened on 1 September."),
    # No store named: the platform's own deal.
    ("en", "Burberry brings its trench coats to China\n\nBurberry opened a store. Tmall signed a partnership "
           "with the Hangzhou-based distributor Baozun in 2019."),
])
def test_no_store_of_the_subject(extract_text, lang: str, text: str) -> None:
    assert {"Burberry", "Baozun"} not in _parties(extract_text, lang, text)
