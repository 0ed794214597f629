"""In-document coreference: short forms, acronyms and transliterations point to one entity.

- A word of address is no part of a person's name ("Dr Helen Marsh" is Helen Marsh).
- A person named in full ("Zhao Lei", "Fiona Keir") is meant later by one part of
  the name alone ("Zhao said", "Ms Keir"), when no other person of the document
  shares that part and the part is no common word of the text (it never stands in lower case).
- A name followed by a parenthesised acronym or transliteration ("Victoria and Albert
  Museum (V&A)", "杰西卡·摩尔（Jessica Moore）", "Wang Fang (王芳)") has that form as an
  alias, and its later occurrences are mentions of the same entity. A person's alias is a
  full name: one word in brackets after a person names a country, club or party.
- A company named with its legal form ("Ferretti Group", "Gruppo Ferretti", "Tirol Werbung GmbH")
  is meant by the name without it ("Ferretti"), under the same conditions as a person's name part.
- Every mention gets the canonical name of its entity; the document's entities list
  every surface form seen as an alias.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, compiled, script, writes_unspaced
from crossreach.models import Entity, Mention, covered_characters
from crossreach.recognise.entity_rules import EntityRules, entity_rules

_CHARS = script()
_OPEN, _CLOSE = re.escape(_CHARS.open_brackets), re.escape(_CHARS.close_brackets)
_PARENTHESISED = re.compile(rf"\s?[{_OPEN}]\s?([^{_OPEN}{_CLOSE}]{{1,40}}?)\s?[{_CLOSE}]")
_ACRONYM_LIKE = re.compile(r"[A-Z][A-Za-z&.\s]{0,10}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,3}")
#: A run of word characters (and "&"), as the boundaries of ``_lower_case_words`` delimit one.
_WORD_RUN = re.compile(r"[\w&]+")
#: What separates the parts of a person's name ("Amy Xu Wenjing", "本杰明·韦格纳", "Tse Wai-man" is one part).
_NAME_PARTS = re.compile(rf"[\s{re.escape(_CHARS.name_dots)}]+")
#: A bracket and what it holds; a name of two or three capitalised words; one of two or three Han characters.
_BRACKETS = re.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}\n]{{2,40}})[{_CLOSE}]")
_LATIN = r"[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}"
_LATIN_NAME = re.compile(_LATIN)
_HAN_NAME = compiled(f"[{_CHARS.han}]{{2,3}}")  # (the Han class: compiled once, kept in the regex store)
_LATIN_BEFORE = re.compile(rf"(?<![\w.])({_LATIN})\s?$")
_HAN_BEFORE = compiled(f"(?<![{_CHARS.han}])([{_CHARS.han}]{{2,3}})$")
_NAME_REACH = 40
#: A hyphen joining a name to the word after it: a compound ("Cherry-Schalter").
_COMPOUND = re.compile(r"-\w")
#: The fewest letters of an organization's short form in brackets ("Mapa", "Sectur").
_MIN_SHORT_FORM = 4
#: The shortest part of a name that may stand for the whole (2: "Xu", "Wu"; 1 would be an initial).
_MIN_PART = 2


def _short_form(name: Mention, inside: Mention, closes: int) -> bool:
    """Whether the one word in brackets after an organization's name, which the recogniser read as another
    organization, is that name's short form: its first letter the name's, and most of it (half at least, from its
    start) the name's letters in order ("Secretaria de Turismo (Sectur)", "Associacao Brasileira de Bares e
    Restaurantes (Abrasel)"); not a name the gazetteer lists ("Carolina Herrera (Puig)" names the owner),
    nor a person's."""
    short = inside.text
    if name.type == "person" or inside.type == "person" or inside.origin == "lexicon" or inside.end != closes \
            or not short.isalpha() or len(short) < _MIN_SHORT_FORM or " " not in name.text:
        return False
    letters = iter(name.text.casefold())
    spelled = 0
    for letter in short.casefold():  # the short form's longest start spelled by the name's letters in order
        if letter not in letters:
            break
        spelled += 1
    return short[0].casefold() == name.text[0].casefold() and spelled >= max(_MIN_SHORT_FORM, len(short) / 2)


