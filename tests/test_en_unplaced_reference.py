"""A theme bullet opening on "This means…", "In return, …" for a sentence no bullet says gives way."""

from __future__ import annotations

import numpy as np

from citebrief.engines.en_unplaced_reference import _about_someone, opens_on_reference, placed_picks
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import load_records
from scored_builder import en_story_scored


def _bullets(index: int) -> list[str]:
    record = load_records("en-cnndm.jsonl")[index]
    brief = draft(document_from_text(str(record["article"]), origin="x", kind="text"))
    return [point.text for group in brief.groups for point in group.points]


def test_a_reference_opener_is_read() -> None:
    assert opens_on_reference("This means an unknown number make repeat visits.")
    assert opens_on_reference("That's when they had the idea to send the dog in.")
    assert opens_on_reference("In return, the father of five has taken the limits off.")
    assert opens_on_reference("As a result of this enzyme deficiency, levels build up.")
    assert opens_on_reference("That next flight is not scheduled before June 19.")
    assert opens_on_reference("By then he had quit.")


def test_an_aim_a_set_or_a_claim_of_the_sentence_before_is_a_reference() -> None:
    assert opens_on_reference("To do this, he wrote software first to scrape the images.")
    assert opens_on_reference("The other four were 'Over the Rainbow' and 'White Christmas'.")
    assert opens_on_reference("That said, Ferrari are stronger over a long run.")
    assert opens_on_reference("In reality they barely had a whimper.")
    assert opens_on_reference("Not surprisingly, she has since deleted the tweet.")
    assert opens_on_reference("It came days after a driver was charged in Boston.")
    assert not opens_on_reference("The other side of the story was never told.")
    assert not opens_on_reference("It comes with a two-year warranty.")
    assert not opens_on_reference("To do list apps are popular.")


def test_the_other_four_gives_way_to_the_ranking_it_completes() -> None:
    # en-cnndm 128: "The other four were…" after the fifth greatest song's sentence, in no bullet
    bullets = _bullets(128)
    assert not any(b.startswith("The other four") for b in bullets)
    assert any("fifth greatest song" in b for b in bullets)


def test_a_reference_right_after_its_sentence_stays() -> None:
    # en-cnndm 110: "That said, Ferrari…" follows Hamilton's pole, ahead of Vettel's Ferrari
    bullets = _bullets(110)
    at = next(k for k, b in enumerate(bullets) if b.startswith("That said, Ferrari"))
    assert "pole position" in bullets[at - 1]


def test_a_date_a_named_event_or_a_quotation_is_no_reference() -> None:
    assert not opens_on_reference("This week in Denver a driver was arrested.")
    assert not opens_on_reference("This was billed as 'The Desperation Derby'.")
    assert not opens_on_reference("This is the first time that the Duchess has been lauded.")
    assert not opens_on_reference("'That's natural for anyone,' said Hamilton.")
    assert not opens_on_reference("Instead of discussing her comments, Scott says she left.")
    assert not opens_on_reference("Thomas said the flight was late.")


def test_an_unplaced_reference_gives_its_place_to_the_next_candidate() -> None:
    # en-cnndm 169: "That next flight…" after a sentence on the station's supplies no bullet says
    bullets = _bullets(169)
    assert not any(b.startswith("That next flight") for b in bullets)
    assert any("slow spin" in b for b in bullets)
    # en-cnndm 125: "In return, the father of five…" after a sentence of Wil's, in no bullet
    assert not any(b.startswith("In return") for b in _bullets(125))
    # en-cnndm 122: "This means an unknown number make repeat visits" gives way to the claim it answers
    bullets = _bullets(122)
    assert not any(b.startswith("This means") for b in bullets)
    assert any(b.startswith("The claims have been disputed") for b in bullets)


