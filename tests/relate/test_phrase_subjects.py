"""A figure no entity owns keeps the noun phrase its text uses as subject, with a low confidence."""

from __future__ import annotations

import pytest

from crossreach.models import Metric
from crossreach.relate.phrase_subjects import CLAUSE_PHRASE_CONFIDENCE

PHRASES = [
    # (lang, one sentence, the subject of its one metric): the capitalised phrase opening the
    # figure's clause, else its sentence (before an aside), without its article, else the phrase the audience
    # cue heads.
    ("it", "Alla fine della serata, la Prima della Scala aveva raccolto sulla piattaforma cinese "
           "2,6 milioni di spettatori.", "Prima della Scala"),
    ("it", "Il Piermarini, guidato dal sovrintendente, ha chiuso il 2022 con ricavi da biglietteria "
           "per 38,2 milioni di euro.", "Piermarini"),
    ("it", "I visitatori cinesi sono stati 1,2 milioni nel 2023.", "visitatori cinesi"),
    ("it", "Secondo i dati, sono arrivati 1,2 milioni di visitatori dalla Cina nel 2023.", "visitatori dalla Cina"),
    ("en", "Last year 2.3 million Chinese visitors came to the city.", "Chinese visitors"),
    ("en", "Figures show that 1.4 million visitors from China came in 2023.", "visitors from China"),
    ("fr", "L'an dernier, 800 000 visiteurs chinois ont franchi les portes.", "visiteurs chinois"),
    ("fr", "Selon la direction, les Rencontres de Mauriac ont enregistré 52 000 entrées payantes.",
     "Rencontres de Mauriac"),
    ("de", "Im vergangenen Jahr kamen 500.000 chinesische Besucher.", "chinesische Besucher"),
    ("de", "Es kamen 500.000 Besucher aus China.", "Besucher aus China"),
    ("es", "El año pasado llegaron 300.000 visitantes chinos.", "visitantes chinos"),
    ("pt", "Segundo a diretora, entraram 9 mil visitantes chineses no primeiro semestre.", "visitantes chineses"),
    ("zh", "去年共有260万中国游客到访。", "中国游客"),
]


@pytest.mark.parametrize(("lang", "text", "subject"), PHRASES)
def test_a_figure_no_name_owns_keeps_its_phrase(extract_text, lang: str, text: str, subject: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [(m.subject, m.confidence) for m in metrics] == [(subject, CLAUSE_PHRASE_CONFIDENCE)]


NO_SUBJECT = [
    # A pronoun, a bare cue, a measure word, a source cue or a sentence's capitalised first word names no one.
    ("en", "It says 40,000 visitors came."),
    ("en", "It says income rose to 3.9 million pounds last year."),
    ("it", "Sono arrivati 2,6 milioni di spettatori."),
    ("pt", "Entraram 9 mil visitantes no primeiro semestre."),
    ("zh", "它说有4万名游客。"),
]


@pytest.mark.parametrize(("lang", "text"), NO_SUBJECT)
def test_a_phrase_with_no_content_gives_no_subject(extract_text, lang: str, text: str) -> None:
    assert [f for f in extract_text(lang, text).facts if isinstance(f, Metric)] == []


def test_an_article_keeps_an_audience_phrase_out(extract_text) -> None:
    # In an article the people counted are, as a rule, a venue's named elsewhere: the cue's phrase
    # is for a text of one sentence; the museum's visitors are not "visitantes chineses".
    text = ("O museu reabriu em março. Segundo a diretora, entraram 9 mil visitantes chineses "
            "no primeiro semestre.")
    assert all(m.subject != "visitantes chineses"
               for m in extract_text("pt", text).facts if isinstance(m, Metric))


@pytest.mark.parametrize(("lang", "text", "subject"), [
    # A gain no candidate owns is its figure's, the one before it in the sentence counting the same;
    # an owner noun a source cue stands before is the source, not the subject.
    ("fr", "D'après l'agence, 640 000 visiteurs chinois sont venus, soit 52 000 de plus qu'en 2022.",
     "visiteurs chinois"),
    ("it", "Secondo l'agenzia, sono arrivati 640.000 visitatori cinesi, 52.000 in più del 2022.", "visitatori cinesi"),
])
def test_a_gain_is_owned_by_its_figure_s_subject_not_by_a_source(extract_text, lang, text, subject) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [(m.subject, m.aspect) for m in metrics] == [(subject, "total"), (subject, "change")]
