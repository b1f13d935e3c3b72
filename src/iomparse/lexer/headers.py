"""Pass 3b, header blocks: what each line of a cover page (or of an annex's own header) is.

A run of lines before the body is a header block when it holds strong evidence of one (a symbol, an
``Original:`` line, a date, a session line, a title in capitals or in bold); before a salutation, a
statement's speaker or meeting dates are evidence too. Its lines are then named: the issuing organ, place,
meeting dates, rapporteur, cover notes (after a rule, or starting with ``*``), a parenthesised subtitle,
and for a statement its letterhead and speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from ..reading_order import FIGURE, YEAR
from ..source import Line
from ..values import FULL_DATE, parse_date_range, parse_session, session_named_in
from ..vocabulary import (
    MISSION_OPENERS,
    ORGANIZATION_INITIALS,
    ORGANIZATION_NAMES,
    ORGANS,
    PLACES,
    alternation,
)
from .headings import FRONT_MATTER_TITLE, heading_shape
from .joining import one_span
from .kinds import BODY_KINDS, HEADER_OPENERS, PLAIN_KINDS, STATEMENT_HEADER_KINDS, STRONG_HEADER_KINDS
from .lines import LogicalLine
from .lines import bare as bare_text
from .rules import AMENDMENT, CLASSIFICATION, COVER_NOTE, SESSION_OF, classify, is_caps, make_line

ORGAN = re.compile(rf"(?:THE )?(?:{alternation(ORGANS)})", re.IGNORECASE)
"""A line naming a governing body (``COUNCIL``, ``Standing Committee on Programmes and Finance``)."""
_INITIALS = alternation(ORGANIZATION_INITIALS)
_NAMES = alternation(ORGANIZATION_NAMES, escape=True)
_ORGANIZATION = re.compile(
    rf"(?:(?-i:{_INITIALS})\s+)?(?:{_NAMES})(?:\s+(?:{_NAMES}))*|(?-i:(?:{_INITIALS})(?:\s*[/•·–-]\s*(?:{_INITIALS}))*)",
    re.IGNORECASE,
)
"""The Organization's name on a cover, in one language or several run together (``INTERGOVERNMENTAL COMMITTEE
FOR MIGRATION`` / ``COMITE INTERGOUVERNEMENTAL POUR LES MIGRATIONS`` / …), perhaps under its initials (its
logo's ``IOM`` / ``UN MIGRATION``), or its initials."""
_ORGAN_OR_ORGANIZATION = re.compile(f"{ORGAN.pattern}|{_ORGANIZATION.pattern}", re.IGNORECASE)
_PLACE = re.compile(  # Geneva; a venue in a known city: Palais des Nations, Geneva
    rf"[A-Z][a-zé]+(?: [A-Z][a-zé]+)?|[A-Z][\w'’]+(?: [\w'’]+){{0,5}}, (?:{alternation(PLACES, escape=True)})"
)
_OCCASION = re.compile(r"(?P<session>.{3,40}?\bsession)\b.+", re.IGNORECASE)
_MEETING_NAMED = re.compile(
    r"(?i).*\b(?:workshop|seminar|conference|meeting|symposium|consultations?|forum|round ?table)\b.*?,\s+"
    r"(?P<dates>\d.*\d{4})"
)
"""A meeting named with its dates on one line, as a paper prepared for it names it in its header
(``INTERSESSIONAL WORKSHOP ON MIGRANT SKILLS AND LABOUR MOBILITY, 8–9 October 2014``)."""
# a summary record's meeting: Held at the Palais des Nations, Geneva, on Tuesday, 17 May 1983, at 10.20 a.m.
# (or its second line: on Wednesday, 30 November 1994, at 3.15 p.m.)
_HELD = re.compile(
    rf"(?:Held (?:at|in) .*?,? on|on) (?:[A-Z][a-z]+day,? )?{FULL_DATE.pattern}"
    r"(?:,? at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.)?",
    re.IGNORECASE,
)
_CHECK_AGAINST_DELIVERY = re.compile(r"(?i)check against delivery")
_MISSION = re.compile(alternation(MISSION_OPENERS, escape=True), re.IGNORECASE)
"""The opening words of a delegation's letterhead (``PERMANENT MISSION OF …``): no title."""
_TITLED = re.compile(r"STATEMENT\b")
"""A statement's title in capitals (``STATEMENT OF THE REPUBLIC OF …``), though it comes right under a letterhead."""
_STATEMENT_BY = re.compile(r"Statement by\s*:?")
_NAMED_SPEAKER = re.compile(
    r"(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Ambassador|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Professor)\s+)+"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:,\s*[^,]{3,80}){0,2}"
)
"""A person named with an honorific, perhaps with a function after a comma (``Ambassador Tomas E. Randvere,
Director General``): in a statement's header, the speaker."""
"""``Statement by`` alone on its line, the speaker's name on the next."""


