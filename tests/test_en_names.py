"""The names that tie an English bullet to a thread (`engines/en_names.py`): a run of
capitalized words by its last word, the lead's and widespread names left out, a word the article
writes in lower case no name."""

from __future__ import annotations

from citebrief.engines.en_names import could_share, name_share, name_words, names, shares_name, thread_names


def test_a_name_is_the_last_word_of_its_run() -> None:
    assert names("Ipswich (home to Nottingham Forest) will make sure of a play-off place") == {"Forest"}
    assert names("Macclesfield hope either Eastleigh lose or Forest Green fail to win.") == {"Eastleigh", "Green"}


def test_apostrophes_are_made_one_and_a_possessive_cut() -> None:
    assert names("'I was outraged,' Franklin County Prosecutor Ron O’Brien told The Columbus Dispatch") == {
        "O'Brien",
        "Dispatch",
    }
    assert names("Kim Rose, who is running for Nigel Farage's party, is being investigated") == {"Rose", "Farage"}


def test_a_single_word_that_opens_a_sentence_is_a_name_only_where_known() -> None:
    text = "O'Brien says he is unaware of the health status of the victims."
    assert names(text) == frozenset()
    assert names(text, frozenset({"O'Brien"})) == {"O'Brien"}
    assert names("Police say the car was found.", frozenset({"Police"})) == {"Police"}
    assert names("Mr Hall warned that the mantra was not enough.") == {"Hall"}
    assert names("The Zodiac Aerospace concept was revealed in Hamburg") == {"Aerospace", "Hamburg"}


def test_titles_days_and_numbers_are_no_names() -> None:
    assert names("He met Mr Rose on Monday in March, said Dr Smith.") == {"Rose", "Smith"}
    assert names("Seven-time Formula One champion Michael is recovering") == {"Michael"}


SENTENCES = [
    "If your name is Nigel you are twice as likely to vote Ukip, according to research by YouGov.",
    "The figure went up from 16 to 31 per cent among men named Nigel, the poll found.",
    "The study found that names such as Charlotte and Fiona were most likely to vote Tory.",
    "Kim Rose, who is running for the party in Southampton, is being investigated by police.",
    "Voters in Southampton were offered sausage rolls at the event.",
    "Mr Rose, 57, branded police involvement as 'absolutely ridiculous'.",
]


def test_thread_names_leave_out_the_storys_own() -> None:
    named = thread_names(SENTENCES, [2, 3, 4, 5], [0, 1])
    assert named[5] == {"Rose"}
    assert "Southampton" in named[3] and "Southampton" in named[4]
    named = thread_names(SENTENCES, [2, 3, 4, 5], [0, 1, 5])
    assert "Rose" not in named[3]  # a bullet of the story writes it: it ties no thread
    assert not named[5]  # and no other bullet writes it: a name of one bullet ties nothing


def test_a_name_in_most_sentences_ties_nothing() -> None:
    sentences = [f"Southampton council met on day {k} to discuss the budget." for k in range(4)]
    sentences += ["The mayor resigned after the vote.", "The budget was cut by a third."]
    named = thread_names(sentences, range(6), [])
    assert all("Southampton" not in found for found in named.values())


def test_a_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    sentences = ["He won the race in Formula One.", "He was number one for years.", *SENTENCES[2:]]
    named = thread_names(sentences, range(len(sentences)), [])
    assert "One" not in named[0]


def test_people_keeps_a_persons_surname_only() -> None:
    named = thread_names(SENTENCES, [2, 3, 4, 5], [0, 1], people=True)
    assert named[5] == {"Rose"} and named[3] == {"Rose"}
    assert not named[4]  # Southampton is a place


def test_shares_name_asks_the_other_bullets() -> None:
    named = thread_names(SENTENCES, [2, 3, 4, 5], [0, 1])
    assert shares_name(named, 5, [2, 3])
    assert not shares_name(named, 5, [2, 4])
    assert not shares_name(named, 5, [5])


FILLER = [f"The hearing went on for {n} hours." for n in ("two", "three", "four")]


def test_every_word_of_a_name_the_story_writes_is_the_storys() -> None:
    sentences = [
        "The brother of ex-footballer Ryan Giggs has lost his job as a driver.",
        "Rhodri spoke about his brother Ryan's affair in January.",
        "His brother Ryan is part of the club's backroom staff.",
        "He was fined and banned from driving for six months.",
        "The court heard he had no insurance.",
        *FILLER,
    ]
    named = thread_names(sentences, [1, 2, 3], [0])
    assert "Ryan" not in named[1] and "Ryan" not in named[2]
    assert "Ryan" in thread_names(sentences, [1, 2, 3], [])[1]


def test_with_said_a_bullet_has_the_names_it_says() -> None:
    sentences = [
        "The Tories have nudged ahead in the polls Mr Hall appeared on the Andrew Marr show.",
        "Mr Hall warned that the mantra is not enough to win the election.",
        "Voters are tired of the campaign, he added.",
        "The polls close in ten days.",
        "Both parties are level on thirty per cent.",
        *FILLER,
    ]
    said = ["The Tories have nudged ahead in the polls", *sentences[1:]]
    assert "Hall" in thread_names(sentences, [0, 1], [])[0]
    assert "Hall" not in thread_names(sentences, [0, 1], [], said=said)[0]
    assert not shares_name(thread_names(sentences, [0, 1], [], said=said), 1, [0])


def test_could_share_asks_whether_a_capitalized_word_crosses_groups() -> None:
    texts = {
        0: "Kim Rose is being investigated by police.",
        1: "The figure went up among men.",
        2: "Mr Rose branded it ridiculous.",
        3: "Voters were offered sausage rolls.",
    }
    assert could_share(texts, [[0, 1], [2, 3]])
    assert not could_share(texts, [[0, 2], [1, 3]])  # Rose is written in one group only
    assert not could_share({0: texts[1], 1: texts[3]}, [[0], [1]])


def test_name_words_are_every_capitalized_word_but_sentence_openers_and_lower_case_words() -> None:
    sentences = [
        "The Munich Documentation Center opened in 2015.",
        "Redwood said the police were told.",
        "Director Michael Redwood paid tribute.",
        "Police said nothing.",
        "Their show ended.",
    ]
    assert name_words(sentences[0], sentences) == {"Munich", "Documentation", "Center"}
    assert name_words(sentences[1], sentences) == {"Redwood"}  # written past a first word elsewhere
    assert name_words(sentences[3], sentences) == frozenset()  # "police" is a word of the article
    assert name_words(sentences[4], sentences) == frozenset()  # an opener no other sentence writes inside
    assert name_share("Redwood", sentences) == 0.4
