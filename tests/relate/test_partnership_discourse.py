"""Partnerships in short texts whose parties are not both in the cue's sentence (issue 17): a headline
naming both and a body saying "the agreement"; "the two sides", "the pair", "les deux maisons"; "the
museum", "the group", "the platform" standing for a party named before; a subject left out ("In April it
signed a partnership with the platform"); a deal's renewal or end in the next sentence. The near
misses name a competitor, an agency, a platform an audience was counted on or a party of an earlier deal
in the sentences around the deal: none of them is a party."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, text, expected partnerships' parties).
HEADLINE_AND_BODY: list[tuple[str, str, list[set[str]]]] = [
    ('en', 'NBA and Tencent: five more seasons\nThe agreement was signed in Shanghai on Tuesday and covers '
     'streaming in China.',
     [{'NBA', 'Tencent'}]),
    ('it', "Gucci sceglie JD.com per la Cina\nL'accordo prevede l'apertura di un negozio ufficiale entro l'estate.",
     [{'Gucci', 'JD.com'}]),
    ('it', "Juventus e Alibaba, intesa per la Cina\nL'accordo durerà tre anni e comprende contenuti esclusivi.",
     [{'Alibaba', 'Juventus'}]),
    ('fr', "Le Louvre et Tencent main dans la main\nL'accord porte sur des expositions numériques et des jeux.",
     [{'Louvre', 'Tencent'}]),
    ('fr', "Louis Vuitton mise sur Douyin\nL'accord, signé lundi, couvre la diffusion de défilés en direct.",
     [{'Douyin', 'Louis Vuitton'}]),
    ('de', 'Bundesliga setzt auf Douyin\nDie Kooperation umfasst kurze Videos von allen Spielen der Saison.',
     [{'Bundesliga', 'Douyin'}]),
    ('de', 'Burberry und Tencent gehen gemeinsame Wege\nDie Vereinbarung läuft drei Jahre und umfasst einen '
     'digitalen Laden.',
     [{'Burberry', 'Tencent'}]),
    ('es', 'LaLiga y Douyin, juntos en China\nEl acuerdo incluye resúmenes de todos los partidos de la temporada.',
     [{'Douyin', 'LaLiga'}]),
    ('es', 'El Museo del Prado apuesta por Fliggy\nEl acuerdo permitirá vender entradas a los turistas chinos.',
     [{'Fliggy', 'Museo del Prado'}]),
    ('pt', 'Benfica e Kuaishou juntos na China\nA parceria prevê vídeos exclusivos dos jogos da equipa.',
     [{'Kuaishou', 'SL Benfica'}]),
    ('pt', 'Havaianas aposta no Tmall\nA parceria inclui uma loja oficial e campanhas no Dia dos Solteiros.',
     [{'Havaianas', 'Tmall'}]),
    ('zh', '故宫与腾讯携手\n该合作将推出多款数字文创产品。',
     [{'Palace Museum', 'Tencent'}]),
    ('zh', '巴宝莉牵手腾讯\n该合作为期三年，涵盖微信小程序。',
     [{'Burberry', 'Tencent'}]),
    ('zh', '故宫与腾讯签约\n双方将共同推出多款数字文创产品。',
     [{'Palace Museum', 'Tencent'}]),
]

#: (language, text, expected partnerships' parties).
BOTH_SIDES: list[tuple[str, str, list[set[str]]]] = [
    ('en', 'Gucci has long courted Chinese shoppers. Last week it met Tencent executives in Shenzhen. Both '
     'companies signed a three-year agreement on Monday.',
     [{'Gucci', 'Tencent'}]),
    ('en', 'Juventus wants more fans in Asia. Kuaishou is looking for sports content. The pair signed a '
     'deal on Friday.',
     [{'Juventus', 'Kuaishou'}]),
    ('it', 'La Juventus cerca tifosi in Asia. Kuaishou vuole più contenuti sportivi. I due gruppi hanno '
     'firmato un accordo venerdì.',
     [{'Juventus', 'Kuaishou'}]),
    ('fr', 'Louis Vuitton veut séduire la Chine. Tmall lui ouvre ses portes. Les deux maisons ont signé un '
     'accord lundi.',
     [{'Louis Vuitton', 'Tmall'}]),
    ('de', 'Der FC Bayern sucht Fans in China. Douyin will mehr Fußball zeigen. Beide Unternehmen '
     'unterzeichneten am Montag einen Vertrag.',
     [{'Bayern Munich', 'Douyin'}]),
    ('es', 'El Real Madrid quiere más aficionados en China. Bilibili busca contenidos deportivos. Ambas '
     'empresas firmaron un acuerdo el lunes.',
     [{'Bilibili', 'Real Madrid'}]),
    ('pt', 'A Havaianas quer crescer na China. O Tmall procura marcas brasileiras. As duas marcas '
     'assinaram um acordo na segunda-feira.',
     [{'Havaianas', 'Tmall'}]),
    ('zh', '路易威登希望吸引中国年轻人。小红书正在寻找奢侈品内容。双方周一签署了协议。',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('zh', '京东希望扩大奢侈品业务。古驰正在寻找新的线上渠道。两家公司周一签署了合作协议。',
     [{'Gucci', 'JD.com'}]),
]

#: (language, text, expected partnerships' parties).
ANAPHOR_SUBJECT: list[tuple[str, str, list[set[str]]]] = [
    ('en', 'The British Museum opened a store on Tmall in 2018. This year the museum signed a licensing '
     'agreement with Alibaba.',
     [{'British Museum', 'Tmall'}, {'Alibaba', 'British Museum'}]),
    ('it', "Il Museo Egizio ha aperto un negozio su Tmall nel 2019. Quest'anno il museo ha firmato un "
     'accordo con Tencent.',
     [{'Museo Egizio', 'Tmall'}, {'Museo Egizio', 'Tencent'}]),
    ('fr', 'Le Louvre a lancé un compte sur Weibo en 2018. Cette année, le musée a signé un partenariat avec Tencent.',
     [{'Louvre', 'Tencent'}]),
    ('de', 'Das Städel Museum zeigt seine Sammlung in China. In diesem Jahr unterzeichnete das Museum eine '
     'Kooperation mit Tencent.',
     [{'Städel Museum', 'Tencent'}]),
    ('es', 'El Museo del Prado abrió una cuenta en Weibo en 2019. Este año el museo firmó un acuerdo con Fliggy.',
     [{'Fliggy', 'Museo del Prado'}]),
    ('pt', 'O Museu do Oriente abriu uma conta no Weibo em 2019. Este ano o museu assinou uma parceria com a Fliggy.',
     [{'Fliggy', 'Museu do Oriente'}]),
    ('en', 'Douyin now has 700 million daily users. The platform signed a partnership with the Premier '
     'League on Monday.',
     [{'Douyin', 'Premier League'}]),
    ('it', 'Douyin conta 700 milioni di utenti al giorno. La piattaforma ha firmato un accordo con la Serie A lunedì.',
     [{'Douyin', 'Serie A'}]),
    ('fr', 'Kering contrôle Gucci et Saint Laurent. Le groupe a signé un accord avec Alibaba mardi.',
     [{'Alibaba', 'Kering'}]),
    ('en', 'Alibaba owns Tmall and Taobao. The group signed a sponsorship deal with the IOC in 2017.',
     [{'Alibaba', 'International Olympic Committee'}]),
    ('it', 'Alibaba controlla Tmall e Taobao. Il gruppo ha firmato un accordo di sponsorizzazione con la Juventus.',
     [{'Alibaba', 'Juventus'}]),
    ('fr', 'Alibaba contrôle Tmall et Taobao. Le groupe a signé un contrat de parrainage avec le PSG.',
     [{'Alibaba', 'Paris Saint-Germain'}]),
    ('es', 'Alibaba controla Tmall y Taobao. El grupo firmó un acuerdo de patrocinio con el Real Madrid.',
     [{'Alibaba', 'Real Madrid'}]),
    ('pt', 'A Alibaba controla o Tmall e o Taobao. O grupo assinou um contrato de patrocínio com o Benfica.',
     [{'Alibaba', 'SL Benfica'}]),
    ('de', 'Alibaba kontrolliert Tmall und Taobao. Der Konzern unterzeichnete einen Sponsoringvertrag mit '
     'dem FC Bayern.',
     [{'Alibaba', 'Bayern Munich'}]),
    ('en', 'Gucci debuts on Xiaohongshu\nThe Italian house opened an official account on the platform on '
     'Monday. The partnership includes live shows.',
     [{'Gucci', 'Xiaohongshu'}]),
    ('fr', 'Dior arrive sur Xiaohongshu\nLa maison a ouvert un compte officiel sur la plateforme lundi. Le '
     'partenariat comprend des défilés en direct.',
     [{'Dior', 'Xiaohongshu'}]),
    ('en', 'Burberry opened a store on Tmall last year. This year the brand signed a deal with JD.com as well.',
     [{'Burberry', 'Tmall'}, {'Burberry', 'JD.com'}]),
    ('en', 'Tencent Video will stream every Premier League match this season. The platform paid 700 '
     'million dollars for the rights.',
     [{'Premier League', 'Tencent Video'}]),
    ('es', 'Douyin transmitirá todos los partidos de LaLiga esta temporada. La plataforma pagó 300 '
     'millones por los derechos.',
     [{'Douyin', 'LaLiga'}]),
    ('de', 'Douyin zeigt in dieser Saison alle Spiele der Bundesliga. Die Plattform zahlte 300 Millionen '
     'Euro für die Rechte.',
     [{'Bundesliga', 'Douyin'}]),
    ('pt', 'O Douyin vai transmitir todos os jogos da Liga Portugal. A plataforma pagou 30 milhões pelos direitos.',
     [{'Douyin', 'Liga Portugal'}]),
    ('it', 'Douyin trasmetterà tutte le partite della Serie A in questa stagione. La piattaforma ha pagato '
     '300 milioni per i diritti.',
     [{'Douyin', 'Serie A'}]),
    ('fr', 'Douyin diffusera tous les matchs de Ligue 1 cette saison. La plateforme a payé 300 millions '
     'pour les droits.',
     [{'Douyin', 'Ligue 1'}]),
    ('en', 'Tmall is expanding in Europe. Last month it signed an agreement with the Louvre.',
     [{'Louvre', 'Tmall'}]),
    ('it', 'Tmall si espande in Europa. Il mese scorso ha firmato un accordo con il Louvre.',
     [{'Louvre', 'Tmall'}]),
    ('es', 'Tmall se expande en Europa. El mes pasado firmó un acuerdo con el Museo del Prado.',
     [{'Museo del Prado', 'Tmall'}]),
    ('pt', 'O Tmall está a expandir-se na Europa. No mês passado, assinou um acordo com o Benfica.',
     [{'SL Benfica', 'Tmall'}]),
    ('fr', 'Tmall se développe en Europe. Le mois dernier, la plateforme a signé un accord avec le Louvre.',
     [{'Louvre', 'Tmall'}]),
    ('de', 'Tmall wächst in Europa. Im vergangenen Monat unterzeichnete die Plattform eine Vereinbarung '
     'mit dem Louvre.',
     [{'Louvre', 'Tmall'}]),
    ('en', 'Burberry was the first luxury brand to sell on WeChat.\n\nThe British label said the partnership '
     'with the messaging app would grow.',
     [{'Burberry', 'WeChat'}]),
    ('en', 'The Premier League has a new home in China. The league said on Monday that it had signed a '
     'deal with iQiyi.',
     [{'Premier League', 'iQiyi'}]),
    ('es', 'LaLiga tiene un nuevo socio en China. La liga anunció el lunes que había firmado un acuerdo '
     'con Douyin.',
     [{'Douyin', 'LaLiga'}]),
    ('it', 'La Serie A ha una nuova casa in Cina. La lega ha annunciato lunedì di aver firmato un accordo '
     'con Douyin.',
     [{'Douyin', 'Serie A'}]),
    ('zh', '小红书是中国流行的生活方式平台。今年，路易威登与该平台达成合作。',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('zh', '路易威登今年入驻小红书。该品牌还与京东签署了协议。',
     [{'Louis Vuitton', 'Xiaohongshu'}, {'JD.com', 'Louis Vuitton'}]),
    ('en', 'Xiaohongshu is a popular lifestyle platform in China. This year Louis Vuitton teamed up with '
     'the platform.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('it', "Xiaohongshu è una piattaforma molto popolare in Cina. Quest'anno Louis Vuitton ha stretto un "
     'accordo con la piattaforma.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('es', 'Xiaohongshu es una plataforma muy popular en China. Este año Louis Vuitton firmó un acuerdo '
     'con la plataforma.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('fr', 'Xiaohongshu est une plateforme très populaire en Chine. Cette année, Louis Vuitton a signé un '
     'accord avec la plateforme.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('pt', 'O Xiaohongshu é uma plataforma muito popular na China. Este ano, a Louis Vuitton assinou um '
     'acordo com a plataforma.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
    ('de', 'Xiaohongshu ist eine beliebte Plattform in China. In diesem Jahr unterzeichnete Louis Vuitton '
     'eine Vereinbarung mit der Plattform.',
     [{'Louis Vuitton', 'Xiaohongshu'}]),
]

#: (language, text, expected partnerships' parties).
SUBJECT_AND_PLATFORM: list[tuple[str, str, list[set[str]]]] = [
    ('en', 'The British Museum has 95,000 followers on Xiaohongshu. In April it signed a content '
     'partnership with the platform.',
     [{'British Museum', 'Xiaohongshu'}]),
    ('en', 'In London, the British Museum chose another path. The museum has 95,000 followers on '
     'Xiaohongshu. In April it signed a content partnership with the platform.',
     [{'British Museum', 'Xiaohongshu'}]),
    ('it', 'Il Museo Egizio ha 95 mila follower su Xiaohongshu. Ad aprile ha firmato una partnership con '
     'la piattaforma.',
     [{'Museo Egizio', 'Xiaohongshu'}]),
    ('it', "Intanto il Museo Egizio ha scelto un'altra strada. Il museo ha 95 mila follower su "
     'Xiaohongshu. Ad aprile ha firmato una partnership con la piattaforma.',
     [{'Museo Egizio', 'Xiaohongshu'}]),
    ('fr', 'Le Louvre compte 95 000 abonnés sur Xiaohongshu. En avril, il a signé un partenariat avec la plateforme.',
     [{'Louvre', 'Xiaohongshu'}]),
    ('fr', 'À Paris, le Louvre a choisi une autre voie. Le musée compte 95 000 abonnés sur Xiaohongshu. En '
     'avril, il a signé un partenariat avec la plateforme.',
     [{'Louvre', 'Xiaohongshu'}]),
    ('de', 'Das Städel Museum hat 95.000 Follower auf Xiaohongshu. Im April unterzeichnete es eine '
     'Kooperation mit der Plattform.',
     [{'Städel Museum', 'Xiaohongshu'}]),
    ('de', 'In Frankfurt geht das Städel Museum einen anderen Weg. Das Museum hat 95.000 Follower auf '
     'Xiaohongshu. Im April unterzeichnete es eine Kooperation mit der Plattform.',
     [{'Städel Museum', 'Xiaohongshu'}]),
    ('es', 'El Museo del Prado tiene 95.000 seguidores en Xiaohongshu. En abril firmó una alianza con la plataforma.',
     [{'Museo del Prado', 'Xiaohongshu'}]),
    ('es', 'En Madrid, el Museo del Prado eligió otro camino. El museo tiene 95.000 seguidores en '
     'Xiaohongshu. En abril firmó una alianza con la plataforma.',
     [{'Museo del Prado', 'Xiaohongshu'}]),
    ('pt', 'O Museu do Oriente tem 95 mil seguidores no Xiaohongshu. Em abril, assinou uma parceria com a plataforma.',
     [{'Museu do Oriente', 'Xiaohongshu'}]),
    ('pt', 'Em Lisboa, o Museu do Oriente escolheu outro caminho. O museu tem 95 mil seguidores no '
     'Xiaohongshu. Em abril, assinou uma parceria de conteúdos com a plataforma.',
     [{'Museu do Oriente', 'Xiaohongshu'}]),
    ('zh', '大英博物馆在小红书上有9.5万粉丝。今年四月，该博物馆与该平台签署了合作协议。',
     [{'British Museum', 'Xiaohongshu'}]),
    ('en', 'Burberry has 2 million followers on Weibo. Last year the brand signed a partnership with the platform.',
     [{'Burberry', 'Weibo'}]),
    ('it', "Gucci ha 2 milioni di follower su Weibo. L'anno scorso il marchio ha firmato un accordo con la "
     'piattaforma.',
     [{'Gucci', 'Weibo'}]),
    ('en', 'The Louvre opened its Weibo account in 2015. Since then it has gained 261,000 followers. This '
     'year it signed a partnership with the platform.',
     [{'Louvre', 'Weibo'}]),
    ('it', 'Il Louvre ha aperto il suo account su Weibo nel 2015. Da allora ha raccolto 261 mila follower. '
     "Quest'anno ha firmato una partnership con la piattaforma.",
     [{'Louvre', 'Weibo'}]),
    ('fr', 'Le Louvre a ouvert son compte Weibo en 2015. Depuis, il a gagné 261 000 abonnés. Cette année, '
     'il a signé un partenariat avec la plateforme.',
     [{'Louvre', 'Weibo'}]),
    ('es', 'El Museo del Prado abrió su cuenta en Weibo en 2015. Desde entonces ha ganado 261.000 '
     'seguidores. Este año firmó una alianza con la plataforma.',
     [{'Museo del Prado', 'Weibo'}]),
    ('pt', 'O Museu do Oriente abriu a sua conta no Weibo em 2015. Desde então, ganhou 261 mil seguidores. '
     'Este ano, assinou uma parceria com a plataforma.',
     [{'Museu do Oriente', 'Weibo'}]),
    ('de', 'Das Städel Museum eröffnete 2015 sein Konto auf Weibo. Seitdem hat es 261.000 Follower '
     'gewonnen. In diesem Jahr unterzeichnete es eine Kooperation mit der Plattform.',
     [{'Städel Museum', 'Weibo'}]),
    ('zh', '卢浮宫于2015年开通了微博账号。此后已积累26.1万粉丝。今年，该馆与该平台签署了合作协议。',
     [{'Louvre', 'Weibo'}]),
]

#: (language, text, expected parties, status): one deal, stated in a sentence or named by a headline, and
#: its term (renewed, ended) stated in a later sentence that names no one else.
TERMS_NEXT: list[tuple[str, str, set[str], str]] = [
    ('en', 'Juventus signed a sponsorship agreement with Alibaba in 2019. The deal was renewed last week until 2026.',
     {'Alibaba', 'Juventus'}, 'renewed'),
    ('it', "La Juventus ha firmato un accordo con Alibaba nel 2019. L'accordo è stato rinnovato fino al 2026.",
     {'Alibaba', 'Juventus'}, 'renewed'),
    ('fr', "Le PSG a signé un partenariat avec Tencent en 2018. Le contrat a été prolongé jusqu'en 2025.",
     {'Paris Saint-Germain', 'Tencent'}, 'renewed'),
    ('de', 'Der FC Bayern hat 2019 eine Partnerschaft mit Alibaba geschlossen. Der Vertrag wurde bis 2026 verlängert.',
     {'Alibaba', 'Bayern Munich'}, 'renewed'),
    ('es', 'El Real Madrid firmó un acuerdo con Tencent en 2018. El contrato fue renovado hasta 2025.',
     {'Real Madrid', 'Tencent'}, 'renewed'),
    ('pt', 'O Benfica assinou uma parceria com a Kuaishou em 2020. O contrato foi renovado até 2025.',
     {'Kuaishou', 'SL Benfica'}, 'renewed'),
    ('zh', '尤文图斯2019年与阿里巴巴签署了合作协议。该协议已续约至2026年。',
     {'Alibaba', 'Juventus'}, 'renewed'),
    ('en', 'Gucci and Tencent signed an agreement in 2018. It was extended in 2021 and now covers WeChat stores.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('es', 'El Real Madrid y Tencent firmaron un acuerdo en 2018. La alianza terminó en 2022.',
     {'Real Madrid', 'Tencent'}, 'ended'),
    ('it', 'La Serie A e PPTV avevano firmato un accordo nel 2019. Il contratto è stato rescisso nel 2021.',
     {'PPTV', 'Serie A'}, 'ended'),
    ('de', 'Die Bundesliga und PPTV hatten 2018 einen Vertrag unterzeichnet. Die Vereinbarung endete 2020.',
     {'Bundesliga', 'PPTV'}, 'ended'),
    ('pt', 'A Liga Portugal e a Kuaishou assinaram um acordo em 2021. A parceria foi renovada em 2023.',
     {'Kuaishou', 'Liga Portugal'}, 'renewed'),
    ('zh', '英超与腾讯2019年签署了协议。该合作已于2022年宣告结束。',
     {'Premier League', 'Tencent'}, 'ended'),
    ('en', 'Gucci and Tencent: the next chapter\nThe Italian house has long been active in China. On Monday '
     'the agreement was extended to 2025.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('it', "Gucci e Tencent, nuovo capitolo\nLa maison è attiva in Cina da anni. Lunedì l'accordo è stato "
     'prolungato fino al 2025.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('fr', 'Gucci et Tencent, nouveau chapitre\nLa maison est active en Chine depuis longtemps. Lundi, '
     "l'accord a été prolongé jusqu'en 2025.",
     {'Gucci', 'Tencent'}, 'renewed'),
    ('de', 'Gucci und Tencent: das nächste Kapitel\nDas Modehaus ist seit Jahren in China aktiv. Am Montag '
     'wurde die Vereinbarung bis 2025 verlängert.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('es', 'Gucci y Tencent, nuevo capítulo\nLa firma italiana lleva años en China. El lunes el acuerdo fue '
     'prorrogado hasta 2025.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('pt', 'Gucci e Tencent, novo capítulo\nA marca italiana está na China há anos. Na segunda-feira, o '
     'acordo foi prorrogado até 2025.',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('zh', '古驰与腾讯开启新篇章\n这家意大利品牌多年来一直活跃在中国。周一，双方的协议延长至2025年。',
     {'Gucci', 'Tencent'}, 'renewed'),
    ('en', 'Burberry joined Tmall in 2018.\n\nThe British brand has now extended the partnership for three '
     'years.',
     {'Burberry', 'Tmall'}, 'renewed'),
    ('fr', 'Burberry a rejoint Tmall en 2018.\n\nLa marque britannique a prolongé le partenariat de trois '
     'ans.',
     {'Burberry', 'Tmall'}, 'renewed'),
]

#: (language, text, expected partnerships' parties): the names around the deal that are no party.
NEAR_MISSES: list[tuple[str, str, list[set[str]]]] = [
    ('en', 'Kuaishou showed the games until 2022. The NBA has now signed a deal with Douyin.',
     [{'Douyin', 'NBA'}]),
    ('it', 'Kuaishou ha trasmesso le partite fino al 2022. Ora la Serie A ha firmato un accordo con Douyin.',
     [{'Douyin', 'Serie A'}]),
    ('fr', 'Alibaba domine le commerce en ligne. Le Louvre a signé un accord avec JD.com.',
     [{'JD.com', 'Louvre'}]),
    ('de', 'Alibaba dominiert den Onlinehandel. Die Bundesliga hat einen Vertrag mit JD.com unterschrieben.',
     [{'Bundesliga', 'JD.com'}]),
    ('en', 'SHANGHAI (Reuters) - Burberry signed an agreement with Tencent on Monday.',
     [{'Burberry', 'Tencent'}]),
    ('es', 'PEKÍN (EFE) - El Real Madrid firmó un acuerdo con Bilibili el lunes.',
     [{'Bilibili', 'Real Madrid'}]),
    ('en', 'Gucci has 3 million followers on Weibo. The brand signed a partnership with Tencent on Monday.',
     [{'Gucci', 'Tencent'}]),
    ('it', 'Gucci ha 3 milioni di follower su Weibo. Il marchio ha firmato un accordo con Tencent.',
     [{'Gucci', 'Tencent'}]),
    ('pt', 'O Benfica tem 80 mil seguidores no Weibo. O clube assinou uma parceria com a Kuaishou.',
     [{'Kuaishou', 'SL Benfica'}]),
    ('en', 'Burberry teamed up with Tencent in 2019. A year later Gucci signed an agreement with JD.com. '
     'The deal runs until 2025.',
     [{'Burberry', 'Tencent'}, {'Gucci', 'JD.com'}]),
    ('en', "Burberry's campaign drew 5 million views on Weibo. The deal with Tencent runs until 2025.",
     [{'Burberry', 'Tencent'}]),
    ('fr', "La campagne de Chanel a atteint 5 millions de vues sur Weibo. L'accord avec Tencent court jusqu'en 2025.",
     [{'Chanel', 'Tencent'}]),
    ('zh', '巴宝莉的广告在微博上获得500万次播放。该品牌与腾讯的合作将持续到2025年。',
     [{'Burberry', 'Tencent'}]),
    ('en', 'LONDON (AFP) - The British Museum signed a partnership with Tencent on Monday.',
     [{'British Museum', 'Tencent'}]),
    ('de', 'PEKING (dpa) - Der FC Bayern hat eine Kooperation mit Douyin unterzeichnet.',
     [{'Bayern Munich', 'Douyin'}]),
    ('it', 'MILANO (ANSA) - La Juventus ha firmato un accordo con Kuaishou.',
     [{'Juventus', 'Kuaishou'}]),
    # a dateline's credit with a desk's or a partner agency's tag: the outlet is still no party
    ('de', 'Ravensburg (dpa/lsw) - Der Spielwarenhersteller Ravensburger hat auf Tmall Global einen Flagship-Store '
     'eröffnet.',
     [{'Ravensburger', 'Tmall Global'}]),
    ('de', 'Frankfurt (dpa-AFX) - Der FC Bayern hat eine Kooperation mit Douyin unterzeichnet.',
     [{'Bayern Munich', 'Douyin'}]),
    ('fr', 'Kuaishou, concurrent de Douyin, a perdu des utilisateurs. Le PSG a signé un partenariat avec Douyin.',
     [{'Douyin', 'Paris Saint-Germain'}]),
    ('es', 'Alibaba compite con JD.com en China. El Museo del Prado firmó un acuerdo con JD.com.',
     [{'JD.com', 'Museo del Prado'}]),
    ('pt', 'A Alibaba concorre com a JD.com na China. O Benfica assinou um acordo com a JD.com.',
     [{'JD.com', 'SL Benfica'}]),
    ('en', 'Burberry partnered with Tencent in 2019. Gucci later chose JD.com. Both companies now sell in China.',
     [{'Burberry', 'Tencent'}, {'Gucci', 'JD.com'}]),
    ('en', 'The British Museum has 95,000 followers on Xiaohongshu. In April it signed a partnership with Tencent.',
     [{'British Museum', 'Tencent'}]),
    ('pt', 'O Museu do Oriente tem 95 mil seguidores no Xiaohongshu. Em abril, assinou uma parceria com a Tencent.',
     [{'Museu do Oriente', 'Tencent'}]),
    ('en', "Gucci and Tencent: the next chapter\nGucci's rival Prada sells on JD.com. On Monday the "
     'agreement was extended to 2025.',
     [{'Gucci', 'Tencent'}]),
    ('it', 'Burberry ha aperto un negozio su Tmall nel 2018. Gucci invece ha firmato un accordo con JD.com.',
     [{'Burberry', 'Tmall'}, {'Gucci', 'JD.com'}]),
    ('en', 'Gucci and Prada both sell on Tmall. This year it signed a partnership with the platform.',
     []),
    ('en', 'The Louvre is on Weibo and Douyin. This year it signed a partnership with the platform.',
     []),
]


def _pairs(extract_text, lang: str, text: str) -> list[list[str]]:
    facts = [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    return sorted(sorted(f.parties) for f in facts)


@pytest.mark.parametrize(("lang", "text", "pairs"),
                         HEADLINE_AND_BODY + BOTH_SIDES + ANAPHOR_SUBJECT + SUBJECT_AND_PLATFORM)
def test_parties_named_in_other_sentences(extract_text, lang: str, text: str, pairs: list[set[str]]) -> None:
    assert _pairs(extract_text, lang, text) == sorted(sorted(p) for p in pairs)


@pytest.mark.parametrize(("lang", "text", "parties", "status"), TERMS_NEXT)
def test_terms_in_the_next_sentence_follow_the_pair(extract_text, lang: str, text: str, parties: set[str],
                                                    status: str) -> None:
    facts = [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]
    assert [(set(f.parties), f.status) for f in facts] == [(parties, status)]


@pytest.mark.parametrize(("lang", "text", "pairs"), NEAR_MISSES)
def test_names_around_a_deal_that_are_no_party(extract_text, lang: str, text: str, pairs: list[set[str]]) -> None:
    assert _pairs(extract_text, lang, text) == sorted(sorted(p) for p in pairs)