def mark_headers(logical: list[LogicalLine]) -> None:
    """Name the lines of each header block: the issuing organ, place, meeting dates, rapporteur, cover
    notes (after a rule, or starting with ``*``), a parenthesised subtitle, the speaker of a statement."""
    _cover_notes_marked(logical)
    own: set[str] = set()  # the document's own symbols (its first header block's, and its cover's after a note
    # sheet): a running header elsewhere
    start, opened, sheet = 0, True, False  # a header block opens the document, or an annex after its label
    together = _printed_together(logical)
    while start < len(logical):
        end = _zone_end(logical, start)
        zone, end, statement = _zone_lines(logical, start, end, together)
        if start == 0 or sheet:
            own |= {bare_text(line.text) for line in zone if line.kind == "SYMBOL_LINE"}
        if not any(line.kind in (STATEMENT_HEADER_KINDS if statement else STRONG_HEADER_KINDS) for line in zone):
            pass
        elif (opened and not _text_going_on(zone)) or _full_header(zone, logical[end] if end < len(logical) else None):
            _name_header_lines(zone, statement)
        else:
            _read_as_text(zone, own)
        start, opened = _next_header_start(logical, end, own)
        sheet = any(line.rule == "note-sheet" for line in zone) and _note_sheet_text(logical[end:start])
        opened = opened or sheet  # the document's own cover follows its note sheet
    for line in logical:  # lines that only a header block gives a meaning to are text elsewhere
        if line.kind in ("DATE_RANGE", "RAPPORTEUR", "SPEAKER") and not line.header:
            line.decide("TEXT", "header-line-outside-header")


def _text_going_on(zone: list[LogicalLine]) -> bool:
    """Whether a zone opens with text going on in lower case (``**own staff, through …**`` under a running
    ``Annex I`` at a page's top, a bold passage broken by the page): no header block opens so."""
    first = next((line for line in zone if line.kind in PLAIN_KINDS), None)
    return first is not None and bare_text(first.text)[:1].islower()


def _cover_notes_marked(logical: list[LogicalLine]) -> None:
    """A note marked ``*`` in a header block, before any line of a body (``* This report was approved …``), is
    the header's cover note, not a footnote: read again as the text it is."""
    for line in logical:
        if line.kind == "FOOTNOTE" and line.rule == "asterisk-note":
            line.text = " ".join(raw.strip() for raw in line.raw)
            line.label = None
            line.decide("TEXT", "text")
        elif line.kind in BODY_KINDS:
            return


_TITLE_GOES_ON = re.compile(r"(?:\b(?:THE|OF|AND|ON|FOR|TO|IN|AT|BY|WITH|FROM|ENDED|A|AN)|[,:–-])$")
_TITLE_GAP = 4  # lines from a title's first line to its second: three blank lines between at most
_TITLE_CONTINUED = re.compile(r"(?:ON|OF|FOR|AND|TO|IN|AT|BY|WITH|FROM)\s")
"""The start of a title's second line, which no title opens with (``REPORT OF THE SUB-COMMITTEE`` / blank /
``ON ITS FORTY-NINTH SESSION``)."""


def _zone_lines(
    logical: list[LogicalLine], start: int, end: int, together: frozenset[tuple[str, str]] = frozenset()
) -> tuple[list[LogicalLine], int, bool]:
    """The lines of the header block from ``start`` to ``end`` as they are to be named, put in ``logical``
    in their stead: a title over two lines joined (see `_titles_across_blanks`), a statement's header lines
    run together split; its new end; whether it is a statement's (a salutation follows it)."""
    zone = [piece for line in _titles_across_blanks(logical[start:end], together) for piece in _place_and_dates(line)]
    statement = end < len(logical) and logical[end].kind == "SALUTATION"
    if statement:
        zone = _meeting_parts(
            _speaker_across_blank([piece for line in zone for piece in _statement_header_lines(line)])
        )
        _salutation_across_blank(zone, logical[end])
    logical[start:end] = zone
    return zone, start + len(zone), statement


def _place_and_dates(line: LogicalLine) -> list[LogicalLine]:
    """A report's place and meeting dates run together in one line (``**Geneva`` / ``2-4 December 2002**``,
    one bold span over both): two lines, the place's and the dates'."""
    if len(line.raw) != 2 or line.kind not in PLAIN_KINDS:
        return [line]
    place, dates = (bare_text(raw.replace("**", "")) for raw in line.raw)
    if not _PLACE.fullmatch(place) or classify(dates)[0] != "DATE_RANGE":
        return [line]
    pieces = []
    for raw, number, text in zip(line.raw, line.numbers, (place, dates), strict=True):
        piece = make_line(*classify(text), Line(number, text, line.page))
        piece.raw, piece.numbers = [raw], [number]
        pieces.append(piece)
    return pieces


def _salutation_across_blank(zone: list[LogicalLine], salutation: LogicalLine) -> None:
    """The salutation's first line, a blank line (pdfminer's text), then the rest (``Mr. Chairman, …,
    Distinguished`` / blank / ``Delegates, Ladies and Gentlemen,``): taken out of the header, joined to it."""
    last = zone[-1] if zone else None
    if last is None or last.kind not in ("TEXT", "HEADER_TEXT") or salutation.start - last.end != 2:
        return
    if "," not in last.text or last.text.startswith("**"):
        return  # a speaker's name over the salutation (The Director General), no addressees listed
    if _CHECK_AGAINST_DELIVERY.search(last.text) or _DATED.match(bare_text(last.text)):
        return  # (Geneva, 28 November 2001 Check against delivery: header lines, no addressees)
    if session_named_in(bare_text(last.text)) is not None:
        return  # (General debate, 114th Session of the Council: the occasion, no addressees)
    joined = f"{bare_text(last.text)} {bare_text(salutation.text)}"
    if classify(joined)[0] == "SALUTATION":
        zone.pop()
        salutation.text = f"{last.text} {salutation.text}"
        salutation.raw = last.raw + salutation.raw
        salutation.numbers = last.numbers + salutation.numbers
        salutation.start = last.start


def _take_in(last: LogicalLine, line: LogicalLine, text: str) -> None:
    """``line`` made part of ``last``, the two lines' text joined as ``text``."""
    last.text = text
    last.raw += line.raw
    last.numbers += line.numbers
    last.end = line.end


