"""en_described_name: an overview titled by the lead's description of a horse ("Grey Horse" of
"The nine-year-old grey horse fell …") takes the name a sentence ties to it; and a glued title's
held side gives way beside the titles given before the group's steps, not a phrase its own steps
tried (`en_reports.unglued`, `others`)."""

from citebrief.text.en_described_name import described_name
from citebrief.text.en_reports import unglued

LEAD = "The nine-year-old grey horse fell at the last fence of the Vale Hurdle at Marsh Park."
SUBJECT = [
    LEAD,
    "Vets treated him on the course.",
    "In the race, rival Blue Lantern passed Silver Kettle late on.",
    "Silver Kettle had raced twice this year, but the horse had never fallen before.",
]
APPOSED = [LEAD, "Owners of Silver Kettle, the grey horse, paid tribute.", "They thanked the vets."]
NAMED_AFTER = [LEAD, "The stewards praised the horse, Silver Kettle, for his courage.", "He won Silver Kettle praise."]


def test_description_takes_the_name_a_later_sentence_opens_on() -> None:
    used = {"grey horse"}
    assert described_name("Grey Horse", LEAD, SUBJECT, used) == "Silver Kettle"
    assert used == {"silver kettle"}


def test_description_takes_an_apposed_name() -> None:
    assert described_name("Grey Horse", LEAD, APPOSED, set()) == "Silver Kettle"
    assert described_name("Grey Horse", LEAD, NAMED_AFTER, set()) == "Silver Kettle"


def test_no_tie_no_kind_or_no_description_stands() -> None:
    untied = [LEAD, "Officials said the horse had never fallen before.", "Vets treated him."]
    assert described_name("Grey Horse", LEAD, untied, set()) == "Grey Horse"  # "Officials" is no name inside
    assert described_name("Marsh Park", LEAD, SUBJECT, set()) == "Marsh Park"  # no kind
    named = "Grey Horse won at Marsh Park."  # the kind written as a name: no description
    assert described_name("Grey Horse", named, [named, *SUBJECT[1:]], set()) == "Grey Horse"


def test_name_another_title_holds_is_not_taken() -> None:
    used = {"grey horse", "silver kettle"}
    assert described_name("Grey Horse", LEAD, SUBJECT, used) == "Grey Horse"


RACE = [
    "The grey mare took the Vale Hurdle on Saturday.Silver Kettle had never fallen. Silver Kettle won. "
    "Silver Kettle is seven. Silver Kettle rests now. Silver Kettle eats.",
    "Saturday's race drew a crowd on Saturday, and Saturday's race was close.",
]
BULLETS = ["Saturday's race drew a crowd on Saturday, and Saturday's race was close", "Silver Kettle had never fallen"]


def test_glued_held_side_beside_the_titles_given_before_the_steps() -> None:
    used = {"silver kettle", "saturday's race"}  # the race: a phrase this group's own step tried
    title = unglued("Saturday.Silver Kettle", RACE, used, BULLETS, RACE, {"silver kettle"})
    assert title == "Saturday's Race"
