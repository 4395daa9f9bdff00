"""The newspaper sections a day's lone stories are listed under (text/sections.py, digest_themes._sections)."""

from __future__ import annotations

from citebrief.digest_sections import section_themes as _sections
from citebrief.text.sections import kinds_title, section_of, sections_of


def test_a_musician_in_hospital_is_an_arts_story() -> None:
    """A blues legend who was hospitalised is filed with the arts: the guitarist and vocalist say
    who he is before the hospital says what befell him."""
    king = (
        "Blues legend B.B. King was hospitalized for dehydration, though the ailment didn't keep him out for long."
        " The legendary guitarist and vocalist released a statement thanking fans."
    )
    assert section_of(king, "en") == "Arts and entertainment"


def test_boxers_rugby_players_jockeys_and_state_laws_have_their_sections() -> None:
    boxer = "He was once the double heavyweight champion, with a career that allowed him to retire from the ring."
    rugby = "A bruising training session involving 50 scrums is how the flanker's side prepared for Saturday."
    jockey = "A striker's old club legend will present the champion jockeys trophy at Sandown on Saturday."
    law = "A new Kansas law was signed by Kansas Gov. Sam Brownback on Tuesday; the state's abortion laws are strict."
    assert section_of(boxer, "en") == "Sport"
    assert section_of(rugby, "en") == "Sport"
    assert section_of(jockey, "en") == "Sport"
    assert section_of(law, "en") == "Politics"
    assert section_of("He said the governor looked forward to a good season.", "en") is None  # one word each


def test_the_railway_and_the_airlines_are_a_section() -> None:
    """A depot's mechanics and an airport's ground crew at work in the heat are transport stories;
    a train named once in passing is none."""
    depot = "西安动车段动车组检修库泛着层层热浪，机械师在动车组卫生间对零部件进行拆卸检修，车厢内一片漆黑。"
    crew = "很多旅客称呼我们“飞机拜拜员”，我们负责对短停航班做引导，兰州中川机场地面温度突破60°C。"
    assert section_of(depot, "zh") == "交通运输"
    assert section_of(crew, "zh") == "交通运输"
    assert section_of("正是修车现场最忙碌的时候，列车驶入最大的“火车医院”。", "zh") is None


def test_party_building_and_housing_have_their_sections() -> None:
    veterans = (
        "国新办就退役军人工作有关情况举行新闻发布会，退役军人事务部副部长表示，“兵支书”已占农村党组织书记的10.5%。"
    )
    housing = "河北省政府新闻办召开新闻发布会称，河北大力推进棚户区改造、城镇老旧小区改造，开工棚改安置房12万套。"
    assert section_of(veterans, "zh") == "时政"  # a ministry's press conference says what it did: 退役军人工作
    orchard = "记者在易县台底村苹果示范园看到，该村党支部书记正带领村民整理冲毁的果树，修复设施。"
    assert section_of(orchard, "zh") is None  # a village's party secretary names who leads, not party work
    assert section_of(housing, "zh") == "民生与社会"
    assert section_of("国新办举行新闻发布会，介绍有关情况。", "zh") is None  # who speaks, no deed


def test_a_story_alone_in_its_section_joins_a_fuller_one_it_says_more() -> None:
    """Taiwanese students' summer camp (两岸交流 first, culture and travel more: filed there) joins the day's
    culture stories rather than meeting a lone train story; a story that says the fuller section
    less than its own stays apart."""
    camp = (
        "中新网贵州7月26日电 2023年全国台联台胞青年夏令营贵州分营开营。台湾青年开启丰富多彩的贵州之旅，"
        "体验非遗文化、民族歌舞和传统艺术，游览景区，乘坐高铁，抵达旅客众多的车站。"
    )
    trains = "中新网北京8月6日电 受地震影响，部分列车停运、晚点。铁路警方做好旅客秩序维护，动车组陆续恢复运行。"
    heritage = "中新网广州8月10日电 广东非遗生活空间揭幕，展演传统艺术与音乐，吸引游客。"
    museum = "中新网西安7月27日电 文化和旅游推介会举行，博物馆、景区与非遗展演吸引游客。"
    texts = [camp, trains, heritage, museum]
    placed = dict(sections_of(camp, "zh"))
    assert next(iter(placed)) == "文化与旅游" and placed["文化与旅游"] > placed["两岸交流"]  # said most
    made = _sections([0, 1, 2, 3], texts, "zh")
    assert [(t.title, t.members) for t in made] == [("文化与旅游", [0, 2, 3])]  # not 交通运输 [0, 1]
    assert _sections([0, 1], texts, "zh") == []  # a culture story with a ride on a train is no railway story


