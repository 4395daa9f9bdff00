"""Does relatedness through the article's own sentences tell an English bullet's thread?

    .venv/bin/python bench/en_thread_relatedness.py [--limit 15]

A measure for grouping bullets that share no word (a film thread's "film", "script", "cast"):
two sentences are related when the words of one occur near the words of the other elsewhere in
the article (second-order co-occurrence, no outside vectors). For each bullet of the groups
`en_groups.regroup` leaves (en-cnndm, as `citebrief run` reads each article), each measure
ranks the groups by its mean relatedness to their other bullets; printed: how often the first
is the bullet's own group, how often it is the group nearest in the article (proximity), and,
for bullets a reader placed (`READER`: bullets that share no weighed word with their own group),
how often each measure ranks the reader's group first and how many of the moves it would make
the reader backs. Measured at 7e7e421 (iL1): no measure beats proximity or the groups as they
are; the windowed ones are proximity again, the sentence-level ones near chance.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from pathlib import Path

import numpy as np

from citebrief.engines import zh_regroup
from citebrief.engines.en_groups import WIDESPREAD, _sentence_families, bullet_weights, similarity
from citebrief.engines.scored import Unit
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "en-cnndm.jsonl"

# (record, a bullet's opening, an opening of another bullet of the group a reader puts it in)
READER = [
    (0, "The fighter ace went on to describe it a", "On the night of the break – August 30, 1"),
    (0, "One ladder collapsed, so only 28 made it", "On the night of the break – August 30, 1"),
    (2, "Adeli agreed to pay for 'Amy's' bus fare", "But instead of being greeted by a school"),
    (2, "Adeli, who has lodged an appeal to remai", "On Wednesday Adeli was jailed for 27 mon"),
    (4, "The viral clip shows the 23-year-old def", "In the video he can be seen turning to f"),
    (4, "In the video he can be seen turning to f", "The viral clip shows the 23-year-old def"),
    (4, "The talented young centre midfielder has", "According to Lucy, although not captured"),
    (5, '"The high number of award tickets is dir', "\"Unlike other carriers, we also don't ch"),
    (5, "\"Unlike other carriers, we also don't ch", '"The high number of award tickets is dir'),
    (6, "Villa are three points above the drop zo", "The return to form of Christian Benteke "),
    (6, "The return to form of Christian Benteke ", "Villa are three points above the drop zo"),
    (6, "‘We are going to go in Saturday's game (", "Villa are three points above the drop zo"),
    (7, "But there's one sight the becomes most e", "Lee Thompson's seen plenty in his 14 yea"),
    (7, "Lee Thompson's seen plenty in his 14 yea", "But there's one sight the becomes most e"),
    (7, "In Vietnam alone there are more than 37 ", "At a Mekong river crossing in Vietnam he"),
    (7, "A family of five and a smiling group of ", "'Hanoi and Ho Chi Minh are full of bikes"),
    (9, "Ipswich (home to Nottingham Forest) will", "If Rotherham win, Millwall will be releg"),
    (9, "League One Preston (home to Swindon) wil", "Ipswich (home to Nottingham Forest) will"),
    (9, "Shrewsbury will be promoted if they win ", "Tranmere will be relegated if they lose "),
    (9, "Macclesfield need to win and hope either", "Bristol Rovers (home to Alfreton) will b"),
    (11, "Allen also splurged £8,700 on a holiday ", "The couple lived in a £700,000 home in R"),
    (11, "The couple lived in a £700,000 home in R", "Allen also splurged £8,700 on a holiday "),
    (19, "One has told the Daily Telegraph that 't", "'Even as we speak the ship is creaking a"),
    (19, "'Even as we speak the ship is creaking a", "One has told the Daily Telegraph that 't"),
    (22, "All eight men were pictured posing with ", "In other social media posts some of the "),
    (27, "The man in charge at the start of the ta", "Her decision sparked an ugly blame game "),
    (30, "Protesting is not radical, it is our rig", "It then emerged he had been in caught in"),
    (31, "Next the boxer's fortunes were to take a", "He retired in 1997 and went on to join t"),
    (37, "He claims he was trying to save her from", "His now-one-year-old daughter suffered s"),
    (37, "'I literally thought: Do you have the ri", "Brenda Burns claims that a Child Protect"),
    (37, "The hearing over the potential terminati", "To donate to the Burns's family cover le"),
    (37, "To donate to the Burns's family cover le", "The hearing over the potential terminati"),
    (39, "Our objective is not to beat Atletico, b", "He has proved himself, he is one of the "),
    (41, "Ramsey has admitted his job at Rangers c", "He added: 'If there was ever an opportun"),
    (44, "Perry is alleged to have told students t", "A 12-year-old boy in Perry's class broug"),
    (44, "A 12-year-old boy in Perry's class broug", "Perry is alleged to have told students t"),
    (44, "'She showed it to me and said, \"See, Oba", "Instead of discussing Nancy Perry's clas"),
]

Rank = Callable[[int, list[int]], float]  # bullet, another group's bullets -> relatedness


def _groups(article: str) -> tuple[list[Unit], list[list[int]], list[str] | None]:
    """The article's sentences and the theme groups `en_groups.regroup` leaves, as `run` cuts it."""
    seen: dict[str, object] = {}
    regroup = zh_regroup.en_regroup

    def keep(*args: object, **kwargs: object) -> object:
        out = regroup(*args, **kwargs)  # type: ignore[arg-type]
        titled = kwargs.get("titled")
        seen.update(units=args[2], groups=[list(d.picked) for d in out], said=titled[0].trimmed if titled else None)  # type: ignore[index]
        return out

    zh_regroup.en_regroup = keep  # type: ignore[assignment]
    try:
        draft(document_from_text(article, origin="article.txt", kind="text"))
    finally:
        zh_regroup.en_regroup = regroup
    return seen.get("units", []), seen.get("groups", []), seen.get("said")  # type: ignore[return-value]


