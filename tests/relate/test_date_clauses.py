"""Clauses that tell a figure's date."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.date_clauses import clause_break_between, leads_into, subset_re, year_of_clause_before


@pytest.mark.parametrize(("text", "date_text", "figure", "spaced", "expected"), [
    ("兰蔻公司周二表示，今年双十一期间，兰蔻在天猫的销售额突破10亿元。", "今年双十一", "10亿元", False, True),
    ("The company said that, in 2022, sales reached 5 million.", "in 2022", "5 million", True, True),
    # a dateline's dash is no comma
    ("LISBOA, 14 de novembro - A Lancôme vendeu 1 mil milhões.", "14 de novembro", "1 mil", True, False),
    # two clauses between them
    ("Zhao won on Sunday, beat Williams, and drew 5 million.", "on Sunday", "5 million", True, False),
    # the date after the figure
    ("Sales reached 5 million, in 2022, the company said.", "in 2022", "5 million", True, False),
    # a bracket opened right after the date gives its figure
    ("该馆共接待观众约580万人次，较疫情前的2019年（约620万人次）仍有差距。", "2019年", "620万", False, True),
    ("The museum drew 5.8 million, down from 2019 (about 6.2 million visitors).", "2019", "6.2 million", True, True),
    ("Il museo ha accolto 5,8 milioni, meno del 2019 (circa 6,2 milioni).", "2019", "6,2 milioni", True, True),
    ("Le musée a reçu 5,8 millions de visiteurs, contre 2019 (6,2 millions).", "2019", "6,2 millions", True, True),
    ("Das Museum zählte 5,8 Mio. Besucher, weniger als 2019 (6,2 Mio.).", "2019", "6,2 Mio", True, True),
    ("El museo recibió 5,8 millones, menos que en 2019 (6,2 millones).", "2019", "6,2 millones", True, True),
    ("O museu recebeu 5,8 milhões, menos do que em 2019 (6,2 milhões).", "2019", "6,2 milhões", True, True),
    # a date clause opened by a semicolon, before its figure's clause
    ("注册会员增加约900万；今年一季度，月活跃用户平均为1150万。", "今年一季度", "1150万", False, True),
    ("Members rose by 9 million; in the first quarter, monthly users averaged 11.5 million.", "in the first quarter",
     "11.5 million", True, True),
    ("I soci sono cresciuti di 9 milioni; nel primo trimestre, gli utenti mensili erano 11,5 milioni.",
     "nel primo trimestre", "11,5 milioni", True, True),
    ("Les membres ont augmenté de 9 millions ; au premier trimestre, les utilisateurs étaient 11,5 millions.",
     "au premier trimestre", "11,5 millions", True, True),
    ("Die Mitglieder stiegen um 9 Millionen; im ersten Quartal, so das Unternehmen, waren es 11,5 Millionen.",
     "im ersten Quartal", "11,5 Millionen", True, False),  # (two clauses between them)
    ("Los socios crecieron en 9 millones; en el primer trimestre, los usuarios mensuales fueron 11,5 millones.",
     "en el primer trimestre", "11,5 millones", True, True),
    ("Os sócios cresceram 9 milhões; no primeiro trimestre, os utilizadores mensais foram 11,5 milhões.",
     "no primeiro trimestre", "11,5 milhões", True, True),
    # ... not a bracket of many words, or one a clause break parts from the date
    ("Visitors rose in 2019 (the year the new wing, built by Foster, opened: 6.2 million).", "2019", "6.2 million",
     True, False),
])
def test_a_date_that_fills_a_clause_before_the_figure_s(text, date_text, figure, spaced, expected) -> None:
    start = text.index(date_text)
    assert leads_into(text, start, start + len(date_text), text.index(figure), spaced) is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "BMW delivered 790,000 cars, of which MINI 41,000.", True),
    ("de", "BMW lieferte 790.000 Autos aus, davon 41.000 MINI.", True),
    ("fr", "BMW a livré 790 000 voitures, dont 41 000 MINI.", True),
    ("zh", "宝马交付新车79万辆，其中MINI品牌交付约4.1万辆。", True),
    ("fr", "BMW a livré 790 000 voitures dontes.", False),
])
def test_a_clause_that_tells_a_part_of_a_whole(lang, text, expected) -> None:
    assert (subset_re(lang).search(text) is not None) is expected


#: A year in a clause before a figure's: the sentence's time, unless a semicolon parts them or the
#: year's clause tells a start (the language's ``dates.start_cues``).
YEARS_OF_CLAUSES_BEFORE = [
    ("zh", "盒马方面透露，该平台2023年共售出挪威三文鱼约1.6万吨，销售额超过20亿元。", "2023年", "20亿元", True),
    ("pt", "A Meituan registrou receita de 341,2 bilhões em 2024, e sua base de usuários chegou a 790 milhões.",
     "2024", "790 milhões", True),
    ("es", "El Museo Larco lanzó en 2023 una serie en Bilibili, que reunió 1,9 millones de reproducciones.",
     "2023", "1,9 millones", True),
    ("en", "The brand sold 2 million bottles in 2023, and its revenue reached 40 million.",
     "2023", "40 million", True),
    ("de", "Der Verein erzielte 2024 einen Umsatz von 20 Mio. Euro, die Zuschauerzahl lag bei 1,2 Mio.",
     "2024", "1,2 Mio", True),
    ("fr", "Le groupe a vendu 2 millions de flacons en 2023, et ses ventes ont atteint 40 millions.",
     "2023", "40 millions", True),
    # a semicolon parts two clauses that stand alone
    ("en", "The brand sold 2 million bottles in 2023; its account has 400,000 followers.", "2023", "400,000",
     False),
    # a start told in the year's clause
    ("it", "Barilla, che ha aperto il proprio negozio ufficiale su JD.com nel 2019, ha venduto oltre 1,8 milioni.",
     "2019", "1,8 milioni", False),
    ("fr", "L'Oréal, partenaire depuis la signature d'un accord de coopération en 2018, a franchi 1 milliard.",
     "2018", "1 milliard", False),
    # a year after the figure is no clause before it
    ("en", "Revenue reached 40 million, up from 30 million in 2022.", "2022", "40 million", False),
]


@pytest.mark.parametrize(("lang", "text", "date_text", "figure", "expected"), YEARS_OF_CLAUSES_BEFORE)
def test_a_year_of_a_clause_before_dates_the_figure(lang, text, date_text, figure, expected) -> None:
    start = text.index(date_text)
    year = start + next(i for i, c in enumerate(date_text) if c.isdigit())
    assert year_of_clause_before(lang, text, 0, year, year + 4, text.index(figure)) is expected


#: A text, the two phrases whose gap is asked about, and whether a clause break stands between them
#: other than a whole bracketed aside (a conversion, an aside of figures).
BREAKS_BETWEEN = [
    ("revenue of 151 million pounds ($191.6 million) for its 2024 financial year", "pounds", "for its", False),
    ("un chiffre d'affaires de 41,5 millions de yuans (environ 5,3 millions d'euros) en 2023", "yuans", "en 2023",
     False),
    ("销售额达31亿元（约合4.1亿欧元）于2023年", "亿元", "于2023", False),
    ("vendite per 18 milioni di yuan (circa 2,3 milioni di euro) nel 2024", "yuan", "nel 2024", False),
    ("ventas de 31 millones de yuanes (unos 4,1 millones de euros) en 2024", "yuanes", "en 2024", False),
    ("Umsatz von 38,6 Mio. Euro (Vorjahr: 35 Mio.) im Jahr 2024", "Euro", "im Jahr", False),
    ("receita de 5 milhões de euros (cerca de 40 milhões de yuans) em 2024", "euros", "em 2024", False),
    # a comma, or a bracket left open, is a break
    ("revenue of 151 million pounds, up from 2023", "pounds", "up from", True),
    ("revenue of 151 million pounds (up from 2023", "pounds", "2023", True),
]


@pytest.mark.parametrize(("text", "first", "second", "expected"), BREAKS_BETWEEN)
def test_a_bracketed_aside_is_no_clause_break(text, first, second, expected) -> None:
    assert clause_break_between(text, text.index(first) + len(first), text.index(second)) is expected


#: Two days after Singles' Day.
_PUBLISHED = "2024-11-13"


@pytest.mark.parametrize(("lang", "text", "value", "date"), [
    # the day after the sum's restatement in another currency is the sum's, not the restatement's
    ("en", "Natura sold 23 million yuan, the equivalent of about $3.2 million, in its Tmall Global store "
           "during Singles' Day.",
     23_000_000, "2024-11-11"),
    ("fr", "Natura a vendu pour 23 millions de yuans, soit environ 3 millions d'euros, dans sa boutique "
           "Tmall Global pendant la fête des célibataires.",
     23_000_000, "2024-11-11"),
    ("it", "Natura ha venduto 23 milioni di yuan, pari a circa 3 milioni di euro, nel suo negozio su Tmall "
           "Global durante il Singles' Day.",
     23_000_000, "2024-11-11"),
    ("de", "Der Umsatz von Natura auf Tmall Global lag bei 23 Millionen Yuan, umgerechnet rund 3 Millionen "
           "Euro, am Singles' Day.",
     23_000_000, "2024-11-11"),
    ("es", "Natura vendió 23 millones de yuanes, equivalentes a unos 3 millones de euros, en su tienda de "
           "Tmall Global durante el Día del Soltero.",
     23_000_000, "2024-11-11"),
    ("pt", "A Natura vendeu 23 milhões de yuans, o equivalente a cerca de R$ 18 milhões, na sua loja da "
           "Tmall Global durante o Dia dos Solteiros.",
     23_000_000, "2024-11-11"),
    ("zh", "Natura在天猫国际旗舰店的销售额达2300万元，约合300万欧元，均在双十一当天完成。",
     23_000_000, "2024-11-11"),
])
def test_a_sum_restated_in_another_currency_stands_between_no_figure_and_its_date(extract_text, lang, text, value,
                                                                                   date) -> None:
    facts = [f for f in extract_text(lang, text, _PUBLISHED).facts if isinstance(f, Metric) and f.value == value]
    assert [f.date for f in facts] == [date]