def test_a_reference_whose_sentence_before_the_group_says_stays() -> None:
    # en-cnndm 129: the group now tells why no one went in, and "That's when…" follows it
    bullets = _bullets(129)
    at = next(k for k, b in enumerate(bullets) if b.startswith("That's when they had the idea"))
    assert "send anyone into the pond" in bullets[at - 1]


def test_a_pronoun_of_someone_the_group_never_names_gives_way() -> None:
    # en-cnndm 70: "He was promptly removed…" after a bullet on Petrosian's complaint: not Petrosian
    bullets = _bullets(70)
    assert not any(b.startswith("He was promptly removed") for b in bullets)
    # en-cnndm 158: "He has visited the country twice…" opening a group, India's prime minister unnamed
    assert not any(b.startswith("He has visited the country") for b in _bullets(158))


def test_a_pronoun_after_a_pick_of_its_person_stays() -> None:
    # a run on one person: "Freberg also was known … | He also parodied …"
    assert _about_someone("Freberg also was known for his musical parodies.", "He")
    assert _about_someone("'I am much more confident in my body,' she told Daily Mail Online.", "She")
    assert not _about_someone("The complaint was made by Nigalidze's opponent, Tigran Petrosian.", "He")


def test_an_overview_point_on_an_unsaid_aim_gives_way() -> None:
    # en-cnndm 10: "To do this, he wrote software…" after Bellander's quotation, in no bullet
    bullets = _bullets(10)
    assert not any(b.startswith("To do this") for b in bullets)
    assert any("said Martin Bellander" in b for b in bullets)


def test_the_overview_keeps_its_opening_point() -> None:
    # en-cnndm 128: the story's opening "Those five words … 'American Pie'" stays the lead
    assert _bullets(128)[0].startswith("Those five words")


def test_a_speaker_who_added_to_words_no_bullet_says_gives_way() -> None:
    # en-cnndm 66: "She added: 'He was first diagnosed…'" opened a group; the mother is named nowhere near
    assert not any(b.startswith("She added: 'He was first diagnosed") for b in _bullets(66))
    # en-cnndm 118: after the bullet that names Miss Kensit, her "She added: …" stays
    assert any(b.startswith("She added: 'She's so fabulous") for b in _bullets(118))


def test_a_bare_attribution_stays_where_none_can_take_its_place() -> None:
    """en-cnndm 95: "That's according to a survey from Visa …" leans on a caption no bullet says,
    and its group has no candidate left to take its place: it stays (dropping it recut the groups,
    and a blind reader preferred the survey's source kept)."""
    bullets = _bullets(95)
    assert any(b.startswith("That's according to a survey from Visa") for b in bullets)
    assert any(b.startswith("Visa's prom survey also revealed") for b in bullets)


def test_coverage_passes_over_a_reference_to_a_sentence_no_bullet_says() -> None:
    """en-cnndm 84: coverage cited passage 13 with "That message from above means you end up with
    performances such as this", whose message ("They are a club without ambition …") no bullet says;
    the passage is not needed to cite enough passages, so it goes uncited."""
    bullets = _bullets(84)
    assert not any(b.startswith("That message from above") for b in bullets)
    assert any(b.startswith("The problems at Newcastle run from top to bottom") for b in bullets)


def test_at_the_time_with_its_comma_is_a_reference() -> None:
    # the time of the news the sentence before told ("…found out the illness had spread. | At the
    # time, she wrote: …"); a time the phrase names itself, or no comma, is read as before
    assert opens_on_reference("At the time, she wrote that it was the saddest day of her life.")
    assert not opens_on_reference("At the time of his death he was working on a novel.")
    assert not opens_on_reference("At the time he was the youngest mayor in the country.")
    assert not opens_on_reference("At the time-trial he finished third.")


# the council's vote (2) stands between the bridge's closure and "At the time, …": no bullet says it
_BRIDGE = [
    ("The mayor closed the old bridge over the river on Monday after a survey.", 1),
    ("Engineers said the main span of the bridge was no longer safe for cars.", 1),
    ("The council then voted to pay for a new crossing next to the old one.", 2),
    ('At the time, the mayor wrote: "This is a sad day for everyone in the town.', 3),
    ("They can't tell us when the new crossing will open.\"", 3),
    ("Buses will run a longer route around the town until the new crossing opens.", 4),
]


