"""An English group title that names no theme (an abstract word alone, a judgement before a
noun, an abstract view of something) gives way to what the group's bullets say; a title that
names a thing, or a name the text writes capitalized, stays. Bullets from the shared en-cnndm
set whose briefs a blind reader marked."""

from __future__ import annotations

from citebrief.text.en_title_vague import plain_title, vague_title
from conftest import shared_group_titles

DRUGS = [
    "Officers at the jail, privately run by controversial firm G4S, disclosed the haul in an internal document, "
    "which dramatically highlights the extent of drug use among the jail's 1,300 inmates.",
    "Altcourse, the first prison in the UK to be designed and constructed for a private operator, has been "
    "criticised for drug-related violence.",
]
SLIMMER = [
    "The slimmer says she is now 'addicted' to her fitness classes and goes five times every week.",
    "She added that losing the weight has helped her mental being as well as her physical being.",
    "Lizzi's mum, Mary Crawford, 57, said her daughter's slimming efforts had been 'amazing'.",
    "She added: 'She's found out about cooking the right way, she's been going to the gym and riding bikes.",
]
BOXERS = [
    "In 2013 Bowe made a comeback as a Muay Thai fighter, but was spectacularly beaten in the second round.",
    "In the 1990s Bowe became renowned for his victory over Holyfield, who has suffered a similar loss of his fortune.",
    "Holyfield beat Bowe the following year in a rematch and also scored several victories over Mike Tyson.",
    "But most of Holyfield's £150million fortune has now gone, frittered away on gambling.",
]
KANSAS = [
    '"Kansas is now not only the sole state with this atrocious law; it also now has more restrictions on '
    'abortion than any state in the U.S.," the advocacy group said in a Facebook post.',
    "Both sides appear to be prepared to take their battle over such measures to other states -- and to court.",
]
AEROSPACE = [
    "'In every step of the process users were involved,' a spokesperson for Zodiac Aerospace stated to Skift.",
    "Unlike the Aerospace lower deck areas, the Boeing crew rest can be located at the top of the plane.",
]


def test_abstract_judged_and_viewed_titles_are_vague() -> None:
    for title in (
        "Performance",
        "Person",
        "Decision",
        "Assistance",
        "Right Way",
        "Brilliant Blast",
        "Stressful Moment",
    ):
        assert vague_title(title, []), title
    for title in ("Magnitude of the Game", "Wake of the Cancellation", "Extent of Drug Use"):
        assert vague_title(title, []), title


def test_things_and_names_are_not_vague() -> None:
    for title in ("Hamstring Injury", "Absenteeism", "Royal Bank of Scotland Bonuses", "Tech Gadgets"):
        assert not vague_title(title, []), title
    # a judged phrase the text writes capitalized is a name
    assert not vague_title("Great Escape", ["a break-out that pre-dated The Great Escape starring Steve McQueen"])


def test_a_view_gives_way_to_what_it_views() -> None:
    used = {"extent of drug use"}
    assert plain_title(DRUGS, DRUGS, DRUGS, used, "Extent of Drug Use") == "Drug Use"
    assert "drug use" in used and "extent of drug use" not in used


def test_a_vague_title_gives_way_to_a_thing_a_bullet_says() -> None:
    assert plain_title(SLIMMER, SLIMMER, SLIMMER, set(), "Right Way") == "Fitness Classes"


def test_a_vague_title_gives_way_to_the_name_most_bullets_say() -> None:
    used = {"riddick bowe", "boxer's fortunes"}  # the article's other titles
    assert plain_title(BOXERS, BOXERS, BOXERS, used, "Victory") == "Holyfield"


WIL = [
    "'We all said, 'Look, he's flying!'",
    "He admitted in his blog that he and his wife Nikki knew very little about the disorder when Wil was born "
    "in October 2013.",
    "The father said he hopes to photograph Wil 'flying' in other destinations to raise more awareness.",
]
WIL_ARTICLE = [
    "When Utah photographer Alan Lawrence learned that his newborn son, Wil, had Down Syndrome his 'mind was "
    "flooded with many emotions.' Lawrence said his goal is to raise awareness about Down Syndrome.",
    *WIL,
    "Wil Faces a Dinosaur: Here, Wil comes face-to-face with a Tyrannosaurus Rex Wil Escapes the Cart.",
]


def test_a_person_first_written_by_one_name_alone_takes_no_vague_titles_place() -> None:
    """A blind reader kept "Awareness" (what the father's words are about) over "Wil"."""
    used = {"alan lawrence", "one-of-a-kind ability"}  # the article's other titles
    assert plain_title(WIL, WIL, WIL_ARTICLE, used, "Awareness") == "Awareness"


def test_no_outlet_post_or_piece_of_a_longer_name_takes_its_place() -> None:
    assert plain_title(KANSAS, KANSAS, KANSAS, {"kansas law"}, "Atrocious Law") == "Atrocious Law"
    title = "Step of the Process Users"
    assert plain_title(AEROSPACE, AEROSPACE, AEROSPACE, set(), title) != "Aerospace"  # of Zodiac Aerospace


def test_a_plain_title_stays() -> None:
    assert plain_title(SLIMMER, SLIMMER, SLIMMER, set(), "Fitness Classes") == "Fitness Classes"
    assert plain_title(SLIMMER[:1], SLIMMER, SLIMMER, set(), "Right Way") == "Right Way"  # one bullet: nothing shared


