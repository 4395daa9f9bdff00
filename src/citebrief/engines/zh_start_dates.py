"""When it starts: a Chinese news item's or feature's date that what it reports opens, takes effect
or comes out ("该片将于11月22日正式公映。", "该《办法》将于9月10日起实施。"). Such a line is short and
says little besides the date, so centrality and length pass it over, yet an analyst asks it first
after what happened: readers marked a film brief down for leaving out its release date. Where no
bullet states that date, the sentence becomes an overview point (one per brief), after the overview
point that stands before it in the article: the overview is what the reader takes away.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored, carries_bullet_before
from citebrief.text.lazy_re import LazyPattern

OVERVIEW_MOST = 5  # an overview grows by this point up to five, no further
START_MOST_CHARS = 80  # a longer sentence with a date says more than when: the usual picking reads it

# a date to come ("将于11月22日", "定于8月16日至8月22日", "将于2024年1月1日起") and what then begins
_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:\d{4}年)?\d{1,2}月(?:份|底|初|上旬|中旬|下旬)?|\d{1,2}日"
_START = LazyPattern(
    rf"(?:将于|定于|拟于|将在)(?P<date>{_DATE})(?:[至到—-](?:{_DATE}))?[^，。；！？]{{0,16}}?"
    r"(?:起|正式|全面)?(?:公映|上映|首映|实施|施行|生效|开业|开放|开通|通车|开幕|开赛|上线|发售|上市|启用|投用|投入使用|开工|开学)"
)
_OPEN_ENDS = ("；", ";", "：", ":", "，", ",")


def start_date(text: str) -> str | None:
    """The date a sentence says something starts on ("11月22日"), or None."""
    found = _START.search(text)
    return found.group("date") if found else None


def add_start_date(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """The first short sentence saying when what the item reports starts (`start_date`), where no
    bullet states that date nor repeats it: where it leans on the bullet before it, that bullet goes
    on with it; else it joins the overview after its point that stands before it in the article (or
    last), where the overview has fewer than OVERVIEW_MOST points."""
    if scored.lang != "zh" or not drafts:
        return
    said = [scored.trimmed[k] for k in chosen]
    for i in scored.usable:
        own = scored.units[i].text.strip()
        if i in chosen or len(own) > START_MOST_CHARS or own.endswith(_OPEN_ENDS):
            continue
        date = start_date(own)
        if date is None or any(date in bullet for bullet in said) or repeats_any(own, said, "zh"):
            continue
        if carries_bullet_before(scored, chosen, i):  # "影片映后更收获了……力挺。该片将于……"
            for draft in drafts:
                if i - 1 in draft.picked:
                    draft.swap(i - 1, i, chosen, in_order=draft is not drafts[0])
            return
        overview = drafts[0].picked
        if len(overview) >= OVERVIEW_MOST or scored.trimmed[i] != own:
            return  # read with a sentence no bullet says ("据了解，……目的……。该《办法》将于……"): not a lead point
        if scored.units[i].paragraph > max((scored.units[k].paragraph for k in overview), default=0):
            return  # a later paragraph's: the lead's points are the lead's (a late one goes down to its theme)
        before = [at for at, k in enumerate(overview) if k < i]
        overview.insert(before[-1] + 1 if before else len(overview), i)
        chosen.append(i)
        return
