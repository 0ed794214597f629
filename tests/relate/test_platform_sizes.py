"""A platform owns its own users only in millions, its own sales only in billions, its own audience only in
tens of millions: a smaller count of users or audience or sum of sales is of something on it."""

from __future__ import annotations

import pytest

from crossreach.models import Mention, Metric, Quantity
from crossreach.relate.owners import Candidate, OwnerNoun
from crossreach.relate.platform_sizes import (
    for_size,
    may_own,
    too_few_for_a_platform,
    too_few_units_for_a_platform,
    too_small_an_audience,
    too_small_for_a_platform,
)

DOUBAN = Mention(0, 6, "Douban", "Douban", "platform", "tech")
TENCENT = Mention(10, 17, "Tencent", "Tencent", "organization", "tech")
ORCHESTRA = Mention(20, 42, "Philadelphia Orchestra", "Philadelphia Orchestra", "organization", "culture")


TMALL = Mention(0, 5, "Tmall", "Tmall", "platform", "tech")
XIAOMI = Mention(10, 16, "Xiaomi", "Xiaomi", "organization", "tech")
BRAND = Mention(20, 29, "Diptyque", "Diptyque", "organization", "brand")


def _figure(value: float | None, span: tuple[float, float] | None = None) -> Quantity:
    return Quantity(50, 56, "12,000", value, range=span)


def _sum(value: float | None, span: tuple[float, float] | None = None) -> Quantity:
    return Quantity(50, 56, "60 million yuan", value, kind="money", range=span, currency="CNY")


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


@pytest.mark.parametrize(("kind", "figure", "too_small"), [
    ("sales", _sum(60_000_000), True),
    ("sales", _sum(999_000_000), True),
    ("sales", _sum(None, (500_000_000, 800_000_000)), True),  # a range: its upper bound
    ("sales", _sum(1_000_000_000), False),
    ("sales", _sum(268_400_000_000), False),  # a festival's GMV
    ("sales", _figure(310_000), False),  # units sold: a platform counts its own orders too
    ("deal_value", _sum(60_000_000), False),  # not sales
    ("sales", _sum(None), False),  # no size to judge
])
def test_a_sum_of_sales_under_a_billion_is_too_small_for_a_platform(kind, figure, too_small) -> None:
    assert too_small_for_a_platform(kind, figure) is too_small


@pytest.mark.parametrize(("mention", "value", "owns"), [
    (TMALL, 60_000_000, False),
    (TMALL, 268_400_000_000, True),
    (XIAOMI, 60_000_000, True),  # a tech company that is no platform sells its own goods
    (BRAND, 60_000_000, True),
])
def test_no_platform_may_own_a_sum_of_sales_too_small_for_it(mention, value, owns) -> None:
    assert may_own(mention, "sales", None, False, _sum(value)) is owns


def test_the_ranker_chooses_no_platform_for_small_sales() -> None:
    found = [Candidate(m) for m in (TMALL, XIAOMI, BRAND)]
    noun = OwnerNoun("la piattaforma", "tech", 30)
    kept, kept_noun, kept_referent = for_size(found, noun, TMALL, "sales", _sum(60_000_000))
    assert ([c.mention.name for c in kept], kept_noun, kept_referent) == (["Xiaomi", "Diptyque"], None, None)
    kept, kept_noun, _ = for_size(found, noun, TMALL, "sales", _sum(2_000_000_000))
    assert len(kept) == 3 and kept_noun is noun


def test_a_platform_with_no_brand_beside_it_keeps_its_own_small_sales() -> None:
    """"Ctrip sold 90,000 tickets, bringing in 45 million yuan": no brand sells on it, so the sum is its own."""
    found = [Candidate(TMALL)]
    assert for_size(found, None, None, "sales", _sum(60_000_000)) == (found, None, None)
    assert for_size(found, None, TMALL, "sales", _sum(60_000_000)) == (found, None, TMALL)
    # (a brand the noun refers to is one beside it)
    assert for_size(found, None, BRAND, "sales", _sum(60_000_000)) == ([], None, BRAND)


@pytest.mark.parametrize(("lang", "text", "value", "owner"), [
    ("en", "Ctrip sold 90,000 tickets for the festival, bringing in 45 million yuan.", 45_000_000, "Ctrip"),
    ("pt", "A Fliggy vendeu 8.000 pacotes, que renderam 4 milhões de euros.", 4_000_000, "Fliggy"),
])
def test_a_platform_selling_alone_owns_its_sales(extract_text, lang, text, value, owner) -> None:
    assert [f.subject for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value] == [owner]


@pytest.mark.parametrize(("kind", "figure", "too_few"), [
    ("sales", _figure(7_300), True),
    ("sales", _figure(None, (10_000, 50_000)), True),  # a range: its upper bound
    ("sales", _figure(120_000_000), False),  # a platform's own orders
    ("sales", _sum(60_000_000), False),  # a sum, not units: too_small_for_a_platform
    ("followers", _figure(7_300), False),
])
def test_units_sold_under_a_hundred_million_are_too_few_for_a_platform(kind, figure, too_few) -> None:
    assert too_few_units_for_a_platform(kind, figure) is too_few


