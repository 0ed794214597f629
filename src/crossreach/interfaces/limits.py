"""The limits the REST API and the web pages share: what a date, an id, a page and a request body may be.

One module both import, so that the API and the dashboard refuse the same things the same way.
"""

from __future__ import annotations

from crossreach.ingest.readers import DEFAULT_MAX_BYTES
from crossreach.isodate import is_iso_date

#: Largest request body, by default the CLI's largest input (``ingest --max-size``).
DEFAULT_MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES
#: Bounds on pagination, so that no query parameter can ask the database for something absurd.
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000
#: Largest id SQLite and PostgreSQL integers hold; a bigger one is a 422, not a driver overflow.
MAX_ID = 2**63 - 1
#: Names and search text: printable, bounded (control characters are never part of a name).
TEXT_PATTERN = r"^[^\x00-\x1f\x7f]+$"
#: A date at any precision: YYYY, YYYY-MM or YYYY-MM-DD.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def real_date(value: str | None) -> str | None:
    """A date that exists: 2021-13-45 matches the pattern and is still refused."""
    if value is not None and not is_iso_date(value):
        raise ValueError(f"{value!r} is not a date that exists")
    return value
