"""Small value parsers shared by the lexer and the builder: dates, ordinals, roman numerals, sessions."""

from __future__ import annotations

import datetime as dt
import re

from .model import Session

MONTHS = {
    name: number
    for number, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
MONTH_PATTERN = "(?:" + "|".join(name.capitalize() for name in MONTHS) + ")"

_DATE = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_PATTERN}),? (\d{{4}})", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """``"4 November 2004"`` → ``date(2004, 11, 4)``; ``None`` when ``text`` holds no valid date."""
    match = _DATE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    try:
        return dt.date(int(year), MONTHS[month.lower()], int(day))
    except ValueError:
        return None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ROMAN_PATTERN = "M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_FULL = re.compile(f"(?=[IVXLCDM])({ROMAN_PATTERN})")


def roman_to_int(text: str) -> int | None:
    """``"LXXI"`` → 71; ``None`` when ``text`` is not a well-formed roman numeral."""
    text = text.upper()
    if not text or not _ROMAN_FULL.fullmatch(text):
        return None
    total = 0
    for char, following in zip(text, text[1:] + " ", strict=True):
        value = _ROMAN[char]
        total += -value if following != " " and _ROMAN[following] > value else value
    return total


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_ORDINAL = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
_TENS_CARDINAL = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _ordinal_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, word in enumerate(_UNITS, 1):
        words[word] = i
    for i, word in enumerate(_TEENS, 10):
        words[word] = i
    for tens, (ordinal, cardinal) in enumerate(zip(_TENS_ORDINAL, _TENS_CARDINAL, strict=True), 2):
        words[ordinal] = tens * 10
        for i, unit in enumerate(_UNITS, 1):
            words[f"{cardinal} {unit}"] = tens * 10 + i
    words["hundredth"] = 100
    return words


_ORDINAL_WORDS = _ordinal_words()
_ORDINAL_NUMERIC = re.compile(r"(\d+)(?:st|nd|rd|th)", re.IGNORECASE)


def ordinal_to_int(text: str) -> int | None:
    """An English ordinal in words or digits → int.

    ``"EIGHTY-EIGHTH"`` → 88, ``"Ninety second"`` → 92, ``"Hundred and fifth"`` → 105, ``"101ST"`` → 101.
    """
    text = text.strip()
    numeric = _ORDINAL_NUMERIC.fullmatch(text)
    if numeric:
        return int(numeric.group(1))
    words = re.sub(r"[\s-]+", " ", text.lower()).strip()
    hundreds = 0
    hundred = re.match(r"(?:one |a )?hundred(?: and)? (.+)", words)
    if hundred:
        hundreds, words = 100, hundred.group(1)
    value = _ORDINAL_WORDS.get(words)
    return None if value is None else hundreds + value


_SESSION = re.compile(
    r"(?P<ordinal>[A-Za-z][A-Za-z \-]*?|\d+(?:st|nd|rd|th))\s*(?P<special>\(special\)|special)?\s+session",
    re.IGNORECASE,
)


def parse_session(text: str) -> Session | None:
    """A session line → `Session`: ``EIGHTY-EIGHTH SESSION``, ``EIGHTY-FIFTH (SPECIAL) SESSION``,
    ``101ST SESSION``, ``106th Session``, ``Seventh Special Session``."""
    match = _SESSION.fullmatch(text.strip())
    if not match:
        return None
    number = ordinal_to_int(match.group("ordinal"))
    if number is None:
        return None
    return Session(number=number, raw=text.strip(), special=match.group("special") is not None)
