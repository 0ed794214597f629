"""A figure of an account or store no name holds (relate/owner_holdings.py)."""

from __future__ import annotations

import pytest

from crossreach.models import Quantity
from crossreach.relate.context import DocumentView
from crossreach.relate.owner_holdings import holder_opens

# (lang, text, the figure's value, whether its clause opens with an account or store no name holds)
OPENINGS = [
    ("en", "Valmora opened a store on Tmall in May. The store now has 540,000 followers.", 540_000, True),
    ("it", "Valmora ha aperto un negozio su Tmall. Il negozio conta oggi 215mila follower.", 215_000, True),
    ("fr", "Valmora ouvre une boutique sur Tmall. Le compte officiel compte 300 000 abonnés.", 300_000, True),
    ("de", "Valmora eröffnet einen Shop auf Tmall. Der Kanal hat inzwischen 120.000 Follower.", 120_000, True),
    ("es", "Valmora abrió una tienda en Tmall. La cuenta oficial en la plataforma suma 268.000 seguidores.",
     268_000, True),
    ("pt", "A Valmora abriu uma loja no Tmall. A conta no Douyin já reuniu 138 mil seguidores.", 138_000, True),
    ("zh", "Valmora入驻天猫。其抖音官方账号目前拥有粉丝83.5万。", 835_000, True),
    # The holder is named: the rules read the genitive, not this feature.
    ("pt", "A Valmora abriu uma loja no Tmall. A conta da Gucci no Douyin tem 300 mil seguidores.", 300_000, False),
    # No account or store opens the clause.
    ("en", "Valmora opened a store on Tmall in May. Its sales reached 540,000 yuan.", 540_000, False),
    ("it", "Valmora ha aperto un negozio su Tmall. La diretta è stata seguita da 1,9 milioni di spettatori.",
     1_900_000, False),
]


@pytest.mark.parametrize(("lang", "text", "value", "held"), OPENINGS)
def test_an_account_no_name_holds_opens_the_figures_clause(extract_text, lang: str, text: str, value: float,
                                                           held: bool) -> None:
    view = DocumentView(extract_text(lang, text))
    figure = next(q for q in view.extraction.quantities if q.value == value)
    sentence = next(s for s in view.extraction.sentences if s.start <= figure.start < s.end)
    assert holder_opens(view, sentence, figure) is held


def test_a_figure_is_read_once(extract_text) -> None:
    view = DocumentView(extract_text("en", "The store now has 540,000 followers."))
    figure: Quantity = next(q for q in view.extraction.quantities if q.value == 540_000)
    sentence = view.extraction.sentences[0]
    assert holder_opens(view, sentence, figure) is True
    assert (holder_opens, sentence.start, figure.start) in view.memo
