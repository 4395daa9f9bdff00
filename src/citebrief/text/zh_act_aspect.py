"""A Chinese news group's title that is a bare verbal noun ("通关", tagged vn) gives way to the
act with the aspect its bullets measure it by, as a bullet writes the two together ("通关效率"
over five bullets on how fast athletes and their gear clear customs: a one-stop check of 25
seconds, a dual channel of 15, clearance "efficiency doubled", a special lane).

Blind readers of zh-news marked such a title weak: it names an act the whole story is about, not
what this group says of it. The sure reading is narrow: the verbal noun said in half the group's
bullets at least (the group is about that act), and one bullet writing it right before a noun of
`data/zh_act_aspects.tsv` that ends the phrase (efficiency, mechanism, scale, survival rate: the
side of an act a story measures or sets up; "通关效率|提升"). Other nouns after an act are one
occasion's detail ("直播专业术语" a student learned) and stay out, as do bare verbs (`zh_thing_act`
and the object steps read those). The phrase: 3–12 characters, on word boundaries and cleanly
cut in a paragraph, no place or poor shape, free of the titles given (`zh_shared_act.fits`); of
several, the one the paragraphs say most, then the first written; else the title stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import fits

MIN_SHARE = 0.5  # of the group's bullets saying the act: the group is about it
MIN_BULLETS = 2
# a noun after the aspect makes the pair a modifier of a longer run ("通关效率|指标")
_NOUN_AFTER = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "ns", "nt", "an", "eng", "l"})


@cache
def _aspects() -> frozenset[str]:
    """The nouns of an act's measured side (`data/zh_act_aspects.tsv`)."""
    return frozenset(data_lines("zh_act_aspects.tsv"))


def act_aspect_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each bare verbal noun given the aspect its group writes it with (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, _bare_verbal_noun, _act_aspect)


def aspect_act(title: str) -> str:
    """The bare verbal noun of a title this step reads as act and aspect ("通关效率" → "通关"),
    else '': the act the group is about, which a step placing bullets by their title reads."""
    words = tag_zh(title)
    if len(words) == 2 and words[0][1] == "vn" and words[1][0] in _aspects():
        return words[0][0]
    return ""


def _bare_verbal_noun(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One word the tagger reads as a verbal noun, said as a word in half the bullets at least."""
    words = tag_zh(title)
    if len(words) != 1 or words[0][1] != "vn":
        return False
    saying = sum(1 for b in bullets if any(w == title for w, _ in tag_zh(b)))
    return saying >= MIN_BULLETS and saying >= MIN_SHARE * len(bullets)


def _act_aspect(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The act with an aspect noun right after it, as a bullet writes it; '' where none fits."""
    paragraphs = list(dict.fromkeys(texts))
    found = [phrase for bullet in bullets for phrase in _written(title, bullet)]
    ranked = sorted(dict.fromkeys(found), key=lambda p: -sum(t.count(p) for t in paragraphs))
    return next((p for p in ranked if fits(p, bullets, paragraphs, taken)), "")


def _written(title: str, sentence: str) -> list[str]:
    """Each "act + aspect" the sentence writes as two words ending a phrase, in order."""
    words = tag_zh(sentence)
    found = []
    for at in range(len(words) - 1):
        if words[at][0] != title or words[at + 1][0] not in _aspects():
            continue
        if at + 2 < len(words) and words[at + 2][1] in _NOUN_AFTER:
            continue
        found.append(title + words[at + 1][0])
    return found
