"""Entity mentions: lexicon entries first, then names discovered in the text.

1. The domain lexicon (Aho-Corasick over every alias, any script).
2. Capitalised name sequences, typed by the language's cues: organization
   suffixes and prefixes ("... Museum", "Musée ...", "... S.p.A."), platform cue
   words ("the app X"), and person cues in the sentence (a role title, a speech
   verb, a quotation). A sequence that has no cue is left out rather than guessed.
3. In Chinese, organizations by their suffix (博物馆, 集团) and persons between a
   title and a speech verb (总裁吴晨表示), transliterations with "·" included.

A name sequence that wraps a brand from the lexicon and has a person cue is the
person ("Giorgio Armani"), while the brand alone stays the organization.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon
from crossreach.models import PLATFORM_CATEGORY, Mention, Sentence
from crossreach.recognise.entity_rules import EntityRules, entity_rules

_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’&.\-]*|[A-Z]{2,}")
_POSSESSIVE = re.compile(r"['’]s?$")
_TOKEN = re.compile(r"[\w'’&.\-]+|[^\w\s]")
_QUOTE_MARKS = "\"“”«»„「」『』"
#: A person's name has two to four words.
_PERSON_WORDS = range(2, 5)


def recognise_mentions(
    text: str, sentences: list[Sentence], lexicon: LanguageLexicon, domain: DomainLexicon
) -> list[Mention]:
    """Every entity mention in ``text``, in order of its start offset."""
    rules = entity_rules(lexicon)
    mentions = [Mention(h.start, h.end, text[h.start:h.end], h.entity.name, h.entity.type, h.entity.category)
                for h in domain.find(text)]
    common = _lower_case_words(text)
    for sentence in sentences:
        mentions.extend(m for m in _discovered(text, sentence, rules, mentions)
                        if m.type != "person" or not _all_common(m.text, common))
    if rules.han_person_re is not None:
        mentions.extend(_han_names(text, rules, mentions))
    return _without_overlaps(mentions)


def _lower_case_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case somewhere: common words, not names."""
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", text) if w[0].islower())


def _all_common(name: str, common: frozenset[str]) -> bool:
    """Whether every word of a would-be person's name is a word the document also writes in lower
    case ("Smart City", "Data Science"): a title-case phrase, not a name."""
    words = re.findall(r"[^\W\d_]{3,}", name)
    return bool(words) and all(w.lower() in common for w in words)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first where mentions overlap; persons win over the brands they contain."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.origin != "lexicon"))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _name_ends(connector: str, words: list[str], end: int, rules: EntityRules, ends: set[int]) -> bool:
    """Whether a conjunction closes the name so far ("Shenghe Research and ...", "Tate and ...",
    "Wu Lei e Fiammetta Terlizzi") rather than joining its parts ("Victoria and Albert Museum")."""
    if connector not in rules.conjunctions:
        return False
    capitalised = [w for w in words if w not in rules.connectors]
    return len(capitalised) >= 2 or words[-1] in rules.org_suffixes or end in ends


def _inner_particle(tokens: list[tuple[int, int, str]], index: int, rules: EntityRules) -> bool:
    """A capitalised particle inside a name ("Valentina La Rocca", "Ursula Von der Leyen")."""
    following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    return tokens[index][2].lower() in rules.name_particles and bool(_CAPITALISED.fullmatch(following)) \
        and following not in rules.stop_words


def _sequences(text: str, sentence: Sentence, rules: EntityRules,
               ends: set[int] = frozenset()) -> Iterator[tuple[int, int, list[str]]]:  # type: ignore[assignment]
    """Runs of capitalised words (with connectors inside) in one sentence: (start, end, words).
    ``ends`` are where known names end: a conjunction after one starts another name."""
    tokens = [(m.start() + sentence.start, m.end() + sentence.start, m.group())
              for m in _TOKEN.finditer(sentence.text)]
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _CAPITALISED.fullmatch(word) or word in rules.stop_words:
            i += 1
            continue
        words, j = [word], i + 1
        while j < len(tokens):
            nxt = tokens[j][2]
            if _CAPITALISED.fullmatch(nxt) and (nxt not in rules.stop_words or _inner_particle(tokens, j, rules)):
                words.append(nxt)
                end = tokens[j][1]
                j += 1
            elif nxt in rules.connectors and j + 1 < len(tokens) and _CAPITALISED.fullmatch(tokens[j + 1][2]) \
                    and tokens[j + 1][2] not in rules.stop_words and not _name_ends(nxt, words, end, rules, ends):
                words += [nxt, tokens[j + 1][2]]
                end = tokens[j + 1][1]
                j += 2
            else:
                break
        yield start, end, words
        i = j


def _discovered(text: str, sentence: Sentence, rules: EntityRules, known: list[Mention]) -> list[Mention]:
    person_cue = bool(rules.title_re.search(sentence.text) or rules.speech_re.search(sentence.text)
                      or any(q in sentence.text for q in _QUOTE_MARKS))
    found: list[Mention] = []
    untyped: list[tuple[int, int]] = []
    local = [m for m in known if sentence.start <= m.start < sentence.end]
    for start, end, words in _sequences(text, sentence, rules, {m.end for m in local}):
        surface = _POSSESSIVE.sub("", text[start:end].rstrip("."))
        end = start + len(surface)
        words = [_POSSESSIVE.sub("", w) for w in words]
        inside = [m for m in local if m.start >= start and m.end <= end]
        if inside and inside[0].start == start and inside[-1].end == end and len(inside) == 1:
            continue  # exactly a lexicon entry
        if len(words) == 1 and start == sentence.start:
            continue  # one capitalised word opening a sentence says nothing about itself
        mention = _typed(surface, start, end, words, rules, person_cue, inside, text)
        if mention is not None:
            found.append(mention)
        elif not inside and len(words) in _PERSON_WORDS and _looks_like_person(words, rules):
            untyped.append((start, end))
    return found + _listed_persons(text, untyped, found + local, rules)


