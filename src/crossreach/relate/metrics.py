"""Metrics: audience and commerce figures with their kind, subject, platform and date.

For each count or amount of money in a sentence:

- kind: the nearest cue word of the language's ``metrics.kinds`` (after the figure preferred: "64 milioni di
  visualizzazioni"; before it too: "播放量突破3亿"); a cue closer to another figure belongs to that one, and a cue
  past a clause break to the next clause. Counters ("times") and users ("users interacting") defer to the act
  named with them. A figure with no cue near it is not a metric. Lines of a list or table ("2021年3月：2.95亿")
  take their cue and subject from the heading line above them.
- platform: a platform named after a platform preposition ("su Tencent", "在抖音"), else the nearest platform in
  the sentence; with "respectively" the figures and the platforms (or subjects) pair up in order.
- subject (``rule_owners``, then the ranker of ``owners``): the nearest organization or person before the
  figure (but a person named after a brand, as host or guest, leaves the figure to the brand), else after it,
  else the subject of the last sentence of the paragraph that names one, else what the document is about; a
  platform's own figures (its users, DAU) have the platform as subject. With no owner named, the noun phrase the
  text uses (``phrase_subjects``): a figure is not dropped for want of a name; a market's or a country's figure
  keeps the words naming it (``market_subjects``) as sales.
- date: the nearest date in the sentence (a bare recent year included), else the last one earlier in the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, alternation, compiled, compound_cue_pattern, cue_pattern, is_spaced
from crossreach.models import Fact, Mention, Metric, Quantity, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.recognise.number_rules import NumberRules, number_rules
from crossreach.relate.bound_nouns import bound_referent
from crossreach.relate.carried_counts import carried_count_kind, carried_counts
from crossreach.relate.clause_breaks import breaks_up_to
from crossreach.relate.context import DocumentView, evidence, is_tech
from crossreach.relate.counted_nouns import sold_goods
from crossreach.relate.cue_scanner import CueScanner, cue_scanner
from crossreach.relate.figure_guards import after_publication, bare_code, quoted_alone, too_small_a_sum, too_vague
from crossreach.relate.forecast_openers import ForecastOpeners, forecast_cues, forecast_openers
from crossreach.relate.funding_rounds import collecting_words, funded_cues, funding_words
from crossreach.relate.headline_kinds import body_kinds
from crossreach.relate.list_lines import is_list_line, labelled_line
from crossreach.relate.list_platforms import label_platform, list_owner
from crossreach.relate.market_figures import MarketCues, market_cues, market_sum_cues
from crossreach.relate.market_subjects import market_subject
from crossreach.relate.metric_dates import dated_repeats, season_ends, stocks_as_published, turnover_of_last_year
from crossreach.relate.metric_kinds import (
    FIGURE_KINDS,
    MONEY_KINDS,
    NOT_A_METRIC,
    changes_of_the_figure_before,
    deal_amounts,
    figure_kinds,
    label_of,
    opening_cues,
    standing_words,
)
from crossreach.relate.noun_subjects import choose_owner
from crossreach.relate.number_forms import NumberForms, number_forms
from crossreach.relate.outlet_counts import without_outlet_counts
from crossreach.relate.owner_intermediaries import intermediary
from crossreach.relate.owner_referents import loose_referent, tech_opening
from crossreach.relate.owners import (
    NAMED_CONFIDENCE,
    OPENING_CATEGORIES,
    PHRASE_CONFIDENCE,
    PLATFORM_OWN_KINDS,
    Candidate,
    DocumentOwners,
    candidates,
    noun_phrase,
    opening_name,
    opening_noun,
    opens_sentence,
    owner_cues,
    resolve_opening,
    resolve_phrase,
)
from crossreach.relate.platform_counts import platform_counts
from crossreach.relate.platform_sizes import may_own
from crossreach.relate.price_clauses import priced
from crossreach.relate.related_links import RelatedLinks
from crossreach.relate.respective import one_owner_each, respective_pairs
from crossreach.relate.restatements import one_owner_a_figure, restated_sum
from crossreach.relate.rule_owners import COMPANY_KINDS, rule_owner
from crossreach.relate.running_totals import carried_total, running_total_cue, running_totals
from crossreach.relate.sale_values import sold_values
from crossreach.relate.same_period import same_period_dates
from crossreach.relate.separable_cues import separable_cues, split_cues_in
from crossreach.relate.source_nouns import SourceCues, source_before, source_cues
from crossreach.relate.start_values import start_value_kinds, started_values
from crossreach.relate.stated_owners import (
    aside_owner,
    bracketed_owner,
    genitive_owner,
    list_label,
    noun_before_aside,
    relative_owner,
    unnamed_subject,
)
from crossreach.relate.stated_scale import list_figures
from crossreach.relate.subject_cues import reaching_verb, subject_cue_kinds
from crossreach.rule_cache import language_rules

#: How far (characters) a cue may stand from its figure, for spaced and unspaced scripts; a money
#: cue ``metric_kinds.MONEY_REACH`` times as far ("revenue of the company in China stood at about …").
_CUE_REACH, _CUE_REACH_UNSPACED = 45, 14
#: Counts below the first are not audiences ("the 15 brands", "Double 11"); a staff may be smaller ("11 employees").
_SMALLEST_COUNT, _SMALLEST_STAFF = 100, 10
_GAP, _GAP_UNSPACED = r"(?:\s+[^\W\d_]+)?\s*", r".{0,4}"  #: between a change word and its figure: a word, a few chars


@dataclass(frozen=True)
class _Rules:
    cues: CueScanner  # (the cue regex tried only where one of its words stands: most sentences hold few)
    numbers: NumberRules
    kinds: dict[str, str]
    prepositions: re.Pattern[str]
    respectively: re.Pattern[str]
    subsets: re.Pattern[str]
    speech: re.Pattern[str]
    prices: re.Pattern[str]
    scopes: re.Pattern[str]
    scope_names: dict[str, str]
    sources: SourceCues
    counters: frozenset[str]
    holders: frozenset[str]
    restatements: re.Pattern[str]
    standing: frozenset[str]
    unit_sales: frozenset[str]
    value_words: frozenset[str]
    forecasts: re.Pattern[str]
    funding: re.Pattern[str]
    collecting: re.Pattern[str]
    openers: ForecastOpeners
    change_before: re.Pattern[str]
    change_after: re.Pattern[str]
    running_total: re.Pattern[str]
    markets: MarketCues
    forms: NumberForms
    reaching: re.Pattern[str] | None
    separable: tuple[re.Pattern[str], dict[tuple[str, str], str]] | None
    bare_tail: re.Pattern[str]  # what may follow a figure naming nothing it counts: punctuation, a preposition
    conjunction_tail: re.Pattern[str]  # a conjunction right after a figure: its clause ends there
    joins: re.Pattern[str]  # conjunctions, which join clauses


@language_rules("metric_rules")
def _rules(lexicon: LanguageLexicon, spaced: bool) -> _Rules:
    section = lexicon.section("metrics")
    scope_names = {str(word).casefold(): str(scope) for scope, words in (section.get("scopes") or {}).items()
                   for word in words or []}
    kinds: dict[str, str] = {}
    for kind, words in [*(section.get("kinds") or {}).items(), (NOT_A_METRIC, section.get("not_metrics"))]:
        for word in words or []:
            kinds.setdefault(str(word).casefold(), str(kind))
    for word in section.get("unit_sales") or []:  # a selling word is a sales cue ("se vendieron 160.000 unidades")
        kinds.setdefault(str(word).casefold(), "sales")
    return _Rules(
        cues=cue_scanner(kinds, compound_cue_pattern(kinds, int(section.get("compound_cues") or 0)) if spaced
                         else cue_pattern(kinds, spaced)),
        kinds=kinds,
        prepositions=_ending_with(section.get("platform_prepositions")),
        respectively=cue_pattern(section.get("respectively"), spaced),
        speech=entity_rules(lexicon).speech_re,
        prices=cue_pattern(section.get("price_cues"), spaced), subsets=cue_pattern(section.get("subsets"), spaced),
        restatements=cue_pattern(section.get("restatement_cues"), spaced),
        scopes=cue_pattern(scope_names, spaced), scope_names=scope_names,
        # A source cue, then at most a few words ("secondo l'emittente"), or a source noun, right before a name.
        sources=source_cues(lexicon, spaced),
        counters=frozenset(str(word).casefold() for word in section.get("counters") or []),
        holders=frozenset(str(word).casefold() for word in section.get("holders") or []),
        standing=standing_words(section.get("kinds") or {}),
        unit_sales=frozenset(str(word).casefold() for word in section.get("unit_sales") or []),
        value_words=frozenset(str(word).casefold() for word in section.get("value_words") or []),
        forecasts=forecast_cues(lexicon, spaced), funding=funding_words(lexicon, spaced),
        collecting=collecting_words(lexicon, spaced), openers=forecast_openers(lexicon, spaced),
        # A change word, then at most one word (or, unspaced, a few characters), right before the figure.
        change_before=compiled(rf"(?:{cue_pattern(section.get('change_before'), spaced).pattern})"
                                 rf"{_GAP if spaced else _GAP_UNSPACED}$", re.IGNORECASE),
        change_after=compiled(rf"\s*(?:{cue_pattern(section.get('change_after'), spaced).pattern})",
                                re.IGNORECASE),
        running_total=running_total_cue(lexicon, spaced), numbers=number_rules(lexicon),
        markets=market_cues(lexicon), forms=number_forms(lexicon, spaced),
        reaching=reaching_verb(lexicon, spaced), separable=separable_cues(lexicon),
        bare_tail=compiled(rf"\s*(?:[^\w\s]|$|(?:{alternation(section.get('platform_prepositions'))})(?![^\W\d_]))",
                           re.IGNORECASE),
        conjunction_tail=compiled(rf"\s*(?:{alternation(lexicon.section('entities').get('conjunctions'))})"
                                  rf"(?![^\W\d_])", re.IGNORECASE),
        joins=cue_pattern(lexicon.section("entities").get("conjunctions"), spaced),
    )


def _ending_with(words: object) -> re.Pattern[str]:
    """A regex for text that ends with one of the words (a platform preposition before a name)."""
    items = [re.escape(str(w)) for w in words or []]
    return compiled(rf"(?:{'|'.join(items)})\s*$", re.IGNORECASE) if items else re.compile("(?!x)x")


def relate_metrics(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The metric facts of one document."""
    published = view.extraction.document.published
    return [m for m in _metrics(view, lexicon, None) if not after_publication(m, published)]


