"""An English group title that names a detail (a common word alone one bullet says, an amount of
something, an item of a list) gives way to a thing a bullet says in its own words; a title that
names the group, or a group with no such thing to say, keeps it. Bullets from shared en-cnndm
articles whose briefs readers marked."""

from __future__ import annotations

from citebrief.text.en_title_detail import detail_title, overview_subject, weak_title, whole_name
from conftest import shared_group_titles

SHIP = [
    "One has told the Daily Telegraph that 'there was a large wave that hit at 7.30 last night that tore one of "
    "the doors off causing a whole lot of water to come flooding through the deck'.",
    "Due to dock at 7:15 the ship is currently sitting off Sydney Heads.",
    "The ship has suffered damage in wild weather conditions off the NSW coast.",
]
DIET = [
    "On Wednesdays, she works on her back, which she said is her favorite part of her body.",
    "Her back exercises include deadlifts, hyperextensions, and chin ups.",
    "After about six months, Aliesha started changing her eating habits, too.",
]
RANKS = [
    "Britain is first in the world, according to the researchers, for conquering hunger, providing water and "
    "sanitation, for electricity supply, a low murder rate, adult literacy, and freedom of speech and movement.",
    "For Press freedom, the UK is ranked 27th.",
]
LORDS = [
    "But now it has emerged that the peer was apparently well enough to sign his name in an April 9 note to "
    "Lords authorities.",
    "The former Labour MP, 86, claimed more than £100,000 in parliamentary expenses and allowances in the four "
    "years after he was diagnosed with dementia in 2009.",
]


def test_an_amount_of_something_gives_way_to_a_thing_a_bullet_says() -> None:
    used = {"whole lot of water", "sydney harbour"}
    assert detail_title(SHIP, SHIP, SHIP, used, "Whole Lot of Water") == "NSW Coast"
    assert "nsw coast" in used and "whole lot of water" not in used


def test_an_item_of_a_list_is_weak_and_a_possessives_phrase_may_replace_it() -> None:
    assert weak_title("Chin Ups", DIET, DIET)  # "deadlifts, hyperextensions, and chin ups"
    assert detail_title(DIET, DIET, DIET, set(), "Chin Ups") == "Eating Habits"


def test_a_list_is_three_short_items_not_a_clause_with_commas() -> None:
    assert weak_title("Murder Rate", RANKS, RANKS)
    # "The former Labour MP, 86, claimed ... parliamentary expenses and allowances": a clause, no list
    assert not weak_title("Parliamentary Expenses", LORDS, LORDS)
    assert detail_title(LORDS, LORDS, LORDS, set(), "Parliamentary Expenses") == "Parliamentary Expenses"


def test_amounts_and_figures_of_speech_are_weak() -> None:
    assert weak_title("Giant Pile", SHIP, SHIP)
    assert weak_title("Vehicle of Choice", SHIP, SHIP)
    assert not weak_title("Wild Weather Conditions", SHIP, SHIP)


def test_a_word_most_bullets_say_and_a_name_stay() -> None:
    ships = ["The ship was hit.", "The ship docked late.", "Passengers left the ship."]
    assert not weak_title("Ship", ships, ships)
    assert not weak_title("Sydney", SHIP[1:], ["Police in Sydney said the ship was safe."])
    assert detail_title(ships, ships, ships, set(), "Ship") == "Ship"


def test_a_weak_title_stays_where_no_bullet_says_a_thing() -> None:
    bullets = ["When he arrived, he had three condoms in his pocket.", "He was arrested."]
    assert weak_title("Condoms", bullets, bullets)
    assert detail_title(bullets, bullets, bullets, set(), "Condoms") == "Condoms"


def test_a_shared_articles_brief_has_no_amount_title() -> None:
    # the Vietnam motorbike photos: "Giant Pile" (of chairs), one picture's load, titled a group
    titles = shared_group_titles("en-cnndm.jsonl", 7)
    # the group's title is now the noun two of its bullets say (text/en_title_theme.py)
    assert "Giant Pile" not in titles and "Bikes" in titles


