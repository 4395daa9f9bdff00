"""A group of one person's words whose title its bullets write only inside a quotation is titled
"Surname on Topic" (`en_title_said.said_title`) where a bullet of theirs says what they spoke
of; a group of two speakers, a judge's quote beside a thief's words and a topic that points back
("the club") stay; a quoted sentence's subject is the topic where no sentence says one. Small
cases written after en-cnndm briefs, and readers' briefs."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_title_said import _holds_quote, quoted_subject, said_title, spoken_or_loose_topic
from conftest import shared_group_titles

# one speaker's words: her saying in her own clause after "and", then her quote after "She added"
KENSIT_BULLETS = [
    "Miss Kensit, 47, appeared in the magazine's regular 'Queen of Everything' feature and said the "
    "Duchess of Cambridge would be her 'regal inspiration'",
    "She added: 'She's so fabulous on every level.'",
]
KENSIT_TEXTS = [
    "Or so says actress Patsy Kensit, who made the comments in an interview. " + KENSIT_BULLETS[0] + ".",
    KENSIT_BULLETS[1],
]


def _titled(bullets: list[str], texts: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return said_title(bullets, texts, texts, given, title)


def test_one_speakers_group_is_titled_by_who_speaks_and_of_what() -> None:
    used = {"regal inspiration", "duchess of cambridge"}
    assert _titled(KENSIT_BULLETS, KENSIT_TEXTS, "Regal Inspiration", used) == "Kensit on the Duchess of Cambridge"
    assert "kensit on the duchess of cambridge" in used
    assert "regal inspiration" in used  # the former title stays guarded: no later group takes its "Inspiration"


def test_the_title_stands_on_the_articles_words_for_brief_checks() -> None:
    assert grounded("Kensit on the Duchess of Cambridge", KENSIT_TEXTS)
    assert not grounded("Kensit on the Duke of Cambridge", KENSIT_TEXTS)


def test_a_speaker_another_title_names_may_speak() -> None:
    used = {"regal inspiration", "patsy kensit"}  # "Key points: Patsy Kensit": a name twice, not a quote's phrase
    assert _titled(KENSIT_BULLETS, KENSIT_TEXTS, "Regal Inspiration", used) == "Kensit on the Duchess of Cambridge"


def test_a_bullet_that_holds_a_quotation_is_words_its_paragraph_gives() -> None:
    assert _holds_quote("That's not the excitement 'Britain needs.")
    assert _holds_quote("Protesting is not radical, it is our right.’")
    assert not _holds_quote("That’s Cameron’s plan")
    bullets = [
        "Mr Cameron insisted the economy 'excites' millions of people",
        "That's not the excitement 'Britain needs.",
    ]
    texts = [bullets[0] + ".", "Mr Cameron said: " + bullets[1]]
    assert _titled(bullets, texts, "Britain Needs") == "Cameron on the Economy"
    told = [bullets[0] + ".", "A donor said: " + bullets[1]]  # its paragraph gives the words to no Cameron
    assert _titled(bullets, told, "Britain Needs") == "Britain Needs"


def test_a_quoted_sentences_subject_is_the_topic_where_no_sentence_says_one() -> None:
    assert quoted_subject("Protesting is not radical, it is our right.’") == "Protesting"
    assert quoted_subject("He said: 'The economy is growing.'") == "the economy"
    assert quoted_subject("'The economic wealth Mirreyes use is the main marker of class.") == ""  # a clause
    assert quoted_subject("'It is our right.'") == quoted_subject("'Nothing is certain.'") == ""
    assert quoted_subject("'The club is big.'") == ""  # whose club?
    bullets = [
        "Mr Smith said he came 'for a better life for children'",
        "Protesting is not radical, it is our right.’",
    ]
    texts = [bullets[0] + ".", "Mr Smith told The Times: ‘" + bullets[1]]
    assert _titled(bullets, texts, "Better Life") == "Smith on Protesting"
    once = [bullets[0], "The game was tough, it was our night.’"]
    assert _titled(once, [once[0] + ".", "Mr Smith told The Times: ‘" + once[1]], "Better Life") == "Better Life"
    twice = [bullets[0] + " and a good game", once[1]]
    texts = [twice[0] + ".", "Mr Smith told The Times: ‘" + twice[1]]
    assert _titled(twice, texts, "Better Life") == "Smith on the Game"


def test_a_title_the_bullets_narrate_stays() -> None:
    bullets = [*KENSIT_BULLETS[:1], "She added that the interview had been great fun."]
    assert _titled(bullets, [*KENSIT_TEXTS[:1], bullets[1]], "Great Fun") == "Great Fun"


def test_a_quote_another_paragraph_holds_is_no_words_of_the_named_speaker() -> None:
    bullets = [
        "Mason, who was jailed last year, has said the whole sum will be paid back from his pension",
        "'In my judgement these matters are so serious that I am not able to suspend the sentence.'",
    ]
    texts = [bullets[0] + ".", "The judge told the court: " + bullets[1]]
    assert _titled(bullets, texts, "Serious Matters") == "Serious Matters"


def test_two_speakers_keep_the_title() -> None:
    bullets = [
        "Mr Smith said the new rules are unfair to 'every small trader'",
        "Ms Jones said the new rules would 'help every small trader' in time",
    ]
    assert _titled(bullets, bullets, "Every Small Trader") == "Every Small Trader"


def test_what_the_speaker_spoke_of() -> None:
    assert spoken_or_loose_topic("Cameron", "Mr Cameron insisted the economy 'excites' millions") == "the economy"
    own_clause = "Smith, who was at home, told reporters and said the new rules are unfair"
    assert spoken_or_loose_topic("Smith", own_clause) == "the new rules"
    assert spoken_or_loose_topic("Smith", "Smith said the club would appeal") == ""  # whose club?
    assert spoken_or_loose_topic("Cameron", "Mr Cameron said the changes make Britain a 'fairer' place") == ""
    assert spoken_or_loose_topic("Mata", "Juan Mata admitted his side still have work to do") == ""
    assert spoken_or_loose_topic("Smith", "Police said Smith was arrested and said nothing") == ""
    assert spoken_or_loose_topic("Smith", "Smith said before the game he was ready") == ""


def test_a_readers_brief() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 118)
    assert "Kensit on the Duchess of Cambridge" in titles and "Regal Inspiration" not in titles


def test_a_readers_brief_whose_overview_owns_the_speaker() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 106)
    assert "Cameron on the Economy" in titles and "Britain Needs" not in titles
    assert "Needs" not in titles  # the former title's fragment is no later group's title


def test_a_readers_brief_whose_overview_names_the_speaker() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 30)
    assert "Hussen on Protesting" in titles and "Better Life" not in titles


def test_a_bullet_another_speaker_opens_is_no_words_of_the_named_one() -> None:
    bullets = [
        'The Harbour Trust said it was "deeply worried" about the seals',
        'Anna Booth, from the council, said: "The main risk is the oil reaching the bay."',
        "Mrs Booth said the oil 'could spread' by Friday",
    ]
    texts = [bullets[0] + ". " + bullets[1], bullets[2] + "."]
    # the trust, no person, speaks for itself: not a quote its paragraph gives Booth
    assert _titled([*bullets[:2], 'It said: "The beach is shut."'], texts, "Oil Reaching") == "Oil Reaching"
    assert _titled(bullets[1:], texts, "Oil Reaching") == "Booth on the Oil"
