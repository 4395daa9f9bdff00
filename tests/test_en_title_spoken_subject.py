"""A vague English group title over one person's words opened on a quoted sentence about a name
becomes "Surname on Name" ("February Time" → "O'Neill on Shutthefrontdoor",
`text/en_title_spoken_subject.py`); a title that names a theme, a quote opened on "We", a name
the paragraphs write once and a group with another speaker's words leave it. Small cases written
after en-cnndm briefs, and the brief of the en-cnndm article itself."""

from __future__ import annotations

from citebrief.text.en_overview_said import said_grounded
from citebrief.text.en_title_spoken_subject import spoken_subject_title
from conftest import shared_group_titles

CONTEXT = ["Jonjo O'Neill hosted a media stable visit on Thursday.", "He trains Shutthefrontdoor for J P McManus."]
HORSE = [
    "O'Neill told Betfred: 'Shutthefrontdoor is in great form.'",
    "I would have liked to have got a run into him but he had an abscess in January/February time.",
    "It is all down to AP now if he is going ride him.",
]
PARAGRAPHS = [HORSE[0] + " Shutthefrontdoor won at Carlisle.", *HORSE[1:]]


def _title(bullets: list[str], title: str, paragraphs: list[str] | None = None, used: set[str] | None = None) -> str:
    texts = paragraphs if paragraphs is not None else PARAGRAPHS
    given = set(used or set()) | {title.casefold()}
    return spoken_subject_title(bullets, texts, texts + CONTEXT, given, title)


def test_a_vague_title_becomes_the_speaker_on_what_they_speak_of() -> None:
    used = {"jonjo o'neill", "february time"}
    assert spoken_subject_title(HORSE, PARAGRAPHS, PARAGRAPHS + CONTEXT, used, "February Time") == (
        "O'Neill on Shutthefrontdoor"
    )
    assert used == {"jonjo o'neill", "february time", "o'neill on shutthefrontdoor"}  # the vague one kept
    assert said_grounded("O'Neill on Shutthefrontdoor", PARAGRAPHS)


def test_a_title_that_names_a_theme_stays() -> None:
    assert _title(HORSE, "Sinus Abscess") == "Sinus Abscess"


def test_a_quote_opened_on_a_pronoun_stays() -> None:
    bullets = ["O'Neill told Betfred: 'We are going there full of confidence.'", *HORSE[1:]]
    paragraphs = [b + " We had hiccups but we had them in January." for b in bullets]
    assert _title(bullets, "February Time", paragraphs) == "February Time"


def test_a_name_written_once_stays() -> None:
    assert _title(HORSE, "February Time", HORSE) == "February Time"


def test_another_speakers_words_leave_it() -> None:
    bullets = [*HORSE, "McCoy said: 'I have not decided yet.'"]
    assert _title(bullets, "February Time", [*PARAGRAPHS, bullets[-1]]) == "February Time"


def test_en_cnndm_brief_titles_the_trainer_on_his_horse() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 58)[1] == "O'Neill on Shutthefrontdoor"
