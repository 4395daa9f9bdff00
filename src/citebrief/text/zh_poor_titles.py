"""Chinese phrases that never title a group, however distinctive of it: a list's tail
("天勤君泽等"), a relative clause ("有限公司所辖"), a person's post or an office
("水域管理处党政办", "民四庭", "书记桑天婵", "北京市教育委员会": who acted, not what), a
manner adverb that leads a verb phrase ("充分发挥社会责任", "广泛联谊台胞") or stands alone
("精准") or leads its last word ("委员深入研究"), a verb phrase or clause ("增强企业", "产生结果", "工作人员双向发力",
"社会大局保持稳定"), a company's name run into the word after it ("海峡发电有限公司电力"), a
locative bound to the word before it ("管内京沪高铁", "福隆间东"), and a
term cut short ("中国特色" of 中国特色社会主义, "深证成指报" of 报 + a figure, "3D" of 3D爱心),
a clause's opening jieba reads as a noun ("陈浩偶然间"), an honorific cut from its surname
("女士警觉" of 郑女士警觉起来), and a part or manner word after a name ("苏州局部",
"周氏夫妇专门", "杨桂志岁数"), and a quality in 化 before the thing it qualifies ("居民多元化" of
居民多元化的需求), and a quality the text says mostly after a degree adverb ("特别过瘾",
"着实过瘾": how the film felt, no thing the group is about), and a role any story has ("当事人"),
and a word that says where within a place ("相邻区域", "重点地段", "沿海一带": the thing that
happened there names the group, "狂风") or where on a thing ("窗台上": where one child fell from,
not the falls the group is about), a clause's subject with its "part of" ("好村部分水稻": some
of one village's rice, over a group on flood damage checks), and a quality or a slogan's abstract
end said of a thing ("志愿者素质", "留学人员视野", "美食经济新动能", "成果效益最大化": the group is about the thing),
and the front of a dish's name cut at its cooking verb ("荠菜火腿" of 荠菜火腿拌天目春笋: what goes with the
dish, not the dish), and who acted or was addressed: a bureau, a department or a subdistrict office
("尚志市农业农村局", "兴山县电信部门", "云东街道办事处") and a bare crowd ("市民游客" over the
panda house's booking rules, "战友" over a dike's repair: readers want what they booked or did),
and a landform region ("南疆盆地"), and a label's verb cut from what it states ("产品包装标明"),
and a clause cut at its degree adverb (`zh_degree_tail`: "渍涝灾害地区高度" of 高度重叠), and a post's front
("财富管理部策略" of 策略分析师),
and a place with how an event there is held ("上海线下" of 在上海线下举办), and who felt a feeling
with it ("周氏夫妻伤心过度": a clause cut at its predicate; the parents name the group).
The small groups of a three-group news item are where such phrases surfaced; the next candidate
names the group."""

from __future__ import annotations

from collections.abc import Iterable

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts
from citebrief.text.tokenize import is_zh_word, tag_zh
from citebrief.text.zh_degree_tail import degree_tail

