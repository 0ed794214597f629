"""crossreach: cited facts about Western brands and institutions on Chinese digital platforms."""

__version__ = "0.1.0"

#: Bumped whenever extraction output may change; stored facts of an older version
#: are rebuilt by ``crossreach reextract``.
EXTRACTOR_VERSION = "0.35.0"
