"""Cue words and currency words that sibling lexicons had and one language lacked (issue 15, figures
never read on unseen text): a shipment count is sales in units ("shipped", "出货量"), a "volume
d'affaires" is sales like the Italian "giro d'affari", and Brazilian Portuguese writes the yuan
"iuanes"; each language's monthly active users are written in the forms its daily ones are
("monatlich aktiver Nutzer" as "taeglich aktiver Nutzer"). Sentences written for the test, not taken from a corpus."""

from __future__ import annotations

import pytest

from crossreach.models import Metric

pytestmark = pytest.mark.usefixtures("without_spacy")

#: (language, sentence, kind, value, subject, currency): this metric is among those read.
CASES: list[tuple[str, str, str, float, str, str | None]] = [
    ("en", "Xiaomi shipped 42 million smartphones worldwide in the second quarter.",
     "sales", 42_000_000, "Xiaomi", None),
    ("zh", "小米第二季度全球智能手机出货量为4230万台。", "sales", 42_300_000, "Xiaomi", None),
    ("fr", "Le premier jour, Gucci a réalisé un volume d'affaires de 41,5 millions de yuans sur Tmall.",
     "sales", 41_500_000, "Gucci", "CNY"),
    ("de", "Zhihu gibt seine Zahl monatlich aktiver Nutzer mit knapp 80 Millionen an.", "mau", 80_000_000, "Zhihu",
     None),
    ("zh", "知乎的月活跃用户数为8000万。", "mau", 80_000_000, "Zhihu", None),
    ("pt", "A Tencent registrou receita de 609 bilhões de iuanes em 2023.",
     "sales", 609_000_000_000, "Tencent", "CNY"),
    # Verbs of revenue ("bringing in", "che hanno fruttato", "que renderam"): a sum they govern is sales.
    ("en", "Ctrip sold 90,000 tickets for the festival, bringing in 45 million yuan.",
     "sales", 45_000_000, "Ctrip", "CNY"),
    ("it", "Gucci ha aperto tre negozi su Tmall, che hanno fruttato 12 milioni di euro.",
     "sales", 12_000_000, "Gucci", "EUR"),
    ("pt", "A Fliggy vendeu 8.000 pacotes, que renderam 4 milhões de euros.", "sales", 4_000_000, "Fliggy", "EUR"),
    # Users who watched are viewers: each language's "watched" ("vieron", "viram", "hanno visto").
    ("es", "Unos 3 millones de usuarios vieron el desfile de Prada en Weibo.", "viewers", 3_000_000, "Prada", None),
    ("it", "Oltre 3 milioni di utenti hanno visto la sfilata di Prada su Weibo.", "viewers", 3_000_000, "Prada", None),
    ("pt", "Cerca de 3 milhões de usuários viram o desfile da Prada no Weibo.", "viewers", 3_000_000, "Prada", None),
    # People who saw it, in German too ("Menschen sahen", as "personas vieron", "people watched").
    ("de", "Rund 3 Millionen Menschen sahen die Modenschau von Prada auf Weibo.", "viewers", 3_000_000, "Prada", None),
    # "人次入场" (entries counted per person), the form of "人次参观", as "入场人次" is.
    ("zh", "故宫博物院去年吸引了1200万人次入场。", "visitors", 12_000_000, "Palace Museum", None),
    # People who donated are participants (donors), as people who took part are.
    ("en", "More than 40,000 people donated to the UNICEF campaign on Alipay.", "participants", 40_000, "UNICEF", None),
    ("es", "Más de 40.000 personas donaron a la campaña de UNICEF en Alipay.", "participants", 40_000, "UNICEF", None),
    # People who visited are visitors, in each language's "visited" ("ont visité", "besuchten", "visitaram").
    ("fr", "Plus de 80 000 personnes ont visité le Louvre pendant la Semaine d'or.", "visitors", 80_000, "Louvre",
     None),
    ("it", "Oltre 80.000 persone hanno visitato il Louvre durante la Settimana d'oro.", "visitors", 80_000, "Louvre",
     None),
    ("en", "More than 80,000 people visited the Louvre during Golden Week.", "visitors", 80_000, "Louvre", None),
    ("es", "Más de 80.000 personas visitaron el Louvre durante la Semana Dorada.", "visitors", 80_000, "Louvre", None),
    ("pt", "Mais de 80 mil pessoas visitaram o Louvre durante a Semana Dourada.", "visitors", 80_000, "Louvre", None),
    # A video "abgerufen" (viewed) so many times, a platform between the count and the verb.
    ("de", "Das Video von Adidas wurde 3 Millionen Mal auf Bilibili abgerufen.", "views", 3_000_000, "Adidas", None),
    # Registered members are users, in each language ("membri registrati", "registrierte Mitglieder").
    ("en", "Ctrip now has 90 million registered members.", "users", 90_000_000, "Ctrip", None),
    ("it", "Ctrip conta ormai 90 milioni di membri registrati.", "users", 90_000_000, "Ctrip", None),
    ("fr", "Ctrip compte désormais 90 millions de membres inscrits.", "users", 90_000_000, "Ctrip", None),
    ("es", "Ctrip tiene ya 90 millones de miembros registrados.", "users", 90_000_000, "Ctrip", None),
    ("pt", "A Ctrip tem agora 90 milhões de membros registados.", "users", 90_000_000, "Ctrip", None),
    # "mil milhões" (a thousand million) alone, as Spanish reads "mil millones".
    ("pt", "O Alipay tem mais de mil milhões de utilizadores.", "users", 1_000_000_000, "Alipay", None),
    # Saves (收藏, "saves") are interactions; people who booked a test drive (预约人数) took part; a Brazilian
    # club's paying members (sócios-torcedores) are its users, not followers.
    ("zh", "迪奥在小红书的直播间收藏数约为36万。", "interactions", 360_000, "Dior", None),
    ("en", "Dior's Xiaohongshu post drew 360,000 saves.", "interactions", 360_000, "Dior", None),
    ("zh", "宝马新车的试驾预约人数超过11万。", "participants", 110_000, "BMW", None),
    ("pt", "O Flamengo tem hoje cerca de 92 mil sócios-torcedores no Douyin.", "users", 92_000, "Flamengo", None),
    # Giving work is employing ("da empleo a", "danno lavoro a"); a revenue verb ("rapporté", as "fruttato"); units
    # sold out (售罄); a product used by people counts users; active buyers ("aktive Käufer") are users; candidates
    # who registered took part.
    ("es", "La empresa Alhambra da empleo a 110 personas.", "employees", 110, "Alhambra", None),
    ("it", "Il gruppo Barilla dà lavoro a circa 3.000 persone.", "employees", 3_000, "Barilla", None),
    ("fr", "Sur Tmall, Gucci a rapporté 230 millions de yuans l’an dernier.", "sales", 230_000_000, "Gucci", "CNY"),
    ("zh", "Moleskine的5000本限量款三天内售罄。", "sales", 5_000, "Moleskine", None),
    ("en", "On Alipay, Hertz has been used by 530,000 people.", "users", 530_000, "Hertz", None),
    ("de", "Pinduoduo zählt rund 900 Millionen aktive Käufer.", "users", 900_000_000, "Pinduoduo", None),
    ("es", "Unos 21.500 candidatos se inscribieron en el examen DELE del Instituto Cervantes.", "participants", 21_500,
     "Instituto Cervantes", None),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value", "subject", "currency"), CASES)
def test_the_cue_word_gives_the_figure_its_kind(extract_text, lang, text, kind, value, subject, currency) -> None:
    metrics = [f for f in extract_text(lang, text, "2024-03-01").facts if isinstance(f, Metric)]
    assert any(m.kind == kind and m.subject == subject and m.value is not None
               and abs(m.value - value) <= value * 0.005 and m.currency == currency for m in metrics), metrics


#: Reviews left under a product or a shop are comments, in every language ("recensioni", "avis clients",
#: "reseñas", "avaliações", "Bewertungen", "条评价"); the Dianping platform's own name holds none.
REVIEWS: list[tuple[str, str]] = [
    ("it", "Sulla pagina del negozio di Tavolari su Tmall si contano ormai 64.000 recensioni."),
    ("fr", "Sur Tmall, la boutique de Vardel affiche désormais 64 000 avis clients."),
    ("es", "En Tmall, la tienda de Olmeda acumula ya 64.000 reseñas."),
    ("pt", "No Tmall, a loja da Carvalhal soma já 64 mil avaliações."),
    ("en", "On Tmall, the Harrowgate store now shows 64,000 reviews."),
    ("de", "Auf Tmall hat der Shop von Brenner inzwischen 64.000 Bewertungen."),
    ("zh", "在天猫上，该品牌旗舰店已累计6.4万条评价。"),
]


@pytest.mark.parametrize(("lang", "text"), REVIEWS)
def test_reviews_are_comments(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == [("comments", 64_000)]


def test_a_shop_on_dianping_is_no_review() -> None:
    from crossreach.lexicon import load_language

    assert "点评" not in load_language("zh").section("metrics")["kinds"]["comments"]


#: People connected to a live stream at once are its viewers ("同时在线", "usuarios conectados",
#: "zugeschaltet"), not users of the platform.
CONNECTED_VIEWERS: list[tuple[str, str]] = [
    ('zh', '该品牌的发布会直播同时在线峰值约为52万人。'),
    ('es', 'Durante el desfile de Loewe en Douyin hubo 520.000 usuarios conectados.'),
    ('pt', 'Durante o desfile da Natura no Douyin havia 520 mil usuários conectados.'),
    ('de', 'Zur Modenschau von Adidas auf Douyin waren 520.000 Menschen zugeschaltet.'),
    ('it', "Durante la sfilata di Gucci su Douyin c'erano 520.000 utenti connessi."),
    ('en', "Burberry's show on Douyin peaked at 520,000 concurrent viewers."),
    ('fr', 'Pendant le défilé de Chanel sur Douyin, 520 000 internautes étaient connectés.'),
]


@pytest.mark.parametrize(("lang", "text"), CONNECTED_VIEWERS)
def test_people_connected_at_once_are_viewers(extract_text, lang, text) -> None:
    found = [(f.kind, f.value) for f in extract_text(lang, text, "2024-01-01").facts if isinstance(f, Metric)]
    assert found == [("viewers", 520_000)]
