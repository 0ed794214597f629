"""The kind of each figure of a sentence: that of the nearest cue that fits it, else that of the
figure of its sort before it (ellipsis)."""

from __future__ import annotations

import re
from bisect import bisect_left

from crossreach.lexicon import NEVER, script
from crossreach.models import Quantity
from crossreach.relate.context import CLAUSE_BREAK

_COLONS = tuple(script().colons)
#: How far (characters) a change in brackets may stand from the figure it changes.
_BRACKETED_CHANGE = 25
#: How far after a gain its change word may end ("60 milioni in più"), and how many words may stand
#: between the comma and a gain opening its clause ("soit 45 000", "a gain of 3 million").
_CHANGE_REACH = 20
_CHANGE_OPENING_WORDS = 3
#: How far into a sentence a cue word still opens it ("The value of the deal was not disclosed, ...").
OPENING_CUE = 30
#: The quantities that can be figures: counts, sums of money, and measures (a weight or a volume sold: "2.400
#: toneladas de langostino", "1.6万吨"), which ``counted_nouns`` keeps only as sales in their unit.
FIGURE_KINDS = ("count", "money", "measure")
#: The quantities a selling word names as units sold.
_UNIT_KINDS = ("count", "measure")
MONEY_KINDS = ("sales", "donations", "deal_value")
#: The kind of the cue words that name a sum that is no metric (profit, debt): they take a figure
#: away from the metric cues around it.
NOT_A_METRIC = "not_a_metric"
#: Cues that name sums of money.
MONEY_CUES = (*MONEY_KINDS, NOT_A_METRIC)
#: Kinds that count people, not acts.
PEOPLE_KINDS = ("viewers", "visitors", "followers", "users", "participants", "dau", "mau", "employees")
#: Kinds that count users by their standing, not by something they did: users counted with one of
#: them stay users ("users, 2 million of them paying members"); any other kind is what they did.
STANDING_KINDS = ("users", "dau", "mau", "employees")
#: A money cue may stand this many times farther from its sum than a count's cue from its count.
MONEY_REACH = 2
#: A cue before the figure counts as this much farther than the same distance after it.
BEFORE_PENALTY = 1.4
#: A sum that takes its kind from the sentence before is at least this large: a smaller one is a
#: price ("Revenue rose. A bottle sells for 1,288 yuan").
CARRIED_SUM = 100_000
#: A count with no cue takes the kind of the count before it only within this factor of it.
ELLIPSIS_RATIO = 30
#: Kinds whose counts are small beside a firm's other counts: a count far larger after one of them
#: counts something else ("emploie 2 200 agents et conserve 40 millions de documents"), though a
#: count far larger may continue an audience ("zum 618" read as a count, then "1,2 Millionen").
SMALL_KINDS = ("employees",)
#: How far (characters) a watching cue may stand before fans it counts ("watched by 3 million fans"),
#: and how far after a figure its fans word may stand ("3 millions de fans").
_WATCHED_BY, _FANS_GAP = 6, 4
#: What people counted as users may have done, named before their figure, and how far (characters)
#: before it ("hanno partecipato oltre 40mila utenti").
_ACTS_OF_PEOPLE = ("viewers", "visitors", "followers", "participants")
_ACT_BEFORE = 20
#: What fans counted may have done besides following or watching: take part, come.
_ACTS_OF_FANS = ("participants", "visitors")


def standing_words(kinds: dict[str, list[str]]) -> frozenset[str]:
    """The words that open a cue of users by standing ("registered" of "registered users", "paying"
    of "paying members"): before a users figure they say what the users are, not what they did."""
    return frozenset(str(word).casefold().split()[0] for kind in STANDING_KINDS
                     for word in kinds.get(kind) or [] if len(str(word).split()) > 1)


