"""The digest's themes as a reader judges them: a theme's title names what all its stories share,
stories of one kind of event go together, and unrelated stories are not forced into a theme."""

from __future__ import annotations

import numpy as np

from citebrief.digest import _Bullet
from citebrief.digest_sections import Theme
from citebrief.digest_text import EVENT_KINDS, article_phrases
from citebrief.digest_themes import _about_every, _keep_who_say, day_themes, hold_together
from citebrief.digest_titles import names_a_topic, theme_title
from citebrief.text.sections import section_of
from test_batch import zh_articles

CITY = "Manchester City lost again. Manchester City's spending was questioned after the defeat."
CITY_FANS = "Fans of Manchester City want a new manager; Manchester City face Chelsea next."
VILLA = "Tim Sherwood urged Aston Villa to man up before the relegation clash with QPR."


def test_a_member_that_does_not_say_the_title_leaves_unless_close() -> None:
    texts = [CITY, CITY_FANS, VILLA]
    similar = np.array([[1.0, 0.3, 0.14], [0.3, 1.0, 0.1], [0.14, 0.1, 1.0]])
    members = [0, 1, 2]
    _keep_who_say("Manchester City", members, texts, similar, 0.2, "en")
    assert members == [0, 1]  # Aston Villa's match is no Manchester City story
    similar[0, 2] = similar[2, 0] = similar[1, 2] = similar[2, 1] = 0.25
    members = [0, 1, 2]
    _keep_who_say("Manchester City", members, texts, similar, 0.2, "en")
    assert members == [0, 1, 2]  # as close as that, it is one story told without the name


def test_a_report_of_the_same_kind_of_event_stays_without_the_title() -> None:
    texts = [
        "中新网福州7月28日电 受台风“杜苏芮”影响，福建沿海出现强降雨。台风“杜苏芮”28日登陆。",
        "中新网厦门7月28日电 台风“杜苏芮”带来狂风暴雨，厦门多处积水。",
        "中新网北京7月31日电 北京遭遇今年以来最大规模降雨，多条道路积水。",
    ]
    similar = np.array([[1.0, 0.4, 0.1], [0.4, 1.0, 0.1], [0.1, 0.1, 1.0]])
    members = [0, 1, 2]
    _keep_who_say("台风杜苏芮", members, texts, similar, 0.16, "zh")
    assert members == [0, 1, 2]  # Beijing's rain does not name the typhoon, but it is the same rain


def test_two_copies_of_one_bulletin_do_not_shut_a_third_report_out() -> None:
    similar = np.array([[1.0, 0.72, 0.2], [0.72, 1.0, 0.22], [0.2, 0.22, 1.0]])
    members = [0, 1, 2]
    hold_together(similar, members, 0.08)
    assert members == [0, 1, 2]


def test_a_title_that_names_no_story() -> None:
    tables = [
        "Birmingham is the rat capital of the UK, according to a league table of pests.",
        "Britain came only 27th in an international league table of health and wellness.",
    ]
    assert not names_a_topic("League Table", tables, "en")  # a common noun phrase both happen to say
    assert not names_a_topic("Wednesday night", ["He was sent off on Wednesday night."], "en")
    anzac = ["Crowds at the Anzac Day service were angry.", "Most Australians get no day off this Anzac Day."]
    assert names_a_topic("Anzac Day", anzac, "en")
    assert not names_a_topic("高质量发展", [], "zh")  # an official formula every kind of story says
    assert names_a_topic("营商环境", [], "zh")


FLOOD_BEIJING = (
    "中新网北京7月31日电 北京遭遇今年以来最大规模降雨，全市启动防汛应急响应。应急部门连夜排水，"
    "应急队伍全部到岗，城区降雨量超过百毫米。"
)
FLOOD_HEBEI = (
    "中新网石家庄8月6日电 河北多地遭受洪涝灾害，省应急管理厅启动应急响应。应急救援队伍转移群众，"
    "应急物资送达灾区，洪涝灾害造成多地受灾。"
)


