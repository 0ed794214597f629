"""A small knowledge base written from fixed records, for the interface and query tests.

The CLI, API, dashboard and query tests ask questions of this knowledge base,
not of what the extractor reads from a corpus, so they keep passing whatever the
extractor learns. Every document is a few sentences written for these tests; its
entities and facts are given here, with evidence offsets computed from the text.
Record keys that later extractors add (a metric's ``aspect``, a partnership's
``kind`` and ``status``) are given in ``extra`` and written into the stored record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from crossreach.ingest.prepare import document_id
from crossreach.models import Document, Entity, Evidence, Extraction, Fact, Mention, Metric, Partnership, Quote, Role
from crossreach.store import KnowledgeBase
from crossreach.store import schema as t

#: The entities the documents name: type, category, aliases and parent (the parent of WeChat is Tencent;
#: the parent of Douyin is not stored, so that its "part of" names an entity with no page).
ENTITIES: dict[str, Entity] = {e.name: e for e in (
    Entity("Tencent", "organization", "tech", ["腾讯"]),
    Entity("WeChat", "platform", "tech", ["微信"], parent="Tencent"),
    Entity("Kuaishou", "platform", "tech", ["快手"]),
    Entity("Douyin", "platform", "tech", ["抖音"], parent="ByteDance"),
    Entity("Weibo", "platform", "tech", ["微博"]),
    Entity("Instagram", "platform", "tech"),
    Entity("Tmall", "platform", "tech", ["天猫"]),
    Entity("Louvre", "organization", "museum", ["卢浮宫", "Musée du Louvre"]),
    Entity("British Museum", "organization", "museum", ["大英博物馆"]),
    Entity("Louis Vuitton", "organization", "brand", ["LV"]),
    Entity("Burberry", "organization", "brand"),
    Entity("Chanel", "organization", "brand"),
    Entity("Estée Lauder", "organization", "brand"),
    Entity("NBA", "organization", "other"),
    Entity("Zhao Ming", "person"),
    Entity("Claire Morel", "person"),
    Entity("Chen Yuhang", "person"),
)}


@dataclass(slots=True)
class FixedFact:
    """A fact of a fixed document: the sentence it is in (by index), the text of its span, the fact."""

    sentence: int
    span: str
    make: Any                      # a function Evidence -> Fact
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class FixedDocument:
    name: str
    lang: str
    published: str
    sentences: list[str]
    facts: list[FixedFact]


def _metric(subject: str | None, kind: str, value: float | None, platform: str | None = None,
            date: str | None = None, currency: str | None = None, qualifier: str = "exact",
            confidence: float = 0.9) -> Any:
    return lambda ev: Metric(evidence=ev, subject=subject, kind=kind, value=value, platform=platform, date=date,
                             currency=currency, qualifier=qualifier, confidence=confidence)


def _partnership(*parties: str, date: str | None = None, value: float | None = None,
                 currency: str | None = None) -> Any:
    return lambda ev: Partnership(evidence=ev, parties=parties, date=date, value=value, currency=currency,
                                  confidence=0.8)


def _role(person: str, organization: str, title: str) -> Any:
    return lambda ev: Role(evidence=ev, person=person, organization=organization, title=title,
                           title_normalised=title.casefold(), confidence=0.8)


def _quote(speaker: str, text: str) -> Any:
    return lambda ev: Quote(evidence=ev, speaker=speaker, text=text, confidence=0.8)


DOCUMENTS: list[FixedDocument] = [
    FixedDocument("kuaishou-2020.txt", "en", "2021-01-15", [
        "Kuaishou grows again",
        "Kuaishou had 272 million daily active users in December 2020.",
        "Louis Vuitton and Kuaishou signed a partnership for livestreamed shows.",
        "Claire Morel, chief executive of Louis Vuitton, spoke at the launch.",
    ], [
        FixedFact(1, "272 million", _metric("Kuaishou", "dau", 272e6, "Kuaishou", "2020-12")),
        FixedFact(2, "partnership", _partnership("Louis Vuitton", "Kuaishou", date="2020-07")),
        FixedFact(3, "chief executive", _role("Claire Morel", "Louis Vuitton", "chief executive")),
    ]),
    FixedDocument("kuaishou-2021.txt", "en", "2021-10-10", [
        "Kuaishou results",
        "Kuaishou reached 295 million daily active users in March 2021 and 293 million in June 2021.",
        "In September 2021 Kuaishou counted 320 million daily active users.",
        "A Louis Vuitton show on Kuaishou drew 5 million viewers.",
    ], [
        FixedFact(1, "295 million", _metric("Kuaishou", "dau", 295e6, "Kuaishou", "2021-03")),
        FixedFact(1, "293 million", _metric("Kuaishou", "dau", 293e6, "Kuaishou", "2021-06")),
        FixedFact(2, "320 million", _metric("Kuaishou", "dau", 320e6, "Kuaishou", "2021-09")),
        FixedFact(3, "5 million", _metric("Louis Vuitton", "viewers", 5e6, "Kuaishou", "2021-10")),
    ]),
    FixedDocument("kuaishou-estimate.txt", "en", "2021-10-20", [
        "Kuaishou estimate",
        "Analysts put Kuaishou at 300 million daily active users in September 2021.",
    ], [
        FixedFact(1, "300 million", _metric("Kuaishou", "dau", 300e6, "Kuaishou", "2021-09")),
    ]),
    FixedDocument("louvre-douyin.txt", "zh", "2021-05-19", [
        "卢浮宫首次在抖音直播",
        "5月18日，卢浮宫在抖音的直播观看人数超过1200万。",
        "卢浮宫的微博粉丝达到870万。",
    ], [
        FixedFact(1, "1200万", _metric("Louvre", "viewers", 12e6, "Douyin", "2021-05-18", qualifier="more_than")),
        FixedFact(2, "870万", _metric("Louvre", "followers", 8.7e6, "Weibo", "2021-05")),
    ]),
    FixedDocument("louvre-instagram.txt", "fr", "2021-06-02", [
        "Le Louvre sur les réseaux",
        "Le Louvre a gagné 176 000 abonnés sur Instagram en mai 2021.",
        "Le Louvre compte 8,7 millions de spectateurs sur Weibo en mai 2021.",
        "Une visite du Louvre sur Douyin aurait attiré 40 millions de spectateurs.",
    ], [
        FixedFact(1, "176 000", _metric("Louvre", "viewers", 176_000, "Instagram", "2021-05"),
                  extra={"aspect": "change"}),
        FixedFact(2, "8,7 millions", _metric("Louvre", "viewers", 8.7e6, "Weibo", "2021-05")),
        FixedFact(3, "40 millions", _metric("Louvre", "viewers", 40e6, "Douyin", "2021-04", confidence=0.3)),
    ]),
    FixedDocument("british-museum.txt", "en", "2020-06-01", [
        "The British Museum streams",
        "The British Museum's livestream on Douyin had 1.5 million viewers in May 2020.",
        "Its Kuaishou stream drew 900,000 viewers in May 2020.",
    ], [
        FixedFact(1, "1.5 million", _metric("British Museum", "viewers", 1.5e6, "Douyin", "2020-05")),
        FixedFact(2, "900,000", _metric("British Museum", "viewers", 900_000, "Kuaishou", "2020-05")),
    ]),
    FixedDocument("douyin.txt", "en", "2020-09-15", [
        "Douyin at a glance",
        "Douyin had 600 million daily active users in August 2020.",
        "Burberry's WeChat account had 2.6 million followers in 2021 and gained 400,000 followers in 2021.",
        "Tmall sales of Estée Lauder reached 1.2 billion yuan in 2020.",
        "Louis Vuitton sales on WeChat reached 30 million euros in 2020.",
    ], [
        FixedFact(1, "600 million", _metric("Douyin", "dau", 600e6, "Douyin", "2020-08")),
        FixedFact(2, "2.6 million", _metric("Burberry", "followers", 2.6e6, "WeChat", "2021")),
        FixedFact(2, "400,000", _metric("Burberry", "followers", 400_000, "WeChat", "2021"),
                  extra={"aspect": "change"}),
        FixedFact(3, "1.2 billion yuan", _metric("Estée Lauder", "sales", 1.2e9, "Tmall", "2020", currency="CNY")),
        FixedFact(4, "30 million euros", _metric("Louis Vuitton", "sales", 30e6, "WeChat", "2020",
                                                 currency="EUR")),
    ]),
    FixedDocument("tencent-nba.txt", "en", "2019-10-01", [
        "Tencent and the NBA",
        "Tencent signed a deal with the NBA worth 1.5 billion dollars in 2019.",
        "The NBA's streams on Tencent were worth 1.5 billion dollars in 2019.",
        "Tencent also works with Chanel on WeChat boutiques.",
        "Estée Lauder opened a flagship store on Tmall.",
        "Zhao Ming, vice president of Tencent, said: \"Sport brings people together.\"",
    ], [
        FixedFact(1, "deal", _partnership("Tencent", "NBA", date="2019", value=1.5e9, currency="USD"),
                  extra={"kind": "rights", "status": "active"}),
        FixedFact(2, "1.5 billion dollars", _metric("NBA", "deal_value", 1.5e9, "Tencent", "2019", currency="USD")),
        FixedFact(3, "works with", _partnership("Tencent", "Chanel"), extra={"kind": "alliance", "status": "active"}),
        FixedFact(4, "flagship store", _partnership("Estée Lauder", "Tmall"),
                  extra={"kind": "store", "status": "active"}),
        FixedFact(5, "vice president", _role("Zhao Ming", "Tencent", "vice president")),
        FixedFact(5, "Sport brings people together.", _quote("Zhao Ming", "Sport brings people together.")),
    ]),
    FixedDocument("tencent-nba-renewal.txt", "en", "2020-10-01", [
        "Tencent renews with the NBA",
        "Tencent renewed its deal with the NBA for 2 billion dollars in 2019.",
        "Chen Yuhang, head of sports at Tencent, signed it.",
    ], [
        FixedFact(1, "renewed", _partnership("Tencent", "NBA", date="2019", value=2e9, currency="USD"),
                  extra={"kind": "rights", "status": "renewed"}),
        FixedFact(2, "head of sports", _role("Chen Yuhang", "Tencent", "head of sports")),
    ]),
]


def _evidence(text: str, sentence: str, span: str) -> Evidence:
    sentence_start = text.index(sentence)
    start = sentence_start + sentence.index(span)
    return Evidence(start, start + len(span), sentence_start, sentence_start + len(sentence), sentence)


def extraction(document: FixedDocument) -> Extraction:
    """The fixed document as the pipeline would hand it to the store."""
    text = "\n\n".join(document.sentences) + "\n"
    doc = Document(doc_id=document_id(text), source=f"fixtures/{document.name}", text=text, lang=document.lang,
                   title=document.sentences[0], published=document.published)
    facts: list[Fact] = [f.make(_evidence(text, document.sentences[f.sentence], f.span)) for f in document.facts]
    mentions, named = [], []
    for entity in ENTITIES.values():
        for name in (entity.name, *entity.aliases):
            at = text.find(name)
            if at >= 0:
                mentions.append(Mention(at, at + len(name), name, entity.name, entity.type, entity.category))
                if entity not in named:
                    named.append(entity)
    return Extraction(document=doc, mentions=mentions, facts=facts,
                      entities=[Entity(e.name, e.type, e.category, list(e.aliases), e.parent) for e in named])


def write_fixed_records(kb: KnowledgeBase) -> None:
    """Store every fixed document, then add the extra record keys of its facts."""
    for document in DOCUMENTS:
        done = extraction(document)
        kb.save(done)
        with kb.writing() as conn:
            ids = list(conn.scalars(select(t.facts.c.id).join(t.documents, t.documents.c.id == t.facts.c.document_id)
                                    .where(t.documents.c.doc_id == done.document.doc_id).order_by(t.facts.c.id)))
            for fact_id, fixed in zip(ids, document.facts, strict=True):
                if fixed.extra:
                    record = conn.scalar(select(t.facts.c.record).where(t.facts.c.id == fact_id))
                    conn.execute(update(t.facts).where(t.facts.c.id == fact_id)
                                 .values(record={**record, **fixed.extra}))
