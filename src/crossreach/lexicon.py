"""Language lexicons: all per-language knowledge, read from one YAML file per language.

Stages never branch on a language code. They ask the document's lexicon for a
section (``numbers``, ``qualifiers``, ``dates``, ``metrics``...) and compile what
they need from it. Adding a language means adding ``lexicons/languages/<code>.yaml``
with every section (a test checks that) and its test cases. What languages share
about characters (Han, scripts without spaces, capitals, punctuation) is read from
``lexicons/script.yaml`` by ``script()``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from crossreach.build_cache import cached, source_digest
from crossreach.regex_store import stored_regex, stored_regexes, stored_text

#: Sections every language file must have; the stage that reads each is named beside it.
SECTIONS: dict[str, str] = {
    "language": "metadata: code, name, lingua name",
    "segment": "segment: abbreviations that do not end a sentence",
    "dateline": "ingest: cues before a publication date",
    "numbers": "recognise.numbers: decimal mark, scale words, number words, currencies",
    "qualifiers": "recognise.numbers: words before or after a figure",
    "non_counts": "recognise.numbers: units that make a figure an age, duration, ...",
    "dates": "recognise.dates: months, relative expressions",
    "entities": "recognise.entities: type cues, stop words for names",
    "metrics": "relate.metrics: cue words per metric kind",
    "roles": "relate.roles: titles and their normalised forms",
    "partnerships": "relate.partnerships: cue words",
    "quotes": "relate.quotes: speech verbs",
    "figures": "recognise.numbers, ingest.dateline: Han numeral and range words, date units, time words",
    "names": "recognise.entities, resolve.entity_matching: articles, possessives, characters no name holds",
}


class LexiconError(ValueError):
    """A lexicon file is missing or malformed."""


@dataclass(frozen=True, eq=False)
class LanguageLexicon:
    """The parsed YAML of one language. Stages read sections and compile them (cached, keyed by the
    lexicon itself). ``load_language`` makes one a language, so a lexicon is equal only to itself and
    hashed by identity: the stages' caches hash it hundreds of times a document, and object's own
    hash costs a tenth of a ``__hash__`` written in Python."""

    code: str
    name: str
    sections: Mapping[str, Any]

    def section(self, name: str) -> Any:
        """One section of the file; an empty mapping when the file leaves it out."""
        return self.sections.get(name) or {}


def _language_dir() -> Any:
    return resources.files("crossreach") / "lexicons" / "languages"


@cache
def supported_languages() -> tuple[str, ...]:
    """The language codes that have a lexicon file, sorted."""
    return tuple(sorted(p.name[:-5] for p in _language_dir().iterdir() if p.name.endswith(".yaml")))


@cache
def load_language(code: str) -> LanguageLexicon:
    """The lexicon of a language; English stands in for a language crossreach has no file for."""
    if code not in supported_languages():
        code = "en"
    data = _language_data(code, variants=True)
    meta = data.get("language") or {}
    return LanguageLexicon(code=code, name=str(meta.get("name", code)), sections=data)


@cache
def every_language(section: str, key: str) -> tuple[str, ...]:
    """One word list of every language file, as the files write it (no script variants, so no
    OpenCC run): for what is compared across languages, like the articles dropped from names."""
    words: list[str] = []
    for code in supported_languages():
        data = _language_data(code, variants=False)
        words += [str(w) for w in (data.get(section) or {}).get(key) or []]
    return tuple(dict.fromkeys(words))


def _language_data(code: str, variants: bool) -> dict[str, Any]:
    """The parsed file of a language, with its words' script variants when ``variants`` asks;
    read from the build cache when the file and this module are unchanged (``build_cache``)."""
    path = _language_dir() / f"{code}.yaml"
    raw = path.read_bytes()

    def parse() -> dict[str, Any]:
        import opencc
        import yaml

        try:
            data = read_yaml(raw.decode("utf-8")) or {}
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
        if variants:
            for config in (data.get("language") or {}).get("script_variants") or []:
                data = _with_variants(data, opencc.OpenCC(str(config)).convert)
        return data

    return cached(f"{'lang' if variants else 'langraw'}_{code}", (raw, builder_source()), parse)


@cache
def builder_source() -> bytes:
    """A digest of this module's own bytes: a change to how lexicons are read invalidates the build
    cache (a digest: a process asks for some hundreds of stored regexes, each keyed by it)."""
    return source_digest(__file__)


def _with_variants(node: Any, convert: Callable[[str], str]) -> Any:
    """Every word of a lexicon and, after it, its form in another script (simplified Chinese words
    and their traditional forms: 观看 and 觀看), so each stage reads texts in both scripts."""
    if isinstance(node, list):
        out = list(node)
        for item in node:
            if isinstance(item, str) and (variant := convert(item)) != item and variant not in out:
                out.append(variant)
        return [_with_variants(item, convert) if isinstance(item, dict | list) else item for item in out]
    if isinstance(node, dict):
        out = {key: _with_variants(value, convert) for key, value in node.items()}
        for key in node:
            if isinstance(key, str) and (variant := convert(key)) != key:
                out.setdefault(variant, out[key])
        return out
    return node


def read_yaml(text: str) -> Any:
    """Parse YAML safely, with libyaml's C parser where PyYAML has it (lexicons load ten times faster)."""
    import yaml  # here, so that the command line's help does not load it

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_shipped_yaml(name: str) -> Any:
    """A YAML file of the package's ``lexicons`` folder, parsed, from the build cache when the file and
    this module are unchanged: a process that finds it never imports PyYAML."""
    raw = (resources.files("crossreach") / "lexicons" / name).read_bytes()
    return cached(f"yaml_{name.removesuffix('.yaml')}", (raw, builder_source()), lambda: read_yaml(raw.decode("utf-8")))