def test_a_kind_of_event_every_lead_reports_names_the_theme() -> None:
    texts = [FLOOD_BEIJING, *zh_articles(6, start=100), FLOOD_HEBEI]
    title = theme_title([0, 7], [article_phrases(text, "zh") for text in texts], texts, "zh", set())
    assert "应急" not in title, title  # what the offices did is not what happened
    assert all(EVENT_KINDS["zh"]["flood"].search(part) for part in title.split("、")), title


REUNION_SISTERS = (
    "中新网鄂州8月10日电 “这一天，我们等了66年。”近日，在湖北省鄂州市华容区段店派出所，村民王君与离散66年的"
    "妹妹沈兰相拥而泣。1957年家里吃不饱饭，沈兰被送给武汉一对夫妇抱养。民警走访多个村组，比对户籍信息，"
    "终于帮这一家人相认。"
)
REUNION_SON = (
    "中新网荆门8月15日电 在湖北京山市公安局一楼大厅，分离了26年的父子俩14日紧紧相拥。周俊4岁时被人贩子拐走，"
    "生父26年从未放弃寻找。警方通过DNA比对确认了父子关系，一家人终于团聚。"
)


def test_two_family_reunions_told_in_different_words_are_one_theme() -> None:
    texts = [REUNION_SISTERS, *zh_articles(6, start=100), REUNION_SON]
    reunion = next(theme for theme in day_themes(texts, "zh") if 0 in theme.members)
    assert reunion.members == [0, 7]
    assert reunion.title == "寻亲团聚"  # what both tell, not one story's 拐卖 or the police station
    assert not reunion.section


def test_police_who_help_a_family_make_no_crime_report() -> None:
    helped = "记者从怀宁县公安局清河派出所获悉，台胞女婿电话寻亲，派出所民警热情服务，帮助他找到大陆亲人。"
    assert section_of(helped, "zh") is None
    assert section_of("警方迅速立案侦查，将犯罪嫌疑人抓获归案。", "zh") == "公安与司法"
    assert section_of("Police said the family was reunited at the court house on Friday.", "en") is None


def test_a_point_that_leans_on_the_sentence_before_leads_only_where_it_opens_the_article() -> None:
    def bullet(text: str, paragraph: int, opens: bool = False) -> _Bullet:
        return _Bullet(1, "en", text, [paragraph], 1.0, overview=True, opens=opens)

    later = bullet("Newcastle returned a record profit of 18.7 million pounds last week.", 2)
    opening = bullet("They played in grey and put in a dull performance: dark days for Newcastle.", 1, opens=True)
    assert min([opening, later], key=_Bullet.lead_rank) is opening  # the writer's lede
    leaning = bullet("His first derby in the dugout was as assistant to Ruud Gullit in 1999.", 1)
    assert min([leaning, later], key=_Bullet.lead_rank) is later
    quoted = bullet("'I said, yeah, but you haven't played in one like this one'.", 1)
    assert min([quoted, later], key=_Bullet.lead_rank) is later  # a quotation in single quotes
    dangling = _Bullet(1, "zh", "2023年1月至6月共起诉此类犯罪2000余人。", [1], 1.0, overview=True)
    news = _Bullet(1, "zh", "最高人民检察院发布2023年上半年全国检察机关主要办案数据。", [2], 1.0, overview=True)
    assert min([dangling, news], key=_Bullet.lead_rank) is news


def test_a_name_said_only_inside_a_longer_name_is_not_said() -> None:
    from citebrief.digest_themes import _names

    assert not _names("His daughter told the Los Angeles Times he was better.", "los angeles", "en")
    assert _names("A skater fell on a slope in Santa Monica, Los Angeles, on Sunday.", "los angeles", "en")
    assert _names("Sunderland won the Tyne-Wear derby Head coach John Carver", "tyne-wear derby", "en")  # a caption
    assert _names("Masters Wednesday began on a sombre note.", "masters", "en")  # a day is no longer name
    assert not _names("Rhodri Giggs outside Manchester Magistrates Court.", "manchester", "en")
    similar = np.array([[1.0, 0.11], [0.11, 1.0]])
    members = [0, 1]
    texts = ["B.B. King told the Los Angeles Times he was better.", "A skater crashed in Los Angeles on Sunday."]
    assert not _keep_who_say("Los Angeles", members, texts, similar, 0.2, "en")  # no story they share


