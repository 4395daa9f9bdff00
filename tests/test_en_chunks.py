"""English noun phrases (`en_chunks`): a noun in -ing that is no verb's form opens or heads one
("hamstring injury", "ping pong balls", "the east wing"); a verb's form, an adjective in -ing
or -ed, and a time do not ("travelling back", "upcoming reunion", "hours of the morning")."""

from __future__ import annotations

import pytest

from citebrief.text.en_chunks import en_chunks, participle


def _phrases(sentence: str) -> set[str]:
    return {c.text for c in en_chunks(sentence)}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        pytest.param("He was ruled out with a hamstring injury on Saturday.", "hamstring injury", id="hamstring"),
        pytest.param("When she opened her locker, 456 ping pong balls fell out.", "ping pong balls", id="ping-pong"),
        pytest.param("The entire east wing will be refurbished.", "east wing", id="head-in-ing"),
    ],
)
def test_a_noun_in_ing_is_part_of_its_phrase(sentence: str, phrase: str) -> None:
    assert phrase in _phrases(sentence)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        pytest.param("They were travelling back home after the match.", "travelling back home", id="participle"),
        pytest.param("She spoke of an upcoming reunion with the cast.", "upcoming reunion", id="adjective-in-ing"),
        pytest.param("He was a renowned poker player.", "renowned poker player", id="adjective-in-ed"),
        pytest.param("It was found in the early hours of the morning.", "hours of the morning", id="time"),
    ],
)
def test_a_verbs_form_an_adjective_or_a_time_opens_no_phrase(sentence: str, phrase: str) -> None:
    assert phrase not in _phrases(sentence)


def test_participle_is_a_verbs_form_not_a_noun_that_ends_so() -> None:
    assert participle("travelling") and participle("injured") and participle("meeting") and participle("doing")
    assert not participle("hamstring") and not participle("string") and not participle("injury")


def test_a_verb_in_s_before_amid_ends_no_phrase() -> None:
    # en-cnndm 122: "The row comes amid growing controversy ..." titled a group "Row Comes"
    texts = [chunk.text for chunk in en_chunks("The row comes amid growing controversy over the spread of food banks")]
    assert "row comes" not in texts and "food banks" in texts, texts


def test_a_verb_in_s_before_towards_ends_no_phrase() -> None:
    # en-cnndm 188: "the train careers towards the light" titled the overview "Train Careers"
    texts = [chunk.text for chunk in en_chunks("The train careers towards the light and out onto the snowy slopes")]
    assert "train careers" not in texts and "snowy slopes" in texts, texts


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # en-xsum 111 titled a group "Sure Offenders", en-xsum 33 "Certain Precocious Brilliance"
        pytest.param("It had to start with making sure offenders turned up on time.", "sure offenders", id="sure"),
        pytest.param(
            "Johnny Rotten provided a certain precocious brilliance.", "certain precocious brilliance", id="certain"
        ),
    ],
)
def test_a_turn_of_phrase_opens_no_phrase(sentence: str, phrase: str) -> None:
    assert phrase not in _phrases(sentence)
    assert phrase.split(maxsplit=1)[1] in _phrases(sentence)


@pytest.mark.parametrize(
    ("sentence", "phrase", "kept"),
    [
        # en-xsum 119: "the best players that now lead orchestras" titled a group "Lead Orchestras"
        pytest.param(
            "The best players that now lead orchestras started with him.", "lead orchestras", "orchestras", id="now"
        ),
        pytest.param("Families who still use coal fires are warned.", "use coal fires", "coal fires", id="still"),
        pytest.param(
            "Schools that already host breakfast clubs will gain.",
            "host breakfast clubs",
            "breakfast clubs",
            id="already",
        ),
        pytest.param("Teachers often post pictures.", "post pictures", "pictures", id="often"),
    ],
)
def test_a_verb_after_an_adverb_opens_no_phrase(sentence: str, phrase: str, kept: str) -> None:
    assert phrase not in _phrases(sentence)
    assert kept in _phrases(sentence)


def test_little_after_a_noun_opens_a_second_object() -> None:
    # en-xsum 17: "a pitch that offered the bowlers little assistance" titled a group "Bowlers Little Assistance"
    phrases = _phrases("The pitch offered the bowlers little assistance.")
    assert not {"bowlers little assistance", "little assistance"} & phrases and "assistance" in phrases, phrases
    assert "dirty little secret" in _phrases("It was a dirty little secret.")
    assert "Little Mix fans" in _phrases("Little Mix fans cheered.")
    assert "Chicken Little" in _phrases("The film Chicken Little opened.")


def test_an_accented_name_is_one_phrase_not_its_ascii_pieces() -> None:
    # an ASCII word class read "Zoë Müller" as "Zo" and "ller": the name was never a phrase
    phrases = _phrases("Zoë Müller said the new sculpture by Jörg Düsterwald was finished.")
    assert "Zoë Müller" in phrases
    assert "Jörg Düsterwald" in phrases
