"""A Chinese news group's title that holds the overview's whole title and one bullet says gives way
to the phrase naming what the group's bullets share and no other group's: "秦岭司法保障体系", not
"秦岭生态环境保护审判体系" (a piece of one bullet's "审判体系和审判能力现代化") under "秦岭生态环境保护",
over the courts' protection system, the agreement's judicial terms and the courts' case counts
(zh-news 53, read blind: the two titles did not tell the groups apart).

Why: `zh_overview_echo` and the steps before it widen a title that repeats the overview's into the
overview's title with a word after it, so the group's title opens on the article's subject again and
what it adds is one bullet's ("审判体系"). Where two bullets or more of the group write a word that no
bullet of the overview or of another group writes (司法: "秦岭司法保障体系", "司法裁判"), that word is
what the group is about apart from the overview, and the longest whole noun phrase of a bullet
holding it names the group. The word is a thing (tagged a noun, not an act: 发展 of
"历史城区高质量发展" and "融合发展" says nothing of which), 2 characters or more, no name, place or
body, no word that says nothing of which (全市, 情况: `chunks.ZH_WEAK_HEADS`), none of the overview
title's. The phrase holds neither the overview's title nor any other group's, is at most
`MAX_ZH_CHARS` long, on word boundaries and cleanly cut in a paragraph. Titles that two bullets
say ("鲜辣美食产业" under "鲜辣美食", zh-news 64; "《敦煌文献全集》", 62) name the group's share of
the subject and stay; so do those whose bullets share no such word ("历史城区高质量发展" under
"历史城区", 51; "学校法治副校长工作" under "法治副校长", 132).
"""

from __future__ import annotations

from functools import partial

from citebrief.text.chunks import MAX_ZH_CHARS, ZH_WEAK_HEADS, zh_chunks
from citebrief.text.titles import GroupTexts, cleanly_cut, each_retitled, free_of, on_word_boundaries, swapped_title
from citebrief.text.tokenize import tag_zh

MIN_SAYERS = 2  # bullets of the group writing the word: one bullet's word is its own detail
MIN_WORD = 2
_THING_TAGS = frozenset({"n", "nz"})  # no act (vn "发展"), no name, place or body (nr, ns, nt)


def apart_titles(
    titles: list[str], own: list[GroupTexts], used: set[str], shown: str, overview_bullets: tuple[str, ...]
) -> list[str]:
    """Each title that holds the overview's `shown` title and one bullet of its group says at most,
    given the phrase of the word its bullets share apart from every other group (module docstring);
    `own`: each group's bullets and paragraphs, None for a heading's group; `overview_bullets`: the
    overview's; `used`: the titles given (casefolded), which it updates."""
    if not shown or "：" in shown:
        return titles
    bullets_of = [group[0] if group else [] for group in own]
    apart = partial(_apart, shown=shown, bullets_of=bullets_of, overview_bullets=overview_bullets, used=used)
    return each_retitled(titles, own, used, partial(_echoes_once, shown=shown), apart)


def _echoes_once(title: str, bullets: list[str], *, shown: str) -> bool:
    """A title that is the overview's `shown` title with more, said by one of two bullets or more at most."""
    return title != shown and shown in title and len(bullets) >= MIN_SAYERS and sum(title in b for b in bullets) <= 1


def own_words(bullets: list[str], elsewhere: list[str], shown: str) -> list[str]:
    """The thing words two of `bullets` or more write and none of `elsewhere` (the other groups'
    and the overview's bullets), none of `shown`'s nor a word no phrase is headed by (全市, 工作),
    in the order the bullets first write them."""
    found: dict[str, int] = {}
    for bullet in bullets:
        nouns = (w for w, tag in tag_zh(bullet) if tag in _THING_TAGS and len(w) >= MIN_WORD and w not in ZH_WEAK_HEADS)
        for word in dict.fromkeys(nouns):
            found[word] = found.get(word, 0) + 1
    return [
        w
        for w, count in found.items()
        if count >= MIN_SAYERS and w not in shown and not any(w in text for text in elsewhere)
    ]


def _apart(
    title: str,
    bullets: list[str],
    texts: list[str],
    taken: set[str],
    *,
    shown: str,
    bullets_of: list[list[str]],
    overview_bullets: tuple[str, ...],
    used: set[str],
) -> str:
    """The longest whole noun phrase of `bullets` holding one of the group's own words, most bullets
    saying it first, as the title (module docstring); '' when none."""
    elsewhere = [b for own in bullets_of if own is not bullets for b in own] + list(overview_bullets)
    words = own_words(bullets, elsewhere, shown)
    if not words:
        return ""
    others = taken | {shown.casefold()}
    phrases = {
        chunk.text
        for bullet in bullets
        for chunk in zh_chunks(bullet)
        if chunk.kind == "np"
        and chunk.whole
        and not chunk.name_only
        and len(chunk.text) <= MAX_ZH_CHARS
        and any(w in chunk.text for w in words)
    }
    ranked = sorted(phrases, key=lambda p: (-sum(p in b for b in bullets), -len(p), p))
    for phrase in ranked:
        if not free_of(phrase, others):
            continue
        saying = [t for t in texts if phrase in t]
        if saying and all(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in saying):
            return swapped_title(title, phrase, used)
    return ""
