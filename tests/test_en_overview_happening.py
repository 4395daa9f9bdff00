"""An English overview titled by the place its lead's news happened, with no other phrase to
stand in, takes the event the lead writes as a verb (`text/en_overview_happening.py`)."""

from __future__ import annotations

import pytest

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_happening import counted_lead, happening_grounded, lead_happening, only_whose
from citebrief.text.en_overview_place import past_where
from conftest import shared_group_titles

CHARGED = (
    "Six Minnesota men have been charged with terrorism in a criminal complaint unsealed Monday, the latest "
    "Westerners accused of traveling or attempting to travel to Syria to join the Islamic State group."
)
CHARGED_TEXTS = [CHARGED, "The complaint says the men planned to reach Syria by flying to nearby countries."]
STORE = "Bringing the high street to the Shire, Topshop and Topman is set to launch a second store at Westfield Miranda"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (CHARGED, "Minnesota Terrorism Charges"),  # the counted subject's place before the kind
        ("Two men were charged with attempted murder after a fight in Leeds.", "Attempted Murder Charges"),
        (STORE, "Topshop and Topman Store Launch"),  # the name run the clause opens on
        ("The firm opened a new restaurant in Paris on Friday.", "Restaurant Opening"),  # "The firm": no name
        ("Police have charged a man with killing his wife in Leeds.", ""),  # a verb's "-ing": no noun
        ("A man who has been charged with possessing child pornography fled.", ""),  # not "Possessing Child"
        ("He has been charged with eight counts of rape in Leeds.", "Rape Charges"),  # not "Eight Counts"
        ("He was charged with six counts of child pornography.", "Child Pornography Charges"),
        ("Zara will open a new flagship store today.", "Zara Store Opening"),  # the venue, not "today"
        ("Zara opened a store selling phones.", "Zara Store Opening"),  # not the phones it sells
        ("John Smith has been charged with rape in Leeds.", "Rape Charges"),  # no person's name before it
        ("The shop opened its doors in Leeds on Friday.", ""),  # "doors" is no venue
        ("The couple opened an investigation into the crash in Leeds.", ""),
        ("Crowds gathered in Leeds on Friday.", ""),  # no verb of the table
        ("Eight guards at Nauru detention centre have been suspended after a rally.", "Suspension of Eight Guards"),
        ("Three men accused of being spies have been executed in a new video.", "Execution of Three Men"),
        ("Dozens of protesters were arrested in Paris.", "Arrest of Dozens of Protesters"),
        ("Six were arrested in Paris.", ""),  # whom the count counts unsaid
        ("Police said eight guards have been suspended.", ""),  # not the people the lead opens on
    ],
)
def test_the_event_the_lead_writes_as_a_verb(first: str, title: str) -> None:
    used: set[str] = set()
    assert lead_happening(first, [first], used) == title
    assert used == ({title.casefold()} if title else set())


def test_a_title_already_given_is_not_repeated() -> None:
    assert lead_happening(CHARGED, CHARGED_TEXTS, {"minnesota terrorism charges"}) == ""


def test_the_place_gives_way_to_the_event() -> None:
    used = {"syria"}
    assert past_where("Syria", [CHARGED], CHARGED_TEXTS, "en", used) == "Minnesota Terrorism Charges"
    assert used == {"minnesota terrorism charges"}


def test_a_place_whose_lead_writes_no_event_stays() -> None:
    first = "The Cherries went down 2-1 at Sunderland on Saturday, the first team to lose to the Black Cats."
    assert past_where("Sunderland", [first], [first, "Sunderland won."], "en", set()) == "Sunderland"


@pytest.mark.parametrize(
    ("title", "stands"),
    [
        ("Minnesota Terrorism Charges", True),
        ("Terrorism Charges", True),
        ("Topshop and Topman Store Launch", True),
        ("Ohio Terrorism Charges", False),  # an owner the article never writes
        ("Murder Charges", False),  # a charge it never writes
        ("Store Opening", False),  # launched, not opened
        ("Suspension of Eight Guards", True),
        ("Suspension of Six Guards", False),
    ],
)
def test_a_made_title_stands_on_the_article_s_words(title: str, stands: bool) -> None:
    texts = [CHARGED, STORE, "Eight guards at Nauru have been suspended."]
    assert happening_grounded(title, texts) is stands
    assert grounded(title, texts) is stands  # `bench/brief_checks.py`'s test


@pytest.mark.parametrize(
    ("index", "title"),
    [
        (175, "Key points: Topshop and Topman Store Launch"),  # not "Westfield Miranda", where it opens
        (184, "Key points: Minnesota Terrorism Charges"),  # not "Syria", where the men meant to travel
        (22, "Key points: Suspension of Eight Guards"),  # not "at a recent Reclaim Australia rally"
        (181, "Key points: Execution of Three Men"),  # not "Syrian Government" they were said to be agents of
    ],
)
def test_real_articles_say_what_happened_not_where(index: int, title: str) -> None:
    """en-cnndm records whose overview was the place before."""
    assert shared_group_titles("en-cnndm.jsonl", index)[0] == title


EXECUTED = "Three men accused of being agents of the Syrian government have been executed in a new video."


@pytest.mark.parametrize(
    ("subject", "first", "whose"),
    [
        ("Syrian Government", EXECUTED, True),  # in any case: the title's is a title's
        ("Islamic State", "Two members of Islamic State were arrested in Paris.", True),
        ("Syrian Government", "The Syrian government said agents of the Syrian government were killed.", False),
        ("Islamic State", "Two men were arrested in Paris.", False),  # not written
    ],
)
def test_a_body_written_only_as_whose_people_the_news_is_about(subject: str, first: str, whose: bool) -> None:
    assert only_whose(subject, first) is whose


def test_the_body_gives_way_to_what_befell_its_people() -> None:
    used = {"syrian government"}
    assert past_where("Syrian Government", [EXECUTED], [EXECUTED], "en", used) == "Execution of Three Men"
    assert used == {"execution of three men"}
    first = "Agents of the Syrian government met in Paris on Friday."  # no deed: the body stays
    assert past_where("Syrian Government", [first], [first], "en", set()) == "Syrian Government"
    first = "Two members of Islamic State were arrested in Paris."  # "Arrest of Two Members" says less
    assert past_where("Islamic State", [first], [first], "en", set()) == "Islamic State"


TSA = (
    "(CNN)Two Transportation Security Administration screeners have been fired after conspiring to grope "
    "attractive men at Denver International Airport, Denver police said."
)


def test_the_counted_people_a_lead_opens_on_and_their_deed_stand_for_a_later_subject() -> None:
    used = {"tsa officer"}
    titled = counted_lead("TSA Officer", TSA, [TSA, "The male TSA officer would alert a female TSA officer."], used)
    assert titled == "Firing of Two Transportation Security Administration Screeners"
    assert used == {titled.casefold()}
    assert happening_grounded(titled, [TSA])  # past the wire's tag, as `bench/brief_checks.py` asks


def test_a_subject_the_counted_lead_writes_stays() -> None:
    first = "Eight guards at Nauru have been suspended after they posted messages."
    assert counted_lead("Nauru", first, [first], {"nauru"}) == "Nauru"
    assert counted_lead("Nauru Guards", "Nauru guards were praised.", ["x"], set()) == "Nauru Guards"  # no counted deed


def test_the_shared_tsa_article_names_the_firing() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 78)  # was "Key points: TSA Officer"
    assert titles[0] == "Key points: Firing of Two Transportation Security Administration Screeners"
