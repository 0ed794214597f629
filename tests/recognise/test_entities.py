"""Entity mentions: lexicon names, discovered names typed by cues, persons, lists, coreference."""

from __future__ import annotations

import pytest


def _mentions(extract_text, lang: str, text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(lang, text, None).mentions]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Lexicon names, in any script, resolved to their canonical name.
    ("zh", "路易威登中国区总裁吴晨表示，与快手的合作非常成功。",
     [("Louis Vuitton", "organization"), ("吴晨", "person"), ("Kuaishou", "platform")]),
    # Organizations discovered by their suffix; a conjunction ends a name that has its suffix.
    ("en", "Shenghe Research and Kuan Consulting published a report, said analyst Maria Rossi.",
     [("Shenghe Research", "organization"), ("Kuan Consulting", "organization"), ("Maria Rossi", "person")]),
    # A list of names with one person in it gives each person.
    ("it", "Alla presentazione c'erano Chris Lee, Valentina La Rocca, Wu Lei e Fiammetta Terlizzi, ha detto "
           "l'organizzatore.",
     [("Chris Lee", "person"), ("Valentina La Rocca", "person"), ("Wu Lei", "person"),
      ("Fiammetta Terlizzi", "person")]),
    # A person beside a title and a speech verb.
    ("de", "Hannah Cole, Leiterin der digitalen Angebote der Tate, sagte: „Das ist neu.“",
     [("Hannah Cole", "person"), ("Tate", "organization")]),
    # A platform discovered by its cue word.
    ("fr", "La plateforme Zaoshang a séduit les musées européens.", [("Zaoshang", "platform")]),
])
def test_mentions_are_found_and_typed(extract_text, lang, text, expected) -> None:
    assert _mentions(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Luxury Brands Flock To Chinese Apps As Spending Returns"),  # a title-case headline
    ("en", "Yesterday the museum said nothing about Smart City plans, or smart city budgets."),
    ("it", "Secondo gli analisti, il Digitale cresce."),  # one capitalised word
])
def test_headlines_and_capitalised_words_are_not_entities(extract_text, lang, text) -> None:
    assert _mentions(extract_text, lang, text) == []


def test_names_and_acronyms_corefer_within_a_document(extract_text) -> None:
    text = ("The Victoria and Albert Museum (V&A) opened a channel on Kuaishou. "
            "“It was a success,” said SY Lau, a senior executive. Lau said the V&A was pleased.")
    mentions = extract_text("en", text, None).mentions
    assert [(m.text, m.name) for m in mentions if m.type != "platform"] == [
        ("Victoria and Albert Museum", "Victoria and Albert Museum"), ("V&A", "Victoria and Albert Museum"),
        ("SY Lau", "SY Lau"), ("Lau", "SY Lau"), ("V&A", "Victoria and Albert Museum")]


def test_mentions_keep_their_offsets(extract_text) -> None:
    text = "Gucci, Burberry e il Louvre collaborano con Tencent e 腾讯视频."
    for mention in extract_text("it", text, None).mentions:
        assert text[mention.start:mention.end] == mention.text