def test_at_the_time_does_not_come_back_with_the_quotation_that_carries_it() -> None:
    scored = en_story_scored(_BRIDGE)
    chosen = [0, 1, 3]  # "At the time, …" gives way, and not to the quotation's "They …" that carries it
    assert placed_picks(scored, [3, 4, 5], [3], chosen, np.ones(len(_BRIDGE))) == [5]
    assert chosen == [0, 1, 5]


# the engineers' finding (1) is the news "At the time, …" (3) dates; the council's vote (2) goes on in
# its paragraph, and no bullet says it
_SPAN = [
    ("The mayor closed the old bridge over the river on Monday after a survey.", 1),
    ("Engineers found that the main span of the bridge could no longer carry cars.", 2),
    ("The council voted the same evening to pay for a new crossing.", 2),
    ('At the time, the mayor wrote: "This is a sad day for everyone in the town."', 3),
    ("Buses will run a longer route around the town until the new crossing opens.", 3),
    ("A ferry will also carry people on foot across the river in the summer.", 4),
]


def test_at_the_time_stays_right_after_the_bullet_of_its_news() -> None:
    scored = en_story_scored(_SPAN)
    chosen = [0, 1, 3, 4]  # the engineers' finding ends the group before; "At the time, …" heads this one
    assert placed_picks(scored, [3, 4, 5], [3, 4], chosen, np.ones(len(_SPAN))) == [3, 4]
    assert chosen == [0, 1, 3, 4]


def test_at_the_time_gives_way_where_another_groups_bullet_stands_between() -> None:
    scored = en_story_scored(_SPAN)
    chosen = [0, 1, 5, 3, 4]  # the ferry's group stands between the finding and "At the time, …"
    assert 3 not in placed_picks(scored, [3, 4, 2], [3, 4], chosen, np.ones(len(_SPAN)))


def test_an_overview_at_the_time_waits_for_its_news_to_be_a_bullet() -> None:
    scored = en_story_scored(_SPAN)
    chosen = [0, 3]
    assert placed_picks(scored, [0, 3, 4, 5], [0, 3], chosen, np.ones(len(_SPAN)), lead=True) == [0, 3]


def test_an_opening_phrase_holding_the_sentence_before_is_a_reference() -> None:
    # "With that fact in mind, …", "Given this, …": which fact, read alone? Not a time the phrase goes on to
    assert opens_on_reference("With that fact in mind, questions were asked about the old bridge.")
    assert opens_on_reference("Given this, the council will vote again in May.")
    assert opens_on_reference("Against this backdrop, the mayor called for calm.")
    assert not opens_on_reference("With this year's budget, the council can pay for a new crossing.")
    assert not opens_on_reference("With the bridge shut, buses take a longer route.")


# the surveyors' long finding (1) is the fact "With that fact in mind, …" (2) weighs; no bullet says
# it, and the two run past one bullet's length
_IN_MIND = [
    ("The mayor closed the old bridge over the river on Monday after a survey.", 1),
    (
        "On more than one occasion in the past ten years, notably after the great floods of the winter"
        " before last, the surveyors found cracks in the main span, but each time the council paid for"
        " repairs and the span was watched closely by its engineers as a result.",
        2,
    ),
    ("With that fact in mind, questions have been raised about whether the repairs were enough.", 2),
    ("Buses will run a longer route around the town until the new crossing opens.", 3),
]


def test_an_in_view_opening_on_a_sentence_no_bullet_says_gives_way() -> None:
    scored = en_story_scored(_IN_MIND)
    chosen = [0, 2]
    assert placed_picks(scored, [2, 3], [2], chosen, np.ones(len(_IN_MIND))) == [3]
    assert chosen == [0, 3]
