"""Scales stated once for many figures: a list heading or a table column header that says "in
millions of yuan" ("en millions de yuans", "Vendite (mln di yuan)") makes each bare number under
it ("96,5", "786") a figure of that scale and currency, not a code or a small count.

The scale words, their abbreviations and the currency words are the language's ``numbers``
section, read through ``recognise.number_rules``.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, cue_pattern, is_spaced
from crossreach.models import Quantity, Sentence
from crossreach.recognise.number_rules import currencies, number_rules
from crossreach.relate.context import DocumentView

#: A cell or list value that is only a number (the list's own index is another quantity).
BARE_NUMBER = re.compile(r"^[\d.,'\s\u00a0\u202f]+$")
#: What a bare number under a stated scale may have been read as alone: a code ("96,5") or a count.
_BARE_KINDS = ("code", "count")


@dataclasses.dataclass(frozen=True)
class _Words:
    scales: re.Pattern[str]
    abbreviations: re.Pattern[str]
    currencies: re.Pattern[str]
    #: Currency codes and symbols, the same in every language ("GMV (RMB)", "Umsatz (€)").
    codes: re.Pattern[str]


@cache
def _words(lexicon: LanguageLexicon) -> _Words:
    rules = number_rules(lexicon)
    spaced = is_spaced(lexicon)
    abbreviations = sorted((re.escape(a) for a in rules.abbreviations), key=len, reverse=True)
    return _Words(
        scales=cue_pattern(list(rules.scales), spaced),
        abbreviations=compiled(rf"(?<![^\W\d_])(?:{'|'.join(abbreviations)})(?![^\W\d_])")
        if abbreviations else compiled("(?!x)x"),
        currencies=cue_pattern(list(rules.currency_words), spaced),
        codes=compiled(rf"(?<![^\W\d_])(?:{alternation(currencies().after)})(?![^\W\d_])"),
    )


def stated_scale(text: str, lexicon: LanguageLexicon) -> tuple[Decimal, str | None]:
    """The scale a heading, caption or column header states (1 when none) and its currency."""
    words, rules = _words(lexicon), number_rules(lexicon)
    scale = Decimal(1)
    found = _stated(words.scales, text)
    if found is not None:
        scale = rules.scales.get(found.group().casefold(), Decimal(1))
    else:
        abbreviation = _stated(words.abbreviations, text)
        if abbreviation is not None:
            scale = rules.abbreviations[abbreviation.group()]
    currency = words.currencies.search(text)
    if currency is not None:
        return scale, rules.currency_words.get(currency.group().casefold())
    code = words.codes.search(text)
    return scale, currencies().after.get(code.group()) if code else None


def _stated(words: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first scale word that stands alone: one right after a number is that figure's own
    ("kommt auf 1,2 Mio. Follower"), and states nothing for the lines below."""
    for found in words.finditer(text):
        if not text[:found.start()].rstrip()[-1:].isdigit():
            return found
    return None


def scaled(figure: Quantity, scale: Decimal, currency: str | None) -> Quantity:
    """A bare number read under a stated scale and currency."""
    value = float(Decimal(str(figure.value)) * scale) if figure.value is not None else None
    return dataclasses.replace(figure, value=value, kind="money" if currency else "count",
                               currency=currency or figure.currency)


#: The longest list a heading counts ("Top 8", "the ten brands"): a larger count is a figure.
_LONGEST_LIST = 100


def _list_length(figure: Quantity) -> bool:
    """Whether a heading's figure may be the length of its list: a small whole count."""
    return figure.kind == "count" and figure.value is not None and figure.value <= _LONGEST_LIST \
        and float(figure.value).is_integer()


def list_figures(view: DocumentView, sentence: Sentence, headings: list[Sentence],
                 lexicon: LanguageLexicon) -> list[Quantity]:
    """The figure of a list line that has none of its own ("7. Yves Rocher ........ 96,5") when a
    heading above states a scale ("en millions de yuans") and the line names its owner: its last
    number, if bare, scaled."""
    if not any(m.type != "platform" for m in view.mentions_in(sentence)):
        return []  # a line that names no one: whose figure it is, only a guess would say
    # a line with a figure of its own ("Timo Boll – 3,1 Mio.") states its own scale, not the list's;
    # a heading's small whole count ("Top 8 des marques") is the list's length, no figure
    stated = [stated_scale(h.text, lexicon) for h in reversed(headings)
              if not any(q.kind in ("count", "money") and q.value is not None and not _list_length(q)
                         for q in view.quantities_in(h))]
    scale, currency = next(((s, c) for s, c in stated if s != 1), (Decimal(1), None))
    if scale == 1:
        return []
    numbers = [q for q in view.quantities_in(sentence) if q.kind in _BARE_KINDS and q.value is not None]
    if len(numbers) < 1 or numbers[-1].start == sentence.start or not BARE_NUMBER.match(numbers[-1].text):
        return []
    return [scaled(numbers[-1], scale, currency)]
