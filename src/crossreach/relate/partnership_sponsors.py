"""Title sponsors named inside a competition's name: "Liga Portugal Betclic", "Betclic Elite",
"Liga Endesa", "Coppa Frecciarossa", "Mutua Madrid Open".

A competition word of the language (``partnerships.competitions``: "Liga", "Ligue", "League", "Cup",
"Coppa", "Open" ...) stands in a run of capitalised words; a word of that run that is no part of a
name read around the competition word, no place and no stop word, and that the document also
writes on its own elsewhere ("the betting operator Betclic", "el patrocinio de Endesa"), is the
name of a sponsor the competition carries. The requirement that the sponsor stand alone elsewhere
keeps the words of competitions' own names ("Premier", "Champions", "Super") out: an article that
speaks of a title sponsor names the sponsor as a company too. The other party is the organiser, the
brand or institution the document is about (its focus), when it runs the competition: the
competition's name is read as the focus, or the focus's name holds the competition word ("Liga ACB",
"Liga Endesa"). A document about no organisation, or about another, gives none. Nothing here is
language-specific: the words come from the lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled
from crossreach.models import Mention, Partnership, Sentence
from crossreach.relate.context import evidence
from crossreach.relate.partnership_reader import Reader, is_anchor, unread_capital

#: A word of a spaced script, as a competition's name writes it ("Betclic", "LEDMAN", "Élite").
_WORD = re.compile(r"[^\W\d_][\w&'.-]*")
#: How many words either side of the competition word its name may hold.
_REACH = 3
#: The fewest letters a sponsor's word holds ("TIM" yes, "A" of "Serie A" no).
_SPONSOR_LETTERS = 3
#: The confidence of a title sponsor read from a name (no cue, no scorer).
_CONFIDENCE = 0.7


@cache
def _competition_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    r"""The competition words as whole words, compared with case. Each branch opens with its first
    character and checks only then that no letter stands before it: the same matches as
    ``(?<![^\W\d_])(?:words)(?![^\W\d_])``, but the regex engine skips to those first characters (a
    few capitals) instead of trying the pattern at every character of the text."""
    rests: dict[str, set[str]] = {}
    for word in filter(None, words):
        rests.setdefault(word[0], set()).add(word[1:])
    if not rests:
        return None
    branches = [re.escape(first) + r"(?<![^\W\d_].)" + _rest(after) for first, after in sorted(rests.items())]
    return compiled(rf"(?:{'|'.join(branches)})(?![^\W\d_])")


def _rest(rests: set[str]) -> str:
    """What may follow a first character, longest first ("" for the word that ends with it)."""
    longer = rests - {""}
    if not longer:
        return ""
    return f"(?:{alternation(longer)}|)" if "" in rests else f"(?:{alternation(longer)})"


def title_sponsors(reader: Reader, lexicon: LanguageLexicon) -> list[Partnership]:
    """The document's focus with each title sponsor its competitions' names carry (see the module)."""
    view = reader.view
    focus = reader.focus
    pattern = _competition_re(tuple(str(w) for w in lexicon.section("partnerships").get("competitions") or []))
    if pattern is None or focus is None or not is_anchor(focus) or not view.spaced:
        return []
    text = view.text
    sentences = view.extraction.sentences
    starts = [s.start for s in sentences]
    found: dict[str, Partnership] = {}
    for match in pattern.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        if not _organised_by(reader, focus, sentence, match):
            continue
        for word in _sponsor_words(reader, sentence, match, pattern):
            name = word.group().rstrip(".")
            if name in found or name.casefold() in focus.name.casefold() or not _alone_elsewhere(reader, name, word):
                continue
            named = next((m for m in reader.parties(sentence) if m.start <= word.start() < m.end
                          and m.origin == "lexicon" and _in_name(word.group(), m)), None)
            found[name] = Partnership(parties=(focus.name, named.name if named else name),
                                      date=view.date_for(sentence, word.start()), kind="sponsorship",
                                      evidence=evidence(sentence, word.start(), word.end()), confidence=_CONFIDENCE)
    return list(found.values())


def _sponsor_words(reader: Reader, sentence: Sentence, match: re.Match[str],
                   competition: re.Pattern[str]) -> list[re.Match[str]]:
    """The words of the capitalised run around a competition word that may name its sponsor: each
    capitalised, no competition word itself, outside the names read over the competition word and
    outside every place, person or other competition read ("Lega Serie A")."""
    text = reader.view.text
    read = reader.view.mentions_in(sentence)
    # A name the gazetteer lists over the competition word is the competition's own; one a pattern
    # read there ("Liga Norvia") is the competition word and whatever follows it, sponsor included.
    read = [m for m in read if m.origin == "lexicon" or not (m.start <= match.start() < m.end)]
    covering = [m for m in read if m.start <= match.start() < m.end]
    words = list(_WORD.finditer(text, sentence.start, sentence.end))
    at = next((i for i, w in enumerate(words) if w.start() <= match.start() < w.end()), None)
    if at is None:
        return []
    run = [words[at]]
    for step in (-1, 1):  # the run of capitalised words either side, one space apart
        i = at + step
        while 0 <= i < len(words) and abs(i - at) <= _REACH and words[i].group()[0].isupper():
            near = words[i - step] if step == 1 else words[i]
            far = words[i] if step == 1 else words[i - step]
            if text[near.end():far.start()] != " ":
                break
            run.append(words[i])
            i += step
    sponsors = []
    for word in run:
        if word.start() == sentence.start or match.start() <= word.start() < match.end() \
                or len(word.group().rstrip(".")) < _SPONSOR_LETTERS:
            continue  # a sentence's first word is capitalised by the sentence
        if any(m.start <= word.start() < m.end and _in_name(word.group(), m) for m in covering):
            continue  # a word of the competition's own name ("Premier League", "Liga Portugal")
        inside = next((m for m in read if m.start <= word.start() < m.end and m not in covering), None)
        if competition.fullmatch(word.group()) or (inside is not None and (
                inside.type not in ("organization", "platform") or not is_anchor(inside)
                or competition.search(inside.name))):
            continue
        if inside is None and not unread_capital(reader, word.start(), word.group(), []):
            continue
        sponsors.append(word)
    return sponsors


def _organised_by(reader: Reader, focus: Mention, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether the document's subject runs the competition: the competition's name is read as it
    ("Betclic Elite" as the Ligue Nationale de Basket), or the subject's name holds the competition
    word ("Liga ACB", "Liga Endesa")."""
    if any(m.start <= match.start() < m.end and m.name == focus.name for m in reader.view.mentions_in(sentence)):
        return True
    return match.group().casefold() in {w.casefold() for w in _WORD.findall(focus.name)}


