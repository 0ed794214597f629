"""Stores named by their platform and owned by a list of brands: "the Xiaohongshu stores of Maje and
Sandro", "les boutiques Xiaohongshu de Maje et de Sandro", "die Tmall-Stores von Adidas und Puma",
"Maje和Sandro的小红书店铺".

No presence cue need stand in such a sentence ("SMCP opened the Xiaohongshu stores of Maje and
Sandro in 2021": the verb is no cue), and the brands the store belongs to are not its subject, so
the presence rules miss them. A store noun right beside a platform's name, then a genitive word and
a list of brands (or a list of brands and a possessive right before them), pairs each brand with that
platform. Words come from ``partnerships.store_nouns``, ``store_of`` and ``store_possessives`` of the
language's lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import NEVER, LanguageLexicon, alternation, compiled
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, is_tech
from crossreach.relate.partnership_reader import Reader, is_anchor, joins, without_owned
from crossreach.rule_cache import language_rules

#: What may stand between a platform's name and the store noun beside it ("Tmall-Stores", "小红书店铺").
_BESIDE = re.compile(r"[\s\-\u2010\u2011]*")


@dataclass(frozen=True)
class StoreWords:
    """The genitive after a language's store nouns and the possessive before them, compiled once (the
    nouns themselves are the reader's ``cues.store_nouns``, with their traditional Chinese spellings)."""

    #: The whole text between the store (or its platform) and the first brand: a genitive word.
    genitive: re.Pattern[str]
    #: The whole text between the last brand and the platform or store noun: a possessive.
    possessive: re.Pattern[str]
    #: A genitive word closing the text between two brands listed ("Maje et de Sandro").
    genitive_tail: re.Pattern[str]


@language_rules("store_words")
def store_words(lexicon: LanguageLexicon, spaced: bool) -> StoreWords:
    """The store words of a language (``spaced``: whether its script separates words)."""
    section = lexicon.section("partnerships")
    of, possessives = (section.get(key) or [] for key in ("store_of", "store_possessives"))
    boundary = r"(?![^\W\d_])" if spaced else ""
    return StoreWords(
        genitive=compiled(rf"\s*(?i:{alternation(of, ignore_case=True)}){boundary}\s*") if of else NEVER,
        possessive=compiled(rf"\s*(?:{alternation(possessives)})\s*") if possessives else NEVER,
        genitive_tail=compiled(rf"(?<![^\W\d_])(?i:{alternation(of, ignore_case=True)})\s*$") if of else NEVER,
    )


def owned_stores(reader: Reader, words: StoreWords) -> list[tuple[Sentence, re.Match[str], list[list[Mention]]]]:
    """Each store noun beside a platform's name that a list of brands owns, with its sentence, the noun
    (a match in the sentence's text) and the pairs (brand, platform) it makes."""
    view = reader.view
    text = view.text
    nouns = reader.cues.store_nouns
    found = []
    for noun in reader.store_nouns:
        if (sentence := view.sentence_of(noun.start())) is None:
            continue
        parties = reader.parties(sentence)
        if any(m.start < noun.end() and noun.start() < m.end for m in view.mentions_in(sentence)):
            continue  # "App Store": the noun is part of a name
        platform = _beside(words, text, noun, parties)
        if platform is None:
            continue
        brands = _owners(reader, words, text, noun, platform, parties)
        pairs = [[brand, platform] for brand in {m.name: m for m in brands}.values()
                 if len(without_owned([brand.name, platform.name], reader.domain)) == 2]
        if pairs:
            cue = nouns.match(sentence.text, noun.start() - sentence.start)
            if cue is not None:
                found.append((sentence, cue, pairs))
    return found


