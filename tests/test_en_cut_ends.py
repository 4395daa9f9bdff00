"""A long English sentence is not cut where the cut leaves a subject without its verb."""

from citebrief.engines.bullets import trim_sentence
from citebrief.text.en_cut_ends import before_turn, dangling_end


def test_dangling_ends_are_seen() -> None:
    assert dangling_end("Speaking in the latest issue of the magazine, the 54-year-old,")
    assert dangling_end("Beck added an own goal in stoppage time as Bayern")
    assert dangling_end("The charity, which hands food to other charities, said:")
    assert not dangling_end("Two screeners were fired after conspiring to grope men, police said")
    assert not dangling_end("The club signed him in 2010 from Real Madrid")


def test_trim_keeps_the_verb_of_a_subject_it_would_strand() -> None:
    sentence = (
        "Speaking in the latest issue of Marie Claire's career-oriented supplement @Work, "
        "the 54-year-old, who stars as fictional US President Selina Meyer in the hit comedy "
        "show, was quick to note the scrutiny the former senator has faced as a result of her "
        "varying hairstyles over the years, while also leaping to the politician's defense."
    )
    trimmed = trim_sentence(sentence, "en")
    assert not trimmed.endswith("the 54-year-old")
    assert "was quick to note" in trimmed


def test_a_concession_is_not_cut_from_the_claim_after_its_but() -> None:
    # en-cnndm 38: the bullet said only what Palace's XI was worth, not what its full back did
    sentence = (
        "Crystal Palace’s XI on Monday night may only have been worth a mere £17m, but left back "
        "Martin Kelly still made it through a City defence deemed good enough to keep £40m signing "
        "Eliaquim Mangala on the bench to tee up a chance for Wilfried Zaha just 60 seconds into the game."
    )
    trimmed = trim_sentence(sentence, "en")
    assert "£40m signing Eliaquim Mangala" in trimmed
    assert before_turn(" but left back Martin Kelly still made it")
    assert not before_turn(" butchers in the town said")
    assert not before_turn(" where he had to be restrained")
