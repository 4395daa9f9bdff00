"""A Chinese news group's title one bullet says gives way to the piece of the overview's title every
bullet says (`zh_overview_theme_title`): "古树名木保护" for "先进生态文化" under "长三角古树名木保护论坛",
"乌篷船" for "历史文化名城" under "绍兴鲁迅故里乌篷船码头"; "福建省清洁能源装机容量" stays under
"风电机组" (海上 before the overview's 风电 read as the article's topic again, blind);
a piece the overview's title is hardly longer than, a role, a run opening on an act, a group
telling the overview's own story, a title already holding the piece or a pair keep
the title. Bullets are zh-news briefs' own."""

from __future__ import annotations

from citebrief.text.zh_overview_theme_title import overview_theme_titles
from conftest import shared_group_titles

BOATS = [  # zh-news 180: every bullet says 乌篷船; the title is the third bullet's aside
    "今年暑期，在鲁迅故里，20余名船夫携20多条乌篷船满负荷运行。",
    "根据官方统计，今年7月以来，鲁迅故里接待乌篷船游客超5.4万人次。",
    "绍兴是中国首批历史文化名城，水多、桥多、船多，乌篷船曾是主要交通工具。",
]
BOXES = [  # zh-news 129: every bullet says 机顶盒, but "非法机顶盒" is hardly more
    "2019年4月，赵某某得知生产这批机顶盒的厂家已被公安机关抓获。",
    "遇到不想续费的客户，便将机顶盒回收，用酒精擦拭干净之后再卖给新客户。",
    "经查，赵某某从上家购买非法机顶盒后，向客户及下家销售并提供续费服务，非法经营数额约14万元。",
]
VETERANS = [  # zh-news 32: 退役军人 is whom the whole story is about, a role
    "对农村籍退役军人或有愿望到农村发展的城镇籍退役军人，鼓励他们投身到乡村振兴和基层治理之中。",
    "围绕让退役军人始终成为应急应战处突的骨干力量，近年来先后有300多万人次奉献在应急救援、抢险处突的第一线。",
    "马飞雄还表示，下一步，一是推动出台退役军人安置条例、退役军人就业创业促进条例等。",
]
WIND = [  # zh-news 47 as titled: the first bullet says 海上风电 in the clause after its "；"
    "据国网福建省电力有限公司发展部副主任李荣敏介绍，截至2022年底，福建省清洁能源装机容量达4541万千瓦",
    "“十四五”期间，福建省规划新增开发省管海域海上风电约1030万千瓦。",
    "福建正发挥海上风力资源优势，拓展海上风电产业链和风电基地建设，加快海上风电绿色能源高质量发展。",
]
WIND_TEXTS = [
    "据国网福建省电力有限公司发展部副主任李荣敏介绍，截至2022年底，福建省清洁能源装机容量达4541万千瓦；"
    "海上风电装机容量达321万千瓦，居全国第三位。“十四五”期间，福建省规划新增开发省管海域海上风电约1030万千瓦。",
    "福建正发挥海上风力资源优势，拓展海上风电产业链和风电基地建设，加快海上风电绿色能源高质量发展。",
]
MUSEUMS = [  # bench zh-news L980: 博物馆 is the overview's own thing, its tail
    "中国国家博物馆近期还联合北京警方对加价倒卖免费门票的“黄牛”进行专项打击。",
    "在宣传引导方面，很多博物馆都及时发布了票务信息，能够实时发布展厅的游客数量。",
    "很多博物馆也发布了声明，引导观众共同抵制商家“代抢”等扰乱参观秩序的行为。",
]
QUEUE = [  # bench zh-news L1230: the first bullet is a whole sentence; the next one says 乌篷船
    "登船码头，有40多年划船经验的“船老大”一边扶游客上船，一边大声喊道，“游客多，排队久，请大家见谅！”",
    "河道不宽，只容得下两艘乌篷船“会面”，有的船只相向而行，陌生游客之间相互打个招呼。",
    "来自甘肃的“00后”宋杰和同伴正在享受高中毕业旅行，首站就是绍兴，“穿越鲁迅故里的张马河是游乌篷船的黄金线路”。",
]
EXPO = [  # zh-news 67: "进|博会" opens on the tagger's act: the event the overview's part belongs to
    "第六届进博会将继续沿用通关便利、市场准入等方面的19项支持政策，今年中国海关又新增了1项支持举措。",
    "该项新政是“允许无动植物疫情流行国家(地区)未获检疫准入的动植物产品、食品，经特许审批后入境参展”，服务进博会。",
    "第六届进博会将于今年11月5日至10日在上海线下举办。",
]


