"""Where a name stands as a figure's source: after a source cue, after a source noun, or with one in
apposition.

Issue 15's hard constraint is that a source is never an owner. A source is cited by a cue
("according to", "secondo", "laut", "据") a few words before its name, and just as often by
what it is: "the consultancy Bain", "des Marktforschers Syntun", "la consultora Kantar",
"咨询公司贝恩", or "Syntun, a Beijing data provider, estimates ..." (the language's
``metrics.source_nouns``: research firms, consultancies, analysts, data providers). A source noun
before a name credits only the name right after it (an inflection, spaces or a quotation mark
between), so "the consultancy said Gucci's sales ..." keeps Gucci; one after a name only in an
aside that a comma opens and a comma, dash or bracket closes. After a source cue, a source noun may
carry adjectives before the name ("secondo il quotidiano finanziario Milano Finanza", "selon le
quotidien économique chinois Caixin"): the cue makes the words between descriptive, so the name is
still credited, however far the adjectives push it past the cue's usual reach. A name cited for
its own report ("according to Kuaishou's latest earnings", "据快手最新财报", "selon les résultats
annuels de Kering"; ``metrics.own_reports``) is no third party: it reports its own figures and
may own them. Both owners.py and metrics.py read the patterns built here, compiled once a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import NEVER, LanguageLexicon, alternation, compiled, cue_pattern, script
from crossreach.models import Mention
from crossreach.relate.context import SOURCE_TAIL, DocumentView
from crossreach.rule_cache import language_rules

#: Between a source noun and the name it credits: an inflection where words have spaces
#: ("Marktforscher|s Syntun", "analyst|s at"), then spaces, quotation marks or a colon.
_JOIN_CHARS = " \t\"'\u201c\u201e\u00ab\u300c:"
_SPACED_JOIN = f"[^\\W\\d_]{{0,3}}[\\s{_JOIN_CHARS[2:]}]*"
_UNSPACED_JOIN = f"[\\s{_JOIN_CHARS[2:]}]*"
#: A word of an aside: "a", "Beijing-based", "d'études".
_WORD = "[^\\W\\d_][\\w'\u2019.-]*"
#: A lowercase word (an adjective after a source noun); the pattern is case-sensitive here.
_LOWER_WORD = "(?-i:(?![A-Z])[^\\W\\d_][\\w'\u2019-]*)"
#: How far before a name a source cue is read, how far a source noun written without spaces, and
#: how far after a name its aside.
CUE_SPAN, UNSPACED_NOUN_SPAN, APPOSITION_SPAN = 50, 12, 60
#: How far before a name a source cue is read when a source noun follows it ("selon le quotidien
#: économique chinois Caixin"): a cue, an article, the noun and up to three adjectives.
CUED_NOUN_SPAN = 80
#: How far before a name its own report's noun is read ("les résultats annuels de").
REPORT_SPAN = 40
#: How far after a source cue an outlet is still cited, within the cue's phrase: an outlet named
#: after "according to" is its source however the phrase goes on ("secondo indiscrezioni raccolte
#: dalla Gazzetta dello Sport", "据多家媒体援引财新周刊"), where another name may be an owner it reports on.
MEDIA_TAIL = 60
#: How far before an outlet's name such a cue is read: the tail and the cue itself.
MEDIA_SPAN = MEDIA_TAIL + 20


@dataclass(frozen=True)
class SourceCues:
    """A language's source cues: what ends right before a source's name, what follows it."""

    #: Searched up to a mention's start: a cue and a few words ("secondo l'emittente").
    cued: re.Pattern[str]
    #: Searched up to a mention's start: a source noun right before it.
    noun: re.Pattern[str] = NEVER
    #: Matched at the word before a mention, where words have spaces: one of the source nouns' last
    #: words, a cheap test before ``noun`` is searched (a search at every position is not cheap).
    last_word: re.Pattern[str] = NEVER
    spaced: bool = True
    #: Matched at a mention's end: ", a research firm," after a source's name.
    apposed: re.Pattern[str] = NEVER
    #: Searched up to a mention's start: a source cue, then a source noun and its adjectives.
    cued_noun: re.Pattern[str] = NEVER
    #: The name's own report right before it ("les résultats de") or after it ("'s latest earnings",
    #: "最新财报"): a name cited for its own report reports its own figures, no third party's.
    report_before: re.Pattern[str] = NEVER
    report_after: re.Pattern[str] = NEVER
    #: Searched up to a noun phrase's start: a source cue with nothing but spaces after it
    #: ("d'apres l'office", "secondo l'agenzia"), not one that credits a name before it.
    adjacent: re.Pattern[str] = NEVER
    #: Searched up to a medium's start: a source cue and up to ``MEDIA_TAIL`` characters of its phrase
    #: ("secondo indiscrezioni raccolte dalla Gazzetta", "according to people cited by the FT").
    media_cued: re.Pattern[str] = NEVER

    def before(self, text: str, start: int, lo: int) -> bool:
        """Whether a source cue or a source noun ends right before ``start`` (read from ``lo`` on)."""
        if self.cued.search(text, max(lo, start - CUE_SPAN), start) \
                or self.cued_noun.search(text, max(lo, start - CUED_NOUN_SPAN), start):
            return True
        if not self.spaced:
            return bool(self.noun.search(text, max(lo, start - UNSPACED_NOUN_SPAN), start))
        word_start = text.rfind(" ", max(lo, start - CUE_SPAN), start - 1) + 1
        return bool(self.last_word.match(text, word_start, start)
                    and self.noun.search(text, max(lo, start - CUE_SPAN), start))

    def cites(self, text: str, mention: Mention, line_start: int, line_end: int) -> bool:
        """Whether the mention stands as a source: after a cue or noun (not for its own report), or
        before a source aside."""
        return (self.before(text, mention.start, line_start) and not self.own_report(text, mention, line_start)) \
            or bool(self.apposed.match(text, mention.end, min(line_end, mention.end + APPOSITION_SPAN)))

    def own_report(self, text: str, mention: Mention, lo: int) -> bool:
        """Whether the name is cited for its own report ("according to Kuaishou's latest earnings")."""
        return bool(self.report_after.match(text, mention.end)
                    or self.report_before.search(text, max(lo, mention.start - REPORT_SPAN), mention.start))


def source_before(view: DocumentView, sources: SourceCues, start: int, lo: int) -> bool:
    """``sources.before`` for the document's text, read once a document for a name's start and the
    start of its sentence: the metric stage leaves a sentence's sources out once a sentence and the
    owner ranker's features ask again for the same names."""
    key = ("source before", id(sources), start, lo)
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = sources.before(view.text, start, lo)
    return found


