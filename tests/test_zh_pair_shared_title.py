"""A two-bullet Chinese news group titled by one bullet's phrase takes the noun phrase both
its bullets write (`zh_pair_shared_title`); a name, a body, people, a verb phrase, a phrase
another title holds, or a group of three keeps its title."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.zh_pair_shared_title import pair_shared_groups
from conftest import shared_group_titles

# zh-news 96 as its brief settles it: the Politburo's word on private firms, the procurators' cases
POLITBURO = "日前，中共中央政治局召开会议强调，切实优化民营企业发展环境。"
PROCURATORS = (
    "最高人民检察院案件管理办公室负责人表示，为促进民营企业健康发展，检察机关严厉惩治企业内部人员职务侵占、"
    "挪用资金犯罪，以及不正当竞争、侵犯民营企业知识产权和商业秘密等犯罪。2023年1月至6月共起诉此类犯罪2000余人。"
)
TEXTS = ["今日最高人民检察院发布2023年1月至6月全国检察机关主要办案数据。", POLITBURO, PROCURATORS]
OVERVIEW = Group(title="核心要点：全国检察机关主要办案数据", points=[Point(text=TEXTS[0], citations=[1])])


def _titled(title: str, bullets: list[str], overview: Group = OVERVIEW, texts: list[str] | None = TEXTS) -> str:
    points = [Point(text=b, citations=[2 + i]) for i, b in enumerate(bullets)]
    return pair_shared_groups([overview, Group(title=title, points=points)], texts)[1].title


def test_a_pair_is_titled_by_the_thing_both_bullets_say() -> None:
    assert _titled("民营企业发展环境", [POLITBURO, PROCURATORS]) == "民营企业"


def test_the_title_stays_where_no_fitting_phrase_is_shared() -> None:
    assert _titled("民营企业发展环境", [POLITBURO, PROCURATORS], texts=None) == "民营企业发展环境"  # no news
    assert _titled("民营企业", [POLITBURO, PROCURATORS]) == "民营企业"  # both say it already
    overview = Group(title="核心要点：民营企业", points=OVERVIEW.points)
    assert _titled("民营企业发展环境", [POLITBURO, PROCURATORS], overview) == "民营企业发展环境"  # the overview's
    three = [POLITBURO, PROCURATORS, TEXTS[0]]
    assert (
        pair_shared_groups(
            [OVERVIEW, Group(title="民营企业发展环境", points=[Point(text=b, citations=[1]) for b in three])], TEXTS
        )[1].title
        == "民营企业发展环境"
    )
    # people, a body and a verb phrase are no theme (zh-news 116, 55, 126)
    shelter = "应尽可能待在防风安全的地方，危房人员及时转移。"
    assert _titled("防风安全", [shelter, "应当继续留在安全处避风，危房人员及时转移。"]) == "防风安全"
    police = "多家企业向上海市公安局浦东分局经侦支队报案：企业招聘的入职者也曾骗薪。"
    assert _titled("企业招聘", [police, "浦东经侦支队民警调查发现，团伙成员伪造学历。"]) == "企业招聘"
    rules = "重申了河道治理、河道采砂管理等相关内容，《条例》作出规定。"
    assert _titled("河道采砂管理", [rules, "《条例》还对保障与监督、法律责任等作出规定。"]) == "河道采砂管理"


def test_a_figure_benchmark_or_a_piece_of_a_name_is_no_theme() -> None:
    # zh-news 160, 144 (the bench's cut): "平均水平" both figures are measured by; a bureau's and a zone's name
    forest = "珠三角地区自然生态优良格局保持稳定，截至2021年该地区森林覆盖率达51.8%，远高于全国平均水平。"
    parks = "截至2021年，建成城市公园5792个，人均公园绿地面积19.2平方米，高于全国和港澳平均水平。"
    assert _titled("人均公园绿地面积", [forest, parks]) == "人均公园绿地面积"
    order = "怀仁市自然资源局执法队对其下达了《责令停止违法行为通知书》，要求其恢复土地原貌。"
    cleared = "8月1日，怀仁市自然资源局联合云东街道办事处对违法占用土地上的建筑物进行了拆除复垦。"
    assert _titled("土地原貌", [order, cleared]) == "土地原貌"
    zone = "2023年5月10日，长子经济开发区管委会在未获得合法用地手续情况下，组织违法占用耕地建设总部基地。"
    found = "山西省自然资源厅监测发现该项目（长治市长子经济开发区丹朱总部经济园区建设项目）违法占地63.45亩。"
    assert _titled("违法占用耕地", [zone, found]) == "违法占用耕地"


def test_shared_articles() -> None:
    assert "民营企业" in shared_group_titles("zh-news.jsonl", 96)
    assert "国有资产闲置浪费" in shared_group_titles("zh-news.jsonl", 171)  # a whole list item keeps its length
