"""One self-contained HTML page: the brief beside the numbered source paragraphs.

All article text goes through `html.escape`; the only script is our own, inlined from
page.js, so the page works from a file, an e-mail attachment or the web app alike.
"""

from __future__ import annotations

from html import escape as _escape
from importlib.resources import files

from citebrief.model import Brief, Document
from citebrief.render.text import PASSAGE_NOTE, shown_title
from citebrief.text.bidi import strip_bidi
from citebrief.text.layout import strip_full_stop


def escape(text: str) -> str:
    """Escaped, and without direction controls that would reorder the citations after it."""
    return _escape(strip_bidi(text))


def _asset(name: str) -> str:
    return files("citebrief.render").joinpath(name).read_text(encoding="utf-8")


_VERDICT_MARK = {"supported": "✓", "partial": "◐", "unsupported": "✗", "unverifiable": "?"}


def _checks_line(brief: Brief) -> str:
    """The verify stage's figures in one line under the title."""
    checks = brief.checks
    assert checks is not None
    supported = checks.counts.get("supported", 0)
    line = f"{supported} of {len(brief.points())} bullets supported by the paragraphs they cite"
    if checks.coverage is not None:
        line += f" · {checks.coverage:.0%} of the paragraphs that say something cited"
    if checks.dropped:
        line += f" · {len(checks.dropped)} dropped"
    return line


_PASSAGE_CLASS = ' class="passage"'


def render_html(brief: Brief, document: Document) -> str:
    lang = "zh-CN" if brief.lang == "zh" else "en"
    title = escape(brief.translated_title or brief.title or document.title or "Brief")
    parts = [
        "<!doctype html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_asset('page.css')}</style>",
        "</head><body>",
        f"<header><h1>{title}</h1>",
    ]
    if brief.translated_title and brief.title:  # the article's own title under the translation
        parts.append(f'<div class="original-title" lang="{document.lang}">{escape(brief.title)}</div>')
    if brief.source_line:
        parts.append(f'<div class="source">{escape(brief.source_line)}</div>')
    unit = "passage" if brief.citation_unit == "passage" else "paragraph"
    if unit == "passage":
        parts.append(f'<div class="passages">{escape(PASSAGE_NOTE[brief.lang])}</div>')
    if brief.checks is not None and brief.checks.citation_precision is not None:
        parts.append(f'<div class="checks">{escape(_checks_line(brief))}</div>')
    parts.append("</header><main>")
    parts.append('<section id="brief" aria-label="Brief">')
    if brief.warnings:
        parts.append('<ul class="warnings">' + "".join(f"<li>{escape(w)}</li>" for w in brief.warnings) + "</ul>")
    for k, group in enumerate(brief.groups, start=1):
        heading = f"Group {k}: {escape(shown_title(group.title, brief.lang))}" if group.title else f"Group {k}"
        parts.append(f"<h2>{heading}</h2><ul>")
        for point in group.points:
            marks = "".join(
                f'<a class="cite" href="#p{n}" data-n="{n}" title="Show {unit} {n}">[{n}]</a>' for n in point.citations
            )
            verdict = badge = ""
            if point.support is not None:
                label = point.support.label.value
                verdict = f' data-verdict="{escape(label)}"'
                badge = (
                    f' <span class="verdict verdict-{escape(label)}" title="{escape(point.support.reason)}">'
                    f"{_VERDICT_MARK.get(label, '?')} {escape(label)}</span>"
                )
            parts.append(f"<li{verdict}><bdi>{escape(strip_full_stop(point.text))}</bdi> {marks}{badge}</li>")
        parts.append("</ul>")
    parts.append("</section>")
    parts.append('<section id="source" aria-label="Source paragraphs"><ol class="paragraphs">')
    for segment in document.segments:
        text = f"<span><bdi>{escape(segment.text)}</bdi></span>"
        passage = _PASSAGE_CLASS if segment.passage else ""
        parts.append(f'<li id="p{segment.n}"{passage}><span class="n">[{segment.n}]</span>{text}</li>')
    parts.append("</ol></section></main>")
    parts.append(f"<script>{_asset('page.js')}</script>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
