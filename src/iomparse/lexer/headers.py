"""Pass 3b, header blocks: what each line of a cover page (or of an annex's own header) is.

A run of lines before the body is a header block when it holds strong evidence of one (a symbol, an
``Original:`` line, a date, a session line, a title in capitals or in bold); before a salutation, a
statement's speaker or meeting dates are evidence too. Its lines are then named: the issuing organ, place,
meeting dates, rapporteur, cover notes (after a rule, or starting with ``*``), a parenthesised subtitle,
and for a statement its letterhead and speaker.
"""

from __future__ import annotations

import re

from ..source import Line
from ..values import parse_session
from ..vocabulary import ORGANS, alternation
from .kinds import BODY_KINDS, HEADER_OPENERS, PLAIN_KINDS, STATEMENT_HEADER_KINDS, STRONG_HEADER_KINDS
from .lines import LogicalLine
from .lines import bare as bare_text
from .rules import classify, make_line

ORGAN = re.compile(rf"(?:THE )?(?:{alternation(ORGANS)})", re.IGNORECASE)
"""A line naming a governing body (``COUNCIL``, ``Standing Committee on Programmes and Finance``)."""
_PLACE = re.compile(r"[A-Z][a-zé]+(?: [A-Z][a-zé]+)?")
_OCCASION = re.compile(r"(?P<session>.{3,40}?\bsession)\b.+", re.IGNORECASE)
_CHECK_AGAINST_DELIVERY = re.compile(r"(?i)check against delivery")


def mark_headers(logical: list[LogicalLine]) -> None:
    """Name the lines of each header block: the issuing organ, place, meeting dates, rapporteur, cover
    notes (after a rule, or starting with ``*``), a parenthesised subtitle, the speaker of a statement."""
    own = next((bare_text(line.text) for line in logical if line.kind == "SYMBOL_LINE"), None)
    start = 0
    while start < len(logical):
        end = start
        while end < len(logical) and not _ends_header(logical[end]):
            end += 1
        zone = logical[start:end]
        statement = end < len(logical) and logical[end].kind == "SALUTATION"
        if statement:
            zone = [piece for line in zone for piece in _statement_header_lines(line)]
            logical[start:end] = zone
            end = start + len(zone)
        if any(line.kind in (STATEMENT_HEADER_KINDS if statement else STRONG_HEADER_KINDS) for line in zone):
            after_rule = False
            for line in zone:
                after_rule = after_rule or line.kind == "RULE"
                line.decide(*_header_kind(line, after_rule))
                line.header = True
            if statement:
                _mark_letterhead(zone)
                _mark_speaker(zone)
        start = _next_header_start(logical, end, own)
    for line in logical:  # lines that only a header block gives a meaning to are text elsewhere
        if line.kind in ("DATE_RANGE", "RAPPORTEUR", "SPEAKER") and not line.header:
            line.decide("TEXT", "header-line-outside-header")


def _statement_header_lines(line: LogicalLine) -> list[LogicalLine]:
    """A logical line of a statement's header split where its physical lines are header lines of their own,
    run together with no blank line between them (plain pdftotext): ``Check against delivery`` stands
    alone, and a meeting line (``110th Session of the IOM Council``) starts a line of its own."""
    if len(line.raw) < 2 or line.kind not in ("TEXT", "BOLD", "SPEAKER"):
        return [line]
    groups: list[list[tuple[str, int]]] = [[]]
    for raw, number in zip(line.raw, line.numbers, strict=True):
        bare = bare_text(raw)
        alone = _CHECK_AGAINST_DELIVERY.fullmatch(bare)
        if groups[-1] and (
            alone or _starts_meeting(bare) or _CHECK_AGAINST_DELIVERY.fullmatch(bare_text(groups[-1][-1][0]))
        ):
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


def _starts_meeting(text: str) -> bool:
    """Whether a line opens with a session, as a statement's meeting line does."""
    occasion = _OCCASION.match(text)
    return occasion is not None and parse_session(occasion.group("session")) is not None


def _mark_letterhead(zone: list[LogicalLine]) -> None:
    """In a statement's header, the plain lines it opens with (a ``Check against delivery`` aside) are the
    letterhead: the mission's name and address, bold in converter output, plain in a PDF's text."""
    for line in zone:
        if line.kind != "HEADER_TEXT":
            return
        if not _CHECK_AGAINST_DELIVERY.fullmatch(bare_text(line.text)):
            line.decide("LETTERHEAD", "letterhead-by-position")


def _mark_speaker(zone: list[LogicalLine]) -> None:
    """In a statement's header (followed by its salutation) with no ``Statement by:`` line, the last line of
    text is the speaker (``The Director General``, bold in converter output, plain in a PDF's text)."""
    if any(line.kind == "SPEAKER" for line in zone):
        return
    last = next((line for line in reversed(zone) if line.kind not in ("RULE", "PAGE_LABEL")), None)
    if last is not None and last.kind in ("BOLD", "HEADER_TEXT", "PLACE"):
        last.decide("SPEAKER", "speaker-by-position")


def _ends_header(line: LogicalLine) -> bool:
    return line.kind in BODY_KINDS or (line.kind == "TEXT" and len(line.text.split()) > 30)


def _next_header_start(logical: list[LogicalLine], index: int, own: str | None) -> int:
    """Where the next header block starts: after an annex label, or at a header line after body lines (the
    document's own symbol repeated as a running header starts nothing)."""
    for position in range(index + 1, len(logical)):
        line = logical[position]
        if line.kind == "ANNEX_LABEL":
            return position + 1
        bare = bare_text(line.text)
        if line.kind == "SYMBOL_LINE" and bare == own:
            continue
        if line.kind in HEADER_OPENERS or (line.kind == "CAPS" and ORGAN.fullmatch(bare)):
            return position
    return len(logical)


def _header_kind(line: LogicalLine, after_rule: bool) -> tuple[str, str]:
    """The kind of a header block's line, and the decision that gives it."""
    kind = line.kind
    bare = bare_text(line.text)
    if kind == "DATE_RANGE":
        return "MEETING_DATES", "meeting-dates"
    if kind not in PLAIN_KINDS:
        return kind, line.rule
    if ORGAN.fullmatch(bare):
        return "ORGAN", "organ"
    if bare.startswith("(") and bare.endswith(")"):
        return "SUBTITLE", "subtitle"
    if kind == "TEXT" and (after_rule or line.text.startswith("*")):
        return "NOTE", "cover-note"
    if kind == "CAPS":
        return kind, line.rule
    if _OCCASION.match(bare):
        return "OCCASION", "occasion"
    if kind == "TEXT" and _PLACE.fullmatch(bare):
        return "PLACE", "place"
    return (kind, line.rule) if kind == "BOLD" else ("HEADER_TEXT", "header-line")
