"""The web dashboard: server-rendered pages (Jinja2, autoescaped) and Plotly charts, fed by ``crossreach.query``.

``pages`` holds the routes, ``charts`` turns query results into Plotly figures,
``format`` says how a figure, a fact and a link are written (for pages and
charts alike). Everything the browser loads is served by the same process:
the stylesheet and script from ``static/``, plotly.js from the installed
``plotly`` package, so the dashboard works offline.
"""
