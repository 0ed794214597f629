"""A figure whose clause opens with a name nobody read keeps that name, not a bystander of another sentence."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.phrase_subjects import CLAUSE_PHRASE_CONFIDENCE, without_article

UNREAD = [
    # (lang, text, the subject of its one metric): the brand of the first sentence is a bystander of the second,
    # whose clause opens with a name no lexicon knows (invented names).
    ("en", "Gucci opened a store on Tmall in March. Founded in 1990 in Leeds, Harwick Outdoor Supply has "
           "410,000 followers on Weibo.", "Harwick Outdoor Supply"),
    ("fr", "Le groupe LVMH a ouvert une boutique sur Tmall. Fondée en 1990 à Lyon, Tissages Arbelet compte "
           "85 000 abonnés sur Weibo.", "Tissages Arbelet"),
    ("es", "Zara abrió una tienda en Tmall. Fundada en 1990 en Sevilla, la Bodega Arrieta Llanos tiene "
           "85.000 seguidores en Weibo.", "Bodega Arrieta Llanos"),
    # ... or is all of the clause before an aside that closes right before the figure's clause.
    ("it", "Prada ha aperto un negozio su Tmall. La concorrenza resta forte: la Fonderia Castelvetri, attiva dal "
           "1990, conta 85.000 follower su Weibo.", "Fonderia Castelvetri"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), UNREAD)
def test_an_unread_subject_keeps_its_figure(extract_text, lang: str, text: str, subject: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [(m.subject, m.confidence) for m in metrics] == [(subject, CLAUSE_PHRASE_CONFIDENCE)]


BYSTANDER_KEPT = [
    # Two names joined are not one owner; a run after lower-case words is a genitive's, not the subject.
    ("en", "Gucci opened a store on Tmall in March. Founded in 1990 in Leeds, Harwick Supply and Dunmore "
           "Yarns have 410,000 followers on Weibo."),
    ("en", "Gucci opened a store on Tmall in March. Founded in 1990 in Leeds, the shop of Harwick Supply has "
           "410,000 followers on Weibo."),
]


@pytest.mark.parametrize(("lang", "text"), BYSTANDER_KEPT)
def test_a_run_that_is_no_subject_changes_nothing(extract_text, lang: str, text: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == ["Gucci"]


ARTICLES = [
    ("fr", "La Compagnie des Alpes", "Compagnie des Alpes"),
    ("fr", "L'Atelier Verlaine", "Atelier Verlaine"),
    ("es", "El Clásico", "Clásico"),
    ("pt", "a Diam Bouchage", "Diam Bouchage"),
    ("it", "Il Piermarini", "Piermarini"),
    ("en", "The Eden Project", "Eden Project"),
    ("es", "La ilustre Fundación", "La ilustre Fundación"),  # (a lower-case word after it: kept whole)
    ("pt", "Alpargatas", "Alpargatas"),  # (no article: "A" is not the start of "Alpargatas")
]


@pytest.mark.parametrize(("lang", "run", "name"), ARTICLES)
def test_the_article_opening_a_run_is_left_out(lang: str, run: str, name: str) -> None:
    assert without_article(run, lang) == name
