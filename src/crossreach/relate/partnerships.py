"""Partnerships: two or more parties working together, as articles state them.

Two kinds of sentence name a partnership (cues in ``relate.partnership_cues``):

- a partnership cue: a general one ("partnership", "accordo", "合作", "teams up with") or one that says
  what the deal is (a sponsorship, broadcast rights, a stake, an alliance, a memorandum of
  understanding). Its parties are the two organizations or platforms of the sentence (Tmall beside
  its owner Alibaba is one party), or with more, the names each cue joins: a list of one side before
  the cue is one deal per name with its clause's subject ("TME renewed with Warner and Sony"), and
  a name restated in brackets is one name. When the cue's clause names one party only, the one run
  of capitalised words in it that the recogniser did not read is the other (an acronym in brackets
  restating it is the same name). In German a deal's noun may end a compound ("Medienpartnerschaft").
  The brand or institution a sentence leaves out comes from an opening anaphor or from what the
  document is about (the headline's subject, or the name its body speaks of far more): "Douyin
  became the tour's partner, replacing Kuaishou"; "the two sides" ("双方") are the parties stated
  just before, and "the contract expired" speaks of the platform the sentence before named; a cue sentence
  no other rule read whose one name is the cue's object is a deal of the document's subject
  (``relate.partnership_lone``);
- a presence cue that puts organizations on a platform ("debuts on Fliggy", "入驻天猫"), read by
  ``relate.partnership_presence``.

What every rule shares (the names that may be parties, the document's subject, clauses, lists,
ownership) is in ``relate.partnership_reader``. The rules only propose: the rules' pairs and every
other pair of names of a cue sentence are candidates, and ``relate.partnership_scorer`` keeps those
its fitted model finds likely (a bystander the rules picked is left out).

A competition's name that carries a title sponsor ("Liga Portugal Betclic") is a sponsorship of its
organiser (``relate.partnership_sponsors``).

Not a partnership: a name credited as the reporter ("according to Xinhua", "told EFE", "(Reuters)") or
as the source of the news or figures ("according to data from QuestMobile"); a bystander set aside
("Besides Lotus, ...", "unlike Kuaishou"); an owner that describes a party ("the Suning-owned broadcaster");
a rival or what a deal does not cover (a negation word in the cue's clause); an audience measured on
a platform in the presence cue's clause ("kommt auf Douyin auf 1,2 Mio. Follower"), unless it is a
store's; a post about the deal on a platform ("Et sur WeChat, l'article annonçant l'accord ..."); the
headline of another article a link rubric opens ("Related: ...", "相关阅读：...").
Each partnership carries a ``kind`` (its cue's kind, else the most specific kind cue of the cue's
clause, then of its sentence, "store" for a presence cue) and a ``status``: "ended" when its party's
clause says the deal ended or was not renewed, "renewed" when its clauses say it was renewed or
extended, else "active". A platform named short and then in full ("Tmall", "Tmall Luxury Pavilion")
gives one partnership.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from crossreach.domain import DomainLexicon
from crossreach.lexicon import NEVER, LanguageLexicon
from crossreach.models import Extraction, Fact, Mention, Partnership, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.context import DocumentView, anaphor_re, evidence, is_tech
from crossreach.relate.deals import one_per_deal
from crossreach.relate.partnership_anaphor_subjects import anaphor_subject_pair
from crossreach.relate.partnership_asides import without_asides
from crossreach.relate.partnership_between import between_parties
from crossreach.relate.partnership_channels import sales_channels
from crossreach.relate.partnership_clause_unread import clause_unread_pairs
from crossreach.relate.partnership_cues import PartnershipCues, partnership_cues
from crossreach.relate.partnership_discourse import (
    carried_terms,
    headline_pair,
    noun_referent,
    previous_subject,
    subject_and_platform,
)
from crossreach.relate.partnership_each_object import each_with_subject
from crossreach.relate.partnership_filters import (
    affirmed_each,
    without_hosting,
    without_nested,
    without_parts,
    without_settings,
)
from crossreach.relate.partnership_headlines import headline_partners
from crossreach.relate.partnership_links import linked_pair
from crossreach.relate.partnership_lists import around_cue
from crossreach.relate.partnership_lone import lone_partner, unread_name_before
from crossreach.relate.partnership_noun_openings import noun_subject
from crossreach.relate.partnership_objects import subject_and_objects
from crossreach.relate.partnership_operators import store_owner_pair
from crossreach.relate.partnership_partners import without_unnamed_partners
from crossreach.relate.partnership_presence import platform_meant, platform_of_paragraph, present, referred_subject
from crossreach.relate.partnership_pronoun_lists import pronoun_with_list
from crossreach.relate.partnership_quotes import without_quoted_parties
from crossreach.relate.partnership_reader import (
    Reader,
    as_one_party,
    audience_measured,
    beside_audience,
    clause_bounds,
    clause_of,
    deal_kind,
    is_anchor,
    is_store,
    owns,
    unread_partner,
    without_owned,
)
from crossreach.relate.partnership_referents import (
    described_before,
    introduced_before,
    kind_focus,
    kind_owner_after,
    owning_anaphor,
    platform_said_before,
    pronoun_referent,
    read_with_focus,
    unread_with_focus,
)
from crossreach.relate.partnership_roles import attached_roles, focus_partner, role_named
from crossreach.relate.partnership_scorer import Candidate, kept, one_side_object
from crossreach.relate.partnership_sponsors import title_sponsors
from crossreach.relate.partnership_stores import StoreWords, owned_stores, store_words
from crossreach.relate.partnership_subjects import without_unread_subjects
from crossreach.relate.partnership_unread import unread_with_platform
from crossreach.relate.partnership_where import where_stores
from crossreach.relate.referent_kinds import fits_kind, phrase_kind

#: More names than this in a cue sentence gives no candidate pairs beyond the rules' (a list of names).
_MAX_PAIRED = 5
#: How far (characters) before a platform its preposition ("on", "sur", "在") may stand.
_PREPOSITION_REACH = 6
#: How far into a sentence its opening anaphor may reach, and how long a noun of it that a name may hold.
_ANAPHOR_REACH, _NOUN_LETTERS = 40, 4

#: How many words (characters of a script without spaces) a clause that only sets where may hold beside its name.
_SETTING_WORDS, _SETTING_CHARS = 2, 3
#: How many sentences before "the two sides" may name them when no deal was stated before.
_SIDES_BACK = 2
#: How many words (the article first) may stand before an opening anaphor's platform word.
_PLATFORM_WORD_AT = 3
#: A semicolon, plain or full-width: two statements, each with its own parties ("A signs with B; C renews with D").
_SEMICOLON = re.compile("[;\uff1b]")
#: A word of a spaced script (for capitalised runs).
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


def relate_partnerships(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The partnership facts of one document."""
    reader = Reader(view, partnership_cues(lexicon, view.spaced), entity_rules(lexicon), domain)
    found = kept(reader, candidates(reader, store_words(lexicon, view.spaced)), partnership_of)
    # A title sponsor the competition's name carries is a sponsorship, whatever other cue of the sentence that
    # names both paired them by ("vendeu os direitos da Liga Portugal Zentra"); a stated sponsorship keeps its own.
    stated = {frozenset(fact.parties) for fact in found if fact.kind == "sponsorship"}
    sponsored = [fact for fact in title_sponsors(reader, lexicon) if frozenset(fact.parties) not in stated]
    replaced = {frozenset(fact.parties) for fact in sponsored}
    found = [fact for fact in found if frozenset(fact.parties) not in replaced] + sponsored
    return without_parts(one_per_deal(carried_terms(reader, found), reader.domain, reader))


