"""The REST API (``crossreach serve``): one FastAPI app that also serves the dashboard (``interfaces/web``).

``app.py`` builds the app; ``routes.py`` holds the ``/api`` routes, ``models.py`` their request and response
shapes, ``ingest.py`` what ``POST /api/documents`` reads, ``errors.py`` the one error shape,
``body_limit.py`` the request-body cap and ``guard.py`` the Host and same-origin checks. The limits the API
and the dashboard share are in ``interfaces/limits.py``.
"""

from crossreach.interfaces.api.app import create_app

__all__ = ["create_app"]
