"""A Chinese feature often opens on a quotation: a villager's, a doctor's, an expert's words
("“今年旅游火起来了，……百姓收入高了。”……白晓萍说。", "“我们亟待更多有效手段，……”葛均波近日表示。"),
then says its news — the peg and its figure ("进入8月以来，……每天的游客人数接近2万人次。", "8月16日，
……获得国家药品监督管理局批准"). The overview takes the opening line for its centrality and place,
and a reader meets a voice before the news. An overview bullet that is a quotation and its
speaker's tag and states no figure (a date is none: `zh_hollow_swaps`'s test) gives way to the
lead's next point that stands alone and states one (`refill`, as a hollow scene does in
`zh_hollow_swaps`); a quotation with a figure in it ("……现在最多的一天要接待游客近200人次……”刘亮说。")
says a fact, and stays, as does one where no such point is left. Reads a Chinese news brief (not a
policy's or an essay's)."""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import hollow, refill_hollow_lead, stands_alone, states_figure
from citebrief.engines.zh_overview_details import Refill
from citebrief.text.lazy_re import LazyPattern

# a sentence that opens on a quotation and may close on its speaker's tag: "“……”……白晓萍说。"
_SAYS = r"(?:说|表示|说道|如是说|介绍|指出|坦言|感慨|感叹|告诉记者)[。！]?$"
_OPENING = LazyPattern(rf"^[“「][^”」]{{8,}}[”」](?:[^“”「」]{{0,45}}?{_SAYS})?$")
_TAGGED = LazyPattern(rf"[”」][^“”「」]{{0,45}}?{_SAYS}")  # the tag inside the sentence
_TAG = LazyPattern(rf"^[^“”「」]{{0,45}}?{_SAYS}")  # the tag as a sentence of its own: "……白晓萍说。"
_DIGIT = LazyPattern(r"\d")
TRIES = 4  # the lead's next points read for one that states a figure


def quotation(text: str) -> bool:
    """Whether a Chinese sentence is a quotation, alone ("“太幸运了，……！”") or with its speaker's
    tag: it opens on the words quoted and closes on a verb of saying with no other quotation
    between ("“……”……如是说。")."""
    return _OPENING.search(text.strip()) is not None


def refill_lead(scored: Scored, drafts: list[Draft], refill: Refill | None) -> list[Draft]:
    """The drafts, a hollow overview bullet refilled (`zh_hollow_swaps.refill_hollow_lead`), then
    a quoted one (`refill_quoted_lead`)."""
    return refill_quoted_lead(scored, refill_hollow_lead(scored, drafts, refill), refill)


def refill_quoted_lead(scored: Scored, drafts: list[Draft], refill: Refill | None) -> list[Draft]:
    """The drafts, each overview bullet that is a `quotation` stating no figure given way to the
    lead's next point (`refill(taken, start)`, `start` past the overview's last paragraph) that
    states a figure and stands alone, of the next `TRIES`. `refill` None: a brief this does not read."""
    if refill is None or scored.lang != "zh" or not drafts:
        return drafts
    lead = drafts[0]
    units, trimmed = scored.units, scored.trimmed
    for k in list(lead.picked):
        if not quotation(trimmed[k]) or states_figure(trimmed[k]):
            continue
        last = max(units[i].paragraph for i in lead.picked)
        start = next((i for i, u in enumerate(units) if u.paragraph > last), len(units))
        taken = [i for d in drafts for i in d.picked]
        if (
            not _refilled(scored, lead, k, taken, refill, start)
            and _speaker_named(scored, k)  # a voice goes down with its speaker's name, never bare
            and not _traded(scored, drafts, k)
        ):
            _after_its_news(scored, lead, k)
    return drafts


def _after_its_news(scored: Scored, lead: Draft, k: int) -> None:
    """The overview's quotation `k` that leads it and stayed, after the other points of its
    paragraph where they say news (no voice, scene or colour): the news it opens on ("18日，……医师节
    庆祝大会在杭州举行") is read first."""
    units = scored.units
    if lead.picked[0] != k:
        return
    same = [i for i in lead.picked if i != k and units[i].paragraph == units[k].paragraph]
    said = [scored.trimmed[i] for i in same]  # news, not another voice, a scene or the heat ("……突破60°C")
    if said and not any(quotation(t) or hollow(t) for t in said):
        rest = [i for i in lead.picked if i != k]
        at = rest.index(same[-1]) + 1
        lead.picked = [*rest[:at], k, *rest[at:]]


def _speaker_named(scored: Scored, k: int) -> bool:
    """Whether the quotation `k` names its speaker: in its own sentence or the next, the tag the
    bullet carries ("“……”" then "新疆阜康市……白晓萍说。")."""
    units = scored.units
    if _TAGGED.search(units[k].text.strip()):
        return True
    return (
        k + 1 < len(units)
        and units[k + 1].paragraph == units[k].paragraph
        and bool(_TAG.search(units[k + 1].text.strip()))
    )


def _news(text: str) -> bool:
    """Whether a sentence can stand in a quotation's place: it stands alone and states a figure in
    digits ("……接近2万人次", not "几十年如一日", a manner of speaking)."""
    return stands_alone(text) and _DIGIT.search(text) is not None


def _refilled(scored: Scored, lead: Draft, k: int, taken: list[int], refill: Refill, start: int) -> bool:
    """Whether the overview's bullet `k` gave way to the next central point with a figure, of the
    next `TRIES` (those without passed over)."""
    for _ in range(TRIES):
        fresh = refill(taken, start)
        if fresh is None:
            return False
        if _news(scored.trimmed[fresh]):
            lead.picked = sorted(fresh if i == k else i for i in lead.picked)
            return True
        taken = [*taken, fresh]
    return False


def _traded(scored: Scored, drafts: list[Draft], k: int) -> bool:
    """The overview's quotation `k` and a theme's bullet of the lead (`k`'s paragraph, or the next
    where another overview bullet is of `k`'s or before: the overview still opens no later than
    any group) that states a figure and stands alone trade places: the news goes up, the voice down to the
    theme ("“今年旅游火起来了……”白晓萍说。" under 旅游高峰期, "进入8月以来，……接近2万人次。" above)."""
    home = scored.units[k].paragraph
    opens = any(scored.units[i].paragraph <= home for i in drafts[0].picked if i != k)
    for draft in drafts[1:]:
        for j in draft.picked:
            step = scored.units[j].paragraph - home  # the overview still opens on the lead, no group before it
            if (step == 0 or (step == 1 and opens)) and _news(scored.trimmed[j]):
                drafts[0].picked = sorted(j if i == k else i for i in drafts[0].picked)
                draft.picked = sorted(k if i == j else i for i in draft.picked)
                return True
    return False