@dataclass(frozen=True)
class OwnerDecision:
    """One figure's owner candidates as the ranker saw them (what the training script labels)."""

    sentence: Sentence
    figure: Quantity
    kind: str
    candidates: list[Candidate]
    alone: bool = False  # no rule nor noun phrase decided it: the ranker and its cut-offs alone (``owner_cutoffs``)


def owner_decisions(view: DocumentView, lexicon: LanguageLexicon) -> list[OwnerDecision]:
    """The metric stage's owner decisions in a document, but those of counts of kind other (not audiences)."""
    decisions: list[OwnerDecision] = []
    _metrics(view, lexicon, decisions)
    return [decision for decision in decisions if decision.kind != "other"]


def _metrics(view: DocumentView, lexicon: LanguageLexicon, decisions: list[OwnerDecision] | None) -> list[Metric]:
    extraction = view.extraction
    rules = _rules(lexicon, view.spaced)
    owners = DocumentOwners.build(view, owner_cues(lexicon, view.spaced))
    facts: list[Metric] = []
    tables = [(table.start, table.end) for table in extraction.tables]
    related = RelatedLinks(view.text, lexicon, view.spaced)
    for sentence in extraction.sentences:
        if not (quantities := view.quantities_in(sentence)) or related.links(sentence) or any(
                start <= sentence.start < end for start, end in tables):  # a table is read cell by cell
            continue  # no number (most sentences hold none); a link's figure is another article's
        dates = [(d.start, d.end) for d in view.dates_in(sentence)]  # ("Double 11", "618": a festival's name)
        figures = [q for q in quantities if q.kind in FIGURE_KINDS and not any(s <= q.start and q.end <= e
                                                                               for s, e in dates)]
        if is_list_line(view, sentence, _bare(view, sentence, rules)) and not _cues_in(view, sentence, rules):
            # "7. Yves Rocher .... 96,5"
            figures = list_figures(view, sentence, _headings(view, sentence, rules), lexicon) or figures
        facts.extend(_sentence_metrics(view, sentence, figures, rules, owners, decisions) if figures else [])
    facts = without_outlet_counts(lexicon, platform_counts(lexicon, facts))
    facts = started_values(view, turnover_of_last_year(view, stocks_as_published(view, facts)), rules.numbers)
    headline = extraction.sentences[0].end if extraction.sentences else 0
    return one_owner_a_figure(body_kinds(same_period_dates(view, dated_repeats(view, season_ends(facts))), headline))


