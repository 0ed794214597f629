"""Tables in text: pipe tables and aligned columns become rows of cells with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.recognise.tables import find_tables

PIPE = """Sales by brand, May 2023:
| Brand | Sales |
|---|---|
| Orlo | ¥1.5 billion |
| Vantik | ¥900 million |
After the table."""

ALIGNED = """Followers in millions:

Brand      Weibo   Douyin
Orlo        1,2     3,4
Vantik      0,8     2,1

Text again."""


@pytest.mark.parametrize(("text", "caption", "rows"), [
    (PIPE, "Sales by brand, May 2023:",
     [["Brand", "Sales"], ["Orlo", "¥1.5 billion"], ["Vantik", "¥900 million"]]),
    (ALIGNED, "Followers in millions:",
     [["Brand", "Weibo", "Douyin"], ["Orlo", "1,2", "3,4"], ["Vantik", "0,8", "2,1"]]),
    ("| Ranking, 2022 | | |\n|---|---|---|\n| A | 1 | 2 |\n| B | 3 | 4 |", "Ranking, 2022",
     [["A", "1", "2"], ["B", "3", "4"]]),
    # Figures grouped in thousands by a no-break space stay one cell.
    ("Abonnés au 31 juillet :\n\nClub       Weibo        Douyin\nOrlo       86\u00a0200       40\u202f100\n"
     "Vantik     905\u00a0000      738 mil", "Abonnés au 31 juillet :",
     [["Club", "Weibo", "Douyin"], ["Orlo", "86\u00a0200", "40\u202f100"], ["Vantik", "905\u00a0000", "738 mil"]]),
    # Columns apart by a tab only (no pipe, no double space anywhere in the text).
    ("Reach:\nBrand\tWeibo\tDouyin\nOrlo\t1,2\t3,4", "Reach:", [["Brand", "Weibo", "Douyin"], ["Orlo", "1,2", "3,4"]]),
])
def test_tables_are_cut_into_cells_with_their_caption(text, caption, rows) -> None:
    [table] = find_tables(text)
    assert text[table.caption[0]:table.caption[1]] == caption
    assert [[cell.text for cell in row] for row in table.rows] == rows


@pytest.mark.parametrize("text", [
    "One sentence.  Two spaces after it, once.\nAnd a second line.",
    "| a lone pipe line |",
    "Name    Value\nOnly one line of columns.",
])
def test_prose_is_not_a_table(text) -> None:
    assert find_tables(text) == []


_CELL = st.text(alphabet=st.characters(blacklist_characters="|\n\t", blacklist_categories=("Cs",)), min_size=1,
                max_size=12).filter(lambda s: s.strip() == s and "  " not in s)


@given(st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=2, max_size=5),
       st.sampled_from(["pipe", "aligned"]))
def test_every_cell_is_found_at_its_offsets(rows, layout) -> None:
    if layout == "pipe":
        text = "\n".join("| " + " | ".join(row) + " |" for row in rows)
    else:
        text = "\n".join("    ".join(row) for row in rows)
    for table in find_tables(text):
        for row in table.rows:
            for cell in row:
                assert text[cell.start:cell.end] == cell.text
