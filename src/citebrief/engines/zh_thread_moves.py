"""A Chinese news group's opening stranger moved back to the group whose thread it goes on with.

Theme groups are cut from runs of passages, and a cut may fall a sentence late: the next group then
opens on a bullet that carries on the thread before it and shares nothing with its own bullets, and
no title names both its threads ("新时代的中国正致力于为不同文明对话沟通提出方案" opening 全球性挑战,
right after "大运会……也是文明交流互鉴的舞台", zh-news 1; a patient's "打喷嚏、流鼻涕" opening the
rhinitis advice, right after "……可能引起打喷嚏等过敏症状", zh-news 92). Here, among the settled
groups, a theme group of `MIN_GROUP` bullets or more gives its first bullet to the theme group
before it where that bullet

- comes right after that group's last bullet in the article, no bullet of the brief between;
- is a stranger in its own group: its sentence's similarity (the article's weighted word vectors)
  to each of its group's other bullets stays under `STRANGER`;
- goes on with the group before: a similarity of `TIE` or more to one of its bullets;

and that group holds fewer than `MAX_HOME` bullets. An item of a list ("二是促消费扩投资，……")
stays: a list's items share little by nature, and the next group is the list going on (zh-news 186).
A bullet that shares words with its own group stays, however near the cut: a step of one story
opening the next (the round-up before the arrests, zh-news 23; the nephew's find before the reunion,
zh-news 112) is the next group's. zh-news as pasted: 2 of 200 briefs change (1, 92); cut in passages
of three sentences (bench): 2 (L1261's fire crews on standby join the fire-prevention measures,
leaving the forecast its own group; L1528's online guests join the officials' hopes); zh-clts,
zh-policy, en-cnndm: none. It reads Chinese news and features only, as its caller
(`final_groups.settled_groups`) does.
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_list_ordinals import opens_item
from citebrief.engines.zh_stranger_homes import MAX_HOME

MIN_GROUP = 3  # a group gives up its opening stranger from this many bullets (two are left)
STRANGER = 0.03  # under this similarity to every bullet of its group, a bullet shares no thread with it
TIE = 0.05  # this similarity to one bullet of the group before ties a bullet to that group's thread


def threads_moved(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The groups (`drafts`, the overview first), each theme group's opening stranger moved back to
    the theme group before it, whose thread it goes on with (module doc)."""
    held = sorted(i for d in drafts for i in d.picked)
    for before, group in pairwise(drafts[1:]):
        if len(group.picked) < MIN_GROUP or not before.picked or len(before.picked) >= MAX_HOME:
            continue
        first = min(group.picked)
        at = held.index(first)
        if at == 0 or held[at - 1] != max(before.picked):
            continue  # another bullet of the brief comes between: no run goes on into this one
        if opens_item(scored.units[first].text):
            continue  # "二是……": a list's item, where the list's cut put it (zh-news 186's six tasks)
        similar = scored.sentence_vectors.similarities(first)
        if max(similar[i] for i in group.picked if i != first) >= STRANGER:
            continue
        if max(similar[i] for i in before.picked) < TIE:
            continue
        group.picked = [i for i in group.picked if i != first]
        before.picked = sorted([*before.picked, first])
    return drafts
