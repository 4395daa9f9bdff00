"""Bullets that open on a word leaning on the sentence before them, read away from that sentence.

    .venv/bin/python bench/leaning_bullets.py [--sets zh-news zh-clts en-cnndm zh-policy]
        [--limit 60] [--show]

Each record's raw article is read as `citebrief run FILE` reads a .txt file and drafted. A bullet
leans when it opens on a pronoun or a word pointing back (他/她/其/该/这/此/上述/这些…; "He", "She",
"It", "They", "This", "These", "But", "Also", "He added"…) and starts where its source sentence
starts (one that starts earlier carries its antecedent). Its antecedent is the source sentence just
before it, in its paragraph or the paragraph before. A leaning bullet counts as:
- ok: the bullet right before it in its group says the antecedent;
- group head: it opens a group and the previous group's last bullet says the antecedent (read
  after a title, the reader has lost it);
- elsewhere: another bullet of the brief says the antecedent;
- absent: no bullet says it.
Its own patterns, not the engine's; read its hits.
"""

from __future__ import annotations

import re

from bullet_kinds import count_kinds
from citebrief.model import Document
from citebrief.pipeline import draft

ZH_LEANING = re.compile(
    r"^(?:[^，。“”]{2,14}[上中时后]，)?(?:他们?|她们?|它们?|其(?![他它实余次])|该(?![死])|这|此(?![外前后次时])|上述|那些|对此|为此)"
)
EN_LEANING = re.compile(
    r"^[‘'\"“]?(?:He|She|It|They|This|These|Those|That|His|Her|Their|Its|But|Also|However|Yet|Both|The two)\b"
    r"(?!['’]s\b)"
)


def _sentences(document: Document) -> list[tuple[int, int, str]]:
    """(paragraph number, offset in text, sentence) in reading order."""
    return [(seg.n, s.start, s.text) for seg in document.segments for s in seg.sentences]


def _says(bullet: str, sentence: str) -> bool:
    """Whether a bullet says a source sentence (its first words, or its last ones where the bullet
    is trimmed at its front)."""
    core = sentence.strip()
    return core[:12] in bullet or (len(core) > 24 and core[-12:] in bullet)


def leaning(document: Document, lang: str) -> list[tuple[str, str, str]]:
    """(kind, bullet, antecedent) for each leaning bullet of the document's draft."""
    sentences = _sentences(document)
    pattern = ZH_LEANING if lang == "zh" else EN_LEANING
    groups = [[p.text.strip() for p in g.points] for g in draft(document).groups]
    flat = [b for g in groups for b in g]
    found = []
    for g, group in enumerate(groups):
        for k, bullet in enumerate(group):
            if not pattern.match(bullet):
                continue
            at = next((j for j, (_, _, s) in enumerate(sentences) if s.strip().startswith(bullet[:10])), None)
            if not at:
                continue
            para, _, _ = sentences[at]
            before_para, _, antecedent = sentences[at - 1]
            if before_para < para - 1:
                continue
            if k and _says(group[k - 1], antecedent):
                kind = "ok"
            elif not k and g and groups[g - 1] and _says(groups[g - 1][-1], antecedent):
                kind = "group head"
            elif any(_says(other, antecedent) for other in flat if other != bullet):
                kind = "elsewhere"
            else:
                kind = "absent"
            found.append((kind, bullet, antecedent))
    return found


def main() -> None:
    count_kinds(
        __doc__,
        lambda document: leaning(document, document.lang),
        noun="leaning bullets",
        against="<-",
        listed=lambda kind: kind != "ok",
    )


if __name__ == "__main__":
    main()
