"""An importer, distributor or store operator the document names is not whose figures it gives (issue 15).

"il negozio su Tmall Global, gestito dal distributore di Canton Oubei Trading", "The Tmall store, run with the
cross-border operator Baozun", "Harmonia Music Trading, importatore di Pechino": a name introduced by a trading
counterparty's noun (``partnerships.partner_roles``) or a store operator's or agency's
(``metrics.owner_links.operator_nouns``) runs a brand's trade or store in China. Named once, the owner ranker
took it for the owner of the brand's figures for the rest of the document: the last subject of the paragraph, the
document's focus when the brand's own name went unread, the nearest name before a figure though set off in an
aside. So such a name owns no figure from outside its sentence, nor from an aside of its sentence; in its own
clause it still may ("Baozun reported revenue of 9.4 billion yuan"). A name the headline or lead gives is what
the document is about, not an intermediary.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, LanguageLexicon, cue_pattern
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.clause_breaks import name_in_aside
from crossreach.relate.context import DocumentView
from crossreach.relate.partnership_roles import role_span


@cache
def intermediary_nouns(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The nouns that introduce an intermediary: a trading counterparty's and a store operator's or agency's."""
    words = [*(lexicon.section("partnerships").get("partner_roles") or []),
             *((lexicon.section("metrics").get("owner_links") or {}).get("operator_nouns") or [])]
    return cue_pattern(words, spaced) if words else NEVER


def intermediary_names(view: DocumentView, nouns: re.Pattern[str], headline: set[str]) -> frozenset[str]:
    """The organizations the document introduces by an intermediary's noun, less those of its ``headline``."""
    if nouns.search(view.text) is None:
        return frozenset()
    names = set()
    for sentence in view.extraction.sentences:
        mentions = view.mentions_in(sentence)
        for mention in mentions:
            if mention.type != "organization" or mention.name in headline:
                continue
            span = role_span(view.text, view.spaced, nouns, sentence, mention)
            # (no other name between the noun and this one: "agency Yiqi Digital, while Edinburgh Zoo" is Yiqi's)
            if span is not None and not any(span[1] <= m.start < mention.start and m.type != "place"
                                            for m in mentions):
                names.add(mention.name)
    return frozenset(names)


def intermediary(view: DocumentView, names: frozenset[str], sentence: Sentence, mention: Mention,
                 figure: Quantity) -> bool:
    """Whether the mention is an intermediary's, from outside the figure's sentence or in an aside of it."""
    return mention.name in names and (not sentence.start <= mention.start < sentence.end
                                      or name_in_aside(view, sentence, mention, figure))
