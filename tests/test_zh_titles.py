"""Chinese group titles a news reader keeps: no phrase that opens on a quantity ("部分列车"),
inside a name ("孙|卫东利用职务") or on a verb jieba tags as a noun ("利用职务"); a person
("辛辛奶奶", "女孩铭铭") is who, not what; a reply's docket number and a dateline's outlet and
place are no overview subject."""

from __future__ import annotations

import re

import pytest

from citebrief.text.chunks import zh_chunks
from citebrief.text.title_choice import group_title, subject_title
from citebrief.text.zh_asides import ASIDE_FACTOR, aside_factor
from citebrief.text.zh_fragments import zh_fragment as _zh_fragment
from citebrief.text.zh_roundup import item_named, roundup_items, roundup_subject
from conftest import shared_group_titles


def _texts(sentence: str) -> set[str]:
    return {c.text for c in zh_chunks(sentence)}


def test_no_phrase_opens_on_a_quantity_or_inside_a_name() -> None:
    assert "部分列车" not in _texts("受地震影响，部分列车停运、晚点。")
    assert "列车" in _texts("受地震影响，部分列车停运、晚点。")
    assert not any(t.startswith("卫东") for t in _texts("孙卫东利用职务便利，为其亲属谋取利益。"))
    founder = _texts("阿达尼集团创始人高塔姆·阿达尼的家族所持股份将全部被收购。")
    assert "集团创始人" not in founder
    assert not any(t.startswith("炎华") for t in _texts("记者欧阳炎华团队在当地开展公益活动。"))
    # a whole name before a phrase leaves it whole: 布依族 owns nothing of 蓝靛印染工艺课程
    assert "蓝靛印染工艺课程" in _texts("台湾青年体验了布依族蓝靛印染工艺课程。")


def test_a_person_is_a_name_not_a_topic() -> None:
    chunks = {c.text: c for c in zh_chunks("辛辛奶奶赶紧用干净的毛巾压迫伤口。")}
    assert chunks["辛辛奶奶"].name_only
    chunks = {c.text: c for c in zh_chunks("女孩铭铭才3岁5个月，在家玩耍时跌落地面。")}
    assert "女孩铭铭" not in chunks or chunks["女孩铭铭"].name_only  # a doubled unknown word is a name


def test_a_noun_jieba_tags_a_verb_opens_no_act() -> None:
    # "对……的行为立案侦查": 行为 is the object of 对, 立案侦查 the clause's verb
    sentence = "警方根据线索对赵某某非法销售卫星电视机顶盒的行为立案侦查，后将其抓获归案。"
    assert "行为立案侦查" not in _texts(sentence)


def test_where_words_modify_like_nouns() -> None:
    assert "境外电视频道" in _texts("他发现客户家的机顶盒可以收看境外电视频道。")
    assert "图片公司时双方" not in _texts("这要看摄影师把作品授权给图片公司时双方的具体约定。")


def test_an_official_subject_loses_which_part_and_what_is_done() -> None:
    from citebrief.text.official_title import trim_official

    assert trim_official("部分节假日安排") == "节假日安排"
    assert trim_official("典型经验做法给予表扬") == "典型经验做法"
    assert trim_official("建设国家自主创新示范区") == "国家自主创新示范区"
    assert trim_official("建设试点") == "建设试点"  # too little left
    assert trim_official("专利代理条例") == "专利代理条例"


def test_a_quoted_term_two_bullets_use_is_a_title() -> None:
    bullets = [
        "2011年之前，我国城镇职工基本养老保险的“供养比”大致稳定在3.0∶1和3.2∶1之间。",
        "城镇职工基本养老保险“供养比”不断下降，说明达到退休年龄的人群快速增长。",
    ]
    # the overview already names the article's subject; the quoted term is this group's own
    assert group_title(bullets, bullets, bullets, "zh", {"基本养老保险"}) == "供养比"


def test_a_reply_is_about_what_the_proposal_asks() -> None:
    from citebrief.text.official_title import reply_proposal

    reply = "对于您提出的建设地方政府门户网站外文版的建议，我们将在下一步工作中认真采纳。"
    assert reply_proposal(["政府上网工程实施以来，各级政府建立了政府网站。", reply]) == "地方政府门户网站外文版"
    assert reply_proposal(["您提出的关于请总理网上博客听取民意的建议收悉。"]) == ""  # a clause, no subject


