"""Owners: candidates, hard constraints, the ranker and its weights, noun phrases as subjects."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from crossreach.models import Mention, Metric, Sentence
from crossreach.relate.owner_cutoffs import Cutoffs
from crossreach.relate.owners import (
    FEATURES,
    NAMED_CONFIDENCE,
    PHRASE_CONFIDENCE,
    Candidate,
    Ranker,
    choose,
    load_ranker,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def _metrics(extract_text, lang: str, text: str, published: str | None = None) -> list[Metric]:
    return [f for f in extract_text(lang, text, published).facts if isinstance(f, Metric)]


OWNED = [
    # A wire agency in the dateline reports the figure; it does not own it.
    ("en", "LONDON, May 3 (Reuters) - Burberry now has 2.6 million followers on WeChat.", "Burberry"),
    # Nor does an agency a figure is credited to ("according to", "secondo", "据").
    ("en", "Gucci drew 1.2 million viewers on Douyin, according to Xinhua.", "Gucci"),
    ("it", "Secondo Reuters, Prada ha superato 2 milioni di follower su Weibo.", "Prada"),
    ("zh", "据新华社报道，故宫博物院在抖音的直播吸引了380万人次观看。", "Palace Museum"),
    # An outlet a figure was told to is a listener.
    ("en", "Burberry told Reuters its WeChat account now has 2.6 million followers.", "Burberry"),
    # A platform does not own a brand's audience measured on it.
    ("pt", "A Burberry tem cerca de 2,6 milhões de seguidores no WeChat.", "Burberry"),
    # An executive named with a title does not own the company's revenue.
    ("en", "Burberry, led by chief executive Jonathan Akeroyd, reported revenue of £2.9 billion.", "Burberry"),
    # A name in an apposition or relative clause before the figure is a bystander, not the owner.
    ("en", "Lotus Technology, which is controlled by Geely, opened 20 stores and reported sales of "
           "679 million dollars.", "Lotus"),
    ("de", "Lotus Technology, das von Geely kontrolliert wird, meldete einen Umsatz von 679 Millionen Dollar.",
     "Lotus"),
    ("fr", "Lotus Technology, contrôlé par Geely, a réalisé un chiffre d'affaires de 679 millions de dollars.",
     "Lotus"),
    # Nor the ticket office of the house whose music director is named in passing.
    ("it", "La Fenice, guidata dal sovrintendente Marco Ferretti, ha chiuso il 2022 con ricavi per 21 milioni di euro.",
     "Teatro La Fenice"),
]


CITED = [
    # A source stays a source at its acronym in brackets, in every language.
    ("en", "Toys are booming. According to the Boston Consulting Group (BCG), sales of toys in China reached "
           "90 billion yuan in 2021."),
    ("fr", "Les jouets sont en plein essor. Selon le Boston Consulting Group (BCG), les ventes de jouets en Chine "
           "ont atteint 90 milliards de yuans en 2021."),
    ("it", "I giocattoli sono in crescita. Secondo il Boston Consulting Group (BCG), le vendite di giocattoli in "
           "Cina hanno raggiunto 90 miliardi di yuan nel 2021."),
]


@pytest.mark.parametrize(("lang", "text"), CITED)
def test_a_cited_source_owns_no_figure_at_its_other_mentions(extract_text, lang, text) -> None:
    assert all(m.subject != "Boston Consulting Group" for m in _metrics(extract_text, lang, text))
    assert any(m.name == "Boston Consulting Group" for m in extract_text(lang, text).mentions)


SOURCE_NAMED_BEFORE = [
    # The parent named in the lead, cited as the source in the figure's sentence, does not own the
    # figure from its earlier mention: the platform the noun points to does.
    ("it", "YouTube, controllata da Google, porta la Serie A in Cina: YouTube trasmetterà le partite.\n\n"
           "La piattaforma, che secondo Google supera i 2 miliardi di utenti attivi mensili, punta ora sul calcio.",
     "Google"),
    ("en", "YouTube, owned by Google, brings the Premier League to fans: YouTube will stream the matches.\n\n"
           "The platform, which according to Google has more than 2 billion monthly active users, will stream them.",
     "Google"),
    ("es", "YouTube, propiedad de Google, lleva LaLiga a sus usuarios: YouTube emitirá los partidos.\n\n"
           "La plataforma, que según Google supera los 2.000 millones de usuarios activos mensuales, emitirá "
           "los partidos.", "Google"),
    ("fr", "YouTube, filiale de Google, diffusera la Ligue 1: YouTube montrera les matchs.\n\n"
           "La plateforme, qui selon Google compte plus de 2 milliards d'utilisateurs actifs mensuels, diffusera "
           "les matchs.", "Google"),
    ("pt", "O YouTube, da Google, leva a Liga aos fãs: o YouTube vai transmitir os jogos.\n\n"
           "A plataforma, que segundo a Google ultrapassa 2 mil milhões de utilizadores ativos mensais, vai "
           "transmitir os jogos.", "Google"),
    # "Nach Informationen des ..." cites a newspaper: it does not own the sum it reports.
    ("de", "Der VfB Stuttgart verlängert mit Adidas.\n\nNach Informationen des „Handelsblatts“ zahlt der "
           "Ausrüster rund 10 Mio. Euro pro Jahr an den Klub.", "Handelsblatt"),
]


@pytest.mark.parametrize(("lang", "text", "source"), SOURCE_NAMED_BEFORE)
def test_a_source_cited_in_the_sentence_owns_no_figure_from_an_earlier_mention(extract_text, lang, text,
                                                                               source) -> None:
    metrics = _metrics(extract_text, lang, text)
    assert metrics and all(m.subject != source for m in metrics)


@pytest.mark.parametrize(("lang", "text", "owner"), OWNED)
def test_sources_platforms_and_executives_do_not_own_figures(extract_text, lang, text, owner) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject == owner


PHRASES = [
    ("en", "The museum drew 2.4 million viewers on Douyin.", "The museum"),
    ("it", "Il gruppo ha chiuso il 2023 con ricavi per 3,1 miliardi di euro.", "Il gruppo"),
    ("fr", "La plateforme revendique 260 millions d'utilisateurs actifs mensuels.", "La plateforme"),
    ("de", "Der Verein hat auf Weibo inzwischen 1,2 Millionen Follower.", "Der Verein"),
    ("es", "El club suma 4,3 millones de seguidores en Weibo.", "El club"),
    ("pt", "A marca tem 1,1 milhão de seguidores no Tmall.", "A marca"),
    ("zh", "该俱乐部的微博账号拥有612万粉丝。", "该俱乐部"),
    # Traditional script, and the bare "club" of Hong Kong and Taiwan sports pages.
    ("zh", "該品牌的微博帳號擁有612萬粉絲。", "該品牌"),
    ("zh", "球會目前微博粉絲約1,250萬。", "球會"),
    ("en", "The video was watched 5.6 million times on Douyin.", "The video"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), PHRASES)
def test_a_figure_without_a_named_owner_keeps_the_noun_phrase_as_subject(extract_text, lang, text, phrase) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject == phrase
    assert metric.confidence == PHRASE_CONFIDENCE


def test_a_named_owner_is_more_confident_than_a_noun_phrase(extract_text) -> None:
    [named] = _metrics(extract_text, "en", "Burberry drew 2.4 million viewers on Douyin.")
    [phrase] = _metrics(extract_text, "en", "The brand drew 2.4 million viewers on Douyin.")
    assert named.confidence > phrase.confidence


def test_an_owner_noun_resolves_to_the_entity_of_its_category_named_before(extract_text) -> None:
    text = "Burberry opened a store on Tmall in 2019. The brand now has 1.1 million followers there."
    [metric] = _metrics(extract_text, "en", text)
    assert metric.subject == "Burberry"


OPENING = [
    # A platform noun opening the sentence is its subject; the names of its relative clause are not.
    ("fr", "Kuaishou mise sur le basket européen. La plateforme, dont Tencent est actionnaire, "
           "revendique 380 millions d'utilisateurs actifs quotidiens.", "Kuaishou"),
    ("it", "Bilibili ha aperto un canale dedicato alla lirica. La piattaforma, in cui Alibaba ha una quota, "
           "conta 340 milioni di utenti attivi mensili.", "Bilibili"),
    # A name opening the sentence with an apposition owns its first figure; the apposition's names do not.
    ("en", "Glenmorangie, owned by LVMH since 2004, has 720,000 followers at its Tmall store.", "Glenmorangie"),
    ("it", "Marcolin, il gruppo che produce su licenza gli occhiali di Guess, ha chiuso l'11.11 con ordini per "
           "6,2 milioni di yuan.", "Marcolin"),
    # A brand noun points to the subject of the sentence before, not to a bystander at its end.
    ("de", "Hugo Boss wird von Daniel Grieder geführt, der zuvor bei Adidas war. "
           "Die Marke beschäftigt weltweit rund 17.000 Mitarbeiter.", "Hugo Boss"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), OPENING)
def test_an_owner_noun_opening_the_sentence_owns_its_figure(extract_text, lang, text, owner) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject == owner


TURNS = [
    # A semicolon or contrast word opens a part of the sentence about another subject: its first name
    # owns the figures after it, even with an apposition between the name and its figure.
    ("en", "Gucci has 1.18 million followers on Weibo; Prada, the Milan house, counts 640,000."),
    ("en", "Gucci has 1.18 million followers on Weibo, while Prada, the Milan house, counts 640,000."),
    ("fr", "Gucci compte 1,2 million d'abonnés sur Weibo, tandis que Prada, la maison milanaise, en affiche 640 000."),
    ("it", "Gucci ha 1,2 milioni di follower su Weibo, mentre Prada, la maison milanese, ne conta 640mila."),
    ("de", "Gucci hat auf Weibo 1,2 Millionen Follower, während Prada, das Mailänder Modehaus, auf 640.000 kommt."),
    ("es", "Gucci tiene 1,2 millones de seguidores en Weibo, mientras que Prada, la casa milanesa, suma 640.000."),
    ("pt", "A Gucci tem 1,2 milhão de seguidores no Weibo, enquanto a Prada, a grife milanesa, soma 640 mil."),
    ("zh", "Gucci在微博的粉丝约为120万；去年才开通账号的Prada，粉丝数约为64万。"),
]


@pytest.mark.parametrize(("lang", "text"), TURNS)
def test_a_turn_in_the_sentence_opens_the_part_of_another_owner(extract_text, lang, text) -> None:
    found = [(m.subject, m.kind) for m in _metrics(extract_text, lang, text)]
    assert found == [("Gucci", "followers"), ("Prada", "followers")]


BUT_TURNS = [
    # "But" opens a part about another subject too (``metrics.owner_turns``): the name after it owns
    # the figure after it, not the first name of the sentence.
    ("en", "Gucci has 1.18 million followers on Weibo, but Prada, the Milan house, already counts 640,000."),
    ("fr", "Gucci compte 1,2 million d'abonnés sur Weibo, mais Prada, la maison milanaise, en affiche déjà 640 000."),
    ("it", "Gucci ha 1,2 milioni di follower su Weibo, ma Prada, la maison milanese, ne conta già 640mila."),
    ("de", "Gucci hat auf Weibo 1,2 Millionen Follower, aber Prada, das Mailänder Modehaus, kommt auf 640.000."),
    ("es", "Gucci tiene 1,2 millones de seguidores en Weibo, pero Prada, la casa milanesa, ya suma 640.000."),
    ("pt", "A Gucci tem 1,2 milhão de seguidores no Weibo, mas a Prada, a grife milanesa, já soma 640 mil."),
    ("zh", "Gucci在微博的粉丝约为120万，但是去年才开通账号的Prada，粉丝数约为64万。"),
]


@pytest.mark.parametrize(("lang", "text"), BUT_TURNS)
def test_but_opens_the_part_of_another_owner(extract_text, lang, text) -> None:
    found = [(m.subject, m.kind) for m in _metrics(extract_text, lang, text)]
    assert found == [("Gucci", "followers"), ("Prada", "followers")]


def _candidate(**features: float) -> Candidate:
    return Candidate(Mention(0, 4, "Name", "Name", "organization"), dict(features))


#: The cut-offs of the hand-made rankers below (the defaults).
NO_OWNER, OUTSIDE_OWNER, UNSURE_MARGIN = Cutoffs().no_owner, Cutoffs().outside_owner, Cutoffs().unsure_margin
RANKER = Ranker(coef=tuple(4.0 if name == "rule" else 0.0 for name in FEATURES), intercept=-2.0)


@pytest.mark.parametrize(("found", "phrase", "expected"), [
    ([], None, None),                                             # nothing at all: no figure
    ([], ("the museum", "museum"), "the museum"),                  # no candidate: the phrase
    ([_candidate(rule=1.0)], ("the museum", "museum"), "Name"),    # a likely candidate wins
    ([_candidate()], ("the museum", "museum"), "the museum"),      # an unlikely one yields to the phrase
    ([_candidate()], None, None),                                  # ... or, with no phrase, to nothing
])
def test_choose_takes_a_likely_candidate_else_the_phrase(found, phrase, expected) -> None:
    choice = choose(RANKER, found, phrase)
    assert (None if choice is None else choice.mention.name if choice.mention else choice.phrase) == expected


#: A ranker under which the rules' pick alone is possible (above NO_OWNER) but not likely.
DOUBTFUL = Ranker(coef=tuple(1.4 if name == "rule" else 0.0 for name in FEATURES), intercept=-2.0)


@pytest.mark.parametrize(("found", "expected"), [
    ([_candidate(rule=1.0, in_sentence=1.0)], "Name"),   # named in the sentence: kept when possible
    ([_candidate(rule=1.0)], None),                      # named only before it: left out unless likely
])
def test_an_owner_from_outside_the_sentence_must_be_likely(found, expected) -> None:
    assert NO_OWNER < DOUBTFUL.probability(found[0]) < OUTSIDE_OWNER
    choice = choose(DOUBTFUL, found, None)
    assert (None if choice is None else choice.mention.name) == expected


def test_a_work_noun_yields_at_its_own_threshold_whatever_the_fitted_cut_offs() -> None:
    low = Ranker(RANKER.coef, RANKER.intercept, Cutoffs(no_owner=0.05, outside_owner=0.5, unsure_margin=0.2))
    assert 0.05 < low.probability(_candidate()) < 0.2  # (p .12)
    for ranker in (RANKER, low):
        choice = choose(ranker, [_candidate(in_sentence=1.0)], ("the deal", "work"))
        assert choice is not None and choice.mention is None and choice.phrase == "the deal"


def test_choose_reads_the_cut_offs_of_its_ranker() -> None:
    found = [_candidate(rule=1.0)]  # named only before the figure, p .35
    assert choose(DOUBTFUL, found, None) is None
    lenient = Ranker(DOUBTFUL.coef, DOUBTFUL.intercept, Cutoffs(no_owner=0.2, outside_owner=0.3, unsure_margin=0.15))
    choice = choose(lenient, found, None)
    assert choice is not None and choice.mention is not None and choice.mention.name == "Name"


def _rival(name: str, **features: float) -> Candidate:
    return Candidate(Mention(10, 10 + len(name), name, name, "organization"), {"in_sentence": 1.0, **features})


#: A ranker under which the rules' pick is possible but not likely (p .35), a headline name a little
#: less (p .27), a name with neither far less (p .12); with the focus, the rules' pick is likely (p .88)
#: and a focus named in the headline close behind (p .83).
RIVALS = Ranker(coef=tuple({"rule": 1.4, "headline": 1.0, "focus": 2.6}.get(name, 0.0) for name in FEATURES),
                intercept=-2.0)


@pytest.mark.parametrize(("found", "phrase", "expected"), [
    ([_rival("Name", rule=1.0), _rival("Rival", headline=1.0)], None, None),        # unlikely and close: a guess
    ([_rival("Name", rule=1.0)], None, "Name"),                                     # unlikely but alone: kept
    ([_rival("Name", rule=1.0), _rival("Rival")], None, "Name"),                    # a rival far behind: kept
    ([_rival("Name", rule=1.0, focus=1.0), _rival("Rival", focus=1.0, headline=1.0)], None, "Name"),  # likely: kept
    ([_rival("Name", rule=1.0), _rival("Rival", headline=1.0)], ("the group", "organization"), "Name"),  # phrase
])
def test_an_unlikely_owner_barely_ahead_of_a_rival_owns_no_figure(found, phrase, expected) -> None:
    ranked = sorted((RIVALS.probability(c) for c in found), reverse=True)
    close = len(ranked) > 1 and ranked[0] - ranked[1] < UNSURE_MARGIN
    assert close == (len(found) > 1 and "Rival" in [c.mention.name for c in found if c.features.get("headline")])
    choice = choose(RIVALS, found, phrase)
    assert (None if choice is None else choice.mention.name if choice.mention else choice.phrase) == expected


@pytest.mark.parametrize(("found", "expected"), [
    ([_candidate(rule=1.0, named_once=1.0)], None),                    # named once in passing: left out
    ([_candidate(rule=1.0, named_once=1.0, in_sentence=1.0)], "Name"),  # ... unless in the figure's sentence
    ([_candidate(rule=1.0, named_once=1.0, headline=1.0)], "Name"),     # ... or in the headline
    ([_candidate(rule=1.0, named_once=1.0, focus=1.0)], "Name"),        # ... or what the text is about
    ([_candidate(rule=1.0, named_once=1.0, noun_referent=1.0)], "Name"),  # ... or what its owner noun points to
    ([_candidate(rule=1.0)], "Name"),                                  # named more than once: kept
])
def test_a_bystander_named_once_outside_the_sentence_owns_no_figure(found, expected) -> None:
    choice = choose(RANKER, found, None)
    assert (None if choice is None else choice.mention.name) == expected


#: Multi-sentence texts: a figure whose sentence names no owner, after a paragraph that names a firm
#: once in passing (a bystander: the figure is left out, not given to it), or that names the owner
#: more than once or refers back to it by an owner noun (kept).
BYSTANDERS = [
    ("en", "Coffee goes east.\n\nRoasters see demand grow. Lavazza and illy lead the way.\n\nThe logistics firm "
           "Bluefreight opened a warehouse in Ningbo last week. Sales reached 3.2 million yuan in 2023."),
    ("it", "Il caffè va a Oriente.\n\nLe torrefazioni vedono crescere la domanda. Lavazza e illy sono in testa.\n\n"
           "La società di logistica Bluefreight ha aperto un magazzino a Ningbo la settimana scorsa. Le vendite "
           "hanno raggiunto 3,2 milioni di yuan nel 2023."),
    ("fr", "Le café part vers l'Est.\n\nLes torréfacteurs voient la demande croître. Lavazza et illy sont en "
           "tête.\n\nLa société de logistique Bluefreight a ouvert un entrepôt à Ningbo la semaine dernière. Les "
           "ventes ont atteint 3,2 millions de yuans en 2023."),
    ("de", "Kaffee geht nach Osten.\n\nDie Röster sehen eine wachsende Nachfrage. Lavazza und illy liegen "
           "vorn.\n\nDas Logistikunternehmen Bluefreight eröffnete letzte Woche ein Lager in Ningbo. Der Umsatz "
           "erreichte 2023 3,2 Millionen Yuan."),
    ("es", "El café va hacia el Este.\n\nLos tostadores ven crecer la demanda. Lavazza e illy van en cabeza.\n\n"
           "La empresa de logística Bluefreight abrió un almacén en Ningbo la semana pasada. Las ventas alcanzaron "
           "3,2 millones de yuanes en 2023."),
    ("pt", "O café vai para o Oriente.\n\nOs torrefadores veem a procura crescer. Lavazza e illy estão à "
           "frente.\n\nA empresa de logística Bluefreight abriu um armazém em Ningbo na semana passada. As vendas "
           "atingiram 3,2 milhões de yuans em 2023."),
    ("zh", "咖啡东进。\n\n烘焙商看到需求增长。Lavazza和illy领先。\n\n物流公司Bluefreight上周在宁波开设了仓库。"
           "2023年销售额达到320万元。"),
]


@pytest.mark.parametrize(("lang", "text"), BYSTANDERS)
def test_a_name_given_once_in_passing_before_the_figure_does_not_own_it(extract_text, lang, text) -> None:
    assert any(m.name == "Bluefreight" for m in extract_text(lang, text).mentions)
    assert all(m.subject != "Bluefreight" for m in _metrics(extract_text, lang, text))


EARLIER_OWNERS = [
    ("en", "Coffee goes east.\n\nRoasters see demand grow. Shops are busy.\n\nThe roaster Kimbo opened a Tmall "
           "store in May. Kimbo also sells on JD.com. Sales reached 3.2 million yuan in 2023.", "Kimbo"),
    ("it", "Il caffè va a Oriente.\n\nLe torrefazioni vedono crescere la domanda. I negozi sono pieni.\n\nLa "
           "torrefazione Kimbo ha aperto un negozio su Tmall a maggio. Kimbo vende anche su JD.com. Le vendite "
           "hanno raggiunto 3,2 milioni di yuan nel 2023.", "Kimbo"),
    ("fr", "Le café part vers l'Est.\n\nLes torréfacteurs voient la demande croître. Les boutiques sont "
           "pleines.\n\nLe torréfacteur Kimbo a ouvert une boutique sur Tmall en mai. Kimbo vend aussi sur "
           "JD.com. Les ventes ont atteint 3,2 millions de yuans en 2023.", "Kimbo"),
    ("de", "Kaffee geht nach Osten.\n\nDie Röster sehen eine wachsende Nachfrage. Die Läden sind voll.\n\nDer "
           "Röster Kimbo eröffnete im Mai einen Tmall-Store. Kimbo verkauft auch auf JD.com. Der Umsatz erreichte "
           "2023 3,2 Millionen Yuan.", "Kimbo"),
    ("es", "El café va hacia el Este.\n\nLos tostadores ven crecer la demanda. Las tiendas están llenas.\n\nEl "
           "tostador Kimbo abrió una tienda en Tmall en mayo. Kimbo también vende en JD.com. Las ventas "
           "alcanzaron 3,2 millones de yuanes en 2023.", "Kimbo"),
    ("pt", "O café vai para o Oriente.\n\nOs torrefadores veem a procura crescer. As lojas estão cheias.\n\nA "
           "torrefadora Kimbo abriu uma loja no Tmall em maio. A Kimbo também vende no JD.com. As vendas "
           "atingiram 3,2 milhões de yuans em 2023.", "Kimbo"),
    ("zh", "咖啡东进。\n\n烘焙商看到需求增长。门店客满。\n\n咖啡品牌Kimbo五月在天猫开店。Kimbo也在京东销售。"
           "2023年销售额达到320万元。", "Kimbo"),
    # Named once, but an owner noun of its category refers back to it ("the museum"): not in passing.
    ("en", "The Louvre goes online.\n\nThe Louvre now streams tours. The Louvre draws large crowds.\n\nIn Beijing, "
           "the National Museum of China opened a channel on Kuaishou. The museum posted short videos of its "
           "vases. One of them reached 2.5 million views.", "National Museum of China"),
    ("fr", "Le Louvre passe en ligne.\n\nLe Louvre diffuse des visites. Le Louvre attire les foules.\n\nÀ Pékin, "
           "le Musée national de Chine a ouvert une chaîne sur Kuaishou. Le musée a publié de courtes vidéos de "
           "ses vases. L'une d'elles a atteint 2,5 millions de vues.", "Musée national de Chine"),
    ("it", "Il Louvre va online.\n\nIl Louvre trasmette visite. Il Louvre attira folle.\n\nA Pechino, il Museo "
           "nazionale della Cina ha aperto un canale su Kuaishou. Il museo ha pubblicato brevi video dei suoi "
           "vasi. Uno di essi ha raggiunto 2,5 milioni di visualizzazioni.", "Museo nazionale della Cina"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), EARLIER_OWNERS)
def test_an_owner_named_again_or_referred_back_to_before_the_figure_keeps_it(extract_text, lang, text,
                                                                              owner) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject == owner


GROUP = Mention(40, 46, "Safilo", "Safilo", "organization", "brand")


@pytest.mark.parametrize(("found", "expected"), [
    ([_candidate()], "Safilo"),           # no likely candidate: the referent of the owner noun
    ([], "Safilo"),                       # no candidate at all: the same
    ([_candidate(rule=1.0)], "Name"),     # a likely candidate still wins over the referent
])
def test_an_owner_noun_with_a_referent_keeps_its_figure(found, expected) -> None:
    choice = choose(RANKER, found, ("the group", "organization"), GROUP)
    assert choice is not None and choice.mention is not None and choice.mention.name == expected


def test_confidence_of_a_named_owner_follows_its_probability() -> None:
    low, high = NAMED_CONFIDENCE
    choice = choose(RANKER, [_candidate(rule=1.0)], None)
    assert choice is not None and low < choice.confidence <= high
    assert RANKER.probability(_candidate(rule=1.0)) > NO_OWNER > RANKER.probability(_candidate())


@pytest.mark.parametrize("features", [
    {},                                                     # the intercept alone
    {"rule": 1.0},
    {"rule": 1.0, "distance": 0.25, "share": 0.5, "headline": 1.0},
    {"unknown_feature": 3.0, "distance": 0.0},              # a name the ranker lacks weighs 0
])
def test_a_probability_is_the_logistic_of_the_weighted_features(features: dict[str, float]) -> None:
    import math

    ranker = load_ranker()
    z = ranker.intercept + sum(ranker.weights.get(name, 0.0) * x for name, x in features.items() if x)
    assert ranker.probability(_candidate(**features)) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_the_shipped_weights_name_every_feature_and_record_their_cross_validation() -> None:
    data = json.loads((REPO / "src" / "crossreach" / "relate" / "owner_ranker.json").read_text("utf-8"))
    assert data["features"] == list(FEATURES)
    assert len(data["coef"]) == len(FEATURES)
    assert "web/check" not in " ".join(data["trained_on"])
    assert 0.5 < data["cross_validation"]["ranker_top1"] <= 1.0
    assert load_ranker().coef == tuple(data["coef"])
    assert load_ranker().cutoffs == Cutoffs.from_json(data["cutoffs"])  # fitted with the weights
    assert set(data["cutoffs"]) == {"no_owner", "outside_owner", "unsure_margin"}


def test_retraining_reproduces_the_shipped_weights(without_spacy: None) -> None:
    pytest.importorskip("sklearn")
    if not (SHARED / "corpus" / "web" / "tune").is_dir():
        pytest.skip("../shared is not beside the repository")
    spec = importlib.util.spec_from_file_location("train_owner_ranker", REPO / "scripts" / "train_owner_ranker.py")
    assert spec is not None and spec.loader is not None
    training = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(training)
    shipped = json.loads(training.WEIGHTS.read_text("utf-8"))
    retrained = training.train(SHARED)
    assert retrained["features"] == shipped["features"]
    drift = max(abs(a - b) for a, b in zip(retrained["coef"], shipped["coef"], strict=True))
    assert drift <= training.fitting.TOLERANCE
    assert abs(retrained["intercept"] - shipped["intercept"]) <= training.fitting.TOLERANCE
    assert retrained["cutoffs"] == shipped["cutoffs"]


@pytest.mark.parametrize(("lang", "text", "fits"), [
    # an owner noun marks every candidate of the category it points to, not only its referent
    ("fr", "Le Paris Saint-Germain a ouvert un compte sur Douyin. Sur Weibo, le club revendique 1,9 million de fans.",
     {"Paris Saint-Germain": 1.0, "Douyin": 0.0}),
])
def test_candidates_that_fit_the_owner_noun_are_marked(extract_text, lang, text, fits) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    [decision] = owner_decisions(DocumentView(extract_text(lang, text)), load_language(lang))
    assert {c.mention.name: c.features.get("noun_fit") for c in decision.candidates} == fits


OPENING_NOUN_REFERENT = [
    # an owner noun that opens its sentence marks its referent (the first fitting name of the sentence
    # before): it is the sentence's grammatical subject; a noun inside the sentence marks nobody
    ("it", "Kering ha presentato i conti, dopo Prada. Il gruppo, che comprende Gucci, ha realizzato ricavi "
           "per 9 miliardi di euro.", {"Kering": 1.0}),
    ("en", "Kering published its accounts. In the half, revenue at the group reached 9 billion euros.", {}),
]


@pytest.mark.parametrize(("lang", "text", "marked"), OPENING_NOUN_REFERENT)
def test_the_referent_of_an_owner_noun_opening_the_sentence_is_marked(extract_text, lang, text, marked) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    decisions = owner_decisions(DocumentView(extract_text(lang, text)), load_language(lang))
    found = {c.mention.name: c.features["opening_noun"] for d in decisions for c in d.candidates
             if c.features.get("opening_noun")}
    assert found == marked


@pytest.mark.parametrize(("text", "offset", "opens"), [
    ("Il gruppo ha chiuso.", 0, True), ("\"Il gruppo\" ha chiuso.", 1, True),
    ("Nel 2023 il gruppo ha chiuso.", 9, False),
])
def test_where_a_sentence_opens(text, offset, opens) -> None:
    from crossreach.relate.owners import opens_sentence

    assert opens_sentence(Sentence(0, 0, len(text), text), offset) is opens


NOUN_BEFORE_ASIDE = [
    ("it", "Kering ha presentato i conti. Nel semestre il gruppo, che comprende Gucci e Balenciaga, "
           "ha realizzato ricavi per 9 miliardi di euro."),
    ("en", "Kering published its accounts. In the half the group, which owns Gucci and Balenciaga, "
           "reported revenue of 9 billion euros."),
    ("fr", "Kering a publié ses comptes. Au semestre, le groupe, qui possède Gucci et Balenciaga, "
           "a réalisé un chiffre d'affaires de 9 milliards d'euros."),
]


# A time adverbial of several words before the noun; a complement after it, before the aside opens.
NOUN_BEFORE_ASIDE += [
    ("it", "Kering ha presentato i conti. Nei primi sei mesi dell'anno il gruppo, che comprende Gucci e "
           "Balenciaga, ha realizzato ricavi per 9 miliardi di euro."),
    ("en", "Kering published its accounts. In the first six months the group, which owns Gucci and "
           "Balenciaga, reported revenue of 9 billion euros."),
    ("it", "Kering ha presentato i conti. Il gruppo di Parigi, che comprende Gucci e Balenciaga, "
           "ha realizzato ricavi per 9 miliardi di euro."),
    ("es", "Kering presentó sus cuentas. El grupo de París, que posee Gucci y Balenciaga, "
           "facturó 9.000 millones de euros."),
]


@pytest.mark.parametrize(("lang", "text"), NOUN_BEFORE_ASIDE)
def test_an_owner_noun_points_back_past_the_names_of_its_aside(extract_text, lang, text) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject == "Kering"


SAID_BY_MEDIA = [
    ("en", "The World Snooker Championship final was a hit. State broadcaster CCTV said 78 million people "
           "watched the final."),
    ("en", "The NBA Finals drew record crowds in China. CCTV said 21 million viewers followed game six."),
]


@pytest.mark.parametrize(("lang", "text"), SAID_BY_MEDIA)
def test_a_broadcaster_that_says_a_figure_reports_it_and_does_not_own_it(extract_text, lang, text) -> None:
    [metric] = _metrics(extract_text, lang, text)
    assert metric.subject not in (None, "CCTV")


CREDITS = [
    ("en", "Gucci has 1.8 million followers on Douyin.\nPhoto: Getty Images/Balenciaga\n"
           "The singer has 1.8 million followers on Douyin."),
    ("it", "Gucci ha 1,8 milioni di follower su Douyin.\nFoto: Ansa/Balenciaga\n"
           "La cantante ha 1,8 milioni di follower su Douyin."),
    ("fr", "Gucci compte 1,8 million d'abonnés sur Douyin.\nPhoto : AFP/Balenciaga\n"
           "La chanteuse compte 1,8 million d'abonnés sur Douyin."),
    ("de", "Gucci hat 1,8 Millionen Follower auf Douyin.\nFoto: dpa/Balenciaga\n"
           "Die Sängerin hat 1,8 Millionen Follower auf Douyin."),
    ("es", "Gucci tiene 1,8 millones de seguidores en Douyin.\nFoto: EFE/Balenciaga\n"
           "La cantante tiene 1,8 millones de seguidores en Douyin."),
    ("pt", "A Gucci tem 1,8 milhão de seguidores no Douyin.\nFoto: Divulgação/Balenciaga\n"
           "A cantora tem 1,8 milhão de seguidores no Douyin."),
    ("zh", "古驰在抖音拥有180万粉丝。\n图/Balenciaga\n这位歌手在抖音拥有180万粉丝。"),
]


@pytest.mark.parametrize(("lang", "text"), CREDITS)
def test_a_name_in_a_photo_credit_owns_no_figure(extract_text, lang, text) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.owners import DocumentOwners, owner_cues

    view = DocumentView(extract_text(lang, text))
    owners = DocumentOwners.build(view, owner_cues(load_language(lang), view.spaced))
    credited = [m for m in view.extraction.mentions if m.name == "Balenciaga"]
    assert credited and all(owners.is_source(m) for m in credited)
    assert "Balenciaga" not in {m.subject for m in _metrics(extract_text, lang, text)}


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "pt", "zh"])
@pytest.mark.parametrize("text", [
    "Photo: Reuters", "PHOTO CREDIT / AFP", "photos: x", "Photographs: x", "Source:", "xSource: y", "Fonte: Ansa",
    "Foto / dpa", "Crédit photo : AFP", "Bildquelle: Hersteller", "图片来源：新华社", "中图片来源：x", "İmage: x",
])
def test_credit_lines_are_found_as_the_plain_pattern_finds_them(lang: str, text: str) -> None:
    """The credits pattern is written as a word-start scanner (faster), with the plain pattern's matches."""
    import re

    from crossreach.lexicon import alternation, is_spaced, load_language
    from crossreach.relate.owners import owner_cues

    lexicon = load_language(lang)
    words = lexicon.section("metrics").get("credits")
    plain = re.compile(rf"(?<![^\W\d_])(?:{alternation(words, ignore_case=True)})\s*[:/\uff1a\uff0f]", re.IGNORECASE)
    credits = owner_cues(lexicon, is_spaced(lexicon)).credits
    assert [m.span() for m in credits.finditer(text)] == [m.span() for m in plain.finditer(text)]


