"""A text opening on "He …"/"She …" whose introducing sentence was cut off (en-xsum drops its
summary sentence): the person it then writes by surname alone, never introduced, in brackets in
the pronoun's place (`text/en_unintroduced.py`, read by `engines/en_pronoun_speakers.py`)."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines import en_pronoun_speakers
from citebrief.engines.scored import Scored
from citebrief.text.en_unintroduced import unintroduced
from conftest import shared_groups
from scored_builder import zh_scored


def _en_scored(sentences: list[str]) -> Scored:
    return replace(zh_scored([sentences]), lang="en")


def _lead(name: str, index: int) -> str:
    return shared_groups(name, index)[0][0]


def test_the_person_written_as_already_introduced_is_the_pronoun() -> None:
    # a surname alone leading a sentence the text goes on from with the same pronoun
    run = [
        "He spent last season in charge of the youth squad.",
        "Rangers manager Mark Warburton wants to alter the staff, leaving Durrant out.",
        "Durrant held several positions in the youth set-up.",
        "He was first-team coach in 2011.",
    ]
    assert unintroduced(run, "He") == ("Durrant", 2)
    assert en_pronoun_speakers.named_pronoun_en(_en_scored(run), 0, run[0], []) == (
        "[Durrant] spent last season in charge of the youth squad.",
        1,
    )
    # a title and surname, its title saying the sex
    titled = ["He told Reuters the EU should not interfere.", "The EU objects.", "Mr Szijjarto answered: 'No.'"]
    assert unintroduced(titled, "He") == ("Mr Szijjarto", 2)
    assert unintroduced(titled, "She") is None


def test_an_introduced_or_unsexed_person_is_no_pronoun() -> None:
    # everyone the text introduces itself has a given name: Warburton is no Durrant
    introduced = ["He spent last season in charge.", "Mark Warburton wants to alter the staff.", "Warburton said so."]
    assert unintroduced(introduced, "He") is None
    # a surname alone whose text never goes on with the pronoun: its sex unsaid
    unsexed = ["He died at home.", "Hogwood worked with many orchestras.", "The conductor founded an academy."]
    assert unintroduced(unsexed, "He") is None
    # the other pronoun after it: the other sex
    other = ["He died at home.", "Hogwood worked with many orchestras.", "She studied in Cambridge."]
    assert unintroduced(other, "He") is None
    # a surname alone not leading a sentence is passed over, not guessed
    passed = ["He spent last season in charge.", "The club left Durrant without a position."]
    assert unintroduced(passed, "He") is None


def test_en_xsum_leads_name_the_person_their_cut_summary_introduced() -> None:
    """en-xsum 119 ("Hogwood worked … | … Hogwood studied keyboard … | His first positions …"),
    141 ("Durrant held … | He was first-team coach …") and 39 ("… Mr Szijjarto answered: …")."""
    assert _lead("en-xsum.jsonl", 119).startswith("[Hogwood] died at his home in Cambridge")
    assert _lead("en-xsum.jsonl", 141).startswith("[Durrant] spent last season in charge")
    assert _lead("en-xsum.jsonl", 39).startswith("[Mr Szijjarto] told Reuters")
    # 100: "The film will see Jordan reunite with his Creed director …" says Jordan's sex
    assert _lead("en-xsum.jsonl", 100).startswith("[Jordan] told The Hollywood Reporter")


def test_the_surnames_own_clause_going_on_with_his_says_the_sex() -> None:
    run = [
        "He told a paper he was excited.",
        "The film will see Jordan reunite with his director.",
        "Jordan played the Human Torch.",
    ]
    assert unintroduced(run, "He") == ("Jordan", 2)
    assert unintroduced(run, "She") is None
    # someone else's pronoun between: the "his" may be that other person's
    other = ["He told a paper he was excited.", "The court saw Jordan tell him his contract ended.", "Jordan left."]
    assert unintroduced(other, "He") is None
    # "her" after the surname may be whom one acts on: no She from it
    her = ["She told a paper she was excited.", "The film sees Jordan meet her director.", "Jordan left."]
    assert unintroduced(her, "She") is None
    # too far from the surname to be its clause's own word
    far = ["He told a paper.", "Jordan played a part in the film that made his name.", "Jordan left."]
    assert unintroduced(far, "He") is None


def test_a_royal_acting_under_title_and_name_is_the_pronoun() -> None:
    # a royal has no surname: "Prince William" leading a sentence as its actor, the title his sex
    run = [
        "He was speaking in an interview.",
        "The Queen met staff at the office.",
        "Prime Minister David Cameron said it was a landmark.",
        "In an interview, Prince William said: 'She is a guiding example.'",
    ]
    assert unintroduced(run, "He") == ("Prince William", 3)
    assert unintroduced(run, "She") is None
    # "The Queen" leading a sentence is a title, not a surname whose sex is unsaid (once ended the read)
    assert unintroduced([*run[:2], "Mr Szijjarto answered: 'No.'"], "He") == ("Mr Szijjarto", 2)
    # a royal only listed acts in nothing
    listed = ["He was speaking in an interview.", "A picture of the Queen, Prince William and Prince George was out."]
    assert unintroduced(listed, "He") is None


def test_a_share_bar_the_bullet_lost_still_lets_its_pronoun_be_named() -> None:
    """en-xsum 3 opens "Share this with…Copy this linkHe was speaking …": the bullet, the bar taken
    off by lines.tsv's lead row, is still the sentence's, and its He is Prince William."""
    assert _lead("en-xsum.jsonl", 3).startswith("[Prince William] was speaking in a BBC interview")
