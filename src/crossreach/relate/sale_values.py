"""The worth of what was sold is sales, not a deal's value: "Penfolds sold wine worth 120 million
yuan", "vendió vino por un valor de 97,6 millones de euros", "verkaufte Bier im Wert von 20
Millionen Yuan", "售出价值1.2亿元的商品". A word of worth (``metrics.value_words`` of each language's
lexicon) is a deal_value cue, as it is in "the deal is worth $50 million"; it names sales when a
selling word stands before the sum in its sentence and no other deal word (deal, contract, stake,
paid) does anywhere in it.
"""

from __future__ import annotations

from crossreach.models import Quantity


def sold_values(text: str, figures: list[Quantity], kinds: list[str | None], cues: list[tuple[int, int, str]],
                value_words: frozenset[str]) -> list[str | None]:
    """The kinds, with each sum named by a word of worth after a selling word made sales."""
    deal_words = [text[start:end].casefold() for start, end, kind in cues if kind == "deal_value"]
    if not deal_words or any(word not in value_words for word in deal_words):
        return kinds
    return ["sales" if kind == "deal_value" and figure.kind == "money"
            and any(kind_of == "sales" and end <= figure.start for _, end, kind_of in cues) else kind
            for figure, kind in zip(figures, kinds, strict=True)]
