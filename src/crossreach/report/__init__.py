"""``crossreach report``: briefings people would rather read, as one HTML file and a PDF.

``build`` gathers a briefing through the query layer, ``svg`` draws its charts,
``render`` writes the self-contained HTML and the PDF.
"""

from crossreach.report.build import Briefing, comparison_briefing, entity_briefing, since_briefing
from crossreach.report.render import ReportError, pdf_bytes, render_html, write_report

__all__ = ["Briefing", "ReportError", "comparison_briefing", "entity_briefing", "pdf_bytes", "render_html",
           "since_briefing", "write_report"]