def test_a_lone_story_whose_near_section_the_day_has_joins_that_rather_than_meet() -> None:
    """A jihadi's father (war and security, politics less) joins the day's court reports
    ("Crime, courts and security"), not a lone politics story he would otherwise meet."""
    father = (
        "The flag-burning father of a runaway British jihadi schoolgirl admitted taking his daughter to an"
        " Islamic State rally. Militants and extremist preachers spoke; Labour MPs condemned him."
    )
    law = "Voters in the election backed the Republicans, and Congress will now pass the budget."
    theft = "Police arrested a man after a jewellery shop was robbed. He was charged with theft in court."
    fraud = "A former nurse was jailed for four years after a jury convicted her of fraud."
    made = _sections([0, 1, 2, 3], [father, law, theft, fraud], "en")
    assert [(t.title, t.members) for t in made] == [("Crime, courts and security", [0, 2, 3])]


def test_the_white_house_alone_makes_no_politics_story() -> None:
    """A president's daughter on a family hike away from the White House is no politics; a
    candidate's endorsement in her bid for the White House is, and so is a prime minister's
    policy; a league's clubs and its board are sport."""
    hike = (
        "She may be a First Daughter, but she is still a teenager. She and her parents ditched the White House"
        " for a hike, and the presidential press pool was sent home."
    )
    endorsed = "Hillary Clinton has garnered one of her first major endorsements in her bid for the White House."
    policy = "The Prime Minister said he will amend the rules, a policy business leaders called government meddling."
    league = "Rival clubs claim QPR, facing Football League fines, want a man on the board; League One clubs will vote."
    assert section_of(hike, "en") is None
    assert section_of(endorsed, "en") == "Politics"
    assert section_of(policy, "en") == "Politics"
    assert section_of(league, "en") == "Sport"


def test_farms_fishing_ports_lawyers_and_rescue_teams_have_their_sections() -> None:
    fishing = "“开渔啰！”在渔船汽笛长鸣声中，为期三个半月的伏季休渔期结束，国家中心渔港恢复了往日的喧闹。"
    farmer = "一位青年“新农人”把种植、销售和深加工联合起来，成为返乡的三农创业者。"
    trees = "广东省林业局联合广东省农业农村厅印发古树名木保护提升行动方案，加强古树保护。"
    lawyers = "记者从司法部召开的律师行业对口帮扶工作推进会获悉，将深化面向西部的公益法律服务。"
    rescue = "广西应急管理厅介绍，依托广西消防救援总队组建国际城市搜索与救援专业队，为受灾国提供救援。"
    assert section_of(fishing, "zh") == "农业农村"
    assert section_of(farmer, "zh") == "农业农村"
    assert section_of(trees, "zh") == "生态环境"  # the department co-signs; old trees are no farm story
    assert section_of(lawyers, "zh") == "公安与司法"
    assert section_of("司法部召开新闻发布会。", "zh") is None  # who spoke, nothing done
    assert section_of(rescue, "zh") == "天气与灾害"