def kinds_of_bare_figures(figures: list[Quantity], kinds: list[str | None],
                          parts: list[bool] | None = None,
                          between: list[frozenset[str]] | None = None) -> list[str | None]:
    """A figure with no cue of its own is of the kind of the figure of its sort before it in the
    sentence: a sum ("revenue rose to $15.6 billion, after $10.1 billion a year earlier"), or a
    count of the same order ("Celtic have 1.18 million followers, while Rangers count 640,000"),
    unless no metric names that one. A count far smaller is of something else ("1.9 million
    viewers and more than 1,500 orders"), and so is a count far larger than a staff (``SMALL_KINDS``:
    "emplea a 170 personas y distribuye la musica de 9.000 sellos"). A cue of another kind between the
    two figures (``between``: the kinds of the cues fitting a figure that stand between it and the figure
    of its sort before it) names what the second counts, out of reach as it may be ("312 000 abonnés, et les « notes »
    qui la mentionnent [...] ont dépassé les 45 000"): no kind is carried over it."""
    last: dict[str, tuple[str | None, float]] = {}
    named = []
    for index, (figure, kind) in enumerate(zip(figures, kinds, strict=True)):
        size = figure.upper or 0.0
        if figure.kind in FIGURE_KINDS:
            before, before_size = last.get(figure.kind, (None, 0.0))
            part = bool(parts and parts[index])
            crossed = bool(between and between[index] - {before})
            far_larger = before in SMALL_KINDS and before_size * ELLIPSIS_RATIO < size
            if kind is None and not crossed and not far_larger and (figure.kind == "money" or part
                                                                    or size * ELLIPSIS_RATIO >= before_size):
                kind = before
            last[figure.kind] = (kind, size)
        named.append(kind)
    return named


def figure_kinds(text: str, figures: list[Quantity], cues: list[tuple[int, int, str]], reach: float,
                 counters: frozenset[str], unit_sales: frozenset[str],
                 subsets: re.Pattern[str] | None = None, holders: frozenset[str] = frozenset(),
                 standing: frozenset[str] = frozenset(), reaching: re.Pattern[str] | None = None,
                 joins: re.Pattern[str] | None = None) -> list[str | None]:
    """Each figure's kind: that of the nearest cue within reach that fits it (money or count), unless
    that cue is nearer another figure. A cue after a clause break ("约为350万，点赞数…", "2 million,
    likes …") opens the next clause and names none of the figures before the break; one closing the
    clause of a figure before a break ("2,8 milhões de espectadores; 96 mil pessoas…") names none after
    it. A counter
    ("times") counts acts, not people: it yields to another cue that names acts ("reposted 1,500
    times": shares) and overrides one that names people ("watched 1.4 million times": views). An account
    word (``holders``) counts users after its figure ("500 million accounts"); before one it names what
    holds the count ("its Douyin and Bilibili accounts have 2.98 million and 1.26 million"), not what
    is counted. A word of ``standing`` ("registered", as in "registered users") names no act of users. A cue
    opening a clause (after one of ``joins``, conjunctions) whose verb of ``reaching`` stands right before the
    next figure is that figure's subject ("la facturación ascendió a 215 millones y la plantilla alcanza las
    1.300 personas"): it names only that one, though the figure before it stands nearer."""
    named = [cue for cue in cues if text[cue[0]:cue[1]].casefold() not in counters]
    reached = _reached(text, figures, named, reaching, joins)
    kinds = _nearest_kinds(text, figures, named, reach, unit_sales, holders, reached)
    if len(named) < len(cues):
        # (a counter follows what it counts: "The Financial Times reported that 3 million ..." counts no acts)
        counted = _nearest_kinds(text, figures, [cue for cue in cues if cue not in named], reach, holders=counters)
        kinds = [counter if counter and (kind is None or kind in PEOPLE_KINDS) else kind
                 for kind, counter in zip(kinds, counted, strict=True)]
    kinds = [_what_users_did(text, figures, i, named, reach, standing) if kind == "users"
             else _what_fans_did(text, figures, i, named) if kind == "followers" else kind
             for i, kind in enumerate(kinds)]
    kinds = _announced(text, figures, kinds, named)
    parts = [bool(index and subsets is not None and figures[index - 1].kind == figure.kind
                  and subsets.search(text, figures[index - 1].end, figure.start))
             for index, figure in enumerate(figures)]
    return kinds_of_bare_figures(figures, kinds, parts, _cues_between(figures, named))


def _cues_between(figures: list[Quantity], cues: list[tuple[int, int, str]]) -> list[frozenset[str]]:
    """For each figure, the kinds of the cues fitting it (money or count) that stand between the figure
    of its sort before it and it."""
    between: list[frozenset[str]] = []
    last_end: dict[bool, int] = {}
    for figure in figures:
        money = figure.kind == "money"
        since = last_end.get(money)
        between.append(frozenset() if since is None else frozenset(
            kind for start, end, kind in cues
            if since <= start and end <= figure.start and (kind in MONEY_CUES) == money))
        last_end[money] = figure.end
    return between