ZOO = [
    "He is listed in stable condition after being taken to MetroHealth Medical Center and suffered from minor "
    "bruises and bumps.",
    "The boy's leg was injured in the fall, but he was not attacked by the animals, Dr. Christopher Kuhar, the "
    "zoo's executive director told Fox 8.",
]
AIRLINE = [
    "(JetBlue only operates in 10 of the top 25 markets included in the study.)",
    "Many JetBlue customers fly the airline only once or twice per year, making it hard to accumulate miles, an "
    "airline spokesman told the magazine.",
]


def test_a_thing_of_someone_named_by_kind_gives_way_to_the_leads_thing() -> None:
    assert weak_title("Boy's Leg", ZOO, ZOO)
    assert detail_title(ZOO, ZOO, ZOO, set(), "Boy's Leg") == "Stable Condition"  # a quality and a thing in -tion
    bullets = ["Mr Ballard said he saw it as his destiny to follow in his mother's footsteps.", "He climbed."]
    assert not weak_title("Mother's Footsteps", bullets, bullets)  # the thread of the story


def test_a_name_every_bullet_says_titles_a_group_a_common_word_would() -> None:
    assert detail_title(AIRLINE, AIRLINE, AIRLINE, set(), "Customers") == "JetBlue"
    # the overview's subject already: the word stays
    assert detail_title(AIRLINE, AIRLINE, AIRLINE, {"jetblue"}, "Customers") == "Customers"


def test_a_verbs_object_is_no_title() -> None:
    bullets = ["At one stage I thought I would go and climb mountains for her.", "She had climbed them herself."]
    assert detail_title(bullets, bullets, bullets, set(), "Stage") == "Stage"  # not "Climb Mountains"


def test_an_event_a_lead_names_titles_a_group_no_thing_would() -> None:
    bullets = [
        "It was another 'home run' performance from Hamilton, a man who claims he is a perfectionist.",
        "It led to the suggestion that perhaps he was feeling unbeatable.",
        "I put the car there and it goes there, I get the exit.",
    ]
    assert weak_title("Exit", bullets, bullets)
    assert detail_title(bullets, bullets, bullets, set(), "Exit") == "Performance"


def test_an_overview_titled_by_a_time_names_the_thing_its_bullets_say() -> None:
    bullets = [
        "This dog certainly is his master's best friend after saving him from a cold and muddy grave.",
        "The black pooch was filmed in action as he took a rescue rope out to his owner at the Clarence J. Brown "
        "Dam and Reservoir in Springfield, Ohio, on Saturday afternoon.",
    ]
    assert overview_subject("Saturday Afternoon", bullets, bullets) == "rescue rope"
    assert overview_subject("Clarence J. Brown Dam", bullets, bullets) == "Clarence J. Brown Dam"


def test_an_overview_names_the_person_of_its_surname_the_lead_names() -> None:
    lead = (
        "After deliberating for 11½ hours, jurors found Dzhokhar Tsarnaev guilty on Wednesday of all 30 counts "
        "he faced in the Boston Marathon bombing trial."
    )
    later = "Clarke tried to convince jurors that her client's older brother, Tamerlan Tsarnaev, was the instigator."
    assert overview_subject("Tamerlan Tsarnaev", [lead, later], [lead]) == "Dzhokhar Tsarnaev"
    # the subject named in the lead, a relative, a club: as chosen
    sims = "John Sims, who had Burkitt's Lymphoma, died on Saturday, with his new wife Lindsey Sims by his side."
    assert overview_subject("John Sims", [sims, later], [sims]) == "John Sims"
    giggs = "The brother of ex-footballer Ryan Giggs has lost his job as a HGV driver."
    assert overview_subject("Rhodri Giggs", [giggs, later], [giggs]) == "Rhodri Giggs"
    madrid = "Alberto Bueno prepares to face his former club Atletico Madrid on Wednesday."
    assert overview_subject("Real Madrid", [madrid, later], [madrid]) == "Real Madrid"


