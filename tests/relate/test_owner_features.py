"""The owner ranker's features read against a candidate's rivals (relate/owner_features.py)."""

from dataclasses import dataclass, field

import pytest

from crossreach.relate.owner_features import DECISION_FEATURES, decision_features
from crossreach.relate.owners import FEATURES


@dataclass
class _Candidate:
    features: dict[str, float] = field(default_factory=dict)


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
