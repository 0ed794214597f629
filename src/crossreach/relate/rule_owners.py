"""The hand-written owner rule: whose figure it is by nearness, clause and type alone.

Kept apart from ``metrics`` (which reads the figure, its kind and its platform) because it has one job: the
rule's choice is one candidate and one feature (``rule``) of the owner ranker (``owners``), and the fallback
when neither a stated owner nor a noun phrase decides.
"""

from __future__ import annotations

from crossreach.models import Mention, Quantity, Sentence
from crossreach.relate.clause_breaks import outside_asides
from crossreach.relate.context import CLAUSE_BREAK, DocumentView, is_tech
from crossreach.relate.owners import PERSON_KINDS, PLATFORM_OWN_KINDS
from crossreach.relate.respective import SUBJECT_TYPES

_ACTIVE_USER_KINDS = ("dau", "mau")
#: Figures a platform or tech company can own.
_TECH_KINDS = (*PLATFORM_OWN_KINDS, "employees")
#: Figures of a whole company, not measured on one platform.
COMPANY_KINDS = ("sales", "donations", "deal_value", "employees", "dau", "mau")


def rule_owner(view: DocumentView, sentence: Sentence, figure: Quantity, mentions: list[Mention],
             unsourced: list[Mention], kind: str, platform: Mention | None, speaking: bool) -> Mention | None:
    """Whose figure this is.

    The figure belongs to a brand, institution, campaign or person named in its sentence (the
    nearest before it, but a brand before a person named after it, as host or guest; else the
    first after it in the same clause), not to the platform it was measured on nor to the tech
    company that owns that platform; a person who is only quoted does not own it, nor does the
    source it is credited to (``unsourced`` holds the mentions less those sources).
    A platform's own figures (users, DAU, MAU, staff) belong to the platform or tech company
    named nearest when no one else is named. With no owner in the sentence, the figure belongs
    to the subject of the last sentence of the paragraph that names an owner, then to what the
    document is about: the most named platform for DAU and MAU, else the most named organization.
    """
    if kind in _ACTIVE_USER_KINDS:  # an app's daily or monthly users: the app, not its company
        apps = [m for m in mentions if m.type == "platform"] \
            or [m for m in view.paragraph_before(sentence) if m.type == "platform"][-1:]
        before_figure = [m for m in apps if m.end <= figure.start] or \
            [m for m in mentions if is_tech(m) and m.end <= figure.start]  # "Alibaba's platforms had …"
        if before_figure:
            return before_figure[-1]
        if apps:
            return apps[0]
    referent = view.referent(sentence)
    if kind in COMPANY_KINDS and referent is not None:
        return referent  # "The group, led by X and Y, closed 2019 with revenue of ...": the group's
    speaking = speaking or kind not in PERSON_KINDS
    owners = [m for m in unsourced if _can_own(m, platform, speaking)]
    if any(m.type != "work" for m in owners):
        owners = [m for m in owners if m.type != "work"]  # the museum's figure, not its painting's
    # A name in another clause after the figure ("… 56 000 commentaires, dont beaucoup consacrés aux
    # Nymphéas") is what is talked about, not whose the figure is.
    clause_break = CLAUSE_BREAK.search(view.text, figure.end, sentence.end)
    clause_end = clause_break.start() if clause_break else sentence.end
    owners = [m for m in owners if m.start <= clause_end]
    tech_owned = kind in _TECH_KINDS
    if not owners and (tech_owned or kind == "sales"):
        owners = [m for m in unsourced if is_tech(m)]  # a platform's own GMV
    before = [m for m in owners if m.end <= figure.start]
    before = outside_asides(view, sentence, figure, before, referent)  # not an apposition's
    if before:
        hosted_by = next((m for m in before if m.type == "organization"), None)
        if before[-1].type == "person" and hosted_by is not None:
            return hosted_by  # "Prada's opening livestream, hosted by the actress X, passed ...": Prada's
        return before[-1]
    if owners:
        return owners[0]
    if referent is not None:  # "Die Marke beschäftigte ...": what the sentence before was about
        return referent
    earlier = view.subject_before(sentence, lambda m: (tech_owned and is_tech(m)) or
                                  (m.type == "organization" and _can_own(m, platform, True)))
    if earlier is not None:
        return earlier
    if kind in _ACTIVE_USER_KINDS:
        most_named = view.most_named(is_tech, key="metrics: tech")
        return most_named[0] if most_named else platform
    if view.focus is not None:
        return view.focus
    fallback = [m for m in mentions if m.type in ("organization", "platform")]
    return fallback[0] if fallback else platform


def _can_own(mention: Mention, platform: Mention | None, speaking: bool) -> bool:
    if mention.type == "person":
        return not speaking
    if mention.type not in SUBJECT_TYPES:
        return False
    return not is_tech(mention) and (platform is None or mention.name != platform.name)