@language_rules("source_cues")
def source_cues(lexicon: LanguageLexicon, spaced: bool) -> SourceCues:
    section = lexicon.section("metrics")
    cued = compiled(rf"(?:{cue_pattern(section.get('sources'), spaced).pattern}){SOURCE_TAIL}", re.IGNORECASE)
    media_cued = compiled(rf"(?:{cue_pattern(section.get('sources'), spaced).pattern})"
                          rf"[^{re.escape(script().phrase_ends)}\n]{{0,{MEDIA_TAIL}}}$", re.IGNORECASE)
    adjacent = compiled(rf"(?:{cue_pattern(section.get('sources'), spaced).pattern})\s*$", re.IGNORECASE)
    nouns = [str(word) for word in section.get("source_nouns") or []]
    own_reports = [str(w) for w in section.get("own_reports") or []]
    reports = alternation(own_reports, ignore_case=True)
    if not own_reports:
        report_after = report_before = NEVER
    elif not spaced:  # ("据快手最新财报": the report a few characters after the name)
        report_after = compiled(rf".{{0,4}}?(?:{reports})", re.IGNORECASE)
        report_before = compiled(rf"(?:{reports})\s*$", re.IGNORECASE)
    else:  # ("Kuaishou's latest earnings", "les résultats annuels de Kering")
        report_after = compiled(rf"(?:['\u2019]s?)?(?:\s+{_LOWER_WORD}){{0,2}}?\s+(?:{reports})(?![^\W\d_])",
                                re.IGNORECASE)
        report_before = compiled(rf"(?<![^\W\d_])(?:{reports})(?:\s+{_LOWER_WORD}){{0,2}}\s+$", re.IGNORECASE)
    if not nouns:
        return SourceCues(cued, spaced=spaced, report_before=report_before, report_after=report_after,
                          adjacent=adjacent, media_cued=media_cued)
    noun = f"(?:{alternation(nouns, ignore_case=True)})"
    cues = cue_pattern(section.get("sources"), spaced).pattern
    if not spaced:
        return SourceCues(cued, compiled(rf"{noun}{_UNSPACED_JOIN}$", re.IGNORECASE), spaced=False,
                          report_before=report_before, report_after=report_after, adjacent=adjacent,
                          media_cued=media_cued)
    # (a cue, at most two words, the noun, at most three lowercase words: its adjectives)
    cued_noun = compiled(rf"(?:{cues})(?:\s+{_WORD}){{0,2}}?\s+{noun}[^\W\d_]{{0,3}}"
                         rf"(?:\s+{_LOWER_WORD}){{0,3}}\s+$", re.IGNORECASE)
    apposed = compiled(rf"\s*,\s*(?:{_WORD}\s+){{0,3}}?{noun}[^\W\d_]{{0,3}}(?![^\W\d_])"
                       rf"(?:\s+{_WORD}){{0,4}}?\s*[,)\u2013\u2014]", re.IGNORECASE)
    last_word = compiled(rf"(?:{alternation({w.split()[-1] for w in nouns}, ignore_case=True)}){_SPACED_JOIN}$",
                         re.IGNORECASE)
    return SourceCues(cued, compiled(rf"(?<![^\W\d_]){noun}{_SPACED_JOIN}$", re.IGNORECASE), last_word, True,
                      apposed, cued_noun, report_before, report_after, adjacent, media_cued)
