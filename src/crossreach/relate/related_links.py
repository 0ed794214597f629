"""Links to other articles: a figure told there is another article's, not this one's.

News pages close (or break) the story with rubrics that link to other stories ("Leggi anche: Moncler
supera i 3 milioni di fan", "Related: Walker Books signs Bilibili deal", "相关阅读："): the headline
after the rubric is another article's, and so are the headlines listed under a rubric that stands
on its own line ("Sur le même sujet", "READ MORE"), up to the next blank line or the first line too
long for a headline. The rubric words are the language's ``partnerships.related_links``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled
from crossreach.models import Sentence
from crossreach.relate.partnership_cues import partnership_cues

#: The longest line (characters) read as a linked headline under a rubric of its own.
HEADLINE = 160


@cache
def _rubric_line(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A line holding only a rubric, with or without its colon."""
    words = [str(word) for word in lexicon.section("partnerships").get("related_links") or []]
    if not words:
        return None
    return compiled(rf"^[^\S\n]*(?:{alternation(words, ignore_case=True)})[^\S\n]*[:\uff1a]?[^\S\n]*$",
                    re.IGNORECASE | re.MULTILINE)


class RelatedLinks:
    """The parts of one document that link to other articles."""

    def __init__(self, text: str, lexicon: LanguageLexicon, spaced: bool) -> None:
        self._inline = partnership_cues(lexicon, spaced).related_link
        spans: list[tuple[int, int]] = []
        rubric = _rubric_line(lexicon)
        for found in rubric.finditer(text) if rubric is not None else ():
            end = found.end()
            while end < len(text):
                line_end = text.find("\n", end + 1)
                line_end = len(text) if line_end < 0 else line_end
                line = text[end + 1:line_end]
                if not line.strip() or len(line) > HEADLINE:
                    break
                end = line_end
            spans.append((found.start(), end))
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def links(self, sentence: Sentence) -> bool:
        """Whether a sentence is a link to another article: it opens with a rubric and its colon, or it
        stands under a rubric of its own line."""
        if self._inline.match(sentence.text):
            return True
        index = bisect_right(self._starts, sentence.start) - 1
        return index >= 0 and sentence.start < self._ends[index]