def test_a_courts_rules_for_commercial_disputes_are_a_court_report() -> None:
    """A high court's rules for mediating foreign commercial disputes (it names a trade council
    and firms first) is filed with the court reports, not the markets; a report on a bank's loans
    that names no court stays in the markets."""
    court = (
        "记者7日从浙江省高级人民法院获悉，该院与浙江省贸促会联合发布《关于进一步完善涉外商事纠纷诉调对接工作机制的意见》，"
        "通过引入外籍调解员参与涉外商事纠纷化解，服务外贸企业，努力让中外当事人少走诉讼程序。"
    )
    assert section_of(court, "zh") == "公安与司法"
    assert [title for title, _ in sections_of(court, "zh")][:1] == ["公安与司法"]
    loans = "记者从国家开发银行获悉，上半年该行发放制造业贷款2507亿元，支持企业投资，其中中长期贷款占比约90%。"
    assert section_of(loans, "zh") == "经济与市场"
    fraud = "Shares in the bank fell after a court heard that its manager ran a fraud that cost customers millions."
    assert section_of(fraud, "en") == "Crime and courts"  # the economy named first, the court report all the same
    consumers = "上半年全市消费市场平稳，企业销售增长，市场监管局调解消费纠纷1200件，为消费者挽回损失。"
    assert section_of(consumers, "zh") == "经济与市场"  # no court nor police: a dispute mediated is no court report


def test_a_neighbour_who_stalks_and_abuses_is_a_crime_report() -> None:
    """A neighbour's barrage of abuse and stalking is a crime report, though no police or court is
    named yet; one word of it is not enough."""
    neighbour = (
        "When Emma moved into a quiet cul-de-sac she thought she had found a home, but an aggressive neighbour"
        " met her with a barrage of abuse that culminated in violent threats and stalking."
    )
    assert section_of(neighbour, "en") == "Crime and courts"
    assert section_of("The actor's stalker fan turned up at the film's premiere in Hollywood.", "en") != (
        "Crime and courts"
    )


def test_population_projections_of_two_countries_are_one_section() -> None:
    """Britain's ethnic-minority projections and America's immigrant census figures share no
    story, but one subject: the day lists them together; a town's residents, or one word of
    immigration in a fraud report, make no population story."""
    britain = (
        "The ethnic minority population in Britain will more than double by the middle of this century, research"
        " shows. The rise will be due to a baby boom among immigrants."
    )
    america = (
        "Documented and undocumented immigrant population in the United States could reach a record high of"
        " 51million in just eight years, according to U.S. Census figures."
    )
    fraud = "A woman running an alleged wife-for-hire immigration scam was arrested by police and charged with fraud."
    assert section_of(britain, "en") == "Population and migration"
    assert section_of(america, "en") == "Population and migration"
    assert section_of(fraud, "en") == "Crime and courts"
    assert section_of("Residents of the town said the population was happy.", "en") is None  # who lives there
    made = _sections([0, 1, 2], [britain, america, fraud], "en")
    assert [(t.title, t.members) for t in made] == [("Population and migration", [0, 1])]


def test_cops_in_a_gunfight_and_a_shepherds_lamb_have_their_sections() -> None:
    brawl = "Footage shows a family band brawling with cops in a parking lot just moments before a deadly gunfight."
    lamb = "The shepherd and three helpers took three hours to deliver the 20lb lamb near Melton Mowbray."
    assert section_of(brawl, "en") == "Crime and courts"
    assert section_of(lamb, "en") == "Animals"
    assert section_of("The cops said nothing.", "en") is None  # one word


def test_a_chinese_story_is_filed_by_the_section_it_says_most() -> None:
    """A province's congress opens the story, but what the governor reports is trade: the economy
    pages, not politics; a school flooded by the rains is disaster news, not a schools story. An
    English lede still names its subject first (a footballer spared jail stays sport)."""
    congress = (
        "浙江省人大常委会会议25日举行。省长作报告介绍，上半年全省出口增长4.1%，外贸平稳，企业拓市场增订单，投资加快。"
    )
    school = "学校的暑假提前结束，教师返回被洪水漫灌的校舍。此次暴雨洪灾中受灾的学校已做好准备，抢险队伍帮助清理。"
    assert sections_of(congress, "zh")[0][0] == "经济与市场"
    assert section_of(school, "zh") == "天气与灾害"
    footballer = (
        "Dundee have vowed to stand by their midfielder, who will miss the rest of the season, after he was"
        " spared jail for a third assault on a policeman, the court heard; he was convicted of assault."
    )
    assert section_of(footballer, "en") == "Sport"


