"""Lines of a list or series ("March 2020: 300 million", ". Septembre 2017 plus de 80 millions", "- JD.com: 71
milioni di yuan"): short, and standing on a line of their own, which take their kind and owner from the
heading above them. A short sentence in the middle of a paragraph ("It is home to around 35,000 animals
of 500 species.", "Entre eles estavam 3.050 'startups' e 1.050 investidores.") is no line of a list: read
as one, it took the kind of the long sentence before it ("employs more than 700 staff")."""

from __future__ import annotations

from crossreach.models import Sentence
from crossreach.relate.context import DocumentView

#: A list or table line is short.
LIST_LINE = 60
#: The same in an unspaced script, where a character holds about what a word does elsewhere and a
#: sentence of 50 characters is a full one ("...共交付新车777,379辆，同比增长7.4%，其中...").
LIST_LINE_UNSPACED = 24


def is_list_line(view: DocumentView, sentence: Sentence) -> bool:
    """A line of a list or series: it opens its line (a bullet or a mark may stand before it), and is
    short, or opens with its date ("Mai 2019 plus de 200 millions")."""
    if any(ch.isalnum() for ch in view.text[view.text.rfind("\n", 0, sentence.start) + 1:sentence.start]):
        return False  # (a sentence after another on its line: a paragraph's)
    longest = LIST_LINE if view.spaced else LIST_LINE_UNSPACED
    if len(sentence.text) <= longest:
        return True
    return len(sentence.text) <= 2 * longest and any(d.start - sentence.start <= 2 for d in view.dates_in(sentence))