def _sentence_metrics(view: DocumentView, sentence: Sentence, figures: list[Quantity], rules: _Rules,
                      owners: DocumentOwners, decisions: list[OwnerDecision] | None) -> list[Metric]:
    mentions = view.mentions_in(sentence)
    cues = market_sum_cues(view, sentence, figures, _cues_in(view, sentence, rules), mentions, rules.markets, owners)
    heading: Sentence | None = None
    list_line = is_list_line(view, sentence, _bare(view, sentence, rules))
    if not cues and list_line:
        headings = _headings(view, sentence, rules)
        if headings:
            heading = headings[-1]
            cues = _cues_in(view, heading, rules)
            mentions = _mentions_of(view, headings) + mentions
    before = _before_in_paragraph(view, sentence) if heading is None else None
    # a sum no cue names may be of the deal or sales named just before it (``deal_amounts``)
    earlier = _cues_in(view, before, rules) if before is not None and any(f.kind == "money" for f in figures) else []
    carried = None
    if not cues and not any(kind in MONEY_KINDS for *_, kind in earlier):
        # a count may be of the kind of the count just before it (``carried_counts``)
        carried = carried_count_kind(_cues_in(view, before, rules), view.quantities_in(before)) if before else None
        if carried is None:
            return []
    respectively = bool(rules.respectively.search(sentence.text))
    reach = _CUE_REACH if view.spaced else _CUE_REACH_UNSPACED
    kinds = figure_kinds(view.text, figures, cues, reach if heading is None else 10**6, rules.counters,
                         rules.unit_sales, rules.subsets, rules.holders, rules.standing, rules.reaching,
                         rules.joins)
    kinds = deal_amounts(figures, changes_of_the_figure_before(view.text, figures, start_value_kinds(
        view.text, figures, kinds, rules.numbers), rules.change_before, rules.change_after, sentence.end), earlier,
        opening_cues(cues, sentence.start))
    kinds = subject_cue_kinds(view.text, figures, sold_values(view.text, figures, kinds, cues, rules.value_words),
                              cues, rules.reaching, lambda figure: _bare_figure(view, sentence, figure, rules),
                              lambda figure: _bare_figure(view, sentence, figure, rules)
                              or bool(rules.conjunction_tail.match(view.text, figure.end, sentence.end)))
    if carried is not None:
        figures, kinds = carried_counts(figures, kinds, carried, [_bare_figure(view, sentence, f, rules)
                                                                 for f in figures])
    totals, kinds = running_totals(view.text, figures, kinds, rules.running_total,
                                   lambda gain: _aspect(view.text, sentence, gain, rules) == "change")
    series = _headings(view, sentence, rules) if heading is None and list_line and None in kinds else []
    series_cues = _cues_in(view, series[-1], rules) if series else []
    if series_cues:
        # A point of a series with a note of its own ("2017 more than 80 million (and 600 million
        # registered)"): the figure the note does not name is the series' own.
        kinds = [kind or series_cues[0][2] for kind in kinds]
        mentions = _mentions_of(view, series) + mentions
    if respectively and any(kinds):
        shared = next(k for k in kinds if k)
        kinds = [k or shared for k in kinds]
    introduced = {m for m in mentions if m.type in ("platform", "organization") and _introduced(view.text, m, rules)}
    platforms = [m for m in mentions if is_tech(m) and (m.type == "platform" or m in introduced)]
    speaking = bool(rules.speech.search(sentence.text))
    unsourced: list[Mention] | None = None  # (less the sources, "according to Reuters": read once, when asked)
    paired = respective_pairs(figures, kinds, mentions, platforms) if respectively else {}
    own_cue = heading is None and bool(cues)  # (a kind of its own: a place opening a clause may own it)
    metrics: list[Metric] = []
    made: dict[int, Metric] = {}
    for index, (figure, kind) in enumerate(zip(figures, kinds, strict=True)):
        if kind is None or kind == NOT_A_METRIC:
            continue
        if figure.kind == "money" and kind not in MONEY_KINDS:
            kind = "sales"
        elif kind not in MONEY_KINDS and figure.kind == "count" and rules.forms.nouns.counts_another(
                view.text, figure, kind) and sold_goods(view.text, figure, cues, rules.unit_sales, reach):
            kind = "sales"  # goods sold, not the buyers a cue near them names
        if not _is_metric(view.text, figure, kind, rules) or _not_a_figure(view.text, sentence, figures, index, rules) \
                or (market := market_subject(view, sentence, figure, kind, mentions, rules.markets, owners.cues,
                                             own_cue, made.get(index - 1))) == "":
            continue
        if index in totals and totals[index] in made:  # a running total: the gain's subject and platform
            made[index] = carried_total(made[totals[index]], figure, sentence, view.date_for(sentence, figure.start))
            metrics.append(made[index])
            continue
        subject, platform = paired.get(index, (None, None))
        paired_subject = subject is not None
        platform = platform or label_platform(view, sentence, figure) or _platform(figure, platforms, introduced)
        if platform is None and kind not in COMPANY_KINDS:
            platform = _platform_in_context(view, sentence, rules)
        confidence, phrase = (PHRASE_CONFIDENCE, market) if market else (0.6, None)
        kind = "sales" if market and kind == "deal_value" else kind
        if subject is None and phrase is None:
            stated = genitive_owner(view, sentence, figure, mentions, owners.cues.genitive_before) \
                or bracketed_owner(view, sentence, figure, mentions) \
                or aside_owner(view, sentence, figure, mentions, owners.cues.turns, owners.cues.nouns) \
                or relative_owner(view, sentence, figure, mentions, owners.cues) \
                or list_owner(view, owners, sentence, figure, platform, kind, lambda: _headings(view, sentence, rules))
            referent = noun_before_aside(view, owners, sentence, figure, mentions, kind) if stated is None else None
            # (a layout binds the name to the figure: a speech verb elsewhere, "the company said", is not its own)
            if stated is not None and not owners.is_source(stated) and may_own(stated, kind, platform, False, figure):
                subject, confidence = stated, NAMED_CONFIDENCE[1]
            elif referent is not None and may_own(referent, kind, platform, speaking, figure):
                subject, confidence = referent, NAMED_CONFIDENCE[0]
            elif list_line:  # (``list_label`` reads only a figure with no other between it and the label)
                phrase = list_label(view, sentence, figure, not any(
                    start < figure.start for start, *_ in _cues_in(view, sentence, rules)))
                confidence = PHRASE_CONFIDENCE if phrase else confidence
        if subject is None and phrase is None:
            named = opening_name(view, sentence, figure, index == 0, mentions)
            if named is not None and not owners.is_source(named) and may_own(named, kind, platform, speaking, figure):
                subject, confidence = named, NAMED_CONFIDENCE[1]
            opening = opening_noun(view, sentence, figure, mentions, owners.cues) if subject is None else None
            bound = bound_referent(owners, opening[1], opening[0]) if opening is not None else None
            if opening is not None and (bound is not None or opening[2] in OPENING_CATEGORIES
                                        or tech_opening(view, sentence, opening[2], owners.is_source)):
                # The sentence's subject is an owner noun: the entity it points to, else the words.
                referent = bound or resolve_opening(view, owners, sentence, opening[0], opening[2], opening[1]) \
                    or loose_referent(view, opening[1], opening[2], opening[0])
                if referent is None or may_own(referent, kind, platform, speaking, figure):
                    subject = referent
                    phrase = None if referent is not None else opening[1]
                    confidence = NAMED_CONFIDENCE[0] if referent is not None else PHRASE_CONFIDENCE
        if subject is None and phrase is None:  # a name no lexicon knows, opening the figure's clause
            phrase = unnamed_subject(view, sentence, figure, mentions, owners.cues)
            confidence = PHRASE_CONFIDENCE if phrase else confidence
        undecided = subject is None and phrase is None
        if undecided or (decisions is not None and not paired_subject and not market):
            # (the ranker is trained on every figure's candidates, those an opening noun decides too)
            unsourced = unsourced if unsourced is not None else [m for m in mentions if not owners.is_source(m)
                                                                 and not source_before(view, rules.sources, m.start,
                                                                                       sentence.start)]
            rule = rule_owner(view, sentence, figure, mentions, unsourced, kind, platform, speaking)
            noun = noun_phrase(view, sentence, figure, owners.cues, kind)
            # (a noun points back to a name before it, not to one in its aside: "the group, which owns X, ...")
            opens = noun is not None and opens_sentence(sentence, noun.start)
            noun_owner = (resolve_opening if opens else resolve_phrase)(
                view, owners, sentence, min(noun.start, figure.start), noun.category, noun.words) if noun else None
            found = candidates(owners, sentence, figure, mentions, kind, platform, speaking, rule, noun_owner,
                               noun[1] if noun else None, opens)
            if decisions is not None:
                decisions.append(OwnerDecision(sentence, figure, kind, found, undecided and noun is None))
            if undecided:
                choice = choose_owner(view, sentence, found, noun, noun_owner, kind, figure, owners.cues, cues,
                                      made.get(index - 1), (aspect := _aspect(view.text, sentence, figure, rules)))
                if choice is None:
                    continue
                subject, phrase, confidence = choice.mention, choice.phrase, choice.confidence
        if subject is not None and intermediary(view, owners.intermediaries, sentence, subject, figure):
            continue  # (an importer's or operator's from elsewhere: the brand's figure, whose name went unread)
        if platform is None and subject is not None and subject.type == "platform":
            platform = subject
        date = view.date_for(sentence, figure.start)
        metrics.append(Metric(
            subject=subject.name if subject is not None else phrase, kind=kind, value=figure.value,
            range=figure.range, qualifier=figure.qualifier, scope=_scope(sentence, figure, kind, rules),
            platform=platform.name if platform else None, date=date, currency=figure.currency,
            aspect=aspect if undecided else _aspect(view.text, sentence, figure, rules),  # (read once a figure)
            evidence=evidence(sentence, figure.start, figure.end), confidence=confidence,
            label=label_of(view.text, figure, cues) if kind == "other" else None))
        made[index] = metrics[-1]
    return one_owner_each(metrics, platforms) if respectively else metrics