# Tiger Woods at the Masters (en-cnndm) and Aliesha Peterson's fitness story: readers marked
# "Superb Approach" and "Rapid Weight Loss" as keywords, a judgement of a thing, not the thing
GOLF = [
    "Watched by huge galleries, Woods made a fast start, hitting a superb approach to seven feet at the par-four "
    "first and rolling in the birdie putt as shouts of 'Watch out, Tiger's back' and 'Come on Tiger, let's go' "
    "rang out.",
    "Woods immediately rebounded in birdie-birdie style, draining a 25-footer at the tricky seventh and hitting "
    "his third shot at the par-five eighth to two feet.",
]
PACE = [
    "Aliesha admits that her story isn't one of shocking rapid weight loss - but she says her slow progress is "
    "the reason she's been so successful.",
    "Because she's worked at a slow, steady pace, she's been able to maintain her new figure - which has been a "
    "boon to her self-esteem.",
    "She is also enjoying what working out has done for her mental health.",
]


def test_a_judgement_of_a_thing_gives_way_to_a_thing_the_bullets_say() -> None:
    assert weak_title("Superb Approach", GOLF, GOLF) and weak_title("Rapid Weight Loss", PACE, PACE)
    assert detail_title(GOLF, GOLF, GOLF, set(), "Superb Approach") == "Birdie Putt"
    # "new figure" judges too: a plain thing first
    assert detail_title(PACE, PACE, PACE, set(), "Rapid Weight Loss") == "Mental Health"
    # written capitalized, a judgement's words are a name
    texts = ["Great Britain won the medal table for the first time.", "The team flew home."]
    assert not weak_title("Great Britain", texts, texts)


def test_a_judged_thing_titles_only_where_no_plain_thing_fits() -> None:
    bullets = [
        "At a Mekong river crossing in Vietnam he is there to watch a motorcyclist dragging a massive trailer out "
        "of a boat loading dock on a bike.",
        "Thompson enjoys the fact that what looks quirky to a Brit is simply every day life for the locals.",
    ]
    assert detail_title(bullets, bullets, bullets, set(), "Vehicle of Choice") == "Massive Trailer"
    # a judged title keeps its place over another judged thing
    judged = ["I think this is the biggest game they have played.", "He wants a different mentality in them."]
    assert detail_title(judged, judged, judged, set(), "Biggest Game") == "Biggest Game"


def test_a_drawled_handle_and_a_verbs_particle_end_no_thing() -> None:
    bullets = [
        "'I can honestly say I am sooo thankful I started taking better care of myself,' she wrote under her "
        "Reddit name ahhhgodzilla.",
        "'I was extremely depressed and refusing to go back on anti-depressants,' she explained.",
    ]
    assert detail_title(bullets, bullets, bullets, set(), "Care") == "Care"  # not "Reddit Name Ahhhgodzilla"
    son = [
        "Lawrence created the illusion by holding his son up in the photos and later cropping himself out.",
        "The toddler appears to be flying in many different scenes.",
    ]
    assert detail_title(son, son, son, set(), "Scenes") == "Different Scenes"  # not "Son Up"
    pipes = ["Then 24 hours later pictures emerged of Sterling and Ibe with shisha pipes.", "He was sorry."]
    assert detail_title(pipes, pipes, pipes, set(), "Pictures") == "Shisha Pipes"  # a loanword is a word


