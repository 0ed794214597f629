"""An importer, distributor or store operator owns no figure from outside its sentence (owner_intermediaries)."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric, Quantity
from crossreach.relate.context import DocumentView
from crossreach.relate.owner_intermediaries import intermediary, intermediary_names, intermediary_nouns

# (lang, text, the intermediaries it names): a role noun right before the name, a few words between.
NAMED = [
    ("en", "Rough Trade opens on Tmall\n\nThe Tmall store is run with the cross-border operator Baozun.", {"Baozun"}),
    ("it", "Acetaia Giusti rinnova con Tmall Global\n\nIl negozio è gestito dal distributore di Canton Oubei Trading.",
     {"Oubei Trading"}),
    ("fr", "Piganiol arrive sur Pinduoduo\n\nLes parapluies sont vendus par l'importateur Weiyu Trading.",
     {"Weiyu Trading"}),
    ("de", "Meindl startet auf JD.com\n\nDer Shop wird von der Agentur Shanghai Bluefeather Digital betrieben.",
     {"Shanghai Bluefeather Digital"}),
    ("es", "Cecotec llega a JD.com\n\nLa tienda la gestiona el operador Hangzhou Lianxin Trading desde marzo.",
     {"Hangzhou Lianxin Trading"}),
    ("pt", "A Órbita chega à JD.com\n\nA loja é gerida pela agência Shenzhen Brightway Digital, parceira da marca.",
     {"Shenzhen Brightway Digital"}),
    ("zh", "卡尔切登陆京东\n\n卡尔切的京东旗舰店由经销商Oubei Trading负责运营。", {"Oubei Trading"}),
    # Another name between the noun and this one: the noun introduces the first.
    ("en", "Chester Zoo joins Douyin\n\nZSL London Zoo has 310,000 followers, according to social media agency "
           "Yiqi Digital, while Edinburgh Zoo saw its following stall.", {"Yiqi Digital"}),
    # No role noun: no intermediary.
    ("en", "Rough Trade opens on Tmall\n\nThe store was opened with Baozun in September.", set()),
]


@pytest.mark.parametrize(("lang", "text", "names"), NAMED)
def test_a_role_noun_names_an_intermediary(extract_text, lang, text, names) -> None:
    view = DocumentView(extract_text(lang, text))
    assert intermediary_names(view, intermediary_nouns(load_language(lang), view.spaced), set()) == names


def test_a_name_of_the_headline_is_no_intermediary(extract_text) -> None:
    """A name of the headline or lead is what the document is about ("the name the lead gives": ``owners``)."""
    view = DocumentView(extract_text("it", "Oubei Trading apre su Tmall Global\n\nIl distributore Oubei Trading ha "
                                           "aperto un negozio."))
    assert not intermediary_names(view, intermediary_nouns(load_language("it"), True), {"Oubei Trading"})


def test_an_intermediary_owns_only_a_figure_of_its_own_clause(extract_text) -> None:
    text = ("Rough Trade opens on Tmall\n\nThe record shop now sells in China. The store is run with the operator "
            "Baozun. Baozun reported revenue of 9.4 "
            "billion yuan. The Tmall store, run with the operator Baozun, sold 11,000 records.")
    extraction = extract_text("en", text)
    view = DocumentView(extraction)
    names = frozenset({"Baozun"})
    baozun = [m for m in extraction.mentions if m.name == "Baozun"]
    sentences = [view.sentence_of(m.start) for m in baozun]
    revenue = Quantity(text.index("9.4"), text.index(" yuan"), "9.4 billion", 9.4e9)
    records = Quantity(text.index("11,000"), text.index("11,000") + 6, "11,000", 11_000)
    assert intermediary(view, names, sentences[1], baozun[0], revenue)  # (named in another sentence)
    assert not intermediary(view, names, sentences[1], baozun[1], revenue)  # (its own clause: its own revenue)
    assert intermediary(view, names, sentences[2], baozun[2], records)  # (in an aside)
    assert not any(isinstance(f, Metric) and f.subject == "Baozun" and f.value == 11_000 for f in extraction.facts)
