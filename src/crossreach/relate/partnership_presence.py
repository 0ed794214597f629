"""Presence cues: a brand or institution put on a platform ("debuts on Fliggy", "sbarca su Tmall",
"opened official stores", "入驻天猫"). Each brand of the list that is the cue's subject (or that follows
it, "i negozi ufficiali di Kartell, Alessi ...", or that a list word opens after it, "brands opened
stores on Tmall, including Nivea, Dove and Lush") is a partner of the platform next to the cue, or of the
platform the paragraph is about when the sentence says "the platform" or names none.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, load_language
from crossreach.models import Mention, Sentence
from crossreach.relate.context import CLAUSE_BREAK, DocumentView, is_tech
from crossreach.relate.partnership_objects import introduced_again
from crossreach.relate.partnership_reader import (
    BRACKETED,
    Reader,
    contrast_part,
    is_store,
    owns,
    subject_list,
    unread_partner,
    without_owned,
)
from crossreach.relate.partnership_referents import platform_said_before, store_owner
from crossreach.relate.partnership_relatives import relative_subject
from crossreach.relate.partnership_stores import coordinated_owner

#: How far (characters) from a presence cue its platform may stand, after or before it.
_PLATFORM_AFTER, _PLATFORM_BEFORE = 30, 12
#: How far (characters) after a store cue the brands it lists may start ("i negozi ufficiali di Kartell").
_STORE_OF = 12
#: How many words (the contrast word's) may stand between a contrast part's start and its unread subject.
_CONTRAST_WORDS = 2
#: How many names a list in the sentence after a presence cue must hold to be the group it spoke of.
_GROUP = 3
#: The two words right after a cue (an article and a name, or a name).
_NEXT_WORDS = re.compile(r"\s*([^\W\d_][\w'\u2019.-]*)?\s*([^\W\d_][\w'\u2019.-]*)?")
#: How long the link between an owner and the platform it owns may be ("'s", "\u7684").
_POSSESSIVE = 2


def present(reader: Reader, sentence: Sentence, cue: re.Match[str],
             mentions: list[Mention]) -> list[list[Mention]]:
    """Pairs of (organization, platform) a presence cue joins: the platform next to the cue (or the
    one the paragraph is about, when the sentence says "the platform" or names none) and each brand
    or institution listed before it, or after the cue when none stands before."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    left, right = contrast_part(reader, sentence, cue.start(), cue.end())
    mentions = [m for m in mentions if left <= m.start < right]  # "Martell ... on Tmall, while Camus ... on JD"
    platform = _presence_platform(reader, sentence, cue, mentions)
    if platform is None:
        return []
    before = [m for m in mentions if not is_tech(m) and m.end <= max(platform.start, start)]
    organizations = subject_list(reader, before)
    own = [m for m in before
           if m.end <= start and not CLAUSE_BREAK.search(BRACKETED.sub("", reader.view.text[m.end:start]))]
    if own and own[0].name not in {m.name for m in organizations}:
        organizations = subject_list(reader, own)  # "A hat einen Kanal auf Bilibili, die B ist auf Weibo aktiv": B
    relative = relative_subject(reader.view.text, sentence, cue, mentions, reader.cues) \
        if is_store(reader.cues, cue) else None  # a store opened, not "which is (not yet) on Tmall"
    if relative is not None and relative.name not in {m.name for m in organizations}:
        organizations = [relative]  # "... follows Atout France, which opened a store on Tmall"
    after = [m for m in mentions if not is_tech(m) and m.start >= end]
    if not organizations and after:  # "four houses will open stores: Sogrape, ...", "the official stores of ..."
        gap = reader.view.text[end:after[0].start]
        organizations = subject_list(reader, after) if ":" in gap or len(gap) <= _STORE_OF \
            or _opens_list(reader, gap) else []  # "brands opened stores on Tmall, including A, B and C"
    if not organizations and not before and not any(is_tech(m) for m in mentions):
        organizations = _joined_list(reader, after)  # "Joined the pavilion at its opening: A, B, C and D"
    if is_store(reader.cues, cue):  # "... tiene tienda insignia desde 2019 y Casa Dragones abrio la suya"
        organizations = [*organizations, *coordinated_owner(reader, sentence, cue, after)]
    if not organizations:  # "Seven companies launched on Tmall Global. Acme, Bolt and Cora present ..."
        organizations = _listed_next(reader, sentence)
    if not organizations and not before and left > sentence.start:
        # "..., mentre Visit Piemonte ha aperto un negozio su Fliggy": the unread name the contrast word opens
        organizations = [m for m in [unread_partner(reader, sentence, [cue])] if m is not None and m.end <= start
                         and len(reader.view.text[left:m.start].split()) <= _CONTRAST_WORDS]
    if not organizations and not before and not after:  # "It opened a flagship store on Tmall in 2021."
        organizations = referred_subject(reader, sentence)
    if not organizations:  # "Der Flagship-Store der Marke auf Tmall, den On 2020 eroeffnet hatte"
        organizations = store_owner(reader, sentence, cue)
    unique = list({m.name: m for m in organizations}.values())
    pairs = [[name, shop] for shop in [platform, *_platforms_again(reader, sentence, platform, mentions)]
             for name in unique]
    return [p for p in pairs if len(without_owned([m.name for m in p], reader.domain)) == 2]


