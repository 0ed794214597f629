"""Names a sentence ties to its subject by control or ownership: a parent or a unit, rarely whose
figure it is (issue 15).

"El gigante de Shenzhen, controlado por Tencent, cerró el trimestre con 593 millones de usuarios",
"Il gruppo di Shenzhen, che controlla QQ Music, Kugou e Kuwo, ha chiuso il trimestre con 576
milioni di utenti", "巴塞爾藝術展的母公司、MCH集團，去年營業額為4.5億": the parent named after
"controlled by", the units named after "which controls" and the unit named before "'s parent"
describe the sentence's subject; the figure is the subject's. The language's
``metrics.owner_links.control_before`` end before such a name (an adjective or article between,
or the names of a list before it), ``control_after`` start right after it. A participle of owning,
controlling, acquiring or founding (``control_leading``) that opens a sentence, or closes its leading
phrase ("Von Tencent übernommen, ..."), ties every name of that phrase, up to its first comma, to
the subject after it: "Détenu à 86 % par la Fondation Pierre Fabre, le groupe a réalisé …",
"Propriété depuis 1993 du groupe Holder, la maison compte …". The owner ranker reads
the link as a feature (``control``), so a sentence whose only name is a parent still can give it
the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from crossreach.lexicon import NEVER, LanguageLexicon, alternation, compiled, cue_pattern, script
from crossreach.models import Mention

#: How far before a name a control cue is read: the cue, then an article, an adjective or the
#: names of a list ("che controlla QQ Music, Kugou e Kuwo").
CONTROL_SPAN = 60
#: Words besides names that may stand between a control cue and the name it ties: articles,
#: adjectives, list conjunctions ("controlado pela holandesa Prosus").
_GAP_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+")
#: How far a leading participle phrase reaches from the sentence's opening to its comma.
LEADING_SPAN = 120
#: What may stand before a sentence's first word: spaces, quotes, brackets, dashes, bullets.
_LEAD = re.compile(r"[\s\"'“”«»‘’(\[\-–—•*]*")


@cache
def _stops() -> re.Pattern[str]:
    """What ends the stretch a control cue reaches: a sentence end, semicolon, colon, bracket."""
    marks = "".join((script().sentence_ends, script().wide_sentence_ends, script().semicolons, script().colons,
                     script().open_brackets, script().close_brackets))
    return re.compile(f"[{re.escape(marks)}\n]")


@dataclass(frozen=True)
class ControlCues:
    """A language's control cues, compiled once: searched before a name, matched after it."""

    before: re.Pattern[str] = NEVER
    after: re.Pattern[str] = NEVER
    leading: re.Pattern[str] = NEVER

    def ties(self, text: str, mention: Mention, mentions: list[Mention], lo: int) -> bool:
        """Whether a control cue ends before the mention (from ``lo`` on, with at most
        ``_GAP_WORDS`` words besides other names between) or starts right after it."""
        if self.after.match(text, mention.end) or self.leads(text, mention, lo):
            return True
        cues = list(self.before.finditer(text, max(lo, mention.start - CONTROL_SPAN), mention.start))
        cue = cues[-1] if cues else None  # (the last cue before the name)
        if cue is None or _stops().search(text, cue.end(), mention.start):
            return False
        gap = text[cue.end():mention.start]
        for other in mentions:  # (the names of a list between the cue and this one)
            if cue.end() <= other.start and other.end <= mention.start:
                gap = gap.replace(text[other.start:other.end], " ")
        return len(_WORD.findall(gap)) <= _GAP_WORDS

    def leads(self, text: str, mention: Mention, lo: int) -> bool:
        """Whether the mention stands in a leading participle phrase: one that opens at ``lo`` (the
        sentence's start) with a leading cue, or closes with one, and ends at a comma before the
        sentence's subject ("Controlled by X, the brand ..."; "Von X übernommen, ...")."""
        if self.leading is NEVER or mention.start < lo or mention.start - lo > LEADING_SPAN:
            return False
        opening = _LEAD.match(text, lo)
        start = opening.end() if opening else lo
        comma = _commas().search(text, start, start + LEADING_SPAN)  # (the phrase's end: its first comma)
        if comma is None or comma.start() < mention.end or _stops().search(text, start, comma.start()):
            return False
        if self.leading.match(text, start) is not None:
            return True
        closing = list(self.leading.finditer(text, mention.end, comma.start()))
        return bool(closing) and not text[closing[-1].end():comma.start()].strip()


@cache
def _commas() -> re.Pattern[str]:
    """A comma, not a decimal one ("Détenu à 86,5 % par ...")."""
    return re.compile(f"[{re.escape(script().commas)}](?!\\d)")


NO_CONTROL = ControlCues()


@cache
def control_cues(lexicon: LanguageLexicon, spaced: bool) -> ControlCues:
    links = lexicon.section("metrics").get("owner_links") or {}
    before, after = links.get("control_before") or [], links.get("control_after") or []
    leading = links.get("control_leading") or []
    return ControlCues(
        leading=cue_pattern(leading, spaced) if leading else NEVER,
        before=cue_pattern(before, spaced) if before else NEVER,
        after=compiled(rf"\s*(?:{alternation(after, ignore_case=True)})", re.IGNORECASE) if after else NEVER,
    )
