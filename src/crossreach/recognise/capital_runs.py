"""Runs of capitalised words in a sentence: the candidates for the names no lexicon lists.

The capitals that open a token are found by one scan the regex engine skips through
(``CAPITALISED_OPENS``); each run's tokens are read from its opening only as far as the run goes
(``sequences``), so Python never visits the words between runs; then the runs are cut where a name
does not go on (``split_runs``). ``entities.py`` types what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crossreach.lexicon import script
from crossreach.models import Sentence
from crossreach.recognise.entity_rules import EntityRules
from crossreach.recognise.person_names import is_first_name
from crossreach.recognise.run_bounds import name_ends, person_after_employer

#: A character of a Latin-script word: a word character of no unspaced script, or a mark names keep. A
#: Chinese text glues Latin names to the Han words around them ("The Moorings亚太区总监"): the Han ends the word.
_UNSPACED = script().unspaced
_IN_WORD = rf"(?:[^\W{_UNSPACED}]|['\u2019&.\-])"
CAPITALISED = re.compile(rf"[{script().capitals}{script().latin_extended}]{_IN_WORD}*|[A-Z]{{2,}}")
_TOKEN = re.compile(rf"{_IN_WORD}+|[{_UNSPACED}]+|[^\w\s]")
#: A word whose last part after a hyphen is lower case ("Shanghai-based", "Xiaomi-backed"): an adjective.
_HYPHENED_ADJECTIVE = re.compile(r"-[^\W\d_]+$")
#: ``_TOKEN`` that also says which tokens ``CAPITALISED`` matches whole: those that open with a capital
#: (group ``cap``; every character after it is a token character, as ``CAPITALISED`` asks).
_TOKEN_CAPITALISED = re.compile(
    rf"(?P<cap>[{script().capitals}{script().latin_extended}]{_IN_WORD}*)|{_TOKEN.pattern}")
#: ``_TOKEN_CAPITALISED`` with the spaces before each token (group 1): the tokens laid end to end.
_SPACED_TOKEN = re.compile(rf"(\s*(?:{_TOKEN_CAPITALISED.pattern}))")
#: Where a token of ``_TOKEN_CAPITALISED`` opens with its group ``cap``: a capital after no token character.
CAPITALISED_OPENS = re.compile(rf"[{script().capitals}{script().latin_extended}](?<!{_IN_WORD}.)")
#: ``CAPITALISED_OPENS`` with the rest of its token: the word a run opens with, read by the same scan.
_CAPITALISED_TOKEN = re.compile(rf"{CAPITALISED_OPENS.pattern}{_IN_WORD}*")


def _inner_particle(word: str, following: str, rules: EntityRules) -> bool:
    """A capitalised particle inside a name ("Valentina La Rocca", "Ursula Von der Leyen")."""
    return word.lower() in rules.name_particles and bool(CAPITALISED.fullmatch(following)) \
        and following not in rules.stop_words


def _placed_genitive(connector: str, place: str, first: str, rules: EntityRules) -> bool:
    """A country's name in the genitive closing a name an organization word opened ("Museu de Ciência e
    Tecnologia da China", "Banco do Brasil"): a stop word elsewhere ("in China"), a part of the name here."""
    return place in rules.name_openers and first in rules.org_prefixes and connector not in rules.conjunctions


#: A run of capitalised words: (start, end, words, the (start, end, word) of each word).
Run = tuple[int, int, list[str], list[tuple[int, int, str]]]