def test_a_topic_is_central_where_the_lead_or_a_repeat_says_it() -> None:
    from citebrief.digest_themes import _central

    games = [
        "中新网成都7月28日电 成都大运会28日开幕，各国运动员入场。成都大运会志愿者在场馆服务。",
        "中新网成都7月26日电 成都第31届世界大学生夏季运动会即将开幕，场馆再次迎检。成都大运会志愿服务小站已启用，"
        "成都大运会赛事保障准备就绪。",
    ]
    assert _central("成都大运会", [0, 1], games, "zh")  # the second says it twice, after the full name
    passing = [
        "Alberto Bueno prepares to face Real Madrid on Wednesday; Real Madrid lead La Liga.",
        "Manchester City fans want a new manager after the derby defeat. " * 8
        + "One pundit compared the club with Real Madrid in passing.",
    ]
    assert not _central("Real Madrid", [0, 1], passing, "en")  # named once, late, by the second


def test_an_english_title_is_a_name_not_a_common_noun_before_it() -> None:
    texts = [
        "PGA Tour star Rickie Fowler hit back at an online troll. The golfer's girlfriend, bikini model Alexis "
        "Randock, had posted a beach photo. Alexis Randock thanked fans.",
        "Rickie Fowler hit back at an online troll who insulted his girlfriend, bikini model Alexis Randock. "
        "Alexis Randock and her sister Nicole posted a photo on the beach.",
        *[f"The council of town number {n} approved a new library budget after a long debate." for n in range(4)],
    ]
    title = theme_title([0, 1], [article_phrases(text, "en") for text in texts], texts, "en", set())
    assert title in {"Rickie Fowler", "Alexis Randock"}, title  # not "model Alexis Randock", "Online Troll"


def test_the_day_has_more_sections_than_sport_and_courts() -> None:
    assert section_of("中国A股26日遭遇调整，主要股指悉数下跌，房地产相关板块却逆势上涨。", "zh") == "经济与市场"
    assert section_of("十四届全国人大常委会第四次会议初次审议刑法修正案(十二)草案。", "zh") == "时政"
    assert section_of("中央气象台继续发布暴雨橙色预警，预计多地有强降雨。", "zh") == "天气与灾害"
    assert section_of("记者从海峡两岸青年创新创业大赛组委会获悉，台胞项目踊跃报名。", "zh") == "两岸交流"
    cameron = "David Cameron hit back at criticism of his election campaign as Labour gained in the polls."
    assert section_of(cameron, "en") == "Politics"
    assert section_of("Physical activity can increase grey matter in the brain, a study of patients found.", "en") == (
        "Health and science"
    )


def test_a_figure_of_speech_in_quotation_marks_places_no_story() -> None:
    """A train depot called a “hospital” by its workers is no health story; a quotation that opens
    the story is its lede and counts."""
    depot = "正是修车现场最忙碌的时候，列车驶入最大的“火车医院”，接受来自“火车医生”的全身体检。"
    assert section_of(depot, "zh") is None
    assert section_of("“参加节目录制的6个小女孩演唱歌曲，表达感恩之情。”音乐人说。", "zh") == "文化与旅游"


def test_sport_is_named_sport_by_sport() -> None:
    from citebrief.text.sections import kind_of, kinds_title

    nadal = "Rafael Nadal eased past Nicolas Almagro 6-3 6-1 on the clay at the Barcelona Open tennis event."
    fowler = "PGA Tour star Rickie Fowler, the golfer, called out an online hater."
    arsenal = "Arsenal are the form team in the Premier League, the striker scoring again."
    assert kind_of(nadal, "Sport", "en") == "Tennis"
    assert kind_of(fowler, "Sport", "en") == "Golf"
    assert kind_of(arsenal, "Sport", "en") == "Football"
    assert kind_of(arsenal, "Crime and courts", "en") is None  # a section that is not named closer
    assert kinds_title(["Golf", "Tennis"], "en") == "Golf and tennis"
    assert kinds_title(["Golf", "Boxing", "Tennis"], "en") == "Golf, boxing and tennis"
    assert kinds_title(["Golf", "Boxing", "Tennis", "Football"], "en") == ""  # "Sport" says it better
    assert kinds_title(["田径", "网球"], "zh") == "田径、网球"