def _speaker_across_blank(zone: list[LogicalLine]) -> list[LogicalLine]:
    """``Statement by`` alone, a blank line, then the speaker's name (pdfminer's text): one line; so too the
    speaker's line broken off after a comma, a blank line, then the title it goes on with (``Statement by H.E.
    Ms …,`` / ``Ambassador and Permanent Representative, to the …``)."""
    result: list[LogicalLine] = []
    for line in zone:
        last = result[-1] if result else None
        label = last is not None and len(last.raw) == 1 and _STATEMENT_BY.fullmatch(bare_text(last.text))
        broken = (
            last is not None
            and len(last.raw) == 1
            and _STATEMENT_BY.match(bare_text(last.text)) is not None
            and bare_text(last.text).endswith(",")
            and bare_text(line.text)[:1].isupper()
        )
        if (label or broken) and last is not None and line.kind in PLAIN_KINDS and line.start - last.end == 2:
            bold = last.text.endswith("**") and line.text.startswith("**")  # (**Statement by …,** / **Ambassador …**)
            _take_in(last, line, f"{last.text[:-2]} {line.text[2:]}" if bold else f"{last.text} {line.text}")
            continue
        result.append(line)
    return result


def _meeting_parts(zone: list[LogicalLine]) -> list[LogicalLine]:
    """A statement's meeting line, the part of the meeting in small letters right under it (``NINETY-EIGHTH
    SESSION OF THE COUNCIL`` / ``General Debate``, ``110th Session of the Council`` / ``General Debate``; plain
    lines run together already): one meeting line, not a place."""
    result: list[LogicalLine] = []
    for line in zone:
        last = result[-1] if result else None
        if (
            last is not None
            and last.kind in ("CAPS", "TEXT")
            and _SESSION_OF_ANY_CASE.match(bare_text(last.text))
            and line.kind == "TEXT"
            and line.start - last.end <= 2  # (pdfminer: a blank line between)
            and _MEETING_PART.fullmatch(bare_text(line.text))
        ):
            _take_in(last, line, f"{last.text} {line.text}")
            continue
        result.append(line)
    return result


_SESSION_OF_ANY_CASE = re.compile(SESSION_OF.pattern, re.IGNORECASE)  # 110th Session of the Council
_MEETING_PART = re.compile(  # General Debate, High-level segment, Closing session: the part of a meeting
    r"(?:General|Plenary|High-level|High-Level|Opening|Closing|Special|Thematic|Panel)"
    r" (?:[Dd]ebate|[Ss]egment|[Ss]ession|[Mm]eeting|[Dd]iscussion)"
)


def _second_title_line(last: LogicalLine, line: LogicalLine, above: LogicalLine | None = None) -> bool:
    """Whether ``line`` is the second line of the title ``last`` printed a blank line or a few above it (or
    above its underline, ``above``; -layout keeps a cover's wide spacing as blank lines): both in capitals,
    and the first cannot end a title, or the second cannot open one, or opens with a number."""
    if last.kind != "CAPS" or line.kind not in ("CAPS", "DATE_LINE") or not is_caps(line.text):
        return False
    if not 2 <= line.start - (above or last).end <= _TITLE_GAP or _MISSION.match(bare_text(last.text)):
        return False  # PERMANENT MISSION OF … / blank / TO THE UNITED NATIONS …: a letterhead's two lines
    return bool(
        _TITLE_GOES_ON.search(bare_text(last.text))
        or _TITLE_CONTINUED.match(bare_text(line.text))
        or bare_text(line.text)[:1].isdigit()
        or last.text.count("**") % 2 == 1  # **REPORT OF … / FOR THE YEAR 2004**: the bold goes on
    )


def _printed_together(logical: list[LogicalLine]) -> frozenset[tuple[str, str]]:
    """The pairs of lines in capitals printed one under the other, no blank line between, in one logical
    line (a title printed again as a running title atop a page: ``IOM STRATEGIC FRAMEWORK FOR TECHNICAL`` /
    ``COOPERATION ON MIGRATION MANAGEMENT``), or as one line (each way of breaking it in two)."""
    pairs = {
        (bare_text(first).strip(), bare_text(second).strip())
        for line in logical
        if line.kind == "CAPS" and len(line.raw) > 1
        for first, second in itertools.pairwise(line.raw)
    }
    for line in logical:  # a title printed again on one line (``FINANCIAL REPORT FOR THE YEAR ENDED 31 …``)
        words = bare_text(line.text).split() if line.kind == "CAPS" and len(line.raw) == 1 else []
        if len(words) >= _TITLE_AGAIN_WORDS:
            pairs.update((" ".join(words[:at]), " ".join(words[at:])) for at in range(1, len(words)))
    return frozenset(pairs)


_TITLE_AGAIN_WORDS = 5  # words: a title printed again on one line, at least (a heading's are fewer)


def _titles_across_blanks(
    zone: list[LogicalLine], together: frozenset[tuple[str, str]] = frozenset()
) -> list[LogicalLine]:
    """A title in capitals printed over two lines with a blank line between (``REPORT ON THE`` / blank /
    ``110TH SESSION OF THE COUNCIL*``, ``… FOR THE YEAR ENDED`` / blank / ``31 DECEMBER 2018*``): one line,
    when the first cannot end a title, leaves its bold open, or the second opens with a number or a word no
    title opens with (``ON ITS …``), or the two are printed again together, one under the other, elsewhere in
    the document (``together``: the title again atop a page)."""
    result: list[LogicalLine] = []
    for line in zone:
        last = result[-1] if result else None
        above = None
        if last is not None and last.kind == "RULE" and len(result) > 1 and _underlines(last, result[-2]):
            above, last = last, result[-2]  # a typed title underlined line by line: joined across its underlines
        if last is not None and (
            _second_title_line(last, line, above) or _printed_again_together(last, line, above, together)
        ):
            left, right = one_span(last.text, line.text)  # (**REPORT ON THE** / blank / **SESSION**: one span)
            _take_in(last, line, f"{left} {right}")
            last.decide("CAPS", "title-joined-across-blank")
            continue
        result.append(line)
    return result


