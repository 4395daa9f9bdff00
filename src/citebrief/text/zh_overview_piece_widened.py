"""A Chinese news group's title that one bullet says gives way to a piece of the overview's title
that most of its bullets say with the same word beside it: "老马路", not one bullet's "新晋网红", over
four bullets on Shanghai's old roads under "马路生活".

Every title step keeps a group off the overview's words, so where the group's thing is a part of
the overview's title ("马路" of 马路生活) no step may name it, and the title stays one bullet's
detail. The piece alone would read as the overview again; the piece with the word most of the
group's bullets write next to it ("老|马路": a word before it that sorts the thing, or a noun after
it: "茶园|产值") is the group's own part of the overview's thing. The piece is whole words of the
overview's title, not the whole of it (a group saying the overview's whole title is the overview's
own story); the word beside it is a noun, an adjective or a sorting word (no verb: "马路|成为"; no
number nor pronoun: "这些|马路"; no name or place: who or where, not what); the widened form is no
place, body or role, on word boundaries and cleanly cut in a paragraph, free of the other groups'
titles.
"""

from __future__ import annotations

from collections import Counter
from functools import partial

from citebrief.text.titles import GroupTexts, each_retitled
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_overview_theme_title import fits_group, give_run, other_titles

MIN_BULLETS = 2  # a pair whose two bullets write the same form names it as well as a longer group
MIN_PIECE = 2  # characters of the overview's title the piece has: a word
_BEFORE_TAGS = frozenset({"a", "b", "n", "nz", "vn", "ng", "an"})  # "老|马路", "基层|党建"
_AFTER_TAGS = frozenset({"n", "nz", "vn", "ng"})  # "党建|引领" is a verb to the tagger: not taken
Tagged = tuple[tuple[str, str], ...]


def piece_widened_titles(titles: list[str], own: list[GroupTexts], used: set[str], shown: str) -> list[str]:
    """Each title one bullet says at most, else as it is, given a piece of the overview's title
    (`shown`) widened by the word most of its group's bullets write beside it (module docstring);
    `own`: each group's bullets and paragraphs, None for a heading's group; `used`: the titles
    given (casefolded), which it updates."""
    pieces = _pieces(shown)
    if not pieces:
        return titles
    widen = partial(_widened, pieces=pieces, shown=shown, used=used, given=list(titles))
    return each_retitled(titles, own, used, _one_said, widen)


def _pieces(shown: str) -> list[str]:
    """The runs of whole words of `shown`, two characters or more, neither the whole of it nor its
    tail: the overview's own thing ("文化" of 北京中轴线文化), which a word before it only sorts
    ("京味文化" beside 中轴线文化 reads as the overview's kind again, not a part of its story)."""
    if not shown or "：" in shown:
        return []
    words = [w for w, _ in tag_zh(shown)]
    runs = dict.fromkeys("".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    kept = (r for r in runs if MIN_PIECE <= len(r) < len(shown) and not shown.endswith(r))
    return sorted(kept, key=lambda r: (-len(r), shown.find(r)))  # longest first, then as `shown` says them


def _one_said(title: str, bullets: list[str]) -> bool:
    """A group of two bullets or more whose title one of them says at most."""
    return len(bullets) >= MIN_BULLETS and sum(title in b for b in bullets) <= 1


def _forms(piece: str, tagged: Tagged) -> list[tuple[str, Tagged]]:
    """The piece with the word before or after it in one bullet's words (`tagged`), where the piece
    is whole words there and that word may widen it (module docstring); each once, in the order the
    bullet says them, so that forms said as often rank the same on every run."""
    found: dict[tuple[str, Tagged], None] = {}
    for i in range(len(tagged)):
        text = ""
        for j in range(i, len(tagged)):
            text += tagged[j][0]
            if len(text) >= len(piece):
                break
        if text != piece:
            continue
        if i > 0 and tagged[i - 1][1] in _BEFORE_TAGS:
            found[(tagged[i - 1][0] + piece, tagged[i - 1 : j + 1])] = None
        if j + 1 < len(tagged) and tagged[j + 1][1] in _AFTER_TAGS:
            found[(piece + tagged[j + 1][0], tagged[i : j + 2])] = None
    return list(found)


def _widened(
    title: str,
    bullets: list[str],
    texts: list[str],
    taken: set[str],
    *,
    pieces: list[str],
    shown: str,
    used: set[str],
    given: list[str],
) -> str:
    """The widened piece most bullets say (module docstring) as the title; '' when none."""
    if sum(shown in b for b in bullets) >= 2:  # the overview's own story
        return ""
    need = max(2, (len(bullets) + 1) // 2)
    others = other_titles(title, taken, shown, given)
    tagged = [tuple((w, t) for w, t in tag_zh(b)) for b in bullets]
    for piece in pieces:
        if sum(piece in b for b in bullets) < need:
            continue
        counts: Counter[str] = Counter()
        words_of: dict[str, Tagged] = {}
        for words in tagged:
            forms = _forms(piece, words)
            counts.update(list(dict.fromkeys(form for form, _ in forms)))  # once a bullet
            words_of.update(dict(forms))
        for form, said in counts.most_common():
            if said < need or form in shown or shown in form:
                continue
            if not fits_group(form, list(words_of[form]), bullets, others):
                continue
            if run := give_run(form, title, texts, given, used):
                return run
    return ""
