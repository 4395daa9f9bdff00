"""A vague English title's fallback to a thing one bullet says passes over one item of a list
("the Tour de France, the Giro or track sprints") and a phrase set before the sentence's subject
("With her focus on rowing as a teenager, she …"): one of several, or the circumstances, not what
the group tells; "the pace of the race" the paragraphs write is a theme, not a vague view of it
(en-xsum 42, "England Internationals" over how a player adapts to union)."""

from __future__ import annotations

from citebrief.text.en_title_vague import plain_phrase, plain_title, vague_title

MOVE = [
    "Since her move to Leeds was confirmed in May, Ward has been to the velodrome as often as she could.",
    "With her focus on rowing as a teenager, she never followed the Tour de France, the Giro or track sprints.",
    "Ward said she was having to adjust to a new diet and the pace of the race on the road.",
]
TEXTS = [" ".join(MOVE)]


def test_one_bullet_fallback_skips_list_items_and_openers() -> None:
    assert plain_title(MOVE, TEXTS, TEXTS, {"wry grin", "ward"}, "Wry Grin") == "Pace of the Race"


def test_list_item_and_opener_phrase_are_not_plain() -> None:
    assert not plain_phrase("track sprints", TEXTS)
    assert not plain_phrase("focus on rowing", TEXTS)
    assert plain_phrase("new diet", TEXTS)
    # said once more outside the opening phrase: the sentence's own matter
    assert plain_phrase("focus on rowing", [TEXTS[0] + " Her focus on rowing paid off."])


def test_pace_the_paragraphs_write_is_no_vague_view() -> None:
    assert not vague_title("Pace of the Race", TEXTS)
    assert vague_title("Pace of the Race", [])
    assert vague_title("Magnitude of the Race", ["the magnitude of the race"])
