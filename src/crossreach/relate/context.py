"""What the relate stages share: a document's items by sentence, evidence, nearby dates and persons."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property
from typing import Any, TypeVar

from crossreach.lexicon import alternation, compiled, is_spaced, load_language, script, writes_unspaced
from crossreach.models import PLATFORM_CATEGORY, DateMention, Evidence, Extraction, Mention, Quantity, Sentence
from crossreach.recognise.dates import reference_year, reported
from crossreach.relate.already_dates import is_already, without_already
from crossreach.relate.compared_dates import names_no_event, uncompared
from crossreach.relate.date_clauses import SEMICOLON, clause_break_between, leads_into, subset_re, year_of_clause_before
from crossreach.relate.date_clauses import figure_between as _figure_between_date
from crossreach.relate.quoted_dates import in_quotation
from crossreach.relate.referent_kinds import fits_kind, of_kind, phrase_kind
from crossreach.relate.start_after import signed_after, started_after
from crossreach.segment import sentence_at

#: What ends a clause: a cue, name or negation past one of these belongs to another clause.
CLAUSE_BREAK = re.compile(rf"[{re.escape(script().clause_breaks)}]| - ")
#: After a source cue, the few words up to the name it credits ("secondo l'emittente Rai"), not
#: across punctuation, full-width Chinese punctuation included.
SOURCE_TAIL = rf"[^{re.escape(script().phrase_ends)}\n]{{0,25}}$"
_Spanned = TypeVar("_Spanned", Mention, Quantity, DateMention)

#: How many years before its publication a bare year may date a document's figure.
RECENT_YEARS = 10
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
#: How many dates before a sentence are looked at for the date of its figures (bounded, so that a
#: long document full of old years costs no scan per sentence).
DATES_LOOKED_BACK = 20
#: How far back (characters) before a date its start cue is looked for: the cue and up to four
#: words ("Seit dem spektakulären Juwelendiebstahl im November 2019").
START_CUE_REACH = 60
#: How many paragraphs after a heading make the lead, where its figures' event is dated.
LEAD_PARAGRAPHS = 2
#: A heading is a line that no full stop ends, and short.
_HEADING_END = re.compile(rf"[{re.escape(script().sentence_ends + script().wide_sentence_ends)}]"
                          rf"[{re.escape(script().closers)}]*\s*$")
_HEADING_MAX = 200
#: A line of the lead is prose, longer than a byline or a dateline.
_PROSE_LINE = 80
_NOT_FOCUS = (PLATFORM_CATEGORY, "media")  # what ``DocumentView.focus`` is not: a platform's, an outlet's
#: How many days before it a day of reporting may tell an event told after it (``_event_told_after``).
_REPORTED_WITHIN = 7
#: How far back (characters) the paragraph before a sentence is read.
PARAGRAPH_REACH = 4000


@cache
def _start_cue_re(lang: str, keys: tuple[str, ...] = ("start_cues", "end_cues")) -> re.Pattern[str]:
    """The language's words before a date that says when something began ("since", "seit") or ends
    ("until 2027", "续约至2027赛季"), at the end of a text; or those of the other lists of the
    ``dates`` section named by ``keys`` ("signing_cues")."""
    lexicon = load_language(lang)
    section = lexicon.section("dates")
    cues = [str(c) for key in keys for c in section.get(key) or []]
    if cues and not is_spaced(lexicon):  # no spaces, so no word edges: the cue just before the date
        return compiled(rf"(?:{alternation(cues)})\s*$")
    # a cue, then at most four words ("aperto a maggio", "opened presales for its Singles' Day") before the date
    return compiled(rf"(?:^|(?<![^\W\d_]))(?:{alternation(cues)})(?:\s+[^\W\d_]+){{0,4}}\s*$",
                      re.IGNORECASE) if cues \
        else re.compile("(?!x)x")


@cache
def _when_began_re(lang: str) -> re.Pattern[str]:
    """A start cue after one of the language's ``dates.when_cues`` ("had fewer than 200,000 followers
    when it was opened in 2020", "quando è stato aperto nel 2019"): the date is the figure's, the
    moment it was counted at, not a beginning told beside it; not after a word of elapsed time
    (``dates.elapsed_before``: "da quando", since)."""
    lexicon = load_language(lang)
    section = lexicon.section("dates")
    whens = [str(c) for c in section.get("when_cues") or []]
    cues = [str(c) for c in section.get("start_cues") or []]
    if not whens or not cues or not is_spaced(lexicon):
        return re.compile("(?!x)x")
    # "da quando è stato lanciato nel 2020": "since", after a word of elapsed time, is no "when"
    since = "".join(rf"(?<!{re.escape(str(word))}\s)" for word in section.get("elapsed_before") or [])
    return compiled(rf"(?<![^\W\d_]){since}(?:{alternation(whens)})(?:\s+\S+){{0,3}}\s+(?:{alternation(cues)})"
                    rf"(?:\s+[^\W\d_]+){{0,4}}\s*$", re.IGNORECASE)


@cache
def anaphor_re(lang: str) -> re.Pattern[str]:
    """The language's anaphors ("the brand", "la maison") at the start of a text, possessives left out."""
    anaphors = [a for a in load_language(lang).section("roles").get("anaphors") or [] if " " in str(a) or len(a) > 3]
    return compiled(rf"\s*(?:{alternation(anaphors, ignore_case=True)})(?![^\W\d_])", re.IGNORECASE)


