"""English group titles that still name no theme after the other steps: a vague word alone
("Decision") and a person's name over a group about several people and events ("Edward
Byatt") give way to the event two bullets or more report, in its noun or its verb ("The
Trial", "Substitution"), a name to the name more bullets say ("Augusta" over the chairman one
bullet quotes); a vague word alone where none is shared to the first plain thing a
bullet names ("Court Case"); a name over the group it is about stays. Bullets and articles from
the shared en-cnndm set."""

from __future__ import annotations

from citebrief.text.en_title_gist import gist_title, shared_event
from conftest import shared_group_titles

FRAUD = [
    "A second defendant, Edward Byatt, 39, of Buckhurst Hill, Essex, was ordered to pay back £10,000 for his part.",
    "'Grant Allen used other people in the laundering process,' prosecutor Charles Evans told the trial in 2013.",
    "Godwin was cleared by the jury of conspiracy to remove criminal property.",
    "But Allen and Byatt were both convicted after trial and were both in court to hear the order being made.",
]
FRAUD_TEXT = ["Grant Allen, 38, of Harlow, Essex, and Edward Byatt were tried at Southwark. " + " ".join(FRAUD)]
SUBSTITUTED = [
    "The playmaker was clearly unhappy to have been substituted and questioned the manager after the game.",
    "'I was a little bit surprised to be substituted,' Hazard said.",
]


def test_the_event_two_bullets_report_as_the_noun_they_write() -> None:
    assert shared_event(FRAUD, FRAUD_TEXT, set()) == "The Trial"
    assert gist_title(FRAUD, FRAUD_TEXT, FRAUD_TEXT, {"edward byatt"}, "Edward Byatt") == "The Trial"


def test_a_verb_two_bullets_say_gives_its_noun_where_a_paragraph_writes_it() -> None:
    paragraphs = [" ".join(SUBSTITUTED) + " The substitution was his first this season."]
    assert shared_event(SUBSTITUTED, paragraphs, set()) == "Substitution"
    assert gist_title(SUBSTITUTED, paragraphs, paragraphs, set(), "Decision") == "Substitution"
    assert shared_event(SUBSTITUTED, SUBSTITUTED, set()) == ""  # no paragraph says the noun
    quoted = [f"'I was surprised to be {w},' he said." for w in ("substituted", "substituted again")]
    assert shared_event(quoted, paragraphs, set()) == ""  # only inside quotations: someone's words


def test_an_event_another_group_holds_or_one_bullet_reports_is_no_title() -> None:
    assert shared_event(FRAUD, FRAUD_TEXT, {"the trial"}) == ""
    assert shared_event(FRAUD[:2], FRAUD_TEXT, set()) == ""


def test_a_name_over_the_group_it_is_about_stays() -> None:
    about = [*FRAUD[:1], "Byatt was convicted after a trial.", "Byatt told the trial he had no idea."]
    assert gist_title(about, FRAUD_TEXT, FRAUD_TEXT, set(), "Edward Byatt") == "Edward Byatt"


def test_a_name_more_bullets_say_over_a_name_one_says() -> None:
    bullets = [
        "Leishman left Augusta taking with him the best wishes of his sport.",
        "'We have a very short member season at Augusta National of seven months,' he explained.",
        "After buying up the houses on Berckmans Road, Masters chairman Billy Payne is promising a project.",
    ]
    text = [" ".join(bullets)]
    assert gist_title(bullets, text, text, set(), "Billy Payne") == "Augusta"
    # no more bullets say it than say the title's name: the name stays
    assert gist_title([*bullets[1:], "Payne said so."], text, text, set(), "Billy Payne") == "Billy Payne"


TSA = [
    "The agency launched an investigation, and an investigator watched the officers, Denver police said in a report.",
    "He interviewed the female officer, who said she had done this with her colleague at least 10 other times.",
    "Both of the officers investigated have been fired, the agency said.",
]


def test_who_told_the_bullets_gives_way_to_what_they_report() -> None:
    assert gist_title(TSA, TSA, TSA, set(), "Denver Police") == "Investigation"
    # a thing the bullets write in lower case is no teller, though a verb of saying follows it
    returns = ["The family's latest tax returns revealed her earnings.", *TSA[1:]]
    assert gist_title(returns, returns, returns, set(), "Tax Returns") == "Tax Returns"


def test_no_piece_of_a_longer_name() -> None:
    bullets = [
        "She is often seen on the campaign trail, making a recent appearance in New Hampshire - a necessary stop.",
        "Her earnings were revealed in 2013, the Boston Globe reported.",
        "During his visit to a New Hampshire newspaper's editorial board he insisted his family is not wealthy.",
    ]
    assert gist_title(bullets, bullets, bullets, set(), "Boston Globe") == "Boston Globe"  # not "Hampshire"


# en-cnndm 1, passages 4-5 (cut short): the officer only comments on the alert and the car found
ALERT = [
    "The boy's mother frantically called 911, and authorities issued an Amber Alert",
    "Less than four hours later, a resident called police and said the car was parked in their neighborhood",
    "Fairfield police Officer Kathryn McCormick said: 'We don't know for sure if he slept through the whole thing.'",
]


def test_a_teller_gives_way_to_the_named_thing_a_bullet_reports() -> None:
    used = {"officer kathryn mccormick"}
    assert gist_title(ALERT, ALERT, ALERT, used, "Officer Kathryn McCormick") == "Amber Alert"
    assert "amber alert" in used


def test_no_named_day_nor_piece_of_a_longer_name_for_a_teller() -> None:
    holiday = ["Staff will get the Christmas Day holiday, the chamber said.", "Others said they will work.", ALERT[2]]
    assert gist_title(holiday, holiday, holiday, set(), "Officer Kathryn McCormick") == "Officer Kathryn McCormick"
    fund = ["Aid from the United Nations Children's Fund arrived.", ALERT[1], ALERT[2]]
    assert gist_title(fund, fund, fund, set(), "Officer Kathryn McCormick") == "Officer Kathryn McCormick"


def test_a_vague_word_alone_gives_way_to_the_first_plain_thing_a_bullet_names() -> None:
    bullets = [
        "But the fling turned into a nightmare after she was falsely accused of extortion.",
        "'I just wish I'd never got involved with the likes of them,' she said after the court case.",
    ]
    assert gist_title(bullets, bullets, bullets, set(), "Nightmare") == "Court Case"
    # a vague phrase of two words is the group's own: one bullet's thing does not take its place
    assert gist_title(bullets, bullets, bullets, set(), "Important Implications") == "Important Implications"


def test_shared_articles() -> None:
    fraud = shared_group_titles("en-cnndm.jsonl", 11)
    # "The Trial" until en_outcomes brought in Allen's six-year term and Byatt's order went up a
    # group; one bullet's aside names no group either way
    assert "Edward Byatt" not in fraud
    assert "Tom Harrison" not in shared_group_titles("en-cnndm.jsonl", 32)  # one bullet's aside
    assert shared_group_titles("en-cnndm.jsonl", 1)[2] == "Amber Alert"  # not the officer who comments
