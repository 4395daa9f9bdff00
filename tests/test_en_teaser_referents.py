"""An English article's opening teaser "They are …" as a brief's first bullet takes, in brackets, the
things the next sentence names (en-cnndm 28, blind read: "opens on 'They' with no referent":
"[These giant arrows] are the peculiar concrete markings …"), citing where they are named; verify
reads the bullet past the brackets."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.engines.en_teaser_referents import teaser_referent
from citebrief.model import VerdictLabel
from conftest import cnndm_groups, shared_groups

TEASER = "They are the odd markings seen all over the hills."
NAMED = "But these giant arrows, which measure 70ft, are a remnant of a bygone age."


def test_they_takes_the_things_the_next_sentence_names() -> None:
    assert teaser_referent([TEASER, NAMED], TEASER) == (
        "[These giant arrows] are the odd markings seen all over the hills.",
        1,
    )
    opening = ["They washed up on Sunday.", "Nobody knows why.", "The bottles are sealed."]
    assert teaser_referent(opening, opening[0]) == ("[The bottles] washed up on Sunday.", 2)


def test_a_describing_word_the_teaser_says_is_not_said_twice() -> None:
    teaser = "They are a stunning picture of the art."
    sentences = [teaser, "A programmer has created these stunning graphs to show it."]
    assert teaser_referent(sentences, teaser) == ("[These graphs] are a stunning picture of the art.", 1)


def test_left_alone_where_the_teaser_answers_itself_or_nothing_is_named() -> None:
    answered = "They have become a nuisance, but it appears the selfie stick is banned."
    assert teaser_referent([answered, NAMED], answered) is None
    assert teaser_referent([TEASER, "Nobody knows why.", "Most of it is gone."], TEASER) is None
    assert teaser_referent(["He was speaking on Monday.", NAMED], "He was speaking on Monday.") is None
    assert teaser_referent([TEASER, "The glass is broken.", "The bus stops."], TEASER) is None  # no plural
    far = [TEASER, "One.", "Two.", NAMED]
    assert teaser_referent(far, TEASER) is None


def test_shared_cnndm_28_and_xsum_66_leads_name_their_things() -> None:
    lead = cnndm_groups(28)[0][0]
    assert lead.startswith("[These giant arrows] are the peculiar concrete markings")
    assert shared_groups("en-xsum.jsonl", 66)[0][0].startswith("[The bottles] started arriving at Poldhu Cove")


def test_verify_supports_the_bracketed_teaser() -> None:
    page = ["They are the odd markings seen all over the hills.", "But these giant arrows are old."]
    text = "[These giant arrows] are the odd markings seen all over the hills."
    assert verdict_on(page, text, [1, 2], "Arrows")[0] == VerdictLabel.supported
