"""The owner ranker's features read against a candidate's rivals (relate/owner_features.py)."""

from dataclasses import dataclass, field

import pytest

from crossreach.relate.owner_features import DECISION_FEATURES, deal_parties, decision_features, kin
from crossreach.relate.owners import FEATURES


@dataclass
class _Mention:
    name: str = "X"


@dataclass
class _Candidate:
    features: dict[str, float] = field(default_factory=dict)
    mention: _Mention = field(default_factory=_Mention)


@pytest.mark.parametrize(("features", "headline_outside"), [
    ({"headline": 1.0}, 1.0),  # named in the headline only: what the article is about
    ({"headline": 1.0, "in_sentence": 1.0}, 0.0),  # the sentence names it: its position says more
    ({"paragraph": 1.0}, 0.0),  # an earlier sentence of the paragraph, not the headline
    ({}, 0.0),
])
def test_headline_outside(features: dict[str, float], headline_outside: float) -> None:
    [candidate] = decision_features([_Candidate(dict(features))])
    assert candidate.features["headline_outside"] == headline_outside


def test_decision_features_are_ranker_inputs() -> None:
    assert set(DECISION_FEATURES) <= set(FEATURES)
    assert decision_features([]) == []


@pytest.mark.parametrize(("subject", "rival", "subject_far"), [
    # "Le PSG ... 4,6 millions, loin devant l'Olympique lyonnais (412.000)": another name stands nearer
    ({"sentence_subject": 1.0, "in_sentence": 1.0}, {"nearest_before": 1.0, "in_sentence": 1.0}, 1.0),
    # the subject is itself the nearest name before the figure
    ({"sentence_subject": 1.0, "nearest_before": 1.0, "in_sentence": 1.0}, {"in_sentence": 1.0}, 0.0),
    # no rival in the sentence stands before the figure
    ({"sentence_subject": 1.0, "in_sentence": 1.0}, {"headline": 1.0}, 0.0),
    # not the subject
    ({"in_sentence": 1.0}, {"nearest_before": 1.0, "in_sentence": 1.0}, 0.0),
])
def test_subject_far(subject: dict[str, float], rival: dict[str, float], subject_far: float) -> None:
    first, _ = decision_features([_Candidate(dict(subject)), _Candidate(dict(rival))])
    assert first.features["subject_far"] == subject_far


@pytest.mark.parametrize(("name", "parties", "deal_party"), [
    ("Juventus", frozenset({"Juventus", "Douyin"}), 1.0),  # a party of the document's partnership
    ("Serie A", frozenset({"Juventus", "Douyin"}), 0.0),  # a bystander of the deal
    ("Juventus", frozenset(), 0.0),  # no partnership, or a figure of another kind than a deal's value
])
def test_deal_party(name: str, parties: frozenset[str], deal_party: float) -> None:
    [candidate] = decision_features([_Candidate({}, _Mention(name))], parties)
    assert candidate.features["deal_party"] == deal_party


@pytest.mark.parametrize(("lang", "text", "parties"), [
    ("en", "Juventus signed a partnership with Douyin. Financial terms were not disclosed, but a person "
           "familiar with the matter put its value at 9 million euros.", {"Juventus", "Douyin"}),
    ("en", "Juventus has 2 million followers on Douyin.", set()),
])
def test_deal_parties_are_the_partnerships_parties(extract_text, lang: str, text: str, parties: set[str]) -> None:
    from crossreach.relate.context import DocumentView

    assert deal_parties(DocumentView(extract_text(lang, text))) == parties


def test_a_deal_value_naming_no_one_goes_to_a_party(extract_text) -> None:
    extraction = extract_text("en", "Juventus signed a partnership with Douyin on Monday. Financial terms were "
                                    "not disclosed, but a person familiar with the matter put its value at "
                                    "about 9 million euros a season.")
    deals = [f for f in extraction.facts if getattr(f, "kind", None) == "deal_value"]
    assert deals and all(d.subject in ("Juventus", "Douyin") for d in deals)


@dataclass
class _Kin:
    mention: _Mention
    parent: str | None = None


@pytest.mark.parametrize(("name", "parent", "other", "related"), [
    ("Tmall", "Alibaba", _Kin(_Mention("Alibaba")), True),  # a platform and its group
    ("Alibaba", None, _Kin(_Mention("Tmall"), "Alibaba"), True),  # a group and its platform
    ("Tmall", "Alibaba", _Kin(_Mention("Taobao"), "Alibaba"), False),  # two platforms of one group: rivals
    ("Tmall", "Alibaba", _Kin(_Mention("JD.com")), False),
])
def test_kin(name: str, parent: str | None, other: _Kin, related: bool) -> None:
    assert kin(name, parent, other) is related


@pytest.mark.parametrize(("features", "held", "held_focus"), [
    ({"focus": 1.0}, True, 1.0),  # "The store now has 540,000 followers": the account of the article's focus
    ({"focus": 1.0}, False, 0.0),  # the clause opens with no account or store
    ({"paragraph": 1.0}, True, 0.0),  # a name of the paragraph, not what the article is about
])
def test_held_focus(features: dict[str, float], held: bool, held_focus: float) -> None:
    [candidate] = decision_features([_Candidate(dict(features))], frozenset(), held)
    assert candidate.features["held_focus"] == held_focus
