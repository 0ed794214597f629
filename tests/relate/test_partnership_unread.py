"""The unread subject of a cue whose sentence names platforms only."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return [set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Ironbridge Gorge Trust signed with Fliggy last year and says its Weibo account has 20,000 "
           "followers.", [{"Fliggy", "Ironbridge Gorge Trust"}]),
    ("en", "Blenheim Palace partnered with Trip.com in 2022 and now counts 40,000 followers on Weibo.",
     [{"Blenheim Palace", "Ctrip"}]),
    ("it", "Il Museo Nazionale della Montagna ha firmato con Fliggy nel 2023 e conta 9.000 follower su Weibo.",
     [{"Fliggy", "Museo Nazionale della Montagna"}]),
    ("pt", "O Museu Calouste Gulbenkian assinou com a Fliggy em 2023 e soma 9.000 seguidores no Weibo.",
     [{"Fliggy", "Museu Calouste Gulbenkian"}]),
    ("fr", "Le Musée Rodin a signé avec Fliggy en 2023 et compte 9 000 abonnés sur Weibo.",
     [{"Fliggy", "Musée Rodin"}]),
    # No unread name: no subject of its own.
    ("en", "The gardens signed with Trip.com in 2023 and say their Weibo page has 118,000 followers.", []),
])
def test_unread_subject_with_platform(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
