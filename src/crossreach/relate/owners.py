"""Whose figure it is: explicit owner candidates, hard constraints, and a fitted ranker.

A figure's owner is decided in three steps:

1. **Candidates**: the entity mentions of the figure's sentence (and of the heading of its list),
   of the earlier sentences of its paragraph, of the headline and lead, and the name the rules
   of ``metrics.py`` would pick.
2. **Hard constraints** (exact, so rules): a source is never an owner (a name after "according
   to", a wire agency in a dateline "(Reuters)", a credit line, the outlet publishing the
   article; a media organisation cited once as a source is a source throughout); a person owns
   only a person's kinds; a platform owns its own users and what a tech company owns, not a brand's.
3. **Ranking** of what is left by a logistic scorer over language-independent features
   (``FEATURES``): position against the figure and its clause, a genitive, possessive or
   benefactive link from the language's ``metrics.owner_links``, type against kind, salience, and
   the rivals (``owner_features``). Weights: ``scripts/train_owner_ranker.py`` (``owner_ranker.json``).

When no candidate is likely enough and the sentence names the owner by a noun phrase ("the
museum", "der Verein", "该俱乐部", from ``metrics.owner_nouns``), the phrase resolves to the
last entity named of the category it points to, else it stays the subject with a lower
confidence: a figure is not dropped for want of a name.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any, NamedTuple

from crossreach.lexicon import NEVER, LanguageLexicon, alternation, compiled, cue_pattern, script, word_start_scanner
from crossreach.models import Mention, Quantity, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.clause_breaks import clause_start, name_in_aside, next_break, same_clause, turn_before
from crossreach.relate.context import DocumentView, is_tech
from crossreach.relate.control_links import NO_CONTROL, ControlCues, control_cues
from crossreach.relate.owner_agents import after_agent, agent_pattern
from crossreach.relate.owner_cutoffs import Cutoffs, keeps
from crossreach.relate.owner_features import (
    DECISION_FEATURES,
    bystander,
    deal_parties,
    decision_features,
    kin,
    sentences_back,
)
from crossreach.relate.owner_holdings import holder_opens
from crossreach.relate.owner_intermediaries import intermediary, intermediary_names, intermediary_nouns
from crossreach.relate.owner_nouns import names_apposed, owner_noun_categories
from crossreach.relate.owner_places import ending, measured_on, where_pattern
from crossreach.relate.owner_referents import of_kind, previous_subject, sentence_referent, tech_opening
from crossreach.relate.owner_sources import DocumentSources, document_sources
from crossreach.relate.source_nouns import SourceCues, source_before, source_cues
from crossreach.rule_cache import language_rules

#: The ranker's inputs, by name (the weights file lists them in this order).
FEATURES = (
    "rule", "in_sentence", "before", "same_clause", "distance", "nearest_before", "first_after", "sentence_subject",
    "clause_subject", "genitive", "benefactive", "paragraph", "previous_subject", "headline", "share", "focus",
    "referent", "noun_referent", "person", "platform", "tech", "work", "event", "figure_platform", "tech_own_kind",
    "cited_nearby", "rule_fallback", "titled_person", "media", "aside", "part_subject", "earlier_part", "noun_fit",
    "opening_noun", "possessive", "sentences_back", "named_once", "where", "control", "agent", *DECISION_FEATURES,
)
#: Kinds a person named with a job title ("the CEO X", "guidato da X") can own: their own
#: audience, not the sales of the company they lead.
EXECUTIVE_KINDS = ("views", "viewers", "likes", "comments", "shares", "interactions", "followers")
#: Kinds a person can own: an influencer's audience and sales, not a company's staff or users.
PERSON_KINDS = (*EXECUTIVE_KINDS, "sales", "participants")
#: A platform's own figures.
PLATFORM_OWN_KINDS = ("dau", "mau", "users")
#: What a platform or tech company may own besides its users: its staff, its GMV, its deals.
TECH_KINDS = (*PLATFORM_OWN_KINDS, "employees", "sales", "deal_value", "donations")
_OWNER_TYPES = ("organization", "person", "work", "event", "platform")
#: Confidence of a figure owned by a named entity (scaled by the ranker's probability) and by a
#: noun phrase alone: a leaderboard can leave out what only a phrase owns.
NAMED_CONFIDENCE = (0.4, 0.9)
PHRASE_CONFIDENCE = 0.3
#: Below this probability the best named candidate yields to a noun phrase of the sentence.
PHRASE_THRESHOLD = 0.3
#: ... for a work's noun ("the deal", "la campagna"): the hand-set value of the cut-off for no owner; the fitted
#: cut-offs (``owner_cutoffs``) are chosen on decisions with no noun phrase and do not reach these.
WORK_PHRASE_THRESHOLD = 0.2
_WEIGHTS = "owner_ranker.json"


@dataclass(frozen=True)
class OwnerCues:
    """A language's words around owners, compiled once."""

    sources: SourceCues
    #: "told Reuters", "向路透社": the outlet right after is a listener.
    listeners: re.Pattern[str]
    genitive_before: re.Pattern[str]
    possessive_after: re.Pattern[str]
    benefactive: re.Pattern[str]
    nouns: re.Pattern[str]
    noun_categories: dict[str, str]
    #: A job title or "led by" right before a person ("the CEO X", "guidato da X"): an executive.
    titled: re.Pattern[str]
    #: What opens a part of the sentence about another subject: a semicolon, or a contrast word
    #: ("while", "tandis que", "mentre"; the language's ``partnerships.contrast``).
    turns: re.Pattern[str]
    #: Speech and reporting verbs ("said", "a indiqué", "reported", ``metrics.source_verbs``): a media
    #: name right before one reports the figure.
    speech: re.Pattern[str]
    #: Capitalised words that open no name ("The", months); whether nouns are capitalised too (German);
    #: relative pronouns ("who", "qui", "que").
    stop_words: frozenset[str] = frozenset()
    capitalised_nouns: bool = False
    relatives: re.Pattern[str] = re.compile("(?!x)x")
    #: A credit or source line's opening ("Foto: Divulgação/", "来源："), right before a name: a credit.
    credits: re.Pattern[str] = re.compile("(?!x)x")
    where: re.Pattern[str] = NEVER  # "on", "su", "auf", "在": a platform after one is where, not whose
    control: ControlCues = NO_CONTROL  # ("controlled by X", "which controls X", "X's parent")
    agent: re.Pattern[str] = NEVER  # "presented by", "organizada pela": the name after is an agent (``owner_agents``)
    intermediaries: re.Pattern[str] = NEVER  # "the importer X", "operator X" (``owner_intermediaries``)


