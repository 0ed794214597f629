"""Numbers, money, qualifiers, ranges and non-counts: the forms the issue names, in seven languages.
Sentence-level tables and property tests are in ``test_numbers_table.py``."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.numbers import recognise_quantities

M = 1_000_000


def _read(lang: str, text: str):
    quantities = recognise_quantities(text, load_language(lang))
    for q in quantities:
        assert text[q.start:q.end] == q.text
    return quantities


# lang, text, value, currency
VALUES = [
    ("en", "3,800 viewers", 3_800, None),
    # a spelled-out tens word and its unit are one number, where the language writes them apart
    ("en", "twenty-five thousand participants", 25_000, None),
    ("en", "some twenty five thousand fans", 25_000, None),
    ("fr", "vingt-cinq mille participants", 25_000, None),
    ("fr", "vingt et un mille abonnés", 21_000, None),
    ("es", "treinta y dos mil participantes", 32_000, None),
    ("pt", "vinte e cinco mil participantes", 25_000, None),
    # thousands written "k", as social media counts are, in every language that borrows it
    ("de", "gerade einmal 41k Follower", 41_000, None),
    ("it", "ha 12,5k follower", 12_500, None),
    ("es", "suma 41K seguidores", 41_000, None),
    ("pt", "tem 41k seguidores", 41_000, None),
    ("fr", "compte 41K abonnés", 41_000, None),
    # a quarter of a million, in every language that says so in words
    ("en", "about a quarter of a million followers", 250_000, None),
    ("fr", "un quart de million de vues", 250_000, None),
    ("it", "un quarto di milione di follower", 250_000, None),
    ("es", "un cuarto de millón de seguidores", 250_000, None),
    ("pt", "um quarto de milhão de seguidores", 250_000, None),
    # a bare scale after "al" / "ao" (to the): "cercana al millón de euros"
    ("es", "una cifra cercana al millón de euros", 1_000_000, "EUR"),
    ("pt", "chegou ao milhão de seguidores", 1_000_000, None),
    # Swiss francs and the renminbi written out, in every language
    ("en", "567.7 million Swiss francs", 567.7 * M, "CHF"),
    ("it", "24,9 miliardi di Rmb", 24.9e9, "CNY"),
    ("it", "35.000 franchi svizzeri", 35_000, "CHF"),
    ("fr", "567,7 millions de francs", 567.7 * M, "CHF"),
    ("de", "567,7 Millionen Franken", 567.7 * M, "CHF"),
    ("es", "46.400 millones de pesos mexicanos", 46.4e9, "MXN"),
    ("es", "2,3 millones de francos suizos", 2.3 * M, "CHF"),
    ("pt", "2,3 milhões de francos suíços", 2.3 * M, "CHF"),
    # Danish kroner, Taiwan dollars, Swiss francs and patacas written out: a sum, not a count
    ("en", "1.2 billion Danish kroner", 1.2e9, "DKK"),
    ("it", "98 milioni di dollari taiwanesi", 98 * M, "TWD"),
    ("fr", "1,2 milliard de couronnes danoises", 1.2e9, "DKK"),
    ("de", "1,2 Milliarden dänische Kronen", 1.2e9, "DKK"),
    ("es", "98 millones de dólares taiwaneses", 98 * M, "TWD"),
    ("pt", "3 milhões de dólares de Hong Kong", 3 * M, "HKD"),
    ("zh", "12亿丹麦克朗", 1.2e9, "DKK"),
    ("zh", "4.5亿瑞士法郎", 450 * M, "CHF"),
    ("zh", "9800万新台币", 98 * M, "TWD"),
    ("zh", "2亿澳门元", 200 * M, "MOP"),
    ("fr", "3,8 millions de vues", 3.8 * M, None),
    ("it", "1.500 visitatori", 1_500, None),
    ("de", "1.500 Besucher", 1_500, None),
    ("it", "citando la fonte, 2.5 million views", 2.5 * M, None),
    ("fr", "1 200 000 vues", 1.2 * M, None),
    ("fr", "1\u00a0200\u00a0000 vues", 1.2 * M, None),
    ("fr", "1\u202f200\u202f000 vues", 1.2 * M, None),
    ("de", "1'200'000 Aufrufe", 1.2 * M, None),
    ("en", "2.5k likes", 2_500, None),
    ("de", "12 Mio. Nutzer", 12 * M, None),
    ("es", "12 mil usuarios", 12_000, None),
    ("pt", "12 mil usuários", 12_000, None),
    ("it", "12 mila utenti", 12_000, None),
    ("zh", "380万", 3.8 * M, None),
    ("zh", "3.8亿", 380 * M, None),
    ("zh", "1,100.9亿", 110_090 * M, None),
    ("zh", "3万4000", 34_000, None),
    ("zh", "三千万", 30 * M, None),
    ("zh", "两百万", 2 * M, None),
    ("zh", "五百万", 5 * M, None),
    ("zh", "380萬", 3.8 * M, None),
    ("zh", "3.8億", 380 * M, None),
    ("en", "two million viewers", 2 * M, None),
    ("it", "due milioni di spettatori", 2 * M, None),
    ("fr", "trois millions de vues", 3 * M, None),
    ("de", "zwei Millionen Zuschauer", 2 * M, None),
    ("es", "dos millones de espectadores", 2 * M, None),
    ("pt", "dois milhões de espectadores", 2 * M, None),
    ("en", "€1.5bn", 1_500 * M, "EUR"),
    ("de", "1,5 Mrd. Euro", 1_500 * M, "EUR"),
    ("en", "5.2 billion RMB", 5_200 * M, "CNY"),
    ("zh", "52亿元", 5_200 * M, "CNY"),
    ("en", "US$100m", 100 * M, "USD"),
    ("en", "£3m", 3 * M, "GBP"),
    ("en", "HK$2 million", 2 * M, "HKD"),
    ("fr", "2 millions d'euros", 2 * M, "EUR"),
    ("es", "mil millones de dólares", 1_000 * M, "USD"),
    ("es", "3.000 millones de dólares", 3_000 * M, "USD"),
    # a currency word before the figure names its currency, not the money word after it
    ("zh", "新台币3亿元", 300 * M, "TWD"), ("zh", "港幣5億元", 500 * M, "HKD"), ("zh", "52亿元", 5_200 * M, "CNY"),
    # an abbreviated scale that names the currency too (Mexican "mdd", "mdp")
    ("es", "4,2 mdd", 4.2 * M, "USD"), ("es", "4.2 mdd", 4.2 * M, "USD"), ("es", "300 mdp", 300 * M, "MXN"),
    ("es", "1.5 mmdd", 1_500 * M, "USD"),
    ("pt", "2 bilhões de reais", 2_000 * M, "BRL"),
    ("it", "3 miliardi di euro", 3_000 * M, "EUR"),
    # One digit, the language's decimal mark and three digits before a scale word: a decimal
    ("it", "1,319 miliardi di utenti", 1_319 * M, None),
    ("zh", "1.031亿人", 103.1 * M, None),
    ("zh", "1.031億人", 103.1 * M, None),
    ("en", "1.319 billion users", 1_319 * M, None),
    ("pt", "1,319 bilhão de usuários", 1_319 * M, None),
    # ... but a group mark stays one, and so does a group of more than one digit
    ("de", "1.500 Millionen Nutzer", 1_500 * M, None),
    ("en", "1,319 million users", 1_319 * M, None),
    ("es", "46,400 millones de usuarios", 46_400 * M, None),
    # half of a scale
    ("de", "eine halbe Million Zuschauer", 0.5 * M, None),
    ("en", "half a million views", 0.5 * M, None),
    ("it", "mezzo milione di visualizzazioni", 0.5 * M, None),
    ("fr", "un demi-million de vues", 0.5 * M, None),
    ("fr", "un demi-milliard de vues", 500 * M, None),
    ("fr", "un demi million de vues", 0.5 * M, None),
    ("es", "medio mill\u00f3n de reproducciones", 0.5 * M, None),
    ("pt", "meio milh\u00e3o de visualiza\u00e7\u00f5es", 0.5 * M, None),
    # WeChat's "10万+" (a hundred thousand and more reads), quoted as such in any language
    ("fr", "la barre des « 10万+ » lectures", 100_000, None),
    ("en", "passed the 10万+ reads mark", 100_000, None),
    ("de", "mehr als 1,2亿 Aufrufe", 120 * M, None),
    # a scale and a half of it, said after the scale or, in en and de, in the number word
    ("it", "2 milioni e mezzo di spettatori", 2.5 * M, None),
    ("it", "un milione e mezzo di visualizzazioni", 1.5 * M, None),
    ("it", "3 miliardi e mezzo di euro", 3_500 * M, "EUR"),
    ("es", "dos millones y medio de espectadores", 2.5 * M, None),
    ("es", "un millón y medio de reproducciones", 1.5 * M, None),
    ("es", "sumó millón y medio de reproducciones", 1.5 * M, None),  # Spanish drops the "un"
    ("es", "más de millón y medio de visitantes", 1.5 * M, None),
    ("pt", "dois milhões e meio de espectadores", 2.5 * M, None),
    ("fr", "deux millions et demi de spectateurs", 2.5 * M, None),
    ("fr", "un million et demi de vues", 1.5 * M, None),
    ("en", "two and a half million viewers", 2.5 * M, None),
    ("en", "one and a half billion views", 1_500 * M, None),
    ("de", "zweieinhalb Millionen Zuschauer", 2.5 * M, None),
    ("de", "anderthalb Milliarden Aufrufe", 1_500 * M, None),
]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), VALUES)
def test_value_and_currency(lang: str, text: str, value: float, currency: str | None) -> None:
    (quantity,) = _read(lang, text)
    assert quantity.value == pytest.approx(value)
    assert quantity.kind == ("money" if currency else "count")
    assert quantity.currency == currency


QUALIFIERS = [
    *[(lang, text, "more_than") for lang, text in [
        ("en", "more than 2 million"), ("en", "over 2 million"), ("it", "più di 2 milioni"), ("it", "oltre 2 milioni"),
        ("fr", "plus de 2 millions"), ("de", "mehr als 2 Millionen"), ("es", "más de 2 millones"),
        ("pt", "mais de 2 milhões"), ("zh", "超过200万"), ("zh", "逾200万"),
        # a plus sign after the figure ("10万+", "2M+")
        ("zh", "200万+"), ("en", "2M+"), ("it", "2 milioni+"), ("de", "2.000.000+")]],
    *[(lang, text, "about") for lang, text in [
        ("en", "about 2 million"), ("en", "nearly 2 million"), ("it", "circa 2 milioni"), ("it", "quasi 2 milioni"),
        ("fr", "environ 2 millions"), ("fr", "près de 2 millions"), ("de", "rund 2 Millionen"),
        ("de", "knapp 2 Millionen"), ("es", "casi 2 millones"), ("pt", "quase 2 milhões"), ("zh", "约200万"),
        ("zh", "近200万"), ("zh", "200万左右")]],
    *[(lang, text, "up_to") for lang, text in [
        ("en", "up to 2 million"), ("it", "fino a 2 milioni"), ("fr", "jusqu'à 2 millions"),
        ("de", "bis zu 2 Millionen"), ("es", "hasta 2 millones"), ("pt", "até 2 milhões")]],
    *[(lang, text, "less_than") for lang, text in [
        ("en", "less than 2 million"), ("it", "meno di 2 milioni"), ("fr", "moins de 2 millions"),
        ("de", "weniger als 2 Millionen"), ("es", "menos de 2 millones"), ("zh", "不到200万"), ("zh", "不足200万")]],
    ("en", "2 million", "exact"),
]


@pytest.mark.parametrize(("lang", "text", "qualifier"), QUALIFIERS)
def test_qualifier(lang: str, text: str, qualifier: str) -> None:
    (quantity,) = _read(lang, text)
    assert quantity.value == 2 * M
    assert quantity.qualifier == qualifier


#: A qualifier before the article of a bare scale word ("more than *a* million").
ARTICLE_QUALIFIERS = [
    ("en", "more than a million", "more_than"), ("it", "oltre un milione", "more_than"),
    ("fr", "plus d'un million", "more_than"), ("fr", "près d’un million", "about"),
    ("de", "mehr als eine Million", "more_than"), ("es", "más de un millón", "more_than"),
    ("pt", "mais de um milhão", "more_than"), ("en", "a million", "exact"),
]


@pytest.mark.parametrize(("lang", "text", "qualifier"), ARTICLE_QUALIFIERS)
def test_qualifier_before_the_article_of_a_bare_scale_word(lang: str, text: str, qualifier: str) -> None:
    (quantity,) = _read(lang, text)
    assert quantity.value == M
    assert quantity.qualifier == qualifier


RANGES = [
    ("en", "2-3 million", (2 * M, 3 * M)),
    ("it", "tra 2 e 3 milioni", (2 * M, 3 * M)),
    ("fr", "de 2 à 3 millions", (2 * M, 3 * M)),
    ("de", "zwischen 2 und 3 Millionen", (2 * M, 3 * M)),
    ("zh", "2至3万", (20_000, 30_000)),
    ("en", "hundreds of millions of views", (100 * M, 1_000 * M)),
    ("en", "tens of thousands of comments", (10_000, 100_000)),
    ("it", "decine di migliaia di commenti", (10_000, 100_000)),
    ("fr", "des dizaines de milliers de commentaires", (10_000, 100_000)),
    ("de", "Zehntausende Kommentare", (10_000, 100_000)),
    ("es", "decenas de miles de comentarios", (10_000, 100_000)),
    ("zh", "数万条评论", (10_000, 100_000)),
    ("en", "millions of viewers", (M, 1_000 * M)),
    ("it", "milioni di spettatori", (M, 1_000 * M)),
    ("fr", "des millions de spectateurs", (M, 1_000 * M)),
    # each bound with its currency
    ("fr", "entre 800 000 francs et 1 million de francs", (800_000, M)),
    ("pt", "entre \u20ac6 milh\u00f5es e \u20ac9 milh\u00f5es", (6 * M, 9 * M)),
    ("pt", "entre \u20ac6 e \u20ac9 milh\u00f5es", (6 * M, 9 * M)),
    ("en", "between $12 million and $15 million", (12 * M, 15 * M)),
    ("zh", "9000\u4e07\u5143\u81f31.2\u4ebf\u5143", (90 * M, 120 * M)),
    # bounds written out, joined by a word that makes a range on its own
    ("de", "acht bis zw\u00f6lf Millionen Euro", (8 * M, 12 * M)),
    ("en", "five to six million dollars", (5 * M, 6 * M)),
    ("fr", "cinq \u00e0 six millions d'euros", (5 * M, 6 * M)),
    ("en", "between two and three million dollars", (2 * M, 3 * M)),
    # bounds with their articles ("tra i 5 e i 6 milioni")
    ("it", "tra i 5 e i 6 milioni di visualizzazioni", (5 * M, 6 * M)),
    ("it", "dai 3 ai 4 milioni di like", (3 * M, 4 * M)),
    ("it", "tra le 200 e le 300 mila persone", (200_000, 300_000)),
    ("es", "entre los 5 y los 6 millones de reproducciones", (5 * M, 6 * M)),
    ("es", "de los 3 a los 4 millones de me gusta", (3 * M, 4 * M)),
    ("pt", "entre os 5 e os 6 milhões de visualizações", (5 * M, 6 * M)),
    ("pt", "dos 3 aos 4 milhões de curtidas", (3 * M, 4 * M)),
]


@pytest.mark.parametrize(("lang", "text", "bounds"), RANGES)
def test_ranges_and_vague_amounts(lang: str, text: str, bounds: tuple[float, float]) -> None:
    (quantity,) = _read(lang, text)
    assert quantity.value is None
    assert quantity.range == pytest.approx(bounds)


NOT_COUNTS = [
    ("en", "in 2020", "year"),
    ("en", "the 2018-19 season", "year"),
    ("fr", "un vase âgé de 1500 ans", "age"),
    ("de", "28 Jahre alt", "age"),
    ("fr", "pendant 2 heures", "duration"),
    ("en", "up 45% on the year", "percent"),
    ("it", "il 3° posto", "ordinal"),
    ("en", "at 10:32 local time", "time"),
    ("en", "call +44 20 7946 0958", "phone"),
    ("en", "aged 28", "age"),
    # an age range after an age word
    ("en", "followers aged 18 to 24", "age"),
    ("fr", "des abonnés âgés de 18 à 24", "age"),
    ("es", "con una edad de 18 a 24", "age"),
    ("it", "di età di 18-24", "age"),
    ("zh", "享年89岁", "age"),
    # a time of day: a clock word after an hour, or an hour word before it, in every language that has one
    ("en", "open from 5pm", "time"),
    ("en", "doors open at 9 a.m.", "time"),
    ("de", "ab 17 Uhr", "time"),
    ("de", "von 9 bis 17 Uhr", "time"),
    ("it", "aperto dalle 9 alle 17", "time"),
    ("es", "abierto de las 9 a las 17", "time"),
    ("pt", "aberto das 9 às 17", "time"),
    ("pt", "abre às 10h", "time"),
    ("fr", "ouvert de 9 h", "duration"),
    ("zh", "每天9点开门", "time"),
    ("zh", "上午10开门", "time"),
    # a telephone number between the letters of an unspaced script
    ("zh", "拨打400-123-4567咨询", "phone"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_COUNTS)
def test_figures_that_are_not_counts_are_kept_apart(lang: str, text: str, kind: str) -> None:
    (quantity,) = _read(lang, text)
    assert quantity.kind == kind


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [
    # a clock word after no hour of the day leaves a count
    ("de", "um 300 Uhr", "count", 300),
    ("zh", "共3000点", "count", 3000),
    ("it", "tra 10 e 20 mila visitatori", "count", None),
    ("zh", "三小时订单破2000台", "count", 2000),
    ("zh", "今年新增海外品牌超2000个", "count", 2000),
    ("zh", "成立于2000年", "year", 2000),
])
def test_a_year_shaped_figure_before_a_counting_word_is_a_count(lang: str, text: str, kind: str,
                                                                  value: float) -> None:
    (quantity,) = [q for q in _read(lang, text) if q.value == value]
    assert quantity.kind == kind


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("en", "Someone often said it, at ten thousand a day.", ["ten thousand"]),   # "one", "ten" inside words
    ("en", "Attention: 1,900 visitors.", ["1,900"]),
    ("it", "Qualcuno ha venduto 10 mila copie.", ["10 mila"]),                     # "uno" inside a word
    ("de", "Jemand verkaufte eine Million Exemplare, 3,5 Mio. im Jahr.", ["Million", "3,5 Mio."]),
    ("zh", "有人卖出了三百万册，每天一万册。", ["三百万", "一万"]),                 # Han numerals inside a text
])
def test_a_number_word_is_read_where_a_word_opens(lang: str, text: str, read: list[str]) -> None:
    # (the candidate scan passes over the inside of words at once: no word form opens there)
    assert [q.text for q in recognise_quantities(text, load_language(lang))] == read
