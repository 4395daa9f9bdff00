"""A one-word English group title that is a common noun ("Changes", "Album", "Charges") takes the
phrase a bullet writes it in with the words that say which one ("Changes to Income Tax", "Family
Album", "Charges against Altice"), not one only its cited paragraphs write; a modifier that only
says how many or how big, a place or time after "in"/"on", a charge's "resisting arrest with
violence", a phrase of five words or only inside a quotation, a name, stays as it was. Small
cases written after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_modified import modified_title
from conftest import shared_group_titles

CHANGES = [
    "Mr Cameron will say the changes make Britain a 'better and fairer place to live'.",
    "The Lib Dems said that the changes to income tax had been part of their manifesto.",
]
ALBUM = [
    "That did not stop Mr Ueda from compiling a family album of family 'selfies' using his device.",
    "Mr Ueda's patent ran out in 2003, however, so he has not benefited from the recent boom.",
]
MEASURES = [
    "Both sides appear to be prepared to take their battle over such measures to other states.",
    "She called them other measures, massive measures.",
]
SCOOTER = [
    "He photographs a man on the back of his scooter in Sapa, Vietnam.",
    "In Vietnam alone there are more than 37 million motorbikes.",
]
ARREST = [
    "She was charged with trespassing, resisting arrest with violence and battery.",
    "She was released from jail on Sunday after posting a $6,000 bond.",
]
QUOTED = [
    "He said: 'You have one element in the FBI reaching out to people like me for help.'",
    "Roberts is scheduled to fly home Friday and is already pre-checked through the TSA.",
]
JUDGES = [
    "Barry Beavis launched a legal bid to overturn his fine, saying it was unfair.",
    "But yesterday judges said the fine was enforceable because it was not 'excessively high'.",
]
JUDGES_CITED = [
    *JUDGES,
    "In their ruling, appeal court judges decided the size of the fine was not excessive.",
]
TRAVEL = [
    "The game started at 8pm, making it impossible for supporters to travel by train.",
    "All of the supporters on board the six coaches missed the kick-off.",
]
STEWARDS = [
    "In the video he is at first restrained by two stewards as his group clash with the staff.",
    "He appears to throw his hands into the faces of multiple stewards before the brawl dies down.",
]
UNION = [
    "Steel union Community said it welcomed news of negotiations.",
    "The union's general secretary Roy Rickhuss said: 'This is a positive step.'",
]
UNION_TEXTS = [*UNION, "There remain huge challenges for the UK steel industry."]
REPORTERS = [
    "Sun reporter Vince Soodin and a former deputy editor were told they would face no further action.",
    "The final two reporters to be told they will not be charged were from the Mirror.",
]
REPORTERS_TEXTS = [*REPORTERS, "The Sun newspaper reporter Tom Wells leaves court."]
RULING = [
    "Last month Mr Justice Warby made a ruling in the High Court that overturned the order.",
    "The defender has not spoken about the incident publicly.",
]


def test_a_lone_noun_takes_the_words_a_bullet_says_which_one_with() -> None:
    used = {"changes", "cameron's tax pledge"}
    assert modified_title(CHANGES, CHANGES, CHANGES, used, "Changes") == "Changes to Income Tax"
    assert "changes to income tax" in used and "changes" not in used
    assert modified_title(ALBUM, ALBUM, ALBUM, set(), "Album") == "Family Album"


def test_a_modifier_capitalized_only_to_open_the_sentence_counts() -> None:
    # s150b: en-xsum 28's "Union" of "Steel union Community said ...": the texts write "steel" in lower
    # case elsewhere, so its capital is the sentence's, not a name's
    assert modified_title(UNION, UNION_TEXTS, UNION_TEXTS, set(), "Union") == "Steel Union"
    # written nowhere in lower case, the opening word may be a name's ("The Sun"): no modifier
    assert modified_title(UNION, UNION, UNION, set(), "Union") == "Union"
    assert modified_title(REPORTERS, REPORTERS_TEXTS, REPORTERS_TEXTS, set(), "Reporters") == "Reporters"


def test_a_phrase_no_bullet_writes_is_no_title() -> None:
    assert modified_title(JUDGES, JUDGES_CITED, JUDGES_CITED, set(), "Judges") == "Judges"


def test_how_many_where_or_a_charge_is_no_modifier() -> None:
    assert modified_title(MEASURES, MEASURES, MEASURES, set(), "Measures") == "Measures"
    assert modified_title(SCOOTER, SCOOTER, SCOOTER, set(), "Scooter") == "Scooter"
    assert modified_title(ARREST, ARREST, ARREST, set(), "Arrest") == "Arrest"
    # "multiple" says how many, not which stewards (s50k: "Multiple Stewards" titled en-cnndm 8)
    assert modified_title(STEWARDS, STEWARDS, STEWARDS, set(), "Stewards") == "Stewards"
    # "to" and a verb says what for, not which one: "Supporters to Travel" reads as a cut clause
    assert modified_title(TRAVEL, TRAVEL, TRAVEL, set(), "Supporters") == "Supporters"


def test_a_quoted_or_long_phrase_a_name_or_another_groups_title_stays() -> None:
    assert modified_title(QUOTED, QUOTED, QUOTED, set(), "Element") == "Element"
    assert modified_title(RULING, RULING, RULING, set(), "Ruling") == "Ruling"  # five words
    assert modified_title(CHANGES, CHANGES, CHANGES, set(), "Cameron") == "Cameron"
    taken = {"changes", "income tax"}
    assert modified_title(CHANGES, CHANGES, CHANGES, taken, "Changes") == "Changes"
    assert modified_title(CHANGES[:1], CHANGES, CHANGES, set(), "Changes") == "Changes"  # one bullet


def test_en_cnndm_briefs_title_the_noun_with_its_modifier() -> None:
    assert "Changes to Income Tax" in shared_group_titles("en-cnndm.jsonl", 186)
    # 121's "Album" became "Family Album" here, then the person its four bullets follow
    # (`en_title_about`: the album is one bullet's aside); s51d's en_antecedent_heads gave that group the
    # patent's failure that "But that did not stop Mr Ueda ..." points at, and it is titled by the patent now:
    # what this still guards is that no title lifts the album out of one bullet
    titles = shared_group_titles("en-cnndm.jsonl", 121)
    assert "Ueda's Patent" in titles and not any("Album" in t for t in titles), titles
    assert "Charges against Altice" in shared_group_titles("en-cnndm.jsonl", 112)


def test_en_xsum_brief_titles_the_union_by_its_sentence_opening_modifier() -> None:
    assert "Steel Union" in shared_group_titles("en-xsum.jsonl", 28)
