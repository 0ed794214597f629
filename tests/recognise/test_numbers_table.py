"""Figures read by ``recognise_quantities``: grouping and decimal marks, scales, words, money, qualifiers,
ranges, vague amounts, and the figures that are not counts (years, ages, durations, percentages...).

Each table row is one sentence with exactly one figure in it; the test checks the whole reading (span,
value, range, kind, qualifier, currency), so a stray second quantity fails the row too. Rows the
recogniser does not read correctly yet are marked ``xfail(strict=True)`` with what it returns instead.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from crossreach.lexicon import load_language
from crossreach.models import Quantity
from crossreach.recognise.numbers import recognise_quantities

LANGS = ("en", "it", "fr", "de", "es", "pt", "zh")
NBSP = "\u00a0"
NNBSP = "\u202f"
KINDS = {"count", "money", "percent", "ordinal", "age", "duration", "measure", "time", "date", "year", "code", "phone"}
QUALIFIERS = {"exact", "more_than", "about", "up_to", "less_than"}

COLUMNS = ("lang", "text", "span", "value", "rng", "kind", "qualifier", "currency")


def _read(lang: str, text: str) -> list[Quantity]:
    """The quantities of ``text``, after checking that every span is where its offsets say."""
    found = recognise_quantities(text, load_language(lang))
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
    return found


def _reading(q: Quantity) -> tuple[object, ...]:
    return q.text, q.value, q.range, q.kind, q.qualifier, q.currency


def _case(lang: str, text: str, span: str, value: float | None = None, *, rng: tuple[float, float] | None = None,
          kind: str = "count", qualifier: str = "exact", currency: str | None = None,
          xfail: str | None = None) -> object:
    """One row: ``text`` holds exactly one figure, read as ``span`` with these fields."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, span, value, rng, kind, qualifier, currency, marks=marks, id=f"{lang}: {text}")


def _check_single(lang: str, text: str, span: str, value: float | None, rng: tuple[float, float] | None, kind: str,
                  qualifier: str, currency: str | None) -> None:
    assert [_reading(q) for q in _read(lang, text)] == [(span, value, rng, kind, qualifier, currency)]


# --- Grouping marks: , . space U+00A0 U+202F and apostrophe, as each language writes them. -------------------------

