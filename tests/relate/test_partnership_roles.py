"""A name introduced as a company's distributor or importer is its partner ("the contract with its importer Foo")."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text): the headline makes Adidas the document's subject; the sentence after names only the
#: counterparty, which a role noun introduces (before it, or after it in apposition).
COUNTERPARTIES: list[tuple[str, str, set[str]]] = [
    ("en", "Adidas sells more shoes in China\n\nAdidas sold more shoes in China this year. The contract with "
           "its former distributor Harbin Fengyuan Trading ended in December.", {"Adidas", "Harbin Fengyuan Trading"}),
    ("it", "Adidas vende piu scarpe in Cina\n\nAdidas ha venduto piu scarpe in Cina quest'anno. Il contratto con "
           "l'importatore Harbin Fengyuan Trading e scaduto a dicembre.", {"Adidas", "Harbin Fengyuan Trading"}),
    ("fr", "Adidas vend plus de chaussures en Chine\n\nAdidas a vendu plus de chaussures en Chine cette annee. Le "
           "contrat avec son ancien distributeur, Harbin Fengyuan Trading, a pris fin en decembre.",
     {"Adidas", "Harbin Fengyuan Trading"}),
    ("es", "Adidas vende mas zapatillas en China\n\nAdidas vendio mas zapatillas en China este ano. El contrato con "
           "su anterior distribuidor, Harbin Fengyuan Trading, termino en diciembre.",
     {"Adidas", "Harbin Fengyuan Trading"}),
    ("pt", "Adidas vende mais tenis na China\n\nA Adidas vendeu mais tenis na China este ano. O contrato com a "
           "Harbin Fengyuan Trading, distribuidora da marca, terminou em dezembro.",
     {"Adidas", "Harbin Fengyuan Trading"}),
    ("de", "Adidas verkauft mehr Schuhe in China\n\nAdidas hat in diesem Jahr mehr Schuhe in China verkauft. Der "
           "Vertrag mit dem bisherigen Importeur Harbin Fengyuan Trading endete im Dezember.",
     {"Adidas", "Harbin Fengyuan Trading"}),
    ("zh", "阿迪达斯在华销量增长\n\n阿迪达斯今年在中国卖出更多鞋。该品牌与经销商中粮集团的合同已于12月到期。",
     {"Adidas", "COFCO"}),
]


@pytest.mark.parametrize(("lang", "text", "parties"), COUNTERPARTIES)
def test_a_counterparty_named_by_its_role(extract_text, lang: str, text: str, parties: set[str]) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert parties in found


#: (language, text): the role noun introduces no name of the sentence (the name is the subject, the distributor
#: is someone else): the document's subject is not paired with it.
NO_COUNTERPARTY: list[tuple[str, str]] = [
    ("en", "Adidas sells more shoes in China\n\nAdidas sold more shoes in China this year. Harbin Fengyuan "
           "Trading signed a contract with a new distributor in December."),
    ("it", "Adidas vende piu scarpe in Cina\n\nAdidas ha venduto piu scarpe in Cina quest'anno. Harbin Fengyuan "
           "Trading ha firmato un contratto con un nuovo distributore a dicembre."),
    ("de", "Adidas verkauft mehr Schuhe in China\n\nAdidas hat in diesem Jahr mehr Schuhe in China verkauft. Harbin "
           "Fengyuan Trading hat im Dezember einen Vertrag mit einem neuen Importeur unterzeichnet."),
]


@pytest.mark.parametrize(("lang", "text"), NO_COUNTERPARTY)
def test_no_counterparty_without_its_role(extract_text, lang: str, text: str) -> None:
    found = [set(f.parties) for f in extract_text(lang, text).facts if isinstance(f, Partnership)]
    assert {"Adidas", "Harbin Fengyuan Trading"} not in found
