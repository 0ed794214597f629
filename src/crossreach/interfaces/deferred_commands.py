"""The commands ``crossreach`` registers by name (``deferred.DeferringTyper``): where each one lives, and
the line the app's help page lists for it, the first paragraph of its help.

A run imports the module of the command it invokes and no other; ``crossreach --help`` imports none. A
test (tests/interfaces/test_deferred_commands.py) checks each summary against the help of the command it
names, so a docstring changed in one place and not the other fails there.
"""

from __future__ import annotations

from crossreach.interfaces.deferred import Deferred

_QUERY = "crossreach.interfaces.cli_query"

#: In the order the app's help lists them: commands, then groups (after the commands of ``cli``).
DEFERRED_COMMANDS: tuple[Deferred, ...] = (
    Deferred("show", f"{_QUERY}:show_command",
             "Everything known about an entity: names, family, people, partners, figures by kind, quotes."),
    Deferred("metrics", f"{_QUERY}:metrics_command",
             "A leaderboard of figures, largest first; the same figure from several documents is one row."),
    Deferred("timeline", f"{_QUERY}:timeline_command",
             "An entity's figures of one kind over time, with a sparkline."),
    Deferred("partners", f"{_QUERY}:partners_command",
             "The entity's partners, with the partnership facts and their evidence."),
    Deferred("people", f"{_QUERY}:people_command",
             "The people holding roles at an organization (or a person's roles)."),
    Deferred("search", f"{_QUERY}:search_command",
             "Full-text search over documents and facts, best match first."),
    Deferred("sources", f"{_QUERY}:sources_command",
             "The sentences and documents behind a fact, the figure highlighted; other figures side by side."),
    Deferred("serve", "crossreach.interfaces.cli_serve:serve_command",
             "Serve the REST API (/api, OpenAPI at /docs) and the web dashboard (/) from one process."),
    Deferred("watch", "crossreach.interfaces.cli_watch:watch_command",
             "Follow feeds, sitemaps and folders on a schedule; ingest each new item once."),
    Deferred("report", "crossreach.interfaces.cli_report:report_command",
             "A briefing as one self-contained HTML file (inline SVG charts, numbered citations) and a PDF."),
    Deferred("lexicon", "crossreach.interfaces.cli_lexicon:lexicon_app",
             "List, check and add domain lexicon entries (platforms, brands, institutions).", group=True),
    # The listing is cli_query's; its corrections (merge, split) are cli_curation's, which imports cli_query.
    Deferred("entities", "crossreach.interfaces.cli_curation:entities_app",
             "List the entities of the knowledge base (people, organizations, platforms...), the most "
             "documented first.", group=True),
    Deferred("facts", "crossreach.interfaces.cli_curation:facts_app",
             "Reject, fix or confirm facts; list the ones to review.", group=True),
)