def _honorifics(lexicon: LanguageLexicon) -> frozenset[str]:
    """The words of address the recogniser splits off a name (one list: ``entities.honorifics``)."""
    return entity_rules(lexicon).honorifics


def resolve_mentions(
    text: str, mentions: list[Mention], lexicon: LanguageLexicon, domain: DomainLexicon
) -> tuple[list[Mention], list[Entity]]:
    """Mentions with their canonical names set, and the document's entities."""
    mentions = [_without_honorific(m, _honorifics(lexicon)) for m in mentions]
    mentions += _transliterated_persons(text, mentions)
    mentions.sort(key=lambda m: m.start)
    aliases: dict[str, Mention] = {}
    starts = {m.start: m for m in mentions}
    renamed: dict[str, str] = {}
    names_at: dict[int, set[str]] = {}  # the names of the mentions starting at an offset: looked up, not scanned
    for m in mentions:
        names_at.setdefault(m.start, set()).add(m.name)
    for mention in list(mentions):
        inner = _PARENTHESISED.match(text, mention.end)
        if inner is None:
            continue
        alias = inner.group(1).strip()
        inside = starts.get(inner.start(1))
        if mention.type == "person" and inside is not None and inside.type == "person" \
                and inside.end == inner.end(1) and inside.name != mention.name:
            renamed.setdefault(inside.name, mention.name)  # "Wang Fang (王芳)": one person, named first as first
        elif inside is not None and _short_form(mention, inside, inner.end(1)):
            renamed.setdefault(inside.name, mention.name)  # "Associação Brasileira de Bares e Restaurantes (Abrasel)"
        elif _ACRONYM_LIKE.fullmatch(alias) and not names_at.get(inner.start(1), set()) - {mention.name} \
                and not (mention.type == "person" and " " not in alias):
            # (one word in brackets after a person is a country, club or party, not a name of theirs)
            aliases.setdefault(alias, mention)
    stems = _stems(text, mentions, entity_rules(lexicon), domain)
    for stem, company in stems.items():
        renamed.setdefault(stem, company.name)  # "Ferretti" read alone as a name of its own: Ferretti Group's
    mentions = [replace(m, name=renamed[m.name]) if m.name in renamed else m for m in mentions]
    parts = _name_parts(text, mentions, domain)
    mentions = [_full_name(m, parts) for m in mentions]
    for part, person in parts.items():
        aliases.setdefault(part, person)
    for stem, company in stems.items():
        aliases.setdefault(stem, company)
    mentions += _alias_mentions(text, aliases, mentions, frozenset(stems))
    mentions.sort(key=lambda m: m.start)
    entities = _entities(mentions, domain)
    typed = {e.name: (e.type, e.category) for e in entities}  # (one entity, one type: "Chester Zoo" is no person later)
    return [m if (m.type, m.category) == typed[m.name] else replace(m, type=typed[m.name][0], category=typed[m.name][1])
            for m in mentions], entities


def _transliterated_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persons nobody found, named with their Chinese name in brackets: a name of two or three
    capitalised words and two or three Han characters ("Wang Fang (王芳)", "张伟（Zhang Wei）"),
    neither already a mention. A company's Chinese name is longer or its Latin one a single word."""
    found = []
    taken = covered_characters(text, mentions)
    for bracket in _BRACKETS.finditer(text):
        inner = bracket.group(1)
        before = text[max(0, bracket.start() - _NAME_REACH):bracket.start()]
        if _HAN_NAME.fullmatch(inner):
            outer = _LATIN_BEFORE.search(before)
        elif _LATIN_NAME.fullmatch(inner):
            outer = _HAN_BEFORE.search(before)
        else:
            continue
        if outer is None:
            continue
        start = bracket.start() - len(before) + outer.start(1)
        spans = [(start, start + len(outer.group(1))), (bracket.start(1), bracket.end(1))]
        if any(taken[spans[0][0]:spans[1][1]]):
            continue
        found += [Mention(a, b, text[a:b], outer.group(1), "person", None, origin="pattern") for a, b in spans]
    return found


