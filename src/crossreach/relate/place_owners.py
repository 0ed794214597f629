"""A place as the owner of a figure a place can own (issue 15): a country's or a city's visitors, a
country's sales abroad ("o Brasil recebeu 78.300 turistas", "La France a accueilli 90 000 visiteurs
chinois", "España exportó a China productos por 7.000 millones de euros").

A figure whose clause a place opens, or owns by a genitive or a possessive, with no name before it
there, is a market's (``market_figures``: "China's e-commerce sales", "le vendite della Cina"); with
no market word in the clause to name the market, it was left out. For a kind a place can own
(``PLACE_KINDS``) the place is its subject instead, unless one of the language's prepositions of
place (``metrics.place_prepositions``: "in", "nach", "em", "a", "在") stands right before it ("In
China, sales reached ...": where, not whose), or a cue word of the figure's kind right after it (it
says where the visitors come from: "中国游客达9万人次"), or a name stands before the figure in the
sentence (its subject: "FrieslandCampina, which ..., reported China revenue of").
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, LanguageLexicon, cue_pattern, is_spaced, load_language
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.clause_breaks import clause_start
from crossreach.relate.context import DocumentView
from crossreach.relate.market_figures import NAMED, MarketCues, place_owns
from crossreach.relate.owner_places import ending
from crossreach.relate.owners import OwnerCues

#: Kinds a place can own: visitors it received, who takes part in something there, the counts of
#: kind other (overnight stays), and what it sold abroad, in money (a count it sold is a volume:
#: "vendió 36,9 millones de litros", a count of kind other, not sales).
PLACE_KINDS = ("visitors", "sales", "participants", "other")
#: How far before a place a preposition is read.
PREPOSITION_SPAN = 24
_SPACES = re.compile(r"\s*")


def place_kind(kind: str, figure: Quantity) -> bool:
    """Whether a place can own a figure of this kind (``PLACE_KINDS``; sales in money only)."""
    return kind in PLACE_KINDS and (kind != "sales" or figure.kind == "money")


@cache
def place_prepositions(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """The language's prepositions of place, matching at the end of the text before a name."""
    words = [str(w) for w in lexicon.section("metrics").get("place_prepositions") or []]
    return ending(words) if words else NEVER


@cache
def _kind_words(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """The language's cue words of the kinds a place can own (read right after a name)."""
    kinds = lexicon.section("metrics").get("kinds") or {}
    return cue_pattern([w for kind in PLACE_KINDS for w in kinds.get(kind) or [] if isinstance(w, str)],
                       is_spaced(lexicon))


def market_place(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str, mentions: list[Mention],
                 markets: MarketCues, links: OwnerCues, own_cue: bool) -> Mention | None:
    """The place that owns a market's figure (``market_figures.market_figure``) when the figure's clause
    holds no market word to name it, for a kind a place can own; None otherwise."""
    if not place_kind(kind, figure) or any(m.type in NAMED and m.end <= figure.start for m in mentions):
        return None
    text, opening = view.text, clause_start(view, sentence, figure.start)
    if markets.words is not None and markets.words.search(text, opening, figure.start):
        return None
    lexicon = load_language(view.extraction.document.lang)
    prepositions, qualified = place_prepositions(lexicon), _kind_words(lexicon)
    return next((m for m in mentions if m.type == "place" and opening <= m.start and m.end <= figure.start
                 and place_owns(text, opening, m, markets.spaced, links, own_cue)
                 and prepositions.search(text, max(opening, m.start - PREPOSITION_SPAN), m.start) is None
                 and not qualified.match(text, _SPACES.match(text, m.end).end())), None)
