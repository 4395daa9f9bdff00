"""An English news lead's count behind its headline claim stays in the overview
(`engines/en_key_facts.py`): "Leeds is the pothole capital" is followed by the 12,000 repairs
that make it so."""

from __future__ import annotations

import pytest

from citebrief.engines.en_key_facts import headline_count, states_count
from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import cnndm_groups

CLAIM = (
    "Leeds is the pothole capital of England and Kent has the most broken street lights, "
    "according to a new survey by the Road Users Association."
)
COUNT = (
    "The Yorkshire city topped the table for the highest number of pothole repairs "
    "with almost 12,000 between 2013 and 2014."
)
REST = (
    "Hull is officially the worst place in the country for road damage, with 6 per cent of drivers "
    "there reporting a burst tyre or broken wheel. "
    "The East Yorkshire city was followed by Slough, where 5.2 per cent of drivers reported damage, "
    "and by Luton, where 4.1 per cent of drivers claimed compensation. "
    "The association said councils had cut road budgets for four years running "
    "and warned that the damage would keep growing. "
    "Its chairman said the survey gave a clear picture of how much drivers now pay for broken roads. "
    "Rural areas such as Powys in Wales had fewer potholes but far more flooded lanes after the wet winter. "
    "Scotland as a whole saw flood repairs triple over the same four years, the survey found. "
    "Many drivers in Scotland said they now avoid minor roads in winter altogether. "
    "The association wants a national fund for road repairs paid for out of fuel duty. "
    "Ministers said they would study the report and answer it before the summer. "
    "Councils said the figures did not count the repairs they had already planned for next year."
)


def _brief(text: str) -> Brief:
    return draft_extractive(document_from_text(text, origin="potholes", kind="text"))


def test_the_count_behind_the_headline_claim_joins_the_overview() -> None:
    overview = [p.text for p in _brief(f"{CLAIM} {COUNT} {REST}").groups[0].points]
    assert overview[0].startswith("Leeds is the pothole capital")
    assert any("12,000" in text for text in overview)


def _scored(second: str) -> Scored:
    return score(document_from_text(f"{CLAIM} {second} {REST}", origin="potholes", kind="text"), {})[0]


def test_the_count_takes_the_last_picks_place() -> None:
    scored = _scored(COUNT)
    first, second, _, fourth = sorted(scored.usable)[:4]
    chosen = [first, fourth, 9]
    assert headline_count(scored, [first, fourth], chosen) == [first, second]
    assert chosen == [first, second, 9]


@pytest.mark.parametrize(
    "second",
    [
        COUNT.replace("with almost 12,000 between 2013 and 2014", "again this year"),  # no count
        "Fuel duty raised 850 million pounds for the Treasury in the same year.",  # another matter
    ],
)
def test_a_second_sentence_without_a_count_or_on_another_matter_stays_out(second: str) -> None:
    scored = _scored(second)
    first, _, _, fourth = sorted(scored.usable)[:4]
    chosen = [first, fourth]
    assert headline_count(scored, [first, fourth], chosen) == [first, fourth]
    assert chosen == [first, fourth]


@pytest.mark.parametrize(
    "sentence",
    [
        "with almost 15,000 between 2013 and 2014",
        "it cost £500m",
        "850 homes were flooded",
        "a $1.2 million sale",
        "tens of thousands of fans",
        "100 per cent of the 1,200 staff",
    ],
)
def test_a_count_or_sum_is_a_count(sentence: str) -> None:
    assert states_count(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "there had been a barracks in Brecon since 1805",
        "in 2014 he scored two goals",
        "up 4.9 per cent",
        # three digits before a share are still a share (numbers.percent_follows owns what a share is)
        "he is 100 per cent committed to the club",
        "a 250% rise",
        "prices up 1,200 percent",
    ],
)
def test_a_year_a_small_number_or_a_share_is_not(sentence: str) -> None:
    assert not states_count(sentence)


MIDDLE = "The survey asked drivers in every English county how their roads had held up over the winter."
SUM = "That means the Yorkshire city spent almost £12,000 on pothole repairs between 2013 and 2014."


def _three(text: str) -> tuple[Scored, list[int]]:
    scored = score(document_from_text(text, origin="potholes", kind="text"), {})[0]
    return scored, sorted(scored.usable)


def test_where_the_second_sentence_leads_too_the_third_backs_them_with_its_count() -> None:
    # en-cnndm 95: "... that means most intend to spend $324 on ..." is the lead paragraph's third sentence
    scored, usable = _three(f"{CLAIM} {MIDDLE} {SUM} {REST}")
    first, second, third, last = usable[0], usable[1], usable[2], usable[6]
    chosen = [first, second, last]
    assert headline_count(scored, [first, second, last], chosen) == [first, second, third]
    assert chosen == [first, second, third]


@pytest.mark.parametrize(
    "text",
    [
        f"{CLAIM} {MIDDLE}\n\n{SUM} {REST}",  # the third sentence in another paragraph
        f"{CLAIM} {MIDDLE} {COUNT} {REST}",  # a count and no sum of money: a detail (en-cnndm 155's "111th out of 133")
        # the lead has its figure already (en-cnndm 64's "13 per cent higher", en-xsum 174's "£3.6bn")
        f"{CLAIM} {MIDDLE.replace('drivers', 'ten per cent of drivers')} {SUM} {REST}",
        f"{CLAIM} {MIDDLE.replace('drivers', '2,500 drivers')} {SUM} {REST}",
    ],
)
def test_a_third_sentence_elsewhere_or_without_a_sum_stays_out(text: str) -> None:
    scored, usable = _three(text)
    first, second, last = usable[0], usable[1], usable[6]
    assert headline_count(scored, [first, second, last], [first, second, last]) == [first, second, last]


def test_cnndm_95_overview_says_the_promposal_spend() -> None:
    overview = cnndm_groups(95)[0]
    assert any("$324" in text for text in overview)
