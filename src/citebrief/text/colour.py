"""Colour in news: a sentence that paints a scene or a mood, or exclaims, rather than reports.

Readers of news briefs mark down a bullet spent on colour ("肉眼可见的热浪在地平线上滚滚袭来。",
"一架架航班平稳降落在跑道上。", "'We all said, 'Look, he's flying!'") while a sentence beside it
that states a figure, a date or an outcome is left out; a group of colour alone gets a poor title
too ("地平线"), since colour shares no theme. Colour is read from the sentence alone, a simple and
documented heuristic: it states no figure (no digit, no count in words), reports no speech and (in
English) names no one who acts, and
either holds a word of the senses or a landscape (`data/zh_colour_words.tsv`,
`data/en_colour_words.tsv`), a Chinese run of one thing after another ("一架架", "一辆辆"), or is a
short exclamation. A Chinese news bullet outside the overview that is colour counts as hollow
(`engines/zh_hollow_swaps.hollow`): it gives way to the nearest sentence with a figure, where one
stands within two paragraphs (a feature's scene with nothing factual near it stays, and the
overview's opening scene is the feature's lead). `bench/colour_bullets.py` counts colour bullets
per set with the same reading.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

NEAR = 1  # paragraphs either side where the competing factual sentence may stand
MIN_FACTUAL_SHARE = 0.25  # below this share of specific sentences the article is a feature: no change
MAX_EXCLAIM_WORDS = 15  # an English exclamation longer than this says something
MAX_EXCLAIM_CHARS = 30  # a Chinese one likewise

_FIGURE_ZH = LazyPattern(
    r"\d|[０-９]|[上数几近][十百千万]|[十百千万亿][余多]|[一二两三四五六七八九十百千万]+(?:岁|名|人|元|吨|亩|公里|米)"
)
_SPEECH_ZH = LazyPattern(r"说|表示|介绍|称|告诉|认为|指出|坦言|透露|回忆")
_RUN_ZH = LazyPattern(r"一([架辆个张艘座棵朵片排群批阵声串道])\1")
_EXCLAIM_ZH = LazyPattern(r"[！!][”’」]?$")
_SPEECH_EN = re.compile(r"\b(?:said|says|told|added|explained|according)\b", re.IGNORECASE)
_EXCLAIM_EN = LazyPattern(r"!\s*['’\"”]*\s*$")
_DIGIT = re.compile(r"\d")
# a name past the sentence's first word ("… by Summer Robertson"), or two capitalised words opening it
_NAMED_EN = re.compile(r"(?<=\w )[A-Z][a-z]+|^[A-Z][a-z]+ [A-Z][a-z]+")


@cache
def _words(name: str) -> tuple[str, ...]:
    return data_lines(name)


@cache
def _en_words() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _words("en_colour_words.tsv"))) + r")\b", re.IGNORECASE)


def is_colour(text: str, lang: str) -> bool:
    """Whether a sentence is colour: scene, mood or a context-free exclamation, with no figure and
    no reported speech (a quotation with its speaker, a figure, says something)."""
    text = text.strip()
    if lang == "zh":
        if _FIGURE_ZH.search(text):
            return False
        if _EXCLAIM_ZH.search(text) and len(text) <= MAX_EXCLAIM_CHARS:
            return True  # "看，它飞起来了！"
        if _SPEECH_ZH.search(text):
            return False
        return _RUN_ZH.search(text) is not None or any(word in text for word in _words("zh_colour_words.tsv"))
    if _DIGIT.search(text):
        return False
    if _EXCLAIM_EN.search(text) and len(text.split()) <= MAX_EXCLAIM_WORDS:
        return True  # "'We all said, 'Look, he's flying!'"
    if _SPEECH_EN.search(text) or _NAMED_EN.search(text):
        return False  # someone said or did something: "Tim Krul was criticised …", "Summer Robertson died …"
    return _en_words().search(text) is not None
