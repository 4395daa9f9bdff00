"""One word of a person's name as an English article writes it, its inner capital kept:
"McGowan", "MacDonald", "O'Carroll", "D'Angelo", "Carrion-Moore". A plain `[A-Z][a-z]+` reads
"McGowan" as "Mc" and "O'Carroll" as "O", which the word list (`tokenize.en_terms`: "mcgowan",
"o'carroll") never holds, so such a name counted as no name at all. "Mac" is a prefix only before
a capital ("Mackenzie" stays one word as written)."""

from __future__ import annotations

from citebrief.text.latin_letters import LOWER, UPPER

# accented capitals and small letters count ("Özil", "Gündoğan", text/latin_letters.py)
NAME_WORD = rf"(?:Ma?c(?=[A-Z])|[OD]['’](?=[A-Z]))?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