def test_fragments_of_clauses_and_datelines() -> None:
    assert _zh_fragment("利用职务", "孙某利用职务便利谋取利益。")
    assert _zh_fragment("团队荣获淘宝花卉", "其团队荣获淘宝花卉园艺类目冠军。")
    assert not _zh_fragment("启动仪式", "启动仪式在杭州举行。")
    assert not _zh_fragment("土地利用效益", "土地利用效益明显提升。")
    assert _zh_fragment("中新网三明", "中新网三明8月8日电 润色添彩。")
    assert not _zh_fragment("三明学院", "三明学院8月8日开学。")  # a day, not a dateline's
    assert _zh_fragment("条客渡运航线", "暂停5条客渡运航线。")


@pytest.mark.parametrize(
    ("name", "index", "bad"),
    [
        ("zh-news", 129, "行为立案侦查"),  # half of 对……的行为立案侦查
        ("zh-news", 131, "核心要点：部分列车"),
        ("zh-news", 94, "卫东利用职务"),  # 孙|卫东
        ("zh-news", 94, "时任旧城镇党委书记"),
        ("zh-news", 90, "核心要点：旗下阿达尼资本"),
        ("zh-news", 148, "核心要点：中新网三明"),  # the dateline's outlet and place
        ("zh-news", 164, "竖起大拇指"),
        ("zh-news", 151, "动力车月度"),
        ("zh-news", 41, "长三角地区"),  # one bullet's place; 古树名木 is in all three
        ("zh-news", 124, "国际机票"),  # one bullet's detail; the group is about bookings
        ("zh-policy", 16, "核心要点：四次会议第2996号建议"),  # which proposal, not what it asks
        ("zh-policy", 16, "核心要点：政府网站"),  # the reply restates the proposal: 地方政府门户网站外文版
        ("zh-policy", 27, "核心要点：四次会议第7264号建议"),
        ("zh-policy", 8, "核心要点：部分节假日安排"),  # which part, not what
        ("zh-policy", 32, "核心要点：应急救援专用号牌有关事项"),
        ("zh-news", 84, "武官吴俊辉少将"),  # a person and his rank
        ("zh-clts", 9, "人群快速增长"),  # a clause; the bullets' quoted term is “供养比”
        ("zh-news", 39, "莱西单抗"),  # cut from 托莱西单抗
        ("zh-news", 177, "核心要点：黄河流域生态"),  # one strategy it names; the story is eco crimes
        ("zh-clts", 8, "核心要点：三大实力派演员"),  # who came; the premiere is of 《你是凶手》
    ],
)
def test_shared_titles_a_reader_marked_down(name: str, index: int, bad: str) -> None:
    assert bad not in shared_group_titles(f"{name}.jsonl", index)


def test_no_title_opens_inside_a_longer_name() -> None:
    # jieba reads 托|莱西|单抗: 莱西 a place, but the text always writes the drug 托莱西单抗
    assert _zh_fragment("莱西单抗", "这位负责人表示，托莱西单抗能显著降低胆固醇水平。")
    assert _zh_fragment("莱西单抗", "托莱西单抗获批上市。")
    # a place after a verb of going, after a word's end, or opening the text is whole
    assert not _zh_fragment("莱西果园", "游客赴莱西果园采摘葡萄。")
    assert not _zh_fragment("莱西果园", "我国莱西果园的葡萄很甜。")
    assert not _zh_fragment("莱西果园", "莱西果园的葡萄很甜。")
    # one place that writes it whole is enough
    assert not _zh_fragment("莱西单抗", "托莱西单抗获批，患者用莱西单抗。")


def test_a_set_phrase_of_two_nouns_after_a_verb_is_its_object() -> None:
    # jieba reads 生态环境 and 犯罪活动 as set phrases ("l"): after a full verb they are nouns
    found = _texts("警方严厉打击破坏生态环境犯罪活动。")
    assert "生态环境犯罪活动" in found
    assert "破坏生态环境犯罪活动" in found
    assert "破坏生态环境" in _texts("这家工厂破坏生态环境，被依法查处。")
    # elsewhere a set phrase stays one word, no noun run goes through it
    assert not any(t.startswith("生态环境") and len(t) > 4 for t in _texts("生态环境部门召开会议。"))


def test_the_work_the_lead_names_is_the_subject() -> None:
    texts = [
        "12月3日，话剧《雪夜归人》在上海举行首演，三位主演现场分享了排练经历。",
        "《雪夜归人》改编自同名小说，讲述一位老兵返乡的故事。",
        "主演表示，《雪夜归人》的排练持续了半年。",
        "《雪夜归人》将于下月在北京、广州巡演。",
    ]
    assert subject_title(texts[:1], texts, "zh", set()) == "《雪夜归人》"
    # a work the article names once is a side detail, not its subject
    once = [texts[0].replace("话剧《雪夜归人》", "话剧《雪夜归人》与《春江花月》"), *texts[1:]]
    assert subject_title(once[:1], once, "zh", set()) != "《春江花月》"