@language_rules("owner_cues")
def owner_cues(lexicon: LanguageLexicon, spaced: bool) -> OwnerCues:
    section = lexicon.section("metrics")
    links = section.get("owner_links") or {}
    categories = owner_noun_categories(lexicon, spaced)
    possessive = [re.escape(str(w)) for w in links.get("possessive_after") or []]
    roles = lexicon.section("roles")
    titles = [str(t) for t in (roles.get("titles") or {})] + [str(w) for w in roles.get("led_by") or []]
    return OwnerCues(
        sources=source_cues(lexicon, spaced),
        listeners=ending([str(w) for w in section.get("listeners") or []]),
        genitive_before=ending([str(w) for w in links.get("genitive_before") or []]),
        possessive_after=compiled(rf"(?:{'|'.join(possessive)})", re.IGNORECASE) if possessive
        else re.compile("(?!x)x"),
        benefactive=ending([str(w) for w in links.get("benefactive") or []]),
        nouns=categories.pattern, noun_categories=categories,
        titled=compiled(rf"(?:{cue_pattern(titles, spaced).pattern})[^,.;:\n]{{0,12}}$", re.IGNORECASE),
        turns=_turns([*(lexicon.section("partnerships").get("contrast") or []), *(section.get("owner_turns") or [])],
                     spaced),
        speech=cue_pattern([*(lexicon.section("quotes").get("verbs") or []), *(section.get("source_verbs") or [])],
                           spaced),
        stop_words=entity_rules(lexicon).stop_words,
        capitalised_nouns=lexicon.section("entities").get("capitals_mark") == "nouns",
        relatives=cue_pattern(section.get("relative_pronouns"), spaced) if section.get("relative_pronouns") else NEVER,
        credits=word_start_scanner(section.get("credits"), None, r"\s*[:/\uff1a\uff0f]", r"[^\W\d_]")
        or compiled(rf"(?<![^\W\d_])(?:{alternation(section.get('credits'), ignore_case=True)})"
                    r"\s*[:/\uff1a\uff0f]", re.IGNORECASE),  # (the scanner, when it can be written, is faster)
        where=where_pattern(section.get("platform_prepositions"), spaced), control=control_cues(lexicon, spaced),
        agent=agent_pattern(links.get("agent_before"), spaced), intermediaries=intermediary_nouns(lexicon, spaced),
    )