def cue_kinds(text: str, lexicon: LanguageLexicon) -> list[str]:
    """The metric kinds a text's cue words name, in order (a table's column header or caption);
    NOT_A_METRIC for words that name a sum that is none (a profit column)."""
    rules = _rules(lexicon, is_spaced(lexicon))
    return [rules.kinds[m.group().casefold()] for m in rules.cues.finditer(text)]


def _cues_in(view: DocumentView, sentence: Sentence, rules: _Rules) -> list[tuple[int, int, str]]:
    """The metric cue words of a sentence: (start, end, kind). Read once a document: a list line's
    headings are asked again for every line of the list (callers do not change the list)."""
    key = (_cues_in, sentence.start, sentence.end)
    if key not in view.memo:
        found = [(sentence.start + m.start(), sentence.start + m.end(), rules.kinds[m.group().casefold()])
                 for m in rules.cues.finditer(sentence.text)]
        if rules.separable is not None:
            found = sorted(found + split_cues_in(sentence.text, sentence.start, rules.separable))
        view.memo[key] = funded_cues(found, sentence.text, sentence.start, rules.funding, rules.collecting)
    return view.memo[key]


def _scope(sentence: Sentence, figure: Quantity, kind: str, rules: _Rules) -> str | None:
    """Which part of a platform a user figure counts, when its sentence says ("daily users of the
    livestreaming service", "小程序用户"): the scope word nearest the figure."""
    if kind not in PLATFORM_OWN_KINDS:
        return None
    found = [(abs(sentence.start + m.start() - figure.start), m.group()) for m in rules.scopes.finditer(sentence.text)]
    return rules.scope_names[min(found)[1].casefold()] if found else None