def test_a_title_cut_out_of_a_measure_gives_way() -> None:
    # a student's sex-work story (en-cnndm): "Hour Shift" of "an eight hour shift" titled her money and home
    bullets = [
        "'For example at the pub, I'd earn £7 an hour for an eight hour shift, two nights a week, so I'd bring "
        "home about £100 weekly.",
        "My family are not well off, so cannot afford to help me much.",
        "Initially she lived in student accommodation in the city but says that working as a prostitute enabled "
        "her to afford somewhere better.",
    ]
    assert weak_title("Hour Shift", bullets, bullets)
    assert detail_title(bullets, bullets, bullets, set(), "Hour Shift") == "Student Accommodation"
    counted = ["The jury threw out the case against three Sun journalists.", "They were cleared."]
    assert not weak_title("Sun Journalists", counted, counted)  # a thing counted, not a measure


def test_a_verb_and_its_object_title_no_group_of_a_shared_article() -> None:
    # the Skin Laundry waiver: "as well as grant permission for their organs" titled a group "Grant Permission"
    titles = shared_group_titles("en-cnndm.jsonl", 59)
    assert "Grant Permission" not in titles and "Skin Laundry" in titles[0]


def test_a_comparisons_word_titles_no_group_of_a_shared_article() -> None:
    # a harassment sentence: "As well as being jailed, he was also banned" titled a group "Well"
    titles = shared_group_titles("en-cnndm.jsonl", 69)
    assert "Well" not in titles and "Sex Tapes" in titles


def test_a_word_always_said_after_one_modifier_takes_it_in_a_shared_article() -> None:
    # the Chihuahua and the lizard: every bullet says "the bearded dragon", the title said "Dragon";
    # its pair is among the key points since en_lead_pairs (the title itself: the test below)
    titles = shared_group_titles("en-cnndm.jsonl", 34)
    assert "Dragon" not in titles and titles[0].endswith("Interspecies Friendship")


def test_a_word_said_after_different_modifiers_stays_alone() -> None:
    bullets = ["the bearded dragon charges at the dog", "the dragon then runs", "the bearded dragon stops"]
    assert detail_title(bullets, bullets, bullets, {"dragon"}, "Dragon") == "Dragon"
    assert detail_title(bullets[::2], bullets, bullets, {"dragon"}, "Dragon") == "Bearded Dragon"


def test_a_season_after_this_titles_no_group_of_a_shared_article() -> None:
    # the concrete airmail arrows: "a trip planned this fall" titled the photographers' group "Fall"
    titles = shared_group_titles("en-cnndm.jsonl", 28)
    assert "Fall" not in titles and "Arrows" in titles[0]  # "Giant Arrows" since en_lead_cut.py


def test_a_source_and_its_verb_title_no_group_of_a_shared_article() -> None:
    # the Swedish police on the subway: "..., the Post reports" titled a group "Post Reports"
    titles = shared_group_titles("en-cnndm.jsonl", 63)
    # "Swedish Cops" titles the overview since en_overview_opener.py, not "Call of Duty"
    assert "Post Reports" not in titles and any(t.endswith("Swedish Cops") for t in titles)


def test_a_name_written_only_as_the_start_of_a_longer_one_is_that_name() -> None:
    bank = ["Royal Bank of Scotland has racked up £50billion in losses.", "Royal Bank of Scotland warned of more."]
    assert whole_name("Royal Bank", bank) == "Royal Bank of Scotland"
    assert overview_subject("Royal Bank", bank, bank) == "Royal Bank of Scotland"
    both = [*bank, "The Royal Bank said it would cut jobs."]
    assert whole_name("Royal Bank", both) == "Royal Bank"  # said alone once: a name of its own
    towns = ["Royal Bank of Scotland and Royal Bank of Canada both cut rates."]
    assert whole_name("Royal Bank", towns) == "Royal Bank"  # two longer names: which one?
    runner = ["Vytautas Kirkliauskas of Lithuania carried his wife.", "Kirkliauskas won the race."]
    assert whole_name("Vytautas Kirkliauskas", runner) == "Vytautas Kirkliauskas"  # a person of a place
