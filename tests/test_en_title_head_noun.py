"""A person's name one bullet of three writes in passing gives way to the report, study or deal
two bullets write as a noun (`en_title_head_noun`), its premodifier kept where two bullets write it
or one gives it and the others take the noun up bare ("that report"); a name a bullet is about,
a group of two and a noun one bullet writes keep the title."""

from __future__ import annotations

from citebrief.engines.en_last_titles import last_titles
from citebrief.engines.scored import Draft
from citebrief.text.en_title_head_noun import head_noun_title

REPORT = [
    "The French-language report, called Harbour Lights, draws on the port's own records.",
    "Its authors say the figures show the harbour lost money for ten years.",
    "That report was left unfinished, but colleagues led by his friend Tom Ellery have finished it.",
]
TEXTS = [" ".join(REPORT), "Tom Ellery said the work took a year."]


def _titled(bullets: list[str], title: str, *, composed: bool = False) -> str:
    return head_noun_title(title, bullets, TEXTS, {title.casefold()}, composed=composed)


def test_the_overview_subject_gives_way_to_the_report_two_bullets_write() -> None:
    used = {"tom ellery"}
    titled = head_noun_title("Key points: Tom Ellery", REPORT, TEXTS, used, composed=True)
    assert titled == "Key points: French-language Report"
    assert used == {"french-language report"}  # the swap is recorded


def test_the_last_titles_read_it() -> None:
    drafts = [Draft(theme=None, picked=[0, 1, 2], title="Key points: Tom Ellery")]
    last_titles(drafts, REPORT, TEXTS, {"tom ellery"})
    assert drafts[0].title == "Key points: French-language Report"


def test_a_modifier_two_bullets_write_stays_and_one_beside_another_goes() -> None:
    shared = ["A new harbour study finds losses.", REPORT[2].replace("That report", "The harbour study"), REPORT[1]]
    assert _titled(shared, "Tom Ellery") == "Harbour Study"
    told_apart = [REPORT[0], REPORT[1], REPORT[2].replace("That report", "A second report")]
    assert _titled(told_apart, "Tom Ellery") == "Report"


def test_a_name_a_bullet_is_about_a_group_of_two_and_a_lone_noun_stay() -> None:
    about = [REPORT[0], REPORT[1], "Tom Ellery finished that report after the author died."]
    assert _titled(about, "Tom Ellery") == "Tom Ellery"
    assert _titled([REPORT[0], REPORT[2]], "Tom Ellery") == "Tom Ellery"
    lone = [REPORT[0], REPORT[1], "Colleagues led by his friend Tom Ellery have finished it."]
    assert _titled(lone, "Tom Ellery") == "Tom Ellery"
