"""A count of one match, round or game is no audience; a figure in another clause stays."""

from __future__ import annotations

import pytest

from crossreach.lexicon import load_language
from crossreach.models import Metric, Quantity
from crossreach.relate.unit_counts import unit_cues


def _values(extract_text, lang: str, text: str) -> list[float | None]:
    return [f.value for f in extract_text(lang, text, None).facts if isinstance(f, Metric)]


@pytest.mark.parametrize(("lang", "text", "values"), [
    # how many one match holds, in every language
    ("en", "Each match of the mobile game pits 100 players against each other on Tencent's servers.", []),
    ("it", "In ogni partita del gioco per smartphone si sfidano 100 giocatori sui server di Tencent.", []),
    ("fr", "Chaque partie du jeu mobile oppose 100 joueurs sur les serveurs de Tencent.", []),
    ("de", "Pro Partie treten in dem Handyspiel 100 Spieler auf den Servern von Tencent gegeneinander an.", []),
    ("es", "En cada partida del juego para móviles se enfrentan 100 jugadores en los servidores de Tencent.", []),
    ("pt", "Em cada partida do jogo para telemóvel enfrentam-se 100 jogadores nos servidores da Tencent.", []),
    ("zh", "这款手游每局有100名玩家参与。", []),
    ("zh", "這款手遊每局有100名玩家參與。", []),
    # the game's own total, in the clause after, stays
    ("en", "In each match 100 players compete, and the game has 3 million registered users in China.",
     [3_000_000]),
    ("zh", "该游戏每局有100名玩家参与，在中国拥有300万注册用户。", [3_000_000]),
])
def test_a_count_of_one_match_is_no_metric(extract_text, lang, text, values) -> None:
    assert _values(extract_text, lang, text) == values


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Each round pits 100 players", True),
    ("it", "Ogni partita vede 100 giocatori", True),
    ("fr", "Par match, 100 joueurs", False),  # a clause break between: the count is not the unit's
    ("de", "Je Runde spielen 100 Spieler", True),
    ("es", "Cada partida reúne a 100 jugadores", True),
    ("pt", "Cada jogo tem 100 jogadores", True),
    ("zh", "每轮有100名玩家", True),
    ("en", "The game has 100 million players", False),
])
def test_a_unit_word_counts_only_in_the_counts_clause(lang: str, text: str, unit: bool) -> None:
    cues = unit_cues(load_language(lang), lang != "zh")
    start = text.index("100")
    figure = Quantity(start=start, end=start + 3, text="100", value=100.0, kind="count")
    assert cues.counts_a_unit(text, figure, 0) is unit
