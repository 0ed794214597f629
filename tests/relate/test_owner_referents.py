"""Which fitting name an owner noun points to (``owner_referents``), and the interview outlets
that own no figure."""

from __future__ import annotations

import pytest

from crossreach.models import Mention, Metric
from crossreach.relate.owner_referents import loosely_fits

REFERENTS = [
    # (lang, text, value of the figure, its owner)
    # "The platform" is the platform named, not the company that runs it.
    ("it", "Tencent ha comunicato che WeChat ha raggiunto 1,3 miliardi di utenti attivi mensili. "
           "La piattaforma conta inoltre 400 milioni di utenti sui mini-programmi.", 400_000_000, "WeChat"),
    # A brand's noun after "X said Y …" is Y's; the group's noun is X's.
    ("es", "Inditex informó que Zara vendió productos por valor de 300 millones de yuanes en Tmall. "
           "La marca tiene 5 millones de seguidores en Weibo.", 5_000_000, "Zara"),
    # A noun opening the sentence before an aside points to the previous sentence's subject.
    ("pt", "A Natura vendeu 2 milhões de produtos no Mercado Livre. A marca, controlada pela Natura &Co, "
           "tem 7 milhões de seguidores no Instagram.", 7_000_000, "Natura"),
    # A company's noun points to the tech company that opens the sentence before, not to the brand
    # the article is about.
    ("es", "Clase Azul llega a JD.com.\n\nJD.com, con sede en Pekín, abrió un pabellón mexicano. La empresa "
           "cuenta con 499,9 millones de clientes activos anuales.", 499_900_000, "JD.com"),
    ("pt", "Keeta chega ao Brasil com a Abrasel.\n\nA Meituan, com sede em Pequim, registrou receita de 341,2 "
           "bilhões de iuanes em 2024. O grupo tem cerca de 100 mil funcionários.", 100_000, "Meituan"),
    # ... one that opens it: a platform named later in the sentence before is where, not its subject.
    ("en", "Gucci opens on Tmall.\n\nGucci said its sales on Tmall rose. The company has 20,000 employees.",
     20_000, "Gucci"),
]


def _metric(extract_text, lang: str, text: str, value: float) -> Metric:
    return next(f for f in extract_text(lang, text).facts if isinstance(f, Metric) and f.value == value)


@pytest.mark.parametrize(("lang", "text", "value", "owner"), REFERENTS)
def test_an_owner_noun_points_to_the_name_it_stands_for(extract_text, lang, text, value, owner) -> None:
    assert _metric(extract_text, lang, text, value).subject == owner


NOT_OWNERS = [
    # (lang, text, value, a name that must not own it)
    # The most named fitting name is no referent when it is named only after the noun.
    ("es", "La plataforma argentina registró ventas por 9.000 millones de dólares. Su rival Amazon tiene "
           "300 millones de clientes. Amazon crece.", 9_000_000_000, "Amazon"),
    # The outlet of an interview is a listener, never an owner.
    ("pt", "Em entrevista à Folha de S.Paulo, o presidente do Magazine Luiza disse que o aplicativo da "
           "varejista soma 30 milhões de usuários ativos mensais.", 30_000_000, "Folha de S.Paulo"),
]


@pytest.mark.parametrize(("lang", "text", "value", "name"), NOT_OWNERS)
def test_names_that_own_no_figure(extract_text, lang, text, value, name) -> None:
    assert _metric(extract_text, lang, text, value).subject != name


@pytest.mark.parametrize(("entity", "category", "fits"), [
    # (type and category of an entity, the category of an owner noun, whether it may be what the noun points to when
    # none fits strictly): a company's noun any organization, a tech company too; a category's noun one of that
    # category or of none known, or an event; a work's noun the organization or event it was made by; a platform's
    # noun none; a media outlet, a platform or a person never.
    (("organization", "tech"), "organization", True),
    (("organization", "brand"), "organization", True),
    (("platform", "tech"), "organization", False),
    (("organization", "other"), "culture", True),
    (("organization", None), "museum", True),
    (("event", None), "culture", True),
    (("organization", "brand"), "culture", False),
    (("organization", "tech"), "culture", False),
    (("organization", "brand"), "work", True),
    (("event", None), "work", True),
    (("organization", "tech"), "work", False),
    (("organization", "brand"), "tech", False),
    (("organization", "media"), "organization", False),
    (("person", None), "organization", False),
])
def test_what_a_noun_no_name_fits_strictly_may_point_to(entity, category, fits) -> None:
    mention = Mention(0, 4, "Name", "Name", entity[0], entity[1])
    assert loosely_fits(mention, category) is fits


@pytest.mark.parametrize(("lang", "text", "value", "owner"), [
    # A company's noun cited as the source of a figure with no other owner is the company the text is about, a tech
    # company too (a bank on Alipay+).
    ("pt", "Nubank adere ao Alipay+ e clientes já fizeram 410 mil pagamentos na China\n\nOs clientes do Nubank "
           "fizeram 410 mil pagamentos desde outubro, quando o banco digital passou a fazer parte da rede Alipay+. "
           "O Nubank tem 100 milhões de clientes no Brasil.\n\nSegundo a empresa, 38 mil clientes usaram o recurso "
           "durante o Ano-Novo Chinês.", 38_000, "Nubank"),
])
def test_a_noun_no_name_fits_strictly_points_to_the_one_the_text_is_about(extract_text, lang, text, value,
                                                                          owner) -> None:
    assert _metric(extract_text, lang, text, value).subject == owner



LOOSE_KINDS = [
    # A noun no name fits strictly points loosely to the most named entity of the kind its head names ("the
    # orchestra"), not to a concert hall named more often.
    ("en", "Philadelphia Orchestra returns to China with Tencent Music\n\nThe Philadelphia Orchestra will stream its "
           "tour on Tencent Music.\n\nThe National Centre for the Performing Arts in Beijing hosts the opening "
           "concert. The National Centre for the Performing Arts sold out in a day, the National Centre for the "
           "Performing Arts said. Tickets for the National Centre for the Performing Arts went fast.\n\n"
           "A fan club for the orchestra now has about 12,000 members.\n", "the orchestra", "culture",
     "Philadelphia Orchestra"),
]


@pytest.mark.parametrize(("lang", "text", "words", "category", "owner"), LOOSE_KINDS)
def test_a_noun_points_loosely_to_the_most_named_of_its_kind(extract_text, lang, text, words, category,
                                                             owner) -> None:
    from crossreach.relate.context import DocumentView
    from crossreach.relate.owner_referents import loose_referent

    found = loose_referent(DocumentView(extract_text(lang, text)), words, category, text.rindex(words))
    assert found is not None and found.name == owner
