"""Words of "already" yield to a day their sentence opens with or names in their clause."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.recognise.dates import recognise_dates
from crossreach.relate.already_dates import without_already
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK

PUBLISHED = "2024-05-28"  # a Tuesday

#: A sentence and the dates left of it: the word of "already" is dropped where a day opens the
#: sentence or stands in its clause, and kept where the day is in an aside or there is none.
ALREADY = [
    ("fr", "Lundi, la première journée a déjà réuni 6,3 millions de spectateurs.", ["Lundi"]),
    ("en", "On Monday the first day had already drawn 6.3 million viewers.", ["On Monday"]),
    ("it", "Lunedì la prima giornata ha già raccolto 6,3 milioni di spettatori.", ["Lunedì"]),
    ("de", "Am Montag hatte der erste Tag bereits 6,3 Millionen Zuschauer.", ["Am Montag"]),
    ("es", "El lunes, la primera jornada ya reunió a 6,3 millones de espectadores.", ["El lunes"]),
    ("pt", "Na segunda-feira, a primeira jornada já reuniu 6,3 milhões de espectadores.", ["segunda-feira"]),
    ("zh", "周一，首日直播已经吸引了630万观众。", ["周一"]),
    # no day: "already" is as of publication
    ("en", "The account has already gathered 2 million followers.", ["already"]),
    ("fr", "Le compte a déjà réuni 2 millions d'abonnés.", ["déjà"]),
    # a day in an aside: the count told in the main clause is as of now
    ("pt", "A loja, inaugurada a 28 de janeiro, a tempo da festa, conta já com 54 mil seguidores.",
     ["28 de janeiro", "já"]),
]


@pytest.mark.parametrize(("lang", "text", "kept"), ALREADY)
def test_a_word_of_already_yields_to_a_day_of_its_sentence(lang: str, text: str, kept: list[str]) -> None:
    dates = recognise_dates(text, load_language(lang), PUBLISHED)
    first_break = NUMBER_CLAUSE_BREAK.search(text)
    opening_end = first_break.start() if first_break else 0
    left = without_already(lang, text, PUBLISHED, dates, opening_end)
    assert [d.text.strip() for d in left] == kept


@pytest.mark.parametrize("lang", ["en", "it", "fr", "de", "es", "pt", "zh"])
def test_every_word_of_already_is_read_as_a_date(lang: str) -> None:
    words = load_language(lang).section("dates")["already_words"]
    for word in words:
        found = recognise_dates(f"x {word} x", load_language(lang), PUBLISHED)
        assert [d.value for d in found] == [PUBLISHED], word


#: A total after a word of "now", in a sentence whose other clause tells a gain over a past season: the
#: total is as of the publication, not of the season.
NOW = [
    ("en", "Bayern Munich gained 800,000 followers on Douyin last season and now has 4.1 million followers."),
    ("de", "Bayern gewann in der Vorsaison auf Douyin 800.000 Follower hinzu und hat nun 4,1 Millionen Follower."),
    ("fr", "Le Bayern a gagné 800 000 abonnés la saison dernière et compte désormais 4,1 millions d'abonnés."),
    ("it", "Il Bayern ha guadagnato 800.000 follower la scorsa stagione e adesso ha 4,1 milioni di follower."),
    ("es", "El Bayern ganó 800.000 seguidores en Douyin la temporada pasada y ahora tiene 4,1 millones de seguidores."),
    ("pt", "O Bayern ganhou 800 mil seguidores na Douyin na temporada passada e agora tem 4,1 milhões de seguidores."),
    ("zh", "拜仁上赛季在抖音新增80万粉丝，现在粉丝数为410万。"),
]


@pytest.mark.parametrize(("lang", "text"), NOW)
def test_a_total_told_now_is_as_of_publication(extract_text, lang: str, text: str) -> None:
    facts = [f for f in extract_text(lang, text, PUBLISHED).facts if getattr(f, "value", None) == 4_100_000]
    assert [f.date for f in facts] == [PUBLISHED]
