"""An English title that is an outlet's or a page's label (`data/en_outlet_labels.tsv`) one
bullet at most says gives way to a name two bullets say, else to a thing a bullet says
(`en_title_outlet`); a label two bullets say, an event an outlet made and a label with nothing
to take its place stay. Small cases, and en-xsum briefs as pasted."""

from __future__ import annotations

from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.attributed_phrases import attributed_everywhere
from citebrief.text.data_files import data_lines
from citebrief.text.en_title_outlet import outlet_label, outlet_title, overview_outlet
from conftest import shared_article, shared_group_titles

LOAN = [
    "The Dons loaned Smith, 21, to United in July and he has five goals this season.",
    "Scotland Under-21 cap Smith made his Aberdeen debut in 2012 and has scored four times.",
    "\"It's a brilliant acquisition for us,\" boss Jack Ross told St Mirren's official website.",
]
MONITORING = [
    "BBC Monitoring reports and analyses news from TV, radio, web and print media around the world.",
    "You can follow BBC Monitoring on Twitter and Facebook.",
]


def test_the_table_reads_as_kinds_of_labels() -> None:
    kinds = {row.split("\t")[0] for row in data_lines("en_outlet_labels.tsv")}
    assert kinds == {"outlet", "label", "page"}
    assert all(len(row.split("\t")) == 2 for row in data_lines("en_outlet_labels.tsv"))


def test_outlets_programmes_and_pages_are_labels() -> None:
    for label in ("BBC Sport", "BBC Scotland News Website", "BBC's Richard Hamilton", "AP", "Test Match Special"):
        assert outlet_label(label), label
    assert outlet_label("St Mirren's Official Website")


def test_what_an_outlet_did_or_a_word_that_opens_alike_is_no_label() -> None:
    for title in ("BBC Investigation", "AP McCoy", "Sky Lanterns", "Scores of Rebel Websites", "Apple"):
        assert not outlet_label(title), title


def test_a_page_label_gives_way_to_the_name_two_bullets_say() -> None:
    used = {"st mirren's official website"}
    assert overview_outlet("Key points: St Mirren's Official Website", LOAN, LOAN, used) == "Key points: Smith"
    assert used == {"st mirren's official website", "smith"}


def test_a_label_two_bullets_say_stays() -> None:
    used = {"bbc monitoring reports"}
    assert outlet_title(MONITORING, MONITORING, MONITORING, used, "BBC Monitoring Reports") == "BBC Monitoring Reports"


def test_a_label_with_nothing_in_its_place_stays() -> None:
    bullets = ["Coverage will be on BBC iPlayer and the BBC Sport website and app.", "Greece won 92-64."]
    assert outlet_title(bullets, bullets, bullets, {"bbc sport website"}, "BBC Sport Website") == "BBC Sport Website"


def test_xsum_overviews_name_the_story_not_where_it_was_told() -> None:
    assert shared_group_titles("en-xsum.jsonl", 0)[0] == "Key points: Smith"
    assert shared_group_titles("en-xsum.jsonl", 17)[0] == "Key points: England v Pakistan"  # not "Test Match Special"
    assert shared_group_titles("en-xsum.jsonl", 118)[0] == "Key points: Competition"  # not "BBC Sport"
    assert shared_group_titles("en-xsum.jsonl", 161)[0] == "Key points: Veterinary Medicine Studies"


