"""A newspaper's sections for the stories of a day that share no story: sport (sport by sport),
crime and courts, politics, the economy and markets, health and science, weather and disasters,
culture, and so on.

A day of unrelated items otherwise ends as one long "other stories" list; a reader scanning it
looks for the sports pages, the court reports, the markets. A story belongs to a section when its
opening says at least SECTION_WORDS different words of that section's vocabulary ("Premier League"
and "striker"; "法院" and "判处"), so one word used in passing ("a bank manager", "创新大赛") is
not enough; and words that only name who acts (police, 公安, 民警) need a word of what was done
beside them: police who help a family find its relatives make no crime report. Where a story's
opening says several sections, the one it says first is its subject (in Chinese the one it says in
most words: a province's congress that hears its export figures is economy news), unless it is the economy
and the other the courts (a court's new rules for commercial disputes: a court report). A section may name its
stories more closely by what each is about (sport: football, tennis, golf), so that a reader
sees "Football" and "Golf and tennis" rather than one "Sport" (and "Science" over no health story).
A desk is known by what its stories tell of, not only by who is in them: a bank's losses and
bail-out, a painter's photographs, a sailor found alive after weeks adrift. The vocabularies are data,
written here: no maintained library tags news sections offline without a trained model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from citebrief.model import Lang
from citebrief.text.en_desk_kinds import HEALTH_SCIENCE_KINDS
from citebrief.text.tokenize import stem

SECTION_WORDS = 2  # different words of a section a story's opening must say
LEAD_CHARS: dict[Lang, int] = {"zh": 300, "en": 600}


class Section(NamedTuple):
    """A section's title and the words that place a story in it."""

    title: str
    words: re.Pattern[str]
    who: re.Pattern[str] | None = None  # words that name who acts: one of the rest is needed too
    kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()  # what a story of it is about, to name it closer
    near: tuple[str, str] | None = None  # the section a story alone in this one joins, and their title together
    before: tuple[str, ...] = ()  # sections a story naming this one's actors (`who`) is not of, wherever it says them
    # sections whose words say what was done, where this one's say who someone is (an actress, a Top Gear
    # host): said in as many words, they are the story (comedians at a Labour rally; a rugby captain as Iron Man)
    yields: tuple[str, ...] = ()


def _words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _Sport(NamedTuple):
    """One sport's words, written once: `placing` put a story in the sport section and name its
    sport; `naming` only name the sport of a story the section already holds (a club named as its
    city is, "Liverpool"; "friendly", "Wolves", "seeds"), or have not been taken up as section words
    ("welterweight", "MotoGP": that widens the section, an output change to measure, not a copy)."""

    name: str
    placing: str
    naming: str = ""
    games: bool = False  # a multi-sport games (the Universiade), not one sport: no title beside a sport


def _either(*alternatives: str) -> str:
    """The alternatives of a regex as one alternation, in order, the empty ones left out."""
    return "|".join(alternative for alternative in alternatives if alternative)


def _en_words(*alternatives: str) -> re.Pattern[str]:
    return _words(rf"\b(?:{_either(*alternatives)})\b")


