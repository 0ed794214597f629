"""Parties a partnership sentence refers to without naming them, found in the sentences before it.

Articles often name one party of a deal and point back to the other: "Besides Lotus, it holds a
stake in Aston Martin" (the subject the sentence before opened with), "Bem-Te-Vi also opened its
official store in the app" (the platform last named before, when the paragraph and the document
name none above the others). What the partnership and presence rules ask here:

- ``pronoun_referent``: a subject pronoun that opens the cue's clause after a clause naming no party
  (an aside, a time, "Besides Lotus,") points back to the brand or institution the sentence before
  names first, else to what the document is about;
- ``unread_with_focus``: a cue sentence naming no party but one name the recogniser did not read after
  the cue ("a multi-year hosting deal with Juss Event") is a deal of that name and what the document is
  about;
- ``platform_said_before``: a sentence that says "the platform" or "the app" in a cue's clause means
  the platform named last before it;
- ``described_before``: a cue's clause that names its other party by a description ("the Hangzhou-based
  e-commerce giant", "il colosso di Hangzhou", "这家杭州巨头") means the company of the other side named
  last before it;
- ``anaphor_after_opening``: an anaphor that is the subject of the cue's clause after an opening phrase
  ("In a separate agreement, the theatre has signed ...", "A settembre la società ha interrotto ...") means
  what the document is about when of its kind, else the entity of that kind named last before;
- ``kind_focus``: a cue's clause whose subject is an owner noun of a kind ("Par ailleurs, le tournoi a
  reconduit son partenariat avec BYD") means the entity of that kind named last before it
  (``referent_kinds``), not what the document is about when that is of another kind (the federation);
- ``introduced_before``: a cue sentence naming one platform only, after a sentence that named one brand
  or institution with a platform it left unnamed, names that platform: the brand is its partner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from crossreach.lexicon import load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, anaphor_re, is_tech
from crossreach.relate.owners import owner_cues
from crossreach.relate.partnership_reader import Reader, clause_bounds, clause_of, is_anchor, is_store, unread_partner
from crossreach.relate.referent_kinds import entity_kind, fits_kind, phrase_kind

#: How far (characters) before a cue an anaphor that owns its deal may stand, and how many words between.
_OWNING_REACH, _OWNING_WORDS = 40, 3
#: How many words may stand between a deal's cue and an owner noun of a kind after it ("les droits numeriques du
#: tournoi").
_KIND_AFTER_WORDS = 3
#: A word of a spaced script.
_WORD = re.compile(r"[^\W\d_][\w'\u2019&.-]*")
#: How far (characters) before a sentence saying "the platform" the platform it means may be named.
_PLATFORM_BACK = 1500
#: How far (characters) after a presence cue the platform word it puts a brand on may start ("no aplicativo").
_SAID_AFTER = 16
#: A capitalised word right after a platform word: the platform's own name.
_NAMED_NEXT = re.compile(r"\s+[A-Z]")
#: How far (characters) from a store cue the anaphor that owns it may stand.
_OWNER_REACH = 24
#: What may stand between an owning anaphor and the store cue after it ("the brand's flagship store").
_POSSESSIVE_GAP = re.compile("(?:['\u2019]s?)?\\s*")
#: A figure right before a name (its end): the name is the figure's unit ("12 Mio. Euro").
_AFTER_FIGURE = re.compile(r"\d\s*$")
#: How far (characters) before a sentence describing a company the company may be named.
_DESCRIBED_BACK = 1500
#: How far (characters) before a description's head noun the word opening it may stand ("the
#: Hangzhou-based e-commerce giant"; "这家杭州巨头").
_OPENER_REACH = 40
_OPENER_REACH_UNSPACED = 6
#: How many words may open a clause before an anaphor that is its subject ("A settembre la società", "Im September
#: hat das Museum"), and
#: how many characters in a script without spaces ("今年该协会").
_OPENING_WORDS, _OPENING_CHARS = 5, 8
#: The key of the document's organization and platform mentions in the view.
_COMPANIES = ("partnerships: companies",)
#: The key of the document's platform mentions in the view.
_PLATFORMS = ("partnerships: platforms",)


def pronoun_referent(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> Mention | None:
    """The brand or institution a subject pronoun opening the cue's clause points back to, when no
    party stands before that clause ("Besides Lotus, it holds a 17 per cent stake in Aston Martin":
    Geely, named first by the sentence before); else the one an anaphor after an opening phrase
    points back to (``anaphor_after_opening``); else none."""
    left, _ = clause_bounds(sentence.text, cue.start(), cue.end())
    if left == 0 or not reader.cues.opening_pronoun.match(sentence.text, left, cue.start()):
        return anaphor_after_opening(reader, sentence, cue, left)
    if any(m.start < sentence.start + left for m in reader.parties(sentence)):
        return None  # "Lotus, which ..., it": the clause before names the subject itself
    previous = reader.view.sentence_before(sentence)
    named = [m for m in reader.parties(previous) if not is_tech(m)] if previous is not None else []
    referent = named[0] if named else reader.focus
    return referent if referent is not None and not is_tech(referent) else None


def anaphor_after_opening(reader: Reader, sentence: Sentence, cue: re.Match[str], left: int) -> Mention | None:
    """The brand or institution an anaphor that is the subject of the cue's clause stands for when an
    opening phrase comes before it ("In a separate agreement, the theatre has signed a memorandum with
    ...", "A settembre la società ha interrotto il contratto con ..."; an opening anaphor is read by
    ``_referent``): what the document is about when it is a brand or institution of the anaphor's kind,
    else the one of that kind named last before the sentence; none when a party is named before the
    cue (before the anaphor in a script without spaces, which names the partner before the verb) or the
    anaphor says "the platform"."""
    view, text = reader.view, sentence.text
    lang = view.extraction.document.lang
    anaphors = anaphor_re(lang)
    starts = [w.start() for w in _WORD.finditer(text, left, cue.start())][:_OPENING_WORDS + 1] \
        if view.spaced else list(range(left, min(cue.start(), left + _OPENING_CHARS + 1)))
    said = next((found for at in starts if (found := anaphors.match(text, at, cue.start())) is not None), None)
    if said is None or (left == 0 and said.start() == 0) or reader.cues.platform_words.search(said.group()):
        return None  # an opening anaphor is read by the view; "the platform" is a platform's
    subject_end = cue.start() if view.spaced else said.start()  # "该馆与大英博物馆签署": the partner before the cue
    if any(m.start < sentence.start + subject_end for m in reader.parties(sentence)):
        return None
    kind = phrase_kind(lang, said.group())
    focus = reader.focus
    if focus is not None and not is_tech(focus) and fits_kind(focus, kind):
        return focus
    if kind is None:
        return None
    of_kind, named = view.accepted(("partnerships: of kind", kind), lambda m: entity_kind(m) == kind)
    index = bisect_left(of_kind, sentence.start)
    return named[index - 1] if index else None


def platform_said_before(reader: Reader, sentence: Sentence, cue: re.Match[str],
                         after_cue: bool = False) -> Mention | None:
    """The platform a cue's clause means by "the platform" or "the app" ("estreou sua loja oficial no
    aplicativo"; with ``after_cue``, a store cue's, the word right after the cue) when neither the
    paragraph nor the document says which: of the platforms named in the
    ``_PLATFORM_BACK`` characters before the sentence, the one the document names most (not one named in
    passing to describe it, "Douyin, the Chinese version of TikTok"), the last of them on a tie; else none."""
    if after_cue:
        if not is_store(reader.cues, cue):
            return None  # "present on the app" says less than a store opened on it
        said = reader.cues.platform_words.search(sentence.text, cue.end(), cue.end() + _SAID_AFTER)
        if said is None or CLAUSE_BREAK.search(sentence.text, cue.end(), said.start()) \
                or _NAMED_NEXT.match(sentence.text, said.end()):
            return None  # "sur la plateforme Youku": the sentence names it, the recogniser did not read it
    elif not reader.cues.platform_words.search(clause_of(sentence.text, cue.start(), cue.end())):
        return None
    view = reader.view
    starts, platforms = view.accepted(_PLATFORMS, lambda m: m.type == "platform")
    if _PLATFORMS not in view.memo:
        view.memo[_PLATFORMS] = Counter(m.name for m in platforms)
    counts: Counter[str] = view.memo[_PLATFORMS]
    before = platforms[bisect_left(starts, sentence.start - _PLATFORM_BACK):bisect_left(starts, sentence.start)]
    return max(reversed(before), key=lambda m: counts[m.name]) if before else None


def store_owner(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> list[Mention]:
    """The brand a store cue gives the store to by an anaphor right beside it ("Der Flagship-Store der
    Marke auf Tmall", "la boutique officielle de la maison", "the brand's flagship store"): what the
    document is about, when that is a brand or institution; else none."""
    focus = reader.focus
    if focus is None or is_tech(focus) or not is_store(reader.cues, cue):
        return []
    anaphors = anaphor_re(reader.view.extraction.document.lang)
    after = anaphors.match(sentence.text, cue.end(), cue.end() + _OWNER_REACH)
    before = [a for a in anaphors.finditer(sentence.text, max(0, cue.start() - _OWNER_REACH), cue.start())
              if _POSSESSIVE_GAP.fullmatch(sentence.text, a.end(), cue.start())]
    said = after or (before[-1] if before else None)
    if said is None or reader.cues.platform_words.search(said.group()):
        return []  # "the platform's store" is the platform's own
    return [focus]


def unread_with_focus(reader: Reader, sentence: Sentence,
                      affirmed: list[re.Match[str]]) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence that names none but whose cue's clause holds one name the recogniser
    did not read after the cue ("The Shanghai race is part of a multi-year hosting deal with Juss Event"),
    not right after a figure: that name and what the document is about."""
    focus = reader.focus
    unread = unread_partner(reader, sentence, affirmed) if focus is not None else None
    if focus is None or unread is None or unread.start < sentence.start + affirmed[0].end() \
            or _AFTER_FIGURE.search(reader.view.text, sentence.start, unread.start):
        return []  # "Singapore's Marina Bay deal": no object of the cue; "12 Mio. Euro": a figure's unit
    return [(affirmed[0], [focus, unread])]


def read_with_focus(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                    named: Mention) -> list[tuple[re.Match[str], list[Mention]]]:
    """The parties of a cue sentence whose one name is an organization its apposition made a name
    ("the promoter that ..."), after the cue in its clause and not right after a figure ("a hosting deal with Juss
    Event, the promoter that ..."): that name and what the document is about, as
    ``unread_with_focus`` pairs such a name when the recogniser leaves it unread."""
    focus, cue = reader.focus, affirmed[0]
    if focus is None or focus.name == named.name or named.origin != "apposition" or named.type != "organization" \
            or named.start < sentence.start + cue.end() \
            or _AFTER_FIGURE.search(reader.view.text, sentence.start, named.start):
        return []
    left, right = clause_bounds(sentence.text, cue.start(), cue.end())
    if not sentence.start + left <= named.start < sentence.start + right:
        return []
    return [(cue, [focus, named])]


def introduced_before(reader: Reader, sentence: Sentence, named: Mention) -> Mention | None:
    """The brand or institution a cue sentence naming one platform only pairs with it, when the sentence
    before named that one brand or institution, no platform (not even as a source), and a platform left
    unnamed after it ("The DZT teams up with China's largest travel platform. On Tuesday the organisation
    signed a letter of intent with Trip.com Group"): rather than what the document is about; else none."""
    previous = reader.view.sentence_before(sentence) if is_tech(named) else None
    if previous is None:
        return None
    parties = reader.parties(previous)
    anchors = {m.name: m for m in parties if is_anchor(m)}
    if len(anchors) != 1 or any(is_tech(m) for m in reader.view.mentions_in(previous)):
        return None
    anchor = next(iter(anchors.values()))
    said = reader.cues.platform_words.search(previous.text, anchor.end - previous.start)
    return anchor if said is not None and anchor.name != named.name else None


def described_before(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                     named: Mention) -> Mention | None:
    """The party a cue's clause names by a description of a company ("signed with the Chinese e-commerce
    giant", "con il colosso di Hangzhou", "avec le groupe chinois") beside the one name it gives: of the
    organizations and platforms named in the ``_DESCRIBED_BACK`` characters before the sentence, the last
    one of the other side (a platform or tech company for a brand or institution, and the reverse);
    else none. The description opens with a definite or demonstrative word ("a record company" names no
    one said before); one followed by a capitalised word names someone itself ("the group Kering")."""
    text = sentence.text
    described = False
    for cue in affirmed:
        left, right = clause_bounds(text, cue.start(), cue.end())
        for said in reader.cues.company_words.finditer(text, left, right):
            inside = any(m.start <= sentence.start + said.start() < m.end for m in reader.view.mentions_in(sentence))
            reach = _OPENER_REACH if reader.view.spaced else _OPENER_REACH_UNSPACED
            opened = reader.cues.description_openers.search(text, max(left, said.start() - reach), said.start())
            if opened is not None and not inside and not _NAMED_NEXT.match(text, said.end()):
                described = True
                break
    if not described:
        return None
    starts, companies = reader.view.accepted(_COMPANIES, lambda m: m.type in ("organization", "platform"))
    first = bisect_left(starts, sentence.start - _DESCRIBED_BACK)
    for mention in reversed(companies[first:bisect_left(starts, sentence.start)]):
        if mention.name != named.name and is_tech(mention) != is_tech(named) \
                and (is_tech(mention) or is_anchor(mention)):
            return mention
    return None


def kind_focus(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> Mention | None:
    """The party a cue sentence naming one partner leaves to what the document is about, unless an
    owner noun of a kind opens the cue's clause before the cue with no name between ("Par ailleurs, le
    tournoi a reconduit son partenariat avec BYD"): then what the document is about if of that kind ("il
    club": the club it is about, not a rival named since), else the entity of that kind named last before
    the sentence (Roland-Garros), else what the document is about if its kind is unknown, else none."""
    view, focus = reader.view, reader.focus
    lang = view.extraction.document.lang
    left, _ = clause_bounds(sentence.text, cue.start(), cue.end())
    nouns = list(owner_cues(load_language(lang), view.spaced).nouns.finditer(sentence.text, left, cue.start()))
    kind = phrase_kind(lang, nouns[-1].group()) if nouns else None
    if kind is None or any(sentence.start + nouns[-1].end() <= m.start < sentence.start + cue.start()
                           for m in view.mentions_in(sentence)) or (focus is not None and entity_kind(focus) == kind):
        return focus
    starts, named = view.accepted(("partnerships: of kind", kind), lambda m: entity_kind(m) == kind)
    index = bisect_left(starts, sentence.start)
    if index:
        return named[index - 1]
    return focus if focus is not None and fits_kind(focus, kind) else None


def owning_anaphor(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> re.Match[str] | None:
    """An anaphor standing right before a cue, a few words at most between them ("the league's last
    China contract", "del museo"): whose deal the cue names."""
    start = sentence.start + cue.start()
    left = max(sentence.start, start - _OWNING_REACH)
    window = reader.view.text[left:start]
    found = [a for a in anaphor_re(reader.view.extraction.document.lang).finditer(window)
             if _word_starts(window, a.start() + len(a.group()) - len(a.group().lstrip()), left == sentence.start)]
    if not found or len(_WORD.findall(window[found[-1].end():])) > _OWNING_WORDS \
            or CLAUSE_BREAK.search(window, found[-1].end()):
        return None
    return found[-1]


def _word_starts(text: str, at: int, at_start: bool) -> bool:
    """Whether a word starts at ``at`` of ``text`` (its first character counts when ``at_start``)."""
    return not text[at - 1].isalpha() if at > 0 else at_start


def kind_owner_after(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> Mention | None:
    """The entity whose deal a cue names by an anaphor of a kind right after it, no name or clause break
    between ("les droits numeriques du tournoi appartenaient a Kuaishou", "i diritti del campionato"), or right
    before it (``owning_anaphor``: "le partite del campionato sono trasmesse da Migu"): what
    the document is about if of that kind, else the entity of that kind named last before the sentence;
    else none."""
    view, focus = reader.view, reader.focus
    lang = view.extraction.document.lang
    _, right = clause_bounds(sentence.text, cue.start(), cue.end())
    noun = anaphor_re(lang).search(sentence.text, cue.end(), right)
    if noun is None or len(_WORD.findall(sentence.text[cue.end():noun.start()])) > _KIND_AFTER_WORDS \
            or any(cue.end() <= m.start - sentence.start < noun.start() for m in view.mentions_in(sentence)):
        noun = owning_anaphor(reader, sentence, cue)  # or right before it ("del campionato sono trasmesse da")
    if noun is None:
        return None
    kind = phrase_kind(lang, noun.group())
    if kind is None:
        return None
    if focus is not None and entity_kind(focus) == kind:
        return focus
    starts, named = view.accepted(("partnerships: of kind", kind), lambda m: entity_kind(m) == kind)
    index = bisect_left(starts, sentence.start)
    return named[index - 1] if index else None
