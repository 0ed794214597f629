"""A cue sentence that opens with an article and a noun for a kind of company: "La aseguradora, con sede en
Majadahonda, firmo un acuerdo con ... Antbao", "The brewer signed with ...", "Le brasseur a signe ...".

The language's anaphors (``roles.anaphors``) list the common nouns ("the company", "la empresa"); an article
writes as often a noun for what the company does ("the insurer", "la cervecera"): the nouns that introduce an
organization's name (``entities.org_cues``) say it. Such a noun opening the sentence, after one of the
language's articles (``metrics.owner_determiners``), with up to two lower-case words before it and one after
("la empresa coruñesa"), and no name right after it ("La aseguradora Mapfre": that name is the subject), is the
sentence's subject: the document's subject (``Reader.focus``), a brand or institution, not the platform of the
paragraph the rules would take for a deal that names "the platform" as its object. A noun for a platform or a
news outlet (its category ``tech`` or ``media``) points to no brand.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import ELISION, NEVER, alternation, compiled, load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.owner_nouns import language_articles
from crossreach.relate.partnership_reader import Reader, is_anchor

#: Categories of a noun that names no brand or institution.
_NOT_SUBJECT = ("tech", "media")
#: How far (characters) after the noun a name may stand and be the noun's own ("La aseguradora Mapfre").
_APPOSED = 3


@cache
def _opening(lang: str, spaced: bool) -> re.Pattern[str]:
    """An article, up to two lower-case words, a company noun and one lower-case word at most, opening a
    text (an opening quote or bracket allowed)."""
    lexicon = load_language(lang)
    articles = list(language_articles(lang))
    nouns = [str(n) for n, category in (lexicon.section("entities").get("org_cues") or {}).items()
             if str(category) not in _NOT_SUBJECT]
    if not articles or not nouns:
        return NEVER
    elided = "|".join(re.escape(a) for a in articles if a.endswith(ELISION))
    plain = alternation([a for a in articles if not a.endswith(ELISION)], ignore_case=True)
    if not spaced:
        return compiled(rf"\W{{0,2}}(?:{plain})(?:{alternation(nouns)})")
    article = rf"(?i:{plain})\s+" + (rf"|(?i:{elided})" if elided else "")
    lower = r"[^\W\d_A-Z][^\W\d_]*"
    return compiled(rf"\W{{0,2}}(?:{article})(?:{lower}\s+){{0,2}}(?i:{alternation(nouns, ignore_case=True)})"
                    rf"(?![^\W\d_])(?:\s+{lower}(?=[\s,]))?")


def noun_opening(reader: Reader, sentence: Sentence) -> re.Match[str] | None:
    """The company noun phrase that opens a sentence with no name apposed to it, else none."""
    view = reader.view
    found = _opening(view.extraction.document.lang, view.spaced).match(sentence.text)
    if found is None:
        return None
    end = sentence.start + found.end()
    if any(m.start < end + _APPOSED and m.end > sentence.start for m in view.mentions_in(sentence)):
        return None  # "La aseguradora Mapfre firmo": the name is the subject; or a name inside the phrase
    return found


def noun_subject(reader: Reader, sentence: Sentence) -> Mention | None:
    """The document's subject, for a sentence that opens with a company noun (see the module's docstring)."""
    focus = reader.focus
    if focus is None or not is_anchor(focus) or noun_opening(reader, sentence) is None:
        return None
    return focus