def _printed_again_together(
    last: LogicalLine, line: LogicalLine, above: LogicalLine | None, together: frozenset[tuple[str, str]]
) -> bool:
    """Whether two lines in capitals a blank line or a few apart are printed together elsewhere (see
    `_titles_across_blanks`)."""
    if last.kind != "CAPS" or line.kind != "CAPS" or not 2 <= line.start - (above or last).end <= _TITLE_GAP:
        return False
    second = bare_text(line.raw[0]).strip().rstrip("*").rstrip()  # (its cover note's marker: not printed again)
    return (bare_text(last.raw[-1]).strip(), second) in together


def _underlines(rule: LogicalLine, line: LogicalLine) -> bool:
    """Whether a typed rule underlines the line in capitals above it (about as long: ``RETURN OF … PROGRAMME:``
    / ``______…``, or ``-----…``)."""
    return (
        line.kind == "CAPS"
        and ("_" in rule.text or "-" in rule.text)
        and abs(len(rule.text.strip()) - len(line.raw[-1].strip())) <= 4
    )


def _name_header_lines(zone: list[LogicalLine], statement: bool) -> None:
    """Name each line of a header block. Text after a rule is a cover note, unless the rule sits right above
    the title (it then sets the title off from the session line) or underlines it (a typed title, its
    ``-----`` or ``_____`` as long as it: the place and dates under it are no note), up to the cover's footer (a note
    sheet's closes it, and the document's own cover follows); so is a sentence right above the footer."""
    after_rule = False
    for position, line in enumerate(zone):
        following = zone[position + 1] if position + 1 < len(zone) else None
        above_title = following is not None and following.kind not in PLAIN_KINDS - {"CAPS"}
        opens_notes = (
            line.kind == "RULE" and not above_title and not (position and _underlines(line, zone[position - 1]))
        )
        after_rule = (after_rule or opens_notes) and line.kind != "COVER_FOOTER"
        noted = after_rule or (following is not None and _closes_cover(line, following))
        under_original = position > 0 and zone[position - 1].kind == "ORIGINAL"
        if line.kind == "DATE_RANGE" and (under_original or statement) and _one_day(line, weekday=statement):
            line.decide("DATE_LINE", "place-and-date")  # Original: English / Geneva, 16 March 2005: its date
            continue
        if line.kind == "DATE_LINE" and not statement and _under_place_after_date(zone, position):
            line.decide("MEETING_DATES", "meeting-day-under-place")  # … 14 July 2005 / … / Geneva / 7 June 2005
        else:
            line.decide(*_header_kind(line, noted, statement))
        line.header = True
    _organization_broken(zone)
    if statement:
        _mark_letterhead(zone)
        _mark_speaker(zone)


def _under_place_after_date(zone: list[LogicalLine], position: int) -> bool:
    """Whether the date line at ``position`` lies right under the place of a header whose date is given above
    (a report's cover: the one day its meeting met, under its place, as a range of days would be)."""
    return (
        position > 0
        and zone[position - 1].kind == "PLACE"
        and any(earlier.kind == "DATE_LINE" for earlier in zone[: position - 1])
    )


def _organization_broken(zone: list[LogicalLine]) -> None:
    """The Organization's name broken over two lines of a typed letterhead, the cover's right column printed
    between them (``COMITE INTERGOUVERNEMENTAL`` / ``Original: ENGLISH`` / ``POUR LES MIGRATIONS``): each
    half, in capitals, no title, but the letterhead's."""
    capitals = [line for line in zone[:_LETTERHEAD_LINES] if line.kind == "CAPS"]
    for first, second in itertools.pairwise(capitals):
        if second.start - first.end <= 2 and _ORGANIZATION.fullmatch(
            f"{bare_text(first.text)} {bare_text(second.text)}"
        ):
            first.decide("HEADER_TEXT", "organization-name-broken")
            second.decide("HEADER_TEXT", "organization-name-broken")


_LETTERHEAD_LINES = 10  # a header block's first lines, where its letterhead is


_ANNEX_HEADER_EVIDENCE = frozenset({"SYMBOL_LINE", "ORIGINAL", "DATE_LINE", "SESSION_LINE", "ORGAN"})


def _full_header(zone: list[LogicalLine], after: LogicalLine | None) -> bool:
    """Whether header lines met after the body open an annex's header block (or the next draft's): two kinds
    of header line at least, one of them a line of issue (a symbol and its ``Original:`` line or date, a
    session line and a symbol), or
    a session line or symbol right above a resolution (``SEVENTY-FIRST SESSION`` / ``RESOLUTION No. 923
    (LXXI)``; ``C/109/L/4`` / ``DRAFT RESOLUTION``). A symbol alone (a documents column, a citation on a
    line of its own) opens nothing."""
    kinds = {_organ_or_kind(line) for line in zone} & _ANNEX_HEADER_EVIDENCE
    above_resolution = after is not None and after.kind == "RESOLUTION_HEAD" and bool(kinds)
    return (len(kinds) >= 2 and bool(kinds & _ISSUE_FIELDS)) or above_resolution