def test_an_xsum_group_is_titled_by_what_it_tells() -> None:
    # s49o's BBC quotation reading (en_quote_reading) regrouped en-xsum 113 ("Cab" before); the test
    # still guards that the outlet does not title the group whose bullet tells the BBC Scotland news
    # website (pinned: a "!=" of the outlet's title passed for any other title)
    # s50r: "Blue Drill Hall" is the cut tail of the venue "Out of the Blue Drill Hall" (titles.cleanly_cut)
    # s280s: "Ryan Walls", the man the lead opens on, not the festival his pictures were taken at
    # s300h: "Mr Walls' Pictures", not the epithet's "Father-of-three's Pictures" (en_title_epithet_owner)
    assert shared_group_titles("en-xsum.jsonl", 113) == ["Key points: Ryan Walls", "Mr Walls' Pictures"]
    # en-xsum 156's BBC Monitoring sign-off is page furniture since s49f (en_page_furniture.tsv), so no
    # group tells of the desk now; its groups still take no title from the outlet that told the story
    assert not any("BBC" in title for title in shared_group_titles("en-xsum.jsonl", 156))


def test_a_word_the_paragraphs_write_in_lower_case_is_no_name() -> None:
    bullets = ['"It\'s over," he said, It was late.', "It rained, It said nothing.", "The BBC Sport page."]
    texts = [*bullets, "it was late."]
    assert overview_outlet("Key points: BBC Sport", bullets, texts, {"bbc sport"}) != "Key points: It"


ARKANSAS = [  # en-xsum 173's overview as settled
    "Police in Arkansas wish to unlock an iPhone and iPod belonging to two teenagers accused of killing a couple,"
    " according to the Associated Press (AP).",
    "However, the company refused, arguing it would be wrong to compromise the security of one of its devices"
    " since that might lead to vulnerabilities in many other iPhones.",
    "Less than a day after its San Bernardino announcement, the FBI agreed to help in the homicide case.",
]
ODAH = [  # en-xsum 71's group as the benches cut it
    "Mr Odah boarded a Kuwaiti government plane on Wednesday morning US time.",
    "\"There's no bitterness, there's no anger,\" his lawyer Eric Lewis was quoted as saying by the Associated"
    " Press news agency.",
]


def test_a_label_counts_the_bullets_that_say_it_as_a_word() -> None:
    # "AP" of "(AP)" in one bullet, not of "Apple" in another: it gives way to the name the
    # paragraphs say most ("FBI" four times, "the FBI's" among them; "Arkansas" three)
    texts = [shared_article("en-xsum.jsonl", 173)]
    used = {"ap"}
    assert overview_outlet("Key points: AP", ARKANSAS, texts, used) == "Key points: FBI"
    assert used == {"ap", "fbi"}


def test_a_source_said_only_as_who_quoted_gives_way_like_a_label() -> None:
    assert not outlet_label("Associated Press News Agency")  # no label: the bullet says it as a source
    assert attributed_everywhere("Associated Press News Agency", ODAH)
    texts = split_paragraphs(shared_article("en-xsum.jsonl", 71).strip(), "en")
    title = outlet_title(ODAH, texts, texts, {"associated press news agency"}, "Associated Press News Agency")
    assert title == "Government"  # widened by the later steps ("Kuwaiti Government Plane", below)


def test_where_no_phrase_fits_the_name_its_paragraphs_say_most_stands_in() -> None:
    bullets = [
        "Coverage will be on BBC iPlayer and the BBC Sport website and app.",
        "The two teams faced off in Patras, Greece, earlier this month, with European title contenders Greece"
        " running out winners, 92-64.",
    ]
    assert outlet_title(bullets, bullets, bullets, {"bbc sport website"}, "BBC Sport Website") == "Greece"


def test_xsum_overviews_of_a_told_outlet_take_the_story_instead() -> None:
    assert shared_group_titles("en-xsum.jsonl", 173)[0] == "Key points: FBI"  # not "AP"
    assert shared_group_titles("en-xsum.jsonl", 170)[0] == "Key points: Greece"  # not "BBC Sport Website"
    cut = "\n\n".join(split_paragraphs(shared_article("en-xsum.jsonl", 71).strip(), "en"))
    brief = draft(document_from_text(cut, origin="x", kind="text"))  # as the benches cut it
    assert [group.title for group in brief.groups][1] == "Kuwaiti Government Plane"  # not the news agency
