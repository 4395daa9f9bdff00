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
("Passages 3–4"); a title that a bullet writes as it stands, capitals and all, after its first
word is a name and stays ("Rodfa Llanelwy", a street in en-xsum 110). Either way the brief warns
that the text is in neither language we brief, with the share found, since a reader of an
English-looking brief of a Welsh page would otherwise take it for one citebrief stands behind.
A word-share test, not a language-identification library: lingua-language-detector (the one
made for this) installs 96 MB and takes 0.85 s to build its detector for all languages, more
than a whole cold run may; the share counts one list of 30 words in a few milliseconds.
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
# en-cnndm and en-xsum 0–199: the median English article has 30% of its Latin words in _ENGLISH
# (the lowest, a table of cricket scores in en-xsum 118, 6.8%; the Welsh en-xsum 46 and 110, under 0.2%)
ENGLISH_PROSE_SHARE = 0.30
MIN_WORDS = 40  # a shorter text says too little to judge by
TITLES_NOTE = "its groups are titled by the passages they cite"


def english_share(texts: list[str]) -> float | None:
    """The share of the segments' Latin words that are common English function words; None for
    a text too short to judge (under MIN_WORDS words)."""
    words = LATIN_WORD.findall(" ".join(texts).lower())
    if len(words) < MIN_WORDS:
        return None
    return sum(word in _ENGLISH for word in words) / len(words)


def reads_as_english(texts: list[str]) -> bool:
    """Whether the segments' Latin words hold English function words at an English text's rate."""
    share = english_share(texts)
    return share is None or share > MAX_ENGLISH_SHARE


def language_warning(share: float) -> str:
    """The warning a brief of a Latin-script text that is not English carries: what was counted,
    against what English prose holds, and what it means for the brief."""
    found = "under 1%" if share < 0.01 else f"{share:.0%}"
    return (
        f"this text does not read as English or Chinese ({found} of its words are common English words"
        f" such as “the” and “of”; English prose has about {ENGLISH_PROSE_SHARE:.0%}):"
        " citebrief briefs only these two languages, so this brief may be poor"
    )


def plain_titles(brief: Brief, document: Document) -> Brief:
    """`brief` (the English overview first) as it is, or, for an article in Latin letters that is
    not English (`reads_as_english`), each group titled by the passages or paragraphs it cites
    and a warning that says the language is not one we brief."""
    if document.lang != "en":
        return brief
    share = english_share([s.text for s in document.segments])
    if share is None or share > MAX_ENGLISH_SHARE:
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
    warning = language_warning(share) + ("" if groups == brief.groups else f"; {TITLES_NOTE}")
    return brief.model_copy(update={"groups": groups, "warnings": [*brief.warnings, warning]})


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
