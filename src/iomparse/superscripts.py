"""Superscript digits: footnote markers as iomparse writes them in text (``¹²``), and the way back to digits.

A module of its own, so that what only needs them (the text codec, inline markup) does not load the lexer."""

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
