"""Tables in an article's text: pipe tables (what trafilatura makes of HTML tables) and columns
aligned with spaces or tabs, as rows of cells with their offsets. ``relate/tables.py`` reads
their figures; the sentence-level metric stage leaves their lines alone.
"""

from __future__ import annotations

import re

from crossreach.models import Cell, Table

__all__ = ["Cell", "Table", "find_tables", "table_spans"]

_PIPE_CELL = re.compile(r"[^|]+")
#: Aligned columns: cells apart by two spaces or more, or a tab; a single space or a no-break space
#: (a thousands group: "86\u00a0200") stays inside a cell.
_ALIGNED_CELL = re.compile(r"\S+(?:[ \u00a0\u202f]\S+)*")
_ALIGNED_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_SEPARATOR = re.compile(r"^[\s|:\-]+$")


def find_tables(text: str) -> list[Table]:
    """Every table of a text: two or more consecutive lines cut into the same number of cells."""
    if "|" not in text and "  " not in text and "\t" not in text:
        return []  # no pipe and no gap of aligned columns (most articles): no line can be cut into cells
    tables: list[Table] = []
    block: list[tuple[int, list[Cell]]] = []
    offset = 0
    for line in [*text.split("\n"), ""]:
        cells = None if _SEPARATOR.match(line) and "-" in line else _cells(line, offset)
        if _SEPARATOR.match(line) and "-" in line and block:
            pass  # a pipe table's rule line
        elif cells is not None and (not block or len(cells) == len(block[-1][1])):
            block.append((offset, cells))
        else:
            if len(block) >= 2:
                tables.append(_table(text, block))
            block = [(offset, cells)] if cells is not None else []
        offset += len(line) + 1
    return tables


def _cells(line: str, offset: int) -> list[Cell] | None:
    """The cells of a table line (with their offsets), or None when the line is not one."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        spans = [(m.start(), m.end()) for m in _PIPE_CELL.finditer(line, 0, line.rindex("|"))
                 if line[:m.start()].strip()]
    elif _ALIGNED_GAP.search(stripped):
        spans = [(m.start(), m.end()) for m in _ALIGNED_CELL.finditer(line)]
        if len(spans) < 3:
            return None
    else:
        return None
    cells = []
    for start, end in spans:
        raw = line[start:end]
        lead, trail = len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())
        cells.append(Cell(offset + start + lead, offset + end - trail, raw.strip()))
    return cells


def _table(text: str, block: list[tuple[int, list[Cell]]]) -> Table:
    rows = [cells for _, cells in block]
    caption: tuple[int, int] | None = None
    while rows and sum(1 for c in rows[0] if c.text) == 1:  # a caption row of a pipe table
        caption = (rows[0][0].start, rows[0][0].end)
        rows = rows[1:]
    start = block[0][0]
    if caption is None:  # else the last line of text above the table
        above = text[:start].rstrip()
        line_start = above.rfind("\n") + 1
        if above[line_start:].strip():
            caption = (line_start, len(above))
    return Table(caption, tuple(tuple(r) for r in rows), start, block[-1][1][-1].end)


def table_spans(text: str) -> list[tuple[int, int]]:
    """Where a text's tables are, for the sentence-level metric stage to leave them to this one."""
    return [(t.start, t.end) for t in find_tables(text)]