def _announced(text: str, figures: list[Quantity], kinds: list[str | None],
               cues: list[tuple[int, int, str]]) -> list[str | None]:
    """A list a colon announces takes the kind of the cue before the colon, however long it runs
    ("the ranking of clubs by followers on 31 December: Inter 11.4 million; Juventus 9.8 million;
    ..."): a figure after the colon with no cue of its own, and none between the colon and it."""
    named = list(kinds)
    for index, figure in enumerate(figures):
        if named[index] is not None:
            continue
        colon = max(text.rfind(mark, cues[0][1] if cues else figure.start, figure.start) for mark in _COLONS)
        if colon < 0 or any(colon < start < figure.start for start, _, _ in cues):
            continue
        before = [kind for _, end, kind in cues if end <= colon
                  and (figure.kind == "money") == (kind in MONEY_CUES)]
        named[index] = before[-1] if before and before[-1] != NOT_A_METRIC else None
    return named


def _what_users_did(text: str, figures: list[Quantity], index: int, cues: list[tuple[int, int, str]],
                    reach: float, standing: frozenset[str] = frozenset()) -> str:
    """Users counted by what they did ("166 000 utilisateurs interagissant avec…", "3,8 millions
    d'internautes avaient interagi", "380.000 Nutzer folgen"): the act named next in the clause,
    after the users word; following or taking part makes them followers or participants."""
    figure = figures[index]
    limit = min(figure.end + reach, figures[index + 1].start if index + 1 < len(figures) else len(text))
    after = [cue for cue in cues if figure.end <= cue[0] < limit
             and not CLAUSE_BREAK.search(text, figure.end, cue[0])]
    if len(after) >= 2 and after[0][2] == "users" and after[1][2] not in (*STANDING_KINDS, *MONEY_KINDS):
        return after[1][2]
    acts = [cue for cue in cues if text[cue[0]:cue[1]].casefold() not in standing]
    return _act_before_users(text, figures, index, acts) or "users"


def _act_before_users(text: str, figures: list[Quantity], index: int,
                      cues: list[tuple[int, int, str]]) -> str | None:
    """Users counted by what they did, the act named right before their figure ("watched by 2 million
    users", "hanno partecipato oltre 40mila utenti"): an act of people that stands in the figure's
    clause and nearer it than the figure before, whose own cue it may be ("1 million followers and
    300,000 users" counts users); a word that also makes users of them ("registered more than 48,000
    users") is left out by the caller."""
    figure = figures[index]
    earlier_end = figures[index - 1].end if index else -1
    acts = [cue for cue in cues if cue[2] in _ACTS_OF_PEOPLE and cue[1] <= figure.start
            and figure.start - cue[1] <= _ACT_BEFORE and cue[0] - earlier_end > figure.start - cue[1]
            and not CLAUSE_BREAK.search(text, cue[1], figure.start)]
    return acts[-1][2] if acts else None


def _what_fans_did(text: str, figures: list[Quantity], index: int, cues: list[tuple[int, int, str]]) -> str:
    """Fans counted as watching are viewers: a watching cue right before the figure, a short word
    between ("watched by 3 million fans"), or right after the fans word ("300万粉丝观看"). A viewers
    word farther off is another noun of the sentence ("the audience of the account reached 3 million
    followers" counts followers), and so is a viewers word closing the figure before ("870,000 viewers
    and 52,000 new followers": its own noun). Fans who took part or came, named right before their figure
    in its clause ("An der Spendenaktion beteiligten sich 15.000 Fans", "visited by 20,000 fans"), are
    participants or visitors."""
    figure = figures[index]
    earlier_end = figures[index - 1].end if index else -1
    act = _act_before_users(text, figures, index, [cue for cue in cues if cue[2] in _ACTS_OF_FANS])
    if act is not None:
        return act
    own = [cue for cue in cues if cue[2] == "followers" and 0 <= cue[0] - figure.end <= _FANS_GAP]
    for start, end, kind in cues:
        if kind != "viewers":
            continue
        watching = 0 <= figure.start - end <= _WATCHED_BY and not 0 <= start - earlier_end < figure.start - end
        if watching or any(0 <= start - fans_end <= 1 for _, fans_end, _ in own):
            return "viewers"
    return "followers"


