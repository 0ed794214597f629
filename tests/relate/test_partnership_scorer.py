"""The partnership scorer: its features, the shipped weights, abstention and retraining."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Partnership
from crossreach.relate.context import DocumentView
from crossreach.relate.partnership_scorer import FEATURES, features, load_scorer, one_side_object
from crossreach.relate.partnerships import partnership_candidates

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _candidates(extract_text, domain, lang: str, text: str):
    extraction = extract_text(lang, text)
    reader, found = partnership_candidates(DocumentView(extraction), load_language(lang), domain)
    return extraction, reader, found


def test_the_shipped_weights_name_every_feature_and_record_their_cross_validation() -> None:
    data = json.loads((REPO / "src" / "crossreach" / "relate" / "partnership_scorer.json").read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["coef"]) == len(FEATURES)
    assert "web/check" not in " ".join(data["trained_on"])
    assert 0.0 < data["threshold"] < 1.0
    assert data["cross_validation"]["scorer"]["f1"] > 0.5
    scorer = load_scorer()
    assert dict(scorer.weights) == dict(zip(data["features"], data["coef"], strict=True))


@pytest.mark.parametrize(("found", "kept"), [
    ({"rule": 1.0, "in_clause": 1.0, "specific": 1.0}, True),   # a rule's pick in the cue's clause
    ({}, False),                                                  # a pair no rule proposed, nothing for it
    ({"crowd": 2.0, "contrast": 1.0}, False),                    # a bystander in a crowded sentence
])
def test_the_scorer_keeps_what_looks_like_a_deal_and_abstains_otherwise(found, kept) -> None:
    scorer = load_scorer()
    assert (scorer.probability(found) >= scorer.threshold) is kept


@pytest.mark.parametrize(("lang", "text", "pair", "expected"), [
    ("en", "Prada signed an agreement with Tmall.", {"Prada", "Tmall"},
     {"rule": 1.0, "in_clause": 1.0, "listed": 0.0, "contrast": 0.0, "outside": 0.0}),
    ("it", "Prada ha firmato un accordo con Tmall, mentre Gucci resta su JD.com.", {"Gucci", "JD.com"},
     {"rule": 0.0, "crowd": 2 / 3, "straddle": 0.0}),
    ("en", "Juventus and AC Milan drew record crowds after the league signed a deal with Douyin.",
     {"Juventus", "AC Milan"}, {"listed": 1.0, "peers": 1.0, "straddle": 0.0}),
    ("en", "Prada and Tmall signed a new agreement.", {"Prada", "Tmall"}, {"listed": 1.0, "peers": 0.0}),
    # A club and its sponsor: one side of the tech split, but of two categories, the deal's two sides.
    ("en", "The sponsorship contract between Juventus and Jeep runs until 2027.", {"Juventus", "Jeep"},
     {"listed": 1.0, "peers": 0.0, "rule": 1.0}),
    ("en", "Gucci and Prada both opened stores on Tmall.", {"Gucci", "Prada"}, {"listed": 1.0, "peers": 1.0}),
    # Names listed after the cue: its object unless "between" joins them as the deal's two sides.
    ("en", "Douyin signs a deal as Juventus and AC Milan court fans.", {"Juventus", "AC Milan"},
     {"object_list": 1.0, "rule": 0.0}),
    ("it", "L'accordo tra Gucci e Tencent rinnova la collaborazione.", {"Gucci", "Tencent"}, {"object_list": 0.0}),
    ("de", "Die Kooperation zwischen Adidas und Tencent wurde verlängert.", {"Adidas", "Tencent"},
     {"object_list": 0.0, "rule": 1.0}),
])
def test_features_of_a_candidate(extract_text, domain, lang, text, pair, expected) -> None:
    _, reader, found = _candidates(extract_text, domain, lang, text)
    candidate = next(c for c in found if set(c.names) == pair)
    values = features(reader, candidate)
    assert set(values) == set(FEATURES)
    for name, value in expected.items():
        assert values[name] == pytest.approx(value), name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Douyin signs a deal as Juventus and AC Milan court fans."),           # two clubs after the cue
    ("en", "Douyin signs a deal as Juventus and Tencent court fans."),            # not peers: a club, a platform
    ("en", "Juventus and AC Milan drew record crowds after the league signed a deal with Douyin."),
    ("it", "L'accordo tra Gucci e Tencent rinnova la collaborazione."),           # "between": the two sides
    ("en", "Prada signed an agreement with Tmall, Gucci and Burberry."),
    ("de", "Die Kooperation zwischen Adidas und Tencent wurde verlängert."),
])
def test_one_side_object_reads_the_object_list_and_peers_features(extract_text, domain, lang, text) -> None:
    # (it works the two features out alone, the cheap conditions first: it must say what they say)
    _, reader, found = _candidates(extract_text, domain, lang, text)
    assert found
    for candidate in found:
        values = features(reader, candidate)
        assert one_side_object(reader, candidate) == bool(values["object_list"] and values["peers"])


def test_a_kept_partnership_carries_its_probability_as_confidence(extract_text) -> None:
    facts = [f for f in extract_text("en", "Prada signed an agreement with Tmall.").facts
             if isinstance(f, Partnership)]
    scorer = load_scorer()
    assert [set(f.parties) for f in facts] == [{"Prada", "Tmall"}]
    assert scorer.threshold <= facts[0].confidence <= 1.0


def test_retraining_reproduces_the_shipped_weights(without_spacy: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    if not (SHARED / "corpus" / "web" / "tune").is_dir():
        pytest.skip("../shared is not beside the repository")
    training = _training(monkeypatch)
    shipped = json.loads(training.WEIGHTS.read_text("utf-8"))
    retrained = training.train(SHARED)
    assert retrained["features"] == shipped["features"]
    assert retrained["threshold"] == shipped["threshold"]
    drift = max(abs(a - b) for a, b in zip(retrained["coef"], shipped["coef"], strict=True))
    assert drift <= training.fitting.TOLERANCE
    assert abs(retrained["intercept"] - shipped["intercept"]) <= training.fitting.TOLERANCE


def _training(monkeypatch: pytest.MonkeyPatch):
    """The training script, loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("train_partnership_scorer",
                                                  REPO / "scripts" / "train_partnership_scorer.py")
    assert spec is not None and spec.loader is not None
    training = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, training)  # its dataclasses look their module up
    spec.loader.exec_module(training)
    return training


def test_a_flat_held_out_curve_keeps_the_default_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    training = _training(monkeypatch)
    docs = []
    for number in range(20):  # a rule's pair is right, another pair wrong: every threshold in between is as good
        document = training.Document(f"d{number:02}", gold=1)
        for rule, label in ((1.0, 1), (0.0, 0)):
            document.rows.append([rule, 0.1 * (number % 3)])
            document.labels.append(label)
            document.keys.append(frozenset({f"a{number}", "b" if label else "c"}))
        docs.append(document)
    cv = training.cross_validate(docs, 0)
    assert cv["threshold"] == training.DEFAULT_THRESHOLD
    assert cv["scorer"]["f1"] == cv["rules"]["f1"] == 1.0
    assert cv["repeats"] == training.fitting.REPEATS