def partnership_candidates(view: DocumentView, lexicon: LanguageLexicon,
                           domain: DomainLexicon) -> tuple[Reader, list[Candidate]]:
    """Every candidate partnership of a document with its reader (for ``scripts/train_partnership_scorer.py``)."""
    reader = Reader(view, partnership_cues(lexicon, view.spaced), entity_rules(lexicon), domain)
    return reader, candidates(reader, store_words(lexicon, view.spaced))


def candidates(reader: Reader, stores: StoreWords | None = None) -> list[Candidate]:
    """The partnerships the rules read, sentence by sentence, and the other pairs of names each cue sentence
    holds, for the scorer to keep or leave out; then the stores a list of brands owns (``stores``: "the
    Xiaohongshu stores of Maje and Sandro") and the platforms an organization sells through."""
    found: list[Candidate] = []
    stated: list[Partnership] = []
    cues = reader.cues
    for sentence in _with_cues(reader.view.extraction, cues):
        named = reader.view.mentions_in(sentence)
        stated_cues, presence_found = affirmed_each(sentence, (cues.partnership, cues.presence), cues, named)
        stated_cues = attached_roles(reader, sentence, stated_cues, named)  # not "sells through resellers"
        presence_cues = [c for c in presence_found  # not "opened an account"
                         if not cues.account_opening.match(sentence.text, c.end())]
        if not stated_cues and not presence_cues:
            continue
        ruled = _read_sentence(reader, sentence, stated, stated_cues, presence_cues)
        for candidate in ruled:
            candidate.rule = candidate.rule and not one_side_object(reader, candidate)
        stated.extend(c.fact for c in ruled if c.fact is not None and c.rule)
        found.extend(ruled)
        found.extend(_other_pairs(reader, sentence, {frozenset(c.names) for c in ruled},
                                  stated_cues or presence_cues, presence=not stated_cues))
    if stores is not None:
        read = {frozenset(c.names) for c in found if c.rule}
        for sentence, cue, pairs in [*owned_stores(reader, stores), *where_stores(reader),
                                     *sales_channels(reader, stores), *headline_partners(reader)]:
            for parties in (p for p in pairs if frozenset(m.name for m in p) not in read):
                pair = frozenset(m.name for m in parties)
                read.add(pair)
                found = [c for c in found if frozenset(c.names) != pair]  # the rule's reading, not a bare pair
                found.append(_ruled(_partnership(reader, sentence, cue, parties, default_kind="store"),
                                    parties, sentence, cue, presence=True))
    for i, candidate in enumerate(found):  # "Il negozio su Tmall, gestito da X": X runs the subject's store
        if candidate.rule and (owner := store_owner_pair(reader, candidate)) is not None:
            found[i] = _ruled(_partnership(reader, candidate.sentence, candidate.cue, owner, candidate.kind), owner,
                              candidate.sentence, candidate.cue, presence=candidate.presence)
    found = without_unread_subjects(reader, without_asides(reader, without_settings(reader, found)))
    found = without_hosting(reader, without_quoted_parties(reader, found))
    return without_nested(without_unnamed_partners(reader, found))


