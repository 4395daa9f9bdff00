"""The lead's event names a Chinese news item: its full name where the article goes on to call
it by its head or a short name, a work the event launches, and a date between name and verb."""

from __future__ import annotations

from citebrief.text.zh_lead import event_subject, named_event


def test_a_date_between_the_event_and_its_place_is_passed_over() -> None:
    lead = ["首届中国禅棋大会12日在中国嵩山少林寺启幕，多位棋手出席。", "中国禅棋大会由中国围棋协会主办。"]
    assert event_subject(lead, lead) == "中国禅棋大会"


def test_an_event_named_once_and_then_by_its_head_is_the_subject() -> None:
    lead = [
        "“活力广东 时尚湾区”2023广东文化和旅游夏季推介会27日在西安举行。",
        "推介会上，广东推出了一批精品线路。",
        "推介会还邀请了当地旅行商。",
    ]
    assert event_subject(lead, lead) == "广东文化和旅游夏季推介会"  # the 和 between two nouns stays


def test_an_event_the_article_calls_by_a_short_name_is_the_subject() -> None:
    declared = ["第十四届辽宁省跨国采购洽谈会(以下简称“跨采会”)24日在沈阳开幕。", "跨采会已举办十三届。"]
    assert event_subject(declared, declared) == "辽宁省跨国采购洽谈会"
    # a short name of its words' first characters, never declared ("大运会")
    games = ["成都第31届世界大学生夏季运动会即将开幕。", "大运会期间，郫都区承担三项赛事。", "大运会使用氢燃料客车。"]
    assert event_subject(games, games) == "世界大学生夏季运动会"


def test_a_work_the_event_launches_is_the_news() -> None:
    lead = [
        "海峡两岸文化融合影视化表达研讨会6日在厦门举办，会上对外发布消息称，院线电影《厦门三天》正式起航。",
        "《厦门三天》将在厦门取景。",
        "《厦门三天》由中影出品。",
    ]
    assert event_subject(lead, lead) == "《厦门三天》"
    # a document a body issues is not a work: "印发《……办法》" keeps its own reading
    issued = ["近日，省卫健委印发《育儿补助实施办法》(下称《办法》)。", "《办法》规定补助标准。", "《办法》即日施行。"]
    assert event_subject(issued, issued) != "《办法》"


def test_an_event_no_later_sentence_comes_back_to_names_nothing() -> None:
    once = ["近日，第三届乡村音乐大赛在杭州开幕。", "比赛持续三天。"]
    assert event_subject(once, once) == ""
    # a meeting's plain head, a person and a body are no subject
    assert named_event("第六次主席会议", "第六次主席会议18日在北京召开", "会议 会议") == ""
    assert named_event("王昱导演", "王昱导演在北京亮相", "王昱导演 导演") == ""
    assert named_event("生活空间揭幕仪式", "生活空间揭幕仪式10日举行", "生活空间 生活空间") == "生活空间"


def test_a_meeting_that_names_nothing_leaves_the_lead_s_next_event() -> None:
    lead = [
        "25日上午，天津市消费流通促进会第一届会员大会成功举行，天津市消费流通促进会正式成立。",
        "天津市消费流通促进会由120家企业发起。",
    ]
    assert event_subject(lead, lead) == "天津市消费流通促进会"
    # an event that ends ("……大赛在杭州结束") is as much the news as one that opens
    contest = ["18日，第六届浙江省红十字应急救护大赛在杭州结束。", "大赛以“救在身边”为主题。"]
    assert event_subject(contest, contest) == "浙江省红十字应急救护大赛"