def _reached(text: str, figures: list[Quantity], cues: list[tuple[int, int, str]],
             reaching: re.Pattern[str] | None, joins: re.Pattern[str] | None) -> dict[tuple[int, int, str], int]:
    """The cues that are the subject of a verb of reaching right before the next figure, each with that
    figure's index: the cue opens a clause after the figure before (a conjunction of ``joins`` or a clause
    break between the two: "215 millones y la plantilla alcanza las 1.300"), and between cue and figure
    stand neither another cue nor a conjunction ("2.700 vídeos de participantes y sumó 38 millones": the
    cue closes the clause before) nor a clause break."""
    if reaching is None or joins is None:
        return {}
    starts = [f.start for f in figures]
    reached: dict[tuple[int, int, str], int] = {}
    for number, cue in enumerate(cues):
        start, end, _ = cue
        index = bisect_left(starts, end)
        if not index or index >= len(figures):
            continue
        figure = figures[index]
        if (number + 1 < len(cues) and cues[number + 1][0] < figure.start) or CLAUSE_BREAK.search(
                text, end, figure.start) or joins.search(text, end, figure.start):
            continue
        opens = CLAUSE_BREAK.search(text, figures[index - 1].end, start) or joins.search(
            text, figures[index - 1].end, start)
        if opens and reaching.search(text, end, figure.start):
            reached[cue] = index
    return reached


def _nearest_kinds(text: str, figures: list[Quantity], cues: list[tuple[int, int, str]],
                   reach: float, units: frozenset[str] = frozenset(),
                   holders: frozenset[str] = frozenset(),
                   reached: dict[tuple[int, int, str], int] | None = None) -> list[str | None]:
    """Figures are in text order, so a cue's nearest figures are its neighbours. A selling word of
    ``units`` names counts too (units sold); a word of ``holders`` names only the figures before it; a cue
    ``reached`` by a verb names only the figure it reaches."""
    starts = [f.start for f in figures]
    best: list[tuple[float, str] | None] = [None] * len(figures)
    for start, end, kind in cues:
        index = bisect_left(starts, start)
        subject_of = (reached or {}).get((start, end, kind))
        # A cue names figures it can describe: money for money kinds, counts for the others.
        neighbours = [i for i in range(max(0, index - 2), min(len(figures), index + 2))
                      if subject_of is None or i == subject_of
                      if (figures[i].kind == "money") == (kind in MONEY_CUES)
                      or (figures[i].kind in _UNIT_KINDS and text[start:end].casefold() in units)]
        if not neighbours:
            continue
        holder = text[start:end].casefold() in holders
        distances = {i: _distance(figures[i], start, end) for i in neighbours
                     if not (start >= figures[i].end and CLAUSE_BREAK.search(text, figures[i].end, start))
                     and not (holder and end <= figures[i].start)
                     and not _closes_clause_before(text, figures, neighbours, i, start, end)}
        if not distances:
            continue
        nearest = min(distances.values())
        if nearest > (reach * MONEY_REACH if kind in MONEY_CUES else reach):
            continue
        for i, distance in distances.items():
            current = best[i]
            if (distance == nearest or _sold_after(figures, i, start, end, distances, units and text[start:end]
                                                  .casefold() in units)) and (current is None or distance < current[0]):
                best[i] = (distance, kind)
    return [b[1] if b else None for b in best]


def _closes_clause_before(text: str, figures: list[Quantity], neighbours: list[int], index: int, start: int,
                          end: int) -> bool:
    """Whether a cue before a figure, a clause break between them, stands in the clause of a figure of
    its sort before it ("2,8 milhões de espectadores; 96 mil pessoas usaram...", "4,7 Millionen
    Zuschauer schalteten ein, 3.900 Interessenten reservierten"): it names that one, not the next."""
    figure = figures[index]
    if end > figure.start or not CLAUSE_BREAK.search(text, end, figure.start):
        return False
    return any(figures[j].end <= start and not CLAUSE_BREAK.search(text, figures[j].end, start)
               for j in neighbours if j < index)


def _sold_after(figures: list[Quantity], index: int, start: int, end: int, distances: dict[int, float],
                selling: bool) -> bool:
    """Whether a selling word that counts units too names the count right after it, though a sum before it
    stands nearer ("had sales of 4.2 million euros and sold more than 11,000 coffee machines"): a verb
    names its object, and the sum has a cue of its own."""
    figure = figures[index]
    before = [distances[i] for i in distances if figures[i].end <= start]
    return selling and figure.kind in _UNIT_KINDS and figure.start >= end and min(distances.values()) in before \
        and all(figures[i].kind == "money" for i in distances if figures[i].end <= start) \
        and not any(end <= f.start < figure.start for f in figures)


