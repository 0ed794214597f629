"""Dates: the forms the issue names, in each language, resolved against the publication date or left
unresolved without one. Sentence-level tables and property tests are in ``test_dates_table.py``."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.dates import recognise_dates, reported, weekdays_named

PUBLISHED = "2021-05-20"  # a Thursday

ABSOLUTE = [
    ("en", "on 12 March 2021", "2021-03-12", "day"),
    ("en", "on March 12, 2021", "2021-03-12", "day"),
    ("it", "il 3 novembre 2020", "2020-11-03", "day"),
    ("fr", "le 5 mars 2020", "2020-03-05", "day"),
    ("de", "am 5. März 2020", "2020-03-05", "day"),
    ("es", "el 3 de marzo de 2020", "2020-03-03", "day"),
    ("pt", "em 3 de março de 2020", "2020-03-03", "day"),
    ("zh", "2021年5月20日", "2021-05-20", "day"),
    ("en", "on 2020-03-05", "2020-03-05", "day"),
    ("fr", "en Mars 2020", "2020-03", "month"),
    ("en", "in September 2017", "2017-09", "month"),
    ("zh", "2020年3月", "2020-03", "month"),
    ("fr", "au premier trimestre 2020", "2020-Q1", "quarter"),
    ("en", "in Q1 2020", "2020-Q1", "quarter"),
    ("zh", "2020年第一季度", "2020-Q1", "quarter"),
]


@pytest.mark.parametrize(("lang", "text", "value", "precision"), ABSOLUTE)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_absolute_dates_need_no_publication_date(lang, text, value, precision, published) -> None:
    (found,) = recognise_dates(text, load_language(lang), published)
    assert (found.value, found.precision) == (value, precision)
    assert text[found.start:found.end] == found.text


RELATIVE = [
    ("en", "yesterday", "2021-05-19"),
    ("en", "last Tuesday", "2021-05-18"),
    ("en", "last year", "2020"),
    ("it", "ieri", "2021-05-19"),
    ("it", "lo scorso 11 ottobre", "2020-10-11"),
    ("fr", "hier", "2021-05-19"),
    ("fr", "le lendemain", "2021-05-21"),
    ("de", "gestern", "2021-05-19"),
    ("de", "am Montag", "2021-05-17"),
    ("es", "ayer", "2021-05-19"),
    ("es", "el pasado 3 de marzo", "2021-03-03"),
    ("pt", "ontem", "2021-05-19"),
    ("zh", "上周五", "2021-05-14"),
    ("zh", "去年", "2020"),
    ("zh", "第一季度", "2021-Q1"),
    # "so far", "currently": as of the publication
    ("en", "so far", "2021-05-20"),
    ("de", "bislang", "2021-05-20"),
    ("fr", "jusqu'à présent", "2021-05-20"),
    ("it", "finora", "2021-05-20"),
    ("es", "hasta ahora", "2021-05-20"),
    ("pt", "até agora", "2021-05-20"),
    ("zh", "目前", "2021-05-20"),
    # "since then": a count reached up to now
    ("en", "since then", "2021-05-20"),
    ("it", "da allora", "2021-05-20"),
    ("fr", "depuis lors", "2021-05-20"),
    ("de", "seitdem", "2021-05-20"),
    ("es", "desde entonces", "2021-05-20"),
    ("pt", "desde então", "2021-05-20"),
    ("zh", "此后", "2021-05-20"),
]


@pytest.mark.parametrize(("lang", "text", "value"), RELATIVE)
def test_relative_dates_resolve_against_the_publication_date(lang, text, value) -> None:
    (found,) = recognise_dates(text, load_language(lang), PUBLISHED)
    assert found.value == value


@pytest.mark.parametrize(("lang", "text", "value"), RELATIVE)
def test_relative_dates_stay_unresolved_without_a_publication_date(lang, text, value) -> None:
    (found,) = recognise_dates(text, load_language(lang), None)
    assert found.value is None


SPANS_OF_TIME = [
    # a quarter named without its year: the latest one begun by publication
    ("fr", "au deuxième trimestre", "2023-10-04", "2023-Q2", "quarter"),
    ("en", "in the third quarter", "2023-02-14", "2022-Q3", "quarter"),
    ("zh", "第3季", "2023-11-14", "2023-Q3", "quarter"),
    # a half-year: its year
    ("pt", "no primeiro semestre", "2024-09-01", "2024", "year"),
    ("en", "in the second half of 2022", None, "2022", "year"),
    ("zh", "2023年上半年", None, "2023", "year"),
    # a shopping festival: its last day before publication, unless the next is weeks away
    ("pt", "No último Dia dos Solteiros", "2024-05-21", "2023-11-11", "day"),
    ("it", "il Singles' Day", "2023-09-01", "2022-11-11", "day"),
    ("en", "on Singles' Day", "2022-11-14", "2022-11-11", "day"),
    ("en", "ahead of Singles' Day", "2020-10-22", "2020-11-11", "day"),
    ("zh", "双11", "2023-01-10", "2022-11-11", "day"),
    ("zh", "618期间", "2023-06-20", "2023-06-18", "day"),
    ("de", "zum Shoppingfestival 618", "2023-07-01", "2023-06-18", "day"),
    # the middle of a month, a fiscal year
    ("it", "a metà giugno", "2023-07-25", "2023-06", "month"),
    ("fr", "mi-septembre", "2022-09-23", "2022-09", "month"),
    ("en", "in fiscal year 2023", None, "2023", "year"),
]


@pytest.mark.parametrize(("lang", "text", "published", "value", "precision"), SPANS_OF_TIME)
def test_quarters_halves_festivals_and_fiscal_years(lang, text, published, value, precision) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), published) if d.value]
    assert [(d.value, d.precision) for d in found][-1:] == [(value, precision)]


def test_a_number_618_alone_is_no_festival() -> None:
    assert recognise_dates("The brand sold 618 bags.", load_language("en"), "2023-06-20") == []


REPORTED = [
    ("en", "according to figures released by the league on Tuesday, it drew", "on Tuesday", True),
    ("en", "the company said on Monday", "on Monday", True),
    ("en", "the final on Monday drew 3 million viewers", "on Monday", False),
    ("en", "the company said that in 2020 it had", "in 2020", False),
    ("de", "wie das Haus am Mittwoch mitteilte, stieg", "am Mittwoch", True),
    ("de", "am Mittwoch sahen 3 Millionen zu", "am Mittwoch", False),
    ("fr", "le groupe a annoncé le lendemain avoir vendu", "le lendemain", True),
    ("it", "la società ha comunicato ieri che", "ieri", True),
    ("es", "la liga anunció ayer que", "ayer", True),
    ("pt", "o clube divulgou ontem que", "ontem", True),
    ("zh", "品牌方昨日公布的数据显示", "昨日", True),
    ("zh", "官方22日宣布", "22日", True),
    ("zh", "昨日的直播吸引了", "昨日", False),
]


@pytest.mark.parametrize(("lang", "text", "date_text", "expected"), REPORTED)
def test_a_day_beside_a_word_of_reporting_is_when_a_figure_was_made_known(lang, text, date_text, expected) -> None:
    lexicon = load_language(lang)
    (found,) = [d for d in recognise_dates(text, lexicon, PUBLISHED) if d.text.casefold() == date_text.casefold()]
    assert reported(text, found, lexicon) is expected


@pytest.mark.parametrize(("lang", "text", "date_text", "by_default", "as_month"), [
    ("en", "the partnership the two groups announced last November", "last November", False, True),
    ("fr", "le partenariat annoncé en novembre", "en novembre", False, True),
    ("en", "the league drew 3 million viewers in November", "in November", False, False),
])
def test_a_month_is_reported_only_when_asked(lang, text, date_text, by_default, as_month) -> None:
    lexicon = load_language(lang)
    (found,) = [d for d in recognise_dates(text, lexicon, PUBLISHED) if d.text.casefold() == date_text.casefold()]
    assert (reported(text, found, lexicon), reported(text, found, lexicon, ("month",))) == (by_default, as_month)


def test_a_reported_day_is_no_anchor_of_the_same_day() -> None:
    text = "本周三举办了活动。品牌方昨日公布的数据显示，当天订单超过2000台。"
    dates = recognise_dates(text, load_language("zh"), "2021-04-16")
    assert [d.value for d in dates if d.text == "当天"] == ["2021-04-14"]


DAYS_OF_MONTH = [
    ("zh", "21日的正赛", "2021-05-20", "2021-04-21"),
    ("zh", "12日从天猫方面获悉", "2021-05-20", "2021-05-12"),
    ("en", "the race on the 21st drew", "2021-05-20", "2021-04-21"),
    ("en", "sales on the 3rd reached", "2021-03-02", "2021-02-03"),
    ("pt", "abriu na terça-feira (14) sua loja", "2024-05-21", "2024-05-14"),
    ("fr", "mardi 14, la marque a vendu", "2024-05-21", "2024-05-14"),
    ("it", "martedì 14 il marchio ha venduto", "2024-05-21", "2024-05-14"),
    ("es", "el martes 14 la marca vendió", "2024-05-21", "2024-05-14"),
    ("de", "am Dienstag, den 14. verkaufte", "2024-05-21", "2024-05-14"),
]


@pytest.mark.parametrize(("lang", "text", "published", "value"), DAYS_OF_MONTH)
def test_a_day_of_the_month_alone_is_the_latest_such_day_by_publication(lang, text, published, value) -> None:
    (found,) = recognise_dates(text, load_language(lang), published)
    assert found.value == value
    assert recognise_dates(text, load_language(lang), None)[0].value is None


@pytest.mark.parametrize(("lang", "text", "published", "value", "date_text"), [
    # the first digits of a figure after a weekday are no day of the month: the weekday alone is the date
    ("es", "La tienda sumaba el miércoles 96.000 seguidores.", "2024-09-05", "2024-09-04", "el miércoles"),
    ("es", "La tienda sumaba el miércoles 12.500 seguidores.", "2024-09-05", "2024-09-04", "el miércoles"),
    ("it", "Il negozio contava martedì 40 000 follower.", "2024-05-21", "2024-05-21", "martedì"),
])
def test_a_figure_after_a_weekday_is_no_day_of_the_month(lang, text, published, value, date_text) -> None:
    assert [(d.text, d.value) for d in recognise_dates(text, load_language(lang), published)] == [(date_text, value)]


WEEKDAYS_NAMED = [
    ("en", "The group said on Friday that sales rose.", {4}),
    ("it", "Il gruppo ha annunciato martedì i ricavi.", {1}),
    ("fr", "Le club a annoncé mardi puis jeudi le chiffre.", {1, 3}),
    ("de", "Der Verein teilte am Donnerstag mit.", {3}),
    ("es", "Lo informó este miércoles la patronal.", {2}),
    ("pt", "A associação anunciou esta terça-feira as vendas.", {1}),
    ("zh", "天猫周三宣布成交额。", set()),  # numerals inside words: not read apart
    ("en", "Sales rose in the first quarter.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAYS_NAMED)
def test_the_weekdays_a_text_names(lang: str, text: str, expected: set[int]) -> None:
    assert weekdays_named(text, load_language(lang)) == expected


#: The year before the one spoken of: that of the last date before, or the last year written alone
#: in the paragraph, not the publication's (the text, the publication date, the value read).
YEAR_BEFORE = [
    # the year spoken of again: the last year named before
    ("de", "Die Firma wuchs 2021 stark und exportierte im selben Jahr Waren.", "2023-09-14", "2021"),
    ("en", "It opened in 2019; the same year it sold 3 million units.", "2023-09-14", "2019"),
    ("zh", "该品牌2019年进入中国，同年销售额突破1亿元。", "2023-09-14", "2019"),
    ("es", "Las ventas subieron 2021 y el mismo año la marca abrió su tienda.", "2023-09-14", "2021"),
    ("de", "Chanel hat 2021 so viel umgesetzt wie nie, wie am Mittwoch mitgeteilt wurde, nach 10 Mrd. im Vorjahr.",
     "2022-05-26", "2020"),
    ("en", "In 2019 the museum drew 2 million visitors, up from 1.5 million the previous year.", "2023-03-01", "2018"),
    ("it", "Nel 2022 il gruppo ha fatturato 2 miliardi, contro 1,5 miliardi dell'anno precedente.",
     "2024-01-10", "2021"),
    ("fr", "En 2021, la maison a réalisé 3 milliards, contre 2 milliards l'année précédente.", "2023-06-01", "2020"),
    ("es", "En 2020 la liga ingresó 40 millones, frente a 30 millones el año anterior.", "2023-06-01", "2019"),
    ("pt", "Em 2022 a marca vendeu 5 milhões, contra 4 milhões no ano anterior.", "2024-02-01", "2021"),
    ("zh", "2021年该品牌营收5亿元，上一年为4亿元。", "2023-02-01", "2020"),
    # written after a preposition it is joined to ("del", "do") or with another word for the year
    ("es", "Inditex facturó 35.900 millones en 2023, frente a los 32.600 millones del año anterior.", "2024-03-15",
     "2022"),
    ("pt", "A empresa faturou 5 bilhões em 2021, acima dos 4 bilhões do ano anterior.", "2024-03-15", "2020"),
    ("fr", "En 2021, LVMH a vendu 64 milliards, contre 45 milliards l'an précédent.", "2024-03-15", "2020"),
    ("en", "In 2021, revenue was 8 billion dollars, up from 7 billion the prior year.", "2024-03-15", "2020"),
    ("en", "In 2021 the fair drew 80,000 visitors, against 60,000 in the preceding year.", "2024-03-15", "2020"),
    # nothing spoken of before it: the year before the publication's
    ("en", "Sales reached 3 million, against 2 million the year before.", "2023-03-01", "2022"),
]


@pytest.mark.parametrize(("lang", "text", "published", "value"), YEAR_BEFORE)
def test_the_year_before_is_the_one_before_the_year_spoken_of(lang, text, published, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), published) if d.value]
    assert found[-1].value == value
    assert found[-1].precision == "year"


#: Years counted back from publication ("a year ago", "il y a deux ans"): the publication's month that
#: many years before, or that year without a publication date.
YEARS_BACK = [
    ("en", "up from 410,000 a year ago", "2023-09-14", "2022-09", "2022"),
    ("en", "two years ago the club had 12 staff", "2023-09-14", "2021-09", "2021"),
    ("es", "un 18% más que hace un año", "2023-09-14", "2022-09", "2022"),
    ("fr", "il y a un an", "2023-09-14", "2022-09", "2022"),
    ("fr", "contre 12 il y a deux ans", "2023-09-14", "2021-09", "2021"),
    ("it", "rispetto a un anno fa", "2023-09-14", "2022-09", "2022"),
    ("it", "tre anni fa il club", "2023-09-14", "2020-09", "2020"),
    ("de", "vor zwei Jahren waren es 12", "2023-09-14", "2021-09", "2021"),
    ("pt", "há um ano eram 12", "2023-09-14", "2022-09", "2022"),
    ("pt", "há dois anos eram 12", "2023-09-14", "2021-09", "2021"),
    ("es", "hace tres años eran 12", "2023-09-14", "2020-09", "2020"),
    ("zh", "两年前，我们几乎从零开始", "2023-09-14", "2021-09", "2021"),
    ("zh", "一年前只有12人", "2023-09-14", "2022-09", "2022"),
]


@pytest.mark.parametrize(("lang", "text", "published", "value", "without"), YEARS_BACK)
def test_years_back_count_from_the_publication_month(lang, text, published, value, without) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), published) if d.value]
    assert [(d.value, d.precision) for d in found] == [(value, "month")]
    # with no publication date, the year before the one the document speaks from ("2023" in the text)
    found = [d for d in recognise_dates(f"2023. {text}", load_language(lang), None) if d.value and d.relative]
    assert [d.value for d in found] == [without]


WEEKS = [
    ("en", "The store opened this week.", "2024-09-26", "2024-09"),
    ("it", "Il negozio ha aperto la settimana scorsa.", "2024-09-03", "2024-08"),
    ("fr", "La boutique a ouvert cette semaine.", "2024-09-26", "2024-09"),
    ("de", "Der Laden hat vergangene Woche eröffnet.", "2024-10-02", "2024-09"),
    ("es", "La tienda abrió la semana pasada.", "2024-09-26", "2024-09"),
    ("pt", "As lojas abriram esta semana.", "2024-09-26", "2024-09"),
    ("zh", "该店上周开业。", "2024-03-05", "2024-02"),
    ("zh", "该店前年开业。", "2024-03-05", "2022"),
]


@pytest.mark.parametrize(("lang", "text", "published", "value"), WEEKS)
def test_a_week_is_dated_to_its_month(lang, text, published, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), published) if d.value]
    assert [d.value for d in found] == [value]


#: A Thursday: the quarter running is the third, the one before it the second.
SEPTEMBER = "2023-09-14"

PERIODS_JOINED_TO_THEIR_YEAR = [
    # a part of a year and the year written beside it: one date, in that year
    ("en", "in the fourth quarter of last year", "fourth quarter of last year", "2022-Q4"),
    ("en", "at last year's Singles' Day", "last year's Singles' Day", "2022-11-11"),
    ("en", "in the first half of last year", "the first half of last year", "2022"),
    ("it", "nel terzo trimestre dello scorso anno", "terzo trimestre dello scorso anno", "2022-Q3"),
    ("it", "nel primo semestre dell'anno scorso", "primo semestre dell'anno scorso", "2022"),
    ("fr", "au troisième trimestre de l'an dernier", "troisième trimestre de l'an dernier", "2022-Q3"),
    ("fr", "au premier semestre de l'année dernière", "premier semestre de l'année dernière", "2022"),
    ("de", "im dritten Quartal des Vorjahres", "dritten Quartal des Vorjahres", "2022-Q3"),
    ("de", "im ersten Halbjahr des vergangenen Jahres", "ersten Halbjahr des vergangenen Jahres", "2022"),
    ("es", "en el tercer trimestre del año pasado", "tercer trimestre del año pasado", "2022-Q3"),
    ("es", "en el primer semestre de este año", "primer semestre de este año", "2023"),
    ("pt", "no terceiro trimestre do ano passado", "terceiro trimestre do ano passado", "2022-Q3"),
    ("pt", "no primeiro semestre deste ano", "primeiro semestre deste ano", "2023"),
    ("zh", "去年上半年", "去年上半年", "2022"),
    ("zh", "去年双十一期间", "去年双十一", "2022-11-11"),
    ("zh", "去年的双11", "去年的双11", "2022-11-11"),
    # ... or a bare year right after it, which is no date where it stands alone
    ("en", "during Singles' Day 2021 the brand sold", "Singles' Day 2021", "2021-11-11"),
    ("fr", "lors de la fête des célibataires 2021", "fête des célibataires 2021", "2021-11-11"),
    ("en", "in the third quarter 2021 revenue rose", "third quarter 2021", "2021-Q3"),
    ("zh", "双11 2021期间", "双11 2021", "2021-11-11"),
    # a day written without its year, and the year beside it ("October 11 last year", published in September)
    ("en", "On October 11 last year the concert", "October 11 last year", "2022-10-11"),
    ("en", "On 11 October last year the concert", "11 October last year", "2022-10-11"),
    ("zh", "去年10月11日，该演唱会", "去年10月11日", "2022-10-11"),
    ("zh", "今年3月1日，该演唱会", "今年3月1日", "2023-03-01"),
    ("de", "Am 11. Oktober vergangenen Jahres zog", "11. Oktober vergangenen Jahres", "2022-10-11"),
    ("it", "l'11 ottobre dell'anno scorso il concerto", "11 ottobre dell'anno scorso", "2022-10-11"),
    ("fr", "le 11 octobre de l'année dernière", "11 octobre de l'année dernière", "2022-10-11"),
    ("fr", "Le 11 août dernier, le concert", "11 août dernier", "2023-08-11"),
    ("fr", "Le 11 octobre dernier, le concert", "11 octobre dernier", "2022-10-11"),
    ("es", "el 11 de octubre del año pasado", "11 de octubre del año pasado", "2022-10-11"),
    ("pt", "em 11 de outubro do ano passado", "11 de outubro do ano passado", "2022-10-11"),
    # the first months or quarters of a year, in that year ("2021年1-9月", "2021年前三季度": to the third)
    ("zh", "2021年1-9月，销售额", "2021年1-9月", "2021-09"),
    ("zh", "去年1-9月，销售额", "去年1-9月", "2022-09"),
    ("zh", "今年1至2月", "今年1至2月", "2023-02"),
    ("zh", "2021年前三季度", "2021年前三季度", "2021-Q3"),
    ("zh", "去年前三季度", "去年前三季度", "2022-Q3"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), PERIODS_JOINED_TO_THEIR_YEAR)
def test_a_part_of_a_year_is_dated_in_the_year_written_beside_it(lang, text, span, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), SEPTEMBER) if d.value]
    assert [(d.text, d.value) for d in found] == [(span, value)]


def test_a_figure_after_a_period_is_no_year_of_it() -> None:
    found = recognise_dates("on Singles' Day 2,021 orders were placed", load_language("en"), SEPTEMBER)
    assert [(d.text, d.value) for d in found] == [("Singles' Day", "2022-11-11")]


def test_a_day_is_joined_to_a_year_it_falls_in_only() -> None:
    found = recognise_dates("on February 29 last year", load_language("en"), "2026-03-15")
    assert not [d for d in found if d.value and d.value.endswith("-02-29") and not d.value.startswith("2024")]
    found = recognise_dates("On March 3 2,000 people came", load_language("en"), SEPTEMBER)
    assert [(d.text, d.value) for d in found] == [("March 3", "2023-03-03")]


def test_a_period_and_a_year_apart_in_the_sentence_stay_two_dates() -> None:
    text = "Sales rose in the third quarter, more than last year."
    found = recognise_dates(text, load_language("en"), SEPTEMBER)
    assert [(d.text, d.value) for d in found] == [("third quarter", "2023-Q3"), ("last year", "2022")]


#: A day or month that ends its sentence and a date opening the next: two dates, not one.
ACROSS_SENTENCES = [
    ("de", "Das Oktoberfest beginnt am 21. September. Im vergangenen Jahr kamen 7,2 Mio. Besucher.",
     ["2023-09-21", "2022"]),
    ("en", "The fair opens on 21 September. Last year it drew 7 million visitors.", ["2023-09-21", "2022"]),
    ("it", "La fiera apre il 21 settembre. L'anno scorso arrivarono 7 milioni di visitatori.", ["2023-09-21", "2022"]),
]


@pytest.mark.parametrize(("lang", "text", "values"), ACROSS_SENTENCES)
def test_no_date_is_joined_across_a_sentence_end(lang, text, values) -> None:
    found = recognise_dates(text, load_language(lang), "2023-10-02")
    assert [d.value for d in found if d.value] == values


PERIOD_FORMS = [
    # the year, month or quarter before, written as news write it
    ("en", "revenue in fiscal 2022", "2022"),
    ("en", "revenue in FY2022", "2022"),
    ("en", "in the first six months of the year", "2023"),
    ("en", "compared with the previous quarter", "2023-Q2"),
    ("it", "il mese scorso", "2023-08"),
    ("it", "nei primi sei mesi dell'anno", "2023"),
    ("it", "nella prima metà dell'anno", "2023"),
    ("it", "per la festa dei single", "2022-11-11"),
    ("fr", "au cours des six premiers mois de l'année", "2023"),
    ("fr", "l’an dernier", "2022"),
    ("de", "im letzten Jahr", "2022"),
    ("de", "dieses Jahr", "2023"),
    ("de", "im vergangenen Monat", "2023-08"),
    ("de", "im Juni vergangenen Jahres", "2022-06"),
    ("de", "im Vorquartal", "2023-Q2"),
    ("de", "zum Singles Day", "2022-11-11"),
    ("es", "a finales del año pasado", "2022"),
    ("es", "en la primera mitad del año", "2023"),
    ("es", "en los primeros seis meses del año", "2023"),
    ("pt", "no exercício de 2022", "2022"),
    ("pt", "neste ano", "2023"),
    ("pt", "este mês", "2023-09"),
    ("pt", "no trimestre anterior", "2023-Q2"),
    ("zh", "上月", "2023-08"),
    ("zh", "星期二", "2023-09-12"),
    ("zh", "上一财年", "2022"),
    ("zh", "上季度", "2023-Q2"),
    ("zh", "2023年Q2", "2023-Q2"),
    # the start, middle or end of a month named without its year
    ("en", "in early September", "2023-09"),
    ("en", "in late August", "2023-08"),
    ("it", "ai primi di settembre", "2023-09"),
    ("it", "a inizio settembre", "2023-09"),
    ("fr", "courant août", "2023-08"),
    ("fr", "au mois d'août", "2023-08"),
    ("es", "a principios de septiembre", "2023-09"),
    ("es", "el pasado mes de agosto", "2023-08"),
    ("pt", "no início de setembro", "2023-09"),
    ("pt", "no passado mês de agosto", "2023-08"),
    # the year or month running, or the one before; the year so far: as of publication
    ("en", "year-to-date sales", SEPTEMBER),
    ("it", "l'anno passato", "2022"),
    ("it", "nell'anno in corso", "2023"),
    ("it", "questo mese", "2023-09"),
    ("fr", "ce mois-ci", "2023-09"),
    ("fr", "l'année en cours", "2023"),
    ("de", "im laufenden Jahr", "2023"),
    ("de", "im Vormonat", "2023-08"),
    ("es", "en lo que va del año", SEPTEMBER),
    ("es", "este mes", "2023-09"),
    ("pt", "no ano em curso", "2023"),
    ("zh", "本年度", "2023"),
    ("zh", "上年同期", "2022"),
    # a quarter after its article, a month's close, a month past after a preposition
    ("de", "für das dritte Quartal", "2023-Q3"),
    ("es", "al cierre de marzo", "2023-03"),
    ("it", "il concerto dello scorso ottobre", "2022-10"),
    ("it", "la crescita dell'anno in corso", "2023"),
    # a span of months written with a hyphen: its last month
    ("es", "exportaciones enero-septiembre", "2023-09"),
    ("en", "sales in January-June 2022", "2022-06"),
    ("it", "gennaio-giugno del 2022", "2022-06"),
    ("pt", "janeiro-junho de 2022", "2022-06"),
    # quarters and halves written with a numeral, as an adjective or in the genitive
    ("en", "first-quarter revenue rose", "2023-Q1"),
    ("en", "second-half sales", "2023"),
    ("de", "der Umsatz des dritten Quartals", "2023-Q3"),
    ("de", "im 2. Quartal 2022", "2022-Q2"),
    ("de", "im Schlussquartal", "2022-Q4"),
    ("fr", "au 2e trimestre 2022", "2022-Q2"),
    ("fr", "au 1er semestre 2022", "2022"),
    ("it", "nel 2° trimestre del 2022", "2022-Q2"),
    ("es", "en el 2º trimestre", "2023-Q2"),
    ("pt", "no 1.º trimestre", "2023-Q1"),
    # the season before the one running (published in September: the one that ended in June)
    ("en", "the league drew more viewers last season", "2023"),
    ("fr", "L'appétit chinois s'est mesuré la saison dernière.", "2023"),
    ("de", "in der vergangenen Saison", "2023"),
    ("it", "nella scorsa stagione", "2023"),
    ("es", "durante la temporada pasada", "2023"),
    ("pt", "no final da temporada passada", "2023"),
    ("zh", "上赛季，联赛", "2023"),
    ("zh", "过去一个赛季累计播放量约38亿次", "2023"),
    ("zh", "上個賽季，聯賽", "2023"),
]


@pytest.mark.parametrize(("lang", "text", "value"), PERIOD_FORMS)
def test_periods_news_give_figures_for(lang, text, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), SEPTEMBER) if d.value]
    assert found[-1].value == value


SPANS_OF_DAYS = [
    # a span of days is dated to its last, as a span of months is
    ("en", "sold between 31 October and 11 November", "31 October and 11 November", "2022-11-11"),
    ("it", "dal 31 ottobre all'11 novembre", "31 ottobre all'11 novembre", "2022-11-11"),
    ("fr", "du 31 octobre au 11 novembre", "31 octobre au 11 novembre", "2022-11-11"),
    ("de", "vom 31. Oktober bis 11. November", "31. Oktober bis 11. November", "2022-11-11"),
    ("es", "entre el 31 de octubre y el 11 de noviembre", "31 de octubre y el 11 de noviembre", "2022-11-11"),
    ("pt", "de 31 de outubro a 11 de novembro", "31 de outubro a 11 de novembro", "2022-11-11"),
    ("zh", "10月31日至11月11日", "10月31日至11月11日", "2022-11-11"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), SPANS_OF_DAYS)
def test_a_span_of_days_is_dated_to_its_last(lang, text, span, value) -> None:
    found = recognise_dates(text, load_language(lang), "2022-11-14")
    assert [(d.text, d.value) for d in found] == [(span, value)]


def test_two_days_out_of_order_stay_two_dates() -> None:
    found = recognise_dates("on 11 November and 31 October", load_language("en"), "2022-11-14")
    assert [d.value for d in found] == ["2022-11-11", "2022-10-31"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On the same day, the company said that the third quarter of last year was the best; on Monday the 5th."),
    ("it", "Lo scorso lunedi, il 3 marzo 2024, lo stesso giorno del primo trimestre dello scorso anno."),
    ("de", "Im Vorjahr, im dritten Quartal, am 5. Mai 2023 und im Mai sagte am Montag der Chef."),
    ("es", "El lunes, el 3 de marzo de 2024, el mismo dia, en el primer trimestre del ano pasado."),
    ("zh", "去年上半年，本周一，2024年3月5日，上周三的销售额。"),
])
def test_a_lead_gate_passes_exactly_where_one_of_its_forms_matches(lang: str, text: str) -> None:
    """Forms are tried only where their lead's gate matches: it must match wherever any of them does."""
    from crossreach.recognise.dates import _rules

    rules = _rules(load_language(lang))
    starts = range(len(text))
    for lead, gate in rules.lead_gates.items():
        forms = [p.regex for p in rules.patterns if p.lead == lead]
        assert len(forms) > 1
        for start in starts:
            assert bool(gate.match(text, start)) == any(f.match(text, start) for f in forms), (lead, start)


