"""One partnership a deal: the indexed merge keeps what comparing every pair kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossreach.domain import DomainLexicon, load_domain
from crossreach.models import Evidence, Partnership
from crossreach.relate.deals import merged, one_per_deal


def _deal(*parties: str, at: int = 0) -> Partnership:
    return Partnership(parties=parties, evidence=Evidence(at, at + 1, at, at + 1, "s"))


def _pairwise(facts: list[Partnership], domain: DomainLexicon) -> list[Partnership]:
    """The merge as it was written first: each fact compared with every one kept before it."""
    kept: list[Partnership] = []
    for fact in facts:
        for i, other in enumerate(kept):
            if (one := merged(other, fact, domain)) is not None:
                kept[i] = one
                break
        else:
            kept.append(fact)
    return kept


@pytest.mark.parametrize(("stated", "expected"), [
    ([("Gucci", "Tmall"), ("Gucci", "Tmall Luxury Pavilion")], [("Gucci", "Tmall Luxury Pavilion")]),
    ([("Gucci", "Douyin"), ("Gucci", "ByteDance")], [("Gucci", "Douyin")]),
    ([("Gucci", "Tmall"), ("Prada", "Tmall")], [("Gucci", "Tmall"), ("Prada", "Tmall")]),
    ([("Gucci", "Tmall"), ("Gucci", "Tmall", "JD.com")], [("Gucci", "Tmall"), ("Gucci", "Tmall", "JD.com")]),
    ([("Gucci", "Tmall"), ("Prada", "JD.com"), ("Gucci", "Tmall Global")],
     [("Gucci", "Tmall Global"), ("Prada", "JD.com")]),
])
def test_one_per_deal(stated: list[tuple[str, ...]], expected: list[tuple[str, ...]]) -> None:
    facts = [_deal(*parties, at=i) for i, parties in enumerate(stated)]
    assert [fact.parties for fact in one_per_deal(facts, load_domain())] == expected


_NAMES = st.sampled_from(["Gucci", "Prada", "Tmall", "Tmall Global", "Tmall Luxury Pavilion", "Douyin",
                          "ByteDance", "JD.com", "Tencent", "WeChat"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_NAMES, min_size=1, max_size=3).map(tuple), max_size=12))
def test_indexed_merge_equals_pairwise(stated: list[tuple[str, ...]]) -> None:
    facts = [_deal(*parties, at=i) for i, parties in enumerate(stated)]
    domain = load_domain()
    assert one_per_deal(facts, domain) == _pairwise(facts, domain)
