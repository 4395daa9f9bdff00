"""One word of a person's name as an English article writes it, its inner capital kept:
"McGowan", "MacDonald", "O'Carroll", "D'Angelo", "Carrion-Moore". A plain `[A-Z][a-z]+` reads
"McGowan" as "Mc" and "O'Carroll" as "O", which the word list (`tokenize.en_terms`: "mcgowan",
"o'carroll") never holds, so such a name counted as no name at all. "Mac" is a prefix only before
a capital ("Mackenzie" stays one word as written)."""

from __future__ import annotations

NAME_WORD = r"(?:Ma?c(?=[A-Z])|[OD]['’](?=[A-Z]))?[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
