"""The indexes of DocumentView answer exactly as a scan of the whole document would, whatever the
mentions and dates: they replaced such scans to keep the cost linear in the document's length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crossreach.models import DateMention, Document, Extraction, Mention, Metric, Sentence
from crossreach.relate.context import DocumentView
from crossreach.relate.date_clauses import NUMBER_CLAUSE_BREAK

TYPES = ("organization", "platform", "person")
NAMES = ("Tmall", "Nike", "Weibo", "Louvre")


@st.composite
def spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Spans in order of their start, some of them overlapping or sharing a start."""
    starts = sorted(draw(st.lists(st.integers(0, 200), max_size=25)))
    return [(start, start + draw(st.integers(1, 30))) for start in starts]


def _view(mentions: list[Mention], dates: list[DateMention] | None = None) -> DocumentView:
    document = Document(doc_id="d", source="s", text="x" * 300, lang="en")
    return DocumentView(Extraction(document=document, mentions=mentions, dates=dates or []))


@st.composite
def mentions(draw: st.DrawFn) -> list[Mention]:
    return [Mention(start, end, "n", draw(st.sampled_from(NAMES)), draw(st.sampled_from(TYPES)))  # type: ignore[arg-type]
            for start, end in draw(spans())]


@given(mentions(), st.integers(-5, 260), st.sampled_from(TYPES))
def test_the_last_accepted_mention_is_the_scans_last(found: list[Mention], offset: int, kind: str) -> None:
    view = _view(found)
    scanned = [m for m in found if m.type == kind and m.end <= offset]
    assert view.last_accepted_before(offset, kind, lambda m: m.type == kind) == (scanned[-1] if scanned else None)


@given(mentions(), st.integers(-5, 260), st.sampled_from(TYPES))
def test_accepted_mentions_bisected_are_the_scans(found: list[Mention], offset: int, kind: str) -> None:
    view = _view(found)
    starts, taken = view.accepted(kind, lambda m: m.type == kind)
    assert taken == [m for m in found if m.type == kind] and starts == sorted(starts)
    # what partnerships and roles read from it: the accepted ones starting, or ending, before an offset
    assert taken[:bisect_left(starts, offset)] == [m for m in found if m.type == kind and m.start < offset]
    assert [m for m in taken[:bisect_right(starts, offset)] if m.end <= offset] \
        == [m for m in found if m.type == kind and m.end <= offset]


@given(mentions(), st.integers(-5, 260), st.integers(0, 60))
def test_mentions_between_are_the_scans(found: list[Mention], low: int, width: int) -> None:
    assert _view(found).mentions_between(low, low + width) == [m for m in found if low <= m.start < low + width]


@given(spans(), st.lists(st.booleans(), min_size=25, max_size=25), st.integers(-5, 260))
def test_the_last_date_before_is_the_scans_last(places: list[tuple[int, int]], valued: list[bool],
                                                offset: int) -> None:
    dates = [DateMention(start, end, "d", "2021-03-01" if has else None, "day")
             for (start, end), has in zip(places, valued, strict=False)]
    scanned = [d for d in dates if d.value and d.end <= offset]
    assert _view([], dates).last_date_before(offset) == (scanned[-1] if scanned else None)


@pytest.mark.parametrize("kind", TYPES)
def test_a_keyed_most_named_is_the_unkeyed_answer_and_is_kept(kind: str) -> None:
    found = [Mention(0, 4, "n", "Nike", "organization"), Mention(10, 15, "n", "Weibo", "platform"),
             Mention(20, 24, "n", "Nike", "organization"), Mention(30, 36, "n", "Louvre", "person")]
    view = _view(found)
    plain = view.most_named(lambda m: m.type == kind)
    assert view.most_named(lambda m: m.type == kind, key=kind) == plain
    assert view.most_named(lambda m: False, key=kind) == plain  # the key stands for its rule


@pytest.mark.parametrize(("found", "focus"), [
    # The most named organization, the headline (first sentence: none here) aside; never a platform or tech company,
    # and never a media outlet, however often the wire it came from is named.
    ([("Reuters", "media"), ("Reuters", "media"), ("Mulberry", "brand")], "Mulberry"),
    ([("Tencent", "tech"), ("Tencent", "tech"), ("Louvre", "museum")], "Louvre"),
    ([("Reuters", "media"), ("Louvre", "museum"), ("Louvre", "museum")], "Louvre"),
    ([("Reuters", "media"), ("Tencent", "tech")], None),
])
def test_the_focus_is_no_platform_nor_media_outlet(found: list[tuple[str, str]], focus: str | None) -> None:
    view = _view([Mention(i * 10, i * 10 + 5, "n", name, "organization", category)
                  for i, (name, category) in enumerate(found)])
    assert (view.focus.name if view.focus else None) == focus


