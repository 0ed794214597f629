"""Cue words split in two: a verb whose particle closes its clause, as German separable verbs do
("Deckers setzte im Geschäftsjahr 4,29 Milliarden US-Dollar um": sales; "schalteten ... fast eine
halbe Million Zuschauer ein"); a conjunction after the particle opens the next clause ("... um und").
The pairs are the language's ``metrics.separable_cues``; a language without such verbs lists none.
The cue stands where the particle does, after the figure, as a one-word cue would."""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, script


@cache
def separable_cues(lexicon: LanguageLexicon) -> tuple[re.Pattern[str], dict[tuple[str, str], str]] | None:
    """One pattern for all the language's (verb, particle) pairs: a verb, then the rest of its
    clause (a figure's own decimal or thousands mark, a scale's abbreviation, an aside in brackets is
    no break), then a particle right before the
    clause ends; and the kind each pair names. None for a language without such pairs."""
    section = lexicon.section("metrics").get("separable_cues") or {}
    kinds = {(str(verb).casefold(), str(particle).casefold()): str(kind)
             for kind, pairs in section.items() for verb, particle in pairs or []}
    if not kinds:
        return None
    ends = re.escape(script().clause_breaks + script().sentence_ends + script().wide_sentence_ends)
    # (a figure's own decimal or thousands mark, its scale's abbreviation ("15,5 Mrd. Euro") is no break)
    numbers = lexicon.section("numbers")
    dotted = [str(word) for word in [*(numbers.get("abbreviations") or {}), *(numbers.get("scale_currencies") or {})]
              if str(word).endswith(".")]
    abbreviation = rf"(?<![^\W\d_])(?:{alternation(dotted)})|" if dotted else ""
    clause = rf"(?:{abbreviation}\([^()]*\)|[^{ends}]|(?<=\d)[.,](?=\d))*?"  # (an aside in brackets too)
    verbs = alternation(sorted({verb for verb, _ in kinds}))
    particles = alternation(sorted({particle for _, particle in kinds}))
    # (a conjunction opening the next clause ends this one too: "setzte ... Euro um und beschaeftigt ...")
    conjunctions = alternation(lexicon.section("entities").get("conjunctions") or [])
    joined = rf"|\s+(?:{conjunctions})\s" if conjunctions else ""
    pattern = compiled(rf"(?<![^\W\d_])(?P<verb>{verbs})(?![^\W\d_]){clause}\s(?P<particle>{particles})"
                         rf"(?=\s*(?:[{ends}]|$){joined})", re.IGNORECASE)
    return pattern, kinds


def split_cues_in(text: str, offset: int,
                  found: tuple[re.Pattern[str], dict[tuple[str, str], str]] | None) -> list[tuple[int, int, str]]:
    """The split cues of a sentence's ``text`` (starting at ``offset`` in the document): the
    particle's span and the kind its pair names."""
    if found is None:
        return []
    pattern, kinds = found
    cues = []
    for m in pattern.finditer(text):
        kind = kinds.get((m.group("verb").casefold(), m.group("particle").casefold()))
        if kind is not None:
            cues.append((offset + m.start("particle"), offset + m.end("particle"), kind))
    return cues
