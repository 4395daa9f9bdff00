"""A sectioned English roundup's groups follow its sections. A results roundup writes each
competition's heading glued to its first club ("League One Preston (home to Swindon) will be
promoted …"; `en_title_competition.headings`), and every line after it belongs to that
competition until the next heading. The engine groups by shared words, and a roundup's lines all
share the same words ("will be promoted if they win"), so its groups fell across the headings:
en-cnndm 9's "Leyton Orient" held two Championship lines (Ipswich, Millwall) and two of League One
(Preston, Orient), while the Championship's first line (Watford) sat among the overview's
introduction. Where the article heads two competitions or more, a theme group whose bullets fall
under two headings or more, `MIN_SIDE` bullets each, is cut at each heading, and then a bullet
away from the one group that holds only its section's bullets goes to that group, where the
group it leaves keeps `MIN_SIDE` bullets (Watford to Ipswich and Millwall: "Championship"). The
brief then has a group more than a story read in runs (`theme_count.EN_RUN_GROUPS`): a roundup of
four competitions reads as its four sections, as the reference brief reads a sectioned article.
Titles are chosen afresh (`en_title_competition` titles each by its heading).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_title_competition import MIN_SECTIONS, bullet_end, heading_at, headings

MIN_SIDE = 2  # bullets under each heading of a group that is cut, and left in a group a bullet leaves


def sections_followed(scored: Scored, drafts: list[Draft]) -> None:
    """Cut `drafts`' theme groups at the section headings they run across, and gather a section's
    stray bullet to its group (see the module's note); `drafts` change in place."""
    of = _sections(scored)
    if not of:
        return
    for draft in list(drafts[1:]):
        runs = _runs(draft.picked, of)
        if len(runs) < MIN_SECTIONS or any(len(run) < MIN_SIDE or not of[run[0]] for run in runs):
            continue
        at = drafts.index(draft)
        draft.picked, draft.title = runs[0], ""
        drafts[at + 1 : at + 1] = [Draft(draft.theme, run) for run in runs[1:]]
    whole = [d for d in drafts[1:] if d.picked and len({of[i] for i in d.picked}) == 1]
    homes = {of[d.picked[0]]: d for d in whole if sum(of[e.picked[0]] == of[d.picked[0]] for e in whole) == 1}
    for draft in drafts:
        for bullet in list(draft.picked):
            home = homes.get(of[bullet])
            if home is None or home is draft or not of[bullet] or len(draft.picked) <= MIN_SIDE:
                continue
            if any(of[i] == of[bullet] for i in draft.picked if i != bullet):
                continue  # its section has other bullets here: not a stray
            draft.move(bullet, home)
            draft.title = draft.title if draft is drafts[0] else ""
            home.title = ""


def _sections(scored: Scored) -> dict[int, str]:
    """Each sentence's section: the competition whose heading the article last writes before the
    end of the sentence's bullet (`bullet_end`: one glued inside it too; "" before the first);
    empty where the article heads fewer than `MIN_SECTIONS`."""
    texts = [u.text for u in scored.units]
    joined = "\n".join(texts)
    written = headings(joined)
    if len({name for _, name in written}) < MIN_SECTIONS:
        return {}
    of: dict[int, str] = {}
    start = 0
    for index, text in enumerate(texts):
        at = start + max(bullet_end(text, scored.trimmed[index]), 0)
        of[index] = heading_at(written, at) or ""
        start += len(text) + 1
    return of


def _runs(picked: list[int], of: dict[int, str]) -> list[list[int]]:
    """`picked` cut where its section changes."""
    runs: list[list[int]] = []
    for index in picked:
        if runs and of[runs[-1][-1]] == of[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
