"""Compiled number rules of one language: the regexes and tables ``numbers.py`` scans with.

Everything here is built from the language's lexicon sections (``numbers``,
``qualifiers``, ``non_counts``, the month names of ``dates``) and from the
language-neutral ``lexicons/currencies.yaml``; the code knows no language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, read_shipped_yaml, script
from crossreach.rule_cache import language_rules


def _decimal_map(table: dict[str, object]) -> dict[str, Decimal]:
    return {str(k).casefold(): Decimal(str(v)) for k, v in (table or {}).items()}


@dataclass(frozen=True)
class Currencies:
    before: dict[str, str]
    after: dict[str, str]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    data = read_shipped_yaml("currencies.yaml")
    before, after = dict(data["before"]), dict(data["after"])
    return Currencies(
        before=before, after=after,
        before_re=re.compile(rf"(?:{alternation(before)})\s?$"),
        after_re=re.compile(rf"\s?(?:{alternation(after)})(?![A-Za-z])"),
    )


#: No letter before: a word starts here.
_WORD_START = r"(?<![^\W\d_])"


@dataclass(frozen=True)
class NumberRules:
    """What one language needs to read figures."""

    candidates: re.Pattern[str]
    #: Where the candidates can also be found faster (``figure_starts.py``): the digits that open one, and the
    #: number words, each matched with the character before it; None where they cannot.
    digit_starts: re.Pattern[str] | None
    word_starts: re.Pattern[str] | None
    scales: dict[str, Decimal]
    scale_re: re.Pattern[str]
    abbreviations: dict[str, Decimal]
    words: dict[str, Decimal]
    vague: dict[str, tuple[float, float]]
    han_digits: str
    han_units: str
    range_joiner_re: re.Pattern[str]
    range_opener_re: re.Pattern[str]
    #: A range joiner followed by the upper bound's currency symbol ("e €9 milhões"), up to the digits.
    range_joiner_symbol_re: re.Pattern[str]
    currency_words: dict[str, str]
    currency_after_re: re.Pattern[str]
    qualifiers_before: list[tuple[str, str]]
    qualifier_after_re: re.Pattern[str]
    qualifiers_after: dict[str, str]
    non_count_re: re.Pattern[str]
    non_count_kinds: dict[str, str]
    ordinal_prefix_re: re.Pattern[str]
    age_prefix_re: re.Pattern[str]
    #: A joiner and a unit word (one to nine) after a word for the tens: "vingt-cinq", "twenty-five",
    #: "vinte e cinco" are one number.
    tens_unit_re: re.Pattern[str] | None
    #: Words right before a bare number of 24 or less that make it a time of day ("dalle 9 alle 17").
    time_prefix_re: re.Pattern[str]
    month_after_re: re.Pattern[str]
    month_before_re: re.Pattern[str]
    spaced_scales: bool
    #: Words for "and more" between a figure and its scale ("300多万").
    more_before_scale: tuple[str, ...]
    #: Han unit characters that count as digits ("十万"), and numeral runs that are no figure.
    han_tens: str
    not_figures: frozenset[str]
    #: What joins a range on its own, without an opener ("3-5", "3至5").
    range_dashes: frozenset[str]
    #: A figure of one digit, this language's decimal mark and three digits ("1,319" in Italian,
    #: "1.031" in Chinese): before a scale word the mark is decimal, not a thousands group (one
    #: digit only: "46,400 millones" is grouped in Mexican Spanish).
    decimal_before_scale: re.Pattern[str]
    #: The phrases of ``qualifiers_before``: one ``endswith`` says whether a window ends with any of them.
    qualifier_endings: tuple[str, ...] = ()
    #: A counting word right after a figure ("2000台"): a year-shaped figure before one is a count.
    count_after_re: re.Pattern[str] | None = None
    #: Abbreviated scales that name the currency too ("4,2 mdd": millones de dólares), with it.
    scale_currencies: dict[str, str] = field(default_factory=dict)
    #: Currency words written right before the figure ("新台币3亿元"): they name its currency, not the
    #: generic money word after it.
    currency_before_re: re.Pattern[str] | None = None
    #: A half of the scale after it ("2 milioni e mezzo", "un millón y medio", "deux millions et demi").
    half_after_re: re.Pattern[str] | None = None
    #: A verb of change and a "from" opener ending the text before a figure ("grew from", "pasó de"):
    #: "from X to Y" after it is a start value and an end value, not a range.
    change_from_re: re.Pattern[str] | None = None
    #: A "from" opener ending the text before a figure, and a word after it that says the change
    #: itself ("von ... auf", "de ... para", "从 ... 增至"): a start value and an end value.
    from_opener_re: re.Pattern[str] | None = None
    change_joiner_re: re.Pattern[str] | None = None


@language_rules("number_rules")
def number_rules(lexicon: LanguageLexicon) -> NumberRules:
    """Compile a language's number knowledge once."""
    numbers = lexicon.section("numbers")
    qualifiers = lexicon.section("qualifiers")
    non_counts = lexicon.section("non_counts")
    figures = lexicon.section("figures")
    months = list((lexicon.section("dates").get("months") or {}).keys())

    groups = "".join(re.escape(g) for g in numbers.get("groups", []))
    group_class = f"[{groups}]" if groups else r"(?!x)x"
    digits = rf"(?<![0-9A-Za-z.,])(?:\d{{1,3}}(?:{group_class}\d{{3}})+(?![0-9])|\d+)(?:[.,]\d+(?![.,]?\d))?"
    scales = _decimal_map(numbers.get("scales"))
    scale_currencies = {str(k): str(v[1]) for k, v in (numbers.get("scale_currencies") or {}).items()}
    abbreviations = {str(k): Decimal(str(v)) for k, v in (numbers.get("abbreviations") or {}).items()} | {
        str(k): Decimal(str(v[0])) for k, v in (numbers.get("scale_currencies") or {}).items()}
    words = _decimal_map(numbers.get("words"))
    vague = {str(k).casefold(): (float(v[0]), float(v[1])) for k, v in (numbers.get("vague") or {}).items()}
    han_digits, han_units = numbers.get("han_digits", ""), numbers.get("han_units", "")
    # Scripts written without spaces attach their scale words to the figure ("380万").
    spaced = is_spaced(lexicon)
    boundary = r"(?![^\W\d_])" if spaced else ""

    # (the word forms are alternations for where case is ignored, as everywhere in ``candidates``: their
    # branches open with characters the engine compares with case, without entering the others)
    word_start = r"(?<![^\W\d_])"
    vague_form = rf"(?:{alternation(vague, ignore_case=True)}){boundary}"
    parts = [rf"(?P<vague>{word_start}{vague_form})"]
    forms = [vague_form]  # the word forms, without the check that a word starts where they do
    parts.append(rf"(?P<digits>{digits})")
    if han_digits:
        parts.append(rf"(?P<han>[{han_digits}{han_units}]{{2,}})")
    bare = numbers.get("bare_scale_after") or []
    if bare and scales:
        sep = r"\s+" if spaced else ""
        bare_head, scale_form = rf"(?:{alternation(bare, ignore_case=True)}){sep}", \
            rf"(?:{alternation(scales, ignore_case=True)}){boundary}"
        parts.append(rf"{word_start}{bare_head}(?P<bare>{scale_form})")
        forms.append(bare_head + scale_form)
    if words:
        word_form = rf"(?:{alternation(words, ignore_case=True)})(?![^\W\d_])"
        parts.append(rf"(?P<word>{word_start}{word_form})")
        forms.append(word_form)
    # Every candidate starts with a digit, a Han numeral or the first letter of a number word at the
    # start of a word (the word forms all open with ``(?<![^\W\d_])``): a lookahead that says so lets
    # the engine pass over other characters, the inside of words among them, without trying each
    # alternative.
    first_chars = {str(w)[0] for w in [*vague, *bare, *words] if str(w)}
    leads = "".join(re.escape(c) for c in sorted(first_chars))
    han_leads = "".join(re.escape(c) for c in sorted(set(han_digits + han_units)))
    openings = [r"\d", *([rf"(?<![^\W\d_])[{leads}]"] if leads else []), *([f"[{han_leads}]"] if han_leads else [])]
    candidates = compiled(rf"(?={'|'.join(openings)})(?:{'|'.join(parts)})", re.IGNORECASE)
    # Where no number word opens with a digit and there are no Han numerals, the candidates are also
    # found by two scans the engine runs faster (``figure_starts.py``): the digits, and the word forms
    # after the character before them.
    fast = spaced and not han_digits and not any(c.isdigit() for c in first_chars)
    digit_starts = compiled(r"\d(?<![0-9A-Za-z.,]\d)", re.IGNORECASE) if fast else None
    word_starts = compiled(rf"[\W\d_](?=[{leads}])(?:{'|'.join(forms)})", re.IGNORECASE) if fast else None

    scale_alt = alternation(scales)
    abbr_alt = alternation(abbreviations)
    space = f"[{script().spaces}]?" if spaced else ""
    scale_re = compiled(
        rf"{space}(?:(?i:(?P<scale>{scale_alt})){boundary}|(?P<abbr>{abbr_alt})(?![^\W\d_]))"
    )

    currency_words = {str(k).casefold(): str(v) for k, v in (numbers.get("currencies") or {}).items()}
    links = alternation(numbers.get("currency_links"))
    link = rf"(?:(?:{links})\s?)?" if numbers.get("currency_links") else ""
    currency_after_re = compiled(rf"\s?{link}(?P<cur>{alternation(currency_words)}){boundary}", re.IGNORECASE)

    before = [(str(p).casefold(), q) for q, phrases in (qualifiers.get("before") or {}).items()
              for p in phrases or []]
    before.sort(key=lambda item: len(item[0]), reverse=True)
    after = {str(p).casefold(): q for q, phrases in (qualifiers.get("after") or {}).items() for p in phrases or []}
    qualifier_after_re = compiled(rf"\s?(?P<q>{alternation(after)}){boundary}", re.IGNORECASE)

    kinds: dict[str, str] = {}
    for kind in ("percent", "age", "duration", "measure", "time"):
        for unit in non_counts.get(kind) or []:
            kinds.setdefault(str(unit).casefold(), kind)
    unit_alt = alternation(kinds)
    ordinal_alt = alternation(non_counts.get("ordinal_suffixes"))
    non_count_re = compiled(
        rf"(?P<ordinal>(?:{ordinal_alt})(?![^\W\d_]))|[{script().spaces}]?(?P<unit>{unit_alt})"
        rf"{boundary if spaced else ''}",
        re.IGNORECASE,
    )
    ordinal_prefix_re = compiled(rf"(?:{alternation(non_counts.get('ordinal_prefixes'))})$")
    age_prefix_re = compiled(rf"(?<![^\W\d_])(?:{alternation(non_counts.get('age_prefixes'))})\s*$",
                               re.IGNORECASE)

    # a bound written out ("acht bis zwölf Millionen")
    word_ahead = rf"|(?:{alternation(words)})(?![^\W\d_])" if words else ""
    month_alt = alternation(months)
    date_units = figures.get("date_units") or []
    date_unit = f"|(?:{alternation(date_units)})" if date_units else ""
    return NumberRules(
        candidates=candidates, digit_starts=digit_starts, word_starts=word_starts,
        scales=scales, scale_re=scale_re, abbreviations=abbreviations, words=words,
        vague=vague, han_digits=han_digits, han_units=han_units,
        range_joiner_re=compiled(
            rf"\s?(?:{alternation(numbers.get('range_joiners'))})\s?(?=\d|[{han_digits or '0'}]{word_ahead})",
            re.IGNORECASE),
        range_opener_re=compiled(rf"(?<![^\W\d_])(?:{alternation(numbers.get('range_openers'))})\s+$",
                                   re.IGNORECASE),
        range_joiner_symbol_re=compiled(
            rf"\s?(?:{alternation(numbers.get('range_joiners'))})\s?(?:{alternation(currencies().before)})\s?(?=\d)",
            re.IGNORECASE),
        currency_words=currency_words, currency_after_re=currency_after_re,
        qualifiers_before=before, qualifier_after_re=qualifier_after_re, qualifiers_after=after,
        qualifier_endings=tuple(phrase for phrase, _ in before),
        non_count_re=non_count_re, non_count_kinds=kinds, ordinal_prefix_re=ordinal_prefix_re,
        age_prefix_re=age_prefix_re,
        tens_unit_re=_tens_unit_re(words, numbers.get("tens_joiners")),
        time_prefix_re=compiled(rf"(?<![^\W\d_])(?:{alternation(non_counts.get('time_prefixes'))})\s*$",
                                re.IGNORECASE),
        month_after_re=compiled(rf"\.?\s?(?:de\s)?(?:{month_alt})(?![^\W\d_]){date_unit}", re.IGNORECASE),
        month_before_re=compiled(rf"(?<![^\W\d_])(?:{month_alt})\.?\s$", re.IGNORECASE),
        spaced_scales=spaced,
        more_before_scale=tuple(str(w) for w in figures.get("more_before_scale") or []),
        han_tens="".join(str(c) for c in figures.get("han_tens") or []),
        not_figures=frozenset(str(w) for w in figures.get("not_figures") or []),
        change_from_re=compiled(
            rf"(?<![^\W\d_])(?:{alternation(numbers.get('change_verbs'))})(?:\s+[^\W\d_]+){{0,3}}?"
            rf"\s+(?:{alternation(numbers.get('from_openers'))})\s+$", re.IGNORECASE),
        from_opener_re=compiled(rf"{_WORD_START if spaced else ''}(?:{alternation(numbers.get('from_openers'))})\s*$",
                                re.IGNORECASE),
        change_joiner_re=compiled(rf"\s?(?:{alternation(numbers.get('change_joiners'))})\s?", re.IGNORECASE),
        range_dashes=frozenset(script().dashes) | {str(w) for w in figures.get("range_dashes") or []},
        decimal_before_scale=compiled(rf"\d{re.escape(str(numbers.get('decimal') or '.'))}\d{{3}}"),
        count_after_re=compiled(alternation(figures.get("count_classifiers")))
        if figures.get("count_classifiers") else None,
        scale_currencies=scale_currencies,
        currency_before_re=compiled(rf"(?:{alternation(numbers.get('currencies_before'))})\s?$", re.IGNORECASE)
        if numbers.get("currencies_before") else None,
        half_after_re=compiled(rf"\s(?:{alternation(numbers.get('half_after'))})(?![^\W\d_])", re.IGNORECASE)
        if numbers.get("half_after") else None,
    )


def _tens_unit_re(words: dict[str, Decimal], joiners: object) -> re.Pattern[str] | None:
    """The joiner and unit word that complete a spelled-out tens word; None where the language fuses
    them into one word ("venticinque", "fünfundzwanzig") or has no joiner listed."""
    units = [w for w, v in words.items() if v == v.to_integral_value() and 1 <= v <= 9]
    if not joiners or not units:
        return None
    return compiled(rf"(?:{alternation([str(j) for j in joiners])})(?P<unit>{alternation(units)})(?![^\W\d_])",
                    re.IGNORECASE)