#: Word lists from this size on have their alternation kept on disk (``regex_store``); a shorter one
#: is built faster than a stored entry is read.
STORED_ALTERNATION = 6


#: A pattern that matches nothing: what a lexicon list left empty compiles to.
NEVER = re.compile("(?!x)x")


def alternation(words: object, ignore_case: bool = False, *, stored: bool = True, apart: bool = True) -> str:
    """A regex alternation of lexicon words that matches the longest word it can ("mila miliardi"
    before "mila"); never matches when there are none.

    The words are laid out as a trie ("vi(?:ews|sitors)"): at each character the regex engine
    tries only the words that go on with it, instead of every word in turn. With a few hundred
    cue words this makes a scan several times faster, and it matches what the flat list, longest
    first, would.

    ``ignore_case`` is for an alternation that only ever stands where case is ignored: each
    branch then opens with the characters its first one matches there, as a class compared with
    case ("(?-i:[vV])"). The regex engine passes over a branch whose class or plain character
    does not match without entering it, which it cannot do for a character compared without
    case; the matches are the same. At the outer level, the one the engine tries at every position
    it scans, a branch opens with each of those characters apart ("(?-i:v)ie...|(?-i:V)ie..."):
    its test of a plain character is a comparison, of a class a call (a fifth of a cue scan). Not
    with ``apart`` false: for an alternation the engine reaches only past a test of its own (the
    rest of a word whose first letter a scanner found), where the longer program buys nothing.

    A list of ``STORED_ALTERNATION`` words or more is kept on disk (``regex_store``), unless ``stored``
    is false: words read from one document would only fill the store.
    """
    items = {str(w) for w in (words or [])} - {""}
    if not stored or len(items) < STORED_ALTERNATION:
        return _trie(items, ignore_case, apart) if items else NEVER.pattern
    parts = (words_key(items), b"ignore_case" if ignore_case else b"", b"" if apart else b"together",
             builder_source())
    return stored_text("alternation", parts, lambda: _trie(items, ignore_case, apart))


def _trie(words: set[str], ignore_case: bool = False, outer: bool = True) -> str:
    """The alternation of non-empty ``words``; after a branch, "" stands for the word ending there
    (tried last, so that longer words win). ``outer``: the level the engine tries at every position,
    where a branch opening with a class is written once for each of its characters (only one of
    them matches at a position, so the order among them changes no match)."""
    by_first: dict[str, set[str]] = {}
    for word in sorted(words):  # (in order: the same words give the same text in every process)
        if word:
            by_first.setdefault(word[0], set()).add(word[1:])
    by_folded: dict[str, list[str]] = {}
    for first in by_first:
        by_folded.setdefault(first.casefold(), []).append(first)
    # Only where the engine chooses between branches does a class compared with case spare it work.
    dispatch = ignore_case and len(by_folded) + ("" in words) > 1
    variants_of = case_variants(by_first) if dispatch else {}
    branches = []
    for _, firsts in sorted(by_folded.items()):
        heads = _case_heads({variants_of.get(first) for first in firsts}, firsts, outer) if dispatch else None
        if len(firsts) == 1:
            rests = by_first[firsts[0]]
            rest = _trie(rests, ignore_case, outer=False) if rests != {""} else ""
            branches.extend(opening + rest for opening in heads or [re.escape(firsts[0])])
        else:  # "B..." and "b...": a regex that ignores case may match both, so longest first as a list
            spelled = sorted(first + rest for first in firsts for rest in by_first[first])
            variants = sorted(spelled, key=len, reverse=True)
            if heads is not None:  # (the same first character for all of them, where case is ignored)
                branches.extend(f"{head}(?:{'|'.join(re.escape(v[1:]) for v in variants)})" for head in heads)
            else:
                branches.append(f"(?:{'|'.join(re.escape(v) for v in variants)})")
    if "" in words:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _case_heads(variant_sets: set[tuple[str, ...] | None], firsts: list[str], apart: bool) -> list[str] | None:
    """What a branch whose first characters are ``firsts`` opens with where case is ignored: the
    characters they match there, compared with case, as one class or (``apart``) one head each;
    None unless they all match the same ones (a character beyond the Basic Multilingual Plane, or
    two that fold apart)."""
    if len(variant_sets) != 1 or None in variant_sets:
        return None
    variants = next(iter(variant_sets))
    assert variants is not None
    if variants == (firsts[0],):
        return [re.escape(firsts[0])]  # a character without case: compared as it is anyway
    if apart:
        return [f"(?-i:{re.escape(variant)})" for variant in variants]
    return [f"(?-i:[{_class_body(variants)}])"]


