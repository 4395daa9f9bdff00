"""A Chinese news group's title one bullet says gives way to the act half its bullets or more
report (`zh_shared_act`): "巡视检查" for "高架灯杆检查加固", "搜救工作" for "陕西省消防救援总队";
a title with a word of the overview's title, a label a bullet opens on, a head word half the
bullets say, a body's word ("检察" of 检察机关), a name's front ("涉外民商事" of 涉外民商事纠纷), a
list's item ("部门联动") or an act beside a verb ("引起打喷嚏") keep the title. Bullets are
zh-news and zh-clts briefs' own."""

from __future__ import annotations

from citebrief.text.zh_shared_act import shared_act_titles
from conftest import shared_group_titles

SUBWAY = [  # zh-news 93: both bullets say 巡视; the title is a detail of the first
    "30日运营结束后，各单位将继续加强车辆、设备设施的检修维护工作和路基边坡的巡视检查，做好地面高架线路的声屏障、"
    "高架灯杆检查加固以及排水管道、雨箅子等部位的杂物清理。",
    "各车站加强巡视巡查，确保防汛物资充足，各单位提前安排好人员车辆，视客流情况适时加开临客，"
    "全力做好明日早高峰乘客出行保障工作，呼吁乘客提前安排好出行计划。",
]
ARRESTS = [  # zh-news 23: "行动" of the title is said by two bullets: the group's thing, not 涉案价值
    "2023年2月中旬，株洲市公安局出动警力86人展开收网抓捕行动。",
    "当日，株洲、长沙、湘潭、衡阳、岳阳、益阳六地11个抓捕小组同时行动，抓获非法采砂团伙成员刘某、程某、陈某等11名主要犯罪嫌疑人。",
    "警方共抓获采、运、销各环节犯罪嫌疑人23人，扣押涉案船只4艘、河砂3000余吨，冻结银行存款30余万元，查扣手机、账本、银行卡若干。",
    "经查证，2020年以来，该团伙共非法开采河砂7万余吨，涉案价值500余万元。",
]
JOBS = [  # zh-news 192: "招聘" of the title is the overview's "“招聘夜市”就业服务": the group's part of it
    "直播活动以7个会场“接力云招聘”形式开展，由8名优秀主播在招聘现场陪伴式“逛会探岗”，辖区特色企业招聘负责人“直播带岗”，"
    "就业服务专员在线交流就业服务举措，在云端为无法到场的求职群体提供就业服务。",
    "现场活动共吸引近4100人现场求职，就业服务专员队伍为1260余人次提供就业服务，参会企业收到近1860份简历，近870人次达成初步就业意向。",
    "北京市人力资源和社会保障局表示，下一步，将于9月16日在中国国际展览中心(老国展6号馆)继续举办“就业在北京”大型现场招聘会，"
    "将有200家优质企业现场招聘，职业指导专家还将现场提供面试指导、简历指导、职业生涯指导等不同主题的职业指导服务。",
]
DISPUTES = [  # zh-news 108: "涉外" is said only before 民商事/商事纠纷, the front of a name
    "据统计，2018年至2022年，浙江法院共受理一审涉外民商事纠纷4646件、涉港澳台民商事纠纷2945件、外商及港澳台商投资企业纠纷8534件、"
    "海事海商纠纷10914件，共计27039件，涉及162个国家和地区。",
    "在涉外商事纠纷多元化解方面，《意见》提出调解优先原则，即在充分保障当事人诉权的基础上，引导和鼓励中外当事人优先选择调解方式解决涉外商事纠纷。",
]
PROSECUTORS = [  # zh-news 188: "检察" is the word of 检察机关, 检察院 the bullets name: who acts
    "杨安峰表示，江西检察机关深化知识产权司法保护，推进知识产权检察职能集中统一履行改革，在11个设区市院和11个集中管辖基层检察院"
    "组建知识产权检察办公室或办案团队23个。",
    "江西检察机关会同全省各级侨联组织搭建“检侨之家”“检侨驿站”等平台61个，推动涉侨案件妥善合理解决，依法维护归侨侨眷和海外侨胞合法权益。",
    "在完善检企沟通协调平台方面，依托江西检察机关123个非公企业维权工作办公室、191个驻工业园区、商会检察联系点，畅通涉企诉求办理通道。",
]

