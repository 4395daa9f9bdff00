from citebrief import ingest
from citebrief.pipeline import draft


def test_bundled_example_briefs(examples_dir):
    document = ingest(str(examples_dir / "zh-tech-policy.html"))
    brief = draft(document)
    assert 3 <= len(brief.groups) <= 8
    assert all(1 <= n <= len(document.segments) for p in brief.points() for n in p.citations)