_ISSUE_FIELDS = frozenset({"ORIGINAL", "DATE_LINE", "SESSION_LINE"})
"""A header block's lines of issue, one of which an annex's header block holds: a symbol and an organ's name
alone (a documents column's symbol over an item ``International Dialogue on Migration``) open nothing."""


NOTE_SHEET = re.compile(r"NOTE CONCERNING (?:THE )?DOCUMENTS? .+", re.IGNORECASE)
"""The title of the sheet printed before a revised document's cover: ``NOTE CONCERNING DOCUMENT MC/2398``."""


def _note_sheet_text(lines: list[LogicalLine]) -> bool:
    """The text of a note sheet, between its title and the document's own cover, is the note: a cover note
    of the one header block the note sheet and the cover make. Only plain text (and furniture) may lie
    there."""
    if not lines or not all(
        line.kind in ("TEXT", "SYMBOL_LINE", "RULE", "PAGE_LABEL", "COVER_FOOTER") for line in lines
    ):
        return False
    for line in lines:
        if line.kind == "TEXT":
            line.decide("NOTE", "note-sheet-text")
            line.header = True
    return True


def _organ_or_kind(line: LogicalLine) -> str:
    return "ORGAN" if line.kind in ("CAPS", "TEXT") and ORGAN.fullmatch(bare_text(line.text)) else line.kind


def _read_as_text(zone: list[LogicalLine], own: set[str]) -> None:
    """Header lines in a body that no header block holds are text: a symbol alone on its line, a date; not
    the document's own symbol over a page's number (``MC/2409`` / ``Page 2``), its running header."""
    for at, line in enumerate(zone):
        if line.kind == "SYMBOL_LINE" and bare_text(line.text) in own and _page_label_after(zone, at):
            continue
        if line.kind in _ANNEX_HEADER_EVIDENCE:
            line.decide("TEXT", "header-line-in-body")


def _page_label_after(zone: list[LogicalLine], at: int) -> bool:
    return at + 1 < len(zone) and zone[at + 1].kind == "PAGE_LABEL"


def _statement_header_lines(line: LogicalLine) -> list[LogicalLine]:
    """A logical line of a statement's header split where its physical lines are header lines of their own,
    run together with no blank line between them (plain pdftotext): ``Check against delivery`` stands
    alone, and a meeting line (``110th Session of the IOM Council``) starts a line of its own."""
    if line.kind not in ("TEXT", "BOLD", "SPEAKER", "HEADER_TEXT"):
        return [line]
    raws = list(_aside_apart(zip(line.raw, line.numbers, strict=True)))
    if len(raws) < 2:
        return [line]
    groups: list[list[tuple[str, int]]] = [[]]
    for raw, number in raws:
        bare = bare_text(raw)
        alone = _CHECK_AGAINST_DELIVERY.fullmatch(bare) or _DATED.fullmatch(bare)
        opens = alone or _starts_meeting(bare) or bare.startswith("Statement by")
        if groups[-1] and (opens or _CHECK_AGAINST_DELIVERY.fullmatch(bare_text(groups[-1][-1][0]))):
            groups.append([])
        groups[-1].append((raw, number))
    if len(groups) == 1:
        return [line]
    pieces = []
    for group in groups:
        text = " ".join(raw.strip() for raw, _ in group)
        piece = make_line(*classify(text), Line(group[0][1], text, line.page))
        piece.rule = f"statement-header-split/{piece.rule}"
        piece.raw, piece.numbers, piece.end = [raw for raw, _ in group], [number for _, number in group], group[-1][1]
        pieces.append(piece)
    return pieces


_DATED = re.compile(rf"(?:(?:{_PLACE.pattern}),\s+)?{FULL_DATE.pattern}")
"""A date alone, perhaps after its place (``Geneva, 27 November 2013``): a header line of its own."""


