"""An English "He …" whose run of leaning sentences names someone no bullet names gives way."""

from citebrief.text.en_grounding import Leaning, grounded_first, leaning_names, referent_names, subject_names

TEXTS = [
    "O'Neill envisages a team of between eight and 12 running at Aintree.",
    "'Holywell will run in the Betfred Bowl after a great run in the Cheltenham Gold Cup.",
    "He was beaten fair and square - the ground went against us a bit.",
    "He put a lot of effort into his jumping and did not quite get home.",
    "The Grand National fences are now really inviting.",
    "Shutthefrontdoor is the favourite for the race on April 11.",
]
PARAGRAPHS = [1, 1, 1, 1, 2, 3]


def test_a_run_of_pronouns_is_of_the_name_that_opens_it() -> None:
    assert subject_names(TEXTS[1]) == {"Holywell"}
    assert subject_names("In 2012, the daughter of oil workers' union boss Carlos Romero was seen.") == set()
    assert referent_names(TEXTS, PARAGRAPHS, False, 3) == {"Holywell"}
    # the sentence before names him and a bullet carries it: nothing to look for
    assert referent_names(TEXTS, PARAGRAPHS, False, 2) is None
    assert referent_names(TEXTS, PARAGRAPHS, False, 4) is None  # no pronoun
    # a run across paragraphs is no run
    assert referent_names(TEXTS, [1, 1, 2, 3, 4, 5], False, 3) is None


def test_an_unplaced_pronoun_gives_way_where_others_remain() -> None:
    leaning = leaning_names(TEXTS, PARAGRAPHS, False)
    assert leaning == {3: Leaning(1, frozenset({"Holywell"}))}
    assert grounded_first([3, 4, 5], TEXTS, leaning, chosen=[0], want=2) == [4, 5]
    assert grounded_first([3, 4, 5], TEXTS, leaning, chosen=[0], want=3) == [3, 4, 5]  # too few others


def test_a_name_the_brief_says_grounds_it() -> None:
    leaning = leaning_names(TEXTS, PARAGRAPHS, False)
    told = [*TEXTS, "Holywell was fourth in the Gold Cup."]
    assert grounded_first([3, 4, 5], told, leaning, chosen=[6], want=2) == [3, 4, 5]


def test_an_opening_word_is_no_name() -> None:
    # an opening phrase: its subject follows the comma
    assert subject_names("Instead of discussing Nancy Perry's classroom comments, Scott says that she showed him.") == {
        "Scott"
    }
    assert subject_names("Initially she lived in student accommodation in the city.") == set()  # an -ly adverb
    # a caption's label: the picture's line names no subject of the sentences after
    assert subject_names("Dressed to impress: Over the years she has become known as the Bongo Lady.") == set()
    assert subject_names("In trouble: Altice, pictured at a hearing, allegedly had sex with the boys.") == set()
    # a name that ends in -ly is a name: the word lexicon does not know it as an adverb
    assert subject_names("Kelly said that the club would appeal.") == {"Kelly"}
    assert subject_names("Revealing plans to open a school of nursing, the extremists also disclosed rules.") == set()
    # someone's thing is the subject, not the someone
    assert subject_names("The Filipino's promoter says that the draft contract is different.") == set()
    assert subject_names("Venky's have previously adopted a strong stance on possible outgoings.") == {"Venky's"}


def test_a_run_that_names_an_opener_places_no_pronoun() -> None:
    texts = [
        "Initially she lived in student accommodation in the city but says that work enabled her to move.",
        "'It was an overcrowded, noisy flat with other students,' she said of her halls.",
        "She moved into her own home after she began to advertise her services.",
    ]
    assert referent_names(texts, [1, 1, 1], False, 2) is None


def test_another_persons_pronoun_on_the_way_places_none() -> None:
    texts = [
        "Instead of discussing Nancy Perry's classroom comments, Scott says that she showed him propaganda.",
        "'She showed it to me and said, \"See, Obama is a baby killer.",
        "He aborts babies at nine months old.\"' Superintendent Ledbetter said Perry was already retiring.",
        "The board met on Monday to hear the complaint.",
        "Ledbetter apologized for the actions of Perry's husband.",
        "Scott said he requested a parent-teacher conference.",
    ]
    # "he" is Obama, not Scott: a brief that names Scott does not place it
    assert referent_names(texts, [1, 1, 1, 2, 3, 4], False, 2) == set()
    leaning = leaning_names(texts, [1, 1, 1, 2, 3, 4], False)
    assert grounded_first([2, 3, 4], texts, leaning, chosen=[5], want=2) == [3, 4]
    # "He … | He …" is one person's run: the name that opens it places them
    assert referent_names(TEXTS, PARAGRAPHS, False, 3) == {"Holywell"}


def test_the_latter_is_placed_by_no_name() -> None:
    texts = [
        "Revealing plans to open a school of nursing in Raqqa, the extremists also disclosed the rules.",
        "Among them are rules that applicants are no more than 25 years of age.",
        "The latter rule is something that even the NHS has yet fully put in place.",
    ]
    assert referent_names(texts, [1, 1, 1], False, 2) == set()
