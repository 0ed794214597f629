"""A name after the agent preposition of a participle is no subject (relate/owner_agents.py)."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.relate.owner_agents import after_agent, agent_pattern

SPACED = {"en": True, "it": True, "fr": True, "de": True, "es": True, "pt": True, "zh": False}

# (lang, text up to a name, whether the name is the agent of a participle)
BEFORE_NAME = [
    ("en", "The livestream, hosted by ", True),
    ("en", "The video, presented by the chief executive ", True),  # (a title between: lowercase words)
    ("it", "i video della squadra allenata da ", True),
    ("it", "Il gruppo, guidato dall'", True),  # (an elided article: the name follows with no space)
    ("fr", "La diffusion, animée par ", True),
    ("de", "Die Ausstellung, organisiert durch die ", True),
    ("es", "La retransmisión, presentada por la actriz china ", True),
    ("pt", "A live, organizada pela ", True),
    ("zh", "这场由", True),
    # No agent preposition: a subject, an object, a place.
    ("en", "", False),
    ("en", "The group signed a deal with ", False),
    ("it", "Il confronto con ", False),
    ("fr", "Le compte officiel de ", False),
    ("de", "Die Follower von ", False),  # (German's "von" is its genitive too: not listed)
    ("es", "Según ", False),
    ("pt", "A conta oficial da ", False),
    ("zh", "据", False),
    # Too many words between, or a capitalised word: another phrase's preposition, or another name.
    ("en", "by the end of the first year of its ", False),
    ("es", "por Tencent y ", False),
    # The preposition inside a longer word is none ("Abby ").
    ("en", "Abby ", False),
]


@pytest.mark.parametrize(("lang", "text", "agent"), BEFORE_NAME)
def test_a_name_after_an_agent_preposition_is_an_agent(lang: str, text: str, agent: bool) -> None:
    links = load_language(lang).section("metrics").get("owner_links") or {}
    pattern = agent_pattern(links.get("agent_before"), SPACED[lang])
    assert after_agent(text, len(text), 0, pattern) is agent


@pytest.mark.parametrize("lang", sorted(SPACED))
def test_every_language_lists_its_agent_prepositions(lang: str) -> None:
    links = load_language(lang).section("metrics").get("owner_links") or {}
    assert links.get("agent_before"), lang


def test_no_words_no_agent() -> None:
    assert not after_agent("presented by ", 13, 0, agent_pattern([], True))


def test_the_agent_is_read_within_its_sentence_only() -> None:
    pattern = agent_pattern(["by"], True)
    text = "It was sold by. Tencent"
    assert not after_agent(text, text.index("Tencent"), text.index("Tencent"), pattern)
