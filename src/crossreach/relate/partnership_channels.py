"""A platform an organization sells or distributes through: "Royal Canin a vendu pour 520 millions de yuans
de croquettes sur JD.com", "Deoleo vende 2,3 millones de botellas de aceite en Pinduoduo", "a japonesa Kao
vende a linha Essential também no JD.com", "Eucerin, die seit 2021 auf JD.com verkauft", "在京东销售".

A selling verb (``partnerships.channel_verbs``) is no presence cue: its object ("520 millions de yuans de
croquettes") stands between the verb and the platform, so no fixed phrase ("sells on") reads it. Here the
verb's clause names a platform after a platform preposition (``metrics.platform_prepositions``, maybe with
an article and a noun between: "através da plataforma Trip.com"), a few words from the verb on either side
(German and Chinese put the verb last), and the organization named last before both, with no other name
between, sells there: the two are partners, unless a negation stands between them ("non vende su Tmall") or
a rival noun before the seller in its clause ("Gucci's rival Prada sells on JD.com").
"""

from __future__ import annotations

import re

from crossreach.lexicon import NEVER
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, is_tech
from crossreach.relate.partnership_reader import (
    Reader,
    audience_measured,
    clause_bounds,
    is_anchor,
    joins,
    without_owned,
)
from crossreach.relate.partnership_stores import StoreWords

#: How far (characters) from the verb its platform may stand, after it and before it.
_PLATFORM_AFTER, _PLATFORM_BEFORE = 50, 40
#: How far (characters) before the verb (or the platform, when it stands first) the seller may end.
_SELLER_REACH = 40
#: An aside between the seller and what follows ("Royal Canin (Mars) a vendu", "Eucerin, die seit"):
#: brackets are no clause break.
_BRACKETED = re.compile(r"\([^()]*\)")
#: A possessive ending a word between a preposition and a platform ("on Alibaba's Tmall Global").
_POSSESSIVES = ("'s", "\u2019s")


def sales_channels(reader: Reader, words: StoreWords) -> list[tuple[Sentence, re.Match[str], list[list[Mention]]]]:
    """Each selling verb whose clause names a seller and the platform it sells through, with its sentence,
    the verb (a match in the sentence's text) and the pair (seller, platform); ``words`` gives the genitive and
    possessive words that make a name the owner of the seller, not the seller."""
    view, cues = reader.view, reader.cues
    if cues.channel_verb is NEVER:
        return []
    found: list[tuple[Sentence, re.Match[str], list[list[Mention]]]] = []
    with_verbs = {s.index: s for v in cues.channel_verb.finditer(view.text) if (s := view.sentence_of(v.start()))}
    for sentence in with_verbs.values():  # (one scan of the text: most sentences hold no selling verb)
        for verb in cues.channel_verb.finditer(sentence.text):
            if sentence.text[verb.start() - 1:verb.start()] == "-":
                continue  # "the best-selling brand on Tmall"
            if _sourced(reader, sentence, verb):
                continue  # ("según la consultora Qingyan": a third party's estimate of a brand's sales, no deal)
            pair = None if audience_measured(reader, sentence, verb) else _pair(reader, words, sentence, verb)
            if pair is not None:
                found.append((sentence, verb, [pair]))
                break
    return found


def _pair(reader: Reader, words: StoreWords, sentence: Sentence, verb: re.Match[str]) -> list[Mention] | None:
    """The seller and the platform of one selling verb, if its clause names both."""
    text, cues = reader.view.text, reader.cues
    start, end = sentence.start + verb.start(), sentence.start + verb.end()
    parties = [m for m in reader.parties(sentence) if m.type in ("organization", "platform")]
    platform = next((m for m in parties if is_tech(m) and not text.startswith(_POSSESSIVES, m.end)
                     and channel_named(reader, sentence, m)
                     and (end <= m.start <= end + _PLATFORM_AFTER or start - _PLATFORM_BEFORE <= m.start < start)
                     and not _broken(reader, _BRACKETED.sub("", text[min(end, m.end):max(start, m.start)]))),
                    None)
    if platform is None:
        return None
    first = min(start, platform.start)
    before = [m for m in parties if m.end <= first]
    if not before or not is_anchor(seller := before[-1]) or seller.type != "organization":
        return None
    low, high = min(start, platform.start), max(end, platform.end)
    if any(low <= q.start < high and q.kind != "year" for q in reader.view.quantities_in(sentence)):
        return None  # "Proya vendió 2.000 millones de yuanes en Tmall": a sales figure (a year is none: "desde 2022")
    if words.possessive.match(text, seller.end) or words.genitive_tail.search(text, sentence.start, seller.start):
        return None  # "Diageo's best-known whisky sold", "la enseña de Inditex, que vende": the seller's owner
    gap = _BRACKETED.sub("", text[seller.end:first])
    if CLAUSE_BREAK.search(gap) and not cues.relative_clause.match(gap):
        return None  # "Colnago, passata al fondo Chimera Investments, vende": the aside's name sells nothing
    if len(gap) > _SELLER_REACH or cues.channel_negation.search(text, seller.end, max(end, platform.end)):
        return None
    left, _ = clause_bounds(sentence.text, seller.start - sentence.start, seller.end - sentence.start)
    if cues.negation.search(text, sentence.start + left, max(end, platform.end)):
        return None  # "Gucci's rival Prada sells on JD.com": a rival, no partner of the document's
    if len(before) > 1 and joins(text[before[-2].end:seller.start], reader.rules, cues):
        return None  # "Gucci and Prada both sell on Tmall": a group of sellers, none a deal of its own
    if len(without_owned([seller.name, platform.name], reader.domain)) != 2:
        return None  # "Tmall's owner Alibaba sold ...": one party
    return [seller, platform]


def _sourced(reader: Reader, sentence: Sentence, verb: re.Match[str]) -> bool:
    """Whether a source ("according to", "segun") credits what the verb's clause says: it stands before the verb
    or in its clause. One after the clause ("Clearwater, que vende sus vieiras en JD.com, facturo 410 millones,
    segun el portal ...") credits the figure the sentence goes on to give, not the channel."""
    _, right = clause_bounds(sentence.text, verb.start(), verb.end())
    return reader.cues.sources.search(sentence.text, 0, right) is not None


def channel_named(reader: Reader, sentence: Sentence, platform: Mention) -> bool:
    """Whether a platform preposition (maybe an article and a noun after it) stands right before the name."""
    low = max(sentence.start, platform.start - _SELLER_REACH)
    found = reader.cues.channel_preposition.search(reader.view.text, low, platform.start)
    if found is None:
        return False
    words = reader.view.text[found.end("preposition"):platform.start].split()
    return all(not w[:1].isupper() or w.endswith(_POSSESSIVES) or reader.cues.platform_words.fullmatch(w)
               for w in words)  # "sur la plateforme", "on Alibaba's", "über die Plattform"; not "in China as"


def _broken(reader: Reader, between: str) -> bool:
    """Whether a clause break or a contrast word ("while", "mentre") stands between a verb and a platform."""
    return CLAUSE_BREAK.search(between) is not None or reader.cues.contrast.search(between) is not None

