"""Organizations no gazetteer lists and no cue noun types, named by the places a document keeps
writing them in: where only a name stands. A bare name ("Zuzuche", "la GSMA", "Heathrow's") is
left out by the run reader of ``entities.py``, since nothing around any one occurrence says what
it is; an article about it, though, writes it again and again as a clause's subject ("La GSMA
estrena..."), after a definite article mid-sentence ("que la GSMA emitio"), after the preposition
of a partnership ("partenariat avec Zuzuche") or before a possessive ("Heathrow's shops"). A
capitalised run of up to three words that stands in two or more such places, one of them not after
an article (which stands before capitalised common nouns too), is an organization (origin "positioned":
nothing but its places says what it is, so it does not make a headline's subject); the last word of a
gazetteer name written alone ("el Cervantes" for the Instituto Cervantes) is that entity wherever it
stands in one such place.

The subject of the headline or standfirst (opening it, or its clause after a colon or a comma: "Aceto
balsamico, Giusti sbarca ...", "Corticeira Amorim vende ...") that the body writes again is what the article
is about: an organization (origin "pattern", so it may make the headline's subject) without a second place.
Not a cue noun alone ("La Fondazione firma"), the head of a longer name (a genitive after it somewhere:
"la Cité de l'espace"), a name after a place's preposition ("à Lorvanne"), a name a known one holds
("Umbria Jazz" of the "Fondazione Umbria Jazz"), nor in German, whose every noun is capitalised.

Not a word the document also writes in lower case (a common word), a stop word ("Chinese",
"May"), a known given name or a word of a person's name the text already holds (a surname said
again), nor a name inside a known mention. In a language that capitalises its nouns (German:
``entities.capitals_mark``) a capital says nothing, so a name there must show it in its letters:
a capital after the first letter or a digit ("GSMA", "SailGP")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script
from crossreach.models import Mention, Sentence, covered_characters
from crossreach.recognise.entity_rules import entity_rules
from crossreach.recognise.person_names import is_first_name
from crossreach.rule_cache import language_rules

#: The most words of a name.
_NAME_WORDS = 3
#: How many places where only a name stands make a run a name.
_PLACES = 2
#: The lines of a headline and its standfirst, and a line.
_HEADLINE_LINES, _LINE = 2, re.compile(r"[^\n]+")
#: The word right after a run.
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


@dataclass(frozen=True)
class _Rules:
    run_re: re.Pattern[str]
    before_re: re.Pattern[str] | None
    possessive_re: re.Pattern[str] | None
    opening_articles: frozenset[str]
    articles: frozenset[str]
    elided: tuple[str, ...]
    connector_re: re.Pattern[str] | None
    stop_words: frozenset[str]
    org_suffixes: frozenset[str]
    capitalised_nouns: bool
    function_words: frozenset[str]
    #: Words before a place's name ("in", "à"), but the genitives ("di", "de"): a run after one may be a place.
    place_prepositions: frozenset[str] = frozenset()
    #: The cue nouns and organization prefixes ("Fondazione", "Ligue"): alone, a noun naming none.
    nouns: frozenset[str] = frozenset()
    #: A genitive (a connector that is no conjunction), maybe after a lower-case word, then a word: what
    #: follows the head of a longer name ("Cité de l'espace", "Ligue nationale de basket").
    genitive_re: re.Pattern[str] | None = None


@language_rules("positioned_name_rules")
def _rules(lexicon: LanguageLexicon) -> _Rules | None:
    if not is_spaced(lexicon):
        return None
    chars = script()
    word = rf"(?:[{chars.capitals}{chars.latin_extended}][\w&'\u2019.\-]*[\w]|[{chars.capitals}])"
    run_re = compiled(rf"(?<![\w&'\u2019.\-]){word}(?:[ ]{word}){{0,{_NAME_WORDS - 1}}}(?![\w&\-])")
    articles = [str(a) for a in lexicon.section("partnerships").get("list_articles") or []]
    prepositions = [str(p) for p in lexicon.section("partnerships").get("partner_prepositions") or []]
    words = [*articles, *prepositions]
    # (a word before the name, lower case as mid-sentence; an elided article glued to it: "l'")
    before_re = compiled(rf"(?<![\w'\u2019])(?:{alternation(words)})(?<=['\u2019])$|"
                         rf"(?<![\w'\u2019])(?:{alternation(words)})[ ]$") if words else None
    possessives = [str(p) for p in lexicon.section("names").get("possessives") or []]
    possessive_re = compiled(rf"(?:{alternation(possessives)})(?!\w)") if possessives else None
    entities = lexicon.section("entities")
    connectors = [str(c) for c in entities.get("connectors") or [] if str(c)[:1].isalpha()]
    connector_re = compiled(rf" (?:{alternation(connectors)})(?: |(?<=['\u2019]))") if connectors else None
    genitives = [c for c in connectors if c not in (entities.get("conjunctions") or [])]
    return _Rules(run_re, before_re, possessive_re,
                  frozenset(a[:1].upper() + a[1:] for a in articles if not a.endswith(("'", "\u2019"))),
                  frozenset(a.casefold() for a in articles),
                  tuple(a[:1].upper() + a[1:] for a in articles if a.endswith(("'", "\u2019"))),
                  connector_re,
                  frozenset(str(w) for w in entities.get("stop_words") or []),
                  frozenset(entity_rules(lexicon).org_suffixes),
                  entities.get("capitals_mark") == "nouns",
                  frozenset(str(w).casefold() for w in [*(entities.get("stop_words") or []),
                                                        *(lexicon.section("language").get("function_words") or [])]),
                  frozenset(str(w).casefold() for w in lexicon.section("metrics").get("place_prepositions") or []
                            if str(w) not in connectors),
                  frozenset(str(w).casefold() for w in [*(entities.get("org_cues") or {}),
                                                        *(entities.get("org_prefixes") or {})]),
                  compiled(rf" (?:[^\W\d_]*[a-z] )?(?:{alternation(genitives)})(?: |(?<=['\u2019]))[^\W\d_]")
                  if genitives else None)


def positioned_names(text: str, sentences: list[Sentence], lexicon: LanguageLexicon, known: list[Mention],
                     common: frozenset[str]) -> list[Mention]:
    """Organizations written in two or more places where only a name stands, each place one mention."""
    rules = _rules(lexicon)
    if rules is None:
        return []
    taken = covered_characters(text, known)
    person_words = {w for m in known if m.type == "person" for w in m.text.split()}
    named = {m.text for m in known} | {_initials(m.name) for m in known if m.type != "person"}
    opens = {s.start for s in sentences}
    places: dict[str, list[tuple[int, int]]] = {}
    unarticled: set[str] = set()
    every: dict[str, list[tuple[int, int]]] = {}
    heads: set[str] = set()
    headline_end = _headline_end(text)
    headlined: set[str] = set()
    placed_words: set[str] = set()
    for match in rules.run_re.finditer(text):
        start, end = match.span()
        surface = match.group()
        owned = rules.possessive_re.search(surface) if rules.possessive_re is not None else None
        if owned is not None:  # ("Heathrow's", "SailGP's Shenzhen debut": the name before it)
            end, surface = start + owned.start(), surface[:owned.start()]
        if not surface or any(taken[start:end]):
            continue
        first = surface.split(" ", 1)[0]
        if start in opens and first in rules.opening_articles and " " in surface:
            start, surface = start + len(first) + 1, surface.split(" ", 1)[1]  # "La GSMA estrena"
            opened = "article"
        elif first in rules.opening_articles and " " in surface:
            start, surface = start + len(first) + 1, surface.split(" ", 1)[1]  # "(Lusa) - A Corticeira Amorim"
            opened = False
        else:
            opened = start in opens or text[max(0, start - 3):start].rstrip(" \t\u00a0\u202f").endswith(":")
        if start < headline_end and (opened or text[max(0, start - 2):start] == ", ") \
                and _name_place(text, start, end, True, rules) == "subject":
            headlined.add(surface)  # ("Aceto balsamico, Giusti sbarca ...": the headline's subject)
        before = text[max(0, match.start() - 16):match.start()].split()  # (before its article, if any)
        if before and before[-1].casefold() in rules.place_prepositions:
            placed_words.add(surface)
        joined = rules.connector_re.match(text, end) if rules.connector_re is not None else None
        if (joined is not None and text[joined.end():joined.end() + 1].isupper()) or text[end + 1:end + 2].isdigit():
            heads.add(surface)  # ("Conservatorio di Shanghai", "Ligue 1": the head of a longer name, unbounded)
        every.setdefault(surface, []).append((start, end))
        place = _name_place(text, start, end, opened, rules)
        if place is not None:
            places.setdefault(surface, []).append((start, end))
            if place != "article":
                unarticled.add(surface)
    short = _short_forms(known, rules)
    found = []
    within = " ".join(m.text for m in known if m.type != "person")
    for surface in set() if rules.capitalised_nouns else headlined - heads - placed_words:
        if any(s >= headline_end for s, _ in every[surface]) and surface not in named \
                and surface.casefold() not in named and surface.casefold() not in rules.nouns \
                and not re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", within) \
                and not any(rules.genitive_re.match(text, e) for _, e in every[surface] if rules.genitive_re) \
                and _may_name(surface, rules, common, person_words):
            found.extend(Mention(s, e, surface, surface, "organization", "other", origin="pattern")
                         for s, e in every[surface])
            places.pop(surface, None)
    for surface, spans in places.items():
        if surface in heads or not _may_name(surface, rules, common, person_words):
            continue
        if surface in short:  # ("el Cervantes" for the "Instituto Cervantes" the text names: one place will do)
            whole = short[surface]
            found.extend(Mention(s, e, surface, whole.name, whole.type, whole.category, origin="pattern")
                         for s, e in every[surface])
        elif len(spans) >= _PLACES and surface in unarticled and surface not in named \
                and surface.casefold() not in named:
            found.extend(Mention(s, e, surface, surface, "organization", "other", origin="positioned")
                         for s, e in every[surface])
    return found


def _headline_end(text: str) -> int:
    """Where a document's headline and standfirst end: after its first two lines that hold a lower-case
    letter (a line of capitals alone is a section's label, "ECONOMIA | PORDENONE")."""
    lines = 0
    for line in _LINE.finditer(text):
        if any(c.islower() for c in line.group()):
            lines += 1
            if lines == _HEADLINE_LINES:
                return line.end()
    return len(text)


def _short_forms(known: list[Mention], rules: _Rules) -> dict[str, Mention]:
    """The last word of each gazetteer organization's or platform's name of two capitalised words or
    more, which a text writes alone for it once it has named it whole ("Instituto Cervantes", then "el
    Cervantes"): not a word organizations' names end with ("Museum", "Group"), which names none alone,
    nor a name found in the text, whose words may be another's ("la empresa Volcano Teide", "el Teide")."""
    forms: dict[str, Mention] = {}
    for mention in known:
        words = mention.text.split()
        if mention.origin == "lexicon" and mention.type in ("organization", "platform") and len(words) > 1 \
                and words[-2][:1].isupper() and words[-1][:1].isupper() \
                and words[-1].rstrip(".") not in rules.org_suffixes:
            forms.setdefault(words[-1], mention)
    return forms


def _name_place(text: str, start: int, end: int, opened: bool | str, rules: _Rules) -> str | None:
    """Which place where only a name stands a run is in, if any: a clause's subject (opening its sentence,
    a lower-case word after it), before a possessive, after a partnership preposition or an article with
    no word after it but a function word (a stop word or a function word of the language), since another
    may be the noun the name modifies ("a memorandum with the Shanghai tourism board")."""
    after = text[end:end + 3]
    if rules.possessive_re is not None and rules.possessive_re.match(after):
        return "possessive"
    if opened:
        if not (after[:1] == " " and after[1:2].islower()):
            return None
        # (after an opening article, a lower-case word may be the noun's adjective: "La Ligue nationale")
        return "article" if opened == "article" and not _lettered(text[start:end]) else "subject"
    before = rules.before_re.search(text[max(0, start - 16):start]) if rules.before_re is not None else None
    if before is None:
        return None
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1).islower() and following.group(1) not in rules.function_words:
        return None  # (a word after it may be the noun it modifies: "with the Shanghai tourism board")
    return "article" if before.group().strip().casefold() in rules.articles else "preposition"