def test_a_section_splits_where_two_stories_share_a_sport() -> None:
    from citebrief.digest_sections import by_kind as _by_kind

    texts = [
        "Arsenal beat Chelsea in the Premier League; the striker scored twice as the season goes on.",
        "Rafael Nadal reached the third round of the tennis tournament on clay, the top seed again.",
        "Liverpool's manager urged the midfielder to learn from a chastening week in the Premier League.",
        "Rickie Fowler, the PGA Tour golfer, led the Masters after a round of 66.",
    ]
    made = _by_kind("Sport", [0, 1, 2, 3], texts, "en")
    assert [(t.title, t.members) for t in made] == [("Football", [0, 2]), ("Tennis and golf", [1, 3])]
    assert all(t.section for t in made)
    one_over = _by_kind("Sport", [0, 1, 2], texts, "en")
    assert [(t.title, t.members) for t in one_over] == [("Football and tennis", [0, 1, 2])]  # none left alone


def test_a_few_sport_stories_stay_one_sports_page() -> None:
    """Two football stories and four of four other sports: "Football" beside a "Sport" of the rest
    says the same heading twice; six stories make one sports page."""
    from citebrief.digest_sections import by_kind as _by_kind

    texts = [
        "Arsenal beat Chelsea in the Premier League; the striker scored twice as the season goes on.",
        "Liverpool's manager urged the midfielder to learn from a chastening week in the Premier League.",
        "Rafael Nadal reached the third round of the tennis tournament on clay, the top seed again.",
        "Rickie Fowler, the PGA Tour golfer, led the Masters after a round of 66.",
        "The heavyweight boxer won the bout in the sixth round to stay champion.",
        "The fly-half kicked three penalties as the rugby side won the Six Nations match.",
    ]
    made = _by_kind("Sport", list(range(6)), texts, "en")
    assert [(t.title, t.members) for t in made] == [("Sport", list(range(6)))]
    three = _by_kind("Sport", [0, 1, 2, 3], texts, "en")  # the rest named by its sports: split as before
    assert [(t.title, t.members) for t in three] == [("Football", [0, 1]), ("Tennis and golf", [2, 3])]


def test_many_football_stories_are_split_by_competition() -> None:
    from citebrief.digest_sections import by_kind as _by_kind

    texts = [
        "Arsenal beat Chelsea in the Premier League; the striker scored twice as the season goes on.",
        "Real Madrid will miss Benzema for the La Liga game; the striker limped out of training this season.",
        "Liverpool's manager urged the midfielder to learn from a chastening week in the Premier League.",
        "Rickie Fowler, the PGA Tour golfer, led the Masters after a round of 66.",
        "Barcelona's coach urged his players to extend their lead at the top of La Liga this season.",
        "Spain's friendly defeat by Holland brought back memories of the World Cup, the defender said of the match.",
        "Manchester United's midfielder said the side must take every game in the Premier League as a final.",
    ]
    made = _by_kind("Sport", list(range(7)), texts, "en")
    assert [(t.title, t.members) for t in made] == [
        ("Premier League", [0, 2, 6]),
        ("European football", [1, 4]),
        ("Golf and football", [3, 5]),  # the rest after the competitions
    ]
    few = _by_kind("Sport", [0, 1, 2, 3], texts, "en")
    assert [(t.title, t.members) for t in few] == [("Football and golf", [0, 1, 2, 3])]  # four: no closer split


def test_a_small_theme_of_no_one_event_joins_its_section() -> None:
    """Two orange warnings (a forest-fire one, a rain one) share a word, not an event: with a third
    weather story left alone they make one weather section; a theme of one event stays."""
    fire = "中新网重庆8月15日电 重庆市气象局联合发布森林草原火险橙色预警信号，预计大部分区县森林火险等级较高。"
    rain = "央视网消息：中央气象台7月27日18时继续发布暴雨橙色预警，预计华北等地有大到暴雨。"
    texts = [fire, *zh_articles(6, start=100), rain]  # the second: new weather stations in the desert
    found = day_themes(texts, "zh")
    weather = next(theme for theme in found if 0 in theme.members)
    assert weather.section and weather.title == "天气与灾害"
    assert weather.members == [0, 1, 7]


