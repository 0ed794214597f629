"""Quotes: quotation marks of each language, the speaker before, after or between the parts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.models import Mention, Quote


def _quotes(extract_text, lang: str, text: str) -> list[tuple[str, str]]:
    return [(f.speaker, f.text) for f in extract_text(lang, text, None).facts if isinstance(f, Quote)]


@pytest.mark.parametrize(("lang", "text", "speaker", "start"), [
    ("en", "“We wanted a partner that would invest in China for years,” said Simon Hartley, a director.",
     "Simon Hartley", "We wanted a partner"),
    ("it", "«Il digitale è il nostro primo negozio in Cina», ha spiegato Marco Bizzarri.", "Marco Bizzarri",
     "Il digitale"),
    ("fr", "Yi Xuan a déclaré : « Nous voulons toucher un public plus jeune en Chine. »", "Yi Xuan", "Nous voulons"),
    ("de", "„Wir glauben, dass man Mode berühren muss“, sagte Isabel Roth, Sprecherin von Chanel.", "Isabel Roth",
     "Wir glauben"),
    ("zh", "腾讯公司副总裁张伟表示：“这次合作将让更多年轻人走进博物馆。”", "张伟", "这次合作"),
    # A colon hands the word to the sentence's subject, however far before it stands.
    ("fr", "Après la visite, Claire Dubois, directrice des publics du musée du Louvre, a remercié les internautes "
           "chinois : « Nous avons senti une curiosité immense pour nos collections. »", "Claire Dubois", "Nous avons"),
    # An attribution between dashes inside the quotation.
    ("it", "«Vogliamo portare la moda italiana in ogni città cinese - ha detto Paolo Neri, direttore di Prada -. "
           "Il digitale è solo l'inizio»", "Paolo Neri",
     "Vogliamo portare la moda italiana in ogni città cinese. Il digitale"),
    # A short sentence a speech verb attributes is speech; a word of address is no part of the speaker's name.
    ("en", "“Our servers were ready,” said Dr Helen Marsh, head of sports.", "Helen Marsh", "Our servers"),
    # A speech verb with no subject named points to the last person named (pro-drop, inverted pronoun).
    ("es", "Lucía Prieto, directora de Inditex, destacó el crecimiento del canal. «El cliente chino compra "
           "primero en el móvil y después en la tienda», añadió.", "Lucía Prieto", "El cliente chino"),
    ("fr", "Claire Dubois, directrice du musée, voit grand. « Les vidéos d'art progressent très vite sur la "
           "plateforme, affirme-t-elle. Et nos archives intéressent les créateurs. »", "Claire Dubois",
     "Les vidéos d'art progressent très vite sur la plateforme. Et nos"),
    # A sentence that opens with its speaker.
    ("fr", "Pour Claire Dubois, directrice du musée, « le public chinois découvre la sculpture par l'écran ».",
     "Claire Dubois", "le public chinois"),
    # A title stands for the person named with it before.
    ("en", "Helen Marsh, director of the Tate, opened the show.\n\n“We have waited ten years for this show,” "
           "the director said.", "Helen Marsh", "We have waited"),
])
def test_quote_is_attributed(extract_text, lang, text, speaker, start) -> None:
    quotes = _quotes(extract_text, lang, text)
    assert len(quotes) == 1
    assert quotes[0][0] == speaker
    assert quotes[0][1].startswith(start)


def test_scare_quotes_are_not_speech(extract_text) -> None:
    text = "Burberry calls it a “social retail” store, said Helen Marsh."
    assert _quotes(extract_text, "en", text) == []


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Zhao Lei, deputy director of the centre, spoke at the launch.\n\n"
           "\"Young people may not buy a ticket the first time, but they watch,\" Zhao said.", "Zhao Lei"),
    ("de", "Katja Berger, Sprecherin von Chanel, war in Shanghai.\n\n"
           "„China war für uns lange ein schwieriger Markt“, sagte Berger.", "Katja Berger"),
])
def test_a_surname_alone_attributes_to_the_full_name(extract_text, lang, text, speaker) -> None:
    assert [s for s, _ in _quotes(extract_text, lang, text)] == [speaker]


def test_indirect_speech_is_no_quote(extract_text) -> None:
    text = "Helen Marsh said the brand would open ten more stores in China next year, according to the company."
    assert _quotes(extract_text, "en", text) == []


def test_a_quoted_title_does_not_carry_on_the_speech_before(extract_text) -> None:
    text = ("«Non traduciamo i contenuti pensati per il pubblico italiano», ha detto Serena Conti. "
            "La serie «Il mio giorno a Pompei» ha avuto successo.")
    assert [body for _, body in _quotes(extract_text, "it", text)] == [
        "Non traduciamo i contenuti pensati per il pubblico italiano"]


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=20), st.integers(-5, 240),
       st.integers(0, 60))
def test_the_persons_near_a_quotation_are_found_as_a_scan_finds_them(places: list[tuple[int, int]], low: int,
                                                                     width: int) -> None:
    from crossreach.relate.quotes import _Reader

    people = [Mention(start, start + length, "n", "n", "person") for start, length in sorted(places)]
    never = re.compile("(?!)")
    reader = _Reader(None, people, never, never, never, never)  # type: ignore[arg-type]
    assert reader.between(low, low + width) == [m for m in people if low <= m.start < low + width]
    assert list(reader.backwards_from(low)) == [m for m in reversed(people) if m.end <= low]
