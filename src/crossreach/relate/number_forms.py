"""Numbers whose form says they count nothing, whatever cue word stands near them: a rank ("number
150 on the list", "Platz 120", "puesto 120", "第120位"), a street address ("1266 Nanjing West Road",
"Via Montenapoleone 800", "南京西路1266号"), a score or a code joined to another number ("won
112-108", "3:1"), a phone number written in groups ("400 820 8820") and a short number one dials ("dial
95188", "chiamare il 95188", "拨打95188", "unter 95188 anrufen": ``metrics.phone_before`` and
``metrics.phone_after``). Their rank and street words are
each language's ``metrics.rank_before``, ``metrics.street_before`` and ``metrics.street_after``; a
survey's sample and a venue's capacity are ``sample_counts``', the field of a ranking ``rank_pools``', the
count of one match or round ``unit_counts``'. ``states_no_count`` asks them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crossreach.lexicon import LanguageLexicon, compiled, cue_pattern, script
from crossreach.models import Quantity
from crossreach.relate.counted_nouns import CountedNouns, counted_nouns
from crossreach.relate.rank_pools import RankPools, rank_pools
from crossreach.relate.sample_counts import SampleCues, sample_cues
from crossreach.relate.unit_counts import UnitCues, unit_cues

#: A digit joined to the figure by a dash, a slash or a colon: a score, a code, not a figure of its own.
_JOINED_AFTER = re.compile(r"[-\u2013/:]\d")
_JOINED_BEFORE = re.compile(r"\d[-\u2013/:]$")
#: A group of digits right after a figure that is itself written in groups: a phone number.
_GROUP_AFTER = re.compile(r" \d{2,4}(?!\d)")
#: Bare digit groups a space apart right before and right after a number (a telephone number's other parts).
_GROUPS_BEFORE = re.compile(r"(?:\d+[ \u00a0])+$")
_GROUPS_AFTER = re.compile(r"(?:[ \u00a0]\d+)+")
#: How far around a number its telephone number's other groups are read.
_PHONE_REACH = 24
#: How far (characters) before a figure a rank or street word, or after it a street word, may reach.
_REACH = 40
#: What may stand between a dial word and its number: up to three short words ("il", "der Nummer", "per
#: i fan", "客服热线") and a colon ("hotline: 95188", "热线：95188"), no digit and no clause break.
_COLON = re.escape("".join(script().colons))
_DIAL_GAP = compiled(rf"(?:[\s'\u2019]*[^\W\d_]{{1,12}}){{0,3}}[\s'\u2019]*(?:[{_COLON}]\s*)?")
#: Digits, alone or in groups a space apart: what one dials ("95188", "220 120 220").
_DIGIT_GROUPS = compiled(r"\d+(?:[ \u00a0]\d+)*")
#: How far (characters) before a number its dial word may start in an unspaced script, where the words
#: between are not told apart ("拨打客服热线95188", not "电话采访中表示今年粉丝增加了2000").
_DIAL_UNSPACED = 8
#: How far (characters) after a number its dial word may start ("unter 95188 anrufen").
_DIAL_AFTER = 12
#: At most this many capitalised words between a street noun and the house number.
_NAME_WORDS = 3
#: A word of a street's name.
_WORD = compiled(r"[^\W\d_][\w'.-]*")


@dataclass(frozen=True)
class NumberForms:
    """A language's rank and street words, its sample and capacity words (``sample_counts``), its
    words for one match or round (``unit_counts``) and the nouns a count may name (``counted_nouns``)."""

    samples: SampleCues
    units: UnitCues
    nouns: CountedNouns
    pools: RankPools
    ranks: re.Pattern[str]
    dial_before: re.Pattern[str]
    dial_after: re.Pattern[str]
    street_before: re.Pattern[str]
    street_after: re.Pattern[str]
    spaced: bool

    def states_no_count(self, text: str, figure: Quantity, start: int, end: int) -> bool:
        """Whether the figure (in the sentence from ``start`` to ``end``) is a rank, a house number, a
        score, a code or a phone number, or counts a sample, a capacity, the field of a ranking or one match."""
        return (_joined(text, figure, start) or self._ranked(text, figure, start) or self._dialled(text, figure, end)
                or self._address(text, figure, start, end) or self.samples.counts_a_sample(text, figure, start, end)
                or self.pools.counts_a_field(text, figure, start, end) or self.units.counts_a_unit(text, figure, start))

    def _ranked(self, text: str, figure: Quantity, start: int) -> bool:
        """A rank word right before a figure of bare digits ("number 150", "Platz 120", "第120"); not one
        with a scale word ("followers now number 10 million")."""
        if not figure.text.strip().isdigit():
            return False
        low = max(start, figure.start - _REACH)
        return any(not text[cue.end():figure.start].strip() for cue in self.ranks.finditer(text, low, figure.start))

    def _dialled(self, text: str, figure: Quantity, end: int) -> bool:
        """A number of bare digits that a dial word stands right before ("dial 95188", "chiamare il
        95188", "拨打客服热线95188", "tel. 220 120 220"; a short article or noun may stand between) or right
        after ("unter 95188 anrufen")."""
        if not _DIGIT_GROUPS.fullmatch(figure.text.strip()):
            return False
        low = max(0, figure.start - (_REACH if self.spaced else _DIAL_UNSPACED))
        if any(_DIAL_GAP.fullmatch(text, cue.end(), figure.start)
               for cue in self.dial_before.finditer(text, low, figure.start)):
            return True
        after = self.dial_after.search(text, figure.end, min(end, figure.end + _DIAL_AFTER))
        return after is not None and _DIAL_GAP.fullmatch(text, figure.end, after.start()) is not None

    def _address(self, text: str, figure: Quantity, start: int, end: int) -> bool:
        """A street noun after the figure with only capitalised words between ("1266 Nanjing West Road")
        or before it ("Via Montenapoleone 800"); unspaced, a house-number word right after it ("1266号")."""
        if not self.spaced:
            return self.street_after.match(text, figure.end, min(end, figure.end + 2)) is not None
        after = self.street_after.search(text, figure.end, min(end, figure.end + _REACH))
        if after is not None and _names_only(text[figure.end:after.start()]):
            return True
        low = max(start, figure.start - _REACH)
        return any(_names_only(text[cue.end():figure.start]) or (not text[cue.end():figure.start].strip()
                                                                  and _names_only(text[low:cue.start()][-20:], 1))
                   for cue in self.street_before.finditer(text, low, figure.start))


def _names_only(between: str, last: int = 0) -> bool:
    """Whether the text between a street noun and a number is a short run (1 to 3) of capitalised words
    (with ``last``, whether the last word before a street noun right before the number is one: "Nanjing
    West Road 1266", "Berliner Straße 100", not "auf der Straße 100.000")."""
    words = between.split()[-last:] if last else between.split()
    return 0 < len(words) <= _NAME_WORDS and all(_WORD.fullmatch(word) and word[0].isupper() for word in words)


def _joined(text: str, figure: Quantity, start: int) -> bool:
    """A sum on one side of an exchange rate ("$1 = 0.7843 pounds"); a figure of bare digits joined to
    another number ("112-108", "3:1", "11/11"), or in groups with another group after it ("400 820 8820"),
    or one group of a telephone number (``phone_group``)."""
    if figure.kind == "money" and ("=" in text[max(0, figure.start - 3):figure.start]
                                   or "=" in text[figure.end:figure.end + 3]):
        return True
    if not figure.text.replace(" ", "").replace(",", "").replace(".", "").isdigit():
        return False
    if _JOINED_AFTER.match(text, figure.end) or _JOINED_BEFORE.search(text[max(start, figure.start - 2):figure.start]):
        return True
    grouped = " " in figure.text.strip() and _GROUP_AFTER.match(text, figure.end) is not None
    return grouped or phone_group(text, figure)


def phone_group(text: str, figure: Quantity) -> bool:
    """Whether a number of bare digits has bare digit groups a space apart beside it: three groups in
    all, or two with one opening with a zero ("06 4471 2290", "+33 1 4455 6677"; a figure's thousands
    are one number to the recogniser, not groups)."""
    if not (figure.text.isascii() and figure.text.isdigit()):
        return False
    before = _GROUPS_BEFORE.search(text, max(0, figure.start - _PHONE_REACH), figure.start)
    after = _GROUPS_AFTER.match(text, figure.end, figure.end + _PHONE_REACH)
    groups = [figure.text, *(before.group().split() if before else []), *(after.group().split() if after else [])]
    return len(groups) >= 3 or (len(groups) == 2 and any(g.startswith("0") for g in groups))


def number_forms(lexicon: LanguageLexicon, spaced: bool) -> NumberForms:
    """The language's rank, street, sample, capacity and per-unit words, compiled once a language."""
    section = lexicon.section("metrics")
    return NumberForms(sample_cues(lexicon, spaced), unit_cues(lexicon, spaced), counted_nouns(lexicon, spaced),
                       rank_pools(lexicon, spaced),
                       cue_pattern(section.get("rank_before"), spaced),
                       cue_pattern(section.get("phone_before"), spaced),
                       cue_pattern(section.get("phone_after"), spaced),
                       cue_pattern(section.get("street_before"), spaced),
                       cue_pattern(section.get("street_after"), spaced), spaced)
