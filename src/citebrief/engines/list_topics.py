"""A long list of independent measures gathered by topic, not cut into runs of neighbours.

A notice that lists thirty measures, each rewarding one field (一、对深化商事制度改革……；二、对促
进外贸……；…… 二十五、对公立医院综合改革……), and whose lead names no kinds of them
(`policy_parts.item_themes`), was read in runs of neighbouring sentences, cut wherever the groups
ran out of room: 接续替代产业 with 质量工作 and 校企合作 (blind readers: "sequential chunks, not
themes", grouping 2). Its items are clustered instead (Ward's method, as speakers' turns are in
`themes.clustered_themes`) on their content and their place in the list: an author lists related
measures together, mostly, so the place weighs in, but a measure nearer in content to a later
run (双创 and 战略性新兴产业 with 质量工作 and 校企合作, apart from 工业稳增长 and 老工业基地 between
them) joins that run (DESIGN: a group may cite [9][10] and [20][21]). The words most items say
(倾斜, 中央财政, 省（区、市）) say how each measure rewards, not what it rewards: weighed by how few
items say them, they leave the field to decide. Only the paragraphs with points left after the
overview are clustered, so a group stands where its first point does, not where an item the
overview took does.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from citebrief.engines.policy_parts import listed_items
from citebrief.engines.sparse import SparseRows
from citebrief.engines.themes import MAX_CLUSTERED, OVERVIEW_THEME, Themes, merge_small
from citebrief.engines.ward import PLACE_SHARE, half_circle, ward_clusters
from citebrief.model import Lang


def list_topics(
    texts: list[str], vectors: SparseRows, themes: int, claims: list[int], available: Counter[int], lang: Lang = "zh"
) -> Themes | None:
    """Themes of a long numbered list's items (`listed_items`) by content and place, or None where
    the claims (0-based paragraphs) are not such a list of a Chinese text (`listed_items` reads
    Chinese numbering), or too few or too many are left."""
    if lang != "zh" or themes <= 1 or not listed_items([texts[p] for p in claims]):
        return None
    left = [p for p in claims if available[p]]
    if not 2 <= len(left) <= MAX_CLUSTERED:
        return None
    labels = np.full(len(texts), -1)
    labels[left] = ward_clusters(_placed(_item_weighted(vectors, left).take(left)), min(themes, len(left)))
    following = -1
    for paragraph in range(len(texts) - 1, -1, -1):  # a heading joins the item it opens
        if labels[paragraph] >= 0:
            following = int(labels[paragraph])
        else:
            labels[paragraph] = following
    labels[labels < 0] = labels[left[-1]]
    labels = merge_small(labels, vectors, dict(available), minimum=2)
    for paragraph in range(len(texts)):
        if not available[paragraph]:
            labels[paragraph] = OVERVIEW_THEME  # no point left here: no group starts here
    return Themes(labels, {})


def _item_weighted(vectors: SparseRows, items: list[int]) -> SparseRows:
    """`vectors` with each word weighed by how few of `items` (rows) say it, log((n + 1) /
    (df + 0.5)), none below zero (a word of every item counts for nothing), rows unit length."""
    said = np.bincount(vectors.take(items).indices, minlength=vectors.columns)
    scale = np.clip(np.log((len(items) + 1) / (said + 0.5)), 0.0, None)
    scale[said == 0] = 1.0  # a word of no item (the preamble's) as it was
    weighted = SparseRows(vectors.indptr, vectors.indices, vectors.data * scale[vectors.indices], vectors.columns)
    return weighted.normalized()


def _placed(rows: SparseRows) -> SparseRows:
    """Unit `rows` (in list order) with their place appended as two columns: the k-th of n at
    angle k·π/n on a half circle, `PLACE_SHARE` of each row's squared length."""
    count = len(rows)
    place = np.sqrt(PLACE_SHARE) * half_circle(count)
    sizes = np.diff(rows.indptr)
    indptr = np.zeros(count + 1, dtype=np.int64)
    np.cumsum(sizes + 2, out=indptr[1:])
    indices = np.empty(indptr[-1], dtype=np.int64)
    data = np.empty(indptr[-1])
    own = np.ones(indptr[-1], dtype=bool)
    own[indptr[1:] - 2] = False
    own[indptr[1:] - 1] = False
    indices[own], data[own] = rows.indices, rows.data * np.sqrt(1 - PLACE_SHARE)
    indices[indptr[1:] - 2], data[indptr[1:] - 2] = rows.columns, place[:, 0]
    indices[indptr[1:] - 1], data[indptr[1:] - 1] = rows.columns + 1, place[:, 1]
    return SparseRows(indptr, indices, data, rows.columns + 2)
