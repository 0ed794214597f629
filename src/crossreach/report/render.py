"""A briefing as one self-contained HTML file, and as a PDF made from it with WeasyPrint.

The HTML holds its style and its charts (inline SVG): no script, no font, no
image and no URL to fetch, so it opens the same from a mail attachment as from
the disk. The PDF is the same page laid out for print (A4, page numbers);
WeasyPrint is given a URL fetcher that refuses everything, so making it never
touches the network.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from crossreach import __version__, query
from crossreach.report.build import Briefing, FigureLine
from crossreach.report.svg import render_chart
from crossreach.store import KnowledgeBase


class ReportError(RuntimeError):
    """A report that cannot be written (an unwritable path, a PDF library that fails)."""


@cache
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("crossreach.report", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(chart=render_chart, cites=_cites, version=__version__)
    return env


def _cites(line: FigureLine) -> Markup:
    links = ",".join(f'<a href="#cite-{n}">{n}</a>' for n in line.citations)
    return Markup(f'<sup class="cite">[{links}]</sup>') if links else Markup("")


def render_html(briefing: Briefing, kb: KnowledgeBase) -> str:
    """The briefing as one HTML document."""
    counts = query.overview(kb, latest=0).counts
    return _environment().get_template("briefing.html").render(
        b=briefing, counts={"documents": counts.get("documents", 0), "entities": counts.get("entities", 0)})


def pdf_bytes(html: str) -> bytes:
    """The PDF of a briefing's HTML."""
    try:
        import weasyprint  # here: only PDFs need it, and it loads Pango
    except (ImportError, OSError) as exc:
        raise ReportError(f"cannot make a PDF: WeasyPrint or its system libraries are missing ({exc})") from exc
    return weasyprint.HTML(string=html, url_fetcher=_refuse).write_pdf()  # type: ignore[no-any-return]


def write_report(briefing: Briefing, kb: KnowledgeBase, html_path: Path, pdf: bool = True) -> list[Path]:
    """Write the HTML (and the PDF beside it, same name, .pdf); the paths written."""
    html = render_html(briefing, kb)
    written = [html_path]
    try:
        html_path.parent.mkdir(parents=True, exist_ok=True)
        html_path.write_text(html, encoding="utf-8")
        if pdf:
            pdf_path = html_path.with_suffix(".pdf")
            pdf_path.write_bytes(pdf_bytes(html))
            written.append(pdf_path)
    except OSError as exc:
        raise ReportError(f"cannot write the report: {exc}") from exc
    return written


def _refuse(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    raise ValueError(f"a briefing loads nothing from outside: {url}")
