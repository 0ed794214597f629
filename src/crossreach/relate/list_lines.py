"""Lines of a list or series ("March 2020: 300 million", ". Septembre 2017 plus de 80 millions", "- JD.com: 71
milioni di yuan"): short, which take their kind and owner from the heading above them. A short sentence
in the middle of a paragraph is one only when its figures name nothing they count ("Su Douyin, 800mila."):
"It is home to around 35,000 animals of 500 species." or "Entre eles estavam 3.050 'startups' e 1.050
investidores." count what they name, and read as lines they took the kind of the long sentence before
them ("employs more than 700 staff")."""

from __future__ import annotations

import re
from collections.abc import Callable

from crossreach.models import Quantity, Sentence
from crossreach.relate.context import DocumentView
from crossreach.relate.metric_kinds import FIGURE_KINDS

#: A list or table line is short.
LIST_LINE = 60
#: The same in an unspaced script, where a character holds about what a word does elsewhere and a
#: sentence of 50 characters is a full one ("...共交付新车777,379辆，同比增长7.4%，其中...").
LIST_LINE_UNSPACED = 24
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_list_line(view: DocumentView, sentence: Sentence, bare: Callable[[Quantity], bool]) -> bool:
    """A line of a list or series: short, or opening with its date ("Mai 2019 plus de 200 millions"); in
    a paragraph (a sentence before it on its line), only if no word after any of its figures names what
    that one counts (``bare``: "Su Douyin, 800mila.", not "around 35,000 animals")."""
    if any(ch.isalnum() for ch in view.text[view.text.rfind("\n", 0, sentence.start) + 1:sentence.start]) \
            and not all(bare(q) for q in view.quantities_in(sentence) if q.kind in FIGURE_KINDS):
        return False
    longest = LIST_LINE if view.spaced else LIST_LINE_UNSPACED
    if len(sentence.text) <= longest:
        return True
    return len(sentence.text) <= 2 * longest and any(d.start - sentence.start <= 2 for d in view.dates_in(sentence))


def labelled_line(view: DocumentView, sentence: Sentence) -> bool:
    """Whether a list line names what its figure counts by common words of its own before it, no name or
    date among them ("- Expositores: 2.900", "– gezeigte Filme: 234", "付费证书：约2.7万份"): what the first
    line of its run counts is not what this one does ("- Asistentes: 109.000" above it), as it is for a line
    a name or a date labels ("- Douyin: 1,2 millones", "- 2024: 3 Mio.", "Erdem – 1.2m", a brand no
    gazetteer lists). Words are common when one is in lower case (or in a script without case), or when
    the document writes the first in lower case elsewhere."""
    figures = [q.start for q in view.quantities_in(sentence) if q.kind in FIGURE_KINDS]
    if not figures:
        return False
    first = min(figures)
    if any(m.start < first for m in view.mentions_in(sentence)) \
            or any(d.start < first for d in view.dates_in(sentence)):
        return False
    words = _WORD.findall(view.text, sentence.start, first)
    if not words:
        return False
    if any(not word[0].isupper() for word in words):
        return True
    return re.search(rf"(?<!\w){re.escape(words[0].lower())}(?!\w)", view.text) is not None