def _is_metric(text: str, figure: Quantity, kind: str, rules: _Rules) -> bool:
    """Whether a figure with a kind cue is an audience or commerce figure.

    Counts under a hundred are not ("the 15 brands", "Double 11"), but a staff of ten or more is; a deal or
    a donation is a sum of money, and a sale counted in units is at least a thousand of them; the price of
    one item ("1 080 yuans le flacon", "kostet 70.000 Yuan") is not sales."""
    smallest = _SMALLEST_STAFF if kind == "employees" else _SMALLEST_COUNT
    if figure.kind == "count" and figure.range is None and (figure.value or 0) < smallest:
        return False
    if figure.kind == "count" and kind in MONEY_KINDS and (kind != "sales" or (figure.value or 0) < 1000):
        return False
    if figure.kind == "money" and priced(text, figure, rules.prices):
        return False
    return not rules.forms.nouns.counts_another(text, figure, kind)


def _not_a_figure(text: str, sentence: Sentence, figures: list[Quantity], index: int, rules: _Rules) -> bool:
    """A number that states no figure of its own: an exchange rate, a rank, an address, a score, a sample
    (``number_forms``), a sum restated in another currency ("41 milhões de yuan (cerca de 5,2 milhões de
    euros)": the same figure), a forecast, target or plan (a forecast cue in its clause, before or after
    it), a name or a vague range (``figure_guards``)."""
    figure = figures[index]
    if quoted_alone(text, figure) or too_vague(figure) or too_small_a_sum(figure) or bare_code(figure):
        return True
    if restated_sum(text, figures[index - 1] if index else None, figure, rules.restatements) \
            or rules.forms.states_no_count(text, figure, sentence.start, sentence.end):
        return True
    breaks = breaks_up_to(text, sentence.start, figure.start)
    clause_start = breaks[-1].end() if breaks else sentence.start
    if rules.forecasts.search(text, clause_start, figure.start) \
            or rules.openers.opens(text, sentence, figure):
        return True
    # a forecast cue closing the figure's clause ("..., wonach der Umsatz 2,25 Milliarden erreichen soll")
    return rules.openers.closes(text, sentence, figure, rules.forecasts)  # (not across a conjunction: "et vise")


