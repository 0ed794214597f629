"""Imported first by the modules that import the extraction's stages (``pipeline``, ``ingest``): hands
``re``'s cache the patterns those stages compile at import, read compiled from the store
(``regex_store.warm_re_cache``), before the stages' modules compile them again."""

from crossreach.regex_store import warm_re_cache

warm_re_cache()
