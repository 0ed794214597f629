"""Figure guards: a number quoted alone is a name; a range over two orders of magnitude is no figure; a figure
dated after its article is a forecast; a long run of bare digits is a code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.models import Evidence, Metric, Quantity
from crossreach.relate.figure_guards import (
    WIDEST_RANGE,
    after_publication,
    bare_code,
    quoted_alone,
    too_small_a_sum,
    too_vague,
)


def _figure(text: str, number: str, value: float | None = None,
            range_: tuple[float, float] | None = None) -> Quantity:
    start = text.index(number)
    return Quantity(start=start, end=start + len(number), text=number, value=value, kind="count",
                    range=range_)


@pytest.mark.parametrize(("text", "number", "quoted"), [
    ("Während des Shoppingfestivals «618» verfolgten 120'000 Menschen den Livestream.", "618", True),
    ("Durante el festival « 618 » se vendieron 3 millones de unidades.", "618", True),
    ("在“618”期间，直播观看人数达到1200万。", "618", True),
    ("在「618」期间，直播观看人数达到1200万。", "618", True),
    ('The campaign "2023" drew 3 million views.', "2023", True),
    ("The video drew 3 million views on Douyin.", "3 million", False),
    ("« Le musée a attiré 3 millions de visiteurs », a-t-il dit.", "3 millions", False),
    ("He said the video drew “3 million views”.", "3 million", False),
])
def test_a_number_quoted_on_its_own_is_a_name(text: str, number: str, quoted: bool) -> None:
    assert quoted_alone(text, _figure(text, number)) is quoted


@pytest.mark.parametrize(("range_", "vague"), [
    ((1_000_000, 1_000_000_000), True),   # "millions of", "en millones de RMB"
    ((100_000, 1_000_000), False),        # "hundreds of thousands"
    ((10_000, 100_000), False),           # "tens of thousands"
    ((1_500_000, 2_000_000), False),      # "between 1.5 and 2 million"
    (None, False),
])
def test_a_range_over_two_orders_of_magnitude_is_no_figure(range_: tuple[float, float] | None, vague: bool) -> None:
    text = "figure"
    assert too_vague(_figure(text, text, None if range_ else 5.0, range_)) is vague


@given(st.floats(min_value=1, max_value=1e12), st.floats(min_value=1, max_value=1e4))
def test_vagueness_is_the_ratio_of_the_bounds(low: float, ratio: float) -> None:
    figure = _figure("x", "x", None, (low, low * ratio))
    assert too_vague(figure) is (low * ratio > WIDEST_RANGE * low)


def _metric(date: str | None, sentence: str = "Sales will reach 2 billion yuan.", kind: str = "sales") -> Metric:
    return Metric(subject="Gucci", kind=kind, value=2e9, date=date,
                  evidence=Evidence(start=0, end=1, sentence_start=0, sentence_end=len(sentence), sentence=sentence))


@pytest.mark.parametrize(("date", "published", "sentence", "kind", "forecast"), [
    ("2026", "2024-03-01", "Sales will reach 2 billion yuan in 2026.", "sales", True),
    ("2025-01", "2024-12-01", "Sales in January.", "sales", True),
    ("2024-11", "2024-03-01", "Sales in November.", "sales", False),  # the year under way: a page's date may be a guess
    ("2024", "2024-03-01", "Sales this year.", "sales", False),      # the year under way
    ("2024-03", "2024-03-01", "Sales this month.", "sales", False),
    ("2023-11-11", "2024-03-01", "Sales on Singles' Day.", "sales", False),
    ("2026", "2025-12-01", "The 2025-26 season reached 3 million viewers.", "viewers", False),  # a season under way
    ("2027", "2024-03-01", "A contract until 2027 worth 2 billion.", "deal_value", False),  # a deal's term
    (None, "2024-03-01", "Sales.", "sales", False),
    ("2026", None, "Sales in 2026.", "sales", False),
    ("2021", "2020-01-01", "Sales in 2021.", "sales", False),  # a page dated from a bare year: a guess
])
def test_a_figure_dated_after_its_publication_is_a_forecast(date: str | None, published: str | None, sentence: str,
                                                             kind: str, forecast: bool) -> None:
    assert after_publication(_metric(date, sentence, kind), published) is forecast


@pytest.mark.parametrize(("kind", "value", "range_", "small"), [
    ("money", 0.7, None, True),          # a dividend per share
    ("money", 10, None, True),           # an average revenue per user
    ("money", 999, None, True),
    ("money", 2400, None, True),         # one item's price ("le sac, vendu 2 400 euros")
    ("money", 9999, None, True),
    ("money", 10_000, None, False),
    ("money", 243_000, None, False),
    ("money", None, (300, 500), True),
    ("money", None, (800_000, 1_000_000), False),
    ("count", 500, None, False),         # counts have their own floor
])
def test_a_sum_under_ten_thousand_is_no_metric(kind: str, value: float | None, range_: tuple[float, float] | None,
                                              small: bool) -> None:
    figure = Quantity(start=0, end=1, text="x", value=value, kind=kind, range=range_)
    assert too_small_a_sum(figure) is small


@pytest.mark.parametrize(("number", "code"), [
    ("1121114", True),       # a wire story's number closing the text
    ("04455660965", True),   # a phone number
    ("1,121,114", False),    # grouped: a figure
    ("1.121.114", False),
    ("112114", False),       # six digits may still be a figure written bare
    ("1.1 million", False),
    ("112\u4e07", False),   # a scale character
])
def test_a_long_run_of_bare_digits_is_a_code(number: str, code: bool) -> None:
    figure = Quantity(start=0, end=len(number), text=number, value=1.0, kind="count")
    assert bare_code(figure) is code


@pytest.mark.parametrize(("lang", "text"), [
    # a wish, a hope or a target year before the figure in its clause: no figure yet
    ("en", "By 2026, Gucci wants 5 million members on its WeChat mini program."),
    ("en", "Gucci hopes the partnership will bring in 500 million yuan of sales over three years."),
    ("it", "Entro il 2026 Gucci punta a 5 milioni di iscritti al suo mini programma WeChat."),
    ("fr", "Dior table sur 500 millions de yuans de ventes sur trois ans."),
    ("de", "Adidas rechnet mit einem Umsatz von 500 Millionen Yuan in drei Jahren."),
    ("es", "Loewe espera facturar 500 millones de yuanes en tres años."),
    ("pt", "A Natura projeta vendas de 500 milhões de yuans em três anos."),
    ("it", "Gli organizzatori contano di superare i 40mila visitatori cinesi con la prossima edizione."),
    ("pt", "A nova campanha do museu deve atrair 300 mil visitantes chineses."),
    ("pt", "As duas marcas devem faturar 500 milhões de yuans no Tmall com a coleção."),
    ("zh", "古驰希望三年内在天猫实现5亿元的销售额。"),
])
def test_a_hoped_for_figure_is_no_metric(extract_text, lang, text) -> None:
    assert [f for f in extract_text(lang, text, "2024-05-10").facts if isinstance(f, Metric)] == []


@pytest.mark.parametrize(("lang", "text", "value"), [
    # a wish in a clause of its own leaves the figure of the next clause alone
    ("en", "Gucci, which hopes to grow in China, has 5 million followers on Weibo.", 5_000_000),
    ("zh", "古驰希望吸引年轻消费者，其微博粉丝已达500万。", 5_000_000),
])
def test_a_wish_in_another_clause_leaves_the_figure(extract_text, lang, text, value) -> None:
    assert [f.value for f in extract_text(lang, text, "2024-05-10").facts if isinstance(f, Metric)] == [value]
