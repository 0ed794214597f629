"""Preparing documents: normalised text, stable ids, language and dateline."""

from __future__ import annotations

import importlib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.ingest import Article, prepare
from crossreach.ingest.dateline import find_dateline
from crossreach.ingest.language import detect_language
from crossreach.ingest.prepare import document_id, identify, normalise_text
from crossreach.lexicon import load_language

#: The module (the package's ``prepare`` is its function of that name).
prepare_module = importlib.import_module("crossreach.ingest.prepare")


def test_same_text_from_two_paths_has_one_id() -> None:
    a = prepare(Article(source="a.txt", text="Title\r\n\r\n\r\nBody text.  \n"))
    b = prepare(Article(source="other/b.txt", text="Title\n\nBody text.\n"))
    assert a.doc_id == b.doc_id
    assert a.doc_id.startswith("sha256:")


def test_normalisation_keeps_no_break_spaces_and_drops_invisible_characters() -> None:
    assert normalise_text("1\u202f200\u00a0000 vues\u200b\ufeff") == "1\u202f200\u00a0000 vues"


def _normalised_by_regexes(text: str) -> str:
    """``normalise_text`` as it was, every regex run on every text: what its shortcuts must give."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = prepare_module._INVISIBLE.sub("", text)
    text = prepare_module._TRAILING_SPACE.sub("\n", text + "\n")
    return prepare_module._BLANK_LINES.sub("\n\n", text).strip()


@pytest.mark.parametrize("text", [
    "plain text, nothing to change",
    "trailing spaces \nand tabs\t\t\nand no-break spaces\u00a0\u202f\nend",
    "spaces at the very end   ",
    "no-break spaces at the end\u00a0\u202f",
    "one\n\n\n\ntwo\n\n\nthree",
    "blank lines made by trailing spaces\n \n\t\n\nend",
    "invisible\u200b characters\ufeff\u202e here\u2060",
    "invisible between line ends\n\u200b\n\n",
    "\r\nwindows\r\n\r\n\r\nline ends \r\n",
    "e\u0301 composed, \u3000 ideographic space\n",
    "",
    " \n\n\n ",
])
def test_normalisation_runs_a_regex_only_where_it_matches(text: str) -> None:
    assert normalise_text(text) == _normalised_by_regexes(text)


_AT_LINE_ENDS = ["a", " ", "\t", "\u00a0", "\u202f", "\n", "\r", "\u200b", "\ufeff", "\u00e9"]


@given(st.text(alphabet=st.sampled_from(_AT_LINE_ENDS)))
def test_normalisation_is_the_regexes_normalisation(text: str) -> None:
    assert normalise_text(text) == _normalised_by_regexes(text)


@given(st.text())
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert document_id(once) == document_id(normalise_text(once))


@settings(max_examples=50)
@given(st.text())
def test_identify_gives_the_text_and_id_prepare_stores(text: str) -> None:
    document = prepare(Article(source="a.txt", text=text, lang="en"))
    assert identify(text) == (document.text, document.doc_id)


@settings(max_examples=50)
@given(st.text())
def test_an_article_identified_before_prepares_as_one_identified_there(text: str) -> None:
    normalised, doc_id = identify(text)
    before = prepare(Article(source="a.txt", text=normalised, doc_id=doc_id, lang="en"))
    assert before == prepare(Article(source="a.txt", text=text, lang="en"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Headline\n\nPublished 12 March 2021 · Business desk\n\nBody.", "2021-03-12"),
        ("en", "Headline\n\nPublished 1 August 2020\n\nBody.", "2020-08-01"),
        ("it", "Titolo\n\nPubblicato il 3 novembre 2020\n\nTesto.", "2020-11-03"),
        ("fr", "Titre\n\nPublié le 7 juillet 2020 | Culture\n\nTexte.", "2020-07-07"),
        ("de", "Titel\n\n10. März 2022\n\nText.", "2022-03-10"),
        ("es", "Título\n\nPublicado el 24 de junio de 2020\n\nTexto.", "2020-06-24"),
        ("pt", "Título\n\nPublicado em 5 de maio de 2021\n\nTexto.", "2021-05-05"),
        ("zh", "标题\n\n2021年5月20日\n\n正文。", "2021-05-20"),
        ("en", "Sport\n\nHeadline\n\nStandfirst\n\nBy A Writer\n\nPhoto credit\n\n"
               "UPDATED May 27, 2024, 06:52 PM\n\nBody.", "2024-05-27"),
        ("en", "Headline\n\nAugust 2, 2024 4:12 PM GMT+1 Updated 3 hours ago\n\nBody.", "2024-08-02"),
        ("es", "Titular\n\nMadrid | 23/10/2024 - 11:05 CEST\n\nTexto.", "2024-10-23"),
        ("fr", "Titre\n\nPublié: 19.09.2023, 06h45\n\nTexte.", "2023-09-19"),
        ("pt", "Título\n\n21.mai.2024 às 16h45\n\nTexto.", "2024-05-21"),
        ("es", "Titular\n\nRedacción | 13 nov 2023 - 06:45 | Lectura: 4'\n\nTexto.", "2023-11-13"),
        ("fr", "Titre\n\nMARSEILLE, 8 fév 2024 (AFP) - Le club a franchi mardi le cap du million d'abonnés sur "
               "la plateforme, a annoncé jeudi le club.", "2024-02-08"),
        ("fr", "Titre\n\nLe 25 août 2020, le musée de Londres (V&A) a ouvert son compte officiel sur la "
               "plateforme et attiré des millions de spectateurs.", None),
        ("en", "Headline\n\nThe museum opened in 2019 and had 2 million visitors.", None),
        ("en", "Headline without any date\n\nBody.", None),
    ],
)
def test_dateline(lang: str, text: str, expected: str | None) -> None:
    assert find_dateline(text, load_language(lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The museum opened its official account on the platform and drew millions of viewers.", "en"),
        ("Il museo ha aperto il proprio account ufficiale e ha raccolto milioni di spettatori.", "it"),
        ("Le musée a ouvert son compte officiel et a attiré des millions de spectateurs.", "fr"),
        ("Das Museum hat sein offizielles Konto eröffnet und Millionen Zuschauer erreicht.", "de"),
        ("El museo abrió su cuenta oficial y atrajo a millones de espectadores.", "es"),
        ("O museu abriu a sua conta oficial e atraiu milhões de espectadores.", "pt"),
        ("博物馆开设了官方账号，直播吸引了数百万观众。", "zh"),
        ("Het museum heeft een officieel account geopend en trok miljoenen kijkers.", "other"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_metadata_language_and_date_win_over_detection() -> None:
    doc = prepare(Article(source="x", text="Published 1 August 2020\n\nText.", lang="it", published="2019-11-19"))
    assert doc.lang == "it"
    assert doc.published == "2019-11-19"


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("de", "Freitag, 12. März 2021, 8.15 Uhr", "2021-03-12"),
    ("en", "Friday 12 March 2021, 10:30 am", "2021-03-12"),
    ("en", "12 March 2021 08:15 CET", "2021-03-12"),
    ("fr", "Vendredi 12 mars 2021 à 14h30", "2021-03-12"),
])
def test_a_time_of_day_in_the_language_or_a_time_zone_leaves_the_dateline_read(
        lang: str, line: str, expected: str) -> None:
    assert find_dateline(f"Headline\n{line}\n\nBody.", load_language(lang)) == expected
