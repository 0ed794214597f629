"""Words of "already" yield to a day their sentence names.

"Already" ("déjà", "già", "schon", "已经") is read as a date, the publication's (``dates.relative``:
"has already drawn 2 million viewers" is a count as of now), but it says a count was reached by a time,
not which: where the sentence names a day of its own ("Lundi, la première journée a déjà réuni 6,3
millions de spectateurs"), the count is that day's, and the word of "already" dates nothing. The words
are the language's ``dates.already_words``.
"""

from __future__ import annotations

from functools import cache

from crossreach.lexicon import load_language
from crossreach.models import DateMention
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK


@cache
def _already_words(lang: str) -> frozenset[str]:
    """The language's words of "already", casefolded."""
    return frozenset(str(w).casefold() for w in load_language(lang).section("dates").get("already_words") or [])


def without_already(lang: str, text: str, published: str | None, dates: list[DateMention],
                    opening_end: int) -> list[DateMention]:
    """A sentence's dates, less its words of "already" when a day before the publication's (a
    weekday, "yesterday", a date written out) opens the sentence (ends by ``opening_end``) or stands
    in the clause of the word; not a day in an aside ("inaugurada a 28 de janeiro, a tempo do Ano Novo
    Lunar, conta já com 54 mil seguidores": a count as of now)."""
    words = _already_words(lang)
    already = [d for d in dates if d.text.casefold() in words]
    if not already:
        return dates

    def dates_it(day: DateMention, word: DateMention) -> bool:
        low, high = min(day.end, word.end), max(day.start, word.start)
        return day.end <= opening_end or NUMBER_CLAUSE_BREAK.search(text, low, high) is None

    days = [d for d in dates if d.precision == "day" and d.value and d.value != published and d not in already]
    dropped = {id(word) for word in already if any(dates_it(day, word) for day in days)}
    return [d for d in dates if id(d) not in dropped]


def is_already(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is a word of "already" or "now": it dates the figures of its own
    clause, not one of a clause before it ("sammelte mehr als 2,3 Millionen Likes, unter dem Video stehen
    inzwischen Zehntausende Kommentare": the likes are the broadcast's)."""
    return text[start:end].strip().casefold() in _already_words(lang)
