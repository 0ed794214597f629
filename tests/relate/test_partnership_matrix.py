"""The coverage matrix of issue 17: each form of partnership (a sponsorship, rights, a stake, a store on a
platform, an alliance, a memorandum, "teams up with", a renewal, a list of brands joining a platform, an
ended deal) in each of the seven languages, in several word orders, and near misses that state no deal."""

from __future__ import annotations

import pytest

from crossreach.models import Partnership

#: (language, sentence, parties, kind, status): one partnership expected.
MATRIX: list[tuple[str, str, set[str], str, str]] = [
    # sponsorship
    ("en", "Tencent will sponsor the NBA's China Games next season.", {"Tencent", "NBA"}, "sponsorship", "active"),
    ("en", "Juventus is sponsored by Jeep, whose logo appears on the shirts.",
     {"Juventus", "Jeep"}, "sponsorship", "active"),
    ("it", "La Juventus ha firmato un accordo di sponsorizzazione con Alibaba.",
     {"Juventus", "Alibaba"}, "sponsorship", "active"),
    ("it", "Jeep è il nuovo sponsor di maglia della Juventus.", {"Jeep", "Juventus"}, "sponsorship", "active"),
    ("fr", "Le Louvre a signé un contrat de parrainage avec Tencent.", {"Louvre", "Tencent"}, "sponsorship", "active"),
    ("fr", "Alibaba devient sponsor officiel du Comité international olympique.",
     {"Alibaba", "International Olympic Committee"}, "sponsorship", "active"),
    ("de", "Alibaba sponsert künftig das Internationale Olympische Komitee.",
     {"Alibaba", "International Olympic Committee"}, "sponsorship", "active"),
    ("de", "Der Sponsoringvertrag zwischen Juventus und Jeep läuft bis 2027.",
     {"Juventus", "Jeep"}, "sponsorship", "active"),
    ("es", "Tencent patrocinará a la NBA durante tres temporadas.", {"Tencent", "NBA"}, "sponsorship", "active"),
    ("es", "El acuerdo de patrocinio entre la Juventus y Jeep fue firmado en Turín.",
     {"Juventus", "Jeep"}, "sponsorship", "active"),
    ("pt", "A Alibaba é patrocinadora oficial do Comité Olímpico Internacional.",
     {"Alibaba", "International Olympic Committee"}, "sponsorship", "active"),
    ("pt", "O contrato de patrocínio entre a Juventus e a Jeep foi assinado em Turim.",
     {"Juventus", "Jeep"}, "sponsorship", "active"),
    ("zh", "阿里巴巴赞助国际奥委会。", {"Alibaba", "International Olympic Committee"}, "sponsorship", "active"),
    ("zh", "腾讯成为NBA中国赛的官方赞助商。", {"Tencent", "NBA"}, "sponsorship", "active"),
    # exclusive broadcast or streaming rights
    ("en", "Tencent has acquired the exclusive streaming rights to the NBA in China.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("en", "The NBA's broadcast deal with Tencent covers five seasons.", {"NBA", "Tencent"}, "rights", "active"),
    ("it", "Tencent ha ottenuto i diritti esclusivi di trasmissione della NBA in Cina.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("it", "I diritti di streaming della Serie A sono stati acquistati da Douyin.",
     {"Serie A", "Douyin"}, "rights", "active"),
    ("fr", "Tencent a obtenu les droits de diffusion exclusifs de la NBA en Chine.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("fr", "Les droits de retransmission de la Ligue 1 ont été acquis par Douyin.",
     {"Ligue 1", "Douyin"}, "rights", "active"),
    ("de", "Tencent hat die exklusiven Übertragungsrechte der NBA in China erworben.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("de", "Die Streamingrechte der Bundesliga gingen an Douyin.", {"Bundesliga", "Douyin"}, "rights", "active"),
    ("es", "Tencent adquirió los derechos exclusivos de retransmisión de la NBA en China.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("es", "Los derechos de emisión de LaLiga en China fueron adjudicados a Douyin.",
     {"LaLiga", "Douyin"}, "rights", "active"),
    ("pt", "A Tencent adquiriu os direitos exclusivos de transmissão da NBA na China.",
     {"Tencent", "NBA"}, "rights", "active"),
    ("pt", "Os direitos de transmissão da Liga Portugal foram comprados pela Kuaishou.",
     {"Liga Portugal", "Kuaishou"}, "rights", "active"),
    ("zh", "腾讯获得NBA在中国的独家转播权。", {"Tencent", "NBA"}, "rights", "active"),
    ("zh", "抖音拿下欧冠的直播版权。", {"Douyin", "UEFA Champions League"}, "rights", "active"),
    # a stake or an investment
    ("en", "Alibaba has taken a stake in Kering's e-commerce venture.", {"Alibaba", "Kering"}, "stake", "active"),
    ("en", "Tencent holds a minority stake in Farfetch.", {"Tencent", "Farfetch"}, "stake", "active"),
    ("it", "Alibaba ha acquisito una partecipazione in Yoox Net-a-Porter.",
     {"Alibaba", "Yoox Net-a-Porter"}, "stake", "active"),
    ("it", "Tencent ha investito in Farfetch.", {"Tencent", "Farfetch"}, "stake", "active"),
    ("fr", "Tencent a pris une participation dans Ubisoft.", {"Tencent", "Ubisoft"}, "stake", "active"),
    ("fr", "Alibaba a investi dans Farfetch.", {"Alibaba", "Farfetch"}, "stake", "active"),
    ("de", "Tencent hat sich an Ubisoft beteiligt.", {"Tencent", "Ubisoft"}, "stake", "active"),
    ("de", "Alibaba investiert in Farfetch.", {"Alibaba", "Farfetch"}, "stake", "active"),
    ("es", "Tencent compró una participación en Ubisoft.", {"Tencent", "Ubisoft"}, "stake", "active"),
    ("es", "Alibaba invirtió en Farfetch.", {"Alibaba", "Farfetch"}, "stake", "active"),
    ("pt", "A Tencent comprou uma participação na Ubisoft.", {"Tencent", "Ubisoft"}, "stake", "active"),
    ("pt", "A Alibaba investiu na Farfetch.", {"Alibaba", "Farfetch"}, "stake", "active"),
    ("zh", "腾讯入股育碧。", {"Tencent", "Ubisoft"}, "stake", "active"),
    ("zh", "阿里巴巴投资了Farfetch。", {"Alibaba", "Farfetch"}, "stake", "active"),
    # a brand opening its (flagship) store on a platform
    ("en", "Burberry opened its flagship store on Tmall.", {"Burberry", "Tmall"}, "store", "active"),
    ("en", "Louis Vuitton has launched an official store on JD.com.", {"Louis Vuitton", "JD.com"}, "store", "active"),
    ("it", "Gucci ha aperto il suo flagship store su Tmall.", {"Gucci", "Tmall"}, "store", "active"),
    ("it", "Su Tmall ha aperto il negozio ufficiale di Burberry.", {"Burberry", "Tmall"}, "store", "active"),
    ("fr", "Louis Vuitton a ouvert sa boutique officielle sur Tmall.", {"Louis Vuitton", "Tmall"}, "store", "active"),
    ("fr", "Burberry inaugure un magasin phare sur JD.com.", {"Burberry", "JD.com"}, "store", "active"),
    ("de", "Gucci hat einen Flagship-Store auf Tmall eröffnet.", {"Gucci", "Tmall"}, "store", "active"),
    ("de", "Burberry eröffnet einen offiziellen Shop auf JD.com.", {"Burberry", "JD.com"}, "store", "active"),
    ("es", "Gucci abrió su tienda oficial en Tmall.", {"Gucci", "Tmall"}, "store", "active"),
    ("es", "Burberry inauguró una tienda insignia en JD.com.", {"Burberry", "JD.com"}, "store", "active"),
    ("pt", "A Gucci abriu a sua loja oficial no Tmall.", {"Gucci", "Tmall"}, "store", "active"),
    ("pt", "A Burberry inaugurou uma loja na JD.com.", {"Burberry", "JD.com"}, "store", "active"),
    ("zh", "古驰在天猫开设旗舰店。", {"Gucci", "Tmall"}, "store", "active"),
    ("zh", "博柏利入驻京东。", {"Burberry", "JD.com"}, "store", "active"),
    # a strategic alliance
    ("en", "Alibaba and Kering formed a strategic alliance.", {"Alibaba", "Kering"}, "alliance", "active"),
    ("en", "The strategic partnership between Tencent and the British Museum began in 2018.",
     {"Tencent", "British Museum"}, "alliance", "active"),
    ("it", "Alibaba ha stretto un'alleanza strategica con Kering.", {"Alibaba", "Kering"}, "alliance", "active"),
    ("it", "L'alleanza strategica tra Tencent e il British Museum è nata nel 2018.",
     {"Tencent", "British Museum"}, "alliance", "active"),
    ("fr", "Alibaba a conclu une alliance stratégique avec Kering.", {"Alibaba", "Kering"}, "alliance", "active"),
    ("fr", "Le partenariat stratégique entre Tencent et le Louvre a commencé en 2018.",
     {"Tencent", "Louvre"}, "alliance", "active"),
    ("de", "Alibaba ist eine strategische Allianz mit Kering eingegangen.",
     {"Alibaba", "Kering"}, "alliance", "active"),
    ("de", "Die strategische Partnerschaft von Tencent mit dem British Museum begann 2018.",
     {"Tencent", "British Museum"}, "alliance", "active"),
    ("es", "Alibaba ha sellado una alianza estratégica con Kering.", {"Alibaba", "Kering"}, "alliance", "active"),
    ("es", "La alianza estratégica entre Tencent y el Museo Británico comenzó en 2018.",
     {"Tencent", "British Museum"}, "alliance", "active"),
    ("pt", "A Alibaba firmou uma aliança estratégica com a Kering.", {"Alibaba", "Kering"}, "alliance", "active"),
    ("pt", "A parceria estratégica entre a Tencent e o Museu Britânico começou em 2018.",
     {"Tencent", "British Museum"}, "alliance", "active"),
    ("zh", "阿里巴巴与开云集团结成战略联盟。", {"Alibaba", "Kering"}, "alliance", "active"),
    ("zh", "腾讯与大英博物馆达成战略合作。", {"Tencent", "British Museum"}, "alliance", "active"),
    # a memorandum of understanding
    ("en", "The Louvre signed a memorandum of understanding with Tencent.",
     {"Louvre", "Tencent"}, "memorandum", "active"),
    ("en", "A memorandum of understanding was signed by Alibaba and the British Museum.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("it", "Il Louvre ha firmato un protocollo d'intesa con Tencent.", {"Louvre", "Tencent"}, "memorandum", "active"),
    ("it", "Alibaba e il British Museum hanno siglato un memorandum d'intesa.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("fr", "Le Louvre a signé un protocole d'accord avec Tencent.", {"Louvre", "Tencent"}, "memorandum", "active"),
    ("fr", "Un mémorandum d'entente a été signé entre Alibaba et le British Museum.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("de", "Der Louvre hat mit Tencent eine Absichtserklärung unterzeichnet.",
     {"Louvre", "Tencent"}, "memorandum", "active"),
    ("de", "Alibaba und das British Museum unterzeichneten ein Memorandum of Understanding.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("es", "El Louvre firmó un memorando de entendimiento con Tencent.", {"Louvre", "Tencent"}, "memorandum", "active"),
    ("es", "Alibaba y el Museo Británico suscribieron un protocolo de colaboración.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("pt", "O Louvre assinou um memorando de entendimento com a Tencent.",
     {"Louvre", "Tencent"}, "memorandum", "active"),
    ("pt", "A Alibaba e o Museu Britânico assinaram um protocolo de cooperação.",
     {"Alibaba", "British Museum"}, "memorandum", "active"),
    ("zh", "卢浮宫与腾讯签署合作备忘录。", {"Louvre", "Tencent"}, "memorandum", "active"),
    ("zh", "阿里巴巴和大英博物馆签订了战略合作框架协议。", {"Alibaba", "British Museum"}, "memorandum", "active"),
    # teams up with ("joins" a platform is a presence there: kind "store")
    ("en", "Gucci teams up with Douyin for a virtual fashion show.", {"Gucci", "Douyin"}, "other", "active"),
    ("en", "Kuaishou, which teamed up with Burberry last year, will host the launch.",
     {"Kuaishou", "Burberry"}, "other", "active"),
    ("it", "Gucci si allea con Douyin per una sfilata virtuale.", {"Gucci", "Douyin"}, "other", "active"),
    ("it", "Burberry unisce le forze con Kuaishou.", {"Burberry", "Kuaishou"}, "other", "active"),
    ("fr", "Gucci s'associe à Douyin pour un défilé virtuel.", {"Gucci", "Douyin"}, "other", "active"),
    ("fr", "Burberry fait équipe avec Kuaishou.", {"Burberry", "Kuaishou"}, "other", "active"),
    ("de", "Gucci tut sich mit Douyin für eine virtuelle Modenschau zusammen.", {"Gucci", "Douyin"}, "other", "active"),
    ("de", "Burberry spannt mit Kuaishou zusammen.", {"Burberry", "Kuaishou"}, "other", "active"),
    ("es", "Gucci se une a Douyin para un desfile virtual.", {"Gucci", "Douyin"}, "store", "active"),
    ("es", "Burberry se asocia con Kuaishou.", {"Burberry", "Kuaishou"}, "other", "active"),
    ("pt", "A Gucci junta-se ao Douyin para um desfile virtual.", {"Gucci", "Douyin"}, "store", "active"),
    ("pt", "A Burberry une forças com a Kuaishou.", {"Burberry", "Kuaishou"}, "other", "active"),
    ("zh", "古驰携手抖音举办虚拟时装秀。", {"Gucci", "Douyin"}, "other", "active"),
    ("zh", "博柏利牵手快手。", {"Burberry", "Kuaishou"}, "other", "active"),
    # a renewal
    ("en", "Tencent has renewed its partnership with the NBA for five years.", {"Tencent", "NBA"}, "other", "renewed"),
    ("en", "The NBA extended its streaming deal with Tencent.", {"NBA", "Tencent"}, "rights", "renewed"),
    ("it", "Tencent ha rinnovato l'accordo con la NBA per altri cinque anni.", {"Tencent", "NBA"}, "other", "renewed"),
    ("it", "La Juventus ha prolungato la partnership con Jeep.", {"Juventus", "Jeep"}, "other", "renewed"),
    ("fr", "Tencent a renouvelé son partenariat avec la NBA.", {"Tencent", "NBA"}, "other", "renewed"),
    ("fr", "Le contrat entre la Juventus et Jeep a été prolongé.", {"Juventus", "Jeep"}, "other", "renewed"),
    ("de", "Tencent hat die Partnerschaft mit der NBA verlängert.", {"Tencent", "NBA"}, "other", "renewed"),
    ("de", "Juventus und Jeep haben ihren Vertrag verlängert.", {"Juventus", "Jeep"}, "other", "renewed"),
    ("es", "Tencent renovó su acuerdo con la NBA por cinco años.", {"Tencent", "NBA"}, "other", "renewed"),
    ("es", "La Juventus ha prorrogado su contrato con Jeep.", {"Juventus", "Jeep"}, "other", "renewed"),
    ("pt", "A Tencent renovou a parceria com a NBA por cinco anos.", {"Tencent", "NBA"}, "other", "renewed"),
    ("pt", "A Juventus prolongou o contrato com a Jeep.", {"Juventus", "Jeep"}, "other", "renewed"),
    ("zh", "腾讯与NBA续约五年。", {"Tencent", "NBA"}, "other", "renewed"),
    ("zh", "尤文图斯与Jeep续签赞助合同。", {"Juventus", "Jeep"}, "sponsorship", "renewed"),
    # a deal that has ended
    ("en", "Tencent ended its partnership with the NBA in 2019.", {"Tencent", "NBA"}, "other", "ended"),
    ("en", "Juventus and Jeep parted ways after ten seasons.", {"Juventus", "Jeep"}, "other", "ended"),
    ("it", "La Juventus ha interrotto la partnership con Jeep.", {"Juventus", "Jeep"}, "other", "ended"),
    ("it", "L'accordo tra Tencent e la NBA è scaduto.", {"Tencent", "NBA"}, "other", "ended"),
    ("fr", "Juventus a mis fin à son partenariat avec Jeep.", {"Juventus", "Jeep"}, "other", "ended"),
    ("fr", "L'accord entre Tencent et la NBA a pris fin.", {"Tencent", "NBA"}, "other", "ended"),
    ("de", "Juventus hat die Partnerschaft mit Jeep beendet.", {"Juventus", "Jeep"}, "other", "ended"),
    ("de", "Der Vertrag zwischen Tencent und der NBA ist ausgelaufen.", {"Tencent", "NBA"}, "other", "ended"),
    ("es", "La Juventus puso fin a su acuerdo con Jeep.", {"Juventus", "Jeep"}, "other", "ended"),
    ("es", "El acuerdo entre Tencent y la NBA ha expirado.", {"Tencent", "NBA"}, "other", "ended"),
    ("pt", "A Juventus encerrou a parceria com a Jeep.", {"Juventus", "Jeep"}, "other", "ended"),
    ("pt", "O acordo entre a Tencent e a NBA terminou.", {"Tencent", "NBA"}, "other", "ended"),
    ("zh", "尤文图斯与Jeep终止合作。", {"Juventus", "Jeep"}, "other", "ended"),
    ("zh", "腾讯与NBA的合作已经结束。", {"Tencent", "NBA"}, "other", "ended"),
]

#: (language, sentence, [parties, ...]): several brands that joined a platform together.
LISTS: list[tuple[str, str, list[set[str]]]] = [
    ("en", "Gucci, Burberry and Louis Vuitton have all opened stores on Tmall.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("it", "Gucci, Burberry e Louis Vuitton hanno aperto negozi su Tmall.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("fr", "Gucci, Burberry et Louis Vuitton ont ouvert des boutiques sur Tmall.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("de", "Gucci, Burberry und Louis Vuitton haben Shops auf Tmall eröffnet.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("es", "Gucci, Burberry y Louis Vuitton han abierto tiendas en Tmall.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("pt", "A Gucci, a Burberry e a Louis Vuitton abriram lojas no Tmall.",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
    ("zh", "古驰、博柏利和路易威登纷纷入驻天猫。",
     [{"Gucci", "Tmall"}, {"Burberry", "Tmall"}, {"Louis Vuitton", "Tmall"}]),
]

#: (language, sentence): near misses that state no partnership.
NEAR_MISSES: list[tuple[str, str]] = [
    ("en", "Gucci held a livestream on Douyin last night."),
    ("en", "Kuaishou is growing faster than Douyin, its main rival."),
    ("en", "Tencent is in talks with the NBA about a new deal, Reuters reported."),
    ("en", "Burberry denied reports of a partnership with JD.com."),
    ("it", "Gucci ha trasmesso la sfilata in diretta su Douyin."),
    ("it", "Kuaishou cresce più di Douyin, il suo principale concorrente."),
    ("it", "Tencent sarebbe in trattative con la NBA, secondo Reuters."),
    ("it", "Burberry ha smentito un accordo con JD.com."),
    ("fr", "Gucci a diffusé son défilé en direct sur Douyin."),
    ("fr", "Kuaishou progresse plus vite que Douyin, son principal concurrent."),
    ("fr", "Tencent serait en négociation avec la NBA, selon Reuters."),
    ("fr", "Burberry a démenti tout accord avec JD.com."),
    ("de", "Gucci zeigte die Modenschau live auf Douyin."),
    ("de", "Kuaishou wächst schneller als Douyin, sein größter Konkurrent."),
    ("de", "Tencent verhandelt Berichten zufolge mit der NBA, meldet Reuters."),
    ("de", "Burberry dementierte eine Partnerschaft mit JD.com."),
    ("es", "Gucci emitió su desfile en directo en Douyin."),
    ("es", "Kuaishou crece más rápido que Douyin, su principal competidor."),
    ("es", "Tencent estaría negociando con la NBA, según Reuters."),
    ("es", "Burberry desmintió un acuerdo con JD.com."),
    ("pt", "A Gucci transmitiu o desfile ao vivo no Douyin."),
    ("pt", "A Kuaishou cresce mais rápido que o Douyin, o seu principal concorrente."),
    ("pt", "A Tencent estaria em negociações com a NBA, segundo a Reuters."),
    ("pt", "A Burberry negou um acordo com a JD.com."),
    ("zh", "古驰昨晚在抖音进行了直播。"),
    ("zh", "快手的增长速度超过了竞争对手抖音。"),
    ("zh", "据路透社报道，腾讯正与NBA洽谈合作。"),
    ("zh", "博柏利否认与京东合作。"),
]

#: (language, sentence, parties): more word orders (a noun cue with its parties, a passive, a relative clause,
#: a party fronted, a possessive, a store named by its platform) and nouns of rights and sponsorship.
WORD_ORDERS: list[tuple[str, str, set[str]]] = [
    ("en", "Gucci's deal with Tencent covers WeChat and QQ.", {"Gucci", "Tencent"}),
    ("en", "The partnership between Burberry and Tencent was announced in July.", {"Burberry", "Tencent"}),
    ("en", "A new agreement was signed by the Louvre and Douyin.", {"Douyin", "Louvre"}),
    ("en", "Tmall, which signed a deal with Louis Vuitton last year, is growing fast.", {"Louis Vuitton", "Tmall"}),
    ("en", "With Tencent, the NBA has signed a five-year contract.", {"NBA", "Tencent"}),
    ("en", "Juventus has a sponsorship agreement with Alibaba Cloud.", {"Alibaba Cloud", "Juventus"}),
    ("en", "The British Museum has partnered with Tmall to sell replicas.", {"British Museum", "Tmall"}),
    ("it", "L'accordo tra Gucci e Tencent riguarda WeChat.", {"Gucci", "Tencent"}),
    ("it", "Con Tencent la NBA ha firmato un contratto di cinque anni.", {"NBA", "Tencent"}),
    ("it", "Tmall, che ha firmato un accordo con Louis Vuitton, cresce rapidamente.", {"Louis Vuitton", "Tmall"}),
    ("it", "Un nuovo accordo è stato firmato dal Louvre e da Douyin.", {"Douyin", "Louvre"}),
    ("it", "La collaborazione di Burberry con Tencent è stata annunciata a luglio.", {"Burberry", "Tencent"}),
    ("it", "Il British Museum collabora con Tmall per vendere repliche.", {"British Museum", "Tmall"}),
    ("fr", "L'accord entre Gucci et Tencent porte sur WeChat.", {"Gucci", "Tencent"}),
    ("fr", "Tmall, qui a signé un accord avec Louis Vuitton, progresse vite.", {"Louis Vuitton", "Tmall"}),
    ("fr", "Un nouvel accord a été signé par le Louvre et Douyin.", {"Douyin", "Louvre"}),
    ("fr", "Le partenariat de Burberry avec Tencent a été annoncé en juillet.", {"Burberry", "Tencent"}),
    ("fr", "Avec Tencent, la NBA a signé un contrat de cinq ans.", {"NBA", "Tencent"}),
    ("fr", "Le British Museum collabore avec Tmall pour vendre des répliques.", {"British Museum", "Tmall"}),
    ("de", "Die Partnerschaft von Burberry mit Tencent wurde im Juli angekündigt.", {"Burberry", "Tencent"}),
    ("de", "Die Vereinbarung zwischen Gucci und Tencent betrifft WeChat.", {"Gucci", "Tencent"}),
    ("de", "Tmall, das einen Vertrag mit Louis Vuitton unterzeichnet hat, wächst schnell.", {"Louis Vuitton", "Tmall"}),
    ("de", "Mit Tencent hat die NBA einen Fünfjahresvertrag unterzeichnet.", {"NBA", "Tencent"}),
    ("de", "Ein neues Abkommen wurde vom Louvre und Douyin unterzeichnet.", {"Douyin", "Louvre"}),
    ("de", "Das British Museum kooperiert mit Tmall beim Verkauf von Repliken.", {"British Museum", "Tmall"}),
    ("es", "El acuerdo entre Gucci y Tencent abarca WeChat.", {"Gucci", "Tencent"}),
    ("es", "Tmall, que firmó un acuerdo con Louis Vuitton, crece rápidamente.", {"Louis Vuitton", "Tmall"}),
    ("es", "Un nuevo acuerdo fue firmado por el Louvre y Douyin.", {"Douyin", "Louvre"}),
    ("es", "La colaboración de Burberry con Tencent se anunció en julio.", {"Burberry", "Tencent"}),
    ("es", "Con Tencent, la NBA firmó un contrato de cinco años.", {"NBA", "Tencent"}),
    ("es", "El Museo Británico colabora con Tmall para vender réplicas.", {"British Museum", "Tmall"}),
    ("pt", "A parceria entre a Gucci e a Tencent abrange o WeChat.", {"Gucci", "Tencent"}),
    ("pt", "O Tmall, que assinou um acordo com a Louis Vuitton, cresce rapidamente.", {"Louis Vuitton", "Tmall"}),
    ("pt", "Um novo acordo foi assinado pelo Louvre e pelo Douyin.", {"Douyin", "Louvre"}),
    ("pt", "Com a Tencent, a NBA assinou um contrato de cinco anos.", {"NBA", "Tencent"}),
    ("pt", "O Museu Britânico colabora com o Tmall para vender réplicas.", {"British Museum", "Tmall"}),
    ("zh", "与路易威登签约的天猫增长迅速。", {"Louis Vuitton", "Tmall"}),
    ("zh", "大英博物馆和天猫合作销售复制品。", {"British Museum", "Tmall"}),
    ("zh", "NBA与腾讯签下五年合同。", {"NBA", "Tencent"}),
    ("zh", "腾讯成为NBA中国官方合作伙伴。", {"NBA", "Tencent"}),
    ("zh", "卢浮宫携手抖音推出线上展览。", {"Douyin", "Louvre"}),
    ("en", "Gucci has had a flagship store on Tmall since 2019.", {"Gucci", "Tmall"}),
    ("en", "Gucci's Tmall flagship store sold out in an hour.", {"Gucci", "Tmall"}),
    ("en", "Burberry, present on JD.com since 2020, is expanding.", {"Burberry", "JD.com"}),
    ("it", "Gucci ha un flagship store su Tmall dal 2019.", {"Gucci", "Tmall"}),
    ("it", "Il flagship store di Gucci su Tmall ha aperto a marzo.", {"Gucci", "Tmall"}),
    ("it", "Burberry, presente su JD.com dal 2020, si espande.", {"Burberry", "JD.com"}),
    ("it", "Gucci è sbarcata su Tmall con un negozio monomarca.", {"Gucci", "Tmall"}),
    ("fr", "Gucci possède une boutique officielle sur Tmall depuis 2019.", {"Gucci", "Tmall"}),
    ("fr", "Burberry, présente sur JD.com depuis 2020, se développe.", {"Burberry", "JD.com"}),
    ("fr", "Gucci a fait son entrée sur Tmall en mars.", {"Gucci", "Tmall"}),
    ("de", "Gucci betreibt seit 2019 einen Flagship-Store auf Tmall.", {"Gucci", "Tmall"}),
    ("de", "Burberry ist seit 2020 auf JD.com vertreten.", {"Burberry", "JD.com"}),
    ("de", "Gucci ist im März bei Tmall eingestiegen.", {"Gucci", "Tmall"}),
    ("es", "Gucci tiene tienda insignia en Tmall desde 2019.", {"Gucci", "Tmall"}),
    ("es", "Burberry, presente en JD.com desde 2020, se expande.", {"Burberry", "JD.com"}),
    ("es", "Gucci desembarcó en Tmall en marzo.", {"Gucci", "Tmall"}),
    ("pt", "A Gucci tem loja oficial no Tmall desde 2019.", {"Gucci", "Tmall"}),
    ("pt", "A Burberry, presente na JD.com desde 2020, está a crescer.", {"Burberry", "JD.com"}),
    ("pt", "A Gucci estreou-se no Tmall em março.", {"Gucci", "Tmall"}),
    ("pt", "A Gucci abriu loja oficial em março no Tmall.", {"Gucci", "Tmall"}),
    ("zh", "古驰自2019年起在天猫开设旗舰店。", {"Gucci", "Tmall"}),
    ("zh", "古驰天猫旗舰店三月开业。", {"Gucci", "Tmall"}),
    ("zh", "博柏利京东自营旗舰店正式上线。", {"Burberry", "JD.com"}),
    ("zh", "古驰正式登陆天猫。", {"Gucci", "Tmall"}),
    ("en", "Tencent, the NBA's streaming partner in China, paid $1.5 billion.", {"NBA", "Tencent"}),
    ("en", "Alibaba became the official cloud partner of the IOC.", {"Alibaba", "International Olympic Committee"}),
    ("it", "Tencent, partner di streaming della NBA in Cina, ha pagato 1,5 miliardi.", {"NBA", "Tencent"}),
    ("fr", "Tencent, diffuseur officiel de la NBA en Chine, a payé 1,5 milliard.", {"NBA", "Tencent"}),
    ("de", "Tencent, der offizielle Streamingpartner der NBA in China, zahlte 1,5 Milliarden.", {"NBA", "Tencent"}),
    ("es", "Tencent, socio de retransmisión de la NBA en China, pagó 1.500 millones.", {"NBA", "Tencent"}),
    ("pt", "A Tencent, parceira de transmissão da NBA na China, pagou 1,5 mil milhões.", {"NBA", "Tencent"}),
    ("zh", "NBA中国官方合作伙伴腾讯支付了15亿美元。", {"NBA", "Tencent"}),
]

#: More near misses: a rival, a bystander, an agency's report, a possibility.
MORE_NEAR_MISSES: list[tuple[str, str]] = [
    ("en", "Douyin, a rival of Kuaishou, launched a new feature."),
    ("en", "Xinhua reported that Tencent's revenue grew 10%."),
    ("en", "Burberry may sign a deal with Tencent, sources said."),
    ("it", "Secondo l'agenzia Xinhua, i ricavi di Tencent sono cresciuti del 10%."),
    ("it", "Rispetto a Kuaishou, Douyin ha più utenti."),
    ("fr", "Selon l'agence Xinhua, le chiffre d'affaires de Tencent a augmenté de 10 %."),
    ("fr", "Burberry pourrait signer un accord avec Tencent."),
    ("fr", "Contrairement à Kuaishou, Douyin compte plus d'utilisateurs."),
    ("de", "Burberry könnte einen Vertrag mit Tencent unterzeichnen."),
    ("de", "Laut der Nachrichtenagentur Xinhua stieg der Umsatz von Tencent um 10 Prozent."),
    ("de", "Gucci streamte die Show live auf Douyin."),
    ("de", "Im Gegensatz zu Kuaishou hat Douyin mehr Nutzer."),
    ("es", "Según la agencia Xinhua, los ingresos de Tencent crecieron un 10 %."),
    ("es", "A diferencia de Kuaishou, Douyin tiene más usuarios."),
    ("pt", "Segundo a agência Xinhua, as receitas da Tencent cresceram 10%."),
    ("pt", "Ao contrário da Kuaishou, o Douyin tem mais utilizadores."),
    ("zh", "新华社报道，腾讯收入增长10%。"),
    ("zh", "与快手相比，抖音拥有更多用户。"),
    ("zh", "古驰可能与腾讯合作。"),
]

#: Sentences as news writes them: a descriptor before each party, a reporter credited, a date inside.
AS_NEWS_WRITES: list[tuple[str, str, set[str]]] = [
    ("en",
     "Italian luxury house Gucci announced on Tuesday a partnership with Chinese tech giant Tencent.",
     {"Gucci", "Tencent"}),
    ("en", "According to Reuters, Gucci has signed an agreement with Tencent.", {"Gucci", "Tencent"}),
    ("en",
     "The deal, signed in Shanghai on Monday, makes JD.com the exclusive online retailer of Burberry in China.",
     {"Burberry", "JD.com"}),
    ("en", "Tencent said on Monday it had signed a deal with the British Museum.", {"British Museum", "Tencent"}),
    ("en",
     "Chinese e-commerce giant JD.com and British fashion brand Burberry are working together on a new app.",
     {"Burberry", "JD.com"}),
    ("it", "Secondo quanto riportato da Reuters, Gucci ha firmato un accordo con Tencent.", {"Gucci", "Tencent"}),
    ("it", "Il colosso cinese dell'e-commerce Alibaba ha siglato un'intesa con la maison Gucci.", {"Alibaba", "Gucci"}),
    ("it",
     "Come annunciato lunedì, la Juventus e Alibaba hanno firmato un accordo triennale.",
     {"Alibaba", "Juventus"}),
    ("fr", "Selon un communiqué, Tencent et le Louvre ont signé un partenariat.", {"Louvre", "Tencent"}),
    ("fr",
     "Le géant chinois du commerce en ligne JD.com et la marque britannique Burberry collaborent désormais.",
     {"Burberry", "JD.com"}),
    ("fr", "D'après l'AFP, Gucci a conclu un accord avec Tencent.", {"Gucci", "Tencent"}),
    ("de",
     "Der chinesische Onlinehändler JD.com und die britische Modemarke Burberry kooperieren.",
     {"Burberry", "JD.com"}),
    ("de", "Laut Reuters hat Gucci eine Vereinbarung mit Tencent getroffen.", {"Gucci", "Tencent"}),
    ("de", "Gucci arbeitet mit Tencent zusammen.", {"Gucci", "Tencent"}),
    ("es", "Según informó la compañía, Alibaba ha firmado un acuerdo con el Real Madrid.", {"Alibaba", "Real Madrid"}),
    ("es",
     "El gigante chino del comercio electrónico JD.com y la marca británica Burberry colaboran desde 2019.",
     {"Burberry", "JD.com"}),
    ("es", "Según Reuters, Gucci cerró un acuerdo con Tencent.", {"Gucci", "Tencent"}),
    ("pt", "De acordo com o comunicado, a Tencent e o Benfica assinaram uma parceria.", {"SL Benfica", "Tencent"}),
    ("pt",
     "A gigante chinesa do comércio eletrónico JD.com e a marca britânica Burberry colaboram desde 2019.",
     {"Burberry", "JD.com"}),
    ("pt", "Segundo a Reuters, a Gucci fechou um acordo com a Tencent.", {"Gucci", "Tencent"}),
    ("zh", "据悉，腾讯与大英博物馆日前签署战略合作协议。", {"British Museum", "Tencent"}),
    ("zh", "据路透社报道，古驰已与腾讯签署合作协议。", {"Gucci", "Tencent"}),
    ("zh", "中国电商巨头京东与英国时尚品牌博柏利宣布合作。", {"Burberry", "JD.com"}),
    ("zh", "腾讯周一表示，已与NBA签署新协议。", {"NBA", "Tencent"}),
    ("it", "JD.com e Burberry lavorano insieme a una nuova app.", {"Burberry", "JD.com"}),
    ("fr", "JD.com et Burberry travaillent ensemble sur une nouvelle application.", {"Burberry", "JD.com"}),
    ("es", "JD.com y Burberry trabajan juntos en una nueva aplicación.", {"Burberry", "JD.com"}),
    ("pt", "A JD.com e a Burberry trabalham juntos numa nova aplicação.", {"Burberry", "JD.com"}),
]

#: A renewal or an end named by a noun ('the renewal of the deal between', 'former sponsor'): (language,
#: sentence, parties, status).
RENEWALS_AND_ENDS: list[tuple[str, str, set[str], str]] = [
    ("en",
     "The renewal of the deal between Tencent and the NBA was announced on Monday.",
     {"NBA", "Tencent"}, "renewed"),
    ("en", "Jeep, Juventus's former shirt sponsor, left in 2024.", {"Jeep", "Juventus"}, "ended"),
    ("it", "Il rinnovo dell'accordo tra Tencent e la NBA è stato annunciato lunedì.", {"NBA", "Tencent"}, "renewed"),
    ("it", "Jeep, ex sponsor della Juventus, ha lasciato nel 2024.", {"Jeep", "Juventus"}, "ended"),
    ("fr", "Le renouvellement de l'accord entre Tencent et la NBA a été annoncé lundi.", {"NBA", "Tencent"}, "renewed"),
    ("fr", "Jeep, ancien sponsor de la Juventus, est parti en 2024.", {"Jeep", "Juventus"}, "ended"),
    ("de",
     "Die Verlängerung des Vertrags zwischen Tencent und der NBA wurde am Montag bekannt gegeben.",
     {"NBA", "Tencent"}, "renewed"),
    ("de", "Jeep, der frühere Trikotsponsor von Juventus, zog sich 2024 zurück.", {"Jeep", "Juventus"}, "ended"),
    ("es", "La renovación del acuerdo entre Tencent y la NBA se anunció el lunes.", {"NBA", "Tencent"}, "renewed"),
    ("es", "Jeep, antiguo patrocinador de la Juventus, se retiró en 2024.", {"Jeep", "Juventus"}, "ended"),
    ("pt",
     "A renovação do acordo entre a Tencent e a NBA foi anunciada na segunda-feira.",
     {"NBA", "Tencent"}, "renewed"),
    ("pt", "A Jeep, antiga patrocinadora da Juventus, saiu em 2024.", {"Jeep", "Juventus"}, "ended"),
    ("zh", "腾讯与NBA续约的消息于周一宣布。", {"NBA", "Tencent"}, "renewed"),
    ("zh", "尤文图斯前赞助商Jeep于2024年退出。", {"Jeep", "Juventus"}, "ended"),
]

#: Three brands that joined Tmall together, each a partner of it.
JOINED_TOGETHER: list[tuple[str, str]] = [
    ("en", "Gucci, Burberry and Louis Vuitton joined Tmall in 2018."),
    ("es", "Gucci, Burberry y Louis Vuitton desembarcaron en Tmall en 2018."),
    ("fr", "Gucci, Burberry et Louis Vuitton ont rejoint Tmall en 2018."),
    ("pt", "A Gucci, a Burberry e a Louis Vuitton chegaram ao Tmall em 2018."),
    ("it", "Gucci, Burberry e Louis Vuitton sono sbarcati su Tmall nel 2018."),
    ("zh", "古驰、博柏利和路易威登于2018年登陆天猫。"),
]


def _partnerships(extract_text, lang: str, text: str) -> list[Partnership]:
    return [f for f in extract_text(lang, text, None).facts if isinstance(f, Partnership)]


@pytest.mark.parametrize(("lang", "text", "parties", "kind", "status"), MATRIX)
def test_each_form_in_each_language(extract_text, lang: str, text: str, parties: set[str], kind: str,
                                    status: str) -> None:
    assert [(set(f.parties), f.kind, f.status) for f in _partnerships(extract_text, lang, text)] == \
        [(parties, kind, status)]


@pytest.mark.parametrize(("lang", "text", "pairs"), LISTS)
def test_brands_joining_a_platform_together(extract_text, lang: str, text: str, pairs: list[set[str]]) -> None:
    found = sorted(sorted(f.parties) for f in _partnerships(extract_text, lang, text))
    assert found == sorted(sorted(p) for p in pairs)


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_near_misses_give_no_pair(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in _partnerships(extract_text, lang, text)] == []


@pytest.mark.parametrize(("lang", "text", "parties"), WORD_ORDERS + AS_NEWS_WRITES)
def test_word_orders(extract_text, lang: str, text: str, parties: set[str]) -> None:
    assert [set(f.parties) for f in _partnerships(extract_text, lang, text)] == [parties]


@pytest.mark.parametrize(("lang", "text"), MORE_NEAR_MISSES)
def test_more_near_misses(extract_text, lang: str, text: str) -> None:
    assert [f.parties for f in _partnerships(extract_text, lang, text)] == []


@pytest.mark.parametrize(("lang", "text", "parties", "status"), RENEWALS_AND_ENDS)
def test_renewals_and_ends_named_by_a_noun(extract_text, lang: str, text: str, parties: set[str],
                                          status: str) -> None:
    assert [(set(f.parties), f.status) for f in _partnerships(extract_text, lang, text)] == [(parties, status)]


@pytest.mark.parametrize(("lang", "text"), JOINED_TOGETHER)
def test_brands_that_joined_together(extract_text, lang: str, text: str) -> None:
    found = sorted(sorted(f.parties) for f in _partnerships(extract_text, lang, text))
    assert found == [sorted({brand, "Tmall"}) for brand in ("Burberry", "Gucci", "Louis Vuitton")]