def _platforms_again(reader: Reader, sentence: Sentence, platform: Mention, mentions: list[Mention]) -> list[Mention]:
    """The platforms a conjunction and a platform preposition add after the cue's ("selling on Tmall since
    2016 and on JD.com since 2018", ``relate.partnership_objects.introduced_again``)."""
    if not reader.view.spaced or not sentence.start <= platform.start < sentence.end:
        return []
    later = [m for m in mentions if m.start >= platform.end]
    return [m for m in introduced_again(reader, platform, later, reader.cues.on_platform) if is_tech(m)]


def _joined_list(reader: Reader, after: list[Mention]) -> list[Mention]:
    """The brands a presence sentence that names no platform lists after its cue, farther than a store's
    "of" ("Juntaram-se ao pavilhão, logo na abertura, a Delta, a Castelbel e a Claus Porto"): a group of
    ``_GROUP`` names or more that are all the names after the cue; else none."""
    listed = subject_list(reader, after)
    return listed if len({m.name for m in listed}) >= _GROUP and len(listed) == len(after) else []


def _presence_platform(reader: Reader, sentence: Sentence, cue: re.Match[str],
                       mentions: list[Mention]) -> Mention | None:
    """The platform a presence cue puts names on: the one next to it, else (or when the sentence says
    "the platform" of a company) the one of the paragraph."""
    start, end = sentence.start + cue.start(), sentence.start + cue.end()
    text = reader.view.text
    near = [m for m in mentions if is_tech(m) and (0 <= m.start - end <= _PLATFORM_AFTER
                                                     or 0 <= start - m.end <= _PLATFORM_BEFORE)
            and not CLAUSE_BREAK.search(BRACKETED.sub("", text[min(end, m.end):max(start, m.start)]))]
    # a platform of another clause is not where the cue puts the brand ("before joining, ..., its account on RED")
    platform = min(near, key=lambda m: m.start - end if m.start >= end else (start - m.end) * 2) if near else None
    if platform is not None:  # "selling on Alibaba's Tmall", "入驻阿里巴巴旗下天猫": the platform its owner names
        platform = next((m for m in mentions if m.start >= platform.end and len(text[platform.end:m.start].strip())
                         <= _POSSESSIVE and owns(reader.domain, platform, m)), platform)
    if platform is None and (_place_object(reader, sentence, cue) or _named_object(reader, sentence, cue)):
        return None  # "Dior mise sur la Chine": the cue puts the brand in a place, on no platform
    if platform is None or says_platform(reader, sentence, platform):
        platform = platform_of_paragraph(reader.view, sentence, [m for m in mentions if m.end <= end]) or platform
    return platform or platform_said_before(reader, sentence, cue, after_cue=True)


