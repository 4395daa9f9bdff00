"""A Chinese news group's title lifted from one bullet's side detail, given up for the body most
of the group's bullets name and no other group's: "国网清流县供电公司" over three bullets on how
that county's power company readies for a typhoon (its patrols, its checks, the repairs it calls
off), not the third one's "检修作业计划".

Readers of zh-news briefs mark a title found in one bullet, away from its opening, as no theme
of the group. `zh_all_said_word`, `zh_most_said_word` and `zh_title_span` give such a group a
rare thing its bullets share, and leave out who acted (a body, a person, a place); where a
report goes body by body (one county's company, then the next) the body is the group's theme
and nothing else is shared. Read from a news group of three bullets or more whose title one
bullet at most says, and not at its opening (where it is that bullet's subject): the longest
run of a body's words (nouns, names, places; 3–12 characters, ending on a body's head such as
公司, 机关, 委员会: `zh_shared.office`) that more than half of its bullets say, whole (not the
front of a longer name, nor the tail of one: "公安局" of 海西州公安局 and 德令哈市公安局),
that no paragraph outside the group's and no other group's bullet says (this group's body, not
the article's: "江西检察机关" over every group of a procuratorate's report stays out, as does
"公安机关" the overview's paragraphs name), on word boundaries in the group's paragraphs and free
of the titles given (the overview's subject among them).

Tried and left out: a person most bullets name (zh-news 102's analyst 田勇 over "港股市场",
the market his three bullets are about: the person is who spoke, not the theme), and a noun
phrase two bullets share beyond the steps above (what is left is a bare word: 器械, 全市, 二期,
气温). Of zh-news' 200 briefs (as `pipeline.draft` writes them) one changes, 161.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_runs, tag_zh
from citebrief.text.zh_all_said_word import retitled
from citebrief.text.zh_shared import office, saying

MIN_CHARS = 3  # "国网" alone names no one body
MAX_CHARS = 12
MAX_WORDS = 6
OPENING = 2  # a title the bullet says within its first characters is its subject, not an aside
# a body's name: nouns, names, places, abbreviations, a verbal noun inside ("供电|公司")
_NAME_TAGS = frozenset({"n", "nt", "ns", "nsf", "nz", "nr", "nrt", "j", "l", "vn", "b", "ng", "eng"})


def named_body_titles(
    titles: list[str],
    groups: list[tuple[list[str], list[str]] | None],
    bullets_of: list[list[str]],
    every_text: list[str],
    used: set[str],
) -> list[str]:
    """Each title, or the body most of its group's bullets name and no other group's, where the
    title is one bullet's side detail (see the module's docstring). `groups`: each group's
    bullets and their paragraphs, None for a group under a heading; `bullets_of`: every group's
    bullets; `every_text`: the article's paragraphs; `used`: the titles given already
    (casefolded), which it updates."""
    return retitled(titles, groups, bullets_of, used, partial(named_body, every_text=every_text), keeps=_subject)


def _subject(title: str, bullets: list[str], texts: list[str]) -> bool:
    """True for a title that stays: a paired or labelled title, one a bullet opens on (its
    subject), or one that is itself a body."""
    del texts  # the title's place in its bullets is what tells
    if "、" in title or "：" in title or office(tuple(w for w, _ in tag_zh(title))):
        return True
    return any(0 <= bullet.find(title) <= OPENING for bullet in bullets)


def named_body(bullets: list[str], texts: list[str], others: list[str], taken: set[str], every_text: list[str]) -> str:
    """The longest body's name more than half of `bullets` say and none of `others`, nor a
    paragraph of `every_text` outside `texts`, free of `taken`, on word boundaries in `texts`;
    '' when none."""
    need = len(bullets) // 2 + 1
    found: list[tuple[int, int, str]] = []
    for name in _bodies(bullets):
        said = saying(name, bullets)
        if said < need or any(name in other for other in others) or not free_of(name, taken):
            continue
        if any(name in text and text not in texts for text in every_text):  # the article's, not the group's
            continue
        if any(on_word_boundaries(name, t, "zh") and cleanly_cut(name, t, "zh") for t in texts if name in t):
            found.append((said, len(name), name))
    return max(found)[2] if found else ""


def _bodies(bullets: list[str]) -> list[str]:
    """Every run of name's words in the bullets that ends on a body's head, with no name's word
    right before or after it (a whole name: not "供电公司" of 国网清流县供电公司, "公安局" of
    海西州公安局, nor the front of "供电公司|党委")."""
    runs: dict[str, None] = {}
    for bullet in bullets:
        words = tag_zh(bullet)
        for start, end, name in tag_runs(words, _NAME_TAGS, _NAME_TAGS, MAX_WORDS, MAX_CHARS):
            if start and words[start - 1][1] in _NAME_TAGS:
                continue
            follows = words[end + 1][1] if end + 1 < len(words) else ""
            if (
                len(name) >= MIN_CHARS
                and follows not in _NAME_TAGS
                and office(tuple(w for w, _ in words[start : end + 1]))
            ):
                runs[name] = None
    return list(runs)
