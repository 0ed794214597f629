"""A brand's store on the platform a locative relative clause opens with ("on JD.com, where Adidas has a store")."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, sentence): Adidas keeps a store on JD.com, said in a clause the platform's name opens.
WHERE_STORES: list[tuple[str, str]] = [
    ("en", "On JD.com, where Adidas has run a store since 2021, sales grew."),
    ("it", "Su JD.com, dove Adidas ha un negozio dal 2021, le vendite sono cresciute."),
    ("fr", "Sur JD.com, où Adidas possède une boutique depuis 2021, les ventes ont progressé."),
    ("de", "Bei JD.com, wo Adidas seit 2021 ebenfalls einen Shop unterhält, kommen weitere Follower hinzu."),
    ("es", "En JD.com, donde Adidas tiene una tienda desde 2021, las ventas crecieron."),
    ("pt", "No JD.com, onde a Adidas tem uma loja desde 2021, as vendas cresceram."),
    ("zh", "阿迪达斯自2021年起在京东开设店铺，销售增长。"),  # no pronoun: the presence cue reads it
]


@pytest.mark.parametrize(("lang", "text"), WHERE_STORES)
def test_a_store_in_a_where_clause(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert found == [{"Adidas", "JD.com"}]


#: No store noun in the brand's clause, or the store noun in another clause: no partnership.
NO_STORE: list[tuple[str, str]] = [
    ("en", "On JD.com, where Adidas sells shoes, its store manager spoke."),
    ("it", "Su JD.com, dove Adidas vende scarpe, i negozi fisici restano chiusi."),
    ("de", "Bei JD.com, wo Adidas Schuhe verkauft, sind die Shops der Konkurrenz größer."),
]


@pytest.mark.parametrize(("lang", "text"), NO_STORE)
def test_no_store_noun_in_the_clause(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)] == []


#: (language, sentence): the clause says the brand has no store there, in a where clause or beside a store cue.
NEGATED_STORE: list[tuple[str, str]] = [
    ("en", "On JD.com, where Adidas has no store, sales come through resellers."),
    ("en", "Adidas, which has no store on JD.com, sells through resellers."),
    ("it", "Su JD.com, dove Adidas non ha un negozio ufficiale, i prodotti arrivano da rivenditori."),
    ("it", "Adidas, che non ha un negozio su JD.com, vende attraverso rivenditori."),
    ("fr", "Sur JD.com, où Adidas n'a pas de boutique, les produits passent par des revendeurs."),
    ("de", "Bei JD.com, wo Adidas keinen eigenen Shop hat, verkaufen Händler die Schuhe."),
    ("es", "En JD.com, donde Adidas no tiene tienda oficial, venden revendedores."),
    ("pt", "No JD.com, onde a Adidas não tem loja oficial, vendem revendedores."),
    ("zh", "阿迪达斯在京东尚未开设店铺，产品由经销商销售。"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATED_STORE)
def test_a_store_the_brand_has_not_is_no_partnership(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)] == []
