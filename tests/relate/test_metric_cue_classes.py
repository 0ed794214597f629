"""Cue classes each language's lexicon lists for a kind (issue 15, figures whose cue was never read):
net bookings are sales ("réservations nettes", "净预订额"), and bookings and pre-orders count units sold
("4.300 Buchungen", "预订量"); passengers carried and overnight stays are visitors; takeover verbs give a
deal's value ("übernommen", "rilevato", "入股"). Every class has a case in each of the seven languages. Sentences
written for the test, not taken from a corpus."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")

#: (language, sentence, kind, value): a metric of this kind and value is among those read.
BOOKINGS: list[tuple[str, str, str, float]] = [
    ("en", "Ubisoft said its net bookings reached 310 million euros in the first quarter.", "sales", 310_000_000),
    ("it", "Le prenotazioni nette di Ubisoft hanno raggiunto 310 milioni di euro nel primo trimestre.",
     "sales", 310_000_000),
    ("fr", "Les réservations nettes d'Ubisoft ont atteint 310 millions d'euros au premier trimestre.",
     "sales", 310_000_000),
    ("de", "Die Nettobuchungen von Ubisoft erreichten im ersten Quartal 310 Millionen Euro.", "sales", 310_000_000),
    ("es", "Las reservas netas de Ubisoft alcanzaron 310 millones de euros en el primer trimestre.",
     "sales", 310_000_000),
    ("pt", "As reservas líquidas da Ubisoft atingiram 310 milhões de euros no primeiro trimestre.",
     "sales", 310_000_000),
    ("zh", "育碧本财年净预订额约为18.5亿欧元。", "sales", 1_850_000_000),
]

BOOKED_UNITS: list[tuple[str, str, str, float]] = [
    ("en", "Trip.com recorded 4,300 bookings for the show in its first week.", "sales", 4_300),
    ("it", "Trip.com ha registrato 4.300 prenotazioni per lo spettacolo nella prima settimana.", "sales", 4_300),
    ("fr", "Trip.com a enregistré 4 300 réservations pour le spectacle la première semaine.", "sales", 4_300),
    ("de", "Trip.com verzeichnete in der ersten Woche 4.300 Buchungen für die Show.", "sales", 4_300),
    ("es", "Xiaomi acumuló 43.000 preventas del nuevo coche en la primera semana.", "sales", 43_000),
    ("pt", "A Xiaomi somou 43 mil pré-vendas do novo carro na primeira semana.", "sales", 43_000),
    ("zh", "宝马新车上市48小时预订量达3.6万台。", "sales", 36_000),
]

STAYS: list[tuple[str, str, str, float]] = [
    ("en", "Accor recorded 18.5 million overnight stays in Europe last year.", "visitors", 18_500_000),
    ("it", "Lo scorso anno Venezia ha registrato 12 milioni di pernottamenti.", "visitors", 12_000_000),
    ("fr", "L'an dernier, Paris a enregistré 50 millions de nuitées.", "visitors", 50_000_000),
    ("de", "Zermatt Tourismus verbuchte im vergangenen Jahr 2,4 Millionen Übernachtungen.", "visitors", 2_400_000),
    ("es", "Barcelona registró el año pasado 22 millones de pernoctaciones.", "visitors", 22_000_000),
    ("pt", "A Accor registou no ano passado 9 milhões de pernoitas em Portugal.", "visitors", 9_000_000),
    ("zh", "雅高集团去年在欧洲的过夜人次达1850万。", "visitors", 18_500_000),
]

TRAVELLERS: list[tuple[str, str, str, float]] = [
    ("en", "Lufthansa carried 57 million passengers last year.", "visitors", 57_000_000),
    ("it", "Lo scorso anno Lufthansa ha trasportato 57 milioni di passeggeri.", "visitors", 57_000_000),
    ("fr", "L'an dernier, Lufthansa a transporté 57 millions de passagers.", "visitors", 57_000_000),
    ("de", "Im vergangenen Jahr beförderte Lufthansa 57 Millionen Passagiere.", "visitors", 57_000_000),
    ("es", "El año pasado Lufthansa transportó 57 millones de pasajeros.", "visitors", 57_000_000),
    ("pt", "No ano passado, a Lufthansa transportou 57 milhões de passageiros.", "visitors", 57_000_000),
    ("zh", "汉莎航空去年全年载客量约为5700万人次。", "visitors", 57_000_000),
]

TAKEOVERS: list[tuple[str, str, str, float]] = [
    ("en", "Anta took over Jack Wolfskin for 290 million dollars in the spring.", "deal_value", 290_000_000),
    ("it", "Nel 2018 Kuka aveva rilevato il 51% di Natuzzi China per 65 milioni di euro.", "deal_value", 65_000_000),
    ("fr", "Accor avait cédé sa participation dans Huazhu pour 450 millions de dollars.", "deal_value", 450_000_000),
    ("de", "Anta hatte Jack Wolfskin im Frühjahr für 290 Millionen US-Dollar übernommen.", "deal_value", 290_000_000),
    ("es", "Anta adquirió Jack Wolfskin por 290 millones de dólares en primavera.", "deal_value", 290_000_000),
    ("pt", "A Anta adquiriu a Jack Wolfskin por 290 milhões de dólares na primavera.", "deal_value", 290_000_000),
    ("zh", "腾讯今年以约11.6亿欧元入股育碧新成立的子公司。", "deal_value", 1_160_000_000),
]


def _read(extract_text, lang: str, text: str) -> list[Metric]:
    return [f for f in extract_text(lang, text, "2025-03-01").facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [*BOOKINGS, *BOOKED_UNITS, *STAYS, *TRAVELLERS,
                                                       *TAKEOVERS])
def test_a_cue_of_the_class_gives_the_figure_its_kind(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert any(m.kind == kind and m.value is not None and abs(m.value - value) <= value * 0.005
               for m in metrics), metrics


@pytest.mark.parametrize("cases", [BOOKINGS, BOOKED_UNITS, STAYS, TRAVELLERS, TAKEOVERS])
def test_every_class_has_a_case_in_each_language(cases) -> None:
    assert {case[0] for case in cases} == {"en", "it", "fr", "de", "es", "pt", "zh"}


#: Words one language lacked that its siblings list for the kind: "transactions" (sales) beside the
#: English one, "supporters" (followers) beside "sostenitori", a live broadcast "suivie en direct par"
#: beside "seguita in diretta da", the verb "erlöst" beside "Erlöse", a game's gross billings "流水"
#: and retail sales "零售额".
GAPS: list[tuple[str, str, str, float]] = [
    ("it", "Il volume delle transazioni su Tmall ha raggiunto 1,2 miliardi di yuan.", "sales", 1_200_000_000),
    ("de", "Die DFL erlöst mit ihren Auslandsrechten rund 200 Millionen Euro pro Saison.", "sales", 200_000_000),
    ("en", "Globally, the WWF has more than 5 million supporters.", "followers", 5_000_000),
    ("fr", "La naissance des pandas a été suivie en direct par 8,4 millions de Chinois sur Douyin.",
     "viewers", 8_400_000),
    ("zh", "该游戏上线首月流水约3.2亿元。", "sales", 320_000_000),
    ("zh", "周大福去年在中国大陆的零售额约为780亿元人民币。", "sales", 78_000_000_000),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), GAPS)
def test_a_word_the_siblings_list_gives_the_figure_its_kind(extract_text, lang, text, kind, value) -> None:
    metrics = _read(extract_text, lang, text)
    assert any(m.kind == kind and m.value is not None and abs(m.value - value) <= value * 0.005
               for m in metrics), metrics
