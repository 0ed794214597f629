"""Places yield to the longer names that hold them.

A country or region from the gazetteer ("Asia", "德国", "Italia") is often part of a name no list
has ("SportsBridge Asia", "德国足球职业联盟", "Poste Italia"): the name finders that read around known
mentions must not stop at it. They run as though the places were unknown; afterwards a place stays
wherever no organization or platform found around it holds it, and a person's name or any other
found name that overlaps a place without holding it is left out, as before places were listed
("Hong Kong" is not read as a person's name).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from crossreach.models import Mention

#: The found names that may hold a place ("SportsBridge Asia", "Hong Kong Jockey Club").
_HOLDERS = ("organization", "platform")


def split_places(mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions that are not places, and the places."""
    return [m for m in mentions if m.type != "place"], [m for m in mentions if m.type == "place"]


def placed(found: list[Mention], places: list[Mention], text: str = "",
           origin_cue_re: re.Pattern[str] | None = None) -> list[Mention]:
    """The found mentions and the places: a found name overlapping a place is kept only when it is an
    organization's or a platform's name holding the whole place and more; the place is kept otherwise.
    A discovered name that opens with a place right after a cue noun and its genitive ("l'agenzia di
    Shanghai Blue Harbor Media") is the rest of it: the place says where the company is from."""
    if origin_cue_re is not None:
        place_ends = {p.start: p.end for p in places}
        found = [_after_origin(text, m, place_ends, origin_cue_re)
                 if m.origin in ("pattern", "positioned") and m.type in _HOLDERS else m for m in found]
    if not places:
        return found
    spans = sorted((p.start, p.end) for p in places)
    starts = [s for s, _ in spans]
    longest = max(e - s for s, e in spans)
    kept: list[Mention] = []
    for mention in found:  # the places overlapping it start less than the longest place before it
        nearby = spans[bisect_left(starts, mention.start - longest):bisect_left(starts, mention.end)]
        overlapped = [(s, e) for s, e in nearby if s < mention.end and mention.start < e]
        if not overlapped or _holds(mention, overlapped):
            kept.append(mention)
    return [*kept, *places]


def _holds(mention: Mention, places: list[tuple[int, int]]) -> bool:
    """Whether a found name holds the places it overlaps: an organization's or a platform's name that
    holds them whole and more, or a longer gazetteer name of any type ("Mainland China Fashion Week")."""
    inside = all(mention.start <= s and e <= mention.end and e - s < mention.end - mention.start for s, e in places)
    return inside and (mention.type in _HOLDERS or mention.origin == "lexicon")


def _after_origin(text: str, mention: Mention, place_ends: dict[int, int], origin_cue_re: re.Pattern[str]) -> Mention:
    """A discovered organization's name without the place it opens with, when a cue noun and its
    genitive stand right before it ("agencia de Xangai Blue Harbor Media": Blue Harbor Media).
    ``place_ends``: the end of the known place starting at each offset."""
    if origin_cue_re.search(text, max(0, mention.start - 40), mention.start) is None:
        return mention
    words = mention.text.split()
    place = place_ends.get(mention.start)
    if place is None or place >= mention.end:
        place = mention.start + len(words[0]) if len(words) > 2 else None  # (a city no list has: one word)
    if place is None:
        return mention
    start = place + len(text[place:mention.end]) - len(text[place:mention.end].lstrip())
    if not text[start:start + 1].isupper():
        return mention
    rest = text[start:mention.end]
    return Mention(start, mention.end, rest, rest, mention.type, mention.category, origin=mention.origin)
