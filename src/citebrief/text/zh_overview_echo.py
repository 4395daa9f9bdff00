"""A Chinese news group's title that is the overview's title again, or a part of it, names the
group by what the group's own bullets add to that thing.

Why: the overview's title is chosen from its subject phrase (kept in the titles in use), but it
may show a longer name of it ("秦岭生态环境保护" for "生态环境保护"). A group could then be titled by
a part of that shown name ("秦岭生态" under "秦岭生态环境保护"), which a reader meets as the overview's
title again, saying nothing of what the group holds. Such a title gives way to the longest noun
phrase of the group's bullets that opens on it and says more than the overview's title
("秦岭生态环境法治保障": the group's bullets are on the courts' protection of it), said by the most of
its bullets; where the bullets have none, or the title is a name alone ("沈德咏" over his career
under "沈德咏受贿一案": one deed of his would name one bullet), the title stays (a next phrase of
another kind read as worse: "民事", "分类用途管制"). Reads Chinese news and feature briefs (groups not under a heading).
"""

from __future__ import annotations

from citebrief.text.chunks import MAX_ZH_CHARS, zh_chunks
from citebrief.text.titles import on_word_boundaries

MIN_ADDED = 2  # characters a phrase adds past the overview's title, at least (a word)


def echoes(title: str, shown: str) -> bool:
    """Whether a group title is the overview's shown title or a part of it (a heading's
    "组织实施：X" read by its X)."""
    part = title.rpartition("：")[2]
    return bool(part) and bool(shown) and part in shown


def past_echo(title: str, shown: str, bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The group's phrase that opens on `shown` (the overview's title, which holds `title`) and
    says more, most of `bullets` saying it, the first said where they tie; `texts`: the group's
    paragraphs, which say it on word boundaries; `taken`: the other titles (casefolded), none of
    which it may hold or be part of. `title` itself where none is."""
    if not echoes(title, shown) or "：" in title:
        return title
    found: dict[str, int] = {}
    for bullet in bullets:
        chunks = [c.text for c in zh_chunks(bullet) if c.kind == "np" and _adds(c.text, shown)]
        for phrase in chunks:  # not "……保护审判" of "……保护审判体系": a phrase whole
            if phrase in found or any(c != phrase and c.startswith(phrase) for c in chunks):
                continue
            folded = phrase.casefold()
            if any(t in folded or folded in t for t in taken):
                continue
            saying = [t for t in texts if phrase in t]
            if saying and all(on_word_boundaries(phrase, t, "zh") for t in saying):
                found[phrase] = sum(phrase in b for b in bullets)
    if not found:
        return title
    return max(found, key=lambda p: found[p])  # the first of the most said (dicts keep order)


def _adds(phrase: str, shown: str) -> bool:
    """Whether a phrase is the overview's title with a word after it, within a title's length."""
    return phrase.startswith(shown) and len(phrase) - len(shown) >= MIN_ADDED and len(phrase) <= MAX_ZH_CHARS


def overview_echoes(titles: list[str], own: list[tuple[list[str], list[str]] | None], shown: str) -> list[str]:
    """Each group title (`own`: each group's bullets and paragraphs, None under a heading) past
    an echo of the overview's `shown` title (`past_echo`), once every title is known."""
    mended = list(titles)
    for k, group in enumerate(own):
        if group is None or not titles[k] or not echoes(titles[k], shown):
            continue
        taken = {t.casefold() for j, t in enumerate(mended) if j != k and t}
        mended[k] = past_echo(titles[k], shown, *group, taken)
    return mended
