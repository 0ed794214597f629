"""A deal whose subject is set off from the names around it by an aside or an opening phrase: "Il club,
controllato dal gruppo Giorgio Armani, aveva già un accordo con Tencent Sports", "O Mercado Pago, braço
financeiro do Mercado Livre, fechou um acordo com o WeChat Pay", "Pour reprendre la main, le groupe ...".

The names of the phrase that opens the sentence before an anaphor ("Su Tmall la società") and of the aside
right after the subject (between commas or brackets) are no subject of the cue. The subject is the name
that opens the sentence, or the anaphor, which stands for a brand or institution (a noun of
``roles.anaphors``, never "the platform"): what the document is about when that is of the anaphor's kind
(``referent_kinds``), else the one of that kind named last before. Its partner is the first name the cue's
clause gives after the cue. The rules that read a sentence's names alone would pair the aside's owner or
the opening's platform with that partner. Only where words are spaced (the opening words are counted in
words); a genitive anaphor inside the subject ("Le partite del campionato sono trasmesse") sets nothing
off, so it is left to those rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from crossreach.lexicon import load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, anaphor_re, is_tech
from crossreach.relate.partnership_reader import Reader, clause_bounds, is_anchor, owns
from crossreach.relate.referent_kinds import entity_kind, fits_kind, phrase_kind

#: How many words may open a sentence before its subject anaphor ("Su Tmall la società", "Pour reprendre la
#: main, le groupe").
_OPENING_WORDS = 5
#: How many characters may open a sentence before a name that is its subject (an article: "O Mercado Pago").
_SUBJECT_AT = 4
#: A word of a spaced script.
_WORD = re.compile(r"[^\W\d_][\w'\u2019&.-]*")
#: An aside right after the anaphor: from a comma to the next comma, or a bracket.
_ASIDE = re.compile(r"\s*(?:,[^,;:.!?]*,|\([^()]*\))")


def anaphor_subject_pair(reader: Reader, sentence: Sentence,
                         affirmed: list[re.Match[str]]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The (cue, [referent, partner]) of a cue sentence whose subject is an anaphor after an opening phrase or
    before an aside, when every name before the cue stands in that phrase or aside; else none."""
    view, text = reader.view, sentence.text
    if not view.spaced or not affirmed:
        return []
    parties = reader.parties(sentence)
    said = _subject_anaphor(reader, sentence, affirmed[-1])
    named = _subject_name(sentence, parties) if said is None else None  # "O Mercado Pago, braço de ..., fechou"
    if (said is None and named is None) or (said is not None and reader.cues.platform_words.search(said.group())):
        return []
    at, subject_end = (said.start(), said.end()) if said is not None else (0, named.end - sentence.start)
    aside = _ASIDE.match(text, subject_end, affirmed[-1].start())
    subject_from = aside.end() if aside else subject_end
    cue = next((c for c in affirmed if c.start() >= subject_from), None)  # not "sponsorizzato" of the aside
    if cue is None or (aside is not None and _relative_deal(reader, text[subject_end:aside.end()], affirmed, aside)):
        return []  # "Tencent, che detiene i diritti di Riot Games, ha firmato ...": the rules read both deals
    if at == 0 and aside is None:
        return []  # a plain opening anaphor or name: the rules read it
    if any(sentence.start + subject_from <= m.start < sentence.start + cue.start() for m in parties):
        return []  # a name between the anaphor (or its aside) and the cue is the subject
    set_off = [m for m in parties if m.start < sentence.start + subject_from and m is not named]
    if not set_off or (at and not text[:at].rstrip().endswith(",")
                       and not any(m.start < sentence.start + at for m in set_off)):
        return []  # no name set off for the rules to misread; "Le partite del campionato": no opening phrase
    if CLAUSE_BREAK.search(text, subject_from, cue.start()):
        return []
    _, right = clause_bounds(text, cue.start(), cue.end())
    partner = next((m for m in parties if sentence.start + cue.end() <= m.start < sentence.start + right), None)
    referent = named or _referent(reader, sentence, said.group() if said is not None else "")
    if partner is None or referent is None or referent.name == partner.name \
            or owns(reader.domain, referent, partner) or owns(reader.domain, partner, referent):
        return []
    return [(cue, [referent, partner])]


def _subject_name(sentence: Sentence, parties: list[Mention]) -> Mention | None:
    """The name that opens the sentence (after an article at most)."""
    first = min(parties, key=lambda m: m.start, default=None)
    return first if first is not None and first.start - sentence.start <= _SUBJECT_AT else None


def _subject_anaphor(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> re.Match[str] | None:
    """The anaphor among the first words of the sentence, before the cue."""
    text = sentence.text
    anaphors = anaphor_re(reader.view.extraction.document.lang)
    starts = [w.start() for w in _WORD.finditer(text, 0, cue.start())][:_OPENING_WORDS + 1]
    return next((found for at in starts if (found := anaphors.match(text, at, cue.start())) is not None), None)


def _referent(reader: Reader, sentence: Sentence, anaphor: str) -> Mention | None:
    """What the document is about when it fits the anaphor's kind, else the last of that kind named before."""
    kind = phrase_kind(reader.view.extraction.document.lang, anaphor)
    focus = reader.focus
    if focus is not None and is_anchor(focus) and fits_kind(focus, kind):
        return focus
    if kind is None:
        return None
    starts, named = reader.view.accepted(("partnerships: of kind", kind), lambda m: entity_kind(m) == kind)
    index = bisect_left(starts, sentence.start)
    found = named[index - 1] if index else None
    return found if found is not None and not is_tech(found) else None


def _relative_deal(reader: Reader, aside_text: str, affirmed: list[re.Match[str]], aside: re.Match[str]) -> bool:
    """Whether the aside is a relative clause (``metrics.relative_pronouns`` after its comma) holding a cue."""
    words = load_language(reader.view.extraction.document.lang).section("metrics").get("relative_pronouns") or []
    first = aside_text.lstrip(" ,(").split(maxsplit=1)[:1]
    return bool(first) and first[0].casefold() in {str(w).casefold() for w in words} \
        and any(aside.start() <= c.start() < aside.end() for c in affirmed)
