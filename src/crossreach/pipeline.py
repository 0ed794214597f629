"""The extraction pipeline: the order of the stages, and nothing else.

    segment   -> sentences with offsets
    recognise -> quantities (numbers, money), dates, entity mentions, tables
    resolve   -> in-document coreference: canonical names and the document's entities
    relate    -> facts: metrics, partnerships, roles, quotes
    resolve   -> the same fact stated twice (headline and body) becomes one fact with two evidences

Every stage is a pure function of the document, the earlier stages' output and
the lexicons; reading files and writing the knowledge base happen elsewhere
(``ingest`` and ``store``). Stages are listed by name in ``RELATE_STAGES`` so
that one can be switched off without touching code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import crossreach.warm_regexes  # noqa: F401  (first: the stages' regexes, read compiled into re's cache)
from crossreach.domain import DomainLexicon
from crossreach.lexicon import LanguageLexicon, load_language
from crossreach.models import Document, Extraction, Fact
from crossreach.recognise.dates import recognise_dates
from crossreach.recognise.entities import recognise_mentions
from crossreach.recognise.numbers import recognise_quantities
from crossreach.recognise.tables import find_tables
from crossreach.regex_store import remember_re_cache
from crossreach.relate.context import DocumentView
from crossreach.relate.figure_screen import screen_metrics
from crossreach.relate.metrics import relate_metrics
from crossreach.relate.partnerships import relate_partnerships
from crossreach.relate.quotes import relate_quotes
from crossreach.relate.roles import relate_roles
from crossreach.relate.tables import relate_tables
from crossreach.resolve.coreference import resolve_mentions
from crossreach.resolve.facts import merge_within_document
from crossreach.segment import join_split_names, split_sentences

#: A relate stage reads the document through the one ``DocumentView`` built for it.
RelateStage = Callable[[DocumentView, LanguageLexicon, DomainLexicon], list[Fact]]

RELATE_STAGES: dict[str, RelateStage] = {
    "quotes": relate_quotes,
    "roles": relate_roles,
    "partnerships": relate_partnerships,
    "metrics": relate_metrics,
    "tables": relate_tables,
}

remember_re_cache()  # what the stages compiled as they were imported, for the next process's warm_re_cache


def extract(
    document: Document,
    domain: DomainLexicon,
    stages: Sequence[str] = tuple(RELATE_STAGES),
    screen: bool = True,
) -> Extraction:
    """Run every stage over one document and return what it found (``screen=False`` keeps every
    metric, for the script that fits the figure screen)."""
    lexicon = load_language(document.lang)
    text = document.text
    extraction = Extraction(document=document)
    extraction.sentences = split_sentences(text, lexicon)
    extraction.quantities = recognise_quantities(text, lexicon)
    extraction.dates = recognise_dates(text, lexicon, document.published)
    mentions = recognise_mentions(text, extraction.sentences, lexicon, domain)
    extraction.mentions, extraction.entities = resolve_mentions(text, mentions, lexicon, domain)
    extraction.sentences = join_split_names(text, extraction.sentences, extraction.mentions)
    extraction.tables = find_tables(text)
    view = DocumentView(extraction)
    for name in stages:
        extraction.facts.extend(RELATE_STAGES[name](view, lexicon, domain))
    extraction.facts = merge_within_document(extraction.facts)
    if screen:
        extraction.facts = screen_metrics(view, extraction.facts)
    # The stages' readers kept in the view's memo refer back to the view: a reference cycle, which held the
    # document's sentences, figures and dates until the garbage collector's next pass found them (some 430
    # objects a document, a young collection every 50 documents of 30-50 ms). Emptied, they go as this returns.
    view.memo.clear()
    return extraction
