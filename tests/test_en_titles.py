"""English title phrases read in their context: a clause cut short is no title, and the phrase
a group's bullets share names it better than one bullet's aside."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_titles import (
    EVENT_HEAD_FACTOR,
    ROLE_HEAD_FACTOR,
    SHARED_HEAD_FACTOR,
    bullet_words,
    described_name,
    misread,
    once_said_head,
    spread,
    topic_factor,
)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("defeat leaves", "but a 2-1 defeat leaves them nine points adrift of the top."),
        ("comes", "the amount of bikes on the road still comes as a shock in these countries"),
        ("married", "She did not know he was married."),
        ("million motorbikes", "In Vietnam alone there are more than 37 million motorbikes or scooters"),
        ("million cars", "(and only a few million cars)"),
        ("adults pile", "a smiling group of four adults pile onto scooters"),
        ("Chihuahua jumps", "the dragon appears disinterested as the Chihuahua jumps around excitedly"),
        ("annual event mixes music", "The annual event mixes music and politics."),
        ("others hate", "some people love them and others hate them"),
        ("anyone", "I don't think anyone intentionally switches off"),
        ("stuck waist-deep", "He apparently got stuck waist-deep in mud"),
        ("Hitler committed suicide", "Weeks later Hitler committed suicide in his bunker."),
        ("Sherwood plenty", "have given Sherwood plenty to consider"),
        ("themselves", "how to look after themselves"),
        ("brave", "He's so brave and doesn't let it get him down."),
        ("pregnant", "So when I fell pregnant with Grace I was terrified"),
        ("ECB felt", "And if the ECB felt I was the right person"),
        ("huh", "'Huh,' she said."),
        ("Jump Street star Jillian Bell", "22 Jump Street star Jillian Bell won"),
        # titles of shared en-cnndm briefs a reader meets as broken words
        ("Pauline whereas", "were Charlotte, Fiona and Pauline whereas those least likely to were Sharon"),
        ("lower risk of type", "better memory and thinking, and a lower risk of type 2 diabetes."),
        ("clear of the bottom", "after moving 10 points clear of the bottom three by edging to a 1-0 win"),
        ("table opposite", "the two men sit at a table opposite one another with money fans"),
        ("close on a number", "You will see that they go close on a number of occasions before they step on."),
        ("Tsarnaev lawyer keeps", "Tsarnaev lawyer keeps hated criminals off death row Clarke tried"),
        ("Sarah claims", "his friend Bereit - who Sarah claims offered her the money - declined"),
        ("doing", "'I'm not going to comment on what we might or might not be doing.'"),
        ("stunt hands-free", "When his balance started to improve, Noah mastered the stunt hands-free."),
        ("Campus police try", "Campus police try to convince her to drop the flag, but Manhart refuses"),
        # a verb and its object after "as well as" or "to": what someone does, not a thing
        ("grant permission", "as well as grant permission for their organs to be donated"),
        ("well", "As well as being jailed, he was also banned indefinitely from contacting his victim"),
        ("fall", "and have a trip planned this fall to take more photos"),
        ("Post reports", "held the attacker until the NYPD could arrive, the Post reports"),
        ("cover legal debts", "To help the family to cover legal debts, visit the couple's website"),
        # a verb joined to "go", "come" or "try" by "and", as to "to": what someone means to do
        ("climb mountains", "I always meant to go and climb mountains with her."),
        ("fix things", "He would come and fix things for us."),
        ("find work", "We will try and find work there."),
        # a clause's subject and its verb after "where", "whether" … (data/en_clause_subject_openers.tsv)
        ("money comes", "'No matter where the money comes - work, inheritance, theft or lottery - the key is'"),
        ("money comes", "Nobody asks where the money comes from."),
        ("club wins", "It depends on whether the club wins."),
    ],
)
def test_a_clause_cut_short_is_no_title(phrase: str, text: str) -> None:
    assert misread(phrase, [text])


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("award tickets", "Southwest offered the most award tickets, 11.9 million."),
        ("Harry Potter films", "as Cornelius Fudge in the Harry Potter films The actor is well known"),
        ("dark room", "he treated her in a dark room, checking her reflexes"),
        ("Manchester City", "The view that Manchester City’s chance has been ruined"),
        ("rude gesture", "after making a rude gesture during his match"),
        ("hospital bed", "He lay in a hospital bed for weeks."),
        ("paid leave", "She was placed on paid leave."),
        ("Coptic Christians", "the beheading of 21 Coptic Christians on a beach"),
        ("women", "Most of the victims were women."),
        ("Chelsea game", "the Man U game and Chelsea game five years ago"),  # a count after, no label
        ("England cap", "winning his first England cap five years later"),
        ("stage", "She took the stage in front of 4,000 fans."),
        ("transfer bid", "City made a transfer bid to sign him in January."),  # a thing, then its "to"
        ("police officers", "Police officers went to the house."),
        ("legal debts", "as well as legal debts and an appeal"),  # no verb first
        ("BBC reports", "several BBC reports were wrong"),  # a verb after it: the reports are a thing
        ("rising costs", "as well as rising costs"),  # an -ing word before a noun is its quality
        ("rescue team", "The search and rescue team arrived at dawn."),  # "and" after no "go": one of a pair
        ("chip shop", "She ran a fish and chip shop."),
        ("police reports", "He asked where the police reports are kept."),  # a verb after: a thing
    ],
)
def test_a_noun_phrase_stays_a_candidate(phrase: str, text: str) -> None:
    assert not misread(phrase, [text])


_REPORTS_FROM = "He read the police reports from London."  # a noun phrase: no clause opens before it


@pytest.mark.parametrize("opener", data_lines("en_clause_subject_openers.tsv"))
def test_each_clause_opener_makes_the_phrase_after_it_a_subject(opener: str) -> None:
    assert not misread("police reports", [_REPORTS_FROM])
    assert misread("police reports", [_REPORTS_FROM.replace("the", f"{opener} the")])


@pytest.mark.parametrize("tail", data_lines("en_clause_tails.tsv"))
def test_each_clause_tail_ends_a_subject_and_its_verb(tail: str) -> None:
    kept = "He asked where the police reports are kept."  # a verb after it: the reports are a thing
    assert not misread("police reports", [kept])
    assert misread("police reports", [kept.replace("are", f"{tail} London are")])


def test_half_the_places_decide() -> None:
    texts = ["the amount still comes as a shock", "With limited resources comes innovation"]
    assert misread("comes", texts)
    assert not misread("comes", [texts[1], "Then comes innovation", "here comes innovation"])


def test_a_name_with_an_apostrophe_and_a_possessive_name_are_candidates() -> None:
    found = {c.text for c in en_chunks("Ronnie O'Sullivan found himself in more bother after a rude gesture")}
    assert {"Ronnie O'Sullivan", "rude gesture"} <= found
    found = {c.text for c in en_chunks("The view that Manchester City’s chance at defending their title")}
    assert "Manchester City" in found
    found = {c.text for c in en_chunks("After Saturday’s game, Miss Robertson’s family paid tribute")}
    assert "Saturday" not in found and "Miss Robertson" not in found and "Robertson" in found


def test_a_phrase_most_bullets_say_outweighs_an_aside() -> None:
    said = bullet_words(
        [
            "the wacky things people carry on the back of a motorbike",
            "Lee Thompson covered the civil war in Libya",
            "there are more than 37 million motorbikes in Vietnam",
        ]
    )
    assert spread(("motorbikes",), (False,), said) > spread(("civil", "war"), (False, False), said)
    assert spread(("civil", "war"), (False, False), said) == pytest.approx(0.5 + 0.5 / 3)
    # a name every bullet repeats says who, not what
    assert spread(("lee", "thompson"), (True, True), said) == pytest.approx(0.5)
    assert spread((), (), said) == 1.0


def test_a_figure_of_speech_is_a_weak_subject() -> None:
    said = {"remnant": 1, "arrows": 9, "collection": 3, "director": 1, "age": 4}
    count = lambda word: said.get(word.lower(), 0)  # noqa: E731 - the article's counts
    assert once_said_head("remnant of a bygone age", count) == 0.5
    assert once_said_head("collection of antiques", count) == 1.0
    assert once_said_head("Director of Cricket", count) == 1.0  # a name's own words
    assert once_said_head("giant arrows", count) == 1.0
    # no common word of it said again, and a lead sentence ends on it: an aside (en-xsum 104)
    lead = ["The camp was set up to hold suspects for the prosecution of war crimes."]
    assert once_said_head("prosecution of war crimes", count, lead) == 0.25
    assert once_said_head("prosecution of war crimes", count) == 0.5  # no sentence ends on it
    assert once_said_head("remnant of the age", count, ["It is a remnant of the age."]) == 0.5  # "age" recurs


def test_a_name_with_its_role_weighs_less() -> None:
    assert described_name((False, True, True)) < 1.0  # "referee Olivier Marteel"
    assert described_name((True, True)) == 1.0  # the name alone is weighed as a name
    assert described_name((False, False)) == 1.0


def test_an_event_heads_a_group_better_than_a_post_or_an_aside() -> None:
    said = bullet_words(
        [
            "He was charged with two counts of sexual assault",
            "Police are investigating the alleged sexual assault in a dark room",
            "The hospital's executive director said the doctor was a smart man",
        ]
    )

    def factor(text: str, named: tuple[bool, ...] = ()) -> float:
        words = tuple(w.lower() for w in text.split() if w not in {"the", "on"})
        return topic_factor(text, words, named or (False,) * len(words), said)

    # the head is the noun before "of": "counts" is no event, "sexual assault" one two bullets say
    assert factor("counts of sexual assault") == 1.0
    assert factor("sexual assault") == pytest.approx(EVENT_HEAD_FACTOR * SHARED_HEAD_FACTOR)
    assert factor("dark room") == 1.0  # one bullet's aside
    assert factor("executive director") == ROLE_HEAD_FACTOR
    assert factor("CEO of Mayweather Promotions", (True, False, True, True)) == ROLE_HEAD_FACTOR
    assert factor("assault") == 1.0  # a word alone says no more than "Examination"
    # the head before "on" is a name: "Trussell Trust on the success" is no phrase about success
    assert factor("Trussell Trust on the success", (True, True, False)) == 1.0
    assert factor("Metroparks Zoo", (True, True)) == 1.0  # a name is weighed as a name


def test_a_plural_matter_after_its_modifier_is_no_verb() -> None:
    found = {c.text for c in en_chunks("The zoo plans to press child endangerment charges against the family.")}
    assert "child endangerment charges" in found
    found = {c.text for c in en_chunks("Experience lies in the details.")}
    assert "Experience lies" not in found and "lies" not in found


def test_a_phrase_ending_on_an_adjective_before_its_to_or_by_is_misread() -> None:
    # s50r, en-xsum: "Move Subject" of "his move subject to clearance", "Residents Close" of "close by"
    assert misread("Move Subject", ["He joins, with his move subject to international clearance."])
    assert misread("Residents Close", ["Other residents close by were told to stay indoors."])
    assert not misread("Cathedral Close", ["He lives in the Cathedral Close by the river."])  # a name
