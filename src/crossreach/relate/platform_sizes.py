"""A platform's own users are counted in millions, its own sales in billions.

A platform or tech company owns its own users, DAU and MAU (``owners.PLATFORM_OWN_KINDS``), but a
count of users or members under ``FEWEST_PLATFORM_USERS`` is of something on it: a fan club on
Douban, an artist's listeners, a campaign's registered users. Gold agrees on every tuning corpus:
of 82 such counts given to a platform or tech company in web/tune, dev and seeds, none is under a
million, while other owners hold 12 counts under it. So for a smaller count no platform, no tech
company and no owner noun pointing to one ("the social platform") may own the figure; the ranker
chooses among the rest, or the figure is left out.

A platform's own sales (its GMV, its revenue) are counted in billions the same way: a sum of sales
under ``FEWEST_PLATFORM_SALES`` named beside a platform is a brand's sales on it ("the brand's sales on
JD.com reached 60 million yuan", "其天猫旗舰店销售额超过5000万元", "Tmall sales: 40 million yuan"). Of the sums of
sales whose most likely candidate was a platform (type platform) in web/tune, dev, fresh/develop,
round5, round6 and round7, gold gave 16 of the 19 of a billion or more to the platform, and none of
the 11 under a billion. Where no brand stands beside it (no other candidate, no referent but a platform),
the platform keeps a small sum: it sold the tickets itself ("Ctrip sold 90,000 tickets, bringing in 45
million yuan"), and a sentence read alone keeps its figure. Counts of units sold (orders, pairs,
tickets) under ``FEWEST_PLATFORM_ORDERS`` go the same way: "la tienda en JD.com registró 7.300 pedidos",
"Sur Dewu, ..., un modèle ... s'est vendu à 1 000 exemplaires" are the brand's orders on the platform,
but only where the platform is named as where they were sold (after "on", "en", "sur": the ``where``
feature): "Trip.com vendió 12.600 noches", "该平台共售出约1.6万吨" are the platform's own sales. Of the counts
of units sold that 0.34.0 gave to a platform in web/tune, dev, seeds, fresh/develop and round5 to round12,
gold gave 19 of 23 to another owner; the other 4 had the platform as their subject (or shared it). A tech
company that is no platform (Xiaomi, Dreame) sells its own goods in any amount.

A platform's own audience (its subscribers, the viewers of its own broadcast) is counted in tens of
millions too: followers, likes, views or viewers under ``FEWEST_PLATFORM_AUDIENCE`` named beside a
platform are of an account, a video or a stream on it ("Le compte de l'horloger sur la plateforme compte
2,1 millions d'abonnés", "Das Konto von Babbel auf der Plattform zählt 205.000 Follower"). Of such counts
the owner decision gave to a platform in web/tune, dev, fresh/develop and round5 to round8, gold gave none
of the 11 under ten million to the platform, and one of 107 million subscribers (iQiyi's) to it. The ranker
then chooses among the rest, or the count is left out; but a platform the figure's sentence names, other than
as where it was counted, may hold the account itself ("L'article de NetEase Cloud Music a été lu 100 000 fois
sur WeChat"), and so may one a rule of the sentence's layout states.
"""

from __future__ import annotations

from collections.abc import Callable

from crossreach.models import Mention, Quantity
from crossreach.relate.context import is_tech
from crossreach.relate.owners import PLATFORM_OWN_KINDS, Candidate, OwnerNoun, allowed

#: The fewest users, DAU or MAU a platform or tech company counts as its own.
FEWEST_PLATFORM_USERS = 1_000_000
#: The smallest sum of sales (in any currency) a platform counts as its own: its GMV or revenue.
FEWEST_PLATFORM_SALES = 1_000_000_000
#: The fewest units sold (orders, items, tickets) a platform counts as its own.
FEWEST_PLATFORM_ORDERS = 100_000_000
#: The smallest audience a platform counts as its own, and the kinds of an audience.
FEWEST_PLATFORM_AUDIENCE = 10_000_000
AUDIENCE_KINDS = ("followers", "likes", "comments", "shares", "views", "viewers", "interactions")