GROUPING = [
    _case("en", "The stream drew 3,800 viewers.", "3,800", 3800),
    _case("en", "The app has 1,200,000 users.", "1,200,000", 1_200_000),
    _case("en", f"It sold 1{NBSP}200{NBSP}000 units.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("en", f"It sold 1{NNBSP}200{NNBSP}000 units.", f"1{NNBSP}200{NNBSP}000", 1_200_000),
    _case("en", "It sold 1'200'000 units.", "1'200'000", 1_200_000),
    _case("en", "It sold 1 200 000 units.", "1 200 000", 1_200_000),
    _case("it", "Il video ha avuto 1.500 visualizzazioni.", "1.500", 1500),
    _case("it", "L'account ha 1.200.000 follower.", "1.200.000", 1_200_000),
    _case("it", f"L'account ha 1{NBSP}200{NBSP}000 follower.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("it", f"L'account ha 1{NNBSP}200{NNBSP}000 follower.", f"1{NNBSP}200{NNBSP}000", 1_200_000),
    _case("it", "L'account ha 1'200'000 follower.", "1'200'000", 1_200_000),
    _case("it", "L'account ha 1 200 000 follower.", "1 200 000", 1_200_000),
    _case("fr", "Le musée compte 1 200 000 visiteurs.", "1 200 000", 1_200_000),
    _case("fr", f"Le musée compte 1{NBSP}200{NBSP}000 visiteurs.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("fr", f"Le musée compte 1{NNBSP}200{NNBSP}000 visiteurs.", f"1{NNBSP}200{NNBSP}000", 1_200_000),
    _case("fr", "Le musée compte 1.200.000 visiteurs.", "1.200.000", 1_200_000),
    _case("fr", "Le compte a 1'200'000 abonnés.", "1'200'000", 1_200_000),
    _case("de", "Das Video hatte 1.500 Aufrufe.", "1.500", 1500),
    _case("de", "Das Museum zählte 1.200.000 Besucher.", "1.200.000", 1_200_000),
    _case("de", f"Das Museum zählte 1{NBSP}200{NBSP}000 Besucher.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("de", f"Das Museum zählte 1{NNBSP}200{NNBSP}000 Besucher.", f"1{NNBSP}200{NNBSP}000", 1_200_000),
    _case("de", "Das Museum zählte 1'200'000 Besucher.", "1'200'000", 1_200_000),
    _case("de", "Das Museum zählte 1 200 000 Besucher.", "1 200 000", 1_200_000),
    _case("es", "La cuenta tiene 1.500 seguidores.", "1.500", 1500),
    _case("es", "La cuenta tiene 1 200 000 seguidores.", "1 200 000", 1_200_000),
    _case("es", f"La cuenta tiene 1{NBSP}200{NBSP}000 seguidores.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("pt", "A conta tem 1.500 seguidores.", "1.500", 1500),
    _case("pt", "A conta tem 1 200 000 seguidores.", "1 200 000", 1_200_000),
    _case("pt", f"A conta tem 1{NBSP}200{NBSP}000 seguidores.", f"1{NBSP}200{NBSP}000", 1_200_000),
    _case("zh", "观看人数达1,200,000人次。", "1,200,000", 1_200_000),
]

# --- Decimal comma or point, by language; a mark before exactly three digits groups thousands. --------------------

DECIMALS = [
    _case("en", "The app has 2.5 million users.", "2.5 million", 2_500_000),
    _case("fr", "Le live a attiré 3,8 millions de spectateurs.", "3,8 millions", 3_800_000),
    _case("it", "Gli utenti sono 2,5 milioni.", "2,5 milioni", 2_500_000),
    _case("it", "Gli utenti sono 2.5 million secondo il rapporto.", "2.5 million", 2_500_000),
    _case("de", "Das Video hatte 1,5 Millionen Aufrufe.", "1,5 Millionen", 1_500_000),
    _case("es", "El vídeo tuvo 2,5 millones de visitas.", "2,5 millones", 2_500_000),
    _case("pt", "A conta tem 2,5 milhões de seguidores.", "2,5 milhões", 2_500_000),
    _case("zh", "营收3.8亿。", "3.8亿", 380_000_000),
]

# --- Scale words and abbreviations. ----------------------------------------------------------------------------------

SCALES = [
    _case("en", "The fair drew 5 thousand visitors.", "5 thousand", 5000),
    _case("en", "The app has 4 million users.", "4 million", 4_000_000),
    _case("en", "The app has 4 billion views.", "4 billion", 4_000_000_000),
    _case("en", "The post got 380k likes.", "380k", 380_000),
    _case("en", "The post got 12M likes.", "12M", 12_000_000),
    _case("en", "The videos got 1.5bn views.", "1.5bn", 1_500_000_000),
    _case("en", "The videos got 3mn views.", "3mn", 3_000_000),
    _case("it", "L'account ha 380 mila follower.", "380 mila", 380_000),
    _case("it", "L'account ha 380mila follower.", "380mila", 380_000),
    _case("it", "Il video ha 4 milioni di visualizzazioni.", "4 milioni", 4_000_000),
    _case("it", "I video hanno 3 miliardi di visualizzazioni.", "3 miliardi", 3_000_000_000),
    _case("it", "L'app ha 2 mln di utenti.", "2 mln", 2_000_000),
    _case("fr", "Le salon a attiré 5 mille visiteurs.", "5 mille", 5000),
    _case("fr", "La vidéo a fait 4 millions de vues.", "4 millions", 4_000_000),
    _case("fr", "Les vidéos ont fait 3 milliards de vues.", "3 milliards", 3_000_000_000),
    _case("de", "Die Messe hatte 3 Tausend Besucher.", "3 Tausend", 3000),
    _case("de", "Die App hat 2 Mio. Nutzer.", "2 Mio.", 2_000_000),
    _case("de", "Die App hat 4 Millionen Nutzer.", "4 Millionen", 4_000_000),
    _case("de", "Die Videos hatten 1,5 Mrd. Aufrufe.", "1,5 Mrd.", 1_500_000_000),
    _case("de", "Die Videos hatten 2 Milliarden Aufrufe.", "2 Milliarden", 2_000_000_000),
    _case("es", "La feria tuvo 3 mil visitantes.", "3 mil", 3000),
    _case("es", "La app tiene 2 millones de usuarios.", "2 millones", 2_000_000),
    _case("es", "Los vídeos tuvieron 5 mil millones de visitas.", "5 mil millones", 5_000_000_000),
    _case("pt", "A feira teve 3 mil visitantes.", "3 mil", 3000),
    _case("pt", "O app tem 2 milhões de usuários.", "2 milhões", 2_000_000),
    _case("pt", "Os vídeos tiveram 5 bilhões de visualizações.", "5 bilhões", 5_000_000_000),
    _case("pt", "Os vídeos tiveram 2 mil milhões de visualizações.", "2 mil milhões", 2_000_000_000),
    _case("zh", "该账号粉丝380万。", "380万", 3_800_000),
    _case("zh", "营收1,100.9亿。", "1,100.9亿", 110_090_000_000),
    _case("zh", "观众3万4000人。", "3万4000", 34_000),
    _case("zh", "平台有三千万用户。", "三千万", 30_000_000),
    _case("zh", "播放两百万次。", "两百万", 2_000_000),
    _case("zh", "粉丝五百万。", "五百万", 5_000_000),
    _case("zh", "用户一亿。", "一亿", 100_000_000),
    _case("zh", "繁體粉絲380萬。", "380萬", 3_800_000),
    _case("zh", "繁體營收3.8億。", "3.8億", 380_000_000),
]

# --- Spelled-out numbers before a scale word. ------------------------------------------------------------------------

SPELLED = [
    _case("en", "The platform has two million users.", "two million", 2_000_000),
    _case("it", "La piattaforma ha due milioni di utenti.", "due milioni", 2_000_000),
    _case("fr", "La plateforme compte trois millions d'utilisateurs.", "trois millions", 3_000_000),
    _case("de", "Die Plattform hat zwei Millionen Nutzer.", "zwei Millionen", 2_000_000),
    _case("es", "La plataforma tiene dos millones de usuarios.", "dos millones", 2_000_000),
    _case("pt", "A plataforma tem dois milhões de usuários.", "dois milhões", 2_000_000),
]

# --- Money: symbols before or after, currency words, ISO codes. -----------------------------------------------------

MONEY = [
    _case("en", "Sales reached €1.5bn.", "€1.5bn", 1_500_000_000, kind="money", currency="EUR"),
    _case("en", "Revenue was 5.2 billion RMB.", "5.2 billion RMB", 5_200_000_000, kind="money", currency="CNY"),
    _case("en", "It raised US$100m in funding.", "US$100m", 100_000_000, kind="money", currency="USD"),
    _case("en", "It paid £3m for the site.", "£3m", 3_000_000, kind="money", currency="GBP"),
    _case("en", "It spent HK$2 million on ads.", "HK$2 million", 2_000_000, kind="money", currency="HKD"),
    _case("en", "It raised $2.5bn.", "$2.5bn", 2_500_000_000, kind="money", currency="USD"),
    _case("en", "It earned 4 billion yuan.", "4 billion yuan", 4_000_000_000, kind="money", currency="CNY"),
    _case("en", "It paid 3 million pounds.", "3 million pounds", 3_000_000, kind="money", currency="GBP"),
    _case("de", "Der Umsatz lag bei 1,5 Mrd. Euro.", "1,5 Mrd. Euro", 1_500_000_000, kind="money", currency="EUR"),
    _case("de", "Das Projekt kostete 2 Millionen Euro.", "2 Millionen Euro", 2_000_000, kind="money", currency="EUR"),
    _case("de", "Der Umsatz lag bei 3 Mrd. US-Dollar.", "3 Mrd. US-Dollar", 3_000_000_000, kind="money",
          currency="USD"),
    _case("fr", "Le projet a coûté 2 millions d'euros.", "2 millions d'euros", 2_000_000, kind="money",
          currency="EUR"),
    _case("fr", "Le projet a coûté 300 M€.", "300 M€", 300_000_000, kind="money", currency="EUR"),
    _case("fr", "Il a levé 5 millions de dollars.", "5 millions de dollars", 5_000_000, kind="money", currency="USD"),
    _case("it", "Il progetto è costato 2 milioni di euro.", "2 milioni di euro", 2_000_000, kind="money",
          currency="EUR"),
    _case("it", "Ha fatturato 2,5 miliardi di euro.", "2,5 miliardi di euro", 2_500_000_000, kind="money",
          currency="EUR"),
    _case("es", "El proyecto costó 2 millones de euros.", "2 millones de euros", 2_000_000, kind="money",
          currency="EUR"),
    _case("es", "Invirtió 2 mil millones de dólares.", "2 mil millones de dólares", 2_000_000_000, kind="money",
          currency="USD"),
    _case("pt", "O projeto custou 2 milhões de euros.", "2 milhões de euros", 2_000_000, kind="money",
          currency="EUR"),
    _case("pt", "Faturou 3 milhões de reais.", "3 milhões de reais", 3_000_000, kind="money", currency="BRL"),
    _case("pt", "Faturou R$ 2 milhões.", "R$ 2 milhões", 2_000_000, kind="money", currency="BRL"),
    _case("zh", "营收52亿元。", "52亿元", 5_200_000_000, kind="money", currency="CNY"),
    _case("zh", "营收5亿美元。", "5亿美元", 500_000_000, kind="money", currency="USD"),
    _case("zh", "投资1000万港元。", "1000万港元", 10_000_000, kind="money", currency="HKD"),
    _case("zh", "营收1.2万亿元。", "1.2万亿元", 1_200_000_000_000, kind="money", currency="CNY"),
]

# --- Qualifiers before (and a few after) the figure. -----------------------------------------------------------------

QUALIFIED = [
    _case("en", "The video drew more than 3 million views.", "3 million", 3_000_000, qualifier="more_than"),
    _case("en", "The video drew over 2 million views.", "2 million", 2_000_000, qualifier="more_than"),
    _case("en", "The video drew about 3 million views.", "3 million", 3_000_000, qualifier="about"),
    _case("en", "The video drew nearly 400 comments.", "400", 400, qualifier="about"),
    _case("en", "The video drew up to 3 million views.", "3 million", 3_000_000, qualifier="up_to"),
    _case("en", "The video drew less than 3 million views.", "3 million", 3_000_000, qualifier="less_than"),
    _case("en", "The video drew fewer than 300 comments.", "300", 300, qualifier="less_than"),
    _case("it", "Il video ha avuto più di 3 milioni di visualizzazioni.", "3 milioni", 3_000_000,
          qualifier="more_than"),
    _case("it", "Il video ha avuto oltre 3 milioni di visualizzazioni.", "3 milioni", 3_000_000,
          qualifier="more_than"),
    _case("it", "Il video ha avuto circa 3 milioni di visualizzazioni.", "3 milioni", 3_000_000, qualifier="about"),
    _case("it", "Il video ha avuto 3 milioni circa di visualizzazioni.", "3 milioni", 3_000_000, qualifier="about"),
    _case("it", "Il video ha avuto fino a 3 milioni di visualizzazioni.", "3 milioni", 3_000_000, qualifier="up_to"),
    _case("it", "Il video ha avuto meno di 3 milioni di visualizzazioni.", "3 milioni", 3_000_000,
          qualifier="less_than"),
    _case("fr", "La vidéo a fait plus de 3 millions de vues.", "3 millions", 3_000_000, qualifier="more_than"),
    _case("fr", "La vidéo a fait environ 3 millions de vues.", "3 millions", 3_000_000, qualifier="about"),
    _case("fr", "La vidéo a fait près de 3 millions de vues.", "3 millions", 3_000_000, qualifier="about"),
    _case("fr", "La vidéo a fait jusqu'à 3 millions de vues.", "3 millions", 3_000_000, qualifier="up_to"),
    _case("fr", "La vidéo a fait jusqu’à 3 millions de vues.", "3 millions", 3_000_000, qualifier="up_to"),
    _case("fr", "La vidéo a fait moins de 3 millions de vues.", "3 millions", 3_000_000, qualifier="less_than"),
    _case("de", "Das Video hatte mehr als 3 Millionen Aufrufe.", "3 Millionen", 3_000_000, qualifier="more_than"),
    _case("de", "Das Video hatte über 3 Millionen Aufrufe.", "3 Millionen", 3_000_000, qualifier="more_than"),
    _case("de", "Das Video hatte rund 3 Millionen Aufrufe.", "3 Millionen", 3_000_000, qualifier="about"),
    _case("de", "Das Video hatte etwa 500 Kommentare.", "500", 500, qualifier="about"),
    _case("de", "Das Video hatte bis zu 3 Millionen Aufrufe.", "3 Millionen", 3_000_000, qualifier="up_to"),
    _case("de", "Das Video hatte weniger als 3 Millionen Aufrufe.", "3 Millionen", 3_000_000, qualifier="less_than"),
    _case("es", "El vídeo tuvo más de 3 millones de visitas.", "3 millones", 3_000_000, qualifier="more_than"),
    _case("es", "El vídeo tuvo casi 3 millones de visitas.", "3 millones", 3_000_000, qualifier="about"),
    _case("es", "El vídeo tuvo cerca de 3 millones de visitas.", "3 millones", 3_000_000, qualifier="about"),
    _case("es", "El vídeo tuvo hasta 3 millones de visitas.", "3 millones", 3_000_000, qualifier="up_to"),
    _case("es", "El vídeo tuvo menos de 3 millones de visitas.", "3 millones", 3_000_000, qualifier="less_than"),
    _case("pt", "O vídeo teve mais de 3 milhões de visualizações.", "3 milhões", 3_000_000, qualifier="more_than"),
    _case("pt", "O vídeo teve quase 3 milhões de visualizações.", "3 milhões", 3_000_000, qualifier="about"),
    _case("pt", "O vídeo teve cerca de 3 milhões de visualizações.", "3 milhões", 3_000_000, qualifier="about"),
    _case("pt", "O vídeo teve até 3 milhões de visualizações.", "3 milhões", 3_000_000, qualifier="up_to"),
    _case("pt", "O vídeo teve menos de 3 milhões de visualizações.", "3 milhões", 3_000_000, qualifier="less_than"),
    _case("zh", "视频播放量超过300万次。", "300万", 3_000_000, qualifier="more_than"),
    _case("zh", "视频播放量逾300万次。", "300万", 3_000_000, qualifier="more_than"),
    _case("zh", "视频播放量约300万次。", "300万", 3_000_000, qualifier="about"),
    _case("zh", "视频播放量近300万次。", "300万", 3_000_000, qualifier="about"),
    _case("zh", "视频播放量300万左右。", "300万", 3_000_000, qualifier="about"),
    _case("zh", "视频播放量最高达300万次。", "300万", 3_000_000, qualifier="up_to"),
    _case("zh", "视频播放量不到300万次。", "300万", 3_000_000, qualifier="less_than"),
    _case("zh", "视频播放量300万次左右。", "300万", 3_000_000, qualifier="about",
          xfail="左右 after the measure word 次 is not seen: qualifier 'exact'"),
    _case("zh", "视频播放量300多万次。", "300多万", 3_000_000, qualifier="more_than"),
]

# --- Ranges and vague amounts: value None, a (low, high) range. -----------------------------------------------------

RANGES = [
    _case("en", "The app has 2-3 million users.", "2-3 million", rng=(2e6, 3e6)),
    _case("en", "The app has 2–3 million users.", "2–3 million", rng=(2e6, 3e6)),
    _case("en", "The app has between 2 and 3 million users.", "2 and 3 million", rng=(2e6, 3e6)),
    _case("en", "The app has from 2 to 3 million users.", "2 to 3 million", rng=(2e6, 3e6)),
    _case("en", "The app has 2 to 3 million users.", "2 to 3 million", rng=(2e6, 3e6)),
    _case("en", "About 5,000-6,000 people came.", "5,000-6,000", rng=(5000, 6000), qualifier="about"),
    _case("en", "The app cost €2-3 million.", "€2-3 million", rng=(2e6, 3e6), kind="money", currency="EUR"),
    _case("it", "L'app ha tra 2 e 3 milioni di utenti.", "2 e 3 milioni", rng=(2e6, 3e6)),
    _case("it", "L'app ha da 2 a 3 milioni di utenti.", "2 a 3 milioni", rng=(2e6, 3e6)),
    _case("it", "L'app ha 2-3 milioni di utenti.", "2-3 milioni", rng=(2e6, 3e6)),
    _case("fr", "L'appli compte de 2 à 3 millions d'utilisateurs.", "2 à 3 millions", rng=(2e6, 3e6)),
    _case("fr", "L'appli compte entre 2 et 3 millions d'utilisateurs.", "2 et 3 millions", rng=(2e6, 3e6)),
    _case("de", "Die App hat zwischen 2 und 3 Millionen Nutzer.", "2 und 3 Millionen", rng=(2e6, 3e6)),
    _case("de", "Die App hat von 2 bis 3 Millionen Nutzer.", "2 bis 3 Millionen", rng=(2e6, 3e6)),
    _case("es", "La app tiene entre 2 y 3 millones de usuarios.", "2 y 3 millones", rng=(2e6, 3e6)),
    _case("es", "La app tiene de 2 a 3 millones de usuarios.", "2 a 3 millones", rng=(2e6, 3e6)),
    _case("pt", "O app tem entre 2 e 3 milhões de usuários.", "2 e 3 milhões", rng=(2e6, 3e6)),
    _case("pt", "O app tem de 2 a 3 milhões de usuários.", "2 a 3 milhões", rng=(2e6, 3e6)),
    _case("zh", "用户2至3万。", "2至3万", rng=(2e4, 3e4)),
    _case("zh", "用户2到3万。", "2到3万", rng=(2e4, 3e4)),
    _case("zh", "用户2-3万人。", "2-3万", rng=(2e4, 3e4)),
    _case("zh", "用户两至三万人。", "两至三万", rng=(2e4, 3e4),
          xfail="a Han-numeral range is not read: only '三万' = 30000.0"),
]

VAGUE = [
    _case("en", "Hundreds of millions of people use it.", "Hundreds of millions", rng=(1e8, 1e9)),
    _case("en", "Tens of thousands of fans came.", "Tens of thousands", rng=(1e4, 1e5)),
    _case("en", "Tens of millions watched.", "Tens of millions", rng=(1e7, 1e8)),
    _case("it", "Sono arrivati decine di migliaia di fan.", "decine di migliaia", rng=(1e4, 1e5)),
    _case("it", "Lo usano centinaia di milioni di utenti.", "centinaia di milioni", rng=(1e8, 1e9)),
    _case("fr", "Des dizaines de milliers de fans sont venus.", "Des dizaines de milliers", rng=(1e4, 1e5)),
    _case("fr", "Il a des centaines de millions d'utilisateurs.", "des centaines de millions", rng=(1e8, 1e9)),
    _case("de", "Zehntausende Fans kamen.", "Zehntausende", rng=(1e4, 1e5)),
    _case("de", "Es nutzen Hunderte Millionen Menschen.", "Hunderte Millionen", rng=(1e8, 1e9)),
    _case("es", "Llegaron decenas de miles de fans.", "decenas de miles", rng=(1e4, 1e5)),
    _case("es", "La usan cientos de millones de personas.", "cientos de millones", rng=(1e8, 1e9)),
    _case("pt", "Chegaram dezenas de milhares de fãs.", "dezenas de milhares", rng=(1e4, 1e5)),
    _case("pt", "Usam-no centenas de milhões de pessoas.", "centenas de milhões", rng=(1e8, 1e9)),
    _case("zh", "数万名粉丝到场。", "数万", rng=(1e4, 1e5)),
    _case("zh", "数亿用户在使用。", "数亿", rng=(1e8, 1e9)),
    _case("en", "It is worth billions of yuan.", "billions of yuan", rng=(1e9, 1e12), kind="money", currency="CNY"),
]


@pytest.mark.parametrize(COLUMNS, GROUPING)
def test_grouped_digits_are_one_count(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, DECIMALS)
def test_decimal_mark_follows_the_language(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, SCALES)
def test_scale_words_and_abbreviations_multiply(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, SPELLED)
def test_spelled_out_numbers_with_a_scale(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, MONEY)
def test_money_has_its_iso_currency(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, QUALIFIED)
def test_qualifiers_in_each_language(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, RANGES)
def test_ranges_give_low_and_high(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


@pytest.mark.parametrize(COLUMNS, VAGUE)
def test_vague_amounts_give_a_range(lang, text, span, value, rng, kind, qualifier, currency) -> None:
    _check_single(lang, text, span, value, rng, kind, qualifier, currency)


# --- Figures that are not counts: their kind (and unit) keeps them apart. --------------------------------------------

#: Stands for "any value": a time of day has no count value to check.
ANY_VALUE = object()


def _other(lang: str, text: str, span: str, value: object, kind: str, unit: str | None = None, *,
           xfail: str | None = None) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(lang, text, span, value, kind, unit, marks=marks, id=f"{lang}: {text}")


NON_COUNTS = [
    _other("en", "The museum opened in 2020.", "2020", 2020, "year"),
    _other("it", "Il museo ha aperto nel 2020.", "2020", 2020, "year"),
    _other("zh", "2020年营收增长。", "2020", 2020, "year"),
    _other("en", "The 2018-19 season was long.", "2018-19", 2018, "year"),
    _other("it", "La stagione 2018-19 è stata lunga.", "2018-19", 2018, "year"),
    _other("de", "Die Saison 2019/20 war gut.", "2019/20", 2019, "year"),
    _other("en", "The 2019–2020 season was long.", "2019–2020", 2019, "year"),
    _other("fr", "Le temple a 1500 ans.", "1500", 1500, "age", "ans"),
    _other("en", "She is 35 years old.", "35", 35, "age", "years old"),
    _other("en", "The 40-year-old founder spoke.", "40", 40, "age", "-year-old"),
    _other("de", "Sie ist 35 Jahre alt.", "35", 35, "age", "Jahre alt"),
    _other("es", "Tiene 35 años de edad.", "35", 35, "age", "años de edad"),
    _other("fr", "La visite dure 2 heures.", "2", 2, "duration", "heures"),
    _other("en", "The show lasted 3 hours.", "3", 3, "duration", "hours"),
    _other("de", "Die Show dauerte 3 Stunden.", "3", 3, "duration", "Stunden"),
    _other("es", "El show duró 3 horas.", "3", 3, "duration", "horas"),
    _other("pt", "O show durou 3 horas.", "3", 3, "duration", "horas"),
    _other("zh", "直播持续3小时。", "3", 3, "duration", "小时"),
    _other("en", "Sales rose 15%.", "15", 15, "percent", "%"),
    _other("en", "Sales rose 3.5 per cent.", "3.5", 3.5, "percent", "per cent"),
    _other("it", "Il 40% degli utenti.", "40", 40, "percent", "%"),
    _other("fr", "Les ventes ont augmenté de 15 %.", "15", 15, "percent", "%"),
    _other("de", "Der Umsatz stieg um 15 Prozent.", "15", 15, "percent", "Prozent"),
    _other("es", "Las ventas subieron un 15%.", "15", 15, "percent", "%"),
    _other("pt", "As vendas subiram 15%.", "15", 15, "percent", "%"),
    _other("zh", "销售额增长15%。", "15", 15, "percent", "%"),
    _other("zh", "占比提高3.5个百分点。", "3.5", 3.5, "percent", "个百分点"),
    _other("it", "Le vendite sono cresciute del 3,5 per cento.", "3,5", 3.5, "percent", "per cento"),
    _other("fr", "Les ventes ont augmenté de 3,5 pour cent.", "3,5", 3.5, "percent", "pour cent"),
    _other("es", "Las ventas subieron un 15 por ciento.", "15", 15, "percent", "por ciento"),
    _other("pt", "As vendas subiram 15 por cento.", "15", 15, "percent", "por cento"),
    _other("en", "It came 3rd in the ranking.", "3", 3, "ordinal"),
    _other("it", "È arrivato 3° in classifica.", "3", 3, "ordinal"),
    _other("fr", "Il est arrivé 3e au classement.", "3", 3, "ordinal"),
    _other("es", "Quedó 3º en la lista.", "3", 3, "ordinal"),
    _other("zh", "排名第3位。", "3", 3, "ordinal"),
    _other("en", "The stream started at 10:32.", "10:32", ANY_VALUE, "time"),
    _other("fr", "Le live a commencé à 10h32.", "10h32", ANY_VALUE, "time"),
    _other("en", "On 5 March the company said so.", "5", 5, "date"),
    _other("en", "Version 2.0 is out.", "2.0", 2, "code"),
    _other("en", "The store covers 500 square metres.", "500", 500, "measure", "square metres"),
    # a bottle's or a box's size is a measure, not a count
    _other("en", "The new bottle holds 75 ml.", "75", 75, "measure", "ml"),
    _other("it", "Il flacone da 200 ml arriva in Cina.", "200", 200, "measure", "ml"),
    _other("fr", "Le coffret de 500 grammes est vendu en ligne.", "500", 500, "measure", "grammes"),
    _other("es", "La botella de 750 mililitros llega a China.", "750", 750, "measure", "mililitros"),
    _other("pt", "A caixa de 250 gramas chega a Xangai.", "250", 250, "measure", "gramas"),
    _other("de", "Die Dose mit 330 ml kommt nach China.", "330", 330, "measure", "ml"),
    _other("zh", "这款香水容量为100毫升。", "100", 100, "measure", "毫升"),
    _other("en", "Most of its audience is 7,000 miles away.", "7,000", 7000, "measure", "miles"),
    _other("it", "Il pubblico è a 7.000 miglia di distanza.", "7.000", 7000, "measure", "miglia"),
    _other("fr", "Son public est à 7 000 milles de là.", "7 000", 7000, "measure", "milles"),
    _other("de", "Das Publikum ist 7.000 Meilen entfernt.", "7.000", 7000, "measure", "Meilen"),
    _other("es", "Su público está a 7.000 millas.", "7.000", 7000, "measure", "millas"),
    _other("pt", "O seu público está a 7.000 milhas.", "7.000", 7000, "measure", "milhas"),
    _other("zh", "它的观众远在7000英里之外。", "7000", 7000, "measure", "英里"),
    _other("en", "Call +44 20 7946 0958 today.", "+44 20 7946 0958", None, "phone"),
    _other("en", "Call (212) 555-1234 today.", "(212) 555-1234", None, "phone"),
    _other("en", "Call 555-123-4567 today.", "555-123-4567", None, "phone"),
    _other("it", "Chiamate il +39 02 1234 5678.", "+39 02 1234 5678", None, "phone"),
    _other("fr", "Appelez le +33 1 42 68 53 00.", "+33 1 42 68 53 00", None, "phone"),
    # between the letters of an unspaced script
    _other("zh", "联系电话+86 10 6552 9988。", "+86 10 6552 9988", None, "phone"),
    _other("zh", "热线400-820-8820。", "400-820-8820", None, "phone"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "kind", "unit"), NON_COUNTS)
def test_non_counts_are_kept_apart(lang, text, span, value, kind, unit) -> None:
    found = _read(lang, text)
    assert [(q.text, q.kind, q.unit) for q in found] == [(span, kind, unit)]
    if value is not ANY_VALUE:
        assert found[0].value == value
    assert found[0].currency is None


def test_several_figures_come_in_text_order() -> None:
    text = "In 1999 about 5,000 fans paid €20 each, 15% more than the 3rd edition."
    found = _read("en", text)
    assert [(q.text, q.kind, q.value, q.qualifier) for q in found] == [
        ("1999", "year", 1999, "exact"),
        ("5,000", "count", 5000, "about"),
        ("€20", "money", 20, "exact"),
        ("15", "percent", 15, "exact"),
        ("3", "ordinal", 3, "exact"),
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tickets cost $20, $30 or $40."),
    ("fr", "Les billets coûtent 20 € et 30 €."),
    ("zh", "营收5亿美元，合3亿欧元，1000万港元。"),
    pytest.param("it", "Biglietti a 20 € 30 € o 40 €.", marks=pytest.mark.xfail(
        strict=True, reason="a symbol after one figure is taken again before the next: '20 €' then '€ 30 €'")),
])
def test_quantity_spans_do_not_overlap(lang, text) -> None:
    found = _read(lang, text)
    assert len(found) >= 2
    assert [(a.text, b.text) for a, b in pairwise(found) if a.end > b.start] == []


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "TWO MILLION users", "TWO MILLION", 2_000_000),
    ("en", "ſix million users", "ſix million", 6_000_000),  # long s case-folds to s
    ("en", "two mİllİon users", "two mİllİon", 2_000_000),  # İ folds to "i̇"
])
def test_case_insensitive_matches_are_looked_up(lang, text, span, value) -> None:
    found = _read(lang, text)
    assert [(q.text, q.value) for q in found] == [(span, value)]


# --- Properties. ---------------------------------------------------------------------------------------------------

SENTENCES = {
    "en": "The account had {} followers.",
    "it": "L'account aveva {} follower.",
    "fr": "Le compte avait {} abonnés.",
    "de": "Das Konto hatte {} Follower.",
    "es": "La cuenta tenía {} seguidores.",
    "pt": "A conta tinha {} seguidores.",
    "zh": "该账号有{}名粉丝。",
}
#: Each language's thousands separators, as its writers use them.
SEPARATORS = {
    "en": [",", NBSP, NNBSP, "'"],
    "it": [".", NBSP, NNBSP, "'"],
    "fr": [NBSP, NNBSP, " ", "."],
    "de": [".", NBSP, NNBSP, "'"],
    "es": [".", " ", NBSP],
    "pt": [".", " ", NBSP],
    "zh": [","],
}
GROUPINGS = [(lang, sep) for lang, seps in SEPARATORS.items() for sep in seps]
PROPERTY = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@PROPERTY
@given(n=st.integers(min_value=0, max_value=10**12).filter(lambda n: not 1800 <= n <= 2100),
       grouping=st.sampled_from(GROUPINGS))
def test_grouped_integer_reads_back_as_one_count(n: int, grouping: tuple[str, str]) -> None:
    lang, sep = grouping
    figure = f"{n:,}".replace(",", sep)
    found = _read(lang, SENTENCES[lang].format(figure))
    assert [(q.text, q.value, q.kind, q.range, q.qualifier, q.currency) for q in found] == [
        (figure, n, "count", None, "exact", None)]


def _number_vocabulary(lang: str) -> tuple[str, ...]:
    """Every word or character that can start a figure in ``lang``, case-folded."""
    numbers = load_language(lang).section("numbers")
    words = [str(w) for key in ("words", "scales", "vague") for w in numbers.get(key) or {}]
    words += list(numbers.get("han_digits", "") + numbers.get("han_units", ""))
    return tuple(w.casefold() for w in words)


VOCABULARY = {lang: _number_vocabulary(lang) for lang in LANGS}
NO_DIGITS = st.characters(exclude_categories=("N", "Cs"))


def _filler(lang: str) -> list[str]:
    """Words beside figures that are no figures themselves: qualifiers, months, currencies, joiners."""
    lex = load_language(lang)
    numbers, qualifiers, dates = lex.section("numbers"), lex.section("qualifiers"), lex.section("dates")
    words = [p for phrases in (qualifiers.get("before") or {}).values() for p in phrases or []]
    words += [str(w) for w in numbers.get("currencies") or {}]
    words += [str(w) for key in ("range_joiners", "range_openers", "currency_links") for w in numbers.get(key) or []]
    words += [str(w) for key in ("months", "weekdays") for w in dates.get(key) or {}]
    return [w for w in words if not any(v in w.casefold() for v in VOCABULARY[lang])]


@PROPERTY
@given(lang=st.sampled_from(LANGS), data=st.data())
def test_text_without_digits_or_number_words_has_no_quantity(lang: str, data: st.DataObject) -> None:
    pieces = st.one_of(st.text(NO_DIGITS, max_size=12), st.sampled_from(_filler(lang)),
                       st.sampled_from([" ", "€", "$"]))
    text = " ".join(data.draw(st.lists(pieces, max_size=10)))
    assume(not any(word in text.casefold() for word in VOCABULARY[lang]))
    found = _read(lang, text)
    assert not any(re.search(r"\d", q.text) for q in found)
    assert found == []


@PROPERTY
@given(text=st.text(), lang=st.sampled_from(LANGS))
def test_arbitrary_text_never_raises_and_spans_lie_in_it(text: str, lang: str) -> None:
    found = _read(lang, text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert q.kind in KINDS
        assert q.qualifier in QUALIFIERS
        assert q.value is not None or q.range is not None or q.kind == "phone"


def _tokens(lang: str) -> list[str]:
    numbers = load_language(lang).section("numbers")
    keys = ("words", "scales", "vague", "abbreviations", "currencies")
    words = [str(w) for key in keys for w in numbers.get(key) or {}]
    words += list(numbers.get("han_digits", "") + numbers.get("han_units", ""))
    return words + _filler(lang) + ["0", "7", "12", "2020", "1.500", "3,8", "-", "–", "/", ":", "%", "€", "US$", "+86"]


@PROPERTY
@given(lang=st.sampled_from(LANGS), data=st.data())
def test_number_vocabulary_in_any_order_never_raises(lang: str, data: st.DataObject) -> None:
    parts = data.draw(st.lists(st.tuples(st.sampled_from(_tokens(lang)), st.sampled_from(["", " ", NBSP])),
                               min_size=1, max_size=8))
    text = "".join(sep + token for token, sep in parts)
    if data.draw(st.booleans()):
        text = text.upper()
    found = _read(lang, text)
    for q in found:
        assert q.kind in KINDS
        if q.range is not None:
            assert q.value is None
            assert q.range[0] < q.range[1]


#: The phone number pattern as first written, each form opening with its own lookbehind: ``numbers._PHONE``
#: matches its first character from a class first, which the regex engine skips to, and must match the same.
#: A phone is bounded by Latin letters and digits only, so that one between the letters of an unspaced script
#: is one too ("拨打400-123-4567咨询"): an accented letter before it bounds nothing either.
_PHONE_AS_WRITTEN = re.compile(r"(?<![0-9A-Za-z_+])(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"
                               r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{3,4}-\d{3,4}-\d{3,4})(?![0-9A-Za-z_])")


@pytest.mark.parametrize("text", [
    "call +44 20 7946 0958 today", "(02) 1234 5678", "tel. 555-123-4567.", "x555-123-4567", "++44 20 7946 0958",
    "+39 (02) 1234-5678", "2018-2019-2020", "a(02) 1234 5678", "\u0665\u0665\u0665-\u0661\u0662\u0663-4567",
    "\u00e9+000000", "拨打400-123-4567咨询",
])
def test_phone_numbers_are_found_as_the_pattern_as_written_finds_them(text: str) -> None:
    from crossreach.recognise.numbers import _PHONE

    assert [m.span() for m in _PHONE.finditer(text)] == [m.span() for m in _PHONE_AS_WRITTEN.finditer(text)]


@given(st.text(alphabet=st.sampled_from([*"0123456789+()-. a_\n", "\u0661", "\u00e9"]), max_size=30))
def test_phone_pattern_matches_what_it_matched_as_written(text: str) -> None:
    from crossreach.recognise.numbers import _PHONE

    assert [m.span() for m in _PHONE.finditer(text)] == [m.span() for m in _PHONE_AS_WRITTEN.finditer(text)]