def partnership_of(reader: Reader, candidate: Candidate) -> Partnership:
    """The partnership of a candidate pair no rule proposed, built once the scorer keeps it."""
    return candidate.fact or _partnership(reader, candidate.sentence, candidate.cue, candidate.parties,
                                          "store" if candidate.presence else "other")


def _other_pairs(reader: Reader, sentence: Sentence, ruled: set[frozenset[str]], affirmed: list[re.Match[str]],
                 presence: bool) -> list[Candidate]:
    """The pairs of names of a cue sentence no rule proposed, each with the affirmed cue nearest to it
    (a sentence naming more than ``_MAX_PAIRED`` names is a list, not a deal); their partnerships are
    built only for the ones the scorer keeps."""
    names = list({m.name: m for m in reader.parties(sentence)}.values())
    if not 2 <= len(names) <= _MAX_PAIRED:
        return []
    found = []
    kinds: dict[int, str] = {}
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            if frozenset((first.name, second.name)) in ruled or owns(reader.domain, first, second) \
                    or owns(reader.domain, second, first):
                continue
            middle = (first.start + second.end) // 2
            cue = min(affirmed, key=lambda c: abs(sentence.start + c.start() - middle))
            if cue.start() not in kinds:
                kinds[cue.start()] = deal_kind(reader.cues, sentence, "store" if presence else "other", cue,
                                           reader.view.memo)
            found.append(Candidate((first.name, second.name), [first, second], sentence, cue,
                                   rule=False, kind=kinds[cue.start()], presence=presence))
    return found


def _with_cues(extraction: Extraction, cues: PartnershipCues) -> list[Sentence]:
    """The sentences holding a partnership or presence cue, found in one pass over the text (most
    sentences hold none)."""
    sentences = extraction.sentences
    starts = [s.start for s in sentences]
    found: dict[int, Sentence] = {}
    text = extraction.document.text
    split = cues.split.finditer(text) if cues.split is not NEVER else ()
    for cue in [*cues.matches(cues.any_word, text), *split]:
        index = bisect_right(starts, cue.start()) - 1
        if index >= 0 and cue.start() < sentences[index].end:
            found.setdefault(index, sentences[index])
    return [found[i] for i in sorted(found)]