def _retitled(title: str, bullets: list[str], shown: str, given: str = "", texts: list[str] | None = None) -> str:
    used = {shown.casefold(), *([given.casefold()] if given else [])}
    titles = ["", *([given] if given else []), title]
    own = [None, *([(["x"], ["x"])] if given else []), (bullets, texts or bullets)]
    return overview_theme_titles(titles, own, used, shown)[-1]


def test_every_bullet_saying_a_piece_of_a_longer_overview_title_names_the_group() -> None:
    assert _retitled("历史文化名城", BOATS, "绍兴鲁迅故里乌篷船码头") == "乌篷船"


def test_the_overviews_word_with_the_word_before_it_does_not_title_the_group() -> None:
    # zh-news 47: "海上风电" under "风电机组" read worse blind than the capacity figures' own title
    assert _retitled("福建省清洁能源装机容量", WIND, "风电机组", texts=WIND_TEXTS) == "福建省清洁能源装机容量"


def test_a_piece_the_overview_title_is_hardly_longer_than_stays_off() -> None:
    assert _retitled("续费服务", BOXES, "非法机顶盒") == "续费服务"


def test_a_role_a_run_opening_on_an_act_and_a_title_holding_the_piece_stay() -> None:
    assert _retitled("抢险处突", VETERANS, "退役军人工作高质量发展") == "抢险处突"
    assert _retitled("动植物疫情", EXPO, "进博会企业商业展") == "动植物疫情"
    assert _retitled("乌篷船游客", BOATS, "绍兴鲁迅故里乌篷船码头") == "乌篷船游客"


def test_the_overviews_tail_and_a_sentence_after_a_whole_bullet_stay_off() -> None:
    assert _retitled("票务信息", MUSEUMS, "公众参观博物馆") == "票务信息"
    assert _retitled("享受高中毕业旅行", QUEUE, "绍兴鲁迅故里乌篷船码头", texts=["".join(QUEUE)]) == "享受高中毕业旅行"


def test_two_groups_sharing_the_piece_give_it_to_the_first_only() -> None:
    shown = "绍兴鲁迅故里乌篷船码头"
    own = [None, (BOATS, BOATS), (BOATS, BOATS)]
    titles = overview_theme_titles(["", "享受高中毕业旅行", "历史文化名城"], own, {shown.casefold()}, shown)
    assert titles == ["", "乌篷船", "历史文化名城"]


def test_a_pair_another_group_titled_by_the_piece_and_the_overviews_own_story_stay() -> None:
    assert _retitled("历史文化名城", BOATS[1:], "绍兴鲁迅故里乌篷船码头") == "历史文化名城"
    assert _retitled("历史文化名城", BOATS, "绍兴鲁迅故里乌篷船码头", given="乌篷船") == "历史文化名城"
    told = [f"绍兴鲁迅故里乌篷船码头{b}" for b in BOATS]
    assert _retitled("历史文化名城", told, "绍兴鲁迅故里乌篷船码头") == "历史文化名城"


def test_shared_briefs_name_the_overview_theme_their_groups_share() -> None:
    trees = shared_group_titles("zh-news.jsonl", 41)
    assert trees[0].endswith("长三角古树名木保护论坛")
    assert trees[2] == "古树名木保护"
    assert shared_group_titles("zh-news.jsonl", 47)[2] == "福建省清洁能源装机容量"
    boats = shared_group_titles("zh-news.jsonl", 180)
    assert boats[0].endswith("绍兴鲁迅故里乌篷船码头")
    assert boats[2] == "乌篷船"