def _aside_apart(lines: Iterable[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """Each of a statement's header lines, ``Check against delivery`` run on after a date on its line (``Geneva,
    28 November 2001 Check against delivery``) set apart as a line of its own (on the same line number)."""
    for raw, number in lines:
        aside = _CHECK_AGAINST_DELIVERY.search(raw)
        dated = raw[: aside.start()].rstrip(" ,–—-") if aside is not None else ""  # (… 2006 – Check against …)
        if aside is not None and dated and _DATED.fullmatch(bare_text(dated).strip()):
            yield dated, number
            yield raw[aside.start() :], number
        else:
            yield raw, number


def _starts_meeting(text: str) -> bool:
    """Whether a line opens with a session, as a statement's meeting line does."""
    occasion = _OCCASION.match(text)
    return occasion is not None and parse_session(occasion.group("session")) is not None


def _mark_letterhead(zone: list[LogicalLine]) -> None:
    """In a statement's header, the plain lines it opens with (a ``Check against delivery`` aside) are the
    letterhead: the mission's name and address, bold in converter output, plain in a PDF's text, and the
    State's name in capitals right above the mission's."""
    if len(zone) > 1 and zone[0].kind == "CAPS" and zone[1].kind == "LETTERHEAD" and zone[1].start - zone[0].end <= 1:
        zone[0].decide("LETTERHEAD", "letterhead-by-position")  # REPUBLIC OF THE PHILIPPINES / Permanent Mission
        # of …: the State's name atop its mission's, no title
    previous = ""
    for line in zone:
        goes_on = line.kind == "CAPS" and previous == "letterhead-mission" and not _TITLED.match(bare_text(line.text))
        if line.kind == "LETTERHEAD" or goes_on:
            # PERMANENT MISSION OF … / TO THE UNITED NATIONS …: named by its words, and the line right under it
            # (not STATEMENT OF …, the statement's title)
            line.decide("LETTERHEAD", line.rule if line.kind == "LETTERHEAD" else "letterhead-by-position")
            previous = line.rule
            continue
        previous = line.rule
        if line.kind != "HEADER_TEXT":
            return
        if not _CHECK_AGAINST_DELIVERY.fullmatch(bare_text(line.text)):
            line.decide("LETTERHEAD", "letterhead-by-position")


def _mark_speaker(zone: list[LogicalLine]) -> None:
    """In a statement's header (followed by its salutation) with no ``Statement by:`` line, the last line of
    text is the speaker (``The Director General``, bold in converter output, plain in a PDF's text), a
    ``Check against delivery`` aside under it passed over."""
    if any(line.kind == "SPEAKER" for line in zone):
        return
    last = next(
        (
            line
            for line in reversed(zone)
            if line.kind not in ("RULE", "PAGE_LABEL") and not _CHECK_AGAINST_DELIVERY.fullmatch(bare_text(line.text))
        ),
        None,
    )
    if last is not None and last.kind in ("BOLD", "HEADER_TEXT", "PLACE"):
        last.decide("SPEAKER", "speaker-by-position")


def _zone_end(logical: list[LogicalLine], start: int) -> int:
    """Where the header block starting at ``start`` would end: at the first line of a body (a numbered
    paragraph, a heading, a long text …), at an unnumbered heading right above a numbered paragraph
    (``Introduction`` / ``1. …``), once the block has its title (a line in capitals), or at a line in
    capitals after the cover's note, the title repeated apart (``EXECUTIVE SUMMARY``), or at the cover's
    footer under its note, or under its title where the footer ends the page; in an annex with no line of
    issue, at the first sentence under its title."""
    title: str | None = None  # the block's title, in capitals
    noted = False  # whether a cover's note was met (after a rule, or marked *): the cover's last line
    annex = start > 0 and logical[start - 1].kind == "ANNEX_LABEL"
    fields = False  # whether a line of issue was met (symbol, Original:, date, session, organ)
    for end in range(start, len(logical)):
        line = logical[end]
        if _opens_body(logical, end) or (noted and _after_the_note(line, title)):
            return end
        fields = fields or line.kind in _ANNEX_HEADER_EVIDENCE
        if annex and title is not None and not fields and line.kind == "TEXT" and _sentences(bare_text(line.text)):
            return end  # Annex / MEETINGS HELD IN 2016 / The Working Group held …: the annex's text, no cover note
        if (noted or (title is not None and _last_on_its_page(logical, end))) and line.kind == "COVER_FOOTER":
            return end + 1  # the footer under the cover's note or title closes the cover: the body opens the
            # next page (a heading in capitals there is the body's: ``INTRODUCTORY NOTE``)
        noted = noted or (
            line.kind == "TEXT" and (_marked_note(line.text) or _after_rule(logical, end) or _noted(logical, end))
        )
        if (title is not None or line.kind == "TEXT") and _heading_over_paragraph(logical, start, end):
            return end
        if title is not None and line.kind in PLAIN_KINDS and FRONT_MATTER_TITLE.fullmatch(bare_text(line.text)):
            return end  # … / (Background paper) / Introduction / Every year, …: the body's first heading
        if line.kind == "CAPS" and title is None and not _ORGAN_OR_ORGANIZATION.fullmatch(bare_text(line.text)):
            title = bare_text(line.text).rstrip("*")
    return len(logical)


def _last_on_its_page(logical: list[LogicalLine], index: int) -> bool:
    """Whether a line is the last of its page (what follows, if anything, on a later page)."""
    return index + 1 == len(logical) or logical[index + 1].page > logical[index].page


_ITALIC_OPENING = re.compile(r"(\*{1,3})[^*\s](?:[^*]*[^*\s])?\1(?!\*)")
"""Words in italics, bold or both opening a line (``*Check against delivery*``, ``**101st Session of the
Council**``): no note's marker."""


def _marked_note(text: str) -> bool:
    """Whether a line opens with a note's ``*`` (``* This report …``, ``*Approved …``), not with words in
    italics or bold (``*Check against delivery*``, ``**101st Session of the Council**``)."""
    return text.startswith("*") and _ITALIC_OPENING.match(text) is None


_CORRECTION = re.compile(r"For\s+\S.*\s+read\s+\S.*")


def _opens_body(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` is a body's: a numbered paragraph, a heading, a long text (not a note:
    under the short rule that sets a note apart, or opening with the ``*`` of the title's note)."""
    line = logical[index]
    if line.kind in BODY_KINDS or (line.kind == "TEXT" and _CORRECTION.fullmatch(line.text.replace("*", "").strip())):
        return True  # (a corrigendum's For “…” read “…”: its corrections are its body)
    if line.kind == "TEXT" and _figures_alone(line.text) and not _title_year(logical, index):
        return True  # 0.4892 / 2.3487 / …: a table's figures printed apart (no header line is such a figure)
    long_text = line.kind == "TEXT" and len(line.text.split()) > 30
    return long_text and not _noted(logical, index) and not _marked_note(line.text)


def _figures_alone(text: str) -> bool:
    """Whether a line holds figures and dashes for nothing only, a digit among them."""
    words = bare_text(text).split()
    return any(c.isdigit() for c in text) and all(FIGURE.fullmatch(word) for word in words)


def _title_year(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` is a year alone under a line in capitals: a title's end, wrapped
    (``PROGRAMME AND BUDGET FOR`` / ``2010``), no table's."""
    return (
        index > 0 and logical[index - 1].kind == "CAPS" and YEAR.fullmatch(bare_text(logical[index].text)) is not None
    )


def _heading_over_paragraph(logical: list[LogicalLine], start: int, index: int) -> bool:
    """Whether the line at ``index`` is an unnumbered heading right above a numbered paragraph (a rule
    between: ``INTRODUCTION`` / ``------------`` / ``1. …``), not the end of a title left open."""
    line = logical[index]
    after = index + 1
    while after < len(logical) and logical[after].kind == "RULE":
        after += 1
    if after == len(logical) or not _first_heading(line, logical[after]):
        return False
    if index > start and logical[index - 1].text.count("**") % 2 == 1:
        return False  # **REPORT … / … 2004**: the title's bold goes on
    return not (index > start and _second_title_line(logical[index - 1], line))  # … / ON ITS …


_NOTE_RULE = 20  # characters: the short rule a cover note is typed under (``__________``), not a full-width one


def _after_the_note(line: LogicalLine, title: str | None) -> bool:
    """Whether a line after a cover's note opens the body: in capitals, neither the title repeated nor the
    cover's trilingual footer (``COUNCIL CONSEIL CONSEJO``, perhaps bold word by word)."""
    if line.kind != "CAPS" or title in (None, bare_text(line.text).rstrip("*")):
        return False
    return classify(line.text.replace("**", "").strip())[0] != "COVER_FOOTER"


def _after_rule(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` is right under a rule (a cover's note, under the rule that sets it off)."""
    return index > 0 and logical[index - 1].kind == "RULE"


def _noted(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` is a cover note, however long: right under the short rule that sets a
    cover's note apart (``__________`` / ``These draft resolutions are submitted …``), or right above the
    cover's footer (see `_closes_cover`)."""
    above = logical[index - 1] if index > 0 else None
    if above is not None and above.kind == "RULE" and len(above.text.strip()) <= _NOTE_RULE:
        return True
    return (index + 1 < len(logical) and _closes_cover(logical[index], logical[index + 1])) or _ends_cover_page(
        logical, index
    )


_COVER_PAGE_NOTES = 3  # sentences at most that close a cover page as its notes


def _ends_cover_page(logical: list[LogicalLine], index: int) -> bool:
    """Whether the line at ``index`` opens the sentences that close the first page (a few, each a sentence),
    the next page opening with the document's running header (its symbol) or its title repeated: the cover's
    notes, whose rule the extraction lost, not the body's first paragraphs (the body begins on the next
    page)."""
    if logical[index].page != 1:
        return False
    end = index
    while end < len(logical) and logical[end].page == 1 and logical[end].kind == "TEXT":
        if not _sentences(bare_text(logical[end].text), _NOTE_WORDS) or end - index == _COVER_PAGE_NOTES:
            return False
        end += 1
    if end == index or end == len(logical) or logical[end].page != 2:
        return False  # (checked first: only a page's last lines get this far, so the look back is paid rarely)
    if any(NOTE_SHEET.fullmatch(bare_text(above.text)) for above in logical[:index]):
        return False  # (a note sheet's text, the document's own cover on the next page)
    opening = logical[end]
    titles = {bare_text(line.text) for line in logical[:index] if line.kind == "CAPS"}
    return opening.kind == "SYMBOL_LINE" or (opening.kind == "CAPS" and bare_text(opening.text) in titles)


_NOTE_WORDS = 8  # words: a sentence, not a place or a line of dates


def _closes_cover(line: LogicalLine, following: LogicalLine) -> bool:
    """Whether ``line`` is the sentence that closes a cover, right above its trilingual footer on the same
    page (``This provisional agenda has been drawn up …`` / ``COUNCIL CONSEIL CONSEJO``): the cover's note,
    whose rule the extraction lost, not the body's first paragraph (the body begins on the next page)."""
    return (
        following.kind == "COVER_FOOTER"
        and following.page == line.page
        and line.kind == "TEXT"
        and _sentences(bare_text(line.text), _NOTE_WORDS)
    )


def _first_heading(line: LogicalLine, following: LogicalLine) -> bool:
    """Whether ``line`` is the body's first heading, above its first numbered paragraph (not a place, nor
    what the document is to another: ``Corrigendum``)."""
    bare = bare_text(line.text)
    return following.kind == "PARA" and heading_shape(line) and bare not in PLACES and not AMENDMENT.fullmatch(bare)


def _next_header_start(logical: list[LogicalLine], index: int, own: set[str]) -> tuple[int, bool]:
    """Where the next header block may start, and whether an annex label opened it: after an annex label,
    or at a header line after body lines (the document's own symbol repeated as a running header starts
    nothing)."""
    for position in range(index + 1, len(logical)):
        line = logical[position]
        bare = bare_text(line.text)
        if line.kind == "ANNEX_LABEL" and not _annex_label_repeated(logical, position, bare):
            return position + 1, True
        if line.kind == "SYMBOL_LINE" and bare in own:
            continue
        if line.kind in HEADER_OPENERS or (line.kind == "CAPS" and ORGAN.fullmatch(bare)):
            return position, False
    return len(logical), False


def _annex_label_repeated(logical: list[LogicalLine], index: int, label: str) -> bool:
    """Whether the annex label at ``index`` is a running header's: beside a page's label (``S/22/5`` /
    ``Annex`` / ``Page 2`` atop an annex's later page), repeating the last annex label before it. It opens no
    header block."""
    line = logical[index]
    beside = [logical[at] for at in (index - 1, index + 1) if 0 <= at < len(logical) and logical[at].page == line.page]
    if not any(other.kind == "PAGE_LABEL" for other in beside):
        return False
    before = next((logical[at] for at in range(index - 1, -1, -1) if logical[at].kind == "ANNEX_LABEL"), None)
    return before is not None and bare_text(before.text).casefold() == label.casefold()


def _one_day(line: LogicalLine, *, weekday: bool = False) -> bool:
    """Whether a line of dates names a single day after a place (``Geneva, 16 March 2005``; not ``Tuesday,
    29 November, to Friday, 2 December 2016``), or after its weekday where ``weekday`` allows it (a
    statement's date under its speaker: ``Tuesday, 28 November 2017``)."""
    dates, place = line.match_group("text"), line.match_group("place")
    if dates is None or place is None or (_WEEKDAY.fullmatch(place) and not weekday):
        return False
    found = parse_date_range(dates)
    return found is not None and found.start == found.end


_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


def _statement_line(line: LogicalLine, bare: str) -> tuple[str, str] | None:
    """A statement's header line named by its words: the mission's letterhead, ``Statement by`` over the
    speaker's name."""
    if _MISSION.match(bare):
        return "LETTERHEAD", "letterhead-mission"
    if _STATEMENT_BY.fullmatch(bare_text(line.raw[0])) and len(line.raw) > 1:
        return "SPEAKER", "statement-by"
    if line.kind == "TEXT" and _NAMED_SPEAKER.fullmatch(bare):
        return "SPEAKER", "speaker-named"
    if line.kind == "CAPS" and SESSION_OF.match(bare):
        return "OCCASION", "occasion"  # NINETY-NINTH SESSION OF THE COUNCIL: the meeting, in capitals
    return _cover_mark(line, bare)


def _cover_mark(line: LogicalLine, bare: str) -> tuple[str, str] | None:
    """A line in capitals that marks a cover without being its title: a note sheet's, a classification."""
    if line.kind == "CAPS" and NOTE_SHEET.fullmatch(bare):
        return "HEADER_TEXT", "note-sheet"
    if line.kind == "CAPS" and CLASSIFICATION.fullmatch(bare):
        return "HEADER_TEXT", "classification"
    return None


_SENTENCE_WORDS = 12  # words: a header line this long that ends a sentence is prose, a note


def _sentences(text: str, words: int = _SENTENCE_WORDS) -> bool:
    """Whether a header line is prose: a sentence or more, of ``words`` words at least, ended by a full stop
    (a cover's note whose rule was not printed or not extracted), not a line of fields (``Geneva, 27–28 June
    2023``)."""
    return len(text.split()) >= words and text.endswith((".", ".”"))


def _header_kind(line: LogicalLine, after_rule: bool, statement: bool) -> tuple[str, str]:
    """The kind of a header block's line, and the decision that gives it. A bold line is kept as such only
    in a statement's header (a letterhead, a speaker): elsewhere it is read as a plain line."""
    kind = line.kind
    bare = bare_text(line.text)
    if kind == "DATE_RANGE":
        return "MEETING_DATES", "meeting-dates"
    if kind not in PLAIN_KINDS or line.rule == "agenda-column-headings":
        return kind, line.rule  # (Agenda item / Documents: an agenda's column headings, under its header)
    named = _statement_line(line, bare) if statement else _cover_mark(line, bare)
    if named is not None:
        return named
    if ORGAN.fullmatch(bare):
        return "ORGAN", "organ"
    if _ORGANIZATION.fullmatch(bare):
        return "HEADER_TEXT", "organization-name"
    if bare.startswith("(") and bare.endswith(")"):
        return "SUBTITLE", "subtitle"
    if AMENDMENT.fullmatch(bare):
        return "SUBTITLE", "subtitle-amendment"  # PROGRAMME AND BUDGET FOR 2012 / Corrigendum
    if kind == "TEXT" and (after_rule or _marked_note(line.text) or COVER_NOTE.match(bare)):
        return "NOTE", "cover-note"  # (a note with no rule over it, by its words: This document is submitted …)
    if kind == "BOLD" and not statement and (after_rule or COVER_NOTE.match(bare)):
        return "NOTE", "cover-note"  # __________ / **This report was approved …**: a note set in bold
    return _other_header_kind(line, bare, statement)


def _other_header_kind(line: LogicalLine, bare: str, statement: bool) -> tuple[str, str]:
    """The kind of a header block's line that names no organ, subtitle or marked note (see `_header_kind`):
    a record's meeting line, a note told by its prose, a title, an occasion, a place, other text."""
    kind = line.kind
    if _HELD.fullmatch(bare):
        return "MEETING_DATES", "meeting-held"
    if (named := _MEETING_NAMED.fullmatch(bare)) and parse_date_range(named.group("dates")) is not None:
        return "MEETING_DATES", "meeting-named"  # INTERSESSIONAL WORKSHOP ON …, 8–9 October 2014: no title
    if kind == "TEXT" and not statement and _sentences(bare):
        return "NOTE", "cover-note-sentences"  # The Council, at its 109th Session, approved … 2018.
    if kind == "CAPS":
        return kind, line.rule
    if _OCCASION.match(bare):
        return "OCCASION", "occasion"
    if kind == "BOLD" and statement:
        return kind, line.rule
    if _PLACE.fullmatch(bare):
        return "PLACE", "place"
    return "HEADER_TEXT", "header-line"