def _turns(words: object, spaced: bool) -> re.Pattern[str]:
    contrast = cue_pattern(words, spaced).pattern if words else "(?!x)x"
    return compiled(rf"[{re.escape(script().semicolons)}]|(?:{contrast})", re.IGNORECASE)


@dataclass
class Candidate:
    """A possible owner with its features (named, so one can read why it won)."""

    mention: Mention
    features: dict[str, float] = field(default_factory=dict)
    parent: str | None = None  # the gazetteer's group of the name ("Tmall": Alibaba), not a feature

    def vector(self) -> list[float]:
        return [self.features.get(name, 0.0) for name in FEATURES]


@dataclass(frozen=True)
class Ranker:
    """A logistic scorer: the probability that a candidate owns the figure."""

    coef: tuple[float, ...]
    intercept: float
    cutoffs: Cutoffs = field(default_factory=Cutoffs)  # where a best one is not enough (``owner_cutoffs``), fitted too

    @property
    def weights(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.coef, strict=True))

    def probability(self, candidate: Candidate) -> float:
        weights = self._by_name
        z = self.intercept + sum([weights.get(name, 0.0) * x for name, x in candidate.features.items() if x])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @cached_property
    def _by_name(self) -> dict[str, float]:
        """``weights``, kept on the ranker (a cache keyed by the ranker hashed all its weights each call)."""
        return self.weights


@cache
def load_ranker() -> Ranker:
    """The shipped weights (``owner_ranker.json`` beside this module); features it does not name weigh 0."""
    data: dict[str, Any] = json.loads(resources.files("crossreach.relate").joinpath(_WEIGHTS).read_text("utf-8"))
    weights = dict(zip(data["features"], data["coef"], strict=True))
    return Ranker(coef=tuple(float(weights.get(name, 0.0)) for name in FEATURES), intercept=float(data["intercept"]),
                  cutoffs=Cutoffs.from_json(data.get("cutoffs")))