def test_the_lead_event_names_the_article() -> None:
    from citebrief.text.zh_lead import event_subject

    # "X在Y启动": the subject past where it happened, the longest form the article repeats
    contest = [
        "创新是一座城市发展不竭的动力。",
        "近日，以“勇做弄潮儿”为主题的2023年上海市产业青年创新大赛在长阳创谷启动，展示绿色低碳转型下的成果。",
        "上海市产业青年创新大赛共设置三个赛道。",
    ]
    assert event_subject(contest, contest) == "上海市产业青年创新大赛"
    # "启动X": the object, without the batch and the plain "工作"
    relocation = ["5月31日，雄安新区全面启动第二批征迁安置工作。", "第二批征迁安置工作任务涉及三县54个村。"]
    assert event_subject(relocation, relocation) == "征迁安置工作"  # jieba: 征迁|安置工作
    # a press conference, an organiser or a list of acts names no subject
    briefing = ["今天，教育部在河南安阳召开新闻发布会，介绍有关情况。", "新闻发布会上，教育部介绍了成果。"]
    assert event_subject(briefing, briefing) == ""
    acts = ["启动备用水源、开动机井、架设临时管线……甘肃多地出现重度干旱。", "备用水源已经启用。"]
    assert event_subject(acts, acts) == ""
    # a short theme the event is held under names it, where the article repeats it
    party = ["7月20日，两家单位党支部以“党建和创”为主题联合开展党日活动。", "双方签署“党建和创”活动倡议书。"]
    assert event_subject(party, party) == "党建和创"
    # a subject the article never says again is no subject
    once = ["近日，第三届乡村音乐大赛在杭州开幕。", "比赛持续三天。"]
    assert event_subject(once, once) == ""


def test_a_piece_that_gives_its_own_title_is_that_work() -> None:
    from citebrief.text.zh_lead import own_title

    lead = ["第二届征稿活动开始了，作品将陆续刊登。", "《爸爸妈妈，我想对你们说》作者：嵇秉容，五（6）班。"]
    assert own_title(lead) == "《爸爸妈妈，我想对你们说》"
    assert own_title(["他读了《红楼梦》，深受触动。"]) == ""  # a work it mentions, not its own title


def test_a_bracketed_aside_names_no_group() -> None:
    from citebrief.text.zh_asides import ASIDE_FACTOR, aside_factor

    bullets = ["本届大赛共设置三个赛道。", "两位书记共同为“长三角产业青年创新孵化基地（碳谷绿湾）进行揭牌"]
    assert aside_factor("碳谷绿湾", bullets) == ASIDE_FACTOR
    assert aside_factor("创新孵化基地", bullets) == 1.0
    # the article's own short name, defined in brackets, is the name it goes on to use
    assert aside_factor("杏煤公司", ["山西阳泉煤业集团公司三矿（以下简称杏煤公司）发生事故。"]) == 1.0
    # what an abbreviation's letters stand for is its meaning, not an aside
    assert aside_factor("徒手功能性训练", ["ATF（自重徒手功能性训练）的组合也非常受欢迎。"]) == 1.0


@pytest.mark.parametrize(
    ("name", "index", "good"),
    [
        ("zh-news", 49, "核心要点：上海市产业青年创新大赛"),  # not 绿色低碳转型, what the contest shows
        ("zh-clts", 7, "核心要点：征迁安置工作"),  # not 城市建设用地, the approval it carries out
        ("zh-clts", 1, "核心要点：《爸爸妈妈，我想对你们说》"),  # not 业余游泳联赛, one of the child's news
    ],
)
def test_shared_overviews_name_what_the_article_is_about(name: str, index: int, good: str) -> None:
    assert shared_group_titles(f"{name}.jsonl", index)[0] == good


def test_a_shared_group_is_not_titled_by_a_bracketed_aside() -> None:
    assert "碳谷绿湾" not in shared_group_titles("zh-news.jsonl", 49)


def test_the_last_of_two_event_verbs_takes_the_object() -> None:
    from citebrief.text.zh_lead import event_subject

    # "公开通报3起违法占地典型问题": what was made public, less the count and "典型问题"
    notice = ["8日，山西省自然资源厅公开通报3起违法占地典型问题。", "三起违法占地问题均已立案。"]
    assert event_subject(notice, notice) == "违法占地"
    # jieba tags 决算 a verb; the run the article repeats as it is stands whole
    accounts = ["财政部、民政部等中央部门25日公开了各自的部门决算。", "今年102个中央部门公开部门决算。"]
    assert event_subject(accounts, accounts) == "部门决算"


