"""The noun phrases that name a figure's owner without its name ("the museum", "der Verein", "该俱乐部").

A language lists them with their article (``metrics.owner_nouns``, by the category they point to).
Articles write such a phrase as often with a demonstrative ("this video", "questa mostra", "这段视频",
"本次直播") as with an article, so each phrase opening with one of the language's articles
(``metrics.owner_determiners.articles``) is read with each of its demonstratives too, rather than
every pair being listed.
"""

from __future__ import annotations

from typing import Any

#: Marks of an elided article ("l'accordo"): such a word joins the next without a space.
_ELISION = ("'", "\u2019")


def owner_noun_categories(section: dict[str, Any], spaced: bool) -> dict[str, str]:
    """The category of each owner noun phrase of a language's ``metrics`` section, keyed by the
    phrase casefolded, demonstrative forms included."""
    phrases = {str(word).casefold(): str(category) for category, words in (section.get("owner_nouns") or {}).items()
               for word in words or []}
    return with_demonstratives(phrases, section.get("owner_determiners") or {}, spaced)


def with_demonstratives(phrases: dict[str, str], determiners: dict[str, Any], spaced: bool) -> dict[str, str]:
    """The phrases (casefolded) and, for each that opens with an article, the same with each
    demonstrative in the article's place. Forms no grammar allows ("questa video") do no harm: no text
    has them."""
    articles = [_joined(str(a), spaced).casefold() for a in determiners.get("articles") or []]
    demonstratives = [_joined(str(d), spaced).casefold() for d in determiners.get("demonstratives") or []]
    expanded = dict(phrases)
    for phrase, category in phrases.items():
        for article in articles:
            if phrase.startswith(article) and len(phrase) > len(article):
                for demonstrative in demonstratives:
                    expanded.setdefault(demonstrative + phrase[len(article):], category)
    return expanded


def _joined(word: str, spaced: bool) -> str:
    """A determiner as it stands before its noun: with a space, unless elided or in an unspaced script."""
    return word if not spaced or word.endswith(_ELISION) else word + " "
