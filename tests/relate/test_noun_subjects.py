"""An organization's owner noun in the figure's clause rules out the persons named before it."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric

CASES = [
    # (lang, text, value, the person who must not own it, the owner)
    ("fr", "Le Paris Saint-Germain a franchi les 60 millions d'abonnés. Son président Nasser Al-Khelaïfi "
           "compte sur la Chine, où le club a 3 millions d'abonnés sur Weibo.", 3_000_000,
     "Nasser Al-Khelaïfi", "Paris Saint-Germain"),
]


@pytest.mark.parametrize(("lang", "text", "value", "person", "owner"), CASES)
def test_a_noun_in_the_figures_clause_is_its_subject(extract_text, lang, text, value, person, owner) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert metric.subject == owner != person


@pytest.mark.parametrize(("lang", "text", "value", "person"), [
    # A noun outside the figure's clause leaves the person a candidate: her own followers.
    ("en", "At the festival, singer Lisa Wong, who has 5 million followers on Weibo, performed.", 5_000_000,
     "Lisa Wong"),
])
def test_a_noun_outside_the_clause_rules_out_no_one(extract_text, lang, text, value, person) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert metric.subject == person


PRONOUNS = [
    # (lang, text, the owner of its one metric): a pronoun opening the sentence is the person before.
    ("en", "Actress Emma Watson visited Shanghai on Friday. She has 8 million followers on Weibo.", "Emma Watson"),
    ("fr", "L'actrice Marion Cotillard était à Shanghai vendredi. Elle compte 8 millions d'abonnés sur Weibo.",
     "Marion Cotillard"),
    ("de", "Der Fußballer Thomas Müller war am Freitag in Shanghai. Er hat 8 Millionen Follower auf Weibo.",
     "Thomas Müller"),
    ("it", "Chiara Ferragni era a Shanghai venerdì. Lei ha 8 milioni di follower su Weibo.", "Chiara Ferragni"),
    # A possessive the same ("Her Weibo account has"), a platform named between it and the figure.
    ("en", "Emma Watson visited Shanghai on Friday. Her Weibo account has 8 million followers.", "Emma Watson"),
    ("fr", "L'actrice Marion Cotillard était à Shanghai vendredi. Son compte Weibo compte 8 millions d'abonnés.",
     "Marion Cotillard"),
    ("de", "Der Fußballer Thomas Müller war am Freitag in Shanghai. Sein Weibo-Konto hat 8 Millionen Follower.",
     "Thomas Müller"),
    # A brand opening the sentence before is no person: the pronoun is the brand's.
    ("fr", "Chanel a ouvert une boutique sur Tmall vendredi. Son compte Weibo compte 8 millions d'abonnés.", "Chanel"),
    ("fr", "Chanel a ouvert une boutique sur Tmall vendredi. Elle compte 8 millions d'abonnés sur Weibo.", "Chanel"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), PRONOUNS)
def test_a_pronoun_opening_the_sentence_is_the_person_before(extract_text, lang, text, owner) -> None:
    [metric] = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert metric.subject == owner


POSSESSIVES = [
    # (lang, text, value, owner, a rival named in the sentence before): an organization's possessive opening the
    # sentence points back to what the sentence before is about (an anaphor opening it: its referent; no name
    # opening it: the document's focus), not to a name later in that sentence.
    ("en", "Burberry sold 3 million items on Tmall last year.\n\nThe brand, which rivals Gucci and Prada, also "
           "streamed its show on Douyin. Its account on the app has 880,000 followers.", 880_000, "Burberry", "Gucci"),
    ("fr", "Ladurée a ouvert trois salons de thé à Shanghai.\n\nDepuis avril, la marque vend des coupons sur "
           "Meituan, comme Pierre Hermé. Ses vidéos ont été vues 9,6 millions de fois sur Douyin.", 9_600_000,
     "Ladurée", "Pierre Hermé"),
    ("de", "Ritter Sport verkauft seit 2018 auf Tmall.\n\nDie Marke streamt auch auf Douyin, wie Milka und Lindt. "
           "Ihr Konto auf der Plattform hat 310.000 Follower.", 310_000, "Ritter Sport", "Milka"),
    ("it", "Ferrero vende su Tmall dal 2015.\n\nIl gruppo trasmette anche su Douyin, come Lavazza e Barilla. "
           "Il suo account sulla piattaforma conta 420.000 follower.", 420_000, "Ferrero", "Lavazza"),
]


@pytest.mark.parametrize(("lang", "text", "value", "owner", "rival"), POSSESSIVES)
def test_a_possessive_opening_the_sentence_is_the_organization_before(extract_text, lang, text, value, owner,
                                                                      rival) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert metric.subject == owner != rival


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "pt", "zh"])
def test_every_language_lists_its_owner_possessives(lang) -> None:
    assert load_language(lang).section("metrics").get("owner_possessives")


LONE = [
    # (lang, text, value, subject): a text of one sentence, where no name owns the figure, keeps it with
    # the owner noun of its clause (a work's too, an organization's noun elsewhere notwithstanding),
    # else one before its clause, else a pronoun opening it, else the article and noun opening it.
    ("en", "The broadcast drew more than 3.1 million viewers on Kuaishou, and the label said it sold "
           "80,000 albums.", 3_100_000, "The broadcast"),
    ("it", "Il concerto su Bilibili ha superato i 1,4 milioni di spettatori, ha comunicato la casa in una nota.",
     1_400_000, "Il concerto"),
    ("es", "Durante el concierto, seguido por más de un millón de espectadores, la marca vendió 20.000 discos.",
     1_000_000, "el concierto"),
    ("fr", "Elle a recueilli 1,2 million de commentaires sur Douyin.", 1_200_000, "Elle"),
    ("de", "Er hat inzwischen 450.000 Follower auf Weibo.", 450_000, "Er"),
    ("de", "Die Buchmesse zählte in Peking knapp 61.000 Besucher.", 61_000, "Die Buchmesse"),
    ("de", "Seit Mai haben sich 42.000 Nutzer für die Mini-App der Stadtbibliothek registriert.", 42_000,
     "die Mini-App"),
    ("de", "An der Tombola beteiligten sich 12.000 Fans, die zusammen 210.000 Euro spendeten.", 210_000,
     "der Tombola"),
    ("pt", "Quase 12 mil pessoas doaram, no WeChat, para o restauro da capela.", 12_000, "o restauro"),
    # In an unspaced script, the words opening the figure's clause before its cue, up to a preposition
    # or a verb of having or drawing (``metrics.subject_ends``).
    ("zh", "据主办方介绍，青年音乐季共吸引了3.6万名观众。", 36_000, "青年音乐季"),
    ("zh", "这场音乐会在腾讯视频吸引了210万名观众观看。", 2_100_000, "这场音乐会"),
    ("zh", "這場音樂會吸引了210萬名觀眾。", 2_100_000, "這場音樂會"),
    ("zh", "这场时长两小时的音乐会在腾讯视频吸引了210万名观众观看。", 2_100_000, "这场时长两小时的音乐会"),
]


@pytest.mark.parametrize(("lang", "text", "value", "subject"), LONE)
def test_a_lone_sentence_keeps_its_figure_with_its_phrase(extract_text, lang, text, value, subject) -> None:
    metric = next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)
    assert metric.subject == subject


def test_an_article_keeps_dropping_an_unowned_figure(extract_text) -> None:
    text = "Das Wetter war gut. Die Buchmesse zählte in Peking knapp 61.000 Besucher."
    assert not [f for f in extract_text("de", text).facts if isinstance(f, Metric) and f.value == 61_000]


def test_a_company_apposed_to_the_possessive_is_the_subject(extract_text) -> None:
    text = ("Mercado Libre supera los 100 millones de usuarios\n\nMercado Libre cerró el trimestre con 100 millones de "
            "usuarios. La plataforma argentina registró ventas por 10.000 millones de dólares. Su rival Amazon tiene "
            "300 millones de clientes.")
    metric = next(f for f in extract_text("es", text).facts if isinstance(f, Metric) and f.value == 300_000_000)
    assert metric.subject == "Amazon"
