"""Tables: figures laid out in rows and columns, read with their row, column and caption.

Articles give rankings as tables: pipe tables (what trafilatura makes of HTML
tables) or columns aligned with spaces in plain text. A cell's figure takes
its subject from the row's label (an entity, or the document's subject when the
label is a date: a time series), its platform from the column header or the
caption, its kind from the column header or else the caption's cue words, its
date from the row label or the caption, and a scale its column header or the caption
states ("in millions", "in Millionen", "Vendite (mln di yuan)") when the cell is a bare number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import cache

from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, cue_pattern
from crossreach.models import Cell, DateMention, Fact, Mention, Metric, Sentence
from crossreach.recognise.number_rules import number_rules
from crossreach.relate.context import DocumentView, evidence, is_tech
from crossreach.relate.metrics import MONEY_KINDS, NOT_A_METRIC, cue_kinds
from crossreach.relate.stated_scale import stated_scale

_FIGURE_KINDS = ("count", "money")
#: A row's rank ("1", "2."): a column before the label that names no one, under a "#" or no header.
_RANK = re.compile(r"^\d{1,3}\.?$")
_RANK_HEADERS = ("", "#")
#: A cell that is only a number, which a scale in the caption applies to.
_BARE_NUMBER = re.compile(r"^[\d.,'\s\u00a0\u202f]+$")


@cache
def _scale_re(lexicon: LanguageLexicon) -> re.Pattern[str]:
    return cue_pattern(number_rules(lexicon).scales, True)


def relate_tables(view: DocumentView, lexicon: LanguageLexicon, domain: DomainLexicon) -> list[Fact]:
    """The metric facts of a document's tables."""
    extraction = view.extraction
    text = view.text
    facts: list[Fact] = []
    for table in extraction.tables:
        caption = text[table.caption[0]:table.caption[1]] if table.caption else ""
        caption_mentions = mentions_within(view, *table.caption) if table.caption else []
        caption_dates = dates_within(view, *table.caption) if table.caption else []
        scale_word = _scale_re(lexicon).search(caption)
        scale = number_rules(lexicon).scales.get(scale_word.group().lower(), Decimal(1)) if scale_word else Decimal(1)
        caption_kinds = cue_kinds(caption, lexicon)
        header, rows = _header(view, table.rows)
        # With no date in a row label or the caption, the table's figures belong to the event the
        # text spoke of last before it (else the publication's), as a sentence's figures do.
        opening = view.sentence_of(table.start)
        table_date = _last(caption_dates) or (view.date_before(opening) if opening is not None else None)
        first = _label_column(header, rows)
        for row in rows:
            label, cells = row[first], row[first + 1:]
            sentence = view.sentence_of(label.start)
            if sentence is None:
                continue
            subject, row_date = _row_subject(view, label, caption_mentions)
            for index, cell in enumerate(cells, start=first + 1):
                column = header[index] if index < len(header) else None
                fact = _cell_metric(view, lexicon, cell, column, subject, row_date or table_date,
                                    caption_mentions, caption_kinds, scale)
                if fact is not None:
                    facts.append(fact)
    return facts


def _header(view: DocumentView, rows: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], tuple]:
    """The header row (the first row with no figure past its label) and the data rows."""
    if rows and not any(q.kind in _FIGURE_KINDS for c in rows[0][1:] for q in view.quantities_between(c.start, c.end)):
        return rows[0], rows[1:]
    return (), rows


def _label_column(header: tuple[Cell, ...], rows: tuple) -> int:
    """Where the rows' labels stand: after a rank column ("| # | Brand | GMV |", "| 1 | Dyson | 2.36bn |"),
    else first."""
    ranked = header and header[0].text.strip() in _RANK_HEADERS and rows and all(
        len(row) > 2 and _RANK.match(row[0].text.strip()) for row in rows)
    return 1 if ranked else 0


def mentions_within(view: DocumentView, low: int, high: int) -> list[Mention]:
    """The mentions inside ``low``..``high`` (a caption, a cell), in document order, found by bisection."""
    return [m for m in view.mentions_between(low, high) if m.end <= high]


def dates_within(view: DocumentView, low: int, high: int) -> list[DateMention]:
    """The dates inside ``low``..``high`` that carry a value, in document order, found by bisection."""
    dates = view.extraction.dates[bisect_left(view.date_starts, low):bisect_left(view.date_starts, high)]
    return [d for d in dates if d.end <= high and d.value]


def _last(dates: list[DateMention]) -> str | None:
    return dates[-1].value if dates else None


def _row_subject(view: DocumentView, label: Cell, caption_mentions: list[Mention]) -> tuple[Mention | None, str | None]:
    """Whose figures a row holds, and its date when the row is a point of a time series."""
    inside = mentions_within(view, label.start, label.end)
    if inside:
        return inside[0], None
    dates = dates_within(view, label.start, label.end)
    if dates:
        owners = [m for m in caption_mentions if m.type in ("organization", "platform", "person")]
        return (owners[0] if owners else view.focus), dates[0].value
    return None, None


def _cell_metric(view: DocumentView, lexicon: LanguageLexicon, cell: Cell, column: Cell | None,
                 subject: Mention | None, date: str | None, caption_mentions: list[Mention],
                 caption_kinds: list[str], scale: Decimal) -> Metric | None:
    if subject is None:
        return None
    currency = None
    if column is not None:  # a header that states its own scale ("Vendite (mln di yuan)") overrides the caption's
        column_scale, currency = stated_scale(column.text, lexicon)
        scale = column_scale if column_scale != 1 else scale
    scaled = scale != 1 and bool(_BARE_NUMBER.match(cell.text))
    # A bare "4,1" under "in millions" is a count, though alone it reads as a code.
    figures = [q for q in view.quantities_between(cell.start, cell.end)
               if q.kind in _FIGURE_KINDS or (scaled and q.kind == "code")]
    if len(figures) != 1:
        return None
    figure = figures[0]
    kinds = (cue_kinds(column.text, lexicon) if column else []) or caption_kinds
    if not kinds:
        return None
    kind = kinds[0]
    if kind == NOT_A_METRIC:  # a profit column
        return None
    if figure.kind == "money" and kind not in MONEY_KINDS:
        kind = "sales"
    value = figure.value
    if value is not None and scaled:
        value = float(Decimal(str(value)) * scale)
    column_mentions = mentions_within(view, column.start, column.end) if column else []
    platform = next((m for m in [*column_mentions, *caption_mentions] if is_tech(m) and m is not subject), None)
    sentence: Sentence | None = view.sentence_of(cell.start)
    if sentence is None:
        return None
    start, end = figure.start, figure.end
    if sentence.text.lstrip().startswith("|"):
        # A pipe row is the reader's rendering of an HTML table, not the source's words: the cell is.
        sentence = Sentence(sentence.index, cell.start, cell.end, cell.text)
    return Metric(subject=subject.name, kind=kind, value=value, range=figure.range, qualifier=figure.qualifier,
                  platform=platform.name if platform else None, date=date,
                  currency=figure.currency or (currency if scaled or kind in MONEY_KINDS else None),
                  evidence=evidence(sentence, start, end), confidence=0.6)