POSSESSIVES = [
    # a possessive right after a name ("Celtic's", "拜仁的") marks that candidate (the pattern is
    # matched at the name's end: an anchor to the start of the text never matched there)
    ("en", "Gucci's account on Weibo has 1.2 million followers.", "Gucci", 1.0),
    ("zh", "拜仁的微博账号拥有612万粉丝。", "Bayern Munich", 1.0),
    ("en", "Gucci has 1.2 million followers on Weibo.", "Gucci", 0.0),
]


@pytest.mark.parametrize(("lang", "text", "name", "marked"), POSSESSIVES)
def test_a_possessive_after_a_name_is_its_own_feature(extract_text, lang, text, name, marked) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    decisions = owner_decisions(DocumentView(extract_text(lang, text)), load_language(lang))
    found = [c for d in decisions for c in d.candidates if c.mention.name == name]
    assert found
    assert found[0].features.get("possessive", 0.0) == marked
    assert not found[0].features.get("genitive")


@pytest.mark.parametrize(("lang", "text", "back"), [
    # an owner from outside the sentence carries how long ago it was last named: 0 for the sentence
    # right before, more for one named further back; a name of the figure's own sentence has none
    ("en", "Gucci opened a store. The store now has 540,000 followers.", {"Gucci": 0.0}),
    ("en", "Gucci opened a store. It sells bags. It sells shoes. It sells belts. The store now has 540,000 followers.",
     {"Gucci": round(math.log1p(3) / 3, 6)}),
    ("en", "Gucci opened a store. Prada has 540,000 followers.", {"Gucci": 0.0}),  # (not Prada)
])
def test_an_owner_from_outside_the_sentence_says_how_long_ago_it_was_named(extract_text, lang, text, back) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    decisions = owner_decisions(DocumentView(extract_text(lang, text)), load_language(lang))
    found = {c.mention.name: round(c.features["sentences_back"], 6) for d in decisions for c in d.candidates
             if "sentences_back" in c.features}
    assert found == back


WHERE_NOUNS = [
    # a platform's noun after a platform preposition says where the account is, not whose figure it is
    ("en", "Chester Zoo opened an account on Douyin in January. Its account on the short-video app has since grown "
           "to 880,000 followers.", "Douyin"),
    ("fr", "Tissot a ouvert un compte sur Douyin. Le compte de l'horloger sur la plateforme compte désormais "
           "2,1 millions d'abonnés.", "Douyin"),
    ("de", "Der Zoo Leipzig hat im Mai einen Kanal auf Douyin eröffnet. Sein Kanal auf der Plattform hat inzwischen "
           "380.000 Follower.", "Douyin"),
]


@pytest.mark.parametrize(("lang", "text", "platform"), WHERE_NOUNS)
def test_a_platform_noun_after_a_platform_preposition_points_to_no_owner(extract_text, lang, text, platform) -> None:
    from crossreach.lexicon import load_language
    from crossreach.relate.context import DocumentView
    from crossreach.relate.metrics import owner_decisions

    decisions = owner_decisions(DocumentView(extract_text(lang, text)), load_language(lang))
    assert decisions
    assert not any(c.features.get("noun_referent") for d in decisions for c in d.candidates
                   if c.mention.name == platform)
