"""The digest's rules for a story's point: whole, standing alone, the news (digest_points)."""

from __future__ import annotations

from citebrief.digest import _Bullet
from citebrief.digest_points import figure_quote, point_text, run_on, teaser, whole


def _bullet(text: str, paragraph: int, opens: bool = False, lang: str = "zh") -> _Bullet:
    return _Bullet(1, lang, point_text(text), [paragraph], 1.0, overview=True, opens=opens)  # type: ignore[arg-type]


def test_an_opening_word_that_points_back_is_dropped_and_a_caption_tail_cut() -> None:
    signed = "西安市中级人民法院与西安市秦保局共同召开签约仪式。"
    assert point_text("当日，" + signed) == signed
    assert point_text("会上，国家文物局司长刘洋介绍，博物馆热在持续升温。").startswith("国家文物局")
    christie = "Chris Christie's wife has quit her job in a sign he will run in 2016. May Pat Christie, 51"
    assert point_text(christie).endswith("run in 2016.")
    whole_two = "He said it was over. Then he left."
    assert point_text(whole_two) == whole_two  # whole sentences stay


def test_a_forecast_line_or_a_run_of_captions_is_no_whole_sentence() -> None:
    assert not whole("16日白天到夜间，各地多云到晴，午后偏南局地有阵雨或雷雨，气温20℃至39℃")
    assert whole("中央气象台7月27日18时继续发布暴雨橙色预警。")
    captions = (
        "Mr Pickles suggested companies would not be forced to give staff days-off under the plan Former Deputy "
        "Prime Minister John Prescott offered his view on the Today programme The Labour party raised concerns."
    )
    assert run_on(captions) and not whole(captions)
    assert not run_on("He told The Times that the plan would cost millions.")  # one title named in a sentence
    assert run_on("West Bromwich Albion vs Leicester City (The Hawthorns) Team news West Brom Craig Dawson is fit.")


def test_a_teaser_or_a_feature_scene_is_no_news() -> None:
    assert teaser("上海警方侦破的上海市首例“职业骗薪”诈骗案又有下文。")
    assert teaser("When Emma Jackson, 28, moved into a quiet cul-de-sac in Hull, she thought she had found a home.")
    assert teaser("Ahead of this weekend's action, Sportsmail will be providing you with all you need to know.")
    assert not teaser("记者9日从上海浦东警方获悉，浦东警方再破“职业骗薪”案，抓获108人，案值8000余万元。")
    assert not teaser("When the fire broke out at 3am, 40 residents were evacuated.")


def test_the_lead_is_the_report_not_its_announcement() -> None:
    teased = _bullet("上海警方侦破的上海市首例“职业骗薪”诈骗案又有下文。", 1, opens=True)
    news = _bullet("记者9日从上海浦东警方获悉，浦东警方再破“职业骗薪”案，抓获108人，案值8000余万元。", 1)
    later = _bullet("警方表示，目前，刘某等108名犯罪嫌疑人已被依法采取刑事强制措施。", 4)
    assert min([teased, later, news], key=_Bullet.lead_rank) is news


def test_an_opening_quote_that_states_a_figure_is_the_lead_and_an_aside_is_not() -> None:
    quote = "“参加北京卫视国庆特别节目录制的6个小女孩都来自玉树，演唱歌曲是《祖国像妈妈的怀抱》。”"
    assert figure_quote(quote) and not figure_quote("“希望喜欢音乐，一定要坚持到底。”")
    aside = _bullet("刘亮此番创业源于当地新乡贤陈啸的“倾情推介”。", 1)
    assert min([aside, _bullet(quote, 1, opens=True)], key=_Bullet.lead_rank) is not aside
    magazine = _bullet("The magazine collected statistics comparing award-seat availability.", 1, lang="en")
    top = _bullet("The top performer was Southwest Airlines, which offered 11.9 million award tickets.", 2, lang="en")
    assert min([magazine, top], key=_Bullet.lead_rank) is top


def test_a_story_that_says_two_sections_goes_to_the_one_it_says_first() -> None:
    from citebrief.text.sections import section_of

    giggs = (
        "Rhodri Giggs outside Manchester Magistrates Court yesterday, where he was banned from driving. "
        "The brother of ex-footballer Ryan Giggs, the former Manchester United player and manager, lost his job."
    )
    assert section_of(giggs, "en") == "Crime and courts"
    mcgowan = "Dundee have vowed to stand by the midfielder after he was spared jail for assault, the court heard."
    assert section_of(mcgowan + " He has played 20 games this season.", "en") == "Sport"
    assert section_of("Two airport screeners were fired after conspiring to grope men, police said.", "en") == (
        "Crime and courts"
    )
    assert section_of("So many drugs are thrown over the fence into one prison that warders use a crane.", "en") == (
        "Crime and courts"
    )


