"""An English article's quote layout is read once a brief and handed to every group's bullets: they
are the bullets each group read for itself."""

from __future__ import annotations

from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text
from conftest import load_records


def test_one_quote_layout_serves_every_group() -> None:
    for record in load_records("en-cnndm.jsonl")[:6]:
        scored = score(document_from_text(record["article"], origin="test", kind="text"), {}, False)[0]
        groups = [scored.usable[k : k + 3] for k in range(0, min(len(scored.usable), 12), 3)]
        layout = quote_layout(scored)
        for picked in groups:  # read once for the brief or again for each group: the same bullets
            assert cited_points(scored, picked, groups, "", layout) == cited_points(
                scored, picked, groups, "", quote_layout(scored)
            )
    zh = score(document_from_text(load_records("zh-news.jsonl")[0]["article"], origin="t", kind="text"), {}, False)[0]
    assert quote_layout(zh) == (frozenset(), (), ())