def _figure_date(value: str) -> str:
    """A date as a figure carries it: a quarter as its last month ("2022-Q3" → "2022-09")."""
    quarter = _QUARTER.match(value)
    return f"{quarter.group(1)}-{3 * int(quarter.group(2)):02d}" if quarter else value


def _across_clause(text: str, start: int, end: int, offset: int) -> bool:
    """Whether a clause break stands between a date at ``start:end`` and a figure at ``offset``."""
    low, high = (end, offset) if end <= offset else (offset, start)
    return clause_break_between(text, low, high)


def evidence(sentence: Sentence, start: int, end: int) -> Evidence:
    """The evidence of a fact read at ``start:end`` inside ``sentence``."""
    return Evidence(start=start, end=end, sentence_start=sentence.start, sentence_end=sentence.end,
                    sentence=sentence.text)


def is_tech(mention: Mention) -> bool:
    """Whether a mention is a platform or a tech company: where figures are measured, not whose."""
    return mention.type == "platform" or mention.category == PLATFORM_CATEGORY


def _inside(items: list[_Spanned], starts: list[int], sentence: Sentence) -> list[_Spanned]:
    """The items (in order of their start, ``starts``) that lie inside a sentence."""
    low, high = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    return [item for item in items[low:high] if item.end <= sentence.end]