def test_a_word_ending_in_zuozhe_is_no_byline() -> None:
    quote = _bullet("“在医生这个平凡的岗位上，我将继续为保障海岛民众的生命健康贡献力量。”", 1, opens=True)
    news = _bullet("18日，为弘扬医务工作者救死扶伤的职业精神，浙江省第六个中国医师节庆祝大会在杭州举行。", 1)
    assert min([quote, news], key=_Bullet.lead_rank) is news
    byline = _bullet("题：广西京剧小伙爱“国漆”朴实器物绘出绚丽色彩作者 刘俊聪", 1, opens=True)
    assert min([byline, news], key=_Bullet.lead_rank) is news


def test_a_sentence_that_opens_on_what_was_learnt_before_leans_on_it() -> None:
    from citebrief.digest import _leans

    assert _leans("了解情况后，段店派出所一方面通过驻村辅警群发布寻亲信息。")
    assert _leans("接到报警后，民警迅速赶到现场。")
    assert not _leans("近日，在湖北省鄂州市华容区段店派出所，村民王君与离散66年的妹妹相拥而泣。")


def test_a_chinese_feature_that_opens_on_a_persons_things_is_a_scene() -> None:
    assert teaser("张海娜的暑假提前结束，她和同事们返回数日前被洪水漫灌的校舍。")
    assert not teaser("金马镇中心小学是此次舒兰洪灾中唯一受到影响的学校。")
    assert not teaser("上海的高温依旧“接二连三”。")  # a place, no person
    assert not teaser("张海娜的学校有320多名小学生。")  # a figure: a report


def test_a_province_named_before_in_the_same_sentence_is_no_lean() -> None:
    from citebrief.digest import _leans

    assert _leans("接下来，该省将通过推进入海河流总氮管控，推进珠江口海域综合治理。")
    assert not _leans("浙江省省长王浩介绍，今年上半年该省共组织出境商务团组993个。")


def test_titles_and_papers_named_in_prose_are_no_run_of_captions() -> None:
    assert not run_on("Mr Buckingham told The Times he was disappointed that The Royal China Club was not fined.")
    assert not run_on("Her family were affected, with Mr Ray threatening her father when they visited Ms Jackson.")


def test_a_song_title_is_no_run_of_captions() -> None:
    assert not run_on('"American Pie" replaced Bob Dylan\'s "The Times They Are A Changin" as the longest song.')


def test_a_feature_scene_opening_is_a_teaser() -> None:
    assert teaser("9日14时，正是修车现场最忙碌的时候，一列列列车缓缓驶入检修车间。")
    assert teaser("放眼望去，街上卖蔬菜的摊子都无人值守。")
    assert teaser("8月的西安，密不透风的动车组检修库泛着层层热浪，机械师在卫生间拆卸检修。")
    assert not teaser("8月的降雨量较常年偏多三成。")
    assert teaser("15日一大早，欧阳炎华带着几名员工来到村里开展爱心义剪活动。")
    assert teaser("润色添彩、绿植焕新......走进景区，当地民居五彩的墙绘映入眼帘。")
    assert not teaser("15日，湖南省公安厅召开新闻通气会，披露了系列非法采砂案的详细案情。")


def test_a_bare_quotation_takes_the_sentence_that_says_who_spoke() -> None:
    from citebrief.digest_points import with_speaker

    quote = "“参加节目录制的6个小女孩都来自玉树，表达感恩祖国之情。”"
    paragraph = quote + "19日，玉树市青年音乐人嘎玛西周说。“8月8日，她们第一次到达北京。”"
    assert with_speaker(quote, paragraph) == quote + "19日，玉树市青年音乐人嘎玛西周说。"
    assert with_speaker(quote, quote + "孩子们第一次到达北京，看到了天安门。") == quote  # no speaker after it
    news = "中央气象台发布暴雨橙色预警。"
    assert with_speaker(news, news + "气象台说。") == news  # no quotation


