"""The worth of what was sold is sales, not a deal's value: "Penfolds sold wine worth 120 million
yuan", "vendió vino por un valor de 97,6 millones de euros", "verkaufte Bier im Wert von 20
Millionen Yuan", "售出价值1.2亿元的商品"; and the worth of what was given is a donation: "donated
equipment worth 5 million yuan", "捐赠价值500万元的积木教具". A word of worth (``metrics.value_words``
of each language's lexicon) is a deal_value cue, as it is in "the deal is worth $50 million"; it
names sales (donations) when a selling (donating) word stands before the sum in its sentence, the
nearest such word deciding, and no other deal word (deal, contract, stake, paid) does anywhere in it.
"""

from __future__ import annotations

from crossreach.models import Quantity

#: The kinds of the acts whose worth a word of worth after them tells.
_ACTS = ("sales", "donations")


def sold_values(text: str, figures: list[Quantity], kinds: list[str | None], cues: list[tuple[int, int, str]],
                value_words: frozenset[str]) -> list[str | None]:
    """The kinds, with each sum named by a word of worth after a selling or donating word made sales or
    a donation."""
    deal_words = [text[start:end].casefold() for start, end, kind in cues if kind == "deal_value"]
    if not deal_words or any(word not in value_words for word in deal_words):
        return kinds
    acts = [(end, kind_of) for _, end, kind_of in cues if kind_of in _ACTS]
    named = []
    for figure, kind in zip(figures, kinds, strict=True):
        before = [kind_of for end, kind_of in acts if end <= figure.start]
        named.append(before[-1] if kind == "deal_value" and figure.kind == "money" and before else kind)
    return named
