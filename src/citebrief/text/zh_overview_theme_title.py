"""A Chinese news group's title that one bullet says, given the piece of the overview's title
that every one of its bullets says: "古树名木保护", not one bullet's "先进生态文化", over four
bullets on why and how Hangzhou protects its old trees under "长三角古树名木保护论坛" (zh-news 41);
"乌篷船", not one bullet's "历史文化名城", over the boats' full summer and their 5.4万 riders
under "绍兴鲁迅故里乌篷船码头" (zh-news 180).

Every other title step keeps a group off the overview's words ("秦岭生态" under "秦岭生态环境保护"
reads as the same part twice) and off any word another group's bullets say, so where the group's own
theme is the article's (its old trees, its boats) no step may name it, and the title stays one
bullet's detail, which blind readers mark as no theme. A reader does not mind the theme under a
longer overview that names it with more (the forum, the pier): the overview is the event, the group
the thing. So, last, a title one bullet says at most, in a group of three bullets or more, takes the
longest run of whole words of the overview's title that every bullet says: 3 characters or more and
at least 3 fewer than the overview's title (not "机顶盒" under "非法机顶盒", where the two would
read as one); never the overview title's tail, its own thing ("博物馆" of
公众参观博物馆 over a museum's ticketing). A bullet says it where the rest of its sentence does: a
bullet cut at "；" is joined its next clause after the titles are chosen, never one that ends its
sentence. Not a place, person
or body, no role ("退役军人" under "退役军人工作高质量发展" is whom the whole story is about), no
word the old title holds already ("机器人产业" over 机器人 stays), on word boundaries and cut
cleanly in a paragraph, free of the other groups' titles (those this step gave among them: one
"乌篷船" a brief). A group two of whose bullets say the overview's whole title is the overview's own
story ("上海市产业青年创新大赛" over the contest's opening), and its title stays. As pasted, 2 of
zh-news' 200 briefs change (41, 180), none of zh-clts or zh-policy; in the bench's paragraphs
2 of 456 (41 and 180 again).

Tried and left: the overview's word with the word the first bullet writes before it ("海上|风电" of
风电机组) gave zh-news 47 "海上风电" for "福建省清洁能源装机容量", and a blind reader found it the whole
article's topic again, hardly apart from the overview's "风电机组": the old title, naming the group's
capacity figures, read better.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, cleanly_cut, each_retitled, free_of, on_word_boundaries, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_shared import office, where

MIN_BULLETS = 3  # "every" bullet of a pair is the pair steps' business
MIN_CHARS = 3
_SENTENCE_END = LazyPattern(r"[。！？]")
SHORTER_BY = 3  # "机顶盒" under "非法机顶盒" reads as the overview again
_NAME_TAGS = frozenset({"ns", "nsf", "nr", "nrt", "nrfg", "nt"})
_FRONT_TAGS = frozenset({"ns", "nsf", "nt"})
_THING_TAGS = frozenset({"l", "j", "vn", "s"})


def overview_theme_titles(titles: list[str], own: list[GroupTexts], used: set[str], shown: str) -> list[str]:
    """Each title one bullet says at most, else as it is, given the piece of the overview's title
    (`shown`) every bullet of its group says (module docstring); `own`: each group's bullets and
    paragraphs, None for a heading's group; `used`: the titles given (casefolded), which it updates."""
    runs = candidate_runs(shown)
    if not runs:
        return titles
    theme = partial(_theme, runs=runs, shown=shown, used=used, given=list(titles))
    return each_retitled(titles, own, used, one_bullets, theme)


Run = tuple[str, list[tuple[str, str]]]  # a phrase and its tagged words


def candidate_runs(shown: str) -> list[Run]:
    """The runs of whole words of `shown` 3 characters or more and 3 fewer than it, longest
    first; never its tail ("博物馆" of 公众参观博物馆: the overview's own thing)."""
    words = [(w, tag) for w, tag in tag_zh(shown)]
    found = []
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            run = "".join(w for w, _ in words[i:j])
            if MIN_CHARS <= len(run) <= len(shown) - SHORTER_BY and not shown.endswith(run):
                found.append((run, words[i:j]))
    return sorted(found, key=lambda r: -len(r[0]))