@dataclass
class DocumentOwners:
    """What the owner decision reads once per document: sources, salience, the headline."""

    view: DocumentView
    cues: OwnerCues
    #: Mentions standing where a source stands (after "according to", in a dateline, a credit), read when asked.
    sources: DocumentSources = field(init=False)
    share: dict[str, float] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)  # how often each name is named in the document
    headline_end: int = 0
    headline: list[Mention] = field(default_factory=list)
    #: Features of a mention that do not depend on the figure, by its start.
    _static: dict[int, dict[str, float]] = field(default_factory=dict)
    #: The most named entity that fits a category and is no source, by category: found once per
    #: document, not once per figure (a scan of all its mentions each time).
    _most_named_fitting: dict[str, Mention | None] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)  # each name's group in the gazetteer
    intermediaries: frozenset[str] = frozenset()  # importers, distributors, operators (``owner_intermediaries``)

    @classmethod
    def build(cls, view: DocumentView, cues: OwnerCues) -> DocumentOwners:
        owners = cls(view=view, cues=cues)
        sentences = view.extraction.sentences
        owners.headline_end = sentences[1].end if len(sentences) > 1 else (sentences[0].end if sentences else 0)
        first_of_name: dict[str, Mention] = {}  # one mention a name: the first
        for mention in view.extraction.mentions[:bisect_left(view.mention_starts, owners.headline_end)]:
            if mention.end <= owners.headline_end:
                first_of_name.setdefault(mention.name, mention)
        owners.headline = list(first_of_name.values())
        counts = Counter(m.name for m in view.extraction.mentions if m.type in _OWNER_TYPES)
        total = sum(counts.values()) or 1
        owners.share = {name: count / total for name, count in counts.items()}
        owners.counts = counts
        owners.parents = {entity.name: entity.parent for entity in view.extraction.entities if entity.parent}
        owners.sources = document_sources(view, cues)
        owners.intermediaries = intermediary_names(view, cues.intermediaries, {m.name for m in owners.headline})
        return owners

    def is_source(self, mention: Mention) -> bool:
        return self.sources.is_source(mention)

    def most_named_fitting(self, category: str) -> Mention | None:
        """The document's most named entity that fits ``category`` and is no source (the headline counts double)."""
        if category not in self._most_named_fitting:
            found = self.view.most_named(lambda m: fits_category(m, category) and not self.is_source(m),
                                         headline_weight=2)
            self._most_named_fitting[category] = found[0] if found else None
        return self._most_named_fitting[category]

    def static_features(self, mention: Mention, sentence: Sentence) -> dict[str, float]:
        """The cue words around a mention (benefactive, source, possessive, title, where, control): read once."""
        found = self._static.get(mention.start)
        if found is None:
            text, cues = self.view.text, self.cues
            found = {
                "benefactive": float(bool(cues.benefactive.search(text, max(sentence.start, mention.start - 12),
                                                                   mention.start))),
                "cited_nearby": float(source_before(self.view, cues.sources, mention.start, sentence.start)),
                "possessive": float(bool(cues.possessive_after.match(text, mention.end))),
                "titled_person": float(mention.type == "person" and bool(
                    cues.titled.search(text, max(0, mention.start - 40), mention.start))),
                "where": float(is_tech(mention) and measured_on(text, mention.start, sentence.start, cues.where)),
                "control": float(cues.control.ties(text, mention, self.view.mentions_in(sentence), sentence.start)),
                "agent": float(after_agent(text, mention.start, sentence.start, cues.agent)),
            }
            self._static[mention.start] = found
        return found


def allowed(mention: Mention, kind: str, platform: Mention | None, speaking: bool) -> bool:
    """The hard constraints on an owner, besides sources."""
    if mention.type not in _OWNER_TYPES:
        return False
    if mention.type == "person":
        return kind in PERSON_KINDS and not speaking
    if is_tech(mention) and kind not in TECH_KINDS:
        return platform is None or mention.name != platform.name
    return True


class OwnerNoun(NamedTuple):
    """An owner noun of a sentence: the words as written, the category they point to, where they start."""

    words: str
    category: str
    start: int


def noun_phrase(view: DocumentView, sentence: Sentence, figure: Quantity, cues: OwnerCues,
                kind: str | None = None) -> OwnerNoun | None:
    """The owner noun ("the museum", "il gruppo") nearest before the figure in its sentence, else the
    first after it in its clause. A noun for an organization comes before one for a work ("the
    museum's video": the museum). For a figure of a ``kind`` no platform owns, a platform's noun after a
    platform preposition is where, not whose ("Its account on the short-video app has 880,000
    followers"; but "sales on the platform reached" are the platform's)."""
    if (found := view.memo.get(key := (noun_phrase, sentence.start, sentence.end))) is None:  # (once a sentence)
        found = [(sentence.start + m.start(), m.group()) for m in cues.nouns.finditer(sentence.text)]
        found = view.memo[key] = [f for f in found if cues.noun_categories[f[1].casefold()] != "work"] or found
    if kind is not None and kind not in (*PLATFORM_OWN_KINDS, "sales"):
        found = [f for f in found if cues.noun_categories[f[1].casefold()] != "tech"
                 or not measured_on(view.text, f[0], sentence.start, cues.where)]
    before = [f for f in found if f[0] < figure.start]
    if before:
        start, words = before[-1]
    else:
        clause = next_break(view, sentence, figure.end)
        after = [f for f in found if f[0] >= figure.end and (clause is None or f[0] < clause.start())]
        if not after:
            return None
        start, words = after[0]
    return OwnerNoun(words.strip(), cues.noun_categories[words.casefold()], start)