def _aspect(text: str, sentence: Sentence, figure: Quantity, rules: _Rules) -> str:
    """"change" for a gain or loss ("up 176,000", "35mila nuovi follower", "净增粉丝约140万"), else "total"."""
    if figure.qualifier == "up_to":
        return "total"
    if rules.change_before.search(text[max(sentence.start, figure.start - 30):figure.start]):
        return "change"
    if rules.change_after.match(text, figure.end, min(sentence.end, figure.end + 20)):
        return "change"
    return "total"


def _bare_figure(view: DocumentView, sentence: Sentence, figure: Quantity, rules: _Rules) -> bool:
    """Whether no word names what a figure counts: punctuation, a preposition or a date follows it
    ("206 million at mid-year", "580,000 last year"), not a noun ("2.1 million inhabitants")."""
    if rules.bare_tail.match(view.text, figure.end, sentence.end):
        return True
    return any(0 <= d.start - figure.end <= 1 for d in view.dates_in(sentence))


def _bare(view: DocumentView, sentence: Sentence, rules: _Rules) -> Callable[[Quantity], bool]:
    return lambda figure: _bare_figure(view, sentence, figure, rules)


def _before_in_paragraph(view: DocumentView, sentence: Sentence) -> Sentence | None:
    """The sentence before this one when both are of one paragraph (no line break between them)."""
    before = view.sentence_before(sentence)
    return None if before is None or "\n" in view.text[before.end:sentence.start] else before


