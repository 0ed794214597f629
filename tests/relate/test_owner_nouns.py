"""Owner noun phrases: each phrase opening with an article is read with a demonstrative too."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Metric
from crossreach.relate.owner_nouns import owner_noun_categories, with_demonstratives

_ELIDED = {"articles": ["l'"], "demonstratives": ["quest'", "questo"]}
EXPANDED = [
    # (phrases, determiners, spaced, a phrase read, its category or None)
    ({"the video": "work"}, {"articles": ["the"], "demonstratives": ["this"]}, True, "this video", "work"),
    ({"l'accordo": "work"}, _ELIDED, True, "quest'accordo", "work"),
    ({"l'accordo": "work"}, _ELIDED, True, "questo accordo", "work"),
    ({"该视频": "work"}, {"articles": ["该"], "demonstratives": ["这段"]}, False, "这段视频", "work"),
    # Only an article at the phrase's start is replaced, and only as a whole word.
    ({"theatre": "culture"}, {"articles": ["the"], "demonstratives": ["this"]}, True, "thisatre", None),
    ({"the club": "culture"}, {"articles": ["the"], "demonstratives": []}, True, "this club", None),
    # A phrase listed on its own keeps its category; no demonstrative form overrides it.
    ({"the show": "work", "this show": "culture"}, {"articles": ["the"], "demonstratives": ["this"]}, True,
     "this show", "culture"),
]


@pytest.mark.parametrize(("phrases", "determiners", "spaced", "phrase", "category"), EXPANDED)
def test_phrases_are_read_with_demonstratives(phrases: dict[str, str], determiners: dict[str, list[str]],
                                              spaced: bool, phrase: str, category: str | None) -> None:
    assert with_demonstratives(phrases, determiners, spaced).get(phrase) == category


@pytest.mark.parametrize(("lang", "phrase", "category"), [
    ("en", "this museum", "museum"), ("it", "questa mostra", "work"), ("fr", "cette vidéo", "work"),
    ("de", "dieser verein", "culture"), ("es", "esta marca", "brand"), ("pt", "este clube", "culture"),
    ("zh", "本次直播", "work"),
])
def test_every_language_reads_its_demonstratives(lang: str, phrase: str, category: str) -> None:
    lexicon = load_language(lang)
    assert owner_noun_categories(lexicon.section("metrics"), is_spaced(lexicon))[phrase] == category


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "This video has been viewed 3 million times on Bilibili.", "This video"),
    ("it", "Questo video ha raccolto 3 milioni di visualizzazioni.", "Questo video"),
    ("de", "Dieses Video wurde 2 Millionen Mal angesehen.", "Dieses Video"),
    ("zh", "本次直播累计观看人数达到230万。", "本次直播"),
    ("zh", "這次展覽吸引了超過10萬名觀眾。", "這次展覽"),
    # A fashion show is a work whose audience is counted like a livestream's.
    ("fr", "Plus de 3 millions d'internautes ont suivi le défilé en direct sur Tencent Video.", "le défilé"),
])
def test_a_figure_owned_by_a_demonstrative_phrase_keeps_it_as_subject(extract_text, lang: str, text: str,
                                                                     subject: str) -> None:
    metrics = [f for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == [subject]