@pytest.mark.parametrize(("features", "kept"), [
    ({"in_sentence": 1.0, "where": 1.0}, False),  # "the store on Tmall took 7,300 orders"
    ({"in_sentence": 1.0, "clause_subject": 1.0}, True),  # "Tmall sold 7,300 tickets": its own
])
def test_units_sold_on_a_platform_are_not_the_platforms(features, kept) -> None:
    found = [Candidate(TMALL, dict(features)), Candidate(BRAND)]
    names = [c.mention.name for c in for_size(found, None, None, "sales", _figure(7_300))[0]]
    assert names == (["Tmall", "Diptyque"] if kept else ["Diptyque"])


def test_a_platforms_noun_for_where_units_were_sold_points_to_no_owner() -> None:
    """"Sur Tmall, la plateforme de ..., le modèle s'est vendu à 1 000 exemplaires": the noun's referent is where."""
    found = [Candidate(TMALL, {"in_sentence": 1.0, "where": 1.0}), Candidate(BRAND)]
    noun = OwnerNoun("la plateforme", "tech", 30)
    assert for_size(found, noun, TMALL, "sales", _figure(1_000))[1:] == (None, None)
    assert for_size([Candidate(TMALL, {"where": 1.0})], noun, TMALL, "sales", _figure(1_000))[1:] == (noun, TMALL)


def test_a_platform_selling_units_itself_keeps_them(extract_text) -> None:
    """The platform as the subject of the sale, not where it was made: its own units sold."""
    facts = extract_text("en", "Bulgari opened a flagship on Fliggy in May. Fliggy, the fair's official travel agency, "
                               "sold 12,600 hotel nights to Chinese visitors.").facts
    assert [f.subject for f in facts if isinstance(f, Metric) and f.value == 12_600] == ["Fliggy"]


@pytest.mark.parametrize(("kind", "figure", "too_small"), [
    ("followers", _figure(880_000), True),
    ("viewers", _figure(2_300_000), True),
    ("views", _figure(None, (1_000_000, 5_000_000)), True),  # a range: its upper bound
    ("likes", _figure(310_000), True),
    ("followers", _figure(107_000_000), False),  # a platform's own subscribers
    ("views", _figure(10_000_000), False),
    ("users", _figure(880_000), False),  # a platform's own kind: too_few_for_a_platform
    ("followers", _figure(None), False),  # no size to judge
])
def test_an_audience_under_ten_million_is_too_small_for_a_platform(kind, figure, too_small) -> None:
    assert too_small_an_audience(kind, figure) is too_small


@pytest.mark.parametrize(("features", "value", "kept"), [
    ({}, 880_000, False),  # named outside the sentence (a noun's referent, the paragraph's)
    ({"in_sentence": 1.0, "where": 1.0}, 880_000, False),  # where the figure was counted
    ({"in_sentence": 1.0}, 880_000, True),  # "L'article de NetEase Cloud Music a été lu 100 000 fois"
    ({}, 107_000_000, True),  # big enough: untouched
])
def test_the_ranker_chooses_no_platform_for_a_small_audience_it_does_not_hold(features, value, kept) -> None:
    found = [Candidate(DOUBAN, dict(features)), Candidate(ORCHESTRA)]
    names = [c.mention.name for c in for_size(found, None, None, "followers", _figure(value))[0]]
    assert names == (["Douban", "Philadelphia Orchestra"] if kept else ["Philadelphia Orchestra"])


def test_a_small_audience_with_no_other_owner_is_no_platform_s() -> None:
    """"Son compte sur l'application compte 1,9 million d'abonnés": the app's noun points to no owner, and a
    platform alone does not keep an account's followers as a platform keeps its own small sales."""
    noun = OwnerNoun("l'application", "tech", 30)
    assert for_size([Candidate(DOUBAN)], noun, DOUBAN, "followers", _figure(1_900_000)) == ([], None, None)


@pytest.mark.parametrize(("lang", "text", "value", "owner"), [
    ("fr", "Tissot a ouvert un compte sur Douyin. Le compte de l'horloger sur la plateforme compte désormais "
           "2,1 millions d'abonnés.", 2_100_000, "Tissot"),
    ("en", "Chester Zoo opened a Douyin account in January. Its account on the app has since grown to 880,000 "
           "followers.", 880_000, "Chester Zoo"),
    # a platform the sentence names as the account's holder keeps its audience
    ("fr", "L'accord a été signé en mai. L'article de NetEase Cloud Music, publié mercredi, a été lu "
           "100 000 fois sur WeChat.", 100_000, "NetEase Cloud Music"),
])
def test_an_accounts_audience_on_a_platform_is_not_the_platforms(extract_text, lang, text, value, owner) -> None:
    assert [f.subject for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value] == [owner]
