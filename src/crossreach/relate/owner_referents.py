"""Which of the fitting names an owner noun points to, when more than one could (issue 15).

Two readings the nearest-name rule gets wrong on texts no rule was written for:

- A noun with a name written right after it ("la marque Lancôme, propriété du groupe, a attiré …")
  names that entity itself: the brand is Lancôme, not the group named in the sentence before.
- "The platform" ("la piattaforma", "a plataforma", "该平台") names a platform before the company
  that runs it: "Tencent said WeChat reached 1.36 billion users. The platform also counts …" is
  WeChat's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from crossreach.models import Mention
from crossreach.relate.context import DocumentView

#: Spaces between an owner noun and the name written after it.
_GAP = re.compile(r"[ \u00a0]?")


def named_after(view: DocumentView, nouns: re.Pattern[str], offset: int) -> Mention | None:
    """The name written right after the owner noun at ``offset`` ("la marque *Lancôme*"), if any."""
    found = nouns.match(view.text, offset)
    if found is None:
        return None
    start = _GAP.match(view.text, found.end()).end()
    index = bisect_left(view.mention_starts, start)
    mentions = view.extraction.mentions
    return mentions[index] if index < len(mentions) and mentions[index].start == start else None


def platform_first(fitting: list[Mention], category: str) -> Mention:
    """Of the fitting names of one sentence, the one a noun of ``category`` points to: for a
    platform's noun the first platform named, else the first name."""
    if category == "tech":
        return next((m for m in fitting if m.type == "platform"), fitting[0])
    return fitting[0]
