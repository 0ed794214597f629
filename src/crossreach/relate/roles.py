"""Roles: a person holding a title at an organization.

Read where a person, a title and an organization stand together in a sentence
with nothing else between them: "Helen Marsh, Burberry's chief digital
officer", "Marco Bizzarri, ceo di Gucci", "LVMH Global Brand Officer Mathilde
Delhoume", "la responsabile digital di Valentino, Chiara Molteni",
"路易威登中国区总裁吴晨". The title is normalised through the language's lexicon.

A title glued to an organization by a hyphen ("Douyin-Managerin Li Na") belongs to it;
a word that names the organization without its name ("the league's head", "du club")
refers to the organization of the document whose name holds that word, else to the one
the document is about (never a news outlet: one a speech verb hands the word to, "told
Reuters", is a source, not an employer). A verb says a position too ("Li Na, who
runs sports content at Douyin", "Anna Berg, die das China-Geschäft von Adidas leitet",
"Inditex, que dirige Marta Olmedo").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, alternation, compiled, cue_pattern
from crossreach.models import Fact, Mention, Role, Sentence
from crossreach.recognise.entity_rules import entity_rules
from crossreach.relate.context import DocumentView, evidence, is_tech
from crossreach.rule_cache import language_rules

#: The most text that may stand between a person and the organization of the title (spaced, unspaced).
_SPAN, _SPAN_UNSPACED = 70, 16
_ORGANIZATION_TYPES = ("organization", "platform")
#: After a person's name, what opens an apposition (", the ..." / " (").
_APPOSITION = re.compile(r"\s*[,(]\s*")
#: A bracketed form right after a name (its transliteration, an age), skipped to read what follows.
_BRACKETED = re.compile(r"\s?[(\uff08][^()\uff08\uff09]{1,40}[)\uff09]")
#: How far into an apposition its title may start; how far past it "of Gucci" may stand; how much
#: may stand between a title before a name and the name (a comma, an article, an organization).
_TITLE_REACH, _OF_REACH, _GAP = 40, 60, 30
#: How long a title phrase set before the name and a comma may be ("La directora de negocio
#: internacional del Real Madrid, Lucía Prieto").
_APPOSED_REACH = 70
#: What may stand between an organization and the "led by" after it (", "), and between listed persons (" e ").
_PUNCTUATION_GAP = re.compile(r"[\s,]*")
_LIST_GAP = 6
#: How far after "led by" the person may stand ("guidato dagli amministratori delegati X e Y").
_LED_REACH = 70
#: What ends a title phrase after the title ("an analyst, said ...").
_PHRASE_END = re.compile(r"[,;:!?()（），。；：]|\.(?!\w)")
#: How far before a name the words opening a title's place are read.
_OPENER_REACH = 12
#: How close a bracketed transliteration follows the name it repeats.
_ECHO_GAP = 3
#: What may stand between an organization and the title it owns ("Burberry's ", "Tencents ").
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]?s)?\s{1,2}")
#: How far before an outlet a speech verb makes it a source ("a déclaré à l'AFP").
_SOURCE_GAP = 6
#: How far apart a word naming the organization and a title may stand to belong together.
_ADJACENT = 12
#: How far after a person a verb saying their position may stand, and what ends that clause.
_VERB_REACH = 110
_CLAUSE_END = re.compile("[,.;:!?()\uff08\uff09\uff0c\u3002\uff1b\uff1a\\n\u00ab\u00bb\u201c\u201d\"\u201e]")
#: The words of a name or an anaphor, and the shortest one that can be an organization's noun.
_NOUN = re.compile(r"[^\W\d_]+")
_MIN_NOUN = 3
_MEDIA = "media"
#: How far back a possessive ("its", "sa", "deren") looks for the organization it refers to.
_PRONOUN_REACH = 250
#: What a word naming an organization by its noun may refer to ("du festival": an event named "... Festival").
_REFERRED_TYPES = ("organization", "event")
#: The normal forms of the titles that say who runs an organization: such a title beside a person in
#: a sentence naming no organization belongs to the one the paragraph is about ("Il presidente
#: nerazzurro Steven Zhang sarà a Shanghai"). Analysts, professors and coaches are left out: whose
#: they are, the context does not say.
_OFFICE_TITLES = frozenset({
    "CEO", "co-CEO", "president", "chairman", "founder", "managing director", "general manager",
    "artistic director", "music director", "creative director", "owner", "vice president", "director",
    "COO", "CFO", "CDO", "CMO", "CTO", "CCO", "CBO", "commercial director", "marketing director",
    "communications director", "head of digital", "head of marketing", "head of digital communication",
    "secretary general", "chief representative"})
#: How many words a title no list holds may have; a pattern taking a span whole.
_UNLISTED_WORDS = 4
_WHOLE = re.compile(r".+", re.DOTALL)
#: What ends a phrase: a title beyond it is not this person's.
_BREAK = re.compile(r"[.;:!?\n«»“”\"„]|,\s*\w+\s*,")


@language_rules("role_titles")
def _titles(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """The titles (whole words, or where the language glues compounds the ends of words), their
    normal forms, and the anaphors."""
    section = lexicon.section("roles")
    titles = {str(k).casefold(): str(v) for k, v in (section.get("titles") or {}).items()}
    pattern = cue_pattern(titles, spaced)
    if spaced and section.get("compound_titles"):
        heads = alternation(section["compound_titles"])
        pattern = compiled(rf"(?<![^\W\d_])(?:[^\W\d_]+(?:{heads})|{pattern.pattern})(?![^\W\d_])",
                             re.IGNORECASE)
    return pattern, titles, cue_pattern(section.get("anaphors"), spaced)


@cache
def _place_openers(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """The words that make the name right after them a title's place or organization."""
    words = alternation(lexicon.section("roles").get("place_openers"))
    return compiled(rf"(?<![^\W\d_])(?:{words})[\s\u00a0]+$")