def word_start_scanner(words: object, group: str | None, tail: str = "",
                       word_class: str = r"[^\W_]") -> re.Pattern[str] | None:
    r"""A regex for ``(?<!word_class)(?P<group>alternation(words))tail`` compiled to ignore case, with the
    same matches, that the regex engine scans faster: it opens with the class of the characters that
    can start a word, compared with case, so the engine skips every other character at once instead
    of trying the pattern there; each word's first character is then told apart by a lookbehind, and
    its rest is matched ignoring case. None where that cannot be written exactly (no words, or two
    first characters that match each other's text ignoring case but fold apart, like "s" and long s).
    Kept compiled on disk (``regex_store``): a fresh process reads it instead of building it.
    """
    items = {str(w) for w in (words or [])} - {""}
    parts = (words_key(items), (group or "").encode(), tail.encode(), word_class.encode(), builder_source())
    return stored_regex("scanner", parts, lambda: _scanner_source(items, group, tail, word_class))


def words_key(words: Iterable[str]) -> bytes:
    """The words as one key part: what the builders read of a word list is the set of its words."""
    return "\0".join(sorted(set(words))).encode("utf-8", "surrogatepass")


def _scanner_source(items: set[str], group: str | None, tail: str, word_class: str) -> tuple[str, int] | None:
    """The source of ``word_start_scanner``, or None where it has none."""
    branches = scanner_branches(items)
    if branches is None:
        return None
    firsts = "".join(sorted({c for variants, _rest in branches for c in variants}))
    tries = "|".join(f"(?<=[{_class_body(variants)}])(?i:{rest})" for variants, rest in branches)
    opening = f"?P<{group}>" if group else "?:"
    return rf"({opening}[{_class_body(firsts)}](?<!{word_class}.)(?:{tries})){tail}", 0


def scanner_branches(items: set[str]) -> list[tuple[tuple[str, ...], str]] | None:
    """The branches of a ``word_start_scanner`` of ``items``, in the order it tries them: the characters
    a word's first one matches ignoring case, and the alternation of the rests of the words opening
    with them; None where the scanner cannot be written exactly."""
    variants_of = case_variants(w[0] for w in items)
    by_variants: dict[tuple[str, ...], set[str]] = {}
    for word in items:
        variants = variants_of[word[0]]
        if variants is None:
            return None
        by_variants.setdefault(variants, set()).add(word)
    if not items or any(len({w[0].casefold() for w in group_words}) > 1 for group_words in by_variants.values()):
        return None  # ("alternation" would try them one after the other, not longest first)
    branches = []
    for variants, group_words in sorted(by_variants.items()):
        rests = {w[1:] for w in group_words}
        rest = alternation(rests - {""}, ignore_case=True, apart=False)
        branches.append((variants, "" if rests == {""} else f"(?:{rest}|)" if "" in rests else rest))
    return branches


def _class_body(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in chars)


#: The case variants found so far, by character (``case_variants``).
_VARIANTS: dict[str, tuple[str, ...] | None] = {}