_LIST_TAIL = LazyPattern(r"..等$|所[辖属在]$")
_POSTS = (
    *("书记", "区长", "市长", "县长", "省长", "镇长", "局长", "厅长", "处长", "科长", "主任", "院长", "部长"),
    *("会长", "党政办", "办公室", "委员会", "新闻办", "统战部", "宣传部", "区委", "市委", "县委", "省委"),
    *("管理处", "有限公司", "监管部门", "理事会"),
    *("部门", "办事处"),  # "兴山县电信部门", "云东街道办事处": who acted over the group's work
    *("分析师",),  # "财富管理部策略分析师": who read the market, over the group of what he read
)
# a bureau by its name ("尚志市农业农村局", "气象局"): who acted; not a word in 局 of its own ("格局",
# "布局", "大局", "结局", "骗局" and the like say no office)
_BUREAU = LazyPattern(r".[^格布大结骗开变时新赌饭棋全当僵残定政]局$")
# the crowd a story's bullets address or tell of, bare ("市民游客" over the panda house's booking
# rules, "战友" over a dike's repair): who, where the group is about what they book, do or get
_CROWDS = ("市民", "游客", "村民", "群众", "居民", "网友", "民众", "战友", "乘客", "旅客", "观众")
_CROWD_RUN = LazyPattern(rf"(?:{'|'.join(_CROWDS)}){{1,2}}们?")
_POST_LEADS = ("书记", "区长", "市长", "县长", "省长", "局长", "厅长", "主任", "院长", "部长", "会长")
# a company's legal form inside a phrase ends its name there; what follows is the next word, a
# department or the clause ("海峡发电有限公司|电力|运行部经理"): the phrase is the name and a piece
_COMPANY_INSIDE = LazyPattern(r"(?:有限公司|有限责任公司|集团公司|股份公司).")
_DESK = LazyPattern(r"[民刑行商][一二三四五六七八九十]庭$")
# words that say how, alone ("精准对接", "精准化管理", "分散性强降水"): jieba tags them nouns;
# who all ("大家", "人们"): no one thing
_MANNER_WORDS = frozenset(
    ("大家", "人们", "精准", "全面", "重点", "统一", "集中", "专项", "分散性", "有效", "高效", "常态化")
)
# a role any case or story has, not what this group is about ("当事人" over a group of fines); the
# suspects of a crime story ("犯罪嫌疑人") are what its arrests are about, and stay a title
_ROLE_WORDS = frozenset(("当事人", "负责人", "相关负责人", "工作人员", "记者", "受访者", "相关部门", "有关部门"))
# where any village or home-town story happens, bare ("村子" over a village official's two remarks on
# its tourism): where, not what; the next candidate names what ("乡村旅游")
_HOME_WORDS = frozenset(("村子", "村里", "村上", "家乡", "老家", "当地", "本地"))
_MANNER_LEADS = ("充分", "广泛", "积极", "进一步", "大力", "切实", "持续", "不断", "深入", "努力")
_BOUND_LEADS = ("管内", "辖内", "境内", "行业", "地区多")
# verbs that open a verb phrase, not a thing ("增强企业", "提及大盘走势", "致力于广泛联谊台胞")
_VERB_LEADS = (
    *("提及", "致力", "增强", "加强", "推动", "推进", "发挥", "领略", "选派", "视作", "建议", "移除", "紧密"),
    *("促进", "突破", "产生", "制约", "组织村民", "组织群众", "投身", "席卷", "叠加"),  # "叠加湿度"
    *("会同",),  # "会同有关部门": jieba reads "jointly with" as a noun; it leads who acted with whom
)
_VERB_TAILS = (
    *("变相", "发挥作用", "发力", "调配", "自动", "落地", "坐轿", "会议部署", "会议分析", "保持稳定"),
    *("保持一致", "无权", "列支"),  # "部门保持一致", "图片公司无权", "补偿款列支"
    *("标明", "注明"),  # "产品包装标明": what a label says, cut before the figure it states
)
_CLOSING_AT = LazyPattern(r"[指数市盘收]报$")  # "收市报19434.4点": closed at, before a figure
_DIRECTION_TAIL = LazyPattern(r"间[东南西北]")
_CUT_TERMS = ("中国特色", "行动桌面")  # of 中国特色社会主义, 桌面推演
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
# when, after a name, as jieba tags it a noun ("陈浩偶然间发现新线索"): the phrase is a clause's start
# a person's honorific cut from the surname before it ("郑|女士警觉起来"): who, and a piece of it
_HONORIFICS = ("女士", "先生", "老人", "阿姨", "大爷")
# how many of the thing the clause goes on about, which jieba tags a noun ("乡村民宿|全部|关闭")
QUANTITY_TAILS = ("全部", "全体", "大部", "多数")
# a part of what it follows or a manner before a verb ("苏州局部达到40℃", "周氏夫妇专门……"), how many
PART_TAILS = ("局部", "专门", "岁数", *QUANTITY_TAILS)
# where within a place, not what ("晋江市以及相邻区域", "低洼地段和重点地段"); not 城区 ("历史城区" is a thing);
# a region or landform a forecast names ("南疆盆地", "沿天山地区": over a group of rain and wind
# forecasts for a dozen places)
_WHERE_TAILS = ("区域", "地段", "一带", "沿线", "周边", "盆地", "地区", "半岛", "河谷", "平原", "高原")
# what a thing is like or what it gains, not the thing ("志愿者素质" over the students who came);
# 体验, 背景, 气氛, 魅力 and 记忆 are such too, but what took their place read worse (a verb phrase)
_QUALITY_HEADS = ("素质", "视野", "程度", "最大化", "新局面", "新动能", "风尚")
# a thing with the locative that says where on it something happened ("南安趴在窗台上往下看": where
# the child fell from, not what the group of bullets on falls is about); these words in 上 are
# words of their own (how, when, how much), not a thing and a place on it
_ON_PLAIN = (
    *("线上", "网上", "海上", "晚上", "早上", "马上", "以上", "之上", "向上", "身上", "世界上", "基础上"),
    *("至上", "日上", "而上"),  # "人民至上", "蒸蒸日上", "迎难而上": a slogan or a saying
)
MIN_ON_CHARS = 3
# "part of" between a place and a thing ("得好村|部分|水稻、玉米等农作物过水", "黄淮|部分|地区"): a
# clause's subject cut from it (some of one village's rice), not what a group is about
_PART_INSIDE = LazyPattern(r"..部分..")
# how an event is held, which jieba tags a noun, glued to the place before it and the verb after
# ("在上海|线下|举办": "上海线下" is where and how, no thing the group is about)
_HELD_TAILS = ("线下", "线上", "网上", "云端")
# a feeling said of who felt it, glued to them ("周氏夫妻|伤心过度|无心打工": how the parents felt,
# a clause cut at its predicate; "周氏夫妇" names them): the person is the title, not the mood;
# not 惊喜 nor 崩溃, which also name a thing ("开学惊喜", "系统崩溃")
_FEELING_TAIL = LazyPattern(
    r"..(?:伤心|悲痛|难过|心痛|痛心|焦急|着急|激动|欣喜|高兴|开心|担心|害怕|绝望|失落)"
    r"(?:过度|万分|不已|欲绝|至极|极了)?$"
)
_WHEN_TAILS = ("偶然间", "突然间", "忽然间", "无意间", "转眼间", "一时间", "顷刻间")


