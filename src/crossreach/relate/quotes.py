"""Quotes: direct quotations and their speakers.

A quotation is text between paired quote marks (“ ” « » „ “ 「 」 『 』 "…"), long
enough to be speech rather than a scare-quoted term (a short one counts when it ends
like a sentence and a speech verb attributes it). Its speaker is the person named
next to a speech verb right after it ("…," said Helen Marsh; "…," Zhao said: the
surname stands for the full name, see ``resolve.coreference``), right before it
(吴晨表示：「…」), a pronoun or no subject at all after it ("he said", «…», añadió:
the last person named in its paragraph or the one before), the subject of the
sentence a colon before it ends ("X thanked the public: “…”"), a speaker named in
an aside between dashes or commas inside it («…, affirme-t-elle. …»), or, for a
quotation that goes on after an attribution, the speaker of the part before it in
the same paragraph. Indirect speech has no quote marks and is no quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, alternation, cue_pattern, script
from crossreach.models import Fact, Mention, Quote
from crossreach.relate.context import DocumentView, evidence
from crossreach.relate.roles import in_title_phrase, title_pattern
from crossreach.rule_cache import language_rules

_CHARS = script()
#: A quotation: an opening mark, then anything but its closing marks (or another opening) up to one.
_QUOTATION = re.compile("|".join(
    rf"{re.escape(opening)}\s?([^{re.escape(opening + closing)}\n]+?)\s?[{re.escape(closing)}]"
    for opening, closing in _CHARS.quotations.items()))
#: Where the window after a quotation stops: a line end or a mark that opens another quotation.
_OPENINGS = ("\n", *(opening for opening, closing in _CHARS.quotations.items() if opening not in closing))
#: Words (or, unspaced, characters) a quotation needs to count as speech.
_MIN_WORDS, _MIN_CHARS = 5, 10
#: Words a shorter quotation needs when it ends like a sentence and a speech verb follows it
#: ("We were ready," said Wang Fang): a scare-quoted term does neither.
_MIN_ATTRIBUTED_WORDS = 3
_ENDS_LIKE_SPEECH = re.compile(rf"[{re.escape(_CHARS.speech_ends)}]\s*$")
#: At most how many words a quoted title (of a series, a show) has.
_TITLE_WORDS = 8
#: How far from the quotation an attribution may stand.
_WINDOW = 90
#: How far after the quotation's end a speech verb with no name counts as its attribution («…», añadió).
_BARE_VERB_GAP = 4
#: How far back the person a pronoun or a bare verb points to may stand.
_BACK_REACH = 1500
#: How far past the speech verb a title may stand ("said the museum's director"), and how near a
#: person the same title must stand to name them.
_TITLE_AFTER_VERB, _TITLE_BESIDE = 30, 60
#: An aside between dashes inside a quotation ("… - ha spiegato X, presidente di Y - …").
_ASIDE = re.compile(r"\s[-–—]\s([^-–—\n]{3,120}?)\s[-–—](?=[\s.,;:])")
#: An aside between a comma and a full stop or comma inside a quotation («…, affirme-t-elle. Et …»).
_COMMA_ASIDE = re.compile(rf",\s([^,.;:!?\n{re.escape(_CHARS.quote_marks)}]{{2,60}}?)[.,]\s")


@language_rules("quote_cues")
def _cues(lexicon: LanguageLexicon, spaced: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    section = lexicon.section("quotes")
    return cue_pattern(section.get("verbs"), spaced), cue_pattern(section.get("pronouns"), spaced)


@dataclass(frozen=True)
class _Reader:
    """What attribution reads in one document: its view, the persons who may speak (none standing
    where a title's place does, "per la Greater China"), and the language's cues."""

    view: DocumentView
    people: list[Mention]
    verbs: re.Pattern[str]
    pronouns: re.Pattern[str]
    titles: re.Pattern[str]
    openers: re.Pattern[str]
    #: The persons' start offsets (``people`` is in document order): the persons near a quotation
    #: are found by bisection, not by a scan of all of them per quotation.
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [m.start for m in self.people])

    def between(self, low: int, high: int) -> list[Mention]:
        """The persons starting at ``low`` or after and before ``high``, in document order."""
        return self.people[bisect_left(self.starts, low):bisect_left(self.starts, high)]

    def backwards_from(self, offset: int) -> Iterator[Mention]:
        """The persons ending at ``offset`` or before, the last one in document order first."""
        for index in range(bisect_right(self.starts, offset) - 1, -1, -1):
            if self.people[index].end <= offset:
                yield self.people[index]


@language_rules("quote_openers")
def _openers(lexicon: LanguageLexicon, spaced: bool) -> re.Pattern[str]:
    """A sentence opening with its speaker ("Pour ", "Según "), up to the name."""
    words = alternation(lexicon.section("quotes").get("openers"))
    return re.compile(rf"\s*(?:{words})\s+" if spaced else rf"\s*(?:{words})", re.IGNORECASE)


def relate_quotes(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The quote facts of one document."""
    extraction = view.extraction
    verbs, pronouns = _cues(lexicon, view.spaced)
    text = view.text
    people = [m for m in extraction.mentions if m.type == "person" and not in_title_phrase(text, m, lexicon)]
    reader = _Reader(view, people, verbs, pronouns, title_pattern(lexicon, view.spaced), _openers(lexicon, view.spaced))
    facts: list[Fact] = []
    previous: tuple[int, str] | None = None  # end offset and speaker of the last quotation
    for match in _QUOTATION.finditer(text):
        body = next(g for g in match.groups() if g is not None).strip()
        if not _is_speech(body, view.spaced) and not _short_speech(body, text, match.end(), verbs, view.spaced):
            continue
        continued = previous[1] if previous is not None and "\n" not in text[previous[0]:match.start()] else None
        speaker = _speaker(reader, match.start(), match.end(), continued, body)
        if speaker is None and (interrupted := _interrupted(reader, match.start(), match.end())):
            speaker, body = interrupted
        if speaker is None and continued is not None and _goes_on(body):
            speaker = continued
        sentence = view.sentence_of(match.start())
        if speaker is None or sentence is None:
            continue
        previous = (match.end(), speaker)
        facts.append(Quote(speaker=speaker, text=body, evidence=evidence(sentence, match.start(), match.end()),
                           confidence=0.8))
    return facts


def _goes_on(body: str) -> bool:
    """Whether a quotation with no attribution of its own reads as more of the speech before it: a
    sentence, not a few words in quote marks ("Un giorno al museo", the title of a series)."""
    return len(body.split()) > _TITLE_WORDS or bool(_ENDS_LIKE_SPEECH.search(body))


def _is_speech(body: str, spaced: bool) -> bool:
    return len(body.split()) >= _MIN_WORDS if spaced else len(body) >= _MIN_CHARS


def _short_speech(body: str, text: str, end: int, verbs: re.Pattern[str], spaced: bool) -> bool:
    """A short quotation that is still speech: a sentence of a few words a speech verb attributes."""
    return spaced and len(body.split()) >= _MIN_ATTRIBUTED_WORDS and bool(_ENDS_LIKE_SPEECH.search(body)) \
        and _verb_right_after(text, end, verbs) is not None


def _verb_right_after(text: str, end: int, verbs: re.Pattern[str]) -> re.Match[str] | None:
    """A speech verb that opens the text right after a quotation (", said", ", añadió", "他说")."""
    verb = verbs.search(text, end, min(len(text), end + _BARE_VERB_GAP + 30))
    return verb if verb is not None and verb.start() - end <= _BARE_VERB_GAP else None


def _speaker(reader: _Reader, start: int, end: int, continued: str | None, body: str) -> str | None:
    text = reader.view.text
    after_end = _stop(text, end, end + _WINDOW)
    after = text[end:after_end]
    people_after = reader.between(end, after_end)
    verb_after = reader.verbs.search(after)
    if people_after and verb_after:
        return people_after[0].name
    before_start = _stop_back(text, start, start - _WINDOW)
    before = text[before_start:start]
    people_before = [m for m in reader.between(before_start, start + 1) if m.end <= start]
    if people_before and reader.verbs.search(before[before.find(people_before[-1].text):]):
        return people_before[-1].name
    if verb_after and (reader.pronouns.search(after[:verb_after.end() + 12])
                       or _verb_right_after(text, end, reader.verbs) is not None):
        return _person_before(reader, start)
    if verb_after and (titled := _titled(reader, start, after[:verb_after.end() + _TITLE_AFTER_VERB])):
        return titled
    if people_after and after.lstrip(" ,.").startswith(people_after[0].text) \
            and not (continued and _ENDS_LIKE_SPEECH.search(body)):
        return people_after[0].name
    if (opened := _opened(reader, start)) is not None:
        return opened
    if before.rstrip().endswith(tuple(_CHARS.colons)):
        return _introducer(reader, before_start + len(before.rstrip()) - 1)
    return None


def _opened(reader: _Reader, start: int) -> str | None:
    """The person a sentence opens with as its speaker ("Pour Claire Roux, chargée ..., « … »")."""
    sentence = reader.view.sentence_of(start)
    if sentence is None:
        return None
    opener = reader.openers.match(reader.view.text, sentence.start, start)
    if opener is None:
        return None
    person = next(iter(reader.between(opener.end(), opener.end() + 1)), None)
    return person.name if person is not None and person.end <= start else None


def _titled(reader: _Reader, start: int, attribution: str) -> str | None:
    """The person a title stands for ("…," the director said): the last one named before the
    quotation with that title beside them."""
    title = reader.titles.search(attribution)
    if title is None:
        return None
    word = title.group().casefold()
    text = reader.view.text
    for person in reader.backwards_from(start):
        if start - person.end > _BACK_REACH:
            break
        beside = text[max(0, person.start - _TITLE_BESIDE):person.end + _TITLE_BESIDE].casefold()
        if word in beside:
            return person.name
    return None


def _person_before(reader: _Reader, offset: int) -> str | None:
    """The person a pronoun or a verb without a subject points back to: the last one named, not too far back."""
    person = next(reader.backwards_from(offset), None)
    return person.name if person is not None and offset - person.end <= _BACK_REACH else None


def _introducer(reader: _Reader, colon: int) -> str | None:
    """Who a colon hands the word to ("Nick Marchand, head of …, thanked the public: “…”"): the
    first person of the sentence it ends, the subject as a rule, however far before."""
    sentence = reader.view.sentence_of(colon)
    if sentence is None:
        return None
    people = [m for m in reader.between(sentence.start, colon + 1) if m.end <= colon]
    return people[0].name if people else None


def _interrupted(reader: _Reader, start: int, end: int) -> tuple[str, str] | None:
    """A quotation its attribution interrupts («A - ha spiegato Martin Lau, presidente di Tencent -. B»,
    «A, affirme-t-elle. B»): the speaker named after a speech verb in the aside, or the person a
    pronoun there points back to, and the words without the aside."""
    inside = reader.view.text[start:end]
    for aside in [*_ASIDE.finditer(inside), *_COMMA_ASIDE.finditer(inside)]:
        verb = reader.verbs.search(aside.group(1))
        if verb is None or (aside.re is _COMMA_ASIDE and verb.start() > 0):
            continue
        named = reader.between(start + aside.start(1) + verb.end(), start + aside.end(1))
        speaker = named[0].name if named else \
            _person_before(reader, start) if reader.pronouns.search(aside.group(1)) else None
        if speaker is None:
            continue
        rest = inside[aside.end():]
        if aside.re is _COMMA_ASIDE:
            words = inside[:aside.start()].rstrip() + aside.group()[-2] + " " + rest.lstrip()
        else:
            words = inside[:aside.start()].rstrip() + (rest if rest[:1] in ".,;:" else " " + rest.lstrip())
        return speaker, words.strip(" " + _CHARS.quote_marks)
    return None


def _stop(text: str, start: int, limit: int) -> int:
    """Where the attribution window after a quotation ends: the paragraph end or the next quotation."""
    end = min(limit, len(text))
    for mark in _OPENINGS:
        found = text.find(mark, start, end)
        if found != -1:
            end = found
    return end


def _stop_back(text: str, end: int, limit: int) -> int:
    start = max(limit, 0)
    for mark in ("\n", "”", "»", "」", "』"):
        found = text.rfind(mark, start, end)
        if found != -1:
            start = found + 1
    return start