def sequences(text: str, sentence: Sentence, rules: EntityRules,
              ends: set[int] = frozenset()) -> Iterator[Run]:  # type: ignore[assignment]
    """Runs of capitalised words (with connectors inside) in one sentence. ``ends`` are where known
    names end: a conjunction after one starts another name. The capitals that open a token are found
    by one scan the regex engine skips through (``CAPITALISED_OPENS``); the tokens are read from
    each such opening on only as far as its run goes, so Python never visits the tokens between runs."""
    line, base = sentence.text, sentence.start
    stop_words, event_nouns, connectors = rules.stop_words, rules.event_nouns, rules.connectors
    following = 0  # where the last run ended: an opening inside it opens no run of its own
    for opening in _CAPITALISED_TOKEN.finditer(line):
        if opening.start() < following:
            continue
        first = opening.group()
        if first in stop_words and first not in event_nouns:
            continue  # (a stop word opens no run: the tokens after it are not read)
        scan = _SPACED_TOKEN.finditer(line, opening.end())
        # The run's tokens read so far: what CAPITALISED matches whole ("" for the others), the token
        # without its spaces, and its end in the sentence. A token is read when a test asks for it, up to
        # two after the run's last word: most runs are one word, ended by the one token after it.
        capital, words, stops = [first], [first], [opening.end()]
        j = 1
        while len(words) > j or _read(scan, capital, words, stops):
            nxt = words[j]
            if capital[j] and (nxt not in stop_words or nxt in event_nouns
                               or (nxt in rules.name_openers and first in rules.org_prefixes)
                               or (nxt.lower() in rules.name_particles and _inner_particle(
                                   nxt, words[j + 1] if _has(j + 1, scan, capital, words, stops) else "", rules))):
                j += 1
            elif nxt in rules.name_adjectives and first in rules.org_prefixes \
                    and _has(j + 2, scan, capital, words, stops) and words[j + 1] in connectors and capital[j + 2]:
                # "Musée national de Chine": a lower-case adjective inside a name an organization word opened
                j += 3
            elif nxt in connectors and _has(j + 1, scan, capital, words, stops) and capital[j + 1] \
                    and (capital[j + 1] not in stop_words or _placed_genitive(nxt, capital[j + 1], first, rules)) \
                    and not name_ends(nxt, words[:j], base + stops[j - 1], rules, ends):
                j += 2
            else:
                break
        spans = [(base + stops[k] - len(words[k]), base + stops[k], words[k]) for k in range(j)]
        yield spans[0][0], spans[-1][1], words[:j], spans
        following = stops[j - 1]


def _read(scan: Iterator[re.Match[str]], capital: list[str], words: list[str], stops: list[int]) -> bool:
    """Read the next token of a run's sentence into its lists; False at the sentence's end."""
    token = next(scan, None)
    if token is None:
        return False
    chunk, cap = token.groups()
    capital.append(cap or "")
    words.append(cap or chunk.lstrip())
    stops.append(token.end())
    return True


def _has(index: int, scan: Iterator[re.Match[str]], capital: list[str], words: list[str], stops: list[int]) -> bool:
    """Whether the sentence has a token ``index`` of the run, read as far as that."""
    while len(words) <= index:
        if not _read(scan, capital, words, stops):
            return False
    return True


def split_runs(text: str, runs: Iterator[Run], sentence: Sentence, rules: EntityRules,
               common: frozenset[str]) -> Iterator[tuple[int, int, list[str], str | None]]:
    """Capitalised runs cut where a name does not go on: after a possessive inside the run ("Burberry's
    Sir John Smith" is Burberry and Sir John Smith), after a common word opening the sentence ("Wenn
    Timo Boll": Timo Boll), and after leading honorifics, which are returned beside the name ("Sir")."""
    for _start, _end, _words, spans in runs:
        if len(spans) == 1:  # one word (most runs): no possessive inside, honorific or employer before a name
            yield _start, _end, _words, None
            continue
        pieces: list[list[tuple[int, int, str]]] = [[]]
        for index, span in enumerate(spans):
            word = span[2]
            if index < len(spans) - 1 and (hyphened := _HYPHENED_ADJECTIVE.search(word)) and hyphened.group().islower():
                pieces[-1] = []  # "Hong Kong-based Fortune Fountain Capital": where it is based, not its name
                continue
            pieces[-1].append(span)
            if index < len(spans) - 1 and word.endswith(rules.possessives) \
                    and any(len(word) > len(p) and word.endswith(p) for p in rules.possessives):
                pieces.append([])
        for piece in pieces:
            if not piece:
                continue
            first = piece[0][2]
            if piece[0][0] == sentence.start and len(piece) > 1 and (
                    first in rules.stop_words or first.casefold() in common) \
                    and not is_first_name(first) and first not in rules.honorifics:
                piece = piece[1:]  # "Wenn Timo Boll"
                while len(piece) > 1 and piece[0][2] in rules.connectors:
                    piece = piece[1:]  # "Seguidores de Inês Valadares": nor the genitive after it
            honorifics: list[str] = []
            while len(piece) > 2 and (piece[0][2] in rules.honorifics
                                      or f"{piece[0][2]} {piece[1][2]}" in rules.honorifics):
                taken = 2 if f"{piece[0][2]} {piece[1][2]}" in rules.honorifics else 1
                honorifics += [w for _, _, w in piece[:taken]]
                piece = piece[taken:]
            keep, title = person_after_employer(text, piece[0][0], [w for _, _, w in piece], rules, common)
            for part, titled in ((piece[:keep], " ".join(honorifics) or None), (piece[keep:], title)):
                if part:  # ("analista di Equita Stefano Rinaldi": the employer, then the person)
                    yield part[0][0], part[-1][1], [w for _, _, w in part], titled