def poor_zh_title(phrase: str, texts: Iterable[str] = ()) -> bool:
    """True when `phrase` is one of the shapes that name no group (see the module's
    docstring); `texts`, where given, show a Latin or digit phrase cut from a word ("3D爱心")."""
    return bool(
        _LIST_TAIL.search(phrase)
        or "有关" in phrase[1:]  # "指挥部有关成员": the members concerned, a piece of 有关成员单位
        or phrase.endswith(_POSTS + _VERB_TAILS + _CUT_TERMS)
        or _DESK.search(phrase)
        or _COMPANY_INSIDE.search(phrase)
        or phrase.startswith(_MANNER_LEADS + _BOUND_LEADS + _VERB_LEADS + _POST_LEADS)
        or phrase in _MANNER_WORDS
        or phrase in _ROLE_WORDS
        or phrase in _HOME_WORDS
        or _BUREAU.search(phrase)
        or _CROWD_RUN.fullmatch(phrase)
        or _CLOSING_AT.search(phrase)
        or _DIRECTION_TAIL.search(phrase)
        or (phrase.isascii() and _cut_latin(phrase, texts))
        or phrase.endswith(_WHEN_TAILS)
        or _FEELING_TAIL.search(phrase)
        or (phrase.endswith(_HELD_TAILS) and len(phrase) > len("线下"))
        or phrase.startswith(_HONORIFICS)
        or phrase.endswith(PART_TAILS)
        or phrase.endswith(_WHERE_TAILS)
        or _on_place(phrase)
        or _PART_INSIDE.search(phrase)
        or phrase.endswith(_QUALITY_HEADS)
        or (phrase.endswith("化") and _modifies(phrase, texts))
        or (len(phrase) <= MAX_QUALITY_CHARS and _after_degree(phrase, texts))
        or _manner_inside(phrase)
        or _dish_front(phrase, texts)
        or degree_tail(phrase, texts)
        or _post_front(phrase, texts)
        or _body_front(phrase, texts)
        or _figure_tail(phrase, texts)
        or phrase.startswith(_SEE_LEADS)
    )


# a pointer to a figure or table ("(见图2)"): where to look, not what is said
_SEE_LEADS = ("见图", "见表", "见附")


