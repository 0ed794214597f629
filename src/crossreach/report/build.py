"""What a briefing holds, gathered through the query layer: figures, partners, people, conflicts, citations.

Three briefings: on one entity (``entity_briefing``), a comparison of one kind
of figure across a category or platform (``comparison_briefing``), and what is
new since a date (``since_briefing``). Every figure shown carries the number of
a citation: the sentence it was read from and its source (title, place, date),
numbered in order of first use, so the reader of a printed page can check it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from crossreach import query
from crossreach.interfaces.web.format import fact_summary, row_figure
from crossreach.query import FactRow
from crossreach.store import KnowledgeBase

#: Rows per table: a briefing is read, not searched.
TOP = 12
#: Dated figures a history needs before it is drawn as a line; two points make a slope, not a trend.
_MIN_TIMELINE = 3


@dataclass(slots=True)
class Citation:
    number: int
    sentence: str
    title: str | None
    source: str
    published: str | None
    lang: str | None


@dataclass(slots=True)
class FigureLine:
    """One figure as the report prints it, with its citation numbers."""

    label: str                 # whose figure (the subject), or the partnership's parties
    figure: str                # "more than 12,000,000"
    value: float | None
    detail: str                # kind, platform
    date: str | None
    sources: int
    citations: list[int]
    conflict: bool = False


@dataclass(slots=True)
class Chart:
    title: str
    kind: str                  # bars | line
    points: list[tuple[str, float]]
    note: str = ""


@dataclass(slots=True)
class Section:
    title: str
    lines: list[FigureLine] = field(default_factory=list)
    chart: Chart | None = None
    intro: str = ""


@dataclass(slots=True)
class Conflict:
    """Figures that disagree for the same subject, kind, scope and date, side by side."""

    about: str
    figures: list[FigureLine]


@dataclass(slots=True)
class Briefing:
    title: str
    subtitle: str
    generated: datetime
    summary: list[str]                         # the key lines of the first page
    sections: list[Section]
    conflicts: list[Conflict]
    citations: list[Citation]

    def is_empty(self) -> bool:
        return not any(s.lines for s in self.sections)


class _Citations:
    """Numbers citations in order of first use; one fact keeps its number."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.by_fact: dict[int, int] = {}
        self.items: list[Citation] = []

    def cite(self, row: FactRow) -> list[int]:
        if row.id not in self.by_fact:
            sources = query.fact_sources(self.kb, row.id).sources
            own = next((s for s in sources if s.fact_id == row.id), sources[0] if sources else None)
            number = len(self.items) + 1
            self.items.append(Citation(
                number=number, sentence=own.sentence if own else row.evidence,
                title=own.title if own else None, source=own.source if own else (row.source or ""),
                published=own.published if own else row.published, lang=own.lang if own else None))
            self.by_fact[row.id] = number
        return [self.by_fact[row.id]]


def _line(row: FactRow, citations: _Citations, label: str | None = None) -> FigureLine:
    if row.type == "metric":
        detail = " · ".join(p for p in [_kind_words(row), f"on {row.platform}" if row.platform else ""] if p)
        return FigureLine(label=label or str(row.subject or "?"), figure=row_figure(row), value=row.value,
                          detail=detail, date=row.date or row.published, sources=row.sources,
                          citations=citations.cite(row), conflict=row.conflict)
    return FigureLine(label=label or fact_summary(row), figure="", value=None, detail=row.type,
                      date=row.date or row.published, sources=row.sources, citations=citations.cite(row))


def _kind_words(row: FactRow) -> str:
    label = row.record.get("label")
    return f"{row.kind} ({label})" if label and row.kind == "other" else str(row.kind or "")


def _conflicts(kb: KnowledgeBase, rows: list[FactRow], citations: _Citations) -> list[Conflict]:
    found = []
    for row in rows:
        if not row.conflict:
            continue
        others = query.fact_sources(kb, row.id).conflicts
        if others:
            about = " · ".join(p for p in [str(row.subject or ""), _kind_words(row), row.platform or "",
                                           row.date or "undated"] if p)
            found.append(Conflict(about, [_line(r, citations) for r in [row, *others]]))
    return found


