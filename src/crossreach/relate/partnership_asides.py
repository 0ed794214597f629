"""A cue inside an aside about a name speaks of that name only.

An aside opens right after a name's comma with a relative pronoun (``metrics.relative_pronouns``) or an
article that opens an apposition (``roles.apposition_articles``: "a partner of"), and closes at the next
break. A cue inside it says whom the name works with: "Nike, which sponsors the national team, reported
higher sales on Tmall" pairs Nike with no one named, and "LVMH bought Tiffany, a partner of Tmall since
2019" does not make LVMH Tmall's partner. So a candidate whose cue stands in such an aside keeps only the
name before the aside and the names inside it, unless the sentence holds another cue outside the aside
("Gucci signed with Tencent, its first deal in China"). No aside: the last name of a list ("A, B y C, que
se suman a ..."), a comma that closes an aside opened before ("Tmall, owned by Alibaba, signed"), or an
article that opens a name ("..., la Ligue 1 signe avec Youku"), nor one that a partner preposition with a
relative pronoun opens before the cue (``partnerships.partner_relatives``: "via Tongcheng Travel, l'agence
avec laquelle il a signe un accord", "attraverso Meituan, la piattaforma con cui collabora"): the name before
it is the partner of the sentence's subject.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, compiled, is_spaced, load_language, opening_words
from crossreach.models import Mention, Sentence
from crossreach.relate.partnership_reader import Reader
from crossreach.relate.partnership_scorer import Candidate

#: What closes an aside (or a sentence's clause) after the cue.
_CLOSING = re.compile(r"[,;:()\uff0c\uff1b\uff1a\uff08\uff09]")


@cache
def aside_opening(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """The comma after a name and the word that opens an aside about it: a relative pronoun of the
    language's ``metrics.relative_pronouns`` or an article of ``roles.apposition_articles`` ("Tiffany, a
    partner of Tmall"). Not any lower-case word: "Adidas fared better on JD.com, where it expanded its
    partnership" goes on speaking of its subject."""
    words = [*(lexicon.section("metrics").get("relative_pronouns") or []),
             *(lexicon.section("roles").get("apposition_articles") or [])]
    return compiled(r"\s*,\s*" + opening_words(words, is_spaced(lexicon)))


@cache
def conjunction_at_end(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A conjunction of ``entities.conjunctions`` ending a text (before a list's last name)."""
    words = lexicon.section("entities").get("conjunctions") or []
    if not words:
        return compiled(r"(?!x)x")
    return compiled(r"(?<![^\W\d_])(?i:" + "|".join(re.escape(w) for w in words) + r")\s*$")


def aside_of(sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
             opening: re.Pattern[str], listing: re.Pattern[str]) -> tuple[Mention, int, int] | None:
    """The name an aside holding the cue speaks of, and the aside's bounds (offsets in the sentence), or
    None when the cue stands in no aside."""
    text = sentence.text
    comma = text.rfind(",", 0, cue.start())
    named = _opened_after(text, comma, sentence, mentions, opening)
    earlier = text.rfind(",", 0, comma) if comma > 0 else -1
    if named is None or (earlier >= 0 and opening.match(text, earlier) is not None):
        return None  # no aside, or the comma closes one opened before ("Tmall, owned by Alibaba, signed")
    if _listed(text[:named.start - sentence.start], listing) or any(
            m.start - sentence.start == _word_after(text, comma, opening) for m in mentions):
        return None  # the last of a list ("A, B y C, que ..."), or an article opening a name ("..., la Ligue 1 signe")
    closing = _CLOSING.search(text, cue.end())
    return named, comma, closing.start() if closing else len(text)


def _listed(before: str, listing: re.Pattern[str]) -> bool:
    """Whether the text before a name ends with a list's comma or conjunction."""
    return before.rstrip().endswith(",") or listing.search(before) is not None


def _word_after(text: str, comma: int, opening: re.Pattern[str]) -> int:
    """Where the word after an aside's opening word starts."""
    opened = opening.match(text, comma)
    at = opened.end() if opened else comma
    return at + len(text[at:]) - len(text[at:].lstrip())


def _opened_after(text: str, comma: int, sentence: Sentence, mentions: list[Mention],
                  opening: re.Pattern[str]) -> Mention | None:
    """The name right before a comma when the comma and the word after it open an aside."""
    if comma < 0:
        return None
    before = [m for m in mentions if sentence.start <= m.start and m.end - sentence.start <= comma
              and not text[m.end - sentence.start:comma].strip()]
    if not before or opening.match(text, before[-1].end - sentence.start) is None:
        return None
    return before[-1]


def without_asides(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose cue stands in an aside about a name (``aside_of``) while a party
    named in the sentence is neither that name nor inside the aside, when no other cue of the sentence
    stands outside the aside."""
    if not candidates:
        return candidates
    opening = aside_opening(load_language(reader.view.extraction.document.lang))
    kept = []
    memo: dict[tuple[int, int], tuple[Mention, int, int] | None] = {}
    for candidate in candidates:
        sentence, cue = candidate.sentence, candidate.cue
        key = (sentence.index, cue.start())
        if key not in memo:
            memo[key] = _lone_aside(reader, sentence, cue, opening)
        aside = memo[key]
        if aside is not None and not all(_within(m, sentence, aside) for m in candidate.parties
                                         if sentence.start <= m.start < sentence.end):
            continue
        kept.append(candidate)
    return kept


def _lone_aside(reader: Reader, sentence: Sentence, cue: re.Match[str],
                opening: re.Pattern[str]) -> tuple[Mention, int, int] | None:
    """The aside holding the cue when no other cue of the sentence stands outside it."""
    aside = aside_of(sentence, cue, reader.view.mentions_in(sentence), opening,
                     conjunction_at_end(load_language(reader.view.extraction.document.lang)))
    if aside is None:
        return None
    _, start, end = aside
    if any(not start <= other.start() < end for other in reader.cues.any_cue.finditer(sentence.text)):
        return None
    if reader.cues.partner_relative.search(sentence.text, start, cue.start()):
        return None  # "via Tongcheng, l'agence avec laquelle il a signé": Tongcheng is the subject's partner
    return aside


def _within(mention: Mention, sentence: Sentence, aside: tuple[Mention, int, int]) -> bool:
    named, start, end = aside
    at = mention.start - sentence.start
    return mention.name == named.name or start <= at < end