def test_the_news_peg_leads_before_the_method_a_report_opens_on() -> None:
    from citebrief.digest_points import pegged

    method = _bullet("在禁采河砂的湘江水域，作案团伙使用改装船只擅自抽吸河砂获取非法利益。", 1, opens=True)
    peg = _bullet("15日，湖南省公安厅召开新闻通气会，对外披露了系列非法采砂案的详细案情。", 1)
    assert min([method, peg], key=_Bullet.lead_rank) is peg
    quake = _bullet("受山东省德州市平原县5.5级地震影响，部分列车停运、晚点。", 1, opens=True)
    police = _bullet("记者6日从北京铁路公安局获悉，北京铁路警方第一时间启动应急预案。", 1)
    assert min([quake, police], key=_Bullet.lead_rank) is quake  # an opening that states a figure is news
    assert not pegged("7月28日，国新办就文物保护举行发布会。", [1])  # only that it was held
    assert not pegged("15日，湖南省公安厅召开新闻通气会，披露了案情。", [5])  # far from the opening


def test_a_caption_run_into_a_sentence_that_opens_on_a_role_is_no_whole_sentence() -> None:
    upson = (
        "Matthew Upson closes down a team-mate in training and could face West Brom Boss Nigel Pearson has no "
        "further injury worries as his side fight for survival."
    )
    assert run_on(upson) and not whole(upson)
    assert not run_on("Leicester boss Nigel Pearson has no further injury worries.")  # a role in prose


def test_a_caption_run_into_a_sentence_that_opens_on_a_gerund_is_no_whole_sentence() -> None:
    benzema = (
        "Benzema rolls around on the floor during Real Madrid's clash against rivals Atletico Losing their "
        "first-choice striker is a blow to the champions."
    )
    assert run_on(benzema)
    assert not run_on("Losing their striker is a blow to Real Madrid, said Carlo Ancelotti.")
    assert not run_on("Liverpool manager Brendan Rodgers has reminded Raheem Sterling and Jordon Ibe of their duty.")


def test_of_one_paragraph_the_sentence_that_opens_the_article_leads() -> None:
    definition = _bullet(
        "Orgasmic meditation, shortened to OM, is a practice that marries sex with mindfulness.", 1, lang="en"
    )
    opening = _bullet("A new sexual technique that aims to teach women has swept into the UK.", 1, True, lang="en")
    assert min([definition, opening], key=_Bullet.lead_rank) is opening
    footage = _bullet("Footage shows the skater sailing down a concrete slope before he falls headfirst.", 1, lang="en")
    nothing = _bullet("It's not intended to be a safety video.", 1, True, lang="en")
    assert min([nothing, footage], key=_Bullet.lead_rank) is footage  # an opening that leans on nothing
    waited = _bullet("“这一天，我们等了66年。”", 1, opens=True)
    met = _bullet("近日，在湖北省鄂州市华容区段店派出所，村民王君与离散66年的妹妹沈兰相拥而泣。", 1)
    assert min([waited, met], key=_Bullet.lead_rank) is met  # a quotation that opens it is no lede over the news


def test_an_answer_to_the_question_an_article_opens_on_takes_the_question() -> None:
    from citebrief.digest_points import with_question

    asked = "Think it's hard to redeem your miles for an airline award ticket?"
    answer = "It depends on which airline rewards program you've chosen, according to a new study."
    assert with_question(answer, f"{asked} {answer} The magazine collected data.") == f"{asked} {answer}"
    assert with_question(answer, f"Airlines differ. {asked} {answer}") == answer  # not the article's opening
    assert with_question(answer, f"Miles are hard to use. {answer}") == answer  # no question before it


def test_a_gallery_caption_leans_on_its_pictures() -> None:
    from citebrief.digest import _leans

    assert _leans("Famished and queuing as far as the eye can see, these images will have the propaganda unit fuming.")
    assert not _leans("Scores of downtrodden Syrians wait in line for hours for food in Raqqa.")
    assert _leans("The 37-year-old finished sixth on his Masters debut in 2004.")


def test_a_fixture_heading_before_the_team_news_is_left_out_and_the_news_leads() -> None:
    preview = (
        "West Bromwich Albion vs Leicester City (The Hawthorns) Team news West Brom Craig Dawson is set to return"
        " for West Brom after serving a one-match ban."
    )
    assert point_text(preview) == "Craig Dawson is set to return for West Brom after serving a one-match ban."
    teaser_text = (
        "Ahead of this weekend's Premier League action, Sportsmail will be providing you with all you need to"
        " know about every fixture, with team news, provisional squads, betting odds and Opta stats."
    )
    bullets = [_bullet(teaser_text, 1, opens=True, lang="en"), _bullet(preview, 1, lang="en")]
    assert min(bullets, key=lambda b: b.lead_rank()).text.startswith("Craig")  # the news, not the teaser
    plain = "Arsenal vs Chelsea (Emirates) kicks off at 3pm."
    assert point_text(plain) == plain  # no team news: as it is


