"""Entity mentions: lexicon entries first, then names discovered in the text.

1. The domain lexicon (Aho-Corasick over every alias, any script).
2. Capitalised name sequences, typed by the language's cues: organization suffixes and prefixes ("... Museum",
   "Musée ...", "... S.p.A."), platform cue words ("the app X"), and person cues in the sentence (a role title,
   a speech verb, a quotation). A sequence that has no cue is left out rather than guessed.
3. In Chinese, organizations by their suffix (博物馆, 集团) and persons between a
   title and a speech verb (总裁吴晨表示), transliterations with "·" included.
4. Where a spaCy pipeline for the language is installed, the persons it sees
   that pass the same checks (``spacy_candidates.py``).

A name sequence that wraps a brand from the lexicon and has a person cue is the
person ("Giorgio Armani"), while the brand alone stays the organization.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial

from crossreach.domain import AliasHit, DomainLexicon
from crossreach.lexicon import LanguageLexicon, script
from crossreach.models import PLATFORM_CATEGORY, Mention, Sentence, covered_characters
from crossreach.recognise.capital_runs import CAPITALISED, CAPITALISED_OPENS, sequences, split_runs
from crossreach.recognise.common_words import all_common, lower_case_words, names_none, written_lower
from crossreach.recognise.context_names import context_names
from crossreach.recognise.cued_names import (
    bracketed_latin_names,
    han_names_of_known,
    names_after_cues,
    recurring_names,
)
from crossreach.recognise.entity_rules import (
    EntityRules,
    cue_apposes,
    department_may_close,
    employer_phrase_ends,
    entity_rules,
    without_possessive,
)
from crossreach.recognise.han_tail_names import han_tail_names
from crossreach.recognise.institution_names import institution_names
from crossreach.recognise.longer_names import known_name_continued
from crossreach.recognise.person_names import chinese_names, is_common_first_name, is_first_name
from crossreach.recognise.place_mentions import placed, split_places
from crossreach.recognise.positioned_names import positioned_names
from crossreach.recognise.rival_names import rival_names
from crossreach.recognise.spacy_candidates import spacy_persons

_WORD_BEFORE = re.compile(r"(\S+) $")
#: A comma or semicolon (plain, full-width or ideographic) inside the brackets after a Han name: what
#: follows it restates the name short ("（Dansk Industri，DI）"), so the name ends before it.
_LATIN_RESTATEMENTS = re.compile(f"[{re.escape(script().commas + script().semicolons)}\u3001]")
_QUOTE_MARKS = script().quote_marks
#: The quotation marks as a set: whether a text holds one is asked of its characters in one C loop.
_QUOTE_SET = frozenset(_QUOTE_MARKS)
#: A quotation mark right before a name, or before one word that opens it ("“China Government ...").
_QUOTE_OPENS_BEFORE = re.compile(rf"[{re.escape(_QUOTE_MARKS)}](?:[^\W\d_]+ )?\s*$")
#: A Han name in brackets right after a Latin one, with no name dot, up to the bracket or comma that ends it
#: ("DP World Tour（欧洲巡回赛，...）"): a company's or an event's Chinese name; a person's has a dot
#: between its parts ("James Whitfield（詹姆斯·惠特菲尔德）").
_HAN_GLOSS = re.compile(rf"\s*[{re.escape(script().open_brackets)}](?P<han>[{script().han}]+)"
                        rf"[{re.escape(script().close_brackets + script().commas)}\u3001]")
#: The longest Han gloss that may be a Chinese person's own name, when it opens with a family name.
_HAN_PERSON_CHARACTERS = 3
#: An elided article glued to a lower-case word ("L'obiettivo"): a common noun opening its sentence, no name.
_ELIDED_NOUN = re.compile(r"[^\W\d_]{1,3}['\u2019](?=[^\W\d_])(?!\w*[A-Z])[^\W\d_]")
#: Initials standing for given names ("H.P.", "J.").
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2}")
#: A person's name has two to four words.
_PERSON_WORDS = range(2, 5)
#: A word whose last part is lower case ("Shanghai-based"): an adjective, no employer's name.
_HYPHENED_ADJECTIVE = re.compile(r"-[a-z]+$")
#: What stands for a capitalised run that is no name, in a list of names (``_listed_persons``).
_NOT_NAMED = Mention(0, 0, "", "", "other")
#: The most words of a name an employer's title phrase makes an organization; how far back that phrase is read.
_EMPLOYER_WORDS, _EMPLOYER_REACH = 4, 90


def recognise_mentions(
    text: str, sentences: list[Sentence], lexicon: LanguageLexicon, domain: DomainLexicon
) -> list[Mention]:
    """Every entity mention in ``text``, in order of its start offset."""
    rules, hits = entity_rules(lexicon), list(domain.find(text, entity_rules(lexicon).case_endings, lexicon.code))
    mentions = [Mention(h.start, h.end, text[h.start:h.end], h.entity.name, h.entity.type, h.entity.category)
                for h in _with_context(text, sentences, hits, rules)]
    common = lower_case_words(text)
    mentions, places = split_places(mentions)  # (places yield to the names that hold them: place_mentions.py)
    known = sorted(mentions, key=lambda m: m.start)
    known_starts = [m.start for m in known]
    for sentence in sentences:
        local = known[bisect_left(known_starts, sentence.start):bisect_left(known_starts, sentence.end)]
        mentions.extend(m for m in _discovered(text, sentence, rules, local, common)
                        if not names_none(m.text, m.type == "person", common, rules.owner_nouns))
    if rules.han_person_re is not None:
        mentions.extend(_han_names(text, rules, mentions))
    mentions.extend([*names_after_cues(text, lexicon, mentions), *bracketed_latin_names(text, lexicon, mentions)])
    mentions.extend(han_names_of_known(text, lexicon, mentions))  # (世界橄榄球总会（World Rugby）: cued_names.py)
    mentions.extend(_spacy_names(text, sentences, lexicon.code, rules, mentions, common))
    mentions.extend(institution_names(text, lexicon, [*mentions, *places]))  # (parks, clubs: institution_names.py)
    mentions.extend(han_tail_names(text, lexicon, [*mentions, *places]))  # (博裕资本: han_tail_names.py)
    mentions.extend(rival_names(text, lexicon, mentions))
    kept = _without_overlaps(placed(mentions, places, text, rules.origin_cue_re))
    mentions = [*kept, *context_names(text, lexicon, kept, common)]
    mentions.extend(positioned_names(text, sentences, lexicon, [*mentions, *places], common))
    return _without_overlaps([*mentions, *recurring_names(text, mentions)])


def _with_context(text: str, sentences: list[Sentence], hits: list[AliasHit], rules: EntityRules) -> list[AliasHit]:
    """The lexicon hits, without those of names that are also common words ("On", "Next") when
    nothing around them says they are the brand: kept when the document names the same entity
    another way, when they stand in a list beside other known names, or right after a cue noun
    ("the brand On"). A name that context confirms once is the brand throughout the document
    ("Celtic and Rangers" in the headline: "while rivals Rangers count ..." later); it opens a
    sentence as the brand only when the document never writes it in lower case ("Celtic, the
    champions, ..." but not "On Monday ...")."""
    if not any(h.ambiguous for h in hits):
        return hits
    plain = {h.entity.name for h in hits if not h.ambiguous}
    starts = [s.start for s in sentences]

    def opens_sentence(hit: AliasHit) -> bool:
        opening = text[starts[max(0, bisect_right(starts, hit.start) - 1)] if starts else 0:hit.start]
        return not opening.strip(" \t\"“”«»„'‘’-–—(")

    def in_context(index: int, hit: AliasHit) -> bool:
        # Listed beside another known name ("Celtic and Rangers", "Nike, On und Adidas").
        neighbours = [hits[i] for i in (index - 1, index + 1)
                      if 0 <= i < len(hits) and not (hits[i].ambiguous and opens_sentence(hits[i]))]
        listed = any(rules.list_joiner_re.fullmatch(text, min(hit.end, n.end), max(hit.start, n.start))
                     for n in neighbours)
        before = text[max(0, hit.start - 30):hit.start]  # (a cue noun as for unknown names: "el diario economico X")
        cue = _ends_with_cue(before, rules.confirm_cue_re or rules.org_cue_re, rules.org_cue_slack)
        cued = cue is not None and cue_apposes(before, cue, text[hit.start:hit.end], rules)
        return not opens_sentence(hit) and (hit.entity.name in plain or listed or cued)

    confirmed = {hit.entity.name for index, hit in enumerate(hits) if hit.ambiguous and in_context(index, hit)}
    lower: dict[str, bool] = {}  # a word's answer once a document, however often it opens a sentence
    kept = []
    for hit in hits:
        if hit.ambiguous and hit.entity.name not in confirmed:
            continue
        if hit.ambiguous and opens_sentence(hit):
            word = text[hit.start:hit.end]
            if word not in lower:
                lower[word] = written_lower(text, word)
            if lower[word]:
                continue
        kept.append(hit)
    return kept


def _spacy_names(text: str, sentences: list[Sentence], lang: str, rules: EntityRules, known: list[Mention],
                 common: frozenset[str]) -> list[Mention]:
    """Persons an installed spaCy pipeline found that no rule did, kept only where the rules' own
    checks agree: a person's shape, and written as people's names are."""
    found: list[Mention] = []
    starts = [s.start for s in sentences]
    ordered = sorted(known, key=lambda m: m.start)
    known_starts = [m.start for m in ordered]
    longest = max((m.end - m.start for m in ordered), default=0)

    def overlaps_known(start: int, end: int) -> bool:
        index = bisect_left(known_starts, end)  # those starting before the end, nearest first
        while index > 0 and known_starts[index - 1] >= start - longest:
            index -= 1
            if ordered[index].end > start:
                return True
        return False

    for start, end in spacy_persons(text, lang):
        surface = text[start:end]
        words = surface.split()
        if "\n" in surface or overlaps_known(start, end) or not words \
                or words[0] in rules.stop_words or len(words) not in _PERSON_WORDS \
                or not _looks_like_person(words, rules) or all_common(surface, common):
            continue
        sentence = sentences[max(0, bisect_right(starts, start) - 1)]
        if not _written_unlike_a_person(text, start, end, sentence, rules):
            found.append(Mention(start, end, surface, surface, "person", None, origin="spacy"))
    return found


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first where mentions overlap; persons win over the brands they contain."""
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.origin != "lexicon"))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _discovered(text: str, sentence: Sentence, rules: EntityRules, known: list[Mention],
                common: frozenset[str] = frozenset()) -> list[Mention]:
    if CAPITALISED_OPENS.search(sentence.text, 1) is None:
        return []  # no capitalised word but the first, which alone names nothing: a fifth of the sentences
    read: list[bool] = []  # the answer, once asked (a plain memo: functools.cache costs more per sentence)

    def person_cue() -> bool:  # read only for a name that could be a person's
        if not read:
            read.append(bool(not _QUOTE_SET.isdisjoint(sentence.text) or rules.person_cue_re.search(sentence.text)
                             or rules.speech_re.search(sentence.text)))  # (the quick check first)
        return read[0]

    found: list[Mention] = []
    untyped: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    local = [m for m in known if sentence.start <= m.start < sentence.end]
    whole = sentence.text.strip()
    runs = split_runs(text, sequences(text, sentence, rules, {m.end for m in local}), sentence, rules, common)
    for start, end, words, honorific in runs:
        surface = without_possessive(text[start:end].rstrip("."), rules)
        end = start + len(surface)
        words = [without_possessive(w, rules) for w in words]
        inside = [m for m in local if m.start >= start and m.end <= end]
        if inside and inside[0].start == start and inside[-1].end == end and len(inside) == 1:
            continue  # exactly a lexicon entry
        if (len(words) == 1 and start == sentence.start) or surface == whole:
            continue  # a capitalised word opening a sentence, or a line that is only a name (a masthead)
        if len(words) == 1:  # (no cue noun, title or given name inside one word to split the name at)
            mention = _typed(surface, start, end, words, rules, person_cue, inside, text, sentence, common)
            if mention is not None:
                found.append(mention)
            else:
                others.append((start, end))
            continue
        if honorific is not None and len(words) in _PERSON_WORDS and _looks_like_person(words, rules) and not inside:
            found.append(Mention(start, end, surface, surface, "person", None, origin="pattern", title=honorific))
            continue
        cued = _capitalised_cue(text, start, words, rules) or _employer_in_run(text, start, words, rules, common)
        if cued is not None and len(text[cued[0]:end].split()) <= _EMPLOYER_WORDS \
                and not any(m.end > cued[0] for m in inside):
            # A cue noun that is capitalised, as German writes nouns ("Kreativagentur Blauwerk",
            # "Kölner Sportmarketing-Agentur Mediapulse Sports").
            name_start, category = cued
            found.append(Mention(name_start, end, text[name_start:end], text[name_start:end], "organization",
                                 category, origin="pattern"))
            continue
        titled = _person_after_title(text, start, surface, rules, inside) \
            or _person_after_noun(text, start, end, words, rules, inside, common, sentence) \
            or _person_after_known(text, start, end, rules, inside, person_cue)
        if titled is not None:
            found.append(titled)
            continue
        mention = _typed(surface, start, end, words, rules, person_cue, inside, text, sentence, common) \
            or known_name_continued(text, start, end, inside, rules, common, sentence.text,
                                   partial(_cued, text, start, surface, rules))
        if mention is not None:
            found.append(mention)
        elif not inside and len(words) in _PERSON_WORDS and _looks_like_person(words, rules) \
                and not _written_unlike_a_person(text, start, end, sentence, rules) \
                and not _after_number(text, start, rules):
            if _named_like_a_person(words, rules, common, strict=True):
                # A known given name and a family name, or a pinyin name: a person without a cue.
                found.append(Mention(start, end, surface, surface, "person", None, origin="pattern"))
            else:
                untyped.append((start, end))
        else:
            others.append((start, end))
    return found + _listed_persons(text, untyped, others, found + local, rules)


def _capitalised_cue(text: str, start: int, words: list[str], rules: EntityRules) -> tuple[int, str] | None:
    """Where the name after a capitalised cue noun of a run starts, and the cue's category: the
    cue a word of the run is or ends with ("Agentur", "Sportmarketing-Agentur"), not its last word."""
    offset = start
    for word in words[:-1]:
        offset = text.index(word, offset) + len(word)
        cue = next((c for c in rules.capitalised_org_cues if word == c or word.endswith(("-" + c, c.lower()))),
                   None) if word in rules.capitalised_org_cues or word.endswith(rules.capitalised_cue_endings) else None
        if cue is not None:
            following = words[words.index(word) + 1]
            if following not in rules.connectors:  # (else the cue heads the name: "Verband der Spielwarenindustrie")
                return text.index(following, offset), rules.org_cues.get(cue.casefold(), "other")
    return None


def _employer_in_run(text: str, start: int, words: list[str], rules: EntityRules,
                     common: frozenset[str]) -> tuple[int, str] | None:
    """Where the employer's name starts in a run that holds a capitalised title and the word joining
    it to the employer, in a language that writes its nouns capitalised, as its capitalised cue nouns
    show ("Konsumgüteranalystin der Luzerner Kantonalbank"); elsewhere a capitalised title is followed
    by its department ("Chairman of Group Marketing"), unless it is an acronym ("CEO da QBRADA")."""
    if rules.employer_title_re is None:
        return None
    offset = start
    for index, word in enumerate(words[:-2]):
        offset = text.index(word, offset) + len(word)
        if words[index + 1] in rules.employer_links and rules.employer_title_re.fullmatch(word) \
                and (bool(rules.capitalised_org_cues) or word.isupper()):  # or an acronym: "CEO da QBRADA"
            name_start = text.index(words[index + 2], offset)
            return (name_start, "other") if not all_common(" ".join(words[index + 2:]), common) else None
    return None


def _named_like_a_person(words: list[str], rules: EntityRules, common: frozenset[str] = frozenset(),
                         strict: bool = False) -> bool:
    """Whether a name's words are a person's: a known given name first (not a word that opens place
    names, "San"), initials ("H.P. Baxxter"), or a pinyin name ("Ma Long", "Xiaoling Chen").
    ``strict``, for names with no cue at all: two or three words, the given name not a common word
    of the document and the family name not one either."""
    names = [w for w in words if w not in rules.name_particles]
    if len(names) < 2:
        return False
    if chinese_names().is_name(names):
        return True
    if " ".join(names) in chinese_names().not_names:
        return False  # "Hong Kong"
    first, last = names[0], names[-1]
    if strict and (len(names) > 3 or last.casefold() in common or first.casefold() in common
                   or last in rules.stop_words or last.isupper()):
        return False
    if _INITIALS.fullmatch(first):
        return not strict
    if strict and (not is_common_first_name(first) or is_common_first_name(last)):
        return False  # "Asia Pacific" (a rare given name), "Mona Lisa" (two given names: a title)
    return is_first_name(first) and first not in rules.place_openers and first not in rules.stop_words


def _person_after_title(text: str, start: int, surface: str, rules: EntityRules,
                        inside: list[Mention]) -> Mention | None:
    """The person closing a capitalised run that holds a title ("LVMH Global Brand Officer Mathilde
    Delhoume"): the title is the cue, the words after it the name."""
    if " " not in surface:
        return None  # (one word: no name can follow a title inside it)
    titles = list(rules.title_re.finditer(surface))
    last_title = titles[-1] if titles else None
    if last_title is None or last_title.end() >= len(surface) or surface[last_title.end()] != " ":
        return None
    name_start = start + last_title.end() + 1
    name = text[name_start:start + len(surface)]
    words = name.split()
    if len(words) not in _PERSON_WORDS or not _looks_like_person(words, rules) \
            or any(m.end > name_start for m in inside) or not _named_like_a_person(words, rules):
        return None
    return Mention(name_start, name_start + len(name), name, name, "person", None, origin="pattern",
                   title=last_title.group())


def _person_after_noun(text: str, start: int, end: int, words: list[str], rules: EntityRules,
                       inside: list[Mention], common: frozenset[str], sentence: Sentence) -> Mention | None:
    """The person closing a capitalised run, after words that are no part of the name, where the
    name starts with a common given name or is a pinyin name ("Pressesprecher Hans Meier",
    "Kuaishous Sportchef Chen Siyuan", "Kuratorin Wang Yue"): the word before the name is kept as
    the title, unless it is a common word of the document ("Wenn Timo Boll")."""
    for split in range(1, len(words) - 1):
        name = words[split:]
        if len(name) > 3 or words[split - 1] in rules.connectors or name[0].casefold() in rules.name_particles \
                or words[split - 1] in rules.place_openers:
            continue  # (nor "Perfetti Van Melle", "São José dos Pinhais": the word before opens the same name)
        pinyin = chinese_names().is_name(name)
        if pinyin and chinese_names().is_pinyin(words[split - 1]):
            continue  # "Yue Sheng Shi" is one name, not a title and a name
        # (a title glued into a compound before the name says it is a person's: "Festivalsprecherin Juliane Obermaier")
        titled = rules.employer_title_re is not None and split == 1 and len(name) in (2, 3) \
            and rules.employer_title_re.fullmatch(words[0]) is not None and _looks_like_person(name, rules)
        if not pinyin and not titled and (is_first_name(words[split - 1]) or not is_common_first_name(name[0])
                                          or is_common_first_name(name[-1]) or not _looks_like_person(name, rules)):
            continue
        name_start = start
        for word in words[:split]:
            name_start = text.index(word, name_start) + len(word)
        name_start = text.index(name[0], name_start)
        if any(m.end > name_start for m in inside) or _written_unlike_a_person(text, name_start, end, sentence, rules):
            return None
        lead = words[split - 1]
        title = None if lead in rules.stop_words or lead.casefold() in common or any(
            m.start <= name_start - len(lead) - 1 < m.end for m in inside) else lead
        return Mention(name_start, end, text[name_start:end], text[name_start:end], "person", None,
                       origin="pattern", title=title)
    return None


def _person_after_known(text: str, start: int, end: int, rules: EntityRules, inside: list[Mention],
                        person_cue: Callable[[], bool]) -> Mention | None:
    """The person closing a capitalised run that opens with a name the gazetteer knows, the outlet a
    person speaks to ("afirmou à Lusa Teresa Valadares", "ha explicado a EFE Nayra Castellano Díaz"):
    no person's name holds an organization's, so the words after it are the person's when the sentence
    has a person cue and they are named like a person or a title follows them after a comma."""
    if len(inside) != 1 or inside[0].start != start or inside[0].type not in ("organization", "platform") \
            or text[inside[0].end:inside[0].end + 1] != " ":
        return None
    name_start = inside[0].end + 1
    words = text[name_start:end].split()
    if len(words) not in _PERSON_WORDS or not _looks_like_person(words, rules) \
            or any(w in rules.stop_words for w in words) or not person_cue():
        return None
    titled = text[end:end + 2] == ", " and rules.title_re.match(text, end + 2) is not None
    if not (titled or _named_like_a_person(words, rules)):
        return None
    return Mention(name_start, end, text[name_start:end], text[name_start:end], "person", None, origin="pattern")


def _written_unlike_a_person(text: str, start: int, end: int, sentence: Sentence, rules: EntityRules) -> bool:
    """Whether a person-shaped name is written as people's names are not: in quotation marks
    ("“Smart City”"), after a definite article ("the General Office"), as the department of a
    title ("Chairman of Group Marketing and Global Branding"), or before a Chinese name with no name
    dot in brackets (``_HAN_GLOSS``)."""
    before = text[max(sentence.start, start - 150):start]
    quoted = text[end:end + 2].lstrip()[:1] in _QUOTE_MARKS and bool(_QUOTE_OPENS_BEFORE.search(before))
    if rules.han_person_re is not None and (gloss := _HAN_GLOSS.match(text, end)) is not None \
            and not (len(gloss.group("han")) <= _HAN_PERSON_CHARACTERS
                     and gloss.group("han").startswith(chinese_names().han_surnames)):
        return True  # (read in an unspaced script's text, where a foreign person's name has the dot)
    # (An article ends the text but for spaces: it is looked for from as far back as the longest one.)
    articles_from = 0 if rules.article_reach is None else max(0, len(before.rstrip()) - rules.article_reach)
    return quoted or bool(rules.article_re.search(before, articles_from)
                          or (department_may_close(before, rules) and rules.title_department_re.search(before)))


def _listed_persons(text: str, untyped: list[tuple[int, int]], others: list[tuple[int, int]],
                    named: list[Mention], rules: EntityRules) -> list[Mention]:
    """Names in a list with a person ("Chris Lee, Valentina La Rocca, Wu Lei e Fiammetta Terlizzi")
    are persons too, as are three or more names shaped like persons listed together with nothing
    else ("Internet of Things, Data Science, Smart Retail" is a list of topics). ``untyped`` are the
    person-shaped names of one sentence, ``others`` its other capitalised runs, ``named`` the typed ones."""
    if not untyped:
        return []  # (only a name no cue typed is made a person here)
    not_named = _NOT_NAMED
    items = sorted([(s, e, None) for s, e in untyped] + [(s, e, not_named) for s, e in others]
                   + [(m.start, m.end, m) for m in named], key=lambda item: item[0])
    runs: list[list[tuple[int, int, Mention | None]]] = []
    for item in items:
        if runs and rules.list_joiner_re.fullmatch(text, runs[-1][-1][1], max(item[0], runs[-1][-1][1])):
            runs[-1].append(item)
        else:
            runs.append([item])
    persons: list[Mention] = []
    for run in runs:
        shaped = [(s, e) for s, e, m in run if m is None and _named_like_a_person(text[s:e].split(), rules)]
        has_person = any(m is not None and m.type == "person" for _, _, m in run)
        if shaped and (has_person or (len(shaped) >= 3 and len(shaped) == len(run))):
            persons.extend(Mention(s, e, text[s:e], text[s:e], "person", None, origin="pattern") for s, e in shaped)
    return persons


def _typed(surface: str, start: int, end: int, words: list[str], rules: EntityRules, person_cue: Callable[[], bool],
           inside: list[Mention], text: str, sentence: Sentence, common: frozenset[str] = frozenset()
           ) -> Mention | None:
    last, first = words[-1].rstrip("."), words[0]
    if surface.startswith(rules.org_prefix_openings) or (len(words) > 1 and surface in rules.org_prefixes):
        for prefix, category in rules.org_prefixes.items():
            if surface.startswith(prefix + " ") or (surface == prefix and len(words) > 1):
                start = _opened_at(text, start, rules)  # "Chinese Academy of Agricultural Sciences"
                return Mention(start, end, text[start:end], text[start:end], "organization", category, origin="pattern")
    if last in rules.org_suffixes and len(words) > 1 and rules.title_re.match(surface) is None \
            and _ELIDED_NOUN.match(first) is None:  # (not "L'obiettivo di QC Terme": a noun, then the name)
        # (not a title's department, "Chairman of Group Marketing"; not the words before a known name
        # that closes with the suffix itself, "Tochter JD Logistics": they are no part of it)
        if inside and inside[-1].end == end and inside[-1].start > start \
                and inside[-1].type in ("organization", "platform"):
            return None
        if inside and inside[0].type in ("organization", "platform") and inside[0].start == start \
                and last in rules.legal_forms:
            lexicon_entity = inside[0]  # "Burberry Group": another name of the lexicon entity
            return Mention(start, end, surface, lexicon_entity.name, lexicon_entity.type, lexicon_entity.category)
        start = _opened_at(text, start, rules)  # "China Human Organ Donation Administrative Center"
        surface = text[start:end]
        return Mention(start, end, surface, surface, "organization", rules.org_suffixes[last], origin="pattern")
    if not inside and len(words) <= 3 and first not in rules.stop_words:
        # "la piattaforma X", "X app": right beside the name ("Dalla piattaforma, Zhang Yifan" is no platform).
        before, after = text[max(0, start - 16):start], text[end:end + 14]
        if _ends_with_cue(before, rules.platform_cue_re, slack=0) or rules.platform_cue_re.match(after.lstrip(" -")):
            return Mention(start, end, surface, surface, "platform", PLATFORM_CATEGORY, origin="pattern")
    before = text[max(0, start - 30):start]
    org_cue = _ends_with_cue(before, rules.org_cue_re, rules.org_cue_slack) if not inside and len(words) <= 4 else None
    if org_cue is not None and (org_cue[0].islower() or org_cue in rules.stop_words) \
            and cue_apposes(before, org_cue, surface, rules):  # (a stop word opens no run: "die Marke X")
        category = rules.org_cues.get(org_cue.casefold(), "other")
        return Mention(start, end, surface, surface, "organization", category, origin="pattern")
    if len(words) > 1 and not inside and any(word.rstrip(".") in rules.event_nouns for word in words):
        return Mention(start, end, surface, surface, "event", None, origin="pattern")  # "Paris Fashion Week"
    if not inside and len(words) <= _EMPLOYER_WORDS and _employs(text, start, end, rules, common):
        # "analyst at X"; "diretora de Negócios da X": the department, then the employer after its link
        links = [i for i, word in enumerate(words[:-1]) if i and word in rules.employer_links]
        if links:
            start = text.index(words[links[-1] + 1], text.index(f" {words[links[-1]]} ", start))
        return Mention(start, end, text[start:end], text[start:end], "organization", "other", origin="pattern")
    if len(words) not in _PERSON_WORDS or not _looks_like_person(words, rules) or _after_number(text, start, rules):
        return None
    near = text[max(0, start - 40):start] + " | " + text[end:end + 40]
    local_cue = not _QUOTE_SET.isdisjoint(near) or rules.person_cue_re.search(near) or rules.speech_re.search(near)
    if local_cue and person_cue() and not _written_unlike_a_person(text, start, end, sentence, rules):
        if inside and (len(inside) > 1 or inside[0].start == start
                       or (inside[0].end != end and not is_common_first_name(words[0]))):
            return None  # a lexicon name inside, not as a family name after a given name: not a person
        title = _ends_with_cue(text[max(0, start - 40):start], rules.title_re, slack=2)
        said = _ends_with_cue(text[max(0, start - 30):start], rules.speech_re, slack=2)
        if title is None and said is None and not _named_like_a_person(words, rules, common):
            return None  # "Chinesische Kundinnen", "Bolls Popularität": no given name, no title or verb before
        return Mention(start, end, surface, surface, "person", None, origin="pattern", title=title)
    return None


def _cued(text: str, start: int, name: str, rules: EntityRules) -> bool:
    """Whether a cue noun introduces the name at ``start`` ("l'importadora X", "the app X")."""
    before = text[max(0, start - 30):start]
    cue = _ends_with_cue(before, rules.org_cue_re, rules.org_cue_slack)
    return (cue is not None and cue_apposes(before, cue, name, rules)) \
        or _ends_with_cue(text[max(0, start - 16):start], rules.platform_cue_re, slack=0) is not None


def _employs(text: str, start: int, end: int, rules: EntityRules, common: frozenset[str]) -> bool:
    """Whether a name closes a title phrase that says whom a person works for ("an analyst at
    Qingyun Data", "consultante chez Lanbo Insights", "partner di SportsBridge Asia"): then it is
    an organization, unless all its words are common words of the document ("head of Digital
    Sales": a department) or a cue noun follows it ("the Beijing consultancy X": a place that
    qualifies the employer named after it)."""
    name = text[start:end]
    # (the words right before the name first: they rule out most names at the cost of a split)
    if rules.employer_re is None or not employer_phrase_ends(text, start, _EMPLOYER_REACH, rules) \
            or all_common(name, common) or _HYPHENED_ADJECTIVE.search(name) \
            or rules.org_cue_re.match(text[end:end + _EMPLOYER_REACH].lstrip()):
        return False
    return rules.employer_re.search(text, max(0, start - _EMPLOYER_REACH), start) is not None


def _after_number(text: str, start: int, rules: EntityRules) -> bool:
    """Whether a number or its scale stands right before a name ("2,1 Milliarden Yuan Jahresumsatz"):
    the word is the number's unit, no person's given name."""
    match = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return match is not None and (match.group(1).casefold() in rules.scales or match.group(1)[-1:].isdigit())


def _ends_with_cue(before: str, cue_re: re.Pattern[str], slack: int = 4) -> str | None:
    """The cue word standing right before a name ("the app X", "the agency, X"), at most ``slack``
    characters of punctuation or article between them."""
    tail = before.rstrip()
    closing = len(tail) - slack
    for match in cue_re.finditer(tail):  # (a plain loop: asked of most capitalised runs, several times)
        if match.end() >= closing:
            return match.group()
    return None


def _opened_at(text: str, start: int, rules: EntityRules) -> int:
    """Where an organization's name starts once the opening words that stop a name alone are
    taken back in ("China" before "Human Organ Donation Administrative Center")."""
    while (match := _WORD_BEFORE.search(text, max(0, start - 40), start)) and match.group(1) in rules.name_openers:
        start = match.start(1)
    return start


def _looks_like_person(words: list[str], rules: EntityRules) -> bool:
    if any(not CAPITALISED.fullmatch(w) and w not in rules.name_particles for w in words):
        return False  # "Nike and Adidas", "Angebote der Tate": joined by more than a name particle
    if words[0].casefold() in rules.name_articles:
        return False  # "The Moorings": a given name of some country ("The"), but here the article of a title
    capitalised = [w for w in words if w not in rules.name_particles]
    # (a word of letters only holds no digit, no character being both: the character loop is for the others)
    if any(w in rules.org_suffixes or (not w.isalpha() and any(ch.isdigit() for ch in w)) for w in capitalised):
        return False
    if any(w.isupper() and len(w) > 3 for w in capitalised):
        return False  # all-capital words are acronyms, not names
    return len(capitalised) >= 2


def _han_names(text: str, rules: EntityRules, known: list[Mention]) -> list[Mention]:
    found = []
    assert rules.han_person_re is not None and rules.han_org_re is not None
    assert rules.han_surname_person_re is not None
    taken = covered_characters(text, known)
    known_taken = bytes(taken)
    for match in [*rules.han_person_re.finditer(text), *rules.han_surname_person_re.finditer(text)]:
        start, end = match.span("name")
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append(Mention(start, end, match.group("name"), match.group("name"), "person", origin="pattern",
                                 title=match.groupdict().get("title")))
    if rules.han_employer_re is not None:
        for match in rules.han_employer_re.finditer(text):
            start, end = match.span("org")
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                han = match.group("org")
                suffix = next((s for s in sorted(rules.org_suffixes, key=len, reverse=True) if han.endswith(s)), "")
                found.append(Mention(start, end, han, han, "organization", rules.org_suffixes.get(suffix, "other"),
                                     origin="pattern"))
    for match in rules.han_org_re.finditer(text):
        start, end = match.start(), match.start("latin") - 1
        if any(known_taken[start:end]):
            continue
        han = text[start:end]
        suffix = next(s for s in sorted(rules.org_suffixes, key=len, reverse=True) if han.endswith(s))
        # (a cue noun inside says what the name after it is: 瑞士邮轮公司地中海邮轮 is 地中海邮轮)
        cue_end = max((han.rfind(c, 0, len(han) - len(suffix)) + len(c) for c in rules.org_cues
                       if c in han[:len(han) - len(suffix)]), default=0)
        if cue_end and len(han) - len(suffix) - cue_end >= 2:
            start, han = start + cue_end, han[cue_end:]
        latin = _LATIN_RESTATEMENTS.split(match.group("latin"), 1)[0].strip()  # "（Dansk Industri，DI）"
        found.append(Mention(start, end, han, latin, "organization", rules.org_suffixes[suffix], origin="pattern"))
    return found
