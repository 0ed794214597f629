"""The worth of what was sold is sales; a deal's worth stays a deal's value."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


@pytest.mark.parametrize(("lang", "text", "kinds"), [
    ("en", "Penfolds sold wine worth 120 million yuan on JD.com during the festival.", ["sales"]),
    ("fr", "Neuhaus a vendu sur Tmall des pralines d'une valeur de 12 millions de yuans.", ["sales"]),
    ("de", "Die Brauerei verkaufte auf JD.com Bier im Wert von 20 Millionen Yuan.", ["sales"]),
    ("pt", "A Havaianas vendeu no Tmall chinelos no valor de 50 milhões de yuans.", ["sales"]),
    ("zh", "该品牌在天猫售出价值1.2亿元的商品。", ["sales"]),
    # another deal word in the sentence: the worth is the deal's
    ("en", "Tencent bought a stake worth $300 million, and its sales rose to $2 billion.", ["deal_value", "sales"]),
    ("en", "The brand's sales rose 20%, and its deal with Tmall is worth $50 million.", ["deal_value"]),
    # a word of worth with no selling word before it
    ("en", "The partnership between Adidas and Tmall is worth 40 million dollars.", ["deal_value"]),
])
def test_the_worth_of_what_was_sold_is_sales(extract_text, lang, text, kinds) -> None:
    assert [f.kind for f in extract_text(lang, text, None).facts if isinstance(f, Metric)] == kinds