def test_an_announcement_is_joined_with_what_it_announced() -> None:
    from citebrief.digest_points import announces, with_substance

    held = "25日，浙江省十四届人大常委会第四次会议在杭州举行。"
    said = "浙江省省长王浩介绍，今年上半年该省共组织出境商务团组993个、企业8000多家前往境外拓市场增订单。"
    assert announces(held) and announces("今日最高人民检察院向社会发布2023年1月至6月全国检察机关主要办案数据。")
    assert announces("7日记者从杭州市卫生健康委员会获悉，《杭州市育儿补助实施办法(试行)》于近日发布。")
    assert announces("今天（8月16日），教育部在河南安阳召开新闻发布会，介绍传承发展中华优秀语言文化等情况。")
    assert announces("7月25日，十四届全国人大常委会第四次会议初次审议刑法修正案(十二)草案。")
    assert announces("2023年全国台联第二十届台胞青年千人夏令营贵州分营26日开营。")  # a camp opens
    assert announces("中国（河南）自由贸易试验区郑州片区今天揭牌。")
    assert not announces("记者9日从上海浦东警方获悉，浦东警方再破“职业骗薪”案，抓获108人。")
    assert not announces("24日，中国社会工作联合会宣布正式成立应急与灾害社会工作委员会。")
    assert not announces("Parliament met in London.")
    assert with_substance(held, held + said + "会议还审议了其他事项。") == (held + said, False)
    # the bullet ends its paragraph: the next paragraph's first sentence, cited too
    assert with_substance(held, "（记者 某某）" + held, said + "其余略。") == (held + said, True)


def test_an_announcement_stays_alone_where_no_substance_follows() -> None:
    from citebrief.digest_points import with_substance

    opened = "8日，肃北县第七届那达慕文化旅游节在该县县庆广场开幕。"
    where = "肃北县位于甘肃省西北部，总面积6.67万平方公里。"
    assert with_substance(opened, opened + where) == (opened, False)  # background, no news
    scene = "作为系列活动中的重要一环，生活空间的启用将进一步提高民众保护意识。"
    assert with_substance(opened, opened + scene) == (opened, False)
    assert with_substance(opened, "另一段话。") == (opened, False)  # the bullet is not in the paragraph
    quoted = "“我们很高兴。”"
    assert with_substance(opened, opened + quoted) == (opened, False)


def test_a_lead_that_announces_is_shown_with_what_was_announced_and_cites_both_paragraphs() -> None:
    from citebrief.digest import _in_context
    from citebrief.ingest import document_from_text

    held = "国家发展改革委昨天（7月30日）举行上半年发展改革形势通报会。"
    tasks = "会议提出了促消费扩投资、支持实体经济发展等六方面任务。"
    document = document_from_text(f"{held}\n\n{tasks}\n\n其余内容。", origin="day.txt", kind="text")
    shown = _in_context(_bullet(held, 1, opens=True), lambda _: document)
    assert shown.text == held + tasks and shown.citations == [1, 2]


def test_a_trailing_list_a_scene_a_habit_a_shopper_or_an_aside_is_no_news() -> None:
    assert teaser("有的拔掉或者遮挡采样探头，有的以自来水充当采样水体，有的编造虚假数据台账……")
    assert teaser("启动备用水源、开动机井、架设临时管线、组织拉送水……")
    assert teaser("红霞满天，暑气仍盛。") and teaser("清晨，一列“复兴号”动集动车组列车迎着朝阳，崭新出发。")
    assert teaser("检修动车组卫生间通常是在无电的状态下进行。")
    assert teaser("在零售店，带着女儿来旅游的赵女士难掩兴奋：“现在社交媒体上‘蓉宝’特别火。”")
    aside = "Of all the people to be wary of getting caught on camera, you would think a TV reporter would know better."
    assert teaser(aside)
    assert not teaser("8月以来，甘肃多地出现重度干旱，多个市县采取一系列应急供水措施。")
    assert not teaser("西南财经大学教授汤继强认为，“蓉宝”相关商品线上线下大火。")
    assert not teaser("国家统计局表示，上半年经济总体回升向好，一般公共预算收入增长13.3%。")
    assert not teaser("Of the 40 people on board, 12 were injured.")