def _initials(name: str) -> str:
    """The initials of a name's words longer than three letters or capitalised, folded: the acronym
    the document may write for it ("Bibliotheque nationale de France", "bnf")."""
    return "".join(w[0] for w in name.split() if len(w) > 3 or w[:1].isupper()).casefold()


def _may_name(surface: str, rules: _Rules, common: frozenset[str], person_words: set[str]) -> bool:
    """Whether a run can be an organization's name: no common, stop or given word opens it, and it is
    no word of a person's name the document holds nor a word organizations' names end with ("Group")."""
    words = surface.split()
    if (len(surface) < 3 and not (len(surface) == 2 and surface.isupper())) or words[0].startswith(rules.elided) \
            or words[0] in rules.stop_words or is_first_name(words[0]) or surface in person_words \
            or surface in rules.org_suffixes:
        return False
    if all(w.lower() in common or w in rules.stop_words for w in words):
        return False
    if len(words) == 1 and words[0].lower() in common:
        return False
    return not rules.capitalised_nouns or _lettered(surface)


def _lettered(surface: str) -> bool:
    """Whether a run's letters show a name whatever stands around it: a capital after a word's first
    letter, or a digit ("GSMA", "SailGP", "R&A")."""
    return any(c.isupper() or c.isdigit() for word in surface.split() for c in word[1:])