#: Owner nouns whose referent is plain enough to own a figure of the sentence they open: a
#: platform ("la plateforme") and a brand ("la marque"); a group, club or company is often
#: another one than the last named (a parent, a rival), so the ranker decides those.
OPENING_CATEGORIES = ("tech", "brand")
#: What may open a sentence before its subject: spaces, quotes, brackets, dashes.
_OPENING = re.compile(r"[\s\"'“”«»‘’(\[\-–—]*")


def opening_noun(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
                 cues: OwnerCues) -> tuple[int, str, str] | None:
    """The owner noun of an organization that opens a sentence ("La plateforme, longtemps …,
    revendique 260 millions"): its offset, words and category. It is the grammatical subject, so it
    owns a figure of its sentence unless a name stands before the figure in the figure's own clause
    (a second subject: "…, and Gucci has 2 million") or right after the noun (its apposed name)."""
    lead = _OPENING.match(sentence.text)
    found = cues.nouns.match(sentence.text, lead.end() if lead else 0)
    if found is None or sentence.start + found.end() > figure.start:
        return None
    if found.end() < len(sentence.text) and sentence.text[found.end()].isalnum() and view.spaced:
        return None  # (a longer word that starts with the noun)
    clause = clause_start(view, sentence, figure.start)
    if any(clause <= m.start and m.end <= figure.start and m.type != "platform" for m in mentions) \
            or names_apposed(view.text, sentence.start + found.end(), mentions, figure.start):
        return None
    words = found.group()  # (of a category not in OPENING_CATEGORIES, the caller decides: bound_nouns)
    return sentence.start + found.start(), words.strip(), cues.noun_categories[words.casefold()]


