"""The llm engine: numbered paragraphs in, a validated, cited Brief out, in the language asked for.

1. Plan: the numbered article in one call when it fits `max_input_tokens`; else map-reduce —
   key points per part of whole paragraphs (original numbers kept), then one call that groups
   the points into the brief.
2. Ask: prompts from `prompts/*.txt`; the article is fenced as data and the system message says
   it is material, not instructions. The client asks for JSON-schema output where the server
   takes it (see `llm_client`).
3. Check everything ourselves: JSON, the schema (pydantic), citations in range, the language,
   and no trace of an instruction planted in the article. A failed check goes back to the
   model once, with the exact error; a second failure, or a server that gives no answer after
   its retries, falls back to the extractive engine with a warning and says so in `engine`.
   Only a setup problem (no key, no server) stops the run.
"""

from citebrief.engines.llm.budget import Estimate, estimate
from citebrief.engines.llm.engine import ENGINE_NAME, FALLBACK_PREFIX, draft_llm, fallback, llm_judge

__all__ = ["ENGINE_NAME", "FALLBACK_PREFIX", "Estimate", "draft_llm", "estimate", "fallback", "llm_judge"]