def case_variants(chars: Iterable[str]) -> dict[str, tuple[str, ...] | None]:
    """Every character each of ``chars`` matches when case is ignored ("k": "K", "k", the Kelvin
    sign), read from the regex engine itself over the Basic Multilingual Plane, which holds every
    case variant of its characters; None for a character beyond it. One scan of the plane finds
    what any of the new characters may match, then each keeps what it matches itself."""
    wanted = set(chars)
    new = sorted(c for c in wanted - _VARIANTS.keys() if ord(c) <= 0xFFFF)
    _VARIANTS.update((c, None) for c in wanted - _VARIANTS.keys() if ord(c) > 0xFFFF)
    # A character the regex engine holds to have no case (a Han one, a digit) matches only itself: asked of
    # the engine itself, it spares Chinese some four hundred compilations and a scan of the plane.
    uncased = [c for c in new if not _cased(c)]
    _VARIANTS.update((c, (c,)) for c in uncased)
    new = sorted(set(new) - set(uncased))
    if new:
        plane = _basic_plane()
        found = set(re.findall(f"[{_class_body(new)}]", plane, re.IGNORECASE))
        for char in new:
            literal = re.compile(re.escape(char), re.IGNORECASE)
            _VARIANTS[char] = tuple(sorted(x for x in found if literal.fullmatch(x)))
    return {c: _VARIANTS[c] for c in wanted}


def _cased(char: str) -> bool:
    """Whether the regex engine compares ``char`` ignoring case as a character with case (``re``'s compiler
    asks the same of ``_sre``); True where this Python does not say, so that the engine is asked."""
    import _sre

    iscased = getattr(_sre, "unicode_iscased", None)
    return True if iscased is None else bool(iscased(ord(char)))


@cache
def _basic_plane() -> str:
    """Every character of the Basic Multilingual Plane, surrogates included, as one string."""
    from array import array

    return array("I", range(0x10000)).tobytes().decode("utf-32-le", "surrogatepass")


def gapped_alternation(phrases: object) -> str:
    """A regex alternation of lexicon phrases in which a short insert (up to three words) may stand
    after the first word ("dirigée depuis 2018 par" for "dirigée par"), longest first."""
    forms = []
    for phrase in sorted({str(p) for p in (phrases or [])}, key=len, reverse=True):
        first, _, rest = phrase.partition(" ")
        forms.append(re.escape(first) + (rf"(?:\s+[\w'’]+){{0,3}}?\s+{re.escape(rest)}" if rest else ""))
    return "|".join(forms) if forms else NEVER.pattern


#: Up to how many first letters the cue words of ``cue_pattern`` may open with for it to be written as a
#: ``word_start_scanner``: beyond, most letters of a text can open one and the form is no faster.
_FEW_FIRST_LETTERS = 12


#: Marks of an elided word ("l'", "dell'"): it joins the next word without a space.
ELISION = ("'", "\u2019")