def _place_object(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> bool:
    """Whether a place stands right after a presence cue in its clause ("setzt auf China", "bets on
    Europe"): where the cue puts the brand, on no platform."""
    end = sentence.start + cue.end()
    text = reader.view.text
    return any(0 <= m.start - end <= _STORE_OF and m.type == "place"
               and not CLAUSE_BREAK.search(text[end:m.start]) for m in reader.view.mentions_in(sentence))


def _named_object(reader: Reader, sentence: Sentence, cue: re.Match[str]) -> bool:
    """Whether a capitalised word no platform's name covers stands right after a presence verb, an article
    at most between ("rejoint le Tour comme partenaire officiel", "joins the Premier League"): what the
    brand joins is named, and it is no platform (a language that capitalises its nouns is not read so)."""
    if not reader.view.spaced or is_store(reader.cues, cue) \
            or _capitalises_nouns(load_language(reader.view.extraction.document.lang)):
        return False  # (after a store's noun stands its owner: "il negozio ufficiale di Burberry")
    found = _NEXT_WORDS.match(reader.view.text, sentence.start + cue.end())
    if found is None or not found.group(1):
        return False
    first = found.group(1)
    name = 2 if reader.cues.list_article.match(first) or reader.rules.article_re.fullmatch(first) else 1
    word, offset = found.group(name), found.start(name)
    return bool(word) and word[0].isupper() and not any(
        m.start <= offset < m.end and is_tech(m) for m in reader.view.mentions_in(sentence))


@cache
def _capitalises_nouns(lexicon: LanguageLexicon) -> bool:
    return lexicon.section("entities").get("capitals_mark") == "nouns"


def referred_subject(reader: Reader, sentence: Sentence) -> list[Mention]:
    """The brand a presence sentence that names none points back to with its opening pronoun or
    anaphor ("It opened a flagship store on Tmall", "La marque a ouvert sa boutique sur JD.com"): the
    brand or institution the sentence before opened with, else what the document is about."""
    view = reader.view
    if not (reader.cues.opening_pronoun.match(view.text, sentence.start, sentence.end)
            or view.anaphor_opens(sentence)):
        return []
    previous = view.sentence_before(sentence)
    named = [m for m in reader.parties(previous) if not is_tech(m)] if previous is not None else []
    referent = named[0] if named else reader.focus
    return [referent] if referent is not None and not is_tech(referent) else []


def _listed_next(reader: Reader, sentence: Sentence) -> list[Mention]:
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
    listed = subject_list(reader, names)
    return listed if len({m.name for m in listed}) >= _GROUP else []


def platform_meant(reader: Reader, sentence: Sentence, mention: Mention) -> Mention:
    """The platform a company stands for when the sentence names it as the owner of "the platform"
    ("vendeu à plataforma da ByteDance os direitos"): the platform of the paragraph it owns; else the name."""
    if not is_tech(mention) or not says_platform(reader, sentence, mention):
        return mention
    platform = platform_of_paragraph(reader.view, sentence, [])
    return platform if platform is not None and owns(reader.domain, mention, platform) else mention


def says_platform(reader: Reader, sentence: Sentence, platform: Mention) -> bool:
    """Whether the platform found is a company named as the owner of "the platform" the sentence
    speaks of ("en la plataforma de Alibaba"): the article's platform is meant."""
    if platform.type == "platform":
        return False
    before = reader.view.text[max(sentence.start, platform.start - _PLATFORM_AFTER):platform.start]
    return bool(reader.cues.platform_words.search(before))


def platform_of_paragraph(view: DocumentView, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The platform a sentence without one means: the last named in the sentence or its paragraph,
    else the one the document is about."""
    named = [m for m in (*view.paragraph_before(sentence), *mentions) if m.type == "platform"]
    return named[-1] if named else view.main_platform


def _opens_list(reader: Reader, gap: str) -> bool:
    """Whether the text between a presence cue and the first name after it ends with a word that opens
    the list a group stands for ("..., including", ", tra cui", ", darunter", "，包括"), a few characters
    at most after it."""
    found = list(reader.cues.including.finditer(gap))
    return bool(found) and len(gap[found[-1].end():].strip()) <= _STORE_OF
