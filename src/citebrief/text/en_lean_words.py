"""An English bullet whose words lean on a sentence the brief left out, though it opens on no
turn word: a time told against the sentence before ("The same week, a woman in London revealed
…", en-cnndm 176, after a bullet that is not the Boston charge it dates by), a subject's "then"
("Rode then made the most of Bayern's second chance…", en-cnndm 178, opening its group, the save
before it left out) and an "also" of a clause that repeats a mishap the brief never gave
("Asenjo had a night to forget as he also spilled…", en-cnndm 61: the near-post goal is out).

Readers of the blind read named these as bullets leaning on nothing. Where the bullet before is
not the sentence leaned on (`cited_points`, as `en_turn_words`), the bullet says its claim
without the leaning words; what is left stands alone ("A woman in London revealed …", "Rode made
the most of …", "… as he spilled Sergio Garcia's cross …").
"""

from __future__ import annotations

from citebrief.text.en_turn_words import without_opening
from citebrief.text.lazy_re import LazyPattern

# "The same week, " / "That same day, ": the time of the sentence before; "This as Woods, …
# showed flashes of his old magic" (en-cnndm 90): the tabloid's "this happened as"
_SAME_TIME = LazyPattern(
    r"(?:(?:The|That) same (?:day|night|morning|afternoon|evening|week|weekend|month|year),|This as)\s+(?=[A-Za-z])"
)
# "Rode then made": a one- or two-word name and "then" before a past-tense verb
_SUBJECT_THEN = LazyPattern(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? (then) (?=(?:[a-z]+ed|made|took|won|hit|got|gave)\b)")
# "… as he also spilled": a pronoun's "also" in a clause telling a second mishap
_CLAUSE_ALSO = LazyPattern(r"\b(?:as|when) (?:he|she|they) (also) (?=[a-z]+ed\b)")


def without_lean_words(text: str, heads_group: bool) -> str:
    """`text` less the words that lean on the sentence before it ("The same week, a woman …" →
    "A woman …"; "Rode then made …" → "Rode made …" where it opens its group (`heads_group`:
    after a bullet of the same run "then" reads on, as "Mr Docherty then repeated …", en-cnndm
    193); "… as he also spilled …" → "… as he spilled …"); `text` itself where it has none or
    too little would be left."""
    text = without_opening(_SAME_TIME.match(text), text)
    if heads_group and (found := _SUBJECT_THEN.match(text)) is not None:
        text = text[: found.start(1)] + text[found.end(1) + 1 :]
    if (found := _CLAUSE_ALSO.search(text)) is not None:
        text = text[: found.start(1)] + text[found.end(1) + 1 :]
    return text
