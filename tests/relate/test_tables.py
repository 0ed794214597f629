"""Metrics read from tables: subject from the row, platform from the column, kind and scale from the caption."""

from __future__ import annotations

import pytest


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
