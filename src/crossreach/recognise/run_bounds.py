"""Where a capitalised run ends as one name: a conjunction that closes it or joins the parts of an
institution's name, and an employer's name run into the name of the person who works there."""

from __future__ import annotations

from crossreach.recognise.common_words import all_common
from crossreach.recognise.entity_rules import EntityRules, employer_phrase_ends
from crossreach.recognise.person_names import is_common_first_name, is_first_name

#: How far back the title phrase before an employer's name is read, in characters.
_EMPLOYER_REACH = 90


def name_ends(connector: str, words: list[str], end: int, rules: EntityRules, ends: set[int]) -> bool:
    """Whether a conjunction closes the name so far ("Shenghe Research and ...", "Tate and ...",
    "Wu Lei e Fiammetta Terlizzi") rather than joining its parts ("Victoria and Albert Museum",
    "Associacao Brasileira de Bares e Restaurantes": an organization word opened the name and a
    genitive inside it says the nouns after it are the institution's field, joined as one)."""
    if connector not in rules.conjunctions:
        return False
    if words[0] in rules.org_prefixes and any(w in rules.connectors and w not in rules.conjunctions
                                              for w in words[1:]) and end not in ends:
        return False
    capitalised = [w for w in words if w not in rules.connectors]
    return len(capitalised) >= 2 or words[-1] in rules.org_suffixes or end in ends


def person_after_employer(text: str, start: int, words: list[str], rules: EntityRules,
                          common: frozenset[str]) -> tuple[int, str | None]:
    """How many words of a run starting at ``start`` are the employer's name when a title phrase
    before it says whose employee follows and the run ends with a person's name ("l'analista di
    Equita Stefano Rinaldi": Equita, then Stefano Rinaldi); all of them otherwise. The person is a
    common given name and a family name that is no given name, the employer's words no given name.
    Also the title the phrase gives the person ("analista"), which says the name is a person's."""
    if len(words) < 3 or rules.employer_re is None:
        return len(words), None
    for split in (len(words) - 2, len(words) - 3):
        name = words[split:]
        if split < 1 or not is_common_first_name(name[0]) or is_first_name(name[-1]) \
                or any(w in rules.connectors or w in rules.stop_words or not w[:1].isupper() for w in name) \
                or is_first_name(words[split - 1]) or words[split - 1] in rules.connectors \
                or all_common(" ".join(words[:split]), common):
            continue
        phrase = rules.employer_re.search(text, max(0, start - _EMPLOYER_REACH), start) \
            if employer_phrase_ends(text, start, _EMPLOYER_REACH, rules) else None
        if phrase is None:
            break
        titles = list(rules.title_re.finditer(phrase.group()))
        return split, titles[-1].group() if titles else phrase.group().split()[0]
    return len(words), None
