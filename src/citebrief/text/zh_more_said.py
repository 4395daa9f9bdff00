"""A Chinese news group's title that more of its bullets say. The covering title takes the
group's best phrase where half its bullets say it; yet where that half is two of four and a
thing three of the four say is there ("市集" of the market's stalls, products and organiser,
over "京味文化" two stalls sell), the thing more bullets say names what the group shares:
the best phrase is then one pair's detail. A word the background table lacks counts where a
bullet ends a noun run on it ("市集"): whole, not a cut name. Never a name some bullets leave out
(who, not what). As written, 2 of zh-news' 200 briefs change ("创意市集" for "京味文化"; "地名" the
police traced, for "广东桥", one clue), none of zh-clts, zh-policy or the English sets.

Tried and left: a thing every bullet says before one most (not all) say: "酒厂" for "酒药接种",
"经济总产值" for "淡水鱼总产量", "亚运" for "赛事场馆" (zh-news 50, 73, 178), each vaguer.
A word the table lacks in any covering title (not only one more bullets say): "华新统战", "藏药",
"阵雨" (zh-news 19, 5, 35) read worse."""

from __future__ import annotations

from citebrief.text.zh_shared import saying


def half_said(best: str, bullets: list[str]) -> bool:
    """Whether no more than half of `bullets` say `best`: where a thing more of them say may be the title."""
    return 2 * saying(best, bullets) <= len(bullets)


def more_said(best: str, things: list[tuple[float, str]], bullets: list[str]) -> list[str]:
    """The things of `things` (ranked, each one most bullets say, none a piece of `best`) that
    more than half of `bullets` say, and more than say `best`, best first; [] where `best`
    itself is said by more than half."""
    if not half_said(best, bullets):
        return []
    said = saying(best, bullets)
    return [t for _, t in things if saying(t, bullets) > said and 2 * saying(t, bullets) > len(bullets)]
