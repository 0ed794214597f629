"""Owner noun phrases: each phrase opening with an article is read with a demonstrative too."""

from __future__ import annotations

import pytest

from crossreach.lexicon import is_spaced, load_language
from crossreach.models import Mention, Metric
from crossreach.relate.owner_nouns import OwnerNouns, names_apposed, owner_noun_categories, with_demonstratives

_ELIDED = (["l'"], ["quest'", "questo "])
_THE = (["the "], ["this "])
EXPANDED = [
    # (phrases, (articles, demonstratives) as written before a noun, a phrase read, its category or None)
    ({"the video": "work"}, _THE, "this video", "work"),
    ({"l'accordo": "work"}, _ELIDED, "quest'accordo", "work"),
    ({"l'accordo": "work"}, _ELIDED, "questo accordo", "work"),
    ({"该视频": "work"}, (["该"], ["这段"]), "这段视频", "work"),
    # Only an article at the phrase's start is replaced, and only as a whole word.
    ({"theatre": "culture"}, _THE, "thisatre", None),
    ({"the club": "culture"}, (["the "], []), "this club", None),
    # A phrase listed on its own keeps its category; no demonstrative form overrides it.
    ({"the show": "work", "this show": "culture"}, _THE, "this show", "culture"),
]


@pytest.mark.parametrize(("phrases", "determiners", "phrase", "category"), EXPANDED)
def test_phrases_are_read_with_demonstratives(phrases: dict[str, str], determiners: tuple[list[str], list[str]],
                                              phrase: str, category: str | None) -> None:
    assert with_demonstratives(phrases, *determiners).get(phrase) == category


@pytest.mark.parametrize(("lang", "phrase", "category"), [
    ("en", "this museum", "museum"), ("it", "questa mostra", "work"), ("fr", "cette vidéo", "work"),
    ("de", "dieser verein", "culture"), ("es", "esta marca", "brand"), ("pt", "este clube", "culture"),
    ("zh", "本次直播", "work"),
])
def test_every_language_reads_its_demonstratives(lang: str, phrase: str, category: str) -> None:
    lexicon = load_language(lang)
    assert owner_noun_categories(lexicon, is_spaced(lexicon))[phrase] == category


MODIFIED = [
    # (listed phrases in order, a phrase read with modifiers, the category it takes or None)
    ({"the show": "work"}, "the new show", "work"),
    # Of the listed phrases whose noun ends the phrase read, the first listed gives the category.
    ({"the show": "work", "the big show": "culture"}, "the new big show", "work"),
    ({"the big show": "culture", "the show": "work"}, "the new big show", "culture"),
    # The noun ends it after a space, whole; a phrase with no determiner has no noun to extend.
    ({"the show": "work"}, "the new shows", None),
    ({"the show": "work"}, "the newshow", None),
    ({"show": "work"}, "the new show", None),
]


@pytest.mark.parametrize(("phrases", "phrase", "category"), MODIFIED)
def test_a_phrase_with_modifiers_takes_its_listed_noun_s_category(phrases: dict[str, str], phrase: str,
                                                                  category: str | None) -> None:
    nouns = OwnerNouns(phrases, ["the ", "this "])
    if category is None:
        with pytest.raises(KeyError):
            nouns[phrase]
    else:
        assert nouns[phrase] == category
    assert phrase not in nouns  # (read, not added: the listed phrases stay as listed)


FOUND = [
    # Up to two modifiers between a determiner and a noun it is listed with; the listed phrase's category.
    ("en", "The charity livestream raised", "The charity livestream", "work"),
    ("en", "the new charity livestream", "the new charity livestream", "work"),
    ("it", "La prima diretta ha raccolto", "La prima diretta", "work"),
    ("de", "Der neue Clip erhielt", "Der neue Clip", "work"),
    ("fr", "La nouvelle campagne a généré", "La nouvelle campagne", "work"),
    ("it", "l'ultimo accordo", "l'ultimo accordo", "work"),
    # A listed phrase comes first where both could start.
    ("en", "The brand's new video drew", "The brand", "brand"),
    # Three modifiers are too many; a determiner is no modifier; a determiner agrees with its noun.
    ("en", "the very new charity livestream", None, None),
    ("en", "the director said the video", "the video", "work"),
    ("pt", "as vendas na plataforma", None, None),
    # Where nouns are written in lower case, a capitalised one belongs to a name.
    ("en", "the Palace Museum in Beijing", None, None),
]


