"""A figure told in a link to another article is that article's, not this one's."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

STORY = {
    "it": ("Gucci apre su Douyin\n\nGucci ha aperto un account su Douyin, che in una settimana ha raggiunto "
           "800mila follower.\n\n"),
    "fr": "Dior sur Douyin\n\nDior a ouvert une boutique sur Douyin, qui compte déjà 800 000 abonnés.\n\n",
    "en": "Gucci on Douyin\n\nGucci opened an account on Douyin and reached 800,000 followers within days.\n\n",
}


@pytest.mark.parametrize(("lang", "links"), [
    # a rubric and its colon before the linked headline
    ("it", "Leggi anche: Prada, la sfilata su Weibo vista da 20 milioni di utenti\n"),
    ("fr", "À lire aussi : Chanel dépasse les 5 millions de fans sur Weibo\n"),
    ("en", "Related: Moncler tops 3 million fans on Xiaohongshu\n"),
    # a rubric on a line of its own, the headlines under it up to a blank line
    ("fr", "Sur le même sujet\nLouis Vuitton : 30 millions de vues pour son défilé\n"
           "Chanel dépasse 5 millions de fans\n"),
    ("en", "READ MORE\nPrada's Weibo show watched by 20 million users\nMoncler tops 3 million fans\n"),
    ("it", "Leggi anche\n- Prada, la sfilata su Weibo vista da 20 milioni di utenti\n"),
])
def test_a_linked_headline_s_figure_is_another_article_s(extract_text, lang, links) -> None:
    found = [f.value for f in extract_text(lang, STORY[lang] + links, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == [800_000]


def test_the_story_after_a_blank_line_is_read_again(extract_text) -> None:
    text = ("Gucci on Douyin\n\nRead more:\nPrada tops 3 million fans\n\n"
            "Gucci opened an account on Douyin and reached 800,000 followers within days.\n")
    assert [f.value for f in extract_text("en", text, "2024-01-01").facts if isinstance(f, Metric)] == [800_000]
