"""A Chinese news group's title that one bullet says, moved to the run of nouns more of its
bullets say, beside or within it: "发电设备利用小时" over two bullets on generating hours (one says
"风电、火电、核电发电设备利用小时", the other "电厂发电设备利用小时"), not "火电", one item of the
first one's list; "人工智能" over two of three bullets on what quantum computing does for AI, not
one's "人工智能发展".

Readers of zh-news briefs mark a title they find under one bullet as no theme. The other title
steps read phrases the chunker makes whole or words the tagger gives; a run of the tagger's
words that the bullets share is often neither (a list's head after its items, the front of a
phrase whose tail is any report's "发展"). Two moves, each to a run of nouns (no verb, name,
place, figure) that is the group's own (no other group's bullet says it), rare enough to be a
term (its rarest word's background IDF at least `MIN_IDF`, as `zh_shared_part` asks), no place,
office, role or poor title, said by a bullet with no noun right after it (not the front of a
longer name: "退役军人事务|部"), on word boundaries and cleanly cut in the group's paragraphs,
and free of the titles given:

- a pair's: in a group of two bullets whose title one says, a run of two words or more both say;
- the title's front: where one bullet says the title, a front run of its words (the thing)
  more than half the bullets say, the rest plain words (`PLAIN_IDF`: 发展, 环境, not 论坛).

Tried and left out: the title's tail ("鱼粉" of 冈比亚输华饲料用鱼粉: the news is the whole;
"发器" of 直发器), a run most bullets of three or more say ("品牌标贴" over a raid, its haul and
the gang's sales), and a bare common word widened to a longer run holding it (no zh-news group
had one its own). On zh-news' 200 items few groups have such a run (most groups titled by one
bullet's phrase share no rare word at all, a grouping matter); zh-clts has none, and policy
groups are not read (their titles come from headings and measures).
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, each_swapped, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, where

MIN_IDF = 8.0  # the run's rarest word: 发电设备 9.6, 人工智能 9.5; not 企业 4.2, 学校 5.7, 港股 7.6
PLAIN_IDF = 6.0  # a tail any report has: 发展 3.6, 环境 5.2, 产业 5.5; not 论坛 6.4, 装机容量
MIN_CHARS = 2
MAX_CHARS = 12
MAX_WORDS = 5
PAIR = 2
# a thing's words: nouns, set phrases, abbreviations, verbal nouns, modifiers ("大型", "海上");
# no verb, name, place, body, figure or function word (who, where, how many: not what)
_THING_TAGS = frozenset({"n", "nz", "vn", "j", "l", "an", "b", "ng", "s"})


def span_titles(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], bullets_of: list[list[str]], used: set[str]
) -> list[str]:
    """Each title, or the run of nouns more of its bullets say beside or within it (see the
    module's docstring). `groups`: each group's bullets and their paragraphs, None for a group
    under a heading; `bullets_of`: every group's bullets; `used`: the titles given already
    (casefolded, the overview's subject among them), which it updates."""
    return each_swapped(titles, groups, bullets_of, used, _spannable, _span)


def _spannable(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A title of a group of two bullets or more, not a paired or labelled one."""
    del texts  # the title and its bullets' count tell
    return not ("、" in title or "：" in title or len(bullets) < PAIR)


def _span(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The run `title` gives way to ('' where none): the pair's or the title's front."""
    if saying(title, bullets) > 1:  # the group's title already: two or more bullets say it
        return ""
    need = len(bullets) if len(bullets) == PAIR else len(bullets) // 2 + 1
    words = [(w, tag) for w, tag in tag_zh(title) if w.strip()]
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    # `need` bullets say it, asked first: a look-up in C, where the tagger (a run's words) and
    # the background table (a front's tail) cost a call each, and most runs and fronts fail it
    found: list[str] = []
    if len(bullets) == PAIR:  # a pair's: a run of two words or more both bullets say
        found += [s for s in _runs(bullets) if saying(s, bullets) >= need and len(tag_zh(s)) >= PAIR]
    for cut in range(len(words) - 1, 0, -1):  # the title's front, before plain words only
        front = "".join(w for w, _ in words[:cut])
        if saying(front, bullets) < need:
            continue
        if all(v < PLAIN_IDF for v in table.lookup([w for w, _ in words[cut:]]).tolist()):
            found.append(front)
    for span in sorted(dict.fromkeys(found), key=lambda s: (-saying(s, bullets), -len(s), s)):
        if _fits(span, bullets, texts, others, taken):
            return span
    return ""


def _runs(bullets: list[str]) -> list[str]:
    """Every run of `MAX_WORDS` thing's words at most in the bullets, `MIN_CHARS`–`MAX_CHARS` long."""
    found: dict[str, None] = {}
    for bullet in bullets:
        words = tag_zh(bullet)
        for start in range(len(words)):
            run = ""
            for word, tag in words[start : start + MAX_WORDS]:
                if tag not in _THING_TAGS:
                    break
                run += word
                if MIN_CHARS <= len(run) <= MAX_CHARS:
                    found[run] = None
    return list(found)


def _stands(span: str, bullet: str) -> bool:
    """True when the bullet says the run with no thing's word right after it: a phrase of its
    own there, not the front of a longer one ("退役军人事务|部", "退役军人事务|系统")."""
    at, position = bullet.find(span), 0
    for word, tag in tag_zh(bullet):
        if position == at + len(span):
            return tag not in _THING_TAGS
        position += len(word)
    return position == at + len(span)  # the bullet's end


def _fits(span: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> bool:
    """A run of thing's words, rare, the group's own, no place, office or role, free, standing
    alone in a bullet, and whole in the group's paragraphs."""
    words = tag_zh(span)
    if not MIN_CHARS <= len(span) <= MAX_CHARS or any(tag not in _THING_TAGS for _, tag in words):
        return False
    if any(span in other for other in others):  # this group's, not the article's
        return False
    folded = span.casefold()
    if any(t and (folded in t or t in folded) for t in taken):
        return False
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    own = [w for w, _ in words if len(w) >= MIN_CHARS]
    if len(words[-1][0]) < MIN_CHARS or max(background_idf().lookup(own).tolist(), default=0.0) < MIN_IDF:
        return False  # "生态环境|部": a body's one-character head
    if not any(_stands(span, bullet) for bullet in bullets if span in bullet):
        return False
    if where(span, bullets) or office(tuple(w for w, _ in words)) or role_word(span) or poor_zh_title(span, texts):
        return False
    return any(on_word_boundaries(span, t, "zh") and cleanly_cut(span, t, "zh") for t in texts if span in t)
