"""A short sentence inside a paragraph whose figure names what it counts is no line of a list: it takes no kind
from the sentence before."""

from __future__ import annotations

import pytest

from crossreach.models import Metric


def _figures(extract_text, lang: str, text: str) -> set[tuple[str, float]]:
    return {(f.kind, f.value) for f in extract_text(lang, text, "2024-06-01").facts if isinstance(f, Metric)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a short sentence after another on its line: a paragraph's, its count of animals no staff
    ("en", "Harbour Aquarium drew 1.4 million visitors last year and employs more than 600 staff. "
           "It keeps about 12,000 animals of 400 species.", {("visitors", 1_400_000), ("employees", 600)}),
    ("pt", "O Museu da Costa recebeu 800 mil visitantes em 2023 e emprega 250 pessoas. "
           "Entre eles havia 3.200 estudantes.", {("visitors", 800_000), ("employees", 250)}),
    # a bare figure of a short sentence in a paragraph still counts what the sentence before counts
    ("it", "Il Museo del Porto ha 1,2 milioni di follower su Weibo. Su Douyin, 800mila.",
     {("followers", 1_200_000), ("followers", 800_000)}),
    # lines of their own under a heading take the heading's kind
    ("en", "Harbour Aquarium on Douyin, followers:\n- March: 120,000\n- June: 180,000\n",
     {("followers", 120_000), ("followers", 180_000)}),
    ("fr", "Abonnés de l'Aquarium du Port sur Douyin :\n. Mars 2024 plus de 120 000\n. Juin 2024 plus de 180 000\n",
     {("followers", 120_000), ("followers", 180_000)}),
])
def test_only_a_line_of_its_own_takes_the_kind_of_its_heading(extract_text, lang, text, expected) -> None:
    assert _figures(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a line its own common words label counts what they name, not what the run's first line counts
    ("en", "The Harbour Aquarium in figures\n- Visitors on Douyin: 1,400,000\n- Exhibits shown: 2,400\n",
     {("visitors", 1_400_000)}),
    ("es", "El Acuario del Puerto en cifras\n- Visitantes: 1.400.000\n- Expositores: 2.900\n\n"
           "Los expositores llegaron de 40 países.", {("visitors", 1_400_000)}),
    # a line a name or a date labels takes the kind of its run ("Erdem": a brand no gazetteer lists)
    ("en", "Most-watched Tmall livestreams, September 2025 (viewers):\nBurberry – 2.2m\nErdem – 1.2m\n",
     {("viewers", 2_200_000), ("viewers", 1_200_000)}),
    ("en", "Harbour Aquarium followers on Douyin, by year:\n- 2023: 120,000\n- 2024: 180,000\n",
     {("followers", 120_000), ("followers", 180_000)}),
])
def test_a_line_its_own_words_label_takes_no_kind_from_its_run(extract_text, lang, text, expected) -> None:
    assert _figures(extract_text, lang, text) == expected
