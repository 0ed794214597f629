"""``crossreach watch``: follow feeds, sitemaps and folders on a schedule, ingest each new item once.

``sources`` says what is watched and lists its items, ``http`` fetches politely,
``state`` keeps what was seen in the knowledge base, ``runner`` polls and
ingests, ``digest`` tells what is new about watched entities.
"""

from crossreach.watch.http import USER_AGENT, PoliteClient
from crossreach.watch.runner import Politeness, PollResult, Watcher
from crossreach.watch.sources import WatchConfigError, WatchSource, parse_interval, source_from_spec

__all__ = [
           "USER_AGENT",
           "PoliteClient",
           "Politeness",
           "PollResult",
           "WatchConfigError",
           "WatchSource",
           "Watcher",
           "parse_interval",
           "source_from_spec",
]
