"""A Chinese news group's title that every bullet saying it names only as where the story's
people went or stayed — an item of a "、" list ("砖瓦厂、窑厂、石灰厂等地") or the place after 到,
至, 在 ("窜至京山市窑山石灰厂") — given the act every bullet reports: "孩子被拐走", not "石灰厂" over
two bullets on a gang that took workers' children from the lime works it posed as workers at
(zh-news 140: both bullets say 拐走).

The covering title step (`title_choice._covering_title`) takes the phrase most bullets say, and
a place both bullets pass through is such a phrase; `zh_shared.shared_events` reads a noun with
the verb after it that the bullets share, which the bullets here do not: the act is written
after its object with 将 ("将工友的孩子拐走", "将……周俊拐走"), and each bullet names its own
object. So the act is read as the rare full verb every bullet says as a word (background IDF 8
or more: 拐走 12.0; no light verb, `zh_action_title`), and the title is that verb with the noun of
two characters or more a bullet writes just before it where the verb closes its clause (the
将/把 order: "孩子|拐走。", titled as the passive "孩子被拐走", not the clause piece "孩子拐走" readers
fault), or just after it, no noun going on; no person's name ("周俊拐走": one child, not the
act). 3–12 characters, on word boundaries and cut cleanly in a paragraph, no place, no poor
shape, free of the titles given (`zh_shared_act.fits`); else the title stays.
As pasted, 1 of 200 zh-news briefs changes (140), none of zh-clts or zh-policy (the bench's
3-sentence paragraphs change none).
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_retitled, starts, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS
from citebrief.text.zh_shared_act import MIN_BULLETS, MIN_IDF, MIN_WORD, fits

# a word the place someone went to or stayed at follows ("窜至|京山市", "到|湖北")
_TOWARDS = frozenset({"到", "至", "在", "赴", "前往", "来到", "抵达"})
_UNITS = frozenset("省市县区镇乡村")  # a place's unit the tagger splits off its name ("云岭|县")
# the passive's mark: "将工友的孩子拐走" read as its object and verb alone, "孩子拐走", is a clause
# cut from its 将 and subject; "孩子被拐走" says the same whole
_DONE_TO = "被"
_DISPOSAL = frozenset({"将", "把"})  # the mark of an object written before its verb ("将|孩子|拐走")
_MATE_TAGS = frozenset({"n", "nz"})  # the thing an act is done to ("孩子"); not a person ("周俊")
_NOUN_GOES_ON = frozenset({"n", "nz", "vn", "j", "ns", "nt", "nr", "nrt", "ng", "eng", "an", "b"})


def placed_act_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each title its bullets name only as a place gone to or a list's item, else as it is, given
    the act every bullet reports (module docstring); `own`: each group's bullets and paragraphs,
    None for a heading's group; `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _placed_only, lambda t, b, x, g: _act_phrase(t, b, x, g, used))


def _placed_only(title: str, bullets: list[str]) -> bool:
    """True when two bullets or more say the title and each says it only as a "、" list's item or
    after a word of going or staying with places between ("至|京山市|窑山|石灰厂")."""
    saying = [b for b in bullets if title in b]
    return len(saying) >= MIN_BULLETS and all(_placed(title, b, at) for b in saying for at in starts(title, b))


def _placed(title: str, bullet: str, at: int) -> bool:
    after = bullet[at + len(title) :]
    if bullet[:at].endswith("、") or after.startswith(("、", "等")):
        return True
    before = tag_zh(bullet[:at])
    k = len(before) - 1
    while k >= 0 and (before[k][1] == "ns" or before[k][0] in _UNITS):  # its places ("京山市|窑山", "云岭|县")
        k -= 1
    return k >= 0 and (before[k][0] in _TOWARDS or before[k][0][-1:] in ("至", "到"))


def _acts(bullets: list[str]) -> set[str]:
    """The rare full verbs (background IDF `MIN_IDF` or more) every bullet says as a word."""
    said = [{w for w, tag in tag_zh(b) if tag == "v" and len(w) >= MIN_WORD and w not in LIGHT_ACTS} for b in bullets]
    verbs = sorted(set.intersection(*said)) if said else []
    if not verbs:
        return set()
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(verbs).tolist()
    return {v for value, v in zip(values, verbs, strict=True) if value >= MIN_IDF}


def _act_phrase(title: str, bullets: list[str], texts: list[str], given: set[str], used: set[str]) -> str:
    """The first act with the noun a bullet writes before it (closing its clause) or after it,
    swapped into `used`; '' where none fits."""
    acts = _acts(bullets)
    for bullet in bullets if acts else []:
        words = tag_zh(bullet)
        for k in range(len(words) - 1):
            (first, first_tag), (second, second_tag) = words[k], words[k + 1]
            after = words[k + 2][1] if k + 2 < len(words) else "x"
            if second in acts and first_tag in _MATE_TAGS and after == "x":  # "孩子|拐走。"
                mate, title_as = first, _as_said(words, k)
            elif first in acts and second_tag in _MATE_TAGS and after not in _NOUN_GOES_ON:
                mate, title_as = second, first + second
            else:
                continue
            phrase = first + second
            if len(mate) >= MIN_WORD and mate not in LIGHT_ACTS and fits(phrase, bullets, texts, given):
                return swapped_title(title, title_as, used)
    return ""


def _as_said(words: list[tuple[str, str]], k: int) -> str:
    """The noun at `k` and the verb after it, "孩子被拐走" where the clause puts the noun before
    its verb with 将 or 把 (the noun is what was done to), as written ("孩子拐走") where not."""
    start = k
    while start > 0 and words[start - 1][1] != "x":
        start -= 1
    (noun, _), (verb, _) = words[k], words[k + 1]
    if any(word in _DISPOSAL for word, _ in words[start:k]):
        return noun + _DONE_TO + verb
    return noun + verb
