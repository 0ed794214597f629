"""The parties a partnership noun names after "between": "Analysts at Morgan Stanley said the partnership
between Burberry and Tencent would lift sales", "Secondo Bernstein, l'accordo tra Burberry e Tencent ...".

A deal's noun followed by "between" (``partnerships.between`` of each language: "tra", "entre",
"zwischen") and a list of names states whole who the deal joins: its parties are the names listed there,
and a name outside the list (the firm of a reporting clause around it, "analysts at X said", "according to
X") is no party of it, whatever the pairing rules would read from where it stands.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.partnership_reader import Reader, clause_bounds, joins

#: How many characters may stand between the cue and "between" ("the partnership signed last year between").
_BETWEEN_REACH = 25


def between_parties(reader: Reader, sentence: Sentence, affirmed: list[re.Match[str]],
                    mentions: list[Mention]) -> list[tuple[re.Match[str], list[Mention]]]:
    """For the first cue a "between" follows with two or more names listed after it in its clause, those
    names as the deal's parties; else nothing (the other rules read the sentence)."""
    text = sentence.text
    for cue in affirmed:
        between = reader.cues.between.search(text, cue.end(), min(len(text), cue.end() + _BETWEEN_REACH))
        if between is None or any(c in text[cue.end():between.start()] for c in ",;"):
            continue
        _, right = clause_bounds(text, between.start(), between.end())
        after = [m for m in mentions if sentence.start + between.end() <= m.start
                 and m.end <= sentence.start + max(right, between.end())]
        listed = after[:1]
        for name in after[1:]:
            if not joins(reader.view.text[listed[-1].end:name.start], reader.rules, reader.cues):
                break
            listed.append(name)
        if len({m.name for m in listed}) >= 2:
            return [(cue, listed)]
    return []
