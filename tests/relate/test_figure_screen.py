"""The figure screen: a metric is kept only when its fitted probability reaches the threshold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from crossreach.models import Metric, Quote
from crossreach.relate.context import DocumentView
from crossreach.relate.figure_screen import FEATURES, Screen, load_screen, metric_vectors, screen_metrics

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FIGURES = ("Adidas gained 2 million followers on Weibo in March. "
           "Nike had 500,000 viewers on Douyin, according to Reuters.")
#: An article's length around them: the screen judges documents of ``MIN_SENTENCES`` sentences or more.
TEXT = FIGURES + " " + " ".join(f"The campaign was discussed again on {day}." for day in (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _screen(intercept: float, threshold: float = 0.5) -> Screen:
    return Screen(FEATURES, tuple(0.0 for _ in FEATURES), intercept, threshold)


@pytest.fixture
def unscreened(domain):
    from crossreach.ingest import Article, prepare
    from crossreach.pipeline import extract

    return extract(prepare(Article(source="<test>", text=TEXT, lang="en", published="2024-04-01")), domain,
                   screen=False)


def test_every_metric_has_a_finite_vector_of_every_feature(unscreened) -> None:
    metrics = [f for f in unscreened.facts if isinstance(f, Metric)]
    assert metrics
    for vector in metric_vectors(DocumentView(unscreened), metrics):
        assert len(vector) == len(FEATURES)
        assert all(abs(x) < 100 for x in vector)


@pytest.mark.parametrize(("intercept", "kept"), [(5.0, True), (-5.0, False)])
def test_the_screen_keeps_or_leaves_out_metrics_and_nothing_else(unscreened, intercept, kept) -> None:
    quote = Quote(speaker="X", text="a quote", evidence=unscreened.facts[0].evidence)
    facts = [*unscreened.facts, quote]
    screened = screen_metrics(DocumentView(unscreened), facts, _screen(intercept))
    assert quote in screened
    assert any(isinstance(f, Metric) for f in screened) is kept


def test_a_document_shorter_than_those_the_screen_learned_from_is_not_judged(domain) -> None:
    """A lone sentence (``analyze``) or a note of a few lines: every figure kept, whatever the model."""
    from crossreach.ingest import Article, prepare
    from crossreach.pipeline import extract
    from crossreach.relate.figure_screen import MIN_SENTENCES

    short = extract(prepare(Article(source="<test>", text=FIGURES, lang="en", published="2024-04-01")), domain,
                    screen=False)
    metrics = [f for f in short.facts if isinstance(f, Metric)]
    assert metrics and len(short.sentences) < MIN_SENTENCES
    assert metric_vectors(DocumentView(short), metrics) == [None] * len(metrics)
    assert screen_metrics(DocumentView(short), short.facts, _screen(-30.0)) == short.facts


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    screen = Screen(("a", "b"), (1.0, -2.0), 0.5, 0.5)
    assert screen.probability([1.0, 0.25]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))


def test_the_shipped_weights_name_every_feature_and_record_their_cross_validation() -> None:
    data = json.loads((REPO / "src" / "crossreach" / "relate" / "figure_screen.json").read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    assert "web/check" not in " ".join(data["trained_on"])
    cv = data["rounds_left_out"]
    # the threshold was chosen to raise the precision of rounds the screen did not see, at the same F1
    assert cv["screened"]["precision"] >= cv["unscreened"]["precision"]
    assert cv["screened"]["f1"] >= cv["unscreened"]["f1"] - _training_script().F1_SLACK
    screen = load_screen()
    assert screen is not None and screen.threshold == data["threshold"] and screen.coef == tuple(data["coef"])
    assert len(screen.trees) == len(data.get("trees", []))


def test_retraining_reproduces_the_shipped_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    if not (SHARED / "corpus" / "web" / "tune").is_dir():
        pytest.skip("../shared is not beside the repository")
    from crossreach.recognise.spacy_candidates import pipeline_for

    monkeypatch.setenv("CROSSREACH_SPACY", "off")
    pipeline_for.cache_clear()
    spec = importlib.util.spec_from_file_location("train_figure_screen", REPO / "scripts" / "train_figure_screen.py")
    assert spec is not None and spec.loader is not None
    training = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(training)
    shipped = json.loads(training.WEIGHTS.read_text("utf-8"))
    retrained = training.train(SHARED)
    pipeline_for.cache_clear()
    assert training.fitting.reproduces(shipped, retrained)


def _training_script():
    spec = importlib.util.spec_from_file_location("train_figure_screen", REPO / "scripts" / "train_figure_screen.py")
    assert spec is not None and spec.loader is not None
    training = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(training)
    return training


@pytest.mark.parametrize(("points", "chosen"), [
    ([(0.80, 0.80), (0.83, 0.80), (0.85, 0.798), (0.86, 0.79)], 0.01),  # most precise without losing F1
    ([(0.80, 0.80), (0.81, 0.81), (0.83, 0.81)], 0.02),  # F1 up too: still the most precise
    ([(0.80, 0.80), (0.803, 0.80)], 0.0),  # a gain of a figure or two: no screen
    ([(0.80, 0.80), (0.90, 0.70)], 0.0),  # precision bought with F1: none
    ([(0.80, 0.80), (0.84, 0.81), (0.88, 0.80)], 0.01),  # the best F1, not the edge where F1 is about to fall
])
def test_a_screen_is_chosen_at_the_best_held_out_f1_when_it_gains_precision(points: list[tuple[float, float]],
                                                                   chosen: float) -> None:
    training = _training_script()
    training.SMOOTHING = 0
    curve = [{"threshold": 0.01 * i, "precision": p, "recall": 0.75, "f1": f1} for i, (p, f1) in enumerate(points)]
    assert training.chosen_threshold(curve)["threshold"] == chosen


def test_the_threshold_is_chosen_on_the_plateau_of_f1_not_its_lone_peak() -> None:
    training = _training_script()
    training.SMOOTHING = 2
    f1s = [0.80, 0.80, 0.81, 0.812, 0.812, 0.811, 0.80, 0.79, 0.80, 0.815, 0.79, 0.78]
    curve = [{"threshold": 0.01 * i, "precision": 0.80 + 0.01 * i, "recall": 0.75, "f1": f1}
             for i, f1 in enumerate(f1s)]
    assert training.chosen_threshold(curve)["threshold"] == 0.04


def test_a_left_out_round_is_scored_whole_with_the_figures_the_screen_does_not_judge() -> None:
    """Two rounds, each scored by the model that did not see it: the curve counts their judged figures kept at each
    threshold and the figures the screen does not judge (right or wrong) at every threshold."""
    training = _training_script()
    found = training.Rows(rows=[[0.0]] * 5, labels=[1, 0, 1, 1, 0], groups=["a/1", "a/1", "a/2", "b/1", "b/1"],
                          required={"a": 4, "b": 2}, unjudged_tp={"a": 1, "b": 0}, unjudged_fp={"a": 0, "b": 1})
    scores = {"a": [0.9, 0.2, 0.6], "b": [0.7, 0.4]}
    assert training.counts_at(found, "a", scores["a"], 0.0) == (3, 1, 4)
    assert training.counts_at(found, "a", scores["a"], 0.5) == (3, 0, 4)
    assert training.counts_at(found, "b", scores["b"], 0.5) == (1, 1, 2)
    curve = {row["threshold"]: row for row in training.round_curve(found, scores)}
    assert (curve[0.0]["precision"], curve[0.0]["recall"]) == (round(4 / 7, 4), round(4 / 6, 4))
    assert (curve[0.5]["precision"], curve[0.5]["kept"]) == (0.8, 5)
    assert curve[0.8]["kept"] == 3  # (0.9 of a, the unjudged of a and b)
    assert curve[0.0]["worst_round"] == 0.0
    assert curve[0.8]["worst_round"] < 0  # (b loses its right figure)


def test_no_screen_when_one_left_out_round_loses_f1() -> None:
    training = _training_script()
    training.SMOOTHING = 0
    curve = [{"threshold": 0.0, "precision": 0.80, "recall": 0.75, "f1": 0.80, "worst_round": 0.0},
             {"threshold": 0.01, "precision": 0.85, "recall": 0.75, "f1": 0.81, "worst_round": -0.01}]
    assert training.chosen_threshold(curve)["threshold"] == 0.0
    curve[1]["worst_round"] = -0.004
    assert training.chosen_threshold(curve)["threshold"] == 0.01


def test_a_screen_of_trees_reads_its_probability_from_their_leaves() -> None:
    from crossreach.relate.boosted_trees import LEAF, Tree

    split = Tree(feature=(0, LEAF, LEAF), threshold=(0.5, 0.0, 0.0), left=(1, -1, -1), right=(2, -1, -1),
                 value=(0.0, -2.0, 2.0))
    screen = Screen(FEATURES, (), 0.0, 0.5, (split,))
    low, high = [0.2] + [0.0] * (len(FEATURES) - 1), [0.9] + [0.0] * (len(FEATURES) - 1)
    assert screen.probability(low) == pytest.approx(1 / (1 + 2.718281828 ** 2))
    assert screen.probability(high) == pytest.approx(1 / (1 + 2.718281828 ** -2))


@pytest.mark.parametrize(("intercept", "threshold"), [(-30.0, 0.0), (-5.0, 0.0), (5.0, 0.0), (-30.0, -0.1)])
def test_a_screen_of_threshold_zero_keeps_every_figure_without_reading_its_features(
        unscreened, monkeypatch: pytest.MonkeyPatch, intercept: float, threshold: float) -> None:
    """No probability is under 0: every figure is kept, and no feature vector is worked out."""
    from crossreach.relate import figure_screen

    def unread(*_args: object) -> list[float]:
        raise AssertionError("features read for a screen that keeps everything")

    monkeypatch.setattr(figure_screen, "figure_features", unread)
    screen = _screen(intercept, threshold)
    assert screen.leaves_all()
    assert screen_metrics(DocumentView(unscreened), unscreened.facts, screen) == unscreened.facts


@pytest.mark.parametrize(("intercept", "threshold", "leaves_all"), [(-30.0, 1e-9, False), (0.0, 0.5, False)])
def test_a_screen_of_a_positive_threshold_reads_every_figure(intercept: float, threshold: float,
                                                            leaves_all: bool) -> None:
    assert _screen(intercept, threshold).leaves_all() is leaves_all