@dataclass
class DocumentView:
    """An extraction seen sentence by sentence."""

    extraction: Extraction

    @cached_property
    def text(self) -> str:
        """The document's text (kept: the stages read it hundreds of times a document)."""
        return self.extraction.document.text

    @cached_property
    def spaced(self) -> bool:
        """Whether the script separates words with spaces (not Chinese)."""
        sample = self.text[:2000]
        return not writes_unspaced(sample, share=0.2)

    @cached_property
    def mention_starts(self) -> list[int]:
        return [m.start for m in self.extraction.mentions]

    def sentence_of(self, offset: int) -> Sentence | None:
        return sentence_at(self.extraction.sentences, offset)

    def mentions_between(self, low: int, high: int) -> list[Mention]:
        """The mentions starting at ``low`` or after and before ``high``, in document order."""
        return self.extraction.mentions[bisect_left(self.mention_starts, low):bisect_left(self.mention_starts, high)]

    @cached_property
    def _starts_by_name(self) -> dict[str, list[int]]:
        starts: dict[str, list[int]] = {}
        for mention in self.extraction.mentions:
            starts.setdefault(mention.name, []).append(mention.start)
        return starts

    def sentences_since(self, name: str, sentence: Sentence) -> int | None:
        """How many sentences before ``sentence`` a name was last named (1: the sentence right
        before); None when it was not named before it. A bisection per call, no scan."""
        starts = self._starts_by_name.get(name, [])
        index = bisect_left(starts, sentence.start)
        found = self.sentence_of(starts[index - 1]) if index else None
        return sentence.index - found.index if found is not None else None

    @cached_property
    def _most_named(self) -> dict[Hashable, tuple[Mention, float] | None]:
        return {}

    @cached_property
    def memo(self) -> dict[Hashable, Any]:
        """What a stage reads of a part of the document (a sentence's cue words), kept for the
        document under a key the stage chooses: read once, however many figures or lines ask."""
        return {}

    @cached_property
    def _accepted(self) -> dict[Hashable, tuple[list[int], list[Mention]]]:
        return {}

    def last_accepted_before(self, offset: int, key: Hashable, accept: Callable[[Mention], bool]) -> Mention | None:
        """The last mention in document order that ``accept`` takes and that ends at ``offset`` or
        before. The mentions ``accept`` takes are listed once per ``key`` (which stands for ``accept``
        throughout the document) and bisected, not scanned per call."""
        starts, taken = self.accepted(key, accept)
        for index in range(bisect_right(starts, offset) - 1, -1, -1):
            if taken[index].end <= offset:
                return taken[index]
        return None

    def accepted(self, key: Hashable, accept: Callable[[Mention], bool]) -> tuple[list[int], list[Mention]]:
        """The mentions ``accept`` takes, in document order, and their starts (ascending, for bisection):
        listed once per ``key``, which stands for ``accept`` throughout the document."""
        if key not in self._accepted:
            taken = [m for m in self.extraction.mentions if accept(m)]
            self._accepted[key] = ([m.start for m in taken], taken)
        return self._accepted[key]

    @cached_property
    def quantity_starts(self) -> list[int]:
        return [q.start for q in self.extraction.quantities]

    @cached_property
    def date_starts(self) -> list[int]:
        return [d.start for d in self.extraction.dates]

    @cached_property
    def _valued_date_ends(self) -> tuple[list[int], list[DateMention]]:
        """The ends of the dates with a value, ascending, and at each position the date listed last
        in the document among those ending there or before: the last date before a sentence by
        bisection, not by a scan of all the document's dates per sentence."""
        ends: list[int] = []
        last: list[DateMention] = []
        best: tuple[int, DateMention] | None = None
        for end, index, found in sorted((d.end, i, d) for i, d in enumerate(self.extraction.dates) if d.value):
            if best is None or index > best[0]:
                best = (index, found)
            ends.append(end)
            last.append(best[1])
        return ends, last

    def last_date_before(self, offset: int) -> DateMention | None:
        """Of the dates with a value that end at ``offset`` or before, the one listed last."""
        ends, last = self._valued_date_ends
        position = bisect_right(ends, offset)
        return last[position - 1] if position else None

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """The entity mentions inside a sentence, in order (listed once a sentence, in ``memo``:
        the stages ask for a sentence's many times; no caller changes the list)."""
        return self._in_sentence("mentions", self.extraction.mentions, self.mention_starts, sentence)

    def _in_sentence(self, name: str, items: list[_Spanned], starts: list[int], sentence: Sentence) -> list[_Spanned]:
        """The ``items`` inside a sentence, listed once a sentence under ``name`` in ``memo``."""
        key = (name, sentence.start, sentence.end)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = _inside(items, starts, sentence)
        return found

    def paragraph_before(self, sentence: Sentence) -> list[Mention]:
        """The mentions of the sentence's paragraph that stand before the sentence, reaching back
        at most ``PARAGRAPH_REACH`` characters (further than a paragraph of prose goes, so that a
        pathological one does not make every figure read it all)."""
        # (a blank line further back than the reach changes nothing: the text before it is not read)
        reach = sentence.start - PARAGRAPH_REACH
        opening = max(self.text.rfind("\n\n", max(0, reach), sentence.start), reach)
        low = bisect_left(self.mention_starts, opening + 1)
        high = bisect_left(self.mention_starts, sentence.start)
        return [m for m in self.extraction.mentions[low:high] if m.end <= sentence.start]

    def subject_before(self, sentence: Sentence, accept: Callable[[Mention], bool]) -> Mention | None:
        """What the paragraph was last about: the first accepted name of the nearest earlier sentence
        of the paragraph that has one (its grammatical subject, as a rule, not a name in its aside)."""
        earlier = [m for m in self.paragraph_before(sentence) if accept(m)]
        if not earlier:
            return None
        last_sentence = self.sentence_of(earlier[-1].start)
        return next(m for m in earlier if last_sentence is None or m.start >= last_sentence.start)

    def quantities_in(self, sentence: Sentence) -> list[Quantity]:
        """The quantities inside a sentence, in order (listed once a sentence, as ``mentions_in``)."""
        return self._in_sentence("quantities", self.extraction.quantities, self.quantity_starts, sentence)

    def quantities_between(self, start: int, end: int) -> list[Quantity]:
        """The quantities inside ``start:end`` (a table cell), as read once from the whole text."""
        low, high = bisect_left(self.quantity_starts, start), bisect_left(self.quantity_starts, end)
        return [q for q in self.extraction.quantities[low:high] if q.end <= end]

    def dates_in(self, sentence: Sentence) -> list[DateMention]:
        """The dates inside a sentence, in order (listed once a sentence, as ``mentions_in``)."""
        return self._in_sentence("dates", self.extraction.dates, self.date_starts, sentence)

    def date_for(self, sentence: Sentence, offset: int) -> str | None:
        """The date a figure at ``offset`` belongs to: its sentence's (``sentence_date``), else the
        date of the event the text spoke of last (``date_before``)."""
        return self.sentence_date(sentence, offset) or self.date_before(sentence)

    @cached_property
    def _sentence_dates(self) -> dict[int, str | None]:
        """``sentence_date`` by offset: a figure's date is asked for when the figure is made and again
        when its repeats are dated (``relate/metric_dates.py``)."""
        return {}

    def sentence_date(self, sentence: Sentence, offset: int) -> str | None:
        """The date a figure at ``offset`` takes from its own sentence, if any (worked out once)."""
        if offset not in self._sentence_dates:
            self._sentence_dates[offset] = self._own_date(sentence, offset)
        return self._sentence_dates[offset]

    def _own_date(self, sentence: Sentence, offset: int) -> str | None:
        """The date a figure at ``offset`` takes from its own sentence, if any.

        A date of its own clause first (a bare year of the last decade included, "erzielte er 2021 einen
        Umsatz von ..."), else one of its sentence's opening clause ("Le 20 mai, ..."), the nearest; a date
        in an aside ("which opened in 2019, has 380,000 followers") is the aside's unless it names a day or
        month ("disputado el 29 de septiembre, reunió ..."). A date that says when something began ("open
        since 2019", "aperto nel 2017": the language's ``dates.start_cues``) dates no figure, nor one
        compared with (``compared_dates``). A quarter is dated to its last month."""
        dates, opening = (uncompared(self.extraction.document, found, offset) for found in self._dates_of(sentence))
        chosen = self._nearest_date(dates, opening, offset)
        if chosen is not None and self._reported_after_event(sentence, chosen):
            # "figures released on Tuesday", "昨日公布的数据显示": the day the figures were made known,
            # after the day of the event told before them, which they count; its other dates, or that event's
            chosen = self._nearest_date([d for d in dates if d[0] != chosen[0]],
                                        [d for d in opening if d[0] != chosen[0]], offset)
        elif chosen is not None and (event := self._event_told_after(sentence, chosen)) is not None:
            return event
        elif (chosen is not None and chosen in opening and _across_clause(self.text, chosen[0], chosen[1], offset)
              and (period := self._period_told_before(sentence, chosen)) is not None):
            return period
        return chosen[2] if chosen is not None else None

    def _period_told_before(self, sentence: Sentence, chosen: tuple[int, int, str]) -> str | None:
        """For a day of reporting in an opening clause of its own ("Wie das Modehaus am Mittwoch mitteilte,
        stieg der Umsatz auf 15,6 Mrd."), the year or month the sentence before it in its paragraph
        dates its figures by ("Chanel hat 2021 so viel umgesetzt wie nie zuvor."), before that day;
        not a deal's background ("L'accord a été signé en mai. L'article, publié mercredi, ...")."""
        if not self._reported_day(chosen) or (before := self.sentence_before(sentence)) is None \
                or "\n" in self.text[before.end:sentence.start]:
            return None
        told = {d.start for d in self.dates_in(before) if self.tells_background(d)}  # ("signé en mai")
        periods = [d[2] for d in self._dates_of(before)[0]
                   if len(d[2]) < len("yyyy-mm-dd") and d[2] < chosen[2] and d[0] not in told]
        return periods[-1] if periods else None

    def _reported_day(self, chosen: tuple[int, int, str]) -> bool:
        """Whether a sentence's date is a day of reporting (``reported``)."""
        position = bisect_left(self.date_starts, chosen[0])
        found = self.extraction.dates[position] if position < len(self.extraction.dates) else None
        return found is not None and found.start == chosen[0] and found.precision == "day" and self.reported(found)

    def _event_told_after(self, sentence: Sentence, chosen: tuple[int, int, str]) -> str | None:
        """For a day of reporting that no event's day precedes ("... was followed by 210 million,
        according to figures released on Tuesday", opening an article), the day of the event the
        rest of its paragraph or the next one tells ("beat Williams on Monday night"), a week before
        it at most: the figures reported are that event's."""
        position = bisect_left(self.date_starts, chosen[0])
        found = self.extraction.dates[position] if position < len(self.extraction.dates) else None
        if found is None or found.start != chosen[0] or found.precision != "day" or not self.reported(found):
            return None
        reach, paragraphs = self.text.find("\n", sentence.end), 0
        reach = len(self.text) if reach < 0 else reach
        while paragraphs < 1 and reach < len(self.text):
            following = self.text.find("\n", reach + 1)
            following = len(self.text) if following < 0 else following
            paragraphs += following - reach > 1
            reach = following
        earliest = (date.fromisoformat(chosen[2]) - timedelta(days=_REPORTED_WITHIN)).isoformat()
        start = bisect_left(self.date_starts, sentence.end)
        events = [str(d.value) for d in self.extraction.dates[start:start + DATES_LOOKED_BACK]
                  if d.start < reach and d.value and d.precision == "day" and earliest <= d.value < chosen[2]
                  and not self.reported(d) and not self._after_start_cue(d.start)]
        return max(events) if events else None

    def _nearest_date(self, dates: list[tuple[int, int, str]], opening: list[tuple[int, int, str]],
                      offset: int) -> tuple[int, int, str] | None:
        """Of a sentence's dates, the one a figure at ``offset`` takes (``_own_date``): the nearest of
        its clause, else of the whole a part after "of which" belongs to (``subset_re``), else of the
        opening clause, else a day or month of the sentence or a year of a clause before its own
        (``year_of_clause_before``), but not one told past a semicolon after it, in a clause of its own
        ("dem 380.000 Nutzer folgen; tonies ... verkaufte bis Ende Februar 45.000 Tonieboxen"), nor another
        clause's signing ("acumula 8,2 millones de seguidores, y Luckin firmo en junio un memorando": a
        deal's background dates no figure), nor one past another figure."""
        own = [d for d in dates if not _across_clause(self.text, d[0], d[1], offset)
               or leads_into(self.text, d[0], d[1], offset, self.spaced)]
        subset = subset_re(self.extraction.document.lang)
        whole = [d for d in dates if d[1] <= offset and subset.search(self.text, d[1], offset)] if not own else []
        lang, sentence = self.extraction.document.lang, self.sentence_of(offset)
        pool = own or whole or opening or [d for d in dates if (len(d[2]) > len("yyyy") or (
            sentence is not None and d[0] in self.date_starts  # (a year written as a date, not a bare one)
            and year_of_clause_before(lang, self.text, sentence.start, d[0], d[1], offset)))
            and not self._after_start_cue(d[0], ("signing_cues",)) and not is_already(lang, self.text, d[0], d[1])
            and not SEMICOLON.search(self.text, offset, max(offset, d[0])) and not self._figure_between(offset, d[0])]
        return min(pool, key=lambda d: abs(d[0] - offset)) if pool else None

    def _figure_between(self, offset: int, start: int) -> bool:
        """Whether another figure stands between a figure at ``offset`` and a date after it in another
        clause: the date is that figure's ("has 1.3 million followers, up from 410,000 a year ago")."""
        sentence = self.sentence_of(offset) if start > offset else None  # (a sum restating it is no other)
        return sentence is not None and _figure_between_date(self.extraction.document.lang, self.text,
                                                             self.quantities_in(sentence), offset, start)

    def _reported_after_event(self, sentence: Sentence, chosen: tuple[int, int, str]) -> bool:
        """Whether a sentence's date is a day of reporting (``reported``) later than the day of the
        event the text told before the sentence: the figures reported are that event's. A day of
        reporting with no earlier day before it ("l'article, publié mercredi, a été lu 100 000
        fois"; "上周五发布的短视频", after a later day) is the figure's own."""
        position = bisect_left(self.date_starts, chosen[0])
        found = self.extraction.dates[position] if position < len(self.extraction.dates) else None
        if found is None or found.start != chosen[0] or not self.reported(found):
            return False
        event = self.date_before(sentence)
        return (event is not None and len(event) == len("yyyy-mm-dd") and event != self.extraction.document.published
                and event < chosen[2])

    def _dates_of(self, sentence: Sentence) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
        """The dates of a sentence that can date its figures (start, end, value), and those of its
        opening clause: the same for every figure of the sentence, so worked out once a sentence."""
        key = ("dates of", sentence.start, sentence.end)
        if key in self.memo:
            return self.memo[key]
        lang = self.extraction.document.lang
        began = _start_cue_re(lang)
        when = _when_began_re(lang)
        first_break = CLAUSE_BREAK.search(self.text, sentence.start, sentence.end)
        opening_end = first_break.start() if first_break else sentence.start
        in_sentence = without_already(lang, self.text, self.extraction.document.published, [
            d for d in self.dates_in(sentence)
            if (not began.search(self.text, max(sentence.start, d.start - START_CUE_REACH), d.start)
                or when.search(self.text, max(sentence.start, d.start - START_CUE_REACH), d.start))
            and not started_after(lang, self.text, d.end)], opening_end)
        spans = [(d.start, d.end) for d in in_sentence]
        dates = [(d.start, d.end, _figure_date(d.value)) for d in in_sentence if d.value]
        dates += [(q.start, q.end, str(int(q.value))) for q in self.quantities_in(sentence)
                  if q.kind == "year" and q.value is not None and self._recent(q.value)
                  and not any(start <= q.start < end for start, end in spans)
                  and not began.search(self.text, max(sentence.start, q.start - START_CUE_REACH), q.start)
                  and not started_after(lang, self.text, q.end)]
        self.memo[key] = dates, [d for d in dates if d[1] <= opening_end]
        return self.memo[key]

    def date_before(self, sentence: Sentence, background: bool = False) -> str | None:
        """The date of a figure whose sentence has none: the last date before the sentence that names
        an event (articles date an event once, then give its figures), not a bare year before the one
        the document speaks from ("paid 250 million in 2015") or that year itself (the publication date
        says it, and more), nor "today" ("the account has 410,000 followers today": a count as of
        publication, no event), nor a date after publication (a target's: "aims for 3 million by the end
        of 2026"), nor a date after a start cue or one compared with (``compared_dates``); with none, the
        publication date (a count given with no date is as of then). With ``background``, not a date an
        agreement was signed at ("under a memorandum signed in June", "in June it signed") or a month
        something was announced in ("the partnership they announced last November") either: those date
        the deal, not the figures told after it. Worked out once a sentence: every figure of it asks."""
        key = ("date_before", sentence.start, background)
        if key not in self.memo:
            self.memo[key] = self._date_before(sentence, background)
        return self.memo[key]

    def _date_before(self, sentence: Sentence, background: bool = False) -> str | None:
        published = self.extraction.document.published
        now = int(published[:4]) if published else self.reference_year
        position = bisect_left(self.date_starts, sentence.start)
        for found in reversed(self.extraction.dates[max(0, position - DATES_LOOKED_BACK):position]):
            if not found.value or found.end > sentence.start:
                continue
            if len(found.value) == len("yyyy") and now is not None and int(found.value) <= now:
                continue  # (the publication's own year adds nothing to its date)
            if (self._after_start_cue(found.start) or self.reported(found) or in_quotation(self.text, found.start)
                    or names_no_event(self.extraction.document.lang, self.text, found.start, found.end)):
                continue  # (a date in a quotation is a speaker's: quoted_dates)
            if background and self.tells_background(found):
                continue
            if found.relative and found.value == published:
                continue  # "today": as of the publication, no event
            if published and found.value[:len(published)] > published:
                continue  # a date after publication is a target's ("by the end of 2026"), no event's
            return _figure_date(found.value)
        return published

    def _after_start_cue(self, start: int, keys: tuple[str, ...] = ("start_cues", "end_cues")) -> bool:
        """Whether a start cue ("since", "aperto nel") stands before the date at ``start``, looked for
        back to the start of the text (or a cue of the ``dates`` lists named by ``keys``); kept by
        date: every sentence after it asks again."""
        key = ("after start cue", start, keys)
        if key not in self.memo:
            began = _start_cue_re(self.extraction.document.lang, keys)
            self.memo[key] = began.search(self.text, max(0, start - START_CUE_REACH), start) is not None
        return self.memo[key]

    def lead_event(self, sentence: Sentence) -> str | None:
        """The date of the event the lead tells, for a figure of a heading before it ("Zhao's title
        watched by 210 million"; the lead: "... the final on Monday night"): the latest day or month
        of the paragraphs of prose after the heading (the end of a span) that is no start, no day of reporting, not the
        publication's (its dateline, "today") and not after it. Only a heading (a short line that no
        full stop ends) looks ahead."""
        line_end = self.text.find("\n", sentence.end)
        line_end = len(self.text) if line_end < 0 else line_end
        if _HEADING_END.search(self.text, sentence.start, line_end) or line_end - sentence.start > _HEADING_MAX:
            return None
        published = self.extraction.document.published
        reach, paragraphs = line_end, 0
        while paragraphs < LEAD_PARAGRAPHS and reach < len(self.text):
            following = self.text.find("\n", reach + 1)
            following = len(self.text) if following < 0 else following
            paragraphs += following - reach > _PROSE_LINE  # bylines, datelines and credits are no lead
            reach = following
        position = bisect_left(self.date_starts, line_end)
        events = [_figure_date(found.value) for found in self.extraction.dates[position:position + DATES_LOOKED_BACK]
                  if found.start < reach and found.value and len(found.value) > len("yyyy")
                  and not self.reported(found) and found.value != published
                  and (published is None or found.value <= published)
                  and not self._after_start_cue(found.start)]
        return max(events) if events else None

    def tells_background(self, found: DateMention) -> bool:
        """Whether a date says when an agreement was signed (``dates.signing_cues``, before it or right after
        it: ``signed_after``) or something was announced: a deal's background, which dates no figure."""
        return (self._after_start_cue(found.start, ("signing_cues",)) or self._announced(found)
                or signed_after(self.extraction.document.lang, self.text, found.end))

    def _announced(self, found: DateMention) -> bool:
        """Whether a month says when something was made known ("announced last November")."""
        return found.precision == "month" and reported(
            self.text, found, load_language(self.extraction.document.lang), ("month",))

    def reported(self, found: DateMention) -> bool:
        """Whether a date says when a figure was made known ("said on Monday", "昨日公布"): a word of
        the language's ``dates.report_cues`` just before or after it. Such a date dates no figure.
        Only a day is: a month or a year beside such a word ("said that in 2023 ...") is the figure's."""
        if found.start not in self._reported:
            lexicon = load_language(self.extraction.document.lang)
            self._reported[found.start] = reported(self.text, found, lexicon)
        return self._reported[found.start]

    @cached_property
    def _reported(self) -> dict[int, bool]:
        """``reported`` by date start: the dates before each sentence are asked about again and again."""
        return {}

    @cached_property
    def reference_year(self) -> int | None:
        """The year the document speaks from (``recognise.dates.reference_year``)."""
        return reference_year(self.text, self.extraction.document.published)

    def _recent(self, year: float) -> bool:
        """Whether a year can date a figure of this document: of the ten years up to the one it
        speaks from (with neither a publication date nor a year named, none can)."""
        now = self.reference_year
        return now is not None and now - RECENT_YEARS <= year <= now

    def most_named(self, accept: Callable[[Mention], bool], headline_weight: int = 1,
                   key: Hashable | None = None) -> tuple[Mention, float] | None:
        """The entity the document names most often among the accepted mentions (the first named on
        a tie; a headline mention counts ``headline_weight`` times), with its share of them. With a
        ``key`` (standing for ``accept`` and the weight throughout the document) the answer is kept,
        so that a rule asking it per figure or per sentence does not scan the document each time."""
        if key is not None:
            if key not in self._most_named:
                self._most_named[key] = self.most_named(accept, headline_weight)
            return self._most_named[key]
        accepted = [m for m in self.extraction.mentions if accept(m)]
        if not accepted:
            return None
        headline = self.extraction.sentences[0].end if self.extraction.sentences else 0
        counts = Counter[str]()
        for mention in accepted:
            counts[mention.name] += headline_weight if mention.end <= headline else 1
        top = max(counts.values())
        return next(m for m in accepted if counts[m.name] == top), top / sum(counts.values())

    @cached_property
    def focus(self) -> Mention | None:
        """The organization the document is about: the most named (headline double) but a platform's or outlet's."""
        found = self.most_named(lambda m: m.type == "organization" and m.category not in _NOT_FOCUS, headline_weight=2)
        return found[0] if found else None

    @cached_property
    def main_platform(self) -> Mention | None:
        """The platform the document is about: one named in more than half the platform mentions."""
        found = self.most_named(lambda m: m.type == "platform")
        return found[0] if found and found[1] > 0.5 else None

    def anaphor_opens(self, sentence: Sentence) -> bool:
        """Whether the sentence starts by pointing back ("The brand ...", "Die Marke ...", "该公司...");
        read once a sentence (every figure of it asks, through ``referent``)."""
        key = (anaphor_re, sentence.start)
        found = self.memo.get(key)
        if found is None:
            opening = self.text[sentence.start:sentence.start + 40]
            found = self.memo[key] = bool(anaphor_re(self.extraction.document.lang).match(opening))
        return found

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence right before this one, if any."""
        return self.extraction.sentences[sentence.index - 1] if sentence.index else None

    def referent(self, sentence: Sentence) -> Mention | None:
        """What a sentence opening with an anaphor ("The museum also ...", "La compañía, ...") is
        about: the first brand or institution of the sentence before, else what the document is about."""
        if not self.anaphor_opens(sentence):
            return None
        previous = self.sentence_before(sentence)
        named = [m for m in self.mentions_in(previous) if m.type == "organization" and not is_tech(m)] \
            if previous else []
        # (of the kind the anaphor's head names: "Le tournoi ..." is no federation named before it)
        opening = anaphor_re(self.extraction.document.lang).match(self.text, sentence.start, sentence.start + 40)
        kind = phrase_kind(self.extraction.document.lang, opening.group()) if opening else None
        named = of_kind(named, kind)
        return named[0] if named else self.focus if self.focus is None or fits_kind(self.focus, kind) else None

    def last_person_before(self, offset: int) -> Mention | None:
        """The last person mentioned before ``offset`` (for "he said")."""
        index = bisect_right(self.mention_starts, offset)
        for mention in reversed(self.extraction.mentions[:index]):
            if mention.type == "person" and mention.end <= offset:
                return mention
        return None