def test_celebrities_at_a_party_rally_or_a_match_go_by_the_event_on_a_tie() -> None:
    """Comedians and an actress named first at a Labour rally say as many words of the arts as of
    politics: the rally is the story; a rugby captain dressed as a film's hero is sport. A lede that
    says the arts in more words stays arts, and a singer in hospital stays arts (no yield to health)."""
    rally = "Two comedians and a Coronation Street actress came out in support of Labour at a party rally."
    assert sections_of(rally, "en") == [("Politics", 3), ("Arts and entertainment", 3)]
    captain = (
        "With the new Avengers movie released this week, the England flanker showed off his costume,"
        " and his fans loved it."
    )
    assert section_of(captain, "en") == "Sport"
    premiere = "The actress and a singer at the film premiere were cheered by fans at the match."
    assert section_of(premiere, "en") == "Arts and entertainment"
    king = (
        "Blues legend B.B. King was hospitalized for dehydration and leaves the hospital today,"
        " the guitarist and vocalist said."
    )
    assert section_of(king, "en") == "Arts and entertainment"


def test_a_club_theme_goes_under_the_days_football_heading() -> None:
    """Two previews of one club's match (a theme) beside two other football stories go under one
    "Football" heading, not "Aston Villa" beside "Football"; a football theme with no other football
    story that day stays a theme."""
    from citebrief.digest_sections import Theme, one_sport_page

    villa = [
        "Jack Grealish wants joy as a player when Aston Villa face Liverpool in the FA Cup semi-final at Wembley.",
        "Tim Sherwood has urged Aston Villa to man up before the Premier League clash with the striker's old club.",
    ]
    others = [
        "John Carver knows a Tyne-Wear derby can make or break a manager: Newcastle face Sunderland in the league.",
        "Emmanuel Adebayor, the Tottenham striker, says the Premier League crowd has turned on him this season.",
    ]
    theme = Theme("Aston Villa", [0, 1])
    assert one_sport_page([theme], [2, 3], villa + others, "en") == []
    assert one_sport_page([theme], [], villa, "en") == [theme]
    listed = _sections([0, 1, 2, 3], villa + others, "en")
    assert [(t.title, t.members) for t in listed] == [("Football", [0, 1, 2, 3])]


def test_a_story_of_no_section_joins_the_one_its_whole_text_says_most() -> None:
    """A travel feature on a shrine whose opening says one culture word (文化) joins the day's culture
    and travel stories, as its whole text says 文物, 文艺 and 游客 too; a story whose whole text says
    fewer words of the section stays among the other stories."""
    temple = "首届中国禅棋大会12日在嵩山少林寺启幕，日本书法世家传人捐赠手书屏风，传承传统文化。"
    boats = "今年暑期，鲁迅故里乌篷船码头游客排队，旅游旺季船夫满负荷运行。"
    shrine = (
        "青山拥春江，绿水泛行舟。日前，位于富春江畔的严先生祠再次缓缓开启，再现往来桐江船的文化盛况。"
        + "据记载，祠堂自建成以来先后经历19次官修。" * 16
        + "修缮后的文物陈列吸引众多游客，文艺演出每周上演。"
    )
    noodles = "连日来，一家主营鲜辣小炒的店铺持续火爆。" * 10 + "当地还举办小炒文化节。"
    listed = _sections([0, 1, 2, 3], [temple, boats, shrine, noodles], "zh")
    assert [(t.title, t.members) for t in listed] == [("文化与旅游", [0, 1, 2])]