def _read_sentence(reader: Reader, sentence: Sentence, earlier: list[Partnership],
                   stated_cues: list[re.Match[str]], presence_cues: list[re.Match[str]]) -> list[Candidate]:
    """The partnerships the rules read in one sentence, from its affirmed partnership and presence cues."""
    cues = reader.cues
    mentions = reader.parties(sentence)
    facts = []
    reported = [m.span() for m in cues.reporting.finditer(sentence.text)]
    affirmed = [cue for cue in stated_cues
                if not _inside_name(sentence, cue, mentions)
                and not any(start <= cue.start() < end for start, end in reported)]  # "de acuerdo con"
    if affirmed:
        stated = beside_audience(reader, sentence)  # not the platform an audience was measured on
        found = [pair for cues_of_part, names in _cue_parts(reader, sentence, affirmed, stated)  # else the last resort
                 for pair in _stated(reader, sentence, cues_of_part, names, earlier)] \
            or [(affirmed[0], pair) for pair in subject_and_objects(reader, sentence, affirmed[0], stated)] \
            or lone_partner(reader, sentence, affirmed)
        read = {m.name for _, parties in found for m in parties}
        found += [(cue, pair) for cue, pair in clause_unread_pairs(reader, sentence, affirmed, mentions)
                  if pair[1].name not in read]  # "son investissement dans Vantage Studios, la filiale d'Ubisoft"
        facts = [_ruled(_partnership(reader, sentence, cue, parties), parties, sentence, cue) for cue, parties in found]
    stated = {frozenset(c.names) for c in facts}
    for cue in presence_cues:
        measured = audience_measured(reader, sentence, cue)
        if measured and not (is_store(cues, cue) and any(is_tech(m) for m in mentions)):
            continue  # an audience on the platform, not a deal; a store's followers on a platform named
        for parties in present(reader, sentence, cue, mentions):
            if frozenset(m.name for m in parties) not in stated:
                stated.add(frozenset(m.name for m in parties))
                facts.append(_ruled(_partnership(reader, sentence, cue, parties, default_kind="store"),
                                    list(parties), sentence, cue, presence=True))
    return facts


def _ruled(fact: Partnership, parties: list[Mention], sentence: Sentence, cue: re.Match[str],
           presence: bool = False) -> Candidate:
    """A candidate a rule proposed, with its partnership."""
    return Candidate(fact.parties, parties, sentence, cue, rule=True, kind=fact.kind, presence=presence, fact=fact)


def _cue_parts(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
               mentions: list[Mention]) -> list[tuple[list[re.Match[str]], list[Mention]]]:
    """The cues and names of each part of the sentence that holds a cue, its parts cut at a word that
    opens a clause of another subject ("Dorna signs with the platforms while CFMoto extends its
    sponsorship of the Aspar team") or at a semicolon: a name of one part is no partner of the other's cue. With cues in
    two parts, a part that names one party only reads nothing (its partner is no one outside it)."""
    breaks = [*reader.cues.contrast.finditer(sentence.text), *_SEMICOLON.finditer(sentence.text)]
    cuts = [0, *sorted(c.start() for c in breaks), len(sentence.text) + 1]
    if len(cuts) == 2:
        return [(affirmed, mentions)]
    parts: dict[int, list[re.Match[str]]] = {}
    for cue in affirmed:
        parts.setdefault(bisect_right(cuts, cue.start()), []).append(cue)
    found = []
    for part, cues in parts.items():
        names = [m for m in mentions if bisect_right(cuts, m.start - sentence.start) == part]
        if len(parts) == 1 or len({m.name for m in names}) >= 2:
            found.append((cues, names))
    return found


