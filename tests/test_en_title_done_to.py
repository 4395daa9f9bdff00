"""A vague English group title over a group one of whose bullets reports what was done to a named
person takes that deed ("Comments of the Employee" → "McHenry's Suspension",
`text/en_title_done_to.py`); a title that names a theme, a deed of a person named beside another,
and a phrase another title holds leave it. Small cases written after en-cnndm briefs, and the
briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_overview_deed import deed_verbs, grounded, named_deeds
from citebrief.text.en_title_done_to import done_to_title
from conftest import shared_group_titles

CONTEXT = ["ESPN reporter Britt McHenry was caught on camera.", "Eden Hazard plays for Chelsea."]
SUSPENDED = [
    "ESPN, meanwhile, announced that McHenry would be suspended for a week.",
    "The video included only McHenry's responses, not the comments of the employee.",
    "McHenry knew she was being taped.",
]
SUBSTITUTED = [
    "The playmaker was clearly unhappy before questioning the manager on his decision after the game.",
    "'I was a little bit surprised to be substituted,' Hazard said.",
    "'I asked the coach for a reason and he told me that I was tired.'",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return done_to_title(bullets, bullets, bullets + CONTEXT, given, title)


def test_a_vague_title_takes_the_deed_done_to_the_person() -> None:
    used = {"britt mchenry", "comments of the employee"}
    assert done_to_title(SUSPENDED, SUSPENDED, SUSPENDED + CONTEXT, used, "Comments of the Employee") == (
        "McHenry's Suspension"
    )
    assert used == {"britt mchenry", "comments of the employee", "mchenry's suspension"}  # the vague one kept


def test_the_persons_own_words_say_what_was_done_to_them() -> None:
    assert _title(SUBSTITUTED, "Decision", {"eden hazard on intense campaign with chelsea"}) == "Hazard's Substitution"


def test_a_title_that_names_a_theme_stays() -> None:
    assert _title(SUSPENDED, "Tow Company Video") == "Tow Company Video"


def test_a_deed_beside_another_person_stays() -> None:
    bullets = ["Smith said Jones would be suspended for a week.", *SUSPENDED[1:]]
    assert _title(bullets, "Comments of the Employee") == "Comments of the Employee"


def test_someone_elses_words_are_not_the_persons() -> None:
    bullets = ["'I was surprised to be substituted,' he said of Kompany.", SUBSTITUTED[2]]
    assert _title(bullets, "Decision") == "Decision"


def test_a_phrase_another_title_holds_stays() -> None:
    assert _title(SUSPENDED, "Stressful Moment", {"britt mchenry's suspension"}) == "Stressful Moment"


def test_a_group_only_deed_grounds_the_title_but_titles_no_overview() -> None:
    """The "substituted" row of data/en_named_deeds.tsv is a "group" one: "Emir Spahic was substituted
    ... with an ankle injury" made his brawl story's overview "Emir Spahic's Substitution"."""
    assert "substituted" not in named_deeds()[0]
    assert "substituted" in deed_verbs("substitution")
    assert grounded("Hazard's Substitution", ["'I was surprised to be substituted,' Hazard said."])


def test_en_cnndm_briefs_title_the_deed_not_the_vague_phrase() -> None:
    # en_folds (s49b) keeps 199's closing words on the press a group of their own after the celebrities':
    # the two titles this guards stay the first two theme titles
    assert shared_group_titles("en-cnndm.jsonl", 199)[1:3] == ["McHenry's Suspension", "Celebrities on a Pedestal"]
    assert shared_group_titles("en-cnndm.jsonl", 145)[1] == "Hazard's Substitution"
    assert shared_group_titles("en-cnndm.jsonl", 8)[0] == "Key points: Emir Spahic's Behaviour"
    # en_title_empty_owner (s51l) moved 111's third title from "Stressful Moment" to "McHenry's Tweet";
    # (s290c4: "Social Media" once the caption before "On Thursday, she turned to social media …" is
    # split off); what this guards stays: no group takes the suspension the overview already names
    titles_111 = shared_group_titles("en-cnndm.jsonl", 111)
    assert "Social Media" in titles_111
    assert sum("suspension" in title.casefold() for title in titles_111) == 1
