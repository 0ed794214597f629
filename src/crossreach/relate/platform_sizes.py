"""A platform's own users are counted in millions.

A platform or tech company owns its own users, DAU and MAU (``owners.PLATFORM_OWN_KINDS``), but a
count of users or members under ``FEWEST_PLATFORM_USERS`` is of something on it: a fan club on
Douban, an artist's listeners, a campaign's registered users. Gold agrees on every tuning corpus:
of 82 such counts given to a platform or tech company in web/tune, dev and seeds, none is under a
million, while other owners hold 12 counts under it. So for a smaller count no platform, no tech
company and no owner noun pointing to one ("the social platform") may own the figure; the ranker
chooses among the rest, or the figure is left out.
"""

from __future__ import annotations

from crossreach.models import Mention, Quantity
from crossreach.relate.context import is_tech
from crossreach.relate.owners import PLATFORM_OWN_KINDS, Candidate, OwnerNoun, allowed

#: The fewest users, DAU or MAU a platform or tech company counts as its own.
FEWEST_PLATFORM_USERS = 1_000_000


def too_few_for_a_platform(kind: str, figure: Quantity) -> bool:
    """Whether a count of users is too small to be a platform's or tech company's own."""
    size = figure.value if figure.value is not None else (figure.range[1] if figure.range else None)
    return kind in PLATFORM_OWN_KINDS and size is not None and size < FEWEST_PLATFORM_USERS


def may_own(mention: Mention, kind: str, platform: Mention | None, speaking: bool, figure: Quantity) -> bool:
    """``owners.allowed``, and no platform owns a count of users too small to be its own."""
    too_few = is_tech(mention) and too_few_for_a_platform(kind, figure)
    return allowed(mention, kind, platform, speaking) and not too_few


def for_size(found: list[Candidate], noun: OwnerNoun | None, referent: Mention | None, kind: str,
             figure: Quantity) -> tuple[list[Candidate], OwnerNoun | None, Mention | None]:
    """The candidates, owner noun and its referent the ranker may choose from for a figure of this
    size (``owners.choose``'s arguments). The ranker still learns from every candidate: a platform
    offered a count too small for it is a negative there, as gold never gives it one."""
    if not too_few_for_a_platform(kind, figure):
        return found, noun, referent
    if noun is not None and noun.category == "tech":
        noun = referent = None
    referent = None if referent is None or is_tech(referent) else referent
    return [c for c in found if not is_tech(c.mention)], noun, referent
