"""Where a brand's sales were made is not whose they are (issue 15: "a platform owns its own users,
DAU and MAU, not a brand's sales on it").

"La maison ha venduto su Tmall per 210 milioni", "Der Konzern setzte über JD.com 4,2 Mio. Euro
um", "El club facturó 12 millones en Tmall", "the brand sold 46,000 pairs on Taobao Live": the
clause's subject is an owner noun phrase and the only name is the platform after a platform
preposition ("su", "über", "en", "on": ``metrics.platform_prepositions``). Scored by the ranker,
the named platform always won (it is the sentence's first name, the rules' pick, the whole of a
one-sentence text's salience), so the figure went to where it was sold. The constraint is exact:
with a commerce kind (sales, donations, a deal) and a noun phrase as the subject of the figure's
clause, a platform standing after a platform preposition in the sentence is no candidate; the
phrase owns the figure, resolved to the entity it refers to when one fits. The ranker still learns
from every candidate: the constraint applies when it chooses (``noun_subjects.for_figure``).
"""

from __future__ import annotations

from crossreach.models import Mention, Quantity
from crossreach.relate.context import is_tech

#: Kinds a brand earns through a platform (sold on it, raised on it), not the platform's own.
COMMERCE_KINDS = ("sales", "donations", "deal_value")
#: Types of name that stand as a clause's subject (an event or place before a phrase is a setting).
SUBJECT_TYPES = ("organization", "person", "platform")


def phrase_is_subject(start: int, category: str, figure: Quantity, opening: int, named: list[Mention]) -> bool:
    """Whether an owner noun phrase (its start and category) stands where the figure's clause's
    subject stands: before the figure with no organization, person or platform named before it in
    that clause (``opening`` is where the clause opens), or, before the clause, as the sentence's
    first such noun with none named in the clause. A platform's own noun ("la plateforme") is no
    brand selling on one."""
    if start >= figure.start or category in ("tech", "work"):
        return False
    subjects = [m for m in named if m.type in SUBJECT_TYPES]
    if start >= opening:
        return not any(opening <= m.start < start for m in subjects)
    return not any(m.start < start or opening <= m.start < figure.start for m in subjects)


def sold_on(mention: Mention, kind: str, features: dict[str, float]) -> bool:
    """Whether a candidate (its mention and ranker features) is the platform a noun subject's sales
    were made on: a platform or tech company of the figure's sentence standing after a platform
    preposition (``where``), with a commerce kind. Asked only when a phrase is the clause's subject."""
    return kind in COMMERCE_KINDS and bool(features.get("where")) and bool(features.get("in_sentence")) \
        and is_tech(mention)