FALLS = [  # zh-clts sample 5: the title is the label the first bullet opens on; "以防" is a purpose
    "楼梯和地面潜在危险：孩子在外面玩耍或者家里有楼梯，容易从楼梯上滚落或者跌落。",
    "家中地面要保持整洁，收拾好桌椅，收纳好玩具和杂物，以防宝宝绊倒。",
    "地板上如有水渍，要及时清理干燥，以防孩子滑倒。",
]
ALLERGY = [  # zh-news 92 in the bench's paragraphs: "打喷嚏" is said beside 引起, a verb, or alone
    "樊长娥说，对于体质敏感人群来讲，一旦接触到空气中飘浮着的花粉，或其它过敏物质，稍不注意就可能引起打喷嚏等过敏症状。",
    "“这几天开始眼睛痒、打喷嚏、流鼻涕，严重时会连续打几十个喷嚏。晚上躺着睡觉经常会被憋醒，我只能坐在沙发上睡，真是痛不欲生。”患者刘一鸣说。",
    "在樊长娥看来，对于过敏患者，最重要的是做好预防，避免接触过敏原可以从根本上解决过敏性疾病的发生。",
    "过敏性鼻炎长时间不治疗，可转化为哮喘等，樊长娥呼吁患者要提高警惕，查清过敏原，在医生指导下进行治疗。",
]
TREES = [  # zh-news 41 in the bench's paragraphs: "部门联动" is an item of a slogan's list
    "近年来，杭州先后出台了《杭州市城市绿化管理条例》及其实施细则等法律法规，积极采取措施，制定保护计划，完善管理机制，"
    "形成了“政府主导、部门联动、社会各界齐抓共管”的古树名木保护机制，古树名木保护工作取得显著成绩。",
    "他表示，未来，杭州市园林文物局将继续依托长三角城市生态园林协作联席会议这一良好平台，与长三角地区兄弟城市加强联动，携手同行。",
]


def _titled(title: str, bullets: list[str], shown: str = "", used: set[str] | None = None) -> str:
    return shared_act_titles(["核心要点", title], [None, (bullets, bullets)], used or set(), shown)[1]


def test_one_bullets_detail_gives_way_to_the_act_both_bullets_say() -> None:
    used = {"地铁延时运营", "高架灯杆检查加固"}
    assert _titled("高架灯杆检查加固", SUBWAY, "地铁延时运营", used) == "巡视检查"
    assert "巡视检查" in used and "高架灯杆检查加固" not in used


def test_a_title_whose_head_half_the_bullets_say_stays() -> None:
    assert _titled("抓捕行动", ARRESTS, "非法采砂案") == "抓捕行动"  # 行动: two of four bullets


def test_a_title_with_a_word_of_the_overviews_stays() -> None:
    assert _titled("大型现场招聘会", JOBS, "“招聘夜市”就业服务") == "大型现场招聘会"


def test_a_names_front_or_a_bodys_word_is_no_act() -> None:
    assert _titled("优先原则", DISPUTES, "涉外商事纠纷") == "优先原则"  # not "涉外民商事"
    assert _titled("检侨驿站", PROSECUTORS, "法治化营商环境") == "检侨驿站"  # not "检察职能"


def test_a_label_a_list_item_or_an_act_beside_a_verb_is_no_title() -> None:
    assert _titled("楼梯和地面潜在危险", FALLS, "跌落伤") == "楼梯和地面潜在危险"  # not "以防孩子"
    assert _titled("体质敏感人群", ALLERGY, "过敏性疾病") == "体质敏感人群"  # not "引起打喷嚏"
    assert _titled("杭州市城市绿化管理条例", TREES, "长三角古树名木保护论坛") == "杭州市城市绿化管理条例"


def test_a_lone_bullet_or_a_list_title_stays() -> None:
    assert _titled("高架灯杆检查加固", SUBWAY[:1]) == "高架灯杆检查加固"
    assert _titled("灯杆、巡查", SUBWAY) == "灯杆、巡查"


def test_shared_briefs_title_the_act_their_bullets_share() -> None:
    # was 高架灯杆检查加固; since zh_count_announcers' list items the group is 93's third
    assert "巡视检查" in shared_group_titles("zh-news.jsonl", 93)
    assert shared_group_titles("zh-news.jsonl", 68)[1] == "搜救工作"  # was 陕西省消防救援总队
