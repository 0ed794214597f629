"""Subjects listed before a partner preposition, the cue last: one deal per subject with the partner."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership


def _parties(extract_text, lang: str, text: str) -> list[set[str]]:
    return sorted((set(f.parties) for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)),
                  key=sorted)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An adverb or "and other institutions" between the list and the preposition.
    ("zh", "故宫博物院、国家博物馆等机构此前也与腾讯有过合作。",
     [{"National Museum of China", "Tencent"}, {"Palace Museum", "Tencent"}]),
    ("zh", "古驰和普拉达都与天猫签约。", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("de", "Gucci, Prada und Burberry haben bereits mit Tmall einen Vertrag unterzeichnet.",
     [{"Burberry", "Tmall"}, {"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("de", "Auch der Louvre und das British Museum haben mit Douyin eine Partnerschaft geschlossen.",
     [{"British Museum", "Douyin"}, {"Douyin", "Louvre"}]),
    # The languages that put the cue before the partner read the same deals.
    ("fr", "Gucci et Prada ont déjà signé un accord avec Tmall.", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("es", "Gucci y Prada ya firmaron un acuerdo con Tmall.", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    ("pt", "A Gucci e a Prada já assinaram um acordo com a Tmall.", [{"Gucci", "Tmall"}, {"Prada", "Tmall"}]),
    # One subject: the pair, as before.
    ("zh", "古驰与天猫签约。", [{"Gucci", "Tmall"}]),
    ("de", "Gucci hat mit Tmall einen Vertrag unterzeichnet.", [{"Gucci", "Tmall"}]),
])
def test_listed_subjects_with_partner(extract_text, lang: str, text: str, expected: list[set[str]]) -> None:
    assert _parties(extract_text, lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # The list stands after the preposition: no subject list before it.
    ("zh", "阿里巴巴与腾讯、网易签约。"),
    # More than a few words between the list and the preposition: no lead of the list.
    ("de", "Gucci und Prada haben nach einer langen Pause und vielen Gesprächen mit Tmall einen Vertrag "
           "unterzeichnet."),
])
def test_no_listed_subjects(extract_text, lang: str, text: str) -> None:
    from crossreach.lexicon import load_language
    from crossreach.recognise.entity_rules import entity_rules
    from crossreach.relate.context import DocumentView
    from crossreach.relate.partnership_comitative import listed_with_partner
    from crossreach.relate.partnership_cues import partnership_cues

    extraction = extract_text(lang, text, None)
    view = DocumentView(extraction)
    lexicon = load_language(lang)
    cues = partnership_cues(lexicon, view.spaced)
    sentence = extraction.sentences[0]
    mentions = [m for m in extraction.mentions if m.type in ("organization", "platform")]
    found = [listed_with_partner(view.text, sentence, cue, mentions, entity_rules(lexicon), cues)
             for cue in cues.partnership.finditer(sentence.text)]
    assert found and not any(found)