def _sentence(bullet: str, texts: list[str]) -> str:
    """The bullet with the rest of its sentence in a paragraph: a bullet cut at "；" is joined its
    next clause after the titles are chosen."""
    if bullet.rstrip('”’"）)').endswith(("。", "！", "？")):  # a whole sentence: no clause goes on
        return bullet
    body = bullet.rstrip("；")
    for text in texts:
        at = text.find(body)
        if at >= 0:
            rest = _SENTENCE_END.split(text[at + len(body) :], maxsplit=1)[0]
            return body + rest
    return bullet


def named_run(words: list[tuple[str, str]]) -> bool:
    """True for a run of names ("温云鹏") or one a place or body opens ("长三角古树名木"); the
    tagger's odd name inside a thing ("古树名|木") does not make it one."""
    return words[0][1] in _FRONT_TAGS or all(tag in _NAME_TAGS for _, tag in words)


def opens_on_thing(words: list[tuple[str, str]]) -> bool:
    """True for a run opening on a noun, not on an act or a modifier: "进|博会" of
    进博会企业商业展 is the tagger's act and the event the overview's part belongs to (zh-news 67)."""
    return words[0][1].startswith("n") or words[0][1] in _THING_TAGS


def one_bullets(title: str, bullets: list[str]) -> bool:
    """A group of three or more whose title one bullet says at most."""
    return len(bullets) >= MIN_BULLETS and sum(title in b for b in bullets) <= 1


def _theme(
    title: str,
    bullets: list[str],
    texts: list[str],
    taken: set[str],
    *,
    runs: list[Run],
    shown: str,
    used: set[str],
    given: list[str],
) -> str:
    """The longest run of `runs` (the candidates, longest first) every bullet, or the rest of its
    sentence, says (module docstring), as the title; '' when none."""
    if sum(shown in b for b in bullets) >= 2:  # the overview's own story
        return ""
    others = other_titles(title, taken, shown, given)
    title_words = {w for w, _ in tag_zh(title) if len(w) >= 2}
    said = [(b, _sentence(b, texts)) for b in bullets]
    for run, words in runs:
        if not all(run in bullet or run in sentence for bullet, sentence in said):
            continue
        if not opens_on_thing(words) or not fits_group(run, words, bullets, others):
            continue
        if any(w in title_words for w, _ in words):
            continue
        if given_run := give_run(run, title, texts, given, used):
            return given_run
    return ""


def other_titles(title: str, taken: set[str], shown: str, given: list[str]) -> set[str]:
    """The titles a run for `title`'s group must be free of (casefolded): the other groups' titles,
    given before (`taken`) or in this step (`given`); the overview's title `shown` and its forms
    ("绍兴鲁迅故里乌篷船") are no bar, being what the run is cut from."""
    return {u for u in taken if u not in shown.casefold()} | {t.casefold() for t in given if t and t != title}


def fits_group(run: str, words: list[tuple[str, str]], bullets: list[str], others: set[str]) -> bool:
    """Whether `run` (tagged `words`) may name a group of `bullets`: free of the `others` titles,
    and no person's name, place, body or role, which say who or where, not the group's part of
    the overview's theme."""
    if not free_of(run, others):
        return False
    return not (named_run(words) or where(run, bullets) or office((run,)) or role_word(run))


def give_run(run: str, title: str, texts: list[str], given: list[str], used: set[str]) -> str:
    """`run` as the group's title in `title`'s place where a paragraph (`texts`) writes it whole,
    on word boundaries and cleanly cut; '' where none does. `given` takes it: a later group's bar
    ("乌篷船" is no overview's form); `used` too (`swapped_title`)."""
    if any(on_word_boundaries(run, t, "zh") and cleanly_cut(run, t, "zh") for t in texts if run in t):
        given[given.index(title)] = run
        return swapped_title(title, run, used)
    return ""
