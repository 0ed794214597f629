"""The reading of one document's partnerships that every rule shares: the names that may be parties (not
a news outlet credited as the reporter), the brand or institution the document is about, clauses, lists
of names, ownership between names and audiences measured on a platform.

``relate.partnerships`` reads the partnership cues with it and ``relate.partnership_presence`` the
presence cues; nothing here is language-specific (words come from ``relate.partnership_cues``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from crossreach.domain import DomainLexicon
from crossreach.lexicon import NEVER
from crossreach.models import Mention, Sentence
from crossreach.recognise.entity_rules import EntityRules
from crossreach.relate.context import CLAUSE_BREAK, DocumentView, is_tech
from crossreach.relate.partnership_cues import PartnershipCues
from crossreach.relate.referent_kinds import describes_other_kind

_PARTY_TYPES = ("organization", "platform", "event")
#: How many letters an acronym an unread partner may be holds at least ("ABB").
_ACRONYM_LETTERS = 3
#: A bracketed aside ("(Warner Music Group)", "（Fliggy）"): no clause break of its own.
BRACKETED = re.compile(r"[(\uff08][^()\uff08\uff09]*[)\uff09]")
#: A bracket opened by agency codes joined with slashes up to a name, and the slashes and codes that close
#: it after the name: the agencies of a dateline ("(dpa/lsw)", "(APA/dpa)"), each credited.
_SHARED_CREDIT = re.compile(r"[(\uff08](?:[\w.\-]+\s*/\s*)*\Z")
_SHARED_CREDIT_END = re.compile(r"(?:\s*/\s*[\w.\-]+)*[)\uff09]")
#: How far (characters) before a name a reporting word credits it ("según consignó la agencia Xinhua").
_CREDIT_BEFORE, _CREDIT_AFTER = 30, 12
#: How far before a name the plural job noun of "analysts at" may start ("the economists of the French bank").
_ANALYSTS_REACH = 60
#: What may close a credit's brackets right after the outlet's name: the bracket, or a desk's or a
#: partner agency's tag joined without a space ("(dpa/lsw)", "(dpa-AFX)", "(AFP/Getty)").
_CREDIT_CLOSE = re.compile(r"(?:[/-][^\s()\uff08\uff09]{1,12})?[)\uff09]")
#: How many words (characters in a script without spaces) may stand between a source word and its name.
_SOURCE_GAP_WORDS, _SOURCE_GAP_CHARS = 2, 4
#: How many words (an article, a descriptor) may stand between a bystander word and the name it sets aside.
_ASIDE_WORDS = 2
#: Figures that are measured on a platform, not paid for a deal: counts of an audience.
_MEASURED_KINDS = ("count",)
#: How often a name the headline lacks must be named, and twice as often as any other, to be the subject.
_DOMINANT = 3
#: How long a descriptor before a listed name may be (", German eyewear brand Mykita"): words, or characters
#: of a script without spaces.
_DESCRIPTOR_WORDS, _DESCRIPTOR_CHARS = 2, 6
#: How many opening sentences may hold the headline (after a rubric, a dateline).
_HEADLINE_SENTENCES = 3
#: How many letters the first word of a name must have to stand for the name in a headline ("PortAventura").
_FIRST_WORD_LETTERS = 5
#: A word of a spaced script (for capitalised runs).
_WORD = re.compile(r"[^\W\d_][\w'\u2019&.-]*")
#: The kind a verb of buying names when its object names no other ("acquired a stake", not "acquired rights").
_BOUGHT = "stake"
#: The fewest capitalised words of an unread run a list makes a party (one is as often a common word).
_LISTED_WORDS = 2


@dataclass
class Reader:
    """One document's partnership reading: its view, cues, name rules and domain."""

    view: DocumentView
    cues: PartnershipCues
    rules: EntityRules
    domain: DomainLexicon
    #: The parties of each sentence read so far, by its index (every rule asks again).
    _parties: dict[int, list[Mention]] = field(default_factory=dict, repr=False)

    def parties(self, sentence: Sentence) -> list[Mention]:
        """The names of a sentence that may be parties: not credited as its reporter, nor a bystander
        named in an aside ("Besides Lotus, it holds a stake in Aston Martin", "unlike Kuaishou"), nor an
        owner that only describes another name ("the Suning-owned broadcaster"). A sentence that links to
        another article ("Related: Walker Books signs Bilibili deal") names no party of this document."""
        if sentence.index not in self._parties:
            if self.cues.related_link.match(sentence.text):
                self._parties[sentence.index] = []
                return []
            named = [m for m in self.view.mentions_in(sentence)
                     if m.type in _PARTY_TYPES and not self._credited(m) and not self._analysts_firm(m)
                     and not self._aside(sentence, m) and not self._modifier(m) and not self._hosting(sentence, m)]
            self._parties[sentence.index] = sorted([*named, *self._listed_unread(sentence, named)],
                                                   key=lambda m: m.start)
        return self._parties[sentence.index]

    def _listed_unread(self, sentence: Sentence, named: list[Mention]) -> list[Mention]:
        """The runs of two or more capitalised words no rule read that a list joins to an organization
        or platform of the sentence ("ba&sh, A.P.C. et Maison Kitsune ont ouvert leur boutique"): brands
        the gazetteer does not list, of the list's kind; not the sentence's first word, and not in a list
        with a person."""
        organizations = [m for m in named if m.type != "event"]
        if not organizations or not self.view.spaced:
            return []
        read = self.view.mentions_in(sentence)
        runs: list[list[re.Match[str]]] = []
        open_run = False  # (whether the word before was one of the last run's)
        for word in _WORD.finditer(sentence.text):
            surface = word.group()  # (most words are lower case: told apart before the full test)
            if word.start() == 0 or not surface[0].isupper() \
                    or not unread_capital(self, sentence.start + word.start(), surface, read):
                open_run = False
            elif open_run and word.start() == runs[-1][-1].end() + 1:
                runs[-1].append(word)
            else:
                runs.append([word])
                open_run = True
        found: list[Mention] = []
        for run in (r for r in runs if len(r) >= _LISTED_WORDS):
            start, end = sentence.start + run[0].start(), sentence.start + run[-1].end()
            items = sorted([*read, *found, Mention(start, end, "", "", "organization")], key=lambda m: m.start)
            at = next(i for i, m in enumerate(items) if m.start == start and not m.name)
            beside = [m for m in (items[at - 1] if at else None, items[at + 1] if at + 1 < len(items) else None)
                      if m is not None and joins(self.view.text[min(m.end, end):max(m.start, start)], self.rules,
                                                 self.cues)]
            if beside and all(m in organizations or m in found for m in beside):
                name = self.view.text[start:end].rstrip(".")
                found.append(Mention(start, start + len(name), name, name, "organization", beside[0].category,
                                     origin="partnership"))
        return found

    def _modifier(self, mention: Mention) -> bool:
        """Whether a name is glued by a hyphen to a lower-case word after it ("Suning-owned", "Geely-backed"):
        it describes the name that follows, which is the party; or describes a noun of another kind right
        after it ("Premier League clubs", ``referent_kinds.describes_other_kind``)."""
        tail = self.view.text[mention.end:mention.end + 2]
        return (len(tail) == 2 and tail[0] == "-" and tail[1].islower()) \
            or describes_other_kind(self.view.text, mention, self.view.extraction.document.lang)

    def _hosting(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a platform's name is the noun adjunct of an account it hosts whose audience its clause
        counts ("its Douyin account has passed 310,000 followers", "a Weibo hashtag had been viewed 210
        million times"): where the audience was measured, no party ("opened its Weibo account" still is)."""
        if not is_tech(mention):
            return False
        account = self.cues.account_nouns.match(self.view.text, mention.end)
        if account is None:
            return False
        at = account.end() - sentence.start
        for quantity in self.view.quantities_in(sentence):
            if quantity.kind in _MEASURED_KINDS and quantity.start >= account.end():
                left, right = clause_bounds(sentence.text, quantity.start - sentence.start,
                                            quantity.end - sentence.start)  # (the figure's own clause)
                if left <= at and self.cues.audience.search(sentence.text, at, right) is not None:
                    return True
        return False

    def _aside(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether a name stands right after the bystander word that opens its clause ("Besides Lotus",
        "a differenza di Prada"), a few words at most and no other name between (a clause without a
        comma goes on: "Anders als Prada hat Gucci ..."), or in a relative clause that follows such a
        name ("Unlike Inter, which works with Kuaishou, Juventus chose Douyin")."""
        if not sentence.start <= mention.start < sentence.end:
            return False
        left, _ = clause_bounds(sentence.text, mention.start - sentence.start, mention.end - sentence.start)
        opened = self.cues.bystander.match(sentence.text, left, mention.start - sentence.start)
        if opened is None:  # "Unlike Inter, which works with Kuaishou, ...": the bystander's own partner
            before = [m for m in self.view.mentions_in(sentence) if m.end <= mention.start]
            return bool(before) and before[-1].start < mention.start and bool(
                self.cues.relative_clause.match(self.view.text[before[-1].end:mention.start])) \
                and self._aside(sentence, before[-1])
        start = sentence.start + opened.end()
        gap = self.view.text[start:mention.start]
        return len(gap.split()) <= _ASIDE_WORDS and not any(
            start <= m.start < mention.start for m in self.view.mentions_in(sentence))

    @cached_property
    def store_nouns(self) -> list[re.Match[str]]:
        """The store nouns of the document's text ("stores", "Shops", "店铺"), found in one scan that the
        readers of stores (``relate.partnership_stores``, ``relate.partnership_where``) share."""
        return list(self.cues.store_nouns.finditer(self.view.text))

    @cached_property
    def focus(self) -> Mention | None:
        """The brand or institution the document is about, for a sentence that names only its partner:
        the most named one of those the headline names (not a news outlet), else none. The headline
        is the first of the opening sentences that names one (a rubric like "Snooker" may stand first);
        a name read only from the places it stands in (``recognise.positioned_names``: "Superliga feminina
        chega a China") names none there: it may be the competition or venue of the institution the
        article is about, and is its subject only when the headline names nothing else. A first line that
        names no brand or institution may write the first word of one named further on (``_first_words_of``)."""
        sentences = self.view.extraction.sentences
        if not sentences:
            return None
        anchors = [m for m in self.view.extraction.mentions
                   if m.type in _PARTY_TYPES and is_anchor(m) and not self._analysts_firm(m)]
        headline: set[str] = set()
        for sentence in sentences[:_HEADLINE_SENTENCES]:
            headline = {m.name for m in self.parties(sentence) if _headline_anchor(m)} \
                or (_first_words_of(self.view, sentence, anchors) if not sentence.index else set())
            if headline:
                break
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
            return self._sourced(mention)
        if text[mention.start - 1:mention.start] in "(（" and _CREDIT_CLOSE.match(text, mention.end):
            return True  # "(Reuters)", a dateline's "(dpa/lsw)", "(dpa-AFX)"
        if _SHARED_CREDIT.search(text, max(0, mention.start - _CREDIT_AFTER), mention.start) is not None \
                and _SHARED_CREDIT_END.match(text, mention.end) is not None:
            return True  # a dateline's agencies after the first, one bracket: "(APA/dpa)"
        before = text[max(0, mention.start - _CREDIT_BEFORE):mention.start]
        after = text[mention.end:mention.end + _CREDIT_AFTER]
        cut = max((b.end() for b in CLAUSE_BREAK.finditer(before)), default=0)
        return bool(self.cues.reporting.search(before[cut:])) or bool(self.cues.reporting.match(after.lstrip()))

    def _analysts_firm(self, mention: Mention) -> bool:
        """Whether a name is the firm of the people a sentence cites ("analysts at Bernstein estimate the app
        spent ..."): their employer, a source of what the sentence says, no party of it."""
        analysts, text = self.cues.analysts, self.view.text
        if analysts is NEVER:
            return False
        if self.view.spaced:
            return analysts.search(text, max(0, mention.start - _ANALYSTS_REACH), mention.start) is not None
        return analysts.match(text, mention.end, mention.end + _ANALYSTS_REACH) is not None

    def _sourced(self, mention: Mention) -> bool:
        """Whether a source word stands right before a name, a few words at most between ("according to
        data from QuestMobile", "secondo Nielsen", "据艾媒咨询"): the name is where the figures or the
        news come from, whatever kind of organisation it is."""
        text = self.view.text
        before = text[max(0, mention.start - _CREDIT_BEFORE):mention.start]
        if self.cues.sources.search(before) is None:
            return False  # (most names have no source word before them: no clause to cut)
        cut = max((b.end() for b in CLAUSE_BREAK.finditer(before)), default=0)
        ends = [source.end() for source in self.cues.sources.finditer(before, cut)]
        if not ends:
            return False
        gap = before[ends[-1]:]
        return len(gap.split()) <= _SOURCE_GAP_WORDS if self.view.spaced else len(gap.strip()) <= _SOURCE_GAP_CHARS


def is_anchor(mention: Mention) -> bool:
    """Whether a name can be the brand or institution side of a deal: not a platform, a tech company
    or a news outlet."""
    return not is_tech(mention) and mention.category != "media"


def is_store(cues: PartnershipCues, cue: re.Match[str]) -> bool:
    """Whether a presence cue speaks of a store ("negozio ufficiale", "store on")."""
    store = dict(cues.kinds).get("store")
    return bool(store is not None and store.search(cue.group()))


#: How far before a platform's name its preposition ('on', 'su', 'auf') may stand.
_PLACE_REACH = 6


def audience_measured(reader: Reader, sentence: Sentence, cue: re.Match[str] | None = None) -> bool:
    """Whether a sentence gives an audience measured on a platform ("kommt auf Douyin auf 1,2 Mio.
    Follower", "在微博的粉丝约为48万"): a count with an audience word (the metrics section's followers,
    views, users ...) in its clause (with ``cue``, the cue's clause). A deal gives none; sales of a new
    store are no audience."""
    text = sentence.text
    for quantity in reader.view.quantities_in(sentence):
        if quantity.kind in _MEASURED_KINDS:
            start, end = quantity.start - sentence.start, quantity.end - sentence.start
            left, right = clause_bounds(text, cue.start(), cue.end()) if cue is not None else (0, len(text))
            if not left <= start <= right:
                continue  # with a cue: only its own clause ("puntato su Douyin, seguita da 900.000 spettatori")
            if reader.cues.audience.search(clause_of(text, start, end)):
                return True
    return False


def beside_audience(reader: Reader, sentence: Sentence) -> list[Mention]:
    """The parties a partnership cue of a sentence may join: in a sentence that gives an audience
    measured on a platform, not the platform named as where it was measured ("the livestream on Douyin,
    sponsored by Gucci, drew 2 million viewers": Gucci sponsors the livestream, no deal with Douyin)."""
    parties = reader.parties(sentence)
    if not audience_measured(reader, sentence):
        return parties
    text = reader.view.text
    return [m for m in parties if not (is_tech(m) and reader.cues.on_platform.search(
        text[max(sentence.start, m.start - _PLACE_REACH):m.start]))]


def owns(domain: DomainLexicon, owner: Mention, owned: Mention) -> bool:
    entity = domain.entities.get(owned.name)
    return entity is not None and entity.parent == owner.name


#: ``joins`` of each gap read so far, with the rules and cues it was read with (a gap such as ", " or " and "
#: is asked about again for every pair of names of every document, by the lists and the scorer alike).
_JOINED: dict[tuple[str, int, int], tuple[EntityRules, PartnershipCues, bool]] = {}
#: How many gaps ``_JOINED`` keeps before it starts again.
_JOINED_SIZE = 4096


def joins(gap: str, rules: EntityRules, cues: PartnershipCues) -> bool:
    """Whether the text between two names lists them together (``lists_together``), kept for each gap."""
    key = (gap, id(rules), id(cues))
    known = _JOINED.get(key)
    if known is not None and known[0] is rules and known[1] is cues:
        return known[2]
    if len(_JOINED) >= _JOINED_SIZE:
        _JOINED.clear()
    found = lists_together(gap, rules, cues)
    _JOINED[key] = (rules, cues, found)
    return found


def lists_together(gap: str, rules: EntityRules, cues: PartnershipCues) -> bool:
    """Whether the text between two names lists them together (", ", " and ", " e l'", ", a "), also
    when the next name has a short descriptor ending in a kind of organization before it
    (", German eyewear brand ", "、德国眼镜品牌"), or in a kind and one adjective after it
    (" y por el grupo farmacéutico ", " et le groupe français "); not a descriptor with a genitive, which
    names the owner of the name before (", marchio del gruppo LVMH")."""
    bare = cues.list_article.sub("", rules.article_re.sub("", gap))
    if rules.list_joiner_re.fullmatch(bare):
        return True
    joiner = rules.list_joiner_re.match(gap)
    cue = next((c for c in cues.org_cue.finditer(gap) if _descriptor_tail(gap[c.end():])), None)
    if joiner is None or not joiner.group().strip() or cue is None or cue.start() < joiner.end():
        return False
    words = gap[joiner.end():cue.start()]
    if any(_genitive(word, rules) for word in words.split()):
        return False  # ", marchio del gruppo LVMH": the owner that describes the name before, no list
    return not CLAUSE_BREAK.search(words) and not any(ch.isdigit() for ch in words) and (
        len(words.split()) <= _DESCRIPTOR_WORDS if " " in words.strip() or words.isascii()
        else len(words) <= _DESCRIPTOR_CHARS)


def _genitive(word: str, rules: EntityRules) -> bool:
    """Whether a word of a descriptor is a genitive preposition ("del", "of"): a connector that is
    no article or conjunction."""
    return word in rules.connectors and rules.article_re.search(word) is None \
        and rules.list_joiner_re.fullmatch(f" {word} ") is None


def _descriptor_tail(tail: str) -> bool:
    """Whether what follows a kind of organization in a descriptor is nothing or one lower-case word
    (the adjective a Romance language puts after its noun: "grupo farmacéutico", "marque française")."""
    words = tail.split()
    return not words or (len(words) == 1 and tail[0] == " " and tail.rstrip()[-1:] != "," and words[0].isalpha()
                         and words[0][0].islower())


@lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[int, ...]:
    """Where the clauses of a sentence break, found once a sentence (every party and figure of it asks)."""
    return tuple(m.start() for m in CLAUSE_BREAK.finditer(text))


def _first_words_of(view: DocumentView, sentence: Sentence, anchors: list[Mention]) -> set[str]:
    """The one anchor named further on whose name's first word, a capitalised word of several letters, the
    document's first line writes where no name was read ("PortAventura cobra ..." before "PortAventura
    World"), and the body never without the rest of the name: a headline writes a short name the gazetteer
    lacks, and a later opening line names rivals."""
    read = [(m.start - sentence.start, m.end - sentence.start) for m in view.mentions_in(sentence)]
    words = {w.group() for w in _WORD.finditer(sentence.text) if not any(a <= w.start() < b for a, b in read)}
    found = {m for m in anchors if m.start >= sentence.end
             and (first := m.text.split()[0]) != m.text and len(first) >= _FIRST_WORD_LETTERS
             and first[0].isupper() and first in words}
    if len({m.name for m in found}) != 1:
        return set()
    mention = next(iter(found))
    first = mention.text.split()[0]
    alone = re.compile(rf"(?<![\w-]){re.escape(first)}(?![\w-]| {re.escape(mention.text[len(first) + 1:])})")
    # a word the body writes without the rest of the name is a name of its own ("München" of "München Tourismus")
    return set() if alone.search(view.text, sentence.end) else {mention.name}


def _headline_anchor(mention: Mention) -> bool:
    """Whether a name of the headline may be what the document is about (``Reader.focus``)."""
    return is_anchor(mention) and mention.origin != "positioned"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    breaks = _clause_breaks(text)
    before = bisect_left(breaks, start)
    after = bisect_left(breaks, end)
    return (breaks[before - 1] if before else -1) + 1, breaks[after] if after < len(breaks) else len(text)


def clause_of(text: str, start: int, end: int) -> str:
    left, right = clause_bounds(text, start, end)
    return text[left:right]


def without_owned(names: list[str], domain: DomainLexicon) -> list[str]:
    """Drop a platform or brand whose parent company is named too: they are one party."""
    kept = []
    for name in names:
        entity = domain.entities.get(name)
        if entity is not None and entity.parent in names:
            continue
        kept.append(name)
    return kept


def as_one_party(reader: Reader, sentence: Sentence, cue: re.Match[str], mentions: list[Mention]) -> list[Mention]:
    """The names of a cue sentence when they are all one party, a company and what it owns, and the
    cue's clause names one of them only ("hatten sie mit dem Internetkonzern Tencent eine Vereinbarung
    geschlossen, die ... ein WeChat-Miniprogramm"): that one, so that the sentence reads as naming one
    party, whose partner is the subject it refers to. Other names as they are."""
    names = list(dict.fromkeys(m.name for m in mentions))
    if len(names) < 2 or len(without_owned(names, reader.domain)) != 1:
        return mentions
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    in_clause = {m.name for m in mentions if sentence.start + left <= m.start < sentence.start + right}
    return [m for m in mentions if m.name in in_clause] if len(in_clause) == 1 else mentions


def subject_list(reader: Reader, names: list[Mention]) -> list[Mention]:
    """The first name and those listed with it ("Natura, O Boticário e Granado abriram lojas"), not a
    name in an aside ("Marcolin, which makes Tom Ford's glasses under licence, opened a store")."""
    listed = names[:1]
    for mention in names[1:]:
        if not joins(reader.view.text[listed[-1].end:mention.start], reader.rules, reader.cues):
            break
        listed.append(mention)
    return listed


def contrast_part(reader: Reader, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The document offsets of the part of a sentence around ``start``-``end`` (sentence offsets) that
    a contrast word ("while", "tandis que", "mentre") does not cut: a name of another part is no
    partner of a cue of this one."""
    cuts = [c.start() for c in reader.cues.contrast.finditer(sentence.text)]
    left = max((c for c in cuts if c <= start), default=0)
    right = min((c for c in cuts if c >= end), default=len(sentence.text))
    return sentence.start + left, sentence.start + right


def unread_capital(reader: Reader, offset: int, word: str, read: list[Mention]) -> bool:
    """Whether a word (at ``offset`` in the document) is capitalised, no stop word (listed capitalised,
    as the recogniser compares them), article, figure or cue noun written capitalised (German
    "Bildungsanbieter", "Vertriebspartner": it says what kind the name after it is), and outside every name read."""
    return word[0].isupper() and word not in reader.rules.stop_words \
        and not reader.cues.list_article.match(word) and not reader.rules.article_re.fullmatch(word) \
        and not any(map(str.isdigit, word)) and not word.endswith(reader.rules.capitalised_cue_endings) \
        and word not in reader.rules.capitalised_org_cues and not reader.cues.partner_role.fullmatch(word) \
        and not any(m.start <= offset < m.end for m in read)


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym ("ABB", "QBRADA"): upper-case letters only, three or more."""
    letters = word.rstrip(".")
    return len(letters) >= _ACRONYM_LETTERS and letters.isalpha() and letters.isupper()


def deal_kind(cues: PartnershipCues, sentence: Sentence, default: str, cue: re.Match[str] | None = None,
              memo: dict[Hashable, Any] | None = None) -> str:
    """The kind of deal the cue's clause names (the cue itself first: "renewed its sponsorship" is a
    sponsorship, whatever else the sentence says of rights), the most specific first; else the
    sentence's; else ``default``. ``memo`` keeps the kind each text names for the document (every
    pair of a sentence asks again). A verb of buying ("acquired", "acquista") names a stake only when its
    clause names no more specific deal: "acquired the streaming rights" is a rights deal."""
    memo = {} if memo is None else memo
    # The kinds the sentence names, searched once (most name none: one scan of all kinds' words says so): a
    # clause (cut at punctuation, where no cue word starts or ends) names none of the others. The cue's own
    # text may be searched for every kind (a compound's tail).
    in_sentence = (deal_kind, "kinds", sentence.text)
    if in_sentence not in memo:
        memo[in_sentence] = () if cues.any_kind.search(sentence.text) is None \
            else tuple((kind, pattern) for kind, pattern in cues.kinds if pattern.search(sentence.text))
    texts = [(sentence.text, memo[in_sentence])]
    if cue is not None:
        texts[:0] = [(cue.group(), cues.kinds), (clause_of(sentence.text, cue.start(), cue.end()), memo[in_sentence])]
    for text, kinds in texts:
        key = (deal_kind, text)
        if key not in memo:
            memo[key] = None if not kinds or cues.any_kind.search(text) is None \
                else next((kind for kind, pattern in kinds if pattern.search(text)), None)
        if memo[key] is not None and not (memo[key] == _BOUGHT and text is texts[0][0] and len(texts) > 1):
            return memo[key]
    return default


def unread_partner(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]]) -> Mention | None:
    """The partner a cue's clause names without the recogniser reading it, when the sentence names one
    party only: the one run of capitalised words (two or more, or one acronym) of the clause that is no
    name read, no stop word and not the sentence's first word ("Formula E, whose title sponsor is the
    Swiss engineering group ABB"; a first word is capitalised by the sentence, and a run from it is as
    often "Am Montag" as a name). Scripts without spaces have no capitals to go by."""
    if not reader.view.spaced:
        return None
    read = reader.view.mentions_in(sentence)  # persons and places too
    runs: list[tuple[int, int]] = []
    for cue in affirmed:
        left, right = clause_bounds(sentence.text, cue.start(), cue.end())
        part_left, part_right = contrast_part(reader, sentence, cue.start(), cue.end())
        left, right = max(left, part_left - sentence.start), min(right, part_right - sentence.start)
        def unread(word: re.Match[str]) -> bool:
            return not inside_cue(word, affirmed) \
                and unread_capital(reader, sentence.start + word.start(), word.group(), read)

        run: list[re.Match[str]] = []
        for word in [*_WORD.finditer(sentence.text, left, right), None]:
            if word is not None and unread(word) and (not run or word.start() == run[-1].end() + 1):
                run.append(word)
                continue
            if len(run) >= 2 or (len(run) == 1 and run[0].start() > 0 and (
                    is_acronym(run[0].group()) or _after_kind_noun(reader, sentence.text, run[0].start()))):
                runs.append((run[0].start(), run[-1].end()))  # a first word alone is capitalised by the sentence
            run = [word] if word is not None and unread(word) else []
    unique = {run for run in runs if not _restating(sentence.text, run, runs)}
    if len(unique) != 1:
        return None
    start, end = next(iter(unique))
    name = sentence.text[start:end].rstrip(".")
    return Mention(sentence.start + start, sentence.start + start + len(name), name, name, "organization",
                   origin="partnership")


def _after_kind_noun(reader: Reader, text: str, start: int) -> bool:
    """Whether the word before ``start`` is a capitalised noun saying what kind of party the one word after
    it names ("dem früheren Vertriebspartner Toread"): that word is a name although it stands alone."""
    before = text[:start].rstrip(" ")
    if len(before) != start - 1:
        return False
    word = before.rsplit(" ", 1)[-1]
    return bool(word) and word[0].isupper() and (
        word in reader.rules.capitalised_org_cues or reader.cues.partner_role.fullmatch(word) is not None)


def _restating(text: str, run: tuple[int, int], runs: list[tuple[int, int]]) -> bool:
    """Whether a run is an acronym in brackets right after another run, which it restates ("Double
    Happiness (DHS)"): one name, not two."""
    start, end = run
    return is_acronym(text[start:end]) and text[start - 2:start] in (" (", " \uff08") \
        and any(before_end == start - 2 for _, before_end in runs)


def inside_cue(word: re.Match[str], affirmed: list[re.Match[str]]) -> bool:
    return any(cue.start() <= word.start() < cue.end() for cue in affirmed)
