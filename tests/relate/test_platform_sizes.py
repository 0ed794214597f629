"""A platform owns its own users only in millions: a smaller count of users is of something on it."""

from __future__ import annotations

import pytest

from crossreach.models import Mention, Metric, Quantity
from crossreach.relate.owners import Candidate, OwnerNoun
from crossreach.relate.platform_sizes import for_size, may_own, too_few_for_a_platform

DOUBAN = Mention(0, 6, "Douban", "Douban", "platform", "tech")
TENCENT = Mention(10, 17, "Tencent", "Tencent", "organization", "tech")
ORCHESTRA = Mention(20, 42, "Philadelphia Orchestra", "Philadelphia Orchestra", "organization", "culture")


def _figure(value: float | None, span: tuple[float, float] | None = None) -> Quantity:
    return Quantity(50, 56, "12,000", value, range=span)


@pytest.mark.parametrize(("kind", "figure", "too_few"), [
    ("users", _figure(12_000), True),
    ("mau", _figure(999_999), True),
    ("dau", _figure(None, (10_000, 100_000)), True),  # a vague amount: its upper bound
    ("dau", _figure(None, (100_000, 1_000_000)), False),  # "hundreds of thousands" may reach a million
    ("users", _figure(1_000_000), False),
    ("mau", _figure(576_000_000), False),
    ("followers", _figure(12_000), False),  # not a platform's own kind
    ("users", _figure(None), False),  # no size to judge
])
def test_a_count_of_users_under_a_million_is_too_few_for_a_platform(kind, figure, too_few) -> None:
    assert too_few_for_a_platform(kind, figure) is too_few


@pytest.mark.parametrize(("mention", "value", "owns"), [
    (DOUBAN, 12_000, False),
    (TENCENT, 12_000, False),
    (ORCHESTRA, 12_000, True),
    (DOUBAN, 200_000_000, True),
])
def test_no_platform_may_own_a_count_of_users_too_small_for_it(mention, value, owns) -> None:
    assert may_own(mention, "users", None, False, _figure(value)) is owns


@pytest.mark.parametrize(("value", "names", "noun_kept", "referent"), [
    (12_000, ["Philadelphia Orchestra"], False, None),  # "the social platform" points to a platform
    (50_000_000, ["Douban", "Tencent", "Philadelphia Orchestra"], True, DOUBAN),  # big enough: untouched
])
def test_the_ranker_chooses_no_platform_for_a_small_count(value, names, noun_kept, referent) -> None:
    found = [Candidate(m) for m in (DOUBAN, TENCENT, ORCHESTRA)]
    noun = OwnerNoun("the social platform", "tech", 30)
    kept, kept_noun, kept_referent = for_size(found, noun, DOUBAN, "users", _figure(value))
    assert [c.mention.name for c in kept] == names
    assert (kept_noun is noun) is noun_kept
    assert kept_referent == referent


def test_a_noun_of_an_organization_keeps_a_referent_that_is_no_platform() -> None:
    noun = OwnerNoun("the orchestra", "culture", 30)
    _, kept_noun, kept_referent = for_size([], noun, ORCHESTRA, "users", _figure(12_000))
    assert kept_noun is noun and kept_referent == ORCHESTRA


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a fan club's members on Douban are not Douban's users: read alone, the sentence's owner noun keeps them
    ("en", "A fan club for the orchestra on the social platform Douban now has about 12,000 members.",
     [("the orchestra", "users", 12_000)]),
    ("en", "Douban has about 200 million registered users.", [("Douban", "users", 200_000_000)]),
    ("en", "Burberry's mini-program on WeChat has 300,000 registered users.", [("Burberry", "users", 300_000)]),
])
def test_small_user_counts_are_no_platform_s_own(extract_text, lang, text, expected) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [(m.subject, m.kind, m.value) for m in metrics] == expected
