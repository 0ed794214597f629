"""Names that only a cue noun right before them makes names, where the capitalised-run reader of
``entities.py`` cannot see them: in an unspaced script, a Latin-script brand glued to the Han cue
noun that introduces it ("...果汁品牌innocent", "...眼镜品牌Ace & Tate"). Such a name is often written
in lower case or stylised, so its case says nothing; the cue noun before it is the evidence."""

from __future__ import annotations

import re
from functools import cache

from crossreach.lexicon import LanguageLexicon, alternation, compiled, is_spaced, script
from crossreach.models import Mention, covered_characters
from crossreach.recognise.person_names import is_first_name

#: The longest Latin-script name read after a cue noun, in characters.
_MOST_CHARACTERS = 40
#: The longest name read between quotation marks after a cue noun, in characters.
_MOST_QUOTED = 12
#: The most Han characters of a name glossed by a known Latin-script one in brackets after it.
_MOST_GLOSSED = 10
#: The brackets that close a gloss.
_CLOSING = script().close_brackets
#: A Latin-script name in brackets, up to the bracket that closes it.
_GLOSS = re.compile(r"([A-Za-z][\w&'\u2019.\- ]{0,40}?)[)\uff09]")


@cache
def _latin_after_cue(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A Han cue noun, then a run of Latin letters, digits, spaces and the marks names keep
    ("&", "'", ".", "-"), ending on a letter, digit, apostrophe or dot."""
    if is_spaced(lexicon):
        return None  # spaced scripts: the run reader of entities.py reads names after cues
    cues = [str(c) for c in lexicon.section("entities").get("org_cues") or {}]
    if not cues:
        return None
    latin = rf"(?![{script().han}_])[^\W\d]"  # a letter of no Han character: Latin, accented or not
    return compiled(rf"(?:{alternation(cues)})(?P<name>(?:{latin}|&)(?:{latin}|[0-9&'\u2019.\- ])"
                      rf"{{0,{_MOST_CHARACTERS}}}(?<=[^\W_]|['\u2019.]))")


@cache
def _quoted_after_cue(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A Han cue noun, then a name of any script between quotation marks ("品牌“花间集”"): the marks
    give the name's ends, which an unspaced script does not show otherwise."""
    cues = [str(c) for c in lexicon.section("entities").get("org_cues") or {}]
    if is_spaced(lexicon) or not cues:
        return None
    pairs = script().quotations
    quoted = "|".join(rf"{re.escape(o)}(?P<q{i}>[^\s{re.escape(o + c)}]{{2,{_MOST_QUOTED}}}){re.escape(c[:1])}"
                      for i, (o, c) in enumerate(pairs.items()) if o != '"')
    return compiled(rf"(?:{alternation(cues)})(?:{quoted})")


@cache
def _han_before_gloss(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A Han cue noun after a word that says what kind it is (宠物食品品牌, 市场研究机构; not 该品牌, whose cue is
    the subject), a Han name of two to four characters, and the bracket that opens its Latin-script name
    (品牌皇家（Royal Canin）): the cue noun marks where the name starts and the bracket where it ends."""
    cues = [str(c) for c in lexicon.section("entities").get("org_cues") or {}]
    if is_spaced(lexicon) or not cues:
        return None
    chars = script()
    breaks = "".join(str(w) for w in lexicon.section("names").get("breaks") or []) + chars.name_breaks
    inside = rf"(?![{re.escape(breaks)}])[{chars.han}]"
    return compiled(rf"(?<={inside})(?P<cue>{alternation(cues)})(?P<name>{inside}{{2,4}})"
                    rf"(?=[{re.escape(chars.open_brackets)}][A-Za-z])")


def names_after_cues(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """Organizations named right after a cue noun in an unspaced script; a known mention that
    covers the same name (or part of it) is left to the overlap resolution, which keeps the longer."""
    pattern = _latin_after_cue(lexicon)
    if pattern is None:
        return []
    cues = {str(k).casefold(): str(v) for k, v in (lexicon.section("entities").get("org_cues") or {}).items()}
    spans = {(m.start, m.end) for m in known}
    found = []
    quoted = _quoted_after_cue(lexicon)
    for match in quoted.finditer(text) if quoted is not None else ():
        group = next(g for g, v in match.groupdict().items() if v is not None)
        start, end = match.span(group)
        if (start, end) not in spans and not any(c.isdigit() for c in match.group(group)):
            cue = text[match.start():start - 1].casefold()
            found.append(Mention(start, end, text[start:end], text[start:end], "organization", cues.get(cue, "other"),
                                 origin="pattern"))
    glossed = _han_before_gloss(lexicon)
    taken = covered_characters(text, known)
    by_start = {m.start: m for m in known}
    for match in glossed.finditer(text) if glossed is not None else ():
        start, end = match.span("name")
        if any(taken[start:end]):
            continue
        gloss = by_start.get(end + 1)  # (the Latin name in the brackets, when known, is the same one's)
        if gloss is not None:
            found.append(Mention(start, end, match.group("name"), gloss.name, gloss.type, gloss.category,
                                 origin="pattern"))
            continue
        latin = _GLOSS.match(text, end + 1)  # (else named by it, as the brackets' reader names the Latin one)
        found.append(Mention(start, end, match.group("name"), latin.group(1).strip() if latin else match.group("name"),
                             "organization", cues.get(match.group("cue").casefold(), "other"), origin="pattern"))
    for match in pattern.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if (start, end) in spans:
            continue  # a lexicon name, read already
        category = cues.get(text[match.start():start].casefold(), "other")
        found.append(Mention(start, end, name, name, "organization", category, origin="pattern"))
    return found


def recurring_names(text: str, known: list[Mention]) -> list[Mention]:
    """Every other place the document writes a name that context made an organization once ("la
    distribuidora ONErpm", then "Desde 2023, a ONErpm detém 20%"): the same surface, written the same
    way and standing alone as a word, is the same organization, even where nothing around it says so
    (at a sentence's start, beside a verb). Only names with a capital letter recur this way: a
    lower-case one ("innocent") is a common word outside the place its cue names it. The lexicon's
    names are found everywhere already; persons are left to coreference."""
    read = {m.text: m for m in known
            if m.origin != "lexicon" and m.type in ("organization", "platform") and any(c.isupper() for c in m.text)
            and len(m.text) > 1}
    if not read:
        return []
    taken = covered_characters(text, known)
    # (a word character of an unspaced script is no part of the name: "The Moorings于2024年" is the name again)
    word = rf"[^\W{script().unspaced}]"
    pattern = re.compile(rf"(?<!{word})(?<![&'\u2019.-])"
                         rf"(?:{alternation(sorted(read, key=len, reverse=True), stored=False)})(?!{word}|[&'\u2019-])")
    found = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        first = read[match.group()]
        found.append(Mention(start, end, match.group(), first.name, first.type, first.category, origin="pattern"))
    return found


@cache
def _han_then_latin(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A run of Han characters and, in brackets right after it (or after the quotation mark that closes
    the Han name: "“球势数据”（SportPulse）"), a capitalised Latin-script name."""
    if is_spaced(lexicon):
        return None
    chars = script()
    opening, closing = re.escape(chars.open_brackets), re.escape(chars.close_brackets)
    closing_quotes = re.escape("".join(chars.quotations.values()))
    return re.compile(rf"(?P<han>[{chars.han}]{{2,12}})[{closing_quotes}]?[{opening}]"
                      rf"(?P<latin>[A-Z][\w&'\u2019.\- ]{{1,40}}?)[{closing}]")


def bracketed_latin_names(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """Companies a Chinese text names in Han and then, in one Latin word in brackets, with no suffix
    that would say so ("日本电商乐天（Rakuten）"): the Latin name is the organization's. Not a name of
    two or more words, which is as often a person's ("梁柱（Cussion Pang）") as a company's, unless an
    ampersand joins them, as no person's name is ("豪瑟沃斯（Hauser & Wirth）"); nor one
    with a name dot in the Han or a known given name; nor an acronym in capitals alone, which names
    figures as often ("月活跃用户（MAU）")."""
    pattern = _han_then_latin(lexicon)
    if pattern is None:
        return []
    dots = script().name_dots
    taken = covered_characters(text, known)
    found = []
    for match in pattern.finditer(text):
        start, end = match.span("latin")
        latin, han = match.group("latin").strip(), match.group("han")
        words = latin.split()
        if any(taken[match.start():match.end()]) or latin.isupper() or any(d in han for d in dots) \
                or is_first_name(words[0]) or (len(words) > 1 and "&" not in words):
            continue
        end = start + len(latin)
        found.append(Mention(start, end, latin, latin, "organization", "other", origin="pattern"))
    return found


@cache
def _han_before_known(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """A run of Han characters that opens a line or follows a punctuation mark, and the bracket that opens
    a Latin-script name after it ("。世界橄榄球总会（World Rugby）"): the marks give the Han name's ends."""
    if is_spaced(lexicon):
        return None
    chars = script()
    breaks = "".join(str(w) for w in lexicon.section("names").get("breaks") or [])
    return compiled(rf"(?:^|(?<=[{re.escape(chars.name_breaks)}\s]))(?P<han>(?![{re.escape(breaks)}])[{chars.han}]"
                    rf"(?:(?![{re.escape(breaks)}])[{chars.han}]){{1,{_MOST_GLOSSED - 1}}})"
                    rf"[{re.escape(chars.open_brackets)}](?=[A-Za-z])")


def han_names_of_known(text: str, lexicon: LanguageLexicon, known: list[Mention]) -> list[Mention]:
    """The Chinese name a text gives a known organization or platform whose Latin-script name it writes in
    brackets right after it ("世界橄榄球总会（World Rugby）", where the gazetteer lists only "World Rugby"),
    there and wherever the text writes that Chinese name again: the brackets say the two are one name. The
    Han name must open a line or follow a punctuation mark, so that no words before it are taken in."""
    pattern = _han_before_known(lexicon)
    if pattern is None:
        return []
    by_start = {m.start: m for m in known if m.type in ("organization", "platform")}
    taken = covered_characters(text, known)
    named: dict[str, Mention] = {}
    for match in pattern.finditer(text):
        start, end = match.span("han")
        latin = by_start.get(end + 1)
        if latin is not None and not any(taken[start:end]) and text[latin.end:latin.end + 1] in _CLOSING:
            named.setdefault(match.group("han"), latin)
    found = []
    for han, latin in named.items():
        for at in (m.start() for m in re.finditer(re.escape(han), text)):
            if not any(taken[at:at + len(han)]):
                taken[at:at + len(han)] = b"\x01" * len(han)
                found.append(Mention(at, at + len(han), han, latin.name, latin.type, latin.category, origin="pattern"))
    return found
