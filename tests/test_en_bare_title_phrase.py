"""A one-word English theme title takes the two-noun phrase two of its bullets write after a
determiner and before a verb ("Recovery" → "Recovery Key", the noun one that may be a verb too);
a phrase one bullet writes, two phrases, a phrase another title holds, or a word the bullets write
bare stay as they were. Small invented cases."""

from __future__ import annotations

from citebrief.engines.en_last_titles import last_titles
from citebrief.engines.scored import Draft
from citebrief.text.en_bare_title_phrase import bare_title_phrase

KEY = [
    "The backup key is easy to lose.",
    "Nobody reads the manual twice.",
    "Thieves say the backup key might be stolen.",
]


def _title(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    given = used if used is not None else set()
    given.add(title.casefold())
    return bare_title_phrase(title, bullets, given)


def test_a_word_two_bullets_write_before_the_same_noun_takes_the_phrase() -> None:
    used = {"backup", "phone app"}
    assert bare_title_phrase("Backup", KEY, used) == "Backup Key"
    assert used == {"backup key", "phone app"}


def test_one_bullet_two_phrases_or_a_bare_word_stay() -> None:
    assert _title("Backup", KEY[:2]) == "Backup"
    assert _title("Backup", [KEY[0], "Thieves say the backup plan might fail."]) == "Backup"
    assert _title("Attack", ["The attack was brutal.", "Police said the attack lasted minutes."]) == "Attack"


def test_a_phrase_inside_another_title_or_without_a_determiner_stays() -> None:
    assert _title("Backup", KEY, {"backup key rules"}) == "Backup"
    bare = ["Backup key holders may ask.", "Backup key owners were told."]
    assert _title("Backup", bare) == "Backup"


def test_the_last_titles_read_it_for_a_theme_not_the_overview() -> None:
    bullets = ["A phone maker changed its login.", *KEY]
    drafts = [Draft(None, [0], "Phone Login"), Draft(1, [1, 2, 3], "Backup")]
    last_titles(drafts, bullets, bullets, {"phone login", "backup"})
    assert drafts[1].title == "Backup Key"