def _in_name(word: str, mention: Mention) -> bool:
    """Whether a word of a name as written is a word of its canonical name: "Betclic" of "Betclic
    Elite", read as the Ligue Nationale de Basket, is not (the sponsor the competition's name carries)."""
    return word.casefold() in {w.casefold() for w in _WORD.findall(mention.name)}


def _alone_elsewhere(reader: Reader, name: str, word: re.Match[str]) -> bool:
    """Whether the document writes the sponsor's word outside any competition's name: on its own,
    not capitalised by a sentence's start, and not right beside another capitalised word."""
    return any(start != word.start() for start in _written_alone(reader, name))


def _written_alone(reader: Reader, name: str) -> list[int]:
    """Where the document writes ``name`` on its own, found once a document and name (a long
    document names its competitions again and again)."""
    key = ("sponsor written alone", name)
    if (found := reader.view.memo.get(key)) is not None:
        return found
    text = reader.view.text
    found = []
    for other in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text):
        before = text[max(0, other.start() - 2):other.start()]
        after = text[other.end():other.end() + 2]
        glued_before = before[-1:] == " " and before[:1].isalpha() and _prev_word_capital(reader, other.start())
        glued_after = after[:1] == " " and after[1:2].isupper()
        if not glued_before and not glued_after:
            found.append(other.start())
    reader.view.memo[key] = found
    return found


def _prev_word_capital(reader: Reader, start: int) -> bool:
    """Whether the word before ``start`` (one space between) is capitalised and no article or stop
    word ("A Betclic" is the article and the name)."""
    text = reader.view.text
    left = text.rfind(" ", 0, start - 1)
    previous = text[left + 1:start - 1]
    return bool(previous) and previous[0].isupper() and not reader.rules.article_re.fullmatch(previous) \
        and not reader.cues.list_article.match(previous) and previous not in reader.rules.stop_words
