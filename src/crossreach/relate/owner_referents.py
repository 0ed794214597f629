"""Which of the fitting names an owner noun points to, when more than one could (issue 15).

Two readings the sentence-subject rule of ``owners.resolve_opening`` gets wrong on texts no rule
was written for (a noun with its own name right after it is read in ``bound_nouns``):

- "The platform" ("la piattaforma", "a plataforma", "该平台") names a platform before the company
  that runs it: "Tencent said WeChat reached 1.36 billion users. The platform also counts …" is
  WeChat's.
- A name that reports what the rest of its sentence says is not that sentence's subject for a
  brand's noun opening the next: "Inditex said Zara sold … The brand has 4 million followers" is
  Zara's (the group's noun is the reporting parent's).
- A noun's head may name a finer kind than its category ("the league", "il club", "le tournoi"): of
  the names that fit, those of that kind (``of_kind``).
- "The group", "the company" ("o grupo", "la empresa", "该公司") name an organization, and a tech
  company or platform is typed apart from them (``owners.fits_category``); yet when one opens the
  sentence before, as its subject, the noun points to it: "Meituan, based in Beijing, reported
  revenue of … The group has about 100,000 employees" is Meituan's, not the brand named earlier.
- A noun no named entity fits by its exact category still points to one (``loose_referent``): a figure
  whose owner stays a noun phrase ("A liga registou receitas de …", "Segundo a empresa, 38 mil
  clientes …", "L'account del festival …") is never right in gold terms, since the text speaks of an
  entity it has named; yet an entity the gazetteer does not know has no category ("other"), a festival
  may be typed an event, and a fintech is a tech company.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter

from crossreach.models import Mention, Sentence
from crossreach.relate import referent_kinds
from crossreach.relate.context import DocumentView, is_tech

#: The space between a name and the verb after it.
_GAP = re.compile(r"[ \u00a0]?")
#: How far into its sentence a name may start and still open it (after an article: "A Meituan").
OPENS_WITHIN = 5
_OWNER_TYPES = ("organization", "platform")
#: Categories of an entity the gazetteer does not classify.
_UNKNOWN = ("other", None)


def tech_opening(view: DocumentView, sentence: Sentence, category: str,
                 is_source: Callable[[Mention], bool]) -> Mention | None:
    """The tech company or platform that opens the nearest earlier sentence of the paragraph naming
    an organization, for a company's noun (``category`` "organization") opening ``sentence``."""
    if category != "organization":
        return None
    earlier = [m for m in view.paragraph_before(sentence) if m.type in _OWNER_TYPES and not is_source(m)]
    before = view.sentence_of(earlier[-1].start) if earlier else None
    if before is None:
        return None
    first = next(m for m in earlier if m.start >= before.start)
    return first if is_tech(first) and first.start - before.start <= OPENS_WITHIN else None


def sentence_referent(view: DocumentView, fitting: list[Mention], category: str, speech: re.Pattern[str]) -> Mention:
    """Of the fitting names of one sentence, the one a noun of ``category`` opening the next
    sentence points to: its subject, but for a brand's or platform's noun not a name that only
    reports the rest (followed by one of the ``speech`` verbs of ``owners.OwnerCues``: "Inditex said
    Zara sold …": Zara; "the group" is Inditex), and for a platform's noun the first platform named."""
    if category == "tech" and any(m.type == "platform" for m in fitting):
        return next(m for m in fitting if m.type == "platform")
    first = fitting[0]
    if category == "organization":  # ("Kering said Gucci's sales fell. The group's …": the reporting parent)
        return first
    reporting = speech.match(view.text, _GAP.match(view.text, first.end).end())
    others = [m for m in fitting if m.name != first.name]
    return others[0] if reporting is not None and others else first


def of_kind(view: DocumentView, fitting: list[Mention], words: str) -> list[Mention]:
    """Of the names whose category fits an owner noun (``words``: "il campionato", "the club"), those of
    the kind its head names, else those of no known kind (``referent_kinds.of_kind``): the league a
    phrase of a league points back to is not the club named after it."""
    return referent_kinds.of_kind(fitting, referent_kinds.phrase_kind(view.extraction.document.lang, words)) \
        if words else fitting


def loosely_fits(mention: Mention, category: str) -> bool:
    """Whether an entity may be what a noun of ``category`` points to, read loosely: a company's noun
    ("a empresa") any organization, a tech company too (not a platform); a work's noun ("the account",
    "il concerto") the organization or event the document is about, not a tech company (a work's
    figure is its maker's); a category's noun ("the league") an organization of that category or of none
    known, or an event; a platform's noun none (the ranker weighed the platforms). A media organization is
    a source."""
    if mention.category == "media" or mention.type not in ("organization", "event") or category == "tech":
        return False
    if category == "organization":
        return mention.type == "organization"
    if mention.type == "event" or category == "work":  # (a festival may be typed an event)
        return not is_tech(mention)
    return not is_tech(mention) and mention.category in (category, *_UNKNOWN)


def loose_referent(view: DocumentView, words: str, category: str | None, offset: int) -> Mention | None:
    """What a noun phrase (``words`` of ``category``, None for words that are none) at ``offset`` points
    to when no entity fits it strictly: the document's most named entity that fits it loosely
    (``loosely_fits``; the headline counting double), of the kind its head names, named before the
    phrase unless the phrase is in the headline (which speaks of what the document is about); the most named
    of the kind its head names first ("the orchestra": the orchestra, not a concert hall named more often)."""
    if category is None:
        return None
    kind = referent_kinds.phrase_kind(view.extraction.document.lang, words) if category != "work" else None
    found = view.most_named(lambda m: loosely_fits(m, category) and referent_kinds.entity_kind(m) == kind,
                            headline_weight=2, key=(loose_referent, category, kind)) if kind is not None else None
    found = found or view.most_named(lambda m: loosely_fits(m, category), headline_weight=2,
                                     key=(loose_referent, category))
    sentences = view.extraction.sentences
    headline_end = sentences[min(1, len(sentences) - 1)].end if sentences else 0
    if found is None or (found[0].start >= offset and offset >= headline_end):
        return None
    fitting = [found[0]] if category == "work" else of_kind(view, [found[0]], words)
    return fitting[0] if fitting else None


def previous_subject(view: DocumentView, earlier: list[Mention], accept: Callable[[Mention], bool]) -> str | None:
    """The first accepted name of the nearest earlier sentence of the paragraph that has one (the owner
    ranker's ``previous_subject`` feature: what the sentence before was about)."""
    last = next((m for m in reversed(earlier) if accept(m)), None)
    if last is None:
        return None
    sentence = view.sentence_of(last.start)
    start = sentence.start if sentence is not None else last.start
    first = next(m for m in earlier[bisect_left(earlier, start, key=attrgetter("start")):] if accept(m))
    return first.name