def test_a_title_that_undersells_its_stories_is_said_closer() -> None:
    from citebrief.digest_titles import closer_title

    floods = [
        "中新网吉林8月17日电 舒兰洪灾中，金马镇中心小学校舍被洪水漫灌。",
        "央视网消息：北京遭遇今年以来最大规模降雨，多条道路积水。",
        "中新网石家庄8月6日电 河北101个县遭受洪涝灾害，受灾人口288.87万人。",
    ]
    phrases = [article_phrases(text, "zh") for text in floods]
    assert closer_title("降雨", [0, 1, 2], phrases, floods, "zh") == "暴雨洪涝"  # the rain flooded
    assert closer_title("降雨", [1], phrases, floods, "zh") == "降雨"
    cameron = [
        "David Cameron hit back at criticism of his election campaign. Cameron said the election was about jobs. "
        "The Prime Minister spoke in London.",
        "David Cameron announced plans for workers before the election. Cameron said the election would decide. "
        "The Prime Minister spoke in Leeds.",
        "Rafael Nadal won in Barcelona on the clay.",
    ]
    phrases = [article_phrases(text, "en") for text in cameron]
    assert closer_title("David Cameron", [0, 1], phrases, cameron, "en") == "David Cameron: election"
    assert closer_title("Anzac Day", [0, 1], phrases, cameron, "en") == "Anzac Day"  # no person


def test_a_theme_named_only_by_who_acted_joins_its_section() -> None:
    """Two cases Shanghai's police solved, titled by the office (上海市公安局), read better beside
    the day's other police and court reports, under their section."""
    from citebrief.digest_themes import _fold

    murder = "人民网上海8月3日电 上海警方成功侦破一起发生在21年前的命案，两名犯罪嫌疑人全部落网。"
    fraud = "中新网上海8月9日电 上海浦东警方再破职业骗薪诈骗案，抓获108人，案值8000余万元。"
    audit = "新华社济南8月17日电 山东省纪委监委公开曝光4起违纪违法典型案例。"
    texts = [murder, fraud, audit]
    close = np.ones((3, 3))  # as alike as two reports of one story
    theme = Theme("上海市公安局", [0, 1])
    assert _fold([theme], texts, "zh", close) == []  # its stories go to 公安与司法 with the third
    assert _fold([theme], texts[:2], "zh", close) == [theme]  # no lone story of the section: it stays


def test_a_theme_titled_by_one_storys_phrase_joins_its_section() -> None:
    """长期贷款 over a province's financing figures and a bank's loans to manufacturing: one lead
    says it, both are market stories, so they are listed under 经济与市场 with the day's other
    market story, however alike; a title both leads say stays, and so does one whose stories are
    of two sections."""
    from citebrief.digest_themes import _fold

    finance = "中新网海口7月25日电 海南省举行普惠金融新闻发布会，上半年海南社会融资规模增量为830亿元，金融支持经济。"
    loans = "中新网北京7月25日电 国家开发银行上半年发放制造业贷款2507亿元，其中中长期贷款占比约90%，支持企业投资。"
    shares = "中新社北京7月25日电 瑞银证券预计今年A股沪深300指数每股盈利增长约10%，上半年A股表现乏力，板块分化。"
    texts = [finance, loans, shares]
    close = np.ones((3, 3))  # as alike as two reports of one story
    assert _fold([Theme("长期贷款", [0, 1])], texts, "zh", close) == []
    assert _fold([Theme("上半年", [0, 1])], texts, "zh", close) == [Theme("上半年", [0, 1])]  # both say it
    court = "中新网杭州8月7日电 浙江省高级人民法院发布涉外商事纠纷诉调对接意见，引入外籍调解员化解纠纷。"
    mixed = [finance, court, shares]
    assert _fold([Theme("普惠金融", [0, 1])], mixed, "zh", close) == [Theme("普惠金融", [0, 1])]


