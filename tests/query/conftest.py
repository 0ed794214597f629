"""Knowledge bases for the query tests: the fixed records of ``tests/fixed_records.py`` (on SQLite and
PostgreSQL, read only), and a small hand-made one for what those do not show: near-duplicate sources and
conflicting figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from crossreach.models import Document, Entity, Evidence, Extraction, Mention, Metric
from crossreach.resolve.near_duplicates import near_duplicates, simhash
from crossreach.store import KnowledgeBase, open_knowledge_base


@pytest.fixture(scope="module")
def kb(fixed_kb_url: str) -> Iterator[KnowledgeBase]:
    """The fixed records, read only."""
    kb = open_knowledge_base(fixed_kb_url)
    yield kb
    kb.engine.dispose()


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


@pytest.fixture
def make_article() -> Callable[..., Extraction]:
    """``_article`` for tests that store one more of its documents."""
    return _article
