"""A brief whose first bullet opens on "The product will …" that nothing before names leads with a
bullet of its first group that names who acts (engines/en_referent_heads.py), read on en-xsum."""

from __future__ import annotations

from citebrief.engines.en_referent_heads import referent_noun
from conftest import shared_groups


def test_an_unnamed_product_goes_down_after_the_bullets_that_name_its_maker() -> None:
    # "The product will offer teachers …" opened the brief; after Microsoft's buying of Mojang and
    # of MinecraftEdu, the product is that game (en-xsum 146)
    first = shared_groups("en-xsum.jsonl", 146)[0]
    assert first[0].startswith("Microsoft paid $2.5bn"), first
    assert first[1].startswith("Late last year, it bought"), first
    assert first[2].startswith("The product will offer teachers"), first


def test_an_unnamed_call_goes_down_after_the_council_leader_who_names_the_step() -> None:
    # "The call was made at a scrutiny meeting …" opened the brief with no call named before it
    # (its demand stood in the headline); the council leader's own words lead now (en-xsum 179)
    first = shared_groups("en-xsum.jsonl", 179)[0]
    assert first[0].startswith("Council leader Dave Stewart said"), first
    assert first[-1].startswith("The call was made at a scrutiny meeting"), first


def test_the_head_stays_where_the_lead_would_hold_the_noun_or_name_no_one() -> None:
    # "… Greybull Capital, a UK-based investment firm" would make "The firm said …" Greybull's (en-xsum 28)
    # (it stays first, the firm named in its place by `en_organisation_names`)
    first = shared_groups("en-xsum.jsonl", 28)[0]
    assert first[0].startswith("[Tata Steel] said it had signed"), first
    # "In the most recent case, …" reads on from the charity's tests it would replace (en-xsum 133)
    first = shared_groups("en-xsum.jsonl", 133)[0]
    assert first[0].startswith("[RSPCA] said tests confirmed"), first


def test_the_noun_is_read_from_the_table_before_a_verb() -> None:
    assert referent_noun("The product will offer teachers new ways") == "product"
    assert referent_noun("The firm said it had signed a letter") == "firm"
    assert referent_noun("The service, held to mark the surrender, was led by …") is None
    assert referent_noun("The decision to close the school angered parents") is None
    assert referent_noun("The incident began on Tuesday morning") is None
    assert referent_noun("Microsoft paid $2.5bn for Mojang") is None
    assert referent_noun("The call was made at a scrutiny meeting") == "call"
    # people are not read: put down, their bullet still names no one (en-xsum 54)
    assert referent_noun("The man is said to have been trying") is None
