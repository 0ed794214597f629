"""A figure of an account or store that no name holds: the document's focus's (issue 15).

"Il negozio conta oggi 215mila follower", "The store now has 540,000 followers", "La cuenta oficial
del museo en la plataforma pasó de 12 mil a 265 mil seguidores", "其抖音官方账号目前拥有粉丝83.5万":
a clause that opens with a noun of what an owner holds (``metrics.owner_links.holding_nouns``: an
account, a channel, a store), with no name of its holder before the figure but a platform's, counts
the followers of the account of whom the article is about, not of the last name of the paragraph (a
partner, a rival, a plane the launch was filmed on). The owner ranker reads it as a feature of the
document's focus (``held_focus``, ``owner_features``) and weighs it against the rest.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import NEVER, alternation, compiled, load_language
from crossreach.models import Quantity, Sentence
from crossreach.relate.clause_breaks import clause_start
from crossreach.relate.context import DocumentView

#: Of an unspaced script, at most this many characters before the noun ("其抖音官方账号": its, a platform).
_HAN_BEFORE = 6


@cache
def _holding_opening(lang: str, spaced: bool) -> re.Pattern[str]:
    """A holding noun opening a clause: after at most one short word (an article, "its") where words
    have spaces, after a few characters where they have none."""
    links = load_language(lang).section("metrics").get("owner_links") or {}
    words = [str(word) for word in links.get("holding_nouns") or []]
    if not words:
        return NEVER
    noun = alternation(words, ignore_case=True)
    if not spaced:
        return compiled(rf"[^\s\W]{{0,{_HAN_BEFORE}}}?(?:{noun})", re.IGNORECASE)
    return compiled(rf"[\s\"'\u201c\u00ab]*(?:[^\W\d_]{{1,4}}\s+|[^\W\d_]{{1,2}}['\u2019])?(?:{noun})(?![^\W\d_])",
                    re.IGNORECASE)


def holder_opens(view: DocumentView, sentence: Sentence, figure: Quantity) -> bool:
    """Whether the figure's clause (or its sentence) opens with a holding noun and names no holder
    but a platform between the noun and the figure. Read once a figure."""
    key = (holder_opens, sentence.start, figure.start)
    if key not in view.memo:
        pattern = _holding_opening(view.extraction.document.lang, view.spaced)
        names = [m for m in view.mentions_in(sentence) if m.type != "platform" and m.start < figure.start]
        view.memo[key] = any(
            pattern.match(view.text, start, figure.start) is not None
            and not any(m.start >= start for m in names)
            for start in dict.fromkeys((clause_start(view, sentence, figure.start), sentence.start)))
    held: bool = view.memo[key]
    return held
