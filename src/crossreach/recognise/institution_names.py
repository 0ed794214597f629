"""Names of institutions that no gazetteer lists, read from the head noun that says what they are.

Parks, gardens, zoos, clubs, city and tourism offices and festivals are named by a head noun and a
proper name, and the head often holds lower-case words that cut a run of capitalised words short
("Parc national des Écrins", "Office de tourisme de Bordeaux", "Parque Nacional do Iguaçu"): the
capitalised-run reader of ``entities.py`` then finds no name, and the owner stage falls back to the
head noun alone or to another entity. Each language's ``entities`` section lists the heads:
``institution_heads`` open a name ("Jardin des Plantes", "Nationalpark Berchtesgaden", "FC X"),
``institution_tails`` close one ("Yellowstone National Park", "X Zoo"; in Chinese, a place the
gazetteer knows right before the tail, "北京动物园"). Each maps the head to the category of the organization
it names (a festival is one, of culture, as the gazetteer files "Festival de Cannes").

The head's first letter is written as the lexicon gives it (a capital: a name, not "le parc"); its
other words match in any case ("Office de Tourisme", "Office de tourisme"). A name that overlaps a
gazetteer name other than a place's is left to the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script
from crossreach.models import Mention, covered_characters
from crossreach.recognise.entity_rules import name_connectors
from crossreach.recognise.word_starts import literal_word_starts
from crossreach.rule_cache import language_rules

#: The most words of the proper name after a head or before a tail.
_NAME_WORDS = 5
#: The space between two words of a name: one, no tab, run of spaces or line break (a table's columns).
_SPACE = r"[ \u00a0]"
#: How far before a tail its name is looked for, in characters (five long words).
_BEFORE_REACH = 200
#: The types that yield to an institution's name that holds them.
_YIELDING = frozenset({"place"})


@dataclass(frozen=True)
class InstitutionRules:
    """One language's heads and tails, compiled. A text is scanned once, for the first words of both
    (``scan_re``, a trie of literal words the regex engine skips through to their first characters);
    the head and tail regexes are matched only where one of those words starts a word: trying them
    at every character cost about a twentieth of the whole extraction."""

    #: A head, the connector after it and the name.
    head_re: re.Pattern[str] | None
    #: A tail alone (spaced scripts: the name before it is read by ``name_before_re``).
    tail_re: re.Pattern[str] | None
    #: A name and the space after it, ending where the search does: what stands before a tail.
    name_before_re: re.Pattern[str] | None
    categories: dict[str, str]
    stop_words: frozenset[str]
    spaced: bool
    #: Possessive endings ("'s"): a name ends with the word that has one, which it drops
    #: ("Tourism Australia's campaign"), and a tail's name starts after it ("Smithsonian's National Zoo").
    possessives: tuple[str, ...] = ()
    #: The first words of the heads and of the tails, and the scan for all of them (``literal_word_starts``).
    head_words: frozenset[str] = frozenset()
    tail_words: frozenset[str] = frozenset()
    scan_re: re.Pattern[str] | None = None
    #: Words after a tail that make it one of a class (``entities.class_words``: 欧洲俱乐部之一): no name.
    class_words: tuple[str, ...] = ()


def _phrase(head: str) -> str:
    """A head as a regex: its first letter as written, the rest in any case, any spaces between words."""
    first, rest = re.escape(head[0]), _SPACE.join(re.escape(word) for word in head[1:].split(" "))
    return f"{first}(?i:{rest})" if rest else first


def _alternatives(heads: list[str]) -> str:
    return "|".join(_phrase(h) for h in sorted(heads, key=len, reverse=True))


@language_rules("institution_rules")
def institution_rules(lexicon: LanguageLexicon) -> InstitutionRules:
    """The compiled heads and tails of a language (empty sections: nothing is read)."""
    section = lexicon.section("entities")
    heads = {str(k): str(v) for k, v in (section.get("institution_heads") or {}).items()}
    tails = {str(k): str(v) for k, v in (section.get("institution_tails") or {}).items()}
    links = name_connectors(section)
    chars = script()
    # (no full stop inside a name: it would run across the end of a sentence)
    capital = rf"[{chars.capitals}{chars.latin_extended}][\w\-]*(?:['\u2019][\w\-]+)?"
    elided = r"(?<=['\u2019])"
    link = rf"(?:{_SPACE}(?:{'|'.join(re.escape(w) for w in links)})(?:{_SPACE}|{elided})|{_SPACE})" if links \
        else _SPACE
    name = rf"{capital}(?:{link}{capital}){{0,{_NAME_WORDS - 1}}}"
    spaced = is_spaced(lexicon)
    head_re = compiled(rf"(?P<head>{_alternatives(list(heads))}){link}(?P<name>{name})") if heads and spaced else None
    tail_re = name_before_re = None
    if tails and spaced:
        tail_re = compiled(rf"(?P<tail>{_alternatives(list(tails))})(?![\w\-])")
        name_before_re = compiled(rf"(?<![\w\-])(?P<name>{name}){_SPACE}\Z")
    elif tails:
        tail_re = compiled(f"(?P<tail>{'|'.join(re.escape(t) for t in sorted(tails, key=len, reverse=True))})")
    categories = {k.casefold(): v for k, v in {**heads, **tails}.items()}
    head_words = frozenset(h.split(" ")[0] for h in heads) if head_re is not None else frozenset()
    tail_words = frozenset(t.split(" ")[0] for t in tails) if name_before_re is not None else frozenset()
    scan_re = compiled(alternation(head_words | tail_words)) if head_words | tail_words else None
    return InstitutionRules(head_re, tail_re, name_before_re, categories,
                            frozenset(str(w) for w in section.get("stop_words") or []), spaced,
                            tuple(str(p) for p in lexicon.section("names").get("possessives") or []),
                            head_words, tail_words, scan_re,
                            tuple(str(w) for w in section.get("class_words") or []))


def _category(rules: InstitutionRules, head: str) -> str:
    return rules.categories.get(" ".join(head.split()).casefold(), "other")


def _mention(text: str, start: int, end: int, category: str) -> Mention:
    surface = text[start:end]
    return Mention(start, end, surface, surface, "organization", category, origin="pattern")


def _name_words_end(text: str, match: re.Match[str], rules: InstitutionRules) -> int | None:
    """Where the name after a head ends once the stop words closing it are dropped ("Zoo de Beauval
    Mais"), or None when it opens with one ("Parc Le")."""
    words = list(re.finditer(r"\S+", match.group("name")))
    if not words or words[0].group() in rules.stop_words:
        return None
    owning = next((i for i, w in enumerate(words) if w.group().endswith(rules.possessives)), None) \
        if rules.possessives else None
    if owning is not None:  # ("Tourism Australia's campaign": the name ends with the possessive, dropped)
        words = words[:owning + 1]
        ending = next(p for p in rules.possessives if words[-1].group().endswith(p))
        return match.start("name") + words[-1].end() - len(ending)
    while len(words) > 1 and words[-1].group() in rules.stop_words:
        words.pop()
    return match.start("name") + words[-1].end()


def institution_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The institutions named by a head noun in ``text`` that overlap no known name other than a
    place's (a gazetteer entry is its own name: "Festival de Cannes" stays Cannes Film Festival)."""
    rules = institution_rules(lexicon)
    spans: list[tuple[int, int, str]] = []  # (start, end, category) of every name read
    for at, word in literal_word_starts(text, rules.scan_re):
        match = rules.head_re.match(text, at) if word in rules.head_words and rules.head_re is not None else None
        end = _name_words_end(text, match, rules) if match is not None else None
        if match is not None and end is not None:
            spans.append((at, end, _category(rules, match.group("head"))))
        tail = rules.tail_re.match(text, at) if word in rules.tail_words and rules.tail_re is not None else None
        before = rules.name_before_re.search(text, max(0, at - _BEFORE_REACH), at) \
            if tail is not None and rules.name_before_re is not None else None
        words = before.group("name").split() if before is not None else []
        owned = [i for i, w in enumerate(words) if rules.possessives and w.endswith(rules.possessives)]
        dropped = owned[-1] + 1 if owned else 0  # (the words up to a possessive: "Smithsonian's National Zoo")
        words = words[dropped:]
        while words and words[0] in rules.stop_words:
            dropped += 1
            words.pop(0)
        if tail is not None and before is not None and words:
            begin = text.index(words[0], before.start("name")) if dropped else before.start("name")
            spans.append((begin, tail.end(), _category(rules, tail.group("tail"))))
    if rules.tail_re is not None and not rules.spaced:
        places = {m.end: m.start for m in known if m.type in _YIELDING}
        named = {m.start for m in known if m.type not in _YIELDING}
        # ("北京" + "动物园"; not a place and a tail that a known name or a class word follows, which say what
        # kind the name is: 德国足球俱乐部拜仁慕尼黑, 欧洲俱乐部之一)
        spans.extend((places[match.start()], match.end(), _category(rules, match.group("tail")))
                     for match in rules.tail_re.finditer(text) if match.start() in places
                     and match.end() not in named and not text.startswith(rules.class_words, match.end()))
    if not spans:
        return []
    blocked = covered_characters(text, (m for m in known if m.type not in _YIELDING))
    found: list[Mention] = []
    for start, end, category in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):  # the longest first
        if not any(blocked[start:end]):
            blocked[start:end] = b"\x01" * (end - start)
            found.append(_mention(text, start, end, category))
    return sorted(found, key=lambda m: m.start)
