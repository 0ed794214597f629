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
from functools import cache

from crossreach.lexicon import LanguageLexicon, is_spaced, script
from crossreach.models import Mention

#: The most words of the proper name after a head or before a tail.
_NAME_WORDS = 5
#: Spaces inside a name: no line break.
_SPACE = r"[ \t\u00a0]+"
#: The types that yield to an institution's name that holds them.
_YIELDING = frozenset({"place"})


@dataclass(frozen=True)
class InstitutionRules:
    """One language's heads and tails, compiled."""

    head_re: re.Pattern[str] | None
    tail_re: re.Pattern[str] | None
    categories: dict[str, str]
    stop_words: frozenset[str]
    spaced: bool


def _phrase(head: str) -> str:
    """A head as a regex: its first letter as written, the rest in any case, any spaces between words."""
    first, rest = re.escape(head[0]), _SPACE.join(re.escape(word) for word in head[1:].split(" "))
    return f"{first}(?i:{rest})" if rest else first


def _alternatives(heads: list[str]) -> str:
    return "|".join(_phrase(h) for h in sorted(heads, key=len, reverse=True))


@cache
def institution_rules(lexicon: LanguageLexicon) -> InstitutionRules:
    """The compiled heads and tails of a language (empty sections: nothing is read)."""
    section = lexicon.section("entities")
    heads = {str(k): str(v) for k, v in (section.get("institution_heads") or {}).items()}
    tails = {str(k): str(v) for k, v in (section.get("institution_tails") or {}).items()}
    conjunctions = {str(w) for w in section.get("conjunctions") or []}
    links = sorted((str(w) for w in section.get("connectors") or [] if str(w) not in conjunctions and w != "&"),
                   key=len, reverse=True)
    chars = script()
    capital = rf"[{chars.capitals}{chars.latin_extended}][\w\-]*(?:['\u2019][\w\-]+)?\.?"
    elided = r"(?<=['\u2019])"
    link = rf"(?:{_SPACE}(?:{'|'.join(re.escape(w) for w in links)})(?:{_SPACE}|{elided})|{_SPACE})" if links \
        else _SPACE
    name = rf"{capital}(?:{link}{capital}){{0,{_NAME_WORDS - 1}}}"
    spaced = is_spaced(lexicon)
    head_re = re.compile(rf"(?<![\w\-])(?P<head>{_alternatives(list(heads))}){link}(?P<name>{name})") \
        if heads and spaced else None
    if not tails:
        tail_re = None
    elif spaced:
        tail_re = re.compile(rf"(?<![\w\-])(?P<name>{name}){_SPACE}(?P<tail>{_alternatives(list(tails))})(?![\w\-])")
    else:
        tail_re = re.compile(f"(?P<tail>{'|'.join(re.escape(t) for t in sorted(tails, key=len, reverse=True))})")
    categories = {k.casefold(): v for k, v in {**heads, **tails}.items()}
    return InstitutionRules(head_re, tail_re, categories, frozenset(str(w) for w in section.get("stop_words") or []),
                            spaced)


def _category(rules: InstitutionRules, head: str) -> str:
    return rules.categories.get(" ".join(head.split()).casefold(), "other")


def _mention(text: str, start: int, end: int, category: str) -> Mention:
    surface = text[start:end]
    return Mention(start, end, surface, surface, "organization", category, origin="pattern")


def _name_words_end(text: str, match: re.Match[str], rules: InstitutionRules) -> int | None:
    """Where the name after a head ends once the stop words closing it are dropped ("Zoo de Beauval
    Mais"), or None when it opens with one ("Parc Le")."""
    words = list(re.finditer(r"\S+", match.group("name")))
    if not words or words[0].group().rstrip(".") in rules.stop_words:
        return None
    while len(words) > 1 and words[-1].group().rstrip(".") in rules.stop_words:
        words.pop()
    end = match.start("name") + words[-1].end()
    return end - 1 if text[end - 1] == "." else end


def institution_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The institutions named by a head noun in ``text`` that overlap no known name other than a
    place's (a gazetteer entry is its own name: "Festival de Cannes" stays Cannes Film Festival)."""
    rules = institution_rules(lexicon)
    if rules.head_re is None and rules.tail_re is None:
        return []
    blocked = bytearray(len(text) + 1)
    for mention in known:
        if mention.type not in _YIELDING:
            blocked[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    spans: list[tuple[int, int, str]] = []  # (start, end, category) of every name read
    if rules.head_re is not None:
        for match in rules.head_re.finditer(text):
            end = _name_words_end(text, match, rules)
            if end is not None:
                spans.append((match.start(), end, _category(rules, match.group("head"))))
    if rules.tail_re is not None and rules.spaced:
        for match in rules.tail_re.finditer(text):
            words = match.group("name").split()
            dropped = 0
            while words and words[0].rstrip(".") in rules.stop_words:
                dropped += 1
                words.pop(0)
            if words:
                start = text.index(words[0], match.start("name")) if dropped else match.start()
                spans.append((start, match.end(), _category(rules, match.group("tail"))))
    elif rules.tail_re is not None:
        places = {m.end: m.start for m in known if m.type in _YIELDING}
        spans.extend((places[match.start()], match.end(), _category(rules, match.group("tail")))
                     for match in rules.tail_re.finditer(text) if match.start() in places)  # ("北京" + "动物园")
    found: list[Mention] = []
    for start, end, category in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):  # the longest first
        if not any(blocked[start:end]):
            blocked[start:end] = b"\x01" * (end - start)
            found.append(_mention(text, start, end, category))
    return sorted(found, key=lambda m: m.start)
