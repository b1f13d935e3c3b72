"""Header blocks → `Meta`: one reader per kind of header line, and the cover's notes and adoption lines read.

`header_meta` hands each line of a header block to the reader of its kind (`HEADER_READERS`, one for each
of the grammar's ``header_field`` kinds; a test holds them equal). Each fact is filled once; a second line
of the same kind (a second date, say) is kept in ``Meta.other`` as written, so no header line is ever lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from attrs import define, evolve, field

from .inline import date_ref, resolution_ref
from .lexer import LineToken, strip_markup
from .model import Adoption, DateRange, Meta, Session, Submission, Symbol
from .symbols import SYMBOL_CANDIDATE, numbers_apart, parse_symbol
from .values import FULL_DATE, ordinal_to_int, parse_date, parse_date_range, parse_session
from .vocabulary import PLACES, alternation


def header_meta(fields: list[LineToken]) -> Meta:
    """The facts of a header block. The first line in capitals is the title, the next the subtitle. Bold
    lines are a statement's letterhead, the last of them its speaker when no ``Statement by:`` line names
    one (unless it goes on the mission's name in lower case, ``to the United Nations Office …``, or the
    header has an ``Original:`` line: a paper's, no statement's)."""
    facts = _HeaderFacts()
    for token in fields:
        HEADER_READERS[token.type](facts, token, strip_markup(token.info.text))
    return facts.meta()


@define
class _HeaderFacts:
    """The facts read so far from a header block."""

    values: dict[str, Any] = field(factory=dict)
    other: list[str] = field(factory=list)  # header lines no fact took, as written
    notes: list[str] = field(factory=list)
    letterhead: list[str] = field(factory=list)

    def put(self, name: str, value: Any, text: str) -> None:
        """Fill fact ``name`` with ``value``, or keep ``text`` in ``other`` when it is filled or ``value`` is
        ``None``."""
        if value is None or name in self.values:
            self.other.append(text)
        else:
            self.values[name] = value

    def meta(self) -> Meta:
        values = dict(self.values)
        letterhead = list(self.letterhead)
        spoken = "speaker" not in values and "original_language" not in values  # (a paper's header: no speaker)
        if letterhead and spoken and not letterhead[-1][:1].islower():  # (to the United Nations Office …: the
            values["speaker"] = letterhead.pop()  # mission's name goes on)
        return Meta(**values, letterhead=tuple(letterhead), notes=tuple(self.notes), other=tuple(self.other))


Reader = Callable[[_HeaderFacts, LineToken, str], None]


def _symbol(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """A symbol line; a line of several symbols gives the document its first and keeps the others, and a
    range (``C/108/L/5 to C/108/L/7``) the symbols between its ends too."""
    found = list(SYMBOL_CANDIDATE.finditer(text.rstrip("*")))
    symbols = [s for s in (parse_symbol(match.group()) for match in found) if s]
    if not symbols or len(symbols) != len(SYMBOL_CANDIDATE.findall(text)):
        facts.other.append(text)
        return
    symbols = _ranges_expanded(symbols, [text[a.end() : b.start()] for a, b in pairwise(found)])
    if "symbol" not in facts.values:
        facts.values["symbol"], symbols = symbols[0], symbols[1:]
    others = list(facts.values.get("other_symbols", ()))
    for symbol in symbols:  # more symbols of the same document: a cover listing several, a note sheet's
        if symbol == facts.values["symbol"] or symbol in others:
            facts.other.append(str(symbol))  # the same symbol again, kept as written
        else:
            others.append(symbol)
    if others:
        facts.values["other_symbols"] = tuple(others)


_RANGE = re.compile(r"\s*(?:to|[–-])\s*")
_LONGEST_RANGE = 50  # a cover's range spans a session's drafts, not a whole series


def _ranges_expanded(symbols: list[Symbol], between: list[str]) -> list[Symbol]:
    """The symbols of a line with each range's inner symbols put in: ``C/108/L/5 to C/108/L/7`` covers
    C/108/L/6 too. A range's ends differ only in their last number; other pairs are left as written."""
    expanded = symbols[:1]
    for (first, last), joint in zip(pairwise(symbols), between, strict=True):
        apart = numbers_apart(first, last) if _RANGE.fullmatch(joint) else None
        if apart is not None and 0 < apart <= _LONGEST_RANGE:
            start = int(first.parts[-1])
            expanded += [Symbol((*first.parts[:-1], str(n))) for n in range(start + 1, start + apart)]
        expanded.append(last)
    return expanded


