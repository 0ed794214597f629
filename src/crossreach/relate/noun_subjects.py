"""An organization's owner noun as the subject of a figure's clause rules out the persons named
before it (issue 15): "Son président Nasser Al-Khelaïfi compte sur la Chine, où le club a 2 millions
d'abonnés" is the club's, "Il presidente ha detto che la squadra ha 9 milioni di follower" the
team's. The noun stands between the person and the figure in the figure's own clause, so the
sentence says whose figure it is, and it is no person's."""

from __future__ import annotations

from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.clause_breaks import clause_start
from crossreach.relate.context import DocumentView
from crossreach.relate.owners import Candidate, OwnerNoun
from crossreach.relate.platform_sizes import for_size


def for_figure(view: DocumentView, sentence: Sentence, found: list[Candidate], noun: OwnerNoun | None,
               referent: Mention | None, kind: str,
               figure: Quantity) -> tuple[list[Candidate], OwnerNoun | None, Mention | None]:
    """The candidates, owner noun and its referent the ranker may choose from for a figure
    (``for_size``), without the persons an organization's noun in the figure's clause rules out."""
    found, noun, referent = for_size(found, noun, referent, kind, figure)
    if noun is None or noun.category == "work" or noun.start >= figure.start \
            or noun.start < clause_start(view, sentence, figure.start):
        return found, noun, referent
    return [c for c in found if not (c.mention.type == "person" and c.mention.end <= noun.start)], noun, referent
