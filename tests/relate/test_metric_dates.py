"""Dates of repeated figures: a headline's figure is dated as its article's statement of it."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric
from crossreach.relate.context import DocumentView
from crossreach.relate.metrics import relate_metrics


@pytest.mark.parametrize(("lang", "text", "published", "dates"), [
    ("en", "Philadelphia Orchestra draws 3.2 million viewers on Tencent Video\n\nOn November 8 the Philadelphia "
           "Orchestra's concert drew 3.2 million viewers on Tencent Video.", "2023-11-10",
     ["2023-11-08", "2023-11-08"]),
    ("it", "La Scala supera i 2 milioni di spettatori su Tencent Video\n\nIl 7 dicembre la diretta della Scala "
           "ha raccolto 2 milioni di spettatori su Tencent Video.", "2023-12-11", ["2023-12-07", "2023-12-07"]),
    # a different figure in the headline keeps its own date (the publication's)
    ("en", "Philadelphia Orchestra draws 3.2 million viewers on Tencent Video\n\nOn November 8 the Philadelphia "
           "Orchestra's concert drew 2.1 million viewers on Tencent Video.", "2023-11-10",
     ["2023-11-10", "2023-11-08"]),
])
def test_a_repeat_without_a_date_takes_the_dated_statement_s(extract_text, domain, lang, text, published,
                                                              dates) -> None:
    extraction = extract_text(lang, text, published)
    facts = relate_metrics(DocumentView(extraction), load_language(lang), domain)
    assert [f.date for f in facts if isinstance(f, Metric)] == dates
