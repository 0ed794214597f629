"""The noun phrases that name a figure's owner without its name ("the museum", "der Verein", "该俱乐部").

A language lists them with their article (``metrics.owner_nouns``, by the category they point to).
Articles write such a phrase as often with a demonstrative ("this video", "questa mostra", "这段视频",
"本次直播") and with a modifier or two ("the charity livestream", "la nuova campagna", "der neue
Clip") as in its bare form, so a phrase opening with one of the language's articles
(``metrics.owner_determiners``) is read with each demonstrative in its place, and, where words are
spaced, with up to two words between the determiner and the noun; the category is the listed phrase's.
"""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import ELISION, LanguageLexicon, alternation, compiled, cue_pattern, load_language
from crossreach.models import Mention

#: How many words may stand between a determiner and its noun ("the *new charity* livestream").
_MODIFIERS = 2
#: What may stand between an owner noun and the name it describes: up to two words in lower case
#: ("la marque *danoise* X", "a marca *de porcelana* Y"), or nothing.
_APPOSING = re.compile(r"(?:\s+[^\W\d_A-Z][^\W\d_]*){0,2}\s+")


def names_apposed(text: str, noun_end: int, mentions: list[Mention], figure_start: int) -> bool:
    """Whether a name follows an owner noun, before the figure, with at most two lower-case words
    between ("La marca danesa Royal Copenhagen, una de sus rivales, suma 540.000 seguidores"): the noun
    describes that name, its own subject, and points back to no entity named before."""
    after = next((m for m in mentions if noun_end <= m.start and m.end <= figure_start), None)
    return after is not None and _APPOSING.fullmatch(text, noun_end, after.start) is not None


class OwnerNouns(dict[str, str]):
    """The category of each owner noun phrase, keyed by the phrase casefolded. A phrase read with
    modifiers ("the charity livestream") has the category of the listed phrase it extends."""

    def __init__(self, phrases: dict[str, str], determiners: list[str]) -> None:
        super().__init__(phrases)
        self.determiners = determiners
        #: The regex that finds the phrases in a text (``owner_noun_pattern``).
        self.pattern: re.Pattern[str] = re.compile("(?!x)x")

    def __missing__(self, key: str) -> str:
        """The category of the first listed phrase (in order) whose noun, after its determiner, ends
        ``key`` after a space: the phrase's tails are indexed once, and only the key's endings looked up."""
        tails = self._tails()
        found = [tails[key[index:]] for index, char in enumerate(key) if char == " " and key[index:] in tails]
        if found:
            return min(found)[1]
        raise KeyError(key)

    def _tails(self) -> dict[str, tuple[int, str]]:
        """Each listed phrase's words after its first determiner, with a space before them: the
        position of the first phrase ending so, and its category (built on the first phrase read with
        modifiers; the phrases are all listed by then)."""
        tails: dict[str, tuple[int, str]] | None = self.__dict__.get("_tail_index")
        if tails is None:
            tails = {}
            for position, (phrase, category) in enumerate(self.items()):
                opening = next((d for d in self.determiners if phrase.startswith(d)), None)
                if opening is not None:
                    tails.setdefault(" " + phrase[len(opening):], (position, category))
            self.__dict__["_tail_index"] = tails
        return tails


@cache
def language_articles(lang: str) -> tuple[str, ...]:
    """The language's articles as ``metrics.owner_determiners`` lists them, longest first (so "l'" never
    takes the place of "la"), read once: the owner nouns, the phrase subjects and the partnership
    rules that read an article opening a phrase share them."""
    determiners = load_language(lang).section("metrics").get("owner_determiners") or {}
    return tuple(sorted({str(a) for a in determiners.get("articles") or []}, key=len, reverse=True))


def owner_noun_categories(lexicon: LanguageLexicon, spaced: bool) -> OwnerNouns:
    """The owner noun phrases of a language with their categories, demonstrative forms included,
    and the regex that finds them."""
    section = lexicon.section("metrics")
    phrases = {str(word).casefold(): str(category) for category, words in (section.get("owner_nouns") or {}).items()
               for word in words or []}
    determiners = section.get("owner_determiners") or {}
    articles = [_joined(str(a), spaced).casefold() for a in determiners.get("articles") or []]
    demonstratives = [_joined(str(d), spaced).casefold() for d in determiners.get("demonstratives") or []]
    nouns = OwnerNouns(with_demonstratives(phrases, articles, demonstratives), [*articles, *demonstratives])
    nouns.pattern = owner_noun_pattern(nouns, spaced, lexicon.section("entities").get("capitals_mark") == "nouns")
    return nouns


def with_demonstratives(phrases: dict[str, str], articles: list[str], demonstratives: list[str]) -> dict[str, str]:
    """The phrases and, for each that opens with an article (as written before its noun: "the ",
    "l'"), the same with each demonstrative in the article's place. Forms no grammar allows ("questa
    video") do no harm: no text has them."""
    expanded = dict(phrases)
    for phrase, category in phrases.items():
        for article in articles:
            if phrase.startswith(article) and len(phrase) > len(article):
                for demonstrative in demonstratives:
                    expanded.setdefault(demonstrative + phrase[len(article):], category)
    return expanded


def owner_noun_pattern(nouns: OwnerNouns, spaced: bool, capitalised_nouns: bool) -> re.Pattern[str]:
    """A case-insensitive regex for the owner noun phrases; where words are spaced, also with up to
    two words (no determiner) between a determiner and a noun it is listed with ("la prima diretta").
    A listed phrase comes first at any position ("the brand's new video": "the brand"). Where nouns
    are written in lower case, a capitalised one is part of a name ("the Palace Museum"), no phrase."""
    if not spaced or not nouns.determiners:
        return cue_pattern(nouns, spaced)
    others = alternation({d.strip() for d in nouns.determiners}, ignore_case=True)
    modifier = rf"(?!(?:{others})(?![^\W\d_]))[^\W\d_][\w'\u2019-]*\s+"
    case = "" if capitalised_nouns else "-i"
    by_openings: dict[frozenset[str], list[str]] = {}
    for head, openings in _openings(nouns).items():  # one alternative a set of determiners, not a noun
        by_openings.setdefault(frozenset(openings), []).append(head)
    extended = "|".join(rf"(?:{alternation(openings, ignore_case=True)})(?:{modifier}){{1,{_MODIFIERS}}}"
                        rf"(?{case}:{alternation(heads, ignore_case=capitalised_nouns)})"
                        for openings, heads in sorted(by_openings.items(), key=lambda item: sorted(item[0])))
    return compiled(rf"(?<![^\W\d_])(?:{alternation(nouns, ignore_case=True)}|{extended})(?![^\W\d_])",
                    re.IGNORECASE)


def _openings(nouns: OwnerNouns) -> dict[str, set[str]]:
    """The determiners each noun is listed with ("video": "the ", "this "), by noun."""
    openings: dict[str, set[str]] = {}
    for phrase in nouns:
        opening = next((d for d in nouns.determiners if phrase.startswith(d)), None)
        if opening is not None and len(phrase) > len(opening):
            openings.setdefault(phrase[len(opening):], set()).add(opening)
    return openings


def _joined(word: str, spaced: bool) -> str:
    """A determiner as it stands before its noun: with a space, unless elided or in an unspaced script."""
    return word if not spaced or word.endswith(ELISION) else word + " "
