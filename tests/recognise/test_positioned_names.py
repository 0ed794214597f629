"""Organizations named by the places a document keeps writing them in, in every language."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Mention
from crossreach.recognise.common_words import lower_case_words
from crossreach.recognise.positioned_names import positioned_names
from crossreach.segment import split_sentences


def _found(lang: str, text: str, known: list[Mention] | None = None) -> list[tuple[str, str, str]]:
    lexicon = load_language(lang)
    found = positioned_names(text, split_sentences(text, lexicon), lexicon, known or [], lower_case_words(text))
    return sorted({(m.text, m.name, m.type) for m in found})


def _orgs(*names: str) -> list[tuple[str, str, str]]:
    return sorted((name, name, "organization") for name in names)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A clause's subject, then a partnership preposition or an article: two places where only a name stands.
    ("en", "Brightvale signed a deal. The platform renewed its pact with Brightvale.", _orgs("Brightvale")),
    ("en", "Shoppers spent more at Quillmoor's shops. Quillmoor's members number 90,000.", _orgs("Quillmoor")),
    # A possessive inside a run ends the name before it ("Quillmoor's Shenzhen debut").
    ("en", "Quillmoor's Shenzhen debut draws viewers.\n\nQuillmoor was founded in 2018.", _orgs("Quillmoor")),
    ("it", "Ventoria vende su Tmall. L'accordo con Ventoria, firmato nel 2024, scade nel 2027.", _orgs("Ventoria")),
    ("fr", "Ferlanne double ses ventes. Le partenariat avec Ferlanne est renouvelé.", _orgs("Ferlanne")),
    ("es", "La ACVT estrena su acuerdo. El contrato con la ACVT, firmado en 2024, sigue.", _orgs("ACVT")),
    ("pt", "Brascova encerra o contrato. O acordo com a Brascova foi renovado.", _orgs("Brascova")),
    # German capitalises its nouns: a capital alone says nothing, the letters must show a name.
    ("de", "KorvaTec gewinnt Nutzer. Die Kooperation mit KorvaTec, die 2024 begann, läuft.", _orgs("KorvaTec")),
    ("de", "Nutzer lernen mit Plattform. Die Plattform gewinnt Nutzer mit Plattform.", []),
    # A colon opens a clause, as a sentence does ("Pétanque : Ferlanne double ses ventes").
    ("fr", "La pétanque en Chine : Ferlanne double ses ventes. Le partenariat avec Ferlanne est renouvelé.",
     _orgs("Ferlanne")),
    ("en", "Pétanque in China: Brightvale doubles its sales. The platform renewed its pact with Brightvale.",
     _orgs("Brightvale")),
    # A genitive and a lower-case word after it make no longer name ("une triplette Ferlanne de compétition").
    ("fr", "Ferlanne double ses ventes. Le partenariat avec Ferlanne est renouvelé. Une boule Ferlanne de compétition.",
     _orgs("Ferlanne")),
    # Once only: nothing says it is a name.
    ("en", "The platform signed a deal with Brightvale.", []),
    # A word the text also writes in lower case, a stop word, a given name: no organization.
    ("en", "Keep grew fast. A deal with Keep was signed, fans keep watching.", []),
    ("en", "Chinese shoppers spent more. Chinese buyers came with Chinese friends.", []),
    ("fr", "Claire signe un accord. Le partenariat avec Claire est renouvelé.", []),
    # After an opening article a lower-case word may be an adjective: no subject unless the letters say so.
    ("fr", "La Ligue nationale signe. La Ligue nationale vend.", []),
    # The head of a longer name, or a name before a number, is no name alone.
    ("it", "Firmato con il Conservatorio di Verlona. Il Conservatorio di Verlona apre. Il Conservatorio cresce.", []),
    # A name before a noun it modifies stands where a place's name does too.
    ("en", "It signed a memorandum with Lorwick tourism board. Flights on the Lorwick route start in May.", []),
    # Chinese writes no capitals: nothing is read.
    ("zh", "品牌与平台合作。", []),
])
def test_a_name_written_in_places_only_names_stand_in_is_an_organization(
        lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(lang, text) == expected


def test_every_place_the_name_is_written_is_a_mention() -> None:
    text = "Brightvale signed a deal. The platform renewed its pact with Brightvale. Brightvale grew."
    assert [m.start for m in positioned_names(text, split_sentences(text, load_language("en")),
                                              load_language("en"), [], lower_case_words(text))] == [0, 61, 73]


def test_a_surname_of_a_person_the_text_names_stays_the_persons() -> None:
    text = "Anna Brightvale said so. Brightvale signed a deal, and a pact with Brightvale followed."
    known = [Mention(0, 15, "Anna Brightvale", "Anna Brightvale", "person")]
    assert _found("en", text, known) == []


def test_a_known_name_and_its_acronym_are_left_to_their_rules() -> None:
    text = "La Bibliotheque nationale de Lorvaine signe. La BnL vend. Un accord avec la BnL."
    known = [Mention(3, 36, "Bibliotheque nationale de Lorvaine", "Bibliotheque nationale de Lorvaine",
                     "organization", "culture", origin="pattern")]
    assert _found("fr", text, known) == []


@pytest.mark.parametrize(("lang", "text", "start", "surface"), [
    ("es", "El Instituto Quervantes abre. El Quervantes organiza cursos.", 0, "Instituto Quervantes"),
    ("it", "Il Museo Torvani apre. Il Torvani vende biglietti.", 0, "Museo Torvani"),
])
def test_a_gazetteer_name_written_by_its_last_word_is_the_same_entity(lang: str, text: str, start: int,
                                                                      surface: str) -> None:
    whole = text.index(surface)
    known = [Mention(whole, whole + len(surface), surface, surface, "organization", "culture")]
    short = surface.split()[-1]
    assert _found(lang, text, known) == [(short, surface, "organization")]


def test_a_word_names_end_with_is_no_short_form() -> None:
    text = "The Quervantes Group opened. The Group said sales rose. A deal with Group followed."
    known = [Mention(4, 18, "Quervantes Group", "Quervantes Group", "organization", "other")]
    assert _found("en", text, known) == []


def _origins(lang: str, text: str, known: list[Mention] | None = None) -> list[tuple[str, str]]:
    lexicon = load_language(lang)
    found = positioned_names(text, split_sentences(text, lexicon), lexicon, known or [], lower_case_words(text))
    return sorted({(m.text, m.origin) for m in found})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The headline's subject (opening it, or its clause after a colon or comma), written again in the body:
    # the organization the article is about, once written elsewhere, wherever it stands.
    ("it", "Olio toscano, Verdolini sbarca su Tmall\n\nIl frantoio vende di piu.\n\n"
           "Una bottiglia di Verdolini costa 20 euro.",
     [("Verdolini", "pattern")]),
    ("pt", "Cortiçaria Lameiro vende mais na China\n\nO grupo cresce.\n\n"
           "LISBOA (Lusa) - A Cortiçaria Lameiro vendeu 2 milhões.",
     [("Cortiçaria Lameiro", "pattern")]),
    ("en", "Pianos in China: Brunelvo conquers Douyin\n\nThe maker grew.\n\nSales of Brunelvo rose by a third.",
     [("Brunelvo", "pattern")]),
    # ... not once only, nor a cue noun alone, the head of a longer name, a place or a name a known one holds.
    ("it", "Olio toscano, Verdolini sbarca su Tmall\n\nIl frantoio vende di piu.", []),
    ("it", "Arte, la Fondazione firma con Weibo\n\nIl museo cresce.\n\nLa Fondazione apre.", []),
    ("fr", "La Cité attire les Chinois\n\nLe parc grandit.\n\nLa Cité de l'espace a 48 000 visiteurs.", []),
    ("fr", "Lumières : Lorvanne mise sur Douyin\n\nLa ville grandit.\n\nLes hôtels à Lorvanne sont pleins.", []),
    # German capitalises its nouns: a headline's capital says nothing there.
    ("de", "Bergschuhe: Absatz wächst in China\n\nDer Hersteller wächst.\n\nDer Absatz stieg.", []),
])
def test_the_subject_of_the_headline_written_again_is_an_organization(lang: str, text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    assert _origins(lang, text) == expected


def test_a_headline_subject_that_a_known_name_holds_is_left_to_it() -> None:
    text = ("Jazz, Lorvanne Jazz suona in Cina\n\nIl festival cresce.\n\n"
            "La Fondazione Lorvanne Jazz vende. Con Lorvanne Jazz ci sono 3 sponsor.")
    start = text.index("Fondazione")
    known = [Mention(start, start + 24, "Fondazione Lorvanne Jazz", "Fondazione Lorvanne Jazz", "organization", "ngo")]
    assert _origins("it", text, known) == []