def opens_sentence(sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` is where a sentence's words open (after quotes, brackets, dashes)."""
    lead = _OPENING.match(sentence.text)
    return offset == sentence.start + (lead.end() if lead else 0)


def opening_name(view: DocumentView, sentence: Sentence, figure: Quantity, first_figure: bool,
                 mentions: list[Mention]) -> Mention | None:
    """The name that opens a sentence with an apposition ("The Macallan, owned by Edrington, has
    890,000 followers"): the subject of the sentence's first figure when no name stands before the
    figure in its own clause; the names inside the apposition are bystanders."""
    if not first_figure:
        return None
    lead = _OPENING.match(sentence.text)
    start = sentence.start + (lead.end() if lead else 0)
    opening = next((m for m in mentions if m.start == start), None)
    if opening is None or opening.end >= figure.start:
        return None
    if not view.text[opening.end:opening.end + 2].lstrip().startswith(tuple(script().commas + script().open_brackets)):
        return None
    clause = clause_start(view, sentence, figure.start)
    if any(clause <= m.start and m.end <= figure.start and m.type != "platform" for m in mentions):
        return None
    return opening


def fits_category(mention: Mention, category: str) -> bool:
    """Whether an entity is of the kind an owner noun points to ("the museum": a museum)."""
    if category == "work":
        return mention.type in ("work", "event")
    if category == "tech":
        return is_tech(mention)
    if mention.type != "organization" or is_tech(mention):
        return False
    return category == "organization" or mention.category == category


def resolve_phrase(view: DocumentView, owners: DocumentOwners, sentence: Sentence, offset: int,
                   category: str, words: str = "") -> Mention | None:
    """The entity a noun phrase (``words``) points to: the last one named before it (its sentence, then its
    paragraph) whose category and kind fit, else the document's most named one that fits if named before it;
    not a parent its sentence ties by control ("Détenu par la Fondation X, le groupe ...": not X)."""
    earlier = of_kind(view, [m for m in view.paragraph_before(sentence) + [
        m for m in view.mentions_in(sentence) if not owners.static_features(m, sentence)["control"]]
        if m.end <= offset and fits_category(m, category) and not owners.is_source(m)], words)
    if earlier:
        return earlier[-1]
    found = owners.most_named_fitting(category)  # (named before the noun: one named only later is a guess)
    return found if found is not None and found.start < offset and of_kind(view, [found], words) else None


def resolve_opening(view: DocumentView, owners: DocumentOwners, sentence: Sentence, offset: int,
                    category: str, words: str = "") -> Mention | None:
    """The entity an owner noun opening a sentence points to: the first fitting name of the nearest
    earlier sentence of its paragraph that has one (that sentence's subject, not a bystander named
    at its end: "X is led by Y, formerly of Z. The brand …" is X), else as ``resolve_phrase``; a
    company's noun points to a tech company that opens the sentence before too (``tech_opening``)."""
    if (tech := tech_opening(view, sentence, category, owners.is_source)) is not None:
        return tech
    earlier = of_kind(view, [m for m in view.paragraph_before(sentence)
                             if fits_category(m, category) and not owners.is_source(m)], words)
    if earlier:
        before = view.sentence_of(earlier[-1].start)
        start = before.start if before is not None else earlier[-1].start
        return sentence_referent(view, [m for m in earlier if m.start >= start], category, owners.cues.speech)
    return resolve_phrase(view, owners, sentence, offset, category, words)


def candidates(owners: DocumentOwners, sentence: Sentence, figure: Quantity, mentions: list[Mention], kind: str,
               platform: Mention | None, speaking: bool, rule: Mention | None,
               noun_owner: Mention | None, noun_category: str | None = None,
               noun_opens: bool = False) -> list[Candidate]:
    """Every allowed owner of a figure, one per name, with its features. ``noun_category`` is the
    category an owner noun of the sentence points to ("the club": culture): every candidate that
    fits it is marked, so the ranker weighs the fit against salience, not only the last one named.
    ``noun_opens``: that noun opens the sentence, as its grammatical subject ("Il gruppo di
    Shenzhen, che controlla …, ha chiuso …"), so its referent is marked apart."""
    view, text, cues = owners.view, owners.view.text, owners.cues
    # A name cited as a source in the sentence is a source at its other mentions there too (its
    # acronym in brackets: "according to the China Toy Association (CTJPA), ...").
    cited = {m.name for m in mentions if owners.is_source(m)}
    ok = [m for m in mentions if allowed(m, kind, platform, speaking) and m.name not in cited]
    earlier = view.paragraph_before(sentence)
    previous = previous_subject(view, earlier, lambda m: allowed(m, kind, platform, speaking)
                                 and not owners.is_source(m))
    last_of_name = {m.name: m for m in earlier}  # one mention a name: the last
    paragraph = [m for m in last_of_name.values() if allowed(m, kind, platform, speaking) and not owners.is_source(m)]
    headline = [m for m in owners.headline if allowed(m, kind, platform, speaking) and not owners.is_source(m)]
    # (the source cited last before the figure owns it from nowhere else: "X, which according to Y has ...")
    last_cited = [m.name for m in mentions if m.end <= figure.start and owners.is_source(m)][-1:]
    paragraph, headline = ([m for m in ms if m.name not in last_cited] for ms in (paragraph, headline))
    # Of a name's mentions in the sentence, the nearest before the figure and the nearest after it.
    nearest = {m.name: m for m in ok if m.end <= figure.start}
    for mention in (m for m in ok if m.end > figure.start):
        nearest.setdefault(f"{mention.name}\0after", mention)
    pool = sorted(nearest.values(), key=lambda m: m.start) + paragraph + headline
    if rule is not None and not owners.is_source(rule) and rule.name not in cited \
            and allowed(rule, kind, platform, speaking):
        pool.append(rule)
    if noun_owner is not None:
        pool.append(noun_owner)
    pool = [m for m in pool if not intermediary(view, owners.intermediaries, sentence, m, figure)]
    if not pool:
        return []
    clause_open = clause_start(view, sentence, figure.start)
    clause_end = next_break(view, sentence, figure.end)
    clause_close = clause_end.start() if clause_end else sentence.end
    before_in_sentence = [m for m in ok if m.end <= figure.start]
    nearest_before = before_in_sentence[-1].name if before_in_sentence else None
    after_same = [m for m in ok if m.start >= figure.end and m.start <= clause_close]
    first_after = after_same[0].name if after_same and not before_in_sentence else None
    in_clause = [m for m in before_in_sentence if m.start >= clause_open]
    focus = view.focus.name if view.focus else None
    referent = view.referent(sentence)
    in_sentence = {m.start for m in ok}
    in_paragraph = {m.start for m in paragraph}
    first = ok[0] if ok and ok[0].end <= figure.start else None
    # A semicolon or contrast word before the figure opens its part of the sentence ("X has 1.2
    # million followers, while Y counts 640,000"): the first name of that part is its subject,
    # and a name only before it belongs to another part.
    turn = turn_before(view, sentence, figure.start, cues.turns)
    in_part = [m for m in ok if turn is not None and turn <= m.start and m.end <= figure.start]
    part_subject = in_part[0].name if in_part else None
    after_turn = {m.name for m in ok if turn is not None and m.start >= turn}
    by_name: dict[str, Candidate] = {}
    for mention in pool:
        candidate = by_name.get(mention.name)
        if candidate is None:
            candidate = by_name[mention.name] = Candidate(mention, _type_features(mention, kind, platform),
                                                          owners.parents.get(mention.name))
        features = candidate.features
        if mention.start in in_sentence:
            static = owners.static_features(mention, sentence)
            distance = mention.start - figure.end if mention.start >= figure.end else figure.start - mention.end
            if "distance" not in features or math.log1p(max(distance, 0)) / 6 < features["distance"]:
                features["distance"] = min(1.0, math.log1p(max(distance, 0)) / 6)
                candidate.mention = mention
            features["in_sentence"] = 1.0
            if mention.end <= figure.start:
                features["before"] = 1.0
            if same_clause(view, sentence, mention, figure):
                features["same_clause"] = 1.0
            elif name_in_aside(view, sentence, mention, figure):
                features["aside"] = 1.0
            if first is not None and mention.name == first.name:
                features["sentence_subject"] = 1.0
            if in_clause and mention.name == in_clause[0].name:
                features["clause_subject"] = 1.0
            if part_subject is not None and mention.name == part_subject:
                features["part_subject"] = 1.0
            if turn is not None and mention.end <= turn and mention.name not in after_turn:
                features["earlier_part"] = 1.0
            if _genitive_before(text, mention, figure, cues):
                features["genitive"] = 1.0
            for name in ("benefactive", "cited_nearby", "possessive", "where", "control", "agent"):
                if static[name]:
                    features[name] = 1.0
        if mention.start in in_paragraph:
            features["paragraph"] = 1.0
        if mention.end <= owners.headline_end:
            features["headline"] = 1.0
    for name, candidate in by_name.items():
        features = candidate.features
        mention = candidate.mention
        if mention.type == "person" and cues.titled.search(text, max(0, mention.start - 40), mention.start):
            features["titled_person"] = 1.0  # (a person of the paragraph or headline too)
        features["media"] = float(mention.category == "media")
        features["rule_fallback"] = float(rule is not None and name == rule.name and "in_sentence" not in features)
        features.setdefault("distance", 1.0)
        features["share"] = owners.share.get(name, 0.0)
        if "in_sentence" not in features:  # (an owner last named long before is often a bystander)
            features["sentences_back"] = sentences_back(view.sentences_since(name, sentence))
            features["named_once"] = float(owners.counts[name] <= 1 and not (
                mention.start in in_paragraph and _named_again(owners, mention, figure)))
        features["nearest_before"] = float(name == nearest_before)
        features["first_after"] = float(name == first_after)
        features["previous_subject"] = float(previous is not None and name == previous)
        features["focus"] = float(name == focus)
        features["referent"] = float(referent is not None and name == referent.name)
        features["noun_referent"] = float(noun_owner is not None and name == noun_owner.name)
        features["rule"] = float(rule is not None and name == rule.name)
        features["noun_fit"] = float(noun_category is not None and fits_category(mention, noun_category))
        features["opening_noun"] = float(noun_opens and features["noun_referent"] == 1.0)
    return decision_features([c for c in by_name.values()
                              if not (c.features.get("titled_person") and kind not in EXECUTIVE_KINDS)],
                             deal_parties(view) if kind == "deal_value" else frozenset(),
                             holder_opens(view, sentence, figure))


def _type_features(mention: Mention, kind: str, platform: Mention | None) -> dict[str, float]:
    tech = is_tech(mention)
    return {
        "person": float(mention.type == "person"), "platform": float(mention.type == "platform"),
        "tech": float(tech), "work": float(mention.type == "work"), "event": float(mention.type == "event"),
        "figure_platform": float(platform is not None and mention.name == platform.name),
        "tech_own_kind": float(tech and kind in PLATFORM_OWN_KINDS),
    }


def _genitive_before(text: str, mention: Mention, figure: Quantity, cues: OwnerCues) -> bool:
    """A genitive before a name after the figure ("… follower dell'Inter", "… Fans des Vereins");
    a possessive after a name ("Celtic's", "拜仁的") is read once per mention."""
    return mention.start >= figure.end and bool(cues.genitive_before.search(text, max(0, mention.start - 8),
                                                                           mention.start))


def _named_again(owners: DocumentOwners, mention: Mention, figure: Quantity) -> bool:
    """Whether an owner noun that fits a name stands between it and the figure ("the museum",
    "le musée" after "Musée national de Chine"): the name is what the text goes on about. Asked
    of a name of the figure's paragraph only, so the scan never reads more than the paragraph."""
    if mention.end >= figure.start:
        return False
    cues = owners.cues
    return any(fits_category(mention, cues.noun_categories.get(found.group().casefold(), ""))
               for found in cues.nouns.finditer(owners.view.text, mention.end, figure.start))


@dataclass(frozen=True)
class OwnerChoice:
    """The owner decided for a figure: a named entity, or a noun phrase only."""

    mention: Mention | None
    phrase: str | None
    confidence: float


def choose(ranker: Ranker, found: list[Candidate], phrase: tuple[str, str] | None,
           referent: Mention | None = None) -> OwnerChoice | None:
    """The most likely candidate; a noun phrase of the sentence (words, category) when none is likely
    enough: below ``PHRASE_THRESHOLD`` for an organization's noun, below ``WORK_PHRASE_THRESHOLD`` for a work's.
    With no phrase, the ranker's cut-offs (``owner_cutoffs.keeps``) decide whether the best owns it. A phrase that
    resolves to an entity (``referent``, "il gruppo": the group named before) names that entity
    then: the sentence says whose figure it is, so the figure is not dropped."""
    if found:
        ranked = sorted(((ranker.probability(c), i) for i, c in enumerate(found)), reverse=True)
        (probability, index), top = ranked[0], found[ranked[0][1]]  # (a group and its brand are no rivals:)
        runner_up = next((p for p, i in ranked[1:] if not kin(top.mention.name, top.parent, found[i])), 0.0)
        threshold = ranker.cutoffs.no_owner if phrase is None else \
            WORK_PHRASE_THRESHOLD if phrase[1] == "work" else PHRASE_THRESHOLD
        best = found[index].features
        if phrase is None and not keeps(ranker.cutoffs, probability, runner_up, bool(best.get("in_sentence")),
                                        bystander(best)):
            return None  # unlikely, named outside the sentence and not likely enough, a bystander, or a guess
        if probability >= threshold:
            low, high = NAMED_CONFIDENCE
            return OwnerChoice(found[index].mention, None, low + (high - low) * probability)
    if phrase is not None and referent is not None:
        return OwnerChoice(referent, None, NAMED_CONFIDENCE[0])
    if phrase is not None:
        return OwnerChoice(None, phrase[0], PHRASE_CONFIDENCE)
    return None