def test_a_name_and_the_when_jieba_reads_as_a_noun_title_nothing() -> None:
    from citebrief.text.zh_poor_titles import poor_zh_title

    assert poor_zh_title("陈浩偶然间")  # "10年后，陈浩偶然间发现新线索"
    assert not poor_zh_title("陈浩")
    assert not poor_zh_title("民族之间")  # "间" alone is no time of a clause
    assert poor_zh_title("女士警觉")  # 郑|女士警觉起来: an honorific cut from its surname
    assert poor_zh_title("全省市场监管部门")  # who acted
    assert poor_zh_title("关联交易变相")  # how, before the verb it leads
    assert poor_zh_title("苏州局部") and poor_zh_title("周氏夫妇专门") and poor_zh_title("杨桂志岁数")
    assert not poor_zh_title("周氏夫妇")
    assert poor_zh_title("公益事业发挥作用") and poor_zh_title("投身祖国家乡建设")  # a clause, a verb phrase
    assert not poor_zh_title("祖国家乡建设")


def test_what_a_lead_asks_an_event_does_to_a_thing_is_the_subject() -> None:
    lead = [
        "8月初，拉林河流域发生了特大洪水。",
        "受到影响的县市地处吉林黑土区，洪水对黑土地保护会产生何种影响受到了普遍关注。",
        "专家表示，本次洪水对吉林黑土地保护的影响有限。",
    ]
    assert event_subject(lead, lead) == "黑土地保护"
    once = ["洪水对黑土地保护会产生何种影响受到了普遍关注。", "专家赴受灾县市调研。"]
    assert event_subject(once, once) == ""  # what the article never comes back to


def test_a_place_name_cut_before_its_bay_or_flat_is_a_fragment() -> None:
    from citebrief.text.zh_fragments import zh_fragment as _zh_fragment

    assert _zh_fragment("广之旅荔枝", "在岭南商旅集团旗下广之旅荔枝湾门店内，亲子家庭制作狮头。")
    assert _zh_fragment("咸水村花", "咸水村花坪桥路段道路恢复通行。")
    assert not _zh_fragment("荔枝湾", "在岭南商旅集团旗下广之旅荔枝湾门店内，亲子家庭制作狮头。")


def test_a_roundup_group_is_titled_by_the_item_its_bullets_name_by_its_head() -> None:
    from citebrief.text.zh_roundup import item_named

    items = ["扫地机器人", "美发直发器"]
    hair = ["有多少女生曾拿起加热完成的直发器。", "来自戴森的这款新品采用的是柔性弹板。"]
    assert item_named(items, hair, set()) == "美发直发器"
    whole_first = ["扫地机器人也有自己的问题。", "直发器会伤头发。"]
    assert item_named(items, whole_first, set()) == "扫地机器人"  # a whole name before a head
    assert item_named(items, ["机器人和直发器都很贵。"], set()) == ""  # two items: neither
    assert item_named(items, hair, {"美发直发器"}) == ""  # an item already a title


def test_a_quality_in_hua_before_what_it_qualifies_titles_nothing() -> None:
    from citebrief.text.zh_poor_titles import poor_zh_title

    said = ["升级为露天小戏台、阅读角，满足当地居民多元化的精神文化需求。"]
    assert poor_zh_title("居民多元化", said)  # 居民多元化的需求: what the needs are like
    assert not poor_zh_title("居民多元化")  # without the text, nothing shows it qualifies
    # a change in 化 that the text names as a thing of its own stays a title
    assert not poor_zh_title("制造业数字化", ["赛道分别是制造业数字化、制造业低碳化。"])
    assert not poor_zh_title("制造业数字化", ["制造业数字化的成果", "推进制造业数字化。"])


def test_a_quoted_name_before_an_events_plain_part_names_it_though_it_reads_as_a_given_name() -> None:
    # the tagger reads 海燕 as a given name; quoted right before "活动" it names the event (s49d)
    lead = ["当日，第四届“海燕集结”活动正式开营，26名“海燕”相聚绍兴。", "“海燕集结”活动已开展四届。"]
    assert event_subject(lead, lead) == "海燕集结"
    # a quoted name with words between it and the event's part keeps the name check
    spoken = ["当日，“张海燕”青年创业营活动正式开营。", "“张海燕”说，创业营已开展四届。"]
    assert event_subject(spoken, spoken) != "张海燕"