def test_homelessness_and_food_banks_are_welfare_not_business() -> None:
    """Phones handed to the homeless by billion-dollar firms and a food bank's count of meals are
    poverty and welfare stories, not business news ("food bank" is no bank)."""
    phones = (
        "Homeless people in the Bay Area are being handed free smartphones by multi-billion dollar tech companies."
        " The apps help the homeless find soup kitchens, and help people apply for jobs."
    )
    meals = (
        "The country's biggest food bank organisation said the number of people claiming free meals passed a million."
        " Labour said millions need emergency food because of low pay and the bedroom tax."
    )
    assert section_of(phones, "en") == "Poverty and welfare"
    assert section_of(meals, "en") == "Poverty and welfare"
    assert section_of("The bank raised its prices and its shares fell as the economy slowed.", "en") == (
        "Business and money"
    )


def test_a_story_of_no_section_meets_a_lone_story_of_the_section_its_whole_text_says() -> None:
    """Fake Twitter followers of a candidate (an opening of no section; campaign, presidential,
    voters and the White House further on) and a lone poll story make the day's Politics."""
    followers = (
        "Although she boasts 3.6 million Twitter followers, not even a conspiracy could reach 2 million of them. "
        + "Most of the accounts are fake, an audit found. " * 12
        + "Her presidential campaign says voters and the White House staff follow her too."
    )
    poll = "If your name is Nigel you are twice as likely to vote Ukip, a political poll of Tory and Labour voters says"
    film = "The film's director said the actors had wept on the last day of the shoot."
    listed = _sections([0, 1, 2], [followers, poll, film], "en")
    assert [(t.title, t.members) for t in listed] == [("Politics", [0, 1])]
    assert _sections([0, 1], [followers, film], "en") == []  # no story of that section: none to meet


def test_power_ships_trees_jobs_and_rights_claims_have_their_sections() -> None:
    """Stories a blind read found in the catch-all or misfiled, each told in words a section had
    not listed: a wind farm is energy (economy) news, a maritime authority's rules for sightseeing
    boats transport news, a tree-protection forum ecology (not politics), a job fair jobs news (not
    technology), a photographer's copyright claim a rights dispute, a family's rice-wine brewing a
    craft; a typhoon that cut the power is a disaster story."""
    wind = "福建平潭外海，数十台风电机组正在旋转。三峡集团海上风电场的机组投运，海峡发电公司电力运行部经理介绍。"
    boats = "广东海事局推出《城市大型游览船海事安全监管工作指引》，规范游船航线安全。"
    forum = "以“守正创新 文化传承”为主题的第三届长三角古树名木保护论坛在杭州举办，加强古树名木保护，推进生态文明建设。"
    fair = "大型招聘服务活动在北京7个区同步举办，250余家企业为求职群体提供2800余个工作岗位，打造一体化就业服务。"
    claim = "知名摄影师称作品被图片公司索赔，对方称其照片造成侵权；摄影师回应对方没有其作品的任何版权。"
    brewing = "绍兴鹤兴酒坊父子忙着制作酿黄酒所需的酒药，百年酿酒手艺代代相传。"
    typhoon = "受台风影响，台湾逾4万户居民家停电，2艘渔船沉没。"
    assert section_of(wind, "zh") == "经济与市场"
    assert section_of(boats, "zh") == "交通运输"
    assert section_of(forum, "zh") == "生态环境"
    assert section_of(fair, "zh") == "就业与人才"
    assert section_of(claim, "zh") == "公安与司法"
    assert section_of(brewing, "zh") == "文化与旅游"
    assert section_of(typhoon, "zh") == "天气与灾害"