def in_title_phrase(text: str, person: Mention, lexicon: LanguageLexicon) -> bool:
    """Whether a person's mention stands where a title's place or organization does ("general manager
    per la Greater China", "Head of Partnerships Asia"): then it names no person who holds an office
    or speaks."""
    return _place_openers(lexicon).search(text, max(0, person.start - _OPENER_REACH), person.start) is not None


def title_pattern(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The language's job titles as a regex (for quotes said by "the director")."""
    return _titles(lexicon, spaced)[0]


def _normalised(title: str, titles: dict[str, str]) -> str | None:
    """The normal form of a title, or of the title a compound ends with ("Konsumgüteranalystin")."""
    folded = title.casefold()
    if folded in titles:
        return titles[folded]
    ends = [key for key in titles if folded.endswith(key)]
    return titles[max(ends, key=len)] if ends else None


@cache
def _former(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The words that make a title a past one ("zuvor", "former", "ex")."""
    return cue_pattern(lexicon.section("roles").get("former"), spaced)


@cache
def _frames(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """A sentence opening with the organization it speaks from ("En ", "Du côté de "), up to the name."""
    words = alternation(lexicon.section("roles").get("frames"))
    return compiled(rf"\s*(?:{words})\s+" if spaced else rf"\s*(?:{words})", re.IGNORECASE)


@cache
def _copulas(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """A copula right after a name, up to the title ("Anna Rossi è direttrice ...")."""
    words = alternation(lexicon.section("roles").get("copulas"))
    return compiled(rf"\s+(?:{words})\s+" if spaced else rf"(?:{words})", re.IGNORECASE)


@cache
def _verbs(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """The verbs that say what a person runs ("leads", "verantwortet", "dirige", "负责"), with the title each means."""
    verbs = {str(k).casefold(): str(v) for k, v in (lexicon.section("roles").get("verbs") or {}).items()}
    return cue_pattern(verbs, spaced), verbs


@cache
def _sources(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The speech verbs: an outlet right after one ("told Reuters", "a déclaré à l'AFP") is a source."""
    return cue_pattern(lexicon.section("quotes").get("verbs"), spaced)


@cache
def _led_by(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """The "led by" phrases, with room for a time phrase inside ("dirigée depuis 2018 par")."""
    return cue_pattern((), spaced, gapped=lexicon.section("roles").get("led_by"))


def relate_roles(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The role facts of one document."""
    extraction = view.extraction
    title_re, titles, anaphors = _titles(lexicon, view.spaced)
    span = _SPAN if view.spaced else _SPAN_UNSPACED
    facts: list[Fact] = []
    led_by = _led_by(lexicon, view.spaced)
    platform_word = entity_rules(lexicon).platform_cue_re
    verbs, verb_titles = _verbs(lexicon, view.spaced)
    context = _Context(view, anaphors, platform_word, _sources(lexicon, view.spaced), _former(lexicon, view.spaced),
                       _frames(lexicon, view.spaced), _copulas(lexicon, view.spaced), titles,
                       led_by)
    # (only a sentence where a person's name starts can hold a role: the others are not read at all)
    person_starts = [m.start for m in extraction.mentions if m.type == "person"]
    for sentence in extraction.sentences:
        first = bisect_left(person_starts, sentence.start)
        if first == len(person_starts) or person_starts[first] >= sentence.end:
            continue
        mentions = view.mentions_in(sentence)
        persons = [m for m in mentions if m.type == "person" and not in_title_phrase(view.text, m, lexicon)]
        for person in (p for i, p in enumerate(persons) if not _echoes(persons[:i], p)):
            role = _compound_role(view.text, person, mentions, title_re) or \
                _appositive_role(context, person, mentions, title_re) or \
                _role_of(context, person, mentions, title_re, span) or \
                _led_role(context, sentence, person, mentions, led_by, title_re) or \
                _verb_role(context, sentence, person, mentions, verbs) or \
                _unlisted_role(context, person, mentions, _unlisted_titles(lexicon, view.spaced))
            if role is None or role[0].name == person.name:
                continue
            organization, title_match = role
            organization = _family_firm(view, person, organization)
            title = title_match.group()
            spans = [(person.start, person.end), (title_match.start(), title_match.end())]
            if sentence.start <= organization.start and organization.end <= sentence.end:
                spans.append((organization.start, organization.end))
            start, end = min(a for a, _ in spans), max(b for _, b in spans)
            normalised = _normalised(title, titles) or verb_titles.get(title.casefold())
            facts.append(Role(person=person.name, organization=organization.name, title=title,
                              title_normalised=normalised, evidence=evidence(sentence, start, end), confidence=0.7))
    return facts


def _family_firm(view: DocumentView, person: Mention, organization: Mention) -> Mention:
    """The organization named after the person's family, when the one found is another name that
    holds it or a sister brand ("Giovanni Ferrero" heads Ferrero, not the product Ferrero Rocher;
    "Cyril Camus" presides Camus): family firms are run by those whose name they carry. Unchanged
    when the document names no organization by the family name alone."""
    words = _NOUN.findall(person.name)
    if not view.spaced or len(words) < 2 or len(words[-1]) < _MIN_NOUN:
        return organization
    family = words[-1].casefold()
    if organization.name.casefold() == family:
        return organization
    _, named = view.accepted(("roles: family firm", family),
                                  lambda m: m.type == "organization" and m.name.casefold() == family)
    return named[0] if named else organization


@language_rules("role_unlisted_titles")
def _unlisted_titles(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], ...]:
    """An apposition holding a title no list has, known by its place: after the name's comma, maybe
    an article, a few words, then a word joining a title to its employer (", a palaeontologist at ",
    ", etnomusicologa da "); one pattern per number of words, the shortest first, since a joining
    word may stand inside the title too ("head of content of X"). Spaced languages only: unspaced
    ones glue title and name."""
    section = lexicon.section("roles")
    links, articles = section.get("employer_of"), section.get("apposition_articles")
    if not spaced or not links:
        return ()
    article = rf"(?:(?i:{alternation(articles, ignore_case=True)})\s+)?" if articles else ""
    word = r"[^\W\d_][^\W\d_-]*"
    link = alternation(links, ignore_case=True)
    return tuple(compiled(rf"\s*,\s*{article}(?P<title>{word}(?:[\s-]{word}){{{n}}})"
                            rf"\s+(?i:{link})\s+{article}") for n in range(_UNLISTED_WORDS))


def _unlisted_role(context: _Context, person: Mention, mentions: list[Mention],
                   appositions: tuple[re.Pattern[str], ...]) -> tuple[Mention, re.Match[str]] | None:
    """A role whose title no list holds, said by the shape of the apposition ("Prof. Alan Lam, a
    palaeontologist at the University of Hong Kong"): lower-case words, none a speech verb ("said
    at"), and the employer named right after the joining word."""
    text = context.view.text
    bracket = _BRACKETED.match(text, person.end)
    for apposition in appositions:
        found = apposition.match(text, bracket.end() if bracket else person.end)
        if found is None or not found.group("title").islower() or context.sources.search(found.group("title")):
            continue
        employer = next((m for m in mentions if m.start == found.end()), None)
        if employer is not None and context.employer(employer) and employer.category != _MEDIA:
            return employer, _WHOLE.match(text, found.start("title"), found.end("title"))
    return None


def _echoes(earlier: list[Mention], person: Mention) -> bool:
    """Whether a person's mention repeats the one right before it ("高乐（Jochen Goller）"): one person, one role."""
    return bool(earlier) and earlier[-1].name == person.name and person.start - earlier[-1].end <= _ECHO_GAP


@dataclass(frozen=True)
class _Context:
    """What the role rules read beside the sentence: the document, its anaphors, its platform
    word and its speech verbs (which make the outlet after them a source)."""

    view: DocumentView
    anaphors: re.Pattern[str]
    platform_word: re.Pattern[str]
    sources: re.Pattern[str]
    former: re.Pattern[str]
    frames: re.Pattern[str]
    copulas: re.Pattern[str]
    titles: dict[str, str]
    led_by: re.Pattern[str]

    def past(self, start: int, title: re.Match[str]) -> bool:
        """Whether a word making the title a past one stands between ``start`` and the title or right
        before it ("X, die zuvor Finanzchefin bei Siemens war", "l'ex direttore")."""
        low = min(start, max(0, title.start() - _ADJACENT))
        return self.former.search(self.view.text, low, title.start()) is not None

    def employer(self, mention: Mention) -> bool:
        """Whether an organization may employ a person named near it: not an outlet a speech verb
        hands the word to ("told Reuters", "explicó a EFE")."""
        if mention.type not in _ORGANIZATION_TYPES:
            return False
        text = self.view.text
        before = text[max(0, mention.start - _SOURCE_GAP - 20):mention.start]
        return not any(len(before) - verb.end() <= _SOURCE_GAP and not _BREAK.search(before, verb.end())
                       for verb in self.sources.finditer(before))

    def referred(self, anaphor: re.Match[str], offset: int) -> Mention | None:
        """What a word naming an organization without its name refers to: for a platform word
        ("della piattaforma") the platform named last; else the organization named last before
        ``offset`` whose name holds the word's noun ("the league" → "... Football League"; of several, the
        last unless it is far, then the one the document names most), or for a
        possessive the one named just before it; else the one the document is about, news outlets
        left out."""
        view = self.view
        if self.platform_word.search(anaphor.group()):
            earlier = view.last_accepted_before(offset, "roles: platform", lambda m: m.type == "platform")
            return earlier if earlier is not None else view.main_platform
        nouns = [w for w in _NOUN.findall(anaphor.group().casefold())[1:] if len(w) > _MIN_NOUN]  # after its article
        if nouns:
            noun = nouns[-1]

            def holds_noun(m: Mention) -> bool:
                return m.type in _REFERRED_TYPES and any(
                    _same_noun(word, noun) for name in (m.name, m.text) for word in _NOUN.findall(name.casefold()))

            key = ("roles: named with the noun", noun)
            last = view.last_accepted_before(offset, key, holds_noun)
            if last is not None and anaphor.start() - last.end > 2 * _PRONOUN_REACH:
                # named far before: of several such names, the one the document names most (the first on a tie)
                starts, holding = view.accepted(key, holds_noun)
                named = [m for m in holding[:bisect_right(starts, offset)] if m.end <= offset]
                names = frozenset(m.name for m in named)
                found = view.most_named(lambda m: m.name in names, headline_weight=2,
                                        key=("roles: most named of", names)) if len(names) > 1 else None
                if found is not None:
                    return next(m for m in reversed(named) if m.name == found[0].name)
            if last is not None:
                return last
        else:  # a possessive or a relative ("its", "sa", "deren"): the organization named just before
            reach = view.mentions_between(anaphor.start() - _PRONOUN_REACH, anaphor.start() + 1)
            near = [m for m in reach if m.type in _ORGANIZATION_TYPES and m.category != _MEDIA
                    and m.end <= anaphor.start()]
            if near:
                return near[-1]
        if view.focus is not None and view.focus.category != _MEDIA:
            return view.focus
        found = view.most_named(lambda m: m.type == "organization" and not is_tech(m) and m.category != _MEDIA,
                                headline_weight=2, key="roles: employer")
        return found[0] if found else None


def _framing(context: _Context, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The organization a sentence opens by speaking from ("En Inditex, la responsable ...,
    Lucía Prieto", "Du côté de Tencent, qui ..., Wang Fang, responsable du sport"), or the one a
    word there refers to ("Por parte de la plataforma, Wang Fang, director de vinos")."""
    sentence = context.view.sentence_of(person.start)
    if sentence is None:
        return None
    frame = context.frames.match(context.view.text, sentence.start, person.start)
    if frame is None:
        return None
    opened = next((m for m in mentions if m.start >= frame.end() and m is not person), None)
    if opened is not None and opened.start == frame.end() and context.employer(opened):
        return opened
    anaphor = _anaphor(context, mentions, frame.end(), frame.end() + _TITLE_REACH)
    return context.referred(anaphor, person.start) if anaphor is not None and anaphor.start() == frame.end() else None


def _compound_role(text: str, person: Mention, mentions: list[Mention],
                   title_re: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """A title glued by a hyphen to the organization's name right before the person
    ("Douyin-Managerin Li Na", "Adidas-Chef Hans Berg")."""
    window_start = max(0, person.start - _TITLE_REACH)
    for title in reversed(list(title_re.finditer(text, window_start, person.start))):
        if _BREAK.search(text, title.end(), person.start) or len(text[title.end():person.start]) > _GAP:
            continue
        glued = next((m for m in mentions if m.type in _ORGANIZATION_TYPES and m.end + 1 == title.start()
                      and text[m.end] == "-"), None)
        return (glued, title) if glued is not None else None
    return None


def _appositive_role(context: _Context, person: Mention, mentions: list[Mention],
                     title_re: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """A title set beside the person ("Helen Marsh, Burberry's chief digital officer", "Sa
    présidente, Catherine Pégard", "Il gruppo guidato da Remo Ruffini, presidente"): the
    organization is the one named inside that title phrase, else, when a word there refers
    to it without its name ("the museum", "sa"), the one that word refers to."""
    text = context.view.text
    title = _title_beside(text, person, title_re, context.copulas)
    if title is None or context.past(person.end if title.start() >= person.end else title.start(), title):
        return None
    low, high = min(person.end, title.start()), max(person.start, title.end()) + _OF_REACH
    phrase_end = _PHRASE_END.search(text, title.end(), high)
    high = phrase_end.start() if phrase_end and title.end() >= person.start else high
    named = [m for m in mentions if context.employer(m) and low <= m.start and m.end <= high
             and not any(p.type == "person" and p.name != person.name and min(m.start, person.start) < p.start
                         < max(m.start, person.start) for p in mentions)
             and (context.view.spaced or title.end() > person.start or m.end <= title.start())]
    # (where words are not spaced, a title before the name has its organization before it: "坎城影展總監X接受中央社")
    glued = _glued_before(context, title, mentions) if title.end() <= person.start else None
    if glued is not None:  # "Tencents Sportchef X", "Burberry's chief digital officer", "腾讯副总裁张伟"
        return glued, title
    anaphor = _anaphor(context, mentions, max(0, title.start() - _TITLE_REACH), high)
    if anaphor is not None and anaphor.end() < title.start() - _ADJACENT:
        anaphor = None  # "Por su parte, X, director ...": a word far before the title is not its organization's
    if named and (anaphor is None or not _adjacent(anaphor, title)
                  or any(abs(m.start - title.start()) < abs(anaphor.start() - title.start()) for m in named)):
        return min(named, key=lambda m: abs(m.start - title.start())), title
    if title.start() > person.end and context.copulas.match(text, person.end):
        return None  # "X è direttrice creativa della maison di famiglia": which maison, the copula does not say
    if anaphor is None:
        framed = _framing(context, person, mentions) or _paragraph_organization(context, person, mentions, title)
        return (framed, title) if framed is not None else None
    referred = context.referred(anaphor, person.start)
    return (referred, title) if referred is not None else None


def _paragraph_organization(context: _Context, person: Mention, mentions: list[Mention],
                            title: re.Match[str]) -> Mention | None:
    """For an office title ("presidente", "Generaldirektorin") beside a person in a sentence that
    names no organization, the organization of the context: the last one the sentence before
    names first in the same paragraph, its subject ("Bei Douyu ist man erleichtert. Qiming Zhao,
    Vizepräsident ..."), else the one the document is about. Not in a "led by" sentence, whose
    subject says it, nor for a title glued to a word before it ("坎城影展藝術總監": an organization
    nobody listed), nor for an acronym opening the name's capitalised run ("CMO Masters Series":
    a name of a thing as likely as a person's)."""
    view = context.view
    sentence = view.sentence_of(person.start)
    if sentence is None or _normalised(title.group(), context.titles) not in _OFFICE_TITLES or any(
            m.type in _ORGANIZATION_TYPES for m in mentions) or context.led_by.search(view.text, sentence.start,
                                                                                    person.start) \
            or (not view.spaced and title.start() > sentence.start and _NOUN.match(view.text, title.start() - 1)) \
            or (title.group().isupper() and 0 <= person.start - title.end() <= 1):
        return None
    previous = view.sentence_before(sentence)
    if previous is not None and "\n\n" not in view.text[previous.end:sentence.start]:
        named = [m for m in view.mentions_in(previous) if context.employer(m) and m.category != _MEDIA]
        if named:
            return named[0]
    focus = view.focus
    return focus if focus is not None and focus.category != _MEDIA else None


def _anaphor(context: _Context, mentions: list[Mention], start: int, end: int) -> re.Match[str] | None:
    """The first word between ``start`` and ``end`` naming an organization without its name; not the
    start of a name ("de la Asociación China de Baloncesto")."""
    for anaphor in context.anaphors.finditer(context.view.text, start, end):
        if not any(m.start < anaphor.end() and anaphor.start() < m.end for m in mentions):
            return anaphor
    return None


def _same_noun(word: str, noun: str) -> bool:
    """Whether a word of a name is the noun, maybe inflected ("Museum" and "des Museums")."""
    return len(word) > _MIN_NOUN and (word.startswith(noun) or noun.startswith(word))


def _glued_before(context: _Context, title: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """The organization named right before a title, with at most a possessive between them, or in
    Chinese a few characters ("宝马中国市场总监")."""
    text = context.view.text
    for mention in reversed(mentions):
        if mention.end > title.start():
            continue
        gap = text[mention.end:title.start()]
        fits = _POSSESSIVE_GAP.fullmatch(gap) if context.view.spaced else \
            len(gap) <= _SPAN_UNSPACED and not _PHRASE_END.search(gap)
        return mention if fits and context.employer(mention) else None
    return None


def _adjacent(anaphor: re.Match[str], title: re.Match[str]) -> bool:
    """Whether a word naming the organization stands right against the title ("the league's head",
    "directeur du club")."""
    return -_ADJACENT <= anaphor.start() - title.end() <= _ADJACENT \
        or -_ADJACENT <= title.start() - anaphor.end() <= _ADJACENT


def _verb_role(context: _Context, sentence: Sentence, person: Mention, mentions: list[Mention],
               verbs: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """A position said with a verb in the clause after the person ("X, who runs football content at
    Douyin", "X, die bei Trip.com das Europageschäft leitet", "X verantwortet bei dm ...") or
    right before the person after the organization ("Inditex, que dirige Marta Olmedo")."""
    text = context.view.text
    bracket = _BRACKETED.match(text, person.end)  # "Wang Fang (王芳), die bei Trip.com ... leitet"
    opening = _APPOSITION.match(text, bracket.end() if bracket else person.end)
    clause_start = opening.end() if opening else person.end
    clause_end = _CLAUSE_END.search(text, clause_start, min(sentence.end, clause_start + _VERB_REACH))
    end = clause_end.start() if clause_end else min(sentence.end, clause_start + _VERB_REACH)
    verb = verbs.search(text, clause_start, end)
    if verb is not None and not any(m.type == "person" and clause_start <= m.start < end for m in mentions):
        named = [m for m in mentions if context.employer(m) and clause_start <= m.start and m.end <= end]
        if named:
            return named[0], verb
        anaphor = _anaphor(context, mentions, clause_start, end)
        referred = context.referred(anaphor, person.start) if anaphor else None
        return (referred, verb) if referred is not None else None
    before = [v for v in verbs.finditer(text, max(sentence.start, person.start - _GAP), person.start)
              if not text[v.end():person.start].strip()]
    if not before:
        return None
    head = before[-1].start()
    named = [m for m in mentions if context.employer(m) and m.end <= head and head - m.end <= _GAP
             and not _BREAK.search(text, m.end, head)]
    return (named[-1], before[-1]) if named else None


def _led_role(context: _Context, sentence: Sentence, person: Mention, mentions: list[Mention],
              led_by: re.Pattern[str], title_re: re.Pattern[str]) -> tuple[Mention, re.Match[str]] | None:
    """The head of an organization said with a verb ("Starbucks, led by Kevin Johnson", "Chanel
    wird von Leena Nair geführt", "Il gruppo, guidato dagli amministratori delegati X e Y"): the
    title is the one between the verb and the name, else the verb itself; the organization is the
    one named right before the verb, else the first one named before, else what an opening
    anaphor refers to. Persons further on, past more than a conjunction, are not led by it
    ("led by X, performed works by Dvorak")."""
    view = context.view
    text = view.text
    cue = next((c for c in led_by.finditer(text, sentence.start, sentence.end)
                if 0 <= person.start - c.end() <= _LED_REACH or 0 <= c.start() - person.end <= _GAP), None)
    if cue is None or _BREAK.search(text, min(cue.end(), person.end), max(cue.start(), person.start)):
        return None
    if cue.end() <= person.start and not _listed_after(text, cue.end(), person, mentions):
        return None
    head = min(cue.start(), person.start)
    named = [m for m in mentions if m.type in _ORGANIZATION_TYPES and m.end <= head]
    adjacent = [m for m in named if _PUNCTUATION_GAP.fullmatch(text[m.end:head])]
    organization = adjacent[-1] if adjacent else named[0] if named else _opening_referent(context, sentence, mentions)
    if organization is None:
        return None
    title = title_re.search(text, cue.end(), person.start) if cue.end() <= person.start else None
    return organization, title or cue


def _listed_after(text: str, start: int, person: Mention, mentions: list[Mention]) -> bool:
    """Whether the person is the first one after ``start`` or listed with it ("X e Y", "X, Y and Z")."""
    chain = [*(m for m in mentions if m.type == "person" and start <= m.start < person.start), person]
    return all(nxt.start - prev.end <= _LIST_GAP for prev, nxt in pairwise(chain))


def _opening_referent(context: _Context, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """What the word opening a sentence ("The orchestra, led by ...", "La compañía, dirigida por")
    refers to."""
    if not context.view.anaphor_opens(sentence):
        return None
    anaphor = _anaphor(context, mentions, sentence.start, min(sentence.end, sentence.start + _TITLE_REACH))
    return context.referred(anaphor, sentence.start) if anaphor else context.view.referent(sentence)


def _title_beside(text: str, person: Mention, title_re: re.Pattern[str],
                  copulas: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """A title right after the person's name and a comma or a copula ("è", "is"), or right before it."""
    after = _APPOSITION.match(text, person.end) or (copulas.match(text, person.end) if copulas else None)
    if after is not None:
        title = title_re.search(text, after.end(), min(len(text), after.end() + _TITLE_REACH))
        if title is not None and not _BREAK.search(text, after.end(), title.start()):
            return title
    window_start = max(0, person.start - _APPOSED_REACH)
    for title in reversed(list(title_re.finditer(text, window_start, person.start))):
        gap = text[title.end():person.start]
        if _BREAK.search(gap):
            continue
        if len(gap) <= _GAP or (len(gap) <= _APPOSED_REACH and gap.rstrip().endswith(",")):
            return title
    return None


def _role_of(context: _Context, person: Mention, mentions: list[Mention], title_re: re.Pattern[str],
             span: int) -> tuple[Mention, re.Match[str]] | None:
    """The organization nearest the person with a title between them (or around the pair), if any."""
    text = context.view.text
    best: tuple[int, Mention, re.Match[str]] | None = None
    for other in mentions:
        if not context.employer(other):
            continue
        left, right = (other, person) if other.end <= person.start else (person, other)
        if left.end > right.start:
            continue
        between = text[left.end:right.start]
        crowded = between.count(",") > 1 or _BREAK.search(between)
        if len(between) > span or crowded or any(
                m.type == "person" and m.name != person.name and left.end <= m.start < right.start for m in mentions):
            continue
        title = title_re.search(text, left.end, right.start)
        if title is None or context.past(left.end, title):
            continue
        distance = len(between)
        if best is None or distance < best[0]:
            best = (distance, other, title)
    return (best[1], best[2]) if best else None