def opening_words(words: object, spaced: bool) -> str:
    """A case-insensitive alternation of words that open a phrase ("which", "the", "l'"), longest first:
    whole words where the script has spaces, an elided one joined to the word after it. Matches
    nothing when there are none."""
    # (in order within a length: the same words give the same text, the key of its compiled regex, in every process)
    items = sorted(sorted({str(w) for w in words or [] if str(w)}), key=len, reverse=True)
    if not items:
        return NEVER.pattern
    edge = r"(?![^\W\d_])" if spaced else ""
    return "(?i:" + "|".join(re.escape(w) + ("" if w.endswith(ELISION) else edge) for w in items) + ")"


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for a large regex built from a lexicon's words, kept compiled on disk
    (``regex_store``): the pattern itself is the key, so the stored program is exactly its own."""
    stored = stored_regex("re", (pattern.encode("utf-8"), str(int(flags)).encode()), lambda: (pattern, int(flags)))
    assert stored is not None  # the source is never None
    return stored


def compiled_all(kind: str, sources: Iterable[tuple[str, int]]) -> list[re.Pattern[str]]:
    """``re.compile`` of each source, in order, kept compiled on disk together (``regex_store``): for the
    many small regexes a stage builds from a language's section, which a fresh process (each worker)
    would otherwise compile one by one with its first document of the language."""
    return stored_regexes(kind, [(pattern, int(flags)) for pattern, flags in sources])


def cue_pattern(words: object, spaced: bool, gapped: object = ()) -> re.Pattern[str]:
    """A case-insensitive regex for any of the cue words, whole words where the script has spaces;
    and, where it has them, of the ``gapped`` phrases with a short insert (``gapped_alternation``).
    Words that open with few letters are found by a ``word_start_scanner``, which matches the same.
    Kept compiled on disk (``regex_store``): a fresh process reads it instead of building it."""
    items = {str(w) for w in words or []}
    phrases = {str(p) for p in gapped or []}
    parts = (words_key(items), words_key(phrases), b"spaced" if spaced else b"", builder_source())
    pattern = stored_regex("cue", parts, lambda: _cue_source(items, spaced, phrases))
    assert pattern is not None  # a cue regex always has a source
    return pattern


def compound_cue_pattern(words: Iterable[str], longest: int) -> re.Pattern[str]:
    """Whole cue words, case-insensitive, and those of at least ``longest`` letters (a language's
    ``metrics.compound_cues``; 0: none) also as a compound's last part ("Netto|umsatz",
    "Sportartikel|markt"; the match is the cue word itself)."""
    words = [str(w) for w in words]
    tails = [w for w in words if longest and len(w) >= longest]
    compound = rf"|(?<=[^\W\d_])(?:{alternation(tails, ignore_case=True)})" if tails else ""
    return compiled(rf"(?:(?<![^\W\d_])(?:{alternation(words, ignore_case=True)}){compound})(?![^\W\d_])",
                    re.IGNORECASE)


def _cue_source(words: set[str], spaced: bool, gapped: set[str]) -> tuple[str, int]:
    """The source and flags of ``cue_pattern``."""
    if spaced and not gapped and len({w[:1].casefold() for w in words}) <= _FEW_FIRST_LETTERS:
        faster = _scanner_source(words - {""}, None, r"(?![^\W\d_])", r"[^\W\d_]")
        if faster is not None:
            return faster
    if spaced:
        either = alternation(words, ignore_case=True) + (f"|{gapped_alternation(gapped)}" if gapped else "")
        return rf"(?<![^\W\d_])(?:{either})(?![^\W\d_])", re.IGNORECASE.value
    return f"(?:{alternation([*words, *gapped])})", re.IGNORECASE.value


def is_spaced(lexicon: LanguageLexicon) -> bool:
    """Whether the language writes spaces between words (Chinese, with its 万 and 亿, does not).
    The one test of a language's spacing; ``writes_unspaced`` is the one test of a text's."""
    return not lexicon.section("numbers").get("han_units")


def writes_unspaced(text: str, share: float = 0.0) -> bool:
    """Whether at least ``share`` of ``text`` (by default: any character of it) is in a script
    without spaces between words: a name "腾讯" is matched character by character, a document
    mostly in Chinese is read with the unspaced rules."""
    if share <= 0.0:
        return script().unspaced_re.search(text) is not None
    return len(script().unspaced_re.findall(text)) >= len(text) * share > 0


@dataclass(frozen=True)
class Script:
    """``lexicons/script.yaml``: character classes (regex class bodies, no brackets) and the
    punctuation every language shares; see that file for what each one is."""

    han: str
    not_chinese: str
    unspaced: str
    capitals: str
    latin_extended: str
    spaces: str
    name_dots: str
    title_name_dot: str
    sentence_ends: str
    wide_sentence_ends: str
    question_marks: str
    closers: str
    spaced_closers: str
    clause_breaks: str
    phrase_ends: str
    wide_breaks: str
    name_breaks: str
    open_brackets: str
    close_brackets: str
    commas: str
    colons: str
    semicolons: str
    dashes: str
    speech_ends: str
    quotations: Mapping[str, str]
    time_zones: list[str]

    @property
    def quote_marks(self) -> str:
        """Every opening and closing quotation mark, once each."""
        return "".join(dict.fromkeys("".join(o + c for o, c in self.quotations.items())))

    @property
    def unspaced_re(self) -> re.Pattern[str]:
        return _class_re(self.unspaced)

    @property
    def han_re(self) -> re.Pattern[str]:
        return _class_re(self.han)

    @property
    def not_chinese_re(self) -> re.Pattern[str]:
        return _class_re(self.not_chinese)


@cache
def _class_re(body: str) -> re.Pattern[str]:
    return compiled(f"[{body}]")  # large Unicode classes: their compilation cost every process 10 ms


@cache
def script() -> Script:
    """The script lexicon, read once; parsed from the build cache when the file and this module are
    unchanged, so that a process whose lexicons are all cached never imports PyYAML (a tenth of
    ``analyze``'s start-up went to that import and this parse)."""
    path = resources.files("crossreach") / "lexicons" / "script.yaml"
    raw = path.read_bytes()

    def parse() -> Script:
        import yaml

        try:
            data = read_yaml(raw.decode("utf-8")) or {}
            return Script(**{key: data[key] for key in Script.__dataclass_fields__})
        except (yaml.YAMLError, KeyError, TypeError) as exc:
            raise LexiconError(f"{path}: not a valid script lexicon: {exc}") from exc

    return cached("script", (raw, builder_source()), parse)