def entity_briefing(kb: KnowledgeBase, name: str, generated: datetime) -> Briefing:
    """A briefing on one entity: its leading figure of each kind, their history, partners, people, quotes."""
    profile = query.entity_profile(kb, name)
    entity = profile.entity
    citations = _Citations(kb)
    leading = [rows[0] for rows in profile.metrics.values() if rows]
    sections = [Section("Leading figures", [_line(r, citations) for r in leading],
                        intro="The newest figure of each kind; the tables below list the others.")]
    bars = [(f"{line.detail}", float(line.value)) for line in sections[0].lines if line.value is not None]
    if len(bars) >= 2:
        sections[0].chart = Chart(f"{entity.name}: the newest figure of each kind", "bars", bars)
    for kind, rows in profile.metrics.items():
        if len(rows) < 2:
            continue
        history = query.timeline(kb, entity.id, kind)
        chart = None
        if len(history.points) >= _MIN_TIMELINE:
            chart = Chart(f"{entity.name}: {kind} over time", "line", [(p.date, p.value) for p in history.points],
                          note=f"{len(history.points)} dated figures, any platform")
        sections.append(Section(f"All {kind} figures", [_line(r, citations) for r in rows[:TOP]], chart=chart))
    measured = [rows[0] for rows in profile.platform_metrics.values() if rows]
    if measured:
        sections.append(Section(f"Figures measured on {entity.name}",
                                [_line(r, citations) for r in sorted(measured, key=_largest)[:TOP]]))
    partner_lines = [_line(p.facts[0], citations, label=f"{p.partner} ({p.partner_category or p.partner_type})")
                     for p in profile.partnerships[:TOP] if p.facts]
    sections.append(Section("Partnerships", partner_lines))
    people_lines = []
    for role in profile.people[:TOP]:
        row = _fact(kb, role.fact_id)
        if row is not None:
            people_lines.append(_line(row, citations, label=f"{role.person}, {role.title}, {role.organization}"))
    sections.append(Section("People", people_lines))
    sections.append(Section("Quotes", [_line(q, citations) for q in profile.quotes[:5]]))
    all_rows = [r for rows in profile.metrics.values() for r in rows]
    conflicts = _conflicts(kb, all_rows, citations)
    kind_words = entity.category or entity.type
    summary = [f"{entity.name} ({kind_words}) appears in {entity.documents} document"
               f"{'s' * (entity.documents != 1)} and {entity.facts} fact{'s' * (entity.facts != 1)}."]
    summary += [f"{line.detail}: {line.figure} ({line.date or 'undated'})" for line in sections[0].lines[:4]]
    if profile.partnerships:
        summary.append("Partners: " + ", ".join(p.partner for p in profile.partnerships[:6]) + ".")
    return Briefing(title=entity.name, subtitle=f"Briefing on {kind_words} {entity.name}", generated=generated,
                    summary=summary, sections=[s for s in sections if s.lines], conflicts=conflicts,
                    citations=citations.items)


def comparison_briefing(kb: KnowledgeBase, kind: str, generated: datetime, category: str | None = None,
                        platform: str | None = None, since: str | None = None) -> Briefing:
    """A comparison of one kind of figure: the leaderboard, one row per subject's best figure."""
    page = query.metrics(kb, kind=kind, category=category, platform=platform, since=since)
    citations = _Citations(kb)
    best: dict[str, FactRow] = {}
    for row in page.items:
        best.setdefault(str(row.subject), row)
    leaders = list(best.values())[:TOP]
    lines = [_line(r, citations) for r in leaders]
    scope = " · ".join(p for p in [category or "", f"on {platform}" if platform else "",
                                   f"since {since}" if since else ""] if p)
    chart = Chart(f"{kind}: largest figure of each", "bars",
                  [(line.label, float(line.value)) for line in lines if line.value is not None])
    section = Section(f"Who leads on {kind}", lines, chart=chart if len(chart.points) >= 2 else None,
                      intro="The largest figure of each subject; every row is one fact group.")
    others = Section(f"Every {kind} figure", [_line(r, citations) for r in page.items[:TOP * 2]])
    summary = [f"{len(best)} subject{'s' * (len(best) != 1)} with a {kind} figure"
               + (f" ({scope})" if scope else "") + "."]
    summary += [f"{line.label}: {line.figure} {line.detail} ({line.date or 'undated'})" for line in lines[:3]]
    return Briefing(title=f"Comparison: {kind}", subtitle=scope or "all subjects", generated=generated,
                    summary=summary, sections=[s for s in (section, others) if s.lines],
                    conflicts=_conflicts(kb, page.items, citations), citations=citations.items)


def since_briefing(kb: KnowledgeBase, since: str, generated: datetime, about: str | None = None) -> Briefing:
    """What is new since a date: the facts of documents published since then, by type."""
    rows = query.new_facts(kb, since=since, about=about)
    citations = _Citations(kb)
    metrics = sorted([r for r in rows if r.type == "metric"], key=_largest)
    sections = [Section("New figures", [_line(r, citations) for r in metrics[:TOP * 2]])]
    bars = [(f"{line.label} · {line.detail.split(' · ')[0]}", float(line.value))
            for line in sections[0].lines[:8] if line.value is not None]
    if len(bars) >= 2:
        sections[0].chart = Chart("The largest new figures", "bars", bars)
    for kind, title in (("partnership", "New partnerships"), ("role", "New people and roles"),
                        ("quote", "New quotes")):
        sections.append(Section(title, [_line(r, citations) for r in [r for r in rows if r.type == kind][:TOP]]))
    documents = len({r.document_id for r in rows})
    summary = [f"{len(rows)} new fact{'s' * (len(rows) != 1)} from {documents} document"
               f"{'s' * (documents != 1)} published since {since}."]
    return Briefing(title=f"New since {since}" + (f": {about}" if about else ""),
                    subtitle="facts of the documents published since then", generated=generated,
                    summary=summary, sections=[s for s in sections if s.lines],
                    conflicts=_conflicts(kb, metrics, citations), citations=citations.items)


def _largest(row: FactRow) -> tuple[bool, float, int]:
    return (row.value is None, -(row.value or 0.0), row.id)


def _fact(kb: KnowledgeBase, fact_id: int) -> FactRow | None:
    try:
        return query.fact_sources(kb, fact_id).fact
    except query.FactNotFound:
        return None
