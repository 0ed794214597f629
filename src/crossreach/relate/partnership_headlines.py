"""A headline that opens with what the document is about and names the platform it sells or works through.

"Peloton enters China through Keep tie-up, selling bikes on JD.com", "Rodenstock verkauft Gleitsichtglaeser
per Klick: 180 Millionen Yuan Umsatz ueber JD.com", "Deoleo vende 2,3 millones de botellas de aceite en
Pinduoduo", "World Snooker Tour moves Chinese streaming rights to Huya after Youku deal ends": the headline's
first name is the document's subject (``Reader.focus``) and a platform it names after a platform preposition
("on", "ueber", "en", maybe an article and a noun between: ``partnership_channels.channel_named``) or a partner
preposition, or right before a partnership cue ("Youku deal"), is its partner: the news the article then
tells. The other rules read a headline as any sentence: a selling verb with a figure between it and the
platform, or a cue that joins the platform to no name, gives them no pair.

A headline (a line of its own) without such a cue still pairs its subject with the platform a platform
preposition names ("Twinings brews a China recovery on Meituan", "finds buyers on Vipshop"), unless its
subject is the first of a list of peers, the head of a compound ("Neuschwanstein-Hype auf ..."), or an
audience is measured (views on a platform say where the subject is watched, not a deal).

Only a headline with a body after it, and only platforms
(a brand or an institution named after the subject is as often its peer: "Moulin Rouge, Crazy Horse et Paradis
Latin");
not the second of a list ("mise sur Tmall et WeChat"), a platform that opens a clause of its own ("as Douyin
livestreams drive demand"), one after a contrast, negation, speculation or rival word ("Tmall overtakes
JD.com", "verkauft nicht ueber JD.com", "could sell on Tmall"), a news
outlet, or an owner of the subject or a company it owns.
"""

from __future__ import annotations

import re

from crossreach.models import Mention, Sentence
from crossreach.relate.context import is_tech
from crossreach.relate.partnership_channels import channel_named
from crossreach.relate.partnership_reader import Reader, audience_measured, owns

#: How many opening sentences may hold the headline (after a rubric, a dateline): ``Reader.focus``'s.
_HEADLINE_SENTENCES = 3
_PARTY_TYPES = ("organization", "platform")
#: How far (characters) before a name its partner preposition may end ("with the platform X").
_BEFORE = 30
#: What may join a name to the cue right after it ("Youku deal", "Keep-Deal").
_JOINERS = (" ", "-")
#: What joins a name to the noun of a compound it opens ("Neuschwanstein-Hype").
_COMPOUND = ("-",)


def headline_partners(reader: Reader) -> list[tuple[Sentence, re.Match[str], list[list[Mention]]]]:
    """The headline (the first opening sentence naming a party), a match of its first cue and the pairs
    (subject, partner) it states, when it opens with the document's subject (see the module's docstring)."""
    focus, cues = reader.focus, reader.cues
    sentences = reader.view.extraction.sentences[:_HEADLINE_SENTENCES]
    headline = next((s for s in sentences if reader.parties(s)), None)
    if focus is None or headline is None or headline.index + 1 >= len(reader.view.extraction.sentences):
        return []  # (a text of one sentence has no headline: "Adidas sells its shoes through JD.com")
    names = [m for m in reader.parties(headline) if m.type in _PARTY_TYPES]
    if not names or names[0].name != focus.name:
        return []
    text = headline.text
    cue = cues.any_cue.search(text) or cues.channel_verb.search(text)
    first = names[0]
    alone = reader.view.text[headline.end:headline.end + 2].lstrip(" ").startswith("\n")  # a line of its own
    pairs = []
    for mention in names[1:]:
        if mention.name == focus.name or mention.category == "media" or not is_tech(mention) \
                or owns(reader.domain, mention, first) or owns(reader.domain, first, mention):
            continue
        between = reader.view.text[first.end:mention.start]
        if any(p.search(between) for p in (cues.contrast, cues.negation, cues.channel_negation, cues.speculation)):
            break
        if mention.name in {m.name for pair in pairs for m in pair}:
            continue
        if cue is not None and _introduced(reader, headline, mention):
            pairs.append([first, mention])
        elif cue is None and alone and _plain_subject(reader, headline, names, mention) \
                and (channel := _channel_of(reader, headline, mention)) is not None:
            cue = channel  # "Twinings brews a China recovery on Meituan": the platform it works through
            pairs.append([first, mention])
    return [(headline, cue, pairs)] if pairs and cue is not None else []


def _plain_subject(reader: Reader, sentence: Sentence, names: list[Mention], mention: Mention) -> bool:
    """Whether, in a headline without a cue, its first name is a subject of its own before the platform: not
    the first of a list of peers ("Clarins, Sisley et Caudalie en tete ... sur Tmall"), not the head of a
    compound ("Neuschwanstein-Hype auf Xiaohongshu"), and no audience measured ("1,8 milioni di spettatori su
    Douyin"), which says where the subject is watched, not a deal."""
    first = names[0]
    if reader.view.text[first.end:first.end + 1] in _COMPOUND or audience_measured(reader, sentence):
        return False
    return not any(first.end <= m.start < mention.start and not is_tech(m) for m in names[1:])


def _channel_of(reader: Reader, sentence: Sentence, mention: Mention) -> re.Match[str] | None:
    """The platform preposition (in the sentence's text) that stands right before the name, if any."""
    if not channel_named(reader, sentence, mention):
        return None
    found = list(reader.cues.channel_preposition.finditer(sentence.text, 0, mention.start - sentence.start))
    return found[-1] if found else None


def _introduced(reader: Reader, sentence: Sentence, mention: Mention) -> bool:
    """Whether a platform preposition ("on", "ueber", "no", maybe an article and a noun between) or a partner
    preposition stands right before the name, or a partnership cue right after it ("Youku deal"): the name is
    where or with whom the subject works, not the subject of a clause of its own ("as Douyin livestreams drive
    demand") nor the second of a list ("sur Tmall et WeChat")."""
    text, cues = reader.view.text, reader.cues
    if channel_named(reader, sentence, mention) \
            or cues.partner_preposition.search(text, max(sentence.start, mention.start - _BEFORE), mention.start):
        return True
    return text[mention.end:mention.end + 1] in _JOINERS \
        and cues.partnership.match(text, mention.end + 1, sentence.end) is not None