@pytest.mark.parametrize(("name", "sentence", "since"), [
    ("Nike", 1, 1),        # named in the sentence right before
    ("Nike", 3, 1),        # its last mention before counts, not its first
    ("Weibo", 3, 3),
    ("Louvre", 2, None),   # named only after the sentence: not before it
    ("Tmall", 1, None),    # never named
    ("Nike", 0, None),     # a mention inside the sentence itself is not before it
])
def test_sentences_since_a_name_was_last_named(name: str, sentence: int, since: int | None) -> None:
    sentences = [Sentence(i, i * 50, i * 50 + 49, "x" * 49) for i in range(4)]
    found = [Mention(5, 9, "n", "Nike", "organization"), Mention(10, 15, "n", "Weibo", "platform"),
             Mention(110, 114, "n", "Nike", "organization"), Mention(160, 166, "n", "Louvre", "organization")]
    document = Document(doc_id="d", source="s", text="x" * 200, lang="en")
    view = DocumentView(Extraction(document=document, mentions=found, sentences=sentences))
    assert view.sentences_since(name, sentences[sentence]) == since


@pytest.mark.parametrize(("text", "breaks"), [
    ("sold 129,6 M\u20ac in 2023", []),            # a decimal comma
    ("1.080.000 followers", []),                    # thousands dots
    ("sold 3,5 million, then more", [","]),         # a comma after a word is a break
    ("in 2019, 2 million", [","]),                  # a comma before a spaced digit too
    ("the brand (founded 1990) grew", ["(", ")"]),
])
def test_a_mark_between_digits_is_no_clause_break(text: str, breaks: list[str]) -> None:
    assert [m.group() for m in NUMBER_CLAUSE_BREAK.finditer(text)] == breaks


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    ("pt", "Em julho de 2024 a marca abriu a loja. O grupo Vista Alegre faturou 129,6 milhões de euros em 2023.",
     "2024-09-26", 129_600_000, "2023"),
    ("de", "Im Juli 2024 startete der Shop. Puma erzielte einen Umsatz von 2,5 Milliarden Euro im Jahr 2023.",
     "2024-09-26", 2_500_000_000, "2023"),
])
def test_a_year_after_a_decimal_figure_dates_it(extract_text, lang: str, text: str, published: str, value: int,
                                                 date: str) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if getattr(f, "value", None) == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    # a start cue a few words before the date: when something began, no event of the next figure
    ("de", "Am Samstag sahen 1,4 Millionen Menschen zu. Seit dem spektakulären Juwelendiebstahl im November 2019 "
           "ist das Interesse groß. Das Video erreichte 180.000 Aufrufe.", "2020-04-21", 180_000, "2020-04-18"),
    # a term's end ("until 2027", "续约至2027赛季") dates no figure: the last event's date stands
    ("en", "On Sunday the race was streamed on Douyin. Formula 1 extended its deal with Tencent until 2024, "
           "and the race drew 45 million viewers on Tencent Video.", "2024-04-22", 45_000_000, "2024-04-21"),
    ("zh", "21日，中国大奖赛在上海举行。F1与腾讯体育续约至2024赛季，正赛直播观看人数超过4500万。", "2024-04-22",
     45_000_000, "2024-04-21"),
    # a day beside a word of reporting: when the figures were made known, not when they were counted
    ("en", "The final on Monday was streamed on Douyin. Figures were released by the league on Tuesday. "
           "The stream drew 3 million viewers on Douyin.", "2025-05-06", 3_000_000, "2025-05-05"),
    # ... in the figure's own sentence too, after the day of the event told before it
    ("en", "The final on Monday was streamed on Douyin. According to figures released by the league on Tuesday, "
           "the stream drew 3 million viewers on Douyin.", "2025-05-06", 3_000_000, "2025-05-05"),
    ("zh", "4月14日，MINI在天猫举行新车发布活动。品牌方昨日公布的数据显示，全天累计订单为2368台。", "2021-04-16",
     2368, "2021-04-14"),
    ("fr", "Le 11 novembre, Alibaba a battu un record. L'Oréal a annoncé le lendemain avoir franchi 1 milliard "
           "de yuans de ventes sur Tmall.", "2019-11-13", 1_000_000_000, "2019-11-11"),
    # with no earlier day, or an earlier one that is later, the day it was made known is the figure's own
    ("fr", "L'accord a été signé en mai. L'article de NetEase Cloud Music, publié mercredi, a été lu "
           "100 000 fois sur WeChat.", "2023-07-05", 100_000, "2023-07-05"),
])
def test_a_figure_skips_start_end_and_report_dates(extract_text, lang: str, text: str, published: str,
                                                    value: int, date: str) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if getattr(f, "value", None) == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The museum joined Bilibili in May. The account had fewer than 200,000 followers when it was opened "
           "in 2020."),
    ("it", "Il museo è arrivato su Bilibili a maggio. L'account aveva meno di 200.000 follower quando è stato "
           "aperto nel 2020."),
])
def test_a_start_cue_after_when_dates_the_figure_it_was_counted_at(extract_text, lang: str, text: str) -> None:
    facts = [f for f in extract_text(lang, text, "2023-06-14").facts if getattr(f, "value", None) == 200_000]
    assert [f.date[:4] for f in facts] == ["2020"]


