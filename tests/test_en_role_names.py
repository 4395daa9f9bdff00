"""A bullet opening on a bare role ("The boss believes …") after a bullet that does not name the
person takes the person's surname in brackets (en-cnndm 41: "[Sherwood] believes he must instil a
different mentality …"): the one person the nearest writer's sentence before names, read back
over picture captions and unnamed speakers' quotations; verify reads the name in the cited
paragraph."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.en_role_names import named_role_en, person_before
from citebrief.model import VerdictLabel
from citebrief.text.data_files import data_lines
from conftest import cnndm_groups
from scored_builder import zh_scored

ROLES = data_lines("en_bare_roles.tsv")
# each person written with a given name somewhere, as a page introduces them
INTRO = ["Tim Sherwood took charge in February.", "Marcos Rojo joined in the summer."]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_read_as_the_person_named_before(role: str) -> None:
    from citebrief.engines.en_role_names import _the_role

    assert _the_role().match(f"The {role} believes he must win.")
    assert not _the_role().match(f"The French {role} believes he must win.")  # tells more: stays


def test_the_person_the_nearest_sentence_names_over_captions_and_quotations() -> None:
    sentences = [
        *INTRO,
        "And Sherwood underlined the magnitude of the game.",
        "Sherwood and Rojo during their time at White Hart Lane",  # a caption: no stop
        "'I think this is the biggest game,' he said, with Villa in 17th.",
        "'This is the biggest of my career.'",
        "But the boss believes he must instil a different mentality.",
    ]
    assert person_before(sentences, 6) == ("Sherwood", 2)


def test_no_person_where_the_nearest_names_two_or_none_is_near() -> None:
    two = [*INTRO, "Last month a judge ordered Rojo to pay Sherwood's costs.", "The defender has not spoken."]
    assert person_before(two, 3) is None
    far = [*INTRO, "Sherwood won.", "One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.", "X."]
    assert person_before(far, len(far) - 1) is None
    # a quotation its speaker names is that speaker's: the nearest sentence names two
    said = [*INTRO, "Sherwood won.", "'He is great,' said Rojo of Sherwood.", "The boss smiled."]
    assert person_before(said, 4) is None


def test_shared_cnndm_41_boss_named() -> None:
    bullets = [text for group in cnndm_groups(41) for text in group]
    assert any(text.startswith("[Sherwood] believes he must instil a different mentality") for text in bullets)
    assert not any(text.startswith("The boss believes") for text in bullets)


def test_verify_quotes_the_sentence_with_the_name_cited() -> None:
    rest = "believes he must instil a different mentality into his players."
    page = ["Tim Sherwood urged Villa to man up. And Sherwood underlined the game.", f"But the boss {rest}"]
    label, reason = verdict_on(page, f"[Sherwood] {rest}", [1, 2], "Football")
    assert label == VerdictLabel.supported
    assert reason.startswith("quoted from a sentence")


def test_bracketed_only_where_the_bullet_before_does_not_name_the_person() -> None:
    scored = zh_scored([INTRO, ["Sherwood won again.", "'It was hard,' he said."], ["The boss smiled at last."]])
    assert named_role_en(scored, 4, "The boss smiled at last.", "'It was hard,' he said.") == (
        "[Sherwood] smiled at last.",
        2,
    )
    assert named_role_en(scored, 4, "The boss smiled at last.", None) == ("[Sherwood] smiled at last.", 2)
    assert named_role_en(scored, 4, "The boss smiled at last.", "Sherwood won again.") is None
    assert named_role_en(scored, 4, "The French boss smiled.", None) is None
    # the bullet names the person itself: the role is another's ("The manager said … Carrion-Moore")
    assert named_role_en(scored, 4, "The boss said Sherwood had smiled.", None) is None