def test_no_title_ends_inside_a_company_name() -> None:
    text = "临汾市洪洞县山西兆林广胜寺旅游开发有限公司建设项目违法占地问题。"
    assert _zh_fragment("洪洞县山西兆林", text)
    assert not _zh_fragment("违法占地问题", text)


def test_posts_clauses_list_tails_and_cut_terms_title_no_group() -> None:
    """The titles three-group news items surfaced that a reader would not keep; the phrases
    beside them that name a thing stay."""
    from citebrief.text.zh_poor_titles import poor_zh_title

    poor = ["天勤君泽等", "有限公司所辖", "水域管理处党政办", "浙江省高级人民法院民四庭", "书记桑天婵"]
    poor += ["北京市教育委员会", "充分发挥社会责任", "增强企业", "产生结果", "工作人员双向发力"]
    poor += ["管内京沪高铁", "福隆间东正线处路", "中国特色", "深证成指报", "指数收市报"]
    poor += ["东城区委", "轨道交通运营管理有限公司", "水域管理处", "制约产业发展", "会议分析"]
    poor += ["会同", "会同有关部门"]  # "jointly with": a verb jieba tags as a noun
    assert [p for p in poor if not poor_zh_title(p)] == []
    good = ["语言交流障碍", "户籍人口", "北京南站派出所", "科技型中小企业", "实践中心", "B2B业务"]
    good += ["捐赠仪式", "决策部署", "中国特色社会主义思想", "孵化基地", "大盘走势", "行车间隔", "西湖荷花"]
    assert [p for p in good if poor_zh_title(p)] == []


def test_a_feeling_said_of_who_felt_it_titles_no_group() -> None:
    """zh-news _L1272: "周氏夫妻伤心过度" (a clause cut at how the parents felt) titled the
    parents' search; the parents name it ("周氏夫妇"), the feeling is the clause's."""
    from citebrief.text.zh_poor_titles import poor_zh_title

    assert poor_zh_title("周氏夫妻伤心过度")
    assert poor_zh_title("周氏夫妻伤心")
    assert poor_zh_title("家长焦急万分")
    assert not poor_zh_title("周氏夫妇")
    assert not poor_zh_title("伤心")  # a word alone: nobody's clause
    assert not poor_zh_title("心理健康")
    assert not poor_zh_title("系统崩溃")  # an event, no one's mood

    from conftest import zh_news_brief

    assert [g.title for g in zh_news_brief("_L1272").groups][-1] == "周氏夫妇"


def test_a_latin_front_cut_from_its_chinese_word_titles_no_group() -> None:
    """ "3D" where every mention is 3D爱心 is a piece of that word; where one mention stands
    alone ("通过3D，"), it is a name of its own."""
    from citebrief.text.zh_poor_titles import poor_zh_title

    assert poor_zh_title("3D", ["孩子们用彩纸做了3D爱心。", "一颗3D爱心送给妈妈。"])
    assert not poor_zh_title("3D", ["馆内采用3D打印。", "通过3D，观众看得更清楚。"])
    assert not poor_zh_title("3D")  # no text to say it is cut


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。！？])", text) if s]


def test_a_roundup_is_titled_by_what_its_items_are_instances_of() -> None:
    recipes = _sentences(
        "当我们在讨论冬令进补时，你会想到什么？温和的滋补法更有效果。红枣小米粥，原料：小米、红枣。"
        "做法：小米淘洗干净。山药排骨汤，原料：山药、排骨。做法：排骨焯水。"
    )
    assert roundup_subject(recipes) == "冬令进补"
    products = _sentences(
        "随着科技的不断进步，小家电的迭代速度也越来越快。能拖地的扫地机器人@Robo。它很安静。"
        "不伤头发的直发器@Hair。它很轻。"
    )
    assert roundup_subject(products) == "小家电"
    numbered = _sentences(
        "孩子在家也会摔伤。常见跌落危险因素及预防办法：1.窗户潜在危险：窗户要装护栏。"
        "2.楼梯潜在危险：楼梯要装门。3.家具潜在危险：柜子要固定。"
    )
    assert roundup_subject(numbered) == "跌落危险因素"


def test_a_genus_the_opening_names_beats_the_items_shared_ingredient() -> None:
    dishes = _sentences(
        "野菜和春笋是江南人到了春季必吃的春令食材。春笋鲜嫩。食材要新鲜。"
        "春笋烧豆腐，鲜美可口。新鲜食材做的春笋烧豆腐最好。春笋烧豆腐，老少皆宜。"
        "香椿拌核桃，清香爽口。这道菜的食材简单。香椿拌核桃，田园野趣。春笋入汤也好，这种食材百搭。"
    )
    assert roundup_subject(dishes) == "春令食材"


