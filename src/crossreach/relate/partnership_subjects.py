"""A sentence that opens with a name the recogniser did not read has a subject of its own.

When a cue's sentence names one party only, the other may come from outside it: the document's subject
or an anaphor's referent ("The brand signed with Tencent"). Not when the sentence opens with a capitalised
run the recogniser did not read, followed by an auxiliary or verb of ``partnerships.clause_verbs`` or by a
relative aside ("Inter has a deal with JD.com", "Inter, which is owned by Suning, has a deal with
JD.com"): that name, unknown to the gazetteer, is the partner, and the document's subject is not. A run
whose word opens sentences anyway (``entities.stop_words``: "The", "Meanwhile") or that the document
writes in lower case elsewhere (a common word) is no such name, and a language that capitalises its
nouns (``entities.capitals_mark``) or writes no spaces is not read so.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, LanguageLexicon, load_language
from crossreach.models import Sentence
from crossreach.recognise.common_words import lower_case_words
from crossreach.relate.partnership_asides import aside_opening
from crossreach.relate.partnership_reader import Reader
from crossreach.relate.partnership_scorer import Candidate

#: A run of one to three capitalised words opening a sentence (an opening quote allowed before it).
_WORD = re.compile(r"[^\W\d_][\w'&.-]*")
_OPENING_RUN = re.compile(r"[\"'\u201c\u00ab]?\s*((?:[^\W\d_a-z][\w&.-]*)(?:\s+[^\W\d_a-z][\w&.-]*){0,2})")


@cache
def _stop_words(lexicon: LanguageLexicon) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon.section("entities").get("stop_words") or [])


@cache
def reads_subjects(lexicon: LanguageLexicon) -> bool:
    return lexicon.section("entities").get("capitals_mark") != "nouns"


def unread_subject(reader: Reader, sentence: Sentence, lexicon: LanguageLexicon, verb: re.Pattern[str]) -> bool:
    """Whether a sentence opens with a capitalised run no mention covers, neither a stop word nor a word the
    document writes in lower case, followed by a clause verb or a relative aside."""
    run = _OPENING_RUN.match(sentence.text)
    if run is None or not run.group(1):
        return False
    words = run.group(1).split()
    if words[0].lower() in _stop_words(lexicon):
        return False
    common = lower_case_words(reader.view.text)
    if any(w.lower() in common for w in words):
        return False
    start, end = sentence.start + run.start(1), sentence.start + run.end(1)
    if any(m.start < end and start < m.end for m in reader.view.mentions_in(sentence)):
        return False
    return verb.match(sentence.text, run.end(1)) is not None \
        or aside_opening(lexicon).match(sentence.text, run.end(1)) is not None


def article_subject(reader: Reader, sentence: Sentence, lexicon: LanguageLexicon, cue: re.Match[str]) -> bool:
    """Whether a cue's clause opens (one word at most before it: "Ja o Sporting assinou") with an article
    and a capitalised name no mention covers (its words joined by the language's connectors: "La Mostra de
    Venecia"), right before the cue, a clause verb or a relative aside: the sentence's own subject."""
    text = sentence.text
    words = list(_WORD.finditer(text, 0, cue.start()))
    for at in range(min(2, len(words) - 1)):
        if not reader.cues.list_article.match(words[at].group()):
            continue
        end = _name_end(reader, sentence, words[at:], reader.rules.connectors)
        return end is not None and (end + 1 >= cue.start() or reader.cues.clause_verb.match(text, end) is not None
                                    or aside_opening(lexicon).match(text, end) is not None)
    return False


def _name_end(reader: Reader, sentence: Sentence, words: list[re.Match[str]], connectors: frozenset[str]) -> int | None:
    """Where the capitalised name after an article (``words[0]``) ends, its words one space apart and
    connectors only between capitalised words; None when it is no such name or a mention covers it."""
    end, last = None, words[0].end()
    for word in words[1:]:
        surface = word.group()
        if word.start() != last + 1:
            break
        if surface[0].isupper() and not any(ch.isdigit() for ch in surface):
            end = word.end()
        elif end is None or surface not in connectors:
            break
        last = word.end()
    if end is None:
        return None
    start = sentence.start + words[1].start()
    if any(m.start < sentence.start + end and start < m.end for m in reader.view.mentions_in(sentence)):
        return None
    return end


def without_unread_subjects(reader: Reader, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less those that take a party from outside a sentence whose opening names its own
    subject, unread (``unread_subject``)."""
    if not candidates or not reader.view.spaced:
        return candidates
    lexicon = load_language(reader.view.extraction.document.lang)
    if not reads_subjects(lexicon) or reader.cues.clause_verb is NEVER:
        return candidates
    memo: dict[tuple[int, int], bool] = {}
    kept = []
    for candidate in candidates:
        sentence = candidate.sentence
        if any(not sentence.start <= m.start < sentence.end for m in candidate.parties):
            key = (sentence.index, candidate.cue.start())
            if key not in memo:
                memo[key] = unread_subject(reader, sentence, lexicon, reader.cues.clause_verb) \
                    or article_subject(reader, sentence, lexicon, candidate.cue)
            if memo[key]:
                continue
        kept.append(candidate)
    return kept
