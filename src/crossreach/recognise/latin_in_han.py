"""Latin-script names in a text of an unspaced script that no list has, named by what stands around
them there: a Han cue noun or organization suffix glued after the name ("smart品牌", "Stake F1车队"),
or a list joined by 、 or 和 that holds organizations already known ("G2 Esports、FNATIC、GIANTX和Rogue").
The run reader of ``entities.py`` reads capitalised runs between spaces, and a Chinese text writes
none around a Latin name; a name written in lower case ("smart") has no capital to find it by either.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced
from crossreach.models import PLATFORM_CATEGORY, Mention, covered_characters

#: A Latin-script name: one word in lower case ("smart"), or up to five words that open with a capital,
#: a digit or "&" after a first one with a capital ("Stake F1", "Ace & Tate", "JD.com"); not "of Apple".
_LATIN_NAME = (r"(?:[a-z][A-Za-z0-9&'\u2019.\-]*|[A-Z][A-Za-z0-9&'\u2019.\-]*"
               r"(?: (?:[A-Z0-9&][A-Za-z0-9&'\u2019.\-]*)){0,4})(?<=[A-Za-z0-9.])")
#: What a name in capitals alone must be longer than to count: shorter ones are as often a kind of
#: thing ("DTC品牌", "IP公司") as a name.
_SHORT_ACRONYM = 3
#: The fewest items of a list of names in which a known organization makes the others organizations,
#: unless two of them are known already.
LIST_ITEMS = 3


@dataclass(frozen=True)
class _Rules:
    #: A Latin name, then a cue noun or an organization suffix of two characters or more.
    before_cue_re: re.Pattern[str]
    suffixes: dict[str, str]
    cues: dict[str, str]
    #: A list joiner (、 和 与 及 or a comma), then a Latin name, ending where another joiner or a
    #: character that is no part of a Latin name follows.
    next_item_re: re.Pattern[str]


def han_org_suffixes(lexicon: LanguageLexicon) -> dict[str, str] | None:
    """The organization suffixes of an unspaced language longer than one character (one alone closes too many
    words), with their categories; None for a spaced language."""
    if is_spaced(lexicon):
        return None
    entities = lexicon.section("entities")
    return {str(k): str(v) for k, v in (entities.get("org_suffixes") or {}).items() if len(str(k)) > 1}


@cache
def _rules(lexicon: LanguageLexicon) -> _Rules | None:
    """The regexes of an unspaced language; None for a spaced one."""
    suffixes = han_org_suffixes(lexicon)
    if suffixes is None:
        return None
    entities = lexicon.section("entities")
    cues = {str(k): str(v) for k, v in (entities.get("org_cues") or {}).items()}
    joiners = [*(str(c) for c in entities.get("conjunctions") or []), ",", "\uff0c"]
    return _Rules(
        before_cue_re=compiled(rf"(?<![A-Za-z0-9&'\u2019.\-])(?P<name>{_LATIN_NAME})"
                               rf"(?P<cue>{alternation([*suffixes, *cues])})"),
        suffixes=suffixes, cues=cues,
        next_item_re=compiled(rf"[ \t]*(?:{alternation(joiners)})[ \t]*(?P<name>{_LATIN_NAME})"
                              rf"(?![A-Za-z0-9&'\u2019.\-])"))


def names_the_rest(items: int, knowns: list[Mention]) -> bool:
    """Whether the known organizations of a list of ``items`` names make its other items names too:
    some are not known, and two are, or the list is long (``LIST_ITEMS``)."""
    return items > len(knowns) and (len(knowns) >= 2 or items >= LIST_ITEMS)


def listed_type(knowns: list[Mention]) -> tuple[str, str]:
    """The type and category the known names of a list give its other items: platforms where all
    known ones are, else organizations, of the category most of those known ones have."""
    kind = "platform" if all(m.type == "platform" for m in knowns) else "organization"
    categories = Counter(m.category for m in knowns if m.type == kind and m.category)
    return kind, categories.most_common(1)[0][0] if categories else (PLATFORM_CATEGORY if kind == "platform"
                                                                     else "other")


def latin_in_han_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The organizations a cue noun after them or a list with known ones names; ``known`` are free of
    overlaps. A name before a suffix keeps the suffix, as its Chinese name does ("Stake F1车队"); one
    before a cue noun does not ("smart" of "smart品牌", "Apple" of "Apple公司")."""
    rules = _rules(lexicon)
    if rules is None:
        return []
    taken = covered_characters(text, known)
    spans = {(m.start, m.end) for m in known}
    shortest_from: dict[int, int] = {}  # a known mention's start: the nearest end of one starting there
    for m in known:
        shortest_from[m.start] = min(m.end, shortest_from.get(m.start, m.end))
    found = []
    for match in rules.before_cue_re.finditer(text):
        start, end = match.span("name")
        name, cue = match.group("name"), match.group("cue")
        if (name.isupper() and len(name) <= _SHORT_ACRONYM) or (start, end) in spans:
            continue
        if cue not in rules.cues:
            end = match.end()  # a suffix that is part of the name, not a noun that says what it names
        if taken[start] and not shortest_from.get(start, end) < end:
            continue  # inside a longer known name
        found.append(Mention(start, end, text[start:end], text[start:end], "organization",
                             rules.cues.get(cue) or rules.suffixes.get(cue, "other"), origin="pattern"))
        taken[start:end] = b"\x01" * (end - start)
    return found + _listed(text, rules, known, taken)


def _listed(text: str, rules: _Rules, known: list[Mention], taken: bytearray) -> list[Mention]:
    """Latin names that follow a known Latin-script organization or platform in a list, when the list
    holds two known ones or three items or more; they take the known ones' type and commonest category."""
    by_start = {m.start: m for m in known}
    found: list[Mention] = []
    done = -1
    for mention in sorted(known, key=lambda m: m.start):
        if mention.start < done or mention.type not in ("organization", "platform") or not mention.text.isascii():
            continue
        items: list[tuple[int, int, Mention | None]] = [(mention.start, mention.end, mention)]
        while (match := rules.next_item_re.match(text, items[-1][1])) is not None:
            start, end = match.span("name")
            following = by_start.get(start)
            if following is not None:
                if following.type not in ("organization", "platform") or following.end < end:
                    break
                items.append((start, following.end, following))
            elif any(taken[start:end]):
                break
            else:
                items.append((start, end, None))
        done = items[-1][1]
        knowns = [m for _, _, m in items if m is not None]
        if not names_the_rest(len(items), knowns):
            continue
        kind, category = listed_type(knowns)
        for start, end, item in items:
            if item is None and not (text[start:end].isupper() and end - start <= _SHORT_ACRONYM):
                found.append(Mention(start, end, text[start:end], text[start:end], kind, category,
                                     origin="pattern"))
    return found
