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
