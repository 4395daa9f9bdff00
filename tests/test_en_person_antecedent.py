"""A bullet opening on he/his/she/her carries no sentence before that holds no one
(`text/en_person_antecedent.py`, read by `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.options import BriefOptions
from citebrief.pipeline import brief_document, render
from citebrief.text.data_files import data_lines
from citebrief.text.en_person_antecedent import fits_person_pronoun, holds_no_one, names_only_owners

_NO_ONE = "A slow replay of the footage shows the path of the ball, which hits the board and drops through the ring."
_ARTICLE = "\n\n".join(
    [
        "A schoolboy has copied a famous footballer and scored a long-range goal into a basketball ring. "
        "Young Tommy Blake saw the trick in a clip filmed at the club's training ground last week. "
        "The clip shows the defender lifting the ball into the ring as his team mates gasp.",
        "Tommy, who plays for a local academy side, took a ball into the garden to try it himself. "
        "He put the ring in the middle of the goal and sent the ball through it at the first attempt. "
        "In the video he turns to the camera with his hands behind his head.",
        f"{_NO_ONE} His father Mark, 41, of Leeds, said: 'He loves football and said he could do that.' "
        "Tommy tried the shot after seeing the footballer score it on the club's channel.",
    ]
)


def test_a_sentence_naming_no_one_holds_no_one() -> None:
    assert holds_no_one(_NO_ONE)
    assert not holds_no_one("The footage shows Tommy lifting the ball.")  # a name
    assert not holds_no_one("The footage shows the boy lifting the ball.")  # a noun for people
    assert not holds_no_one("In the footage he lifts the ball.")  # a person's pronoun
    assert not holds_no_one("Green, who was jailed for a year, had admitted failing others.")  # opens on a name
    assert not holds_no_one("It's not the first time the mother-of-two has appeared.")  # no article first
    assert not fits_person_pronoun(_NO_ONE, "His father said he could do that.")
    assert fits_person_pronoun("The footage shows the boy lifting the ball.", "His father said so.")
    assert fits_person_pronoun(_NO_ONE, "It is the latest footage.")  # "It" is en_thing_antecedent's


_OWNER_ONLY = "The second suit said the council knew of Mary Stone's late payments but failed to warn her."


def test_a_sentence_naming_its_person_only_as_an_owner_is_not_about_her() -> None:
    assert names_only_owners(_OWNER_ONLY)  # "her" is whom the council failed, no one who acts
    assert names_only_owners("Similarly to the first claim, the suit said the council knew of Stone's payments.")
    assert not names_only_owners("The suit said Mary Stone knew of the payments.")  # a name that acts
    assert not names_only_owners("The suit said (Mary) Stone knew of Ann Lee's payments.")  # one acts in marks
    assert not names_only_owners("Stone's lawyer said the payments were late.")  # opens on a name
    assert not names_only_owners("The suit said Stone's payments were late, as she knew.")  # she acts in it
    assert not names_only_owners("The suit said the woman knew of Stone's payments.")  # a noun for people
    assert not names_only_owners("The council said the payments were late.")  # no owner at all: holds_no_one's
    assert not fits_person_pronoun(_OWNER_ONLY, "She allegedly took a second loan while the case was open.")
    assert fits_person_pronoun(_OWNER_ONLY, "It was filed in May.")  # "It" is en_thing_antecedent's


def test_the_person_pronouns_are_lower_case_single_words() -> None:
    pronouns = data_lines("en_person_pronouns.tsv")
    assert "his" in pronouns and all(word == word.lower() and " " not in word for word in pronouns)


def test_his_father_carries_no_sentence_about_the_replay() -> None:
    doc = document_from_text(_ARTICLE, origin="test", kind="text")
    text = render(brief_document(doc, BriefOptions()).brief, doc, "text")
    assert "His father Mark" in text, text
    assert "the ring. His father" not in text, text