@pytest.mark.parametrize(("lang", "text", "found", "category"), FOUND)
def test_owner_nouns_are_found_with_modifiers(lang: str, text: str, found: str | None, category: str | None) -> None:
    lexicon = load_language(lang)
    nouns = owner_noun_categories(lexicon, is_spaced(lexicon))
    match = nouns.pattern.search(text)
    assert (match.group() if match else None) == found
    assert (nouns[match.group().casefold()] if match else None) == category


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "This video has been viewed 3 million times on Bilibili.", "This video"),
    ("it", "Questo video ha raccolto 3 milioni di visualizzazioni.", "Questo video"),
    ("de", "Dieses Video wurde 2 Millionen Mal angesehen.", "Dieses Video"),
    ("zh", "本次直播累计观看人数达到230万。", "本次直播"),
    ("zh", "這次展覽吸引了超過10萬名觀眾。", "這次展覽"),
    ("zh", "這部紀錄片在B站的播放量已超過1000萬次。", "這部紀錄片"),
    # A fashion show is a work whose audience is counted like a livestream's.
    ("fr", "Plus de 3 millions d'internautes ont suivi le défilé en direct sur Tencent Video.", "le défilé"),
    ("en", "The charity livestream raised 4.5 million yuan in donations.", "The charity livestream"),
    # A fundraiser owns what it raised; a marathon its runners.
    ("it", "La raccolta fondi in diretta ha superato i 2 milioni di yuan.", "La raccolta fondi"),
    ("en", "More than 5,000 participants signed up for the virtual marathon on Keep.", "the virtual marathon"),
    # A partnership, sponsorship or alliance owns its value.
    ("fr", "Le partenariat est évalué à 150 millions d'euros sur cinq ans.", "Le partenariat"),
    ("es", "La alianza está valorada en 40 millones de euros.", "La alianza"),
    ("de", "Die Partnerschaft ist 50 Millionen Euro wert.", "Die Partnerschaft"),
])
def test_a_figure_owned_by_a_demonstrative_phrase_keeps_it_as_subject(extract_text, lang: str, text: str,
                                                                     subject: str) -> None:
    metrics = [f for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]
    assert [m.subject for m in metrics] == [subject]


APPOSED = [
    # An owner noun opening the sentence with a name right after it ("la marque italienne Gucci")
    # describes that name: the figure is the named rival's, not the brand named before.
    ("pt", "A Vista Alegre abriu uma loja no Tmall. A marca tem 54 mil seguidores.\n\nA marca francesa Bernardaud, "
           "uma das rivais, reúne 300 mil seguidores no Tmall.", "Bernardaud"),
    ("es", "Loewe abrió una tienda en Tmall y suma 54.000 seguidores.\n\nLa marca italiana Gucci, una de sus "
           "rivales, suma 3 millones de seguidores en Tmall.", "Gucci"),
    ("fr", "Longchamp a ouvert une boutique sur Tmall et compte 54 000 abonnés.\n\nLa marque italienne Gucci, "
           "l'une de ses rivales, compte 3 millions d'abonnés sur Tmall.", "Gucci"),
    ("it", "Moncler ha aperto un negozio su Tmall e conta 54.000 follower.\n\nIl marchio francese Chanel, uno dei "
           "rivali, conta 3 milioni di follower su Tmall.", "Chanel"),
]


@pytest.mark.parametrize(("lang", "text", "owner"), APPOSED)
def test_a_name_apposed_to_an_opening_owner_noun_owns_the_figure(extract_text, lang, text, owner) -> None:
    metrics = [f for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert metrics[-1].subject == owner


@pytest.mark.parametrize(("gap", "expected"), [(" ", True), (" danoise ", True), (" de porcelana ", True),
                                               (", longtemps ", False), (" of the Danish ", False)])
def test_what_may_stand_between_a_noun_and_its_apposed_name(gap, expected) -> None:
    text = "La marque" + gap + "Gucci compte 3 millions"
    name = Mention(len("La marque" + gap), len("La marque" + gap) + 5, "Gucci", "Gucci", "organization", "brand")
    assert names_apposed(text, len("La marque"), [name], len(text) - 10) is expected


@pytest.mark.parametrize(("lang", "text", "subject"), [
    # Venues that count visitors, as museums do: a theme park, a zoo, an aquarium.
    ("de", "Im vergangenen Jahr zählte der Zoo 1,2 Millionen Besucher.", "der Zoo"),
    ("en", "Last year the theme park welcomed 1.2 million visitors.", "the theme park"),
    ("fr", "L'an dernier, le parc d'attractions a accueilli 1,2 million de visiteurs.", "le parc d'attractions"),
    ("es", "El año pasado el parque temático recibió 1,2 millones de visitantes.", "el parque temático"),
    ("it", "L'anno scorso lo zoo ha accolto 1,2 milioni di visitatori.", "lo zoo"),
    ("pt", "No ano passado o jardim zoológico recebeu 1,2 milhão de visitantes.", "o jardim zoológico"),
])
def test_a_venue_s_noun_owns_its_visitors(extract_text, lang: str, text: str, subject: str) -> None:
    metrics = [f for f in extract_text(lang, text).facts if isinstance(f, Metric)]
    assert [(m.subject, m.kind) for m in metrics] == [(subject, "visitors")]


def test_a_german_work_noun_in_the_accusative_owns_its_audience(extract_text) -> None:
    """German writes a masculine noun in the accusative after its verb ("den Livestream"), as the
    lexicon lists "des Museums" in the genitive."""
    metrics = [f for f in extract_text("de", "Bis zu 2 Millionen Zuschauer verfolgten den Livestream auf Douyin.").facts
               if isinstance(f, Metric)]
    assert [(m.subject, m.kind) for m in metrics] == [("den Livestream", "viewers")]
