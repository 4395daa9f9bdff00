"""A Chinese bullet that leans on the sentence before it ("他是在新生入学典礼上了解到……",
"该术式将……", "其受访时笑称，……") where that sentence is a bullet of another group: read in its own
group, it opens on a 他/该/其 that points at nothing (blind reads quote such bullets among the worst).

The pair becomes one bullet: the antecedent leaves the other group's bullets, and `cited_points`
carries it with the sentence that leans on it (as it does when the brief has no bullet of it), so
the brief says the antecedent once, where it is needed. Only where the two fit one bullet and the
other group keeps two bullets of its own; from the overview only a later point (never its lead, the
brief's first point) that names a kind the bullet refers back to ("……侵犯民营企业知识产权和商业秘密等
犯罪。" before "2023年1月至6月共起诉此类犯罪2000余人。": `text.zh_kind_reference`) or whose parts the
bullet lists ("此次重点查处……的行为。" before "主要包括……；……": `text.zh_list_lean`) or whose act the bullet
goes on with ("……看到了……的机会。" before "不仅满足……，也为……": `text.zh_not_only`). The same
holds within one theme group: "贺宏达是北华大学的一名大三学生……" and "他是在新生入学典礼上……" as
two bullets, the second opening on a 他, become one ("她解释说，……" after
"……沙姝慧表示，……"), but not for "这些/上述" and its noun after a speaker's frame ("据警方表示，这些犯罪嫌疑人
……", `zh_leaning.framed_these`): right after its antecedent's bullet it reads whole, and joined, two tactics
made one overlong bullet (zh-news 55, s51n2). An antecedent whose own bullet carries the sentence
before it stays ("从调研了解情况看，……。同时，……"): released, the bullet's first half would be
lost. Nor does one go for a sentence released in turn into the bullet of the one after it
("由于……这是手术的最大难点。| 为解决这一难题，……| 该术式……": the middle one is carried by the
last, which carries nothing more, and the first would be lost with it: zh-news L754, pasted).
A 它们 after a short opening clause leans so too ("在“机器人+商业社区”板块，仿生四足机器人成为
关注热点。" from the exhibits' group before "经过技术迭代发展，它们不但……工业领域。" heading its own:
zh-news 173, session 46).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scored import Scored
from citebrief.text.zh_kind_reference import refers_back_zh
from citebrief.text.zh_leaning import framed_these
from citebrief.text.zh_list_lean import opens_on_list
from citebrief.text.zh_not_only import opens_on_not_only

MIN_LEFT = 2  # bullets a group keeps after giving up an antecedent


def released_antecedents(scored: Scored, groups: Sequence[list[int]]) -> list[list[int]]:
    """The groups' picked sentences less each antecedent that a later sentence of another group
    (the overview, `groups[0]`, only as the module doc says), or of its own theme group, carries
    into its bullet; `groups` unchanged where none is."""
    if scored.lang != "zh":
        return [list(g) for g in groups]
    kept = [list(g) for g in groups]
    released: dict[int, int] = {}  # each antecedent released, and the sentence that carries it
    for g, group in enumerate(groups):
        for i in group:
            owner = next((h for h, other in enumerate(kept) if i - 1 in other and (h != g or g)), None)
            if owner is None or len(kept[owner]) - 1 < MIN_LEFT or i - 1 in scored.carried:
                continue
            said = scored.trimmed[i]  # a kind it names, the parts it lists, the act it goes on with ("不仅……")
            listed = refers_back_zh(said) or opens_on_list(said) or opens_on_not_only(said)
            if owner == 0 and (kept[0].index(i - 1) == 0 or not listed):
                continue  # the overview's lead stays; a later point goes only for what it names, lists, goes on with
            if owner == g and framed_these(scored.trimmed[i]):
                continue  # "据警方表示，这些犯罪嫌疑人……" names its people: right after the bullet before, it is whole
            everywhere = frozenset(j for other in kept for j in other if j != i - 1)
            if carry_antecedent(scored, i, scored.trimmed[i], everywhere) is not None:
                kept[owner].remove(i - 1)
                released[i - 1] = i
    held = {before for before, i in released.items() if i in released}
    return [[j for j in group if j in held or any(j in other for other in kept)] for group in groups]