def _has_words(sentence: Sentence) -> bool:
    return any(ch.isalnum() for ch in sentence.text)


def _headings(view: DocumentView, sentence: Sentence, rules: _Rules) -> list[Sentence]:
    """The lines a list or series line belongs to, in text order: the first longer line above its run (within 30
    lines; a short line with a year but no figure, "Kärcher in China (2025)", heads the run), then the first line of
    the run that names a metric (punctuation lines skipped), unless words of the line's own label it
    (``labelled_line``). The nearest says what the line counts; all may name whose figures these are."""
    sentences = view.extraction.sentences
    index = sentence.index - 1
    named: Sentence | None = None
    while index >= 0 and (not _has_words(sentences[index]) or
                          (is_list_line(view, sentences[index], _bare(view, sentences[index], rules))
                           and any(q.kind in FIGURE_KINDS for q in view.quantities_in(sentences[index])))):
        if _has_words(sentences[index]) and _cues_in(view, sentences[index], rules):
            named = sentences[index]
        index -= 1
    above = [sentences[index]] if index >= 0 and sentence.index - index <= 30 else []
    return above + ([named] if named is not None and not labelled_line(view, sentence) else [])


def _mentions_of(view: DocumentView, lines: list[Sentence]) -> list[Mention]:
    """The mentions of several lines, in order, but a person's (a speaker of the prose above a list)."""
    return [m for line in lines for m in view.mentions_in(line) if m.type != "person"]


def _platform(figure: Quantity, platforms: list[Mention], introduced: set[Mention]) -> Mention | None:
    """The platform named nearest the figure, one after a platform preposition first."""
    if not platforms:
        return None
    pool = [p for p in platforms if p in introduced] or platforms
    return min(pool, key=lambda p: abs(p.start - figure.start))


def _introduced(text: str, mention: Mention, rules: _Rules) -> bool:
    """Whether a platform preposition stands right before the name ("su Tencent", "在抖音")."""
    return rules.prepositions.search(text, max(0, mention.start - 16), mention.start) is not None


def _platform_in_context(view: DocumentView, sentence: Sentence, rules: _Rules) -> Mention | None:
    """The platform an audience figure was measured on when its sentence names none: the last one
    named earlier in its paragraph after a platform preposition ("sur Douyin, la version chinoise de
    TikTok"), else the last one named there, else the platform the document is mostly about."""
    earlier = [m for m in view.paragraph_before(sentence) if m.type == "platform"]
    introduced = [m for m in earlier if _introduced(view.text, m, rules)]
    if introduced or earlier:
        return (introduced or earlier)[-1]
    return view.main_platform
