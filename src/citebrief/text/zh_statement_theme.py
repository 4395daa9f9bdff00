"""A Chinese speaker's group of one statement, titled by who and what they hope for or pledge.

`zh_speaker_groups` gives each speaker of a news flash a group of their one sentence, titled by
post and name ("天津市商务局负责人", "促进会会长沙恩水"; zh-news 138). A blind reader wanted what
each says ("商务局的期望", "会长表态"): a post and a name say who spoke, not about what.

An official's statement carries its point in a clause of hope or pledge: "希望协会在培育建设国际
消费中心城市中发挥更大作用", "将从服务全市消费流通发展、……等方面做好促进会工作", "也希望更多人
关注、喜爱马术运动". So the first clause of the statement (past the speaker's "……表示，") that opens
on "希望" or "将" (after "也/还/并") gives the theme: its longest run of nouns (the tagger's noun,
verbal-noun, name-of-body and place words), the run's leading verbal nouns dropped while it is
longer than ten characters ("培育建设国际消费中心城市" → "建设国际消费中心城市"), four characters at
least, said on word boundaries and outside quotation marks (a slogan in quotes reads cryptic, as
`zh_speaker_subject` found). The title is "speaker：theme", the speaker being the name after the
post ("沙恩水", "米玛琼达") or, with no name, the body before the post, its leading place word
dropped where the tagger cuts one off ("天津市商务局负责人" → "商务局"). No such clause or run (a vice
mayor's "今年雪顿节秉承……的理念"): the object of a verb of aim ("打造……人才高地", `zh_aim_theme`),
else the caller keeps post and name.
"""

from __future__ import annotations

import re

from citebrief.model import COMPOSED_SEPARATOR
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_aim_theme import CLAUSE_STOPS, MAX_THEME_CHARS, MIN_THEME_CHARS, QUOTED, aim_theme

MIN_BODY_CHARS = 2
_STANCES = ("希望", "将")  # a hope, a pledge
_ADVERBS = ("也", "还", "并")  # "也希望……"
_RUN_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "j", "l"})
_VERBAL = "vn"
_PLACE = "ns"


def stance_theme(statement: str) -> str:
    """The theme of `statement` (its text past the speaker's "……表示，"), or '' (module doc)."""
    for clause in CLAUSE_STOPS.split(statement):
        opening = clause[1:] if clause[:1] in _ADVERBS else clause
        if opening.startswith(_STANCES):
            return _longest_run(clause, statement)
    return ""


def _longest_run(clause: str, statement: str) -> str:
    """The longest noun run of `clause` outside quotation marks fit to title (module doc), else ''."""
    runs: list[list[tuple[str, str]]] = [[]]
    for word, tag in tag_zh(QUOTED.sub("，", clause)):
        if tag in _RUN_TAGS:
            runs[-1].append((word, tag))
        elif runs[-1]:
            runs.append([])
    themes = []
    for run in runs:
        first = 0
        while len("".join(w for w, _ in run[first:])) > MAX_THEME_CHARS and run[first][1] == _VERBAL:
            first += 1
        theme = "".join(w for w, _ in run[first:])
        if MIN_THEME_CHARS <= len(theme) <= MAX_THEME_CHARS and on_word_boundaries(theme, statement, "zh"):
            themes.append(theme)
    return max(themes, key=len, default="")


def speaker_shown(post_end: re.Match[str], title: str, sentence: str) -> str:
    """Who `title` (a post and name: "促进会会长沙恩水", "天津市商务局负责人") shows in a theme title,
    on word boundaries of `sentence`: the name after the post `post_end` found, else with the post
    before it ("会长沙恩水": the tagger cuts 长沙; a one-character post as the word 会长, 局长), else the
    body before the post, past a place word ("商务局"); the whole title where none is on word
    boundaries."""
    name = post_end.group("name")
    if name:
        post = post_end.start() - (post_end.start("name") - post_end.start() == 1)  # 长 → 会长, 局长
        shown = (name, title[max(post, 0) :], title)
        return next(s for s in shown if s == title or on_word_boundaries(s, sentence, "zh"))
    body = title[: post_end.start()]
    words = tag_zh(body)
    if len(words) > 1 and words[0][1] == _PLACE and len(body) - len(words[0][0]) >= MIN_BODY_CHARS:
        body = body[len(words[0][0]) :]
    return body if on_word_boundaries(body, sentence, "zh") else title


def theme_title(shown: str, statement: str, used: set[str]) -> str:
    """ "speaker：theme" for `shown` and the theme of `statement`, or '' where it has none or another
    title (`used`, casefolded) holds it or is part of it."""
    theme = stance_theme(statement) or aim_theme(statement)
    if not shown or not theme or not free_of(theme, used):
        return ""
    return shown + COMPOSED_SEPARATOR["zh"] + theme