def _without_honorific(mention: Mention, honorifics: frozenset[str]) -> Mention:
    """A person's mention without the words of address that open it ("Dr.", "Ms", "Herr")."""
    if mention.type != "person" or not honorifics:
        return mention
    start, words = mention.start, mention.text
    while True:
        head, *rest = words.split(maxsplit=1)
        if head not in honorifics or not rest:
            break
        start += len(words) - len(rest[0])
        words = rest[0]
    if start == mention.start:
        return mention
    name = words if mention.name == mention.text else _strip_words(mention.name, honorifics)
    return replace(mention, start=start, text=words, name=name)


def _strip_words(name: str, honorifics: frozenset[str]) -> str:
    words = name.split()
    while len(words) > 1 and words[0] in honorifics:
        words = words[1:]
    return " ".join(words)


def _name_parts(text: str, mentions: list[Mention], domain: DomainLexicon) -> dict[str, Mention]:
    """Each part of a person's full name that stands for that person alone: held by no other
    person of the document, no name of the domain lexicon (unless the lexicon marks it as a word of
    other uses too, like a surname that is also a brand: "Costa"), and never written in lower case in
    the text (then it is a common word: "Long", "Di")."""
    holders: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for person in (m for m in mentions if m.type == "person"):
        words = [w for w in _NAME_PARTS.split(person.name) if w]
        if len(words) < 2:
            continue
        first.setdefault(person.name, person)
        for word in words:
            holders.setdefault(word, set()).add(person.name)
    parts: dict[str, Mention] = {}
    lower_case = _lower_case_words(text, list(holders))
    for word, names in holders.items():
        if len(names) != 1 or len(word) < _MIN_PART or (not word[0].isupper() and word.isascii()):
            continue
        if (domain.by_alias(word) is not None and word not in domain.ambiguous) or word.lower() in lower_case:
            continue
        parts[word] = first[next(iter(names))]
    return parts


def _stems(text: str, mentions: list[Mention], rules: EntityRules, domain: DomainLexicon) -> dict[str, Mention]:
    """An organization named with its legal form ("Ferretti Group", "Gruppo Ferretti", "潍柴集团") is meant
    later by the name without it ("Ferretti"): when the rest is no name of the gazetteer, no person's name,
    the stem of no other organization of the document, and never written in lower case (then it is a
    common word). Gazetteer names are left to the gazetteer's own aliases."""
    holders: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type != "organization" or mention.origin == "lexicon" or mention.name != mention.text:
            continue
        stem = _stem(mention.name, rules.legal_forms)
        if stem is not None:
            holders.setdefault(stem, set()).add(mention.name)
            first.setdefault(mention.name, mention)
    persons = {word for m in mentions if m.type == "person" for word in [m.name, *_NAME_PARTS.split(m.name)]}
    lower_case = _lower_case_words(text, list(holders))
    stems: dict[str, Mention] = {}
    for stem, names in holders.items():
        company = first[next(iter(names))]
        if len(names) != 1 or stem in persons or stem in rules.stop_words or stem.lower() in lower_case \
                or domain.by_alias(stem) is not None or not _written_after(text, stem, company.end):
            continue
        stems[stem] = company
    return stems


def _written_after(text: str, stem: str, end: int) -> bool:
    """Whether a one-word stem stands alone after the full name's first mention: a company is named in full,
    then short ("Ferretti Group ... Ferretti"); a place written only before a name that closes with it ("in
    Berlin ... Kulturveranstaltungen des Bundes in Berlin GmbH") is no short form of it."""
    if " " in stem:
        return True  # (a name of several words is no place's: "Tirol Werbung ... Die Tirol Werbung GmbH")
    after = text[end:]
    return stem in after if writes_unspaced(stem) else _stands_alone(after, stem)


def _stem(name: str, legal_forms: frozenset[str]) -> str | None:
    """The name without the legal form that opens or closes it, or None (no legal form, or nothing but it)."""
    words = name.split()
    if len(words) > 1:
        rest = words[1:] if words[0] in legal_forms else list(words)
        while len(rest) > 1 and (rest[-1] in legal_forms or rest[-1].rstrip(".") in legal_forms or rest[-1] == "&"):
            rest.pop()  # ("Alfred Ritter GmbH & Co")
        if len(rest) == len(words):
            return None
        stem = " ".join(rest)
        return stem if stem[:1].isupper() and len(stem) >= _MIN_SHORT_FORM else None
    if writes_unspaced(name):
        for form in sorted(legal_forms, key=len, reverse=True):
            if writes_unspaced(form) and name.endswith(form) and len(name) - len(form) >= 2:
                return name[:-len(form)]
    return None


