"""Which mentions of a document stand as a source (issue 15: a source never owns a figure).

A name is read as a source when the owner decision first asks about it: most mentions of a
document stand in no sentence with a figure nor in its paragraph, so the cue searches around
them (a source cue or noun before, a source aside after, a credit, "told Reuters") were wasted
when every mention was read up front. The media names are still read at once, as the
publishing outlet is: a medium cited anywhere is a source throughout the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from crossreach.lexicon import script
from crossreach.models import Mention
from crossreach.relate.context import DocumentView
from crossreach.relate.source_nouns import MEDIA_SPAN

if TYPE_CHECKING:
    from crossreach.relate.owners import OwnerCues

#: A short line without figures is a credit, byline or caption: a media name in it is a source.
_CREDIT_LINE = 80
#: How far after a credit's colon or slash ("Foto: ", "图/") a name is credited.
_CREDIT_REACH = 40
_LINE_BREAK = re.compile("\n")
_STOPS = re.compile("[\n.;!?\u3002\uff1b]")
_SPACES = re.compile(" *")


class DocumentSources:
    """The sources of one document: media names at once, other mentions when asked about."""

    def __init__(self, view: DocumentView, cues: OwnerCues) -> None:
        self.view, self.cues = view, cues
        text = view.text
        self._breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
        self._credits = [m.end() for m in cues.credits.finditer(text)]  # (found once: a credit line is rare)
        #: Starts of the media mentions that stand as sources; names that are sources throughout.
        self._sourced_media: set[int] = set()
        self.names: set[str] = set()
        self._asked: dict[int, bool] = {}
        site = (view.extraction.document.site_name or "").casefold()
        for mention in view.extraction.mentions:
            if mention.category == "media":
                self._read_medium(mention)
            if site and mention.name.casefold() == site:
                self.names.add(mention.name)

    def is_source(self, mention: Mention) -> bool:
        """Whether the mention, or one of the document's mentions starting where it does, is a source."""
        if mention.name in self.names:
            return True
        found = self._asked.get(mention.start)  # (most mentions are asked about again: the answer kept)
        return self._sourced_at(mention.start) if found is None else found

    def cited_by_cue(self, mention: Mention) -> bool:
        """Whether a source cue or noun cites the mention ("according to X", "据X统计"), not a credit or a listener."""
        return bool(self.cues.sources.cites(self.view.text, mention, *self._line(mention.start)))

    def _sourced_at(self, start: int) -> bool:
        found = self._asked.get(start)
        if found is None:
            mentions, starts = self.view.extraction.mentions, self.view.mention_starts
            index = bisect_left(starts, start)
            found = start in self._sourced_media
            while not found and index < len(starts) and starts[index] == start:
                mention = mentions[index]
                found = mention.category != "media" and self._cited(mention, *self._line(start))
                index += 1
            self._asked[start] = found
        return found

    def _line(self, offset: int) -> tuple[int, int]:
        """The start and end of the line ``offset`` stands on."""
        breaks = self._breaks
        index = bisect_left(breaks, offset)
        return breaks[index - 1] + 1 if index else 0, breaks[index] if index < len(breaks) else len(self.view.text)

    def _cited(self, mention: Mention, line_start: int, line_end: int) -> bool:
        """After a source cue or noun, before a source aside, credited, or the listener of a statement."""
        text, cues = self.view.text, self.cues
        return bool(cues.sources.cites(text, mention, line_start, line_end)
                    or self._credited(line_start, mention.start)
                    or cues.listeners.search(text, max(line_start, mention.start - 20), mention.start))

    def _read_medium(self, mention: Mention) -> None:
        """A medium is a source where cited, in brackets ("(Reuters)"), on a credit line, later in a source
        cue's phrase (``SourceCues.media_cued``), or saying something."""
        text = self.view.text
        line_start, line_end = self._line(mention.start)
        bracketed = text[line_start:mention.start].rstrip().endswith(tuple(script().open_brackets)) \
            and text[mention.end:line_end].lstrip().startswith((*script().close_brackets, "/"))
        credit = line_end - line_start <= _CREDIT_LINE and not any(  # (a short line: few quantities)
            q.kind in ("count", "money") for q in self.view.quantities_between(line_start, line_end))
        cued = self.cues.sources.media_cued.search(text, max(line_start, mention.start - MEDIA_SPAN), mention.start)
        if self._cited(mention, line_start, line_end) or bracketed or credit or cued:
            self._sourced_media.add(mention.start)
            self.names.add(mention.name)
        elif self.cues.speech.match(text, _SPACES.match(text, mention.end).end()):
            self._sourced_media.add(mention.start)  # "State broadcaster CCTV said 78 million people watched"

    def _credited(self, line_start: int, offset: int) -> bool:
        """Whether a credit's colon or slash closes on the line, at most ``_CREDIT_REACH`` characters
        before ``offset`` with no stop between: the name there is credited."""
        credits = self._credits
        index = bisect_right(credits, offset) - 1
        return index >= 0 and line_start <= credits[index] and offset - credits[index] <= _CREDIT_REACH \
            and _STOPS.search(self.view.text, credits[index], offset) is None


def document_sources(view: DocumentView, cues: OwnerCues) -> DocumentSources:
    """The document's sources, read once a document whichever rule asks first (the owner decision, the
    reporter rule of ``owner_reporters``)."""
    key = ("document sources", id(cues))
    found = view.memo.get(key)
    if found is None:
        found = view.memo[key] = DocumentSources(view, cues)
    return found
