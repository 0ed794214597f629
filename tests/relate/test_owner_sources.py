"""The sources of a document, read when asked (``relate/owner_sources.py``): the same answers,
whatever is asked first, as reading every mention up front gave."""

from __future__ import annotations

import pytest

CASES = [
    # (lang, text, name, whether a source)
    ("en", "According to Reuters, Tencent has 1.2 billion users.", "Reuters", True),
    ("en", "According to Reuters, Tencent has 1.2 billion users.", "Tencent", False),
    ("en", "Tencent has 1.2 billion users, Kantar said.\nPhoto: Reuters", "Reuters", True),
    ("it", "Secondo Kantar, Tencent ha 1,2 miliardi di utenti.", "Kantar", True),
    ("it", "Secondo Kantar, Tencent ha 1,2 miliardi di utenti.", "Tencent", False),
    ("de", "Laut Kantar hat Tencent 1,2 Milliarden Nutzer.", "Kantar", True),
    ("fr", "Selon Kantar, Tencent compte 1,2 milliard d'utilisateurs.", "Tencent", False),
    # An outlet later in a source cue's phrase is its source too; a name after the phrase is not.
    ("it", "L'accordo vale, secondo indiscrezioni raccolte dalla Gazzetta dello Sport, circa 1,8 milioni di euro.",
     "Gazzetta dello Sport", True),
    ("en", "According to people familiar with the talks cited by the Financial Times, Tencent paid $1.5 billion.",
     "Financial Times", True),
    ("en", "According to people familiar with the talks cited by the Financial Times, Tencent paid $1.5 billion.",
     "Tencent", False),
]


@pytest.mark.parametrize(("lang", "text", "name", "source"), CASES)
def test_a_name_is_a_source_where_a_cue_credits_it(extract_text, lang: str, text: str, name: str,
                                                   source: bool) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.owner_sources import DocumentSources
    from crossreach.relate.owners import owner_cues

    view = DocumentView(extract_text(lang, text))
    cues = owner_cues(load_language(lang), view.spaced)
    named = [m for m in view.extraction.mentions if m.name == name]
    assert named
    forward, backward = DocumentSources(view, cues), DocumentSources(view, cues)
    asked_forward = [forward.is_source(m) for m in view.extraction.mentions]
    asked_backward = [backward.is_source(m) for m in reversed(view.extraction.mentions)][::-1]
    assert asked_forward == asked_backward  # (the order of the questions changes no answer)
    assert all(forward.is_source(m) is source for m in named)


REPORTING_MEDIA = [
    # (lang, text, the outlet that reports the figure and must not own it)
    ("en", "Gucci opened a store on Tmall. Bloomberg reported that the store drew 2 million visitors.", "Bloomberg"),
    ("it", "Prada ha aperto un negozio su Tmall. Il Sole 24 Ore ha riportato che il negozio ha attirato "
           "2 milioni di visitatori.", "Il Sole 24 Ore"),
    ("fr", "Chanel a ouvert une boutique sur Tmall. Le Figaro rapporte que la boutique a attiré "
           "2 millions de visiteurs.", "Le Figaro"),
    ("es", "Zara abrió una tienda en Tmall. El País informó que la tienda atrajo a 2 millones de visitantes.",
     "El País"),
    ("pt", "A Natura abriu uma loja no Tmall. A Folha de S.Paulo noticiou que a loja atraiu 2 milhões de "
           "visitantes.", "Folha de S.Paulo"),
]


@pytest.mark.parametrize(("lang", "text", "outlet"), REPORTING_MEDIA)
def test_a_medium_before_a_reporting_verb_owns_no_figure(extract_text, lang, text, outlet) -> None:
    from crossreach.models import Metric

    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert metrics and all(m.subject != outlet for m in metrics)
