"""Small value parsers shared by the lexer and the builder: dates, ordinals, roman numerals, sessions."""

from __future__ import annotations

import datetime as dt
import re

from .model import DateRange, Session

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

#: A date written in full, alone: ``4 November 2004``.
FULL_DATE = re.compile(rf"\d{{1,2}} {MONTH_PATTERN} \d{{4}}", re.IGNORECASE)
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


def int_to_roman(number: int) -> str:
    """71 → ``"LXXI"`` (for 1 to 399)."""
    result = ""
    for value, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while number >= value:
            result += letters
            number -= value
    return result


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

    ``"EIGHTY-EIGHTH"`` → 88, ``"Ninety second"`` → 92, ``"Hundred and fifth"`` → 105, ``"ONE HUNDREDTH"`` →
    100, ``"101ST"`` → 101.
    """
    text = text.strip()
    numeric = _ORDINAL_NUMERIC.fullmatch(text)
    if numeric:
        return int(numeric.group(1))
    words = re.sub(r"[\s-]+", " ", text.lower()).strip()
    words = re.sub(r"^(?:one|a) (?=hundredth$)", "", words)
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


def session_named_in(text: str) -> Session | None:
    """The session a line names among other words (``General debate, 114th Session of the Council``,
    ``Hundred and sixth Session``), if any."""
    for match in _SESSION_IN_TEXT.finditer(text):
        session = parse_session(match.group())
        if session is not None:
            return session
    return None


_SESSION_IN_TEXT = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Za-z-]+(?: [A-Za-z-]+){0,2}) (?:special )?session\b", re.IGNORECASE
)


_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DASH = r"(?:\s*(?:-|–|—|to)\s*|,?\s+and\s+)"  # 2-4, 26 to 29, and a two days' meeting: 27 and 28 June 2023
#: The forms a range of dates is written in, in full (a meeting's dates).
DATE_RANGE_FORMS = (
    # 28 November to 1 December 2006; Tuesday, 24 November, to Friday, 27 November 2015
    re.compile(
        rf"{_WEEKDAY}{_DAY}\s+({MONTH_PATTERN}),?{_DASH}{_WEEKDAY}{_DAY}\s+({MONTH_PATTERN}),?\s+(\d{{4}})",
        re.IGNORECASE,
    ),
    # 2-4 December 2002; 26 to 29 November 2013; 24th – 27th November 2015
    re.compile(rf"{_WEEKDAY}{_DAY}{_DASH}{_WEEKDAY}{_DAY}\s+({MONTH_PATTERN}),?\s+(\d{{4}})", re.IGNORECASE),
)


def parse_date_range(text: str) -> DateRange | None:
    """A date or a range of dates written in full → `DateRange` (``start == end`` for a single day).

    ``"2-4 December 2002"``, ``"26 to 29 November 2013"``, ``"28 November to 1 December 2006"``,
    ``"Tuesday, 24 November, to Friday, 27 November 2015"``, ``"27 and 28 June 2023"``, ``"4 November 2004"``.
    """
    raw = " ".join(text.split())
    try:
        for number, form in enumerate(DATE_RANGE_FORMS):
            match = form.fullmatch(raw)
            if not match:
                continue
            if number == 0:
                day1, month1, day2, month2, year = match.groups()
            else:
                day1, day2, month2, year = match.groups()
                month1 = month2
            end = dt.date(int(year), MONTHS[month2.lower()], int(day2))
            start = dt.date(int(year), MONTHS[month1.lower()], int(day1))
            if start > end:  # a range across the new year: 28 December to 2 January 2016
                start = start.replace(year=start.year - 1)
            return DateRange(start, end, raw)
    except ValueError:
        return None
    single = _DATE.fullmatch(re.sub(_WEEKDAY, "", raw.removeprefix("Geneva, "), count=1))
    if single:
        day = parse_date(raw)
        return DateRange(day, day, raw) if day else None
    return None
