"""en_reports: a title naming what someone wore or a part of the body gives way to what the
group reports, unless the group's bullets are about clothes throughout."""

from citebrief.text.en_reports import attire_title, seen_detail, unglued

COURT = [
    "Arriving for sentencing at Manchester Magistrates Court yesterday dressed in a black blazer and jeans, "
    "Giggs said the offence 'wasn't intentional'",
    "Giggs was then banned from driving for six months, fined £110 and ordered to pay a £20 victim surcharge "
    "and £85 costs",
    "The prosecutor said he was stopped by officers who confirmed no insurance was in force, and the victim "
    "surcharge was added to his costs",
]


def test_seen_detail_reads_the_head() -> None:
    assert seen_detail("Black Blazer")
    assert seen_detail("Brown Eyes")
    assert not seen_detail("Victim Surcharge")
    assert not seen_detail("Eye Test Results")  # headed by "Results"
    assert not seen_detail("")


def test_court_report_title_names_what_the_group_reports() -> None:
    used = {"black blazer"}
    title = attire_title(COURT, COURT, COURT, used, "Black Blazer")
    assert title == "Victim Surcharge"
    assert "victim surcharge" in used and "black blazer" not in used


def test_other_titles_untouched() -> None:
    used = {"driving ban"}
    assert attire_title(COURT, COURT, COURT, used, "Driving Ban") == "Driving Ban"
    assert used == {"driving ban"}


def test_fashion_group_keeps_its_clothes() -> None:
    bullets = [
        "Yesterday it was a Zara biker coat, and this time around it's this stripe skirt from Topshop",
        "When teamed with her pork pie hat and black ankle boots, she's got city chic sussed",
        "Eugenie recycled her favourite black coat for the second time this week",
    ]
    assert attire_title(bullets, bullets, bullets, set(), "Black Coat") == "Black Coat"


def test_glued_title_keeps_the_side_the_text_says_most() -> None:
    texts = [
        "Johnny McGurk appeared in court accused of theft from quarry firm Patrick Bradley Ltd.Mr McGurk, an "
        "accountant, was released on bail. Mr McGurk was also accused of 36 counts of fraud."
    ]
    used = {"patrick bradley ltd.mr mcgurk"}
    assert unglued("Patrick Bradley Ltd.Mr McGurk", texts, used) == "Mr McGurk"
    assert used == {"mr mcgurk"}


def test_unglued_leaves_initials_and_plain_titles() -> None:
    used: set[str] = set()
    assert unglued("J.K. Rowling", ["J.K. Rowling wrote it"], used) == "J.K. Rowling"
    assert unglued("Victim Surcharge", ["a victim surcharge"], used) == "Victim Surcharge"
    assert used == set()
