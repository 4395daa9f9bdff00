"""The speaker a sentence names between commas before the verb that opens its quotation: "Trust
chairman, Rob Rees, said: \"…", "The judge, Mr Recorder Simon Farrell QC, told him: '…".

`en_actors.named` reads a name that opens the sentence, or one right before the verb, so the
role written first and the name set off after it by commas read as no one ("The judge, Mr …,
told him:") or as the wrong word ("Murray's husband, Tom Mooney, said on Facebook:" gave
"Facebook"), and the quotation's later lines stayed speakerless bullets in the brief
(`en_quote_owners`; en-cnndm 166's sentencing remarks). A name here is two to six capitalised
words, the verb one of the table's "quoted" verbs, the quotation opened by a colon and a mark
within a few words of it: a place set off by commas ("In Paris, France, …") has no such verb and
quotation straight after it.
"""

from __future__ import annotations

from citebrief.text.speech_verbs_en import TablePattern, alternation

# what comes before the commas opens no quotation (an apostrophe inside a word is no mark: "Murray's husband")
_APPOSITIVE = TablePattern(
    lambda: (
        r"(?:^|, )(?:[^,'‘\"“]|(?<=\w)['’])*?, (?P<who>(?:[A-Z][\w.'’-]*\s){1,5}[A-Z][\w.'’-]*), "
        rf"{alternation('quoted')}\b[^'‘\"“:,]{{0,40}}:\s*['‘\"“]"
    )
)


def appositive_speaker(sentence: str) -> str:
    """The name `sentence` sets off by commas right before the verb opening its quotation ("Trust
    chairman, Rob Rees, said: \"…": "Rob Rees"); '' where it writes none so."""
    found = _APPOSITIVE.search(sentence)
    return found.group("who") if found else ""