def test_a_fraud_a_detention_centre_an_appeal_and_the_criminal_law_are_crime_and_courts() -> None:
    from citebrief.text.sections import section_of

    fraud = "A meat trader who swindled cash through a mortgage fraud scam was ordered to pay back £500,000 today."
    guards = "Eight guards at Nauru detention centre have been suspended after they posted anti-Islamic messages."
    appeal = "Barry Beavis lost his case at the Court of Appeal after judges ruled that £85 was not excessive."
    assert section_of(fraud, "en") == section_of(guards, "en") == section_of(appeal, "en") == "Crime and courts"
    law = "刑法修正案（十二）草案今天提请十四届全国人大常委会审议，草案拟增加行贿罪的罪名和量刑规定。"
    assert section_of(law, "zh") == "公安与司法"
    assert section_of("The striker was ruled out for six weeks, the manager said.", "en") == "Sport"


def test_a_caption_run_into_the_first_sentence_is_left_out() -> None:
    news = "Millions of motorists face spiralling parking fines after judges ruled yesterday that £85 was fair."
    assert point_text("Barry Beavis, 48, lost his case at the Court of Appeal " + news) == news
    told = "Barry Beavis, 48, told the court that millions of motorists would pay more."
    assert point_text(told) == told


def test_a_lede_that_says_what_is_generally_said_of_its_subject_is_no_news() -> None:
    assert teaser("John Carver knows only too well that a Tyne-Wear derby can make or break a manager.")
    assert teaser("Emmanuel Adebayor is sometimes branded 'eccentric' by pundits, writers and fans alike.")
    assert teaser("Bowyer is no stranger to staving off interest in his prized assets.")
    assert not teaser("Carver is now fighting to win the head coach position beyond the end of this season.")
    assert not teaser("Kane is often described as the league's best finisher, with 30 goals this season.")
    assert teaser("After the forward posted a video of himself dancing in Paris, it is not hard to see why.")
    assert not teaser("It is easy to see why the club paid £5million for him in 2012, said the manager.")


def test_a_speakers_line_without_its_quotation_is_no_news() -> None:
    assert teaser("13日，在浙江绍兴鲁迅故里乌篷船码头，正在排队的一名四川游客对水面上的船客喊道。")
    assert not teaser("“游客多，排队久，请大家见谅！”船老大大声喊道。")  # the quotation is there
    assert not teaser("13日，绍兴鲁迅故里的乌篷船码头排起了长队。")


def test_a_features_opening_aside_or_season_is_no_news() -> None:
    assert teaser("As attempts to break a world record go, it was pretty impressive.")
    assert teaser("Every year a trend comes around that strikes fear into the hearts of women.")
    assert teaser("The story of how Douglas Bader recovered to become a fighter ace is remarkable enough.")
    assert not teaser("As the earth shook in Nepal, tremors were felt over the border in India as well.")
    assert not teaser("Every year 3,000 people are injured by fireworks.")


def test_a_dateline_and_byline_left_at_the_start_are_dropped() -> None:
    text = "央广网兰州7月28日消息（见习记者逯文婕）7月27日下午，记者从甘肃省政府新闻办获悉，《条例》将施行。"
    assert point_text(text).startswith("7月27日下午，记者从")
    assert point_text("中新网北京8月15日电(高楠 陈广通) 在山东济宁市汶上县有一位青年。").startswith("在山东济宁市")
    assert point_text("北京市8月15日起实施新规。") == "北京市8月15日起实施新规。"  # a date in prose, no dateline


def test_a_calendar_day_fact_alone_is_no_news() -> None:
    assert teaser("8月19日是第六个中国医师节。")
    assert teaser("8月15日是中国首个全国生态日。")
    assert not teaser("8月19日是中国医师节，浙江省表彰了100名优秀医师。")  # what happened on it


def test_a_morning_scene_of_one_workshop_is_no_news() -> None:
    assert teaser("18日一早，在浙江省绍兴市越城区东浦街道的鹤兴酒坊，沈佰和、沈晓峰父子忙着制作酿黄酒所需的酒药。")
    assert not teaser("时值“三伏天”，绍兴各地酒厂、酒坊抢抓酒药制作“黄金期”，绍兴黄酒拉开今年冬酿大幕。")
