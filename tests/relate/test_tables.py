"""Metrics read from tables: subject from the row, platform from the column, kind and scale from the caption."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.models import DateMention, Document, Extraction, Mention
from crossreach.relate.context import DocumentView
from crossreach.relate.tables import dates_within, mentions_within


def _metrics(extract_text, lang: str, text: str, published: str | None = None) -> list[tuple]:
    return sorted((f.subject, f.kind, f.value, f.platform, f.date, f.currency)
                  for f in extract_text(lang, text, published).facts if f.type == "metric")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Follower der offiziellen Konten in Millionen, Stand 31. Dezember 2022:\n\n"
           "Marke        Weibo   Douyin\nGucci         1,5     2,5\nPrada         0,5     1,0\n",
     [("Gucci", "followers", 1_500_000, "Weibo", "2022-12-31", None),
      ("Gucci", "followers", 2_500_000, "Douyin", "2022-12-31", None),
      ("Prada", "followers", 500_000, "Weibo", "2022-12-31", None),
      ("Prada", "followers", 1_000_000, "Douyin", "2022-12-31", None)]),
    ("en", "Brands performed as follows:\n| Tmall ranking, November 2021 | | |\n|---|---|---|\n"
           "| Brand | Tmall GMV | Change |\n|---|---|---|\n"
           "| Gucci | ¥4.5 billion | +6% |\n| Prada | ¥2 billion | −4% |\n",
     [("Gucci", "sales", 4_500_000_000, "Tmall", "2021-11", "CNY"),
      ("Prada", "sales", 2_000_000_000, "Tmall", "2021-11", "CNY")]),
])
def test_table_cells_become_metrics(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == sorted(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a rank column under "#": the label is the next column
    ("en", "Sales on Tmall, November 2022:\n| # | Brand | GMV | Change |\n|---|---|---|---|\n"
           "| 1 | Dyson | ¥2.36 billion | −6% |\n| 2 | Philips | ¥920 million | −3% |\n",
     [("Dyson", "sales", 2_360_000_000, "Tmall", "2022-11", "CNY"),
      ("Philips", "sales", 920_000_000, "Tmall", "2022-11", "CNY")]),
    ("fr", "Abonnés sur Weibo, décembre 2022 :\n| | Musée | Abonnés |\n|---|---|---|\n"
           "| 1. | Louvre | 1,2 million |\n| 2. | Musée d’Orsay | 500 000 |\n",
     [("Louvre", "followers", 1_200_000, "Weibo", "2022-12", None),
      ("Musée d'Orsay", "followers", 500_000, "Weibo", "2022-12", None)]),
    # the currency a money column's header states is its cells' when they write none
    ("en", "Sales on Tmall, November 2022:\n| # | Brand | GMV (RMB) |\n|---|---|---|\n"
           "| 1 | Dyson | 2.36bn |\n| 2 | Philips | 920m |\n",
     [("Dyson", "sales", 2_360_000_000, "Tmall", "2022-11", "CNY"),
      ("Philips", "sales", 920_000_000, "Tmall", "2022-11", "CNY")]),
])
def test_a_rank_column_before_the_label_is_skipped(extract_text, lang, text, expected) -> None:
    assert _metrics(extract_text, lang, text) == sorted(expected)


def test_a_table_without_a_metric_cue_gives_nothing(extract_text) -> None:
    text = "Opening hours:\n\nMuseum     Monday   Tuesday\nLouvre      9        10\nPrado       10       11\n"
    assert _metrics(extract_text, "en", text) == []


def test_pipe_table_evidence_is_the_cell_the_source_shows(extract_text) -> None:
    text = "Sales:\n| Brand | Sales |\n|---|---|\n| Gucci | ¥4.5 billion |\n| Prada | ¥2 billion |\n"
    [first, _] = [f for f in extract_text("en", text, None).facts if f.type == "metric"]
    assert first.evidence.sentence == "¥4.5 billion"
    assert text[first.evidence.start:first.evidence.end] == "¥4.5 billion"


@pytest.mark.parametrize(("text", "published", "dates"), [
    # the event the text dated last before the table
    ("On 11 November 2023 brands sold more than ever.\n\nSales:\n| Brand | Sales |\n|---|---|\n"
     "| Gucci | ¥4.5 billion |\n| Prada | ¥2 billion |\n", "2023-11-15", ["2023-11-11", "2023-11-11"]),
    # no date before it: the publication's
    ("Sales:\n| Brand | Sales |\n|---|---|\n| Gucci | ¥4.5 billion |\n| Prada | ¥2 billion |\n",
     "2023-11-15", ["2023-11-15", "2023-11-15"]),
])
def test_a_table_without_a_date_of_its_own_takes_the_text_s(extract_text, text: str, published: str,
                                                           dates: list[str]) -> None:
    assert [m[4] for m in _metrics(extract_text, "en", text, published)] == dates


# --- a caption's, label's or header's mentions and dates, found by bisection as a scan would ---------

_SPANS = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=25).map(
    lambda pairs: [(start, start + width) for start, width in sorted(pairs)])


def _view(mentions: list[Mention], dates: list[DateMention] | None = None) -> DocumentView:
    document = Document(doc_id="d", source="s", text="x" * 300, lang="en")
    return DocumentView(Extraction(document=document, mentions=mentions, dates=dates or []))


@given(_SPANS, st.integers(-5, 260), st.integers(0, 60))
def test_mentions_within_are_the_scans(places: list[tuple[int, int]], low: int, width: int) -> None:
    found = [Mention(start, end, "n", "Tmall", "platform") for start, end in places]
    high = low + width
    assert mentions_within(_view(found), low, high) == [m for m in found if low <= m.start and m.end <= high]


@given(_SPANS, st.lists(st.booleans(), min_size=25, max_size=25), st.integers(-5, 260), st.integers(0, 60))
def test_dates_within_are_the_scans(places: list[tuple[int, int]], valued: list[bool], low: int, width: int) -> None:
    dates = [DateMention(start, end, "d", "2021-03-01" if has else None, "day")
             for (start, end), has in zip(places, valued, strict=False)]
    high = low + width
    scanned = [d for d in dates if low <= d.start and d.end <= high and d.value]
    assert dates_within(_view([], dates), low, high) == scanned
