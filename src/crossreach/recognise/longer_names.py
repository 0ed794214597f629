"""A gazetteer name that opens a longer name no list has: the longer name is the mention.

A company, a platform's section or a club's team is often named by its parent's name and a word or
two more ("Great Wall Meat", "Tencent Charity", "Phoenix Asset Management", "Rai Cultura", "JD Home"):
the gazetteer finds the parent's name alone, and the capitalised run it opens was left out, since a
run holding a known name is no unknown name. The run is the name when what follows the known name
continues it: one or two capitalised words that are no stop word, title, acronym or
model number ("Tmall GMV", "Airbus A330neo"), and either an organization's head word closes them
("Bitburger Braugruppe"), a cue noun introduces the run ("la importadora Great Wall Meat", "la
plateforme caritative Tencent Charity"), or, where a capital marks names only, the document never
writes them in lower case, the first is no given name and the line is no title-case headline
("Tencent Champions Tech for Good").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crossreach.models import Mention
from crossreach.recognise.entity_rules import EntityRules
from crossreach.recognise.person_names import is_first_name

#: The most words after the known name that may continue it.
_CONTINUATION_WORDS = 2
#: The types of a known name that may open a longer one: an organization's or a platform's.
_PARENTS = ("organization", "platform")
#: What may stand between the known name and the words that continue it.
_JOINS = (" ", "-")
#: A word of four letters or more: in a title-case headline, every one is capitalised.
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
#: The fewest long words besides the run's that make a line a title-case headline.
_HEADLINE_WORDS = 2


def known_name_continued(text: str, start: int, end: int, inside: list[Mention], rules: EntityRules,
                         common: frozenset[str], line: str, cued: Callable[[], bool]) -> Mention | None:
    """The longer name a capitalised run from ``start`` to ``end`` makes of the one known name that
    opens it, or None. ``inside`` are the known mentions in the run, ``common`` the document's lower-case
    words, ``line`` the run's sentence, ``cued`` whether a cue noun introduces the run (asked last).
    A legal form after the known name ("Burberry Group") is another name of the same entity, read elsewhere."""
    if len(inside) != 1:
        return None
    known = inside[0]
    if known.start != start or known.end >= end or known.type not in _PARENTS or known.origin != "lexicon" \
            or not text.startswith(_JOINS, known.end):
        return None
    words = text[known.end + 1:end].split()
    if not 0 < len(words) <= _CONTINUATION_WORDS or words[-1] in rules.legal_forms \
            or any(_stops(word, rules) for word in words):
        return None
    headed = words[-1] in rules.org_suffixes or words[-1].endswith(rules.capitalised_cue_endings)
    if not headed and not cued() and (rules.nouns_capitalised or is_first_name(words[0])
                                      or any(w.lower() in common for w in words)
                                      or _title_case(line.replace(text[start:end], " "))):
        return None  # (a given name after a known name, uncued, may open a person's name)
    surface = text[start:end]
    category = rules.org_suffixes.get(words[-1], known.category)
    return Mention(start, end, surface, surface, known.type, category, origin="pattern")


def _stops(word: str, rules: EntityRules) -> bool:
    """Whether a word cannot continue a name: a stop word, connector, particle or title, a word in lower
    case, an acronym ("GMV") or a word holding a digit ("A330neo", a model's number)."""
    return word in rules.stop_words or word in rules.connectors or word.lower() in rules.name_particles \
        or rules.title_re.fullmatch(word) is not None or not word[:1].isupper() \
        or (len(word) > 1 and word.isupper()) or any(ch.isdigit() for ch in word)


def _title_case(line: str) -> bool:
    """Whether a line writes every long word with a capital, as a title-case headline does."""
    words = _LONG_WORD.findall(line)
    return len(words) >= _HEADLINE_WORDS and all(w[0].isupper() for w in words)
