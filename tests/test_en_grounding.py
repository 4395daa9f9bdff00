"""An English "He …" whose run of leaning sentences names someone no bullet names gives way."""

from citebrief.text.en_grounding import grounded_first, leaning_names, referent_names, subject_names

TEXTS = [
    "O'Neill envisages a team of between eight and 12 running at Aintree.",
    "'Holywell will run in the Betfred Bowl after a great run in the Cheltenham Gold Cup.",
    "He was beaten fair and square - the ground went against us a bit.",
    "He put a lot of effort into his jumping and did not quite get home.",
    "The Grand National fences are now really inviting.",
    "Shutthefrontdoor is the favourite for the race on April 11.",
]
PARAGRAPHS = [1, 1, 1, 1, 2, 3]


def test_a_run_of_pronouns_is_of_the_name_that_opens_it() -> None:
    assert subject_names(TEXTS[1]) == {"Holywell"}
    assert subject_names("In 2012, the daughter of oil workers' union boss Carlos Romero was seen.") == set()
    assert referent_names(TEXTS, PARAGRAPHS, False, 3) == {"Holywell"}
    # the sentence before names him and a bullet carries it: nothing to look for
    assert referent_names(TEXTS, PARAGRAPHS, False, 2) is None
    assert referent_names(TEXTS, PARAGRAPHS, False, 4) is None  # no pronoun
    # a run across paragraphs is no run
    assert referent_names(TEXTS, [1, 1, 2, 3, 4, 5], False, 3) is None


def test_an_unplaced_pronoun_gives_way_where_others_remain() -> None:
    leaning = leaning_names(TEXTS, PARAGRAPHS, False)
    assert leaning == {3: {"Holywell"}}
    assert grounded_first([3, 4, 5], TEXTS, leaning, chosen=[0], want=2) == [4, 5]
    assert grounded_first([3, 4, 5], TEXTS, leaning, chosen=[0], want=3) == [3, 4, 5]  # too few others


def test_a_name_the_brief_says_grounds_it() -> None:
    leaning = leaning_names(TEXTS, PARAGRAPHS, False)
    told = [*TEXTS, "Holywell was fourth in the Gold Cup."]
    assert grounded_first([3, 4, 5], told, leaning, chosen=[6], want=2) == [3, 4, 5]
