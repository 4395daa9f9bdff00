"""A bullet opening on "The <noun>'s" carries the sentence before where that sentence names the
thing under another word of a line of `data/en_owner_synonyms.tsv` (en-xsum 154: "The film's star
…" after "…, which won best movie")."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_owner_before import owner_from_before

BEFORE_MOVIE = "The top prize went to Summer Rain, which was named best movie."
BEFORE_FIRM = "Orbit Foods, a snack maker, said profits fell by a third."


def test_every_row_is_lower_case_single_words() -> None:
    for row in data_lines("en_owner_synonyms.tsv"):
        words = row.split("\t")
        assert len(words) >= 2 and all(word.isalpha() and word.islower() for word in words), row


def test_film_row_reads_movie_before() -> None:
    assert owner_from_before("The film's director also won an award.", BEFORE_MOVIE, [])
    assert owner_from_before("The movie's star thanked fans.", "It won best film on the night.", [])


def test_company_row_reads_firm_before() -> None:
    assert owner_from_before("The company's chief executive resigned.", BEFORE_FIRM.replace("snack maker", "firm"), [])
    assert owner_from_before("The firm's shares fell.", "Orbit Foods is a food company based in Leeds.", [])


def test_not_where_the_brief_above_names_it() -> None:
    assert not owner_from_before("The film's director also won.", BEFORE_MOVIE, ["A film about bees opened."])
    assert not owner_from_before("The film's director also won.", BEFORE_MOVIE, ["Three movies were shown."])


def test_not_without_a_synonym_before() -> None:
    assert not owner_from_before("The firm's shares fell.", BEFORE_FIRM, [])  # "snack maker": no word of the line
    assert not owner_from_before("The film's star won.", "A new film, which won best movie, opened.", [])  # same word
    assert not owner_from_before("The team's coach left.", BEFORE_MOVIE, [])  # no line for the noun
    assert not owner_from_before("The film was shown.", BEFORE_MOVIE, [])  # no owner


def test_the_films_bullet_holds_the_sentence_naming_it() -> None:
    from citebrief.engines.extractive import draft_extractive
    from citebrief.ingest import document_from_text

    text = (
        "The Golden Reel awards were handed out in Leeds on Saturday night before 2,000 guests. "
        "The big winner was Summer Rain, which took best movie. The film's director Ana Ruiz also won "
        "best screenplay and thanked her cast on stage. Other winners included Tom Hale, who won best "
        "actor for his role in Cold Harbour. The comedy prize went to Priya Shah for Late Shift. "
        "Organisers said 40,000 fans had voted online this year."
    )
    document = document_from_text(text, origin="t", kind="text")
    bullets = [point.text for group in draft_extractive(document).groups for point in group.points]
    said = next(bullet for bullet in bullets if "The film's director Ana Ruiz" in bullet)
    assert said.startswith("The big winner was Summer Rain")