SLIM = [
    "Aliesha admits that her story isn't one of shocking rapid weight loss - but she says her slow progress is "
    "the reason she's been so successful.",
    "Because she's worked at a slow, steady pace, she's been able to maintain her new figure.",
]
SWIMMER = [
    "Summer was a confident swimmer who had been in the sea many times before.",
    "Her family said she loved the beach.",
]


def test_a_judged_thing_loses_its_judgement() -> None:
    assert plain_title(SLIM, SLIM, SLIM, set(), "Rapid Weight Loss") == "Weight Loss"


def test_a_judged_person_by_kind_stays() -> None:
    assert plain_title(SWIMMER, SWIMMER, SWIMMER, set(), "Confident Swimmer") == "Confident Swimmer"


TRAVOLTA = [
    '"I\'ve been so happy with my (Scientology) experience in the last 40 years," Travolta said.',
    'He called Scientology "brilliant" and credited the church with helping him to survive the death of his '
    "teen son, Jett.",
]
ESCORT = [
    "The woman heard about sex work from other students who had also been looking for a way to earn money.",
    "'Mostly students doing sex work don't talk about it.'",
]


def test_a_relative_by_kind_gives_way_to_what_the_group_tells() -> None:
    assert plain_title(TRAVOLTA, TRAVOLTA, TRAVOLTA, set(), "Teen Son") == "Scientology"
    # a relative of someone named is a person of the story
    assert plain_title(TRAVOLTA, TRAVOLTA, TRAVOLTA, set(), "Omar's Older Brother") == "Omar's Older Brother"


DEFENCE = [
    "Clarke tried to convince jurors that her client's older brother, 26-year-old Tamerlan Tsarnaev, was the "
    "instigator of the marathon plot.",
    "The younger man, Clarke said, was only following his older brother.",
    '"Boy, she\'s climbing the Mount Everest of death penalty cases in this case," Callan said about Clarke.',
]
DEFENCE_ARTICLE = ['"He was there," Tsarnaev\'s defense attorney Judy Clarke conceded as the trial opened.', *DEFENCE]


def test_a_relative_two_bullets_say_stays_over_a_name() -> None:
    # two bullets tell of the older brother (the defence blames him): the lawyer's name says less
    assert plain_title(DEFENCE, DEFENCE, DEFENCE_ARTICLE, set(), "Older Brother") == "Older Brother"
    # one bullet's relative is an aside: the person the group is about takes the title
    assert plain_title(DEFENCE[1:], DEFENCE[1:], DEFENCE_ARTICLE, set(), "Older Brother") == "Clarke"


def test_a_clause_cut_from_a_sentence_gives_way_to_its_thing() -> None:
    assert vague_title("Students Doing Sex Work", [])
    assert not vague_title("African Football's Ruling Body", [])  # a possessive, no clause
    assert plain_title(ESCORT, ESCORT, ESCORT, set(), "Students Doing Sex Work") == "Sex Work"


def test_a_time_before_a_word_as_general_as_time_is_vague() -> None:
    assert vague_title("February Time", [])
    assert not vague_title("Title Race", [])


def test_an_actual_thing_is_vague() -> None:
    # "Actual Press" (of "the objectivity ... demanded of the actual press") says how a thing
    # stands to another, not what a group tells
    assert vague_title("Actual Press", [])
    assert not vague_title("Lower Sales of Electrical Goods", [])  # a change, not a judgement: "lower" stays out
    op_ed = [
        "The high price of public shaming online: McHenry probably feels entitled, but that's our doing, too.",
        "We're a society obsessed with putting celebrities on a pedestal -- celebrating them, compensating them.",
        "It's the power of the press without the accountability demanded of the actual press.",
        "Social media lets celebrities on a pedestal present whatever angle they want.",
    ]
    assert plain_title(op_ed, op_ed, op_ed, {"actual press"}, "Actual Press") == "Celebrities on a Pedestal"


def test_shared_briefs_title_what_the_group_tells() -> None:
    assert "Celebrities on a Pedestal" in shared_group_titles("en-cnndm.jsonl", 199)  # not "Actual Press"


def test_a_match_reports_judgements_are_vague() -> None:
    # s50r: en-xsum's "Electric Performance", "Unusual Step", "Dire Current Results"
    for title in ("Electric Performance", "Unusual Step", "Dire Current Results"):
        assert vague_title(title, ["England set the tone with an electric performance."]), title
    assert not vague_title("Electric Cars", ["Sales of Electric Cars rose."])  # written as a name


MOTHER = [
    "Harry's mother Pam Whitlam, who worked at the farm's cafe, said her family had been \"changed forever\".",
    '"We all miss him dearly," she added. "Harry was my youngest son, a much-loved brother and cousin."',
]


def test_no_aside_on_the_speaker_takes_a_vague_titles_place() -> None:
    # "who worked at the farm's cafe" says who the mother is, not what she says (en-xsum 4, its share bar cut off)
    assert plain_title(MOTHER, MOTHER, MOTHER, set(), "Youngest Son") != "Farm's Cafe"
    said = [MOTHER[0].replace(", who worked at the farm's cafe,", " said the farm's cafe was shut and")]
    assert plain_title([*said, MOTHER[1]], [*said, MOTHER[1]], MOTHER, set(), "Youngest Son") == "Farm's Cafe"
