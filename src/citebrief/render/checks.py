"""The verify stage's report in words: `citebrief run --checks` and `citebrief verify`."""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.model import Brief, Lang


def _cites(numbers: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _short(text: str, lang: Lang, size: int = 30) -> str:
    text = " ".join(text.split())
    if lang == "en":
        words = text.split()
        return text if len(words) <= size // 3 else " ".join(words[: size // 3]) + " …"
    return text if len(text) <= size else text[:size] + "…"


def verdict_lines(brief: Brief, *, full: bool = True) -> list[str]:
    """One line a bullet: `[2.1] supported 0.92 [3] text — reason` (`full=False`: the text cut
    short, for a report printed under the brief itself)."""
    lines = []
    for g, group in enumerate(brief.groups, start=1):
        for k, point in enumerate(group.points, start=1):
            support = point.support
            label = support.label.value if support else "unchecked"
            score = f" {support.score:.2f}" if support and support.score is not None else ""
            text = " ".join(point.text.split()) if full else _short(point.text, brief.lang)
            reason = f" — {support.reason}" if support else ""
            cites = f" {_cites(point.citations)}" if point.citations else ""
            lines.append(f"[{g}.{k}] {label}{score}{cites} {text}{reason}")
    return lines


def checks_report(brief: Brief, *, full: bool = False) -> str:
    """The brief-level figures and one line per bullet, as `citebrief run --checks` prints them."""
    checks = brief.checks
    if checks is None:
        return "Checks: not verified (--no-verify)\n"
    points = brief.points()
    supported = checks.counts.get("supported", 0)
    lines = ["Checks"]
    precision = f"{checks.citation_precision:.0%}" if checks.citation_precision is not None else "–"
    lines.append(f"citation precision: {precision} ({supported} of {len(points)} bullets supported)")
    others = ", ".join(f"{count} {label}" for label, count in checks.counts.items() if label != "supported")
    if others:
        lines[-1] += f"; {others}"
    coverage = f"{checks.coverage:.0%}" if checks.coverage is not None else "–"
    lines.append(f"coverage: {coverage} of the paragraphs that say something cited")
    if checks.uncovered:
        lines[-1] += f"; important and uncited: {_cites(checks.uncovered)}"
    lines += [f"repaired: {line}" for line in checks.repaired]
    lines += [f"dropped: {line}" for line in checks.dropped]
    lines += verdict_lines(brief, full=full)
    return "\n".join(lines) + "\n"
