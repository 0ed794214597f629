"""The query layer over the fixed records of ``tests/fixed_records.py`` (on SQLite and PostgreSQL), and over
small hand-made knowledge bases for what those do not show: near-duplicate sources, conflicting figures,
migrating an older database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

import crossreach.store
from crossreach import query
from crossreach.models import Document, Entity, Evidence, Extraction, Mention, Metric
from crossreach.resolve.near_duplicates import near_duplicates, simhash
from crossreach.store import KnowledgeBase, open_knowledge_base
from fixed_records import DOCUMENTS


@pytest.fixture(scope="module")
def kb(fixed_kb_url: str) -> Iterator[KnowledgeBase]:
    """The fixed records, read only."""
    kb = open_knowledge_base(fixed_kb_url)
    yield kb
    kb.engine.dispose()


# --- entities -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "canonical"), [
    ("Tencent", "Tencent"),
    ("tencent", "Tencent"),
    ("腾讯", "Tencent"),            # a lexicon alias no example document uses
    ("騰訊", "Tencent"),            # traditional characters
    ("Kuaishou", "Kuaishou"),
    ("快手", "Kuaishou"),
    ("Musée du Louvre", "Louvre"),
    ("卢浮宫", "Louvre"),
    ("WeChat", "WeChat"),
    ("微信", "WeChat"),
])
def test_an_entity_is_found_by_any_alias_in_any_script(kb: KnowledgeBase, name: str, canonical: str) -> None:
    assert query.find_entity(kb, name).name == canonical


def test_an_entity_is_found_by_id(kb: KnowledgeBase) -> None:
    tencent = query.find_entity(kb, "Tencent")
    assert query.find_entity(kb, tencent.id) == tencent
    assert query.find_entity(kb, str(tencent.id)) == tencent


def test_an_unknown_name_suggests_close_ones(kb: KnowledgeBase) -> None:
    with pytest.raises(query.EntityNotFound, match="did you mean") as caught:
        query.find_entity(kb, "Tencnt")
    assert "Tencent" in caught.value.suggestions


def test_a_name_like_nothing_has_no_suggestion(kb: KnowledgeBase) -> None:
    with pytest.raises(query.EntityNotFound) as caught:
        query.find_entity(kb, "Zzyzx Qwop")
    assert caught.value.suggestions == []


@pytest.mark.parametrize(("filters", "holds"), [
    ({"type": "platform"}, lambda e: e.type == "platform"),
    ({"category": "museum"}, lambda e: e.category == "museum"),
    ({"search": "tencent"}, lambda e: "tencent" in (e.name + " ".join(e.aliases)).casefold()),
    ({"search": "腾讯"}, lambda e: any("腾讯" in alias for alias in e.aliases)),
])
def test_entity_filters(kb: KnowledgeBase, filters: dict, holds) -> None:
    page = query.list_entities(kb, **filters)
    assert page.items and all(holds(e) for e in page.items)


def test_entities_page_by_documents(kb: KnowledgeBase) -> None:
    first, second = query.list_entities(kb, limit=5), query.list_entities(kb, limit=5, offset=5)
    assert first.total == second.total > 10
    documents = [e.documents for e in first.items + second.items]
    assert documents == sorted(documents, reverse=True)
    assert not {e.id for e in first.items} & {e.id for e in second.items}


def test_tencent_profile(kb: KnowledgeBase) -> None:
    profile = query.entity_profile(kb, "Tencent")
    assert profile.entity.type == "organization" and profile.entity.category == "tech"
    assert "腾讯" in profile.entity.aliases
    assert {"WeChat"} <= {child.name for child in profile.children}
    assert "Zhao Ming" in {role.person for role in profile.people}
    assert {"NBA", "Chanel"} <= {partner.partner for partner in profile.partnerships}
    measured_on = [f for rows in profile.platform_metrics.values() for f in rows]
    assert any(f.subject == "NBA" and f.kind == "deal_value" and f.value == 1_500_000_000 for f in measured_on)
    for rows in (*profile.metrics.values(), *profile.platform_metrics.values()):
        dates = [f.date or f.published or "" for f in rows]
        assert dates == sorted(dates, reverse=True)


def test_people_and_partners(kb: KnowledgeBase) -> None:
    people = query.people(kb, "Tencent")
    assert all(role.organization == "Tencent" for role in people)
    assert {"Zhao Ming", "Chen Yuhang"} <= {role.person for role in people}
    partners = query.partners(kb, "Tmall")
    assert "Estée Lauder" in {p.partner for p in partners}
    for partner in partners:
        assert all(f.type == "partnership" and f.evidence for f in partner.facts)


def test_partners_of_one_kind_or_status(kb: KnowledgeBase) -> None:
    renewed = query.partners(kb, "Tencent", status="renewed")
    assert "NBA" in {p.partner for p in renewed}
    assert all(f.record["status"] == "renewed" for p in renewed for f in p.facts)
    everything = query.partners(kb, "Tencent")
    by_kind = [p for kind in ("sponsorship", "rights", "stake", "store", "alliance", "memorandum", "other")
               for p in query.partners(kb, "Tencent", kind=kind)]
    assert sum(len(p.facts) for p in by_kind) == sum(len(p.facts) for p in everything)
    for kind, status in [("deal", None), (None, "over")]:
        with pytest.raises(query.BadQuery, match="unknown partnership"):
            query.partners(kb, "Tencent", kind=kind, status=status)


def test_partnership_graph_of_one_status(kb: KnowledgeBase) -> None:
    graph = query.partnership_graph(kb, "Tencent", status="renewed")
    assert graph["edges"] and all(edge["statuses"] == ["renewed"] for edge in graph["edges"])
    assert len(graph["edges"]) <= len(query.partnership_graph(kb, "Tencent")["edges"])


def test_partnership_graph_around_an_entity(kb: KnowledgeBase) -> None:
    tencent = query.find_entity(kb, "Tencent")
    graph = query.partnership_graph(kb, "Tencent")
    nodes = {node["id"] for node in graph["nodes"]}
    assert tencent.id in nodes and len(nodes) > 1
    assert all(edge["source"] in nodes and edge["target"] in nodes and edge["facts"] == len(edge["fact_ids"])
               for edge in graph["edges"])
    assert [n["id"] for n in query.partnership_graph(kb, "Tencent", depth=0)["nodes"]] == [tencent.id]
    assert len(query.partnership_graph(kb)["nodes"]) >= len(nodes)


# --- figures --------------------------------------------------------------------------------------------------


def test_viewers_leaderboard(kb: KnowledgeBase) -> None:
    page = query.metrics(kb, kind="viewers", top=5)
    assert len(page.items) == 5 and page.total >= 5
    values = [f.value for f in page.items]
    assert values == sorted(values, reverse=True)
    assert all(f.kind == "viewers" and f.sources >= 1 and f.evidence for f in page.items)
    assert len({f.group_key for f in page.items}) == 5


def test_museum_livestreams_with_the_most_viewers(kb: KnowledgeBase) -> None:
    [first, *_] = query.metrics(kb, kind="viewers", category="museum", top=3).items
    assert (first.subject, first.value, first.qualifier, first.platform) == ("Louvre", 12_000_000, "more_than",
                                                                            "Douyin")
    assert "1200万" in first.evidence


@pytest.mark.parametrize(("filters", "holds"), [
    ({"kind": "followers"}, lambda f: f.kind == "followers"),
    ({"since": "2021"}, lambda f: f.date >= "2021"),
    ({"since": "2020-06", "until": "2020-12"}, lambda f: "2020-06" <= f.date[:7] <= "2020-12"),
    ({"until": "2019"}, lambda f: f.date[:4] <= "2019"),
    ({"platform": "Tencent"}, lambda f: f.platform in {"Tencent", "Tencent Sports", "Tencent Video", "WeChat", "QQ",
                                                       "Tencent News"}),
    ({"subject": "Louvre"}, lambda f: f.subject == "Louvre"),
])
def test_metric_filters(kb: KnowledgeBase, filters: dict, holds) -> None:
    page = query.metrics(kb, **filters)
    assert page.items and all(f.type == "metric" and holds(f) for f in page.items)


def test_a_category_keeps_only_its_subjects(kb: KnowledgeBase) -> None:
    page = query.metrics(kb, category="museum")
    assert page.items
    assert all(query.find_entity(kb, f.subject).category == "museum" for f in page.items)


@pytest.mark.parametrize("filters", [{"kind": "viewer"}, {"since": "last year"}, {"until": "2020/08"}])
def test_malformed_questions_are_bad_queries(kb: KnowledgeBase, filters: dict) -> None:
    with pytest.raises(query.BadQuery):
        query.metrics(kb, **filters)


def test_kuaishou_daily_active_users_over_time(kb: KnowledgeBase) -> None:
    series = query.timeline(kb, "快手", "dau")
    assert series.entity.name == "Kuaishou" and series.kind == "dau"
    assert [p.date for p in series.points] == sorted(p.date for p in series.points)
    quarterly = [(p.date, p.value) for p in series.points if p.date >= "2020-12"]
    assert quarterly == [("2020-12", 272_000_000), ("2021-03", 295_000_000), ("2021-06", 293_000_000),
                         ("2021-09", 320_000_000)]


def test_every_leaderboard_fact_has_its_sentence_with_the_figure(kb: KnowledgeBase) -> None:
    for fact in query.metrics(kb, kind="viewers").items:
        found = query.fact_sources(kb, fact.id)
        assert found.fact.id == fact.id and found.sources
        assert fact.document_id in {s.document_id for s in found.sources}
        for source in found.sources:
            start, end = source.highlight
            assert 0 <= start < end <= len(source.sentence)


def test_the_louvre_figure_is_highlighted_in_its_sentence(kb: KnowledgeBase) -> None:
    [fact] = query.metrics(kb, kind="viewers", subject="卢浮宫", platform="抖音").items
    sources = query.fact_sources(kb, fact.id).sources   # the headline and the sentence in the body
    assert sources and all(s.lang == "zh" for s in sources)
    assert all("1200万" in s.sentence[s.highlight[0]:s.highlight[1]] for s in sources)


def test_an_unknown_fact_is_not_found(kb: KnowledgeBase) -> None:
    with pytest.raises(query.FactNotFound):
        query.fact_sources(kb, 10**9)


def test_overview(kb: KnowledgeBase) -> None:
    summary = query.overview(kb, latest=4)
    assert summary.counts["documents"] == sum(summary.languages.values()) == len(DOCUMENTS)
    assert set(summary.languages) == {"en", "fr", "zh"}
    assert len(summary.latest) == 4 and summary.latest[0].id > summary.latest[-1].id
    assert sum(summary.top_sources.values()) == len(DOCUMENTS)


# --- search ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Livestream", "document", "Livestream"),         # German, English: FTS5 or tsvector
    ("spectateurs", "fact", "spectateurs"),
    ("Louvre Weibo", "document", "Louvre"),           # every word, anywhere in the document
    ("卢浮宫", "document", "卢浮宫"),                   # Chinese: substrings
    ("盧浮宮", "document", "卢浮宫"),                   # in traditional characters too
])
def test_search_finds_known_words(kb: KnowledgeBase, text: str, kind: str, expected: str) -> None:
    page = query.search(kb, text, limit=50)
    hits = [h for h in page.items if h.kind == kind]
    assert hits and page.total >= len(page.items)
    assert any(expected.casefold() in h.snippet.casefold() for h in hits)
    assert any("[" in h.snippet and "]" in h.snippet for h in hits)


def test_fact_hits_are_titled_with_their_fact(kb: KnowledgeBase) -> None:
    hits = [h for h in query.search(kb, "spectateurs").items if h.kind == "fact"]
    assert hits and all(h.title and h.title.startswith(("metric:", "partnership:", "role:", "quote:")) for h in hits)
    assert all(query.fact_sources(kb, int(h.id)).fact.id == h.id for h in hits)


@pytest.mark.parametrize(("text", "same_as"), [
    ("", None), ("   ", None), ("&", None), ("«»", None),
    ("Louvre*", "Louvre"), ('"Louvre"', "Louvre"), ("(Louvre)", "Louvre"), ("LOUVRE", "Louvre"),
])
def test_search_reads_operators_as_plain_text(kb: KnowledgeBase, text: str, same_as: str | None) -> None:
    expected = query.search(kb, same_as).total if same_as else 0
    assert query.search(kb, text).total == expected
    assert expected > 0 or same_as is None


def test_search_pages(kb: KnowledgeBase) -> None:
    everything = query.search(kb, "Kuaishou", limit=100)
    first, second = query.search(kb, "Kuaishou", limit=3), query.search(kb, "Kuaishou", limit=3, offset=3)
    assert first.total == second.total == everything.total > 6
    assert [h.id for h in first.items + second.items] == [h.id for h in everything.items[:6]]


# --- sources and conflicts, on a hand-made knowledge base -----------------------------------------------------

FILLER = (
    "Burberry opened its first social retail store in Shenzhen this summer, built with Tencent around a WeChat "
    "mini program that lets visitors book fitting rooms, collect points and unlock content as they walk "
    "through the shop. The company said the pilot would guide its plans for other Chinese cities next year. "
)


def _article(doc_id: str, figure: str, value: float, extra: str = "") -> Extraction:
    """A document whose last sentence gives Burberry's WeChat followers in August 2020."""
    sentence = f"Its WeChat account had {figure} followers in August 2020."
    text = FILLER + sentence + extra
    start = text.index(figure)
    evidence = Evidence(start=start, end=start + len(figure), sentence_start=len(FILLER),
                        sentence_end=len(FILLER) + len(sentence), sentence=sentence)
    return Extraction(
        document=Document(doc_id=doc_id, source=f"{doc_id}.txt", text=text, lang="en", title=doc_id,
                          published="2020-08-31"),
        mentions=[Mention(0, 8, "Burberry", "Burberry", "organization", "brand"),
                  Mention(text.index("WeChat"), text.index("WeChat") + 6, "WeChat", "WeChat", "platform")],
        entities=[Entity("Burberry", "organization", "brand", ["Burberry"]), Entity("WeChat", "platform")],
        facts=[Metric(subject="Burberry", kind="followers", value=value, platform="WeChat", date="2020-08",
                      evidence=evidence, confidence=0.8)],
    )


