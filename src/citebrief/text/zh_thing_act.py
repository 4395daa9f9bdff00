"""A Chinese news group's title that is a bare verb ("抢修", "捐赠") gives way to the act with the
word its group writes before it, what is done to or by what ("供电设施抢修" over the crews sent to
mend the flooded districts' power lines), or a term of the story's for how ("扫码捐赠" over the
scan-to-donate mark and its options).

Blind readers of zh-news mark a bare act as no theme: it says something is done, not to what. Of
the nine bare acts the title steps left in zh-news 0–199, the bullets write a noun before the act
more often than an object after it, and that order is the sure one: a verb before a noun is as
often the noun's modifier ("抢修力量", "预约名额": the crews, the quota), while nouns before the
act, the act ending the phrase (no noun after it: "应急抢修物资" is the supplies), make one
compound of both. A verbal noun ("投资", tagged vn) names its act as a thing already and stays.

The phrase: the act as a word of a bullet (then of a cited paragraph), nouns before it (a thing's
noun last: "免费预约" is how, not what), not cut from a count ("62处安置"), a negation
("非定向捐赠"), a name ("熊猫馆预约") or a longer run, not quoted as one option's name
("“项目捐赠”"). Sure only where the text fixes it as a term: two nouns or more ("供电|设施") or
said twice in the paragraphs; a lone noun said once is that sentence's occasion ("单场直播").
3–12 characters, on word boundaries and cleanly cut in a paragraph ("将善款捐赠给" is not), no
place or poor shape (`zh_poor_titles`), free of the titles given; else the title stays. As pasted,
2 of 200 zh-news briefs change (89, 127), none of zh-policy or zh-clts; the bench's 3-sentence
paragraphs the same 2 of 456. The other seven stay: no noun before them, or only a modifier's.
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS
from citebrief.text.zh_shared_act import fits

MAX_CHARS = 12  # a run grows no longer than a title may be (`zh_shared_act.fits`)
MIN_TERM_WORDS = 2  # "供电|设施": a compound the text fixes
MIN_SAID = 2  # a lone noun's phrase said twice is a term of the story's, once one sentence's
_RUN_TAGS = frozenset({"n", "nz", "vn", "j"})  # what the nouns before the act may be
_THING_TAGS = frozenset({"n", "nz", "j"})  # the word right before the act: a thing, not a manner ("免费")
# after the act, a noun makes the act its modifier ("抢修|车辆"); before the run, a count, a
# negation or a name means the run is a piece of a longer phrase ("62|处", "非|定向", "大|熊猫馆")
_NOUN_AFTER = frozenset({"n", "nz", "vn", "j", "ng", "nr", "nrt", "nrfg", "ns", "nt", "an", "eng", "m", "q", "l"})
_CUT_BEFORE = frozenset({"m", "q", "h", "nr", "nrt", "nrfg", "ns", "nt", "eng"})


def thing_act_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each bare act given the thing its group writes it with (module docstring);
    `own`: each group's bullets and paragraphs, None for a heading's group; `used`: the titles
    given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, bare_act, _thing_act)


def bare_act(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One word the tagger reads as a verb, no light one: a verbal noun ("投资" over the power
    industry's investment by kind, tagged vn) names its act as a thing already."""
    words = tag_zh(title)
    return len(words) == 1 and words[0][1] == "v" and title not in LIGHT_ACTS


def _thing_act(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The sure phrase of the thing and the act, the bullets' first, then the paragraphs'; of
    several, the one the paragraphs say most, then the longer; '' where none is sure."""
    paragraphs = list(dict.fromkeys(texts))  # a paragraph two bullets come from is one place
    for pool in (bullets, paragraphs):
        found = {phrase: words for sentence in pool for phrase, words in _written(title, sentence).items()}
        ranked = sorted(
            ((sum(p.count(phrase) for p in paragraphs), len(phrase), phrase) for phrase in found),
            reverse=True,
        )
        for said, _, phrase in ranked:
            if (found[phrase] >= MIN_TERM_WORDS or said >= MIN_SAID) and fits(phrase, bullets, paragraphs, taken):
                return phrase
    return ""


def _written(title: str, sentence: str) -> dict[str, int]:
    """Each phrase of nouns and the act `title` the sentence writes, with its count of nouns."""
    words = tag_zh(sentence)
    found: dict[str, int] = {}
    for at, (word, _) in enumerate(words):
        if word != title or (at + 1 < len(words) and words[at + 1][1] in _NOUN_AFTER):
            continue
        first, size = at, len(word)
        while first > 0 and words[first - 1][1] in _RUN_TAGS and size + len(words[first - 1][0]) <= MAX_CHARS:
            first -= 1
            size += len(words[first][0])
        if first == at or words[at - 1][1] not in _THING_TAGS:
            continue
        if first > 0 and words[first - 1][1] in _CUT_BEFORE | _RUN_TAGS:  # a count's, a name's, a longer run's
            continue
        phrase = "".join(w for w, _ in words[first : at + 1])
        before, after = words[first - 1][0] if first else "", words[at + 1][0] if at + 1 < len(words) else ""
        if not (before.endswith("“") and after.startswith("”")):  # "“项目捐赠”": one option's name
            found[phrase] = at - first
    return found
