"""The verify stage: does each bullet's cited paragraph really say it?

Readers of summaries are burned by claims the source never made, by figures that drift (3.2%
becomes 32%) and by citations that point at the wrong paragraph. Each bullet gets a verdict —
supported, partial, unsupported or unverifiable — with the reason in words and the evidence
(the cited paragraph's best-matching sentence, as a span of the document). Checks, cheapest first:

1. citations: at least one, every one a paragraph of the article;
2. facts: the bullet's figures (normalized by `citebrief.text.numbers`: 三千 = 3000, 百分之五 = 5%)
   and, in the article's language, its names are in the cited paragraphs; a figure found only in
   an uncited paragraph makes a wrong citation, and the verdict names where it really is;
   A figure matches a whole quantity (12 million is not in "112 million"); document numbers
   (国办函〔2005〕21号, "No. 21") are identifiers; a bullet citing several paragraphs is held to
   each, and one that gives other figures in their place makes it partial;
3. words (same language): a quotation is settled; otherwise the IDF-weighted share of the
   bullet's content words found in the best sentence of its cited paragraphs, and the verdict
   says it was checked by word overlap only; a sentence that flips one of its words (left for
   right, "not", another number or name: `contrasts`; 增长 for 下降, a 不 or 未能 one side lacks:
   `zh_contrasts`) does not support it, and a
   bullet citing several paragraphs is held to each (one that does not say it makes it partial);
4. judge (another language, or a same-language paraphrase): a `Judge` — in practice the LLM
   client — asked in one batch whether each paragraph states each claim; without one, what
   checks 1–2 cannot settle across languages is `unverifiable` rather than guessed.

`verify_brief` returns a new Brief with a verdict on every bullet and brief-level `Checks`;
with `strict=True` unsupported bullets are re-cited, replaced or dropped, and the brief says so.
"""

from citebrief.verify.brief_figures import brief_checks
from citebrief.verify.checks import WORDS_ONLY, check_point
from citebrief.verify.index import SourceIndex
from citebrief.verify.repairs import Regenerate
from citebrief.verify.stage import verify_brief

__all__ = ["WORDS_ONLY", "Regenerate", "SourceIndex", "brief_checks", "check_point", "verify_brief"]