@pytest.fixture
def disputed_kb(any_kb: KnowledgeBase) -> KnowledgeBase:
    """Burberry's followers: 2.6 million in an article and its syndicated copy and in another article, 2.4 million
    in a third."""
    original = _article("original", "2.6 million", 2_600_000)
    copy = _article("copy", "2.6 million", 2_600_000, extra=" Republished with permission.")
    assert near_duplicates(simhash(original.document.text), simhash(copy.document.text))
    other = _article("other", "2,600,000", 2_600_000, extra=" " + " ".join(f"Paragraph {i} of analysis."
                                                                           for i in range(40)))
    assert not near_duplicates(simhash(original.document.text), simhash(other.document.text))
    for extraction in (original, copy, other, _article("rival", "2.4 million", 2_400_000)):
        any_kb.save(extraction)
    return any_kb


def test_a_group_is_one_row_with_its_independent_sources_and_its_conflict(disputed_kb: KnowledgeBase) -> None:
    page = query.metrics(disputed_kb, kind="followers")
    assert page.total == 1
    [row] = page.items
    assert (row.value, row.sources, row.conflict) == (2_600_000, 2, True)   # the copy counts once


def test_fact_sources_show_every_sentence_and_the_other_figure(disputed_kb: KnowledgeBase) -> None:
    [row] = query.metrics(disputed_kb, kind="followers").items
    found = query.fact_sources(disputed_kb, row.id)
    assert {s.title for s in found.sources} == {"original", "copy", "other"}
    assert {s.sentence[s.highlight[0]:s.highlight[1]] for s in found.sources} == {"2.6 million", "2,600,000"}
    [rival] = found.conflicts
    assert (rival.value, rival.sources, rival.conflict) == (2_400_000, 1, True)
    assert query.fact_sources(disputed_kb, rival.id).conflicts[0].value == 2_600_000