def _stated(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]], mentions: list[Mention],
            earlier: list[Partnership]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties a sentence with partnership cues joins, cue by cue."""
    view = reader.view
    if not mentions:
        return _referred_back(reader, sentence, affirmed[0], earlier) \
            or _anaphor_and_platform(reader, sentence, affirmed) or unread_with_focus(reader, sentence, affirmed) \
            or subject_and_platform(reader, sentence, affirmed)
    mentions = as_one_party(reader, sentence, affirmed[0], [platform_meant(reader, sentence, m) for m in mentions])
    if listed := between_parties(reader, sentence, affirmed, mentions):
        return listed  # "Analysts at X said the partnership between A and B ...": A and B
    if listed := pronoun_with_list(reader, sentence, affirmed, mentions):
        return listed  # "It has signed agreements with the Paris Opera and the Salzburg Festival"
    if listed := each_with_subject(reader, sentence, affirmed, mentions):
        return listed  # "The company signed with X and renewed its deal with Y": each with the subject
    if len({m.name for m in mentions}) > 2 and (linked := linked_pair(reader, sentence, mentions)):
        return [(affirmed[0], linked)]  # "le contrat qui liait la LFP a PP Sports, la plateforme de Suning"
    if anaphora := anaphor_subject_pair(reader, sentence, affirmed):
        return anaphora  # "Su Tmall la società ... con cui ha rinnovato il contratto": the document's subject
    single = len({m.name for m in mentions}) == 1  # ("Le groupe Pierre Fabre": someone the recogniser did not read)
    referent = _referent(reader, sentence, affirmed[0]) \
        if single and not unread_name_before(reader, sentence, affirmed[0]) else None
    if single and not is_tech(mentions[0]) and _platform_opens(reader, sentence, mentions[0]):
        # "The short-video platform, which became Formula E's partner": the platform of the paragraph
        referent = platform_of_paragraph(view, sentence, [])
    if referent is None and single and reader.cues.opening_pronoun.match(view.text, sentence.start, sentence.end):
        # "It holds a stake in Aston Martin": the brand the sentence before opened with
        referent = next(iter(referred_subject(reader, sentence)), None)
    if referent is None and single:  # "Besides Lotus, it holds a stake in Aston Martin"
        referent = next(filter(None, (pronoun_referent(reader, sentence, cue) for cue in affirmed)), None)
    if referent is not None and not _partner_of_focus(reader, sentence, affirmed, mentions[0]):
        return []  # "Le festival, qui compte 88 000 fans sur Weibo, espère que l'accord ...": an audience
    if referent is None and len({m.name for m in mentions}) == 1 and _partner_of_focus(reader, sentence, affirmed,
                                                                                      mentions[0]):
        kind = deal_kind(reader.cues, sentence, "other", memo=reader.view.memo)
        bound = any(reader.cues.subject_stake.search(cue.group()) for cue in affirmed) \
            or role_named(reader, sentence, mentions[0])  # "contract with its importer Foo": a counterparty
        # "The DZT teams up with a travel platform. The organisation signed with Trip.com": the DZT.
        referent = introduced_before(reader, sentence, mentions[0]) \
            or focus_partner(kind_focus(reader, sentence, affirmed[0]), mentions[0], kind, bound)
    if referent is None and single:  # "Tmall grows in Europe. Last month it signed with the Louvre"
        referent = previous_subject(reader, sentence, affirmed, mentions[0])
    if referent is not None:  # "El museo también colabora con Turespaña", "the league signed with Bilibili"
        mentions = [referent, *mentions]
    elif single and not is_tech(mentions[0]) and _says_platform_in_cue_clause(reader, sentence, affirmed):
        # "Le Centre Pompidou collabore avec la plateforme": the platform the paragraph is about.
        platform = platform_of_paragraph(view, sentence, []) or platform_said_before(reader, sentence, affirmed[0])
        if platform is not None:
            mentions = [*mentions, platform]
    if single and len({m.name for m in mentions}) == 1 \
            and (described := described_before(reader, sentence, affirmed, mentions[0])) is not None:
        mentions = [*mentions, described]  # "The British Museum signed with the Chinese e-commerce giant"
    if len({m.name for m in mentions}) == 1 and (unread := unread_partner(reader, sentence, affirmed)) is not None:
        mentions = sorted([*mentions, unread], key=lambda m: m.start)  # "whose title sponsor is ... ABB"
    if len({m.name for m in mentions}) < 2:
        return read_with_focus(reader, sentence, affirmed, mentions[0]) if single else []
    focus = reader.focus
    if unread_deal := unread_with_platform(reader, sentence, affirmed, mentions):
        return unread_deal  # "The Eden Project signed with Trip.com and says its Weibo page has ..."
    if not any(not is_tech(m) for m in mentions):
        # "Douyin became the tour's partner, replacing Kuaishou": the deals of the document's subject.
        names = {m.name: m for m in mentions}  # ("les droits du tournoi": the tournament's deals)
        focus = kind_owner_after(reader, sentence, affirmed[0]) or focus
        owners = {m.name for m in names.values() if any(owns(reader.domain, m, other) for other in names.values())}
        first = mentions[0]
        if deal_kind(reader.cues, sentence, "other", memo=reader.view.memo) == "stake" and len(names) > 1 \
                and first.type == "organization":
            # "Tencent holds stakes in both Huya and Douyu": the investor and each company.
            return [(affirmed[0], [first, m]) for m in names.values()
                    if m.name != first.name and not owns(reader.domain, first, m)]
        if focus is None or len(names) - len(owners) > 2:
            return []
        # "the league ended its contract with PPTV, the Suning-owned broadcaster": PPTV, not Suning; but the
        # owner when the cue names it first ("a licence with ByteDance has allowed its Douyin app ...").
        signed = _named_by_cue(sentence, affirmed[0], list(names.values()))
        if signed is not None and signed.name in owners and focus.name != signed.name:
            return [(affirmed[0], [focus, signed])]
        return [(affirmed[0], [focus, m]) for m in names.values()
                if m.name not in owners and _partner_of_focus(reader, sentence, affirmed, m)]
    if len({m.name for m in mentions}) <= 2:
        return [(affirmed[0], parties) for parties in _named(mentions, reader.domain)]
    found = []
    for cue in affirmed:
        for parties in around_cue(view.text, sentence, cue, mentions, reader.rules, reader.cues, reader.domain):
            if len({m.name for m in parties}) >= 2:
                found.append((cue, parties))
    return found


def _named_by_cue(sentence: Sentence, cue: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """The name right after a cue, in its clause, no other word than an article between ("a licence with
    ByteDance", "un accordo con la Rai"): the party the cue names, else none."""
    _, right = clause_bounds(sentence.text, cue.start(), cue.end())
    after = sorted((m for m in mentions if sentence.start + cue.end() <= m.start < sentence.start + right),
                   key=lambda m: m.start)
    if not after or len(sentence.text[cue.end():after[0].start - sentence.start].split()) > 1:
        return None
    return after[0]


def _platform_opens(reader: Reader, sentence: Sentence, named: Mention) -> bool:
    """Whether the sentence opens with an article and, a few words on, a word for a platform ("The
    short-video platform, which ...", "La plataforma de vídeo ..."), before the one name it holds."""
    opening = reader.view.text[sentence.start:min(named.start, sentence.start + _ANAPHOR_REACH)]
    words = opening.split()
    if len(words) < 2 or not (reader.cues.list_article.match(words[0]) or reader.rules.article_re.fullmatch(words[0])):
        return False
    said = reader.cues.platform_words.search(opening)
    return said is not None and len(opening[:said.start()].split()) <= _PLATFORM_WORD_AT


def _referred_back(reader: Reader, sentence: Sentence, cue: re.Match[str],
                   earlier: list[Partnership]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence that names none: "the two sides" are those of the partnership
    stated before, else the two names the sentences just before end with; "the contract expired" speaks
    of the platform the sentence before named (the document's subject is its partner)."""
    view = reader.view
    previous = earlier[-1] if earlier and earlier[-1].evidence.sentence_end <= sentence.start else None
    if previous is not None and reader.cues.both_sides.search(sentence.text):
        by_name = {m.name: m for m in view.extraction.mentions if m.name in previous.parties}
        return [(cue, [by_name[name] for name in previous.parties if name in by_name])]
    if reader.cues.both_sides.search(sentence.text) or (previous is None and reader.cues.deal_references.search(
            sentence.text)):  # "The deal runs until 2026", no deal stated before: the names just before
        sides = headline_pair(reader, sentence) or _two_named_before(reader, sentence)
        return [(cue, sides)] if sides else []
    if not (reader.cues.ended.search(sentence.text) or reader.cues.renewed.search(sentence.text)):
        return []
    before = view.sentence_before(sentence)
    named = {m.name: m for m in reader.parties(before)} if before is not None else {}
    owners = {n for n, m in named.items() if any(owns(reader.domain, m, other) for other in named.values())}
    platforms = [m for n, m in named.items() if n not in owners and is_tech(m)]
    focus = reader.focus
    if focus is None or len(platforms) != 1:
        return []
    return [(cue, [focus, platforms[0]])]


def _anaphor_and_platform(reader: Reader, sentence: Sentence,
                          affirmed: list[re.Match[str]]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence that names none but opens with an anaphor and says "the platform" in
    the cue's clause ("La maison a signé un accord avec la plateforme"): what the anaphor points back to
    and the platform of the paragraph; or describes a company there ("with the e-commerce giant"): the
    anaphor's and that company."""
    referent = _referent(reader, sentence)
    if not _says_platform_in_cue_clause(reader, sentence, affirmed):
        # "The Italian luxury house signed with the Hangzhou-based e-commerce giant": the company described
        described = described_before(reader, sentence, affirmed, referent) if referent is not None else None
        return [(affirmed[0], [referent, described])] if referent is not None and described is not None else []
    platform = platform_of_paragraph(reader.view, sentence, [])
    if referent is None or platform is None or referent.name == platform.name or is_tech(referent):
        return []
    return [(affirmed[0], [referent, platform])]


def _two_named_before(reader: Reader, sentence: Sentence) -> list[Mention]:
    """The last two names of the sentences just before one that says "the two sides" when no deal was
    stated before it ("The Bundesliga wants more fans. Douyin shows highlights. The two sides signed
    ..."): two names of which one is a brand or institution, neither owning the other; else none."""
    found: dict[str, Mention] = {}
    earlier = reader.view.extraction.sentences[max(0, sentence.index - _SIDES_BACK):sentence.index]
    for before in reversed(earlier):
        for mention in reversed(reader.parties(before)):
            if len(found) < 2:
                found.setdefault(mention.name, mention)
    sides = sorted(found.values(), key=lambda m: m.start)
    if len(sides) != 2 or not any(is_anchor(m) for m in sides) \
            or owns(reader.domain, sides[0], sides[1]) or owns(reader.domain, sides[1], sides[0]):
        return []
    return sides


def _referent(reader: Reader, sentence: Sentence, cue: re.Match[str] | None = None) -> Mention | None:
    """What an opening anaphor points back to, or (with ``cue``) one that owns the cue's deal ("a clear
    uplift on the league's last China contract, with Tencent Sports"): the last brand or institution
    named before whose name holds the anaphor's noun ("Il teatro milanese" is the Teatro alla Scala,
    "the league" the Scottish Professional Football League), else the one such name of the document
    when it is named only further on (a headline may call it by a short name the gazetteer lacks),
    else, for an opening anaphor, the view's reading (the first of the sentence before)."""
    anaphor = anaphor_re(reader.view.extraction.document.lang).match(
        reader.view.text, sentence.start, sentence.start + _ANAPHOR_REACH)
    opening = anaphor is not None
    if anaphor is None and cue is not None:
        anaphor = owning_anaphor(reader, sentence, cue)
    if anaphor is None:  # "La aseguradora firmo con ...": the document's subject
        return noun_subject(reader, sentence)
    nouns = frozenset(w.casefold() for w in _WORD.findall(anaphor.group()) if len(w) >= _NOUN_LETTERS)
    # The last such name before the sentence, by bisection over the ones holding these nouns.
    starts, holding = reader.view.accepted(("partnerships: anchor named with", nouns), lambda m: (
        m.type == "organization" and is_anchor(m) and bool(nouns & {w.casefold() for w in _WORD.findall(m.name)})))
    index = bisect_left(starts, sentence.start)
    if index:
        return holding[index - 1]
    if len({m.name for m in holding}) == 1:
        return holding[0]  # the one such name of the document, named in full further on
    if not opening:  # "le partite del campionato sono trasmesse da Migu": the league named before
        return kind_owner_after(reader, sentence, cue) if cue is not None else None
    previous = reader.view.sentence_before(sentence)
    named = {m.name: m for m in reader.parties(previous)} if previous is not None else {}
    kind = phrase_kind(reader.view.extraction.document.lang, anaphor.group())  # ("le tournoi": no federation)
    if len(named) == 1 and not any(is_anchor(m) for m in named.values()) and fits_kind(*named.values(), kind):
        # "JD.com will double its tequilas. La empresa ... en alianza con la Secretaria": the one company named
        return next(iter(named.values()))
    found = noun_referent(reader, previous, anaphor.group())
    return found if found is not None and fits_kind(found, kind) else reader.view.referent(sentence)


def _partner_of_focus(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]], mention: Mention) -> bool:
    """Whether the one name of a cue sentence is the partner of the document's subject: it stands in a
    cue's clause, or the cue's clause says "the platform", or it stands elsewhere but neither as the
    place of an audience ("the festival, with 88,000 fans on Weibo, hopes the deal ...") nor of a post
    counted ("l'accord a été lu 310 000 fois sur WeChat", "Et sur WeChat, l'article annonçant l'accord");
    "matches were shown on Bilibili under a deal that expired" names a deal; and no unread name is the subject."""
    if unread_name_before(reader, sentence, affirmed[0]):
        return False
    if _in_cue_clause(sentence, affirmed, [mention]) or _says_platform_in_cue_clause(reader, sentence, affirmed):
        return True
    before = reader.view.text[max(sentence.start, mention.start - _PREPOSITION_REACH):mention.start]
    return not audience_measured(reader, sentence) and not (
        reader.cues.on_platform.search(before)
        and (reader.view.quantities_in(sentence) or _setting(reader, sentence, mention)))


def _setting(reader: Reader, sentence: Sentence, mention: Mention) -> bool:
    """Whether a name's clause is only a preposition and the name ("Et sur Douyin, l'article ..."): where
    what follows happened, no statement of its own."""
    left, right = clause_bounds(sentence.text, mention.start - sentence.start, mention.end - sentence.start)
    rest = sentence.text[left:mention.start - sentence.start] + sentence.text[mention.end - sentence.start:right]
    return len(rest.split()) <= _SETTING_WORDS if reader.view.spaced else len(rest.strip()) <= _SETTING_CHARS


def _says_platform_in_cue_clause(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]]) -> bool:
    """Whether a cue's clause names the platform by a word ("un partenariat conclu avec la plateforme")."""
    return any(reader.cues.platform_words.search(clause_of(sentence.text, cue.start(), cue.end())) for cue in affirmed)