def _listed_persons(text: str, untyped: list[tuple[int, int]], named: list[Mention],
                    rules: EntityRules) -> list[Mention]:
    """Names in a list with a person ("Chris Lee, Valentina La Rocca, Wu Lei e Fiammetta Terlizzi")
    are persons too, as are three or more names shaped like persons listed together. ``untyped``
    are the person-shaped names of one sentence, ``named`` the typed ones."""
    items = sorted([(s, e, None) for s, e in untyped] + [(m.start, m.end, m) for m in named],
                   key=lambda item: item[0])
    runs: list[list[tuple[int, int, Mention | None]]] = []
    for item in items:
        if runs and rules.list_joiner_re.fullmatch(text, runs[-1][-1][1], max(item[0], runs[-1][-1][1])):
            runs[-1].append(item)
        else:
            runs.append([item])
    persons: list[Mention] = []
    for run in runs:
        shaped = [(s, e) for s, e, m in run if m is None]
        has_person = any(m is not None and m.type == "person" for _, _, m in run)
        if shaped and (has_person or (len(shaped) >= 3 and len(shaped) == len(run))):
            persons.extend(Mention(s, e, text[s:e], text[s:e], "person", None, origin="pattern") for s, e in shaped)
    return persons


def _typed(surface: str, start: int, end: int, words: list[str], rules: EntityRules, person_cue: bool,
           inside: list[Mention], text: str) -> Mention | None:
    last, first = words[-1].rstrip("."), words[0]
    for prefix, category in rules.org_prefixes.items():
        if surface.startswith(prefix + " ") or (surface == prefix and len(words) > 1):
            return Mention(start, end, surface, surface, "organization", category, origin="pattern")
    if last in rules.org_suffixes and len(words) > 1:
        if inside and inside[0].type in ("organization", "platform") and inside[0].start == start:
            lexicon_entity = inside[0]  # "Burberry Group": another name of the lexicon entity
            return Mention(start, end, surface, lexicon_entity.name, lexicon_entity.type, lexicon_entity.category)
        return Mention(start, end, surface, surface, "organization", rules.org_suffixes[last], origin="pattern")
    before, after = text[max(0, start - 16):start], text[end:end + 14]
    cued = _ends_with_cue(before, rules) or rules.platform_cue_re.match(after.lstrip(" -"))
    if not inside and cued and len(words) <= 3 and first not in rules.stop_words:
        return Mention(start, end, surface, surface, "platform", PLATFORM_CATEGORY, origin="pattern")
    near = text[max(0, start - 40):start] + " | " + text[end:end + 40]
    local_cue = rules.title_re.search(near) or rules.speech_re.search(near) or any(q in near for q in _QUOTE_MARKS)
    if person_cue and local_cue and len(words) in _PERSON_WORDS and _looks_like_person(words, rules):
        if inside and (len(inside) > 1 or inside[0].end != end or inside[0].start == start):
            return None  # a lexicon name inside, not just as the family name: not a person
        return Mention(start, end, surface, surface, "person", None, origin="pattern")
    return None


def _ends_with_cue(before: str, rules: EntityRules) -> bool:
    """Whether a platform cue word stands right before a name ("the app X", "la piattaforma X")."""
    tail = before.rstrip()
    return any(m.end() >= len(tail) - 4 for m in rules.platform_cue_re.finditer(tail))


def _looks_like_person(words: list[str], rules: EntityRules) -> bool:
    if any(not _CAPITALISED.fullmatch(w) and w not in rules.name_particles for w in words):
        return False  # "Nike and Adidas", "Angebote der Tate": joined by more than a name particle
    capitalised = [w for w in words if w not in rules.name_particles]
    if any(w in rules.org_suffixes or any(ch.isdigit() for ch in w) for w in capitalised):
        return False
    if any(w.isupper() and len(w) > 3 for w in capitalised):
        return False  # all-capital words are acronyms, not names
    return len(capitalised) >= 2


def _han_names(text: str, rules: EntityRules, known: list[Mention]) -> list[Mention]:
    found = []
    assert rules.han_person_re is not None and rules.han_org_re is not None
    for match in rules.han_person_re.finditer(text):
        start, end = match.span("name")
        if not any(m.start < end and start < m.end for m in known):
            found.append(Mention(start, end, match.group("name"), match.group("name"), "person", origin="pattern"))
    for match in rules.han_org_re.finditer(text):
        start, end = match.start(), match.start("latin") - 1
        if any(m.start < end and start < m.end for m in known):
            continue
        han = text[start:end]
        suffix = next(s for s in sorted(rules.org_suffixes, key=len, reverse=True) if han.endswith(s))
        latin = match.group("latin").strip()
        found.append(Mention(start, end, han, latin, "organization", rules.org_suffixes[suffix], origin="pattern"))
    return found
