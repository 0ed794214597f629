"""A name that is the agent of a participle modifying the figure's subject, not its owner (issue 15).

"La retransmisión, presentada por la actriz Zhou Yuxi, fue vista por 3,6 millones", "A live,
organizada pela Senna Brands, foi assistida por 2,8 milhões", "i video della squadra allenata da
Luciano Spalletti hanno superato ...", "由主持人X主持的直播": a name after the language's
``metrics.owner_links.agent_before`` (the agent preposition of a passive participle; a few
lowercase words between, "la actriz", "il presidente esecutivo") did what the participle says to
the subject, which is another. It is often the first name of its sentence, so the rules read it as
the subject; the owner ranker reads the link as a feature (``agent``) and weighs it against the rest.
German's agent "von" is also its genitive ("die Follower von Bayern": Bayern's), so only "durch" is
listed there.
"""

from __future__ import annotations

import re

from crossreach.lexicon import NEVER, alternation, compiled, script
from crossreach.relate.owner_places import ending

#: How far before a name the agent preposition is read, and how many lowercase words (an article,
#: a title: "la sumiller", "il presidente esecutivo") may stand between them.
AGENT_SPAN, AGENT_WORDS = 48, 3
#: A lowercase word: the pattern is case-sensitive here (a capitalised word is another name).
_LOWER_WORD = "(?-i:(?![A-Z])[^\\W\\d_][\\w'\u2019-]*)"


def agent_pattern(words: object, spaced: bool) -> re.Pattern[str]:
    """Text that ends with an agent preposition, then (where words have spaces) up to ``AGENT_WORDS``
    lowercase words: searched up to a name."""
    items = [str(w) for w in words or []]
    if not items:
        return NEVER
    if not spaced:
        return ending(items)
    elided = [w for w in items if w.endswith(("'", "\u2019"))]  # ("dall'": the name follows with no space)
    plain = [w for w in items if w not in elided]
    parts = [rf"(?:{alternation(plain, ignore_case=True)})(?:\s+{_LOWER_WORD}){{0,{AGENT_WORDS}}}"
             rf"[\s{re.escape(script().spaces)}]+"] if plain else []
    if elided:
        parts.append(rf"(?:{alternation(elided, ignore_case=True)})")
    return compiled(rf"(?:^|(?<=[\W\d_]))(?:{'|'.join(parts)})$", re.IGNORECASE)


def after_agent(text: str, start: int, lo: int, pattern: re.Pattern[str]) -> bool:
    """Whether an agent preposition (and its few words) ends right before ``start`` (read from ``lo`` on)."""
    return bool(pattern.search(text, max(lo, start - AGENT_SPAN), start))
