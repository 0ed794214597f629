"""Numbers, money, percentages and the other figures that are not counts.

One pass over the text with the language's candidate regex (digits in its
conventions, Han numerals, spelled-out numbers, vague amounts, bare scale
words); each candidate is then extended to the right (scale, range, currency,
unit) and to the left (currency symbol, range opener, qualifier) and typed.
Digits are read with the language's decimal mark: a group mark followed by
exactly three digits groups thousands ("1.500" in Italian, "3,800" in
English); anything else after a mark is a decimal ("2.5 million" in Italian).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from crossreach.lexicon import LanguageLexicon
from crossreach.models import Quantity, QuantityKind
from crossreach.recognise.figure_starts import candidate_matches
from crossreach.recognise.number_rules import NumberRules, currencies, number_rules

#: "İ" matches "i" when case is ignored but folds to "i̇": the dot is dropped before a table lookup.
_DOT_ABOVE = "\u0307"

_TIME = re.compile(r"[:h]\d{2}(?!\d)")
#: Digits; what is not a digit; digits grouped by thousands ("1.200", "1 200 000").
_DIGIT_RUN, _NON_DIGIT, _GROUPED = re.compile(r"\d+"), re.compile(r"\D"), re.compile(r"\d{1,3}(?:\D\d{3})*")
#: Its first character is matched first, from a class, and each form then says which it was: the regex
#: engine skips to the next "+", "(" or digit instead of trying every form at every character. Only a
#: Latin letter or digit beside it makes it part of a word: unspaced scripts write a phone number
#: between their own letters ("cha400-123-4567xun").
_PHONE = re.compile(r"[+(\d](?<![0-9A-Za-z_+].)(?:(?<=\+)\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"
                    r"|(?<=\()\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|(?<=\d)\d{2,3}-\d{3,4}-\d{3,4})(?![0-9A-Za-z_])")
#: The second year of a season ("2018-19", "2019/20", "2019–2020").
_SEASON = re.compile(r"[-–/](?:\d{2}|(?:18|19|20)\d{2})(?!\d)")
_QUALIFIER_WINDOW = 30
#: How far before a figure its verb of change and "from" may stand ("è passato in un anno da").
_CHANGE_WINDOW = 50
_DIGITS_ONLY = re.compile(r"\d+")
#: The values of the words for the tens that a unit word may complete ("twenty-five").
_TENS = frozenset(Decimal(10 * n) for n in range(2, 10))


@dataclass
class _Reading:
    """A figure being read: its span, value or range and what was found around it."""

    start: int
    end: int
    value: Decimal | None
    low: float | None = None
    high: float | None = None
    scaled: bool = False
    plain_digits: bool = False
    decimal: bool = False
    currency: str | None = None
    kind: QuantityKind = "count"
    qualifier: str = "exact"
    unit: str | None = None
    #: Where reading goes on: past a unit that is no part of the figure's span ("per cento").
    resume: int = 0
    #: Where the article of a bare scale word opens ("oltre *un* milione"): a qualifier may stand before it.
    article: int | None = None


def recognise_quantities(text: str, lexicon: LanguageLexicon) -> list[Quantity]:
    """Every figure in ``text``, in order of its start offset."""
    rules = number_rules(lexicon)
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    found: list[Quantity] = []
    resume = 0
    for match in candidate_matches(text, rules):
        if match.start() < resume:
            continue
        if phones and any(s <= match.start() < e for s, e in phones):
            start, end = next((s, e) for s, e in phones if s <= match.start() < e)
            found.append(Quantity(start, end, text[start:end], None, kind="phone"))
            resume = end
            continue
        try:
            reading = _read_candidate(text, match, rules)
            if reading is not None:
                _extend(text, reading, rules)
        except KeyError:
            reading = None  # a word the tables do not spell once folded ("mİllİon" folds to "mi̇lli̇on")
        if reading is None:
            continue
        resume = max(reading.end, reading.resume)
        found.append(_quantity(text, reading))
    return found


def _read_candidate(text: str, match: re.Match[str], rules: NumberRules) -> _Reading | None:
    if match.group("vague"):
        low, high = rules.vague[match.group("vague").casefold().replace(_DOT_ABOVE, "")]
        return _Reading(match.start(), match.end(), None, low=low, high=high, scaled=True)
    if match.group("digits"):
        token = match.group("digits")
        value, decimal = _parse_digits(token, rules)
        if value is None:
            return None
        return _Reading(match.start(), match.end(), value, plain_digits=bool(_DIGITS_ONLY.fullmatch(token)),
                        decimal=decimal)
    if rules.han_digits and match.group("han"):
        return _read_han(match, rules)
    if match.groupdict().get("bare"):
        start = match.start("bare")
        scale = rules.scales[match.group("bare").casefold().replace(_DOT_ABOVE, "")]
        return _read_half(text, _Reading(start, match.end(), scale, scaled=True, article=match.start()), scale, rules)
    if match.groupdict().get("word"):
        value, end = rules.words[match.group("word").casefold().replace(_DOT_ABOVE, "")], match.end()
        unit = rules.tens_unit_re.match(text, end) if rules.tens_unit_re and value in _TENS else None
        if unit is not None:  # "vingt-cinq mille": one number, not "cinq mille"
            value, end = value + rules.words[_folded(unit.group("unit"))], unit.end()
        scale = rules.scale_re.match(text, end)
        reading = _Reading(match.start(), end, value)
        if scale is None and value < 100:
            # only as the lower bound of a range ("acht bis zwölf Millionen")
            if rules.range_joiner_re.match(text, match.end()) is None:
                return None
            _read_range(text, reading, rules)
            return reading if reading.value is None else None
        return reading
    return None


def _parse_digits(token: str, rules: NumberRules) -> tuple[Decimal | None, bool]:
    """The value of a digit string and whether it has a decimal part."""
    head, mark, tail = token, "", ""
    last = max(token.rfind("."), token.rfind(","))
    if last != -1 and not (len(token) - last - 1 == 3 and _groups_before(token[:last])):
        head, mark, tail = token[:last], token[last], token[last + 1:]
    whole = _NON_DIGIT.sub("", head)
    try:
        value = Decimal(f"{whole}.{tail}" if mark else whole)
    except InvalidOperation:
        return None, False
    return value, bool(mark)


def _groups_before(head: str) -> bool:
    """Whether the part before the last mark reads as grouped thousands ("1.200" or "1"), not "1,2."."""
    return _GROUPED.fullmatch(head) is not None


def _read_han(match: re.Match[str], rules: NumberRules) -> _Reading | None:
    token = match.group("han")
    if not any(c in rules.han_units for c in token) or (token[0] in rules.han_units[4:] and len(token) < 2):
        return None
    if token in rules.not_figures or not any(c in rules.han_digits or c in rules.han_tens for c in token):
        return None
    import cn2an  # here, not at the top: only Chinese needs it, and loading it costs a tenth of a second

    try:
        value = Decimal(str(cn2an.cn2an(token, "normal")))
    except (ValueError, KeyError, IndexError):
        return None
    return _Reading(match.start(), match.end(), value, scaled=token[-1] in rules.han_units[4:])


def _extend(text: str, r: _Reading, rules: NumberRules) -> None:
    """Read what stands around the figure: scale, range, currency, unit, qualifier."""
    if r.value is not None and not r.scaled:
        _read_scale(text, r, rules)
    _read_range(text, r, rules)
    _read_currency(text, r, rules)
    _read_qualifier(text, r, rules)
    if r.kind == "count":
        r.kind = _kind_of(text, r, rules)


def _read_scale(text: str, r: _Reading, rules: NumberRules) -> None:
    scale = rules.scale_re.match(text, r.end)
    more = next((w for w in rules.more_before_scale if text.startswith(w, r.end)), None)
    if scale is None and not rules.spaced_scales and more is not None:
        scale = rules.scale_re.match(text, r.end + len(more))  # "300多万": over three million
        if scale is not None:
            r.qualifier = "more_than"
    if scale is None or r.value is None:
        return
    factor = rules.scales[scale.group("scale").casefold().replace(_DOT_ABOVE, "")] if scale.group("scale") else \
        rules.abbreviations[scale.group("abbr")]
    if not r.decimal and rules.decimal_before_scale.fullmatch(text, r.start, r.end):
        r.value /= 1000  # "1,319 miliardi", "1.031亿": a decimal mark here
        r.decimal = True
    r.value *= factor
    r.end = scale.end()
    r.scaled = True
    _read_half(text, r, factor, rules)
    r.currency = r.currency or rules.scale_currencies.get(scale.group("abbr") or "")
    # "3万4000": a smaller figure written straight after a Chinese scale adds to it.
    if not rules.spaced_scales:
        rest = _DIGIT_RUN.match(text, r.end)  # matched in place: no copy of the rest of the text
        if rest and Decimal(rest.group()) < factor:
            r.value += Decimal(rest.group())
            r.end = rest.end()


def _read_half(text: str, r: _Reading, factor: Decimal, rules: NumberRules) -> _Reading:
    """Add the half of the scale said after it ("2 milioni e mezzo": 2.5 million)."""
    half = rules.half_after_re.match(text, r.end) if rules.half_after_re else None
    if half is not None and r.value is not None:
        r.value += factor / 2
        r.end = half.end()
    return r


def _read_range(text: str, r: _Reading, rules: NumberRules) -> None:
    if r.value is None or _looks_like_year(r):
        return
    joiner = rules.range_joiner_re.match(text, r.end)
    shared_scale = joiner is not None  # "1,5 und 2 Millionen": the upper bound's scale is both's
    if joiner is None:
        # Each bound may carry the currency ("entre 800 000 francs et 1 million de francs", "entre
        # €6 milhões e €9 milhões", "9000万元至1.2亿元"): skipped here, read with the upper bound.
        named = rules.currency_after_re.match(text, r.end) or currencies().after_re.match(text, r.end)
        after = named.end() if named is not None else r.end
        joiner = (rules.range_joiner_re.match(text, after) if named is not None else None) \
            or rules.range_joiner_symbol_re.match(text, after)
        if joiner is None:
            return
        shared_scale = named is None
    upper_start = joiner.end()
    is_dash = joiner.group().strip() in rules.range_dashes
    window = text[max(0, r.start - 20):r.start]
    symbol = currencies().before_re.search(window)
    opened = rules.range_opener_re.search(window[:symbol.start()] if symbol else window) is not None
    if not (is_dash or opened):
        return
    second = rules.candidates.match(text, upper_start)
    if second is None or (not second.group("digits") and not second.group("word")
                          and not (rules.han_digits and second.group("han"))):
        return
    upper = _read_candidate(text, second, rules)
    if upper is None or upper.value is None:
        return
    if not upper.scaled:
        _read_scale(text, upper, rules)
    low = r.value
    if upper.scaled and not r.scaled and shared_scale:
        low = r.value * (upper.value / _unscaled(text, second, rules)) if _unscaled(text, second, rules) else r.value
    if opened and changed_from(text, r.start, rules):
        # "grew from 12,000 to 265,000": two figures, where the count started and where it is now;
        # the start takes the end's scale ("pasó de 12 a 265 mil"), the end is read on its own.
        r.value, r.scaled = low, r.scaled or low != r.value
        return
    if low >= upper.value:
        return
    r.low, r.high, r.value = float(low), float(upper.value), None
    r.end, r.scaled = upper.end, True


def changed_from(text: str, start: int, rules: NumberRules) -> bool:
    """Whether a verb of change and a "from" opener stand before the figure at ``start`` ("pasó de")."""
    window = text[max(0, start - _CHANGE_WINDOW):start]
    symbol = currencies().before_re.search(window)
    head = window[:symbol.start()] if symbol else window
    return rules.change_from_re is not None and rules.change_from_re.search(head) is not None


def _unscaled(text: str, match: re.Match[str], rules: NumberRules) -> Decimal | None:
    reading = _read_candidate(text, match, rules)
    return reading.value if reading is not None else None


def _read_currency(text: str, r: _Reading, rules: NumberRules) -> None:
    table = currencies()
    before = table.before_re.search(text[max(0, r.start - 6):r.start])
    if before is not None:
        r.currency = table.before[before.group().strip()]
        r.start -= len(before.group())
    word = rules.currency_before_re.search(text, max(0, r.start - 8), r.start) if rules.currency_before_re else None
    if before is None and word is not None:
        r.currency = rules.currency_words[word.group().strip().casefold()]
        r.start = word.start()
    after_word = rules.currency_after_re.match(text, r.end)
    if after_word is not None:
        r.currency = r.currency or rules.currency_words[after_word.group("cur").casefold().replace(_DOT_ABOVE, "")]
        r.end = after_word.end()
        return
    after_symbol = table.after_re.match(text, r.end)
    if after_symbol is not None:
        r.currency = r.currency or table.after[after_symbol.group().strip()]
        r.end = after_symbol.end()


def _read_qualifier(text: str, r: _Reading, rules: NumberRules) -> None:
    """The qualifier right before the figure, else before its article ("more than a million"), else
    right after it ("o più")."""
    for start in (r.start, r.article) if r.article is not None else (r.start,):
        window = text[max(0, start - _QUALIFIER_WINDOW):start].rstrip().casefold()
        for phrase, qualifier in rules.qualifiers_before if window.endswith(rules.qualifier_endings) else ():
            if window.endswith(phrase):
                before = window[: len(window) - len(phrase)]
                if not before or not (before[-1].isalpha() and phrase[0].isascii() and phrase[0].isalpha()):
                    r.qualifier = qualifier
                    return
    after = rules.qualifier_after_re.match(text, r.end)
    if after is not None:
        r.qualifier = rules.qualifiers_after[after.group("q").casefold().replace(_DOT_ABOVE, "")]


def _kind_of(text: str, r: _Reading, rules: NumberRules) -> QuantityKind:
    """Whether the figure is a count, money, or one of the things that are not counts."""
    if r.currency:
        return "money"
    clock = _TIME.match(text, r.end) if r.plain_digits and not r.scaled else None
    if clock and r.value is not None and r.value < 24:
        r.end = clock.end()  # "10:32", "10h32": one time of day
        return "time"
    bare = r.plain_digits and (not r.scaled or (r.value is None and r.high is not None and r.high < 1000))
    if bare and rules.age_prefix_re.search(text[max(0, r.start - 20):r.start]):
        return "age"  # "aged 28", "âgé de 1500 ans", "aged 18 to 24"
    hour = r.plain_digits and _below_a_day(r)  # a range of them too ("9 bis 17 Uhr"); a scale makes it larger
    unit = rules.non_count_re.match(text, r.end)
    if unit is not None and unit.group("unit") and rules.non_count_kinds.get(_folded(unit.group("unit"))) == "time":
        if hour:
            r.end = unit.end()  # "17 Uhr", "5pm", "9点": one time of day
            return "time"
        unit = None  # a clock word after what is no hour of the day says nothing of it
    if unit is not None and unit.group("ordinal") and r.plain_digits and not r.scaled:
        return "ordinal"
    if unit is not None and unit.group("unit"):
        r.unit = unit.group("unit")
        r.resume = unit.end()  # "45 per cento": "cento" is part of the unit, not another figure
        return rules.non_count_kinds[unit.group("unit").casefold().replace(_DOT_ABOVE, "")]  # type: ignore[return-value]
    if hour and rules.time_prefix_re.search(text[max(0, r.start - 20):r.start]):
        return "time"  # "dalle 9 alle 17", "de las 9 a las 17"
    if rules.ordinal_prefix_re.search(text[max(0, r.start - 2):r.start]):
        return "ordinal"
    if r.plain_digits and not r.scaled:
        if rules.month_after_re.match(text, r.end) or rules.month_before_re.search(text[max(0, r.start - 15):r.start]):
            return "date"
        if _looks_like_year(r) and not (rules.count_after_re and rules.count_after_re.match(text, r.end)):
            season = _SEASON.match(text, r.end)
            if season:
                r.end = season.end()  # "2018-19", "2019/2020": a season is one span of years
            return "year"
    if r.decimal and not r.scaled:
        return "code"  # "11.12", "2.0": a decimal with no scale is no count of people or things
    return "count"


def _below_a_day(r: _Reading) -> bool:
    """Whether a figure (or both ends of its range) could be an hour of the day."""
    values = [r.value] if r.value is not None else [r.low, r.high]
    return all(v is not None and 0 <= v <= 24 and float(v).is_integer() for v in values)


def _folded(word: str) -> str:
    return word.casefold().replace(_DOT_ABOVE, "")


def _looks_like_year(r: _Reading) -> bool:
    return (r.plain_digits and not r.scaled and r.value is not None and 1800 <= r.value <= 2100
            and r.end - r.start == 4)


def _quantity(text: str, r: _Reading) -> Quantity:
    value = None if r.value is None else float(r.value)
    if value is not None and value.is_integer():
        value = float(int(value))
    rng = (r.low, r.high) if r.low is not None and r.high is not None else None
    return Quantity(start=r.start, end=r.end, text=text[r.start:r.end], value=value, kind=r.kind, range=rng,
                    qualifier=r.qualifier, currency=r.currency, unit=r.unit)  # type: ignore[arg-type]
