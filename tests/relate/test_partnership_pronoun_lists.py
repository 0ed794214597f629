"""A subject pronoun opening a sentence whose cue lists its partners: a deal of each with the subject before."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La plateforme Bilibili revendique 300 millions d'utilisateurs. Elle a déjà signé des accords avec "
           "l'Opéra national de Paris et le Festival de Salzbourg.",
     [{"Bilibili", "Opéra national de Paris"}, {"Bilibili", "Salzburger Festspiele"}]),
    ("en", "Douyin has 700 million users. It has already signed agreements with the Louvre and the British Museum.",
     [{"British Museum", "Douyin"}, {"Douyin", "Louvre"}]),
    ("pt", "A plataforma Tmall cresce na Europa. Ela já assinou acordos com a Gucci e a Prada.",
     [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    # The cue last: the list after the partner preposition.
    ("de", "Tmall wächst in Europa. Sie hat mit Gucci und Prada Verträge unterzeichnet.",
     [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("zh", "天猫在欧洲快速增长。它已与古驰和普拉达签约。", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    # No cue: rivals, no deal.
    ("en", "Douyin has 700 million users. It competes with Kuaishou and Bilibili for the same advertisers.", []),
])
def test_pronoun_with_listed_partners(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected
