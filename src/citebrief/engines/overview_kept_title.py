"""The overview's title once its bullets are settled, by the bullets it keeps.

Apart from `extractive`, which runs it once the points have gone down to their themes: a title
read from a point that left, or (in English) one only a theme's bullet writes, is read again.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.cover_steps import says_title
from citebrief.engines.scored import Draft, Scored

__all__ = ["kept_title", "owned_title"]

# the overview's title again from the bullets it keeps and its old one, `owned`: only a phrase one of them writes
OwnedRetitle = Callable[..., str]


def kept_title(
    overview: Draft,
    scored: Scored,
    before: list[str],
    retitle: OwnedRetitle,
    used: set[str],
    subject: str,
    themes: list[Draft],
) -> str:
    """The overview's subject phrase once its bullets are settled: where its title came from a
    bullet (`before`: its bullets as first picked) that went down to a theme
    (`zh_overview_details`), it is titled again from what it keeps (`overview_again`); then in
    English by `owned_title` beside the `themes`."""
    kept = [scored.trimmed[i] for i in overview.picked]
    if says_title(before, overview.title) and not says_title(kept, overview.title):
        title, overview.title = overview.title, retitle(kept, overview.title)  # (Chinese: kept unless one reads better)
        subject = next(iter(used), "") if overview.title != title else subject
    if scored.lang != "en":
        return subject
    others = [scored.trimmed[i] for theme in themes for i in theme.picked]
    overview.title, subject = owned_title(overview.title, kept, others, retitle, used, subject)
    return subject


def owned_title(
    title: str, kept: list[str], others: list[str], retitle: OwnedRetitle, used: set[str], subject: str
) -> tuple[str, str]:
    """An English overview's `title` and the article's `subject`: where no `kept` bullet writes the
    title and a theme's bullet (`others`) does, the title is read again from the phrases the kept
    bullets write, the old one freed for the theme that writes it (en-xsum 101: not "Exclusion
    Zone" over an evacuation, the exclusion zone under "Evacuation Procedures"); where none of its
    own fits, both stay as they were (and `used` too)."""
    if says_title(kept, title) or not says_title(others, title):
        return title, subject
    before = set(used)
    again = retitle(kept, title, owned=True)
    if again == title or not says_title(kept, again):
        used.clear()
        used.update(before)
        return title, subject
    return again, next(iter(used), "")