_HEADING = "Migu's snooker stream draws 210 million viewers on Douyin"
_LEAD = ("\n\nBy A Writer\nTuesday 6 May 2025\n\nThe final was followed by many people in China, according to "
         "figures released by the tour on Tuesday.\n\nZhao beat Williams 18-12 at the Crucible on Monday night to "
         "win the title.")


@pytest.mark.parametrize(("lang", "text", "published", "value", "date"), [
    # a heading's figure is the event's the lead tells, not the day its figures were released
    ("en", _HEADING + _LEAD, "2025-05-06", 210_000_000, "2025-05-05"),
    # a span: its last day
    ("en", "Louvre gains 224,000 followers on Weibo in lockdown\n\nPublished 23 April 2020\n\nThe Louvre has used its "
           "weeks of closure to grow its online audience. Between 12 March and 21 April its website logged many "
           "visits from people around the world.", "2020-04-23", 224_000, "2020-04-21"),
    # a heading whose lead tells no dated event: as of publication
    ("en", _HEADING + "\n\nThe final was followed by many people in China, and the player was celebrated across "
                      "the country by his many fans.", "2025-05-06", 210_000_000, "2025-05-06"),
    # a sentence of prose does not look ahead
    ("en", "Migu's stream of the final drew 210 million viewers on Douyin.\n\nZhao beat Williams at the Crucible on "
           "Monday night to win the title, a first for a player from mainland China.", "2025-05-06", 210_000_000,
     "2025-05-06"),
])
def test_a_heading_s_figure_takes_the_date_of_the_event_its_lead_tells(extract_text, lang: str, text: str,
                                                                        published: str, value: int, date: str) -> None:
    facts = [f for f in extract_text(lang, text, published).facts if getattr(f, "value", None) == value]
    assert [f.date for f in facts] == [date]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "数据显示，宝马集团2022年在华共交付新车79万辆，同比增长7%，其中MINI品牌交付约4.1万辆。"),
    ("en", "Data show that BMW delivered 790,000 cars in China in 2022, up 7%, of which MINI delivered about 41,000."),
    ("it", "Nel 2022 BMW ha consegnato in Cina 790.000 auto, in crescita del 7%, di cui circa 41.000 a marchio MINI."),
    ("fr", "BMW a livré 790 000 voitures en Chine en 2022, en hausse de 7 %, dont environ 41 000 de la marque MINI."),
    ("es", "BMW entregó 790.000 coches en China en 2022, un 7% más, de los cuales unos 41.000 fueron de la "
           "marca MINI."),
    ("pt", "A BMW entregou 790 mil carros na China em 2022, mais 7%, dos quais cerca de 41 mil da marca MINI."),
])
def test_a_part_after_of_which_is_of_the_whole_s_date(extract_text, lang, text) -> None:
    facts = [f for f in extract_text(lang, text, "2023-11-15").facts if isinstance(f, Metric) and f.value == 41_000]
    assert [f.date for f in facts] == ["2022"]
