"""Bookings are sales, in every language: the worth of what was booked ("le montant des réservations"), and a
count of bookings, in units. Sentences written for the test, not taken from a corpus."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")

#: (language, sentence, value, currency): a sales figure of this value is read.
CASES: list[tuple[str, str, float, str | None]] = [
    ("en", "Hilton said bookings on Fliggy reached 95 million yuan in the first quarter.", 95_000_000, "CNY"),
    ("en", "Hilton took 6,400 bookings on Fliggy during the Golden Week promotion.", 6_400, None),
    ("fr", "Le montant des réservations de Hilton sur Fliggy atteint 95 millions de yuans.", 95_000_000, "CNY"),
    ("fr", "Hilton a enregistré 6 400 réservations sur Fliggy pendant la Semaine d'or.", 6_400, None),
    ("it", "Le prenotazioni di Hilton su Fliggy hanno raggiunto 95 milioni di yuan nel trimestre.", 95_000_000, "CNY"),
    ("it", "Hilton ha raccolto 6.400 prenotazioni su Fliggy durante la Settimana d'oro.", 6_400, None),
    ("de", "Die Buchungen von Hilton auf Fliggy erreichten im Quartal 95 Millionen Yuan.", 95_000_000, "CNY"),
    ("de", "Hilton verzeichnete auf Fliggy 6.400 Buchungen während der Goldenen Woche.", 6_400, None),
    ("es", "Hilton vendió en Fliggy paquetes reservados por valor de 95 millones de yuanes.", 95_000_000, "CNY"),
    ("es", "Las transacciones de Hilton en Fliggy sumaron 95 millones de yuanes en el trimestre.", 95_000_000, "CNY"),
    ("pt", "Os pacotes reservados da Hilton na Fliggy somaram 95 milhões de yuans no trimestre.", 95_000_000, "CNY"),
    ("pt", "As transações da Hilton na Fliggy chegaram a 95 milhões de yuans no trimestre.", 95_000_000, "CNY"),
    ("zh", "希尔顿第一季度在飞猪的预订额达到9500万元。", 95_000_000, "CNY"),
    ("zh", "黄金周期间，希尔顿在飞猪的预订量为6400间夜。", 6_400, None),
]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), CASES)
def test_bookings_are_sales(extract_text, lang, text, value, currency) -> None:
    found = {(f.kind, f.value, f.currency) for f in extract_text(lang, text, "2024-05-10").facts
             if isinstance(f, Metric)}
    assert ("sales", value, currency) in found


@pytest.mark.parametrize(("lang", "text"), [
    # the noun "reservas" names reserves as often as bookings: no cue
    ("es", "El banco mantiene reservas de 95 millones de euros para cubrir impagos."),
    ("pt", "O banco mantém reservas de 95 milhões de euros para cobrir calotes."),
])
def test_reserves_are_no_sales(extract_text, lang, text) -> None:
    assert [f for f in extract_text(lang, text, "2024-05-10").facts if isinstance(f, Metric)] == []
