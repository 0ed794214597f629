"""Ingest: read articles from files, folders, feeds, JSONL dumps and URLs into Documents.

Readers only turn bytes into articles (``Article``) or say why they could not
(``Skipped``); ``prepare`` then normalises the text, detects the language and the
publication date and computes the stable document id.
"""

import crossreach.warm_regexes  # noqa: F401  (first: prepare's regexes, read compiled into re's cache)
from crossreach.ingest.prepare import prepare
from crossreach.ingest.readers import Article, Skipped, read_inputs

__all__ = ["Article", "Skipped", "prepare", "read_inputs"]