def test_a_wind_farm_meets_the_days_economy_story_and_a_boat_rule_the_trains() -> None:
    """Two stories alone in the catch-all before: the wind farm beside a professor on China's
    economy, the sightseeing-boat rules beside a train depot's mechanics."""
    wind = "福建平潭外海，数十台风电机组正在旋转。三峡集团海上风电场的机组投运，海峡发电公司电力运行部经理介绍。"
    economy = "日本教授表示，中国经济正从高速增长转换为稳定增长，高质量是当下中国经济增长的关键词，消费潜力巨大。"
    boats = "广东海事局推出《城市大型游览船海事安全监管工作指引》，规范游船航线安全。"
    depot = "西安动车段动车组检修库里，机械师冯星玮在高铁列车上检修零部件，保障暑运旅客出行。"
    listed = _sections([0, 1, 2, 3], [wind, economy, boats, depot], "zh")
    assert sorted((t.title, t.members) for t in listed) == [("交通运输", [2, 3]), ("经济与市场", [0, 1])]


def test_a_games_beside_a_sport_is_titled_sport() -> None:
    """A basketball game and a Universiade venue are 体育, not "篮球、大运会" (a blind read found that
    title odd: the games is no sport beside basketball); two sports are still named together."""
    hoops = "广东省运会篮球比赛开赛，运动员激烈对抗，篮球赛场座无虚席。"
    games = "第31届世界大学生夏季运动会即将开幕，大运会赛区场馆准备就绪，运动员陆续抵达。"
    run = "全国田径锦标赛开赛，马拉松运动员参赛，冠军将获得金牌。"
    assert kinds_title(["篮球", "大运会"], "zh") == ""
    assert kinds_title(["篮球", "田径"], "zh") == "篮球、田径"
    assert [(t.title, t.members) for t in _sections([0, 1], [hoops, games], "zh")] == [("体育", [0, 1])]
    assert [(t.title, t.members) for t in _sections([0, 1], [hoops, run], "zh")] == [("篮球、田径", [0, 1])]


def test_a_lone_job_fair_meets_no_lab_but_a_second_job_story() -> None:
    """A talent fair alone in 就业与人才 stays among the other stories rather than meet a lone
    innovation story that shares its 创业 (a blind read: "a talent fair is grouped with a new drug");
    beside a gig workers' station it makes the section."""
    fair = "人才交流会在衢州启动，人力资源服务机构和就业创业青年代表与会，产教融合创新联盟成立，企业洽谈用工。"
    lab = "“地质海洋与生态”创新联合体在天津成立，科研院所与企业联合研发，推动科技创新和创业孵化。"
    station = "格尔木市建成零工驿站，让零工群体告别路边等活，服务市场主体用工，帮助求职者就业。"
    assert section_of(fair, "zh") == "就业与人才"
    assert _sections([0, 1], [fair, lab], "zh") == []
    assert [(t.title, t.members) for t in _sections([0, 1], [fair, station], "zh")] == [("就业与人才", [0, 1])]


def test_a_lone_typhoon_warning_meets_no_cross_strait_story() -> None:
    """A typhoon warning that places the storm off Taiwan (台湾, 海峡) says the cross-strait
    section too, but a lone disaster story meets only the sections a disaster touches: it does not
    join a lone cross-strait youth contest; a lone flood story still meets a lone farm story."""
    typhoon = "中央气象台发布台风橙色预警：台风杜苏芮的中心位于台湾鹅銮鼻东南方，将穿过巴士海峡，带来暴雨。"
    contest = "海峡两岸青年创新创业大赛组委会获悉，已有123个两岸优秀项目报名，台湾青年踊跃参赛。"
    flood = "暴雨洪涝灾害过后，受灾农民抢收粮食。"
    farm = "秋粮生产进入关键期，农业农村部门组织农民抢种补种，确保粮食丰收。"
    assert sections_of(typhoon, "zh")[:2] == [("天气与灾害", 4), ("两岸交流", 2)]
    assert _sections([0, 1], [typhoon, contest], "zh") == []
    assert [t.members for t in _sections([0, 1], [flood, farm], "zh")] == [[0, 1]]
