"""An English bullet carries the sentence that says what it leans on up to `CARRY_PAIR_WORDS_EN`
words, not one whose words a pronoun said ("…, it said, …"); `lead_points` still asks whether an
orphan could be carried at `CARRY_WORDS_WITH_ANTECEDENT_EN` (`text/anaphora.with_antecedent`)."""

from __future__ import annotations

from citebrief.text.anaphora import CARRY_PAIR_WORDS_EN, CARRY_WORDS_WITH_ANTECEDENT_EN, with_antecedent
from conftest import shared_groups

_LEANING = "It has failed so far to widen its base in the country."


def _antecedent(words: int) -> str:
    """An invented whole sentence of `words` words."""
    return " ".join(["The", "group", *["word"] * (words - 3), "here."])


def test_a_pair_up_to_the_pair_words_is_joined() -> None:
    fits = _antecedent(CARRY_PAIR_WORDS_EN - len(_LEANING.split()))
    assert with_antecedent(fits, _LEANING, "en") == f"{fits} {_LEANING}"
    assert with_antecedent(fits + " more", _LEANING, "en") is None  # (no stop: no whole sentence)
    over = _antecedent(CARRY_PAIR_WORDS_EN - len(_LEANING.split()) + 1)
    assert with_antecedent(over, _LEANING, "en") is None


def test_the_orphan_check_keeps_the_shorter_limit() -> None:
    longer = _antecedent(CARRY_WORDS_WITH_ANTECEDENT_EN - len(_LEANING.split()) + 1)
    assert with_antecedent(longer, _LEANING, "en") is not None
    assert with_antecedent(longer, _LEANING, "en", words=CARRY_WORDS_WITH_ANTECEDENT_EN) is None


def test_an_antecedent_a_pronoun_said_is_not_carried() -> None:
    said = "With globalised travel, it said, the chance of harm is growing."
    assert with_antecedent(said, "But the panel noted that the goal is panic.", "en") is None
    assert with_antecedent("With globalised travel, the chance of harm is growing.", "It is rising.", "en")


def test_it_has_failed_carries_the_sentence_naming_is() -> None:
    # en-xsum 136: 58 words together; alone, the bullet never said what "It" was (IS)
    bullets = [text for group in shared_groups("en-xsum.jsonl", 136) for text in group]
    assert any(
        text.startswith("In the two years since it announced its presence in Afghanistan, IS has mainly engaged")
        and "It has failed so far to widen its base" in text
        for text in bullets
    )


def test_whose_words_it_said_stays_uncarried() -> None:
    # en-cnndm 46: "With globalised travel, it said, …" carried before "But the panel noted …" named no one
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 46) for text in group]
    assert any(text.startswith("The panel noted that a longstanding terrorist goal") for text in bullets)
    assert not any(text.startswith("With globalised travel, it said") for text in bullets)


def test_an_orphan_kept_at_56_words_would_retitle_its_group() -> None:
    # en-xsum 74: asked at 56 words, "The 46-year-old led the Gers …" stayed and the group's title went
    # from "Caixinha" to "Successive Draws"
    bullets = [text for group in shared_groups("en-xsum.jsonl", 74) for text in group]
    assert not any(text.startswith("The 46-year-old led the Gers") for text in bullets)
