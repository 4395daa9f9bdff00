"""Where, in one sentence the splitter left whole, a caption ends and a sentence begins: the
spaces caption_runons offers, each judged by captions._is_cut (the word-level rules), and in a
piece that opens as a caption also after a place ("… at the Crucible Marteel approached …").
Apart from captions.py, whose word rules the other caption modules import, so that the cutting
loop and its place rules can grow without that module growing past its seams."""

from __future__ import annotations

import re

from citebrief.text import caption_runons as runons
from citebrief.text.article_scope import recurring
from citebrief.text.caption_lines import caption_opening
from citebrief.text.caption_plain_restarts import plain_restart
from citebrief.text.caption_relative_heads import headless_clause
from citebrief.text.caption_repeats import repeat_index
from citebrief.text.caption_scores import score_cut
from citebrief.text.caption_unfinished import unfinished_phrase
from citebrief.text.captions import (
    _CAPITALISED,
    _FUNCTION,
    _HONORIFICS,
    _PARENTHETICAL,
    BEFORE_TITLE,
    MIN_SIDE_WORDS,
    OPENERS,
    _after_place,
    _bare,
    _finite_verb,
    _introduces_name,
    _is_cut,
    glued_stop,
)
from citebrief.text.en_chunks import word_classes

# nouns of time a caption may end on before a name ("… this season Ben's arrival came …")
_TIME_NOUNS = frozenset({"season", "year", "week", "month", "night", "day", "weekend", "morning", "afternoon"})


def _cut_in_caption(words: list[str], index: int, text: str) -> bool:
    """In a piece that opens as a caption (text/caption_lines.py), the sentence glued after it may
    start after a place too: a name and a finite verb ("… at the Crucible Marteel approached …",
    "… in Sheffield Ali Carter continued …"), a possessive name, its noun and a verb ("… this
    season Ben's arrival came …"), an opener before a common word ("… of K2 Her decision to …")
    or a spoken sentence ("… in Bahrain 'There was a point …")."""
    previous, word = words[index - 1], words[index]
    last = _bare(previous)
    if not _may_end_caption(previous, last):
        return False
    if previous[:1].islower():
        if _introduces_name(words, index - 1) and last not in _TIME_NOUNS:
            return False  # "by referee Marteel", "striker Glenn Murray"
    elif not _after_place(words, index):
        return False  # "manager Pep Guardiola celebrates": a name's first half, not a place
    if word[:1] in "‘'\"“":
        spoken = words[index + 1 : index + 5]
        return word[1:2].isupper() and sum(w[:1].islower() for w in spoken) >= 2
    if word.endswith(",") and previous[:1].islower() and "ADV" in word_classes(word[:-1]):
        return True  # "… ahead of Wednesday's FA Cup replay | Indeed, Bowyer's options are …"
    after = words[index + 1] if index + 1 < len(words) else ""
    if _bare(word) in OPENERS and _bare(word) not in {"In", "On", "A", "An", "As"}:
        return after[:1].islower() and _bare(after).lower() not in _FUNCTION
    position = _name_run(words, index)
    if position == index:
        return False
    if previous[:1].isupper() and not _named_alone(last, [_bare(w) for w in words[index:position]], text):
        return False  # "the Harry Potter films": one title
    if position < len(words) and _PARENTHETICAL.match(words[position]):
        position += 1
    if words[position - 1].endswith(("'s", "’s", "s'", "s’")):
        for _ in range(2):  # "Ben's arrival came", "Gomis' injury has come"
            if position < len(words) - 1 and words[position][:1].islower() and not _finite_verb(words[position]):
                position += 1
    following = words[position + 1] if position + 1 < len(words) and previous[:1].islower() else ""
    if position >= len(words) or not _finite_verb(words[position], following):
        return False  # after a place: "films" no verb
    return not unfinished_phrase(words, index)  # "the very first | Barbie Doll will …"


def _may_end_caption(previous: str, last: str) -> bool:
    """Whether `previous` (`last` bare) may be a caption's last word before a sentence glued after
    it: no comma, colon or possessive on it, no word a title or name goes on after, no figure."""
    if previous.endswith((",", ":", ";", "-", "'s", "’s", "s'", "s’")) or last.lower() in BEFORE_TITLE:
        return False
    return not (previous[:1].isdigit() or last in _HONORIFICS or last in OPENERS)


def _named_alone(previous: str, names: list[str], text: str) -> bool:
    """The name after a place is named elsewhere too, and the place and the name never recur
    together ("Crucible Marteel": Marteel elsewhere; "Old Trafford" recurs, so no cut inside it)."""
    text = recurring(text)
    if text.count(f"{previous} {names[0]}") != 1:
        return False
    return any(  # a name written fewer than twice needs no pattern compiled
        len(name) > 2 and text.count(name) >= 2 and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2
        for name in names
    )


def _name_run(words: list[str], index: int) -> int:
    """Where the run of one to four capitalised words (no comma, no opener) from `index` ends."""
    position = index
    while position < len(words) and position - index < 4 and _CAPITALISED.match(words[position]):
        if position > index and words[position] in OPENERS:
            break  # "Grand Prix It was": the run ends before "It"
        position += 1
    return position


def caption_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ends and a sentence begins; a
    reviewer's score opening it ends there too (`caption_scores`: "7/10 | Actinica Lotion …")."""
    scored = score_cut(text, start, end)
    return _caption_cuts(text, start, end) if scored is None else [scored, *_caption_cuts(text, scored, end)]


def _caption_cuts(text: str, start: int, end: int) -> list[int]:
    missed = runons.stops_before_month(text, start, end) if "." in text[start:end] else []
    candidates = sorted(runons.capital_spaces(text, start, end) + missed)
    if not candidates:
        return []
    sentence = text[start:end]
    words = sentence.split()  # the runs of \S+ (str.split's spaces are the pattern's)
    piece = start + len(sentence) - len(sentence.lstrip())  # where the current piece's first word starts
    cuts: list[int] = []
    retold = repeat_index(words)  # "… his then wife Natasha | In January, Giggs spoke …" (text/caption_repeats.py)
    last = index = 0  # the first word of the current piece; the word at `offset`
    counted = start  # words before here are counted in `index`
    opens_caption: bool | None = None  # whether it opens as a caption: read where needed, once a piece
    for offset in candidates:  # each the start of a word, after a space
        index += len(text[counted:offset].split())
        counted = offset
        if index > 0 and glued_stop(words[index - 1]):
            continue  # "added.\"If I had …": a sentence the splitter missed, not a caption
        if index - last < MIN_SIDE_WORDS or len(words) - index < MIN_SIDE_WORDS:
            continue
        if runons.month_in_date(words, index):
            continue  # "… came into effect last May provide …": the month ends the date, no sentence opens
        cut = offset in missed or index == retold or _is_cut(words, index, text, offset, end, last)
        cut = cut or plain_restart(words, index, _finite_verb)  # "… more skiers | Skiers on …"
        if not cut and _may_end_caption(words[index - 1], _bare(words[index - 1])):  # asked before the opening
            if opens_caption is None:
                opens_caption = caption_opening(text, piece, end) not in {None, "photo note"}
            cut = opens_caption and _cut_in_caption(words, index, text)
        if cut and headless_clause(words, index, _finite_verb):
            cut = False  # "… one of the first directives | President Barack Obama ordered two months after …"
        if cut:
            cuts.append(offset)
            last, piece = index, offset
            opens_caption = None
    return cuts
