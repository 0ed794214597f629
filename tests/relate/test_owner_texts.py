"""Owner accuracy on the held-out owner texts (``tests/fixtures/owner_texts.yaml``, issue 15):
hand-written news items no rule was written for. Measured at 93 right owners of 103 figures found
(113 in gold; 104 found, the same 93 right, before the models learnt from fresh/develop too); the rows
still wrong are listed with the class of their error."""

from __future__ import annotations

import pytest

from owner_texts import Row, owner_rows

#: Rows still wrong or missed: (document, value) -> the class of the error.
KNOWN_WRONG = {
    ("en_ceo_lululemon", 2_000_000): "platform for the brand's figure ('its WeChat mini-program')",
    ("it_platform_wechat", 105_000): "noun kept: 'il gruppo' fits no tech company",
    ("fr_platform_deezer", 600): "noun kept: Deezer is no platform in the gazetteer",
    ("fr_event_cannes", 500_000): "previous sentence's subject ('le compte TikTok du festival')",
    ("es_event_vuelta", 200_000): "previous sentence's subject ('la cuenta de TikTok de la carrera' after RTVE): "
                                  "0.35.0's retrained ranker puts RTVE ahead",
    ("de_club_bayern", 1_100): "the noun 'der Club' read as a name",
    ("de_parent_volkswagen", 680_000): "subsidiary for its parent ('Der Konzern' after 'Die Tochter Porsche')",
    ("de_platform_zalando", 2_400_000_000): "noun kept: Zalando is no platform in the gazetteer",
    ("es_platform_mercadolibre", 10_000_000_000): "noun kept: Mercado Libre is no platform in the gazetteer",
    ("pt_club_flamengo", 20_000_000): "name not recognised ('O Flamengo')",
    ("pt_club_flamengo", 8_000_000): "name not recognised, so the noun is kept",
    ("pt_ceo_magalu", 35_000_000): "noun kept ('o aplicativo da varejista')",
}


@pytest.fixture(scope="module")
def rows() -> tuple[Row, ...]:
    """The rows as measured: without spaCy, as the fitted weights are."""
    from crossreach.recognise.spacy_candidates import pipeline_for

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CROSSREACH_SPACY", "off")
        pipeline_for.cache_clear()
        try:
            return owner_rows()
        finally:
            pipeline_for.cache_clear()


def test_owner_accuracy_on_the_held_out_texts(rows) -> None:
    found = [r for r in rows if r.found]
    assert len(rows) == 113
    assert len(found) >= 103
    assert sum(r.right for r in found) >= 93


def test_every_row_not_known_wrong_is_right(rows) -> None:
    wrong = [(r.doc, r.value, r.subject) for r in rows
             if r.found and not r.right and (r.doc, r.value) not in KNOWN_WRONG]
    assert wrong == []
