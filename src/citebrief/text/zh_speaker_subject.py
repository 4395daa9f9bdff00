"""A Chinese news group of one person's statements, titled by what they speak about, not by who.

A group of a news item's runs is often one official's or expert's remarks at a forum: "……生态
安全屏障仍然面临……生态风险。”……主任赵新全表示", "赵新全在论坛上表示……", "赵新全说……", "赵新全
提出……". Its title picker finds the name the widest-spread phrase, and `zh_person_role` shows it
with his post ("重点实验室主任赵新全"). Blind readers marked that title worse than a theme: a post
and a name say who spoke, not what his four bullets are about (ecological risks, restoration,
research bases, a monitoring platform) — while a profile's group (what the craftsman or the
rail mechanic did) is about the person, and keeps the name.

So where a theme group's title is a person's name alone and more than half its bullets are the
person speaking (the name, then within a few characters and no comma a verb of saying:
"赵新全表示", "叶卫红在开营仪式上表示", "叶卫红希望"; not "周俊的生父说"), a rare noun (background
IDF ≥ 8, no place or name, as `zh_subject_merge` reads them) said by more than half the bullets
and by two at least names the group instead: the longest run of nouns around it (eight characters
at most) that two bullets say on word boundaries ("生态安全屏障", not bare "屏障"); else the noun
itself where it has three characters or more; else the first longest such run the first statement
writes ("儿童过敏": a doctor's statements share only the bare "过敏"). A word the tagger reads as a
person's name but a bullet also writes at the front of a longer word ("过敏" beside "过敏原",
"过敏性") is a common word its dictionary lacks, and counts as a noun here. Nothing fits, or the
phrase holds or is part of another title: the name stays (and gets its role). The speaker's own
quoted term ("“名士之乡”" over an official's remarks on the city's talent) was read as a cryptic
slogan, worse than her post and name: no title comes from inside quotation marks. No noun fits:
the first statement's object of a verb of aim, outside quotes, shows with the name ("叶卫红：人才
高地", `zh_aim_theme`), else the name stays.

Reads Chinese news and features (the caller passes no text otherwise).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from citebrief.engines.zh_subject_merge import rare_words, subject_words
from citebrief.model import COMPOSED_SEPARATOR
from citebrief.text.speech_verbs import speech_verbs
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_aim_theme import aim_theme

LOOK_AHEAD = 12  # characters after the name in which its verb of saying falls ("在开营仪式上表示")
MIN_BULLETS = 2  # a noun said by one bullet names no group
MAX_TITLE_CHARS = 8
MIN_NOUN_CHARS = 3  # a bare noun of two characters ("屏障") is too thin a title alone
_STOPS = "，。；！？：,;!?"
_OWN_VERBS = ("提出", "希望", "致辞")  # an official's saying beyond the speech-verb table
_PHRASE_TAGS = frozenset({"n", "nz", "an", "vn", "j", "nt"})  # a subject phrase's pieces: no place, no name


@cache
def _saying_verbs() -> tuple[str, ...]:
    """Verbs of saying: the speech-verb table's, every use, and an official's own."""
    return (*(row.verb for row in speech_verbs()), *_OWN_VERBS)


def speaks(name: str, text: str) -> bool:
    """Whether `text` has `name` speak: the name, then within `LOOK_AHEAD` characters, no stop
    and no "的" between (not "周俊的生父说"), a verb of saying."""
    start = text.find(name)
    while start >= 0:
        after = text[start + len(name) : start + len(name) + LOOK_AHEAD + 4]
        for stop in _STOPS:
            after = after.split(stop, 1)[0]
        verbs = [after.find(verb) for verb in _saying_verbs() if verb in after]
        first = min(verbs, default=-1)
        if 0 <= first <= LOOK_AHEAD and "的" not in after[:first]:
            return True
        start = text.find(name, start + 1)
    return False


def speaker_subject(name: str, bullets: Sequence[str], used: set[str]) -> str:
    """The subject phrase that titles a group of `name`'s statements (`bullets`), or '' where the
    group is no such group or no phrase fits (module doc). `used`: the brief's other titles,
    casefolded, which the phrase may not hold nor be part of."""
    if len(bullets) < MIN_BULLETS:
        return ""
    spoken = [b for b in bullets if speaks(name, b)]
    if len(spoken) * 2 <= len(bullets):
        return ""
    nouns = [subject_words(b) | _unknown_words(name, b) for b in bullets]
    rare = rare_words(frozenset().union(*nouns))
    counts = Counter(w for said in nouns for w in said & rare)
    most = [w for w, n in counts.items() if n >= MIN_BULLETS and n * 2 > len(bullets)]
    for noun in sorted(most, key=lambda w: (-counts[w], -len(w), w)):
        phrase = _phrase(noun, bullets, spoken[0])
        if phrase and free_of(phrase, used):
            return phrase
    aim = aim_theme(spoken[0])  # no noun most bullets share: what the first statement aims at
    return name + COMPOSED_SEPARATOR["zh"] + aim if aim and free_of(aim, used) else ""


def _phrase(noun: str, bullets: Sequence[str], first: str) -> str:
    """The title `noun` gives: the longest noun run around it two bullets say, else the noun where
    long enough, else the first run around it the first statement `first` writes (module doc);
    '' where none."""
    runs = {run for b in bullets for run in _runs_around(noun, b)}
    said = {run: sum(on_word_boundaries(run, b, "zh") for b in bullets) for run in runs}
    shared = [run for run, n in said.items() if n >= MIN_BULLETS and run != noun]
    if shared:
        return max(shared, key=lambda run: (len(run), said[run], run))
    if len(noun) >= MIN_NOUN_CHARS:
        return noun
    own = sorted((run for run in _runs_around(noun, first) if len(run) > len(noun)), key=first.find)
    return max(own, key=len, default="")


def _unknown_words(name: str, text: str) -> frozenset[str]:
    """Words of `text` the tagger reads as a person's name but `text` also writes glued to the
    front of a longer word ("过敏" beside "过敏原"): a common word its dictionary lacks, not a
    person; never a piece of the speaker's `name`."""
    words = tag_zh(text)
    longer = [word for word, _tag in words]
    return frozenset(
        word
        for word, tag in words
        if tag == "nr"
        and len(word) >= 2
        and word not in name
        and any(other != word and other.startswith(word) for other in longer)
    )


def _runs_around(noun: str, text: str) -> set[str]:
    """Each run of nouns in `text` (tagger words of `_PHRASE_TAGS`, `MAX_TITLE_CHARS` at most)
    that holds `noun` as a word of its own."""
    words = tag_zh(text)
    runs: set[str] = set()
    for at, (word, _tag) in enumerate(words):
        if word != noun:
            continue
        first = at
        while first > 0 and words[first - 1][1] in _PHRASE_TAGS:
            first -= 1
        last = at
        while last + 1 < len(words) and words[last + 1][1] in _PHRASE_TAGS:
            last += 1
        for start in range(first, at + 1):
            for end in range(at, last + 1):
                run = "".join(w for w, _ in words[start : end + 1])
                if len(run) <= MAX_TITLE_CHARS:
                    runs.add(run)
    return runs
