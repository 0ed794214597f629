"""The gates of a language's date forms: for a lead that opens several forms, one regex of them all.

Where a gate does not match, none of its forms does, and they are not tried one by one ("the" opens
sixteen English forms, and most "the" open no date). ``dates.py`` builds them once a language.
"""

from __future__ import annotations

import re

from crossreach.lexicon import compiled

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def lead_gates(sources: list[tuple[str, str]], start: str) -> dict[str, re.Pattern[str]]:
    """For each lead of two forms or more, the regex that matches where any of its forms does (their
    named groups made plain, as several forms name the same slots). The assertion every form opens
    with (``start``: a word or number starts here) is written once before their alternation, so that
    the engine checks it once a position, not once a form."""
    by_lead: dict[str, list[str]] = {}
    for source, lead in sources:
        by_lead.setdefault(lead, []).append(_NAMED_GROUP.sub("(?:", source))
    return {lead: compiled(one_opening(forms, start), re.IGNORECASE)
            for lead, forms in by_lead.items() if len(forms) > 1}


def one_opening(forms: list[str], start: str) -> str:
    """The alternation of ``forms``, their shared opening ``start`` taken out of it."""
    if all(form.startswith(start) for form in forms):
        return f"{start}(?:{'|'.join(form[len(start):] for form in forms)})"
    return "|".join(f"(?:{form})" for form in forms)
