"""Partnerships: two or more parties working together, as articles state them.

Two kinds of sentence name a partnership (cues in ``relate.partnership_cues``):

- a partnership cue: a general one ("partnership", "accordo", "合作", "teams up with") or one that says
  what the deal is (a sponsorship, broadcast rights, a stake, an alliance, a memorandum of
  understanding). Its parties are the two organizations or platforms of the sentence (Tmall beside
  its owner Alibaba is one party), or with more, the names each cue joins. The brand or institution
  a sentence leaves out comes from an opening anaphor or from what the document is about (the
  headline's subject, or the name its body speaks of far more): "Douyin became the tour's partner,
  replacing Kuaishou"; "the two sides" ("双方") are the parties stated just before, and "the contract
  expired" speaks of the platform the sentence before named;
- a presence cue that puts organizations on a platform ("debuts on Fliggy", "sbarca su Tmall",
  "opened official stores", "入驻天猫"): each brand of the list that is its subject (or that follows
  it, "i negozi ufficiali di Kartell, Alessi ...") is a partner of the platform next to it, or of
  the platform the paragraph is about when the sentence says "the platform" or names none.

Not a partnership: a name credited as the reporter ("according to Xinhua", "told EFE", "(Reuters)");
a rival or what a deal does not cover (a negation word in the cue's clause); an audience measured on
a platform in the presence cue's clause ("kommt auf Douyin auf 1,2 Mio. Follower"), unless it is a
store's; a post about the deal on a platform ("Et sur WeChat, l'article annonçant l'accord ...").
Each partnership carries a ``kind`` (the most specific kind cue of its sentence, "store" for a
presence cue) and a ``status``: "ended" when its party's clause says the deal ended or was not
renewed, "renewed" when its clauses say it was renewed or extended, else "active". A platform named
short and then in full ("Tmall", "Tmall Luxury Pavilion") gives one partnership.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import Extraction, Fact, Mention, Partnership, Sentence
from crossreach.recognise.entity_rules import EntityRules, entity_rules
from crossreach.relate.context import CLAUSE_BREAK, DocumentView, _anaphor_re, evidence, is_tech
from crossreach.relate.deals import one_per_deal
from crossreach.relate.partnership_cues import PartnershipCues, partnership_cues

_PARTY_TYPES = ("organization", "platform", "event")
#: More parties than this in one sentence is a list of names, not a partnership.
_MAX_PARTIES = 3
#: How far (characters) from a presence cue its platform may stand, after or before it.
_PLATFORM_AFTER, _PLATFORM_BEFORE = 30, 12
#: How far (characters) after a partnership cue the first party it names may stand.
_LIST_REACH = 40
#: How far (characters) before a platform its preposition ("on", "sur", "在") may stand.
_PREPOSITION_REACH = 6
#: How far (characters) before a name a reporting word credits it ("según consignó la agencia Xinhua").
_CREDIT_BEFORE, _CREDIT_AFTER = 30, 12
#: Figures that are measured on a platform, not paid for a deal: counts of an audience.
_MEASURED_KINDS = ("count",)
#: How far (characters) after a store cue the brands it lists may start ("i negozi ufficiali di Kartell").
_STORE_OF = 12
#: How far (characters) before a cue the names it joins may end ("Louvre and Alibaba signed").
_BEFORE_REACH = 40
#: How often a name the headline lacks must be named, and twice as often as any other, to be the subject.
_DOMINANT = 3
#: How long a descriptor before a listed name may be (", German eyewear brand Mykita"): words, or characters
#: of a script without spaces.
_DESCRIPTOR_WORDS, _DESCRIPTOR_CHARS = 2, 6
#: How far into a sentence its opening anaphor may reach, and how long a noun of it that a name may hold.
_ANAPHOR_REACH, _NOUN_LETTERS = 40, 4
#: How many names a list in the sentence after a presence cue must hold to be the group it spoke of.
_GROUP = 3
#: How many opening sentences may hold the headline (after a rubric, a dateline).
_HEADLINE_SENTENCES = 3


#: A word of a spaced script (for capitalised runs).
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")


@dataclass
class _Reader:
    """One document's partnership reading: its view, cues, name rules and domain."""

    view: DocumentView
    cues: PartnershipCues
    rules: EntityRules
    domain: DomainLexicon

    def parties(self, sentence: Sentence) -> list[Mention]:
        """The names of a sentence that may be parties: not credited as its reporter."""
        return [m for m in self.view.mentions_in(sentence)
                if m.type in _PARTY_TYPES and not self._credited(m)]

    @cached_property
    def focus(self) -> Mention | None:
        """The brand or institution the document is about, for a sentence that names only its partner:
        the most named one of those the headline names (not a news outlet), else none. The headline
        is the first of the opening sentences that names one (a rubric like "Snooker" may stand first)."""
        sentences = self.view.extraction.sentences
        if not sentences:
            return None
        opening = (self.parties(sentence) for sentence in sentences[:_HEADLINE_SENTENCES])
        headline = next(({m.name for m in names if _is_anchor(m)} for names in opening
                         if any(_is_anchor(m) for m in names)), set())
        anchors = [m for m in self.view.extraction.mentions if m.type in _PARTY_TYPES and _is_anchor(m)]
        if not headline:  # a name the headline writes without it being read there ("Orchestra's Beijing ...")
            top = " ".join(sentence.text for sentence in sentences[:_HEADLINE_SENTENCES])
            headline = {m.name for m in anchors if m.text in top}
        counts = Counter(m.name for m in anchors)
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= _DOMINANT and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) \
                and ranked[0][1] >= 2 * max((counts[name] for name in headline), default=0):
            headline = {ranked[0][0]}  # the body speaks of one name far more than of the headline's
        named = [m for m in anchors if m.name in headline]
        if not named:
            return None  # a guess from the body picks whatever is named most, often not the subject
        most = max(counts[m.name] for m in named)
        if sum(counts[name] == most for name in headline) > 1:
            return None  # a headline of two or more names, none named more: which one a deal is of is a guess
        return next(m for m in named if counts[m.name] == most)

    def _credited(self, mention: Mention) -> bool:
        """Whether a name is the source of the news ("according to Reuters", "explicó a EFE", "据新华社报道",
        a dateline's "(Reuters)"): a news outlet (or a name that says it is an agency) with a reporting
        word beside it, or in brackets."""
        text = self.view.text
        if mention.category != "media" and not self.cues.reporting.search(text[mention.start:mention.end]):
            return False
        if text[mention.start - 1:mention.start] in "(（" and text[mention.end:mention.end + 1] in ")）":
            return True
        before = text[max(0, mention.start - _CREDIT_BEFORE):mention.start]
        after = text[mention.end:mention.end + _CREDIT_AFTER]
        cut = max((b.end() for b in CLAUSE_BREAK.finditer(before)), default=0)
        return bool(self.cues.reporting.search(before[cut:])) or bool(self.cues.reporting.match(after.lstrip()))


