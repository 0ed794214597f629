"""The owner of a list line that names only its platform (issue 15).

"- fatturato su Tuhu: 1,9 miliardi di yuan", "• Umsatz auf JD.com: 12 Millionen", "- Facturación en
Tmall: 165 millones de yuanes": a line that opens its own line, whose only name before the figure is
the platform the figure was made on, and whose label closes with a colon, counts for whom the list is
about: the first name of its heading ("Camper en China (2025)": a year is no figure, the line heads the
list), never of a line of the list above it (that name is the line's own platform), else the document's
focus if the headline names it. The platform stays the figure's platform. Without the rule the ranker
reads the line's only name, the platform, as its owner (a platform may own sales), or drops the figure as
too unsure. A platform's own count ("- utenti attivi su Douyin: 750 milioni") is left to the ranker. The
label's platform is the figure's platform, before one the heading names (``label_platform``).
"""

from __future__ import annotations

from collections.abc import Callable

from crossreach.lexicon import script
from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.context import DocumentView, is_tech
from crossreach.relate.metric_kinds import FIGURE_KINDS
from crossreach.relate.owners import PLATFORM_OWN_KINDS, DocumentOwners
from crossreach.relate.platform_sizes import may_own


def list_owner(view: DocumentView, owners: DocumentOwners, sentence: Sentence, figure: Quantity,
                 platform: Mention | None, kind: str, headings: Callable[[], list[Sentence]]) -> Mention | None:
    """The heading's or the focus's name owning a list line's figure when the line names only its
    platform before the figure, a colon between ("- Ventas en Pinduoduo: 48 millones"); else None.
    A name that is a source, or may not own the figure (``platform_sizes.may_own``), is passed over."""
    def accept(mention: Mention) -> bool:
        return not owners.is_source(mention) and may_own(mention, kind, platform, False, figure)

    if platform is None or kind in PLATFORM_OWN_KINDS or label_platform(view, sentence, figure) != platform:
        return None
    for line in reversed([h for h in headings() if _opens_line(view, h) and _closes_line(view, h)
                          and not any(q.kind in FIGURE_KINDS for q in view.quantities_in(h))]):  # (a line of the list)
        found = [m for m in view.mentions_in(line) if not is_tech(m) and m.type != "person" and accept(m)]
        if found:
            return found[0]
    focus = view.focus  # (named in the headline too: a focus read off the body alone may be a bystander)
    if focus is None or is_tech(focus) or not any(m.name == focus.name for m in owners.headline):
        return None
    return focus if accept(focus) else None


def label_platform(view: DocumentView, sentence: Sentence, figure: Quantity) -> Mention | None:
    """The platform a list line's label names alone, a colon closing the label before the figure ("- JD.com:
    71 milioni", "- Facturación en Tmall: 165 millones"): the figure's platform, before one the heading names."""
    if not _opens_line(view, sentence):
        return None
    named = [m for m in view.mentions_in(sentence) if m.end <= figure.start]
    if not named or not is_tech(named[-1]) or any(m.name != named[-1].name for m in named):
        return None
    return named[-1] if any(mark in view.text[named[-1].end:figure.start] for mark in script().colons) else None


def _opens_line(view: DocumentView, sentence: Sentence) -> bool:
    """Whether nothing but a bullet or spaces stands before the sentence on its line."""
    before = view.text[view.text.rfind("\n", 0, sentence.start) + 1:sentence.start]
    return not any(ch.isalnum() for ch in before)


def _closes_line(view: DocumentView, sentence: Sentence) -> bool:
    """Whether the sentence ends its line (a heading is a line of its own, not a paragraph's last sentence)."""
    end = view.text.find("\n", sentence.end)
    return not view.text[sentence.end:end if end >= 0 else len(view.text)].strip()