def _figure_tail(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place `texts` say `phrase` follows a digit: the unit and tail of a measure
    ("级风" of "4～6级风", "米处" of "600米处"), not a thing of its own."""
    if not phrase.startswith(_UNITS):
        return False  # "2023海峡两岸青年创新创业大赛": a year before a name cuts nothing
    places = [t[i - 1] for t in texts for i in _starts(phrase, t)]
    return bool(places) and all(c.isdigit() for c in places)


# measure words a figure takes ("4～6级风", "600米处", "3个"); dates (年, 月, 日) are left out
_UNITS = tuple("级米度个名位元吨倍次号层届期批项条件台辆架艘座家户亩斤克升")


def _starts(phrase: str, text: str) -> list[int]:
    """Where `phrase` starts in `text` after its first character."""
    found, at = [], text.find(phrase, 1)
    while at != -1:
        found.append(at)
        at = text.find(phrase, at + 1)
    return found


MAX_QUALITY_CHARS = 3
DEGREE_WINDOW = 4  # characters before a phrase tagged to find the word right before it
# the adverbs that grade a quality ("特别过瘾", "非常揪心"); a word after one is said of something
_DEGREE_ADVERBS = frozenset(
    ("特别", "非常", "十分", "着实", "极其", "相当", "格外", "尤其", "更加", "比较", "挺", "很", "太", "真", "最", "更")
)

_DEGREE_LAST = frozenset(word[-1] for word in _DEGREE_ADVERBS)


def _on_place(phrase: str) -> bool:
    """True when a Chinese phrase of a thing ends on the locative 上 ("窗台上", "沙发上"): where on
    it, not a thing (线上, 基础上 and the like say how or when and are read as words of their own)."""
    if len(phrase) < MIN_ON_CHARS or not phrase.endswith("上") or phrase.endswith(_ON_PLAIN):
        return False
    return bool(_HAN.match(phrase[-2]))


def _manner_inside(phrase: str) -> bool:
    """True when a manner adverb leads the phrase's last word after its subject ("委员|深入|研究"
    of 引导委员深入研究): a clause, not a thing ("可持续发展" is one)."""
    manner = phrase[-4:-2]
    return len(phrase) > 4 and manner in _MANNER_LEADS and phrase[-5] != "可"


def _after_degree(phrase: str, texts: Iterable[str]) -> bool:
    """True when at least half the places the texts say a short phrase a degree adverb stands
    right before it ("整部电影特别过瘾", "三人互飙演技着实过瘾", beside a quoted “过瘾”): a
    quality said of something, not a thing."""
    said = graded = 0
    for text in texts:
        for at in starts(phrase, text):
            said += 1
            if at and text[at - 1] in _DEGREE_LAST:  # the tagger only where an adverb may end
                before = tag_zh(text[max(0, at - DEGREE_WINDOW) : at])
                graded += bool(before) and before[-1][0] in _DEGREE_ADVERBS
    return graded > 0 and graded * 2 >= said


def _modifies(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place the texts say a phrase ending in 化 a 的 follows it ("满足当地居民
    多元化的精神文化需求"): it says what the thing after it is like, it is no thing itself."""
    said = [t[i + len(phrase) : i + len(phrase) + 1] for t in texts for i in starts(phrase, t)]
    return bool(said) and all(after == "的" for after in said)


def _cut_latin(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place the texts say a Latin or digit phrase, a Chinese word goes on
    from it ("3D|爱心"): the phrase is the front of that word."""
    said = [t[i + len(phrase) : i + len(phrase) + 1] for t in texts for i in starts(phrase, t)]
    return bool(said) and all(_HAN.match(after) for after in said)


POST_REACH = 8  # characters after the phrase read for the post it leads to
_POST_AFTER = LazyPattern(rf"[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join((*_POSTS, *_POST_LEADS))})")


def _post_front(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place the texts say a phrase a post follows it ("财富管理部策略|分析师田勇"):
    the front of who spoke, not what the group is about."""
    said = [t[i + len(phrase) : i + len(phrase) + POST_REACH] for t in texts for i in starts(phrase, t)]
    return bool(said) and all(_POST_AFTER.match(after) for after in said)


# the verbs that join a dish's ingredients into its name ("荠菜火腿|拌|天目春笋", "香椿|炒|鸡蛋")
_COOKING_VERBS = frozenset("拌炒烧炖蒸焖煎煮烩焗烤炸卤爆熘煨")


def _dish_front(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place the texts say a phrase a cooking verb and the next ingredient
    follow it ("荠菜火腿|拌天目春笋"); not a word of its own the verb starts ("房价|炒作", "水分|蒸发"):
    the phrase is the front of a dish's name."""
    said = [t[i + len(phrase) : i + len(phrase) + 2] for t in texts for i in starts(phrase, t)]
    return bool(said) and all(
        len(a) == 2 and a[0] in _COOKING_VERBS and _HAN.match(a[1]) and not is_zh_word(a) for a in said
    )


# the head nouns of a body's name, up to two characters past the phrase ("联合国工业发展|组织",
# "联合国工业|发展组织": jieba reads 发展|组织 as two words, and a title may stop at either cut)
_BODY_REST = LazyPattern(r"[\u4e00-\u9fff]{0,2}(?:组织|委员会|协会|基金会|研究院|研究所)")
BODY_REST_CHARS = 5


def _body_front(phrase: str, texts: Iterable[str]) -> bool:
    """True when every place the texts say a phrase a body's name goes on from it to its head
    noun ("联合国工业发展组织"): the front of a name, the body cut off."""
    said = [t[i + len(phrase) : i + len(phrase) + BODY_REST_CHARS] for t in texts for i in starts(phrase, t)]
    return bool(said) and all(_BODY_REST.match(after) for after in said)
