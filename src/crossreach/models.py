"""The data model shared by every stage: documents, recognised items, entities and facts.

All stages exchange these records and nothing else. Every recognised item and
every fact carries character offsets into ``Document.text`` so that a figure can
always be traced back to the sentence it came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from typing import Literal

from crossreach.quick_records import record

QuantityKind = Literal[
    "count", "money", "percent", "ordinal", "year", "date", "age", "duration", "measure", "time", "phone", "code"
]
Qualifier = Literal["exact", "more_than", "less_than", "about", "up_to"]
#: Whether a metric is a total or a change (a gain or loss).
Aspect = Literal["total", "change"]
DatePrecision = Literal["year", "quarter", "month", "day"]
EntityType = Literal["person", "organization", "platform", "event", "work", "place"]
ENTITY_TYPES: tuple[str, ...] = ("person", "organization", "platform", "event", "work", "place")
FactType = Literal["metric", "partnership", "role", "quote"]

METRIC_KINDS: tuple[str, ...] = (
    "views", "viewers", "visitors", "likes", "comments", "shares", "interactions",
    "followers", "users", "dau", "mau", "participants", "sales", "donations",
    "deal_value", "employees", "other",
)
#: What a partnership is, as the article says it: a sponsorship, broadcast or streaming rights, a stake
#: or investment, a store on a platform, an alliance, a memorandum of understanding, or another tie.
PARTNERSHIP_KINDS: tuple[str, ...] = ("sponsorship", "rights", "stake", "store", "alliance", "memorandum", "other")
#: Where a partnership stands: running, renewed or extended, or over.
PARTNERSHIP_STATUSES: tuple[str, ...] = ("active", "renewed", "ended")
#: Figures the extractor gives a lower confidence than this are uncertain: left out of leaderboards and
#: comparisons unless asked for (``include_uncertain``), as gains are; a user's confirmation or fix makes one certain.
#: Here, not in ``query``, so that the command line's help reads it without loading the store.
UNCERTAIN_BELOW = 0.5
ORGANIZATION_CATEGORIES: tuple[str, ...] = (
    "brand", "tech", "museum", "culture", "media", "agency", "government", "ngo",
    "education", "other",
)
#: Digital platforms are tech businesses, whether the lexicon knows them or a cue found them.
PLATFORM_CATEGORY = "tech"


@record(frozen=True)
class Document:
    """One article: its normalised text and what is known about where it came from."""

    doc_id: str
    source: str
    text: str
    lang: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    #: What was repaired in the text as it was read (``ingest.encoding``), e.g. "mojibake repaired by ftfy".
    repair: str | None = None


@record(frozen=True)
class Sentence:
    """A sentence (or a headline, a list line, a table row) with its offsets."""

    index: int
    start: int
    end: int
    text: str


@record(frozen=True)
class Quantity:
    """A number read from text: a count, an amount of money, or something that is not a count.

    ``value`` is the normalised figure; a vague amount ("decine di migliaia") has
    ``value`` None and a ``range``. ``kind`` keeps years, ages, durations and the
    like apart from counts so that later stages never take them for metrics.
    """

    start: int
    end: int
    text: str
    value: float | None
    kind: QuantityKind = "count"
    range: tuple[float, float] | None = None
    qualifier: Qualifier = "exact"
    currency: str | None = None
    unit: str | None = None

    @property
    def upper(self) -> float | None:
        """The value, or the top of a vague amount's range: how large the figure can be."""
        return self.value if self.value is not None else (self.range[1] if self.range else None)


@record(frozen=True)
class DateMention:
    """A date read from text, resolved to ISO 8601 at its precision, or None if unresolvable."""

    start: int
    end: int
    text: str
    value: str | None
    precision: DatePrecision
    relative: bool = False


@record(frozen=True)
class Mention:
    """One occurrence of an entity name in the text.

    ``name`` is the canonical name the mention resolves to inside the document
    (after coreference); ``text`` is the surface form at the offsets. ``title`` is a
    title or honorific written right before a person's name and split off it
    ("Pressesprecher", "Sir", "il fondatore"), for the role stage to read.
    """

    start: int
    end: int
    text: str
    name: str
    type: EntityType
    category: str | None = None
    #: What read it: "lexicon" (the gazetteer), "pattern" (a rule), "positioned" (the places it stands
    #: in, ``recognise.positioned_names``), "apposition" (a cue noun in apposition after it), "spacy".
    origin: str = "lexicon"
    title: str | None = None


def covered_characters(text: str, mentions: Iterable[Mention]) -> bytearray:
    """A byte per character of ``text`` (and one past its end), non-zero where a mention covers it:
    whether a span overlaps a mention is then read, not scanned."""
    taken = bytearray(len(text) + 1)
    for mention in mentions:
        taken[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    return taken


@record()
class Entity:
    """An entity of one document or of the knowledge base, with every name it goes by."""

    name: str
    type: EntityType
    category: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None


@record(frozen=True)
class Evidence:
    """Where a fact was read: the span of the figure or statement and its sentence."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    sentence: str


@record(kw_only=True)
class Fact:
    """What every fact has: provenance and how sure the extractor is.

    ``more_evidence`` holds the other places in the same document that state the
    same fact (a headline repeating the body), filled by ``resolve.facts``.
    """

    evidence: Evidence
    confidence: float = 0.5
    more_evidence: tuple[Evidence, ...] = ()

    @property
    def type(self) -> FactType:
        raise NotImplementedError


@record(kw_only=True)
class Metric(Fact):
    """An audience or commerce figure with what it is about, where and when it was measured."""

    subject: str | None
    kind: str
    value: float | None
    range: tuple[float, float] | None = None
    qualifier: Qualifier = "exact"
    platform: str | None = None
    date: str | None = None
    currency: str | None = None
    unit: str | None = None
    label: str | None = None
    scope: str | None = None
    #: "total" (a count or sum at a date) or "change" (a gain or loss: "up 176,000"); a leaderboard
    #: of totals leaves changes out.
    aspect: Aspect = "total"

    @property
    def type(self) -> FactType:
        return "metric"


@record(kw_only=True)
class Partnership(Fact):
    """Two or more parties working together."""

    parties: tuple[str, ...]
    date: str | None = None
    kind: str = "other"      # one of PARTNERSHIP_KINDS
    status: str = "active"   # one of PARTNERSHIP_STATUSES
    areas: str | None = None
    value: float | None = None
    currency: str | None = None

    @property
    def type(self) -> FactType:
        return "partnership"


@record(kw_only=True)
class Role(Fact):
    """A person holding a title at an organization."""

    person: str
    organization: str | None
    title: str | None = None
    title_normalised: str | None = None

    @property
    def type(self) -> FactType:
        return "role"


@record(kw_only=True)
class Quote(Fact):
    """A direct quotation and its speaker."""

    speaker: str | None
    text: str

    @property
    def type(self) -> FactType:
        return "quote"


@record(frozen=True)
class Cell:
    """A table cell: its text and offsets in the document."""


    start: int
    end: int
    text: str


@record(frozen=True)
class Table:
    """A run of table lines: the caption's offsets (a caption row, or the line above) and the rows."""

    caption: tuple[int, int] | None
    rows: tuple[tuple[Cell, ...], ...]
    start: int
    end: int


@record()
class Extraction:
    """Everything the pipeline read from one document; the unit the store writes in one transaction."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    #: The tables of the text, found once: the metric stage skips their lines, the table stage reads them.
    tables: list[Table] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