def _second_order(units: list[Unit], reach: int) -> np.ndarray:
    """Each sentence's vector: its rare words' co-occurrence rows, counted over windows of the
    sentence and `reach` neighbours each side (0: within sentences), unit length."""
    sets, df = _sentence_families(tuple(tuple(u.terms) for u in units))
    total = len(units)
    words = sorted(f for f, c in df.items() if c >= 2 and not (c >= WIDESPREAD * total and total >= 5))
    column = {w: k for k, w in enumerate(words)}
    rows = np.zeros((total, len(words)))
    for i, found in enumerate(sets):
        for f in found & column.keys():
            rows[i, column[f]] = math.log((total + 1) / (df[f] + 0.5))
    windows = np.array([rows[max(0, i - reach) : i + reach + 1].sum(0) for i in range(total)])
    cooccur = windows.T @ windows
    np.fill_diagonal(cooccur, 0)
    vectors = rows @ cooccur
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def _measures(units: list[Unit], groups: list[list[int]], said: list[str] | None) -> dict[str, Rank]:
    weights = bullet_weights(units, [i for g in groups for i in g], said or [u.text for u in units])
    near, sentence = _second_order(units, 2), _second_order(units, 0)

    def mean(score: Callable[[int, int], float]) -> Rank:
        return lambda i, group: float(np.mean([score(i, j) for j in group if j != i]))

    return {
        "proximity": mean(lambda i, j: -abs(i - j)),
        "shared words": mean(lambda i, j: similarity(weights[i], weights[j])),
        "2nd-order, 2 sentences around": mean(lambda i, j: float(near[i] @ near[j])),
        "2nd-order, within sentences": mean(lambda i, j: float(sentence[i] @ sentence[j])),
    }


def _first(rank: Rank, i: int, groups: list[list[int]]) -> int:
    return max((k for k, g in enumerate(groups) if any(j != i for j in g)), key=lambda k: rank(i, groups[k]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=15, help="records whose every bullet is ranked")
    args = parser.parse_args()
    articles = [json.loads(line)["article"] for line in DATA.open(encoding="utf-8")]
    own: dict[str, int] = {}
    near: dict[str, int] = {}
    bullets = 0
    for article in articles[: args.limit]:
        units, groups, said = _groups(article)
        if len(groups) < 2:
            continue
        measures = _measures(units, groups, said)
        for k, group in enumerate(groups):
            for i in group:
                bullets += 1
                closest = _first(measures["proximity"], i, groups)
                for name, rank in measures.items():
                    first = _first(rank, i, groups)
                    own[name] = own.get(name, 0) + (first == k)
                    near[name] = near.get(name, 0) + (first == closest)
    print(f"{bullets} bullets of records 0-{args.limit - 1}: the group each measure ranks first is")
    for name, first_own in own.items():
        print(f"  {name:32s} its own {first_own / bullets:.2f}  the nearest in the article {near[name] / bullets:.2f}")
    _reader(articles)


def _reader(articles: list[str]) -> None:
    """Each measure against the groups a reader puts `READER`'s bullets in."""
    hits: dict[str, int] = {"groups as they are": 0}
    moves: dict[str, list[int]] = {}
    for record in sorted({r for r, _, _ in READER}):
        units, groups, said = _groups(articles[record])
        measures = _measures(units, groups, said)
        for _, bullet, member in (case for case in READER if case[0] == record):
            i = next(j for g in groups for j in g if units[j].text.startswith(bullet))
            want = next(k for k, g in enumerate(groups) if any(units[j].text.startswith(member) for j in g if j != i))
            now = next(k for k, g in enumerate(groups) if i in g)
            hits["groups as they are"] += now == want
            for name, rank in measures.items():
                first = _first(rank, i, groups)
                hits[name] = hits.get(name, 0) + (first == want)
                tally = moves.setdefault(name, [0, 0])
                tally[0] += first != now
                tally[1] += first != now and first == want
    print(f"{len(READER)} bullets a reader placed (none shares a weighed word with its own group):")
    for name, hit in hits.items():
        moved = f"  would move {moves[name][0]}, the reader backs {moves[name][1]}" if name in moves else ""
        print(f"  {name:32s} reader's group first {hit}/{len(READER)}{moved}")


if __name__ == "__main__":
    main()