def _inside_name(sentence: Sentence, cue: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a cue is part of a name ("腾讯控股", Tencent Holdings), not a word of the sentence."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    return any(m.start <= start and end <= m.end for m in mentions)


def _in_cue_clause(sentence: Sentence, affirmed: list[re.Match[str]], mentions: list[Mention]) -> bool:
    """Whether a name stands in the clause of one of the cues ("the theatre signed with Bilibili"), not
    in another part of the sentence ("the festival, which has 88,000 fans on Weibo, hopes the deal ...")."""
    for cue in affirmed:
        left, right = clause_bounds(sentence.text, cue.start(), cue.end())
        if any(sentence.start + left <= m.start < sentence.start + right for m in mentions):
            return True
    return False


def _named(mentions: list[Mention], domain: DomainLexicon) -> list[list[Mention]]:
    """The partnerships a sentence with a cue and two names states: the two, unless one owns the other (Tmall)."""
    by_name = list({m.name: m for m in mentions}.values())
    names = without_owned([m.name for m in by_name], domain)
    return [[m for m in by_name if m.name in names]] if len(names) == 2 else []


def _partnership(reader: Reader, sentence: Sentence, cue: re.Match[str], parties: list[Mention],
                 default_kind: str = "other") -> Partnership:
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    names = tuple(dict.fromkeys(m.name for m in parties))
    return Partnership(parties=names, date=reader.view.date_for(sentence, start),
                       kind=deal_kind(reader.cues, sentence, default_kind, cue, reader.view.memo),
                       status=_status(reader, sentence, cue, parties),
                       evidence=evidence(sentence, start, end), confidence=0.6)


def _status(reader: Reader, sentence: Sentence, cue: re.Match[str], parties: list[Mention]) -> str:
    """"ended" when the clause of a party the sentence names (or of the cue, when it names none)
    says the deal ended; "renewed" when such a clause or the cue's says it was renewed
    (not "not renewed"); else "active". Another deal of the sentence keeps its own status."""
    text, cues = sentence.text, reader.cues
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in parties
             if sentence.start <= m.start < sentence.end]
    if not spans:  # "The contract expired": the cue's clause speaks for the parties named before
        spans.append((cue.start(), cue.end()))
    clauses = [clause_of(text, start, end) for start, end in [*spans, (cue.start(), cue.end())]]
    memo = reader.view.memo  # (what a clause says of a deal: asked again for each pair of its sentence)

    def says(word: str, clause: str) -> bool:  # "ended", or "renewed" (not "not renewed")
        key = ("partnerships: status", word, clause)
        if key not in memo:
            memo[key] = (cues.ended.search(clause) if word == "ended"
                         else cues.renewed.search(cues.ended.sub(" ", clause))) is not None
        return bool(memo[key])

    if any(says("ended", clause) for clause in clauses[:len(spans)]):
        return "ended"
    return "renewed" if any(says("renewed", clause) for clause in clauses) else "active"
