"""An English overview titled by a bare place one key point writes only as where the news
happened gives way to what the key points report (`text/en_overview_place_said.py`); a place the
key points write as a subject, or more than once, stays."""

from __future__ import annotations

from citebrief.text.en_overview_place_said import place_said_overview

# en-xsum 8's key points, as the brief cuts them
ASSAULT = [
    "The victim was queuing for food at the branch in St George's Street, Canterbury at about 02:15 GMT on Friday "
    "when the assault occurred.",
    "Officers have released CCTV images of three men they are keen to speak to regarding the attack.",
    'Det Sgt Barry Carr said: "Fortunately the fire was put out quickly and the victim was not seriously hurt."',
]
# en-xsum 68's
CLADDING = [
    "Sheffield City Council said the cladding at Hanover House was not made of the solid aluminium panels ordered.",
    "The issue was spotted during fire safety tests carried out in the wake of the Grenfell Tower blaze.",
    "The council announced on Monday that a single element of the cladding system, added to the 16-storey tower "
    "block during a recent refurbishment, had failed new fire tests.",
]


def test_a_street_written_only_as_where_gives_way_to_the_lead_event() -> None:
    used = {"st george's street"}
    title = place_said_overview("Key points: St George's Street", ASSAULT, [" ".join(ASSAULT)], used)
    assert title == "Key points: Assault"
    assert "assault" in used
    assert "st george's street" not in used


def test_a_building_gives_way_to_the_thing_two_key_points_write() -> None:
    title = place_said_overview("Key points: Hanover House", CLADDING, [" ".join(CLADDING)], {"hanover house"})
    assert title == "Key points: Fire Tests"


def test_a_head_alone_the_key_points_write_is_no_title() -> None:
    points = [CLADDING[0], "The council said it would act.", "Residents of the council flats were told."]
    title = place_said_overview("Key points: Hanover House", points, [" ".join(points)], set())
    assert title != "Key points: Council"


def test_a_place_written_as_the_subject_stays() -> None:
    points = ["Famed for its cuisine, Vietnam offers an undisputed sensory overload.", "The bikes carry chickens."]
    assert place_said_overview("Key points: Vietnam", points, points, set()) == "Key points: Vietnam"


def test_a_place_two_key_points_write_stays() -> None:
    points = [ASSAULT[0], "Shops in St George's Street closed early.", ASSAULT[1]]
    title = place_said_overview("Key points: St George's Street", points, points, set())
    assert title == "Key points: St George's Street"


def test_a_title_without_its_label_stays() -> None:
    assert place_said_overview("St George's Street", ASSAULT, ASSAULT, set()) == "St George's Street"
