"""The letters an English article writes words and names in: ASCII and the accented Latin ones
("José", "Müller", "Łódź", "Gündoğan"), as regex class bodies. An ASCII class cut "Jörg
Düsterwald" into "rg" and "sterwald", so the name was no word, no term and no title. Latin-1's
× and ÷ are no letters; Greek and Cyrillic are left out (an English article spells them out)."""

from __future__ import annotations

# Latin Extended-A and -B mix capitals and small letters, so their cases are read off one by one
_EXTENDED = [chr(code) for code in range(0x100, 0x250) if chr(code).isalpha()]
LETTER = "A-Za-zÀ-ÖØ-öø-ɏ"
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if not c.isupper())
# every letter of LETTER, one by one (for a test of one character)
LETTERS = "".join(chr(code) for code in range(0x41, 0x250) if chr(code).isalpha() and chr(code) not in "ªµº")