def too_few_for_a_platform(kind: str, figure: Quantity) -> bool:
    """Whether a count of users is too small to be a platform's or tech company's own."""
    size = _size(figure)
    return kind in PLATFORM_OWN_KINDS and size is not None and size < FEWEST_PLATFORM_USERS


def too_small_for_a_platform(kind: str, figure: Quantity) -> bool:
    """Whether a sum of sales is too small to be a platform's own (a brand's sales on it)."""
    size = _size(figure)
    return kind == "sales" and figure.kind == "money" and size is not None and size < FEWEST_PLATFORM_SALES


def too_few_units_for_a_platform(kind: str, figure: Quantity) -> bool:
    """Whether a count of units sold (orders, items) is too small to be a platform's own orders."""
    size = _size(figure)
    return kind == "sales" and figure.kind != "money" and size is not None and size < FEWEST_PLATFORM_ORDERS


def too_small_an_audience(kind: str, figure: Quantity) -> bool:
    """Whether an audience is too small to be a platform's own (an account's or a video's on it)."""
    size = _size(figure)
    return kind in AUDIENCE_KINDS and size is not None and size < FEWEST_PLATFORM_AUDIENCE


def _size(figure: Quantity) -> float | None:
    return figure.value if figure.value is not None else (figure.range[1] if figure.range else None)


def _too_small(mention: Mention, kind: str, figure: Quantity) -> bool:
    """Whether the figure is too small to be the mention's own: users for a platform or tech company,
    sales for a platform."""
    return (is_tech(mention) and too_few_for_a_platform(kind, figure)) or (
        _is_platform(mention) and too_small_for_a_platform(kind, figure))


def may_own(mention: Mention, kind: str, platform: Mention | None, speaking: bool, figure: Quantity) -> bool:
    """``owners.allowed``, and no platform owns a count of users or sales too small to be its own."""
    return allowed(mention, kind, platform, speaking) and not _too_small(mention, kind, figure)


def for_size(found: list[Candidate], noun: OwnerNoun | None, referent: Mention | None, kind: str,
             figure: Quantity) -> tuple[list[Candidate], OwnerNoun | None, Mention | None]:
    """The candidates, owner noun and its referent the ranker may choose from for a figure of this
    size (``owners.choose``'s arguments). The ranker still learns from every candidate: a platform
    offered a count too small for it is a negative there, as gold never gives it one."""
    audience = too_small_an_audience(kind, figure)
    units = too_few_units_for_a_platform(kind, figure)
    if too_few_for_a_platform(kind, figure):
        too_small: Callable[[Mention], bool] = is_tech
    elif too_small_for_a_platform(kind, figure) or audience or units:
        too_small = _is_platform
    else:
        return found, noun, referent
    kept = [c for c in found if not too_small(c.mention) or (audience and _holds(c))
            or (units and not c.features.get("where"))]
    if too_small is _is_platform and not audience and not kept and (referent is None or too_small(referent)):
        return found, noun, referent  # no brand to sell on it: its own sales, however small (not an audience)
    if units:  # (a platform's noun points to one the units were sold on: "Sur Dewu, l'application ...")
        on = {c.mention.name for c in found if too_small(c.mention) and c.features.get("where")}
        return kept, *((None, None) if referent is not None and referent.name in on else (noun, referent))
    if noun is not None and noun.category == "tech":
        noun = referent = None  # ("la piattaforma": a platform's users or sales, as few as a brand's)
    referent = None if referent is None or too_small(referent) else referent
    return kept, noun, referent


def _holds(candidate: Candidate) -> bool:
    """Whether a platform may hold the account whose audience a figure counts: its sentence names it, and not
    as where the figure was counted."""
    return bool(candidate.features.get("in_sentence")) and not candidate.features.get("where")


def _is_platform(mention: Mention) -> bool:
    return mention.type == "platform"
