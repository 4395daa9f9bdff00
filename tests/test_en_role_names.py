"""A role of a club's or a place's before a person's name gives the person, not the club."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.model import VerdictLabel
from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import named
from citebrief.text.en_role_names import person_past_role, without_role
from citebrief.text.speaker_label import labelled


def test_the_speaker_after_a_role_of_a_place_is_the_person() -> None:
    assert named('"We will go on," said former York boss Smith on Monday.') == "Smith"
    assert named('"It is signed," said Harbour chief executive Ann Lee.') == "Ann Lee"
    assert named("Rovers boss Tom Bell has told his players to rest.") == "Tom Bell"
    assert named('"Fine," said Leeds coach Mr Dale.') == "Mr Dale"


def test_a_name_not_before_a_role_stays() -> None:
    assert named('"We will go on," said Smith on Monday.') == "Smith"
    assert named("Rovers fans have told the club to rest.") == "Rovers"
    assert person_past_role("Leeds boss on Monday said no.", "Leeds") == "Leeds"
    assert person_past_role("Nobody named here.", "") == ""


@pytest.mark.parametrize("tie", data_lines("en_relation_words.tsv"))
def test_the_person_after_anothers_possessive_and_tie_is_the_actor(tie: str) -> None:
    assert named(f"Ms Hale's {tie} Tom Reed said the plan was sound.") == "Tom Reed"
    assert named(f"Last year Ms Hale's {tie} Tom Reed dismissed the plan as idle.") == "Tom Reed"
    assert named(f"He said Ms Hale's {tie} Tom Reed was wrong.") == "He"  # the opening pronoun speaks
    assert named(f"Ms Hale's {tie} Tom Reed, a local man.") == ""  # no verb after the name


def test_a_labels_role_before_a_whole_name_is_off() -> None:
    """s280ab: "[Chairman Clive Francis said:]" read as a role glued to the name; a reader names the
    speaker "[Clive Francis said:]". A title that is how a person is named stays, as does a role
    before a surname alone, a club's name before the role, or a capital run that is no name."""
    assert without_role("Chairman Tom Reed") == "Tom Reed"
    assert without_role("Chief Executive Ann Lee") == "Ann Lee"
    assert without_role("Club Secretary Ann O'Hara") == "Ann O'Hara"
    assert without_role("Dr Ann Lee") == "Dr Ann Lee"
    assert without_role("Judge Ann Lee") == "Judge Ann Lee"
    assert without_role("Manager Reed") == "Manager Reed"
    assert without_role("Chairman Mr Reed") == "Chairman Mr Reed"
    assert without_role("Harbour Chairman Tom Reed") == "Harbour Chairman Tom Reed"
    assert without_role("Director BBC Wales") == "Director BBC Wales"
    assert without_role("Tom Reed") == "Tom Reed"


@pytest.mark.parametrize(("kind", "word"), [row.split("\t") for row in data_lines("en_label_roles.tsv")])
def test_each_label_role_word_is_dropped_before_a_whole_name(kind: str, word: str) -> None:
    role = f"{word.title()} Coach" if kind == "modifier" else word.title()
    assert without_role(f"{role} Tom Reed") == "Tom Reed"
    assert labelled(f"{role} Tom Reed", "'We go on.'") == "[Tom Reed said:] 'We go on.'"


def test_a_label_without_its_role_is_still_a_quotation_of_a_cited_paragraph() -> None:
    page = ['Harbour chairman Tom Reed said: "We will build the new stand before the season opens."']
    text = labelled("Chairman Tom Reed", '"We will build the new stand before the season opens."')
    label, reason = verdict_on(page, text, [1], "Stand")
    assert text.startswith("[Tom Reed said:]") and label is VerdictLabel.supported and "quoted" in reason
