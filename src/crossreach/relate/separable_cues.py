"""Cue words split in two: a verb whose particle closes its clause, as German separable verbs do
("Deckers setzte im Geschäftsjahr 4,29 Milliarden US-Dollar um": sales; "schalteten ... fast eine
halbe Million Zuschauer ein"). The pairs are the language's ``metrics.separable_cues``; a language
without such verbs lists none. The cue stands where the particle does, after the figure, as a
one-word cue would."""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, script


@cache
def separable_cues(lexicon: LanguageLexicon) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per (verb, particle) pair: the verb, then the rest of its clause (a figure's own
    decimal or thousands mark is no break), then the particle right before the clause ends; with
    the kind the pair names."""
    section = lexicon.section("metrics").get("separable_cues") or {}
    ends = re.escape(script().clause_breaks + script().sentence_ends + script().wide_sentence_ends)
    clause = rf"(?:[^{ends}]|(?<=\d)[.,](?=\d))*?"
    found = []
    for kind, pairs in section.items():
        for verb, particle in pairs or []:
            found.append((re.compile(
                rf"(?<![^\W\d_]){re.escape(str(verb))}(?![^\W\d_]){clause}\s(?P<particle>{re.escape(str(particle))})"
                rf"(?=\s*(?:[{ends}]|$))", re.IGNORECASE), str(kind)))
    return tuple(found)


def split_cues_in(text: str, offset: int,
                  patterns: tuple[tuple[re.Pattern[str], str], ...]) -> list[tuple[int, int, str]]:
    """The split cues of a sentence's ``text`` (starting at ``offset`` in the document): the
    particle's span and the kind."""
    return [(offset + m.start("particle"), offset + m.end("particle"), kind)
            for pattern, kind in patterns for m in pattern.finditer(text)]
