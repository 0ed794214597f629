"""A date that says when something began or was signed, told by a word after it: where the verb closes the clause
("der 2019 eroeffnete Store", "im Maerz auf Tmall gestartet") or the relative clause comes before its
noun ("2019年开通的旗舰店"), the language's ``dates.start_cues_after`` stand right after the date, a few
words apart at most. Such a date dates no figure, as one after a ``dates.start_cues`` word does."""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import alternation, compiled, is_spaced, load_language, script

#: How many words (or, without spaces, characters) may stand between a date and the word after it.
_WORDS_BETWEEN = 3
_CHARACTERS_BETWEEN = 4


@cache
def _start_after_re(lang: str) -> re.Pattern[str] | None:
    """The language's ``dates.start_cues_after``, after a date's end; None where it lists none."""
    lexicon = load_language(lang)
    cues = [str(c) for c in lexicon.section("dates").get("start_cues_after") or []]
    if not cues:
        return None
    if not is_spaced(lexicon):
        gap = rf"[^{re.escape(script().phrase_ends)}\n\d]{{0,{_CHARACTERS_BETWEEN}}}?"
        return compiled(rf"{gap}(?:{alternation(cues)})")
    return compiled(rf"(?:\s+[^\W\d_]+){{0,{_WORDS_BETWEEN}}}?\s+(?:{alternation(cues)})(?![^\W\d_])",
                    re.IGNORECASE)


def started_after(lang: str, text: str, end: int) -> bool:
    """Whether a word of the language's ``dates.start_cues_after`` follows the date ending at ``end``."""
    pattern = _start_after_re(lang)
    return pattern is not None and pattern.match(text, end) is not None


#: How many words (or, without spaces, characters) may stand between a date and a signing told after it
#: ("A marzo il gruppo ha firmato un memorandum": the subject and its auxiliary).
_SIGNING_WORDS_BETWEEN = 4
_SIGNING_CHARACTERS_BETWEEN = 8


@cache
def _signed_after_re(lang: str) -> re.Pattern[str] | None:
    """The language's ``dates.signing_cues``, a few words after a date's end; None where it lists none."""
    lexicon = load_language(lang)
    cues = [str(c) for c in lexicon.section("dates").get("signing_cues") or []]
    if not cues:
        return None
    if not is_spaced(lexicon):
        gap = rf"[^{re.escape(script().phrase_ends)}\n\d]{{0,{_SIGNING_CHARACTERS_BETWEEN}}}?"
        return compiled(rf"{gap}(?:{alternation(cues)})")
    return compiled(rf"(?:\s+[^\W\d_]+){{0,{_SIGNING_WORDS_BETWEEN}}}?\s+(?:{alternation(cues)})(?![^\W\d_])",
                    re.IGNORECASE)


def signed_after(lang: str, text: str, end: int) -> bool:
    """Whether the clause of the date ending at ``end`` tells a signing right after it ("A marzo il
    gruppo ha firmato con JD un memorandum", "In March the group signed a memorandum"): the date is the
    deal's background, as one after a signing cue is ("signed in March")."""
    pattern = _signed_after_re(lang)
    return pattern is not None and pattern.match(text, end) is not None