def test_a_story_alone_in_its_section_joins_the_near_one() -> None:
    from citebrief.digest_sections import section_themes as _sections

    texts = [
        "More than 20,000 foreign fighters have fled to Syria and Iraq to join the militants, the report said.",
        "Police arrested a man after a jewellery shop was robbed. He was charged with theft in court.",
        "A former nurse was jailed for four years after a jury convicted her of fraud.",
    ]
    made = _sections([0, 1, 2], texts, "en")
    assert [(t.title, t.members, t.section) for t in made] == [("Crime, courts and security", [0, 1, 2], True)]
    assert [t.members for t in _sections([1, 2], texts, "en")] == [[1, 2]]


def test_dozens_of_wind_turbines_are_no_typhoon() -> None:
    flood = EVENT_KINDS["zh"]["flood"]
    assert not flood.search("距离陆地约40公里处的海面上，数十台风电机组正在不停地旋转。")
    assert flood.search("受台风“杜苏芮”影响，拉林河流域发生了特大洪水。")
    assert flood.search("台风“卡努”残余水汽带来降雨。")


def test_two_stories_alone_in_their_sections_meet_in_one_they_both_say() -> None:
    """The procuratorate's figures (公安与司法) and a school's legal vice-principals (民生与社会 first,
    公安与司法 too) are each alone in the section they say first: together they make 公安与司法."""
    from citebrief.digest_sections import section_themes as _sections

    figures = "本报北京7月26日电 今日最高人民检察院向社会发布全国检察机关主要办案数据，起诉人数下降。"
    schools = (
        "本报上海8月9日电 为加强中小学校法治副校长聘任与管理，上海市教育局与市检察院联合印发办法，办案检察官进校园。"
    )
    made = _sections([0, 1], [figures, schools], "zh")
    assert [(t.title, t.members) for t in made] == [("公安与司法", [0, 1])]


def test_a_police_case_that_names_firms_stays_a_police_story() -> None:
    from citebrief.digest_sections import section_themes as _sections
    from citebrief.text.sections import section_of

    fraud = (
        "中新网上海8月9日电 上海浦东警方侦破职业骗薪诈骗案，抓获犯罪嫌疑人108人，案件涉及企业30余家，"
        "民警提醒企业防范金融风险。"
    )
    shops = "中新网天津7月25日电 天津市消费流通促进会成立，将推动消费升级，服务消费企业。"
    assert section_of(fraud, "zh") == "公安与司法"
    assert _sections([0, 1], [fraud, shops], "zh") == []  # no section of two: both among the other stories


BARCA = (
    "Barcelona boss Luis Enrique has urged his players to concentrate on extending their lead at the top of the"
    " La Liga table on Saturday. Victory will take them five points clear of title rivals Real Madrid. Real Madrid"
    " play Malaga later. Real Madrid have won eight in a row."
)
REAL = (
    "Carlo Ancelotti has revealed Karim Benzema will miss Real Madrid's La Liga game at home to Malaga on Saturday."
    " Real Madrid are four points behind."
)
CAROLINA = "The last time Frank Jordan spoke with his son, he was fishing. He was found 200 miles from North Carolina."
COURT = "Deputies rushed a murder suspect from court after he swore at a judge. The college is in North Carolina."


def _about(title: str, texts: list[str], likeness: float) -> Theme | None:
    similar = np.array([[1.0, likeness], [likeness, 1.0]])
    phrases = [article_phrases(text, "en") for text in texts]
    return _about_every(Theme(title, [0, 1]), phrases, texts, "en", similar)


def test_a_title_one_story_names_as_its_rival_gives_way_to_what_both_are_about() -> None:
    assert _about("Real Madrid", [BARCA, REAL], 0.5) == Theme("La Liga", [0, 1])
    assert _about(
        "Anzac Day",
        [
            "Most Australians will not get a day off this Anzac weekend. Anzac Day falls on a Saturday.",
            "Crowds at the Anzac Day service were left fuming by loud music.",
        ],
        0.12,
    ) == Theme("Anzac Day", [0, 1])  # "Anzac weekend" says it