def _lower_case_words(text: str, words: list[str]) -> set[str]:
    """Which of the words the text also writes in lower case (then a name part is a common word)."""
    lowered = {w.lower() for w in words if w.lower() != w}
    if not lowered:
        return set()
    if all(_WORD_RUN.fullmatch(w) for w in lowered):
        # Words of word characters only match whole runs of them: each is looked for as a string, no
        # regex to compile per document, nor a list of every word of the text.
        return {w for w in lowered if _stands_alone(text, w)}
    pattern = re.compile(rf"(?<![\w&])(?:{'|'.join(map(re.escape, sorted(lowered, key=len, reverse=True)))})(?![\w&])")
    return set(pattern.findall(text))


def _stands_alone(text: str, word: str) -> bool:
    """Whether ``word`` (word characters only) is a whole run of word characters somewhere in ``text``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _WORD_RUN.match(text, at - 1)) and not _WORD_RUN.match(text, end):
            return True
        at = text.find(word, at + 1)
    return False


def _full_name(mention: Mention, parts: dict[str, Mention]) -> Mention:
    """A person named by one part of a fuller name of the document ("Keir") takes the full name."""
    if mention.type != "person" or mention.name not in parts:
        return mention
    return replace(mention, name=parts[mention.name].name)


def _alias_mentions(text: str, aliases: dict[str, Mention], mentions: list[Mention],
                    compounds_not: frozenset[str] = frozenset()) -> list[Mention]:
    """Every occurrence of an alias that no mention holds yet (whole words, except in Chinese, which
    has no spaces to bound them); of ``compounds_not``, none that a hyphen joins to the word after it
    ("Cherry-Schalter" names switches, not Cherry)."""
    if not aliases:
        return []
    taken = covered_characters(text, mentions)
    found = []
    for start, end, alias in _alias_occurrences(text, list(aliases)):
        if any(taken[start:end]) or (alias in compounds_not and _COMPOUND.match(text, end)):
            continue
        target = aliases[alias]
        found.append(Mention(start, end, alias, target.name, target.type, target.category, origin="coreference"))
        taken[start:end] = b"\x01" * (end - start)
    return found


def _alias_occurrences(text: str, aliases: list[str]) -> list[tuple[int, int, str]]:
    """The aliases' occurrences from left to right, none overlapping the one before; where several
    start at one place, the longest (those bounded as words before those written without spaces).

    Found with ``str.find``, not a regex: the aliases are the document's own, and compiling a regex
    of them cost more than the whole search (every document a new one)."""
    by_length = sorted(aliases, key=len, reverse=True)
    ordered = [a for a in by_length if not writes_unspaced(a)] + [a for a in by_length if writes_unspaced(a)]
    first: dict[int, int] = {}  # where an alias stands whole: the index of the first of them there
    for index, alias in enumerate(ordered):
        bounded = not writes_unspaced(alias)
        at = text.find(alias)
        while at >= 0:
            if at not in first and not (bounded and (_joins_word(text, at - 1) or _joins_word(text, at + len(alias)))):
                first[at] = index
            at = text.find(alias, at + 1)
    found = []
    reached = 0
    for at in sorted(first):
        if at >= reached:
            alias = ordered[first[at]]
            reached = at + len(alias)
            found.append((at, reached, alias))
    return found


def _joins_word(text: str, index: int) -> bool:
    """Whether a word character (the regex engine's ``\\w``: ``str.isalnum`` or "_") or "&" stands
    at ``index``: a whole-word alias may not touch one."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in "_&")


def _entities(mentions: list[Mention], domain: DomainLexicon) -> list[Entity]:
    entities: dict[str, Entity] = {}
    for mention in mentions:
        entity = entities.get(mention.name)
        if entity is None:
            known = domain.entities.get(mention.name) if mention.origin not in ("pattern", "positioned") else None
            entity = Entity(name=mention.name, type=mention.type, category=mention.category,
                            parent=known.parent if known else None)
            entities[mention.name] = entity
        if mention.text not in entity.aliases:
            entity.aliases.append(mention.text)
    return list(entities.values())
