"""An article in Latin letters that is not English (Welsh: en-xsum 46, 110) titled by where its
groups stand, not by phrases of a language the title rules cannot read.

Language detection tells Chinese from the rest only, so a Welsh page reaches the English engine.
Its sentences are still the article's own and its citations still hold, so the brief keeps them:
an analyst who reads the language, or pastes a bullet into a translator, finds the points and their
places. Its titles are another matter: the English rules take words like "Ar Hyn" (Welsh "at
this") or "Yn Dweud" ("is saying") for a noun phrase and show them as a theme, a claim about
the article no one checked. So where English function words are nearly absent
(MAX_ENGLISH_SHARE of the Latin words: on en-xsum and en-cnndm every English article has at
least 6%, these two under 0.2%), each group is titled by the passages or paragraphs it cites
("Passages 3–4"), and a warning says why; a title that a bullet writes as it stands, capitals
and all, after its first word is a name and stays ("Rodfa Llanelwy", a street in en-xsum 110).
Called on the extractive engine's finished brief (`engines._draft_extractive`).
"""

from __future__ import annotations

from citebrief.model import EN_OVERVIEW_LABEL, Brief, Document
from citebrief.text.chunks import word_list
from citebrief.text.lang import LATIN_WORD

# the commonest English words that are no word of another Latin-script language we meet ("a", "i",
# "o", "yn" are Welsh too)
_ENGLISH = frozenset(
    word_list(
        "the of and to in is was that for on it with as he said by at from his are be has have were this not but an"
    )
)
MAX_ENGLISH_SHARE = 0.03
MIN_WORDS = 40  # a shorter text says too little to judge by
WARNING = "the article does not read as English or Chinese: groups are titled by the passages they cite"


def reads_as_english(texts: list[str]) -> bool:
    """Whether the segments' Latin words hold English function words at an English text's rate."""
    words = LATIN_WORD.findall(" ".join(texts).lower())
    if len(words) < MIN_WORDS:
        return True
    return sum(word in _ENGLISH for word in words) > MAX_ENGLISH_SHARE * len(words)


def plain_titles(brief: Brief, document: Document) -> Brief:
    """`brief` (the English overview first) as it is, or, for an article in Latin letters that is
    not English (`reads_as_english`), each group titled by the passages or paragraphs it cites."""
    texts = [s.text for s in document.segments]
    if document.lang != "en" or reads_as_english(texts):
        return brief
    unit = "Passage" if brief.citation_unit == "passage" else "Paragraph"
    groups = []
    for k, group in enumerate(brief.groups):
        if _a_name(group.title.removeprefix(EN_OVERVIEW_LABEL), [point.text for point in group.points]):
            groups.append(group)  # "Rodfa Llanelwy": a name, written so in a bullet, reads in any language
            continue
        where = f"{unit}{_cited(sorted({n for point in group.points for n in point.citations}))}"
        overview = k == 0 and group.title.startswith(EN_OVERVIEW_LABEL)
        groups.append(group.model_copy(update={"title": f"{EN_OVERVIEW_LABEL}{where}" if overview else where}))
    if groups == brief.groups:
        return brief
    return brief.model_copy(update={"groups": groups, "warnings": [*brief.warnings, WARNING]})


def _a_name(title: str, bullets: list[str]) -> bool:
    """Whether `title` is written as it stands inside a bullet, after its first word: a name
    ("… ar Rodfa Llanelwy, Bae Cinmel …"), not words the title rules capitalised ("Ar hyn o bryd")."""
    return any(f" {title}" in bullet for bullet in bullets)


def _cited(numbers: list[int]) -> str:
    """What follows "Passage" for these numbers: " 3", "s 3–5" (a run), "s 1, 3"."""
    if len(numbers) == 1:
        return f" {numbers[0]}"
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"s {numbers[0]}–{numbers[-1]}"
    return "s " + ", ".join(map(str, numbers))