def test_a_timeline_has_one_point_per_group(disputed_kb: KnowledgeBase) -> None:
    series = query.timeline(disputed_kb, "Burberry", "followers")
    assert [(p.date, p.value, p.sources) for p in series.points] == [("2020-08", 2_600_000, 2)]
    assert series.undated == 0


def test_search_follows_reextraction(disputed_kb: KnowledgeBase) -> None:
    before = query.search(disputed_kb, "followers August")
    disputed_kb.save(_article("rival", "2.4 million", 2_400_000), force=True)
    after = query.search(disputed_kb, "followers August")
    assert after.total == before.total == 8   # 4 documents, 4 facts
    for hit in (h for h in after.items if h.kind == "fact"):
        assert query.fact_sources(disputed_kb, int(hit.id)).fact.evidence


def test_search_indexes_what_was_stored_before_the_migration(db_url: str) -> None:
    stored = open_knowledge_base(db_url)
    stored.save(_article("older", "2.6 million", 2_600_000))
    stored.engine.dispose()
    engine = create_engine(db_url)
    config = Config()
    config.set_main_option("script_location", str(Path(crossreach.store.__file__).parent / "migrations"))
    with engine.begin() as conn:  # back to the schema before full-text search, the data kept
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_fact_groups")
    engine.dispose()
    kb = open_knowledge_base(db_url)
    try:
        assert {h.kind for h in query.search(kb, "followers").items} == {"document", "fact"}
    finally:
        kb.engine.dispose()


# --- new facts (briefings, watch digests) ---------------------------------------------------------------------


def test_new_facts_since_a_date_come_from_documents_published_since(kb: KnowledgeBase) -> None:
    rows = query.new_facts(kb, since="2021-06-01")
    assert rows and all(row.published is None or row.published >= "2021-06-01" for row in rows)
    assert len(query.new_facts(kb, since="2000-01-01")) > len(rows)
    assert query.new_facts(kb, since="2999-01-01") == []


def test_new_facts_of_given_documents_about_one_entity(kb: KnowledgeBase) -> None:
    about = query.new_facts(kb, about="快手")
    assert about and all(row.subject == "Kuaishou" or row.platform == "Kuaishou"
                         or "Kuaishou" in str(row.record) for row in about)
    one_document = about[0].document_id
    rows = query.new_facts(kb, document_ids=[one_document], about="Kuaishou")
    assert rows and {row.document_id for row in rows} == {one_document}
    assert query.new_facts(kb, document_ids=[]) == []
    with pytest.raises(query.EntityNotFound):
        query.new_facts(kb, about="No Such Museum")