def test_a_place_two_unrelated_stories_say_in_passing_is_no_theme() -> None:
    assert _about("North Carolina", [CAROLINA, COURT], 0.12) is None  # each to its section
    assert _about("North Carolina", [CAROLINA, COURT], 0.5) == Theme("North Carolina", [0, 1])  # as close: one story


def test_research_that_names_the_nhs_is_no_health_story_and_features_have_a_section() -> None:
    population = (
        "The ethnic minority population in Britain will more than double by 2051, research shows. Campaigners"
        " fear the increase will put pressure on housing, schools and the NHS."
    )
    # who speaks of it (research, the NHS), no word of health: a population story (ethnic minority, population)
    assert section_of(population, "en") == "Population and migration"
    assert section_of("Physical activity can increase grey matter in the brain, a study says.", "en") == (
        "Health and science"
    )
    prom = "Promposals are the big trend in high school proms as teens ask each other to the dance."
    assert section_of(prom, "en") == "Life and style"
    space = "The spacecraft will re-enter the Earth's atmosphere after losing contact with the space station."
    assert section_of(space, "en") == "Health and science"


def test_a_story_is_filed_by_what_was_done_and_who_it_is_about() -> None:
    # a shooting told by its verbs (shot his wife, gunshot) is a crime report, with no word of police or court
    shooting = "A man fatally shot his wife and then himself after a row, and she died of a gunshot wound."
    assert section_of(shooting, "en") == "Crime and courts"
    crash = "A man was killed in a road accident eight months after his brother was killed in a crash."
    assert section_of(crash, "en") == "Accidents and rescues"  # a death on the road is no crime
    # an actress named at the start of her sentence ("Actress Jane Doe …") is arts, not the politics she plays
    actress = (
        "Actress Jane Doe said the hairstyle she wears as a senator in the comedy was inspired by a presidential"
        " candidate. The show stars her."
    )
    assert section_of(actress, "en") == "Arts and entertainment"
    # a club's forward named by his club is a footballer
    forward = "Pundits and fans were puzzled when the Tottenham forward posted a video of a dance in Paris."
    assert section_of(forward, "en") == "Sport"
    assert section_of("Pundits and fans say the band will look forward to the tour in Paris.", "en") is None


def test_a_seat_of_power_a_state_or_a_city_is_only_where() -> None:
    """A "White House" theme over a president's daughters' hike and a candidate's endorsement is
    titled by where, not what: that alone is no story the articles share; an event's name is none."""
    from citebrief.digest_titles import where_or_who

    said = ["Hillary Clinton's bid for the White House won an endorsement.", "The girls left the White House."]
    assert where_or_who("White House", said, "en")
    assert where_or_who("New York City", said, "en")
    assert where_or_who("North Carolina", said, "en")
    assert not where_or_who("Anzac Day", said, "en")
    assert not where_or_who("White House Correspondents' Dinner", said, "en")


def test_a_forecasts_where_and_an_offices_role_name_no_topic() -> None:
    """部分地区 (a forecast's "some areas") titled a fire-risk warning beside a national rain
    forecast, and 职能作用 (an office's "role") a court's ecology pact beside schools' legal
    vice-principals: formula every such report says, no story."""
    for formula in ("部分地区", "职能作用"):
        assert not names_a_topic(formula, [], "zh")
    assert names_a_topic("森林火险", [], "zh")


def test_a_laboratory_that_speaks_is_who_told_it_not_the_theme() -> None:
    """Two reports of one plateau talent forum where a state key laboratory's director spoke were
    titled 国家重点实验室 (the office that spoke, as 气象台 would be); the forum and its subject
    say what the theme is."""
    import json
    from pathlib import Path

    lines = Path("/work/shared/data/zh-news.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [str(json.loads(lines[i])["article"]) for i in (121, 137, 0, 5, 14, 19, 20, 45, 63)]
    title = theme_title([0, 1], [article_phrases(text, "zh") for text in texts], texts, "zh", set())
    assert title and "实验室" not in title, title