def _kinds(
    sports: Sequence[_Sport], words: Callable[[str, str], re.Pattern[str]]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each sport's name and its words, placing and naming, as a section's `kinds`."""
    return tuple((sport.name, words(sport.placing, sport.naming)) for sport in sports)


_EN_SPORT_WORDS: tuple[_Sport, ...] = (
    _Sport(
        "Football",
        r"Premier League|La Liga|Serie A|Bundesliga|Champions League|Championship|World Cup|FA Cup|PFA|striker"
        r"|midfielder|defender|goalkeeper|derby|relegation|footballer",
        r"Europa League|Scottish Premiership|Euro 20\d\d|qualifier|friendly|football(?:er)?s?"
        r"|Arsenal|Chelsea|Liverpool|Manchester (?:City|United)|Tottenham|Aston Villa|Real Madrid|Barcelona"
        r"|Newcastle United|Sunderland|Celtic|Rangers",
    ),
    _Sport("Tennis", r"tennis|Wimbledon|Grand Slam|seed|clay", r"seeds|ATP|WTA|straight sets|Open third round"),
    _Sport("Golf", r"golf(?:er)?|Masters|PGA Tour|Ryder Cup|Augusta|green jacket", r"PGA|birdie|fairway"),
    _Sport("Boxing", r"boxing|boxers?|bout|heavyweight|Mayweather|Pacquiao", r"welterweight"),
    _Sport("Horse racing", r"Grand National|Cheltenham|jockeys?|trainer|racecourse", r"Derby winner"),
    _Sport("Motor racing", r"Formula (?:One|\d)|F1|Grand Prix", r"motor racing|MotoGP"),
    _Sport("Cricket", r"cricket|wicket", r"cricketer|wickets|Test match|Ashes"),
    _Sport(
        "Rugby",
        r"rugby|Six Nations|6 Nations|Super League|Challenge Cup|scrums?|flanker|fly-half",
        r"try-scorer|Rhinos|Wolves|Saracens",
    ),
    _Sport("Chess", r"chess|grandmaster"),
    _Sport("Basketball", r"NBA", r"basketball"),
)
_EN_SPORTS = _kinds(_EN_SPORT_WORDS, _en_words)
# each English sport's placing words alone: of two sports said as often, the one said by what was done
# (a jockeys' trophy), not by a club named of a person ("Arsenal legend Ian Wright" presents it)
_EN_PLACING = {sport.name: _en_words(sport.placing) for sport in _EN_SPORT_WORDS}

# football's stories by competition, where a day has many ("Premier League", "European football")
_EN_FOOTBALL: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Premier League",
        _words(
            r"\b(?:Premier League|Arsenal|Chelsea|Liverpool|Manchester (?:City|United)|Man (?:City|United)|Tottenham"
            r"|Spurs|Aston Villa|Newcastle(?: United)?|Sunderland|Everton|Southampton|Swansea|Stoke|West Ham"
            r"|Crystal Palace|Leicester|QPR|Burnley|Hull|West Brom(?:wich Albion)?|Tyne-Wear derby|Gunners"
            r"|Red Devils)\b"
        ),
    ),
    ("Champions League", _words(r"\b(?:Champions League|Europa League)\b")),
    (
        "European football",
        _words(
            r"\b(?:La Liga|Serie A|Bundesliga|Ligue 1|Real Madrid|Barcelona|Atletico(?: Madrid)?|Bayern(?: Munich)?"
            r"|Juventus|Paris Saint-Germain|PSG|Valencia|Athletic Bilbao|Sevilla|Leverkusen|Dortmund|Inter Milan"
            r"|AC Milan|Napoli|Roma|Lazio|Porto|Benfica)\b"
        ),
    ),
    (
        "International football",
        _words(r"\b(?:World Cup|Euro 20\d\d|qualifiers?|friendly|international duty|national team|caps)\b"),
    ),
    ("Scottish football", _words(r"\b(?:Celtic|Rangers|Dundee(?: United)?|Aberdeen|Hibernian|Hearts|Scottish)\b")),
    (
        "Football League",
        _words(r"\b(?:Championship|League One|League Two|FA Cup|Blackburn|Derby County|Bournemouth)\b"),
    ),
)

# what a kind of a section's stories is about, named closer still where a day has many of it
CLOSER: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {"Football": _EN_FOOTBALL}

_ZH_MINISTRY = r"(?:财政|外交|水利|商务|教育|民政|农业农村|交通运输|应急管理|人力资源和社会保障|退役军人事务)部"

_ZH_SPORT_WORDS: tuple[_Sport, ...] = (
    _Sport("足球", r"足球|世界杯|球员|进球", r"中超|英超"),
    _Sport("篮球", r"篮球", r"CBA|NBA"),
    _Sport("大运会", r"大运会", r"大学生(?:夏季|冬季)?运动会", games=True),
    _Sport("田径", r"田径|马拉松"),
    _Sport("乒乓球", r"乒乓球"),
    _Sport("羽毛球", r"羽毛球"),
    _Sport("网球", r"网球"),
)


def _zh_words(*alternatives: str) -> re.Pattern[str]:
    return _words(_either(*alternatives))


_ZH_SPORTS = _kinds(_ZH_SPORT_WORDS, _zh_words)

# the sections whose kinds are sports: a small theme of one sport goes under the sport's heading
SPORT_PAGES = frozenset(("Sport", "体育"))

# the kinds that name a games of many sports, not a sport
GAMES = frozenset(sport.name for sport in (*_EN_SPORT_WORDS, *_ZH_SPORT_WORDS) if sport.games)

# of the sections a story's opening says, the one it says first: a footballer spared jail is
# sport ("the bad boy midfielder was spared jail"), a footballer's brother banned from driving
# is a court report ("… outside Manchester Magistrates Court, where he was banned from driving")
SECTIONS: dict[Lang, Sequence[Section]] = {
    "en": (
        Section(
            "Sport",
            _en_words(
                r"Football League|League (?:One|Two)|league|season|tournament|match(?:es)?|fixtures?|games?|goals?"
                r"|scored|coach|manager|squad|fans|semi-finals?|quarter-finals?|fight|NFL|NHL|Olympics?|Sportsmail"
                r"|champion|victory|players?|Player of the Year|sport|director of cricket|pole position|qualifying"
                r"|podium|laps?|race|try|skipper|winners|debut|horse racing|stables?(?! condition)|seasons",
                *(sport.placing for sport in _EN_SPORT_WORDS),  # each sport's own words, written once above
                # a player by his position and club ("the Tottenham forward"), not "looking forward"; last: a
                # club's or a place's name said first is that word ("Wimbledon"), not "Wimbledon forward"
                r"[A-Z][a-z]+ forwards?|winger|full-back|centre-back|centre-half",
            ),
            kinds=_EN_SPORTS,
        ),
        Section(
            "Crime and courts",
            _words(
                r"\b(?:police|arrested|charged|court|jailed|sentenced|prison(?:er)?s?|murder(?:ed)?|trial|prosecutors?"
                r"|convicted|guilty|manhunt|assault|rape[ds]?|stealing|theft|fraud|detectives?|jury|judge"
                r"|magistrates|banned from (?:driving|the roads)|drink-driving|grop(?:e|ed|ing)|conspir\w+"
                r"|drugs|smuggl\w+|inmates?|terrorism|criminal complaint|stabbed|manslaughter|shootings?|gunman"
                r"|firearm|charges|kidnapp\w+|abus(?:e|ed|ing)|swindl\w+|scams?|judges|Court of Appeal|appeal"
                # a shooting told by what was done, with no word of police or court yet; not "killed" (a crash)
                r"|gunshot|murder-suicide|fatally shot|shot dead|shot and killed|shot (?:him|her)self"
                r"|ruled(?! out)|detention (?:centre|center)|guards|parking fines?"
                r"|stalk(?:ing|ed|ers?)?|harass(?:ment|ed|ing)?"
                # the police by their slang, a shoot-out told as what it was ("brawling with cops … a deadly gunfight")
                r"|cops?|gunfights?|shoot-?outs?"
                # the civil courts: who sues whom, and how the papers are served
                r"|sue[sd]?|suing|legal papers|defendants?)\b",
                re.IGNORECASE,
            ),
            _words(r"police|court|judge|detectives?|prosecutors?|jury|magistrates", re.IGNORECASE),
            before=("Business and money",),
        ),
        Section(
            "Politics",
            _words(
                r"\b(?:election|campaign(?:ing)?|Labour|Tor(?:y|ies)|Conservatives?|Lib Dems?|UKIP|SNP|Democrats?"
                r"|Republicans?|Prime Minister|Downing Street|MPs?|Parliament|Congress|Senate|senators?|governor"
                r"|White House|president(?:ial)?|ministers?|voters?|polls?|party|rally|manifesto|run for president"
                r"|Gov(?=\. [A-Z])|lawmakers|legislat(?:ure|ors?|ion)|signed into law|abortion laws?"
                r"|government|polic(?:y|ies)|endorse(?:ments?|d|s)|political)\b"
            ),
            # where and who (the White House, a president, a prime minister): a First Daughter's family
            # hike is no politics; what they did is needed beside them (a policy, an endorsement)
            _words(r"White House|president(?:ial)?|Downing Street|Prime Minister|governor|Gov|ministers?"),
        ),
        Section(
            "Population and migration",
            # who lives in a country and who comes to it: Britain's ethnic-minority projections beside
            # America's immigrant census figures, one subject though they share no story
            _words(
                r"\b(?:population|immigrants?|immigration|migrants?|migration|census|ethnic minorit(?:y|ies)"
                r"|birth rates?|baby boom|demograph(?:y|ic|ers?)|refugees|asylum seekers?|residents)\b",
                re.IGNORECASE,
            ),
            # who lives somewhere, said in any story ("the town's population of 5,000 residents"): a word of
            # who comes, or how a people grows, is needed beside them
            _words(r"population|residents", re.IGNORECASE),
        ),
        Section(
            "Health and science",
            _words(
                r"\b(?:study|research(?:ers)?|scientists?|patients?|doctors?|hospitals?|disease|cancer|virus"
                r"|Ebola|HIV|brain|health|medical|NHS|vaccines?|infections?|treatment|obesity|diet|exercise"
                r"|grey matter|muscles?|sleep|surgeons?|clinic|NASA|space station|spacecraft|astronauts?|planets?"
                r"|alien life|Mars|telescope|orbit|illness|sick|hospitali[sz]ed|dehydration|critical condition"
                r"|allergic|obese)\b",
                re.IGNORECASE,
            ),
            # a study of house prices is none, nor research that a population's growth will press on the NHS
            _words(r"study|research(?:ers)?|scientists?|NHS", re.IGNORECASE),
            kinds=HEALTH_SCIENCE_KINDS,
        ),
        Section(
            "Arts and entertainment",
            _words(
                r"\b(?:(?i:actors?|actress(?:es)?|singers?|songwriters?|musicians?|comedians?)"  # "Actress Jane Doe …"
                r"|film|movie|TV|television|Blues|music|(?i:guitarists?|vocalists?|drummers?|rappers?|bandmates?|concerts?)"
                r"|album|Hollywood|BBC|comic"
                r"|celebrity|theatre|novel|artist|painting|auction|Avengers|Top Gear|Coronation Street|Radio \d"
                r"|classical|audiences?|on set|stars?"
                # the arts by their works, and the media by its presenters: a painter's photographs in a new
                # book, a pop song, a reality star, a sports channel's reporter
                r"|artists|artworks?|paintings|photographs|photographers?|exhibitions?|museums?|galler(?:y|ies)"
                r"|new book|songs?|sung|lyrics|pop (?:masterpiece|songs?|hits?|classics?)|reality (?:star|show|TV)"
                r"|TV (?:news )?reporter|ESPN|YouTube star)\b"
            ),
            # not to health: a singer's hospital stay is told of the singer, not beside a study of bees
            yields=("Politics", "Sport", "Crime and courts"),
        ),
        Section(
            "Poverty and welfare",
            _words(
                r"\b(?:homeless(?:ness)?|food banks?|soup kitchens?|poverty|welfare|rough sleep(?:ers?|ing)|destitute"
                r"|emergency food|low pay|bedroom tax|universal credit|benefit cuts)\b",
                re.IGNORECASE,
            ),
        ),
        Section(
            "Business and money",
            _words(
                r"\b(?:(?<!food )bank|company|firm|shares|stock|markets?|prices?|sales|profits?|economy|economic|jobs"
                r"|workers|house prices|property|\d*billion|investors|Wall Street|tax(?:es)?|retailer|supermarket"
                r"|Waitrose|award tickets|customers|brand"
                # the companies' desk by what was done: a bank's losses and bail-out, a firm that hires
                # a rival's chief, a store that opens, a pension's worth
                r"|(?<!West )Bank|banks|losses|bail(?:ed out|-?out)|taxpayers|shareholders|chief executive|executives?"
                r"|revenues?|earnings|poach(?:ed|es|ing)|stores?|high street|pensions?|retirement income"
                r"|retire(?:es?)?|savings|debts?)\b"
            ),
        ),
        Section(
            "Animals",
            _words(
                r"\b(?:dogs?|cats?|kittens?|pupp(?:y|ies)|pets?|animals?|zoo|Chihuahua|bearded dragon|birds?"
                r"|wildlife|species|horses?|owners?|cheetahs?|lions?|tigers?|elephants?|enclosure"
                r"|lambs?|ewes?|sheep|shepherds?|lambing|calves|foals?|piglets?"
                r"|rats?|mice|cockroaches|pests?|pest-infested|sharks?)\b",
                re.IGNORECASE,
            ),
            _words(r"owners?", re.IGNORECASE),
        ),
        Section(
            "Disasters and weather",
            _words(
                r"\b(?:earthquakes?|quakes?|tremors|floods?|flooding|storms?|hurricane|tornado|typhoon|cyclone"
                r"|wildfires?|bushfires?|avalanche|landslide|tsunami|death toll|rescuers|evacuat\w+|heatwave"
                r"|weather|Met Office)\b",
                re.IGNORECASE,
            ),
        ),
        Section(
            "Accidents and rescues",
            # what befell someone and who came to help: a sailor found alive after weeks adrift, a girl
            # trapped by the neck and freed by neighbours, a volunteer drowned abroad
            _words(
                r"\b(?:rescu(?:e|ed|ers?|ing)|saved|survived|survivors?|found alive|adrift|Coast Guard|lifeboats?"
                r"|trapped|stranded|drowned|drowning|accidents?|crash(?:ed|ing)?|plunged|capsized|lost at sea"
                r"|drift(?:ing|ed)|collision|(?:fierce|strong) currents|swept (?:away|out to sea)|heroic|freed)\b",
                re.IGNORECASE,
            ),
            near=("Disasters and weather", "Disasters, accidents and rescues"),
        ),
        Section(
            "Life and style",
            _words(
                r"\b(?:fashion|style|trends?|sex(?:ual)?|proms?|promposals?|wedding|honeymoon|newlyweds?|dating"
                r"|beauty|skin|suncreams?|make-up|Instagram|rich kids|outfit|miniskirt|wore|wearing"
                r"|menu|restaurants?|recipes?|cuisine|treats|lost (?:more than )?\w+ stone|diet)\b",
                re.IGNORECASE,
            ),
        ),
        Section(
            "Royal family",
            _words(r"\b(?:royal|Duchess|Duke|Prince|Princess|Queen|Kate|Buckingham Palace|Kensington Palace)\b"),
            near=("Arts and entertainment", "Royals and entertainment"),
        ),
        Section(
            "Travel",
            _words(
                r"\b(?:airlines?|flights?|passengers|airport|holidays?|hotels?|tourists?|cruise|first class"
                r"|economy class|travellers|destinations?|resort"
                # the journey itself: a ride on a mountain railway, a trip abroad, a baggage handler's flight
                r"|railways?|train (?:drivers?|rides?|journeys?)|trips?|baggage|sightseeing|traveller|travels"
                r"|tour (?:company|operators?|guides?))\b",
                re.IGNORECASE,
            ),
            near=("Business and money", "Business and travel"),
        ),
        Section(
            "War and security",
            _words(
                r"\b(?:militants?|Islamic State|ISIS|jihadi(?:st)?s?|al-Qaeda|Taliban|troops|soldiers|army|military"
                r"|airstrikes?|war|rebels?|extremist|insurgents?|Saddam Hussein|foreign fighters|Syria|Iraq)\b"
            ),
            near=("Crime and courts", "Crime, courts and security"),
        ),
    ),
    "zh": (
        Section(
            "体育",
            _zh_words(
                r"联赛|锦标赛|世锦赛|冠军|亚军|夺冠|球队|主教练|决赛|半决赛|奥运|亚运|运动员|赛季|金牌|银牌|排球|国家队"
                r"|运动会|火炬传递|参赛|体操|体育|健身|击剑|赛事|赛区|涉赛|赛场|比赛",
                *(sport.placing for sport in _ZH_SPORT_WORDS),  # each sport's own words, written once above
            ),
            kinds=_ZH_SPORTS,
            near=("文化与旅游", "文化、体育与旅游"),
        ),
        Section(
            "公安与司法",
            _words(
                r"警方|公安|民警|法院|检察院|检察机关|纪委监委|判处|犯罪|嫌疑人|立案|侦查|侦破|破获|诈骗|抓获|刑事"
                r"|起诉|审理|案件|案例|命案|拘留|违法|违纪|办案|打击|执法|法治|交警|交管|查处|处罚|整治"
                r"|不法分子|报警|警情|刑法|罪名|定罪|量刑|司法部|律师|法律服务|法律援助"
                # what a court does besides criminal cases: a commercial dispute mediated, a lawsuit heard
                r"|司法(?!部)|诉讼|调解|纠纷|审判|判决|仲裁|法官|检察官"
                # a claim over a photograph's rights: an infringement dispute, told before any court hears it
                r"|侵权|版权|著作权|维权"
            ),
            _words(r"警方|公安|民警|法院|检察院|检察机关|纪委监委|司法部"),
            before=("经济与市场",),
            near=("时政", "时政与法治"),
        ),
        Section(
            "天气与灾害",
            _words(
                r"暴雨|降雨|降水|台风|洪水|洪涝|汛|预警|气象台|气象|高温|气温|灾害|灾情|停电|火险|山火|森林火灾|地震|受灾"
                r"|抢险|救灾|灾后|防汛|雷雨|寒潮|干旱|应急救援|消防救援|救援队"
            ),
            # alone, a typhoon warning that places the storm off Taiwan is no cross-strait story: a lone
            # disaster story meets only the sections a disaster touches (the crops, the trains, the land)
            yields=("生态环境", "农业农村", "交通运输"),
        ),
        Section(
            "时政",
            _words(
                r"国务院|全国人大|人大常委会|常务委员会|政协|主席会议|审议|草案|决算|预算|审计|中共中央|政治局"
                r"|中央部门|外交部|大使馆|使馆|领事馆|代表团|工作报告|国新办|发布会|招待会|解放军|建军|国防"
                r"|人民代表大会|常委会会议|省委|省政府|市委|市政府|党组(?!织)|书记|省长|市长"
                # party work, not a party secretary who leads a village's work (党支部书记); veterans' affairs
                r"|党组织(?!书记)|党支部(?!书记)|党建|党日|主题教育|退役军人(?!事务部)"
                r"|" + _ZH_MINISTRY
            ),
            # who speaks or where: a press conference or a party secretary may announce a festival
            _words(r"国新办|发布会|省委|省政府|市委|市政府|党组|书记|省长|市长|" + _ZH_MINISTRY),
        ),
        Section(
            "经济与市场",
            _words(
                r"A股|港股|股指|指数|板块|涨|跌|成交|经济|贸易|进出口|进口|出口|海关|同比增长|同比|投资|企业"
                r"|消费|GDP|营收|金融|银行|财政|气田|油田|产能|贷款|制造业|电力|投产|油气|天然气|能源"
                # power generation: a wind farm's turbines are energy news, beside the oil fields and the grid
                r"|风电|光伏|新能源|发电|核电|水电"
            ),
        ),
        Section(
            "交通运输",
            # the railway, the airlines and the roads: a depot's mechanics in the heat, an airport's ground crew
            _words(
                r"铁路|列车|动车组|动车段|高铁|车辆段|车厢|复兴号|火车站|航班|机场|民航|航空|停机坪|机坪|机务|旅客|乘客"
                r"|暑运|春运|客运|货运|地铁|公交|高速公路|直升机"
                # and by water: the maritime authority, ships and sightseeing boats
                r"|海事|船舶|游船|游览船|航运"
            ),
            # alone, beside the day's economy: the railway and the airports are a business desk's beat
            near=("经济与市场", "经济与交通"),
        ),
        Section(
            "科技与创新",
            _words(r"科技|机器人|人工智能|实验室|科研|研发|技术|数字化|专利|院士|创新|创业|智能|联合体|科学"),
            near=("经济与市场", "经济与科技"),
        ),
        Section(
            "文化与旅游",
            _words(
                r"文化|文物|博物馆|非遗|旅游|游客|景区|展演|演出|艺术|传统|节目|音乐|书法|京剧|漆器|民族|村晚"
                r"|露营|文艺|歌舞|禅|少林寺|古城|嘉年华"
                # a place's food and its old crafts (a county's spicy dishes, a family's rice-wine brewing)
                r"|美食|餐厅|小吃|黄酒|酿酒|手艺|技艺"
            ),
        ),
        Section(
            "医疗卫生",
            _words(r"医院|医生|医师|医务|患者|卫生健康|疾病|疫苗|捐献|造血干细胞|医保|健康|救护|红十字|救死扶伤"),
            near=("民生与社会", "民生与健康"),
        ),
        Section(
            "两岸交流",
            _words(r"台胞|台湾|两岸|海峡|台联|台企|台商|台青"),
            near=("时政", "时政与两岸"),
        ),
        Section(
            "农业农村",
            # the farms, the fishing ports, the villages' economy (乡村振兴; not 乡村 alone: a village's tourism)
            _words(
                r"农业农村(?:部|厅|局)|农业|农村|农民|农户|农产品|农场|新农人|三农|乡村振兴|种植|养殖|粮食|丰收|合作社"
                r"|果园|示范园|渔港|渔船|渔民|休渔|开渔|渔业|耕地|秋粮|夏粮"
            ),
            _words(r"农业农村(?:部|厅|局)"),  # a department that co-signs a plan on old trees makes no farm story
        ),
        Section(
            "就业与人才",
            # job fairs and talent schemes: a district's plan to bring in engineers is no technology story,
            # a job fair no new drug's neighbour
            _words(r"就业|招聘|求职|岗位|人力资源|人社|毕业生|用工"),
            # alone, a job fair meets only the day's lone welfare story: not a lab's innovation consortium
            # that shares its 创业, not a quantum chip
            yields=("民生与社会",),
        ),
        Section(
            "民生与社会",
            _words(
                r"补贴|补助|育儿|托育|养老|就业|社区|居民|村民|学校|学生|教师|教育|暑假|夏令营|青少年|儿童"
                r"|住房|棚户区|棚改|老旧小区|保障房"
                # charity and volunteers
                r"|志愿|爱心|助学"
            ),
        ),
        Section(
            "生态环境",
            _words(
                r"生态|环境保护|环保|生物多样性|绿色|低碳|污染|保护区|野生动物|秦岭|黄河流域"
                # the forests and old trees: a tree-protection forum is no politics story (not pandas at a zoo:
                # alone in ecology, it met a lone rain forecast as 天气、灾害与生态)
                r"|林业|古树|名木|绿化|湿地|国家公园"
            ),
            near=("天气与灾害", "天气、灾害与生态"),
        ),
    ),
}


# what is in quotation marks after the start is a figure of speech (“火车医院”, “…就像人突然感到身体
# 不适需要上医院急诊…”) or a name, no word of the section it seems to say; a quotation that opens
# the story is its lede, in its speaker's words
_QUOTED_ZH = re.compile(r"(?<!^)“[^”]*”")


def _plain(opening: str, lang: Lang) -> str:
    """An opening as a section's words are looked for in it: in Chinese without what is quoted
    after its start."""
    return _QUOTED_ZH.sub("", opening) if lang == "zh" else opening


# a Chinese story's opening says its subject's section in most words, whatever it names first: a province's
# congress hears the governor's export figures (经济与市场, not 时政), a school's flood damage is a disaster
# story; an English lede names its subject first, then says more of a side (a footballer spared jail is sport)
MOST_SAID: dict[Lang, bool] = {"zh": True, "en": False}


def section_of(text: str, lang: Lang) -> str | None:
    """The title of the section whose vocabulary the story's opening (LEAD_CHARS) says
    SECTION_WORDS times by different words, one of them no mere name of who acts; where two
    are, the one whose words come first (the story's subject; in Chinese the one said in most
    words, see MOST_SAID; where the first is one of who someone is, the arts, and a section it
    `yields` to is said in as many words, that one: comedians at a Labour rally); else None."""
    placed = sections_of(text, lang)
    return placed[0][0] if placed else None


def sections_of(text: str, lang: Lang) -> list[tuple[str, int]]:
    """Every section the story's opening says so (see section_of), with how many different words
    of it it says; the one it says first first (in Chinese the one said in most words), except
    that a section whose actors the opening names goes before those it is `before` (a court's or
    the police's story that names a trade council or a bank first is no market report; a consumer
    dispute a market regulator mediates is), and a first section that `yields` to the second said in
    as many words of deeds goes after it (a celebrity named first at a party rally or a match)."""
    opening = _plain(text[: LEAD_CHARS[lang]], lang)
    placed: list[tuple[int, int, str, int]] = []
    deeds: dict[str, int] = {}  # different words of each section that say what was done, not who acted
    for order, section in enumerate(SECTIONS[lang]):
        found = list(section.words.finditer(opening))
        said = {stem(match.group().casefold()) for match in found}  # "match", "matches": one
        acts = [m for m in found if section.who is None or not section.who.fullmatch(m.group())]
        if len(said) >= SECTION_WORDS and acts:
            placed.append((found[0].start(), order, section.title, len(said)))
            deeds[section.title] = len({stem(match.group().casefold()) for match in acts})
    # the first said; a Chinese story's the most said, the first said of as many (MOST_SAID)
    placed.sort(key=lambda at: (-at[3], at[0], at[1]) if MOST_SAID[lang] else at)
    ranked = [(title, said) for _, _, title, said in placed]
    yielding = {section.title: section.yields for section in SECTIONS[lang]}
    # a tie, every word of it a deed: a party rally, not an actress who plays a senator (a presidential role)
    if (
        len(ranked) >= 2
        and ranked[1][0] in yielding[ranked[0][0]]
        and deeds[ranked[1][0]] == ranked[1][1] == ranked[0][1]
    ):
        ranked[:2] = ranked[1::-1]  # comedians at a Labour rally: a politics story; a rugby captain as Iron Man: sport
    titles = [title for title, _ in ranked]
    for section in SECTIONS[lang]:  # a court's rules for commercial disputes are a court report
        if section.title in titles and section.who is not None and section.who.search(opening):
            yields = [titles.index(other) for other in section.before if other in titles]
            at = titles.index(section.title)
            if yields and min(yields) < at:
                ranked.insert(min(yields), ranked.pop(at))
                titles.insert(min(yields), titles.pop(at))
    return ranked


def kind_of(text: str, title: str, lang: Lang) -> str | None:
    """What a story of the section `title` is about, where the section names its stories closer
    (sport by sport; a kind of CLOSER: football by competition): the kind whose words its opening
    says most; of as many, the one said in more of its sport's placing words (a champion jockeys'
    trophy that an "Arsenal legend" presents is horse racing), then the first said."""
    section = next((s for s in SECTIONS[lang] if s.title == title), None)
    named = section.kinds if section is not None else CLOSER.get(title, ())
    opening = _plain(text[: LEAD_CHARS[lang]], lang)
    said = []
    for name, pattern in named:
        found = list(pattern.finditer(opening))
        if found:
            placing = _EN_PLACING[name].findall(opening) if lang == "en" and name in _EN_PLACING else []
            said.append((-len(found), -len(placing), found[0].start(), name))
    return min(said)[3] if said else None


MOST_KINDS = 3  # a section's stories of more kinds than this are titled by the section ("Sport")


def kinds_title(names: Sequence[str], lang: Lang) -> str:
    """A title of several kinds of one section: "Golf and tennis", "Golf, boxing and tennis", "田径、网球";
    "" for more than MOST_KINDS (the section's own title says it better), and for a games of many
    sports beside a sport (a blind read found "篮球、大运会" odd: the Universiade is no sport beside
    basketball; 体育 says both)."""
    if len(names) > MOST_KINDS or (len(names) > 1 and GAMES.intersection(names)):
        return ""
    if lang == "zh":
        return "、".join(names)
    words = [names[0], *(name.lower() for name in names[1:])]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
