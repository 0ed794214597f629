"""A cue sentence that opens with a name the recogniser did not read keeps the document's subject out."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, pairs): the headline's subject is no party of a sentence that names its own, unread.
SUBJECTS: list[tuple[str, str, list[set[str]]]] = [
    ("en", "Juventus signs with Alibaba\n\nJuventus has signed with Alibaba. Inter has a deal with JD.com.",
     [{"Alibaba", "Juventus"}]),
    ("en", "Juventus signs with Alibaba\n\nJuventus has signed with Alibaba. Inter, which is owned by Suning, has a "
     "deal with JD.com.", [{"Alibaba", "Juventus"}]),
    # (in Italian "Inter" is read: the club's name there, as the domain lexicon says; an unknown name is not)
    ("it", "La Juventus firma con Alibaba\n\nLa Juventus ha firmato con Alibaba. Verdani ha un accordo con JD.com.",
     [{"Alibaba", "Juventus"}]),
    ("es", "La Juventus firma con Alibaba\n\nLa Juventus firmó con Alibaba. Inter tiene un acuerdo con JD.com.",
     [{"Alibaba", "Juventus"}]),
    # an article and an unread name (connectors between its words) right before the cue, a clause verb or a
    # relative aside: the sentence's own subject, one opening word at most before it
    ("pt", "O FC Porto assina com a Chery\n\nO FC Porto assinou com a Chery. Já o Sporting assinou em maio um "
     "memorando com a Bilibili.", [{"Chery", "FC Porto"}]),
    ("es", "El Festival de San Sebastián firma con iQiyi\n\nEl Festival de San Sebastián firmó con iQiyi. La Muestra "
     "de Getafe, que colabora con Youku desde 2021, reunió 46 millones de reproducciones.",
     [{"Festival de Cine de San Sebastián", "iQiyi"}]),
    # ... but an anaphor's article with a lower-case noun is no name
    ("pt", "O FC Porto assina com a Chery\n\nO FC Porto assinou com a Chery. Já o clube assinou em maio um "
     "memorando com a Bilibili.", [{"Bilibili", "FC Porto"}, {"Chery", "FC Porto"}]),
    # the subject stays when the sentence opens with a word that opens sentences anyway, or a pronoun
    ("en", "Gucci in China\n\nGucci's sales rose. The brand has signed a deal with Tencent.", [{"Gucci", "Tencent"}]),
    ("en", "Gucci in China\n\nGucci's sales rose. It has signed a deal with Tencent.", [{"Gucci", "Tencent"}]),
    ("fr", "Gucci en Chine\n\nLes ventes de Gucci progressent. L'accord avec Tencent a été signé lundi.",
     [{"Gucci", "Tencent"}]),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), SUBJECTS)
def test_an_unread_subject_keeps_the_documents_out(extract_text, lang: str, text: str,
                                                   pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership))
    assert found == sorted(sorted(p) for p in pairs)