#: Halves and fiscal years written short, with two or four digits: the half's year, the year a split
#: fiscal year ends in, the fiscal year of a quarter of it (its calendar quarter is the company's).
SHORT_PERIODS = [
    ("en", "revenue in 1H23 rose", "1H23", "2023"),
    ("en", "sales in 2H 2022", "2H 2022", "2022"),
    ("en", "sales in H1'23", "H1'23", "2023"),
    ("en", "FY23 revenue", "FY23", "2023"),
    ("en", "in FY2023/24 the group", "FY2023/24", "2024"),
    ("en", "FY23/24 results", "FY23/24", "2024"),
    ("en", "Q3 FY24 results", "Q3 FY24", "2024"),
    ("it", "nel 1H23 i ricavi", "1H23", "2023"),
    ("de", "im GJ 2023/24 stieg", "GJ 2023/24", "2024"),
    ("fr", "au S1 2023", "S1 2023", "2023"),
    ("es", "en el ejercicio 2023/24", "ejercicio 2023/24", "2024"),
    ("pt", "no exercício 2023/24", "exercício 2023/24", "2024"),
    ("zh", "2023/24财年收入", "2023/24财年", "2024"),
]


@pytest.mark.parametrize(("lang", "text", "date_text", "value"), SHORT_PERIODS)
def test_halves_and_fiscal_years_written_short(lang, text, date_text, value) -> None:
    mentions = recognise_dates(text, load_language(lang), "2024-05-01")
    found = [(d.text, d.value, d.precision, d.relative) for d in mentions]
    assert found == [(date_text, value, "year", False)]


@pytest.mark.parametrize("text", ["12H23 units", "1H234 units", "FY2023 sales"])
def test_a_two_digit_year_stands_alone(text: str) -> None:
    assert all(len(d.value or "") == 4 and d.value.startswith("20")
               for d in recognise_dates(text, load_language("en"), "2024-05-01"))


@pytest.mark.parametrize(("lang", "text", "value"), [
    # no publication date: a day, month, quarter or festival naming no year is in the year the text speaks of
    ("en", "In 2022 the shop grew. On 12 November it sold more.", "2022-11-12"),
    ("zh", "2023年以来平台新增品牌。11月6日，天猫国际宣布。", "2023-11-06"),
    ("fr", "En 2022, la boutique a grandi. En mars, elle a vendu plus.", "2022-03"),
    ("en", "In 2022 the shop grew. In the third quarter it sold more.", "2022-Q3"),
    ("en", "In 2022 the shop grew. On Singles' Day it sold more.", "2022-11-11"),
])
def test_without_a_publication_date_a_yearless_date_is_in_the_year_spoken_of(lang, text, value) -> None:
    found = [d for d in recognise_dates(text, load_language(lang), None) if d.value]
    assert found[-1].value == value


#: A day and month said to be past is the latest before publication, whatever year its sentence opens with.
PAST_DAYS = [
    ("es", "El año pasado Planeta probó el formato, y el pasado 23 de abril sus audiolibros se escucharon 1,8 "
           "millones de veces.", "el pasado 23 de abril"),
    ("it", "L'anno scorso il museo ha provato il formato, e lo scorso 23 aprile la diretta ha raccolto 1,8 "
           "milioni di visualizzazioni.", "lo scorso 23 aprile"),
    ("pt", "No ano passado a editora testou o formato, e no passado dia 23 de abril os audiolivros foram "
           "ouvidos 1,8 milhão de vezes.", "no passado dia 23 de abril"),
    ("en", "Last year the publisher tried the format, and this past April 23 its audiobooks were played 1.8 "
           "million times.", "this past April 23"),
    ("de", "Im vergangenen Jahr testete der Verlag das Format, und am vergangenen 23. April wurden seine "
           "Hörbücher 1,8 Millionen Mal gehört.", "am vergangenen 23. April"),
    ("fr", "L'an dernier, l'éditeur a testé le format, et le 23 avril dernier ses livres audio ont été écoutés "
           "1,8 million de fois.", "23 avril dernier"),
    ("zh", "去年该出版社试水有声书，上月23日其有声书播放量达180万次。", "23日"),
]


@pytest.mark.parametrize(("lang", "text", "said"), PAST_DAYS)
def test_a_day_said_to_be_past_takes_no_year_its_sentence_opens_with(lang, text, said) -> None:
    found = {d.text: d.value for d in recognise_dates(text, load_language(lang), "2025-05-08")}
    assert found[said] == "2025-04-23"
