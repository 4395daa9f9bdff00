"""A Chinese news group's title that is still one broad common noun, no longer phrase holding it
found (`zh_bare_noun_title`), gives way to the name two or more of its bullets write: "郑家嘴",
the place the family's clue named, not "地名" (zh-news 11); "农家乐" over the village's guesthouse
keepers, not "经营户" (zh-news 52).

Such a title says what kind of thing the group is about; the name its bullets keep to says which
one, and that is what the reader looks for. The name: a word the tagger reads as a name (ns, nz,
nr, nrt, nrfg), with up to two noun words after it that it heads ("郑家|嘴"), no noun going on
after; written as words by MIN_BULLETS bullets of the group and by no bullet of another group or
of the overview (there it is the brief's subject, "大运会", not this group's). A person the
group's paragraphs have speak ("杨春娟说") is whose words the group quotes, not its theme, and
gives no title. 3–12 characters, cleanly cut, free of the titles given (`zh_shared_act.fits`).
Of several, the one more bullets write, then the longer, then the first written.
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bare_noun_title import bare_noun
from citebrief.text.zh_feature_names import speaks
from citebrief.text.zh_shared_act import fits

MIN_BULLETS = 2  # a name one bullet writes is that bullet's detail
MAX_TAIL_WORDS = 2  # noun words a name may head ("郑家|嘴")
_NAME_TAGS = frozenset({"ns", "nz", "nr", "nrt", "nrfg"})
_TAIL_TAGS = _NAME_TAGS | {"n"}


def bare_noun_names(
    titles: list[str], own: list[GroupTexts], used: set[str], overview_bullets: tuple[str, ...]
) -> list[str]:
    """`titles` with each one-word common noun given the name its group's bullets keep to (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`: the
    titles given (casefolded), which follows each change; `overview_bullets`: the overview's."""
    return each_swapped(titles, own, bullets_with_overview(own, overview_bullets), used, bare_noun, _kept_name)


def bullets_with_overview(groups: list[GroupTexts], overview_bullets: tuple[str, ...]) -> list[list[str]]:
    """Each group's bullets (none for a heading's group), then the overview's: `each_swapped`'s
    `bullets_of` for a bare noun's step, whose phrase is no other group's nor the overview's
    (this one and `zh_bare_noun_modifier`)."""
    return [group[0] if group is not None else [] for group in groups] + [list(overview_bullets)]


def _kept_name(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The name MIN_BULLETS of the group's bullets write and no other group's (module docstring); '' where none fits."""
    writing: dict[str, set[int]] = {}
    for at, bullet in enumerate(bullets):
        for name in _names_in(bullet):
            writing.setdefault(name, set()).add(at)
    paragraphs = list(dict.fromkeys(texts))
    ranked = sorted(writing, key=lambda n: (-len(writing[n]), -len(n)))  # stable: first written on ties
    for name in ranked:
        if len(writing[name]) < MIN_BULLETS:
            break
        if any(name in other for other in others) or any(speaks(name, p) for p in paragraphs):
            continue
        if fits(name, bullets, paragraphs, taken):
            return name
    return ""


def _names_in(sentence: str) -> list[str]:
    """Each name the sentence writes as words, with the noun words it heads and no noun going on after."""
    words = tag_zh(sentence)
    found = []
    for start, (_, tag) in enumerate(words):
        if tag not in _NAME_TAGS:
            continue
        for end in range(start, min(len(words), start + MAX_TAIL_WORDS + 1)):
            if words[end][1] not in _TAIL_TAGS:
                break
            if end + 1 < len(words) and words[end + 1][1] in _TAIL_TAGS:
                continue  # the front of a longer run
            found.append("".join(w for w, _ in words[start : end + 1]))
    return found
