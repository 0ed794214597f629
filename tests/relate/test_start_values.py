"""Start values: a verb of change before "from X to Y" makes two figures (where the count started,
where it is now); "from X to Y" or "between X and Y" without one stays a range."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.recognise.number_rules import number_rules
from crossreach.recognise.numbers import recognise_quantities
from crossreach.relate.start_values import start_value_kinds, start_values


def _values(lang: str, text: str) -> list[tuple[float | None, tuple[float, float] | None]]:
    return [(q.value, q.range) for q in recognise_quantities(text, load_language(lang))]


@pytest.mark.parametrize(("lang", "text", "start", "end"), [
    ("en", "The account grew from 12,000 to 265,000 followers.", 12_000, 265_000),
    ("en", "Its revenue rose sharply from $3 million to $5 million.", 3_000_000, 5_000_000),
    ("en", "Subscriptions fell from 5 million to 3 million.", 5_000_000, 3_000_000),
    ("it", "L'account è passato in un anno da 12 mila a 265 mila follower.", 12_000, 265_000),
    ("fr", "Le compte est passé de 12 000 à 265 000 abonnés.", 12_000, 265_000),
    ("de", "Die Zahl der Follower stieg von 1,5 bis 2 Millionen.", 1_500_000, 2_000_000),
    ("es", "La cuenta, abierta en agosto, pasó de 12 mil a 265 mil seguidores.", 12_000, 265_000),
    ("es", "La cuenta pasó de 12 a 265 mil seguidores.", 12_000, 265_000),  # the end's scale is the start's
    ("pt", "O perfil passou de 3 a 5 milhões de seguidores.", 3_000_000, 5_000_000),
    ("zh", "粉丝从1.2万增至26.5万。", 12_000, 265_000),
])
def test_a_change_from_x_to_y_is_two_figures(lang: str, text: str, start: float, end: float) -> None:
    assert _values(lang, text) == [(start, None), (end, None)]


@pytest.mark.parametrize(("lang", "text", "low", "high"), [
    ("en", "The deal is worth between 1.5 million and 2 million pounds.", 1_500_000, 2_000_000),
    ("it", "Il contratto vale da 10 a 20 milioni di euro.", 10_000_000, 20_000_000),
    ("fr", "Le contrat vaudrait de 8 à 12 millions d'euros.", 8_000_000, 12_000_000),
    ("es", "Las entradas van de 2.500 a 52.000 pesos.", 2_500, 52_000),
    ("pt", "O valor fica entre 3 e 5 milhões.", 3_000_000, 5_000_000),
    ("de", "Der Wert liegt zwischen 12 und 15 Millionen US-Dollar.", 12_000_000, 15_000_000),
])
def test_from_x_to_y_without_a_change_verb_stays_a_range(lang: str, text: str, low: float, high: float) -> None:
    assert _values(lang, text) == [(None, (low, high))]


@pytest.mark.parametrize(("lang", "text", "pairs"), [
    ("es", "pasó de 12 mil a 265 mil seguidores", {0: 1}),
    ("en", "jumped from 1.1 million followers to 3.4 million overnight", {0: 1}),
    ("de", "Die Zahl der Follower stieg von 12.000 auf 265.000.", {0: 1}),
    ("de", "die Zahl, die von 12.000 auf 265.000 gestiegen ist", {0: 1}),  # the joiner says the change
    ("pt", "o perfil passou de 12 mil para 265 mil seguidores", {0: 1}),
    ("zh", "粉丝从1.2万增至26.5万。", {0: 1}),
    ("pt", "um grande 12 mil para 265 mil", {}),  # no "from" before the start
    ("zh", "门票价格为380元至1880元。", {}),
    ("en", "grew 40% to 265,000 followers", {}),
    ("it", "da 10 a 20 milioni di euro", {}),
])
def test_start_values_pair_a_start_with_its_end(lang: str, text: str, pairs: dict[int, int]) -> None:
    lexicon = load_language(lang)
    figures = recognise_quantities(text, lexicon)
    assert start_values(text, figures, number_rules(lexicon)) == pairs


def test_a_start_value_with_no_noun_counts_what_its_end_counts() -> None:
    text = "pasó de 12 mil a 265 mil seguidores"
    lexicon = load_language("es")
    figures = recognise_quantities(text, lexicon)
    assert start_value_kinds(text, figures, [None, "followers"], number_rules(lexicon)) == ["followers", "followers"]


@pytest.mark.parametrize(("lang", "text", "start_date"), [
    ("es", "La cuenta del Museo del Prado en Weibo, abierta en agosto, pasó de 12 mil a 265 mil seguidores.",
     "2024-08"),
    ("en", "The Louvre's account on Weibo grew from 12,000 to 265,000 followers.", None),
])
def test_a_start_value_is_dated_where_the_count_started(extract_text, lang: str, text: str,
                                                        start_date: str | None) -> None:
    facts = [f for f in extract_text(lang, text, "2024-11-26").facts if isinstance(f, Metric)]
    found = sorted((f.value, f.kind, f.date, f.aspect) for f in facts)
    assert [(v, k, a) for v, k, _, a in found] == [(12_000, "followers", "total"), (265_000, "followers", "total")]
    assert found[0][2] == start_date
    assert found[1][2] != start_date


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Account des Louvre auf Weibo stieg von 12.000 auf 265.000 Follower."),
    ("pt", "O perfil do Louvre no Weibo passou de 12 mil para 265 mil seguidores."),
    ("zh", "卢浮宫的微博粉丝从1.2万增至26.5万。"),
])
def test_a_change_joiner_needs_no_verb_before(extract_text, lang: str, text: str) -> None:
    facts = [f for f in extract_text(lang, text, "2024-11-26").facts if isinstance(f, Metric)]
    assert sorted((f.value, f.kind) for f in facts) == [(12_000, "followers"), (265_000, "followers")]