def _original(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """``Original: English``, perhaps with the date on the same line (``Original: English 14 May 2012``)."""
    if "original_language" in facts.values:
        facts.other.append(text)  # a second Original line, kept whole
        return
    facts.values["original_language"] = token.info.match_group("text")
    rest = strip_markup(token.info.match_group("date") or "")
    shared = parse_date(rest) if FULL_DATE.fullmatch(rest) else None
    if shared and "date" not in facts.values:
        facts.values["date"] = shared
    elif rest:  # Original: English 14 May 2012 with a date already read, or with something else
        facts.other.append(rest)


def _date(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """A date line; ``Geneva, 16 March 2005`` gives the place too, when no line gives it."""
    facts.put("date", parse_date(text), text)
    place = _PLACE_BEFORE_DATE.match(text)
    if place and "place" not in facts.values and not place.group(1).lower().endswith("day"):
        facts.put("place", place.group(1), text)


_PLACE_BEFORE_DATE = re.compile(r"([A-Z][^\W\d]+(?: [A-Z][^\W\d]+)?),\s+\d")


def _session(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    facts.put("session", parse_session(text), text)


def _organ(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """The issuing body, without the year a dialogue's line adds to its name (``INTERNATIONAL DIALOGUE ON
    MIGRATION 2014``: the year's dialogue, the body's name before it; the line stays the raw)."""
    facts.put("organ", _ORGAN_YEAR.sub("", text), text)


_ORGAN_YEAR = re.compile(r"\s+(?:19|20)\d\d$")


_REPORTED = re.compile(r"REPORT ON THE (?P<session>.+? SESSION)\b", re.IGNORECASE)
_TYPED_NOTE_MARKER = re.compile(r"\s*(?P<stars>\*{1,3})/$")


def _caps(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """The first line in capitals is the title (with the ``*`` that ties it to a cover note, and the session
    a report's title names); the next is the subtitle."""
    if "title" in facts.values:
        facts.put("subtitle", text, text)
        return
    raw = token.info.text.strip()
    if typed := _TYPED_NOTE_MARKER.search(text):  # … FOR 1977-1978 */ (a typist's marker, as 1/ for a note)
        text, raw = text[: typed.start()], raw[: len(raw) - len(typed.group())] + typed.group("stars")
    facts.values["title"] = text.rstrip("*").rstrip()
    marks = len(raw) - len(raw.rstrip("*")) - (len(raw) - len(raw.lstrip("*")))
    if marks > 0:  # COUNCIL*** (bold closing, then the note marker) or COUNCIL*
        facts.values["title_note_marker"] = "*" * marks
    reported = _REPORTED.search(text)
    if reported:
        facts.values["reported_session"] = parse_session(reported.group("session"))


def _subtitle(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    facts.put("subtitle", text, text)


_SPEAKER_LINE = re.compile(r"(?:Statement(?: delivered)?|Delivered) by\s*(?::\s*|\s)(?P<name>.+)")


_OCCASION_AFTER_NAME = re.compile(r",\s+(?=(?:at|before|to|on the occasion of) (?:the|its|a|an)\b)")
"""Where a speaker's line goes on with the occasion (``Delivered by Mr …, Director General, at the opening
meeting of the session``): the words after are no part of the speaker."""


def _speaker(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """``Statement by: H.E. …``, ``Delivered by H.E. …`` or ``Statement by`` over the name (the label kept
    apart), or the speaker's name alone; an occasion after the name (``…, Director General, at the …``) is
    the statement's occasion (kept among the header's other lines where it names one already)."""
    named = _SPEAKER_LINE.fullmatch(text)
    name = named.group("name") if named else text
    occasion = _OCCASION_AFTER_NAME.search(name) if named else None
    if occasion is not None:
        name, after = name[: occasion.start()], name[occasion.end() :]
        facts.put("occasion", after, after)  # (kept in ``other`` where the header names an occasion already)
    facts.put("speaker", name, text)
    if named and facts.values.get("speaker") == name:
        facts.values["speaker_label"] = text[: named.start("name")].strip()


_OCCASION_SESSION = re.compile(r"(?P<session>.+?\bsession)\b", re.IGNORECASE)


_TITLE_BEFORE_SESSION = re.compile(r"(?P<title>(?:[A-Z][A-Z'’-]+ ){2,})(?=\d{1,3}(?:st|nd|rd|th) [Ss]ession\b)")
_DATE_AT_END = re.compile(rf",? (?P<date>{FULL_DATE.pattern})$")


def _occasion(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """A statement's meeting line, which names the session too (``106th Session of the Council, …``); a
    second one is kept in ``other`` as it is, its session not read (its words would be written twice). Web
    text runs the title and the date into it (``STATEMENT OF … 107th Session of the IOM Council General
    Debate 6 December 2016``): they are read apart."""
    if "occasion" in facts.values:
        facts.other.append(text)
        return
    title = _TITLE_BEFORE_SESSION.match(text)
    if title is not None:
        facts.put("title", title.group("title").strip(), title.group("title").strip())
        text = text[title.end() :]
    text = _meeting_at_end(facts, text)  # (first: the last day of a range is no statement's date)
    dated = _DATE_AT_END.search(text)
    if dated is not None and "date" not in facts.values:
        facts.values["date"] = parse_date(dated.group("date"))
        text = text[: dated.start()]
    facts.put("occasion", text, text)
    parsed = _session_named(text)
    if parsed and "session" not in facts.values:  # read out of the meeting line: its raw text is that line
        facts.values["session"] = evolve(parsed, raw=text)


def _session_named(text: str) -> Session | None:
    """The session a meeting line names, at its start (``NINETY-SECOND SESSION OF THE COUNCIL``) or after
    the words of a statement's title (``OPENING STATEMENT TO THE NINETY-SIXTH SESSION OF THE COUNCIL``)."""
    session = _OCCASION_SESSION.match(text)
    if session is None:
        return None
    words = session.group("session").split(" ")
    return next((found for at in range(len(words)) if (found := parse_session(" ".join(words[at:])))), None)


def _meeting_at_end(facts: _HeaderFacts, text: str) -> str:
    """A meeting line's text without the place and dates of the session that end it (``Eighty-second Session
    of the Council, Geneva, 27-29 November 2001``, ``NINETY-SECOND SESSION OF THE COUNCIL Geneva, 28 November
    – 1 December 2006``), read as the meeting's dates where none are known yet; ``text`` unchanged
    where no range of days ends it (a day alone is a statement's date, read after)."""
    if "meeting" in facts.values:
        return text
    for start in _tail_starts(text):
        tail = text[start:]
        place = _PLACE_FIRST.match(tail)
        found = parse_date_range(tail[place.end() :] if place else tail)
        if found is not None and found.start != found.end:
            facts.put("meeting", DateRange(found.start, found.end, tail), tail)  # (its place stays in the raw: a
            return text[:start].rstrip(" ,")  # place is a line of its own)
    return text


def _tail_starts(text: str) -> list[int]:
    """Where the place and dates ending a meeting line may start: after each comma, and at each place's name."""
    commas = [match.end() for match in re.finditer(r",\s+", text)]
    places = [match.start() for match in _PLACE_NAME.finditer(text)]
    return sorted({*commas, *places})


_PLACE_NAME = re.compile(rf"(?<= )(?:{alternation(PLACES, escape=True)})(?=,? )")
_PLACE_FIRST = re.compile(rf"(?P<place>{alternation(PLACES, escape=True)}),?\s+")


def _place(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    facts.put("place", text, text)


def _meeting_dates(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """``26 to 29 November 2013``, or ``Geneva, 24th – 27th November 2015`` (the place, or the meeting's name,
    stays in the raw), or a record's ``Held at the Palais des Nations, Geneva, on Tuesday, 17 May 1983, at
    10.20 a.m.``"""
    held = _HELD_AT.match(text)
    if held is not None and "place" not in facts.values:
        facts.values["place"] = held.group("place")  # Held at the Palais des Nations, Geneva, on …: where
    found = parse_date_range(text)
    at = text.find(", ")
    while found is None and at >= 0:  # the place's or the meeting's name, then the dates: from the first comma on
        found = parse_date_range(text[at + 2 :])
        at = text.find(", ", at + 2)
    if found is None and (day := FULL_DATE.search(text)) is not None:
        found = parse_date_range(day.group())
    meeting = facts.values.get("meeting")
    if (
        found
        and meeting
        and "date" not in facts.values
        and found.start == found.end
        and meeting.start <= found.start <= meeting.end
    ):
        facts.put("date", found.start, text)  # Geneva, 27-30 November 2007 / … / Tuesday, 27 November 2007: a
        return  # statement's day, within its session's dates
    facts.put("meeting", DateRange(found.start, found.end, text) if found else None, text)


_HELD_AT = re.compile(r"(?i)held (?:at|in) (?:the )?(?P<place>[^,].*?),? on (?=[a-z]+day|\d)")
"""Where a record's meeting was held, as its header names it: ``Held at the Palais des Nations, Geneva, on …``."""


def _rapporteur(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    facts.put("rapporteur", token.info.match_group("text"), text)


_APPROVAL = re.compile(
    r"\b(?:approved|endorsed|adopted|took note)\b.*?(?P<ref>Resolutions? Nos?\.\s*\d.+)", re.IGNORECASE
)
_APPROVAL_AFTER = re.compile(  # The Council, by Resolution No. 1128 (XC) of 29 November 2005, approved …
    r"\bby (?P<ref>Resolutions? Nos?\.\s*\d[^,;]*),?\s+(?:it\s+)?(?:approved|endorsed|adopted|took note)\b",
    re.IGNORECASE,
)
_SUBMISSION = re.compile(
    r"submitted to the (?P<organ>.+?) at its (?P<session>.+? Session)(?: (?:in|on) (?P<date>[^.]+))?", re.IGNORECASE
)


_NOTE_MARK = re.compile(r"^(?:\\?\*+/?|/(?=\s))\s*")  # *, \* (a converter's escape), */ (a typist's; the * bare of it)


def _note(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """A cover note, and what it says: the resolution that approved the document, the body and session it
    is submitted to."""
    note = _NOTE_MARK.sub("", text, count=1).strip()  # * This report …, \* This report … (a converter's escape)
    if facts.notes and note == text.strip() and not facts.notes[-1].endswith((".", ":", ";", "!", "?", "”", ")")):
        note = facts.notes.pop() + " " + note  # … Resolution No. 1339 of / blank / 6 December 2016.: its end
        facts.values.update(note_facts(note))  # (plain pdftotext prints a note's second line a blank line apart)
        facts.notes.append(note)
        return
    facts.notes.append(note)
    for name, value in note_facts(note).items():
        facts.values.setdefault(name, value)


def note_facts(note: str) -> dict[str, Any]:
    """What a cover note says: the resolution that approved the document (``approval``), the body and
    session it is submitted to (``submission``), as `Meta` fields."""
    found: dict[str, Any] = {}
    approval = _APPROVAL.search(note) or _APPROVAL_AFTER.search(note)
    if approval:
        found["approval"] = resolution_ref(approval.group("ref").rstrip("."))
    submission = _SUBMISSION.search(note)
    if submission:
        found["submission"] = Submission(
            submission.group("organ"),
            parse_session(submission.group("session")),
            _iso_month_or_date(submission.group("date") or ""),
        )
    return found


def _letterhead(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    """A bold line or a letterhead line; a bold span over several lines is a letterhead of several lines."""
    raw = token.info.raw
    facts.letterhead.extend([strip_markup(line) for line in raw] if len(raw) > 1 else [text])


def _other(facts: _HeaderFacts, token: LineToken, text: str) -> None:
    facts.other.append(text)


#: The reader of each kind of header line (the grammar's ``header_field`` kinds).
HEADER_READERS: dict[str, Reader] = {
    "SYMBOL_LINE": _symbol,
    "ORIGINAL": _original,
    "DATE_LINE": _date,
    "SESSION_LINE": _session,
    "ORGAN": _organ,
    "CAPS": _caps,
    "SUBTITLE": _subtitle,
    "BOLD": _letterhead,
    "LETTERHEAD": _letterhead,
    "SPEAKER": _speaker,
    "OCCASION": _occasion,
    "PLACE": _place,
    "MEETING_DATES": _meeting_dates,
    "RAPPORTEUR": _rapporteur,
    "NOTE": _note,
    "HEADER_TEXT": _other,
}


def _iso_month_or_date(text: str) -> str | None:
    """``June 2012`` → ``2012-06``; ``4 June 2012`` → ``2012-06-04``; else ``None``."""
    ref = date_ref(text.strip())
    return ref.start if ref is not None and ref.start == ref.end else None


_ADOPTED_BY = re.compile(r"Adopted(?: by the (?P<body>.+?))?(?= (?:at|during|on) |,|$)", re.IGNORECASE)
_ADOPTED_AT = re.compile(r"\b(?:at|during) (?:its|the) (?P<ordinal>\S+) (?P<what>meeting|session)\b", re.IGNORECASE)
_ADOPTED_ON = re.compile(rf"\bon (?P<date>{FULL_DATE.pattern})", re.IGNORECASE)
"""An adoption line's parts, in either order: ``… at its 407th meeting on 29 November 1995``, ``… on 29
November 2000 at its 434th meeting``."""


def _date_after_on(rest: str) -> date | None:
    """The date after ``on`` written otherwise than day, month and year (``on 29th November 2000``, ``on
    Monday, 29 November 2000``), as `parse_date` reads it."""
    on = re.search(r"\bon\s+", rest)
    return parse_date(rest[on.end() :]) if on else None


def parse_adoption(text: str) -> Adoption:
    """An adoption line → `Adoption`: ``(Adopted by the Council at its 407th meeting on 29 November 1995)``,
    ``(Adopted at the 352nd meeting on 27 November 1990)``, ``Adopted by the Council on 28 November 1990``."""
    raw = strip_markup(text)
    line = raw.strip("().").strip()
    adopted = _ADOPTED_BY.search(line)
    if not adopted:
        return Adoption(raw)
    rest = line[adopted.end() :]
    at, on = _ADOPTED_AT.search(rest), _ADOPTED_ON.search(rest)
    number = ordinal_to_int(at.group("ordinal")) if at else None
    is_meeting = at is not None and at.group("what").lower() == "meeting"
    return Adoption(
        raw=raw,
        body=adopted.group("body"),
        meeting=number if is_meeting else None,
        session=None if is_meeting else number,
        date=parse_date(on.group("date")) if on else _date_after_on(rest),
    )