def test_one_named_item_or_a_short_list_is_no_roundup() -> None:
    news = _sentences("随着科技进步，手机更新更快。新款手机@Brand发布。发布会在北京举行。")
    assert roundup_subject(news) == ""
    short = _sentences("主要措施如下：1.加强监管：严查违规。2.完善制度：健全规则。会议要求抓好落实。")
    assert roundup_subject(short) == ""
    reasons = _sentences(
        "养老金缺口在扩大。由于历史原因，制度被分割。由于历史原因，缺口很大。"
        "由于资金原因，进度放缓。由于资金原因，项目推迟。"
    )
    assert roundup_items(reasons) == []  # clauses of reason, not dishes' names


@pytest.mark.parametrize(
    ("index", "subject"), [(0, "冬令进补"), (2, "小家电"), (3, "春令食材"), (4, "跌落伤"), (5, "设计品")]
)
def test_clts_roundups_name_their_subject(index: int, subject: str) -> None:
    assert shared_group_titles("zh-clts.jsonl", index)[0].endswith(subject)


def test_a_story_detail_names_no_group() -> None:
    assert aside_factor("下楼买菜", ["那天，窗户开着，爸爸下楼买菜，南安趴在窗台上往下看。"]) == ASIDE_FACTOR
    assert aside_factor("邻居聊天", ["身边也有家人在，只是家人在跟邻居聊天。"]) == ASIDE_FACTOR
    assert aside_factor("3D爱心", ["教我用电脑编程自制一颗3D爱心"]) == ASIDE_FACTOR
    assert aside_factor("冷水", ["大米淘洗干净，用冷水浸泡半小时"]) == ASIDE_FACTOR
    # what befell one of the family: the mother's illness in a farmer's story
    assert aside_factor("关节炎病情", ["其母亲因关节炎病情越发严重疼得下不了床。"]) == ASIDE_FACTOR
    assert aside_factor("关节炎病情", ["关节炎病情越发严重的患者增多。"]) == 1.0
    # one of the things a child asks its parents to do with it
    assert aside_factor("研究参考书", ["早一点下班回家，陪我一起去博物馆；陪我一起研究参考书。"]) == ASIDE_FACTOR
    assert aside_factor("研究参考书", ["学生们研究参考书的时间变多了。"]) == 1.0
    # 用 inside a word is no means: "利用患者形象作证明", "通用航空产业"
    assert aside_factor("患者形象", ["广告利用患者形象作证明。"]) == 1.0
    assert aside_factor("航空产业", ["西藏通用航空产业的发展前景广阔。"]) == 1.0
    # said once as a detail and once as the point: the point stands
    assert aside_factor("防护栅栏", ["爸爸防护栅栏没装。", "窗框没有安装防护栅栏。"]) == 1.0
    # "一个" is Chinese's plain indefinite article: the thing it brings in may be the point
    assert aside_factor("合成路线", ["构建了自然界不存在的一个合成路线。"]) == 1.0


def test_a_roundup_group_is_titled_by_its_item() -> None:
    robot = ["新出的扫地机器人搭配了传感器。", "它能扫干净边角。"]
    assert item_named(["扫地机器人", "美发直发器"], robot, set()) == "扫地机器人"
    both = ["扫地机器人和美发直发器都上新了。"]
    assert item_named(["扫地机器人", "美发直发器"], both, set()) == ""  # two items: no one name
    assert item_named(["扫地机器人"], ["扫地机器人很好。"], {"扫地机器人"}) == ""  # the overview's already


def test_the_appliance_roundup_groups_name_their_products() -> None:
    assert shared_group_titles("zh-clts.jsonl", 2)[1] == "扫地机器人"


def test_a_mothers_illness_titles_no_group_of_a_farmers_story() -> None:
    """zh-news 65 (s47 blind read): the group of the farmer's return home and her farm was titled by
    her mother's illness ("其母亲因关节炎病情越发严重"), which one bullet says in passing."""
    assert "关节炎病情" not in shared_group_titles("zh-news.jsonl", 65)


def test_a_childs_wish_titles_no_group_of_its_letter() -> None:
    """zh-clts 1: the letter's plea for the parents' time was titled by one of the things the child
    asks to do with them ("陪我一起研究参考书")."""
    assert "研究参考书" not in shared_group_titles("zh-clts.jsonl", 1)