def _is_anchor(mention: Mention) -> bool:
    """Whether a name can be the brand or institution side of a deal: not a platform, a tech company
    or a news outlet."""
    return not is_tech(mention) and mention.category != "media"


def relate_partnerships(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The partnership facts of one document."""
    extraction = view.extraction
    reader = _Reader(view, partnership_cues(lexicon, view.spaced), entity_rules(lexicon), domain)
    facts: list[Partnership] = []
    for sentence in _with_cues(extraction, reader.cues):
        facts.extend(_read_sentence(reader, sentence, facts))
    return one_per_deal(facts, reader.domain)


def _with_cues(extraction: Extraction, cues: PartnershipCues) -> list[Sentence]:
    """The sentences holding a partnership or presence cue, found in one pass over the text (most
    sentences hold none)."""
    sentences = extraction.sentences
    starts = [s.start for s in sentences]
    found: dict[int, Sentence] = {}
    for cue in cues.any_cue.finditer(extraction.document.text):
        index = bisect_right(starts, cue.start()) - 1
        if index >= 0 and cue.start() < sentences[index].end:
            found.setdefault(index, sentences[index])
    return [found[i] for i in sorted(found)]


def _read_sentence(reader: _Reader, sentence: Sentence, earlier: list[Partnership]) -> list[Partnership]:
    """The partnerships one sentence states."""
    cues = reader.cues
    stated_cues = _all_affirmed(sentence, cues.partnership, cues.negation)
    presence_cues = _all_affirmed(sentence, cues.presence, cues.negation)
    if not stated_cues and not presence_cues:
        return []
    mentions = reader.parties(sentence)
    facts = []
    reported = [m.span() for m in cues.reporting.finditer(sentence.text)]
    affirmed = [cue for cue in stated_cues
                if not _inside_name(sentence, cue, mentions)
                and not any(start <= cue.start() < end for start, end in reported)]  # "de acuerdo con"
    if affirmed:
        found = [pair for cues_of_part, names in _cue_parts(reader, sentence, affirmed, mentions)
                 for pair in _stated(reader, sentence, cues_of_part, names, earlier)]
        facts = [_partnership(reader, sentence, cue, parties) for cue, parties in found]
    stated = {frozenset(f.parties) for f in facts}
    for cue in presence_cues:
        measured = _measured(reader, sentence, cue)
        if measured and not (_is_store(cues, cue) and any(is_tech(m) for m in mentions)):
            continue  # an audience on the platform, not a deal; a store's followers on a platform named
        for parties in _present(reader, sentence, cue, mentions):
            if frozenset(m.name for m in parties) not in stated:
                stated.add(frozenset(m.name for m in parties))
                facts.append(_partnership(reader, sentence, cue, parties, default_kind="store"))
    return facts


def _cue_parts(reader: _Reader, sentence: Sentence, affirmed: list[re.Match[str]],
               mentions: list[Mention]) -> list[tuple[list[re.Match[str]], list[Mention]]]:
    """The cues and names of each part of the sentence that holds a cue, its parts cut at a word that
    opens a clause of another subject ("Dorna signs with the platforms while CFMoto extends its
    sponsorship of the Aspar team"): a name of one part is no partner of the other's cue. With cues in
    two parts, a part that names one party only reads nothing (its partner is no one outside it)."""
    cuts = [0, *(c.start() for c in reader.cues.contrast.finditer(sentence.text)), len(sentence.text) + 1]
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


def _stated(reader: _Reader, sentence: Sentence, affirmed: list[re.Match[str]], mentions: list[Mention],
            earlier: list[Partnership]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties a sentence with partnership cues joins, cue by cue."""
    view = reader.view
    if not mentions:
        return _referred_back(reader, sentence, affirmed[0], earlier)
    mentions = [_platform_meant(reader, sentence, m) for m in mentions]
    single = len({m.name for m in mentions}) == 1
    # "Le groupe ..." points back, "Le groupe Pierre Fabre" names someone the recogniser did not read.
    referent = _referent(reader, sentence) if single and not _unread_name_before(reader, sentence, affirmed[0]) \
        else None
    if referent is not None and not _partner_of_focus(reader, sentence, affirmed, mentions[0]):
        return []  # "Le festival, qui compte 88 000 fans sur Weibo, espère que l'accord ...": an audience
    if referent is None and len({m.name for m in mentions}) == 1 and _partner_of_focus(reader, sentence, affirmed,
                                                                                      mentions[0]):
        referent = _other_party(reader.focus, mentions[0], _kind(reader.cues, sentence, "other"))
    if referent is not None:  # "El museo también colabora con Turespaña", "the league signed with Bilibili"
        mentions = [referent, *mentions]
    elif single and not is_tech(mentions[0]) and _says_platform_in_cue_clause(reader, sentence, affirmed):
        # "Le Centre Pompidou collabore avec la plateforme": the platform the paragraph is about.
        platform = _platform_of_paragraph(view, sentence, [])
        if platform is not None:
            mentions = [*mentions, platform]
    if len({m.name for m in mentions}) < 2:
        return []
    focus = reader.focus
    if not any(not is_tech(m) for m in mentions):
        # "Douyin became the tour's partner, replacing Kuaishou": the deals of the document's subject.
        names = {m.name: m for m in mentions}
        owners = {m.name for m in names.values() if any(_owns(reader.domain, m, other) for other in names.values())}
        first = mentions[0]
        if _kind(reader.cues, sentence, "other") == "stake" and len(names) > 1 and first.type == "organization":
            # "Tencent holds stakes in both Huya and Douyu": the investor and each company.
            return [(affirmed[0], [first, m]) for m in names.values()
                    if m.name != first.name and not _owns(reader.domain, first, m)]
        if focus is None or len(names) - len(owners) > 2:
            return []
        # "the league ended its contract with PPTV, the Suning-owned broadcaster": PPTV, not Suning.
        return [(affirmed[0], [focus, m]) for m in names.values()
                if m.name not in owners and _partner_of_focus(reader, sentence, affirmed, m)]
    if len({m.name for m in mentions}) <= 2:
        return [(affirmed[0], parties) for parties in _named(mentions, reader.domain)]
    found = []
    for cue in affirmed:
        parties = _around_cue(view.text, sentence, cue, mentions, reader.rules, reader.cues, reader.domain)
        if len({m.name for m in parties}) >= 2:
            found.append((cue, parties))
    return found


def _referred_back(reader: _Reader, sentence: Sentence, cue: re.Match[str],
                   earlier: list[Partnership]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence that names none: "the two sides" are those of the partnership
    stated before; "the contract expired" speaks of the platform the sentence before named (the
    document's subject is its partner)."""
    view = reader.view
    previous = earlier[-1] if earlier and earlier[-1].evidence.sentence_end <= sentence.start else None
    if previous is not None and reader.cues.both_sides.search(sentence.text):
        by_name = {m.name: m for m in view.extraction.mentions if m.name in previous.parties}
        return [(cue, [by_name[name] for name in previous.parties if name in by_name])]
    if not (reader.cues.ended.search(sentence.text) or reader.cues.renewed.search(sentence.text)):
        return []
    before = view.extraction.sentences[sentence.index - 1] if sentence.index else None
    named = {m.name: m for m in reader.parties(before)} if before is not None else {}
    owners = {n for n, m in named.items() if any(_owns(reader.domain, m, other) for other in named.values())}
    platforms = [m for n, m in named.items() if n not in owners and is_tech(m)]
    focus = reader.focus
    if focus is None or len(platforms) != 1:
        return []
    return [(cue, [focus, platforms[0]])]


def _referent(reader: _Reader, sentence: Sentence) -> Mention | None:
    """What an opening anaphor points back to: the last brand or institution named before whose name
    holds the anaphor's noun ("Il teatro milanese" is the Teatro alla Scala, "the league" the Scottish
    Professional Football League), else the view's reading (the first of the sentence before)."""
    anaphor = _anaphor_re(reader.view.extraction.document.lang).match(
        reader.view.text, sentence.start, sentence.start + _ANAPHOR_REACH)
    if anaphor is None:
        return None
    nouns = frozenset(w.casefold() for w in _WORD.findall(anaphor.group()) if len(w) >= _NOUN_LETTERS)
    # The last such name before the sentence, by bisection over the ones holding these nouns.
    starts, holding = reader.view.accepted(("partnerships: anchor named with", nouns), lambda m: (
        m.type == "organization" and _is_anchor(m) and bool(nouns & {w.casefold() for w in _WORD.findall(m.name)})))
    index = bisect_left(starts, sentence.start)
    return holding[index - 1] if index else reader.view.referent(sentence)


def _partner_of_focus(reader: _Reader, sentence: Sentence, affirmed: list[re.Match[str]], mention: Mention) -> bool:
    """Whether the one name of a cue sentence is the partner of the document's subject: it stands in a
    cue's clause, or the cue's clause says "the platform", or it stands elsewhere but neither as the
    place of an audience ("the festival, with 88,000 fans on Weibo, hopes the deal ...") nor of a post
    ("Et sur WeChat, l'article annonçant l'accord ..."); and no unread name is the subject."""
    if _unread_name_before(reader, sentence, affirmed[0]):
        return False
    if _in_cue_clause(sentence, affirmed, [mention]) or _says_platform_in_cue_clause(reader, sentence, affirmed):
        return True
    before = reader.view.text[max(sentence.start, mention.start - _PREPOSITION_REACH):mention.start]
    return not _measured(reader, sentence) and not reader.cues.on_platform.search(before)


def _says_platform_in_cue_clause(reader: _Reader, sentence: Sentence, affirmed: list[re.Match[str]]) -> bool:
    """Whether a cue's clause names the platform by a word ("un partenariat conclu avec la plateforme")."""
    return any(reader.cues.platform_words.search(_clause(sentence.text, cue.start(), cue.end())) for cue in affirmed)


def _unread_name_before(reader: _Reader, sentence: Sentence, cue: re.Match[str]) -> bool:
    """Whether two or more capitalised words that are no recognised name stand before the cue ("Le groupe
    Pierre Fabre a signé avec Alibaba"): the subject is someone the recogniser did not read, not the
    document's subject."""
    mentions = reader.view.mentions_in(sentence)  # persons too: a person named is a name read
    run, last_end = 0, -2
    for word in _WORD.finditer(sentence.text, 0, cue.start()):
        offset = sentence.start + word.start()
        read = any(m.start <= offset < m.end for m in mentions)
        if not word.group()[0].isupper() or read or reader.cues.list_article.match(word.group()):
            run = 0
        else:
            run = run + 1 if word.start() == last_end + 1 else 1
            if run >= 2:
                return True
        last_end = word.end()
    return False


def _inside_name(sentence: Sentence, cue: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a cue is part of a name ("腾讯控股", Tencent Holdings), not a word of the sentence."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    return any(m.start <= start and end <= m.end for m in mentions)


def _in_cue_clause(sentence: Sentence, affirmed: list[re.Match[str]], mentions: list[Mention]) -> bool:
    """Whether a name stands in the clause of one of the cues ("the theatre signed with Bilibili"), not
    in another part of the sentence ("the festival, which has 88,000 fans on Weibo, hopes the deal ...")."""
    for cue in affirmed:
        left, right = _clause_bounds(sentence.text, cue.start(), cue.end())
        if any(sentence.start + left <= m.start < sentence.start + right for m in mentions):
            return True
    return False


def _other_party(focus: Mention | None, mention: Mention, kind: str) -> Mention | None:
    """The partner of the one name a sentence with a partnership cue gives: what the document is
    about, when the name is a platform or company, or a sponsor ("Betclic, which sponsors the
    league"), and the document is about a brand or institution."""
    if focus is None or focus.name == mention.name or not (is_tech(mention) or kind == "sponsorship"):
        return None
    return focus


def _all_affirmed(sentence: Sentence, cues: re.Pattern[str], negations: re.Pattern[str]) -> list[re.Match[str]]:
    """The cues of the sentence whose clause has no negation word."""
    return [cue for cue in cues.finditer(sentence.text)
            if not negations.search(_clause(sentence.text, cue.start(), cue.end()))]


def _is_store(cues: PartnershipCues, cue: re.Match[str]) -> bool:
    """Whether a presence cue speaks of a store ("negozio ufficiale", "store on")."""
    store = dict(cues.kinds).get("store")
    return bool(store is not None and store.search(cue.group()))


def _measured(reader: _Reader, sentence: Sentence, cue: re.Match[str] | None = None) -> bool:
    """Whether a sentence gives an audience measured on a platform ("kommt auf Douyin auf 1,2 Mio.
    Follower", "在微博的粉丝约为48万"): a count with an audience word (the metrics section's followers,
    views, users ...) in its clause (with ``cue``, the cue's clause). A deal gives none; sales of a new
    store are no audience."""
    text = sentence.text
    for quantity in reader.view.quantities_in(sentence):
        if quantity.kind in _MEASURED_KINDS:
            start, end = quantity.start - sentence.start, quantity.end - sentence.start
            left, right = _clause_bounds(text, cue.start(), cue.end()) if cue is not None else (0, len(text))
            if not left <= start <= right:
                continue  # with a cue: only its own clause ("puntato su Douyin, seguita da 900.000 spettatori")
            if reader.cues.audience.search(_clause(text, start, end)):
                return True
    return False


def _around_cue(text: str, sentence: Sentence, cue: re.Match[str], mentions: list[Mention],
                rules: EntityRules, cues: PartnershipCues, domain: DomainLexicon) -> list[Mention]:
    """The parties one cue joins in a sentence that names more: the names listed together right after
    it ("a partnership with Alibaba and Ele.me", "un'intesa tra gli Uffizi, Weibo e l'ENIT"), with the
    brand or institution named last before it when those are platforms, or else with the sentence's
    first name; or, with nothing after it, the names listed right before it ("Louvre and Alibaba
    signed an agreement"). An owner in apposition ("Fliggy, Alibaba's travel platform") is no party."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    after = [m for m in mentions if m.start >= end]
    listed: list[Mention] = []
    if after and after[0].start - end <= _LIST_REACH:
        listed = [after[0]]
        for mention in after[1:]:
            if not _joins(text[listed[-1].end:mention.start], rules, cues):
                break
            if _owns(domain, mention, listed[-1]):
                break
            listed.append(mention)
    before = [m for m in mentions if m.end <= start]
    if listed:
        anchors = [m for m in before if not is_tech(m)]
        if anchors and all(is_tech(m) for m in listed):
            # "Prada signed an agreement with Tmall"; a name in an aside before the cue ("Armani
            # Beauty, made under licence by L'Oréal, started a collaboration with …") is not the party.
            in_clause = [m for m in anchors if not CLAUSE_BREAK.search(text, m.end, start)]
            listed.insert(0, in_clause[-1] if in_clause else anchors[0])
        elif len(listed) == 1 and (subjects := [m for m in before if not CLAUSE_BREAK.search(text, m.end, start)]):
            listed.insert(0, subjects[0])  # the clause's subject: "Tencent set up a lab with the Institute"
    elif before and start - before[-1].end <= _BEFORE_REACH:
        listed = [before[-1]]
        for mention in reversed(before[:-1]):
            if not _joins(text[mention.end:listed[0].start], rules, cues):
                break
            listed.insert(0, mention)
    unique = list({m.name: m for m in listed}.values())
    return unique if any(not is_tech(m) for m in unique) and len(unique) <= _MAX_PARTIES else []


def _owns(domain: DomainLexicon, owner: Mention, owned: Mention) -> bool:
    entity = domain.entities.get(owned.name)
    return entity is not None and entity.parent == owner.name


def _joins(gap: str, rules: EntityRules, cues: PartnershipCues) -> bool:
    """Whether the text between two names lists them together (", ", " and ", " e l'", ", a "), also
    when the next name has a short descriptor ending in a kind of organization before it
    (", German eyewear brand ", "、德国眼镜品牌")."""
    bare = cues.list_article.sub("", rules.article_re.sub("", gap))
    if rules.list_joiner_re.fullmatch(bare):
        return True
    joiner = rules.list_joiner_re.match(gap)
    cue = next((c for c in rules.org_cue_re.finditer(gap) if not gap[c.end():].strip()), None)
    if joiner is None or not joiner.group().strip() or cue is None or cue.start() < joiner.end():
        return False
    words = gap[joiner.end():cue.start()]
    return not CLAUSE_BREAK.search(words) and not any(ch.isdigit() for ch in words) and (
        len(words.split()) <= _DESCRIPTOR_WORDS if " " in words.strip() or words.isascii()
        else len(words) <= _DESCRIPTOR_CHARS)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text)]
    left = max((b for b in breaks if b < start), default=-1)
    right = min((b for b in breaks if b >= end), default=len(text))
    return left + 1, right


def _clause(text: str, start: int, end: int) -> str:
    left, right = _clause_bounds(text, start, end)
    return text[left:right]


def _named(mentions: list[Mention], domain: DomainLexicon) -> list[list[Mention]]:
    """The partnerships a sentence with a partnership cue and two names states: the two, unless one
    owns the other (Tmall and its owner Alibaba are one party)."""
    by_name = list({m.name: m for m in mentions}.values())
    names = _without_owned([m.name for m in by_name], domain)
    return [[m for m in by_name if m.name in names]] if len(names) == 2 else []


def _present(reader: _Reader, sentence: Sentence, cue: re.Match[str],
             mentions: list[Mention]) -> list[list[Mention]]:
    """Pairs of (organization, platform) a presence cue joins: the platform next to the cue (or the
    one the paragraph is about, when the sentence says "the platform" or names none) and each brand
    or institution listed before it, or after the cue when none stands before."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    platform = _presence_platform(reader, sentence, cue, mentions)
    if platform is None:
        return []
    before = [m for m in mentions if not is_tech(m) and m.end <= max(platform.start, start)]
    organizations = _subject_list(reader, before)
    after = [m for m in mentions if not is_tech(m) and m.start >= end]
    if not organizations and after:  # "four houses will open stores: Sogrape, ...", "the official stores of ..."
        gap = reader.view.text[end:after[0].start]
        organizations = _subject_list(reader, after) if ":" in gap or len(gap) <= _STORE_OF else []
    if not organizations:  # "Seven companies launched on Tmall Global. Acme, Bolt and Cora present ..."
        organizations = _listed_next(reader, sentence)
    unique = list({m.name: m for m in organizations}.values())
    pairs = [[name, platform] for name in unique]
    return [p for p in pairs if len(_without_owned([m.name for m in p], reader.domain)) == 2]


def _presence_platform(reader: _Reader, sentence: Sentence, cue: re.Match[str],
                       mentions: list[Mention]) -> Mention | None:
    """The platform a presence cue puts names on: the one next to it, else (or when the sentence says
    "the platform" of a company) the one of the paragraph."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    near = [m for m in mentions if is_tech(m) and (0 <= m.start - end <= _PLATFORM_AFTER
                                                     or 0 <= start - m.end <= _PLATFORM_BEFORE)]
    platform = min(near, key=lambda m: m.start - end if m.start >= end else (start - m.end) * 2) if near else None
    if platform is None or _says_platform(reader, sentence, platform):
        platform = _platform_of_paragraph(reader.view, sentence, [m for m in mentions if m.end <= end]) or platform
    return platform


def _listed_next(reader: _Reader, sentence: Sentence) -> list[Mention]:
    """The brands a presence sentence without one names in the sentence right after it, as a list of
    three or more and with no platform of its own ("Seven companies launched on Tmall Global. Under
    one banner, Acme, Bolt, Cora and Dune present ..."): the members of the group it spoke of."""
    sentences = reader.view.extraction.sentences
    if sentence.index + 1 >= len(sentences):
        return []
    following = sentences[sentence.index + 1]
    if "\n\n" in reader.view.text[sentence.end:following.start]:
        return []
    names = reader.parties(following)
    if any(is_tech(m) for m in names):
        return []
    listed = _subject_list(reader, names)
    return listed if len({m.name for m in listed}) >= _GROUP else []


def _subject_list(reader: _Reader, names: list[Mention]) -> list[Mention]:
    """The first name and those listed with it ("Natura, O Boticário e Granado abriram lojas"), not a
    name in an aside ("Marcolin, which makes Tom Ford's glasses under licence, opened a store")."""
    listed = names[:1]
    for mention in names[1:]:
        if not _joins(reader.view.text[listed[-1].end:mention.start], reader.rules, reader.cues):
            break
        listed.append(mention)
    return listed


def _platform_meant(reader: _Reader, sentence: Sentence, mention: Mention) -> Mention:
    """The platform a company stands for when the sentence names it as the owner of "the platform"
    ("vendeu à plataforma da ByteDance os direitos"): the platform of the paragraph it owns; else the name."""
    if not is_tech(mention) or not _says_platform(reader, sentence, mention):
        return mention
    platform = _platform_of_paragraph(reader.view, sentence, [])
    return platform if platform is not None and _owns(reader.domain, mention, platform) else mention


def _says_platform(reader: _Reader, sentence: Sentence, platform: Mention) -> bool:
    """Whether the platform found is a company named as the owner of "the platform" the sentence
    speaks of ("en la plataforma de Alibaba"): the article's platform is meant."""
    if platform.type == "platform":
        return False
    before = reader.view.text[max(sentence.start, platform.start - _PLATFORM_AFTER):platform.start]
    return bool(reader.cues.platform_words.search(before))


def _platform_of_paragraph(view: DocumentView, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The platform a sentence without one means: the last named in the sentence or its paragraph,
    else the one the document is about."""
    named = [m for m in (*view.paragraph_before(sentence), *mentions) if m.type == "platform"]
    return named[-1] if named else view.main_platform


def _partnership(reader: _Reader, sentence: Sentence, cue: re.Match[str], parties: list[Mention],
                 default_kind: str = "other") -> Partnership:
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    names = tuple(dict.fromkeys(m.name for m in parties))
    return Partnership(parties=names, date=reader.view.date_for(sentence, start),
                       kind=_kind(reader.cues, sentence, default_kind),
                       status=_status(reader, sentence, cue, parties),
                       evidence=evidence(sentence, start, end), confidence=0.6)


def _kind(cues: PartnershipCues, sentence: Sentence, default: str) -> str:
    """The kind of deal the sentence names, the most specific first; else ``default``."""
    return next((kind for kind, pattern in cues.kinds if pattern.search(sentence.text)), default)


def _status(reader: _Reader, sentence: Sentence, cue: re.Match[str], parties: list[Mention]) -> str:
    """"ended" when the clause of a party the sentence names (or of the cue, when it names none)
    says the deal ended; "renewed" when such a clause or the cue's says it was renewed
    (not "not renewed"); else "active". Another deal of the sentence keeps its own status."""
    text, cues = sentence.text, reader.cues
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in parties
             if sentence.start <= m.start < sentence.end]
    if not spans:  # "The contract expired": the cue's clause speaks for the parties named before
        spans.append((cue.start(), cue.end()))
    clauses = [_clause(text, start, end) for start, end in [*spans, (cue.start(), cue.end())]]
    if any(cues.ended.search(clause) for clause in clauses[:len(spans)]):
        return "ended"
    return "renewed" if any(cues.renewed.search(cues.ended.sub(" ", clause)) for clause in clauses) else "active"


def _without_owned(names: list[str], domain: DomainLexicon) -> list[str]:
    """Drop a platform or brand whose parent company is named too: they are one party."""
    kept = []
    for name in names:
        entity = domain.entities.get(name)
        if entity is not None and entity.parent in names:
            continue
        kept.append(name)
    return kept
