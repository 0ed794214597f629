"""A store a brand keeps on the platform a locative relative clause opens with: "on JD.com, where Adidas
has run a store since 2021", "bei JD.com, wo Rossmann ebenfalls einen Shop unterhaelt", "su JD.com, dove
Adidas ha un negozio", "sur JD.com, ou Adidas possede une boutique", "en JD.com, donde Adidas tiene una
tienda", "no JD.com, onde a Adidas tem uma loja".

No presence cue need stand there ("has a store", "einen Shop unterhaelt": the verb is no cue) and the
store noun does not stand beside the platform's name, so neither the presence rules nor
``relate.partnership_stores`` read it. A platform's name, then a comma and a locative relative pronoun
(``partnerships.where_pronouns`` of the language: "where", "wo", "dove", "ou", "donde", "onde"), maybe
an article, then a brand and, in the same clause, a store noun (``partnerships.store_nouns``): the brand
is a partner of that platform, unless a negation stands between them ("dove Chicco non ha un negozio").
Chinese writes the platform inside the clause ("在京东开设店铺"), which the presence cues read; it lists
no pronoun.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, alternation, compiled, load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, is_tech
from crossreach.relate.partnership_reader import Reader, without_owned

#: The most characters between the brand and the store noun of its clause ("seit 2021 ebenfalls einen").
_NOUN_REACH = 60


@cache
def _opening(lang: str) -> re.Pattern[str]:
    """The whole text between a platform and the brand after it: a comma, the pronoun, maybe an article
    (a word of up to three letters)."""
    words = load_language(lang).section("partnerships").get("where_pronouns")
    if not words:
        return NEVER
    return compiled(rf"\s*,\s*(?i:{alternation(words, ignore_case=True)})\s+(?:[^\W\d_]{{1,3}}\s+)?")


def where_stores(reader: Reader) -> list[tuple[Sentence, re.Match[str], list[list[Mention]]]]:
    """Each store noun of a locative relative clause that names a brand after a platform, with its
    sentence, the noun (a match in the sentence's text) and the pair (brand, platform)."""
    view = reader.view
    opening = _opening(view.extraction.document.lang)
    if opening is NEVER:
        return []
    text, nouns, found = view.text, reader.cues.store_nouns, []
    for noun in reader.store_nouns:
        if (sentence := view.sentence_of(noun.start())) is None:
            continue
        parties = reader.parties(sentence)
        before = [m for m in parties if m.end <= noun.start()]
        if len(before) < 2 or is_tech(brand := before[-1]) or not is_tech(platform := before[-2]):
            continue
        if noun.start() - brand.end > _NOUN_REACH or CLAUSE_BREAK.search(text, brand.end, noun.start()) \
                or reader.cues.negation.search(text, brand.end, noun.end()):
            continue  # "dove Chicco non ha un negozio": the clause says there is no store
        if not opening.fullmatch(text, platform.end, brand.start):
            continue
        if len(without_owned([brand.name, platform.name], reader.domain)) == 2 and \
                (cue := nouns.match(sentence.text, noun.start() - sentence.start)) is not None:
            found.append((sentence, cue, [[brand, platform]]))
    return found