def _beside(words: StoreWords, text: str, noun: re.Match[str], parties: list[Mention]) -> Mention | None:
    """The platform named right before the store noun ("Xiaohongshu stores") or right after it, maybe
    after a genitive ("boutiques Xiaohongshu", "las tiendas de Tmall")."""
    for m in parties:
        if m.type != "platform":
            continue
        if m.end <= noun.start() and _BESIDE.fullmatch(text, m.end, noun.start()):
            return m
        if m.start >= noun.end() and (_BESIDE.fullmatch(text, noun.end(), m.start)
                                      or words.genitive.fullmatch(text, noun.end(), m.start)):
            return m
    return None


def _owners(reader: Reader, words: StoreWords, text: str, noun: re.Match[str], platform: Mention,
            parties: list[Mention]) -> list[Mention]:
    """The brands a genitive right after the store and its platform lists ("... de Maje et de Sandro"),
    else those a possessive right before them closes ("Maje和Sandro的小红书店铺")."""
    tail = max(noun.end(), platform.end)
    after = [m for m in parties if m.start >= tail]
    if after and is_anchor(after[0]) and words.genitive.fullmatch(text, tail, after[0].start):
        listed = after[:1]
        for mention in after[1:]:
            gap = text[listed[-1].end:mention.start]
            repeated = words.genitive_tail.search(gap)  # "de Maje et de Sandro"
            if not is_anchor(mention) or not (joins(gap, reader.rules, reader.cues) or (repeated is not None
                                              and joins(gap[:repeated.start()], reader.rules, reader.cues))):
                break
            listed.append(mention)
        return listed
    head = min(noun.start(), platform.start)
    before = [m for m in parties if m.end <= head]
    if not before or not is_anchor(before[-1]) or not words.possessive.fullmatch(text, before[-1].end, head):
        return []
    listed = before[-1:]
    for mention in reversed(before[:-1]):
        if not is_anchor(mention) or not joins(text[mention.end:listed[0].start], reader.rules, reader.cues):
            break
        listed.insert(0, mention)
    return listed


#: How far (characters) after the brand of a coordinated clause its store pronoun may stand ("y Casa
#: Dragones abrió la suya").
_OWN_REACH = 40
#: The word right after a store pronoun: a store noun, or a short word ("en", "in", "em") that opens what
#: follows the clause's verb phrase, not another noun ("its own results").
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_SHORT_WORD = 4
#: A comma, plain or full-width, closing the text before a coordinated clause in a script without spaces.
_COMMA_END = re.compile("[,\uff0c\u3001]\\s*$")


def coordinated_owner(reader: Reader, sentence: Sentence, cue: re.Match[str], after: list[Mention]) -> list[Mention]:
    """The brand a clause coordinated after a store cue's names with a pronoun standing for its own
    store ("donde Patron tiene tienda insignia desde 2019 y Casa Dragones abrio la suya", "Nike has had
    a flagship store since 2015 and Adidas opened its own"): a store on the same platform; else none."""
    if not after or not is_anchor(after[0]):
        return []
    text, first = reader.view.text, after[0]
    said = reader.cues.own_store.search(text, first.end, min(sentence.end, first.end + _OWN_REACH))
    if said is None or CLAUSE_BREAK.search(text, first.end, said.start()) \
            or any(first.end <= m.start < said.end() + _OWN_REACH and is_tech(m)
                   for m in reader.view.mentions_in(sentence)):
        return []  # "and Adidas opened its own store on JD.com": another platform
    noun = _NEXT_WORD.match(text, said.end())
    if noun is not None and len(noun.group(1)) > _SHORT_WORD \
            and not reader.cues.store_nouns.match(text, noun.start(1)):
        return []  # "and Adidas reported its own results": no store
    gap = text[sentence.start + cue.end():first.start]
    if reader.view.spaced:
        joined = any(w.lower() in reader.rules.conjunctions for w in gap.split()[-2:])
    else:
        joined = bool(_COMMA_END.search(gap)) or any(gap.rstrip().endswith(c) for c in reader.rules.conjunctions)
    return [first] if joined else []
