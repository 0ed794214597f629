"""The article's subject as the reporter of a figure nothing else owns (issue 15: a figure is never
dropped for want of an owner).

A source is never an owner while the owner decision can weigh another candidate: "X had 3 million
views, according to Kuaishou" is X's. But when the decision finds no one (no candidate likely
enough, no owner noun, no phrase) and the sentence cites as its source the organization the article
is about (``DocumentView.focus``), that organization is reporting its own figure: "据宝马方面介绍，
新车上市两天订单超过5万台" in an article about BMW, "laut BMW gingen 36.000 Bestellungen ein" in
another. The focus must be named in the headline too: the most named organization of an article
about a platform or a person may be a bystander (a consultancy cited twice). The figure is then kept
under its name, with a low confidence, rather than dropped. Any other source (a data firm, a
consultancy, an outlet, a trade body) counts what others own, and the figure stays unowned.
"""

from __future__ import annotations

from crossreach.models import Quantity, Sentence
from crossreach.relate.context import DocumentView
from crossreach.relate.owner_sources import document_sources
from crossreach.relate.owners import OwnerChoice, OwnerCues, allowed

#: The confidence of a figure kept under the name of the subject that reported it.
REPORTER_CONFIDENCE = 0.3


def reporting_owner(view: DocumentView, sentence: Sentence, figure: Quantity, kind: str,
                    cues: OwnerCues) -> OwnerChoice | None:
    """The document's focus, named in its headline, as the owner of a figure whose sentence cites it as
    its source (the caller asks only when nothing else owns the figure); none when the sentence does not."""
    focus = view.focus
    sentences = view.extraction.sentences
    if focus is None or not sentences or sentence is sentences[0] \
            or not any(m.name == focus.name for m in view.mentions_in(sentences[0])):
        return None  # (an organization the headline does not name is no subject of the article, only its most named;
        # a text of one sentence, or the headline itself, has no headline above the figure to name it)
    sources = document_sources(view, cues)
    cited = [m for m in view.mentions_in(sentence) if m.name == focus.name and sources.cited_by_cue(m)
             and allowed(m, kind, None, False)]
    return OwnerChoice(cited[0], None, REPORTER_CONFIDENCE) if cited else None