def _distance(figure: Quantity, start: int, end: int) -> float:
    if start >= figure.end:
        return start - figure.end
    if end <= figure.start:
        return (figure.start - end) * BEFORE_PENALTY
    return 0.0


def changes_of_the_figure_before(text: str, figures: list[Quantity], kinds: list[str | None],
                                 change_before: re.Pattern[str], change_after: re.Pattern[str] = NEVER,
                                 sentence_end: int = 0) -> list[str | None]:
    """A change in brackets right after a figure counts what that figure counts ("3.9 million
    followers (up 176,000)"); ``change_before`` finds a change word right before a figure. So does
    a change that opens the clause after the figure's, a comma between them, with a change word
    after it (``change_after``, before ``sentence_end``: "210 milioni di yuan, 60 milioni in più
    dell'anno prima", "312 000 visiteurs, soit 45 000 de plus") or right before it."""
    named = list(kinds)
    for index in range(1, len(figures)):
        between = text[figures[index - 1].end:figures[index].start]
        if named[index] is not None or not named[index - 1]:
            continue
        bracketed = len(between) <= _BRACKETED_CHANGE and any(b in between for b in script().open_brackets)
        opening = _opens_a_clause(between)
        word_after = opening and bool(change_after.match(text, figures[index].end,
                                                         min(sentence_end, figures[index].end + _CHANGE_REACH)))
        if ((bracketed or opening) and change_before.search(between)) or word_after:
            named[index] = named[index - 1]
    return named


def _opens_a_clause(between: str) -> bool:
    """Whether a figure opens the clause after a comma with at most a word or two before it
    ("60 milioni", "soit 45 000", "up 3 million")."""
    _, comma, after = between.rpartition(",")
    return bool(comma) and len(after.split()) <= _CHANGE_OPENING_WORDS


def deal_amounts(figures: list[Quantity], kinds: list[str | None],
                 cues: list[tuple[int, int, str]], own: list[tuple[int, int, str]] = ()) -> list[str | None]:
    """An amount of money no cue in reach names is of the kind of the last money word of the
    sentence before it in the paragraph (``cues`` are that sentence's): the value of the deal it
    names, a figure given apart from the deal's word ("The contract runs until 2026. According to
    sources, the league receives between 1.5 and 2 million euros a season"), or the sales it names
    ("Revenue rose by a third. In the first half the company reached 1.08 billion francs"), when
    the sum is not so small as a price (``CARRIED_SUM``). A profit word names none ("Profit fell.
    ..."): a sum after it is left without a kind. A deal word among ``own``, the cues opening the sum's
    own sentence, names it before that sentence's: the sentence is about the deal's value, told out of
    a cue's reach ("Il valore dell'intesa non e stato reso noto; secondo ... si aggirerebbe intorno ai
    9 milioni di euro")."""
    money = [kind for _, _, kind in cues if kind in MONEY_CUES]
    earlier = money[-1] if money and money[-1] != NOT_A_METRIC else None
    named: list[str | None] = []
    for figure, kind in zip(figures, kinds, strict=True):
        opening = [k for start, _, k in own if start < figure.start and k in MONEY_CUES][-1:]
        carried = "deal_value" if opening == ["deal_value"] else earlier
        named.append(carried if kind is None and carried != NOT_A_METRIC and figure.kind == "money"
                     and (figure.upper or 0.0) >= CARRIED_SUM else kind)
    return named


def opening_cues(cues: list[tuple[int, int, str]], start: int) -> list[tuple[int, int, str]]:
    """The cue words that open a sentence (its first ``OPENING_CUE`` characters): what the sentence is about."""
    return [cue for cue in cues if cue[0] - start <= OPENING_CUE]


def label_of(text: str, figure: Quantity, cues: list[tuple[int, int, str]]) -> str | None:
    """What a count of kind ``other`` counts, for its label: the ``other`` cue word nearest it
    ("290,000 brands", "40 Boll-Fanclubs")."""
    near = [(_distance(figure, start, end), start, end) for start, end, kind in cues if kind == "other"]
    return text[min(near)[1]:min(near)[2]].casefold() if near else None
