"""A sentence's clause breaks listed once: every question asked by bisection answers as a scan of the text would."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.models import Document, Extraction, Mention, Quantity, Sentence
from crossreach.relate.clause_breaks import (
    break_between,
    breaks_before,
    breaks_up_to,
    clause_start,
    last_turn,
    name_in_aside,
    next_break,
    opens_main_clause,
    same_clause,
    turn_before,
)
from crossreach.relate.context import CLAUSE_BREAK, DocumentView


def _scanned_aside(text: str, mention: Mention, figure: Quantity) -> bool:
    """The aside read by scanning the text: a break before the name that opens no main clause, and
    a break between the name and the figure."""
    before = list(CLAUSE_BREAK.finditer(text, 0, mention.start))
    return (mention.end <= figure.start and bool(before) and not opens_main_clause(before[-1].group())
            and CLAUSE_BREAK.search(text, mention.end, figure.start) is not None)


def _view(text: str) -> tuple[DocumentView, Sentence]:
    document = Document(doc_id="d", source="s", text=text, lang="en")
    return DocumentView(Extraction(document=document)), Sentence(0, 0, len(text), text)


CASES = [
    # (sentence, the figure, the words its clause opens with, the next break after the figure)
    ("Gucci has 3 million followers, while Prada counts 1.2 million.", "1.2", " while", None),
    ("HOKA, the brand of Deckers, has 2 million fans; On has 900.", "2 million", " has", ";"),
    ("Lotus (controlled by Geely) delivered 12000 cars - up 4 %.", "12000", " delivered", " - "),
    ("No break at all here 5 million.", "5", "No break", None),
]


@pytest.mark.parametrize(("text", "figure", "opens", "next_text"), CASES)
def test_a_clause_opens_after_the_last_break_before_an_offset(text, figure, opens, next_text) -> None:
    view, sentence = _view(text)
    offset = text.index(figure)
    found = next_break(view, sentence, offset)
    start = clause_start(view, sentence, offset)
    assert (text[start:start + len(opens)], found.group() if found else None) == (opens, next_text)


_PIECES = st.lists(st.sampled_from(["a", "Bc", " ", ",", ";", ":", " - ", "-", "(", ")", "\uff0c", "7", "."]),
                   max_size=30)


@given(_PIECES, st.data())
def test_bisection_answers_as_a_scan_of_the_sentence(pieces, data) -> None:
    text = "".join(pieces)
    view, sentence = _view(text)
    low = data.draw(st.integers(0, len(text)))
    high = data.draw(st.integers(low, len(text)))
    scanned = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text, 0, high)]
    assert [(m.start(), m.end()) for m in breaks_before(view, sentence, high)] == scanned
    assert clause_start(view, sentence, high) == (scanned[-1][1] if scanned else 0)
    if " - - " not in text:  # (the one tiling a scan from ``low`` reads otherwise than the sentence's)
        assert break_between(view, sentence, low, high) == (CLAUSE_BREAK.search(text, low, high) is not None)


@given(_PIECES, st.data())
def test_a_name_stands_in_an_aside_or_its_clause_as_the_scan_says(pieces, data) -> None:
    text = "".join(pieces) + " 42"
    if " - - " in text:
        return
    view, sentence = _view(text)
    figure = Quantity(len(text) - 2, len(text), "42", 42.0, "count")
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start, len(text) - 2))
    mention = Mention(start, end, text[start:end], "X", "organization")
    low, high = (mention.end, figure.start)
    assert same_clause(view, sentence, mention, figure) == (low >= high or not CLAUSE_BREAK.search(text, low, high))
    assert name_in_aside(view, sentence, mention, figure) == _scanned_aside(text, mention, figure)


def test_a_turn_opens_the_part_of_the_sentence_after_it() -> None:
    import re

    text = "Gucci has 3 million followers, while Prada counts 1.2 million; Fendi has 900."
    _, sentence = _view(text)
    turns = re.compile(r";|\bwhile\b")
    opened = [last_turn(text, sentence, text.index(figure), turns) for figure in ("3 million", "1.2", "900")]
    assert [text[start:start + 6] if start is not None else None for start in opened] == [None, " Prada", " Fendi"]


def test_a_turn_read_through_the_view_is_the_scanned_one_and_kept() -> None:
    import re

    text = "Gucci has 3 million followers, while Prada counts 1.2 million; Fendi has 900."
    view, sentence = _view(text)
    turns = re.compile(r";|\bwhile\b")
    for figure in ("3 million", "1.2", "900"):
        offset = text.index(figure)
        assert turn_before(view, sentence, offset, turns) == last_turn(text, sentence, offset, turns)
    assert sum(1 for key in view.memo if key[0] == "last turn") == 3  # (asked again, read from the memo)
    assert turn_before(view, sentence, text.index("900"), turns) == text.index(" Fendi")


ASIDES = [
    # (sentence, the name, whether it stands in an aside before the figure)
    ("Lotus, which is controlled by Geely, delivered 6,970 cars.", "Geely", True),
    ("Lotus, which is controlled by Geely, delivered 6,970 cars.", "Lotus", False),
    ("By comparison: HOKA, the running brand of Deckers, has 870,000 followers.", "HOKA", False),
    ("By comparison: HOKA, the running brand of Deckers, has 870,000 followers.", "Deckers", True),
    ("Sales rose; Gucci, a Kering brand, had 2 million followers.", "Gucci", False),
    ("Zum Vergleich: Rivale HOKA, die Marke von Deckers, kommt auf 870.000 Follower.", "HOKA", False),
]


@pytest.mark.parametrize(("text", "name", "aside"), ASIDES)
def test_a_colon_or_semicolon_opens_a_main_clause_not_an_aside(text, name, aside) -> None:
    view, sentence = _view(text)
    start = text.index(name)
    digits = next(i for i, c in enumerate(text) if c.isdigit())
    figure = Quantity(digits, digits + 3, text[digits:digits + 3], 1.0, "count")
    mention = Mention(start, start + len(name), name, name, "organization")
    assert name_in_aside(view, sentence, mention, figure) is aside


@pytest.mark.parametrize(("mark", "opens"), [(":", True), (";", True), ("\uff1a", True), ("\uff1b", True),
                                             (",", False), ("(", False), ("\uff0c", False), (" - ", False)])
def test_which_breaks_open_a_main_clause(mark, opens) -> None:
    assert opens_main_clause(mark) is opens


@pytest.mark.parametrize("text", [
    "Gucci, which opened in 2019, has 380,000 followers; Prada has 120,000.",
    "Il video, pubblicato lunedì, ha superato i due milioni di visualizzazioni.",
    "Selon l'entreprise, la vidéo a été vue 3,8 millions de fois - un record.",
    "Laut dem Unternehmen, das 2019 startete, hat der Kanal 1,2 Mio. Follower.",
    "Según la marca, el vídeo suma 2 millones de visitas.",
    "Segundo a empresa, o vídeo soma 2 milhões de visualizações.",
    "据公司介绍，该视频播放量突破3亿；点赞超过500万。",
    "No break at all in 2 million views",
])
def test_the_breaks_up_to_a_figure_are_those_a_scan_finds_and_are_found_once(text: str) -> None:
    """``breaks_up_to`` answers as a scan from the sentence's start to the figure does, and a second
    question about the same figure gets the same breaks without another scan."""
    for end in range(len(text) + 1):
        found = breaks_up_to(text, 0, end)
        assert [m.span() for m in found] == [m.span() for m in CLAUSE_BREAK.finditer(text, 0, end)]
        assert breaks_up_to(text, 0, end) is found
